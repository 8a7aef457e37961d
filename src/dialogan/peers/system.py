"""A peer as a dialogue system: what the evaluator and ``dialogan bench peers`` talk to."""
from __future__ import annotations

import os

import numpy as np
import torch
from PIL import Image

from ..world import Scene, render_array
from .checkpoint import load_peer
from .sentence_encoder import encode_messages

CANVAS_SEED = 0  # the blank canvas GeNeVA starts every conversation from (i-CLEVR gives it one too)


class PeerTurn:
    def __init__(self, text: str, image: Image.Image):
        # A peer keeps no scene and says nothing: its state lives in its picture (and GRU).
        self.text, self.reply, self.scene, self.image = text, "", Scene(()), image


def to_pil(picture: torch.Tensor) -> Image.Image:
    """(3, S, S) in [-1, 1] -> an RGB picture."""
    pixels = ((picture.clamp(-1, 1) + 1) * 127.5).round().byte().permute(1, 2, 0).cpu().numpy()
    return Image.fromarray(pixels, "RGB")


class PeerSystem:
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
    def load(cls, path: str | os.PathLike, device: str = "cpu", seed: int = 0) -> "PeerSystem":
        return cls(load_peer(path, device)[0], seed)

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
    def send(self, text: str) -> PeerTurn:
        ids, lengths = encode_messages(self.model.tokenizer, [" ".join(str(text).split()) or "."], self.device)
        if self.model.kind == "geneva":
            cond, self._hidden = self.model.step(ids, lengths, self._hidden)
        else:
            cond = self.model.encoder(ids, lengths)
        seed = self.seed * 1000 + self._turn
        picture = self._draw(cond, self._previous, seed)
        self._last = (cond, self._previous)
        self._previous, self._turn = picture, self._turn + 1
        return PeerTurn(text, to_pil(picture[0]))

    @torch.inference_mode()
    def image(self, seed: int | None = None) -> Image.Image:
        """The last turn's picture drawn again with other noise (the canvas before any turn)."""
        if self._last is None:
            return to_pil(self.canvas[0])
        return to_pil(self._draw(*self._last, self.seed * 1000 + self._turn - 1 if seed is None else seed)[0])
