import json
import os

import pytest

from dialogan.data import (DatasetWriter, DialogueRecord, RecordError, TurnRecord, read_dialogues)
from dialogan.errors import DialoganError


def _good_line(**turn_changes) -> dict:
    turn = {"text": "add a red circle", "reply": "Done.", "scene_text": "large red circle 17 17",
            "image": "images/x.png", "act": "add", "lang": "en", "phrasing": "add/en/0", "command": ""}
    turn.update(turn_changes)
    return {"id": "d1", "source": "shapes", "turns": [turn]}


def _write_jsonl(path, dicts):
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in dicts), encoding="utf-8")
    return path


def test_record_round_trips_through_json():
    rec = DialogueRecord("d1", (TurnRecord("画一个圆", "好的。", "small red circle 50 50", "images/a.png",
                                           "add", "zh", "add/zh/3", ""),), "shapes")
    line = rec.to_json()
    assert "画一个圆" in line  # Chinese written as is, not \u escapes
    assert DialogueRecord.from_dict(json.loads(line)) == rec
    assert rec.turns[0].scene().objects[0].color == "red"


def test_bad_line_error_names_file_line_and_field(tmp_path):
    bad = _good_line()
    del bad["turns"][0]["lang"]
    path = _write_jsonl(tmp_path / "dialogues.jsonl", [_good_line(), bad])
    with pytest.raises(RecordError) as e:
        read_dialogues(path)
    assert f"{path}:2" in str(e.value) and "'lang'" in str(e.value)


def test_unknown_shape_in_scene_text_is_named(tmp_path):
    path = _write_jsonl(tmp_path / "dialogues.jsonl", [_good_line(scene_text="large red blob 17 17")])
    with pytest.raises(RecordError, match=r"dialogues.jsonl:1: turns\[0\].scene_text: .*'blob'"):
        read_dialogues(tmp_path)  # a folder reads its dialogues.jsonl


def test_not_json_line_is_named(tmp_path):
    path = tmp_path / "dialogues.jsonl"
    path.write_text(json.dumps(_good_line()) + "\n{oops\n")
    with pytest.raises(RecordError, match=r"dialogues.jsonl:2: not JSON"):
        read_dialogues(path)


def test_skip_bad_skips_and_counts(tmp_path, capsys):
    lines = [_good_line(), _good_line(lang="fr"), _good_line(image="../outside.png"), _good_line()]
    records = read_dialogues(_write_jsonl(tmp_path / "dialogues.jsonl", lines), skip_bad=True)
    assert len(records) == 2 and records.skipped == 2
    assert "skipped 2 bad record(s)" in capsys.readouterr().err


def test_caption_records_do_not_need_a_scene(tmp_path):
    line = _good_line(scene_text="a dog on a sofa", act="caption")
    line["source"] = "coco"
    assert read_dialogues(_write_jsonl(tmp_path / "d.jsonl", [line]))[0].source == "coco"


def test_interrupted_writer_leaves_nothing_behind(tmp_path):
    with pytest.raises(RuntimeError):
        with DatasetWriter(tmp_path / "ds") as w:
            w.add_dialogue(DialogueRecord.from_dict(_good_line()))
            raise RuntimeError("interrupted")
    assert os.listdir(tmp_path) == []


def test_writer_refuses_to_overwrite_a_folder_that_is_not_a_dataset(tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "thesis.tex").write_text("precious")
    with pytest.raises(DialoganError, match="not a dialogan dataset"):
        with DatasetWriter(tmp_path / "mine"):
            pass
    assert (tmp_path / "mine" / "thesis.tex").read_text() == "precious"
