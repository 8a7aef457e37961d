"""Nothing changes on doubt: the step of a turn between what the model wrote and the picture.

A turn's edit is carried out only when the model was sure of it (``Written.confidence``, the
least probability it gave any token of the edit, at or above ``threshold``) and the message
instructs rather than asks (``world.asking.is_question``; a bare yes or no with nothing
pending asks nothing either). Otherwise the picture stays as it
was and the reply asks back, worded by the world from the edit ("Do you want me to add a large
orange hexagon?"); the chat keeps the edit, and a plain yes next turn carries it out. A question
whose edit leaves the picture as it is (ask, count, keep) is answered: its reply was checked
against the world's facts in ``write_turn``.

The threshold is calibrated on dialogues the model was not trained on (see BENCHMARKS.md,
"Nothing changes on doubt"): ``DOUBT_THRESHOLD``.
"""
from __future__ import annotations

from dataclasses import replace

from ..world import Scene, is_answer, is_question, propose

# Edits whose least token probability is below this are put to the user instead of carried out.
DOUBT_THRESHOLD = 0.5


def _language(message: str) -> str:
    return "zh" if any("\u3400" <= c <= "\u9fff" for c in message) else "en"


def hold_on_doubt(written, message: str, before: Scene, focus: int | None = None, asked: str | None = None,
                  threshold: float = DOUBT_THRESHOLD, can_undo: bool = False, can_redo: bool = False):
    """``written`` as it stands when it may change the picture, else the same turn held back:
    ``scene`` the picture ``before``, ``held`` the edit, ``reply`` the world's question offering
    it in the message's language. ``focus`` and ``asked`` are what the edit was given;
    ``can_undo``/``can_redo`` whether an ``undo``/``redo`` would change the picture."""
    if written.text in ("undo", "redo") and written.scene is None:
        changes = can_undo if written.text == "undo" else can_redo
    else:
        changes = written.scene is not None and written.scene != before
    if not changes:
        return written
    if written.confidence >= threshold and not is_question(message) and not is_answer(message):
        return written
    offer = propose(before, written.text, _language(message), focus=focus, asked=asked)
    return replace(written, scene=before, reply=offer, held=written.text, focus=focus, asked=None, corrected=False)
