"""The peers' training settings and presets (their model configs live beside their nets)."""
from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass
class PeerTrainConfig:
    """Training settings of the peers (``geneva``, ``dfgan``); Adam(0, 0.9) as both papers use."""

    steps: int = 100_000
    max_minutes: float = 0.0  # stop (and save) after this wall time; 0 = no limit
    batch_size: int = 4  # dialogues per step (geneva, every turn of each) or turns per step (dfgan)
    lr_g: float = 1e-4  # generator and text encoders
    lr_d: float = 4e-4
    gp_weight: float = 10.0  # geneva: R1 penalty on real pictures; dfgan: matching-aware GP (MA-GP)
    aux_weight: float = 1.0  # geneva: the auxiliary object detector's BCE
    seed: int = 0
    log_every: int = 10
    sample_every: int = 250
    save_every: int = 250

    @classmethod
    def from_dict(cls, d: dict) -> "PeerTrainConfig":
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in known})


@dataclass
class PeerPreset:
    model: object  # GenevaConfig or DFGANConfig
    train: PeerTrainConfig
    vocab_size: int = 3072  # tokenizer size, as the dialogue model's preset of the same name
    tokenizer_dialogues: int = 20000
