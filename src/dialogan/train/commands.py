"""``dialogan train``: joint training from a preset, on the shapes world or a dataset folder."""
from __future__ import annotations

import argparse

from ..models import PRESETS


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
    p.add_argument("--steps", type=int, help="override the preset's number of steps")
    p.add_argument("--lr-lm", type=float, metavar="LR", help="the language model's peak learning rate")
    p.add_argument("--max-minutes", type=float, help="stop and save after this much wall time")
    p.add_argument("--seed", type=int)
    p.add_argument("--freeze-lm", action=argparse.BooleanOptionalAction, default=None,
                   help="keep the generator's gradient out of the language model (ablation); --no-freeze-lm "
                        "lets it back in when resuming a frozen run")
    p.add_argument("--gan-into-lm", type=float, help="weight of the generator's loss in the language model's gradient")
    p.add_argument("--gan-every", type=int, help="train the GAN every Nth step (the others are language-model-only)")
    p.add_argument("--finish-share", type=float, metavar="F",
                   help="the last share of --max-minutes trains the GAN at every step with the language model frozen "
                        "to it (0 = none)")
    p.add_argument("--typo-rate", type=float, metavar="F", help="share of shapes-world messages with typing noise")
    p.add_argument("--batch-size", type=int)
    p.add_argument("--save-every", type=int)
    p.add_argument("--sample-every", type=int)
    p.add_argument("--skip-bad", action="store_true", help="skip unreadable dataset records and report how many")
    p.add_argument("--device", help="cpu, cuda, cuda:1 ... (default: cuda when present)")
    p.add_argument("--threads", type=int, help="CPU threads per process (default: torch's choice)")
    p.add_argument("--workers", type=int, metavar="N",
                   help="processes building the batches (default: 4 on CUDA, 0 = the training process on CPU); "
                        "the batches are the same for any number")
    p.add_argument("--tensorboard", action="store_true", help="also write TensorBoard logs to OUT.tb")
    p.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    if args.model != "dialogan":
        return _run_peer(args)
    from .loop import train

    overrides = {"steps": args.steps, "max_minutes": args.max_minutes, "seed": args.seed, "freeze_lm": args.freeze_lm,
                 "gan_into_lm": args.gan_into_lm, "gan_every": args.gan_every, "finish_share": args.finish_share,
                 "typo_rate": args.typo_rate, "batch_size": args.batch_size, "save_every": args.save_every,
                 "sample_every": args.sample_every, "lr_lm": args.lr_lm}
    out = train(args.preset, args.out, data=args.data, resume=args.resume, init_from=args.init_from,
                overrides=overrides, skip_bad=args.skip_bad, device=args.device, tensorboard=args.tensorboard,
                threads=args.threads, workers=args.workers)
    print(f"checkpoint: {out}")
    return 0


def _run_peer(args: argparse.Namespace) -> int:
    from .peers import train_peer

    # Options that only the dialogue model has: refuse them rather than ignore them silently.
    only_dialogan = {"--data": args.data, "--resume": args.resume, "--init-from": args.init_from,
                     "--lr-lm": args.lr_lm, "--freeze-lm": args.freeze_lm,
                     "--gan-into-lm": args.gan_into_lm, "--gan-every": args.gan_every,
                     "--finish-share": args.finish_share, "--typo-rate": args.typo_rate,
                     "--tensorboard": args.tensorboard or None, "--skip-bad": args.skip_bad or None,
                     "--workers": args.workers}
    given = [k for k, v in only_dialogan.items() if v is not None]
    if given:
        raise ValueError(f"{', '.join(given)} apply to --model dialogan only, not {args.model}")
    overrides = {"steps": args.steps, "max_minutes": args.max_minutes, "seed": args.seed,
                 "batch_size": args.batch_size, "save_every": args.save_every, "sample_every": args.sample_every}
    out = train_peer(args.model, args.preset, args.out, overrides=overrides, device=args.device,
                     threads=args.threads)
    print(f"checkpoint: {out}")
    return 0
