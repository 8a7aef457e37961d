"""Growing a generator to a larger picture keeps what it draws (progressive growing)."""
import pytest
import torch
import torch.nn.functional as F

from dialogan.models import DialoGAN, ModelConfig


def _model(size: int, z_every_block: bool = False) -> DialoGAN:
    torch.manual_seed(0)
    cfg = ModelConfig(vocab_size=64, n_layer=1, n_embd=32, n_head=2, n_ctx=32, image_size=size, z_dim=8,
                      cond_dim=16, g_channels=32, d_channels=8, z_every_block=z_every_block)
    model = DialoGAN(cfg).eval()
    for p in model.generator.parameters():  # trained-looking weights: nothing at its zero start
        torch.nn.init.normal_(p, std=0.2)
    return model


def _draw(generator, size: int, z: torch.Tensor) -> torch.Tensor:
    torch.manual_seed(1)
    states, scene = torch.randn(2, 3, 32), torch.randn(2, 32)
    xyr = torch.tensor([[[0.3, 0.3, 0.1], [0.7, 0.6, 0.15], [0.5, 0.8, 0.1]]]).expand(2, -1, -1)
    layout = generator.layout(states, xyr, torch.ones(2, 3, dtype=torch.bool), scene)
    assert layout.shape[-1] == size
    return generator(layout, z)


@pytest.mark.parametrize("z_every_block", [False, True])
def test_a_grown_generator_first_draws_the_old_picture_at_the_new_size(z_every_block):
    model = _model(64, z_every_block)
    z = torch.randn(2, 8)
    with torch.no_grad():
        before = _draw(model.generator_ema, 64, z)
        model.grown_to(128)
        after = _draw(model.generator_ema, 128, z)
    assert model.cfg.image_size == 128 and after.shape == (2, 3, 128, 128)
    assert len(model.generator.blocks) == len(model.generator_ema.blocks) == 4
    # The same picture, twice the size: only the last convolution now sees half-pixel neighbours.
    assert (F.avg_pool2d(after, 2) - before).abs().mean() < 0.05
    assert (after - F.interpolate(before, scale_factor=2)).abs().mean() < 0.1


def test_growing_keeps_every_old_weight_and_makes_a_discriminator_for_the_new_size():
    model = _model(64)
    old = {k: v.clone() for k, v in model.generator.state_dict().items()}
    model.grown_to(128)
    new = model.generator.state_dict()
    assert all(torch.equal(new[k], v) for k, v in old.items())
    assert model.discriminator(torch.zeros(2, 3, 128, 128), torch.zeros(2, 32)).shape == (2,)
    added = model.generator.blocks[-1]
    assert added.conv2.weight.abs().sum() == 0 and added.conv1.weight.abs().sum() > 0  # learns from there


def test_a_generator_does_not_shrink():
    with pytest.raises(ValueError, match="does not shrink"):
        _model(128).grown_to(64)


def test_a_32_px_generator_is_refused_by_name_not_with_a_weight_shape_error():
    with pytest.raises(ValueError,
                       match=r"cannot grow a 32 px generator to 128 px: its first map is 8x8, a 128 px one's 16x16"):
        _model(32).grown_to(128)
