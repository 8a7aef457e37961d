"""The FastAPI app: the web page, the native REST API and the OpenAI-compatible API in one process.

``create_app(service, api_key=None, ...)`` wires the parts behind the request guard; ``dialogan serve`` runs
it on uvicorn.
"""
from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

from .. import __version__
from . import openai_api, rest_api
from .error_answers import describe_invalid_request, error_response
from .guard import RequestGuard, key_given
from .service import MAX_UPLOAD_BYTES, BadInput, ChatService, NotFound

WEB = Path(__file__).resolve().parent / "web"
MAX_BODY_BYTES = MAX_UPLOAD_BYTES * 2  # a base64 picture in JSON is 4/3 of its bytes, plus the words
EXPIRE_EVERY_S = 3600  # how often a running server deletes conversations and thread states past --keep-days


def create_app(service: ChatService, api_key: str | None = None, allowed_hosts: set[str] | None = None,
               max_body_bytes: int = MAX_BODY_BYTES) -> FastAPI:
    """The whole server as one ASGI app. ``allowed_hosts``: the host names it answers to (None: any);
    ``max_body_bytes``: the most any request body may hold (more is refused with 413 as it arrives)."""

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        async def expire_now_and_then():
            while True:
                await asyncio.sleep(EXPIRE_EVERY_S)
                await run_in_threadpool(service.store.expire)
        task = asyncio.create_task(expire_now_and_then())
        try:
            yield
        finally:
            task.cancel()

    # FastAPI's /docs and /redoc load their scripts from a CDN; our own reader of the schema works offline.
    app = FastAPI(title="dialogan", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Talk to dialogan in English or Chinese and it draws. A native conversation API "
                              "and an OpenAI-compatible one; the web page is at /.")
    # The key, the host, the origin, the content type and the body size are checked before any route runs.
    app.add_middleware(RequestGuard, api_key=api_key, max_body_bytes=max_body_bytes, allowed_hosts=allowed_hosts)
    app.include_router(rest_api.build_router(service))
    app.include_router(openai_api.build_router(service))

    @app.exception_handler(BadInput)
    async def bad_input(request: Request, e: BadInput):
        return error_response(request.url.path, e.status, str(e))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, e: NotFound):
        return error_response(request.url.path, 404, str(e))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, e: HTTPException):
        return error_response(request.url.path, e.status_code, str(e.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, e: RequestValidationError):
        return error_response(request.url.path, 422, describe_invalid_request(e.errors()))

    @app.get("/healthz", tags=["server"], summary="Whether the server is up (and, with the key, what it holds)")
    def health(request: Request) -> dict:
        if not key_given(request.headers, api_key):
            return {"ok": True}
        return {"ok": True, "model": service.model_name, "conversations": service.store.count(),
                "api_key_required": bool(api_key), "times": service.times.snapshot()}

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(WEB / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(WEB / "docs.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=WEB), name="static")
    return app
