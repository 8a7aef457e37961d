import hashlib
import json

from PIL import Image
from pycocotools.coco import COCO

from dialogan.data import describe_scene, read_dialogues
from dialogan.world import Scene


def _tree_hash(root) -> str:
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file():
            h.update(str(p.relative_to(root)).encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def test_caption_names_every_object_and_its_region():
    scene = Scene.parse("large red circle 17 17 ; small blue star 50 50")
    assert describe_scene(scene) == "a large red circle at the top left and a small blue star in the center"
    assert describe_scene(Scene.parse("empty")) == "an empty canvas"


def test_dataset_has_one_image_and_caption_per_turn(shapes_dir):
    records = read_dialogues(shapes_dir)
    assert [len(d.turns) for d in records] == [3, 2]
    assert records[0].turns[2].command == "undo"
    for d in records:
        for t in d.turns:
            with Image.open(shapes_dir / t.image) as im:
                assert im.size == (32, 32) and im.mode == "RGB"
    coco = COCO(str(shapes_dir / "captions.json"))
    assert len(coco.imgs) == 5 and len(coco.anns) == 5
    first = coco.imgToAnns[1][0]["caption"]
    assert first == "a large red circle at the top left"
    assert coco.imgs[1]["file_name"] == "d000000_t00.png" and coco.imgs[1]["width"] == 32


def test_chinese_is_stored_as_text(shapes_dir):
    raw = (shapes_dir / "dialogues.jsonl").read_text(encoding="utf-8")
    assert "清空画布" in raw
    assert json.loads(raw.splitlines()[1])["turns"][1]["scene_text"] == "empty"
