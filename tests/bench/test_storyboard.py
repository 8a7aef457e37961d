"""The side-by-side storyboard keeps every picture at its own resolution or above."""
import numpy as np

from dialogan.bench.storyboard import side_by_side
from dialogan.world import Scene, render_scene


class _Turn:
    def __init__(self, text, scene):
        self.text, self.scene = text, scene


class _Dialogue:
    id = "d"

    def __init__(self, turns):
        self.turns = turns


def test_large_pictures_and_the_target_render_keep_the_systems_resolution():
    scene = Scene.parse("large red circle 17 17 ; small blue star 83 83")
    picture = render_scene(scene, 256, 5)
    board = side_by_side(_Dialogue([_Turn("add a circle", scene)]), {"model": [picture]}, seed=9)
    pad, text_px, header = 8, 300, 14 + 4 + 2 * 8
    x = 2 * pad + text_px
    assert np.array_equal(np.asarray(board)[header:header + 256, x:x + 256], np.asarray(picture))
    target = np.asarray(board)[header:header + 256, x + 256 + pad:x + 2 * 256 + pad]
    assert np.array_equal(target, np.asarray(render_scene(scene, 256, 9)))  # rendered at 256, not 64
