"""The detector scored on fresh renders: the check behind ``dialogan eval detector``."""
from __future__ import annotations

import numpy as np

from dialogan.world import random_scene, render_scene

from ..metrics import PRF, centre_errors, object_prf
from .augmentation import spoil


def evaluate_detector(detector, n: int = 2000, seed: int = 1, size: int = 64, spoiled: bool = False) -> dict:
    """The detector on ``n`` fresh renders of seed ``seed``: object P/R/F1 on (shape, color, size)
    and centre error (fraction of the canvas), overall and for free vs region-slot scenes.

    ``spoiled`` damages every picture the way training does (blur, JPEG, noise, colour cast), a
    stand-in for imperfect generator output."""
    rng = np.random.default_rng(seed)
    scenes, kinds, images = [], [], []
    for i in range(n):
        free = i % 2 == 0  # half free positions, half region slots, 0..8 objects each
        scenes.append(random_scene(rng, 0, 8, free=free))
        kinds.append("free" if free else "slots")
        images.append(render_scene(scenes[-1], size, int(rng.integers(2**31))))
        if spoiled:
            images[-1] = spoil(images[-1], rng)
    found = detector.detect_batch(images)
    total, errs, by_kind = PRF(0, 0, 0), [], {}
    for scene, dets, kind in zip(scenes, found, kinds):
        prf = object_prf(dets, scene)
        e = centre_errors(dets, scene)
        total += prf
        errs += e
        k = by_kind.setdefault(kind, [PRF(0, 0, 0), []])
        k[0] += prf
        k[1] += e
    summary = lambda prf, e: {"precision": prf.precision, "recall": prf.recall, "f1": prf.f1,
                              "tp": prf.tp, "fp": prf.fp, "fn": prf.fn,
                              "centre_error_mean": float(np.mean(e)) if e else 0.0,
                              "centre_error_p95": float(np.percentile(e, 95)) if e else 0.0}
    return {"n_images": n, "seed": seed, "size": size, "spoiled": spoiled, **summary(total, errs),
            "by_kind": {k: summary(*v) for k, v in by_kind.items()}}
