"""The world's dictionary: a colour, shape or size name held out of training, written as a name training used.

The world names the ten colours, six shapes and two sizes in many words (``phrasing_en``,
``phrasing_zh``). A share of those names is held out of training (``dialogue.splits``), so that
``--split unseen-words`` can measure what a model does with a word it never read. The system
itself need not guess at them: the world knows what each one means. ``in_trained_names`` writes a
held-out name in a message as the first training name of its group before the model reads it:
"an olive square" is read as "a green square", "a jumbo pentagram" as "a large star", "一个银色的方框"
as "一个灰色的正方形". A name is matched whole (English words at word boundaries, with a plural
"s"/"es"), longest first among every name the world has, so a training name that holds a held-out
one ("cherry red" holds "cherry") is left as it is; a Chinese held-out name inside a training word ("六角"
in "六角形") is never written over, since nothing marks where it ends.

Only names are written over; a held-out word of any other kind (a verb, a place, a filler) is read
by the model as it is, and a name the world does not know ("fuchsia", "品红") still gets the
question back (``unknown_words``).

Since the dictionary holds exactly the words ``--split unseen-words`` holds out, a run on that
split measures the dictionary, not the model: ``use_dictionary(False)`` (``dialogan eval run
--no-dictionary``) turns it off, so that the model alone is measured.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .dialogue.splits import held_out_words, is_name_group, training_words

_ON = [True]


def use_dictionary(on: bool) -> None:
    """Turn the dictionary on (the default) or off (to measure the model alone on held-out names)."""
    _ON[0] = bool(on)


def dictionary_in_use() -> bool:
    """Whether ``in_trained_names`` writes held-out names over (``use_dictionary``)."""
    return _ON[0]


@lru_cache(maxsize=None)
def trained_name_of() -> dict[str, str]:
    """Every held-out colour, shape or size name of either language, with the training name it is read as."""
    out = {}
    for lang in ("en", "zh"):
        trained = training_words(lang)
        every = {w for ws in trained.values() for w in ws}
        for group, words in held_out_words(lang).items():
            if is_name_group(group) and trained.get(group):
                for word in words:
                    # A Chinese name inside a training word ("六角" in "六角形") has no boundary to find it by:
                    # "六角角形" is 六角形 typed with a character twice, not 六角 + 角形.
                    if lang == "zh" and any(word in w and word != w for w in every):
                        continue
                    out.setdefault(word, trained[group][0])
    return out


@lru_cache(maxsize=None)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """(any held-out name, as a quick test; every name of the world, longest first, as whole words)."""
    names = set()
    for lang in ("en", "zh"):
        names |= {w for group, ws in training_words(lang).items() if is_name_group(group) for w in ws}
    names |= set(trained_name_of())
    held = "|".join(re.escape(w) for w in sorted(trained_name_of(), key=len, reverse=True))
    every = "|".join(re.escape(w) for w in sorted(names, key=len, reverse=True))
    # An English name stands alone (a plural "s"/"es" may follow); a Chinese one needs no boundary.
    return (re.compile(held),
            re.compile(rf"(?:\b(?P<article>an?) )?(?<![a-z])(?P<name>{every})"
                       rf"(?:(?<=[a-z])(?:es|s)?(?![a-z])|(?<![a-z]))"))


def _written(match: re.Match) -> str:
    name, article = match.group("name"), match.group("article")
    meant = trained_name_of().get(name)
    if meant is None:
        return match.group()  # a training name ("rhombus", not "rhomb" + "us"): as it is
    if article:  # "an olive square" is "a green square"
        article = "an " if meant[0] in "aeiou" else "a "
    return (article or "") + meant + match.group()[match.end("name") - match.start():]


def in_trained_names(text: str) -> str:
    """``text`` (lower case, simplified Chinese) with each held-out colour, shape or size name written as
    the training name of its group ("olive" → "green", "pentagrams" → "stars", "银色" → "灰色")."""
    quick, every = _patterns()
    if not _ON[0] or not quick.search(text):
        return text
    text = every.sub(_written, text)
    return text.replace("色色", "色")  # "葡萄紫色" read as "紫色" + 色
