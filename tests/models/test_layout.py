import torch

from dialogan.models import paint_layout


def test_each_pixel_takes_the_nearest_object_and_the_background_the_scene_state():
    states = torch.tensor([[[1.0, 0.0], [0.0, 1.0]]])  # two objects, states e1 and e2
    xyr = torch.tensor([[[0.25, 0.5, 0.1], [0.75, 0.5, 0.1]]])
    mask = torch.tensor([[True, True]])
    scene = torch.tensor([[-1.0, -1.0]])
    m = paint_layout(states, xyr, mask, scene, size=8)  # pixel centres at (i + 0.5) / 8
    assert m.shape == (1, 5, 8, 8)
    # Pixel (x=1, y=3) is centred at (0.1875, 0.4375): inside object 0.
    assert m[0, :2, 3, 1].tolist() == [1.0, 0.0] and m[0, 4, 3, 1] == 1.0
    assert abs(float(m[0, 2, 3, 1]) - (0.1875 - 0.25) / 0.1) < 1e-5  # dx in radii
    # Pixel (x=6, y=4) belongs to object 1, never a mix of both.
    assert m[0, :2, 4, 6].tolist() == [0.0, 1.0]
    # A far corner is background: scene state, zero offsets and coverage.
    assert m[0, :, 0, 4].tolist() == [-1.0, -1.0, 0.0, 0.0, 0.0]


def test_padding_objects_are_ignored():
    states = torch.ones(1, 2, 3)
    xyr = torch.tensor([[[0.5, 0.5, 0.1], [0.5, 0.5, 0.1]]])
    m = paint_layout(states, xyr, torch.tensor([[False, False]]), torch.zeros(1, 3), size=4)
    assert float(m[:, 3:].abs().sum()) == 0.0 and float(m[:, :3].abs().sum()) == 0.0
