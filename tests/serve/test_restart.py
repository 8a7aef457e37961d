"""SIGKILL the server mid-conversation, start it again: every conversation continues where it was, on
SQLite and on PostgreSQL."""
import threading

import httpx
import pytest

pytestmark = pytest.mark.slow  # two `dialogan serve` processes, one killed


def _turns(client, cid):
    return client.get(f"/api/conversations/{cid}").json()


def database(engine: str, request, tmp_path):
    """A fresh database of ``engine``: a SQLite file, or a database on the session's PostgreSQL server."""
    return tmp_path / "conversations.db" if engine == "sqlite" else request.getfixturevalue("postgres").new_database()


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_conversations_survive_sigkill_and_continue(engine, request, start_server, tiny_checkpoint, tmp_path):
    db = database(engine, request, tmp_path)
    first = start_server(tiny_checkpoint, db, log_dir=tmp_path)
    with httpx.Client(base_url=first.url, timeout=60) as c:
        # 1. Two conversations with some history, every turn answered (so promised to be kept).
        a = c.post("/api/conversations").json()["id"]
        b = c.post("/api/conversations").json()["id"]
        c.post(f"/api/conversations/{a}/messages", json={"text": "draw a red circle in the top left"})
        c.post(f"/api/conversations/{a}/variation")
        c.post(f"/api/conversations/{b}/messages", json={"text": "在右下角画一个蓝色的星星"})
        before_a, before_b = _turns(c, a), _turns(c, b)
        picture_a = c.get(f"/api/conversations/{a}/image.png").content
    # 2. Kill it while a request is in flight.
    in_flight = threading.Thread(target=lambda: _quietly(first.url, a), daemon=True)
    in_flight.start()
    first.kill()
    in_flight.join(30)

    second = start_server(tiny_checkpoint, db, log_dir=tmp_path)
    try:
        with httpx.Client(base_url=second.url, timeout=60) as c:
            after_a, after_b = _turns(c, a), _turns(c, b)
            # 3. Nothing answered is lost; the killed request either finished whole or left no trace.
            assert after_b == before_b
            n = len(before_a["turns"])
            assert after_a["turns"][:n] == before_a["turns"] and len(after_a["turns"]) in (n, n + 1)
            if len(after_a["turns"]) == n:
                assert (after_a["scene"], after_a["seed"]) == (before_a["scene"], before_a["seed"])
                assert c.get(f"/api/conversations/{a}/image.png").content == picture_a  # redrawn, same pixels
            # 4. ... and both conversations go on.
            undone = c.post(f"/api/conversations/{a}/undo").json()
            assert undone["command"] == "undo"
            more = c.post(f"/api/conversations/{b}/messages", json={"text": "把它变成红色"})
            assert more.status_code == 200 and more.json()["index"] == len(before_b["turns"])
    finally:
        second.kill()


def _quietly(url: str, cid: str) -> None:
    try:
        httpx.post(f"{url}/api/conversations/{cid}/messages", json={"text": "add a green square"}, timeout=30)
    except httpx.HTTPError:
        pass  # the server died under it, as intended
