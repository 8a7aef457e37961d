"""Load on ``dialogan serve``: many conversations at once over loopback, with a real HTTP client.

    OMP_NUM_THREADS=1 dialogan bench serve-load [--checkpoint DIR] [--conversations 16] [--turns 6] [--workers 2]
    dialogan bench serve-load --url http://127.0.0.1:7860     # a server already running (all three measures
                                                              # on it: later ones may find pictures drawn)

Without ``--url`` it starts its own server for each measure (the shipped model unless
``--checkpoint``, a free port, a temporary database) and stops it after: a server keeps the pictures
it drew, so a second measure on the same server would draw less. It first times the conversations one after
another (one conversation at a time), then all of them at once, then one conversation again while another client draws storyboards (heavy work
that is not a turn), and prints turns/s, the p50/p95 latency of a turn as each client saw it, the
errors, and the ratios measured in this run. The server batches turns that arrive together, so
the throughput ratio says what batching and overlapping gain. From the server's own running
totals (``/healthz``) it says where a turn's time went: the language model and the generator
(the worker's busy time, shared by a batch), waiting for the model, the database, PNG encoding,
the rest of the turn (world, prompt, state), and HTTP (what the client waited beyond the action);
and, for a server it started, the server's CPU time a turn (all its processes), which others' work on the
machine hardly moves (wall times and their ratios do: compare runs on a busy machine by it). With
``--workers N`` the started server runs N processes; each keeps its own totals, so where the time went is
not shown then.
"""
from __future__ import annotations

import glob
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import numpy as np

from ..errors import DialoganError

MESSAGES = ["draw a red circle in the top left", "add a small blue star on the right", "make the circle green",
            "在右下角画一个黄色的三角形", "把星星移到中间", "what is in the picture?", "remove the triangle",
            "画一个大的紫色六边形在上面"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(checkpoint: str | None, threads: int, db: str, workers: int = 1) -> tuple[subprocess.Popen, str]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    model = ["--checkpoint", checkpoint] if checkpoint else []
    proc = subprocess.Popen([sys.executable, "-m", "dialogan.cli", "serve", *model, "--db", db,
                             "--port", str(port), "--threads", str(threads), "--workers", str(workers)],
                            env=dict(os.environ, OMP_NUM_THREADS=str(threads)), stdout=subprocess.DEVNULL,
                            start_new_session=True)  # its own process group: stopped with its workers
    for _ in range(600):
        if proc.poll() is not None:
            raise DialoganError(f"dialogan serve exited with {proc.returncode}")
        try:
            httpx.get(url + "/healthz", timeout=1).raise_for_status()
            return proc, url
        except httpx.HTTPError:
            time.sleep(0.2)
    stop_server(proc)
    raise DialoganError("dialogan serve did not start within 120 s")


def stop_server(proc: subprocess.Popen) -> None:
    """Stop a server ``start_server`` started, and every process of it."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()


def conversation(url: str, turns: int, offset: int) -> tuple[list[float], int]:
    """One client: create a conversation, then ``turns`` messages (every 4th a variation); latencies in s."""
    latencies, errors = [], 0
    with httpx.Client(base_url=url, timeout=300) as c:
        cid = c.post("/api/conversations").json()["id"]
        for t in range(turns):
            start = time.perf_counter()
            if t % 4 == 3:
                r = c.post(f"/api/conversations/{cid}/variation")
            else:
                r = c.post(f"/api/conversations/{cid}/messages", json={"text": MESSAGES[(offset + t) % len(MESSAGES)]})
            latencies.append(time.perf_counter() - start)
            errors += r.status_code != 200
    return latencies, errors


def server_times(url: str) -> dict | None:
    """The server's running totals of where its time went (None: not shown, e.g. a key is required)."""
    return httpx.get(url + "/healthz", timeout=30).json().get("times")


def process_cpu_s(pid: int) -> float | None:
    """The CPU seconds (user and system, all threads) process ``pid`` and the processes under it have used;
    None where /proc is not."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rpartition(")")[2].split()
    except OSError:
        return None
    own = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime
    return own + sum(process_cpu_s(child) or 0.0 for child in _children(pid))


def _children(pid: int) -> set[int]:
    found = set()
    for task in glob.glob(f"/proc/{pid}/task/*/children"):
        try:
            with open(task) as f:
                found.update(int(c) for c in f.read().split())
        except OSError:
            pass
    return found


def run(url: str, conversations: int, turns: int, clients: int | None = None, server_pid: int | None = None,
        one_process: bool = True) -> dict:
    """``conversations`` of ``turns`` turns, by ``clients`` clients at once (default: one per conversation),
    with the client's own CPU time a turn (``client_cpu_ms``: this process's). With ``server_pid``, also the
    server's CPU time a turn (``cpu_ms``: unlike wall time, it hardly moves when other work shares the
    machine) and the cores server and client kept busy together (``cores_busy``). ``one_process``: the
    server's ``/healthz`` totals are all of it, so where the time went can be shown."""
    before = server_times(url) if one_process else None
    cpu_before = process_cpu_s(server_pid) if server_pid else None
    start, client_before = time.perf_counter(), time.process_time()
    with ThreadPoolExecutor(clients or conversations) as pool:
        results = list(pool.map(lambda i: conversation(url, turns, i), range(conversations)))
    wall, client_cpu = time.perf_counter() - start, time.process_time() - client_before
    lat = np.array([x for r, _ in results for x in r]) * 1000
    out = {"turns": lat.size, "errors": sum(e for _, e in results), "wall_s": wall, "turns_per_s": lat.size / wall,
           "p50_ms": float(np.percentile(lat, 50)), "p95_ms": float(np.percentile(lat, 95)), "max_ms": float(lat.max()),
           "client_cpu_ms": 1000 * client_cpu / lat.size}
    cpu_after = process_cpu_s(server_pid) if server_pid else None
    if cpu_before is not None and cpu_after is not None:
        out["cpu_ms"] = 1000 * (cpu_after - cpu_before) / lat.size
        # The machine's cores this run kept busy, server and client together (on a machine the client shares).
        out["cores_busy"] = (cpu_after - cpu_before + client_cpu) / wall
    after = server_times(url)
    if before and after:
        out["where_ms"] = where_the_time_went(before, after, float(lat.mean()))
    return out


def where_the_time_went(before: dict, after: dict, client_ms: float) -> dict:
    """Milliseconds per turn in each stage between two ``/healthz`` totals; ``client_ms`` is the mean
    latency the clients saw. The model's stages are the worker's busy time divided by the turns (a
    batch's cost shared by its rows), so at batch 16 they are what a turn costs, not what it waits."""
    sec = {k: after["seconds"][k] - before["seconds"].get(k, 0.0) for k in after["seconds"]}
    cnt = {k: after["counts"][k] - before["counts"][k] for k in after["counts"]}
    n = max(1, cnt["turns"])
    ms = {k: 1000 * v / n for k, v in sec.items()}
    return {"lm": ms["lm"], "generator": ms["generator"], "lm_cpu": ms.get("lm_cpu", 0.0),
            "generator_cpu": ms.get("generator_cpu", 0.0), "waiting_for_model": ms["model_wait"], "db": ms["db"],
            "png": ms["png"], "rest_of_turn": ms["act"] - ms["model_wait"] - ms["db"] - ms["png"],
            "http": client_ms - ms["act"],
            "lm_rows_per_batch": cnt["lm_rows"] / max(1, cnt["lm_batches"]),
            "generator_rows_per_batch": cnt["generator_rows"] / max(1, cnt["generator_batches"])}


def beside_storyboards(url: str, turns: int, storyboard_turns: int = 60) -> dict:
    """One conversation's turns while another client fetches storyboards of a ``storyboard_turns``-turn
    conversation back to back: heavy work that must not hold turns back."""
    with httpx.Client(base_url=url, timeout=300) as c:
        long_cid = c.post("/api/conversations").json()["id"]
        for t in range(storyboard_turns):
            c.post(f"/api/conversations/{long_cid}/variation")
    stop, boards = threading.Event(), []

    def draw_storyboards():
        with httpx.Client(base_url=url, timeout=300) as c:
            while not stop.is_set():
                start = time.perf_counter()
                r = c.get(f"/api/conversations/{long_cid}/storyboard.png")
                boards.append((time.perf_counter() - start, r.headers.get("x-storyboard-turns", "")))

    heavy = threading.Thread(target=draw_storyboards, daemon=True)
    heavy.start()
    time.sleep(0.2)
    try:
        out = run(url, 1, turns, one_process=False)  # where its time went is not shown
    finally:
        stop.set()
        heavy.join()
    out["storyboards"] = len(boards)
    out["storyboard_ms"] = 1000 * float(np.mean([b[0] for b in boards])) if boards else 0.0
    out["storyboard_shows"] = boards[-1][1] if boards else ""
    return out


def serve_load(url: str | None = None, checkpoint: str | None = None, conversations: int = 16, turns: int = 6,
               threads: int = 1, workers: int = 1) -> dict:
    """``{"alone": ..., "together": ..., "beside_storyboards": ...}``: one conversation alone, then
    ``conversations`` at once, then one beside storyboards being drawn, against ``url`` or, for each of the
    three, a fresh server started here (on ``checkpoint``, default the shipped model) and stopped after."""
    # The same conversations one after another, then all at once: the same work, so a machine whose speed
    # drifts (others' load) drifts over both alike. Each on a server of its own: a server keeps the pictures
    # it drew, and a turn whose picture it holds draws none, so a second run of the same conversations on
    # one server would do less work than the first.
    one = workers == 1
    return {"alone": _on_a_server(url, checkpoint, threads, workers,
                                  lambda u, pid: run(u, conversations, turns, clients=1, server_pid=pid,
                                                     one_process=one)),
            "together": _on_a_server(url, checkpoint, threads, workers,
                                     lambda u, pid: run(u, conversations, turns, server_pid=pid, one_process=one)),
            "beside_storyboards": _on_a_server(url, checkpoint, threads, workers,
                                               lambda u, pid: beside_storyboards(u, turns))}


def _on_a_server(url: str | None, checkpoint: str | None, threads: int, workers: int, measure) -> dict:
    """``measure(url, server_pid)`` against ``url``, or against a server started here, warmed up, and stopped."""
    proc, tmp = None, tempfile.TemporaryDirectory()
    try:
        if not url:
            proc, url = start_server(checkpoint, threads, os.path.join(tmp.name, "bench.db"), workers)
        conversation(url, 2, 0)  # warm-up: first calls allocate and fill caches
        return measure(url, proc.pid if proc else None)
    finally:
        if proc:
            stop_server(proc)
        tmp.cleanup()
