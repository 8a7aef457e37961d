"""Train the detector on renders made on the fly; no data on disk, any seed reproducible.

Scenes mix free positions (0..8 objects anywhere they fit, so every position is seen) with
region-slot scenes (as the dialogues draw them). A share of pictures is rendered at 128 or
256 px and shrunk, and a share is lightly spoiled (blur, noise, JPEG, colour jitter) so the
detector also reads imperfect generator output.
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image

from dialogan.configs import Config
from dialogan.errors import DialoganError
from dialogan.world import SHAPES, SIZES, random_scene, render_array, render_scene

from .augmentation import spoil
from .evaluation import evaluate_detector
from .model import ASSETS_DIR, COLOR_NAMES, GRID, INPUT_SIZE, Detector, DetectorConfig, DetectorNet

_SHAPE_I = {s: i for i, s in enumerate(SHAPES)}
_COLOR_I = {c: i for i, c in enumerate(COLOR_NAMES)}
_SIZE_I = {s: i for i, s in enumerate(SIZES)}
_SIGMA = 0.7  # of a grid cell: how wide the heatmap bump around a centre is


@dataclass
class DetectorTrainConfig(Config):
    """How the detector is trained (``dialogan eval train-detector``)."""

    steps: int = 3000
    batch: int = 32
    lr: float = 2e-3
    seed: int = 0
    free_share: float = 0.7  # the rest are region-slot scenes
    spoil_share: float = 0.5  # pictures that get blur / noise / JPEG / jitter
    big_share: float = 0.12  # pictures rendered larger and shrunk to 64
    threads: int = 1


# 1. Pictures and their targets.
def make_sample(rng: np.random.Generator, cfg: DetectorTrainConfig):
    """One (picture 64x64x3 float32, scene) pair."""
    free = rng.random() < cfg.free_share
    scene = random_scene(rng, 0, 8, free=free)
    seed = int(rng.integers(2**31))
    if rng.random() < cfg.big_share:
        big = render_scene(scene, int(rng.choice([128, 128, 256])), seed)
        img = big.resize((INPUT_SIZE, INPUT_SIZE), Image.BOX)
    elif rng.random() < cfg.spoil_share:
        img = render_scene(scene, INPUT_SIZE, seed)
    else:
        return render_array(scene, INPUT_SIZE, seed), scene
    if rng.random() < cfg.spoil_share:
        img = spoil(img, rng)
    return np.asarray(img, np.float32) / 255.0, scene


def targets(scenes) -> dict[str, torch.Tensor]:
    """Heatmap (B, G, G) with a Gaussian bump per centre (1 exactly at the centre cell), and per-cell
    offset and class targets with a mask of the centre cells."""
    b = len(scenes)
    heat = np.zeros((b, GRID, GRID), np.float32)
    mask = np.zeros((b, GRID, GRID), bool)
    offset = np.zeros((b, 2, GRID, GRID), np.float32)
    cls = np.zeros((b, 3, GRID, GRID), np.int64)
    cells = np.arange(GRID) + 0.5
    for k, scene in enumerate(scenes):
        for o in scene:
            cx, cy = o.x * GRID, o.y * GRID  # in cells
            gx, gy = min(int(cx), GRID - 1), min(int(cy), GRID - 1)
            bump = np.exp(-((cells[None, :] - cx) ** 2 + (cells[:, None] - cy) ** 2) / (2 * _SIGMA ** 2))
            heat[k] = np.maximum(heat[k], bump)
            heat[k, gy, gx] = 1.0
            mask[k, gy, gx] = True
            offset[k, :, gy, gx] = (cx - gx, cy - gy)
            cls[k, :, gy, gx] = (_SHAPE_I[o.shape], _COLOR_I[o.color], _SIZE_I[o.size])
    t = lambda a: torch.from_numpy(a)
    return {"heat": t(heat), "mask": t(mask), "offset": t(offset), "cls": t(cls)}


def make_batch(rng: np.random.Generator, cfg: DetectorTrainConfig, n: int):
    pics, scenes = zip(*(make_sample(rng, cfg) for _ in range(n)))
    x = torch.from_numpy(np.stack(pics)).permute(0, 3, 1, 2).contiguous()
    return x, targets(scenes)


# 2. Loss.
def detector_loss(out: torch.Tensor, tgt: dict[str, torch.Tensor]) -> tuple[torch.Tensor, dict]:
    """CenterNet focal loss on the heatmap; offset L1 and class cross-entropy at centre cells."""
    p = torch.sigmoid(out[:, 0]).clamp(1e-4, 1 - 1e-4)
    pos = tgt["heat"] == 1.0
    n_pos = max(int(pos.sum()), 1)
    focal = -(pos * (1 - p) ** 2 * torch.log(p)
              + (~pos) * (1 - tgt["heat"]) ** 4 * p ** 2 * torch.log(1 - p)).sum() / n_pos
    m = tgt["mask"]
    cell = lambda maps: maps.permute(0, 2, 3, 1)[m]  # (n_pos, C)
    off = F.l1_loss(torch.sigmoid(cell(out[:, 1:3])), cell(tgt["offset"]), reduction="sum") / n_pos
    s0, c0, z0 = 3, 3 + len(SHAPES), 3 + len(SHAPES) + len(COLOR_NAMES)
    labels = cell(tgt["cls"])
    ce = 0.0
    if len(labels):
        ce = (F.cross_entropy(cell(out[:, s0:c0]), labels[:, 0]) + F.cross_entropy(cell(out[:, c0:z0]), labels[:, 1])
              + F.cross_entropy(cell(out[:, z0:]), labels[:, 2]))
    loss = focal + 2.0 * off + ce
    return loss, {"focal": float(focal.detach()), "offset": float(off.detach()), "class": float(ce.detach()) if len(labels) else 0.0}


# 3. The loop.
def check_out_dir(out_dir: str | Path) -> Path:
    """``out_dir`` as a path, or DialoganError if it lies in the package's shipped assets: the shipped
    detector is the yardstick behind every figure, so no training run may overwrite it."""
    out = Path(out_dir)
    resolved = out.resolve()
    if resolved == ASSETS_DIR or ASSETS_DIR in resolved.parents:
        raise DialoganError(f"{out}: refusing to write into the package's shipped assets ({ASSETS_DIR}); "
                            f"train into another folder")
    return out


def train_detector(cfg: DetectorTrainConfig, out_dir: str | Path, det_cfg: DetectorConfig | None = None,
                   log=print, val_every: int = 500, val_n: int = 300) -> Detector:
    """Train from scratch and save to ``out_dir`` at every validation; DialoganError (before any work)
    if ``out_dir`` is inside the package's shipped assets."""
    out_dir = check_out_dir(out_dir)
    torch.set_num_threads(cfg.threads)
    torch.manual_seed(cfg.seed)
    # The training stream is spawned from (seed, 1): it never coincides with a plain seed's stream,
    # which is what evaluation uses, so no evaluation seed repeats a training picture.
    rng = np.random.default_rng([cfg.seed, 1])
    det_cfg = det_cfg or DetectorConfig()
    net = DetectorNet(det_cfg)
    opt = torch.optim.AdamW(net.parameters(), lr=cfg.lr, weight_decay=1e-4)
    warmup = min(200, cfg.steps // 10 + 1)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / warmup)
                                              * 0.5 * (1 + math.cos(math.pi * min(s, cfg.steps) / cfg.steps)))
    detector = Detector(net, det_cfg, "cpu")
    t0 = time.time()
    for step in range(1, cfg.steps + 1):
        net.train()
        x, tgt = make_batch(rng, cfg, cfg.batch)
        loss, parts = detector_loss(net(x), tgt)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        sched.step()
        if step % 50 == 0 or step == 1:
            log(f"step {step}/{cfg.steps} loss {loss.item():.4f} " + " ".join(f"{k} {v:.4f}" for k, v in parts.items())
                + f" lr {sched.get_last_lr()[0]:.2e} {time.time() - t0:.0f}s")
        if step % val_every == 0 or step == cfg.steps:
            net.eval()
            res = evaluate_detector(detector, n=val_n, seed=10_000 + cfg.seed)
            log(f"val step {step}: F1 {res['f1']:.4f} centre error {res['centre_error_mean']:.4f}")
            detector.save(out_dir, extra={"training": {**cfg.to_dict(), "steps_done": step,
                                                       "seconds": round(time.time() - t0, 1), "val": res}})
    net.eval()
    return detector
