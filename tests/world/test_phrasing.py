"""The languages' phrasing modules: the protocol they satisfy and the typing noise they make."""
import inspect
import random

import pytest

from dialogan.world import phrasing_en, phrasing_zh
from dialogan.world.phrasing import LANGUAGES, Phrasing

MEMBERS = sorted({name for name in vars(Phrasing) if not name.startswith("_")} | set(Phrasing.__annotations__))


def test_the_protocol_names_what_the_dialogue_generator_uses():
    assert {"LEXICON", "TEMPLATES", "REPLIES", "object_phrase", "ref_phrase", "noise", "finish"} <= set(MEMBERS)
    assert LANGUAGES == {"en": phrasing_en, "zh": phrasing_zh}


@pytest.mark.parametrize("mod", [phrasing_en, phrasing_zh], ids=["en", "zh"])
def test_each_language_module_provides_every_member_of_the_protocol(mod):
    assert isinstance(mod, Phrasing)
    for name in MEMBERS:
        assert hasattr(mod, name), f"{mod.__name__} has no {name}"
        want = getattr(Phrasing, name, None)
        if want is None:  # a data member
            assert isinstance(getattr(mod, name), dict) and getattr(mod, name), (mod.__name__, name)
            continue
        want_params = list(inspect.signature(want).parameters.values())[1:]  # without self
        got = list(inspect.signature(getattr(mod, name)).parameters.values())
        assert [p.name for p in got[:len(want_params)]] == [p.name for p in want_params], (mod.__name__, name)
        assert all(p.default is not p.empty for p in got[len(want_params):]), (mod.__name__, name)
        assert [p.default for p in got[:len(want_params)]] == [p.default for p in want_params], (mod.__name__, name)


@pytest.mark.parametrize("mod", [phrasing_en, phrasing_zh], ids=["en", "zh"])
def test_every_reply_and_template_key_is_shared_by_both_languages(mod):
    other = phrasing_zh if mod is phrasing_en else phrasing_en
    assert mod.REPLIES.keys() == other.REPLIES.keys() and mod.TEMPLATES.keys() == other.TEMPLATES.keys()


class SeededPicker:
    """The interface of the dialogue generator's word picker, on a seeded ``random.Random``."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.random, self.randint, self.choice = self.rng.random, self.rng.randint, self.rng.choice

    def chance(self, p):
        return self.rng.random() < p


def test_chinese_typing_noise_never_drops_a_character_that_carries_meaning():
    text = "能不能把这个红颜色圆圈改成小的"
    seen_drop = seen_double = False
    for seed in range(300):
        noisy = phrasing_zh.noise(SeededPicker(seed), text, rate=1.0)
        if len(noisy) < len(text):
            seen_drop = True
            dropped = [c for c in set(text) if noisy.count(c) < text.count(c)]
            assert len(dropped) == 1 and dropped[0] in phrasing_zh.DROPPABLE, (noisy, dropped)
        elif len(noisy) > len(text):
            seen_double = True
        assert "小" in noisy and "红" in noisy and "不" in noisy
    assert seen_drop and seen_double


def test_english_typing_noise_never_turns_a_word_into_another_word_the_world_knows():
    assert "can" not in phrasing_en.typos("cyan") and "three" not in phrasing_en.typos("there")
    assert "cayn" in phrasing_en.typos("cyan")
    text = "could you make there a small cyan square and a tan star"
    for seed in range(300):
        noisy = phrasing_en.noise(SeededPicker(seed), text, rate=1.0)
        changed = [(a, b) for a, b in zip(text.split(), noisy.split()) if a != b]
        assert len(changed) == 1, noisy
        assert changed[0][1] not in phrasing_en.KNOWN_WORDS, changed


def test_no_out_of_world_shape_is_also_a_word_for_a_shape_the_world_draws():
    for mod in (phrasing_en, phrasing_zh):
        drawable = {w for words in mod.SHAPE_WORDS.values() for w in words}
        assert not drawable & set(mod.OUT_SHAPES), mod.__name__
