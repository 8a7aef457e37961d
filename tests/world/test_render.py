import numpy as np
import pytest

from dialogan.world import STYLE_DIMS, Scene, picture_noise, render_array, render_scene

SCENE = Scene.parse("large red circle 17 17 ; small blue star 50 50 ; large green hexagon 83 83")


def test_same_seed_same_bytes_other_seed_differs():
    a, b = render_scene(SCENE, 64, seed=3), render_scene(SCENE, 64, seed=3)
    assert a.tobytes() == b.tobytes()
    assert render_scene(SCENE, 64, seed=4).tobytes() != a.tobytes()


@pytest.mark.parametrize("size", [32, 64, 128, 256])
def test_supported_sizes(size):
    img = render_scene(SCENE, size)
    assert img.size == (size, size) and img.mode == "RGB"


def test_object_colour_at_its_centre():
    arr = render_array(SCENE, 128)
    r, g, b = arr[int(0.17 * 128), int(0.17 * 128)]
    assert r > 0.6 and g < 0.4 and b < 0.4  # the red circle


def test_unsupported_size_is_refused():
    with pytest.raises(ValueError, match="size=48"):
        render_scene(SCENE, 48)


def test_a_seeds_noise_has_the_same_leading_numbers_at_any_length():
    assert np.array_equal(picture_noise(7, 32)[:STYLE_DIMS], picture_noise(7, STYLE_DIMS))
    assert not np.array_equal(picture_noise(7, 8), picture_noise(8, 8))


def test_the_pictures_look_follows_the_leading_numbers_of_its_noise():
    """What a generator given the noise of seed s can learn: brightness rises with the second number."""
    seeds = range(200)
    brightness = [render_array(Scene(()), 32, s).mean() for s in seeds]
    second = [picture_noise(s, STYLE_DIMS)[1] for s in seeds]
    assert np.corrcoef(brightness, second)[0, 1] > 0.5
