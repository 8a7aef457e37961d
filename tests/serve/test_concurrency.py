"""Sixteen conversations at once over loopback: no errors, and no turn lands in the wrong conversation."""
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

pytestmark = pytest.mark.slow  # a live `dialogan serve` process

CONVERSATIONS = 16
TURNS = 3


def test_sixteen_concurrent_conversations(server):
    def talk(i: int) -> tuple[str, list[str]]:
        said = [f"draw a red circle number {i} turn {t}" for t in range(TURNS)]
        with httpx.Client(base_url=server.url, timeout=120) as c:
            cid = c.post("/api/conversations").raise_for_status().json()["id"]
            for text in said:
                c.post(f"/api/conversations/{cid}/messages", json={"text": text}).raise_for_status()
            c.post(f"/api/conversations/{cid}/variation").raise_for_status()
            return cid, said

    with ThreadPoolExecutor(CONVERSATIONS) as pool:
        results = list(pool.map(talk, range(CONVERSATIONS)))
    with httpx.Client(base_url=server.url, timeout=60) as c:
        for cid, said in results:
            turns = c.get(f"/api/conversations/{cid}").json()["turns"]
            assert [t["text"] for t in turns] == said + ["variation"]
