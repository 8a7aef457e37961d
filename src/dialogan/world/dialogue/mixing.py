"""Messages in two languages at once: which words switch, and how English sits in a Chinese sentence.

A mixed message takes a template of one language (the frame) and says some of its meaning
slots in the other ("画一个 red circle", "make the 圆形 blue"). This is the one place that
knows the English-Chinese pair: Chinese writes no spaces, so a switched phrase in a Chinese
frame is set off by spaces (and the punctuation tidied afterwards), and an English object in a
Chinese frame keeps the Chinese quantity ("一个 red circle").
"""
from __future__ import annotations

import random

from .. import phrasing_zh
from ..phrasing import LANGUAGES, Phrasing, Picker
from .plans import Plan
from .wording import SlotWords, say

# Slots whose words may come from the other language in a mixed message.
FOREIGN = ("obj", "ref", "ref2", "color", "cq", "eq", "eqp", "thing")


def mixable(template: str) -> bool:
    """Whether ``template`` has a slot that a mixed message may say in the other language (never one that
    names an unknown word: the reply, in one language, quotes that language's word)."""
    if "{uobj}" in template or "{ucolor}" in template:
        return False
    return any("{" + s + "}" in template for s in FOREIGN) or "{relph}" in template


def _pad(frame: Phrasing, words: str) -> str:
    return f" {words} " if frame is phrasing_zh else words


def say_foreign(frame: Phrasing, mod: Phrasing, p: Picker, kind: str, v) -> str:
    """A slot meaning said in ``mod``'s language (with its picker ``p``) inside a ``frame`` sentence."""
    if kind == "obj" and frame is phrasing_zh:  # "画一个 red circle": Chinese quantity, English words
        out = frame.join(p, [f"{phrasing_zh.quantity(p, it[3])} {mod.object_phrase(p, *it, head=False)}" for it in v])
    else:
        out = say(mod, p, kind, v)
    return _pad(frame, out)


def mixed_slots(plan: Plan, template: str, frame: str, rng: random.Random, pickers: dict[str, Picker]) -> SlotWords:
    """The slots of ``plan``'s message in a ``frame`` template, some of them (at least one) in the other language."""
    present = [s for s in FOREIGN + ("relph",) if "{" + s + "}" in template]
    foreign = [s for s in present if rng.random() < 0.7] or present[:1]
    other = "zh" if frame == "en" else "en"
    mod, p, other_mod, other_p = LANGUAGES[frame], pickers[frame], LANGUAGES[other], pickers[other]
    switched = [s for s in foreign if s != "relph"]

    def say_slot(name, kind, value):
        if name in switched:
            return say_foreign(mod, other_mod, other_p, kind, value)
        return say(mod, p, kind, value)
    slots = SlotWords(plan, p, say_slot)
    if "relph" in foreign:  # "在 the square 右边…": only the object inside switches language (Chinese frames only)
        rel, ref = plan.slots["relph"][1]
        slots["relph"] = _pad(mod, other_mod.ref_phrase(other_p, *ref)) + p.word(f"rel_{rel}")
    return slots


def tidy(text: str) -> str:
    """No space beside Chinese punctuation (the spaces that set off switched words)."""
    for mark in "，。？！：、":
        text = text.replace(" " + mark, mark).replace(mark + " ", mark)
    return text
