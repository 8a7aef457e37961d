"""The discriminator (DF-GAN style): is this picture real, and does it match this text?"""
from __future__ import annotations

import torch
import torch.nn as nn
import torch.nn.functional as F

from .config import ModelConfig


class DownBlock(nn.Module):
    def __init__(self, cin: int, cout: int):
        super().__init__()
        self.conv = nn.Sequential(nn.Conv2d(cin, cout, 3, 1, 1), nn.LeakyReLU(0.2), nn.AvgPool2d(2),
                                  nn.Conv2d(cout, cout, 3, 1, 1), nn.LeakyReLU(0.2))
        self.skip = nn.Conv2d(cin, cout, 1)
        self.gamma = nn.Parameter(torch.zeros(1))  # residual starts as the plain shortcut (DF-GAN)

    def forward(self, x):
        return self.skip(F.avg_pool2d(x, 2)) + self.gamma * self.conv(x)


class Discriminator(nn.Module):
    """``forward(images, text_state) -> logits``: one score per (image, text) pair."""

    def __init__(self, cfg: ModelConfig, state_dim: int):
        super().__init__()
        c = cfg.d_channels
        layers, size, cin = [], cfg.image_size, c
        self.from_rgb = nn.Conv2d(3, c, 3, 1, 1)
        while size > 4:
            cout = min(cin * 2, 8 * c)
            layers.append(DownBlock(cin, cout))
            cin, size = cout, size // 2
        self.down = nn.Sequential(*layers)
        self.text = nn.Linear(state_dim, 64)
        self.judge = nn.Sequential(nn.Conv2d(cin + 64, cin, 3, 1, 1), nn.LeakyReLU(0.2), nn.Conv2d(cin, 1, 4))

    def forward(self, images: torch.Tensor, text_state: torch.Tensor) -> torch.Tensor:
        h = self.down(self.from_rgb(images))
        t = self.text(text_state)[:, :, None, None].expand(-1, -1, h.shape[2], h.shape[3])
        return self.judge(torch.cat([h, t], 1)).flatten()
