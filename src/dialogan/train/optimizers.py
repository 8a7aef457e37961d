"""The optimisers of joint training: AdamW for the language model, Adam(0, 0.9) for the GAN (DF-GAN's)."""
from __future__ import annotations

import torch
import torch.nn as nn

NO_DECAY_MODULES = (nn.LayerNorm, nn.Embedding)


def weight_decay_groups(module: nn.Module, weight_decay: float) -> list[dict]:
    """Two AdamW parameter groups: matrices decay by ``weight_decay``; LayerNorm weights, biases and
    embeddings do not (shrinking a norm's gain or a token's embedding toward 0 is no regulariser
    of the function, it only fights the loss). Every trainable parameter lands in exactly one group."""
    no_decay: set[int] = set()
    for sub in module.modules():
        for name, p in sub.named_parameters(recurse=False):
            if isinstance(sub, NO_DECAY_MODULES) or name.endswith("bias"):
                no_decay.add(id(p))
    params = [p for p in module.parameters() if p.requires_grad]  # tied weights appear once
    return [{"params": [p for p in params if id(p) not in no_decay], "weight_decay": weight_decay},
            {"params": [p for p in params if id(p) in no_decay], "weight_decay": 0.0}]


def build_optimizers(model, tc) -> dict[str, torch.optim.Optimizer]:
    """{"lm", "g", "d"}: the language model with decay / no-decay groups, betas (0.9, 0.98);
    generator and discriminator with Adam(0, 0.9) as DF-GAN trains them."""
    return {"lm": torch.optim.AdamW(weight_decay_groups(model.lm, tc.weight_decay), lr=tc.lr_lm, betas=(0.9, 0.98)),
            "g": torch.optim.Adam(model.generator.parameters(), lr=tc.lr_g, betas=(0.0, 0.9)),
            "d": torch.optim.Adam(model.discriminator.parameters(), lr=tc.lr_d, betas=(0.0, 0.9))}
