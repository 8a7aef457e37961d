"""The user's message for a planned turn: a template the split allows, its slots in words, typing noise.

A message is in English, Chinese or a mix ("mix": a template of either language with some
slots in the other); templates come from the split's share (``splits``), slots are worded by
``wording`` (and ``mixing``), and the language's phrasing module adds typing noise and the
case and punctuation people type.
"""
from __future__ import annotations

import random

from ..phrasing import LANGUAGES, Picker
from . import mixing
from .plans import Plan
from .splits import templates
from .wording import in_one_language

TYPO_RATE = 0.05  # the share of messages with typing noise in test dialogues


def _clause(plan: Plan, lang: str, rng: random.Random, pickers: dict[str, Picker], unseen: bool) -> str:
    """One instruction of a message that gives several: a template of its own (from the split's
    share), without the openers, closers and end marks a whole message has."""
    pool = [t for t in templates(lang, unseen)[plan.key] if "{q}" not in t[1] and "{can_you}" not in t[1]] \
        or templates(lang, unseen)[plan.key]
    _, template = rng.choice(pool)
    slots = in_one_language(plan, LANGUAGES[lang], pickers[lang])
    slots.update(pre="", post="", q="")
    return " ".join(template.format_map(slots).split()).rstrip("?？!！.。，, ")


def word_message(plan: Plan, lang: str, rng: random.Random, pickers: dict[str, Picker], unseen: bool,
                 typo_rate: float) -> tuple[str, str, str]:
    """The user's message for ``plan`` in ``lang`` ("en", "zh" or "mix"); returns (text, phrasing id, lang).

    The phrasing id is "<key>.<lang>.<index>" ("mix" naming its frame's template by index). A mix
    for a meaning no template can mix is said in the frame language alone (and returns that lang).
    """
    frame = lang if lang != "mix" else rng.choice(("en", "zh"))
    pool = templates(frame, unseen)[plan.key]
    if lang == "mix":
        pool = [t for t in pool if mixing.mixable(t[1])]
        if not pool:
            return word_message(plan, frame, rng, pickers, unseen, typo_rate)
    idx, template = rng.choice(pool)
    mod, p = LANGUAGES[frame], pickers[frame]
    if lang == "mix":
        slots = mixing.mixed_slots(plan, template, frame, rng, pickers)
    else:
        slots = in_one_language(plan, mod, p)
    if "{first}" in template:  # several instructions, each a clause of its own
        for name, part in zip(("first", "second"), plan.parts):
            slots[name] = _clause(part, frame, rng, pickers, unseen)
    text = template.format_map(slots)
    # The reply to an unknown word quotes it as the plan chose it, so that word is typed without slips.
    rate = 0.0 if plan.act == "unknown_word" else typo_rate
    text = mod.finish(p, mod.noise(p, " ".join(text.split()), rate), plan.question)
    if lang == "mix":
        text = mixing.tidy(text)
    return text, f"{plan.key}.{'mix' if lang == 'mix' else frame}.{idx}", lang
