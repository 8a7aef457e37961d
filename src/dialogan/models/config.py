"""The dialogue model's configuration: its language model, generator and discriminator.

The named presets (``tiny``, ``default``, ``coco64``, ``coco256``) live in ``dialogan.train.config``.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..configs import Config


@dataclass
class ModelConfig(Config):
    # Language model (GPT-2 architecture).
    vocab_size: int = 4096
    n_layer: int = 4
    n_embd: int = 256
    n_head: int = 4
    n_ctx: int = 256
    # Generator and discriminator.
    image_size: int = 64
    z_dim: int = 32
    cond_dim: int = 64  # width of the per-object state painted into the layout map
    g_channels: int = 128  # at the lowest resolution; halves as the picture grows
    d_channels: int = 32  # at the highest resolution; doubles as it shrinks
    # The noise also scales and shifts every block's output (per-channel FiLM, initialised to zero):
    # off in the shipped model; a checkpoint saved without it loads into a model with it on and
    # draws the same pictures until training moves those weights.
    z_every_block: bool = False
