"""State dicts in and out of safetensors files, with errors that name the file at fault."""
from __future__ import annotations

from pathlib import Path

import torch
from safetensors import SafetensorError
from safetensors.torch import load_file

from ..errors import DialoganError


def detached(sd: dict[str, torch.Tensor], dtype: torch.dtype | None = None) -> dict[str, torch.Tensor]:
    """CPU copies of a state dict's tensors, contiguous (as safetensors wants), floats cast to ``dtype``."""
    out = {}
    for k, v in sd.items():
        v = v.detach().cpu()
        if dtype is not None and v.is_floating_point():
            v = v.to(dtype)
        out[k] = v.contiguous().clone()
    return out


def load_tensors(file: Path) -> dict[str, torch.Tensor]:
    """The tensors of a safetensors file; a truncated or corrupt one is a ``DialoganError`` naming it."""
    try:
        return load_file(str(file))
    except (SafetensorError, OSError, RuntimeError, ValueError) as e:
        raise DialoganError(f"{file}: truncated or corrupt weights ({e})") from None


def load_into(module: torch.nn.Module, sd: dict[str, torch.Tensor], file: Path) -> None:
    """Load ``sd`` (read from ``file``, any float dtype) into ``module`` strictly, as float32."""
    sd = {k: v.float() if v.is_floating_point() else v for k, v in sd.items()}
    try:
        module.load_state_dict(sd, strict=True)
    except RuntimeError as e:
        raise DialoganError(f"{file}: weights do not fit the model in config.json ({str(e)[:300]})") from None
