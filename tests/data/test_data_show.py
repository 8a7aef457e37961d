from PIL import Image

from dialogan.data import contact_sheet, dataset_stats
from dialogan.data.fonts import cjk_font, wrap_text


def test_stats_count_acts_languages_phrasings_and_objects(shapes_dir):
    stats = dataset_stats(shapes_dir)
    assert (stats.dialogues, stats.turns, stats.missing_images) == (2, 5, 0)
    assert stats.turns_by_act_lang[("add", "en")] == 2 and stats.turns_by_act_lang[("clear", "zh")] == 1
    assert stats.phrasings_by_act_lang[("add", "en")] == 2
    assert stats.objects_per_scene == {0: 1, 1: 3, 2: 1}
    assert stats.commands == {"undo": 1}
    text = stats.format()
    assert "dialogues: 2" in text and "clear" in text


def test_contact_sheet_has_a_row_per_dialogue(shapes_dir, tmp_path):
    out = contact_sheet(shapes_dir, tmp_path / "sheet.png", n=6)
    with Image.open(out) as im:
        assert im.width >= 3 * 128 and im.height > 2 * 128


def test_wrapping_keeps_chinese_and_english_within_the_width():
    font = cjk_font(12)
    for text in ("在左上角画一个大的红色圆形，然后在中间加一个小蓝色星星吧", "please add a large red circle at the top left"):
        lines = wrap_text(text, font, 100, max_lines=10)
        assert len(lines) > 1 and "".join(lines).replace(" ", "") == text.replace(" ", "")
        assert all(font.getlength(line) <= 100 + font.getlength("，") for line in lines)
