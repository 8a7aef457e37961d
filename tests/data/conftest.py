"""Small datasets built in the test's tmp_path: a shapes-world folder and a tiny image folder."""
from __future__ import annotations

from dataclasses import dataclass

import pytest
from PIL import Image

from dialogan.data import write_dialogue_dataset
from dialogan.world import Scene


@dataclass(frozen=True)
class Turn:  # shaped like world.DialogueTurn, so these tests do not depend on the generator's wording
    text: str
    reply: str
    scene: Scene
    act: str
    lang: str
    phrasing: str
    command: str = ""


@dataclass(frozen=True)
class Dialogue:
    id: str
    turns: tuple


HAND_MADE = (
    Dialogue("en-0", (
        Turn("draw a large red circle at the top left", "Done.", Scene.parse("large red circle 17 17"),
             "add", "en", "add/en/0"),
        Turn("and a small blue star in the middle", "Added a small blue star.",
             Scene.parse("large red circle 17 17 ; small blue star 50 50"), "add", "en", "add/en/1"),
        Turn("undo", "Undone.", Scene.parse("large red circle 17 17"), "undo", "en", "undo/en/0", "undo"),
    )),
    Dialogue("zh-0", (
        Turn("在中间画一个小的绿色方块", "好的，画好了。", Scene.parse("small green square 50 50"), "add", "zh", "add/zh/0"),
        Turn("清空画布", "已清空。", Scene.parse("empty"), "clear", "zh", "clear/zh/0"),
    )),
)


@pytest.fixture
def shapes_dir(tmp_path):
    """A written shapes-world dataset of two hand-made dialogues (5 turns) at 32x32."""
    out = tmp_path / "shapes"
    write_dialogue_dataset(out, HAND_MADE, seed=3, size=32, progress=False)
    return out


@pytest.fixture
def image_folder(tmp_path):
    """root/<class>/: RGBA, grayscale, palette and wide RGB pictures, plus one corrupt JPEG."""
    root = tmp_path / "folder"
    (root / "red_circle").mkdir(parents=True)
    (root / "blue").mkdir()
    Image.new("RGBA", (40, 30), (255, 0, 0, 128)).save(root / "red_circle" / "a.png")
    Image.new("L", (20, 20), 90).save(root / "red_circle" / "b.png")
    Image.new("P", (16, 16), 3).save(root / "blue" / "c.gif")
    Image.new("RGB", (90, 30), (0, 0, 255)).save(root / "blue" / "d.jpg")
    (root / "blue" / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 this is not a jpeg")
    (root / "blue" / "notes.txt").write_text("not a picture, ignored")
    return root
