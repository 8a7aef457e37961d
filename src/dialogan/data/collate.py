"""Collation: ``Example``s (``examples.py``) into the tensors the model takes.

Two batches come out of a list of examples:

- ``collate``: the token sequences, padded (``input_ids``, ``labels``, ``attention_mask``),
  what the language model reads;
- ``collate_layout``: where each scene sits in those sequences and on the canvas (object token
  spans, object centres and radii, which objects are real, the scene text's span, which
  examples are captions), what ``DialoGAN.condition`` needs to pool the language model's states
  into the generator's conditioning. The model never sees an ``Example`` or a ``Scene``.
"""
from __future__ import annotations

import torch

from .examples import Example


def collate(examples: list[Example], pad_id: int) -> dict[str, torch.Tensor]:
    """The sequences padded to the longest with ``pad_id``; padding is masked and carries no label."""
    n = max(len(e.ids) for e in examples)
    ids = torch.full((len(examples), n), pad_id, dtype=torch.long)
    labels = torch.full((len(examples), n), -100, dtype=torch.long)
    mask = torch.zeros((len(examples), n), dtype=torch.long)
    for i, e in enumerate(examples):
        ids[i, : len(e.ids)] = torch.tensor(e.ids)
        labels[i, : len(e.labels)] = torch.tensor(e.labels)
        mask[i, : len(e.ids)] = 1
    return {"input_ids": ids, "labels": labels, "attention_mask": mask}


def collate_layout(examples: list[Example]) -> dict[str, torch.Tensor]:
    """The keyword arguments of ``DialoGAN.condition`` besides the states, for ``examples``.

    ``object_spans`` (B, K, 2): [start, end) token positions of each object, K the most objects
    of any scene (at least 1); ``object_xyr`` (B, K, 3) float64: centre and radius in canvas
    units (padding: 0, 0, 1); ``object_mask`` (B, K): real objects; ``scene_spans`` (B, 2): the
    scene text; ``is_caption`` (B,): text without positions (no scene).

    The centres stay float64 so the model rounds them once, to its own dtype.
    """
    B = len(examples)
    K = max(1, max(len(e.context.scene) if e.context.scene is not None else 0 for e in examples))
    spans = torch.zeros(B, K, 2, dtype=torch.long)
    xyr = torch.zeros(B, K, 3, dtype=torch.float64)
    xyr[..., 2] = 1.0
    mask = torch.zeros(B, K, dtype=torch.bool)
    is_caption = torch.zeros(B, dtype=torch.bool)
    for i, e in enumerate(examples):
        scene = e.context.scene
        if scene is None:
            is_caption[i] = True
            continue
        for k, (obj, span) in enumerate(zip(scene, e.object_spans)):
            spans[i, k] = torch.tensor(span)
            xyr[i, k] = torch.tensor([obj.x, obj.y, obj.radius], dtype=torch.float64)
            mask[i, k] = True
    scene_spans = torch.tensor([list(e.scene_span) for e in examples], dtype=torch.long).view(B, 2)
    return {"object_spans": spans, "object_xyr": xyr, "object_mask": mask, "scene_spans": scene_spans,
            "is_caption": is_caption}
