"""Words the model cannot place: the step of a turn that turns a guess into a question back.

A message that names a colour or a shape by a word no training message said ("a cinnamon
rhomboid", "一个栗色的星形") leaves the model guessing. When the edit it wrote would change the
picture with a colour or shape that no known word of the message names (``world.unknown_words``),
the picture stays as it was and the reply is the world's question about that word, in the word's
own language: "I don't know 'cinnamon' — which colour do you mean?" / "我不认识'栗色'这个颜色，
你指的是哪种颜色？". The chat keeps the edit with the guessed values marked; an answer naming one
colour (or shape) next turn ("red", "I mean red", "红色的") fills them in and carries it out.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..data.normalize import normalize_message
from ..world import (COLORS, COLOR_WORDS_ZH, REPLIES_EN, REPLIES_ZH, SHAPES, SHAPE_WORDS_ZH, add_as_said, answer_edit,
                     is_question, named_values, out_of_world_words, question_kind, reads_as_out_of_world,
                     unknown_word_reply, unknown_words, unplaced_word, word_language)
from ..world.said import DENIED

# The world's question about an unknown word, read back: (pattern, kind, language).
_QUESTIONS = [(re.compile(re.escape(replies[("unknown_word", kind)]).replace(re.escape("{word}"), "(.+?)")), kind, lang)
              for lang, replies in (("en", REPLIES_EN), ("zh", REPLIES_ZH)) for kind in ("color", "shape")]


# Where the world's question about an unknown word begins ("I don't know '", "我不认识'"): a reply that begins
# so and then runs off the question is the model's own question, broken.
_QUESTION_STARTS = tuple(sorted({(replies[("unknown_word", kind)].split("{word}")[0], lang)
                                 for lang, replies in (("en", REPLIES_EN), ("zh", REPLIES_ZH)) for kind in ("color", "shape")}))


def asks_about_a_word(reply: str) -> bool:
    """Whether ``reply`` begins as the world's question about a word it does not know ("我不认识'品红'这个颜色...")."""
    return any(reply.startswith(start) for start, _ in _QUESTION_STARTS)


def _as_typed(word: str, message: str) -> str:
    """``word`` (found in the normalised message) as the user typed it, where the message has it."""
    m = re.search(re.escape(word), message, re.IGNORECASE)
    return m.group() if m else word


# Operations that change the picture when they can: one that happens to change nothing ("recolor it red"
# on a red circle, for "make it cinnamon") still guessed, and its reply would say so.
_CHANGING = ("add", "remove", "recolor", "resize", "move", "reshape", "copy", "clear")


def _changes(edit: str) -> bool:
    return any(op.split()[:1] and op.split()[0] in _CHANGING for op in edit.split(";"))


def hold_on_unknown_word(written, message: str, before, focus=None, asked: str | None = None):
    """(``written``, None) when its edit guessed nothing an unknown word of ``message`` stands for, or
    changes nothing (keep, ask, count, ...) for a message that does not ask (a question of the model's
    own about an unknown word then quotes a word of the message, ``_quoting_the_message``); else (the
    turn held: ``scene`` the picture ``before``, ``reply`` the world's unknown-word question, and the
    pending edit for the chat: {"edit", "focus", "asked", "unknown": the kind asked about, "fill": the
    positions of the guessed values in the edit's words, "word": the word as typed})."""
    leaves = written.scene is None or (written.scene == before and not _changes(written.text))
    if leaves and (written.scene is None or not is_question(message)):
        return _quoting_the_message(written, message), None
    # A question is asked back too: an answer about what the model guessed ("how many 栗色 shapes?" read
    # as a count of every shape, "what colour is the mauve one?" as a question about the purple one) is
    # an answer about something else. The answer to the question back fills the guess in.
    found = unplaced_word(normalize_message(message), written.text)
    if found is None:
        return (_quoting_the_message(written, message) if leaves else written), None
    word, fill = found
    edit = written.text
    if not any(k >= 0 for k in fill):  # "再画一个红色的月亮" read as ``copy it``: the add it says, a stand-in for the word
        edit, fill = _add_with_a_stand_in(normalize_message(message), word.word, word.kind) or (edit, fill)
    typed = _as_typed(word.word, message)
    reply = unknown_word_reply(typed, word.kind, word_language(word.word))
    pending = {"edit": edit, "focus": focus, "asked": asked, "unknown": word.kind, "fill": fill, "word": typed}
    if leaves:
        pending["kind"] = question_kind(message)  # what the question asks: its answer, once filled in, says that
    return replace(written, scene=before, reply=reply, focus=focus, asked=None, corrected=False), pending


def _add_with_a_stand_in(text: str, word: str, kind: str) -> tuple[str, list[int]] | None:
    """The add ``text`` (a message as the world reads it) says word for word with a value of ``kind`` standing in for the
    unknown ``word``, and the positions of that value in the add's words; None where it says no add."""
    unused = next(((value, zh) for value, zh in _STAND_INS.get(kind, ()) if value not in text and zh not in text), None)
    if unused is None:
        return None
    value, zh = unused
    add = add_as_said(text.replace(word, zh if re.search(r"[\u3400-\u9fff]", word) else value))
    words = add.split() if add is not None else []
    return (add, [k for k, w in enumerate(words) if w == value]) if value in words else None


def _quoting_the_message(written, message: str):
    """``written`` with its question about an unknown word (the model's own) quoting a word of the message:
    the model may recall a made-up name it was trained on ("I don't know 'zorange'" for "blorple"). With no
    unknown word in the message to ask about, the reply asks what to draw instead. A refusal ("I can't
    draw that shape") of a message whose colour or shape word is one the model never read asks about that
    word instead: the model did not know it, and the refusal may name the wrong kind."""
    if reads_as_out_of_world(written.reply):
        placed = [u for u in unknown_words(normalize_message(message)) if u.kind in ("color", "shape")]
        if not placed:
            return written
        u = placed[0]
        return replace(written, reply=unknown_word_reply(_as_typed(u.word, message), u.kind, word_language(u.word)),
                       corrected=True)
    asked = next(((m.group(1), kind, lang) for pattern, kind, lang in _QUESTIONS
                  for m in [pattern.search(written.reply)] if m), None)
    if asked is None:
        lang = next((lang for start, lang in _QUESTION_STARTS if written.reply.startswith(start)), None)
        if lang is None:
            return written
        asked = ("", "shape", lang)  # "I don't know ' can draw circles, ...": a question begun, never finished
    word, kind, lang = asked
    text = normalize_message(message)
    if word and normalize_message(word) in text:
        return written
    unknown = unknown_words(text)
    same = [u for u in unknown if u.kind in (kind, "either")]
    if same or unknown:
        u = (same[-1] if kind == "color" else same[0]) if same else unknown[0]
        reply = unknown_word_reply(_as_typed(u.word, message), kind if same else u.kind, word_language(u.word))
    else:
        reply = (REPLIES_ZH if lang == "zh" else REPLIES_EN)[("out_of_world", "ok")]
    return replace(written, reply=reply, corrected=True)


def question_again(pending: dict) -> str:
    """The question ``pending`` was held with, asked again (a plain yes names no colour or shape)."""
    word = pending.get("word") or ""
    return unknown_word_reply(word, pending["unknown"], word_language(word))


def answered_edit(pending: dict, message: str) -> str | None:
    """The edit ``pending`` held for an unknown word, filled with the colour or shape ``message`` names
    when it answers the question; None when it does not (a new message)."""
    if not pending.get("unknown"):
        return None
    return answer_edit(pending["edit"], list(pending.get("fill") or ()), pending["unknown"], normalize_message(message),
                       normalize_message(pending.get("word") or ""))


def held_add_answered(pending: dict, message: str) -> str | None:
    """The one add ``pending`` held to be asked about (the model's guess at a word it could not place: "畫個 purple 嘅
    moon" held as "你是想讓我添加一個紫色大圓形嗎？") with the shape or colour ``message`` names in place of its own,
    when the message is only that answer ("咁 star 啦", "no, a star", "make it blue"); None for anything else (a new
    message)."""
    edit = pending["edit"]
    if pending.get("unknown") or pending.get("count") or not edit.startswith("add ") or ";" in edit or is_question(
            normalize_message(message)):
        return None
    words = edit.split()
    at = 3 if words[1].isdigit() else 2  # add [N] SIZE COLOR SHAPE ...
    answer = DENIED.sub(" ", normalize_message(message))  # "actually no, not pink. blue.": blue
    for kind, position in (("shape", at + 1), ("color", at)):
        filled = answer_edit(edit, [position], kind, answer)
        if filled is not None:
            return filled
    return None


# Values that stand in for the word asked about, in the word's language: the first one neither the message
# nor the picture has.
_STAND_INS = {"color": [(c, COLOR_WORDS_ZH[c][0]) for c in COLORS], "shape": [(s, SHAPE_WORDS_ZH[s][0]) for s in SHAPES]}


def with_a_stand_in(message: str, reply: str, avoid: set[str] = frozenset()) -> tuple[str, str, str, str] | None:
    """Where ``reply`` is the world's question about a word of ``message`` (the model's own, its edit a ``keep``:
    "make it 马卡龙色 pls"), or its refusal of the one colour or shape the message names that it cannot draw
    ("中间整个黑色的圆"), the message with that word replaced by a value of its kind that neither the message
    names nor ``avoid`` holds (the picture's: "make it 红色 pls" would change nothing of a red object), the
    kind, the word as typed and the value: read by the model, it gives the edit the answer to the question
    then fills in (``answered_edit``). None for any other reply, or a question."""
    asked = next(((m.group(1), kind) for pattern, kind, _ in _QUESTIONS for m in [pattern.fullmatch(reply)] if m), None)
    if asked is None:  # the world's refusal of a colour or shape it cannot draw: "那就灰色吧" answers it too
        kind = next((kind for kind in ("color", "shape", "ok") for replies in (REPLIES_EN, REPLIES_ZH)
                     if reply == replies[("out_of_world", kind)]), None)
        message = normalize_message(message)
        named = out_of_world_words(message)
        if kind == "ok" and len(named) == 1:  # "Sorry, I can't draw that" of the one thing named: "Black hexagon, ..."
            kind = named[0][0]
        words = [word for k, word in named if k == kind]
        if kind and not words and len(named) == 1:  # the refusal names the other kind: the one word it refused
            kind, words = named[0][0], [named[0][1]]
        asked = (words[0], kind) if kind and len(words) == 1 else None
    if asked is None or is_question(message):
        return None
    word, kind = asked
    typed = _as_typed(word, message)
    if not word or typed.lower() not in message.lower():
        return None
    named = named_values(normalize_message(message), kind)
    for value, zh in _STAND_INS[kind]:
        if value not in named and value not in avoid:
            at = message.lower().index(typed.lower())
            said = zh if word_language(word) == "zh" else value
            return message[:at] + said + message[at + len(typed):], kind, typed, value
    return None
