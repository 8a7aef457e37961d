"""The batch of every training step, built in DataLoader workers: a pure function of (seed, step, rank).

Exact resume after a kill needs the step-``s`` batch to be the same whether it is built in
the main process or a worker, first or after a restart; so the dataset is indexed by step,
not by item, and owns no state that advances. ``StepBatches[step]`` holds the dialogue
model's sequences, the turns the GAN draws (their paired pictures and noise already loaded
on the steps that train the GAN: every ``gan_every``-th), and the loop asks ``pictures``
for them on any other step it trains the GAN at (the time-budget finish).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset

from ..data.examples import Example, FolderSource, WorldSource, build_draw_example, build_example
from ..data.tokenizer import DialogueTokenizer
from ..pipeline.turn import seed_noise


@dataclass
class StepBatch:
    step: int
    examples: list[Example]  # the dialogue model's sequences
    drawn: list[int]  # positions in ``examples`` of the turns the GAN draws (no undo/redo), at most image_batch
    draw_examples: list[Example]  # the sequences the generator reads for them
    indices: list[int] | None = None  # FolderSource: each turn's position in ``source.items`` (its own picture)
    real: torch.Tensor | None = None  # (N, 3, S, S) in [-1, 1]: each drawn turn's paired picture
    z: torch.Tensor | None = None  # (N, z_dim)
    z2: torch.Tensor | None = None  # (N, z_dim): a second noise per drawn turn (mode seeking), when asked for

    def pin_memory(self) -> "StepBatch":  # the DataLoader calls this when pin_memory=True
        if self.real is not None:
            self.real, self.z = self.real.pin_memory(), self.z.pin_memory()
            self.z2 = self.z2.pin_memory() if self.z2 is not None else None
        return self


class StepBatches(Dataset):
    """``self[step]``: the training batch of ``step`` on ``rank``, the same in any process.

    Options for variety across seeds (issue 22), all off by default (the batches are then what they
    always were): ``second_z`` loads a second noise per drawn turn (mode seeking); ``z_from_seed``
    makes each drawn turn's noise the one inference draws for the seed of its paired render
    (``world.picture_noise``, as ``pipeline.draw_scene`` draws it), so the picture of seed s is
    compared with the render of seed s, whose look follows that noise's leading numbers;
    ``sparse_share`` replaces that share (rounded) of the drawn turns with turns whose target is an empty scene (clear turns, and greetings or questions
    before the first shape) or, every other one, a one-object scene.
    The last two need the shapes world.
    """

    def __init__(self, source: WorldSource | FolderSource, tok: DialogueTokenizer, *, n_ctx: int, z_dim: int,
                 batch_size: int, image_batch: int, seed: int, gan_every: int = 1, rank: int = 0,
                 world_size: int = 1, second_z: bool = False, z_from_seed: bool = False, sparse_share: float = 0.0):
        if not 0 <= sparse_share <= 1:
            raise ValueError(f"sparse_share must be between 0 and 1 (a share of the drawn turns), not {sparse_share}")
        if (z_from_seed or sparse_share) and not isinstance(source, WorldSource):
            raise ValueError("z_from_seed and sparse_share need the shapes world (seeded renders, dialogues to draw "
                             "from), not a dataset folder")
        self.source, self.tok, self.n_ctx, self.z_dim = source, tok, n_ctx, z_dim
        self.batch_size, self.image_batch, self.seed, self.gan_every = batch_size, image_batch, seed, gan_every
        self.rank, self.world_size = rank, world_size
        self.second_z, self.z_from_seed, self.sparse_share = second_z, z_from_seed, sparse_share

    def __getitem__(self, step: int) -> StepBatch:
        return self.batch(step, with_pictures=step % self.gan_every == 0)

    def batch(self, step: int, with_pictures: bool = True) -> StepBatch:
        indices = None
        if isinstance(self.source, FolderSource):
            indices = self.source.indices(step, self.batch_size, self.rank, self.world_size)
            ctxs = [self.source.items[i][0] for i in indices]
        else:
            ctxs = self.source.contexts(step, self.batch_size, self.rank)
            if self.sparse_share > 0:
                ctxs = self._with_sparse_scenes(step, ctxs)
        examples = [build_example(self.tok, c, self.n_ctx) for c in ctxs]
        drawn = [k for k, c in enumerate(ctxs) if c.target_text not in ("undo", "redo")][: self.image_batch]
        batch = StepBatch(step, examples, drawn, [build_draw_example(self.tok, ctxs[k]) for k in drawn], indices)
        return self.pictures(batch) if with_pictures else batch

    def _with_sparse_scenes(self, step: int, ctxs: list) -> list:
        """``ctxs`` with the last ``sparse_share`` (rounded) of the drawn turns replaced by turns of
        other dialogues whose target is empty or has one object, alternately (empty first)."""
        drawable = [k for k, c in enumerate(ctxs) if c.target_text not in ("undo", "redo")][: self.image_batch]
        n = round(self.sparse_share * len(drawable))
        if n == 0:
            return ctxs
        ctxs = list(ctxs)
        for k, c in zip(drawable[-n:], self.source.sparse_contexts(step, n, self.rank)):
            ctxs[k] = c
        return ctxs

    def pictures(self, batch: StepBatch) -> StepBatch:
        """Load the drawn turns' paired pictures and the generator's noise into ``batch`` (idempotent)."""
        if batch.real is not None:
            return batch
        seeds = np.random.default_rng([self.seed, batch.step, self.rank]).integers(0, 2**31, len(batch.drawn))
        if batch.indices is not None:
            pictures = [self.source.picture(batch.indices[k]) for k in batch.drawn]
        else:
            pictures = [self.source.image(batch.examples[k].context, int(s)) for k, s in zip(batch.drawn, seeds)]
        missing = [batch.examples[k].context.text for k, p in zip(batch.drawn, pictures) if p is None]
        if missing:
            raise ValueError(f"turn {missing[0]!r} has no picture to train the generator against")
        batch.real = torch.from_numpy(np.stack(pictures)).permute(0, 3, 1, 2) * 2 - 1
        gen = torch.Generator().manual_seed(int(seeds.sum()) % (2**31))
        if self.z_from_seed:  # as pipeline.draw_scene draws the noise of a seed
            batch.z = seed_noise(seeds, self.z_dim)
        else:
            batch.z = torch.randn(len(batch.drawn), self.z_dim, generator=gen)
        if self.second_z:
            batch.z2 = torch.randn(len(batch.drawn), self.z_dim, generator=gen)
        return batch


def _as_is(batch: StepBatch) -> StepBatch:
    return batch


def step_loader(batches: StepBatches, start_step: int, steps: int, workers: int, pin_memory: bool = False) -> DataLoader:
    """The batches of steps ``start_step`` .. ``steps - 1`` in order, built by ``workers`` processes
    (0: in this one). The loader draws no number from torch's global generator (its own is
    passed), so the RNG state a checkpoint saves is the loop's alone."""
    return DataLoader(batches, batch_size=None, sampler=range(start_step, steps), num_workers=workers,
                      collate_fn=_as_is, pin_memory=pin_memory, generator=torch.Generator().manual_seed(0),
                      prefetch_factor=2 if workers else None, persistent_workers=False)
