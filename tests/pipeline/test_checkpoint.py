import json
import shutil

import pytest
import torch
from safetensors.torch import load_file

from dialogan.models import load_checkpoint, read_config
from dialogan.models.inference import condition_scene, draw_scene
from dialogan.world import Scene

SCENE = Scene.parse("large red circle 17 17 ; small blue star 83 50")


def test_a_checkpoint_rebuilds_its_own_model(tiny_checkpoint):
    model, config = load_checkpoint(tiny_checkpoint)
    assert config["preset"] == "tiny" and config["step"] == 6
    for name in ("config.json", "tokenizer.json", "language_model.safetensors", "generator_ema.safetensors",
                 "training_state.safetensors", "README.md"):
        assert (tiny_checkpoint / name).is_file(), name
    assert "tiny" in (tiny_checkpoint / "README.md").read_text()
    a = draw_scene(model, condition_scene(model, SCENE), seed=5)
    again, _ = load_checkpoint(tiny_checkpoint)
    b = draw_scene(again, condition_scene(again, SCENE), seed=5)
    assert a.shape == (3, 32, 32) and torch.equal(a, b)


def test_same_scene_and_seed_same_picture_other_seed_other_picture(tiny_checkpoint):
    model, _ = load_checkpoint(tiny_checkpoint)
    cond = condition_scene(model, SCENE)
    assert torch.equal(draw_scene(model, cond, 1), draw_scene(model, cond, 1))
    assert not torch.equal(draw_scene(model, cond, 1), draw_scene(model, cond, 2))


def test_truncated_weights_get_an_error_naming_the_file(tiny_checkpoint, tmp_path):
    bad = tmp_path / "bad"
    shutil.copytree(tiny_checkpoint, bad)
    f = bad / "language_model.safetensors"
    f.write_bytes(f.read_bytes()[: f.stat().st_size // 2])
    with pytest.raises(ValueError, match="language_model.safetensors"):
        load_checkpoint(bad)


def test_missing_files_and_foreign_configs_are_named(tiny_checkpoint, tmp_path):
    bad = tmp_path / "bad"
    shutil.copytree(tiny_checkpoint, bad)
    (bad / "generator_ema.safetensors").unlink()
    with pytest.raises(ValueError, match="generator_ema.safetensors"):
        read_config(bad)
    shutil.copy(tiny_checkpoint / "generator_ema.safetensors", bad)
    (bad / "config.json").write_text(json.dumps({"format": "something-else"}))
    with pytest.raises(ValueError, match="format"):
        read_config(bad)
    with pytest.raises(FileNotFoundError, match="no checkpoint"):
        read_config(tmp_path / "nowhere")


def test_export_writes_an_fp16_inference_checkpoint_that_chat_loads(tiny_checkpoint, tmp_path):
    from dialogan.chat import Chat
    from dialogan.cli import main

    out = tmp_path / "shipped"
    assert main(["export", "--checkpoint", str(tiny_checkpoint), "--out", str(out), "--half"]) == 0
    assert not (out / "training_state.safetensors").exists()
    assert load_file(str(out / "language_model.safetensors"))["transformer.wte.weight"].dtype == torch.float16
    turn = Chat.load(out).send("draw a red circle")
    assert turn.image.size == (32, 32) and isinstance(turn.reply, str)
