"""COCO caption files (``captions_train2017.json`` and the like) as one-turn dialogues.

The file is checked against the captions schema before pycocotools sees it, because
pycocotools fails on a wrong file with a bare KeyError that names neither file nor field.
"""
from __future__ import annotations

import contextlib
import io
import json
import os
from pathlib import Path

from pycocotools.coco import COCO

from ..errors import DialoganError
from .image_folder import CaptionImages, caption_record


class CocoFormatError(DialoganError):
    """A JSON file that is not in the COCO captions schema; the message names file and field."""


def _check_captions_schema(data: object, path: Path) -> None:
    def fail(msg: str):
        raise CocoFormatError(f"{path}: not a COCO captions file: {msg}")

    if not isinstance(data, dict):
        fail(f"the top level must be an object, got {type(data).__name__}")
    for name in ("images", "annotations"):
        if name not in data:
            fail(f"field {name!r} is missing")
        if not isinstance(data[name], list):
            fail(f"field {name!r} must be a list, got {type(data[name]).__name__}")
    ids = set()
    for i, im in enumerate(data["images"]):
        if not isinstance(im, dict):
            fail(f"images[{i}] must be an object")
        if not isinstance(im.get("id"), int) or isinstance(im.get("id"), bool):
            fail(f"images[{i}].id must be an integer")
        if not isinstance(im.get("file_name"), str) or not im["file_name"]:
            fail(f"images[{i}].file_name must be a non-empty string")
        ids.add(im["id"])
    for i, ann in enumerate(data["annotations"]):
        if not isinstance(ann, dict):
            fail(f"annotations[{i}] must be an object")
        if not isinstance(ann.get("id"), int) or isinstance(ann.get("id"), bool):
            fail(f"annotations[{i}].id must be an integer")
        if not isinstance(ann.get("caption"), str):
            fail(f"annotations[{i}].caption must be a string (is this an instances file, not captions?)")
        if ann.get("image_id") not in ids:
            fail(f"annotations[{i}].image_id {ann.get('image_id')!r} names no entry of 'images'")


def load_coco_captions(annotations_json: str | os.PathLike) -> COCO:
    """A pycocotools ``COCO`` index over a captions file, checked first (errors name file and field)."""
    path = Path(annotations_json)
    if not path.is_file():
        raise DialoganError(f"{path}: annotations file not found")
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except json.JSONDecodeError as e:
        raise CocoFormatError(f"{path}: not JSON ({e.msg} at line {e.lineno}, column {e.colno})") from None
    except UnicodeDecodeError:
        raise CocoFormatError(f"{path}: not UTF-8 text") from None
    _check_captions_schema(data, path)
    coco = COCO()
    coco.dataset = data
    with contextlib.redirect_stdout(io.StringIO()):  # createIndex prints progress to stdout
        coco.createIndex()
    return coco


class CocoCaptions(CaptionImages):
    """One one-turn ``DialogueRecord`` per caption (act "caption", lang "en", reply "").

    Records come in (image id, annotation id) order; ``pairs()`` adds each picture resized
    and centre-cropped to ``size`` x ``size`` RGB. ``skipped`` counts pictures left out.
    """

    source = "coco"

    def __init__(self, annotations_json: str | os.PathLike, image_dir: str | os.PathLike, size: int,
                 skip_bad: bool = False):
        image_dir = Path(image_dir)
        if not image_dir.is_dir():
            raise DialoganError(f"{image_dir}: image folder not found")
        self.coco = load_coco_captions(annotations_json)
        records = []
        for image_id in sorted(self.coco.imgs):
            file_name = self.coco.imgs[image_id]["file_name"]
            for ann in sorted(self.coco.imgToAnns.get(image_id, []), key=lambda a: a["id"]):
                caption = " ".join(ann["caption"].split())  # COCO captions carry stray newlines and spaces
                records.append(caption_record(f"coco/{ann['id']}", caption, file_name, self.source))
        if not records:
            raise DialoganError(f"{annotations_json}: holds no captions")
        super().__init__(image_dir, size, records, skip_bad)
