import pytest

from dialogan.world import REGIONS, Scene, SceneError, SceneObject, region_centre, region_of


def test_text_round_trip():
    s = "large red circle 17 83 ; small blue star 50 50"
    scene = Scene.parse(s)
    assert scene.text() == s
    assert Scene.parse(scene.text()) == scene
    assert Scene.parse("empty") == Scene(()) and Scene(()).text() == "empty"


def test_parse_error_names_object_and_field():
    with pytest.raises(SceneError, match=r"object 1.*unknown color 'mauve'"):
        Scene.parse("large red circle 17 83 ; small mauve star 50 50")
    with pytest.raises(SceneError, match=r"object 0: y must be a whole number"):
        Scene.parse("large red circle 17 x")


def test_overlapping_objects_are_rejected():
    a = SceneObject("circle", "red", "large", 0.5, 0.5)
    with pytest.raises(SceneError, match="overlaps"):
        Scene((a, SceneObject("star", "blue", "large", 0.55, 0.5)))


def test_region_centres_lie_in_their_regions():
    assert region_centre("top-left") == (0.17, 0.17)
    for name in REGIONS:
        assert region_of(*region_centre(name)) == name
    with pytest.raises(SceneError, match="unknown region"):
        region_centre("middle")


def test_large_objects_fit_on_all_nine_region_centres():
    objs = tuple(SceneObject("square", "gray", "large", *region_centre(r)) for r in list(REGIONS)[:8])
    assert len(Scene(objs)) == 8
