"""Hard limits before work: body size (chunked or not), the key before the body, turns per conversation."""
import pytest
from fastapi.testclient import TestClient

from dialogan.serve import ChatService, create_app

KEY = "limits-key"
AUTH = {"Authorization": f"Bearer {KEY}"}
LIMIT = 2000


@pytest.fixture(scope="module")
def service(tiny_checkpoint, tmp_path_factory):
    import torch
    torch.set_num_threads(1)
    loaded = ChatService.load(tiny_checkpoint, tmp_path_factory.mktemp("limits") / "c.db")
    return ChatService(loaded.model, loaded.tokenizer, loaded.store, loaded.history_turns, max_turns=2)


@pytest.fixture(scope="module")
def client(service):
    with TestClient(create_app(service, api_key=KEY, max_body_bytes=LIMIT)) as c:
        yield c


@pytest.fixture()
def cid(client):
    return client.post("/api/conversations", headers=AUTH).json()["id"]


def _chunks(total: int, size: int = 500):
    for _ in range(total // size):
        yield b" " * size


def test_a_body_past_the_limit_is_refused_with_413(client, cid):
    r = client.post(f"/api/conversations/{cid}/messages", json={"text": "a" * LIMIT}, headers=AUTH)
    assert r.status_code == 413 and f"the limit is {LIMIT:,} bytes" in r.json()["detail"]


def test_a_chunked_body_past_the_limit_is_refused_with_413(client, cid):
    r = client.post(f"/api/conversations/{cid}/messages", content=_chunks(10 * LIMIT),
                    headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 413 and r.json()["detail"] == f"the body is over the limit of {LIMIT:,} bytes"


def test_a_chunked_upload_past_the_limit_is_refused_with_413(client, cid):
    r = client.post(f"/api/conversations/{cid}/picture", content=_chunks(10 * LIMIT),
                    headers={**AUTH, "Content-Type": "multipart/form-data; boundary=x"})
    assert r.status_code == 413


def test_openai_errors_keep_their_shape_past_the_limit(client):
    r = client.post("/v1/chat/completions", content=_chunks(10 * LIMIT),
                    headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 413 and "limit" in r.json()["error"]["message"]


def test_the_key_is_asked_for_before_the_body_is_judged(client, cid):
    bad_json = {"Content-Type": "application/json"}
    r = client.post(f"/api/conversations/{cid}/messages", content=b"{not json", headers=bad_json)
    assert r.status_code == 401
    assert client.post(f"/api/conversations/{cid}/messages", content=_chunks(10 * LIMIT),
                       headers=bad_json).status_code == 401  # not 413: nothing of it was read
    with_key = client.post(f"/api/conversations/{cid}/messages", content=b"{not json", headers={**AUTH, **bad_json})
    assert with_key.status_code == 422 and with_key.json()["detail"] == "the body is not valid JSON"


def test_a_conversation_stops_at_its_turn_limit_and_says_so(client, cid):
    for text in ("draw a red circle", "draw a blue star"):
        assert client.post(f"/api/conversations/{cid}/messages", json={"text": text}, headers=AUTH).status_code == 200
    full = client.post(f"/api/conversations/{cid}/messages", json={"text": "one more"}, headers=AUTH)
    assert full.status_code == 409 and "limit of 2 turns" in full.json()["detail"]
    assert client.post(f"/api/conversations/{cid}/undo", headers=AUTH).status_code == 409  # every action is a turn
    assert len(client.get(f"/api/conversations/{cid}", headers=AUTH).json()["turns"]) == 2  # still readable


def test_an_openai_thread_stops_at_the_turn_limit(client):
    thread = [{"role": "user", "content": "draw a red circle"}]
    for _ in range(2):
        r = client.post("/v1/chat/completions", json={"model": "dialogan", "messages": thread}, headers=AUTH)
        assert r.status_code == 200, r.text
        reply = r.json()["choices"][0]["message"]["content"].split("\n\n![")[0]  # the picture is not needed back
        thread += [{"role": "assistant", "content": reply},
                   {"role": "user", "content": "make a variation"}]
    full = client.post("/v1/chat/completions", json={"model": "dialogan", "messages": thread}, headers=AUTH)
    assert full.status_code == 409 and "limit of 2 turns" in full.json()["error"]["message"]
