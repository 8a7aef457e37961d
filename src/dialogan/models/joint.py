"""The joint model: the dialogue language model, the generator (with its EMA copy) and the
discriminator, wired so that the generator's loss can flow back into the language model.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass

import torch
import torch.nn as nn

from ..data.examples import Example
from ..data.tokenizer import DialogueTokenizer
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
    def __init__(self, cfg: ModelConfig, tokenizer: DialogueTokenizer, with_discriminator: bool = True):
        super().__init__()
        if tokenizer.vocab_size > cfg.vocab_size:
            raise ValueError(f"tokenizer has {tokenizer.vocab_size} tokens, model vocab_size is {cfg.vocab_size}")
        self.cfg, self.tokenizer = cfg, tokenizer
        self.lm = build_language_model(cfg, tokenizer.pad_id)
        self.generator = Generator(cfg, cfg.n_embd)
        self.generator_ema = copy.deepcopy(self.generator).requires_grad_(False).eval()
        self.discriminator = Discriminator(cfg, cfg.n_embd) if with_discriminator else None

    # 1. Language model.
    def collate(self, examples: list[Example]) -> dict[str, torch.Tensor]:
        n = max(len(e.ids) for e in examples)
        pad = self.tokenizer.pad_id
        ids = torch.full((len(examples), n), pad, dtype=torch.long)
        labels = torch.full((len(examples), n), -100, dtype=torch.long)
        mask = torch.zeros((len(examples), n), dtype=torch.long)
        for i, e in enumerate(examples):
            ids[i, : len(e.ids)] = torch.tensor(e.ids)
            labels[i, : len(e.labels)] = torch.tensor(e.labels)
            mask[i, : len(e.ids)] = 1
        return {"input_ids": ids, "labels": labels, "attention_mask": mask}

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
    def condition(self, hidden: torch.Tensor, examples: list[Example]) -> Conditioning:
        B, D = len(examples), hidden.shape[-1]
        K = max(1, max(len(e.context.scene) if e.context.scene is not None else 0 for e in examples))
        T = max(1, max(e.scene_span[1] - e.scene_span[0] for e in examples))
        dev, dt = hidden.device, hidden.dtype
        obj_states = []
        obj_xyr = torch.zeros(B, K, 3, device=dev, dtype=dt)
        obj_xyr[..., 2] = 1.0
        obj_mask = torch.zeros(B, K, dtype=torch.bool, device=dev)
        scene_states, tokens = [], []
        token_mask = torch.zeros(B, T, dtype=torch.bool, device=dev)
        is_caption = torch.zeros(B, dtype=torch.bool, device=dev)
        for i, e in enumerate(examples):
            s0, s1 = e.scene_span
            span = hidden[i, s0:s1]
            scene_states.append(span.mean(0))
            tokens.append(torch.cat([span, span.new_zeros(T - len(span), D)]))
            token_mask[i, : len(span)] = True
            rows = []
            scene = e.context.scene
            if scene is None:
                is_caption[i] = True
            else:
                for k, (obj, (a, b)) in enumerate(zip(scene, e.object_spans)):
                    rows.append(hidden[i, a:b].mean(0))
                    obj_xyr[i, k] = torch.tensor([obj.x, obj.y, obj.radius], dtype=dt)
                    obj_mask[i, k] = True
            rows += [hidden.new_zeros(D)] * (K - len(rows))
            obj_states.append(torch.stack(rows))
        return Conditioning(torch.stack(obj_states), obj_xyr, obj_mask, torch.stack(scene_states),
                            torch.stack(tokens), token_mask, is_caption)

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
