"""Planning turns (``dialogue.planning``): what each act does to the scene and whom it points at."""
import re

from dialogan.world import COLORS, SHAPES, Scene, generate_dialogues
from dialogan.world.dialogue import planning
from dialogan.world.edits import apply_edit, fields_of, matching, parse_edit

UNCHANGED = {"count", "ask_color", "ask_where", "ask_exists", "describe", "greet", "thanks", "help", "out_of_world",
             "ambiguous", "missing", "no_room"}


def test_questions_and_refusals_leave_the_scene_alone(turn_pairs):
    for prev, t in turn_pairs:
        if t.act in UNCHANGED:
            assert t.scene == prev, (t.act, t.text)


def test_ambiguity_is_a_question_naming_several_candidates(turn_pairs):
    seen = 0
    for _, t in turn_pairs:
        if t.act == "ambiguous":
            seen += 1
            assert t.reply.endswith("?" if t.lang == "en" else "？"), t.reply
            assert t.reply.count(" or ") + t.reply.count("还是") >= 1
    assert seen > 20


def test_counts_in_replies_are_digits_matching_the_scene(turn_pairs):
    checked = 0
    for _, t in turn_pairs:
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


def test_a_named_reference_is_any_object_evenly_and_a_pronoun_the_focus(monkeypatch):
    """Edits point at the focus (the object last touched) through pronouns; otherwise at any object
    evenly, so a model cannot learn that "the triangle" means the newest object."""
    seen = {"n": 0, "focus": 0, "even": 0.0}
    plan_edit = planning.plan_edit

    def counted(st, rng, act, target=None, args=None):
        plan = plan_edit(st, rng, act, target, args)
        if target is None and plan is not None and plan.edit.split()[0] in ("remove", "recolor", "resize", "move") \
                and len(st.scene) > 1 and st.focus is not None:
            obj = parse_edit(plan.edit)[0].obj
            [target] = [st.it] if obj == "it" else matching(st.scene, fields_of(obj))  # "it": a group's newest
            seen["n"] += 1
            seen["focus"] += target == st.it
            seen["even"] += 1 / len(st.scene)
        return plan
    monkeypatch.setattr(planning, "plan_edit", counted)
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


def test_to_the_left_or_right_in_a_move_is_always_one_step_never_the_side():
    """'move it to the left' is a one-cell step; the side is 'to the left side' (or 'on the left')."""
    bare_side = re.compile(r"\bto the (left|right)\b(?! of| side| edge| corner| hand|-hand)")
    moves = [t for d in generate_dialogues(2000, seed=11) for t in d.turns
             if t.act in ("move", "correct", "plural", "other") and t.edit.startswith("move") and t.lang == "en"
             and bare_side.search(t.text.lower())]  # moves, and moves that correct, of several, of the other one
    assert len(moves) > 10
    assert all(t.edit.split()[-1] in ("left", "right") and " to " not in t.edit for t in moves), \
        [(t.text, t.edit) for t in moves if " to " in t.edit]


def test_an_unknown_colour_or_shape_word_gets_a_question_back_and_changes_nothing():
    from dialogan.world import phrasing_en, phrasing_zh
    turns = [(d, k) for d in generate_dialogues(600, seed=31) for k, t in enumerate(d.turns) if t.act == "unknown_word"]
    assert len(turns) > 20
    props = set()
    for d, k in turns:
        t, before = d.turns[k], d.turns[k - 1].scene if k else None
        assert t.edit == "keep" and (before is None and not len(t.scene) or t.scene == before)
        mod = phrasing_zh if t.lang == "zh" else phrasing_en
        word = next(w for w in re.search(r"know '([^']+)'|认识'([^']+)'", t.reply).groups() if w)
        assert word.lower() in t.text.lower(), (t.text, t.reply)
        prop = "color" if word in mod.UNKNOWN_WORDS["color"] else "shape"
        assert word in mod.UNKNOWN_WORDS[prop] and t.reply == mod.REPLIES[("unknown_word", prop)].format(word=word)
        props.add((t.lang, prop))
    assert {("en", "color"), ("en", "shape"), ("zh", "color"), ("zh", "shape")} <= props
