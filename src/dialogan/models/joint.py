"""The joint model: the dialogue language model, the generator (with its EMA copy) and the
discriminator, wired so that the generator's loss can flow back into the language model.

Tensors in, tensors out: token ids and the scenes' layout (token spans, centres, radii, as
``data.collate`` builds them) go in; states, conditioning and pictures come out.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass

import torch
import torch.nn as nn

from .config import ModelConfig
from .discriminator import Discriminator
from .generator import Generator
from .language import build_language_model


@dataclass
class Conditioning:
    """Everything the generator and discriminator read of the language model's states."""

    obj_states: torch.Tensor  # (B, K, D) pooled over each object's tokens
    obj_xyr: torch.Tensor  # (B, K, 3) centre and radius in canvas units
    obj_mask: torch.Tensor  # (B, K) real objects
    scene_state: torch.Tensor  # (B, D) pooled over the whole scene text
    tokens: torch.Tensor  # (B, T, D) the scene text's token states (captions)
    token_mask: torch.Tensor  # (B, T)
    is_caption: torch.Tensor  # (B,) text without positions

    def detached(self) -> "Conditioning":
        return Conditioning(*(t.detach() for t in vars(self).values()))


class _ScaleGrad(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, scale):
        ctx.scale = scale
        return x.view_as(x)

    @staticmethod
    def backward(ctx, g):
        return g * ctx.scale, None


def scale_grad(x: torch.Tensor, scale: float) -> torch.Tensor:
    """Identity forward; multiplies the gradient by ``scale`` on the way back."""
    return _ScaleGrad.apply(x, scale)


class DialoGAN(nn.Module):
    """``pad_id`` is the tokenizer's padding token, which the language model's config records."""

    def __init__(self, cfg: ModelConfig, pad_id: int = 0, with_discriminator: bool = True):
        super().__init__()
        if not 0 <= pad_id < cfg.vocab_size:
            raise ValueError(f"pad_id {pad_id} is outside the model's vocabulary of {cfg.vocab_size}")
        self.cfg = cfg
        self.lm = build_language_model(cfg, pad_id)
        self.generator = Generator(cfg, cfg.n_embd)
        self.generator_ema = copy.deepcopy(self.generator).requires_grad_(False).eval()
        self.discriminator = Discriminator(cfg, cfg.n_embd) if with_discriminator else None

    def with_z_every_block(self) -> "DialoGAN":
        """Give the generator (and its EMA copy) the noise at every block, keeping every weight it has:
        the new ones start at zero, so the pictures stay exactly what they were until training."""
        self.cfg.z_every_block = True
        for name in ("generator", "generator_ema"):
            old = getattr(self, name)
            new = Generator(self.cfg, self.cfg.n_embd).to(old.stem.weight.device)
            new.load_state_dict(old.state_dict())
            new.train(old.training).requires_grad_(old.stem.weight.requires_grad)
            setattr(self, name, new)
        return self

    def grown_to(self, size: int) -> "DialoGAN":
        """The generator (and its EMA copy) grown to draw ``size`` pixels, keeping every weight it
        has: one new block per doubling, each starting as the identity on its upsampled input, so
        the first pictures are the old ones at the new size and training only has to add detail
        (progressive growing). The discriminator is made afresh for the new size."""
        if size == self.cfg.image_size:
            return self
        if size < self.cfg.image_size:
            raise ValueError(f"a generator grows, it does not shrink: {self.cfg.image_size} px to {size} px")
        old_size, self.cfg.image_size = self.cfg.image_size, size
        for name in ("generator", "generator_ema"):
            old = getattr(self, name)
            setattr(self, name, Generator.grown(old, self.cfg, self.cfg.n_embd, old_size))
        if self.discriminator is not None:
            self.discriminator = Discriminator(self.cfg, self.cfg.n_embd).to(self.generator.stem.weight.device)
        return self

    # 1. Language model.
    def lm_forward(self, batch: dict[str, torch.Tensor]) -> tuple[torch.Tensor, int, torch.Tensor]:
        """Summed cross-entropy over the scene and reply tokens, their number, and the last layer's states.

        Logits are computed only where there is a label: the prompt is most of a sequence, and
        the output layer is a quarter of the model's work.
        """
        dev = next(self.lm.parameters()).device
        ids, labels, mask = (batch[k].to(dev) for k in ("input_ids", "labels", "attention_mask"))
        hidden = self.lm.transformer(input_ids=ids, attention_mask=mask).last_hidden_state
        target = labels[:, 1:]
        keep = target != -100
        logits = self.lm.lm_head(hidden[:, :-1][keep]).float()
        loss = nn.functional.cross_entropy(logits, target[keep], reduction="sum")
        return loss, int(keep.sum()), hidden

    def lm_states(self, batch: dict[str, torch.Tensor]) -> torch.Tensor:
        """The last layer's states of the language model over a batch (no loss)."""
        dev = next(self.lm.parameters()).device
        # The transformer body alone: the output layer's logits over the whole vocabulary would go unused.
        return self.lm.transformer(input_ids=batch["input_ids"].to(dev),
                                   attention_mask=batch["attention_mask"].to(dev)).last_hidden_state

    # 2. From states to the generator's conditioning.
    def condition(self, hidden: torch.Tensor, object_spans: torch.Tensor, object_xyr: torch.Tensor,
                  object_mask: torch.Tensor, scene_spans: torch.Tensor, is_caption: torch.Tensor) -> Conditioning:
        """Pool the states ``hidden`` (B, N, D) over each object's span and the scene's span.

        The other arguments are ``data.collate.collate_layout``'s: ``object_spans`` (B, K, 2)
        [start, end) per object, ``object_xyr`` (B, K, 3) centres and radii, ``object_mask`` (B, K)
        real objects, ``scene_spans`` (B, 2), ``is_caption`` (B,) text without positions.
        """
        B, D = hidden.shape[0], hidden.shape[-1]
        K = object_spans.shape[1]
        dev, dt = hidden.device, hidden.dtype
        scene_spans, object_spans = scene_spans.tolist(), object_spans.tolist()
        real = object_mask.tolist()
        T = max(1, max(s1 - s0 for s0, s1 in scene_spans))
        obj_states, scene_states, tokens = [], [], []
        token_mask = torch.zeros(B, T, dtype=torch.bool, device=dev)
        for i, (s0, s1) in enumerate(scene_spans):
            span = hidden[i, s0:s1]
            scene_states.append(span.mean(0))
            tokens.append(torch.cat([span, span.new_zeros(T - len(span), D)]))
            token_mask[i, : len(span)] = True
            # One object at a time, as it was trained: a masked sum would round differently.
            rows = [hidden[i, a:b].mean(0) for (a, b), keep in zip(object_spans[i], real[i]) if keep]
            rows += [hidden.new_zeros(D)] * (K - len(rows))
            obj_states.append(torch.stack(rows))
        return Conditioning(torch.stack(obj_states), object_xyr.to(device=dev, dtype=dt), object_mask.to(dev),
                            torch.stack(scene_states), torch.stack(tokens), token_mask, is_caption.to(dev))

    def draw(self, cond: Conditioning, z: torch.Tensor, ema: bool = True) -> torch.Tensor:
        """Pictures in [-1, 1], (B, 3, S, S), one generator pass."""
        g = self.generator_ema if ema else self.generator
        layout = g.layout(cond.obj_states, cond.obj_xyr, cond.obj_mask, cond.scene_state,
                          cond.tokens, cond.token_mask, cond.is_caption)
        return g(layout, z)

    @torch.no_grad()
    def update_ema(self, decay: float) -> None:
        for pe, p in zip(self.generator_ema.parameters(), self.generator.parameters()):
            pe.lerp_(p, 1.0 - decay)
        for be, b in zip(self.generator_ema.buffers(), self.generator.buffers()):
            be.copy_(b)

    def parameter_counts(self) -> dict[str, int]:
        count = lambda m: sum(p.numel() for p in m.parameters()) if m is not None else 0
        return {"language_model": count(self.lm), "generator": count(self.generator),
                "discriminator": count(self.discriminator)}
