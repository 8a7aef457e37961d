"""Render a Scene to an RGB picture: textured background, shaded shapes, soft shadows.

Every object is drawn from a cached sprite (coverage, shading and shadow computed once
from an exact signed distance field, per shape, size in pixels and quarter-pixel offset),
so a 64x64 picture costs a fraction of a millisecond. Output is deterministic per seed.

A picture's look (background tone, brightness, texture, its mirror image) follows the first
``STYLE_DIMS`` numbers of ``picture_noise(seed)``, the same normal vector the generator draws a
seed's picture from (``pipeline.draw_scene``): a generator trained on the render of seed s with
the noise of seed s can learn how its noise should change the picture, rather than ignore it.
"""
from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
from PIL import Image

from .scene import COLORS, RADIUS, Scene

SUPPORTED_SIZES = (32, 64, 128, 256)
_SUBPIXEL = 4
_SHADOW_OFFSET = (0.18, 0.24)  # of the object's radius, down and to the right
_BACKGROUND_TONES = np.array([  # light, low-saturation tones that no object colour is mistaken for
    (236, 230, 216), (224, 228, 232), (238, 236, 228), (214, 222, 214),
    (230, 222, 226), (244, 240, 232), (216, 220, 228), (226, 232, 222),
], dtype=np.float32) / 255.0
_BANK = 16
STYLE_DIMS = 4  # the noise's numbers that set a picture's look: tone, brightness, texture, mirror


# 1. Geometry: each shape as a polygon (or a circle) around the origin, radius 1.
def _regular(n: int, radius: float, phase: float) -> np.ndarray:
    a = phase + 2 * math.pi * np.arange(n) / n
    return np.stack([radius * np.cos(a), radius * np.sin(a)], 1)


def _star() -> np.ndarray:
    outer = _regular(5, 1.18, -math.pi / 2)
    inner = _regular(5, 0.5, -math.pi / 2 + math.pi / 5)
    return np.stack([outer, inner], 1).reshape(10, 2)


_POLYGONS = {
    "square": np.array([(-0.84, -0.84), (0.84, -0.84), (0.84, 0.84), (-0.84, 0.84)]),
    "triangle": _regular(3, 1.22, -math.pi / 2) + np.array([0.0, 0.18]),
    "diamond": np.array([(0.0, -1.12), (0.82, 0.0), (0.0, 1.12), (-0.82, 0.0)]),
    "hexagon": _regular(6, 1.02, 0.0),
    "star": _star(),
}


def _polygon_sdf(px: np.ndarray, py: np.ndarray, poly: np.ndarray) -> np.ndarray:
    """Exact signed distance to a polygon (negative inside), even-odd rule."""
    d = np.full(px.shape, np.inf)
    inside = np.zeros(px.shape, bool)
    for (ax, ay), (bx, by) in zip(poly, np.roll(poly, -1, 0)):
        ex, ey = bx - ax, by - ay
        t = np.clip(((px - ax) * ex + (py - ay) * ey) / (ex * ex + ey * ey), 0, 1)
        d = np.minimum(d, np.hypot(px - ax - t * ex, py - ay - t * ey))
        crosses = (ay > py) != (by > py)
        with np.errstate(divide="ignore", invalid="ignore"):
            xc = ax + (py - ay) * ex / (ey if ey != 0 else 1e-12)
        inside ^= crosses & (px < xc)
    return np.where(inside, -d, d)


def _sdf(shape: str, px: np.ndarray, py: np.ndarray) -> np.ndarray:
    if shape == "circle":
        return np.hypot(px, py) - 1.0
    return _polygon_sdf(px, py, _POLYGONS[shape])


# 2. Sprites: coverage, shading and shadow for one shape at one pixel size and sub-pixel offset.
@lru_cache(maxsize=4096)
def _sprite(shape: str, radius_px: float, fx: int, fy: int):
    half = int(math.ceil(radius_px * 1.6)) + 2
    grid = np.arange(-half, half + 1, dtype=np.float64) + 0.5
    gx, gy = np.meshgrid(grid - fx / _SUBPIXEL, grid - fy / _SUBPIXEL)
    sdf_px = _sdf(shape, gx / radius_px, gy / radius_px) * radius_px
    body = np.clip(0.5 - sdf_px, 0.0, 1.0)
    # Soft light from the top-left, darker towards the bottom-right, a rim darkening at the edge.
    nx, ny = gx / radius_px, gy / radius_px
    light = 1.08 - 0.22 * (nx + ny) / 2.0 - 0.18 * np.clip(1.0 + sdf_px / max(radius_px * 0.35, 1.0), 0, 1)
    highlight = 0.25 * np.exp(-((nx + 0.35) ** 2 + (ny + 0.4) ** 2) / 0.12)
    sx, sy = _SHADOW_OFFSET
    shadow_sdf = _sdf(shape, nx - sx, ny - sy) * radius_px
    blur = max(1.0, radius_px * 0.25)
    shadow = 0.38 * np.clip(0.5 - shadow_sdf / blur, 0.0, 1.0)
    f32 = lambda a: np.ascontiguousarray(a, dtype=np.float32)
    return half, f32(body)[..., None], f32(light)[..., None], f32(highlight)[..., None], f32(shadow)[..., None]


# 3. Backgrounds: a bank of smooth textures per canvas size, tinted per picture.
@lru_cache(maxsize=8)
def _texture_bank(size: int) -> np.ndarray:
    rng = np.random.default_rng(1234 + size)
    bank = np.empty((_BANK, size, size), np.float32)
    for i in range(_BANK):
        coarse = rng.normal(0, 1, (5, 5)).astype(np.float32)
        smooth = np.asarray(Image.fromarray(coarse, mode="F").resize((size, size), Image.BICUBIC))
        grain = rng.normal(0, 1, (size, size)).astype(np.float32)
        ramp = np.linspace(-1, 1, size, dtype=np.float32)[:, None] * rng.uniform(-1, 1)
        bank[i] = 0.035 * smooth + 0.012 * grain + 0.03 * ramp
    return bank


def picture_noise(seed: int, dim: int) -> np.ndarray:
    """The normal vector (dim,) float32 of a picture seed: the generator's noise for that seed,
    whose first ``STYLE_DIMS`` numbers also set the render's look (any ``dim`` gives the same
    leading numbers)."""
    return np.random.default_rng(int(seed) % 2**63).standard_normal(dim).astype(np.float32)


def _uniform(x: float) -> float:
    """The standard normal's distribution function: a normal number to a uniform one in (0, 1)."""
    return 0.5 * (1.0 + math.erf(x / math.sqrt(2.0)))


def render_array(scene: Scene, size: int = 64, seed: int = 0) -> np.ndarray:
    """The picture as a float32 array (size, size, 3) in [0, 1]."""
    if size not in SUPPORTED_SIZES:
        raise ValueError(f"size={size!r} is not supported; use one of {SUPPORTED_SIZES}")
    tone_at, bright, pattern, mirror = (_uniform(float(v)) for v in picture_noise(seed, STYLE_DIMS))
    texture = _texture_bank(size)[min(_BANK - 1, int(pattern * _BANK))]
    if mirror > 0.5:
        texture = texture[:, ::-1]
    # The tone slides smoothly along the list of tones, so nearby noise gives nearby tones.
    at = tone_at * (len(_BACKGROUND_TONES) - 1)
    low = min(int(at), len(_BACKGROUND_TONES) - 2)
    tone = _BACKGROUND_TONES[low] + (at - low) * (_BACKGROUND_TONES[low + 1] - _BACKGROUND_TONES[low])
    tone = tone * (0.94 + 0.08 * bright)
    rng = np.random.default_rng([int(seed) % 2**63, 1])  # the objects' small colour jitter
    img = tone[None, None, :] * (1.0 + texture[..., None])
    for obj in scene.objects:
        radius_px = RADIUS[obj.size] * size
        cx, cy = obj.x * size, obj.y * size
        ix, iy = math.floor(cx), math.floor(cy)
        fx = min(_SUBPIXEL - 1, int((cx - ix) * _SUBPIXEL))
        fy = min(_SUBPIXEL - 1, int((cy - iy) * _SUBPIXEL))
        half, body, light, highlight, shadow = _sprite(obj.shape, round(radius_px, 2), fx, fy)
        # Window of the canvas the sprite covers, clipped at the borders.
        x0, y0 = ix - half, iy - half
        n = body.shape[0]
        cx0, cy0, cx1, cy1 = max(x0, 0), max(y0, 0), min(x0 + n, size), min(y0 + n, size)
        if cx0 >= cx1 or cy0 >= cy1:
            continue
        sl = (slice(cy0 - y0, cy1 - y0), slice(cx0 - x0, cx1 - x0))
        region = img[cy0:cy1, cx0:cx1]
        region *= 1.0 - shadow[sl]
        colour = np.asarray(COLORS[obj.color], np.float32) / 255.0 * rng.uniform(0.95, 1.04)
        paint = np.clip(colour * light[sl] + highlight[sl], 0.0, 1.0)
        a = body[sl]
        region *= 1.0 - a
        region += a * paint
    return np.clip(img, 0.0, 1.0)


def render_scene(scene: Scene, size: int = 64, seed: int = 0) -> Image.Image:
    """Render ``scene`` as a PIL RGB image of ``size`` x ``size``; same seed, same bytes."""
    return Image.fromarray((render_array(scene, size, seed) * 255.0 + 0.5).astype(np.uint8), "RGB")
