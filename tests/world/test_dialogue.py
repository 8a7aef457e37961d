import random
import re
import time

import pytest

from dialogan.world import (ACTS, COLORS, MAX_OBJECTS, REGIONS, SHAPES, Scene, generate_dialogues, held_out_words,
                            phrasing_counts, region_centre, template_ids)
from dialogan.world.dialogue import planning as dlg
from dialogan.world.edits import apply_edit, fields_of, matching, parse_edit

UNCHANGED = {"count", "ask_color", "ask_where", "ask_exists", "describe", "greet", "thanks", "help", "out_of_world",
             "ambiguous", "missing", "no_room"}
CENTRES = {region_centre(r) for r in REGIONS}


@pytest.fixture(scope="module")
def dialogues():
    return generate_dialogues(600, seed=7)


def pairs(dialogues):
    """(previous scene, turn) for every turn."""
    for d in dialogues:
        prev = Scene(())
        for t in d.turns:
            yield prev, t
            prev = t.scene


def test_shape_of_dialogues(dialogues):
    lengths = [len(d.turns) for d in dialogues]
    assert min(lengths) >= 1 and max(lengths) <= 8
    assert sum(3 <= n <= 6 for n in lengths) / len(lengths) > 0.6
    assert len({d.id for d in dialogues}) == len(dialogues)


def test_every_scene_is_valid_and_on_region_centres(dialogues):
    for _, t in pairs(dialogues):
        assert isinstance(t.scene, Scene) and len(t.scene) <= MAX_OBJECTS
        assert Scene.parse(t.scene.text()) == t.scene
        assert all((o.x, o.y) in CENTRES for o in t.scene)
        assert len({o.region for o in t.scene}) == len(t.scene)
        assert t.act in ACTS and t.lang in ("en", "zh", "mix") and t.text.strip() and t.reply


def test_questions_and_refusals_leave_the_scene_alone(dialogues):
    for prev, t in pairs(dialogues):
        if t.act in UNCHANGED:
            assert t.scene == prev, (t.act, t.text)


def test_ambiguity_is_a_question_naming_several_candidates(dialogues):
    seen = 0
    for _, t in pairs(dialogues):
        if t.act == "ambiguous":
            seen += 1
            assert t.reply.endswith("?" if t.lang == "en" else "？"), t.reply
            assert t.reply.count(" or ") + t.reply.count("还是") >= 1
    assert seen > 20


def test_counts_in_replies_are_digits_matching_the_scene(dialogues):
    checked = 0
    for _, t in pairs(dialogues):
        if t.act == "describe" and t.scene:
            assert re.search(r"\d+", t.reply).group() == str(len(t.scene))
        if t.act != "count":
            continue
        n = int(re.search(r"\d+", t.reply).group())
        assert t.edit.split()[0] == "count" and apply_edit(t.scene, t.edit).result == f"ok {n}", (t.edit, t.reply)
        if t.lang == "en":
            words = t.reply.rstrip(".").split()[3:]
            color = next((w for w in words if w in COLORS), None)
            shape = next((s for s in SHAPES if words[-1].startswith(s)), None)
            want = sum((color is None or o.color == color) and (shape is None or o.shape == shape) for o in t.scene)
            assert n == want, (t.text, t.reply, t.scene.text())
            checked += 1
        elif t.reply.endswith("个图形。") and "的图形" not in t.reply:
            assert n == len(t.scene)
            checked += 1
    assert checked > 10


def test_undo_and_redo_follow_a_stack_of_changes(dialogues):
    for d in dialogues:
        undo, redo, prev = [], [], Scene(())
        for t in d.turns:
            if t.act in ("undo", "redo"):
                assert t.command == t.act
                source, target = (undo, redo) if t.act == "undo" else (redo, undo)
                if source:
                    target.append(prev)
                    assert t.scene == source.pop()
                else:
                    assert t.scene == prev and ("nothing" in t.reply or "没有" in t.reply)
            else:
                assert t.command == ""
                if t.scene != prev:
                    undo.append(prev)
                    redo.clear()
            prev = t.scene


def test_bare_follow_ups_act_on_the_object_just_added(dialogues):
    checked = 0
    for d in dialogues:
        for a, b in zip(d.turns, d.turns[1:]):
            if (a.act in ("add", "add_relative") and "@bare" in b.phrasing and b.act != "add_relative"
                    and b.scene != a.scene):
                last = a.scene[len(a.scene) - 1]
                changed = [i for i, (x, y) in enumerate(zip(a.scene, b.scene)) if x != y]
                assert changed == [len(a.scene) - 1], (a.text, b.text)
                assert b.scene[changed[0]].shape == last.shape
                checked += 1
    assert checked > 5


def test_to_its_left_adds_beside_the_object_the_last_turn_named(dialogues):
    seen = 0
    for d in dialogues:
        for a, b in zip(d.turns, d.turns[1:]):
            if b.phrasing.startswith("add_relative@bare") and b.act == "add_relative":
                assert b.edit.endswith(" it"), (b.text, b.edit)
                assert len(b.scene) == len(a.scene) + 1, (b.text, b.edit)
                seen += 1
    assert seen > 5


def test_pronouns_only_point_at_the_focus():
    st = dlg._State()
    st.scene = Scene.parse("large red circle 17 17 ; small blue star 50 50")
    st.focus = 1
    import random
    rng = random.Random(0)
    refs = [dlg._unique_ref(st, rng, 0) for _ in range(200)]
    assert all(kind != "pron" for kind, _ in refs)
    assert any(kind == "pron" for kind, _ in (dlg._unique_ref(st, rng, 1) for _ in range(50)))


def test_replies_follow_the_users_language(dialogues):
    cjk = re.compile(r"[\u4e00-\u9fff]")
    for _, t in pairs(dialogues):
        assert bool(cjk.search(t.reply)) == (t.lang != "en"), (t.lang, t.reply)


def test_mix_of_acts_and_languages(dialogues):
    turns = [t for _, t in pairs(dialogues)]
    assert {t.act for t in turns} == set(ACTS)
    share = {lang: sum(t.lang == lang for t in turns) / len(turns) for lang in ("en", "zh", "mix")}
    assert 0.35 < share["en"] < 0.55 and 0.35 < share["zh"] < 0.55 and 0.05 < share["mix"] < 0.15


def test_deterministic_per_seed_and_split():
    a, b = generate_dialogues(30, seed=5), generate_dialogues(30, seed=5)
    assert a == b
    assert generate_dialogues(30, seed=6) != a
    assert generate_dialogues(30, seed=5, split="test") != a


def test_unseen_phrasings_never_appear_in_training():
    train_ids, unseen_ids = template_ids("train"), template_ids("unseen")
    assert train_ids and unseen_ids and not train_ids & unseen_ids
    train = generate_dialogues(400, seed=11, split="train")
    unseen = generate_dialogues(200, seed=11, split="unseen")

    def base_ids(ds):  # mixed phrasings name their frame's template by index; check both languages
        return {t.phrasing for d in ds for t in d.turns}
    for pid in base_ids(train):
        key, lang, i = pid.rsplit(".", 2)
        langs = ("en", "zh") if lang == "mix" else (lang,)
        assert any(f"{key}.{l}.{i}" in train_ids for l in langs), pid
    for pid in base_ids(unseen):
        key, lang, i = pid.rsplit(".", 2)
        langs = ("en", "zh") if lang == "mix" else (lang,)
        assert any(f"{key}.{l}.{i}" in unseen_ids for l in langs), pid
    # Distinctive held-out English words never show up in training text.
    train_words = {w for ws in dlg._WORDS["en"][0].values() for w in ws}
    rare = {w for ws in held_out_words("en").values() for w in ws
            if len(w) >= 5 and " " not in w and not any(w in tw for tw in train_words)}
    text = " ".join(t.text.lower() for d in train for t in d.turns)
    assert rare and not [w for w in rare if re.search(rf"\b{re.escape(w)}\b", text)]
    assert any(re.search(rf"\b{re.escape(w)}\b", " ".join(t.text.lower() for d in unseen for t in d.turns))
               for w in rare)


def test_what_most_people_say_always_trains():
    """Lists are written most common first; nothing from the first half of one is held out."""
    for lang, mod in dlg.LANGS.items():
        held = held_out_words(lang)
        for group, words in mod.LEXICON.items():
            assert not set(words[:(len(words) + 1) // 2]) & set(held.get(group, ())), (lang, group)
        unseen = {t for _, ts in dlg._TEMPLATES[lang][1].items() for _, t in ts}
        for key, temps in mod.TEMPLATES.items():
            assert not set(temps[:(len(temps) + 1) // 2]) & unseen, (lang, key)
    assert "turn" in dlg._WORDS["en"][0]["v_make"] and "shape" in dlg._WORDS["en"][0]["one_n"]
    assert "clear" in {t for _, t in dlg._TEMPLATES["en"][0]["clear"]}
    assert "请{v_add}{obj}" in {t for _, t in dlg._TEMPLATES["zh"][0]["add"]}


def test_phrasing_counts_cover_every_act_and_hold_some_out():
    all_, train, unseen = phrasing_counts(), phrasing_counts("train"), phrasing_counts("unseen")
    for act in ACTS:
        for lang in ("en", "zh"):
            assert all_[(act, lang)] == train[(act, lang)] + unseen[(act, lang)]
            assert train[(act, lang)] >= 3 and unseen[(act, lang)] >= 1, (act, lang)
    held = sum(unseen.values()) / sum(all_.values())
    assert 0.1 < held < 0.3


def test_bad_arguments_are_named():
    with pytest.raises(ValueError, match="split='dev'"):
        generate_dialogues(1, 0, split="dev")
    with pytest.raises(ValueError, match="split"):
        phrasing_counts("dev")


def test_generation_is_fast():
    start = time.perf_counter()
    generate_dialogues(500, seed=3)
    assert 500 / (time.perf_counter() - start) > 500  # >2,000/s on a quiet machine; loose for shared CI


def test_a_named_reference_is_any_object_evenly_and_a_pronoun_the_focus(monkeypatch):
    """Edits point at the focus (the object last touched) through pronouns; otherwise at any object
    evenly, so a model cannot learn that "the triangle" means the newest object."""
    seen = {"n": 0, "focus": 0, "even": 0.0}
    plan_edit = dlg._plan_edit

    def counted(st, rng, act, target=None, args=None):
        plan = plan_edit(st, rng, act, target, args)
        if target is None and plan is not None and plan.edit.split()[0] in ("remove", "recolor", "resize", "move") \
                and len(st.scene) > 1 and st.focus is not None:
            obj = parse_edit(plan.edit)[0].obj
            [target] = [st.focus] if obj == "it" else matching(st.scene, fields_of(obj))
            seen["n"] += 1
            seen["focus"] += target == st.focus
            seen["even"] += 1 / len(st.scene)
        return plan
    monkeypatch.setattr(dlg, "_plan_edit", counted)
    generate_dialogues(1500, seed=3)
    n = seen["n"]
    assert n > 400 and abs(seen["focus"] / n - (0.3 + 0.7 * seen["even"] / n)) < 0.05, seen


def test_an_answer_to_which_one_picks_one_of_the_candidates():
    """After "which one do you mean?", the user may answer ("the one on the left", "左边那个"): the
    edit is ``pick`` with the answer's words, which with the asked description fit one object."""
    answers = 0
    for d in generate_dialogues(800, seed=11):
        for asked, answer in zip(d.turns, d.turns[1:]):
            if answer.act != "clarify":
                continue
            assert asked.act == "ambiguous", (asked, answer)
            before, [after] = parse_edit(asked.edit)[0], parse_edit(answer.edit)
            assert after.verb == "pick" and not fields_of(before.obj).keys() & fields_of(after.obj).keys()
            fitted = matching(asked.scene, fields_of(before.obj))
            chosen = matching(asked.scene, {**fields_of(before.obj), **fields_of(after.obj)})
            assert len(fitted) >= 2 and len(chosen) == 1 and chosen[0] in fitted
            answers += 1
    assert answers > 20


class SeededPicker:
    """The interface of the dialogue generator's word picker, on a seeded ``random.Random``."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.random, self.randint, self.choice = self.rng.random, self.rng.randint, self.rng.choice

    def chance(self, p):
        return self.rng.random() < p


def test_chinese_typing_noise_never_drops_a_character_that_carries_meaning():
    from dialogan.world import phrasing_zh

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
    from dialogan.world import phrasing_en

    assert "can" not in phrasing_en.typos("cyan") and "three" not in phrasing_en.typos("there")
    assert "cayn" in phrasing_en.typos("cyan")
    text = "could you make there a small cyan square and a tan star"
    for seed in range(300):
        noisy = phrasing_en.noise(SeededPicker(seed), text, rate=1.0)
        changed = [(a, b) for a, b in zip(text.split(), noisy.split()) if a != b]
        assert len(changed) == 1, noisy
        assert changed[0][1] not in phrasing_en.KNOWN_WORDS, changed


def test_training_can_ask_for_more_typing_noise_than_the_test_dialogues_have():
    from dialogan.world import phrasing_en

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


def test_to_the_left_or_right_in_a_move_is_always_one_step_never_the_side():
    """'move it to the left' is a one-cell step; the side is 'to the left side' (or 'on the left')."""
    bare_side = re.compile(r"\bto the (left|right)\b(?! of| side| edge| corner| hand)")
    moves = [t for d in generate_dialogues(1500, seed=11) for t in d.turns
             if t.act == "move" and t.lang == "en" and bare_side.search(t.text.lower())]
    assert len(moves) > 10
    assert all(t.edit.split()[-1] in ("left", "right") and " to " not in t.edit for t in moves), \
        [(t.text, t.edit) for t in moves if " to " in t.edit]


def test_no_out_of_world_shape_is_also_a_word_for_a_shape_the_world_draws():
    from dialogan.world import phrasing_en, phrasing_zh

    for mod in (phrasing_en, phrasing_zh):
        drawable = {w for words in mod.SHAPE_WORDS.values() for w in words}
        assert not drawable & set(mod.OUT_SHAPES), mod.__name__
