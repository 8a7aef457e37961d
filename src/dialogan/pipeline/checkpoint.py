"""Checkpoints as self-describing folders (Hugging Face style), written atomically.

    config.json                  model + training configuration, step, wall time, scores
    tokenizer.json               the dialogue tokenizer
    language_model.safetensors   GPT-2 weights
    generator_ema.safetensors    the generator used for inference
    README.md                    model card
  and, for resuming only:
    training_state.safetensors   generator, discriminator, optimizers, RNG state

A folder is written next to its destination and renamed into place, so a crash never
leaves a half-written checkpoint where a whole one was.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Callable

import torch
from safetensors import SafetensorError
from safetensors.torch import load_file, save_file

from ..data.tokenizer import DialogueTokenizer
from .config import ModelConfig
from .joint import DialoGAN

FORMAT = "dialogan-checkpoint/1"
INFERENCE_FILES = ("config.json", "tokenizer.json", "language_model.safetensors", "generator_ema.safetensors")


def _contiguous(sd: dict[str, torch.Tensor], dtype: torch.dtype | None = None) -> dict[str, torch.Tensor]:
    out = {}
    for k, v in sd.items():
        v = v.detach().cpu()
        if dtype is not None and v.is_floating_point():
            v = v.to(dtype)
        out[k] = v.contiguous().clone()
    return out


def _flatten_optimizer(prefix: str, opt: torch.optim.Optimizer) -> tuple[dict[str, torch.Tensor], dict]:
    sd = opt.state_dict()
    tensors = {}
    for idx, state in sd["state"].items():
        for key, value in state.items():
            t = value if torch.is_tensor(value) else torch.tensor(value)
            tensors[f"{prefix}.state.{idx}.{key}"] = t
    return tensors, sd["param_groups"]


def _unflatten_optimizer(prefix: str, tensors: dict[str, torch.Tensor], groups: list) -> dict:
    state: dict[int, dict] = {}
    for name, t in tensors.items():
        if name.startswith(prefix + ".state."):
            idx, key = name[len(prefix) + 7:].split(".", 1)
            state.setdefault(int(idx), {})[key] = t
    return {"state": state, "param_groups": groups}


def write_folder(out: str | os.PathLike, fill: Callable[[Path], None]) -> Path:
    """Write a checkpoint folder atomically: ``fill(tmp)`` writes the files into a fresh folder
    next to ``out``, which then takes ``out``'s place (the old one is kept as ``.old`` meanwhile)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        fill(tmp)
        os.chmod(tmp, 0o755)  # mkdtemp makes it private; a checkpoint is meant to be shared
        for f in tmp.iterdir():
            os.chmod(f, 0o644)
        old = out.with_name(out.name + ".old")
        if out.exists():
            shutil.rmtree(old, ignore_errors=True)
            os.replace(out, old)
        os.replace(tmp, out)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out


def save_checkpoint(out: str | os.PathLike, model: DialoGAN, config: dict, card: str,
                    optimizers: dict[str, torch.optim.Optimizer] | None = None, half: bool = False) -> Path:
    """Write ``out`` atomically. ``optimizers`` adds the training state; ``half`` stores fp16 weights."""

    def fill(tmp: Path) -> None:
        dtype = torch.float16 if half else None
        save_file(_contiguous(model.lm.state_dict(), dtype), str(tmp / "language_model.safetensors"))
        save_file(_contiguous(model.generator_ema.state_dict(), dtype), str(tmp / "generator_ema.safetensors"))
        model.tokenizer.save(tmp / "tokenizer.json")
        cfg = dict(config, format=FORMAT, weights_dtype="float16" if half else "float32")
        if optimizers is not None:
            tensors = {f"generator.{k}": v for k, v in _contiguous(model.generator.state_dict()).items()}
            tensors.update({f"discriminator.{k}": v for k, v in _contiguous(model.discriminator.state_dict()).items()})
            groups = {}
            for name, opt in optimizers.items():
                t, groups[name] = _flatten_optimizer(f"optim.{name}", opt)
                tensors.update(_contiguous(t))
            tensors["rng.torch"] = torch.get_rng_state()
            save_file(tensors, str(tmp / "training_state.safetensors"),
                      metadata={"param_groups": json.dumps(groups)})
        (tmp / "config.json").write_text(json.dumps(cfg, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (tmp / "README.md").write_text(card, encoding="utf-8")

    return write_folder(out, fill)


def read_config(path: str | os.PathLike) -> dict:
    path = Path(path)
    if not path.is_dir():
        old = path.with_name(path.name + ".old")
        hint = f" (an interrupted save left {old}; rename it to {path.name})" if old.is_dir() else ""
        raise FileNotFoundError(f"{path}: no checkpoint folder here{hint}")
    missing = [f for f in INFERENCE_FILES if not (path / f).is_file()]
    if missing:
        raise ValueError(f"{path}: not a complete dialogan checkpoint, missing {', '.join(missing)}")
    try:
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise ValueError(f"{path / 'config.json'}: not valid JSON ({e})") from None
    if config.get("format") != FORMAT:
        raise ValueError(f"{path / 'config.json'}: format is {config.get('format')!r}, expected {FORMAT!r}")
    return config


def _load_tensors(file: Path) -> dict[str, torch.Tensor]:
    try:
        return load_file(str(file))
    except (SafetensorError, OSError, RuntimeError, ValueError) as e:
        raise ValueError(f"{file}: truncated or corrupt weights ({e})") from None


def _load_into(module: torch.nn.Module, sd: dict[str, torch.Tensor], file: Path) -> None:
    sd = {k: v.float() if v.is_floating_point() else v for k, v in sd.items()}
    try:
        module.load_state_dict(sd, strict=True)
    except RuntimeError as e:
        raise ValueError(f"{file}: weights do not fit the model in config.json ({str(e)[:300]})") from None


def load_checkpoint(path: str | os.PathLike, training: bool = False, device: str = "cpu") -> tuple[DialoGAN, dict]:
    """Rebuild the model from a checkpoint folder; ``training`` also restores G, D for resuming."""
    path = Path(path)
    config = read_config(path)
    cfg = ModelConfig.from_dict(config["model"])
    tok = DialogueTokenizer.load(path / "tokenizer.json")
    model = DialoGAN(cfg, tok, with_discriminator=training)
    _load_into(model.lm, _load_tensors(path / "language_model.safetensors"), path / "language_model.safetensors")
    ema_file = path / "generator_ema.safetensors"
    _load_into(model.generator_ema, _load_tensors(ema_file), ema_file)
    if training:
        state_file = path / "training_state.safetensors"
        if not state_file.is_file():
            raise ValueError(f"{path}: has no training_state.safetensors (an inference-only checkpoint cannot resume)")
        state = _load_tensors(state_file)
        _load_into(model.generator, {k[10:]: v for k, v in state.items() if k.startswith("generator.")}, state_file)
        _load_into(model.discriminator, {k[14:]: v for k, v in state.items() if k.startswith("discriminator.")},
                   state_file)
    return model.to(device), config


def load_for_finetune(path: str | os.PathLike, device: str = "cpu") -> tuple[DialoGAN, dict]:
    """The model of any checkpoint, inference-only ones included, ready to train further.

    The language model and tokenizer are the checkpoint's; the generator starts from its EMA
    copy (which is what the checkpoint draws with); the discriminator is the checkpoint's
    when it has a training state, else freshly initialised. Optimisers are not restored."""
    path = Path(path)
    model, config = load_checkpoint(path, device=device)
    trained = DialoGAN(model.cfg, model.tokenizer, with_discriminator=True)
    trained.lm.load_state_dict(model.lm.state_dict())
    trained.generator.load_state_dict(model.generator_ema.state_dict())
    trained.generator_ema.load_state_dict(model.generator_ema.state_dict())
    state_file = path / "training_state.safetensors"
    if state_file.is_file():
        state = _load_tensors(state_file)
        _load_into(trained.discriminator, {k[14:]: v for k, v in state.items() if k.startswith("discriminator.")},
                   state_file)
    return trained.to(device), config


def load_training_state(path: str | os.PathLike, optimizers: dict[str, torch.optim.Optimizer]) -> None:
    """Restore optimizer and RNG state saved by ``save_checkpoint(..., optimizers=...)``."""
    from safetensors import safe_open

    file = Path(path) / "training_state.safetensors"
    state = _load_tensors(file)
    with safe_open(str(file), "pt") as f:
        groups = json.loads(f.metadata()["param_groups"])
    for name, opt in optimizers.items():
        opt.load_state_dict(_unflatten_optimizer(f"optim.{name}", state, groups[name]))
    torch.set_rng_state(state["rng.torch"])
