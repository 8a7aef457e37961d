"""An OpenAI-compatible API, so programs can use the clients they already have.

    POST /v1/chat/completions   messages in; the reply with the picture as a markdown data URL
                                (``![picture](data:image/png;base64,...)``); ``stream: true`` gives SSE chunks
    POST /v1/images/generations prompt in; base64 PNGs out
    GET  /v1/models

The protocol is stateless: a client sends the whole thread each time. The state reached after
each answer is saved under a hash of the thread (user and assistant words; pictures by their
hash), so the next request continues from it; a thread we have never seen is replayed from its
user messages, every one in order through a fresh chat, so its scene is the one those turns
make (never a cut of the thread); a thread of more than ``MAX_REPLAYED_TURNS`` user messages
without saved state is refused with a 400 that says so. A user message may carry pictures (``image_url`` parts or markdown data URLs):
the detector reads them into the scene before the words are applied.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import secrets
import time
from dataclasses import dataclass, field
from typing import Any, Literal

from fastapi import APIRouter
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from ..chat import Chat
from .batcher import BACKGROUND, TURN
from .service import MAX_UPLOAD_BYTES, BadInput, ChatService, clean_text, png_bytes, read_picture

MAX_REPLAYED_TURNS = 64  # an unknown thread of more user messages than this is refused, not cut
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\((data:[^)\s]*)\)")
_DATA_URL = re.compile(r"^data:image/[a-zA-Z0-9.+-]+;base64,(.*)$", re.S)


class ChatRequest(BaseModel):
    model_config = ConfigDict(extra="allow")  # temperature, top_p, user...: accepted and ignored
    model: str
    messages: list[dict[str, Any]]
    stream: bool = False
    n: int = 1


class ImageRequest(BaseModel):
    model_config = ConfigDict(extra="allow")
    prompt: str
    model: str | None = None
    n: int = Field(1, ge=1, le=4)
    size: str | None = Field(None, description="'NxN', N up to the model's own size; 'auto' or none: the model's "
                                              "size; a smaller N is the model's picture scaled down, a larger one "
                                              "is refused")
    response_format: Literal["b64_json"] = "b64_json"


@dataclass
class Message:
    role: str
    text: str
    pictures: list[bytes] = field(default_factory=list)

    def key_part(self) -> list:
        return [self.role, self.text.strip(), [hashlib.sha256(p).hexdigest() for p in self.pictures]]


def _decode_data_url(url: str) -> bytes:
    m = _DATA_URL.match(url or "")
    if not m:
        raise BadInput("images must be data: URLs (data:image/png;base64,...); this server does not fetch URLs")
    if len(m.group(1)) > MAX_UPLOAD_BYTES * 4 // 3 + 4:
        raise BadInput(f"an image is over the limit of {MAX_UPLOAD_BYTES:,} bytes", status=413)
    try:
        return base64.b64decode(m.group(1), validate=False)
    except (binascii.Error, ValueError):
        raise BadInput("an image data URL is not valid base64") from None


def parse_message(raw: dict, i: int) -> Message:
    """One OpenAI message (string content or a list of text/image parts) as words and pictures."""
    role = raw.get("role")
    if role not in ("system", "developer", "user", "assistant", "tool"):
        raise BadInput(f"messages[{i}].role must be user, assistant or system, got {role!r}")
    content, texts, pictures = raw.get("content"), [], []
    parts = [{"type": "text", "text": content}] if isinstance(content, str) else content or []
    if not isinstance(parts, list):
        raise BadInput(f"messages[{i}].content must be a string or a list of parts")
    for part in parts:
        kind = part.get("type") if isinstance(part, dict) else None
        if kind == "text" and isinstance(part.get("text"), str):
            texts.append(part["text"])
        elif kind == "image_url" and role == "user":
            url = part.get("image_url")
            pictures.append(_decode_data_url(url.get("url") if isinstance(url, dict) else url))
        elif kind != "image_url":  # pictures in assistant messages are our own; the state has them
            raise BadInput(f"messages[{i}].content has a part of type {kind!r}; use 'text' or 'image_url'")
    text = "\n".join(texts)
    if role == "user":
        pictures += [_decode_data_url(url) for url in _MD_IMAGE.findall(text)]
    text = _MD_IMAGE.sub("", text).strip() if role in ("user", "assistant") else text
    return Message(role, clean_text(text) if role == "user" else text, pictures)


def thread_key(messages: list[Message]) -> str:
    kept = [m.key_part() for m in messages if m.role in ("user", "assistant")]
    return hashlib.sha256(json.dumps(kept, ensure_ascii=True).encode()).hexdigest()


def reply_content(reply: str, png: bytes) -> str:
    return f"{reply}\n\n![picture](data:image/png;base64,{base64.b64encode(png).decode()})"


def build_router(service: ChatService) -> APIRouter:
    r = APIRouter(prefix="/v1", tags=["openai"])
    name = service.model_name

    def check_model(model: str | None) -> None:
        if model is not None and model != name:
            raise BadInput(f"unknown model {model!r}; this server has {name!r}", status=404)

    def apply_user(chat: Chat, m: Message):
        turn = None
        for picture in m.pictures:
            scene, reply = service.scene_from_picture(read_picture(picture), m.text)
            turn = chat.set_scene(scene, m.text or "[picture]", reply)
        if m.text or turn is None:
            turn = chat.send(m.text)
        return turn

    def complete(req: ChatRequest):
        # 1. Read the thread; the last message must be the user's.
        check_model(req.model)
        if req.n != 1:
            raise BadInput("n must be 1: a conversation has one picture per turn (ask for a variation instead)")
        msgs = [parse_message(m if isinstance(m, dict) else {}, i) for i, m in enumerate(req.messages)]
        if not msgs or msgs[-1].role != "user":
            raise BadInput("the last message must be the user's")
        prior, new = msgs[:-1], msgs[-1]
        # 2. Continue from the saved state of this thread, or replay all its user messages in order: background
        # work without pictures, so a long thread waits behind other people's turns instead of holding them.
        said = [m for m in prior if m.role == "user"]
        saved = service.store.get_thread(thread_key(prior)) if prior else None
        if saved is None and len(said) + 1 > MAX_REPLAYED_TURNS:
            raise BadInput(f"this thread has {len(said) + 1} user messages and no saved state on this server; "
                           f"a thread is replayed from at most {MAX_REPLAYED_TURNS} user messages: continue it "
                           f"from a reply of this server, or start a new one")
        chat = service.new_chat()
        if saved is not None:
            chat.restore(saved)
        else:
            chat.priority, chat.needs_no_picture = BACKGROUND, lambda scene, seed: True  # replayed turns: no pictures
            for m in said:
                apply_user(chat, m)
            chat.priority, chat.needs_no_picture = TURN, None
        # 3. The new turn; save the state under the thread as the client will send it back (a state is
        # keyed by the thread that leads to it, so two requests can only ever write the same one).
        service.check_room(chat)
        turn = apply_user(chat, new)
        service.store.put_thread(thread_key(msgs + [Message("assistant", turn.reply)]), chat.state())
        png = png_bytes(turn.image)
        tok = service.tokenizer
        usage = {"prompt_tokens": sum(len(tok.encode(" " + m.text)) for m in msgs),
                 "completion_tokens": len(tok.encode(" " + turn.reply))}
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        extra = {"scene": turn.scene.text(), "seed": turn.seed, "command": turn.command, "edit": turn.edit}
        return turn.reply, png, usage, extra

    @r.get("/models", summary="The one model this server has")
    def models() -> dict:
        return {"object": "list", "data": [{"id": name, "object": "model", "created": 0, "owned_by": "dialogan"}]}

    @r.post("/chat/completions", summary="Talk; the reply holds the picture as a markdown data URL")
    def chat_completions(req: ChatRequest):
        reply, png, usage, extra = complete(req)
        cid, created = "chatcmpl-" + secrets.token_hex(12), int(time.time())
        content = reply_content(reply, png)
        if not req.stream:
            return {"id": cid, "object": "chat.completion", "created": created, "model": name,
                    "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                                 "message": {"role": "assistant", "content": content}}],
                    "usage": usage, "dialogan": extra}

        def chunk(delta: dict, finish: str | None = None) -> str:
            body = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": name,
                    "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}]}
            return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

        def events():
            # The reply comes word by word, then the picture in one piece (a data URL cut in two is no use).
            yield chunk({"role": "assistant", "content": ""})
            words = re.findall(r"\S+\s*|\s+", reply) if " " in reply else list(reply)
            for w in words:
                yield chunk({"content": w})
            yield chunk({"content": content[len(reply):]})
            yield chunk({}, "stop")
            yield "data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})

    @r.post("/images/generations", summary="A prompt in, base64 PNG pictures out (n > 1: new seeds)")
    def images(req: ImageRequest) -> dict:
        check_model(req.model)
        prompt = clean_text(req.prompt)
        full = service.model.cfg.image_size
        px = full
        if req.size not in (None, "auto"):  # 'auto': what OpenAI's newer image models take by default
            m = re.fullmatch(r"(\d{2,4})x(\d{2,4})", req.size)
            if not m or m.group(1) != m.group(2) or not 16 <= int(m.group(1)) <= 1024:
                raise BadInput(f"size must be 'NxN' with N from 16 to {full}, or 'auto' ({full}x{full}), "
                               f"got {req.size!r}")
            px = int(m.group(1))
            if px > full:  # scaling up would invent detail the model did not draw
                raise BadInput(f"size {req.size} is larger than this model's pictures ({full}x{full}); "
                               f"ask for {full}x{full} or less")
        chat = service.new_chat()
        turns = [chat.send(prompt)] + [chat.variation() for _ in range(req.n - 1)]
        data = []
        for t in turns:
            image = t.image if px == t.image.size[0] else t.image.resize((px, px), 3)  # 3 = bicubic
            data.append({"b64_json": base64.b64encode(png_bytes(image)).decode(), "revised_prompt": t.scene.text()})
        return {"created": int(time.time()), "data": data}

    return r

