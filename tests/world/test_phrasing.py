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
    assert {"cayn", "cyn", "cyaan", "xyan"} <= set(phrasing_en.typos("cyan"))  # swapped, dropped, doubled, next key
    text = "could you make there a small cyan square and a tan star"
    kinds = set()
    for seed in range(300):
        noisy = phrasing_en.noise(SeededPicker(seed), text, rate=1.0)
        words = noisy.split()
        if words[-1] in phrasing_en.EMOJI:
            kinds.add("emoji")
            words = words[:-1]
        new = [w for w in words if w not in text.split()]
        assert 1 <= len(new) <= 3 and not set(new) & phrasing_en.KNOWN_WORDS, noisy
        kinds.add(f"{len(new)} slips")
        if len(words) < len(text.split()):
            kinds.add("run together")
        else:
            kinds.add("misspelt")
    assert kinds == {"emoji", "run together", "misspelt", "1 slips", "2 slips", "3 slips"}


def test_chinese_homophones_are_real_input_slips_that_name_nothing_the_world_knows():
    known = {w for ws in phrasing_zh.LEXICON.values() for w in ws if w}
    for word, slips in phrasing_zh.HOMOPHONES.items():
        for slip in slips:
            assert len(slip) == len(word) and slip != word and slip not in known, (word, slip)
    assert "心形" not in phrasing_zh.HOMOPHONES["星形"] and "园形" in phrasing_zh.HOMOPHONES["圆形"]


def test_no_out_of_world_shape_is_also_a_word_for_a_shape_the_world_draws():
    for mod in (phrasing_en, phrasing_zh):
        drawable = {w for words in mod.SHAPE_WORDS.values() for w in words}
        assert not drawable & set(mod.OUT_SHAPES), mod.__name__


@pytest.mark.parametrize("mod", [phrasing_en, phrasing_zh], ids=["en", "zh"])
def test_every_name_means_one_colour_or_shape_and_none_is_also_unknown_or_out_of_world(mod):
    for table in (mod.COLOR_WORDS, mod.SHAPE_WORDS, mod.SIZE_WORDS):
        words = [w for ws in table.values() for w in ws]
        assert len(words) == len(set(words)), [w for w in words if words.count(w) > 1]
    colours = {w for ws in mod.COLOR_WORDS.values() for w in ws}
    shapes = {w for ws in mod.SHAPE_WORDS.values() for w in ws}
    assert not colours & set(mod.OUT_COLORS) and not colours & set(mod.UNKNOWN_WORDS["color"])
    assert not shapes & set(mod.OUT_SHAPES) and not shapes & set(mod.UNKNOWN_WORDS["shape"])


def test_the_names_people_use_map_to_the_nearest_of_the_ten_colours():
    nearest = {"crimson": "red", "scarlet": "red", "ruby": "red", "cherry": "red", "maroon": "red",
               "teal": "cyan", "aqua": "cyan", "turquoise": "cyan", "sky blue": "cyan", "navy": "blue",
               "indigo": "purple", "lilac": "purple", "violet": "purple", "rose": "pink", "magenta": "pink",
               "tan": "brown", "silver": "gray", "ash": "gray", "charcoal": "gray", "grey": "gray",
               "大红": "red", "天蓝": "cyan", "墨绿": "green", "浅灰": "gray", "粉红": "pink", "银色": "gray"}
    for word, colour in nearest.items():
        mod = phrasing_zh if "\u4e00" <= word[0] <= "\u9fff" else phrasing_en
        assert word in mod.COLOR_WORDS[colour], (word, colour)


def test_shape_size_and_place_words_people_use_are_known():
    en, zh = phrasing_en.LEXICON, phrasing_zh.LEXICON
    assert {"dot", "disc", "ring", "ball"} <= set(en["shape_circle"]) and {"box", "tile", "block"} <= set(en["shape_square"])
    assert {"rhombus", "lozenge"} <= set(en["shape_diamond"]) and "pentagram" in en["shape_star"]
    assert {"五角星"} <= set(zh["shape_star"]) and "圆点" in zh["shape_circle"] and "方块" in zh["shape_square"]
    assert "六角形" in zh["shape_hexagon"]
    assert {"tiny", "mini", "little"} <= set(en["size_small"]) and {"huge", "massive", "big"} <= set(en["size_large"])
    assert "超大" in zh["size_large"] and "小小" in zh["size_small"]
    assert {"up in the top left", "in the lower right", "dead centre", "in the middle"} <= \
        {w for g in ("at_top-left", "at_bottom-right", "at_center") for w in en[g]}
    assert {"正中间", "靠左", "最下面"} <= {w for g in ("at_center", "at_left", "at_bottom") for w in zh[g]}


def test_an_unknown_word_is_quoted_as_the_request_said_it():
    from dialogan.world.dialogue.splits import WordPicker

    for lang, mod in LANGUAGES.items():
        p = WordPicker(random.Random(0), lang)
        for prop in ("color", "shape"):
            for pick in (0.0, 0.5, 0.999):
                word = mod.unknown_word(prop, pick)
                assert word in mod.UNKNOWN_WORDS[prop]
                assert word in mod.unknown_phrase(p, prop, pick, "small", "red", "circle")
