"""The GAN losses, shared by dialogan's loop and both peers: hinge, matching-aware, MA-GP, R1.

A discriminator judges (picture, text). It should call a real picture with its own text real
(logit above 1), and call fake a generated picture (logit below -1) and a real picture with
another turn's text (the matching-aware term: a picture that is real but not what was asked).
DF-GAN regularises it with MA-GP, the gradient norm at (real picture, its text) to the 6th
power; GeNeVA with R1, the squared gradient norm at the real picture alone.
"""
from __future__ import annotations

from contextlib import nullcontext
from typing import Callable, ContextManager

import torch
import torch.nn.functional as F


def mismatched(text: torch.Tensor) -> torch.Tensor:
    """Each turn's text swapped for another turn's (the previous one in the batch)."""
    return text.roll(1, 0)


def hinge_discriminator_loss(d_real: torch.Tensor, d_fake: torch.Tensor,
                             d_mismatched: torch.Tensor | None = None) -> torch.Tensor:
    """relu(1 - real) + relu(1 + fake), the fake share split evenly with the mismatched pairs when
    given; zero for a discriminator that calls every real pair >= 1 and every other <= -1."""
    real = F.relu(1 - d_real).mean()
    if d_mismatched is None:
        return real + F.relu(1 + d_fake).mean()
    return real + 0.5 * (F.relu(1 + d_fake).mean() + F.relu(1 + d_mismatched).mean())


def generator_adversarial_loss(d_fake: torch.Tensor) -> torch.Tensor:
    """The generator's hinge term: raise the discriminator's logit on its pictures."""
    return -d_fake.mean()


def ma_gp(d_real: torch.Tensor, inputs: tuple[torch.Tensor, ...], power: int = 6) -> torch.Tensor:
    """DF-GAN's matching-aware gradient penalty: mean over the batch of ``||grad||_2 ** power``,
    the gradient of ``d_real.sum()`` over all ``inputs`` (real picture, its text) of each sample
    taken together. Differentiable (``create_graph``), so it trains the discriminator."""
    grads = torch.autograd.grad(d_real.sum(), inputs, create_graph=True)
    norm = torch.cat([g.flatten(1) for g in grads], 1).norm(2, dim=1)
    return (norm ** power).mean()


def r1_penalty(d_real: torch.Tensor, real: torch.Tensor) -> torch.Tensor:
    """R1 (GeNeVA): mean over the batch of the squared gradient norm at the real picture."""
    (grad,) = torch.autograd.grad(d_real.sum(), real, create_graph=True)
    return grad.flatten(1).pow(2).sum(1).mean()


def matching_aware_discriminator_loss(judge: Callable[[torch.Tensor, torch.Tensor], torch.Tensor],
                                      real: torch.Tensor, fake: torch.Tensor, text: torch.Tensor,
                                      gp_weight: float,
                                      autocast: Callable[[], ContextManager] = nullcontext) -> torch.Tensor:
    """Hinge on (real, text), (fake, text) and (real, another turn's text), plus ``gp_weight`` x MA-GP.

    ``judge(picture, text)`` gives one logit per sample. ``text`` that requires grad (a text
    encoder trained with the discriminator) keeps its graph; otherwise a leaf copy takes the
    penalty's gradient. The real pair and its penalty are computed in fp32, outside
    ``autocast`` (a context for the other two calls, bf16 on GPUs): a 6th power of a
    bf16 gradient norm is mostly rounding.
    """
    real = real.detach().requires_grad_(True)
    text_gp = text if text.requires_grad else text.detach().clone().requires_grad_(True)
    with torch.autocast(real.device.type, enabled=False):
        d_real = judge(real.float(), text_gp.float()).float()
    with autocast():
        d_fake = judge(fake.detach(), text).float()
        d_wrong = judge(real.detach(), mismatched(text)).float()
    loss = hinge_discriminator_loss(d_real, d_fake, d_wrong)
    if gp_weight > 0:
        with torch.autocast(real.device.type, enabled=False):
            loss = loss + gp_weight * ma_gp(d_real, (real, text_gp))
    return loss


def mode_seeking_loss(fake_a: torch.Tensor, fake_b: torch.Tensor, z_a: torch.Tensor, z_b: torch.Tensor,
                      eps: float = 1e-5) -> torch.Tensor:
    """MSGAN's mode-seeking term (Mao et al., 2019): 1 / (ratio + eps), ratio = mean |fake_a - fake_b|
    over mean |z_a - z_b|, for two pictures drawn from the same conditioning with noises z_a and z_b.

    Minimising it pushes the pictures of two noises apart in proportion to how far apart the noises
    are, against the mode collapse a reconstruction loss encourages. Means over the whole batch, as
    the authors' code takes them; the gradient reaches both pictures.
    """
    if fake_a.shape != fake_b.shape or z_a.shape != z_b.shape:
        raise ValueError(f"mode seeking needs two pictures and two noises of one shape each, got "
                         f"{tuple(fake_a.shape)}, {tuple(fake_b.shape)} and {tuple(z_a.shape)}, {tuple(z_b.shape)}")
    ratio = (fake_a - fake_b).abs().mean() / (z_a - z_b).abs().mean()
    return 1.0 / (ratio + eps)
