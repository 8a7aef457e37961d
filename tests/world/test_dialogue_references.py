"""References (``dialogue.references``): descriptions that pick out one object, several, or none."""
import random

from dialogan.world import Scene
from dialogan.world.dialogue.plans import DialogueState
from dialogan.world.dialogue.references import ambiguous_ref, descriptions, missing_ref, unique_ref
from dialogan.world.edits import matching

SCENE = Scene.parse("large red circle 17 17 ; small red star 50 50 ; small blue star 83 83 ; large blue circle 83 17")


def state(scene=SCENE, focus=None):
    st = DialogueState()
    st.scene, st.focus = scene, focus
    return st


def test_pronouns_only_point_at_the_focus():
    st, rng = state(Scene.parse("large red circle 17 17 ; small blue star 50 50"), focus=1), random.Random(0)
    refs = [unique_ref(st, rng, 0) for _ in range(200)]
    assert all(kind != "pron" for kind, _ in refs)
    assert any(kind == "pron" for kind, _ in (unique_ref(st, rng, 1) for _ in range(50)))


def test_a_unique_reference_fits_its_object_alone():
    rng, st = random.Random(1), state()
    for i in range(len(SCENE)):
        for _ in range(50):
            kind, fields = unique_ref(st, rng, i)
            assert matching(SCENE, fields) == [i], (i, kind, fields)


def test_an_ambiguous_reference_fits_several_objects_and_a_missing_one_none():
    rng, st = random.Random(2), state()
    for _ in range(100):
        assert len(matching(SCENE, ambiguous_ref(st, rng)[1])) >= 2
        assert matching(SCENE, missing_ref(st, rng)[1]) == []
    lone = state(Scene.parse("large red circle 50 50"))
    assert ambiguous_ref(lone, rng) is None


def test_every_description_of_an_object_fits_it():
    for i, o in enumerate(SCENE):
        for kind, fields, weight in descriptions(o):
            assert i in matching(SCENE, fields) and weight > 0, (kind, fields)
