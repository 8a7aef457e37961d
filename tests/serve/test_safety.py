"""Keys, limits and odd input: clear 4xx answers, and no input ever breaks a conversation."""
import io

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from dialogan.serve import ChatService, create_app
from dialogan.serve.service import MAX_UPLOAD_BYTES

KEY = "test-key-123"
AUTH = {"Authorization": f"Bearer {KEY}"}


@pytest.fixture(scope="module")
def client(tiny_checkpoint, tmp_path_factory):
    import torch
    torch.set_num_threads(1)
    service = ChatService.load(tiny_checkpoint, tmp_path_factory.mktemp("safety") / "c.db")
    with TestClient(create_app(service, api_key=KEY)) as c:
        yield c


@pytest.fixture()
def cid(client):
    return client.post("/api/conversations", headers=AUTH).json()["id"]


def test_the_api_key_is_required_when_set(client):
    assert client.post("/api/conversations").status_code == 401
    assert client.post("/api/conversations", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.post("/api/conversations", headers={"X-API-Key": KEY}).status_code == 201
    denied = client.get("/v1/models")
    assert denied.status_code == 401 and "API key" in denied.json()["error"]["message"]
    assert client.get("/", headers={}).status_code == 200  # the page itself holds no data


def test_a_too_long_message_is_refused_with_the_limit_named(client, cid):
    r = client.post(f"/api/conversations/{cid}/messages", json={"text": "a" * 2001}, headers=AUTH)
    assert r.status_code == 413 and "2001 characters; the limit is 2000" in r.json()["detail"]


def test_a_too_large_upload_is_refused(client, cid):
    r = client.post(f"/api/conversations/{cid}/picture", content=b"\x89PNG" + b"0" * (MAX_UPLOAD_BYTES + 10),
                    headers={**AUTH, "Content-Type": "image/png"})
    assert r.status_code == 413 and "limit" in r.json()["detail"]


def test_a_non_picture_upload_is_refused_clearly(client, cid):
    r = client.post(f"/api/conversations/{cid}/picture", files={"file": ("x.png", b"not an image", "image/png")},
                    headers=AUTH)
    assert r.status_code == 400 and "not a readable picture" in r.json()["detail"]


def test_a_decompression_bomb_is_refused(client, cid):
    buf = io.BytesIO()
    Image.new("1", (5000, 5000)).save(buf, format="PNG")  # a few KB on disk, 25 M pixels decoded
    r = client.post(f"/api/conversations/{cid}/picture", files={"file": ("big.png", buf.getvalue(), "image/png")},
                    headers=AUTH)
    assert r.status_code == 413 and "pixels" in r.json()["detail"]


@pytest.mark.parametrize("text", [
    "", "   ", "a" * 2000, "\x00\x01\x02\xff binary", "🎨🔴⭐️👍🏽", "'; DROP TABLE conversations; --",
    "draw a 红色的 circle 在左上角 please", "<img src=x onerror=alert(1)>", "\u202eRTL override",
    b'{"text": "\\ud800 a lone UTF-16 half, valid JSON"}',
])
def test_odd_input_never_breaks_the_conversation(client, cid, text):
    if isinstance(text, bytes):  # sent as written: the JSON escape reaches the server undecoded
        r = client.post(f"/api/conversations/{cid}/messages", content=text,
                        headers={**AUTH, "Content-Type": "application/json"})
    else:
        r = client.post(f"/api/conversations/{cid}/messages", json={"text": text}, headers=AUTH)
    assert r.status_code == 200, r.text
    after = client.post(f"/api/conversations/{cid}/messages", json={"text": "draw a red circle"}, headers=AUTH)
    assert after.status_code == 200
    conv = client.get(f"/api/conversations/{cid}", headers=AUTH).json()
    assert len(conv["turns"]) == 2 and conv["turns"][1]["text"] == "draw a red circle"


def test_a_message_that_is_not_a_string_gets_422(client, cid):
    r = client.post(f"/api/conversations/{cid}/messages", json={"text": 42}, headers=AUTH)
    assert r.status_code == 422 and "text" in r.json()["detail"]
    raw = client.post(f"/api/conversations/{cid}/messages", content=b'{"text": "\xff\xfe not UTF-8"}',
                      headers={**AUTH, "Content-Type": "application/json"})
    assert 400 <= raw.status_code < 500 and raw.json()["detail"]
    assert client.get(f"/api/conversations/{cid}", headers=AUTH).status_code == 200


def test_the_page_forbids_inline_scripts(client):
    policy = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy


def test_the_page_and_api_docs_load_nothing_from_elsewhere(client):
    import re
    from dialogan.serve.app import WEB

    for f in WEB.iterdir():
        assert not re.search(r"(src|href)=[\"']?(https?:)?//", f.read_text(encoding="utf-8")), f.name
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/docs.js" in docs.text and "cdn" not in docs.text
