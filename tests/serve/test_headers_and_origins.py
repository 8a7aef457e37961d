"""Headers, hosts and origins: what a browser on another site can and cannot do, and errors in plain words."""
import io
import re

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from dialogan.serve import ChatService, create_app

KEY = "headers-key"
AUTH = {"Authorization": f"Bearer {KEY}"}


@pytest.fixture(scope="module")
def service(tiny_checkpoint, tmp_path_factory):
    import torch
    torch.set_num_threads(1)
    return ChatService.load(tiny_checkpoint, tmp_path_factory.mktemp("headers") / "c.db")


@pytest.fixture(scope="module")
def open_client(service):
    """No key, as a server on this machine runs by default."""
    with TestClient(create_app(service)) as c:
        yield c


@pytest.fixture(scope="module")
def keyed_client(service):
    with TestClient(create_app(service, api_key=KEY)) as c:
        yield c


@pytest.fixture()
def cid(open_client):
    return open_client.post("/api/conversations").json()["id"]


def _png(size=(64, 64)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, "white").save(buf, format="PNG")
    return buf.getvalue()


# 1. Headers.
def test_api_answers_are_not_sniffed_or_cached(open_client, cid):
    for r in (open_client.get(f"/api/conversations/{cid}"), open_client.get(f"/api/conversations/{cid}/image.png"),
              open_client.get("/api/conversations/no-such-conversation-here-at-all"), open_client.get("/v1/models"),
              open_client.get("/healthz")):
        assert r.headers["x-content-type-options"] == "nosniff", r.url
        assert r.headers["cache-control"] == "no-store", r.url


def test_the_page_keeps_its_policy_and_is_not_sniffed(open_client):
    page = open_client.get("/")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"


# 2. Hosts (DNS rebinding).
def test_a_host_not_allowed_is_refused(service):
    with TestClient(create_app(service, allowed_hosts={"localhost", "127.0.0.1"}), base_url="http://localhost") as c:
        assert c.get("/healthz").status_code == 200
        rebound = c.get("/healthz", headers={"Host": "attacker.example"})
        assert rebound.status_code == 400 and "attacker.example" in rebound.json()["detail"]
        assert c.post("/api/conversations", headers={"Host": "attacker.example:7860"}).status_code == 400


# 3. Only JSON changes anything, and not from another site's page.
@pytest.mark.parametrize("kind, body", [
    ("text/plain", b'{"text": "draw a red circle"}'),
    ("application/x-www-form-urlencoded", b"text=draw+a+red+circle"),
    ("multipart/form-data; boundary=b", b'--b\r\nContent-Disposition: form-data; name="text"\r\n\r\nhi\r\n--b--\r\n'),
])
def test_a_state_change_must_be_json(open_client, cid, kind, body):
    r = open_client.post(f"/api/conversations/{cid}/messages", content=body, headers={"Content-Type": kind})
    assert r.status_code == 415 and "application/json" in r.json()["detail"]
    assert open_client.post("/api/conversations", content=b"", headers={"Content-Type": kind}).status_code == 415
    assert open_client.get(f"/api/conversations/{cid}").json()["turns"] == []


def test_a_body_without_a_content_type_is_refused_but_an_empty_post_is_fine(open_client, cid):
    assert open_client.post(f"/api/conversations/{cid}/messages", content=b'{"text": "hi"}').status_code == 415
    assert open_client.post(f"/api/conversations/{cid}/variation").status_code == 200


def test_openai_requests_must_be_json_too(open_client):
    r = open_client.post("/v1/chat/completions", content=b'{"model": "dialogan"}',
                         headers={"Content-Type": "text/plain"})
    assert r.status_code == 415 and "application/json" in r.json()["error"]["message"]


def test_a_picture_may_come_as_a_form_or_raw_bytes_but_not_as_text(open_client, cid):
    url = f"/api/conversations/{cid}/picture"
    assert open_client.post(url, files={"file": ("p.png", _png(), "image/png")}).status_code == 200
    assert open_client.post(url, content=_png(), headers={"Content-Type": "image/png"}).status_code == 200
    text = open_client.post(url, content=_png(), headers={"Content-Type": "text/plain"})
    assert text.status_code == 415 and "multipart" in text.json()["detail"]


def test_another_sites_page_cannot_change_anything(open_client, cid):
    other = {"Origin": "https://attacker.example"}
    form = open_client.post(f"/api/conversations/{cid}/picture", files={"file": ("p.png", _png(), "image/png")},
                            headers=other)
    assert form.status_code == 403 and "another site" in form.json()["detail"]
    assert open_client.post("/api/conversations", headers=other).status_code == 403
    same = open_client.post(f"/api/conversations/{cid}/picture", files={"file": ("p.png", _png(), "image/png")},
                            headers={"Origin": "http://testserver"})
    assert same.status_code == 200  # the page's own upload
    assert len(open_client.get(f"/api/conversations/{cid}").json()["turns"]) == 1


def test_the_health_check_says_only_ok_without_the_key(keyed_client):
    assert keyed_client.get("/healthz").json() == {"ok": True}
    full = keyed_client.get("/healthz", headers=AUTH).json()
    assert full["ok"] and "conversations" in full and full["model"] == "dialogan"


# 4. Errors in plain words.
_PYTHONIC = re.compile(r"[A-Z][a-z]+(Error|Exception)|body\.\d|\bdict\b|\bstr\b|\bint\b|JSON decode")


def test_errors_name_no_python_classes_or_validator_paths(open_client, cid, monkeypatch):
    msgs = f"/api/conversations/{cid}/messages"
    said = {
        "not json": open_client.post(msgs, content=b'{"text": "a",,}', headers={"Content-Type": "application/json"}),
        "number": open_client.post(msgs, json={"text": 42}),
        "missing": open_client.post(msgs, json={"words": "hi"}),
        "list": open_client.post(msgs, json=["hi"]),
        "not a picture": open_client.post(f"/api/conversations/{cid}/picture",
                                          files={"file": ("x.png", b"not an image", "image/png")}),
        "openai": open_client.post("/v1/chat/completions", json={"model": "dialogan", "messages": "hi"}),
    }
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)  # PIL's own bomb guard, past which it will not open a file
    said["bomb"] = open_client.post(f"/api/conversations/{cid}/picture",
                                    files={"file": ("big.png", _png((100, 100)), "image/png")})
    words = {k: (r.status_code, r.json().get("detail") or r.json()["error"]["message"]) for k, r in said.items()}
    assert words["not json"] == (422, "the body is not valid JSON")
    assert words["number"] == (422, "invalid request: 'text' must be a string")
    assert words["missing"] == (422, "invalid request: 'text' is missing")
    assert words["list"] == (422, "invalid request: the body must be a JSON object")
    assert words["not a picture"][0] == 400 and "not a readable picture" in words["not a picture"][1]
    assert words["openai"] == (422, "invalid request: 'messages' must be a list")
    assert words["bomb"][0] == 413 and "too many pixels" in words["bomb"][1]
    for kind, (_, message) in words.items():
        assert not _PYTHONIC.search(message), (kind, message)
