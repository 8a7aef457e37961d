"""``dialogan chat``: talk to dialogan in a terminal; every picture is saved as a PNG."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

HELP = "commands: /undo /redo /variation /save [FILE] /new /quit"


def register(subparsers) -> None:
    p = subparsers.add_parser("chat", help="talk to dialogan in the terminal",
                              description="A terminal chat. Replies print as text; each picture is saved to --images.")
    p.add_argument("--checkpoint", metavar="DIR", help="a checkpoint folder (default: the shipped model)")
    p.add_argument("--images", default="dialogan-images", metavar="DIR", help="folder for the pictures")
    p.add_argument("--seed", type=int, default=0)
    p.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    from .session import Chat

    chat = Chat.load(args.checkpoint, seed=args.seed)
    folder = Path(args.images)
    folder.mkdir(parents=True, exist_ok=True)
    print(f"dialogan: talk to me in English or Chinese; pictures go to {folder}/. {HELP}")
    n = 0
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
            path = Path(arg or folder / "conversation.json")
            rows = [{"text": t.text, "reply": t.reply, "scene": t.scene.text(), "seed": t.seed} for t in chat.history]
            path.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
            print(f"saved {len(rows)} turns to {path}")
            continue
        actions = {"/undo": chat.undo, "/redo": chat.redo, "/variation": chat.variation}
        if cmd == "/new":
            chat.reset()
            print("new conversation")
            continue
        if cmd.startswith("/") and cmd not in actions:
            print(HELP)
            continue
        try:
            turn = actions[cmd]() if cmd in actions else chat.send(text)
        except ValueError as e:
            print(f"error: {e}")
            continue
        n += 1
        path = folder / f"turn_{n:03d}.png"
        turn.image.save(path)
        print(f"dialogan> {turn.reply}\n  scene: {turn.scene.text()}\n  image: {path}")
