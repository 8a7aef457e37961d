"""Which phrasing parts each split may use: a held-out share of templates and of words.

A deterministic share of the phrasing parts is held out, fixed by a hash so every process agrees:
~15% of the templates of every act, and of the words ~25% of the names for colours, shapes and
sizes and ~15% of every other kind (places, verbs, fillers). Lexicon groups and template lists are
written most common first; the first half of each (the words and sentences most people use) always
trains, and the held-out share is drawn from the rest. A word held out is held out of every group
it is in, and spellings (``SPELLINGS``: colour/color, grey/gray) are never held out. The splits:

- "train" and "test" use only training templates and words (test: the same language, new seeds);
- "unseen" uses only held-out templates (word orders and constructions never trained), worded with
  training words alone, so it measures the sentences, not the vocabulary;
- "unseen-words" uses training templates worded with held-out words: the picker takes a held-out
  word wherever a slot has one, and every message says at least one where its meaning allows.
"""
from __future__ import annotations

import random
import zlib

from ..phrasing import LANGUAGES
from .acts import ACTS, template_keys
from .mixing import mixable

SPLITS = ("train", "test", "unseen", "unseen-words")
HELD_OUT_SHARE = 0.15   # of the templates of every act, and of the words of every other kind
NAME_SHARE = 0.25       # of the words that name a colour, a shape or a size
NAME_GROUPS = ("color_", "shape_", "size_")

Template = tuple[int, str]  # (index in the language's list for its key, template)


def _rank(key: str) -> int:
    return zlib.crc32(key.encode("utf-8"))


def _halves(items: list) -> tuple[list, list]:
    """(the common first half, which always trains; the rest, from which the held-out share comes)."""
    k = (len(items) + 1) // 2
    return items[:k], items[k:]


def is_name_group(group: str) -> bool:
    """Whether a lexicon group names a colour, a shape or a size (held out at ``NAME_SHARE``)."""
    return group.startswith(NAME_GROUPS)


def _split_lexicon(lang: str):
    mod = LANGUAGES[lang]
    lex = mod.LEXICON
    always = {w for ws in lex.values() for w in _halves(ws)[0]}
    every = {w for ws in lex.values() for w in ws}
    # A word with a spelling of its own in the lexicon ("light grey", "light gray") always trains, both ways.
    spelt = {w for w in every for x, y in mod.SPELLINGS.items() for a, b in ((x, y), (y, x))
             if w == a or (a in w and w.replace(a, b) in every)}
    held = set()
    for names in (True, False):
        groups = {g: ws for g, ws in lex.items() if is_name_group(g) == names}
        words = sorted({w for ws in groups.values() for w in _halves(ws)[1]
                        if w not in always and w not in spelt},
                       key=lambda w: _rank(f"{lang}|{w}"))
        # The share is of all non-canonical words of the kind, so the count does not shrink as lists overlap.
        share = NAME_SHARE if names else HELD_OUT_SHARE
        held |= set(words[:round(share * sum(len(ws) - 1 for ws in groups.values()))])
    train = {g: [w for w in ws if w not in held] for g, ws in lex.items()}
    unseen = {g: [w for w in dict.fromkeys(ws) if w in held] for g, ws in lex.items()}
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


def _cumulative(n: int) -> list[float]:
    """Lists are written most common first: the word at rank i is drawn with weight 1/sqrt(i + 1), so
    "red" stays the most said of its fourteen names (16%) and the last still comes up (4%)."""
    out, total = [], 0.0
    for i in range(n):
        total += (i + 1) ** -0.5
        out.append(total)
    return out


_CUM_WEIGHTS = {lang: {g: _cumulative(len(ws)) for g, ws in train.items()} for lang, (train, _) in _WORDS.items()}
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

    ``split`` is "all", "train" (also "test" and "unseen-words", which use the training templates) or
    "unseen"; "mix" counts the templates of either language that take words from the other.
    """
    if split not in ("all",) + SPLITS:
        raise ValueError(f"split={split!r}; use 'all', {', '.join(repr(s) for s in SPLITS)}")
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
    """Random choices for one language (a ``phrasing.Picker``), restricted to the words a split may use:
    training words, the more common ones more often (``_cumulative``), except under "unseen-words",
    which takes a held-out word wherever a group has one. ``held_used`` counts the held-out words given
    since it was last set to 0."""

    def __init__(self, rng: random.Random, lang: str, split: str = "train"):
        if split not in SPLITS:
            raise ValueError(f"split={split!r}; use one of {', '.join(SPLITS)}")
        self.rng, self.new_words = rng, split == "unseen-words"
        self.train, self.held = _WORDS[lang]
        self.cum = _CUM_WEIGHTS[lang]
        self.random, self.randint, self.choice = rng.random, rng.randint, rng.choice
        self.held_used = 0

    def word(self, group: str) -> str:
        if self.new_words and group in self.held and (is_name_group(group) or self.rng.random() < 0.5):
            self.held_used += 1
            return self.rng.choice(self.held[group])
        return self.rng.choices(self.train[group], cum_weights=self.cum[group])[0]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p


WORD_KINDS = {"colour": ("color_",), "shape": ("shape_",), "size": ("size_",),
              "place": ("at_", "bare_", "the_", "adj_", "area_")}


def word_counts() -> dict[tuple[str, str], tuple[int, int]]:
    """(lang, kind) -> (distinct words, of them held out) for the names of colours, shapes, sizes and places."""
    out = {}
    for lang, mod in LANGUAGES.items():
        held = {w for ws in held_out_words(lang).values() for w in ws}
        for kind, prefixes in WORD_KINDS.items():
            words = {w for g, ws in mod.LEXICON.items() if g.startswith(prefixes) for w in ws}
            out[(lang, kind)] = (len(words), len(words & held))
    return out

