"""The front door: every request is checked before any work is done for it, and every answer gets its headers.

An ASGI middleware in front of the app. Before the app sees a request, in this order:

1. Host: with an allow-list, a request naming a host the server does not answer to is refused (400),
   so a page on another site cannot reach the server through DNS rebinding.
2. API key: on /api and /v1, when the server has one, checked before a byte of the body is read (401).
3. Origin: a state change sent by a page of another site is refused (403).
4. Content type: state changes take JSON only (415), so a cross-site HTML form cannot make one;
   the picture upload also takes a multipart form or raw image bytes.
5. Body size: the body is counted as it arrives, chunked or not, and refused with 413 the moment it
   passes the limit; the app gets the body only once it is whole and within the limit.

Every answer says ``X-Content-Type-Options: nosniff``; API answers say ``Cache-Control: no-store``;
everything else (the page, its files) gets the page's Content-Security-Policy.
"""
from __future__ import annotations

import hmac
import re
from urllib.parse import urlsplit

from .error_answers import error_response

API_PREFIXES = ("/api/", "/v1/")
_STATE_CHANGES = {"POST", "PUT", "PATCH", "DELETE"}
_UPLOAD_PATH = re.compile(r"^/api/conversations/[^/]+/picture$")
_UPLOAD_TYPES = ("multipart/form-data", "application/octet-stream")

# The page runs only its own script: no inline script, no other origin, so HTML sent as a
# message can never execute even if some code path forgot to treat it as text.
PAGE_HEADERS = {
    "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; "
                               "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    "referrer-policy": "no-referrer",
}


def key_given(headers: dict[str, str], api_key: str | None) -> bool:
    """Whether a request carries the server's API key (``Authorization: Bearer KEY`` or ``X-API-Key``);
    always true for a server without one."""
    if not api_key:
        return True
    auth = headers.get("authorization", "")
    given = auth[7:] if auth.lower().startswith("bearer ") else headers.get("x-api-key", "")
    return hmac.compare_digest(given.encode("utf-8", "replace"), api_key.encode())


def host_name(netloc: str) -> str:
    """The host of a Host header or URL authority, without port or IPv6 brackets, lower-cased."""
    netloc = netloc.strip().lower()
    if netloc.startswith("["):
        return netloc[1:].split("]", 1)[0]
    return netloc.rsplit(":", 1)[0] if netloc.count(":") == 1 else netloc


class RequestGuard:
    """ASGI middleware: refuses what must not reach the app (see the module text) and adds the safety headers.

    ``allowed_hosts``: host names the server answers to (None: any). ``max_body_bytes``: the most any
    request body may hold.
    """

    def __init__(self, app, api_key: str | None, max_body_bytes: int, allowed_hosts: set[str] | None = None):
        self.app, self.api_key, self.max_body_bytes = app, api_key, max_body_bytes
        self.allowed_hosts = {host_name(h) for h in allowed_hosts} if allowed_hosts is not None else None

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope["path"]
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        send = _with_headers(send, path)

        # 1-4. Refusals that need no body: a body is left unread, and its connection closed after the answer.
        refusal = self._refusal(scope["method"], path, headers)
        if refusal is not None:
            status, message = refusal
            return await error_response(path, status, message, close=_has_body(headers))(scope, receive, send)

        # 5. The body, read whole but never past the limit.
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            return await self._too_large(scope, receive, send, f"the body is {int(declared):,} bytes; the limit is")
        if not _has_body(headers):
            return await self.app(scope, receive, send)
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return  # the client left; nobody to answer
            body += message.get("body", b"")
            if len(body) > self.max_body_bytes:
                return await self._too_large(scope, receive, send, "the body is over the limit of")
            if not message.get("more_body", False):
                break
        await self.app(scope, _replay(bytes(body), receive), send)

    def _refusal(self, method: str, path: str, headers: dict[str, str]) -> tuple[int, str] | None:
        if self.allowed_hosts is not None and host_name(headers.get("host", "")) not in self.allowed_hosts:
            return 400, f"this server does not answer to the host {headers.get('host', '')!r} (see --allowed-hosts)"
        api = path.startswith(API_PREFIXES)
        if api and not key_given(headers, self.api_key):
            return 401, "missing or wrong API key (send 'Authorization: Bearer KEY' or 'X-API-Key')"
        if method not in _STATE_CHANGES:
            return None
        origin = headers.get("origin")
        # Same origin means the page came from the address the request went to (a reverse proxy must pass Host on).
        if origin is not None and urlsplit(origin).netloc.lower() != headers.get("host", "").strip().lower():
            return 403, f"requests from pages of another site are refused (Origin: {origin})"
        if api:
            return self._wrong_type(path, headers)
        return None

    @staticmethod
    def _wrong_type(path: str, headers: dict[str, str]) -> tuple[int, str] | None:
        kind = headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if kind == "application/json" or (not kind and not _has_body(headers)):
            return None
        if _UPLOAD_PATH.match(path):
            if kind.startswith("image/") or kind in _UPLOAD_TYPES:
                return None
            return 415, ("send the picture as a multipart form (field 'file') or as the raw image bytes "
                         f"(Content-Type: image/png, ...), not {kind or 'a body without a Content-Type'}")
        return 415, f"send the body as JSON (Content-Type: application/json), not {kind or 'without a Content-Type'}"

    async def _too_large(self, scope, receive, send, said: str):
        message = f"{said} {self.max_body_bytes:,} bytes"
        await error_response(scope["path"], 413, message, close=True)(scope, receive, send)


def _has_body(headers: dict[str, str]) -> bool:
    return headers.get("content-length", "0") not in ("", "0") or "transfer-encoding" in headers


def _replay(body: bytes, receive):
    """A ``receive`` that gives the app the body already read, then passes on what the server says next."""
    sent = False

    async def replay():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()  # after the body: a disconnect, which streaming answers listen for
    return replay


def _with_headers(send, path: str):
    api = path.startswith(API_PREFIXES) or path == "/healthz"

    async def send_with_headers(message):
        if message["type"] == "http.response.start":
            kept = [(k, v) for k, v in message.get("headers", [])
                    if not (api and k.lower() == b"cache-control") and k.lower() != b"x-content-type-options"]
            extra = {"x-content-type-options": "nosniff", **({"cache-control": "no-store"} if api else PAGE_HEADERS)}
            message = {**message, "headers": kept + [(k.encode(), v.encode()) for k, v in extra.items()]}
        await send(message)
    return send_with_headers
