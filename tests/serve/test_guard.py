"""The request guard at the ASGI level: how much of a body it reads before it answers, and what it lets through.

A scripted client (a ``receive`` that hands out chunks and counts them) drives the real guard,
so each test can say exactly how many bytes were read before the answer.
"""
import asyncio
import json

from dialogan.serve.guard import RequestGuard, host_name, key_given

KEY = "guard-key"


class Client:
    """An HTTP request as the ASGI server hands it on: headers, then the body in chunks of ``chunk`` bytes."""

    def __init__(self, headers: dict[str, str], chunks: int, chunk: int = 100, method: str = "POST",
                 path: str = "/api/conversations"):
        self.scope = {"type": "http", "method": method, "path": path,
                      "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()]}
        self.chunks, self.chunk, self.read, self.answer = chunks, chunk, 0, []

    async def receive(self):
        if self.read >= self.chunks:
            return {"type": "http.disconnect"}
        self.read += 1
        return {"type": "http.request", "body": b"x" * self.chunk, "more_body": self.read < self.chunks}

    async def send(self, message):
        self.answer.append(message)

    @property
    def status(self) -> int:
        return self.answer[0]["status"]

    @property
    def headers(self) -> dict[str, str]:
        return {k.decode(): v.decode() for k, v in self.answer[0]["headers"]}

    @property
    def detail(self) -> str:
        return json.loads(self.answer[1]["body"])["detail"]


def run(client: Client, api_key=None, limit=1000, allowed_hosts=None) -> list[bytes]:
    """Drive the guard over an app that records the bodies it was given; returns them."""
    bodies = []

    async def app(scope, receive, send):
        message = await receive()
        bodies.append(message.get("body", b""))
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"{}"})

    guard = RequestGuard(app, api_key=api_key, max_body_bytes=limit, allowed_hosts=allowed_hosts)
    asyncio.run(guard(client.scope, client.receive, client.send))
    return bodies


JSON = {"Content-Type": "application/json", "Transfer-Encoding": "chunked"}


def test_a_chunked_body_is_refused_the_moment_it_passes_the_limit():
    client = Client(JSON, chunks=10_000)  # 1 MB on offer, 1,000 bytes allowed
    assert run(client, limit=1000) == []  # the app never saw it
    assert client.status == 413 and client.read == 11  # 1,100 bytes read: the first chunk past the limit
    assert client.detail == "the body is over the limit of 1,000 bytes"
    assert client.headers["connection"] == "close"  # the rest is not waited for


def test_a_declared_length_past_the_limit_is_refused_before_reading():
    client = Client({"Content-Type": "application/json", "Content-Length": "5000"}, chunks=50)
    assert run(client, limit=1000) == []
    assert client.status == 413 and client.read == 0 and "5,000 bytes" in client.detail


def test_a_body_within_the_limit_reaches_the_app_whole():
    client = Client(JSON, chunks=10)
    assert run(client, limit=1000) == [b"x" * 1000]
    assert client.status == 200


def test_without_the_key_not_a_byte_of_the_body_is_read():
    client = Client(JSON, chunks=10_000)
    assert run(client, api_key=KEY) == []
    assert client.status == 401 and client.read == 0 and "API key" in client.detail
    assert client.headers["connection"] == "close"


def test_with_the_key_the_body_is_read():
    client = Client({**JSON, "Authorization": f"Bearer {KEY}"}, chunks=3)
    assert run(client, api_key=KEY) == [b"x" * 300]


def test_the_page_needs_no_key():
    client = Client({}, chunks=0, method="GET", path="/")
    run(client, api_key=KEY)
    assert client.status == 200


def test_a_host_not_allowed_is_refused_before_reading():
    client = Client({**JSON, "Host": "attacker.example"}, chunks=10)
    assert run(client, allowed_hosts={"localhost", "127.0.0.1"}) == []
    assert client.status == 400 and client.read == 0 and "attacker.example" in client.detail
    ok = Client({**JSON, "Host": "localhost:7860"}, chunks=1)
    assert run(ok, allowed_hosts={"localhost"}) == [b"x" * 100]


def test_host_names_are_compared_without_port_or_brackets():
    assert host_name("LocalHost:7860") == "localhost"
    assert host_name("[::1]:7860") == "::1"
    assert host_name("::1") == "::1"
    assert host_name("10.0.0.5") == "10.0.0.5"


def test_the_key_may_come_as_bearer_or_x_api_key():
    assert key_given({"authorization": f"Bearer {KEY}"}, KEY)
    assert key_given({"x-api-key": KEY}, KEY)
    assert not key_given({"authorization": "Bearer nope"}, KEY)
    assert not key_given({}, KEY)
    assert key_given({}, None)  # a server without a key lets everyone in


def test_a_refused_request_without_a_body_keeps_its_connection():
    client = Client({}, chunks=0, method="GET", path="/v1/models")
    run(client, api_key=KEY)
    assert client.status == 401 and "connection" not in client.headers


def test_a_page_from_another_host_or_port_is_another_site():
    for origin, status in [("http://localhost:7860", 200), ("https://localhost:7860", 200),
                           ("http://localhost:9999", 403), ("http://attacker.example", 403), ("null", 403)]:
        client = Client({**JSON, "Host": "localhost:7860", "Origin": origin}, chunks=1)
        run(client, allowed_hosts={"localhost"})
        assert client.status == status, origin


def test_listing_renaming_and_deleting_conversations_need_the_key():
    for method, path, headers in (("GET", "/api/conversations", {}), ("PATCH", "/api/conversations/abc", JSON),
                                  ("DELETE", "/api/conversations/abc", {})):
        client = Client(headers, chunks=1 if headers else 0, method=method, path=path)
        assert run(client, api_key=KEY) == [] and client.status == 401, method


def test_a_rename_must_be_json():
    client = Client({"Content-Type": "application/x-www-form-urlencoded", "Content-Length": "10"}, chunks=1,
                    method="PATCH", path="/api/conversations/abc")
    assert run(client) == [] and client.status == 415
