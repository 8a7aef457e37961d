"""The record of a dialogue that every data source shares, and the dataset folder it lives in.

A dataset is a folder::

    images/            one PNG per picture
    dialogues.jsonl    one dialogue a line (DialogueRecord.to_dict, sorted keys, UTF-8)
    captions.json      the same pictures in the COCO captions schema, for outside tools

Shapes-world dialogues, COCO captions and image folders are all written this way, so
training reads every source the same way. ``DatasetWriter`` builds the folder in a
temporary sibling and renames it into place, so an interrupted run never leaves a half
dataset that looks whole.
"""
from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict, dataclass
from pathlib import Path, PurePosixPath

from PIL import Image

from dialogan.world import Scene, SceneError, parse_edit

from ..errors import DialoganError
from ..files import atomic_folder

DIALOGUES_FILE = "dialogues.jsonl"
CAPTIONS_FILE = "captions.json"
IMAGES_DIR = "images"
LANGS = ("en", "zh", "mix")  # "mix": a Chinese frame with English words, or the reverse
COMMANDS = ("", "undo", "redo")
SOURCES = ("shapes", "coco", "folder")


class RecordError(DialoganError):
    """A record that breaks the format; the message names the file, line and field."""


@dataclass(frozen=True)
class TurnRecord:
    """One turn: what the user said, what the system answers, and the picture after it.

    ``scene_text`` is the canonical Scene text for shapes-world data and the caption itself
    for real data; ``image`` is a path relative to the dataset root (posix), or None. ``edit``
    is what a shapes-world turn changes, as a ``world.edits`` program ("" for captions and commands).
    """

    text: str
    reply: str
    scene_text: str
    image: str | None
    act: str
    lang: str
    phrasing: str
    command: str = ""
    edit: str = ""

    def scene(self) -> Scene:
        return Scene.parse(self.scene_text)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: object, where: str = "turn") -> "TurnRecord":
        if not isinstance(d, dict):
            raise RecordError(f"{where}: expected an object, got {type(d).__name__}")
        for name in ("text", "reply", "scene_text", "act", "lang", "phrasing", "command", "edit"):
            if name not in d:
                if name in ("command", "edit"):  # optional: most turns are not undo/redo; captions have no edit
                    continue
                raise RecordError(f"{where}: field {name!r} is missing")
            if not isinstance(d[name], str):
                raise RecordError(f"{where}: field {name!r} must be a string, got {type(d[name]).__name__}")
        unknown = set(d) - {"text", "reply", "scene_text", "image", "act", "lang", "phrasing", "command", "edit"}
        if unknown:
            raise RecordError(f"{where}: unknown field {sorted(unknown)[0]!r}")
        if d["lang"] not in LANGS:
            raise RecordError(f"{where}: field 'lang' must be one of {LANGS}, got {d['lang']!r}")
        if d.get("command", "") not in COMMANDS:
            raise RecordError(f"{where}: field 'command' must be one of {COMMANDS}, got {d['command']!r}")
        if not d["act"]:
            raise RecordError(f"{where}: field 'act' is empty")
        image = d.get("image")
        if image is not None:
            if not isinstance(image, str):
                raise RecordError(f"{where}: field 'image' must be a string or null, got {type(image).__name__}")
            # Relative and inside the dataset: a record must never point outside its folder.
            p = PurePosixPath(image)
            if not image or p.is_absolute() or ".." in p.parts or "\\" in image:
                raise RecordError(f"{where}: field 'image' must be a relative path inside the dataset, got {image!r}")
        return cls(d["text"], d["reply"], d["scene_text"], image, d["act"], d["lang"], d["phrasing"],
                   d.get("command", ""), d.get("edit", ""))


@dataclass(frozen=True)
class DialogueRecord:
    """A dialogue: an id, where it came from (``shapes``, ``coco`` or ``folder``) and its turns."""

    id: str
    turns: tuple[TurnRecord, ...]
    source: str = "shapes"

    def __post_init__(self):
        object.__setattr__(self, "turns", tuple(self.turns))

    def to_dict(self) -> dict:
        return {"id": self.id, "source": self.source, "turns": [t.to_dict() for t in self.turns]}

    def to_json(self) -> str:
        """The line written to dialogues.jsonl: sorted keys, Chinese kept as is."""
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, d: object, where: str = "dialogue") -> "DialogueRecord":
        if not isinstance(d, dict):
            raise RecordError(f"{where}: expected an object, got {type(d).__name__}")
        if not isinstance(d.get("id"), str) or not d["id"]:
            raise RecordError(f"{where}: field 'id' must be a non-empty string")
        source = d.get("source", "shapes")
        if source not in SOURCES:
            raise RecordError(f"{where}: field 'source' must be one of {SOURCES}, got {source!r}")
        turns = d.get("turns")
        if not isinstance(turns, list) or not turns:
            raise RecordError(f"{where}: field 'turns' must be a non-empty list")
        unknown = set(d) - {"id", "source", "turns"}
        if unknown:
            raise RecordError(f"{where}: unknown field {sorted(unknown)[0]!r}")
        parsed = tuple(TurnRecord.from_dict(t, f"{where}: turns[{i}]") for i, t in enumerate(turns))
        if source == "shapes":
            # The scene text is the training target: it must be exactly readable.
            for i, t in enumerate(parsed):
                try:
                    Scene.parse(t.scene_text)
                except SceneError as e:
                    raise RecordError(f"{where}: turns[{i}].scene_text: {e}") from None
                if t.edit:
                    try:
                        parse_edit(t.edit)
                    except SceneError as e:
                        raise RecordError(f"{where}: turns[{i}].edit: {e}") from None
        return cls(d["id"], parsed, source)


class Dialogues(list):
    """The dialogues read from a file; ``skipped`` counts bad lines left out (skip_bad=True)."""

    def __init__(self, items=(), path: Path | None = None, skipped: int = 0):
        super().__init__(items)
        self.path = path
        self.skipped = skipped


def dialogues_path(dir_or_jsonl: str | os.PathLike) -> Path:
    p = Path(dir_or_jsonl)
    return p / DIALOGUES_FILE if p.is_dir() else p


def read_dialogues(dir_or_jsonl: str | os.PathLike, skip_bad: bool = False) -> Dialogues:
    """Read and validate every line of a dialogues.jsonl (or of ``DIR/dialogues.jsonl``).

    A bad line raises ``RecordError`` naming the file, the line number and the field; with
    ``skip_bad`` it is left out instead, counted in ``.skipped`` and reported on stderr.
    """
    path = dialogues_path(dir_or_jsonl)
    if not path.exists():
        raise DialoganError(f"{path}: no such file (a dataset folder holds {DIALOGUES_FILE})")
    out, skipped, first_error = [], 0, None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                try:
                    d = json.loads(line)
                except json.JSONDecodeError as e:
                    raise RecordError(f"{path}:{n}: not JSON ({e.msg} at column {e.colno})") from None
                out.append(DialogueRecord.from_dict(d, where=f"{path}:{n}"))
            except RecordError as e:
                if not skip_bad:
                    raise
                skipped += 1
                first_error = first_error or str(e)
    if skipped:
        print(f"{path}: skipped {skipped} bad record(s); first: {first_error}", file=sys.stderr)
    return Dialogues(out, path, skipped)


class DatasetWriter:
    """Build a dataset folder atomically: ``with DatasetWriter(out, info) as w: ...``.

    Everything goes to a temporary folder beside ``out``; only a clean exit renames it into
    place. An existing dataset at ``out`` is replaced; any other non-empty folder is refused,
    so a typo in ``--out`` cannot wipe unrelated files.
    """

    # zlib level 1: half the encoding time of the default 6 for ~3% larger files, because the
    # renders' background grain barely compresses at any level.
    def __init__(self, out: str | os.PathLike, info: dict | None = None, png_compress_level: int = 1):
        self.out = Path(out)
        self.info = dict(info or {})
        self.png_compress_level = png_compress_level
        self._images: list[dict] = []
        self._annotations: list[dict] = []
        self._image_ids: dict[str, int] = {}
        self._tmp: Path | None = None
        self._lines = None

    def __enter__(self) -> "DatasetWriter":
        if self.out.exists() and not _replaceable(self.out):
            raise DialoganError(f"{self.out}: exists and is not a dialogan dataset; refusing to overwrite it")
        # Thousands of pictures that can be made again: not flushed one by one.
        self._folder = atomic_folder(self.out, fsync=False)
        self._tmp = self._folder.__enter__()
        (self._tmp / IMAGES_DIR).mkdir()
        self._lines = open(self._tmp / DIALOGUES_FILE, "w", encoding="utf-8", newline="\n")
        return self

    def add_image(self, name: str, image: Image.Image) -> str:
        """Save ``image`` as ``images/<name>`` (PNG, no metadata, so same pixels give same bytes)."""
        rel = f"{IMAGES_DIR}/{name}"
        if rel in self._image_ids:
            raise ValueError(f"image {rel!r} written twice")
        image.save(self._tmp / rel, format="PNG", compress_level=self.png_compress_level)
        self._image_ids[rel] = len(self._images) + 1
        self._images.append({"id": len(self._images) + 1, "file_name": name,
                             "width": image.width, "height": image.height})
        return rel

    def add_caption(self, image_rel: str, caption: str) -> None:
        self._annotations.append({"id": len(self._annotations) + 1, "image_id": self._image_ids[image_rel],
                                  "caption": caption})

    def add_dialogue(self, record: DialogueRecord) -> None:
        self._lines.write(record.to_json() + "\n")

    def __exit__(self, exc_type, exc, tb) -> None:
        self._lines.close()
        if exc_type is not None:
            self._folder.__exit__(exc_type, exc, tb)  # removes the new folder; the old one stays
            return
        try:
            captions = {"info": self.info, "licenses": [], "images": self._images, "annotations": self._annotations}
            with open(self._tmp / CAPTIONS_FILE, "w", encoding="utf-8") as f:
                json.dump(captions, f, ensure_ascii=False, sort_keys=True, indent=1)
        except BaseException as e:
            self._folder.__exit__(type(e), e, e.__traceback__)
            raise
        self._folder.__exit__(None, None, None)  # the new dataset takes the old one's place


def _replaceable(out: Path) -> bool:
    if not out.is_dir():
        return False
    return (out / DIALOGUES_FILE).exists() or not any(out.iterdir())
