"""Whole dialogues: turns planned, worded and carried out one after another from an empty scene."""
from __future__ import annotations

import random
from dataclasses import dataclass

from ..phrasing import LANGUAGES
from ..scene import MAX_OBJECTS, Scene
from .messages import TYPO_RATE, word_message
from .planning import choose_plan, plan_add
from .plans import DialogueState, Plan
from .splits import SPLITS, WordPicker
from .wording import reply


@dataclass(frozen=True)
class DialogueTurn:
    text: str        # the user's message
    reply: str       # the system's reply, in the user's language (Chinese for mixed messages)
    scene: Scene     # the target scene after this turn
    act: str         # one of ACTS
    lang: str        # "en", "zh" or "mix"
    phrasing: str    # id of the template used: "<key>.<lang>.<index>"
    command: str = ""  # "undo"/"redo" for those acts (the chat's stack applies it), else ""
    edit: str = "keep"  # what the turn changes, as an ``edits`` program (commands: the command)


@dataclass(frozen=True)
class Dialogue:
    id: str
    turns: tuple[DialogueTurn, ...]


def _pickers(rng: random.Random, split: str) -> dict[str, WordPicker]:
    return {lang: WordPicker(rng, lang, split) for lang in LANGUAGES}


def _take_turn(st: DialogueState, plan: Plan, base: str, rng: random.Random, pickers, unseen: bool,
               typo_rate: float) -> DialogueTurn:
    """Word ``plan`` (mostly in the dialogue's ``base`` language), reply, and carry it out on ``st``.

    Under "unseen-words" the message is worded again (another template, other slots) until it says a
    held-out word, a few times at most: a meaning with no held-out word to say keeps its last wording."""
    r = rng.random()
    asked = "mix" if r < 0.11 else ("zh" if base == "en" else "en") if r < 0.14 else base
    new_words = any(p.new_words for p in pickers.values())
    for _ in range(8 if new_words else 1):
        for p in pickers.values():
            p.held_used = 0
        text, phrasing, lang = word_message(plan, asked, rng, pickers, unseen, typo_rate)
        if any(p.held_used for p in pickers.values()):
            break
    said = reply(LANGUAGES["zh" if lang == "mix" else lang], plan)
    st.apply(plan)
    return DialogueTurn(text, said, st.scene, plan.label, lang, phrasing, plan.command, plan.edit)


def generate_dialogues(n: int, seed: int, split: str = "train", typo_rate: float = TYPO_RATE) -> list[Dialogue]:
    """``n`` dialogues of 1-8 turns (mostly 3-6) from an empty scene, in English, Chinese or a mix.

    Same (n, seed, split, typo_rate) gives the same dialogues. "train" and "test" use only
    training phrasings (callers pick different seeds); "unseen" uses only held-out templates, worded
    with training words; "unseen-words" training templates worded with held-out words (``splits``).
    Every turn carries the target scene and the fixed reply.
    ``typo_rate`` is the share of messages with typing noise (training may ask for more than
    the ``TYPO_RATE`` of the test dialogues).
    """
    if split not in SPLITS:
        raise ValueError(f"split={split!r}; use one of {', '.join(SPLITS)}")
    if n < 0:
        raise ValueError(f"n={n!r} must be >= 0")
    if not 0 <= typo_rate <= 1:
        raise ValueError(f"typo_rate={typo_rate!r} must be between 0 and 1")
    rng = random.Random(f"dialogan-dialogues|{split}|{seed}")
    unseen, pickers = split == "unseen", _pickers(rng, split)
    out = []
    for k in range(n):
        st, base, turns = DialogueState(), rng.choice(("en", "zh")), []
        for t in range(rng.choices(range(1, 9), weights=(4, 7, 15, 20, 19, 16, 11, 8))[0]):
            plan = choose_plan(st, rng, t)
            turns.append(_take_turn(st, plan, base, rng, pickers, unseen, typo_rate))
        out.append(Dialogue(f"{split}-{seed}-{k}", tuple(turns)))
    return out


def generate_add_dialogues(n: int, seed: int, split: str = "test", turns: int = 5) -> list[Dialogue]:
    """``n`` dialogues shaped like i-CLEVR: ``turns`` turns, each adding exactly one object.

    The turns are planned and worded by the same code as ``generate_dialogues`` (same templates,
    synonyms, noise, languages and placement rules); add plans that would place more or fewer
    than one object are drawn again, so the language is the world's own, only the acts differ.
    """
    if split not in SPLITS:
        raise ValueError(f"split={split!r}; use one of {', '.join(SPLITS)}")
    if n < 0 or not 1 <= turns <= MAX_OBJECTS:
        raise ValueError(f"n={n!r} must be >= 0 and turns={turns!r} within 1-{MAX_OBJECTS}")
    rng = random.Random(f"dialogan-add-dialogues|{split}|{seed}")
    unseen, pickers = split == "unseen", _pickers(rng, split)
    out = []
    for k in range(n):
        st, base, said = DialogueState(), rng.choice(("en", "zh")), []
        for _ in range(turns):
            plan = plan_add(st, rng)
            while plan.act != "add" or plan.scene is None or len(plan.scene) != len(st.scene) + 1:
                plan = plan_add(st, rng)
            said.append(_take_turn(st, plan, base, rng, pickers, unseen, TYPO_RATE))
        out.append(Dialogue(f"add-{split}-{seed}-{k}", tuple(said)))
    return out
