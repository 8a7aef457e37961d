"""Model and training configurations, with named presets.

``tiny`` runs in seconds (tests), ``default`` is the shipped CPU model, ``coco64`` and
``coco256`` are GPU settings for COCO captions.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields

from ..world import TYPO_RATE


@dataclass
class ModelConfig:
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

    @classmethod
    def from_dict(cls, d: dict) -> "ModelConfig":
        known = {f.name for f in fields(cls)}
        unknown = set(d) - known
        if unknown:
            raise ValueError(f"config.json: unknown model fields {sorted(unknown)}")
        return cls(**d)


@dataclass
class TrainConfig:
    steps: int = 3000
    max_minutes: float = 0.0  # stop (and save) after this wall time; 0 = no limit
    finish_share: float = 0.0  # the last share of max_minutes: the GAN at every step, the LM frozen to it
    batch_size: int = 32  # dialogue-model sequences per step and process
    image_batch: int = 16  # of those, how many also train the generator
    gan_every: int = 1  # the GAN trains (and its loss reaches the language model) every Nth step
    lr_lm: float = 1e-3
    lr_g: float = 4e-4
    lr_d: float = 4e-4
    warmup: int = 100
    weight_decay: float = 0.01
    l1_weight: float = 10.0
    object_l1_weight: float = 20.0  # extra L1 inside the objects' coverage
    adv_weight: float = 0.5
    gan_into_lm: float = 1.0  # weight of the generator's loss in the language model's gradient
    freeze_lm: bool = False  # stop the generator's gradient at the language model (ablation)
    gp_weight: float = 2.0  # DF-GAN's matching-aware gradient penalty
    ema_decay: float = 0.999
    history_turns: int = 2
    typo_rate: float = TYPO_RATE  # share of shapes-world messages with typing noise (as many as the test dialogues)
    seed: int = 0
    log_every: int = 10
    sample_every: int = 250
    save_every: int = 250
    quick_eval_turns: int = 40  # held-out turns decoded at every sample step
    workers: int | None = None  # DataLoader processes building batches; None: 4 on CUDA, 0 (this process) on CPU

    @classmethod
    def from_dict(cls, d: dict) -> "TrainConfig":
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in known})


@dataclass
class Preset:
    model: ModelConfig = field(default_factory=ModelConfig)
    train: TrainConfig = field(default_factory=TrainConfig)
    vocab_size: int = 4096  # tokenizer size trained for this preset
    tokenizer_dialogues: int = 20000  # dialogues the tokenizer is trained on

    def to_dict(self) -> dict:
        return asdict(self)


PRESETS: dict[str, Preset] = {
    "tiny": Preset(
        ModelConfig(vocab_size=512, n_layer=1, n_embd=32, n_head=2, n_ctx=192, image_size=32, z_dim=8,
                    cond_dim=16, g_channels=32, d_channels=8),
        TrainConfig(steps=6, batch_size=4, image_batch=2, gan_every=2, warmup=2, log_every=1, sample_every=3,
                    save_every=3, quick_eval_turns=3),
        vocab_size=512, tokenizer_dialogues=300),
    "default": Preset(
        ModelConfig(vocab_size=3072, n_layer=4, n_embd=192, n_head=4, n_ctx=192, image_size=64, z_dim=32,
                    cond_dim=48, g_channels=64, d_channels=16),
        TrainConfig(steps=13500, max_minutes=88.0, finish_share=0.16, batch_size=16, image_batch=6, gan_every=3,
                    lr_lm=1.5e-3, gan_into_lm=0.3, typo_rate=0.12, sample_every=500, save_every=500),
        vocab_size=3072, tokenizer_dialogues=20000),
    "coco64": Preset(
        ModelConfig(vocab_size=16384, n_layer=8, n_embd=512, n_head=8, n_ctx=256, image_size=64, z_dim=100,
                    cond_dim=128, g_channels=256, d_channels=64),
        TrainConfig(steps=200_000, batch_size=64, image_batch=64, lr_lm=3e-4, lr_g=2e-4, lr_d=2e-4,
                    warmup=2000, l1_weight=1.0, object_l1_weight=0.0, adv_weight=1.0, sample_every=2000,
                    save_every=5000),
        vocab_size=16384, tokenizer_dialogues=0),
    "coco256": Preset(
        ModelConfig(vocab_size=16384, n_layer=12, n_embd=768, n_head=12, n_ctx=256, image_size=256, z_dim=100,
                    cond_dim=256, g_channels=512, d_channels=32),
        TrainConfig(steps=400_000, batch_size=32, image_batch=32, lr_lm=3e-4, lr_g=1e-4, lr_d=4e-4,
                    warmup=4000, l1_weight=1.0, object_l1_weight=0.0, adv_weight=1.0, sample_every=2000,
                    save_every=5000),
        vocab_size=16384, tokenizer_dialogues=0),
}


def get_preset(name: str) -> Preset:
    if name not in PRESETS:
        raise ValueError(f"unknown preset {name!r}; presets are {', '.join(PRESETS)}")
    import copy

    return copy.deepcopy(PRESETS[name])

