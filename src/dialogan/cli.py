"""One entry point: ``dialogan data | train | eval | chat | serve | export``.

Each subcommand lives with the package that does the work (``<package>/commands.py``
exposes ``register(subparsers)``); this file only wires them together.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys

from dialogan.errors import DialoganError

# subcommand -> module providing register(subparsers)
COMMANDS = {
    "data": "dialogan.data.commands",
    "eval": "dialogan.eval.commands",
    "train": "dialogan.train.commands",
    "chat": "dialogan.chat.commands",
    "bench": "dialogan.bench.commands",
    "export": "dialogan.pipeline.commands",
    "serve": "dialogan.serve.commands",
}


def load_system(checkpoint: str | None = None):
    """The trained dialogue system the evaluator scores (anything with ``send`` and ``reset``):
    a dialogan checkpoint as a ``Chat``, a peer's (``dialogan train --model geneva|dfgan``) as its system."""
    from dialogan.peers import PeerSystem, is_peer
    if checkpoint and is_peer(checkpoint):
        return PeerSystem.load(checkpoint)
    from dialogan.chat import Chat
    return Chat.load(checkpoint)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dialogan", description="Talk to it, in English or Chinese, and it draws.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, module in COMMANDS.items():
        try:
            mod = importlib.import_module(module)
            mod.register(sub, load_system=load_system) if name == "eval" else mod.register(sub)
        except ModuleNotFoundError as e:
            if e.name != module:
                raise
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "threads", None) is not None and args.threads < 1:  # every command's --threads
        parser.error(f"--threads must be 1 or more, got {args.threads}")
    try:
        return int(args.run(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except DialoganError as e:
        # Bad input: one clear line naming what is wrong. Anything else is a bug and keeps its traceback.
        if os.environ.get("DIALOGAN_DEBUG") == "1":
            raise
        print(f"dialogan {args.command}: error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
