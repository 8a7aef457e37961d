"""``dialogan train``: joint training from a preset, on the shapes world or a dataset folder."""
from __future__ import annotations

import argparse
import dataclasses

from ..configs import add_config_flags, flag_name
from ..errors import DialoganError
from ..peers.config import PeerTrainConfig
from .config import PRESETS, JointTrainConfig


def register(subparsers) -> None:
    p = subparsers.add_parser("train", help="train the dialogue model and the GAN jointly",
                              description="Train (or resume) a dialogan model. Under torchrun the same command trains "
                                          "with DistributedDataParallel.")
    p.add_argument("--model", default="dialogan", choices=("dialogan", "geneva", "dfgan"),
                   help="dialogan (default), or a peer for `dialogan bench peers`: geneva (GeNeVA-GAN's recipe) "
                        "or dfgan (DF-GAN-style, current message only); peers have tiny and default presets")
    p.add_argument("--preset", default="default", choices=sorted(PRESETS), help="model and training settings")
    src = p.add_mutually_exclusive_group()
    src.add_argument("--world", action="store_true", help="the built-in shapes world, generated on the fly (default)")
    src.add_argument("--data", metavar="DIR", help="a dataset folder written by `dialogan data make` or `data export-coco`")
    p.add_argument("--out", required=True, metavar="DIR", help="checkpoint folder (rewritten atomically at every save)")
    p.add_argument("--resume", metavar="DIR", help="continue from this checkpoint (its own settings and data)")
    p.add_argument("--init-from", metavar="DIR",
                   help="start a new run of the preset from this checkpoint's weights and tokenizer (fine-tuning; "
                        "an inference-only checkpoint such as the shipped model works too)")
    # Every training setting overrides the preset: the dialogue model's, then the peers' own.
    add_config_flags(p.add_argument_group("training settings (override the preset)"), JointTrainConfig)
    add_config_flags(p.add_argument_group("peer training settings (--model geneva|dfgan)"), PeerTrainConfig,
                     skip=set(_fields(JointTrainConfig)))
    p.add_argument("--skip-bad", action="store_true", help="skip unreadable dataset records and report how many")
    p.add_argument("--device", help="cpu, cuda, cuda:1 ... (default: cuda when present)")
    p.add_argument("--threads", type=int, help="CPU threads per process (default: torch's choice)")
    p.add_argument("--tensorboard", action="store_true", help="also write TensorBoard logs to OUT.tb")
    p.set_defaults(run=_run)


def _fields(cls) -> list[str]:
    return [f.name for f in dataclasses.fields(cls)]


def _given(args: argparse.Namespace, names) -> dict:
    return {k: getattr(args, k) for k in names if getattr(args, k) is not None}


def _run(args: argparse.Namespace) -> int:
    if args.model != "dialogan":
        return _run_peer(args)
    from .loop import train

    peer_only = _given(args, set(_fields(PeerTrainConfig)) - set(_fields(JointTrainConfig)))
    if peer_only:
        raise DialoganError(f"{', '.join(map(flag_name, peer_only))} apply to --model geneva|dfgan only")
    overrides = _given(args, _fields(JointTrainConfig))
    out = train(args.preset, args.out, data=args.data, resume=args.resume, init_from=args.init_from,
                overrides=overrides, skip_bad=args.skip_bad, device=args.device, tensorboard=args.tensorboard,
                threads=args.threads)
    print(f"checkpoint: {out}")
    return 0


def _run_peer(args: argparse.Namespace) -> int:
    from .peers import train_peer

    # Options that only the dialogue model has: refuse them rather than ignore them silently.
    only_dialogan = {"--data": args.data, "--resume": args.resume, "--init-from": args.init_from,
                     "--tensorboard": args.tensorboard or None, "--skip-bad": args.skip_bad or None}
    only_dialogan.update({flag_name(k): v for k, v in _given(args, _fields(JointTrainConfig)).items()
                          if k not in _fields(PeerTrainConfig)})
    given = [k for k, v in only_dialogan.items() if v is not None]
    if given:
        raise DialoganError(f"{', '.join(given)} apply to --model dialogan only, not {args.model}")
    out = train_peer(args.model, args.preset, args.out, overrides=_given(args, _fields(PeerTrainConfig)),
                     device=args.device, threads=args.threads)
    print(f"checkpoint: {out}")
    return 0
