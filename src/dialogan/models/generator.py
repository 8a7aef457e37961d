"""The layout-grounded generator: language-model states painted where the objects are,
modulating a SPADE generator at every resolution; one forward pass per picture.

Each object's state (pooled over its tokens in the scene text) is painted over the pixels
it owns, with the pixel's offset from the object's centre (dx, dy in radii) and a coverage
channel. A pixel belongs to the nearest object (no mixing where objects touch); the rest
takes the scene-level state. Captions without positions (COCO) build the same map by
cross-attention from every location to the caption's token states.

Fast paths for inference sit beside the generator (measured by ``dialogan bench speed``, see
BENCHMARKS.md): ``Generator.to_channels_last`` puts the weights in the memory order the CPU
convolution kernels prefer, ``Generator.folded`` gives its forward with each SPADE normalisation
folded into one multiply-add (``FoldedGenerator``), and ``Generator.paint_layout_channels_last``
paints the layout map by gathering. Same weights, same pictures to float rounding (tested
against the generator's own forward).
"""
from __future__ import annotations

import math

import torch
import torch.nn as nn
import torch.nn.functional as F

from .config import ModelConfig

REACH = 1.7  # how far (in radii) an object owns pixels around its centre: shading and shadow


def paint_layout(obj_states: torch.Tensor, obj_xyr: torch.Tensor, obj_mask: torch.Tensor,
                 scene_state: torch.Tensor, size: int) -> torch.Tensor:
    """The layout map (B, C + 3, size, size) from object states (B, K, C), centres and radii
    (B, K, 3) in canvas units, a mask of real objects (B, K) and a background state (B, C)."""
    B, K, C = obj_states.shape
    coords = (torch.arange(size, device=obj_states.device, dtype=obj_states.dtype) + 0.5) / size
    py, px = coords.view(1, 1, size, 1), coords.view(1, 1, 1, size)
    if K == 0:
        empty = torch.zeros(B, 3, size, size, device=scene_state.device, dtype=scene_state.dtype)
        return torch.cat([scene_state[:, :, None, None].expand(B, C, size, size), empty], 1)
    x, y, r = (obj_xyr[..., i].view(B, K, 1, 1) for i in range(3))
    dx, dy = (px - x) / r, (py - y) / r  # (B, K, H, W)
    dist = torch.sqrt(dx * dx + dy * dy)
    dist = dist.masked_fill(~obj_mask.view(B, K, 1, 1), float("inf"))
    nearest = dist.argmin(1, keepdim=True)  # (B, 1, H, W)
    owned = (dist.gather(1, nearest) < REACH).float()
    onehot = torch.zeros_like(dist).scatter_(1, nearest, 1.0) * owned  # (B, K, H, W)
    states = torch.einsum("bkhw,bkc->bchw", onehot, obj_states)
    states = states + (1 - owned) * scene_state[:, :, None, None]
    dxm = (onehot * dx.clamp(-REACH, REACH)).sum(1, keepdim=True)
    dym = (onehot * dy.clamp(-REACH, REACH)).sum(1, keepdim=True)
    return torch.cat([states, dxm, dym, owned], 1)


class CaptionMap(nn.Module):
    """Cross-attention from learned grid positions to caption token states -> a map like the layout's."""

    def __init__(self, dim: int, grid: int = 16):
        super().__init__()
        self.grid = grid
        self.queries = nn.Parameter(torch.randn(grid * grid, dim) * 0.02)
        self.attn = nn.MultiheadAttention(dim, num_heads=4 if dim % 4 == 0 else 1, batch_first=True)

    def forward(self, tokens: torch.Tensor, token_mask: torch.Tensor, size: int) -> torch.Tensor:
        B, _, C = tokens.shape
        q = self.queries.unsqueeze(0).expand(B, -1, -1)
        out, _ = self.attn(q, tokens, tokens, key_padding_mask=~token_mask)
        grid = out.transpose(1, 2).reshape(B, C, self.grid, self.grid)
        grid = F.interpolate(grid, size=(size, size), mode="bilinear", align_corners=False)
        return torch.cat([grid, torch.zeros(B, 3, size, size, device=grid.device, dtype=grid.dtype)], 1)


class SPADE(nn.Module):
    """Normalise, then scale and shift per pixel from the layout features (Park et al., 2019)."""

    def __init__(self, channels: int, hidden: int):
        super().__init__()
        self.norm = nn.BatchNorm2d(channels, affine=False)
        self.gamma_beta = nn.Conv2d(hidden, 2 * channels, 3, padding=1)
        nn.init.zeros_(self.gamma_beta.weight)
        nn.init.zeros_(self.gamma_beta.bias)

    def forward(self, x: torch.Tensor, h: torch.Tensor) -> torch.Tensor:
        gamma, beta = self.gamma_beta(h).chunk(2, 1)
        return self.norm(x) * (1 + gamma) + beta


class SPADEBlock(nn.Module):
    def __init__(self, cin: int, cout: int, map_channels: int):
        super().__init__()
        hidden = max(16, min(cin, 32))
        self.embed = nn.Sequential(nn.Conv2d(map_channels, hidden, 3, padding=1), nn.ReLU())
        self.norm1, self.norm2 = SPADE(cin, hidden), SPADE(cout, hidden)
        self.conv1 = nn.Conv2d(cin, cout, 3, padding=1)
        self.conv2 = nn.Conv2d(cout, cout, 3, padding=1)
        self.skip = nn.Conv2d(cin, cout, 1, bias=False) if cin != cout else nn.Identity()

    def forward(self, x: torch.Tensor, layout: torch.Tensor) -> torch.Tensor:
        h = self.embed(F.interpolate(layout, size=x.shape[-2:], mode="nearest"))
        y = self.conv1(F.leaky_relu(self.norm1(x, h), 0.2))
        y = self.conv2(F.leaky_relu(self.norm2(y, h), 0.2))
        return self.skip(x) + y


class Generator(nn.Module):
    """``forward(layout, z) -> images`` in [-1, 1]; ``layout`` comes from ``paint_layout`` or ``CaptionMap``."""

    def __init__(self, cfg: ModelConfig, state_dim: int):
        super().__init__()
        self.cfg = cfg
        size = cfg.image_size
        if size not in (32, 64, 128, 256):
            raise ValueError(f"image_size={size} is not supported; use 32, 64, 128 or 256")
        self.start = 8 if size == 32 else 16
        n_up = int(math.log2(size // self.start))
        c = cfg.cond_dim
        self.project = nn.Linear(state_dim, c)  # language-model states -> layout channels
        self.caption_map = CaptionMap(c)
        map_channels = c + 3
        self.z_to_map = nn.Linear(cfg.z_dim, 16 * self.start * self.start)
        self.stem = nn.Conv2d(map_channels + 16, cfg.g_channels, 3, padding=1)
        chans = [cfg.g_channels] + [max(16, cfg.g_channels // 2 ** (i + 1)) for i in range(n_up)]
        self.blocks = nn.ModuleList([SPADEBlock(chans[0], chans[0], map_channels)] +
                                    [SPADEBlock(chans[i], chans[i + 1], map_channels) for i in range(n_up)])
        self.to_rgb = nn.Sequential(nn.LeakyReLU(0.2), nn.Conv2d(chans[-1], 3, 3, padding=1), nn.Tanh())
        # The noise at every resolution, not only at the stem (issue 22: the stem's noise alone is
        # easily ignored). Zero-initialised: x * (1 + 0) + 0 is x exactly.
        self.z_film = None
        if getattr(cfg, "z_every_block", False):
            self.z_film = nn.ModuleList([nn.Linear(cfg.z_dim, 2 * c_out) for c_out in [chans[0], *chans[1:]]])
            for film in self.z_film:
                nn.init.zeros_(film.weight)
                nn.init.zeros_(film.bias)
            self._register_load_state_dict_pre_hook(self._zero_missing_film)

    @classmethod
    def grown(cls, old: "Generator", cfg: ModelConfig, state_dim: int, old_size: int) -> "Generator":
        """A generator for ``cfg.image_size`` holding every weight of ``old`` (drawing ``old_size``
        pixels); each added block starts as the identity (its last convolution at zero, its
        shortcut the identity), so it first draws the old picture at the new size."""
        new = cls(cfg, state_dim).to(old.stem.weight.device)
        if new.start != old.start:  # a 32 px generator starts from an 8x8 map, the larger ones from 16x16
            raise ValueError(f"cannot grow a {old_size} px generator to {cfg.image_size} px: its first map is "
                             f"{old.start}x{old.start}, a {cfg.image_size} px one's {new.start}x{new.start}")
        if not (new.blocks[len(old.blocks) - 1].conv2.out_channels == old.blocks[-1].conv2.out_channels
                and len(new.blocks) > len(old.blocks)):
            raise ValueError(f"cannot grow a {old_size} px generator to {cfg.image_size} px: the channels differ")
        missing, unexpected = new.load_state_dict(old.state_dict(), strict=False)
        added = tuple(f"blocks.{i}." for i in range(len(old.blocks), len(new.blocks)))
        added_film = tuple(f"z_film.{i}." for i in range(len(old.blocks), len(new.blocks)))
        wrong = [k for k in missing if not k.startswith(added + added_film)] + list(unexpected)
        if wrong:
            raise ValueError(f"cannot grow this generator: {', '.join(wrong[:4])} do not carry over")
        for block in new.blocks[len(old.blocks):]:
            if not isinstance(block.skip, nn.Identity):
                raise ValueError("cannot grow this generator: an added block changes its channels")
            nn.init.zeros_(block.conv2.weight)
            nn.init.zeros_(block.conv2.bias)
        return new.train(old.training).requires_grad_(old.stem.weight.requires_grad)

    def _zero_missing_film(self, state_dict, prefix, *args) -> None:
        """A checkpoint saved without the per-block noise weights loads with them at zero (their
        initial value), so it draws exactly what it drew before."""
        if not any(k.startswith(prefix + "stem.") for k in state_dict):
            return  # not a generator's state dict: let the load report what is wrong
        for name, value in self.z_film.state_dict().items():
            state_dict.setdefault(f"{prefix}z_film.{name}", torch.zeros_like(value))

    def film(self, i: int, x: torch.Tensor, z: torch.Tensor) -> torch.Tensor:
        """Block ``i``'s output scaled and shifted per channel by the noise (x itself when the
        generator has no per-block noise)."""
        if self.z_film is None:
            return x
        gamma, beta = self.z_film[i](z).to(x.dtype)[:, :, None, None].chunk(2, 1)
        return torch.addcmul(beta, x, 1 + gamma)

    def layout(self, obj_states, obj_xyr, obj_mask, scene_state, tokens=None, token_mask=None, is_caption=None):
        """Build the conditioning map from language-model states (already pooled per object)."""
        size = self.cfg.image_size
        layout = paint_layout(self.project(obj_states), obj_xyr, obj_mask, self.project(scene_state), size)
        if is_caption is not None and bool(is_caption.any()):
            cap = self.caption_map(self.project(tokens), token_mask, size)
            layout = torch.where(is_caption.view(-1, 1, 1, 1), cap, layout)
        return layout

    def forward(self, layout: torch.Tensor, z: torch.Tensor) -> torch.Tensor:
        B = layout.shape[0]
        zmap = self.z_to_map(z).view(B, 16, self.start, self.start)
        x = self.stem(torch.cat([F.interpolate(layout, size=(self.start, self.start), mode="nearest"), zmap], 1))
        x = self.film(0, self.blocks[0](x, layout), z)
        for i, block in enumerate(self.blocks[1:], 1):
            x = self.film(i, block(F.interpolate(x, scale_factor=2, mode="nearest"), layout), z)
        return self.to_rgb(x)

    # Fast paths for inference: the same function, arranged for the CPU.
    def to_channels_last(self) -> "Generator":
        """Put the 4-d weights in channels-last order, once (the values are the same; a
        checkpoint stores them contiguous either way)."""
        if not getattr(self, "_channels_last", False):
            self.to(memory_format=torch.channels_last)
            self._channels_last = True
        return self

    def folded(self) -> "FoldedGenerator":
        """This generator's forward with the SPADE normalisation folded (eval mode), rebuilt
        whenever the parameters or buffers have changed since (the EMA during training)."""
        cached = getattr(self, "_folded", None)
        if cached is None or not cached.current(self):
            cached = FoldedGenerator(self)
            self._folded = cached
        return cached

    def paint_layout_channels_last(self, obj_states: torch.Tensor, obj_xyr: torch.Tensor, obj_mask: torch.Tensor,
                                   scene_state: torch.Tensor) -> torch.Tensor:
        """``self.layout(...)`` for scenes with positions, built by gathering each pixel's object
        state (rather than a one-hot product over all objects), straight into channels-last memory.

        The values are those of ``paint_layout``: a pixel takes its nearest object's state and
        offsets when within REACH radii of it, else the scene state and zero offsets.
        """
        size = self.cfg.image_size
        objs, scene = self.project(obj_states), self.project(scene_state)
        B, K, C = objs.shape
        coords = (torch.arange(size, device=objs.device, dtype=objs.dtype) + 0.5) / size
        x, y, r = (obj_xyr[..., i].view(B, K, 1, 1) for i in range(3))
        dx, dy = (coords.view(1, 1, 1, size) - x) / r, (coords.view(1, 1, size, 1) - y) / r
        dist = torch.sqrt(dx * dx + dy * dy).masked_fill(~obj_mask.view(B, K, 1, 1), float("inf"))
        closest, nearest = dist.min(1, keepdim=True)  # as argmin (the first of equals), many times faster
        owned = (closest < REACH).view(B, size * size)
        # Each picture's rows: its objects' states then its scene state, each followed by the three
        # channels' values when nothing is owned (offsets 0, coverage 0) or owned (coverage 1); a
        # pixel copies one whole row, then its own offsets are written in (a row copy per pixel is
        # what the CPU does fastest: no product over objects, no concatenation).
        rows = torch.cat([torch.cat([objs, objs.new_zeros(B, K, 2), objs.new_ones(B, K, 1)], 2),
                          torch.cat([scene, scene.new_zeros(B, 3)], 1)[:, None]], 1).view(B * (K + 1), C + 3)
        which = torch.where(owned, nearest.view(B, size * size), K) + (K + 1) * torch.arange(B, device=objs.device)[:, None]
        layout = F.embedding(which, rows)  # (B, size * size, C + 3)
        zero = layout.new_zeros(())
        for c, d in ((C, dx), (C + 1, dy)):
            picked = d.clamp(-REACH, REACH).expand(B, K, size, size).gather(1, nearest).view(B, size * size)
            layout[:, :, c] = torch.where(owned, picked, zero)
        return layout.view(B, size, size, C + 3).permute(0, 3, 1, 2)  # a channels-last view, no copy


class FoldedGenerator:
    """The generator's forward with every SPADE normalisation folded into one multiply-add.

    In eval mode a SPADE layer computes ``BN(x) * (1 + gamma(h)) + beta(h)`` with BN a fixed
    per-channel affine ``a x + b`` and gamma, beta convolutions of the same features ``h``; so it
    equals ``x * G(h) + B(h)`` where G and B are one convolution with derived weights (both
    layers of a block share ``h``, so one convolution serves both). The layout reaches each
    resolution by strided slicing, which is exactly nearest-neighbour downsampling by an
    integer factor. Same function, same stored weights; ``current`` says whether the derived
    copy still matches the generator's parameters.
    """

    def __init__(self, g: Generator):
        # The tensors whose versions say whether the derived copy is current, listed once (walking the
        # modules for them cost each picture most of a millisecond).
        self._tensors = [*g.parameters(), *g.buffers()]
        self.g, self.version = g, self._version()
        cl = torch.channels_last
        self.blocks = []
        for block in g.blocks:
            w, bias = [], []
            for spade in (block.norm1, block.norm2):
                a = (spade.norm.running_var + spade.norm.eps).rsqrt()
                b = -spade.norm.running_mean * a
                wg, wb = spade.gamma_beta.weight.chunk(2, 0)
                bg, bb = spade.gamma_beta.bias.chunk(2, 0)
                w += [a[:, None, None, None] * wg, wb + b[:, None, None, None] * wg]
                bias += [a * (1 + bg), bb + b * (1 + bg)]
            split = [block.norm1.norm.num_features] * 2 + [block.norm2.norm.num_features] * 2
            self.blocks.append((block, torch.cat(w).contiguous(memory_format=cl), torch.cat(bias), split))

    def _version(self) -> tuple:
        return tuple(t._version for t in self._tensors)

    def current(self, g: Generator) -> bool:
        """Whether this is ``g``'s folded forward as ``g`` now is (its parameters and buffers changed in
        place since, as the EMA changes them in training, make it stale)."""
        return self.g is g and self.version == self._version()

    def __call__(self, layout: torch.Tensor, z: torch.Tensor) -> torch.Tensor:
        g, size = self.g, layout.shape[-1]
        at = lambda res: layout[:, :, :: size // res, :: size // res]
        zmap = g.z_to_map(z).view(len(z), 16, g.start, g.start)
        x = g.stem(torch.cat([at(g.start), zmap], 1).contiguous(memory_format=torch.channels_last))
        for i, (block, w, bias, split) in enumerate(self.blocks):
            if i:
                x = F.interpolate(x, scale_factor=2, mode="nearest")
            h = F.relu_(block.embed[0](at(x.shape[-1])))  # in place: no second buffer per activation
            g1, b1, g2, b2 = F.conv2d(h, w, bias, padding=1).split(split, 1)
            y = block.conv1(F.leaky_relu_(torch.addcmul(b1, x, g1), 0.2))
            y = block.conv2(F.leaky_relu_(torch.addcmul(b2, y, g2), 0.2))
            x = g.film(i, y.add_(block.skip(x)), z)
        return g.to_rgb(x)
