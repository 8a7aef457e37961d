"""Checkpoints as self-describing folders (Hugging Face style), written atomically.

    config.json                      model + training configuration, step, wall time, scores
    tokenizer.json                   the dialogue tokenizer
    language_model/config.json       the GPT-2's own transformers config; the folder loads with
    language_model/model.safetensors   GPT2LMHeadModel.from_pretrained (tied embedding stored once)
    generator_ema.safetensors        the generator used for inference
    README.md                        model card
  and, for resuming only:
    training_state.safetensors       generator, discriminator, optimizers, RNG state

Checkpoints of the first format (``language_model.safetensors`` beside config.json, the tied
embedding stored twice) still load. A folder is written next to its destination and renamed
into place, so a crash never leaves a half-written checkpoint where a whole one was.
"""
from __future__ import annotations

import copy
import hashlib
import json
import os
from pathlib import Path

import torch
from safetensors.torch import save_file

from ..data.tokenizer import DialogueTokenizer
from ..errors import DialoganError
from ..files import atomic_folder
from ..models import DialoGAN, ModelConfig
from ..models.weights import detached, load_into, load_tensors

FORMAT = "dialogan-checkpoint/2"
READABLE_FORMATS = ("dialogan-checkpoint/1", FORMAT)  # /1: language_model.safetensors at the top
LM_FOLDER = "language_model"
LM_WEIGHTS = "model.safetensors"  # inside LM_FOLDER, the name transformers looks for
OLD_LM_FILE = "language_model.safetensors"
INFERENCE_FILES = ("config.json", "tokenizer.json", "generator_ema.safetensors")
TIED_KEY = "lm_head.weight"  # the output layer, the token embedding itself when tied


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


def _inference_weights(model: DialoGAN, dtype: torch.dtype | None = None) -> dict[str, dict[str, torch.Tensor]]:
    """What a checkpoint stores for inference, by part: the tied output layer is left out."""
    lm = detached(model.lm.state_dict(), dtype)
    if model.lm.config.tie_word_embeddings:
        lm.pop(TIED_KEY, None)
    return {"language_model": lm, "generator_ema": detached(model.generator_ema.state_dict(), dtype)}


def _sha256(parts: dict[str, dict[str, torch.Tensor]]) -> str:
    h = hashlib.sha256()
    for part in sorted(parts):
        for name in sorted(parts[part]):
            h.update(f"{part}/{name}\0".encode())
            h.update(parts[part][name].float().numpy().tobytes())
    return h.hexdigest()


def weights_sha256(model: DialoGAN, half: bool = False) -> str:
    """The identity of a model's inference weights (language model and EMA generator), as a
    checkpoint stores them (``half``: rounded to fp16): the same values give the same hash in any
    file layout, so a fine-tuned model's card can name its parent by it."""
    return _sha256(_inference_weights(model, torch.float16 if half else None))


def save_checkpoint(out: str | os.PathLike, model: DialoGAN, tokenizer: DialogueTokenizer, config: dict, card: str,
                    optimizers: dict[str, torch.optim.Optimizer] | None = None, half: bool = False) -> Path:
    """Write ``out`` atomically. ``optimizers`` adds the training state; ``half`` stores fp16 weights.
    ``config`` gains the format, the weights' dtype and their ``weights_sha256``."""

    with atomic_folder(out) as tmp:
        weights = _inference_weights(model, torch.float16 if half else None)
        (tmp / LM_FOLDER).mkdir()
        lm_config = copy.deepcopy(model.lm.config)
        lm_config.dtype = torch.float32  # computed in fp32 even when stored in fp16, as dialogan loads it
        lm_config.to_json_file(tmp / LM_FOLDER / "config.json")
        save_file(weights["language_model"], str(tmp / LM_FOLDER / LM_WEIGHTS), metadata={"format": "pt"})
        save_file(weights["generator_ema"], str(tmp / "generator_ema.safetensors"))
        tokenizer.save(tmp / "tokenizer.json")
        cfg = dict(config, format=FORMAT, weights_dtype="float16" if half else "float32",
                   weights_sha256=_sha256(weights))
        if optimizers is not None:
            tensors = {f"generator.{k}": v for k, v in detached(model.generator.state_dict()).items()}
            tensors.update({f"discriminator.{k}": v for k, v in detached(model.discriminator.state_dict()).items()})
            groups = {}
            for name, opt in optimizers.items():
                t, groups[name] = _flatten_optimizer(f"optim.{name}", opt)
                tensors.update(detached(t))
            tensors["rng.torch"] = torch.get_rng_state()
            save_file(tensors, str(tmp / "training_state.safetensors"),
                      metadata={"param_groups": json.dumps(groups)})
        (tmp / "config.json").write_text(json.dumps(cfg, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (tmp / "README.md").write_text(card, encoding="utf-8")
    return Path(out)


def _lm_weights_file(path: Path) -> Path | None:
    """The language model's weights: in its own folder, or (first format) at the top."""
    for file in (path / LM_FOLDER / LM_WEIGHTS, path / OLD_LM_FILE):
        if file.is_file():
            return file
    return None


def read_config(path: str | os.PathLike) -> dict:
    """The checkpoint's config.json, after checking that the folder holds a whole checkpoint."""
    path = Path(path)
    if not path.is_dir():
        old = path.with_name(path.name + ".old")
        hint = f" (an interrupted save left {old}; rename it to {path.name})" if old.is_dir() else ""
        raise DialoganError(f"{path}: no checkpoint folder here{hint}")
    missing = [f for f in INFERENCE_FILES if not (path / f).is_file()]
    if _lm_weights_file(path) is None:
        missing.append(f"{LM_FOLDER}/{LM_WEIGHTS}")
    if missing:
        raise DialoganError(f"{path}: not a complete dialogan checkpoint, missing {', '.join(missing)}")
    try:
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise DialoganError(f"{path / 'config.json'}: not valid JSON ({e})") from None
    if config.get("format") not in READABLE_FORMATS:
        raise DialoganError(f"{path / 'config.json'}: format is {config.get('format')!r}, "
                            f"expected one of {', '.join(READABLE_FORMATS)}")
    return config


def _load_language_model(model: DialoGAN, path: Path) -> None:
    file = _lm_weights_file(path)
    sd = load_tensors(file)
    if TIED_KEY not in sd and model.lm.config.tie_word_embeddings and "transformer.wte.weight" in sd:
        sd[TIED_KEY] = sd["transformer.wte.weight"]  # stored once; the model shares the tensor
    load_into(model.lm, sd, file)


def _training_state(path: Path) -> dict[str, torch.Tensor]:
    return load_tensors(path / "training_state.safetensors")


def _part(state: dict[str, torch.Tensor], prefix: str) -> dict[str, torch.Tensor]:
    return {k[len(prefix):]: v for k, v in state.items() if k.startswith(prefix)}


def load_checkpoint(path: str | os.PathLike, training: bool = False,
                    device: str = "cpu") -> tuple[DialoGAN, DialogueTokenizer, dict]:
    """Rebuild the model and its tokenizer from a checkpoint folder; ``training`` also restores G, D for resuming."""
    path = Path(path)
    config = read_config(path)
    cfg = ModelConfig.from_dict(config["model"], where=f"{path / 'config.json'}: model")
    tok = DialogueTokenizer.load(path / "tokenizer.json")
    if tok.vocab_size > cfg.vocab_size:
        raise DialoganError(f"{path / 'tokenizer.json'}: has {tok.vocab_size} tokens, "
                            f"the model's vocab_size is {cfg.vocab_size}")
    model = DialoGAN(cfg, tok.pad_id, with_discriminator=training)
    _load_language_model(model, path)
    ema_file = path / "generator_ema.safetensors"
    load_into(model.generator_ema, load_tensors(ema_file), ema_file)
    if training:
        state_file = path / "training_state.safetensors"
        if not state_file.is_file():
            raise DialoganError(f"{path}: has no training_state.safetensors (an inference-only checkpoint cannot resume)")
        state = _training_state(path)
        load_into(model.generator, _part(state, "generator."), state_file)
        load_into(model.discriminator, _part(state, "discriminator."), state_file)
    return model.to(device), tok, config


def load_for_finetune(path: str | os.PathLike, device: str = "cpu") -> tuple[DialoGAN, DialogueTokenizer, dict]:
    """The model of any checkpoint, inference-only ones included, ready to train further.

    The language model and tokenizer are the checkpoint's; the generator starts from its EMA
    copy (which is what the checkpoint draws with); the discriminator is the checkpoint's
    when it has a training state, else freshly initialised. Optimisers are not restored.
    The config gains ``weights_sha256``, the loaded weights' hash (see ``weights_sha256``)."""
    path = Path(path)
    model, tok, config = load_checkpoint(path, device=device)
    config = dict(config, weights_sha256=weights_sha256(model))
    trained = DialoGAN(model.cfg, tok.pad_id, with_discriminator=True)
    trained.lm.load_state_dict(model.lm.state_dict())
    trained.generator.load_state_dict(model.generator_ema.state_dict())
    trained.generator_ema.load_state_dict(model.generator_ema.state_dict())
    state_file = path / "training_state.safetensors"
    if state_file.is_file():
        load_into(trained.discriminator, _part(_training_state(path), "discriminator."), state_file)
    return trained.to(device), tok, config


def load_training_state(path: str | os.PathLike, optimizers: dict[str, torch.optim.Optimizer]) -> None:
    """Restore optimizer and RNG state saved by ``save_checkpoint(..., optimizers=...)``."""
    from safetensors import safe_open

    file = Path(path) / "training_state.safetensors"
    state = load_tensors(file)
    with safe_open(str(file), "pt") as f:
        groups = json.loads(f.metadata()["param_groups"])
    for name, opt in optimizers.items():
        opt.load_state_dict(_unflatten_optimizer(f"optim.{name}", state, groups[name]))
    torch.set_rng_state(state["rng.torch"])
