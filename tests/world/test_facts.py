"""The world's facts about a scene and its wording of them, read back true by the reply checker."""
import pytest

from dialogan.world import Scene
from dialogan.world.facts import (compare, count, describe, next_to, say_color, say_compare, say_count, say_exists,
                                  say_next_to, say_place, say_size)
from dialogan.world.reply_check import false_facts

PICTURE = Scene.parse("large red circle 17 17 ; small blue star 50 50 ; large green hexagon 50 17 ; "
                      "large green hexagon 83 17")


def test_counts_by_any_mix_of_shape_colour_size_and_place():
    assert count(PICTURE) == 4
    assert count(PICTURE, {"color": "green"}) == 2
    assert count(PICTURE, {"size": "large"}) == 3
    assert count(PICTURE, {"size": "large", "area": "top"}) == 3
    assert count(PICTURE, {"shape": "hexagon", "area": "top-right"}) == 1
    assert count(PICTURE, {"color": "red", "shape": "star"}) == 0


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("fields", [{}, {"color": "green"}, {"shape": "hexagon"}, {"size": "large"},
                                    {"size": "small", "color": "blue", "shape": "star", "area": "center"},
                                    {"area": "left"}, {"color": "yellow"}])
def test_the_world_count_is_read_back_true(fields, lang):
    said = say_count(PICTURE, fields, lang)
    assert false_facts(said, PICTURE) == [], said


def test_counts_are_worded_like_the_dialogues():
    assert say_count(PICTURE, {"color": "green", "shape": "hexagon"}, "en") == "There are 2 green hexagons."
    assert say_count(PICTURE, {"size": "large", "area": "top"}, "en") == "There are 3 large shapes along the top."
    assert say_count(PICTURE, {"color": "green"}, "zh") == "画面里有2个绿色的图形。"
    assert say_count(PICTURE, {"shape": "hexagon", "area": "left"}, "zh") == "画面里有0个左边的六边形。"


def test_colour_size_place_and_existence():
    star = PICTURE[1]
    assert (say_color(star, "en"), say_size(star, "en"), say_place(star, "en")) == \
        ("It is blue.", "It is small.", "It is at the center.")
    assert (say_color(star, "zh"), say_size(star, "zh"), say_place(star, "zh")) == ("它是蓝色的。", "它是小的。", "它在中间。")
    assert say_exists(PICTURE, {"shape": "star"}, "en") == "Yes, there is one at the center."
    assert say_exists(PICTURE, {"color": "green"}, "zh") == "有，一共2个。"
    assert say_exists(PICTURE, {"color": "orange", "shape": "hexagon"}, "en") == "No, there isn't."


def test_comparisons_say_which_is_higher_bigger_further_left():
    circle, star, hexagon = PICTURE[0], PICTURE[1], PICTURE[2]
    assert compare(circle, star, "higher") and compare(star, circle, "lower")
    assert compare(circle, star, "bigger") and not compare(circle, hexagon, "bigger")
    assert compare(circle, hexagon, "further_left") and not compare(hexagon, star, "further_left")
    assert say_compare(star, circle, "higher", "en") == "The small blue star is lower than the large red circle."
    assert say_compare(circle, hexagon, "higher", "en") == \
        "The large red circle is at the same height as the large green hexagon."
    assert say_compare(circle, star, "bigger", "zh") == "红色大圆形比蓝色小星形大。"
    with pytest.raises(ValueError, match="how='wider'"):
        compare(circle, star, "wider")


def test_what_is_next_to_an_object():
    assert next_to(PICTURE, 0) == [2]  # right of the circle: the hexagon at the top; below it nothing
    assert next_to(PICTURE, 1) == [2]  # above the star
    assert say_next_to(PICTURE, 3, "en") == "Next to the large green hexagon: a large green hexagon at the top."
    assert say_next_to(Scene.parse("small red star 17 83"), 0, "zh") == "红色小星形旁边没有图形。"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_description_names_every_object_and_is_read_back_true(lang):
    said = describe(PICTURE, lang)
    assert false_facts(said, PICTURE) == []
    assert false_facts(said, Scene(PICTURE.objects[:3])) != []
    assert describe(Scene(()), lang) in ("The picture is empty.", "画面是空的。")


def test_an_unknown_language_is_named():
    with pytest.raises(ValueError, match="lang='fr'"):
        describe(PICTURE, "fr")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_comparisons_and_neighbours_are_read_back_true(lang):
    for a in PICTURE:
        for b in PICTURE:
            if a is not b:
                for how in ("higher", "lower", "further_left", "further_right", "bigger", "smaller"):
                    said = say_compare(a, b, how, lang)
                    assert false_facts(said, PICTURE) == [], said
    for i in range(len(PICTURE)):
        assert false_facts(say_next_to(PICTURE, i, lang), PICTURE) == []
