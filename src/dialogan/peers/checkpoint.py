"""The peers as a family: their presets, and their checkpoint folders written and read back.

A peer's checkpoint is a folder like the dialogue model's, written by the same atomic writer::

    config.json                  format, kind ("geneva" / "dfgan"), model + training config, step, scores
    tokenizer.json               the same byte-level tokenizer the dialogue model trains
    model.safetensors            text encoder(s) and generator: everything inference needs
    discriminator.safetensors    kept for inspection and further training
    README.md                    model card
"""
from __future__ import annotations

import copy
import json
import os
from pathlib import Path

from safetensors.torch import save_file

from ..data.tokenizer import DialogueTokenizer
from ..errors import DialoganError
from ..files import atomic_folder
from ..models.weights import detached, load_into, load_tensors
from . import dfgan, geneva

FORMAT = "dialogan-peer/1"
# Checkpoints written before the peers had their own package; they load unchanged.
READABLE_FORMATS = (FORMAT, "dialogan-baseline/1")
KINDS = {"geneva": (geneva.GenevaGAN, geneva.GenevaConfig, geneva.PRESETS),
         "dfgan": (dfgan.DFGAN, dfgan.DFGANConfig, dfgan.PRESETS)}


def get_peer_preset(kind: str, name: str):
    """A fresh copy of peer ``kind``'s preset ``name`` (a ``PeerPreset``); ValueError names what is unknown."""
    if kind not in KINDS:
        raise DialoganError(f"unknown peer {kind!r}; peers are {', '.join(KINDS)}")
    presets = KINDS[kind][2]
    if name not in presets:
        raise DialoganError(f"no {name!r} preset for {kind}; presets are {', '.join(presets)}")
    return copy.deepcopy(presets[name])


def build_peer(kind: str, cfg, tokenizer: DialogueTokenizer, with_discriminator: bool = True):
    return KINDS[kind][0](cfg, tokenizer, with_discriminator=with_discriminator)


def parameter_count(model) -> int:
    """Parameters used at inference (text encoders and generator; not the discriminator)."""
    return sum(p.numel() for name, p in model.named_parameters() if not name.startswith("discriminator."))


def save_peer(out: str | os.PathLike, model, config: dict, card: str) -> Path:
    """Write a peer's checkpoint folder atomically (see the module docstring for its files)."""

    with atomic_folder(out) as tmp:
        sd = {k: v for k, v in model.state_dict().items() if not k.startswith("discriminator.")}
        save_file(detached(sd), str(tmp / "model.safetensors"))
        if model.discriminator is not None:
            save_file(detached(model.discriminator.state_dict()), str(tmp / "discriminator.safetensors"))
        model.tokenizer.save(tmp / "tokenizer.json")
        full = dict(config, format=FORMAT, kind=model.kind)
        (tmp / "config.json").write_text(json.dumps(full, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (tmp / "README.md").write_text(card, encoding="utf-8")
    return Path(out)


def is_peer(path: str | os.PathLike) -> bool:
    """Whether ``path`` holds a peer's checkpoint (rather than the dialogue model's)."""
    try:
        return json.loads((Path(path) / "config.json").read_text(encoding="utf-8")).get("format") in READABLE_FORMATS
    except (OSError, ValueError):
        return False


def load_peer(path: str | os.PathLike, device: str = "cpu"):
    """Rebuild a peer from its checkpoint folder: (model in eval mode, config dict)."""
    path = Path(path)
    if not (path / "config.json").is_file():
        raise DialoganError(f"{path}: no peer checkpoint here (config.json is missing)")
    try:
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise DialoganError(f"{path / 'config.json'}: not valid JSON ({e})") from None
    if config.get("format") not in READABLE_FORMATS or config.get("kind") not in KINDS:
        raise DialoganError(f"{path / 'config.json'}: not a peer checkpoint (format {config.get('format')!r}, "
                            f"kind {config.get('kind')!r})")
    kind = config["kind"]
    cfg = KINDS[kind][1].from_dict(config["model"])
    model = build_peer(kind, cfg, DialogueTokenizer.load(path / "tokenizer.json"), with_discriminator=False)
    load_into(model, load_tensors(path / "model.safetensors"), path / "model.safetensors")
    return model.to(device).eval(), config
