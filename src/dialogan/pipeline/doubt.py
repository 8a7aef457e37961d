"""Nothing changes on doubt: the step of a turn between what the model wrote and the picture.

A turn's edit is carried out only when the model was sure of it (``Written.confidence``, the
least probability it gave any token of the edit, at or above ``threshold``; or the world reads the
message word for word as the adds written, ``world.adds_as_said``), the message
instructs rather than asks (``world.asking.is_question``; a bare yes or no with nothing
pending asks nothing either), and the edit sets nothing the message never says
(``world.grounding.ungrounded``: a colour or shape no word of the message names, a removal
the message never asks for, ...; the world's own lexicon decides, no model pass). Otherwise
the picture stays as it was and the reply asks back, worded by the world from the edit ("Do you want me to add a large
orange hexagon?"); the chat keeps the edit, and a plain yes next turn carries it out. A question
whose edit leaves the picture as it is (ask, count, keep) is answered: its reply was checked
against the world's facts in ``write_turn``; and when the world asked back "which one do you
mean?", a question leaves only a question to complete ("where is the triangle?" read as ``copy
triangle``: the answer "the blue one" says where it is, it copies nothing).

The threshold is calibrated on dialogues the model was not trained on (see BENCHMARKS.md,
"Truthful and careful"): ``DOUBT_THRESHOLD``. With the grounding check catching the confident
guesses, 0.45 acts on more right edits than 0.5 and on no more destructive ones (six validation
runs, 2,101 turns).
"""
from __future__ import annotations

from dataclasses import replace

from ..data.normalize import normalize_message
from ..world import (EditError, Scene, SceneError, add_of_one_there, adds_as_said, apply_edit, ask_how_many, how_many_of, false_facts, is_answer,
                     is_question, parse_edit, propose, question_kind, recolor_of_it_as_said, removal_as_said, ungrounded, unlike_it,
                     world_reply)

# Edits whose least token probability is below this are put to the user instead of carried out.
DOUBT_THRESHOLD = 0.45


def message_language(message: str) -> str:
    """"zh" for a message with Chinese characters, else "en": the language the world answers in."""
    return "zh" if any("\u3400" <= c <= "\u9fff" for c in message) else "en"


def _answered(written, message: str, before: Scene, focus: int | None, asked: str | None):
    """``written`` with the world's answer of the kind the message asks ("what colour ...?" is
    answered with the colour) when its edit is one ``ask`` and its reply answered something else."""
    text = normalize_message(message)  # as the model read it: "粉红色那个在啥子位置哦" asks where
    kind = question_kind(text) if written.scene is not None and is_question(text) else None
    if kind is None:
        return written
    try:
        ops = parse_edit(written.text)
        if len(ops) != 1 or ops[0].verb != "ask":
            return written
        done = apply_edit(before, written.text, focus, asked)
    except SceneError:
        return written
    answer = world_reply(written.reply, before, written.text, done, lang=message_language(message), asked=asked,
                         focus=focus, kind=kind)
    if not answer or answer == written.reply or false_facts(answer, done.scene, before, done.result):
        return written
    return replace(written, reply=answer, corrected=True)


# Operations that leave the picture as it is: what a "which one?" after a question may complete.
_LOOKING = ("ask", "count", "compare", "check", "around", "keep")


def _asks_only(written, message: str):
    """``written`` whose "which one?" leaves, after a question, the question about that object
    (``ask OBJECT``) rather than an operation a "pick" next turn would carry out."""
    if not written.asked or not is_question(message):
        return written
    try:
        [op] = parse_edit(written.asked)
    except (EditError, ValueError):
        return replace(written, asked=None)
    if op.verb in _LOOKING:
        return written
    return replace(written, asked=f"ask {op.obj}" if op.obj not in ("", "it", "them", "other") else None)


def doubt(written, message: str, threshold: float = DOUBT_THRESHOLD, earlier: str = "", before: Scene | None = None,
          focus=None, asked: str | None = None) -> str | None:
    """Why the edit of ``written``, one that changes the picture, is not carried out as it stands: "a
    question", "an answer" (a yes or no with nothing pending), "unsure" (confidence below
    ``threshold``, unless the world reads the message word for word as the adds or the removal written, with no "which
    one?" (``asked``) pending: ``world.adds_as_said``), "ungrounded: ..." (what
    ``world.grounding.ungrounded`` found, or on the picture ``before`` with ``focus``, what the message names
    that "it" is not, ``world.unlike_it``, or an add of the one object there that the message moves,
    ``world.add_of_one_there``), or None."""
    if is_question(normalize_message(message)):  # as the model read it: "change it to 三角形 can?" is a request
        return "a question"
    if is_answer(message):
        return "an answer"
    if written.confidence < threshold and (asked or not _vouched(written.text, normalize_message(message), before)):
        return "unsure"
    # The world's lexicon is simplified and lower-case: the message is read as the model read it.
    unsaid = ungrounded(written.text, normalize_message(message), normalize_message(earlier))
    if unsaid is None and before is not None:
        unsaid = (unlike_it(written.text, normalize_message(message), before, focus)
                  or add_of_one_there(written.text, normalize_message(message), before))
    return None if unsaid is None else f"ungrounded: {unsaid}"


def _vouched(edit: str, message: str, before: Scene | None) -> bool:
    """Whether the world reads ``message`` word for word as ``edit``: these adds (``world.adds_as_said``), the
    removal of the one object its words name ("把最左边的删掉": ``world.removal_as_said``), or the recolour of "it"
    ("ok now make it orange lmao": ``world.recolor_of_it_as_said``)."""
    return adds_as_said(edit, message) or before is not None and removal_as_said("keep", message, before) == edit \
        or recolor_of_it_as_said(message) == edit


def hold_on_doubt(written, message: str, before: Scene, focus: int | None = None, asked: str | None = None,
                  threshold: float = DOUBT_THRESHOLD, can_undo: bool = False, can_redo: bool = False,
                  earlier: str = ""):
    """``written`` as it stands when it may change the picture, else the same turn held back:
    ``scene`` the picture ``before``, ``held`` the edit, ``reply`` the world's question offering
    it in the message's language. ``focus`` and ``asked`` are what the edit was given;
    ``can_undo``/``can_redo`` whether an ``undo``/``redo`` would change the picture; ``earlier``
    the exchange before (message and reply), where the colours of a correction were said ("no,
    the diamond" puts back the colour the last reply named)."""
    if written.text in ("undo", "redo") and written.scene is None:
        changes = can_undo if written.text == "undo" else can_redo
    else:
        changes = written.scene is not None and written.scene != before
    if not changes:
        return _asks_only(_answered(written, message, before, focus, asked), message)
    why = doubt(written, message, threshold, earlier, before, focus, asked)
    if why is None:
        return written
    how_many = (ask_how_many(written.text, message_language(message))
                or how_many_of(normalize_message(message), message_language(message))) \
        if why.endswith("a number never said") else None
    if how_many:  # "几颗" says no number: asked, not offered as the model's guess of one
        return replace(written, text="keep", scene=before, reply=how_many, focus=focus, asked=None, corrected=False)
    offer = propose(before, written.text, message_language(message), focus=focus, asked=asked)
    return replace(written, scene=before, reply=offer, held=written.text, focus=focus, asked=None, corrected=False)
