"""``Chat``: the Python face of dialogan. Say something, get a reply, a scene and a picture.

    chat = Chat.load()                 # the shipped model, offline
    turn = chat.send("draw a red circle in the top left")
    turn.reply, turn.scene, turn.image, turn.seed
    chat.undo(); chat.redo(); chat.variation(); chat.reset(); chat.history

The dialogue model writes what the turn changes (an edit of the scene, see ``world.edits``),
the world's rules carry it out, and the model writes the reply knowing the result;
``undo``/``redo`` (said in any words, e.g. "go back", "撤销") come out of it as commands that
the chat's own stack applies. The picture is a function of (scene, seed) alone. The turn
itself (prompt, edit, world, reply, picture) is ``dialogan.pipeline``'s; the chat keeps the
conversation: its states, undo and redo, and what "it" names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from ..data.normalize import in_other_language, in_users_script, normalize_message, strip_invisible
from ..errors import DialoganError
from ..pipeline import (DOUBT_THRESHOLD, Written, build_prompt, again_reading, as_said_reading, clause_readings,
                        hold_on_doubt, meant_readings, misread, other_reading, other_readings, said_verbs,
                        verb_readings)
from ..pipeline import (answered_edit, held_add_answered, hold_on_unknown_word, picture, question_again, true_reply, with_a_stand_in,
                        write_turn)
from ..pipeline.checkpoint import load_checkpoint
from ..world import (REPLIES_EN, REPLIES_ZH, EditError, Scene, SceneError, add_as_said, add_of_no_number, apply_edit,
                     facts, focus_fits, how_many_asked, is_question, is_yes, names_no_number, number_answered,
                     parse_edit, world_reply)

SHIPPED_MODEL = Path(__file__).resolve().parent.parent / "assets" / "model"
# The world's fixed replies (no slot to fill) in English, with the same reply in Chinese.
_ZH_OF_EN = {REPLIES_EN[key]: REPLIES_ZH[key] for key in REPLIES_EN if key in REPLIES_ZH and "{" not in REPLIES_EN[key]}
MAX_MESSAGE_CHARS = 2000
_CJK = re.compile(r"[\u3400-\u9fff]")
_MESSAGES = {
    "empty": ("Say something, for example: draw a red circle in the top left.", "请说点什么，例如：在左上角画一个红色圆形。"),
    "other_language": ("Sorry, I understand English and Chinese; nothing changed.",
                       "抱歉，我只懂英文和中文，画面没有改变。"),
    "unparsable": ("Sorry, I could not work out what to change; nothing changed.", "抱歉，我没能理解要改什么，画面没有改变。"),
    # No example in it: the reply is read back with the next message, and an example's words would be too.
    "unparsable_question": ("Sorry, I could not work out what you are asking; nothing changed.",
                            "抱歉，我没听懂这个问题，画面没有改变。"),
    # Undo and redo say what the world's dialogues say, whatever the model guessed: only the
    # chat's stack knows whether there was something to undo.
    "nothing_to_undo": (REPLIES_EN[("undo", "none")], REPLIES_ZH[("undo", "none")]),
    "nothing_to_redo": (REPLIES_EN[("redo", "none")], REPLIES_ZH[("redo", "none")]),
    "undone": (REPLIES_EN[("undo", "ok")], REPLIES_ZH[("undo", "ok")]),
    "redone": (REPLIES_EN[("redo", "ok")], REPLIES_ZH[("redo", "ok")]),
    "variation": ("Here is another version of the same picture.", "这是同一画面的另一个版本。"),
    "reset": ("New conversation.", "新的对话。"),
}


def _say(key: str, text: str) -> str:
    en, zh = _MESSAGES[key]
    return zh if _CJK.search(text or "") else en


@dataclass(frozen=True)
class Turn:
    """One exchange: what was said, the reply, and the picture after it."""

    text: str
    reply: str
    scene: Scene
    seed: int
    image: Image.Image
    command: str = ""  # "undo", "redo", "variation", "reset" or ""
    edit: str = ""  # what the model wrote for a message: an edit of the scene (``world.edits``), else ""
    confidence: float | None = None  # how sure the model was of ``edit`` (least token probability)
    held: bool = False  # the edit was not carried out for doubt: the reply asks whether to do it


def _replayed(before: Scene, turn, focus: int | None, asked: str | None, after: Scene) -> tuple[int | None, str | None]:
    """The focus and the operation left asked about after a true earlier turn (not undo or redo,
    which return to a state's own focus): replayed through its edit when it has one; anything
    else that changed the picture forgets the focus."""
    edit = getattr(turn, "edit", "") or ""
    if edit and not getattr(turn, "command", ""):
        try:
            done = apply_edit(before, edit, focus, asked)
            return done.focus, done.asked
        except SceneError:
            return None, None
    return (None if after != before else focus), None


def _refusal_of(kind: str, reply: str) -> str:
    """The world's refusal of a word of ``kind`` ("color", "shape") where ``reply`` is its refusal of another kind
    (the model refused 金色 as a shape: "这个形状我画不了"), in the reply's language; ``reply`` as it is otherwise."""
    for replies in (REPLIES_EN, REPLIES_ZH):
        if reply in (replies[("out_of_world", k)] for k in ("color", "shape", "ok")):
            return replies[("out_of_world", kind)]
    return reply


def _valid_pending(pending, scene: Scene) -> bool:
    """Whether ``pending`` (from a saved state) is an edit held for ``scene``: its edit is
    ``undo``, ``redo`` or one the world can read, its focus an object (or group) of the scene or None."""
    if not isinstance(pending, dict) or not isinstance(pending.get("edit"), str):
        return False
    focus = pending.get("focus")
    if focus is not None and not focus_fits(focus, scene):
        return False
    if pending["edit"] in ("undo", "redo"):
        return True
    try:
        parse_edit(pending["edit"])
    except EditError:
        return False
    if pending.get("unknown") is not None and (pending["unknown"] not in ("color", "shape") or not all(
            isinstance(k, int) for k in pending.get("fill") or ())):
        return False  # an edit held for an unknown word: the kind asked about, the guessed positions
    if pending.get("count") is not None and (pending["count"] is not True or len(pending["edit"].split()) != 4
                                             or not pending["edit"].startswith("add ")):
        return False  # an add of one held for the number "how many?" asks: "add SIZE COLOR SHAPE"
    return pending.get("asked") is None or isinstance(pending.get("asked"), str)


class Chat:
    """A conversation. ``threshold``: edits the model is less sure of than this (least token
    probability) are asked about instead of carried out (``pipeline.hold_on_doubt``); 0 acts on
    every edit of an instruction that sets nothing the message never says (``world.grounding``)."""

    def __init__(self, model, tokenizer, history_turns: int = 2, seed: int = 0, threshold: float = DOUBT_THRESHOLD):
        self.model, self.tokenizer = model.eval(), tokenizer
        self.history_turns = history_turns
        self.threshold = threshold
        self.base_seed = seed
        self.reset()

    @classmethod
    def load(cls, path: str | Path | None = None, device: str = "cpu", seed: int = 0,
             threshold: float = DOUBT_THRESHOLD) -> "Chat":
        """The shipped model (no argument) or a checkpoint folder written by ``dialogan train``."""
        path = Path(path) if path else SHIPPED_MODEL
        model, tokenizer, config = load_checkpoint(path, device=device)
        return cls(model, tokenizer, history_turns=int(config.get("train", {}).get("history_turns", 2)), seed=seed,
                   threshold=threshold)

    # State: a stack of (scene, seed) with a cursor, so undo and redo walk it, and beside each
    # state its focus, so "it" after undo or redo names what it named when that picture was shown.
    def reset(self) -> None:
        self._states: list[tuple[Scene, int]] = [(Scene(()), self.base_seed)]
        self._foci: list[int | None] = [None]
        self._cursor = 0
        self._seeds_used = 1
        self.history: list[Turn] = []
        self.asked: str | None = None  # the operation the last "which one?" left undone, for "pick"
        self.pending: dict | None = None  # an edit held back for doubt, its focus and asked: a yes does it

    @property
    def focus(self) -> int | tuple[int, ...] | None:
        """The object "it" names: the last one added, touched or asked about in the current picture
        (after an operation on several, the group of them, which "them" names)."""
        return self._foci[self._cursor]

    @focus.setter
    def focus(self, value: int | tuple[int, ...] | None) -> None:
        self._foci[self._cursor] = value

    @property
    def scene(self) -> Scene:
        return self._states[self._cursor][0]

    @property
    def seed(self) -> int:
        return self._states[self._cursor][1]

    def image(self, scene: Scene | None = None, seed: int | None = None) -> Image.Image:
        """The picture of ``scene`` (default: the current one) with ``seed``."""
        scene = self.scene if scene is None else scene
        seed = self.seed if seed is None else seed
        return picture(self.model, self.tokenizer, scene, seed)

    def _record(self, text: str, reply: str, command: str = "", edit: str = "", confidence: float | None = None,
                held: bool = False) -> Turn:
        turn = Turn(text, reply, self.scene, self.seed, self.image(), command, edit, confidence, held)
        self.history.append(turn)
        return turn

    def _push(self, scene: Scene, seed: int | None = None) -> None:
        if seed is None:
            seed = self.base_seed + self._seeds_used
            self._seeds_used += 1
        del self._states[self._cursor + 1:], self._foci[self._cursor + 1:]
        self._states.append((scene, seed))
        self._foci.append(None)
        self._cursor += 1

    # Persistence: the whole conversation as plain JSON-ready data, and back.
    def state(self) -> dict:
        """Everything needed to continue this conversation later (pictures are redrawn from scene and seed)."""
        return {"states": [[sc.text(), seed] for sc, seed in self._states], "cursor": self._cursor,
                "seeds_used": self._seeds_used, "base_seed": self.base_seed, "focus": self.focus,
                "foci": list(self._foci), "asked": self.asked, "pending": self.pending,
                "history": [{"text": t.text, "reply": t.reply, "scene": t.scene.text(), "seed": t.seed,
                             "command": t.command, "edit": t.edit, "confidence": t.confidence, "held": t.held}
                            for t in self.history]}

    def restore(self, state: dict, redraw_history: bool = False) -> None:
        """Continue the conversation saved by ``state()``; errors name the field at fault."""
        try:
            states = [(Scene.parse(text), int(seed)) for text, seed in state["states"]]
            cursor, used = int(state["cursor"]), int(state["seeds_used"])
            rows = state["history"]
        except (KeyError, TypeError, ValueError) as e:
            raise DialoganError(f"conversation state is malformed: {e}") from None
        if not states or not 0 <= cursor < len(states):
            raise DialoganError(f"conversation state: cursor {cursor} is outside its {len(states)} states")
        foci = list(state.get("foci") or [None] * len(states))
        if len(foci) != len(states):
            raise DialoganError(f"conversation state: {len(foci)} foci for {len(states)} states")
        foci[cursor] = state.get("focus", foci[cursor])  # conversations saved before foci kept only this
        for k, focus in enumerate(foci):
            if focus is not None and not focus_fits(focus, states[k][0]):
                where = "the current scene" if k == cursor else f"state {k}"
                raise DialoganError(f"conversation state: focus {focus!r} is not an object of {where}")
            if isinstance(focus, list):  # a group ("them"), saved as a JSON list
                foci[k] = tuple(focus)
        asked = state.get("asked")
        if asked is not None:
            try:
                ops = parse_edit(asked) if isinstance(asked, str) else []
            except EditError:
                ops = []
            if len(ops) != 1 or ops[0].obj in ("", "it"):
                raise DialoganError(f"conversation state: asked {asked!r} is not one operation on a described object")
        pending = state.get("pending")
        if pending is not None and not _valid_pending(pending, states[cursor][0]):
            raise DialoganError(f"conversation state: pending {pending!r} is not an edit held for the current scene")
        self._states, self._foci, self._cursor, self._seeds_used = states, foci, cursor, used
        self.asked, self.pending = asked, pending
        self.base_seed = int(state.get("base_seed", self.base_seed))
        history = []
        for row in rows:
            scene, seed = Scene.parse(row["scene"]), int(row["seed"])
            image = self.image(scene, seed) if redraw_history else None
            history.append(Turn(row["text"], row["reply"], scene, seed, image, row.get("command", ""),
                                row.get("edit", ""), row.get("confidence"), bool(row.get("held", False))))
        self.history = history

    def set_history(self, turns) -> None:
        """Make the conversation so far the given turns (objects with ``.text``, ``.reply``,
        ``.scene`` and optionally ``.command``), as if they had been said here: the evaluator's
        teacher forcing, which scores each turn after the true earlier ones."""
        self.reset()
        for t in turns:  # (reset leaves nothing pending: the true turns carried out what they asked)
            command = getattr(t, "command", "") or ""
            before, focus, asked = self.scene, self.focus, self.asked
            self.asked = None
            if command == "undo":
                self._cursor = max(self._cursor - 1, 0)
            elif command == "redo":
                self._cursor = min(self._cursor + 1, len(self._states) - 1)
            else:
                if not command and t.scene != self.scene:
                    self._push(t.scene)
                self.focus, self.asked = _replayed(before, t, focus, asked, self.scene)
            self.history.append(Turn(t.text, t.reply, self.scene, self.seed, None, command))

    def undo(self, text: str = "undo") -> Turn:
        if self._cursor == 0:
            return self._record(text, _say("nothing_to_undo", text), "undo")
        self._cursor -= 1
        self.asked = self.pending = None
        return self._record(text, _say("undone", text), "undo")

    def redo(self, text: str = "redo") -> Turn:
        if self._cursor == len(self._states) - 1:
            return self._record(text, _say("nothing_to_redo", text), "redo")
        self._cursor += 1
        self.asked = self.pending = None
        return self._record(text, _say("redone", text), "redo")

    def variation(self, text: str = "variation") -> Turn:
        """The same scene drawn with a new seed (undo returns to the previous seed)."""
        focus = self.focus
        self._push(self.scene)
        self.focus, self.asked, self.pending = focus, None, None
        return self._record(text, _say("variation", text), "variation")

    def send(self, text: str) -> Turn:
        """One turn: the model reads the scene and recent turns, writes the edit and a reply."""
        if not isinstance(text, str):
            raise TypeError(f"message must be a str, got {type(text).__name__}")
        if len(text) > MAX_MESSAGE_CHARS:
            raise DialoganError(f"message is {len(text)} characters; the limit is {MAX_MESSAGE_CHARS}")
        message = " ".join(strip_invisible(text).split())
        if not message:
            return self._record(text, _say("empty", text))
        if in_other_language(message):
            self.pending = None
            en, zh = _MESSAGES["other_language"]
            return self._record(text, f"{en} {zh}")
        # 0. An edit held back last turn: a plain yes carries it out, anything else drops it.
        pending, self.pending = self.pending, None
        plain = normalize_message(message)  # as the world reads it
        if pending is not None and pending.get("count"):  # "how many?" answered: "三個啦", "just 2 please"
            counted = number_answered(plain, pending["edit"])
            if counted is not None:
                return self._carry_out(text, message, dict(pending, edit=counted))
            if is_yes(message) and self.history:  # a yes says no number: the question stands, as it was asked
                self.pending = pending
                return self._record(text, self.history[-1].reply, held=True)
        elif pending is not None and not pending.get("unknown") and is_yes(message):
            return self._carry_out(text, message, pending)
        # An edit held for an unknown word: the colour or shape the answer names fills it in; a yes names
        # none, so the question stands.
        answered = answered_edit(pending, message) if pending is not None else None
        # A guess held and asked about, answered with another shape or colour ("咁 star 啦"): that one instead.
        answered = answered or (held_add_answered(pending, message) if pending is not None else None)
        if answered is not None:
            return self._carry_out(text, message, dict(pending, edit=answered))
        if pending is not None and pending.get("unknown") and pending.get("word") and is_yes(message):
            self.pending = pending
            return self._record(text, self._in_users_script(message, question_again(pending)), held=True)
        # 1. The prompt: current scene, the last few exchanges, the new message.
        talk = [(t.text, t.reply) for t in self.history if not t.command or t.command in ("undo", "redo")]
        history = talk[-self.history_turns:] if self.history_turns else []
        prompt = build_prompt(self.tokenizer, self.model.cfg.n_ctx, self.scene.text(), history, message)
        # 2. The model writes what changes (or a command); the world carries it out; the model replies.
        written = self.write_turn(prompt)
        # 2b. A colour or shape named by a word the model never read is asked about, not guessed.
        written, unknown = hold_on_unknown_word(written, message, self.scene, self.focus, self.asked)
        if unknown is None and written.text == "keep":
            unknown = self._edit_for_the_word(message, written.reply, history)
        if unknown is not None:
            self.pending, self.asked = unknown, None
            return self._record(text, self._in_users_script(message, _refusal_of(unknown["unknown"], written.reply)),
                                edit=written.text, confidence=written.confidence, held=True)
        # 2c. Adds of "a few" or "some" of one kind ("ok now chuck a few stars next to it"): how many is asked,
        # whatever else the model wrote (an add of a number it guessed is asked about at 3).
        how_many = how_many_asked(plain, "zh" if _CJK.search(message) else "en")
        if how_many and not any(op.strip().startswith("add ") for op in written.text.split(";")):
            self._hold_for_a_number(plain)
            return self._record(text, self._in_users_script(message, how_many), edit="keep",
                                confidence=written.confidence)
        # 3. Nothing changes on doubt: an unsure edit, or one a question would make, is asked about;
        # one that sets what the message never says gives way to the model's next reading that does.
        earlier = " ".join(talk[-1]) if talk else ""
        first, written = written, self._hold_on_doubt(written, message, earlier)
        meant = meant_readings(self.tokenizer, first, message, self.scene, self._before_last_change(), self.focus,
                               self.asked)
        if meant or misread(first, written, message, self.scene, self.threshold, earlier, self.asked, self.focus):
            take = lambda readings: other_reading(readings, message, self.scene, self.threshold, earlier,
                                                  write=lambda start: self.write_turn(prompt, edit_start=start),
                                                  hold=lambda w: self._hold_on_doubt(w, message, earlier),
                                                  focus=self.focus, asked=self.asked)
            said = said_verbs(first, message, earlier, self.asked, self.scene)
            step = lambda text, scene, focus: self._read_step(text, scene, focus, history)
            written = (take(meant) or take(verb_readings(self.model, self.tokenizer, prompt, said))
                       or take(again_reading(self.tokenizer, first, message, self._last_change(), self.scene))
                       or take(other_readings(self.model, self.tokenizer, prompt))
                       or take(as_said_reading(self.tokenizer, first, message, earlier, self.scene, self.focus))
                       or take(clause_readings(self.tokenizer, message, self.scene, self.focus, step))
                       or written)
            if written.text == "keep" and not written.held:  # a reading that refuses a word: held as at 2b
                unknown = self._edit_for_the_word(message, written.reply, history)
                if unknown is not None:
                    self.pending, self.asked = unknown, None
                    return self._record(text, self._in_users_script(message, _refusal_of(unknown["unknown"], written.reply)),
                                        edit=written.text, confidence=written.confidence, held=True)
        if written.held:
            self.pending = {"edit": written.held, "focus": self.focus, "asked": self.asked}
            self.asked = None
            return self._record(text, self._in_users_script(message, written.reply), edit=written.text,
                                confidence=written.confidence, held=True)
        self.asked = written.asked
        if written.text in ("undo", "redo") and written.scene is None:
            return self.undo(text) if written.text == "undo" else self.redo(text)
        if written.text == "keep" and names_no_number(plain):
            self._hold_for_a_number(plain)  # the model asked how many itself
        # 4. An edit that cannot be carried out leaves the picture as it was, and the reply says so.
        if written.scene is None:
            unparsable = "unparsable_question" if is_question(message) else "unparsable"
            return self._record(text, _say(unparsable, text), edit=written.text, confidence=written.confidence)
        if written.scene != self.scene:
            self._push(written.scene)
        self.focus = written.focus
        # 5. Replies are written in simplified Chinese; a user who writes traditional reads traditional.
        return self._record(text, self._in_users_script(message, written.reply), edit=written.text,
                            confidence=written.confidence)

    def _hold_for_a_number(self, plain: str) -> None:
        """Hold the add of one that the question "how many?" about ``plain`` (a message as the world reads it) asks
        the number of: the answer ("三個啦", "just 2 please") carries it out with its number (``world.number_answered``)."""
        add = add_of_no_number(plain)
        if add is not None:
            self.pending = {"edit": add, "focus": self.focus, "asked": None, "count": True}

    def _read_step(self, step: str, scene: Scene, focus, history: list[tuple[str, str]]) -> Written:
        """The model's turn for one step of a message on the picture the steps before it leave: read after the recent
        exchanges, or, where that reading cannot be carried out, alone (a step says all it needs)."""
        read = lambda talk: self.write_turn(build_prompt(self.tokenizer, self.model.cfg.n_ctx, scene.text(), talk, step),
                                            picture=(scene, focus))
        written = read(history)
        unread = written.scene is None or written.result.startswith("missing")
        return read([]) if unread and history else written

    def _edit_for_the_word(self, message: str, reply: str, history: list[tuple[str, str]]) -> dict | None:
        """Where the model kept the picture and asked about a word of ``message`` itself ("make it 马卡龙色 pls"),
        the edit it writes for the message with a stand-in value for that word, held for the answer to fill in
        (as ``hold_on_unknown_word`` holds a guess): "ok 那就 orange 吧" then makes it orange. None where that
        reading changes nothing or does not use the stand-in."""
        stand_in = with_a_stand_in(message, reply, avoid={getattr(o, kind) for o in self.scene for kind in ("color", "shape")})
        if stand_in is None:
            return None
        said, kind, word, value = stand_in
        guess = self.write_turn(build_prompt(self.tokenizer, self.model.cfg.n_ctx, self.scene.text(), history, said))
        edit = guess.text
        if guess.scene is None or guess.scene == self.scene or guess.held or value not in edit.split():
            # The model read the message with its stand-in otherwise ("can u do a red square" as a question): the
            # add the world reads it as word for word, where there is one.
            edit = add_as_said(normalize_message(said))
            try:
                if edit is None or apply_edit(self.scene, edit, self.focus).scene == self.scene:
                    return None
            except SceneError:
                return None
        fill = [k for k, w in enumerate(edit.split()) if w == value]
        if not fill:
            return None
        return {"edit": edit, "focus": self.focus, "asked": self.asked, "unknown": kind, "fill": fill, "word": word}

    def _last_change(self) -> str:
        """The edit of the last turn, where it changed the picture and the picture is still so; else ""."""
        last = self.history[-1] if self.history else None
        if last is None or last.command or last.held or self._cursor == 0 or last.scene != self.scene \
                or self._states[self._cursor - 1][0] == self.scene:
            return ""
        return last.edit

    def _before_last_change(self) -> Scene | None:
        """The picture before the last turn, where that turn recoloured or resized something (a correction of
        the object it changed gives the object back as it was there); else None."""
        last = self.history[-1] if self.history else None
        if last is None or last.command or last.held or last.edit.split()[:1] not in (["recolor"], ["resize"]) \
                or self._cursor == 0 or last.scene != self.scene:
            return None
        return self._states[self._cursor - 1][0]

    def _in_users_script(self, message: str, reply: str) -> str:
        """``reply`` in the script the user writes: that of ``message``, or of their newest message that shows one; one
        of the world's fixed English replies to a message in Chinese alone ("好的": "You're welcome!") in Chinese."""
        if _CJK.search(message) and not re.search(r"[a-z]{2}", message.lower()):
            reply = _ZH_OF_EN.get(reply, reply)
        return in_users_script(message, reply, tuple(t.text for t in reversed(self.history)))

    def _carry_out(self, text: str, message: str, pending: dict) -> Turn:
        """The edit held back last turn, said yes to: carried out, and worded by the world."""
        edit = pending["edit"]
        if edit in ("undo", "redo"):
            return self.undo(text) if edit == "undo" else self.redo(text)
        before, focus, asked = self.scene, pending.get("focus"), pending.get("asked")
        try:
            done = apply_edit(before, edit, focus, asked)
        except SceneError:
            return self._record(text, _say("unparsable", text), edit=edit)
        lang = "zh" if _CJK.search(message) else "en"
        reply = world_reply("", before, edit, done, lang=lang, asked=asked, focus=focus, kind=pending.get("kind")) or facts.describe(done.scene, lang)
        reply, _ = true_reply(reply, before, edit, done, asked, focus)
        reply = self._in_users_script(message, reply)
        if done.scene != before:
            self._push(done.scene)
        self.focus, self.asked = done.focus, done.asked
        return self._record(text, reply, edit=edit, confidence=1.0)

    def _hold_on_doubt(self, written: Written, message: str, earlier: str) -> Written:
        return hold_on_doubt(written, message, self.scene, self.focus, self.asked, self.threshold,
                             can_undo=self._cursor > 0, can_redo=self._cursor < len(self._states) - 1, earlier=earlier)

    def write_turn(self, prompt: list[int], edit_start: tuple[int, ...] = (), picture: tuple | None = None) -> Written:
        """The model's edit for ``prompt`` (beginning with ``edit_start`` when given) carried out on the
        current picture (or on ``picture``, a (scene, focus) pair: a step of the message on the picture
        the steps before it leave), and its reply (a server overrides this to run the turns of several
        conversations as one batch)."""
        scene, focus = picture if picture is not None else (self.scene, self.focus)
        return write_turn(self.model, self.tokenizer, prompt, scene, focus=focus, asked=self.asked,
                          edit_start=edit_start)

    def set_scene(self, scene: Scene, text: str, reply: str) -> Turn:
        """Make ``scene`` the picture (e.g. one read from the user's image); undo goes back to the one before."""
        self.asked = self.pending = None
        if scene != self.scene:
            self._push(scene)  # a new picture: nothing is "it" yet
        return self._record(text, reply, "picture")
