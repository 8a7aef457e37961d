"""The larger constructions in generated dialogues: lists, several instructions, corrections,
several objects at once, reshape, copy and the questions the world answers."""
from collections import Counter

from dialogan.world import apply_edit, generate_dialogues, parse_edit, template_ids

NEW = ("add_list", "no_number", "multi", "correct", "plural", "reshape", "copy", "compare", "check", "around",
       "size_of")


def test_the_new_constructions_are_a_share_of_training_and_every_one_is_held_out_in_part():
    acts = Counter(t.act for d in generate_dialogues(400, seed=21) for t in d.turns)
    share = sum(acts[a] for a in NEW) / sum(acts.values())
    assert 0.08 < share < 0.3, share  # the old acts keep most of training
    unseen = [t for d in generate_dialogues(400, seed=21, split="unseen") for t in d.turns]
    held = template_ids("unseen")
    for act in NEW:
        said = [t for t in unseen if t.act == act and t.lang != "mix"]
        assert said and all(t.phrasing in held for t in said), act
    train = template_ids("train")
    assert all(t.phrasing in train for d in generate_dialogues(200, seed=21) for t in d.turns if t.lang != "mix")


def test_several_instructions_are_one_edit_of_several_kinds_and_the_reply_answers_each(turn_pairs):
    multi = [t for _, t in turn_pairs if t.act == "multi"]
    assert len(multi) > 20
    for t in multi:
        verbs = [op.verb for op in parse_edit(t.edit)]
        assert len(set(verbs)) >= 2, t.edit
        assert t.reply.count(".") + t.reply.count("。") >= 2, t.reply


def test_a_few_asks_how_many_and_draws_nothing(turn_pairs):
    asked = [(prev, t) for prev, t in turn_pairs if t.act == "no_number"]
    assert len(asked) > 10
    for prev, t in asked:
        assert t.edit == "keep" and t.scene == prev and t.reply.endswith(("?", "？"))


def test_a_correction_changes_only_the_object_the_last_turn_touched(turn_pairs):
    fixed = [(prev, t) for prev, t in turn_pairs if t.act == "correct"]
    assert len(fixed) > 10
    for prev, t in fixed:
        ops = parse_edit(t.edit)
        assert ops[0].obj == "it" and ops[0].verb in ("reshape", "recolor", "resize", "move"), t.edit
        assert len(t.scene) == len(prev)
        if t.phrasing.startswith("correct@object"):  # "not that one, the big one": it goes back, the one meant changes
            assert len(ops) == 2 and ops[0].verb == ops[1].verb and ops[1].obj != "it", t.edit
            assert sum(a != b for a, b in zip(prev, t.scene)) <= 2, (t.text, t.edit)
        else:
            assert sum(a != b for a, b in zip(prev, t.scene)) <= 1, (t.text, t.edit)


def test_plural_edits_name_several_objects_and_change_them_together(turn_pairs):
    plural = [(prev, t) for prev, t in turn_pairs if t.act == "plural"]
    assert len(plural) > 10
    for prev, t in plural:
        op = parse_edit(t.edit)[0]
        assert op.obj == "them" or op.obj.startswith("all"), t.edit
        if op.verb in ("recolor", "resize") and t.scene != prev:
            assert sum(a != b for a, b in zip(prev, t.scene)) >= 1
        if op.verb == "remove":
            assert len(prev) - len(t.scene) >= 2


def test_the_other_one_is_the_other_object_of_the_focus_shape(turn_pairs):
    other = [(prev, t) for prev, t in turn_pairs if t.act == "other"]
    assert len(other) > 5
    for prev, t in other:
        assert parse_edit(t.edit)[0].obj == "other", t.edit


def test_copies_and_reshapes_keep_what_was_not_asked_to_change(turn_pairs):
    seen = Counter()
    for prev, t in turn_pairs:
        if t.act == "copy" and len(t.scene) == len(prev) + 1:
            new = t.scene[-1]  # a copy of an object already there (its size changed for "the same but smaller")
            assert any(o.shape == new.shape and o.color == new.color for o in prev), t.edit
            seen["copy"] += 1
        if t.act == "reshape" and t.scene != prev:
            [changed] = [(a, b) for a, b in zip(prev, t.scene) if a != b]
            assert (changed[0].color, changed[0].size, changed[0].x) == (changed[1].color, changed[1].size, changed[1].x)
            seen["reshape"] += 1
    assert seen["copy"] > 10 and seen["reshape"] > 10


def test_questions_change_nothing_and_the_reply_states_the_worlds_answer(turn_pairs):
    seen = Counter()
    for prev, t in turn_pairs:
        if t.act in ("compare", "check", "around", "size_of"):
            assert t.scene == prev and t.edit.split()[0] in ("compare", "check", "around", "ask"), t.edit
            seen[t.act] += 1
        named = " it" not in t.edit and " them" not in t.edit  # else the answer needs the focus
        if t.act == "check" and t.lang == "en" and named:
            yes = apply_edit(prev, t.edit).result.startswith("yes ")
            assert t.reply.startswith("Yes" if yes else "No"), (t.edit, t.reply)
            seen["checked"] += 1
        if t.act == "compare" and t.lang == "en" and named:
            result = apply_edit(prev, t.edit).result
            if result.startswith("ok "):
                name = " ".join(result.split()[1:4])
                assert name in t.reply, (t.edit, t.reply)
    assert all(seen[a] > 3 for a in ("compare", "check", "around", "size_of", "checked")), seen


def test_lists_add_one_object_per_item(turn_pairs):
    lists = [(prev, t) for prev, t in turn_pairs if t.act == "add_list" and t.scene != prev]
    assert len(lists) > 20
    for prev, t in lists:
        assert len(t.scene) - len(prev) == sum(op.count for op in parse_edit(t.edit))
        if "at top-left ; " in t.edit and t.edit.count(" at ") == 4:
            assert {o.region for o in t.scene[len(prev):]} <= {"top-left", "top-right", "bottom-left", "bottom-right",
                                                              "top", "left", "right", "bottom", "center"}


def test_a_chinese_list_of_colours_names_every_colour_it_adds():
    # "一个浅紫的、一个玫红的…三角形": each colour word said without its 色, never cut to a character that names
    # no colour ("一个浅的") or another one ("一个蓝的" for 蓝绿色, cyan).
    from dialogan.world.said import said_in_order
    lists = [t for split in ("train", "unseen") for d in generate_dialogues(600, seed=23, split=split)
             for t in d.turns if t.phrasing.startswith("add_list@each.zh")]
    assert len(lists) > 10
    for t in lists:
        assert said_in_order(t.text, "color") == [op.spec[1] for op in parse_edit(t.edit)], t.text


def test_a_part_that_only_acknowledges_is_no_step_and_make_x_a_shape_is_a_reshape():
    from dialogan.world import changes_said, instructions_of
    assert instructions_of("oh, okay. make it yellow then.") == ["oh, okay. make it yellow then."]
    assert instructions_of("draw a circle. then a star") == ["draw a circle", "a star"]
    assert changes_said("actually make the box a diamond tbh") == ("reshape",)
    assert changes_said("make it a red one") == () and changes_said("make it a bit bigger") == ()
