"""The native REST API: conversations you create, talk to, undo, redo, vary and read back.

    POST /api/conversations                         -> {"id": ...}
    GET  /api/conversations?ids=ID,ID,...           -> the named conversations' titles, times, turns, first pictures
    PATCH /api/conversations/{id}                   {"title": "my drawing"} -> {"id": ..., "title": ...}
    DELETE /api/conversations/{id}                  -> 204, gone for good
    POST /api/conversations/{id}/messages           {"text": "draw a red circle"} -> Turn
    POST /api/conversations/{id}/undo | redo | variation                      -> Turn
    POST /api/conversations/{id}/picture            (multipart file, or raw image bytes) -> Turn
    GET  /api/conversations/{id}                    -> history and current scene
    GET  /api/conversations/{id}/image.png          the current picture
    GET  /api/conversations/{id}/turns/{n}/image.png
    GET  /api/conversations/{id}/storyboard.png     the last 48 turns (at most) as one picture

Holding the id is what gives access: there is no listing of all conversations. A page keeps the ids
it made and asks for their summaries by id, so nobody sees a conversation whose id they were not given.
"""
from __future__ import annotations

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from ..chat.session import MAX_MESSAGE_CHARS
from ..world import Scene, facts
from .service import BadInput, ChatService, TurnView

PNG = {"content": {"image/png": {}}, "description": "a PNG picture"}


class SceneObjectOut(BaseModel):
    shape: str
    color: str
    size: str
    x: float = Field(description="centre, 0 = left edge, 1 = right edge")
    y: float = Field(description="centre, 0 = top edge, 1 = bottom edge")
    region: str
    name: str


class TurnOut(BaseModel):
    index: int = Field(description="position of this turn in the conversation, from 0")
    text: str = Field(description="what the user said (or the button pressed)")
    reply: str
    command: str = Field(description="'undo', 'redo', 'variation', 'picture' or '' for a message")
    scene: str = Field(description="the scene after this turn, in its canonical text form")
    edit: str = Field("", description="what the model wrote for a message: the edit of the scene it made, "
                                      "e.g. 'recolor red circle blue'; '' otherwise")
    objects: list[SceneObjectOut]
    described: dict[str, str] = Field(description="the picture in the world's words, by language ('en', 'zh'): "
                                                  "alt text for the image")
    seed: int
    image_url: str


class ConversationOut(BaseModel):
    id: str
    title: str = Field("", description="the title given with PATCH; '' when none was")
    turns: list[TurnOut]
    scene: str
    objects: list[SceneObjectOut]
    described: dict[str, str] = Field(description="the current picture in the world's words, by language")
    seed: int
    can_undo: bool
    can_redo: bool
    image_url: str


class Created(BaseModel):
    id: str = Field(description="the conversation id; keep it, it is the only key to this conversation")


class SummaryOut(BaseModel):
    id: str
    title: str = Field(description="the title given with PATCH, else the first message (cut to 80 characters), "
                                   "else ''")
    created: float = Field(description="when it was started, in seconds since 1970 (UTC)")
    updated: float = Field(description="when it last changed, in seconds since 1970 (UTC)")
    turns: int
    first_image_url: str | None = Field(description="the picture after the first turn; null before any turn")


class SummariesOut(BaseModel):
    conversations: list[SummaryOut] = Field(description="those of the ids asked for that exist, in the order asked")


class RenameIn(BaseModel):
    title: str = Field(description="the new title; '' takes it off (the first message shows instead)")


class Renamed(BaseModel):
    id: str
    title: str


class ActionIn(BaseModel):
    text: str | None = Field(None, description="the words for the button, e.g. '撤销': the reply follows their language")


class MessageIn(BaseModel):
    text: str = Field(description=f"up to {MAX_MESSAGE_CHARS} characters; longer is refused with 413")


def objects_of(scene_text: str) -> list[SceneObjectOut]:
    return [SceneObjectOut(shape=o.shape, color=o.color, size=o.size, x=o.x, y=o.y, region=o.region, name=o.name)
            for o in Scene.parse(scene_text)]


def described(scene_text: str) -> dict[str, str]:
    scene = Scene.parse(scene_text)
    return {lang: facts.describe(scene, lang) for lang in facts.LANGS}


def summary_out(row: dict) -> SummaryOut:
    title = row["title"] or row["first_text"][:80]
    first = f"/api/conversations/{row['id']}/turns/0/image.png" if row["turns"] else None
    return SummaryOut(id=row["id"], title=title, created=row["created"], updated=row["updated"], turns=row["turns"],
                      first_image_url=first)


def turn_out(cid: str, v: TurnView) -> TurnOut:
    return TurnOut(index=v.index, text=v.text, reply=v.reply, command=v.command, scene=v.scene, edit=v.edit,
                   objects=objects_of(v.scene), described=described(v.scene), seed=v.seed,
                   image_url=f"/api/conversations/{cid}/turns/{v.index}/image.png")


def build_router(service: ChatService) -> APIRouter:
    r = APIRouter(prefix="/api/conversations", tags=["conversations"])

    @r.post("", response_model=Created, status_code=201, summary="Start a conversation")
    def create() -> Created:
        return Created(id=service.create())

    @r.get("", response_model=SummariesOut, summary="Summaries of the conversations you name by id")
    def summaries(ids: str = "") -> SummariesOut:
        wanted = [i for i in ids.split(",") if i]
        return SummariesOut(conversations=[summary_out(row) for row in service.summaries(wanted)])

    @r.patch("/{cid}", response_model=Renamed, summary="Rename a conversation")
    def rename(cid: str, body: RenameIn) -> Renamed:
        return Renamed(id=cid, title=service.rename(cid, body.title))

    @r.delete("/{cid}", status_code=204, response_class=Response, summary="Delete a conversation for good")
    def delete(cid: str) -> Response:
        service.delete(cid)
        return Response(status_code=204)

    @r.get("/{cid}", response_model=ConversationOut, summary="The whole conversation and the current scene")
    def read(cid: str) -> ConversationOut:
        views, cur = service.history(cid)
        return ConversationOut(id=cid, title=cur["title"], turns=[turn_out(cid, v) for v in views],
                               scene=cur["scene"], objects=objects_of(cur["scene"]),
                               described=described(cur["scene"]), seed=cur["seed"], can_undo=cur["can_undo"],
                               can_redo=cur["can_redo"], image_url=f"/api/conversations/{cid}/image.png")

    @r.post("/{cid}/messages", response_model=TurnOut, summary="Say something; get the reply and the new picture")
    def send(cid: str, body: MessageIn) -> TurnOut:
        return turn_out(cid, service.act(cid, "send", body.text))

    @r.post("/{cid}/undo", response_model=TurnOut, summary="Go back one picture")
    def undo(cid: str, body: ActionIn | None = None) -> TurnOut:
        return turn_out(cid, service.act(cid, "undo", (body.text if body else None) or "undo"))

    @r.post("/{cid}/redo", response_model=TurnOut, summary="Go forward again after an undo")
    def redo(cid: str, body: ActionIn | None = None) -> TurnOut:
        return turn_out(cid, service.act(cid, "redo", (body.text if body else None) or "redo"))

    @r.post("/{cid}/variation", response_model=TurnOut, summary="The same scene drawn with a new seed")
    def variation(cid: str, body: ActionIn | None = None) -> TurnOut:
        return turn_out(cid, service.act(cid, "variation", (body.text if body else None) or "variation"))

    @r.post("/{cid}/picture", response_model=TurnOut, summary="Upload a picture; the detector reads it into the scene",
            openapi_extra={"requestBody": {"content": {
                "multipart/form-data": {"schema": {"type": "object", "properties": {
                    "file": {"type": "string", "format": "binary"}, "text": {"type": "string"}}}},
                "image/png": {"schema": {"type": "string", "format": "binary"}}}}})
    async def picture(cid: str, request: Request) -> TurnOut:
        data, text = await read_upload(request)
        view = await run_in_threadpool(service.act, cid, "picture", text, data)
        return turn_out(cid, view)

    @r.get("/{cid}/image.png", response_class=Response, responses={200: PNG}, summary="The current picture")
    def image(cid: str) -> Response:
        return Response(service.current_png(cid), media_type="image/png")

    @r.get("/{cid}/turns/{n}/image.png", response_class=Response, responses={200: PNG},
           summary="The picture after turn n")
    def turn_image(cid: str, n: int) -> Response:
        return Response(service.current_png(cid, n), media_type="image/png")

    @r.get("/{cid}/storyboard.png", response_class=Response, responses={200: PNG},
           summary="The conversation as one picture (its last 48 turns at most; the X-Storyboard-Turns header says how many of how many)")
    def storyboard(cid: str) -> Response:
        png, shown, total = service.storyboard_png(cid)
        # How much of the conversation the picture holds: at most the last STORYBOARD_TURNS turns.
        return Response(png, media_type="image/png",
                        headers={"Content-Disposition": f'attachment; filename="dialogan-{cid[:8]}-storyboard.png"',
                                 "X-Storyboard-Turns": f"{shown} of {total}"})

    return r


async def read_upload(request: Request) -> tuple[bytes, str]:
    """The picture (and an optional message) from a multipart form or a raw image body, size-capped."""
    from .service import MAX_UPLOAD_BYTES
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_UPLOAD_BYTES + 64 * 1024:
        raise BadInput(f"the upload is {int(declared):,} bytes; the limit is {MAX_UPLOAD_BYTES:,}", status=413)
    kind = request.headers.get("content-type", "")
    if kind.startswith("multipart/form-data"):
        form = await request.form(max_files=1, max_fields=2, max_part_size=MAX_UPLOAD_BYTES + 1)
        upload, text = form.get("file"), form.get("text") or ""
        if upload is None or isinstance(upload, str):
            raise BadInput("the form has no file field named 'file'")
        data = await upload.read(MAX_UPLOAD_BYTES + 1)
        return data, text if isinstance(text, str) else ""
    data = b""
    async for chunk in request.stream():  # stop reading as soon as the limit is passed
        data += chunk
        if len(data) > MAX_UPLOAD_BYTES:
            raise BadInput(f"the upload is over the limit of {MAX_UPLOAD_BYTES:,} bytes", status=413)
    return data, request.query_params.get("text", "")
