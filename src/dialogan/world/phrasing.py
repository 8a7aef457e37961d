"""What a language's phrasing module gives the dialogue generator, and the languages there are.

A language is a module (``phrasing_en``, ``phrasing_zh``) that satisfies ``Phrasing`` as a
module does a protocol (PEP 544): its lexicon, templates and replies as data, and functions
that put meanings into words. The dialogue generator reaches a language only through these
members, so a new language is a new module with the same members. The functions draw words
and chances from a ``Picker``: the generator's word picker, which only offers the words the
dialogue's split may use.
"""
from __future__ import annotations

from typing import Any, Protocol, Sequence, runtime_checkable

from . import phrasing_en, phrasing_zh


class Picker(Protocol):
    """Random choices for one language (one seeded stream shared by every language of a dialogue)."""

    def word(self, group: str) -> str:
        """A word of ``LEXICON[group]`` that the split may use."""

    def chance(self, p: float) -> bool:
        """True with probability ``p``."""

    def random(self) -> float: ...

    def randint(self, a: int, b: int) -> int: ...

    def choice(self, seq: Sequence[Any]) -> Any: ...


@runtime_checkable
class Phrasing(Protocol):
    """A language's words for the shapes world: user messages are composed, replies are fixed."""

    LEXICON: dict[str, list[str]]         # slot name -> synonyms, canonical (most common) first
    TEMPLATES: dict[str, list[str]]       # "act" or "act@variant" -> message templates with {slots}
    REPLIES: dict[tuple[str, str], str]   # (act, outcome) -> the one reply, with {fact} slots
    COLOR_WORDS: dict[str, list[str]]     # colour -> its words, the reply's word first
    SIDE: dict[str, str]                  # direction -> the edge it runs into ("up" -> "top")
    REL_REPLY: dict[str, str]             # relation -> how a reply says it ("left_of" -> "to the left of")
    UNKNOWN_WORDS: dict[str, list[str]]   # "color"/"shape" -> words for one that the world does not know
    SPELLINGS: dict[str, str]             # a spelling -> the other spelling of the word (never held out)

    # Words of a user's message (drawn through the picker).
    def object_phrase(self, p: Picker, size: str | None, color: str | None, shape: str, count: int = 1,
                      region: str | None = None) -> str:
        """A new object as a user asks for it ("a big red circle", "两个蓝色星星"); unsaid fields are left out."""

    def join(self, p: Picker, parts: list[str]) -> str:
        """Several phrases as one list ("a, b and c")."""

    def ref_phrase(self, p: Picker, kind: str, f: dict) -> str:
        """Objects already drawn, named by a description ``kind`` with fields ``f`` ("pron": a pronoun)."""

    def kind_phrase(self, p: Picker, f: dict, plural: bool) -> str:
        """What a count or exists question asks about ("red circles", "a blue star")."""

    def out_phrase(self, p: Picker, kind: str, value: str) -> str:
        """Something the world cannot draw: a "thing", a shape in an unknown "color", or a "shape" it lacks."""

    def unknown_phrase(self, p: Picker, prop: str, pick: float, size: str | None, color: str | None,
                       shape: str | None) -> str:
        """A request naming its ``prop`` ("color" or "shape") by the unknown word ``unknown_word(prop, pick)``."""

    def noise(self, p: Picker, text: str, rate: float) -> str:
        """On a ``rate`` of messages, one typing slip that never turns a word into another the world knows."""

    def finish(self, p: Picker, text: str, question: bool) -> str:
        """Case and end punctuation as people type them."""

    # Words of a reply (fixed: no picker, so a model can learn them exactly).
    def region_name(self, region: str) -> str: ...

    def unknown_word(self, prop: str, pick: float) -> str:
        """The unknown word a request named, as the reply quotes it."""

    def object_name(self, size: str, color: str, shape: str) -> str: ...

    def size_name(self, size: str) -> str: ...

    def direction_name(self, direction: str) -> str:
        """A one-cell step ("left", "up") as the "can't move ..." reply says it."""

    def shapes_name(self, n: int) -> str:
        """The noun for ``n`` shapes in a reply ("shape", "shapes")."""

    def desc_name(self, f: dict) -> str:
        """A description that fits nothing ("There is no red star")."""

    def count_name(self, f: dict, n: int) -> str:
        """What was counted, for ``n`` of them ("red circles")."""

    def construction_phrase(self, p: Picker, kind: str, v) -> str:
        """Words of the larger constructions (lists, plurals, corrections, copies): see ``phrasing_en``."""

    def list_phrase(self, item: str, named: list[tuple[str, str]]) -> str:
        """(object name, region name) pairs listed as "add", "describe" or "cand" (candidates) items."""


LANGUAGES: dict[str, Phrasing] = {"en": phrasing_en, "zh": phrasing_zh}
