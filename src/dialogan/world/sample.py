"""Random scenes: free positions (for training the detector) or the nine region slots."""
from __future__ import annotations

import numpy as np

from .scene import COLORS, MAX_OBJECTS, REGIONS, SHAPES, SIZES, Scene, SceneObject, region_centre


def random_object(rng: np.random.Generator, x: float, y: float) -> SceneObject:
    return SceneObject(SHAPES[rng.integers(len(SHAPES))], list(COLORS)[rng.integers(len(COLORS))],
                       SIZES[rng.integers(len(SIZES))], x, y)


def random_scene(rng: np.random.Generator, min_objects: int = 1, max_objects: int = MAX_OBJECTS,
                 free: bool = True) -> Scene:
    """A scene of ``min_objects``..``max_objects`` random objects that never overlap.

    ``free=True`` places centres anywhere they fit (so the detector sees every position);
    ``free=False`` uses only the nine region centres, as the dialogues do.
    """
    n = int(rng.integers(min_objects, max_objects + 1))
    objs: list[SceneObject] = []
    if not free:
        regions = list(REGIONS)
        for i in rng.permutation(len(regions))[:n]:
            objs.append(random_object(rng, *region_centre(regions[i])))
        return Scene(tuple(objs))
    scene = Scene(())
    tries = 0
    while len(scene) < n and tries < 400:
        tries += 1
        obj = random_object(rng, 0, 0)
        lo, hi = obj.radius * 0.8, 1 - obj.radius * 0.8
        obj = obj.moved(float(rng.uniform(lo, hi)), float(rng.uniform(lo, hi)))
        if scene.fits(obj):
            scene = scene.added(obj)
    return scene
