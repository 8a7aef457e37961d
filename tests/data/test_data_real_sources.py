import json

import pytest
from PIL import Image
from pycocotools.coco import COCO

from dialogan.data import (CocoCaptions, CocoFormatError, ImageError, ImageFolderCaptions, load_square_rgb,
                           read_dialogues)


def test_coco_captions_give_one_turn_dialogues_with_square_rgb_pictures(shapes_dir):
    source = CocoCaptions(shapes_dir / "captions.json", shapes_dir / "images", size=16)
    assert len(source) == 5
    turn = source.records[0].turns[0]
    assert (turn.text, turn.scene_text, turn.reply, turn.act, turn.lang) == (
        "a large red circle at the top left", "a large red circle at the top left", "", "caption", "en")
    pairs = list(source.pairs())
    assert len(pairs) == 5 and all(im.size == (16, 16) and im.mode == "RGB" for _, im in pairs)


@pytest.mark.parametrize("change, field", [
    (lambda d: d.pop("annotations"), "'annotations' is missing"),
    (lambda d: d.update(images={"id": 1}), "'images' must be a list"),
    (lambda d: d["annotations"][0].update(caption=7), r"annotations\[0\].caption must be a string"),
    (lambda d: d["images"][0].pop("file_name"), r"images\[0\].file_name"),
    (lambda d: d["annotations"][0].update(image_id=999), r"annotations\[0\].image_id 999"),
])
def test_json_that_is_not_coco_captions_names_file_and_field(shapes_dir, tmp_path, change, field):
    data = json.loads((shapes_dir / "captions.json").read_text())
    change(data)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    with pytest.raises(CocoFormatError, match=f"bad.json: not a COCO captions file: .*{field}"):
        CocoCaptions(bad, shapes_dir / "images", size=16)


def test_missing_coco_picture_is_named_or_skipped(shapes_dir):
    (shapes_dir / "images" / "d000001_t00.png").unlink()
    with pytest.raises(ImageError, match="d000001_t00.png: image file not found"):
        list(CocoCaptions(shapes_dir / "captions.json", shapes_dir / "images", 16).pairs())
    source = CocoCaptions(shapes_dir / "captions.json", shapes_dir / "images", 16, skip_bad=True)
    assert len(list(source.pairs())) == 4 and source.skipped == 1


def test_image_folder_captions_come_from_the_class_names(image_folder):
    source = ImageFolderCaptions(image_folder, size=24, skip_bad=True)
    captions = sorted({r.turns[0].text for r in source})
    assert captions == ["a photo of a blue", "a photo of a red circle"]
    assert len(source) == 5  # notes.txt is not a picture
    pictures = [im for _, im in source.pairs()]
    assert len(pictures) == 4 and source.skipped == 1
    assert all(im.mode == "RGB" and im.size == (24, 24) for im in pictures)


def test_corrupt_picture_is_named_without_skip_bad(image_folder):
    with pytest.raises(ImageError, match=r"broken.jpg: cannot read image"):
        list(ImageFolderCaptions(image_folder, size=24).pairs())


def test_transparency_is_laid_over_white_and_wide_pictures_centre_cropped(image_folder, tmp_path):
    rgba = load_square_rgb(image_folder / "red_circle" / "a.png", 8)
    assert rgba.getpixel((4, 4)) == (255, 127, 127)  # half-transparent red over white
    wide = tmp_path / "wide.png"
    strip = Image.new("RGB", (30, 10), (255, 0, 0))
    strip.paste((0, 255, 0), (10, 0, 20, 10))  # green only in the middle third
    strip.save(wide)
    assert load_square_rgb(wide, 10).getpixel((0, 5)) == (0, 255, 0)


def test_export_writes_the_standard_layout(image_folder, tmp_path):
    source = ImageFolderCaptions(image_folder, size=16, skip_bad=True)
    source.export(tmp_path / "out", progress=False)
    records = read_dialogues(tmp_path / "out")
    assert len(records) == 4 and {d.source for d in records} == {"folder"}
    coco = COCO(str(tmp_path / "out" / "captions.json"))
    assert len(coco.imgs) == 4 and all(im["width"] == 16 for im in coco.imgs.values())
    with Image.open(tmp_path / "out" / records[0].turns[0].image) as im:
        assert im.size == (16, 16)
