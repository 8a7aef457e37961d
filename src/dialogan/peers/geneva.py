"""GeNeVA-GAN (El-Nouby et al., 2019), re-implemented as a peer: it draws from the history alone.

Per turn, a bidirectional GRU encodes the instruction; a GRU over the turns keeps the
conversation state h_t. The generator takes noise and h_t, grows a picture with conditional
batch norm (conditioned on h_t), and at a quarter of the final size concatenates the features
of the previous picture (the real one in training, teacher forcing; its own at test time).
The discriminator subtracts the previous picture's features from the current one's, scores
realism plus a projection term with h_t, and has an auxiliary head that detects which
(shape, colour) pairs the picture holds. There is no scene text and no layout: everything
passes through h_t.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.utils.parametrizations import spectral_norm

from ..configs import Config
from ..data.tokenizer import DialogueTokenizer
from ..world import COLORS, SHAPES
from .config import PeerPreset, PeerTrainConfig
from .sentence_encoder import SentenceEncoder

N_CLASSES = len(SHAPES) * len(COLORS)  # the auxiliary detector's labels: every (shape, colour) pair


@dataclass
class GenevaConfig(Config):
    vocab_size: int = 3072
    image_size: int = 64
    embed_dim: int = 128  # learned word embeddings (GeNeVA: 300-d GloVe)
    text_dim: int = 256  # instruction encoding, both directions
    history_dim: int = 256  # the conversation GRU's state h_t
    z_dim: int = 32
    g_channels: int = 128  # at 4x4; halves per upsampling, at least 16
    image_feat: int = 64  # previous picture's features at a quarter of the size
    d_channels: int = 16  # at the full size; doubles as it shrinks, at most 8x (the dialogue model's D width)


class CondBatchNorm(nn.Module):
    """Batch norm whose scale and shift come from the conversation state (starts as plain BN)."""

    def __init__(self, channels: int, cond_dim: int):
        super().__init__()
        self.norm = nn.BatchNorm2d(channels, affine=False)
        self.affine = nn.Linear(cond_dim, 2 * channels)
        nn.init.zeros_(self.affine.weight)
        nn.init.zeros_(self.affine.bias)

    def forward(self, x: torch.Tensor, c: torch.Tensor) -> torch.Tensor:
        gamma, beta = self.affine(c)[:, :, None, None].chunk(2, 1)
        return self.norm(x) * (1 + gamma) + beta


class ResUp(nn.Module):
    """SNGAN-style residual upsampling block with conditional batch norm."""

    def __init__(self, cin: int, cout: int, cond_dim: int):
        super().__init__()
        self.bn1, self.bn2 = CondBatchNorm(cin, cond_dim), CondBatchNorm(cout, cond_dim)
        self.conv1, self.conv2 = nn.Conv2d(cin, cout, 3, 1, 1), nn.Conv2d(cout, cout, 3, 1, 1)
        self.skip = nn.Conv2d(cin, cout, 1)

    def forward(self, x: torch.Tensor, c: torch.Tensor) -> torch.Tensor:
        h = self.conv1(F.interpolate(F.relu(self.bn1(x, c)), scale_factor=2))
        h = self.conv2(F.relu(self.bn2(h, c)))
        return h + self.skip(F.interpolate(x, scale_factor=2))


def _image_encoder(cout: int) -> nn.Sequential:
    """A picture (3, S, S) -> features (cout, S/4, S/4): two strided convolutions."""
    return nn.Sequential(nn.Conv2d(3, cout // 2, 3, 1, 1), nn.LeakyReLU(0.2),
                         nn.Conv2d(cout // 2, cout, 4, 2, 1), nn.LeakyReLU(0.2),
                         nn.Conv2d(cout, cout, 4, 2, 1), nn.LeakyReLU(0.2))


class GenevaGenerator(nn.Module):
    """``forward(h, previous, z) -> pictures`` in [-1, 1]."""

    def __init__(self, cfg: GenevaConfig):
        super().__init__()
        size, c = cfg.image_size, cfg.g_channels
        if size not in (32, 64, 128):
            raise ValueError(f"image_size={size} is not supported by geneva; use 32, 64 or 128")
        self.fuse_at = size // 4
        n_low, n_high = int(math.log2(self.fuse_at // 4)), 2
        chans = [c] + [max(16, c // 2 ** i) for i in range(n_low + n_high)]
        self.fc = nn.Linear(cfg.z_dim + cfg.history_dim, 4 * 4 * c)
        self.low = nn.ModuleList(ResUp(chans[i], chans[i + 1], cfg.history_dim) for i in range(n_low))
        self.previous = _image_encoder(cfg.image_feat)
        c_low = chans[n_low]
        self.fuse = nn.Sequential(nn.Conv2d(c_low + cfg.image_feat, c_low, 3, 1, 1), nn.BatchNorm2d(c_low), nn.ReLU())
        self.high = nn.ModuleList(ResUp(chans[n_low + i], chans[n_low + i + 1], cfg.history_dim) for i in range(n_high))
        self.to_rgb = nn.Sequential(nn.BatchNorm2d(chans[-1]), nn.ReLU(), nn.Conv2d(chans[-1], 3, 3, 1, 1), nn.Tanh())

    def forward(self, h: torch.Tensor, previous: torch.Tensor, z: torch.Tensor) -> torch.Tensor:
        x = self.fc(torch.cat([z, h], 1)).view(len(h), -1, 4, 4)
        for block in self.low:
            x = block(x, h)
        x = self.fuse(torch.cat([x, self.previous(previous)], 1))
        for block in self.high:
            x = block(x, h)
        return self.to_rgb(x)


class ResDown(nn.Module):
    def __init__(self, cin: int, cout: int):
        super().__init__()
        self.conv1 = spectral_norm(nn.Conv2d(cin, cout, 3, 1, 1))
        self.conv2 = spectral_norm(nn.Conv2d(cout, cout, 3, 1, 1))
        self.skip = spectral_norm(nn.Conv2d(cin, cout, 1))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.conv2(F.leaky_relu(self.conv1(F.leaky_relu(x, 0.2)), 0.2))
        return F.avg_pool2d(h, 2) + F.avg_pool2d(self.skip(x), 2)


class GenevaDiscriminator(nn.Module):
    """``forward(picture, previous, h) -> (logit (B,), auxiliary logits (B, N_CLASSES))``.

    As in GeNeVA's code, one encoder reads both pictures and the features are fused by
    subtraction, so the discriminator judges the change a turn made as much as the picture."""

    def __init__(self, cfg: GenevaConfig):
        super().__init__()
        d = cfg.d_channels
        self.encode = nn.Sequential(spectral_norm(nn.Conv2d(3, d, 3, 1, 1)), ResDown(d, 2 * d), ResDown(2 * d, 4 * d))
        layers, size, cin = [], cfg.image_size // 4, 4 * d
        while size > 4:
            cout = min(2 * cin, 8 * d)
            layers.append(ResDown(cin, cout))
            cin, size = cout, size // 2
        self.down = nn.Sequential(*layers)
        self.realism = spectral_norm(nn.Linear(cin, 1))
        self.project = spectral_norm(nn.Linear(cfg.history_dim, cin))  # the projection term <W h, phi(x)>
        self.detect = spectral_norm(nn.Linear(cin, N_CLASSES))

    def forward(self, picture: torch.Tensor, previous: torch.Tensor, h: torch.Tensor):
        x = self.encode(picture) - self.encode(previous)
        phi = F.relu(self.down(x)).sum((2, 3))
        logit = self.realism(phi).flatten() + (self.project(h) * phi).sum(1)
        return logit, self.detect(phi)


class GenevaGAN(nn.Module):
    """Instruction encoder, conversation GRU, generator and (for training) the discriminator."""

    kind = "geneva"

    def __init__(self, cfg: GenevaConfig, tokenizer: DialogueTokenizer, with_discriminator: bool = True):
        super().__init__()
        if tokenizer.vocab_size > cfg.vocab_size:
            raise ValueError(f"tokenizer has {tokenizer.vocab_size} tokens, model vocab_size is {cfg.vocab_size}")
        self.cfg, self.tokenizer = cfg, tokenizer
        self.encoder = SentenceEncoder(cfg.vocab_size, cfg.embed_dim, cfg.text_dim, tokenizer.pad_id)
        self.history = nn.GRU(cfg.text_dim, cfg.history_dim, batch_first=True)
        self.generator = GenevaGenerator(cfg)
        self.discriminator = GenevaDiscriminator(cfg) if with_discriminator else None

    def states(self, ids: torch.Tensor, lengths: torch.Tensor, turns: list[int]) -> torch.Tensor:
        """h_t for every turn of a batch of dialogues: messages in order, ``turns[b]`` of dialogue b."""
        d = self.encoder(ids, lengths)
        padded = nn.utils.rnn.pad_sequence(list(d.split(turns)), batch_first=True)
        out, _ = self.history(padded)
        return torch.cat([out[b, :n] for b, n in enumerate(turns)])

    def step(self, ids: torch.Tensor, lengths: torch.Tensor, hidden: torch.Tensor | None):
        """One turn of one or more conversations: (h_t, the GRU's hidden state to carry on)."""
        out, hidden = self.history(self.encoder(ids, lengths)[:, None], hidden)
        return out[:, 0], hidden

    def draw(self, h: torch.Tensor, previous: torch.Tensor, z: torch.Tensor) -> torch.Tensor:
        return self.generator(h, previous, z)


PRESETS = {
    "tiny": PeerPreset(GenevaConfig(vocab_size=512, image_size=32, embed_dim=16, text_dim=32, history_dim=32,
                                    z_dim=8, g_channels=32, image_feat=16, d_channels=8),
                       PeerTrainConfig(steps=4, batch_size=2, log_every=1, sample_every=2, save_every=2),
                       vocab_size=512, tokenizer_dialogues=300),
    # About the dialogue model's default in parameters and in images per second on a 2-core CPU.
    "default": PeerPreset(GenevaConfig(), PeerTrainConfig(batch_size=4), vocab_size=3072),
}
