"""The shared GAN losses on toy discriminators whose values and gradients are known by hand."""
import pytest
import torch

from dialogan.train.losses import (generator_adversarial_loss, hinge_discriminator_loss, ma_gp, mode_seeking_loss,
                                   matching_aware_discriminator_loss, mismatched, r1_penalty)


def test_hinge_of_known_logits():
    d_real, d_fake, d_wrong = torch.tensor([2.0, 0.5]), torch.tensor([-2.0, 0.0]), torch.tensor([0.5, -1.0])
    # real: (0 + 0.5) / 2; fake: (0 + 1) / 2; mismatched: (1.5 + 0) / 2
    assert hinge_discriminator_loss(d_real, d_fake, d_wrong).item() == pytest.approx(0.25 + 0.5 * (0.5 + 0.75))
    assert hinge_discriminator_loss(d_real, d_fake).item() == pytest.approx(0.25 + 0.5)


def test_a_discriminator_sure_of_every_pair_has_zero_hinge_loss():
    assert hinge_discriminator_loss(torch.tensor([1.0, 7.0]), torch.tensor([-1.0, -3.0]),
                                    torch.tensor([-5.0, -1.0])).item() == 0.0


def test_the_generator_raises_the_discriminators_logit():
    assert generator_adversarial_loss(torch.tensor([1.0, -3.0])).item() == pytest.approx(1.0)


def test_mismatched_texts_are_another_turns():
    text = torch.arange(6.0).view(3, 2)
    assert torch.equal(mismatched(text), text[[2, 0, 1]])


def _quadratic(x, t):
    """D(x, t) = sum(x^2) * sum(t): d/dx = 2 x sum(t), d/dt = sum(x^2) for every entry of t."""
    return x.flatten(1).pow(2).sum(1) * t.sum(1)


def test_ma_gp_is_the_gradient_norm_over_picture_and_text_to_the_sixth():
    x = torch.tensor([[[[1.0, 2.0]]], [[[0.5, -1.0]]]], requires_grad=True)  # (2, 1, 1, 2)
    t = torch.tensor([[1.0, 0.5, 0.5], [0.25, 0.25, 0.0]], requires_grad=True)
    by_hand = []
    for xi, ti in zip(x.detach().flatten(1), t.detach()):
        grad_x = 2 * xi * ti.sum()
        grad_t = torch.full_like(ti, float(xi.pow(2).sum()))
        by_hand.append(float(torch.cat([grad_x, grad_t]).norm()) ** 6)
    assert ma_gp(_quadratic(x, t), (x, t)).item() == pytest.approx(sum(by_hand) / 2, rel=1e-5)


def test_r1_is_the_squared_gradient_norm_at_the_real_picture():
    x = torch.tensor([[[[1.0, 2.0]]], [[[0.5, -1.0]]]], requires_grad=True)
    t = torch.tensor([[1.0], [2.0]])
    # grad = 2 x t: |(2, 4)|^2 = 20, |(2, -4)|^2 = 20
    assert r1_penalty(_quadratic(x, t), x).item() == pytest.approx(20.0)


def test_matching_aware_loss_is_hinge_on_three_pairs_plus_weighted_ma_gp():
    torch.manual_seed(0)
    real, fake, text = torch.randn(3, 1, 2, 2), torch.randn(3, 1, 2, 2), torch.randn(3, 4)
    loss = matching_aware_discriminator_loss(_quadratic, real, fake, text, gp_weight=2.0)
    x, t = real.clone().requires_grad_(True), text.clone().requires_grad_(True)
    d_real = _quadratic(x, t)
    by_hand = hinge_discriminator_loss(d_real, _quadratic(fake, text), _quadratic(real, text.roll(1, 0)))
    assert loss.item() == pytest.approx((by_hand + 2.0 * ma_gp(d_real, (x, t))).item(), rel=1e-6)
    assert loss.requires_grad  # the penalty trains the discriminator (create_graph)


def test_a_discriminator_that_knows_which_text_each_picture_shows_pays_nothing():
    # Picture k is filled with k, text k holds k; D = 2 - 100 (mean(picture) - mean(text))^2:
    # 2 on matching pairs (with zero gradient there), below -1 on fakes (0.5 off) and mismatches.
    def judge(x, t):
        return 2 - 100 * (x.flatten(1).mean(1) - t.mean(1)) ** 2

    real = torch.arange(3.0).view(3, 1, 1, 1).expand(3, 3, 4, 4).contiguous()
    text = torch.arange(3.0).view(3, 1).expand(3, 5).contiguous()
    loss = matching_aware_discriminator_loss(judge, real, real + 0.5, text, gp_weight=2.0)
    assert loss.item() == 0.0


def test_a_text_encoder_trained_with_the_discriminator_gets_its_gradient():
    encoder = torch.nn.Linear(2, 3)
    text = encoder(torch.randn(4, 2))
    loss = matching_aware_discriminator_loss(_quadratic, torch.randn(4, 1, 2, 2), torch.randn(4, 1, 2, 2), text, 2.0)
    loss.backward()
    assert encoder.weight.grad is not None and encoder.weight.grad.abs().sum() > 0


def test_mode_seeking_loss_worked_by_hand():
    # Pictures 0.5 apart on every value, noises 2 apart: ratio 0.25, loss 1 / (0.25 + eps).
    a, b = torch.zeros(2, 3, 4, 4), torch.full((2, 3, 4, 4), 0.5)
    za, zb = torch.zeros(2, 8), torch.full((2, 8), 2.0)
    assert mode_seeking_loss(a, b, za, zb).item() == pytest.approx(1 / (0.25 + 1e-5))


def test_mode_seeking_loss_pushes_the_two_pictures_apart():
    a = torch.zeros(1, 3, 2, 2, requires_grad=True)
    b = torch.full((1, 3, 2, 2), 0.1, requires_grad=True)
    mode_seeking_loss(a, b, torch.zeros(1, 4), torch.ones(1, 4)).backward()
    # Descending the gradient moves a down and b up: further apart.
    assert (a.grad > 0).all() and (b.grad < 0).all()
    collapsed = mode_seeking_loss(torch.zeros(1, 3, 2, 2), torch.zeros(1, 3, 2, 2), torch.zeros(1, 4), torch.ones(1, 4))
    assert collapsed.item() == pytest.approx(1e5)  # the same picture for two noises costs the most


def test_mode_seeking_loss_refuses_mismatched_shapes():
    with pytest.raises(ValueError, match="one shape"):
        mode_seeking_loss(torch.zeros(1, 3, 2, 2), torch.zeros(2, 3, 2, 2), torch.zeros(1, 4), torch.ones(1, 4))
