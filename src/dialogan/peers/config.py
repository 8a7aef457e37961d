"""The peers' training configuration and the shape of their presets."""
from __future__ import annotations

from dataclasses import dataclass

from ..configs import Config, setting


@dataclass
class PeerTrainConfig(Config):
    """Training settings of the peers (``geneva``, ``dfgan``); Adam(0, 0.9) as both papers use."""

    steps: int = setting(100_000, "the number of steps")
    max_minutes: float = setting(0.0, "stop and save after this much wall time, in minutes (0 = no limit)")
    batch_size: int = setting(4, "dialogues per step (geneva, every turn of each) or turns per step (dfgan)")
    lr_g: float = setting(1e-4, "learning rate of the generator and text encoders")
    lr_d: float = setting(4e-4, "the discriminator's learning rate")
    gp_weight: float = setting(10.0, "geneva: R1 penalty on real pictures; dfgan: matching-aware GP (MA-GP)")
    aux_weight: float = setting(1.0, "geneva: weight of the auxiliary object detector's BCE")
    seed: int = setting(0, "seed of the weights, data stream and noise")
    log_every: int = setting(10, "show the losses every N steps")
    sample_every: int = setting(250, "write a sample grid every N steps")
    save_every: int = setting(250, "save the checkpoint every N steps")


@dataclass
class PeerPreset(Config):
    """A peer's named settings: its model config (``GenevaConfig`` or ``DFGANConfig``) and training."""

    model: object
    train: PeerTrainConfig
    vocab_size: int = 3072  # tokenizer size, as the dialogue model's preset of the same name
    tokenizer_dialogues: int = 20000
