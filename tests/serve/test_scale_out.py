"""Two server processes on one PostgreSQL database serve the same conversations: either continues what
the other began, turn by turn, and a turn neither process can see coming is never lost. One server of
two worker processes (``--workers 2``) shares one port and one SQLite file the same way."""
import json
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.slow  # a PostgreSQL server and two `dialogan serve` processes


def test_two_processes_continue_each_others_conversations(postgres, start_server, tiny_checkpoint, tmp_path):
    import psycopg
    db = postgres.new_database()
    first = start_server(tiny_checkpoint, db, log_dir=tmp_path)
    second = start_server(tiny_checkpoint, db, log_dir=tmp_path)
    try:
        with httpx.Client(base_url=first.url, timeout=60) as one, httpx.Client(base_url=second.url, timeout=60) as two:
            # 1. Begun on one, continued on the other, alternating as a round-robin balancer would send them.
            cid = one.post("/api/conversations").raise_for_status().json()["id"]
            said = ["draw a red circle in the top left", "add a blue square on the right", "make the circle green",
                    "在右下角画一个黄色的三角形"]
            for k, text in enumerate(said):
                turn = (one, two)[k % 2].post(f"/api/conversations/{cid}/messages", json={"text": text})
                assert turn.status_code == 200 and turn.json()["index"] == k
            undone = two.post(f"/api/conversations/{cid}/undo").raise_for_status().json()
            # 2. Both see the same conversation, picture included.
            a, b = one.get(f"/api/conversations/{cid}").json(), two.get(f"/api/conversations/{cid}").json()
            assert a == b and [t["text"] for t in a["turns"]] == said + ["undo"]
            assert a["scene"] == undone["scene"]
            assert one.get(f"/api/conversations/{cid}/image.png").content == \
                two.get(f"/api/conversations/{cid}/image.png").content
            # 3. An OpenAI-style thread begun on one goes on on the other, from the state the first saved.
            thread = [{"role": "user", "content": "draw a red circle"}]
            first_reply = one.post("/v1/chat/completions", json={"model": "dialogan", "messages": thread}).json()
            thread += [first_reply["choices"][0]["message"], {"role": "user", "content": "draw a blue star"}]
            second_reply = two.post("/v1/chat/completions", json={"model": "dialogan", "messages": thread})
            assert second_reply.status_code == 200
            with psycopg.connect(db) as conn:
                saved = [json.loads(s) for (s,) in conn.execute("SELECT state FROM thread_states ORDER BY created")]
            assert [len(s["history"]) for s in saved] == [1, 2]
            assert saved[1]["history"][0] == saved[0]["history"][0]
    finally:
        first.kill()
        second.kill()


def test_turns_sent_to_both_processes_at_once_are_kept_or_refused_never_lost(postgres, start_server,
                                                                             tiny_checkpoint, tmp_path):
    db = postgres.new_database()
    servers = [start_server(tiny_checkpoint, db, log_dir=tmp_path) for _ in range(2)]
    try:
        cid = httpx.post(servers[0].url + "/api/conversations").json()["id"]

        def send(k: int) -> httpx.Response:
            return httpx.post(f"{servers[k % 2].url}/api/conversations/{cid}/messages",
                              json={"text": f"draw a red circle number {k}"}, timeout=60)

        with ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(send, range(8)))
        kept = [r.json()["index"] for r in answers if r.status_code == 200]
        refused = [r for r in answers if r.status_code != 200]
        # Every answered turn is in the conversation, at the index it was answered with; the others were
        # refused with 409 (another process saved a turn first), none silently overwritten.
        assert all(r.status_code == 409 and "another request" in r.json()["detail"] for r in refused)
        turns = httpx.get(f"{servers[1].url}/api/conversations/{cid}").json()["turns"]
        assert sorted(kept) == list(range(len(turns)))
        assert {t["text"] for t in turns} == {f"draw a red circle number {k}" for k, r in enumerate(answers)
                                              if r.status_code == 200}
    finally:
        for s in servers:
            s.kill()


def _worker_pids(pid: int) -> list[int]:
    """The processes under ``pid`` that serve (uvicorn's workers), from /proc."""
    children = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children += [int(c) for c in (task / "children").read_text().split()]
    return [c for c in children if "spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes().decode(errors="replace")]


def test_workers_share_one_port_and_one_sqlite_file(start_server, tiny_checkpoint, tmp_path):
    server = start_server(tiny_checkpoint, tmp_path / "c.db", "--workers", "2", log_dir=tmp_path)
    try:
        workers = _worker_pids(server.proc.pid)
        assert len(workers) == 2
        said = ["draw a red circle in the top left", "add a blue square on the right", "make the circle green"]

        def talk(k: int) -> tuple[str, list[int]]:
            # A fresh connection for every request: the kernel hands each to either process.
            cid = httpx.post(server.url + "/api/conversations").raise_for_status().json()["id"]
            return cid, [httpx.post(f"{server.url}/api/conversations/{cid}/messages", json={"text": text},
                                    timeout=60).raise_for_status().json()["index"] for text in said]

        with ThreadPoolExecutor(8) as pool:
            talked = list(pool.map(talk, range(8)))
        for cid, indices in talked:
            assert indices == [0, 1, 2]
            turns = httpx.get(f"{server.url}/api/conversations/{cid}").raise_for_status().json()["turns"]
            assert [t["text"] for t in turns] == said
    finally:
        server.kill()
    deadline = time.time() + 10  # killed with the server: gone, or a zombie waiting to be reaped
    while any(_running(p) for p in workers) and time.time() < deadline:
        time.sleep(0.1)
    assert not any(_running(p) for p in workers)


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] != "Z"
    except OSError:
        return False
