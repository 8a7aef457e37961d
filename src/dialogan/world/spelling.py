"""Typing slips mended before the model reads a message: "drwa a bleu sqaure" is "draw a blue square",
"画一个兰色的园形" is "画一个蓝色的圆形".

People type fast: a letter swapped with the next, dropped, doubled, or struck as a neighbouring key.
A model trained on a few slips per hundred messages still misreads most of them ("make teh circle
grene" drew a new green circle). An English word the world's messages never hold, one slip away
from exactly one word they do hold (``unknown_words.one_slip_en``: every slip the world's typing
noise can make of a known word), is that word; of several, the one it is with two letters swapped
("teh" is the, not ten). A word that is a slip of no known word may be one of a held-out name the dictionary reads
("olivw" is olive, which the dictionary then reads as green). Nothing else is touched: a word with several readings and no swap among them, a word two
slips away, a word of three letters or fewer unless two of its letters are swapped ("teh"), every word the model
knows, and every everyday English word (``common_words_en``: "found" is no slip of round, nor "came" of same). A
colour or shape name the model never read ("plum", "rhomboid") is no slip of a known word, so it stays for the
question back.

In Chinese the slip is a homophone the pinyin input method offered first (``phrasing_zh.HOMOPHONES``:
园形 for 圆形, 兰色 for 蓝色), written back as the word meant, except inside a word the world knows
that holds it (棱形 is a slip for 菱形, but 六棱形 is a hexagon).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import phrasing_en, phrasing_zh
from .dialogue.splits import training_words
from .common_words_en import COMMON_EN
from .dictionary import dictionary_in_use, trained_name_of
from .unknown_words import known_words_en, one_slip_en

_TOKEN = re.compile(r"[a-z]+")


def _mended(token: str) -> str:
    names = _dictionary_names_en() if dictionary_in_use() else frozenset()
    if len(token) < 3 or token in known_words_en() or token in COMMON_EN or token in names:
        return token  # a word the world knows, or an everyday word ("found", "must"): typed as meant
    undoubled = {token[:j] + token[j + 1:] for j in range(1, len(token)) if token[j] == token[j - 1]} & known_words_en()
    if len(undoubled) == 1:  # "redd", "bluue": a key struck twice is the likelier slip ("redd" is no "reds")
        return undoubled.pop()
    meant = one_slip_en().get(token, frozenset()) or _vowel_slip(token) or _last_letter_dropped(token) \
        or _ending_as_it_sounds(token)
    if not meant and names:  # "olivw": a slip of a name only the dictionary knows (olive)
        meant = _one_slip_of_names().get(token, frozenset())
    if len(meant) > 1:  # "teh": the (two letters swapped) or ten (h struck for n)? A swap is the likelier slip
        meant = {w for w in meant if sorted(w) == sorted(token)}
    if len(meant) != 1:
        return token
    (word,) = meant
    if len(token) == 3 and sorted(word) != sorted(token):
        return token  # in three letters, only a swap is clearly a slip ("teh"); "bow" may be a word
    return word


@lru_cache(maxsize=None)
def _dictionary_names_en() -> frozenset[str]:
    """The English words of the held-out names the dictionary reads (``dictionary.trained_name_of``), with plurals."""
    words = {w for name in trained_name_of() for w in _TOKEN.findall(name)} - known_words_en()
    return frozenset(words | {w + "s" for w in words} | {w + "es" for w in words})


@lru_cache(maxsize=None)
def _one_slip_of_names() -> dict[str, frozenset[str]]:
    """Every one-slip misspelling of a dictionary word of four letters or more -> the words it may be; none is a
    word the world knows or an everyday word."""
    out: dict[str, set[str]] = {}
    for w in _dictionary_names_en():
        if len(w) >= 4:
            for s in phrasing_en.typos(w):
                if s not in known_words_en() and s not in COMMON_EN:
                    out.setdefault(s, set()).add(w)
    return {s: frozenset(ws) for s, ws in out.items()}


def _vowel_slip(token: str) -> frozenset[str]:
    """The known words of five letters or more that ``token`` spells with one vowel written as another, as it sounds
    ("orenge": orange, "hexagan": hexagon, "yellaw": yellow)."""
    if len(token) < 5:
        return frozenset()
    known = known_words_en()
    return frozenset(token[:j] + v + token[j + 1:] for j, c in enumerate(token) if c in _VOWELS
                     for v in _VOWELS if v != c and token[:j] + v + token[j + 1:] in known)


_VOWELS = "aeiou"


def _ending_as_it_sounds(token: str) -> frozenset[str]:
    """The known word of five letters or more whose "-le" ``token`` spells as it sounds ("purpul": purple, "circel":
    circle, "triangal": triangle)."""
    stem = re.fullmatch(r"([a-z]{3,})[aeiou]l", token)
    return frozenset({stem.group(1) + "le"} & known_words_en()) if stem else frozenset()


def _last_letter_dropped(token: str) -> frozenset[str]:
    """The known words of five letters or more that ``token`` is with its last letter dropped ("abov": above)."""
    if len(token) < 4:
        return frozenset()
    known = known_words_en()
    return frozenset(token + c for c in "abcdefghijklmnopqrstuvwxyz" if token + c in known)


@lru_cache(maxsize=None)
def _homophones() -> tuple[tuple[re.Pattern, str], ...]:
    """(a homophone slip where it is no part of a known word holding it, the word it stands for), longest first."""
    known = {w for ws in training_words("zh").values() for w in ws} | set(phrasing_zh.NOT_SLIPS)
    out = []
    for word, slips in (*phrasing_zh.HOMOPHONES.items(), *phrasing_zh.READ_HOMOPHONES.items()):
        for slip in slips:
            if slip in known:
                continue  # a word the world says itself ("六边型"): as it is
            holders = sorted((k for k in known if slip in k and k != slip), key=len, reverse=True)
            before = "".join(f"(?<!{re.escape(h[:h.index(slip)])})" for h in holders if h.index(slip))
            after = "".join(f"(?!{re.escape(h[h.index(slip) + len(slip):])})" for h in holders
                            if h.index(slip) + len(slip) < len(h))
            out.append((re.compile(before + re.escape(slip) + after), word))
    return tuple(sorted(out, key=lambda p: len(p[1]), reverse=True))


def mend_slips(text: str) -> str:
    """``text`` (lower case) with each one-slip misspelling of exactly one known English word written right,
    and each Chinese homophone slip the world knows written as its word."""
    text = _TOKEN.sub(lambda m: _mended(m.group()), text)
    if re.search(r"[\u3400-\u9fff]", text):
        for pattern, word in _homophones():
            text = pattern.sub(word, text)
    return text
