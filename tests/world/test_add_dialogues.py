"""i-CLEVR-shaped dialogues: five turns, one object added per turn, in the world's own language."""
from dialogan.world import generate_add_dialogues, template_ids


def test_every_turn_adds_exactly_one_object_and_keeps_the_others():
    for d in generate_add_dialogues(30, seed=1, turns=5):
        assert len(d.turns) == 5
        before = ()
        for t in d.turns:
            assert t.act == "add" and len(t.scene) == len(before) + 1
            assert t.scene.objects[: len(before)] == before
            before = t.scene.objects


def test_same_seed_same_dialogues_other_seed_other_dialogues():
    a, b = generate_add_dialogues(5, seed=2), generate_add_dialogues(5, seed=2)
    assert [t.text for d in a for t in d.turns] == [t.text for d in b for t in d.turns]
    assert [t.text for d in a for t in d.turns] != [t.text for d in generate_add_dialogues(5, seed=3) for t in d.turns]


def test_test_split_uses_training_phrasings_only():
    held_out = template_ids("unseen")
    phrasings = {t.phrasing for d in generate_add_dialogues(40, seed=0, split="test") for t in d.turns}
    assert phrasings and not phrasings & held_out
    assert {p.split(".")[1] for p in phrasings} >= {"en", "zh"}
