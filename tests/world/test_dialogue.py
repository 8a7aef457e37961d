"""Whole dialogues (``dialogue.generators``): their shape, scenes, languages, determinism and speed."""
import re
import time

import pytest

from dialogan.world import ACTS, MAX_OBJECTS, REGIONS, Scene, generate_dialogues, phrasing_en, region_centre

CENTRES = {region_centre(r) for r in REGIONS}


def test_shape_of_dialogues(dialogues):
    lengths = [len(d.turns) for d in dialogues]
    assert min(lengths) >= 1 and max(lengths) <= 8
    assert sum(3 <= n <= 6 for n in lengths) / len(lengths) > 0.6
    assert len({d.id for d in dialogues}) == len(dialogues)


def test_every_scene_is_valid_and_on_region_centres(turn_pairs):
    for _, t in turn_pairs:
        assert isinstance(t.scene, Scene) and len(t.scene) <= MAX_OBJECTS
        assert Scene.parse(t.scene.text()) == t.scene
        assert all((o.x, o.y) in CENTRES for o in t.scene)
        assert len({o.region for o in t.scene}) == len(t.scene)
        assert t.act in ACTS and t.lang in ("en", "zh", "mix") and t.text.strip() and t.reply


def test_replies_follow_the_users_language(turn_pairs):
    cjk = re.compile(r"[\u4e00-\u9fff]")
    for _, t in turn_pairs:
        assert bool(cjk.search(t.reply)) == (t.lang != "en"), (t.lang, t.reply)


def test_mix_of_acts_and_languages(turn_pairs):
    turns = [t for _, t in turn_pairs]
    assert {t.act for t in turns} == set(ACTS)
    share = {lang: sum(t.lang == lang for t in turns) / len(turns) for lang in ("en", "zh", "mix")}
    assert 0.35 < share["en"] < 0.55 and 0.35 < share["zh"] < 0.55 and 0.05 < share["mix"] < 0.15


def test_deterministic_per_seed_and_split():
    a, b = generate_dialogues(30, seed=5), generate_dialogues(30, seed=5)
    assert a == b
    assert generate_dialogues(30, seed=6) != a
    assert generate_dialogues(30, seed=5, split="test") != a


def test_bad_arguments_are_named():
    with pytest.raises(ValueError, match="split='dev'"):
        generate_dialogues(1, 0, split="dev")
    with pytest.raises(ValueError, match="n=-1"):
        generate_dialogues(-1, 0)


def test_generation_is_fast():
    start = time.perf_counter()
    generate_dialogues(500, seed=3)
    assert 500 / (time.perf_counter() - start) > 500  # >2,000/s on a quiet machine; loose for shared CI


def test_training_can_ask_for_more_typing_noise_than_the_test_dialogues_have():
    def misspelt_share(rate):
        en = [t.text for d in generate_dialogues(80, seed=5, split="train", typo_rate=rate) for t in d.turns
              if t.lang == "en"]
        odd = [m for m in en if any(w not in phrasing_en.KNOWN_WORDS for w in re.findall(r"[a-z]+", m.lower()))]
        return len(odd) / len(en)

    assert misspelt_share(0.0) == 0.0
    assert 0.01 < misspelt_share(0.05) < 0.12
    assert misspelt_share(1.0) > 0.7
    with pytest.raises(ValueError, match="typo_rate"):
        generate_dialogues(1, seed=0, typo_rate=1.5)
