"""Joint training's configuration and the named presets (model + training settings).

``tiny`` runs in seconds (tests), ``default`` is the shipped CPU model, ``coco64`` and
``coco256`` are GPU settings for COCO captions. ``dialogan train`` turns every field of
``JointTrainConfig`` into an override flag (``lr_lm`` -> ``--lr-lm``), its help from ``setting``.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field

from ..configs import Config, setting
from ..errors import DialoganError
from ..models import ModelConfig
from ..world import TYPO_RATE


@dataclass
class JointTrainConfig(Config):
    """How the dialogue model and the GAN are trained together (``dialogan train --model dialogan``)."""

    steps: int = setting(3000, "the number of steps")
    max_minutes: float = setting(0.0, "stop and save after this much wall time, in minutes (0 = no limit)",
                                 metavar="MINUTES")
    finish_share: float = setting(0.0, "the last share of --max-minutes trains the GAN at every step with the "
                                       "language model frozen to it (0 = none)", metavar="F")
    batch_size: int = setting(32, "dialogue-model sequences per step and process")
    image_batch: int = setting(16, "of those, how many also train the generator")
    gan_every: int = setting(1, "train the GAN (and let its loss reach the language model) every Nth step; "
                                "the others are language-model-only")
    lr_lm: float = setting(1e-3, "the language model's peak learning rate (0: the language model is not trained; "
                                  "with --finish-share 1 the run trains the GAN alone)", metavar="LR")
    lr_g: float = setting(4e-4, "the generator's learning rate", metavar="LR")
    lr_d: float = setting(4e-4, "the discriminator's learning rate", metavar="LR")
    warmup: int = setting(100, "warm-up steps of the learning rates")
    weight_decay: float = setting(0.01, "the language model's AdamW weight decay")
    l1_weight: float = setting(10.0, "weight of the L1 loss against the paired real picture")
    object_l1_weight: float = setting(20.0, "extra L1 weight inside the objects' coverage")
    adv_weight: float = setting(0.5, "weight of the generator's adversarial (hinge) loss")
    gan_into_lm: float = setting(1.0, "weight of the generator's loss in the language model's gradient")
    freeze_lm: bool = setting(False, "keep the generator's gradient out of the language model (ablation); "
                                     "--no-freeze-lm lets it back in when resuming a frozen run")
    gp_weight: float = setting(2.0, "weight of DF-GAN's matching-aware gradient penalty")
    ema_decay: float = setting(0.999, "decay of the generator's moving average (what inference draws with)")
    history_turns: int = setting(2, "earlier turns the language model reads with each message")
    typo_rate: float = setting(TYPO_RATE, "share of shapes-world messages with typing noise "
                                          "(as many as the test dialogues)", metavar="F")
    seed: int = setting(0, "seed of the weights, data stream and noise")
    log_every: int = setting(10, "show the losses every N steps")
    sample_every: int = setting(250, "write a sample grid and run the quick eval every N steps")
    save_every: int = setting(250, "save the checkpoint every N steps")
    quick_eval_turns: int = setting(40, "held-out turns decoded at every sample step")
    # Variety across seeds (issue 22); all off by default, so runs and checkpoints made before draw as they did.
    z_every_block: bool = setting(False, "give the generator its noise at every block too (zero-initialised FiLM): "
                                         "new runs, and --init-from, whose weights then draw as before until trained")
    mode_seeking_weight: float = setting(0.0, "weight of MSGAN's mode-seeking loss: each drawn turn is drawn with a "
                                              "second noise too (0 = off)", metavar="W")
    z_from_seed: bool = setting(False, "shapes world: each drawn turn's noise is the one inference draws for the "
                                       "seed of its paired render, so the L1 pairs the picture of seed s with the "
                                       "render of seed s")
    sparse_share: float = setting(0.0, "shapes world: share of the drawn turns whose target is an empty or "
                                       "one-object scene (clear turns, first adds); 0 = as the dialogues come",
                                  metavar="F")
    image_size: int | None = setting(None, "draw pictures of this many pixels (default: the preset's, or the "
                                           "checkpoint's): --init-from a smaller model grows its generator, the new "
                                           "blocks starting as the identity, with a fresh discriminator",
                                     metavar="PX")
    workers: int | None = setting(None, "processes building the batches (default: 4 on CUDA, 0 = the training "
                                        "process on CPU); the batches are the same for any number")


@dataclass
class Preset(Config):
    """A named pair of model and training settings, with the tokenizer's size and corpus."""

    model: ModelConfig = field(default_factory=ModelConfig)
    train: JointTrainConfig = field(default_factory=JointTrainConfig)
    vocab_size: int = 4096  # tokenizer size trained for this preset
    tokenizer_dialogues: int = 20000  # dialogues the tokenizer is trained on


PRESETS: dict[str, Preset] = {
    "tiny": Preset(
        ModelConfig(vocab_size=512, n_layer=1, n_embd=32, n_head=2, n_ctx=192, image_size=32, z_dim=8,
                    cond_dim=16, g_channels=32, d_channels=8),
        JointTrainConfig(steps=6, batch_size=4, image_batch=2, gan_every=2, warmup=2, log_every=1, sample_every=3,
                         save_every=3, quick_eval_turns=3),
        vocab_size=512, tokenizer_dialogues=300),
    "default": Preset(
        ModelConfig(vocab_size=3072, n_layer=4, n_embd=192, n_head=4, n_ctx=192, image_size=64, z_dim=32,
                    cond_dim=48, g_channels=64, d_channels=16),
        JointTrainConfig(steps=13500, max_minutes=88.0, finish_share=0.16, batch_size=16, image_batch=6, gan_every=3,
                         lr_lm=1.5e-3, gan_into_lm=0.3, typo_rate=0.12, sample_every=500, save_every=500),
        vocab_size=3072, tokenizer_dialogues=20000),
    "coco64": Preset(
        ModelConfig(vocab_size=16384, n_layer=8, n_embd=512, n_head=8, n_ctx=256, image_size=64, z_dim=100,
                    cond_dim=128, g_channels=256, d_channels=64),
        JointTrainConfig(steps=200_000, batch_size=64, image_batch=64, lr_lm=3e-4, lr_g=2e-4, lr_d=2e-4,
                         warmup=2000, l1_weight=1.0, object_l1_weight=0.0, adv_weight=1.0, sample_every=2000,
                         save_every=5000),
        vocab_size=16384, tokenizer_dialogues=0),
    "coco256": Preset(
        ModelConfig(vocab_size=16384, n_layer=12, n_embd=768, n_head=12, n_ctx=256, image_size=256, z_dim=100,
                    cond_dim=256, g_channels=512, d_channels=32),
        JointTrainConfig(steps=400_000, batch_size=32, image_batch=32, lr_lm=3e-4, lr_g=1e-4, lr_d=4e-4,
                         warmup=4000, l1_weight=1.0, object_l1_weight=0.0, adv_weight=1.0, sample_every=2000,
                         save_every=5000),
        vocab_size=16384, tokenizer_dialogues=0),
}


def get_preset(name: str) -> Preset:
    """A fresh copy of the preset ``name`` (changing it leaves ``PRESETS`` as it is)."""
    if name not in PRESETS:
        raise DialoganError(f"unknown preset {name!r}; presets are {', '.join(PRESETS)}")
    return copy.deepcopy(PRESETS[name])
