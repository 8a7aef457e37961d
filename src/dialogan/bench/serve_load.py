"""Load on ``dialogan serve``: many conversations at once over loopback, with a real HTTP client.

    OMP_NUM_THREADS=1 dialogan bench serve-load [--checkpoint DIR] [--conversations 16] [--turns 6]
    dialogan bench serve-load --url http://127.0.0.1:7860     # a server already running

Without ``--url`` it starts its own server (the shipped model unless ``--checkpoint``, a free
port, a temporary database) and stops it after. It first times one conversation alone, then all
of them at once, and prints turns/s, the p50/p95 latency of a turn as each client saw it, the
errors, and the ratio of the two throughputs measured in this run (model calls are
serialised, so the ratio says what the HTTP layer and the queue cost or gain, not how fast
the model is).
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
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


def start_server(checkpoint: str | None, threads: int, db: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    model = ["--checkpoint", checkpoint] if checkpoint else []
    proc = subprocess.Popen([sys.executable, "-m", "dialogan.cli", "serve", *model, "--db", db,
                             "--port", str(port), "--threads", str(threads)],
                            env=dict(os.environ, OMP_NUM_THREADS=str(threads)), stdout=subprocess.DEVNULL)
    for _ in range(600):
        if proc.poll() is not None:
            raise DialoganError(f"dialogan serve exited with {proc.returncode}")
        try:
            httpx.get(url + "/healthz", timeout=1).raise_for_status()
            return proc, url
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise DialoganError("dialogan serve did not start within 120 s")


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


def run(url: str, conversations: int, turns: int) -> dict:
    start = time.perf_counter()
    with ThreadPoolExecutor(conversations) as pool:
        results = list(pool.map(lambda i: conversation(url, turns, i), range(conversations)))
    wall = time.perf_counter() - start
    lat = np.array([x for r, _ in results for x in r]) * 1000
    return {"turns": lat.size, "errors": sum(e for _, e in results), "wall_s": wall, "turns_per_s": lat.size / wall,
            "p50_ms": float(np.percentile(lat, 50)), "p95_ms": float(np.percentile(lat, 95)), "max_ms": float(lat.max())}


def serve_load(url: str | None = None, checkpoint: str | None = None, conversations: int = 16, turns: int = 6,
               threads: int = 1) -> dict:
    """``{"alone": ..., "together": ...}``: one conversation alone, then ``conversations`` at once, against
    ``url`` or a server started here (on ``checkpoint``, default the shipped model) and stopped after."""
    proc, tmp = None, tempfile.TemporaryDirectory()
    if not url:
        proc, url = start_server(checkpoint, threads, os.path.join(tmp.name, "bench.db"))
    try:
        conversation(url, 2, 0)  # warm-up: first calls allocate and fill caches
        alone = run(url, 1, turns)
        together = run(url, conversations, turns)
    finally:
        if proc:
            proc.kill()
            proc.wait()
        tmp.cleanup()
    return {"alone": alone, "together": together}
