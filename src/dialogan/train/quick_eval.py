"""The quick eval run during training, one per kind of data, each with a sample grid (real
picture above, generated picture below).

Shapes world (generated, or a folder written by ``data make``): state accuracy on fixed
held-out turns and, when the detector loads, its F1 on the pictures. Captions of real
pictures: how close the generator's picture is to each held-back turn's own picture (L1 and
PSNR); no shapes-world score, which would mean nothing there."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import torch
from PIL import Image

from ..data.collate import collate, collate_layout
from ..data.examples import FolderSource, WorldSource, build_draw_example
from ..pipeline import condition_scene, draw_scene, write_turn
from ..world import Scene, render_array


class QuickEval:
    """The shapes world's quick eval."""

    def __init__(self, model, tokenizer, seed: int, image_size: int, history_turns: int, n_state: int = 40,
                 n_images: int = 8):
        self.model, self.tokenizer = model, tokenizer
        src = WorldSource(seed + 99_991, "test", history_turns, image_size, hard_weight=1.0)
        self.contexts = src.contexts(0, n_state)
        self.drawable = [c for c in src.contexts(1, 4 * n_images) if c.scene is not None and len(c.scene)][:n_images]
        self.size = image_size
        try:
            from ..eval import Detector

            self.detector = Detector.load()
        except Exception:  # no shipped detector yet: the grid and state accuracy still run
            self.detector = None

    def run(self, grid_path: Path) -> dict:
        model, tok = self.model, self.tokenizer
        model.eval()
        with torch.inference_mode():
            prompts = [tok.encode_prompt(c.prev_scene_text, list(c.history), c.text) for c in self.contexts]
            hits = sum(_right(write_turn(model, tok, p, Scene.parse(c.prev_scene_text)), c)
                       for p, c in zip(prompts, self.contexts))
            real, fake = [], []
            for i, c in enumerate(self.drawable):
                fake.append(draw_scene(model, condition_scene(model, tok, c.scene), seed=i).permute(1, 2, 0).cpu().numpy())
                real.append(render_array(c.scene, self.size, seed=i))
        scores = {"state_acc": round(hits / len(self.contexts), 4)}
        if self.detector is not None:
            from ..eval.metrics import object_prf

            imgs = [Image.fromarray((f * 255).astype(np.uint8)) for f in fake]
            found = self.detector.detect_batch(imgs)
            f1s = [object_prf(list(d), list(c.scene.objects)).f1 for d, c in zip(found, self.drawable)]
            scores["image_f1"] = round(float(np.mean(f1s)), 4)
        _save_grid(real, fake, grid_path)
        model.train()
        return scores


class CaptionQuickEval:
    """Real pictures with captions: the EMA generator draws the caption of one held-back turn per
    picture (seed = its position), scored against that turn's own picture. ``image_l1`` is the mean absolute
    error in [0, 1] (lower is better), ``psnr`` the peak signal-to-noise ratio in dB of the mean
    squared error (higher is better)."""

    def __init__(self, model, tokenizer, source: FolderSource, n_images: int = 8):
        self.model, self.tokenizer, self.source = model, tokenizer, source
        first_of_picture = {}  # one turn per picture: COCO's five captions of one picture are one test
        for i in source.held_out or source.train_indices:  # a one-picture dataset holds nothing back
            first_of_picture.setdefault(source.items[i][1], i)
        self.turns = list(first_of_picture.values())[:n_images]

    def run(self, grid_path: Path) -> dict:
        model, tok = self.model, self.tokenizer
        model.eval()
        real, fake = [], []
        with torch.inference_mode():
            for i, index in enumerate(self.turns):
                ex = build_draw_example(tok, self.source.items[index][0])
                cond = model.condition(model.lm_states(collate([ex], tok.pad_id)), **collate_layout([ex]))
                fake.append(draw_scene(model, cond, seed=i).permute(1, 2, 0).cpu().numpy())
                real.append(self.source.picture(index))
        err = np.stack(fake).astype(np.float64) - np.stack(real)
        mse = float(np.mean(err ** 2))
        scores = {"image_l1": round(float(np.mean(np.abs(err))), 4),
                  "psnr": round(10 * np.log10(1.0 / max(mse, 1e-10)), 2)}
        _save_grid(real, fake, grid_path)
        model.train()
        return scores


def quick_eval_for(model, tokenizer, source, tc, image_size: int):
    """The quick eval that fits the training data."""
    if isinstance(source, FolderSource) and source.captions:
        return CaptionQuickEval(model, tokenizer, source, min(8, max(1, tc.quick_eval_turns)))
    return QuickEval(model, tokenizer, tc.seed, image_size, tc.history_turns, tc.quick_eval_turns)


def _save_grid(real: list[np.ndarray], fake: list[np.ndarray], path: Path) -> None:
    grid = np.concatenate([np.concatenate(real, 1), np.concatenate(fake, 1)], 0)
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray((np.clip(grid, 0, 1) * 255).astype(np.uint8)).save(path)


def _right(written, ctx) -> bool:
    """The turn's state is right: the same scene, or the same command."""
    if ctx.scene is None:
        return written.scene is None and written.text == ctx.target_text
    return written.scene == ctx.scene
