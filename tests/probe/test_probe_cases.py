"""The blind probe is well-formed: every case can be scored and its answer is one the world can show.

Fast (no model is loaded). Skipped when ../shared/acceptance/check.py, the scorer the probe is
written for, is not beside the repository.
"""
import importlib.util
import re
from collections import Counter
from pathlib import Path

import pytest

from dialogan.world.scene import COLORS, MAX_OBJECTS, SHAPES, SIZES

_spec = importlib.util.spec_from_file_location("probe_score", Path(__file__).with_name("score.py"))
score_py = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score_py)  # the scorer knows where the probe and the acceptance checker are
if not score_py.CHECK_PY.is_file():
    pytest.skip(f"the acceptance scorer {score_py.CHECK_PY} is absent; the probe is written for its run_case",
                allow_module_level=True)


check = score_py.load_module("acceptance_check", score_py.CHECK_PY)
probe = score_py.load_module("probe_cases", score_py.HERE / "cases.py")
CASES = probe.CASES + probe.SECOND + probe.THIRD + probe.FOURTH + probe.FIFTH + probe.SIXTH + probe.SEVENTH
# The later probes' writers chose their own script within a dialogue (a Hong Kong writer's 晒 beside 曬, a mixed
# dialogue of one English turn): their cases are held to every rule of the world's answers, not to one script.
EVERY_CASE = CASES + probe.EIGHTH + probe.NINTH + probe.TENTH + probe.ELEVENTH + probe.TWELFTH + probe.THIRTEENTH + probe.FOURTEENTH + probe.FIFTEENTH + probe.SIXTEENTH + probe.SEVENTEENTH + probe.EIGHTEENTH + probe.NINETEENTH + probe.TWENTIETH + probe.TWENTY_FIRST + probe.TWENTY_SECOND + probe.TWENTY_THIRD + probe.TWENTY_FOURTH + probe.TWENTY_FIFTH + probe.TWENTY_SIXTH + probe.TWENTY_SEVENTH + probe.TWENTY_EIGHTH + probe.TWENTY_NINTH
CHECK_KEYS = {"unchanged", "n_objects", "reply_any", "reply_all", "reply_nonempty"}
RELATIONS = {"left_of", "right_of", "above", "below"}
CJK = re.compile(r"[\u3400-\u9fff]")
LATIN = re.compile(r"[A-Za-z]{2,}")


def test_ids_are_unique_and_name_their_language():
    ids = [c["id"] for c in EVERY_CASE]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    for cid in ids:
        assert re.fullmatch(r"(en|zhs|zht|mix)-probe-\d{2,4}", cid), cid


def test_every_case_has_a_known_kind_and_turns():
    for case in EVERY_CASE:
        assert case["cat"] in probe.KINDS, case["id"]
        assert case["turns"] and all(isinstance(t, str) and t.strip() for t in case["turns"]), case["id"]


def test_every_spec_parses_into_what_the_world_can_draw():
    for case in EVERY_CASE:
        assert len(case["final"]) <= MAX_OBJECTS, case["id"]
        for text in case["final"]:
            spec = check.parse_spec(text)
            assert spec["color"] in COLORS, (case["id"], text)
            assert spec["shape"] in SHAPES, (case["id"], text)
            assert spec["size"] in (None, *SIZES), (case["id"], text)
            assert spec["region"] in (None, *check.REGIONS), (case["id"], text)
            assert len(text.split("@")[0].split()) == 2 + (spec["size"] is not None), (case["id"], text)


def test_no_two_objects_are_asked_for_in_one_region():
    for case in EVERY_CASE:
        regions = [check.parse_spec(s)["region"] for s in case["final"]]
        named = [r for r in regions if r]
        assert len(named) == len(set(named)), case["id"]


def test_relations_name_final_objects():
    for case in EVERY_CASE:
        for i, rel, j in case["rel"]:
            assert rel in RELATIONS and i != j, case["id"]
            assert 0 <= i < len(case["final"]) and 0 <= j < len(case["final"]), case["id"]


def test_checks_name_turns_of_the_dialogue():
    for case in EVERY_CASE:
        for k, chk in case["checks"].items():
            assert 0 <= int(k) < len(case["turns"]), (case["id"], k)
            assert chk and set(chk) <= CHECK_KEYS, (case["id"], k, set(chk) - CHECK_KEYS)
            for words in (chk.get("reply_any", ["x"]), chk.get("reply_all", ["x"])):
                assert words and all(isinstance(w, str) and w for w in words), (case["id"], k)


def test_last_turn_counts_agree_with_the_final_objects():
    for case in EVERY_CASE:
        last = case["checks"].get(str(len(case["turns"]) - 1), {})
        if "n_objects" in last:
            assert last["n_objects"] == len(case["final"]), case["id"]


def test_questions_leave_the_picture_and_name_the_fact():
    for case in (c for c in EVERY_CASE if c["cat"] == "question"):  # the question may come before the last turn
        assert any(chk.get("unchanged") and chk.get("reply_any") for chk in case["checks"].values()), case["id"]


def test_unknown_words_leave_the_picture_and_ask_back():
    for case in (c for c in EVERY_CASE if c["cat"] == "unknown"):  # a later turn may name what was meant
        turns = [chk for chk in case["checks"].values() if chk.get("unchanged")]
        assert turns, case["id"]
        assert all(set(chk.get("reply_any", [])) == {"?", "？"} or chk.get("reply_nonempty") for chk in turns), case["id"]


def test_balance_across_languages_and_kinds():
    langs = Counter(probe.language_of(c) for c in CASES)
    kinds = Counter(c["cat"] for c in CASES)
    assert len(CASES) >= 64
    assert all(langs[lang] >= 14 for lang in probe.LANGUAGES), langs
    assert all(kinds[kind] >= 4 for kind in probe.KINDS), kinds
    pairs = {(probe.language_of(c), c["cat"]) for c in CASES}
    assert {(lang, kind) for lang in probe.LANGUAGES for kind in probe.KINDS} <= pairs


def test_each_case_is_written_in_its_language_group():
    for case in CASES:
        text = " ".join(case["turns"])
        lang = probe.language_of(case)
        if lang == "en":
            assert not CJK.search(text), case["id"]
        elif lang == "mix":  # in one message, or across the dialogue
            assert CJK.search(text) and LATIN.search(text), case["id"]
        else:
            assert CJK.search(text) and not LATIN.search(text), case["id"]


def test_chinese_cases_keep_to_their_script():
    opencc = pytest.importorskip("opencc", reason="opencc tells simplified from traditional characters")
    to_trad, to_simp = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
    for case in CASES:
        text = " ".join(case["turns"])
        if probe.language_of(case) == "zhs":
            assert to_simp.convert(text) == text and to_trad.convert(text) != text, case["id"]
        elif probe.language_of(case) == "zht":
            assert to_trad.convert(text) == text and to_simp.convert(text) != text, case["id"]
