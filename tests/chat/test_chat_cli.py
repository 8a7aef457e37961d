"""``dialogan chat``: the terminal REPL saves each picture, obeys its slash commands, and resumes."""
import io
import json
import re
from pathlib import Path

import pytest
import torch

from dialogan.cli import main


def _chat(monkeypatch, capsys, args, lines):
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(line + "\n" for line in lines)))
    code = main(["chat", *args])
    return code, capsys.readouterr().out


def test_a_terminal_conversation(tiny_checkpoint, tmp_path, monkeypatch, capsys):
    images, threads = tmp_path / "pics", torch.get_num_threads()
    try:
        code, out = _chat(monkeypatch, capsys, ["--checkpoint", str(tiny_checkpoint), "--images", str(images),
                                                "--threads", "1"],
                          ["draw a red circle", "/variation", "/undo", "/redo", "x" * 2001, "/nonsense", "/save",
                           "/quit"])
        assert torch.get_num_threads() == 1
    finally:
        torch.set_num_threads(threads)
    assert code == 0
    shown = re.findall(r"image: (\S+)", out)
    assert len(shown) == 4 and all(Path(p).is_file() for p in shown)
    assert "Undid the last change." in out and "Redid the change." in out
    assert "the limit is 2000" in out and "commands: /undo" in out
    saved = json.loads((images / "conversation.json").read_text(encoding="utf-8"))
    assert [row["command"] for row in saved["history"]] == ["", "variation", "undo", "redo"]


def test_a_saved_conversation_resumes(tiny_checkpoint, tmp_path, monkeypatch, capsys):
    images, saved = tmp_path / "pics", tmp_path / "talk.json"
    _chat(monkeypatch, capsys, ["--checkpoint", str(tiny_checkpoint), "--images", str(images)],
          ["draw a red circle", "/variation", f"/save {saved}"])
    code, out = _chat(monkeypatch, capsys, ["--checkpoint", str(tiny_checkpoint), "--images", str(images),
                                            "--resume", str(saved)], ["/undo"])
    assert code == 0 and "continuing" in out and "2 turns" in out
    assert "Undid the last change." in out and str(images / "turn_003.png") in out  # numbering goes on after the saved turns


def test_threads_below_one_get_a_clear_error(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["chat", "--threads", "0"])
    assert stop.value.code == 2 and "--threads must be 1 or more, got 0" in capsys.readouterr().err
