"""The peers' text side: a bidirectional GRU over learned token embeddings.

GeNeVA-GAN and DF-GAN read a sentence as one vector from a bidirectional recurrent encoder
(GeNeVA over GloVe vectors, DF-GAN over DAMSM's). Neither set of pretrained vectors can be
had offline, so the embeddings are learned, over the project's byte-level tokenizer: the
same tokens the dialogue model reads, Chinese included.
"""
from __future__ import annotations

import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence

from ..data.tokenizer import DialogueTokenizer

MAX_MESSAGE_TOKENS = 64


class SentenceEncoder(nn.Module):
    """``forward(ids, lengths) -> (B, out_dim)``: the last states of both directions, concatenated."""

    def __init__(self, vocab_size: int, embed_dim: int, out_dim: int, pad_id: int = 0):
        super().__init__()
        if out_dim % 2:
            raise ValueError(f"out_dim={out_dim} must be even (half per direction)")
        self.embed = nn.Embedding(vocab_size, embed_dim, padding_idx=pad_id)
        self.gru = nn.GRU(embed_dim, out_dim // 2, batch_first=True, bidirectional=True)

    def forward(self, ids: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        # Packing keeps the padding out of the backward direction's state.
        packed = pack_padded_sequence(self.embed(ids), lengths.cpu(), batch_first=True, enforce_sorted=False)
        _, h = self.gru(packed)
        return torch.cat([h[0], h[1]], 1)


def encode_messages(tok: DialogueTokenizer, texts: list[str], device="cpu") -> tuple[torch.Tensor, torch.Tensor]:
    """Token ids (B, T) padded with the pad id, and each message's length (at least 1 token)."""
    rows = [tok.encode(" " + t)[:MAX_MESSAGE_TOKENS] or [tok.pad_id] for t in texts]
    ids = torch.full((len(rows), max(len(r) for r in rows)), tok.pad_id, dtype=torch.long)
    for i, r in enumerate(rows):
        ids[i, : len(r)] = torch.tensor(r)
    return ids.to(device), torch.tensor([len(r) for r in rows])
