"""The conversations behind every front end: one loaded model, many saved conversations.

Each request loads its conversation's state from the store into a lightweight ``Chat`` that
shares the one model, applies the action, and saves the state back before answering. The model
runs on worker threads (``TurnBatcher``: one for the language model, two for the generator) that
batch the turns of conversations arriving together; a request thread waits there only while its
turn is in the model. Nothing about a
conversation is kept in this process between requests (the PNG cache is keyed by scene and seed,
which fix the pixels), so any number of server processes on one database serve the same
conversations: a save names the number of turns it continues from, and a turn saved meanwhile by
another request (here or in another process) makes it fail with 409 instead of being overwritten.
In this process, requests on one conversation also wait for each other, so that rarely happens.
"""
from __future__ import annotations

import io
import re
import threading
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable
from pathlib import Path

from PIL import Image

from ..chat import SHIPPED_MODEL, Chat, Turn
from ..chat.session import MAX_MESSAGE_CHARS
from ..errors import DialoganError
from ..pipeline import Written, write_turn
from ..pipeline.checkpoint import load_checkpoint
from ..world import MAX_OBJECTS, Scene, region_centre
from ..world import phrasing_zh as zh  # the Chinese names the model itself uses in replies
from .batcher import BACKGROUND, TURN, QueuedDecoder, TurnBatcher
from .store import KEEP_DAYS, Conflict, ConversationStore
from .stores import open_store
from .timing import StageTimes

MAX_UPLOAD_BYTES = 4 * 1024 * 1024
MAX_UPLOAD_PIXELS = 4096 * 4096  # a small file can still decode into a huge bitmap
MAX_TITLE_CHARS = 200
MAX_LISTED = 100  # ids one summary request may name: a page keeps its own list of the conversations it holds
MAX_TURNS = 200  # a conversation's whole state is loaded and saved on every turn, so it must stay small
WARM_UP = ("draw a red circle on the left", "make it bleu", "在右边画一个绿色的三角形", "how many shapes are there?")
STORYBOARD_TURNS = 48  # a storyboard shows at most the last this many turns (one picture each)
_JSON_KINDS = {bool: "true or false", int: "a number", float: "a number", list: "a list", dict: "an object",
               type(None): "null"}
_ID = re.compile(r"^[A-Za-z0-9_-]{22,64}$")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_CJK = re.compile(r"[\u3400-\u9fff]")


class NotFound(LookupError):
    """No conversation with that id (or the id is not one we could have made)."""


class BadInput(DialoganError):
    """The client sent something we refuse; the message says what and why. ``status`` is the HTTP code."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class TurnView:
    """A turn as the HTTP layers show it: its position, words, scene and seed (the picture is fetched apart)."""

    index: int
    text: str
    reply: str
    scene: str
    seed: int
    command: str
    edit: str = ""


def clean_text(text) -> str:
    """A message as the model may see it: a str, lone surrogates (invalid UTF-16 halves) replaced."""
    if not isinstance(text, str):
        raise BadInput(f"message must be a string, not {_JSON_KINDS.get(type(text), 'that')}")
    if len(text) > MAX_MESSAGE_CHARS:
        raise BadInput(f"message is {len(text)} characters; the limit is {MAX_MESSAGE_CHARS}", status=413)
    return _SURROGATES.sub("\ufffd", text)


def read_picture(data: bytes) -> Image.Image:
    """Decode an uploaded picture, refusing oversized files and bitmaps with a clear message."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise BadInput(f"the picture is {len(data):,} bytes; the limit is {MAX_UPLOAD_BYTES:,}", status=413)
    if not data:
        raise BadInput("the picture is empty (0 bytes)")
    try:
        with Image.open(io.BytesIO(data)) as im:
            w, h = im.size
            if w * h > MAX_UPLOAD_PIXELS:
                raise BadInput(f"the picture is {w}x{h} pixels; the limit is {MAX_UPLOAD_PIXELS:,} pixels", status=413)
            im.load()
            return im.copy()
    except BadInput:
        raise
    except Image.DecompressionBombError:  # PIL's own guard, for bitmaps far past ours: refused before decoding
        raise BadInput(f"the picture has far too many pixels; the limit is {MAX_UPLOAD_PIXELS:,} pixels",
                       status=413) from None
    except Exception:  # PIL raises many kinds for broken files; all mean the same to the user
        raise BadInput("not a readable picture (send a PNG, JPEG, GIF, WebP or BMP file)") from None


class ServedChat(Chat):
    """A ``Chat`` whose model work runs on the server's batcher at ``priority``; a turn is recorded without a
    picture where ``needs_no_picture(scene, seed)`` says so (the server holds that picture already: a
    question, an undo, an edit that changed nothing; or a replayed thread's earlier turns, which need none)."""

    def __init__(self, model, tokenizer, batcher: TurnBatcher, history_turns: int = 2, priority: int = TURN):
        self.batcher, self.priority = batcher, priority
        self.needs_no_picture: Callable[[Scene, int], bool] | None = None
        super().__init__(model, tokenizer, history_turns=history_turns)

    def write_turn(self, prompt: list[int], edit_start: tuple[int, ...] = (), picture: tuple | None = None) -> Written:
        scene, focus = picture if picture is not None else (self.scene, self.focus)
        return write_turn(self.model, self.tokenizer, prompt, scene, focus=focus, asked=self.asked,
                          new_decoder=lambda lm, ids: QueuedDecoder(lm, ids, self.batcher, self.priority),
                          edit_start=edit_start)

    def image(self, scene: Scene | None = None, seed: int | None = None) -> Image.Image | None:
        scene, seed = self.scene if scene is None else scene, self.seed if seed is None else seed
        if self.needs_no_picture is not None and self.needs_no_picture(scene, seed):
            return None
        return self.batcher.draw(scene, seed, self.priority)


PNG_LEVEL = 1  # zlib's fastest: a 128 px picture in 0.8 ms and ~11.5 KB, against 3.8 ms and ~8.8 KB at PIL's default 6


def _png_key(scene: Scene, seed: int) -> tuple[str, int]:
    """What fixes a picture's pixels, and so keys the server's PNG cache."""
    return scene.text(), int(seed)


def png_bytes(image: Image.Image) -> bytes:
    """``image`` as PNG, compressed for speed: every turn's picture is encoded while others wait."""
    buf = io.BytesIO()
    image.save(buf, format="PNG", compress_level=PNG_LEVEL)
    return buf.getvalue()


class ChatService:
    """One model (on one batching worker thread), one store; every conversation operation goes through here."""

    def __init__(self, model, tokenizer, store: ConversationStore, history_turns: int = 2,
                 model_name: str = "dialogan", detector=None, max_turns: int = MAX_TURNS,
                 batcher: TurnBatcher | None = None):
        self.model, self.tokenizer = model, tokenizer
        self.store, self.history_turns, self.model_name = store, history_turns, model_name
        self.max_turns = max_turns
        self.times = batcher.times if batcher else StageTimes()
        self.batcher = batcher or TurnBatcher(model, tokenizer, times=self.times)
        # One lock per conversation while a request holds or waits for it. (64 shared stripes made two
        # of sixteen conversations at once share a lock more often than not, one waiting out the other's turn.)
        self._locks: dict[str, list] = {}  # conversation id -> [lock, requests holding or waiting]
        self._locks_guard = threading.Lock()
        self._detector, self._detector_lock = detector, threading.Lock()
        self._pngs: OrderedDict[tuple[str, int], bytes] = OrderedDict()  # (scene text, seed) -> PNG
        self._pngs_lock = threading.Lock()

    @classmethod
    def load(cls, checkpoint: str | Path | None, db: str | Path, device: str = "cpu",
             keep_days: float = KEEP_DAYS) -> "ChatService":
        """The model of ``checkpoint`` (default: the shipped one) over the conversations in ``db`` (a SQLite
        file or a ``postgresql://`` URL), keeping them ``keep_days`` after their last turn (0: for ever)."""
        path = Path(checkpoint) if checkpoint else SHIPPED_MODEL
        model, tokenizer, config = load_checkpoint(path, device=device)
        return cls(model, tokenizer, open_store(db, keep_days), int(config.get("train", {}).get("history_turns", 2)))

    def warm_up(self) -> None:
        """Run a few turns that nobody sees and nothing saves (English, Chinese, a misspelt word, a
        question), so that the world's tables and the model's kernels are built before anyone waits for
        them: built by sixteen first requests at once instead, the table of English misspellings alone
        held each of them for seconds. A server calls it before it takes requests."""
        chat = self.new_chat()
        for text in WARM_UP:
            chat.send(text)

    # 1. The lightweight per-request chat over the shared model.
    def new_chat(self, priority: int = TURN) -> ServedChat:
        return ServedChat(self.model, self.tokenizer, self.batcher, self.history_turns, priority)

    @contextmanager
    def _conversation_lock(self, cid: str):
        """Held while a request acts on conversation ``cid``: requests on it queue in this process, requests
        on other conversations never do."""
        with self._locks_guard:
            entry = self._locks.setdefault(cid, [threading.Lock(), 0])
            entry[1] += 1
        try:
            with entry[0]:
                yield
        finally:
            with self._locks_guard:
                entry[1] -= 1
                if not entry[1]:
                    del self._locks[cid]

    def _open(self, cid: str, priority: int = TURN) -> ServedChat:
        with self.times.measure("db"):
            state = self.store.get(cid) if isinstance(cid, str) and _ID.match(cid) else None
        if state is None:
            raise NotFound(f"no conversation {cid!r}")
        chat = self.new_chat(priority)
        chat.restore(state)
        return chat

    def png(self, scene: Scene, seed: int, chat: ServedChat | None = None) -> bytes:
        """The picture of (scene, seed) as PNG; a small cache spares redrawing what a page just showed."""
        key = _png_key(scene, seed)
        with self._pngs_lock:
            data = self._pngs.get(key)
        if data is None:  # drawn outside the cache's lock: two requests may both draw it, and get equal bytes
            image = self.batcher.draw(scene, seed, chat.priority if chat else TURN)
            with self.times.measure("png"):
                data = png_bytes(image)
        self._remember(key, data)
        return data

    def _holds_png(self, scene: Scene, seed: int) -> bool:
        with self._pngs_lock:
            return _png_key(scene, seed) in self._pngs

    def _remember(self, key: tuple[str, int], data: bytes) -> None:
        with self._pngs_lock:
            self._pngs[key] = data
            self._pngs.move_to_end(key)
            if len(self._pngs) > 512:
                self._pngs.popitem(last=False)

    def check_room(self, chat: Chat) -> None:
        """Refuse another turn in a conversation that has reached ``max_turns`` (409, the limit named)."""
        if len(chat.history) >= self.max_turns:
            raise BadInput(f"this conversation has reached its limit of {self.max_turns} turns; "
                           "start a new conversation to go on", status=409)

    def _view(self, index: int, turn: Turn) -> TurnView:
        if turn.image is not None:  # just drawn: the page asks for it next, so keep it
            with self.times.measure("png"):
                data = png_bytes(turn.image)
            self._remember(_png_key(turn.scene, turn.seed), data)
        return TurnView(index, turn.text, turn.reply, turn.scene.text(), turn.seed, turn.command, turn.edit)

    # 2. Conversations: create, act, read.
    def create(self) -> str:
        return self.store.create(self.new_chat().state())

    def act(self, cid: str, action: str, text: str = "", picture: bytes | None = None) -> TurnView:
        """Apply ``send``/``undo``/``redo``/``variation``/``picture`` to a saved conversation and save it."""
        text = clean_text(text)
        image = read_picture(picture) if action == "picture" else None
        with self._conversation_lock(cid), self.batcher.turn(), self.times.measure("act"):
            chat = self._open(cid)
            chat.needs_no_picture = self._holds_png  # the answer names the picture by URL: none drawn of one held
            self.check_room(chat)
            before = len(chat.history)
            turn = self.apply(chat, action, text, image)
            try:
                with self.times.measure("db"):
                    self.store.save(cid, chat.state(), after_turns=before)
            except Conflict:
                raise BadInput("this conversation took another turn meanwhile (in another request); "
                               "reload it and send again", status=409) from None
            self.times.count("turns")
            return self._view(len(chat.history) - 1, turn)

    def apply(self, chat: Chat, action: str, text: str = "", image: Image.Image | None = None) -> Turn:
        """One action on a chat in memory ."""
        if action == "send":
            return chat.send(text)
        if action == "undo":
            return chat.undo(text or "undo")
        if action == "redo":
            return chat.redo(text or "redo")
        if action == "variation":
            return chat.variation(text or "variation")
        if action == "picture":
            scene, reply = self.scene_from_picture(image, text)
            return chat.set_scene(scene, text or "[picture]", reply)
        raise BadInput(f"unknown action {action!r}")

    def scene_from_picture(self, image: Image.Image, text: str = "") -> tuple[Scene, str]:
        """What the detector reads in a picture, snapped to a valid scene, and a reply saying so."""
        with self._detector_lock:  # one picture at a time: the detector is small, and not thread-safe
            if self._detector is None:
                from ..eval import Detector
                self._detector = Detector.load(device=str(next(self.model.parameters()).device))
            found = self._detector.detect(image)
        # The dialogue model only ever saw objects at region centres, one per region, so each object
        # is snapped to its region's centre (which also keeps them apart, as a Scene requires); the
        # most confident object wins a region, the rest are left out and counted.
        kept, taken = [], set()
        for obj in found:
            snapped = obj.moved(*region_centre(obj.region))
            if obj.region not in taken and len(kept) < MAX_OBJECTS and all(not snapped.overlaps(k) for k in kept):
                kept.append(snapped)
                taken.add(obj.region)
        scene = Scene(tuple(kept))
        left_out = len(found) - len(kept)
        if _CJK.search(text):
            if not kept:
                return scene, "我在图片中没有看到可以识别的形状。"
            names = "、".join(f"{zh.region_name(o.region)}的{zh.object_name(o.size, o.color, o.shape)}" for o in kept)
            return scene, f"我在图片中看到：{names}。" + (f"（略去了 {left_out} 个与其他形状同处一格的形状）" if left_out else "")
        if not kept:
            return scene, "I could not see any shapes I know in that picture."
        names = ", ".join(f"a {o.name} ({o.region})" for o in kept)
        return scene, f"I see: {names}." + (f" ({left_out} more shape(s) shared a region with one of these and were left out.)" if left_out else "")

    def summaries(self, cids: list[str]) -> list[dict]:
        """What a list of conversations shows, for the ids given that exist (see ``ConversationStore.summaries``)."""
        if len(cids) > MAX_LISTED:
            raise BadInput(f"{len(cids)} conversation ids; the limit is {MAX_LISTED} at a time")
        return self.store.summaries([c for c in cids if isinstance(c, str) and _ID.match(c)])

    def rename(self, cid: str, title) -> str:
        """Give a conversation a title (spaces trimmed; '' takes the title back off); returns the title kept."""
        if not isinstance(title, str):
            raise BadInput(f"title must be a string, not {_JSON_KINDS.get(type(title), 'that')}")
        title = _SURROGATES.sub("\ufffd", " ".join(title.split()))
        if len(title) > MAX_TITLE_CHARS:
            raise BadInput(f"title is {len(title)} characters; the limit is {MAX_TITLE_CHARS}", status=413)
        with self._conversation_lock(cid):
            self._open(cid)  # 404 for an id that is not a live conversation
            self.store.rename(cid, title)
        return title

    def delete(self, cid: str) -> None:
        """Delete a conversation for good (404 if there is none)."""
        with self._conversation_lock(cid):
            self._open(cid)
            self.store.delete(cid)

    def history(self, cid: str) -> tuple[list[TurnView], dict]:
        """Every turn of a conversation, and the current scene and seed (no drawing: that is per picture)."""
        chat = self._open(cid)  # no model call, and each saved state is whole: no need to wait for other requests
        views = [self._view(i, t) for i, t in enumerate(chat.history)]
        state = chat.state()
        current = {"title": self.store.title(cid), "scene": chat.scene.text(), "seed": chat.seed,
                   "can_undo": state["cursor"] > 0,
                   "can_redo": state["cursor"] < len(state["states"]) - 1}
        return views, current

    def current_png(self, cid: str, turn: int | None = None) -> bytes:
        """The current picture, or the one after turn ``turn``, as PNG."""
        chat = self._open(cid)
        if turn is None:
            return self.png(chat.scene, chat.seed, chat)
        if not 0 <= turn < len(chat.history):
            raise NotFound(f"conversation has {len(chat.history)} turns; there is no turn {turn}")
        t = chat.history[turn]
        return self.png(t.scene, t.seed, chat)

    def storyboard_png(self, cid: str, last: int = STORYBOARD_TURNS) -> tuple[bytes, int, int]:
        """The last ``last`` turns as one picture, a row per turn (image, message, reply), and how many
        turns it shows of how many. Its pictures are background work: other people's turns go first."""
        from ..eval import storyboard
        chat = self._open(cid, BACKGROUND)
        shown = chat.history[-last:] if last > 0 else []
        images = self.batcher.draw_many([(t.scene, t.seed) for t in shown], BACKGROUND)
        turns = [{"text": t.text, "reply": t.reply, "image": im} for t, im in zip(shown, images)]
        return png_bytes(storyboard([{"id": cid[:8], "turns": turns}])), len(shown), len(chat.history)
