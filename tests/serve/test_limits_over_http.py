"""The limits over real HTTP, against a real ``dialogan serve``: the sender is stopped, not read to the end."""
import httpx

from dialogan.serve.app import MAX_BODY_BYTES

CHUNK = 64 * 1024


def _send(url: str, total: int, headers: dict | None = None) -> tuple[httpx.Response, int]:
    """POST ``total`` bytes in chunks (Transfer-Encoding: chunked); the answer and how many bytes went out."""
    sent = [0]

    def body():
        for _ in range(total // CHUNK):
            sent[0] += CHUNK
            yield b" " * CHUNK
    r = httpx.post(url, content=body(), headers={"Content-Type": "application/json", **(headers or {})}, timeout=60)
    return r, sent[0]


def test_a_chunked_body_past_the_limit_gets_413_while_it_is_still_coming(server):
    cid = httpx.post(server.url + "/api/conversations").json()["id"]
    r, sent = _send(f"{server.url}/api/conversations/{cid}/messages", 8 * MAX_BODY_BYTES)
    assert r.status_code == 413 and "over the limit" in r.json()["detail"]
    assert sent < 3 * MAX_BODY_BYTES  # the server hung up long before the end
    assert httpx.get(f"{server.url}/api/conversations/{cid}").json()["turns"] == []


def test_a_host_the_server_does_not_answer_to_is_refused(server):
    assert httpx.get(server.url + "/healthz", headers={"Host": "attacker.example"}).status_code == 400
    assert httpx.get(server.url + "/healthz", headers={"Host": "localhost"}).status_code == 200


def test_without_the_key_the_body_is_refused_before_it_is_read(start_server, tiny_checkpoint, tmp_path):
    keyed = start_server(tiny_checkpoint, tmp_path / "c.db", "--api-key", "http-key")
    try:
        r, sent = _send(keyed.url + "/api/conversations", 8 * MAX_BODY_BYTES)
        assert r.status_code == 401 and sent < MAX_BODY_BYTES
        assert httpx.get(keyed.url + "/healthz").json() == {"ok": True}
    finally:
        keyed.kill()
