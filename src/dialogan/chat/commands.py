"""``dialogan chat``: talk to dialogan in a terminal; every picture is saved as a PNG."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..errors import DialoganError
from ..files import atomic_write

HELP = "commands: /undo /redo /variation /save [FILE] /new /help /quit"


def register(subparsers) -> None:
    p = subparsers.add_parser("chat", help="talk to dialogan in the terminal",
                              description="A terminal chat. Replies print as text; each picture is saved to --images.")
    p.add_argument("--checkpoint", metavar="DIR", help="a checkpoint folder (default: the shipped model)")
    p.add_argument("--images", default="dialogan-images", metavar="DIR", help="folder for the pictures")
    p.add_argument("--resume", metavar="FILE", help="continue a conversation written by /save")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--threads", type=int, help="CPU threads for the model (default: torch's choice)")
    p.set_defaults(run=_run)


def save_conversation(chat, path: Path) -> None:
    """Write ``chat.state()`` as JSON atomically, so a crash never leaves half a file."""
    atomic_write(path, json.dumps(chat.state(), ensure_ascii=False, indent=1))


def load_conversation(chat, path: Path) -> None:
    if not Path(path).is_file():
        raise DialoganError(f"{path}: no saved conversation here")
    try:
        state = json.loads(Path(path).read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise DialoganError(f"{path}: not a saved conversation (invalid JSON: {e})") from None
    try:
        chat.restore(state)
    except DialoganError as e:
        raise DialoganError(f"{path}: {e}") from None


def _run(args: argparse.Namespace) -> int:
    import torch

    from .session import Chat

    if args.threads:
        torch.set_num_threads(args.threads)
    chat = Chat.load(args.checkpoint, seed=args.seed)
    if args.resume:
        load_conversation(chat, Path(args.resume))
    folder = Path(args.images)
    folder.mkdir(parents=True, exist_ok=True)
    print(f"dialogan: talk to me in English or Chinese; pictures go to {folder}/. {HELP}")
    if args.resume:
        print(f"continuing {args.resume}: {len(chat.history)} turns, scene: {chat.scene.text()}")
    n = len(chat.history)  # picture numbers go on from a resumed conversation
    actions = {"/undo": chat.undo, "/redo": chat.redo, "/variation": chat.variation}
    while True:
        try:
            text = input("you> ")
        except EOFError:
            print()
            return 0
        cmd, _, arg = text.strip().partition(" ")
        if cmd in ("/quit", "/exit"):
            return 0
        if cmd == "/save":
            path = Path(arg.strip() or folder / "conversation.json")
            save_conversation(chat, path)
            print(f"saved {len(chat.history)} turns to {path} (continue with: dialogan chat --resume {path})")
            continue
        if cmd == "/new":
            chat.reset()
            print("new conversation")
            continue
        if cmd.startswith("/") and cmd not in actions:
            print(HELP)
            continue
        try:
            turn = actions[cmd]() if cmd in actions else chat.send(text)
        except DialoganError as e:  # a message over the length limit: say so and carry on
            print(f"error: {e}")
            continue
        n += 1
        path = folder / f"turn_{n:03d}.png"
        turn.image.save(path)
        edit = f"\n  edit:  {turn.edit}" if turn.edit else ""
        print(f"dialogan> {turn.reply}{edit}\n  scene: {turn.scene.text()}\n  image: {path}")
