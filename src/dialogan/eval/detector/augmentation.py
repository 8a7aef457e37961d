"""Damage of the kinds a GAN output has, so the detector also reads imperfect pictures: applied to
a share of training renders and to every picture of `dialogan eval detector --spoiled`."""
from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageFilter


def spoil(img: Image.Image, rng: np.random.Generator) -> Image.Image:
    """Light damage of the kinds a GAN output has: blur, noise, JPEG blocks, a colour cast."""
    if rng.random() < 0.4:
        img = img.filter(ImageFilter.GaussianBlur(float(rng.uniform(0.2, 0.7))))
    if rng.random() < 0.4:
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=int(rng.integers(55, 95)))
        img = Image.open(buf).convert("RGB")
    a = np.asarray(img, np.float32) / 255.0
    if rng.random() < 0.6:
        a = a * rng.uniform(0.96, 1.04, 3).astype(np.float32) * np.float32(rng.uniform(0.95, 1.05))
    if rng.random() < 0.5:
        a = a + rng.normal(0, rng.uniform(0.005, 0.03), a.shape).astype(np.float32)
    return Image.fromarray((np.clip(a, 0, 1) * 255 + 0.5).astype(np.uint8))
