"""The dialogue model: a GPT-2 (transformers) trained from scratch, with greedy KV-cache decoding."""
from __future__ import annotations

import torch
from transformers import GPT2Config, GPT2LMHeadModel

from .config import ModelConfig


def build_language_model(cfg: ModelConfig, pad_id: int = 0) -> GPT2LMHeadModel:
    gpt_cfg = GPT2Config(vocab_size=cfg.vocab_size, n_positions=cfg.n_ctx, n_embd=cfg.n_embd, n_layer=cfg.n_layer,
                         n_head=cfg.n_head, resid_pdrop=0.0, embd_pdrop=0.0, attn_pdrop=0.0,
                         pad_token_id=pad_id, bos_token_id=pad_id, eos_token_id=pad_id)
    return GPT2LMHeadModel(gpt_cfg)


@torch.inference_mode()
def greedy_decode(lm: GPT2LMHeadModel, prompt: list[int], stop_ids: set[int], max_new: int,
                  allowed_after: dict[int, None] | None = None) -> list[int]:
    """Greedy continuation of ``prompt`` using the KV cache, up to a stop token (included)."""
    device = next(lm.parameters()).device
    x = torch.tensor([prompt], device=device)
    out: list[int] = []
    past = None
    for _ in range(max_new):
        res = lm(input_ids=x, cache=past, use_cache=True)
        past = res.cache
        nxt = int(res.logits[0, -1].argmax())
        out.append(nxt)
        if nxt in stop_ids:
            break
        x = torch.tensor([[nxt]], device=device)
    return out
