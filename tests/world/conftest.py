"""Dialogues shared by the dialogue tests (generating them is the slow part)."""
import pytest

from dialogan.world import Scene, generate_dialogues


@pytest.fixture(scope="session")
def dialogues():
    return generate_dialogues(700, seed=7)  # enough of the rarer constructions


@pytest.fixture(scope="session")
def turn_pairs(dialogues):
    """(previous scene, turn) for every turn."""
    out = []
    for d in dialogues:
        prev = Scene(())
        for t in d.turns:
            out.append((prev, t))
            prev = t.scene
    return out
