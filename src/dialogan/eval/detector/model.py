"""The detector: a small fully-convolutional CNN that reads a Scene back out of a picture.

It is the yardstick for image fidelity (object F1, rsim, Frechet distance) and the eyes
of the system when a user hands it a picture. Any picture is first made a 64x64 RGB
array (grayscale, RGBA, palette and odd sizes are converted); the network predicts, on a
16x16 grid (stride 4), a centre heatmap, the centre's offset within its cell, and the
shape, colour and size of the object centred there. Object centres are at least ~10 px
apart at 64 px, so one cell never holds two centres; decoding keeps heatmap peaks that
are the maximum of their 3x3 neighbourhood (CenterNet style).

A detector is a folder in the Hugging Face style: ``config.json`` + ``model.safetensors``.
``Detector.load()`` with no argument loads the weights shipped in the package.
"""
from __future__ import annotations

import io
import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from PIL import Image, UnidentifiedImageError

from dialogan.configs import Config
from dialogan.errors import DialoganError
from dialogan.files import atomic_write
from dialogan.world import COLORS, SHAPES, SIZES, SceneObject

ASSETS_DIR = Path(__file__).resolve().parents[2] / "assets"  # the package's shipped files
DEFAULT_DIR = ASSETS_DIR / "detector"
COLOR_NAMES = tuple(COLORS)
INPUT_SIZE = 64
STRIDE = 4
GRID = INPUT_SIZE // STRIDE
# Output channels, in order: heatmap, offset (dx, dy), shape logits, colour logits, size logits.
N_OUT = 1 + 2 + len(SHAPES) + len(COLOR_NAMES) + len(SIZES)


@dataclass
class DetectorConfig(Config):
    widths: tuple[int, ...] = (16, 32, 64, 96)  # at 64, 32, 16 px (x2) of the feature map
    threshold: float = 0.35  # heatmap peak needed to report an object


def _conv(cin: int, cout: int, stride: int = 1, dilation: int = 1) -> nn.Sequential:
    return nn.Sequential(nn.Conv2d(cin, cout, 3, stride, padding=dilation, dilation=dilation, bias=False),
                         nn.BatchNorm2d(cout), nn.ReLU(inplace=True))


class DetectorNet(nn.Module):
    """64x64 RGB in [0, 1] -> (N_OUT, 16, 16) maps; ``forward_features`` gives the trunk."""

    def __init__(self, cfg: DetectorConfig):
        super().__init__()
        w0, w1, w2, w3 = cfg.widths
        # Full resolution first: a small shape is ~10 px across, and a hexagon differs from a
        # circle by half a pixel, so the first layers must see every pixel.
        self.trunk = nn.Sequential(
            _conv(3, w0), _conv(w0, w0),
            _conv(w0, w1, stride=2), _conv(w1, w1),
            _conv(w1, w2, stride=2), _conv(w2, w3),
            # Dilated layers widen the view at 16x16 to cover a large shape (~15 px) and its neighbours.
            _conv(w3, w3, dilation=2), _conv(w3, w3),
        )
        self.head = nn.Sequential(nn.Conv2d(w3, w3, 1), nn.ReLU(inplace=True), nn.Conv2d(w3, N_OUT, 1))
        with torch.no_grad():  # start the heatmap near "nothing here" (focal-loss prior)
            self.head[-1].bias[0].fill_(-2.2)

    def forward_features(self, x: torch.Tensor) -> torch.Tensor:
        return self.trunk(x * 2.0 - 1.0)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.forward_features(x))


# 1. Input: anything PIL can read becomes a 64x64 RGB float array.
def load_image(img) -> Image.Image:
    """Return a PIL image from a PIL image, a path or bytes; a non-image gets an error naming it."""
    if isinstance(img, Image.Image):
        return img
    if isinstance(img, (bytes, bytearray)):
        src, name = io.BytesIO(img), "<bytes>"
    elif isinstance(img, (str, os.PathLike)):
        src, name = img, os.fspath(img)
        if not os.path.exists(name):
            raise DialoganError(f"{name}: no such image file")
    elif isinstance(img, np.ndarray):
        return Image.fromarray(img)
    else:
        raise TypeError(f"expected a PIL image, a path or bytes, got {type(img).__name__}")
    try:
        with Image.open(src) as opened:
            opened.load()
            return opened.copy()
    except (UnidentifiedImageError, OSError, SyntaxError) as e:
        raise DialoganError(f"{name}: not a readable image ({e})") from None


def to_input(img) -> np.ndarray:
    """Any image -> float32 (64, 64, 3) in [0, 1]. Transparency is composited on white."""
    im = load_image(img)
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        im = im.convert("RGBA")
        white = Image.new("RGBA", im.size, (255, 255, 255, 255))
        im = Image.alpha_composite(white, im)
    im = im.convert("RGB")
    if im.size != (INPUT_SIZE, INPUT_SIZE):
        # BOX averages whole source pixels when shrinking (what a 64 px render is); bicubic when growing.
        shrink = min(im.size) >= INPUT_SIZE
        im = im.resize((INPUT_SIZE, INPUT_SIZE), Image.BOX if shrink else Image.BICUBIC)
    return np.asarray(im, dtype=np.float32) / 255.0


def _batch(images) -> torch.Tensor:
    return torch.from_numpy(np.stack([to_input(im) for im in images])).permute(0, 3, 1, 2).contiguous()


# 2. Output: heatmap peaks -> SceneObjects.
def decode(out: torch.Tensor, threshold: float) -> list[list[SceneObject]]:
    """Raw network maps (B, N_OUT, 16, 16) -> one list of SceneObjects per image."""
    heat = torch.sigmoid(out[:, 0])
    peaks = (heat == F.max_pool2d(heat[:, None], 3, 1, 1)[:, 0]) & (heat > threshold)
    offsets = torch.sigmoid(out[:, 1:3])
    s0 = 3
    c0 = s0 + len(SHAPES)
    z0 = c0 + len(COLOR_NAMES)
    shape_i, color_i, size_i = out[:, s0:c0].argmax(1), out[:, c0:z0].argmax(1), out[:, z0:].argmax(1)
    results: list[list[SceneObject]] = [[] for _ in range(out.shape[0])]
    for b, gy, gx in peaks.nonzero().tolist():
        x = (gx + float(offsets[b, 0, gy, gx])) / GRID
        y = (gy + float(offsets[b, 1, gy, gx])) / GRID
        results[b].append((float(heat[b, gy, gx]), SceneObject(
            SHAPES[shape_i[b, gy, gx]], COLOR_NAMES[color_i[b, gy, gx]], SIZES[size_i[b, gy, gx]],
            min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0))))
    # Most confident first, as many as a scene can hold is not enforced: the yardstick reports what it sees.
    return [[o for _, o in sorted(r, key=lambda t: -t[0])] for r in results]


class Detector:
    """Read objects out of pictures: ``Detector.load().detect(img) -> [SceneObject, ...]``."""

    def __init__(self, net: DetectorNet, cfg: DetectorConfig, device: str | torch.device = "cpu"):
        self.net, self.cfg, self.device = net.to(device).eval(), cfg, torch.device(device)

    @classmethod
    def load(cls, path: str | os.PathLike | None = None, device: str | None = None) -> "Detector":
        """Load a detector folder (``config.json`` + ``model.safetensors``); default: the shipped one."""
        from safetensors.torch import load_file
        folder = Path(path) if path is not None else DEFAULT_DIR
        cfg_file, weights = folder / "config.json", folder / "model.safetensors"
        for f in (cfg_file, weights):
            if not f.exists():
                hint = " (train one with `dialogan eval train-detector --out DIR`)" if path is None else ""
                raise DialoganError(f"{f}: detector file missing{hint}")
        cfg = DetectorConfig.from_dict(json.loads(cfg_file.read_text()).get("detector", {}), where=f"{cfg_file}: detector")
        net = DetectorNet(cfg)
        net.load_state_dict(load_file(str(weights)))
        device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        return cls(net, cfg, device)

    def save(self, path: str | os.PathLike, extra: dict | None = None) -> None:
        """Write the folder; each file is written atomically, so a crash never leaves half a file."""
        from safetensors.torch import save_file
        folder = Path(path)
        state = {k: v.detach().cpu().contiguous() for k, v in self.net.state_dict().items()}
        meta = {"detector": self.cfg.to_dict(), "input_size": INPUT_SIZE, "stride": STRIDE,
                "shapes": list(SHAPES), "colors": list(COLOR_NAMES), "sizes": list(SIZES), **(extra or {})}
        atomic_write(folder / "model.safetensors", lambda tmp: save_file(state, str(tmp)))
        atomic_write(folder / "config.json", json.dumps(meta, indent=1) + "\n")

    @torch.no_grad()
    def detect_batch(self, images, batch_size: int = 256) -> list[list[SceneObject]]:
        """Objects in each image (PIL images, paths or bytes), most confident first."""
        images = list(images)
        found: list[list[SceneObject]] = []
        for i in range(0, len(images), batch_size):
            x = _batch(images[i:i + batch_size]).to(self.device)
            found.extend(decode(self.net(x).float().cpu(), self.cfg.threshold))
        return found

    def detect(self, image) -> list[SceneObject]:
        """Objects in one image (a PIL image, a path or bytes), most confident first."""
        return self.detect_batch([image])[0]

    @torch.no_grad()
    def features(self, images, batch_size: int = 256) -> np.ndarray:
        """Penultimate features, mean- and max-pooled over the grid: (N, 2 * width) float64.

        Used for the Frechet distance and diversity; this is the detector's own feature space.
        """
        images = list(images)
        feats = []
        for i in range(0, len(images), batch_size):
            h = self.net.forward_features(_batch(images[i:i + batch_size]).to(self.device))
            feats.append(torch.cat([h.mean((2, 3)), h.amax((2, 3))], 1).double().cpu().numpy())
        width = self.cfg.widths[-1] * 2
        return np.concatenate(feats) if feats else np.zeros((0, width))
