"""Training on a caption folder: each caption meets its own picture, and the quick eval scores pictures."""
import json

import numpy as np
import torch
from PIL import Image

from dialogan.data.examples import FolderSource
from dialogan.train import get_preset
from dialogan.train.batches import StepBatches, step_loader
from dialogan.train.loop import train, train_tokenizer


def _batches(folder, **kw) -> StepBatches:
    preset = get_preset("tiny")
    source = FolderSource(folder, seed=0, image_size=32)
    tok = train_tokenizer(preset, source, 0)
    return StepBatches(source, tok, n_ctx=preset.model.n_ctx, z_dim=preset.model.z_dim, batch_size=4,
                       image_batch=4, seed=0, **kw)


def test_each_caption_meets_its_own_picture_in_the_training_batches(caption_dataset):
    batches = _batches(caption_dataset)
    source, seen = batches.source, set()
    for step in range(3):  # 12 turns, 4 a step: one epoch
        batch = batches[step]
        assert batch.real.shape == (4, 3, 32, 32)
        for j, k in enumerate(batch.drawn):
            ctx, path = source.items[batch.indices[k]]
            assert batch.examples[k].context is ctx and batch.draw_examples[j].context is ctx
            handed = ((batch.real[j] + 1) / 2).permute(1, 2, 0).numpy()
            with Image.open(caption_dataset / path) as im:
                own = np.asarray(im.convert("RGB"), np.float32) / 255
            assert np.abs(handed - own).max() < 1e-6, (ctx.text, path)
            assert (handed[..., 0].mean() > 0.35) == ("red" in ctx.text)
            seen.add(path)
    assert len(seen) == 12  # all twelve pictures, though only two caption texts


def test_worker_processes_build_the_same_batches_as_the_training_process(caption_dataset):
    batches = _batches(caption_dataset, gan_every=2)
    for step, batch in enumerate(step_loader(batches, 1, 5, workers=2), 1):
        direct = batches[step]
        assert batch.step == step and batch.indices == direct.indices
        assert [e.ids for e in batch.examples] == [e.ids for e in direct.examples]
        assert (batch.real is None) == (step % 2 == 1)
        if batch.real is not None:
            assert torch.equal(batch.real, direct.real) and torch.equal(batch.z, direct.z)


def test_training_the_tiny_preset_on_a_caption_folder_scores_pictures_against_their_own(caption_dataset, tmp_path):
    out = train("tiny", tmp_path / "run", data=str(caption_dataset), overrides={"workers": 0})
    scores = json.loads((out / "config.json").read_text())["scores"]
    assert set(scores) == {"image_l1", "psnr", "step"} and scores["step"] == 6
    assert 0 < scores["image_l1"] < 1 and scores["psnr"] > 0
    assert sorted(p.name for p in (tmp_path / "run.samples").glob("*.png")) == ["step_000003.png", "step_000006.png"]
    # The grid shows the held-back picture above the generator's drawing of its caption, and the score is theirs.
    source = FolderSource(caption_dataset, seed=0, image_size=32)
    source.hold_out(1)  # as the loop does for 12 pictures
    with Image.open(tmp_path / "run.samples" / "step_000006.png") as im:
        grid = np.asarray(im, np.float32) / 255
    real, fake = grid[:32], grid[32:]
    assert np.abs(real - source.picture(source.held_out[0])).max() <= 1 / 255
    assert abs(float(np.abs(real - fake).mean()) - scores["image_l1"]) < 0.005
