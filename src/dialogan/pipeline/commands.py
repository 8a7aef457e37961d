"""``dialogan export``: an inference-only copy of a checkpoint (optionally fp16), e.g. to ship it."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..errors import DialoganError


def register(subparsers) -> None:
    p = subparsers.add_parser("export", help="write an inference-only checkpoint (no optimiser state)",
                              description="Copy a checkpoint without its training state, optionally in fp16, "
                                          "with its model card extended by evaluation figures.")
    p.add_argument("--checkpoint", required=True, metavar="DIR")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--half", action="store_true", help="store weights as fp16 (they are computed in fp32)")
    p.add_argument("--eval-json", action="append", default=[], metavar="FILE",
                   help="a `dialogan eval run` JSON whose headline figures go into the model card (repeatable)")
    p.add_argument("--card-notes", metavar="FILE", help="a markdown file appended to the model card")
    p.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    from .checkpoint import load_checkpoint, save_checkpoint

    model, tokenizer, config = load_checkpoint(args.checkpoint)
    card = (Path(args.checkpoint) / "README.md").read_text(encoding="utf-8")
    for path in args.eval_json:
        try:
            result = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            raise DialoganError(f"{path}: not a readable eval JSON ({e})") from None
        card += f"\n## Evaluation: `{Path(path).name}`\n```\n{json.dumps(_headline(result), indent=1)}\n```\n"
    if args.card_notes:
        if not Path(args.card_notes).is_file():
            raise DialoganError(f"{args.card_notes}: no such file (--card-notes)")
        card += "\n" + Path(args.card_notes).read_text(encoding="utf-8")
    for written_by_save in ("format", "weights_dtype", "weights_sha256"):
        config.pop(written_by_save, None)
    out = save_checkpoint(args.out, model, tokenizer, config, card, optimizers=None, half=args.half)
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file()) / 1e6
    print(f"exported {out} ({size:.1f} MB)")
    return 0


def _headline(result: dict) -> dict:
    """The figures worth a model card: everything scalar at the top two levels."""
    keep = {}
    for k, v in result.items():
        if isinstance(v, (int, float, str)):
            keep[k] = v
        elif isinstance(v, dict):
            sub = {kk: vv for kk, vv in v.items() if isinstance(vv, (int, float, str))}
            if sub:
                keep[k] = sub
    return keep
