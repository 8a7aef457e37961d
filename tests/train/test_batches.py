"""The batch builder's options for variety across seeds: empty and sparse scenes, the noise of the
render's seed, a second noise; and that with all of them off the batches are what they were."""
import numpy as np
import pytest
import torch

from dialogan.data.examples import WorldSource
from dialogan.pipeline.turn import seed_noise
from dialogan.train import get_preset
from dialogan.train.batches import StepBatches
from dialogan.train.loop import train_tokenizer
from dialogan.world import render_array

PRESET = get_preset("tiny")


@pytest.fixture(scope="module")
def tok():
    return train_tokenizer(PRESET, WorldSource(0, image_size=32), 0)


def _batches(tok, **kw) -> StepBatches:
    return StepBatches(WorldSource(0, image_size=32), tok, n_ctx=PRESET.model.n_ctx, z_dim=PRESET.model.z_dim,
                       batch_size=16, image_batch=8, seed=0, **kw)


def _sparse(ctx) -> bool:
    return ctx.scene is not None and len(ctx.scene) <= 1


@pytest.mark.parametrize("share", [0.5, 1.0])
def test_the_batch_builder_honours_the_share_of_empty_and_sparse_scenes(tok, share):
    batches, plain = _batches(tok, sparse_share=share), _batches(tok)
    empty = empty_before = 0
    for step in range(6):
        batch = batches[step]
        drawn = [batch.examples[k].context for k in batch.drawn]
        assert sum(map(_sparse, drawn)) >= round(share * len(drawn))
        empty += sum(len(c.scene) == 0 for c in drawn if c.scene is not None)
        empty_before += sum(c.scene is not None and len(c.scene) == 0
                            for c in (plain[step].examples[k].context for k in plain[step].drawn))
        for j, k in enumerate(batch.drawn):  # the generator reads the turn the dialogue model does
            assert batch.draw_examples[j].context is batch.examples[k].context
    asked = round(share * 8)
    assert empty >= 6 * ((asked + 1) // 2) > empty_before  # empty canvases: half of those asked for, at least


def test_without_the_option_the_batches_are_as_they_were(tok):
    plain, off = _batches(tok), _batches(tok, sparse_share=0.0)
    a, b = plain[2], off[2]
    assert [e.ids for e in a.examples] == [e.ids for e in b.examples]
    assert torch.equal(a.real, b.real) and torch.equal(a.z, b.z) and b.z2 is None


def test_the_noise_is_the_one_inference_draws_for_the_renders_seed(tok):
    batches = _batches(tok, z_from_seed=True)
    batch = batches[1]
    seeds = np.random.default_rng([0, batch.step, 0]).integers(0, 2**31, len(batch.drawn))
    for j, (k, s) in enumerate(zip(batch.drawn, seeds)):
        ctx = batch.examples[k].context
        # The paired picture is the render of seed s, and the noise is draw_scene's noise of seed s.
        render = torch.from_numpy(render_array(ctx.scene, 32, int(s))).permute(2, 0, 1) * 2 - 1
        assert torch.allclose(batch.real[j], render)
        assert torch.equal(batch.z[j], seed_noise([s], PRESET.model.z_dim)[0])


def test_a_second_noise_leaves_the_first_as_it_was(tok):
    plain, twice = _batches(tok)[3], _batches(tok, second_z=True)[3]
    assert torch.equal(plain.z, twice.z)
    assert twice.z2.shape == twice.z.shape and not torch.equal(twice.z2, twice.z)


def test_a_share_outside_zero_to_one_is_refused(tok):
    with pytest.raises(ValueError, match="sparse_share must be between 0 and 1"):
        _batches(tok, sparse_share=1.5)
