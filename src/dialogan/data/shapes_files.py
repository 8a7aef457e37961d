"""Write the shapes world to disk: rendered turns, dialogues.jsonl and COCO-style captions.

``write_shapes_dataset(out, dialogues, seed, size)`` generates the dialogues, renders the
picture after every turn and writes them through ``DatasetWriter`` (atomic). The same
arguments give byte-identical files: dialogues come from the seed, every picture's render
seed is derived from (seed, dialogue index), and PNGs carry no metadata.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np
from tqdm import tqdm

from dialogan.world import SPLITS, SUPPORTED_SIZES, Scene, render_scene

from ..errors import DialoganError
from .records import DatasetWriter, DialogueRecord, TurnRecord

# How a caption names each of the nine regions.
_REGION_PHRASES = {
    "top-left": "at the top left", "top": "at the top", "top-right": "at the top right",
    "left": "on the left", "center": "in the center", "right": "on the right",
    "bottom-left": "at the bottom left", "bottom": "at the bottom", "bottom-right": "at the bottom right",
}


def describe_scene(scene: Scene) -> str:
    """One English caption of a scene, objects in order, e.g.
    ``"a large red circle at the top left and a small blue star in the center"``."""
    if not len(scene):
        return "an empty canvas"
    # Sizes are "small"/"large", so the article is always "a".
    parts = [f"a {o.name} {_REGION_PHRASES[o.region]}" for o in scene]
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def render_seed(seed: int, dialogue_index: int) -> int:
    """The render seed of every picture in one dialogue.

    One seed per dialogue keeps the canvas (background texture and tone) the same from turn
    to turn, as it would be on a real canvas, so only what the turn changed differs.
    """
    return int(np.random.SeedSequence([seed, dialogue_index]).generate_state(1)[0])


@dataclass(frozen=True)
class WrittenDataset:
    path: Path
    dialogues: int
    turns: int


def write_shapes_dataset(out: str | os.PathLike, dialogues: int, seed: int, size: int,
                         split: str = "train", progress: bool = True) -> WrittenDataset:
    """Generate ``dialogues`` dialogues of ``split`` from ``seed`` and write them under ``out``."""
    if split not in SPLITS:
        raise DialoganError(f"--split must be one of {', '.join(SPLITS)}, got {split!r}")
    if dialogues < 1:
        raise DialoganError(f"--dialogues must be at least 1, got {dialogues}")
    _check_size(size)
    # Imported here: the dialogue generator is the heaviest part of the world package.
    from dialogan.world import generate_dialogues

    generated = generate_dialogues(dialogues, seed, split)
    info = {"description": "dialogan shapes world", "source": "shapes", "split": split,
            "seed": seed, "size": size, "dialogues": dialogues}
    return write_dialogue_dataset(out, generated, seed, size, info, progress)


def write_dialogue_dataset(out: str | os.PathLike, dialogues: Sequence, seed: int, size: int,
                           info: dict | None = None, progress: bool = True) -> WrittenDataset:
    """Render and write already generated dialogues (anything shaped like ``world.Dialogue``)."""
    _check_size(size)
    turns = 0
    with DatasetWriter(out, info or {"source": "shapes", "seed": seed, "size": size}) as writer:
        bar = tqdm(dialogues, desc="rendering dialogues", unit="dlg", disable=not progress, leave=False)
        for i, dialogue in enumerate(bar):
            writer.add_dialogue(_write_dialogue(writer, i, dialogue, render_seed(seed, i), size))
            turns += len(dialogue.turns)
    return WrittenDataset(Path(out), len(dialogues), turns)


def _write_dialogue(writer: DatasetWriter, index: int, dialogue, seed: int, size: int) -> DialogueRecord:
    records = []
    for t, turn in enumerate(dialogue.turns):
        command = getattr(turn, "command", "")
        rel = writer.add_image(f"d{index:06d}_t{t:02d}.png", render_scene(turn.scene, size, seed=seed))
        writer.add_caption(rel, describe_scene(turn.scene))
        records.append(TurnRecord(text=turn.text, reply=turn.reply, scene_text=turn.scene.text(), image=rel,
                                  act=turn.act, lang=turn.lang, phrasing=turn.phrasing,
                                  command=command, edit="" if command else getattr(turn, "edit", "")))
    return DialogueRecord(dialogue.id, tuple(records), source="shapes")


def _check_size(size: int) -> None:
    if size not in SUPPORTED_SIZES:
        raise DialoganError(f"--size must be one of {', '.join(map(str, SUPPORTED_SIZES))}, got {size}")

