"""Which phrasing parts each split may use: a held-out share of templates and words.

A deterministic ~15% of the phrasing parts (templates and synonyms) is held out, fixed by a
hash so every process agrees. Lexicon groups and template lists are written most common first;
the first half of each (the words and sentences most people use) always trains, and the
held-out share is drawn from the rest. Splits "train" and "test" never use held-out parts;
"unseen" uses only held-out templates and prefers held-out synonyms (``WordPicker``).
"""
from __future__ import annotations

import random
import zlib

from ..phrasing import LANGUAGES
from .acts import ACTS, template_keys
from .mixing import mixable

SPLITS = ("train", "test", "unseen")
HELD_OUT_SHARE = 0.15

Template = tuple[int, str]  # (index in the language's list for its key, template)


def _rank(key: str) -> int:
    return zlib.crc32(key.encode("utf-8"))


def _halves(items: list) -> tuple[list, list]:
    """(the common first half, which always trains; the rest, from which the held-out share comes)."""
    k = (len(items) + 1) // 2
    return items[:k], items[k:]


def _held_words(lang: str, lex: dict[str, list[str]]) -> set[tuple[str, str]]:
    entries = [(g, w) for g, ws in lex.items() for head, tail in [_halves(ws)]
               for w in dict.fromkeys(tail) if w not in head]
    ranked = sorted(entries, key=lambda e: _rank(f"{lang}|{e[0]}|{e[1]}"))
    # The share is of all non-canonical words, so the held-out count is what it was when any could be held.
    return set(ranked[:round(HELD_OUT_SHARE * sum(len(ws) - 1 for ws in lex.values()))])


def _split_lexicon(lang: str):
    lex = LANGUAGES[lang].LEXICON
    # The words of the larger constructions draw their share apart, so adding them left the
    # held-out share of the older words as it was.
    new = getattr(LANGUAGES[lang], "CONSTRUCTION_LEXICON", {})
    held = _held_words(lang, {g: ws for g, ws in lex.items() if g not in new}) | _held_words(lang, new)
    train = {g: [w for w in ws if (g, w) not in held] for g, ws in lex.items()}
    unseen = {g: [w for w in dict.fromkeys(ws) if (g, w) in held and w not in train[g]] for g, ws in lex.items()}
    return train, {g: ws for g, ws in unseen.items() if ws}


def _split_templates(lang: str):
    train, unseen = {}, {}
    for key, temps in LANGUAGES[lang].TEMPLATES.items():
        ids = sorted(_halves(list(range(len(temps))))[1], key=lambda i: _rank(f"{lang}|{key}|{i}"))
        held = set(ids[:max(1, round(HELD_OUT_SHARE * len(temps)))])
        train[key] = [(i, t) for i, t in enumerate(temps) if i not in held]
        unseen[key] = [(i, t) for i, t in enumerate(temps) if i in held]
    return train, unseen


_WORDS = {lang: _split_lexicon(lang) for lang in LANGUAGES}
_TEMPLATES = {lang: _split_templates(lang) for lang in LANGUAGES}


def training_words(lang: str) -> dict[str, list[str]]:
    """The synonyms training may use for ``lang``, by lexicon group (every group, canonical word first)."""
    return _WORDS[lang][0]


def templates(lang: str, unseen: bool) -> dict[str, list[Template]]:
    """Template key -> the (index, template) pairs of ``lang`` that training uses (``unseen``: the held-out ones)."""
    return _TEMPLATES[lang][1 if unseen else 0]


def held_out_words(lang: str) -> dict[str, list[str]]:
    """The synonyms held out of training for ``lang``, by lexicon group."""
    return {g: list(ws) for g, ws in _WORDS[lang][1].items()}


def template_ids(split: str = "all") -> set[str]:
    """Ids ("<key>.<lang>.<index>") of the templates a split may use ("all", "train", "unseen")."""
    out = set()
    for lang, (train, unseen) in _TEMPLATES.items():
        for table in ((train, unseen) if split == "all" else (unseen,) if split == "unseen" else (train,)):
            out.update(f"{k}.{lang}.{i}" for k, temps in table.items() for i, _ in temps)
    return out


def phrasing_counts(split: str = "all") -> dict[tuple[str, str], int]:
    """(act, lang) -> number of distinct templates that act can be phrased with in ``split``.

    ``split`` is "all", "train" (also "test") or "unseen"; "mix" counts the templates of either
    language that take words from the other.
    """
    if split not in ("all",) + SPLITS:
        raise ValueError(f"split={split!r}; use 'all', 'train', 'test' or 'unseen'")
    counts = {}
    for act in ACTS:
        keys = template_keys(act)
        mix = 0
        for lang, (train, unseen) in _TEMPLATES.items():
            pools = (train, unseen) if split == "all" else (unseen,) if split == "unseen" else (train,)
            temps = [t for pool in pools for k in keys for _, t in pool.get(k, ())]
            counts[(act, lang)] = len(temps)
            mix += sum(map(mixable, temps))
        counts[(act, "mix")] = mix
    return counts


class WordPicker:
    """Random choices for one language (a ``phrasing.Picker``), restricted to the words a split may use."""

    def __init__(self, rng: random.Random, lang: str, unseen: bool):
        self.rng, self.unseen = rng, unseen
        self.train, self.held = _WORDS[lang]
        self.random, self.randint, self.choice = rng.random, rng.randint, rng.choice

    def word(self, group: str) -> str:
        if self.unseen and group in self.held and self.rng.random() < 0.7:
            return self.rng.choice(self.held[group])
        return self.rng.choice(self.train[group])

    def chance(self, p: float) -> bool:
        return self.rng.random() < p
