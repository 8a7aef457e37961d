"""The shapes-world training source: deterministic batches, hard acts drawn more often."""
from dialogan.data.examples import HARD_ACTS, WorldSource


def _hard_share(source: WorldSource, steps: int = 30, n: int = 16) -> float:
    picked = [act for step in range(steps) for ctx, act in source.sample(step, n) if ctx.scene is not None]
    return sum(a in HARD_ACTS for a in picked) / len(picked)


def test_batches_are_the_same_for_the_same_seed_and_step():
    a, b = WorldSource(3), WorldSource(3)
    assert a.contexts(5, 16) == b.contexts(5, 16)
    assert a.contexts(5, 16) != a.contexts(6, 16)
    assert len(a.contexts(5, 16, rank=1)) == 16


def test_hard_acts_are_drawn_more_often_when_weighted():
    plain, weighted = _hard_share(WorldSource(0, hard_weight=1.0)), _hard_share(WorldSource(0, hard_weight=2.0))
    assert weighted > plain + 0.08, (plain, weighted)


def test_a_dataset_folder_written_by_data_make_trains_with_the_same_edits_and_results(tmp_path):
    from dialogan.data import write_shapes_dataset
    from dialogan.data.examples import FolderSource, contexts_from_turns
    from dialogan.world import generate_dialogues

    write_shapes_dataset(tmp_path / "d", 6, seed=4, size=32, progress=False)
    folder = [ctx for ctx, _ in FolderSource(tmp_path / "d", seed=0).items]
    generated = [ctx for d in generate_dialogues(6, seed=4) for ctx in contexts_from_turns(d.turns, 2)]
    assert [(c.edit, c.result, c.target_text) for c in folder] == [(c.edit, c.result, c.target_text) for c in generated]
    assert any(c.result for c in folder)


def test_it_after_undo_and_redo_names_what_it_named_in_that_picture():
    """The contexts replay the focus as the chat keeps it, a focus per picture on the undo stack,
    so a pronoun edit after undo gets the result the generator planned, never "missing it"."""
    from dialogan.data.examples import contexts_from_turns
    from dialogan.world import generate_dialogues
    after_undo = 0
    for d in generate_dialogues(1500, seed=21):
        contexts = contexts_from_turns(d.turns, 2)
        for k, (t, ctx) in enumerate(zip(d.turns, contexts)):
            assert not ctx.result.startswith("missing it"), (t.text, t.edit)
            if k and d.turns[k - 1].command and " it" in f" {t.edit} ":
                after_undo += 1
    assert after_undo > 5
