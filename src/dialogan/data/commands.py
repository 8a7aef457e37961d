"""``dialogan data make | show | export-coco``: build, inspect and import datasets."""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from dialogan.world import SUPPORTED_SIZES

from ..errors import DialoganError
from .coco import CocoCaptions
from .image_folder import ImageFolderCaptions
from .shapes_files import SPLITS, write_shapes_dataset
from .show import contact_sheet, dataset_stats


def register(subparsers) -> None:
    data = subparsers.add_parser("data", help="make, inspect and import datasets")
    sub = data.add_subparsers(dest="data_command", metavar="ACTION", required=True)

    make = sub.add_parser("make", help="generate and render shapes-world dialogues")
    make.add_argument("--out", required=True, type=Path, help="dataset folder to write (replaced if a dataset)")
    make.add_argument("--dialogues", type=int, default=1000, help="number of dialogues (default 1000)")
    make.add_argument("--seed", type=int, default=0, help="same seed, same bytes (default 0)")
    make.add_argument("--size", type=int, default=64, choices=SUPPORTED_SIZES, help="image side in pixels")
    make.add_argument("--split", default="train", choices=SPLITS,
                      help="train, test (new scenes, training language), unseen (held-out sentences) "
                           "or unseen-words (held-out words in known sentences)")
    make.add_argument("--quiet", action="store_true", help="no progress bar")
    make.set_defaults(run=_make)

    show = sub.add_parser("show", help="print statistics and write a contact sheet")
    show.add_argument("dir", type=Path, help="dataset folder")
    show.add_argument("--sheet", type=Path, help="contact sheet PNG (default DIR/contact_sheet.png)")
    show.add_argument("--rows", type=int, default=6, help="dialogues on the sheet (default 6)")
    show.set_defaults(run=_show)

    export = sub.add_parser("export-coco", help="convert COCO captions or an image folder into a dataset")
    src = export.add_mutually_exclusive_group(required=True)
    src.add_argument("--coco", type=Path, metavar="ANN.json", help="COCO captions file (needs --images)")
    src.add_argument("--folder", type=Path, metavar="ROOT", help="image folder, one sub-folder per class")
    export.add_argument("--images", type=Path, help="folder holding the COCO pictures")
    export.add_argument("--out", required=True, type=Path, help="dataset folder to write")
    export.add_argument("--size", type=int, default=64, help="square side in pixels (default 64)")
    export.add_argument("--skip-bad", action="store_true", help="skip missing or broken pictures")
    export.add_argument("--quiet", action="store_true", help="no progress bar")
    export.set_defaults(run=_export)


def _make(args: argparse.Namespace) -> int:
    start = time.perf_counter()
    done = write_shapes_dataset(args.out, args.dialogues, args.seed, args.size, args.split,
                                progress=not args.quiet)
    print(f"wrote {done.dialogues} dialogues, {done.turns} images to {done.path} "
          f"in {time.perf_counter() - start:.1f}s")
    return 0


def _show(args: argparse.Namespace) -> int:
    if not args.dir.is_dir():
        raise DialoganError(f"{args.dir}: dataset folder not found")
    print(dataset_stats(args.dir).format())
    sheet = contact_sheet(args.dir, args.sheet or args.dir / "contact_sheet.png", n=args.rows)
    print(f"\ncontact sheet: {sheet}")
    return 0


def _export(args: argparse.Namespace) -> int:
    if args.size < 8:
        raise DialoganError(f"--size must be at least 8 pixels, got {args.size}")
    if args.coco is not None:
        if args.images is None:
            raise DialoganError("--coco needs --images DIR, the folder holding its pictures")
        source = CocoCaptions(args.coco, args.images, args.size, skip_bad=args.skip_bad)
    else:
        if args.images is not None:
            raise DialoganError("--images goes with --coco; an image folder is given by --folder alone")
        source = ImageFolderCaptions(args.folder, args.size, skip_bad=args.skip_bad)
    done = source.export(args.out, progress=not args.quiet)
    skipped = f", skipped {source.skipped} unreadable picture(s)" if source.skipped else ""
    print(f"wrote {done.dialogues} captions (one-turn dialogues) to {done.path}{skipped}")
    return 0
