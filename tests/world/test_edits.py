"""Edits: the program the dialogue model writes, and the world rules that carry it out."""
import pytest

from dialogan.world import (REGIONS, EditError, Scene, apply_edit, format_edit, generate_add_dialogues,
                            generate_dialogues, parse_edit, step_of)
from dialogan.world.edits import place, relative_cell

TWO = Scene.parse("large red circle 17 17 ; small blue star 50 50")


def test_every_generated_turn_is_its_edit_carried_out_on_the_scene_before():
    turns = 0
    for split in ("train", "unseen"):
        for d in generate_dialogues(400, seed=11, split=split) + generate_add_dialogues(50, 11, split):
            prev, focus, undo, redo, asked = Scene(()), None, [], [], None
            for t in d.turns:
                if not t.command:
                    assert format_edit(parse_edit(t.edit)) == t.edit
                    out = apply_edit(prev, t.edit, focus, asked)
                    assert out.scene == t.scene, (t.act, t.edit, prev.text())
                    asked = out.asked
                    if out.scene != prev:
                        undo.append((prev, focus))
                        redo.clear()
                    focus = out.focus
                    turns += 1
                else:
                    asked = None
                if t.command and t.scene != prev:  # undo / redo: back to that picture and what "it" named there
                    source, target = (undo, redo) if t.command == "undo" else (redo, undo)
                    target.append((prev, focus))
                    scene, focus = source.pop()
                    assert scene == t.scene
                prev = t.scene
    assert turns > 2000


def test_adds_follow_the_placement_rules_and_say_where():
    out = apply_edit(TWO, "add small green square")  # the first free cell of the default order
    assert out.scene[-1].text() == "small green square 50 17" and out.result == "ok small green square top"
    out = apply_edit(TWO, "add large pink hexagon at center")  # taken: the nearest free region
    assert out.result == "taken large pink hexagon top" and out.scene[-1].region == "top"
    out = apply_edit(TWO, "add small cyan diamond right_of circle")  # the next cell further
    assert out.result == "ok small cyan diamond top" and out.scene[-1].text() == "small cyan diamond 50 17"
    out = apply_edit(TWO, "add 2 large gray star ; add small red circle at bottom")
    assert len(out.scene) == 5 and out.result.startswith("many large gray star top , large gray star top-right")
    assert apply_edit(TWO, "add 7 large red circle").result == "too_many 6"
    assert apply_edit(TWO, "add 7 large red circle").scene == TWO


def test_edits_of_described_objects_leave_every_other_object_alone():
    star = "star"
    assert apply_edit(TWO, f"recolor {star} green").scene.text() == "large red circle 17 17 ; small green star 50 50"
    assert apply_edit(TWO, f"recolor {star} blue").result == "same small blue star"
    assert apply_edit(TWO, "recolor red blue").result == "ok large red circle"  # the result names what changed
    assert apply_edit(TWO, "resize small blue star large").scene[1].size == "large"
    assert apply_edit(TWO, "remove @center").scene.text() == "large red circle 17 17"
    moved = apply_edit(TWO, f"move {star} to top-left")  # taken by the circle: the nearest free region
    assert moved.result == "taken small blue star top" and moved.scene.text() == "large red circle 17 17 ; small blue star 50 17"
    assert apply_edit(TWO, f"move {star} down").scene[1].region == "bottom"
    assert apply_edit(TWO, "move large circle left").result == "edge large red circle top-left"
    assert apply_edit(TWO, "remove @top-left").result == "ok large red circle"
    assert apply_edit(TWO, f"move {star} below red @left").scene[1].region == "left"
    assert apply_edit(TWO, "clear").scene == Scene(()) and apply_edit(Scene(()), "clear").result == "same"
    assert apply_edit(TWO, "keep").scene == TWO


def test_the_world_finds_the_object_and_says_when_none_or_several_fit():
    twins = Scene.parse("large green square 50 50 ; large green square 17 17 ; small red circle 83 83")
    out = apply_edit(twins, "recolor green square red")
    assert out.scene == twins and out.result == "ambiguous large green square center , large green square top-left"
    assert apply_edit(twins, "recolor square @top-left red").scene[1].color == "red"
    assert apply_edit(twins, "remove star") == type(out)(twins, "missing star")
    assert apply_edit(twins, "add small blue star above green square").result.startswith("ambiguous")
    assert apply_edit(twins, "move circle left_of blue").result == "missing blue"
    # a side covers its whole column: both the square at the top-left and nothing else is on the left
    assert apply_edit(twins, "remove @left").scene.text() == "large green square 50 50 ; small red circle 83 83"
    # nothing is carried out when a later operation's object cannot be found
    assert apply_edit(twins, "remove circle ; remove star").scene == twins


def test_all_of_them_after_which_one_names_every_object_that_fitted():
    twins = Scene.parse("large green square 50 50 ; large green square 17 17 ; small red circle 83 83")
    asked = apply_edit(twins, "recolor green square red").asked
    both = apply_edit(twins, "recolor them blue", None, asked)
    assert both.scene.text() == "large blue square 50 50 ; large blue square 17 17 ; small red circle 83 83"
    assert apply_edit(twins, "recolor them blue", 2, None).scene[2].color == "blue"  # no question: the focus


@pytest.mark.parametrize("edit, words", [
    ("", "empty edit"), ("paint it black", "unknown operation 'paint'"), ("add large red cat", "unknown shape 'cat'"),
    ("remove 17 50", "'17' is not a size, color, shape or @area"), ("remove", "expected an object's description"),
    ("recolor circle sparkly", "ends with the new color"), ("move circle to nowhere", "got 'to nowhere'"),
    ("move circle left_of @middle", "'@middle' is not"), ("remove red blue circle", "gives two colors"),
    ("add 40 small red circle", "1-12 copies"), ("keep ; frobnicate", "operation 1"),
])
def test_bad_edits_get_an_error_naming_the_operation_and_the_word(edit, words):
    with pytest.raises(EditError, match=words):
        apply_edit(TWO, edit)


def test_placement_rules():
    taken = {REGIONS["center"]}
    assert place(None, set()) == "center"
    assert place(None, taken) == "top-left"
    assert place("center", taken) == "top"  # nearest free, ties in REGIONS order
    assert place("top-right", {REGIONS["top-right"], REGIONS["top"]}) == "right"
    # "left of" the top-right corner: the adjacent cell, then the next one further left.
    assert relative_cell(REGIONS["top-right"], "left_of", set()) == REGIONS["top"]
    assert relative_cell(REGIONS["top-right"], "left_of", {REGIONS["top"]}) == REGIONS["top-left"]
    assert relative_cell(REGIONS["left"], "left_of", set()) is None  # off the canvas
    assert relative_cell(REGIONS["center"], "next_to", {REGIONS["right"]}) == REGIONS["left"]


def test_it_names_the_focus_and_every_edit_says_what_the_focus_is_next():
    out = apply_edit(TWO, "add small green square")
    assert out.focus == 2  # the newest object
    out = apply_edit(out.scene, "recolor it red", out.focus)
    assert out.scene[2].color == "red" and out.result == "ok small green square" and out.focus == 2
    assert apply_edit(TWO, "move it down", 1).scene[1].region == "bottom"
    assert apply_edit(TWO, "add small cyan diamond right_of it", 0).scene[-1].region == "top"
    touched = apply_edit(TWO, "resize circle small", 1)
    assert touched.focus == 0  # the object touched, not the one before
    assert apply_edit(TWO, "remove it", 1).focus is None
    assert apply_edit(TWO, "keep", 1).focus == 1
    nobody = apply_edit(TWO, "remove it")
    assert nobody.scene == TWO and nobody.result == "missing it"
    assert apply_edit(TWO, "remove star ; remove triangle", 0).focus == 0  # unresolved: nothing changes
    asked = apply_edit(TWO, "ask circle", 1)  # a question about one object makes it the focus
    assert asked.scene == TWO and asked.result == "ok large red circle top-left" and asked.focus == 0


def test_pick_narrows_the_operation_several_objects_fitted():
    twins = Scene.parse("large green square 50 50 ; large green square 17 17 ; small red circle 83 83")
    asked = apply_edit(twins, "move green square right")
    assert asked.scene == twins and asked.result.startswith("ambiguous") and asked.asked == "move green square right"
    done = apply_edit(twins, "pick @top-left", asked.focus, asked.asked)
    assert done.scene.text() == "large green square 50 50 ; large green square 50 17 ; small red circle 83 83"
    assert done.result == "ok large green square top" and done.focus == 1 and done.asked is None
    assert apply_edit(twins, "pick large", None, asked.asked).asked == "move large green square right"  # still two
    assert apply_edit(twins, "pick @top-left").result == "missing it"  # nothing was asked
    assert apply_edit(twins, "remove red ; remove green").asked == "remove green"
    assert apply_edit(twins, "add small blue star right_of green").asked is None  # the anchor, not an object to change
    for bad, words in (("pick it", "not 'it'"), ("pick @left ; remove red", "stands alone")):
        with pytest.raises(EditError, match=words):
            parse_edit(bad)


def test_count_answers_how_many_fit_and_changes_nothing():
    three = Scene.parse("large red circle 50 50 ; small red square 17 17 ; large blue star 17 83")
    assert apply_edit(three, "count", 1).result == "ok 3"
    assert apply_edit(three, "count red").result == "ok 2"
    assert apply_edit(three, "count large red circle").result == "ok 1"
    assert apply_edit(three, "count @left").result == "ok 2"  # the whole left column
    assert apply_edit(three, "count green hexagon").result == "ok 0"
    counted = apply_edit(three, "count square", 2)
    assert counted.scene == three and counted.focus == 2 and counted.asked is None
    assert format_edit(parse_edit("count large circle")) == "count large circle"
    with pytest.raises(EditError, match="not 'it'"):
        parse_edit("count it")
    with pytest.raises(EditError, match="'dogs' is not a size"):
        parse_edit("count dogs")


def test_the_step_of_an_edit_is_its_one_move_s_way_and_a_pick_takes_the_asked_edit_s():
    assert step_of("move large up") == "up"
    assert step_of("pick @left", asked="move star left") == "left"
    assert step_of("move star to top-left") is None  # to a place, not a step
    assert step_of("move star up ; add red circle") is None
    assert step_of("recolor star red") is None
    assert step_of("move the") is None  # no edit: no step


def test_at_before_an_object_s_region_is_its_place():
    from dialogan.world import with_places_marked
    assert with_places_marked("remove star at top-right ; add large brown triangle at top-right") == \
        "remove star @top-right ; add large brown triangle at top-right"
    assert with_places_marked("move star at top-left to right") == "move star @top-left to right"


def test_an_object_cannot_move_by_itself():
    scene = Scene.parse("small red circle 50 50")
    with pytest.raises(EditError, match="itself"):
        apply_edit(scene, "resize circle small ; move it below it", 0)


def test_no_question_of_an_object_and_itself():
    with pytest.raises(EditError, match="itself"):
        apply_edit(Scene.parse("large brown square 83 83"), "check square above square")
