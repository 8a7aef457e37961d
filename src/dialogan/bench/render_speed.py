"""How fast the shapes-world renderer draws, on one CPU core.

    dialogan bench render [--seconds 1.0]

Scenes are drawn as the dialogues place them (1-4 objects on the region slots). The sprite
cache is warmed first, as it is in any long run, so the figures are the steady state.
The target is >= 1,000 images/s at 64x64 (PIL image out, as the dataset writer uses it).
"""
from __future__ import annotations

import os
import time

import numpy as np

from dialogan.world import SUPPORTED_SIZES, random_scene, render_array, render_scene

TARGET_64 = 1000.0


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to core {core}"
    return "not pinned (no sched_setaffinity here)"


def images_per_second(fn, scenes, size: int, seconds: float) -> float:
    for i, s in enumerate(scenes[:200]):  # warm the sprite cache and the texture bank
        fn(s, size, seed=i)
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for s in scenes[n % len(scenes): n % len(scenes) + 50]:
            fn(s, size, seed=n)
            n += 1
    return n / (time.perf_counter() - start)


def render_speed(seconds: float = 1.0, log=print) -> dict:
    """Images/s of ``render_scene`` (PIL) and ``render_array`` at every supported size, this process
    pinned to one core; ``log`` gets the table as it is measured."""
    log(f"render speed, {pin_to_one_core()}")
    rng = np.random.default_rng(0)
    scenes = [random_scene(rng, 1, 4, free=False) for _ in range(1000)]
    log(f"{'size':>6}  {'PIL img/s':>10}  {'array img/s':>11}  {'ms/img':>7}")
    rows = []
    for size in SUPPORTED_SIZES:
        pil = images_per_second(render_scene, scenes, size, seconds)
        arr = images_per_second(render_array, scenes, size, seconds)
        log(f"{size:>6}  {pil:>10.0f}  {arr:>11.0f}  {1000 / pil:>7.3f}")
        rows.append({"size": size, "pil_per_s": pil, "array_per_s": arr})
    pil_64 = next(r["pil_per_s"] for r in rows if r["size"] == 64)
    verdict = "meets" if pil_64 >= TARGET_64 else "MISSES"
    log(f"64x64: {pil_64:.0f} images/s on one core {verdict} the target of {TARGET_64:.0f}/s")
    return {"rows": rows, "meets_target_64": pil_64 >= TARGET_64}
