"""The edits beyond one act on one object: several objects at once, reshape, copy, several
operations in one edit, and the questions the world answers from the scene."""
import pytest

from dialogan.world import EditError, Scene, apply_edit, focus_fits, format_edit, parse_edit

# a large red circle at the top-left, a small red square at the centre, a large blue star at the bottom-left
THREE = Scene.parse("large red circle 17 17 ; small red square 50 50 ; large blue star 17 83")


@pytest.mark.parametrize("edit", [
    "recolor all red green", "remove them", "resize all circle small", "reshape all star circle", "move all up",
    "remove all", "reshape it star", "reshape large red circle @top-left hexagon", "copy it", "copy circle at top",
    "copy square right_of star", "compare higher circle vs star", "compare bigger all red", "compare left them",
    "check circle above star", "check it next_to @center", "around square", "around it",
    "recolor star blue ; remove square", "copy it ; resize it small",
])
def test_every_new_operation_reads_back_as_written(edit):
    assert format_edit(parse_edit(edit)) == edit


def test_several_objects_are_changed_at_once_and_listed_as_they_were():
    out = apply_edit(THREE, "recolor all red green")
    assert out.scene.text() == "large green circle 17 17 ; small green square 50 50 ; large blue star 17 83"
    assert out.result == "ok large red circle top-left , small red square center" and out.focus == (0, 1)
    assert apply_edit(THREE, "remove all red").scene.text() == "large blue star 17 83"
    assert apply_edit(THREE, "resize all large small").scene.text() == \
        "small red circle 17 17 ; small red square 50 50 ; small blue star 17 83"
    assert apply_edit(THREE, "recolor all red red").result == "same large red circle top-left , small red square center"
    assert apply_edit(THREE, "remove all hexagon") == type(apply_edit(THREE, "keep"))(THREE, "missing hexagon")


def test_them_names_the_group_the_last_turn_added_or_touched():
    two = apply_edit(Scene(()), "add 2 large red circle")
    assert two.focus == (0, 1)  # a group: "them" names both, "it" the newest
    both = apply_edit(two.scene, "recolor them blue", two.focus)
    assert [o.color for o in both.scene] == ["blue", "blue"] and both.focus == (0, 1)
    assert apply_edit(two.scene, "recolor it green", two.focus).scene[1].color == "green"
    assert apply_edit(two.scene, "remove them", [0, 1]).scene == Scene(())  # a group saved as a JSON list
    assert apply_edit(THREE, "remove them", 2).scene.text() == \
        "large red circle 17 17 ; small red square 50 50"  # a single focus is a group of one
    assert apply_edit(THREE, "remove them").result == "missing them"
    assert focus_fits((0, 2), THREE) and not focus_fits((0, 3), THREE) and not focus_fits("0", THREE)


def test_several_objects_move_together_or_not_at_all():
    out = apply_edit(THREE, "move all right")
    assert out.scene.text() == "large red circle 50 17 ; small red square 83 50 ; large blue star 50 83"
    assert apply_edit(THREE, "move all left").result.startswith("edge ")  # the circle is at the left edge
    column = Scene.parse("large red circle 17 17 ; large red star 17 50 ; small blue square 50 17")
    assert apply_edit(column, "move all red right").result.startswith("blocked ")  # the square is in the way
    assert apply_edit(column, "move all red down").scene.text() == \
        "large red circle 17 50 ; large red star 17 83 ; small blue square 50 17"  # into each other's cells


def test_reshape_keeps_colour_size_and_place():
    out = apply_edit(THREE, "reshape square triangle")
    assert out.scene[1].text() == "small red triangle 50 50" and out.result == "ok small red square" and out.focus == 1
    assert apply_edit(THREE, "reshape square square").result == "same small red square"


def test_copy_adds_the_same_object_placed_like_an_add():
    out = apply_edit(THREE, "copy star", 0)
    assert out.scene[-1].text() == "large blue star 50 17" and out.result == "ok large blue star top" and out.focus == 3
    assert apply_edit(THREE, "copy it at center", 0).result == "taken large red circle top"
    assert apply_edit(THREE, "copy it right_of star", 0).scene[-1].text() == "large red circle 50 83"
    smaller = apply_edit(THREE, "copy it ; resize it small", 2)  # "the same but smaller"
    assert smaller.scene[-1].text() == "small blue star 50 17"
    assert smaller.result == "ok large blue star top ; ok large blue star" and smaller.focus == 3
    full = Scene.parse(" ; ".join([f"small red circle {x} {y}" for x in (17, 50, 83) for y in (17, 50, 83)][:8]))
    assert apply_edit(full, "copy @center").result == "full"
    no_room = apply_edit(full, "copy it ; resize it large", 0)  # "the same but bigger" with no room: nothing
    assert no_room.scene == full and no_room.result == "full" and no_room.focus == 0


def test_several_operations_report_each_result_in_order():
    out = apply_edit(THREE, "recolor star green ; remove square")
    assert out.scene.text() == "large red circle 17 17 ; large green star 17 83"
    assert out.result == "ok large blue star ; ok small red square" and out.focus is None
    moved = apply_edit(THREE, "remove circle ; move star to top-left")  # the second sees the first's scene
    assert moved.result == "ok large red circle ; ok large blue star top-left"
    assert apply_edit(THREE, "add small cyan diamond ; add large pink star").result.startswith("many ")  # adds: one


def test_questions_are_answered_from_the_scene_and_change_nothing():
    for edit, result in (("compare higher circle vs star", "ok large red circle top-left"),
                         ("compare lower circle vs star", "ok large blue star bottom-left"),
                         ("compare right square vs star", "ok small red square center"),
                         ("compare bigger circle vs star", "same large red circle top-left , large blue star bottom-left"),
                         ("compare smaller all", "ok small red square center"),
                         ("compare left all", "same large red circle top-left , large blue star bottom-left"),
                         ("check circle above star", "yes large red circle top-left , large blue star bottom-left"),
                         ("check circle left_of star", "no large red circle top-left , large blue star bottom-left"),
                         ("check square next_to star", "no small red square center , large blue star bottom-left"),
                         ("around square", "none"),
                         ("around circle", "none")):
        out = apply_edit(THREE, edit)
        assert out.scene == THREE and out.result == result, edit
    beside = Scene.parse("large red circle 17 17 ; small red square 50 17 ; large blue star 17 50")
    assert apply_edit(beside, "around circle").result == "ok small red square top , large blue star left"
    assert apply_edit(THREE, "compare higher circle vs star").focus == 0  # "make it green" names the answer
    assert apply_edit(THREE, "compare bigger all").focus == (0, 2)


def test_the_other_one_is_the_one_other_object_of_the_focus_shape():
    twins = Scene.parse("large red circle 17 17 ; small blue circle 50 50 ; large blue star 17 83")
    out = apply_edit(twins, "recolor other green", 0)
    assert out.scene[1].color == "green" and out.result == "ok small blue circle" and out.focus == 1
    assert apply_edit(twins, "remove other", 2).result == "missing other"  # no other star
    assert apply_edit(twins, "remove other").result == "missing other"  # no focus
    three = twins.added(*Scene.parse("small pink circle 83 83").objects)
    assert apply_edit(three, "remove other", 0).result.startswith("ambiguous small blue circle center , ")
    fixed = apply_edit(twins, "recolor it red ; recolor other pink", 0)  # "not that one, the other one"
    assert [o.color for o in fixed.scene] == ["red", "pink", "blue"]


@pytest.mark.parametrize("edit, words", [
    ("pick other", "not 'other'"), ("count other", "not 'other'"),
    ("reshape circle oval", "ends with the new shape"), ("compare taller circle vs star", "an aspect"),
    ("compare higher circle", "two objects"), ("check circle", "expected 'REL OBJECT'"),
    ("copy them", "names several objects"), ("move all to center", "one step together"),
    ("copy circle at nowhere", "expected nothing, 'at REGION'"), ("around all", "names several objects"),
    ("pick all red", "names several objects"), ("recolor all sparkly blue", "'sparkly' is not"),
])
def test_bad_new_edits_get_an_error_naming_what_is_wrong(edit, words):
    with pytest.raises(EditError, match=words):
        parse_edit(edit)


def test_a_comparison_of_one_object_names_that_object():
    from dialogan.world import Scene, apply_edit

    done = apply_edit(Scene.parse("large red hexagon 50 50"), "compare bigger all")
    assert done.result == "ok large red hexagon center" and done.focus == 0
