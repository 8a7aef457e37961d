"""The quick eval run during training: state accuracy on fixed held-out turns, a sample
grid (real render above, generated picture below) and, when the detector loads, its F1."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import torch
from PIL import Image

from ..data.examples import WorldSource, build_example
from ..pipeline import condition_scene, draw_scene, write_turn
from ..world import Scene, render_array


class QuickEval:
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
                fake.append(draw_scene(model, condition_scene(model, tok, c.scene), seed=i).permute(1, 2, 0).numpy())
                real.append(render_array(c.scene, self.size, seed=i))
        scores = {"state_acc": round(hits / len(self.contexts), 4)}
        if self.detector is not None:
            from ..eval.metrics import object_prf

            imgs = [Image.fromarray((f * 255).astype(np.uint8)) for f in fake]
            found = self.detector.detect_batch(imgs)
            f1s = [object_prf(list(d), list(c.scene.objects)).f1 for d, c in zip(found, self.drawable)]
            scores["image_f1"] = round(float(np.mean(f1s)), 4)
        grid = np.concatenate([np.concatenate(real, 1), np.concatenate(fake, 1)], 0)
        grid_path.parent.mkdir(parents=True, exist_ok=True)
        Image.fromarray((np.clip(grid, 0, 1) * 255).astype(np.uint8)).save(grid_path)
        model.train()
        return scores


def _right(written, ctx) -> bool:
    """The turn's state is right: the same scene, or the same command."""
    if ctx.scene is None:
        return written.scene is None and written.text == ctx.target_text
    return written.scene == ctx.scene
