"""A DF-GAN-style peer (Tao et al., 2022): one-stage text-to-image from the current message alone.

No history and no scene: each turn's picture is drawn from that message's sentence vector, so
"make it blue" or "how many are there?" cannot be drawn right. It shows what dialogue state buys.
The generator grows a picture from noise through upsampling blocks whose activations are fused
with the text by deep affine layers (DFBlock: two text-conditioned affines with LeakyReLU),
the affines starting as the identity. The discriminator is the project's DF-GAN discriminator
(one-way output: image features and the sentence, hinge loss, matching-aware gradient penalty).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn as nn
import torch.nn.functional as F

from ..configs import Config
from ..data.tokenizer import DialogueTokenizer
from ..models import Discriminator, ModelConfig
from .config import PeerPreset, PeerTrainConfig
from .sentence_encoder import SentenceEncoder


@dataclass
class DFGANConfig(Config):
    vocab_size: int = 3072
    image_size: int = 64
    embed_dim: int = 128
    text_dim: int = 256
    z_dim: int = 100
    g_channels: int = 32  # ngf: 8*ngf at 4x4, halving towards the full size
    d_channels: int = 16  # ndf, as the dialogue model's discriminator


class Affine(nn.Module):
    """Channel-wise scale and shift predicted from the condition; the identity at initialisation."""

    def __init__(self, cond_dim: int, channels: int):
        super().__init__()
        self.gamma = nn.Sequential(nn.Linear(cond_dim, channels), nn.ReLU(), nn.Linear(channels, channels))
        self.beta = nn.Sequential(nn.Linear(cond_dim, channels), nn.ReLU(), nn.Linear(channels, channels))
        nn.init.zeros_(self.gamma[2].weight)
        nn.init.ones_(self.gamma[2].bias)
        nn.init.zeros_(self.beta[2].weight)
        nn.init.zeros_(self.beta[2].bias)

    def forward(self, x: torch.Tensor, c: torch.Tensor) -> torch.Tensor:
        return self.gamma(c)[:, :, None, None] * x + self.beta(c)[:, :, None, None]


class DFBlock(nn.Module):
    def __init__(self, cond_dim: int, channels: int):
        super().__init__()
        self.a1, self.a2 = Affine(cond_dim, channels), Affine(cond_dim, channels)

    def forward(self, x: torch.Tensor, c: torch.Tensor) -> torch.Tensor:
        return F.leaky_relu(self.a2(F.leaky_relu(self.a1(x, c), 0.2), c), 0.2)


class GBlock(nn.Module):
    def __init__(self, cin: int, cout: int, cond_dim: int):
        super().__init__()
        self.fuse1, self.fuse2 = DFBlock(cond_dim, cin), DFBlock(cond_dim, cout)
        self.conv1, self.conv2 = nn.Conv2d(cin, cout, 3, 1, 1), nn.Conv2d(cout, cout, 3, 1, 1)
        self.skip = nn.Conv2d(cin, cout, 1) if cin != cout else nn.Identity()

    def forward(self, x: torch.Tensor, c: torch.Tensor) -> torch.Tensor:
        x = F.interpolate(x, scale_factor=2)
        return self.skip(x) + self.conv2(self.fuse2(self.conv1(self.fuse1(x, c)), c))


class DFGenerator(nn.Module):
    """``forward(sentence, z) -> pictures`` in [-1, 1]; the affines read [z, sentence] as DF-GAN's code does."""

    def __init__(self, cfg: DFGANConfig):
        super().__init__()
        n_up = int(math.log2(cfg.image_size // 4))
        if 4 * 2 ** n_up != cfg.image_size:
            raise ValueError(f"image_size={cfg.image_size} must be 4 times a power of two")
        ngf, cond = cfg.g_channels, cfg.z_dim + cfg.text_dim
        chans = [8 * ngf] + [max(ngf // 2, 8 * ngf // 2 ** (i + 1)) for i in range(n_up)]
        self.fc = nn.Linear(cfg.z_dim, 4 * 4 * chans[0])
        self.blocks = nn.ModuleList(GBlock(chans[i], chans[i + 1], cond) for i in range(n_up))
        self.to_rgb = nn.Sequential(nn.LeakyReLU(0.2), nn.Conv2d(chans[-1], 3, 3, 1, 1), nn.Tanh())

    def forward(self, sentence: torch.Tensor, z: torch.Tensor) -> torch.Tensor:
        c = torch.cat([z, sentence], 1)
        x = self.fc(z).view(len(z), -1, 4, 4)
        for block in self.blocks:
            x = block(x, c)
        return self.to_rgb(x)


class DFGAN(nn.Module):
    """Sentence encoder, generator and (for training) discriminator."""

    kind = "dfgan"

    def __init__(self, cfg: DFGANConfig, tokenizer: DialogueTokenizer, with_discriminator: bool = True):
        super().__init__()
        if tokenizer.vocab_size > cfg.vocab_size:
            raise ValueError(f"tokenizer has {tokenizer.vocab_size} tokens, model vocab_size is {cfg.vocab_size}")
        self.cfg, self.tokenizer = cfg, tokenizer
        self.encoder = SentenceEncoder(cfg.vocab_size, cfg.embed_dim, cfg.text_dim, tokenizer.pad_id)
        self.generator = DFGenerator(cfg)
        d_cfg = ModelConfig(image_size=cfg.image_size, d_channels=cfg.d_channels)
        self.discriminator = Discriminator(d_cfg, cfg.text_dim) if with_discriminator else None

    def draw(self, sentence: torch.Tensor, z: torch.Tensor) -> torch.Tensor:
        return self.generator(sentence, z)


PRESETS = {
    "tiny": PeerPreset(DFGANConfig(vocab_size=512, image_size=32, embed_dim=16, text_dim=32, z_dim=8,
                                   g_channels=8, d_channels=8),
                       PeerTrainConfig(steps=4, batch_size=4, gp_weight=2.0, log_every=1, sample_every=2,
                                       save_every=2),
                       vocab_size=512, tokenizer_dialogues=300),
    # DF-GAN's own settings (lr 1e-4 / 4e-4, MA-GP weight 2), batch 16 turns.
    "default": PeerPreset(DFGANConfig(), PeerTrainConfig(batch_size=16, gp_weight=2.0), vocab_size=3072),
}
