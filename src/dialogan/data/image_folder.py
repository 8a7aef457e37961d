"""Real pictures with captions: the shared reader, and image folders (one folder per class).

Every real-data source (``ImageFolderCaptions`` here, ``CocoCaptions`` in coco.py) is a
``CaptionImages``: a list of one-turn ``DialogueRecord``s whose user text and scene text
are the caption, each tied to a picture file. ``pairs()`` yields (record, picture) with the
picture as a size x size RGB image, and ``export(out)`` writes the standard dataset folder.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Iterator

from PIL import Image, ImageOps
from tqdm import tqdm

from ..errors import DialoganError
from .records import DatasetWriter, DialogueRecord, TurnRecord
from .shapes_files import WrittenDataset

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".gif", ".webp", ".tif", ".tiff")


class ImageError(DialoganError):
    """A picture that is missing or cannot be decoded; the message names the file."""


def load_square_rgb(path: str | os.PathLike, size: int) -> Image.Image:
    """Open a picture as RGB, resized so its short side is ``size``, centre-cropped to a square.

    Grayscale and palette pictures become RGB; transparency is laid over white (dropping
    alpha would turn transparent pixels into whatever colour they happen to store).
    """
    path = Path(path)
    if not path.is_file():
        raise ImageError(f"{path}: image file not found")
    try:
        with Image.open(path) as im:
            im.draft("RGB", (size, size))  # JPEG: decode at a reduced scale, still >= size
            im = ImageOps.exif_transpose(im)
            if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
                im = im.convert("RGBA")
                canvas = Image.new("RGBA", im.size, (255, 255, 255, 255))
                im = Image.alpha_composite(canvas, im)
            im = im.convert("RGB")
            return ImageOps.fit(im, (size, size), Image.Resampling.BICUBIC, centering=(0.5, 0.5))
    except (OSError, ValueError, SyntaxError) as e:  # PIL raises all three for broken files
        raise ImageError(f"{path}: cannot read image ({e})") from None


def caption_record(record_id: str, caption: str, image: str, source: str) -> DialogueRecord:
    """A one-turn dialogue whose user text and scene text are the caption."""
    turn = TurnRecord(text=caption, reply="", scene_text=caption, image=image, act="caption", lang="en",
                      phrasing="caption")
    return DialogueRecord(record_id, (turn,), source=source)


class CaptionImages:
    """Records over pictures under ``root``; ``record.turns[0].image`` is relative to ``root``.

    ``skipped`` counts pictures left out by ``pairs()`` because they were missing or broken
    (only with ``skip_bad``; otherwise the first one raises ``ImageError``).
    """

    source = "folder"

    def __init__(self, root: Path, size: int, records: list[DialogueRecord], skip_bad: bool = False):
        if size < 1:
            raise DialoganError(f"--size must be a positive number of pixels, got {size}")
        self.root, self.size, self.records, self.skip_bad = Path(root), size, records, skip_bad
        self.skipped = 0

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self) -> Iterator[DialogueRecord]:
        return iter(self.records)

    def pairs(self, progress: bool = False) -> Iterator[tuple[DialogueRecord, Image.Image]]:
        """Yield (record, size x size RGB picture); each file is decoded once for all its captions."""
        self.skipped = 0
        by_image: dict[str, list[DialogueRecord]] = {}
        for r in self.records:
            by_image.setdefault(r.turns[0].image, []).append(r)
        for rel, records in tqdm(by_image.items(), desc="reading images", unit="img", disable=not progress,
                                 leave=False):
            try:
                picture = load_square_rgb(self.root / rel, self.size)
            except ImageError as e:
                if not self.skip_bad:
                    raise
                self.skipped += 1
                print(f"skipping: {e}", file=sys.stderr)
                continue
            for r in records:
                yield r, picture

    def export(self, out: str | os.PathLike, progress: bool = True) -> WrittenDataset:
        """Write the pictures (resized, cropped) and records as a standard dataset folder."""
        info = {"description": f"dialogan export of {self.root}", "source": self.source, "size": self.size}
        written: dict[str, str] = {}  # source picture -> its path in the dataset
        count = 0
        with DatasetWriter(out, info) as writer:
            for record, picture in self.pairs(progress):
                turn = record.turns[0]
                if turn.image not in written:
                    written[turn.image] = writer.add_image(f"{len(written):06d}.png", picture)
                new = caption_record(record.id, turn.text, written[turn.image], self.source)
                writer.add_caption(written[turn.image], turn.text)
                writer.add_dialogue(new)
                count += 1
            if not count:  # raised inside the writer, so no empty dataset is left behind
                raise DialoganError(f"{self.root}: no readable images to export")
        return WrittenDataset(Path(out), count, count)


class ImageFolderCaptions(CaptionImages):
    """``root/<class>/<picture>``: each picture captioned "a photo of a <class>" (``_`` -> space)."""

    source = "folder"

    def __init__(self, root: str | os.PathLike, size: int, skip_bad: bool = False):
        root = Path(root)
        if not root.is_dir():
            raise DialoganError(f"{root}: image folder not found")
        records = []
        for class_dir in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
            label = class_dir.name.replace("_", " ").strip()
            for f in sorted(class_dir.iterdir()):
                if f.is_file() and f.suffix.lower() in IMAGE_SUFFIXES and not f.name.startswith("."):
                    rel = f"{class_dir.name}/{f.name}"
                    records.append(caption_record(f"folder/{rel}", f"a photo of a {label}", rel, self.source))
        if not records:
            raise DialoganError(f"{root}: no images found (expected a folder per class holding "
                             f"{', '.join(IMAGE_SUFFIXES)} files)")
        super().__init__(root, size, records, skip_bad)
