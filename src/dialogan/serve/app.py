"""The FastAPI app: the web page, the native REST API and the OpenAI-compatible API in one process.

``create_app(service, api_key=None)`` wires the parts; ``dialogan serve`` runs it on uvicorn.
"""
from __future__ import annotations

import hmac
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from . import openai_api, rest_api
from .service import MAX_UPLOAD_BYTES, BadInput, ChatService, NotFound

WEB = Path(__file__).resolve().parent / "web"
MAX_BODY_BYTES = MAX_UPLOAD_BYTES * 2  # a base64 picture in JSON is 4/3 of its bytes, plus the words

# The page runs only its own script: no inline script, no other origin, so HTML sent as a
# message can never execute even if some code path forgot to treat it as text.
_PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; "
                               "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def _error(request: Request, status: int, message: str) -> JSONResponse:
    # OpenAI clients read {"error": {...}}; FastAPI clients read {"detail": ...}.
    if request.url.path.startswith("/v1/"):
        kind = {401: "authentication_error", 404: "not_found_error"}.get(status, "invalid_request_error")
        return JSONResponse({"error": {"message": message, "type": kind, "param": None, "code": None}}, status)
    return JSONResponse({"detail": message}, status)


def create_app(service: ChatService, api_key: str | None = None) -> FastAPI:
    # FastAPI's /docs and /redoc load their scripts from a CDN; our own reader of the schema works offline.
    app = FastAPI(title="dialogan", version=__version__, docs_url=None, redoc_url=None,
                  description="Talk to dialogan in English or Chinese and it draws. A native conversation API "
                              "and an OpenAI-compatible one; the web page is at /.")

    def require_key(request: Request) -> None:
        if not api_key:
            return
        auth = request.headers.get("authorization", "")
        given = auth[7:] if auth.lower().startswith("bearer ") else request.headers.get("x-api-key", "")
        if not hmac.compare_digest(given.encode(), api_key.encode()):
            raise HTTPException(401, "missing or wrong API key (send 'Authorization: Bearer KEY' or 'X-API-Key')")

    guarded = [Depends(require_key)]
    app.include_router(rest_api.build_router(service), dependencies=guarded)
    app.include_router(openai_api.build_router(service), dependencies=guarded)

    @app.middleware("http")
    async def limits_and_headers(request: Request, call_next):
        size = request.headers.get("content-length", "")
        if size.isdigit() and int(size) > MAX_BODY_BYTES:
            return _error(request, 413, f"the request is {int(size):,} bytes; the limit is {MAX_BODY_BYTES:,}")
        response = await call_next(request)
        if not request.url.path.startswith(("/api/", "/v1/")):
            response.headers.update(_PAGE_HEADERS)
        return response

    @app.exception_handler(BadInput)
    async def bad_input(request: Request, e: BadInput):
        return _error(request, e.status, str(e))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, e: NotFound):
        return _error(request, 404, str(e))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, e: HTTPException):
        return _error(request, e.status_code, str(e.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, e: RequestValidationError):
        where = "; ".join(f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in e.errors()[:5])
        return _error(request, 422, f"invalid request: {where}")

    @app.get("/healthz", tags=["server"], summary="Whether the server is up, and what it holds")
    def health() -> dict:
        return {"ok": True, "model": service.model_name, "conversations": service.store.count(),
                "api_key_required": bool(api_key)}

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(WEB / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(WEB / "docs.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=WEB), name="static")
    return app
