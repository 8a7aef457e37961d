"""How errors are answered: in the JSON shape each API's clients read, and in plain words.

No answer names a Python class or a validator's internal path ("body.9", "UnidentifiedImageError"):
a client sees what was wrong with what it sent, in the words of the API it called.
"""
from __future__ import annotations

from starlette.responses import JSONResponse


def error_response(path: str, status: int, message: str, close: bool = False) -> JSONResponse:
    """The error answer for a request to ``path``: OpenAI's shape under /v1/, FastAPI's ``{"detail"}`` elsewhere.

    ``close`` asks the server to drop the connection after answering, for a request whose body
    was left unread (the client may still be sending it).
    """
    if path.startswith("/v1/"):
        kind = {401: "authentication_error", 403: "permission_error", 404: "not_found_error"}.get(
            status, "invalid_request_error")
        body: dict = {"error": {"message": message, "type": kind, "param": None, "code": None}}
    else:
        body = {"detail": message}
    return JSONResponse(body, status, headers={"Connection": "close"} if close else None)


# Pydantic's messages start "Input should be ..."; a few kinds read better said outright.
_SAID_OUTRIGHT = {
    "missing": "is missing",
    "string_type": "must be a string",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "list_type": "must be a list",
    "dict_type": "must be a JSON object",
    "model_type": "must be a JSON object",
    "model_attributes_type": "must be a JSON object",
}


def describe_invalid_request(errors: list[dict]) -> str:
    """What is wrong with a request, in plain words, from FastAPI's list of validation errors."""
    said = []
    for err in errors[:5]:
        kind, loc = err.get("type", ""), tuple(err.get("loc", ()))
        if kind == "json_invalid":
            return "the body is not valid JSON"
        where = _where(loc)
        what = _SAID_OUTRIGHT.get(kind) or str(err.get("msg", "is not valid")).replace("Input should", "should")
        said.append(f"{where} {what}")
    return "invalid request: " + "; ".join(said) if said else "invalid request"


def _where(loc: tuple) -> str:
    # loc is ("body", "messages", 0, "role"), ("query", "n"), ("path", "n") or just ("body",).
    source, parts = (loc[0], loc[1:]) if loc and loc[0] in ("body", "query", "path", "header") else ("body", loc)
    if not parts:
        return "the body" if source == "body" else f"the {source}"
    name = str(parts[0]) + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts[1:])
    return f"'{name}'" if source == "body" else f"'{name}' in the {source}"
