"""The peers as a family: their presets, checkpoint folders, and the dialogue system the evaluator scores.

A peer's checkpoint is a folder like the dialogue model's, written by the same atomic writer::

    config.json                  format, kind ("geneva" / "dfgan"), model + training config, step, scores
    tokenizer.json               the same byte-level tokenizer the dialogue model trains
    model.safetensors            text encoder(s) and generator: everything inference needs
    discriminator.safetensors    kept for inspection and further training
    README.md                    model card
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import torch
from PIL import Image
from safetensors.torch import save_file

from ..errors import DialoganError
from ..data.tokenizer import DialogueTokenizer
from ..world import Scene, render_array
from . import dfgan, geneva
from ..files import atomic_folder
from .weights import detached, load_into, load_tensors
from .sentence_encoder import encode_messages

FORMAT = "dialogan-baseline/1"
KINDS = {"geneva": (geneva.GenevaGAN, geneva.GenevaConfig, geneva.PRESETS),
         "dfgan": (dfgan.DFGAN, dfgan.DFGANConfig, dfgan.PRESETS)}
CANVAS_SEED = 0  # the blank canvas GeNeVA starts every conversation from (i-CLEVR gives it one too)


def get_baseline_preset(kind: str, name: str):
    if kind not in KINDS:
        raise DialoganError(f"unknown baseline {kind!r}; baselines are {', '.join(KINDS)}")
    presets = KINDS[kind][2]
    if name not in presets:
        raise DialoganError(f"no {name!r} preset for {kind}; presets are {', '.join(presets)}")
    import copy

    return copy.deepcopy(presets[name])


def build_baseline(kind: str, cfg, tokenizer: DialogueTokenizer, with_discriminator: bool = True):
    return KINDS[kind][0](cfg, tokenizer, with_discriminator=with_discriminator)


def parameter_count(model) -> int:
    """Parameters used at inference (text encoders and generator; not the discriminator)."""
    return sum(p.numel() for name, p in model.named_parameters() if not name.startswith("discriminator."))


def save_baseline(out: str | os.PathLike, model, config: dict, card: str) -> Path:
    """Write a peer's checkpoint folder atomically (see the module docstring for its files)."""

    with atomic_folder(out) as tmp:
        sd = {k: v for k, v in model.state_dict().items() if not k.startswith("discriminator.")}
        save_file(detached(sd), str(tmp / "model.safetensors"))
        if model.discriminator is not None:
            save_file(detached(model.discriminator.state_dict()), str(tmp / "discriminator.safetensors"))
        model.tokenizer.save(tmp / "tokenizer.json")
        full = dict(config, format=FORMAT, kind=model.kind)
        (tmp / "config.json").write_text(json.dumps(full, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (tmp / "README.md").write_text(card, encoding="utf-8")
    return Path(out)


def is_baseline(path: str | os.PathLike) -> bool:
    """Whether ``path`` holds a peer's checkpoint (rather than the dialogue model's)."""
    try:
        return json.loads((Path(path) / "config.json").read_text(encoding="utf-8")).get("format") == FORMAT
    except (OSError, ValueError):
        return False


def load_baseline(path: str | os.PathLike, device: str = "cpu"):
    """Rebuild a peer from its checkpoint folder: (model in eval mode, config dict)."""
    path = Path(path)
    if not (path / "config.json").is_file():
        raise DialoganError(f"{path}: no baseline checkpoint here (config.json is missing)")
    try:
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise DialoganError(f"{path / 'config.json'}: not valid JSON ({e})") from None
    if config.get("format") != FORMAT or config.get("kind") not in KINDS:
        raise DialoganError(f"{path / 'config.json'}: not a baseline checkpoint (format {config.get('format')!r}, "
                         f"kind {config.get('kind')!r})")
    kind = config["kind"]
    cfg = KINDS[kind][1].from_dict(config["model"])
    model = build_baseline(kind, cfg, DialogueTokenizer.load(path / "tokenizer.json"), with_discriminator=False)
    load_into(model, load_tensors(path / "model.safetensors"), path / "model.safetensors")
    return model.to(device).eval(), config


class BaselineTurn:
    def __init__(self, text: str, image: Image.Image):
        # A peer keeps no scene and says nothing: its state lives in its picture (and GRU).
        self.text, self.reply, self.scene, self.image = text, "", Scene(()), image


def to_pil(picture: torch.Tensor) -> Image.Image:
    """(3, S, S) in [-1, 1] -> an RGB picture."""
    pixels = ((picture.clamp(-1, 1) + 1) * 127.5).round().byte().permute(1, 2, 0).cpu().numpy()
    return Image.fromarray(pixels, "RGB")


class BaselineSystem:
    """A peer as a dialogue system for ``dialogan.eval.evaluate``: ``reset()``, ``send(text)``, ``image(seed=)``.

    ``.scene`` is always empty (``has_state`` is False): state exact match does not apply to a
    model that keeps only pictures. GeNeVA feeds its own last picture back each turn; DF-GAN
    reads the current message alone.
    """

    has_state = False

    def __init__(self, model, seed: int = 0):
        self.model, self.seed = model.eval(), seed
        self.device = next(model.parameters()).device
        size = model.cfg.image_size
        canvas = render_array(Scene(()), size, CANVAS_SEED)
        self.canvas = torch.from_numpy(np.ascontiguousarray(canvas)).permute(2, 0, 1)[None].to(self.device) * 2 - 1
        self.reset()

    @classmethod
    def load(cls, path: str | os.PathLike, device: str = "cpu", seed: int = 0) -> "BaselineSystem":
        return cls(load_baseline(path, device)[0], seed)

    def reset(self) -> None:
        self._hidden, self._previous, self._turn = None, self.canvas, 0
        self._last = None  # what the last picture was drawn from, to redraw it with other noise

    def _z(self, seed: int) -> torch.Tensor:
        g = torch.Generator().manual_seed(int(seed) % (2**63))
        return torch.randn(1, self.model.cfg.z_dim, generator=g).to(self.device)

    def _draw(self, cond, previous, seed: int) -> torch.Tensor:
        if self.model.kind == "geneva":
            return self.model.draw(cond, previous, self._z(seed))
        return self.model.draw(cond, self._z(seed))

    @torch.inference_mode()
    def send(self, text: str) -> BaselineTurn:
        ids, lengths = encode_messages(self.model.tokenizer, [" ".join(str(text).split()) or "."], self.device)
        if self.model.kind == "geneva":
            cond, self._hidden = self.model.step(ids, lengths, self._hidden)
        else:
            cond = self.model.encoder(ids, lengths)
        seed = self.seed * 1000 + self._turn
        picture = self._draw(cond, self._previous, seed)
        self._last = (cond, self._previous)
        self._previous, self._turn = picture, self._turn + 1
        return BaselineTurn(text, to_pil(picture[0]))

    @torch.inference_mode()
    def image(self, seed: int | None = None) -> Image.Image:
        """The last turn's picture drawn again with other noise (the canvas before any turn)."""
        if self._last is None:
            return to_pil(self.canvas[0])
        return to_pil(self._draw(*self._last, self.seed * 1000 + self._turn - 1 if seed is None else seed)[0])
