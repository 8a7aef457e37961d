import json
import shutil

import pytest
import torch
from safetensors.torch import load_file, save_file
from transformers import GPT2LMHeadModel

from dialogan.errors import DialoganError
from dialogan.pipeline import condition_scene, draw_scene
from dialogan.pipeline.checkpoint import load_checkpoint, read_config, weights_sha256
from dialogan.world import Scene

SCENE = Scene.parse("large red circle 17 17 ; small blue star 83 50")


def test_a_checkpoint_rebuilds_its_own_model(tiny_checkpoint):
    model, tok, config = load_checkpoint(tiny_checkpoint)
    assert config["preset"] == "tiny" and config["step"] == 6
    for name in ("config.json", "tokenizer.json", "language_model/config.json", "language_model/model.safetensors",
                 "generator_ema.safetensors", "training_state.safetensors", "README.md"):
        assert (tiny_checkpoint / name).is_file(), name
    assert "tiny" in (tiny_checkpoint / "README.md").read_text()
    a = draw_scene(model, condition_scene(model, tok, SCENE), seed=5)
    again, tok, _ = load_checkpoint(tiny_checkpoint)
    b = draw_scene(again, condition_scene(again, tok, SCENE), seed=5)
    assert a.shape == (3, 32, 32) and torch.equal(a, b)


def test_same_scene_and_seed_same_picture_other_seed_other_picture(tiny_checkpoint):
    model, tok, _ = load_checkpoint(tiny_checkpoint)
    cond = condition_scene(model, tok, SCENE)
    assert torch.equal(draw_scene(model, cond, 1), draw_scene(model, cond, 1))
    assert not torch.equal(draw_scene(model, cond, 1), draw_scene(model, cond, 2))


def test_truncated_weights_get_an_error_naming_the_file(tiny_checkpoint, tmp_path):
    bad = tmp_path / "bad"
    shutil.copytree(tiny_checkpoint, bad)
    f = bad / "language_model" / "model.safetensors"
    f.write_bytes(f.read_bytes()[: f.stat().st_size // 2])
    with pytest.raises(DialoganError, match="language_model/model.safetensors"):
        load_checkpoint(bad)


def test_missing_files_and_foreign_configs_are_named(tiny_checkpoint, tmp_path):
    bad = tmp_path / "bad"
    shutil.copytree(tiny_checkpoint, bad)
    (bad / "generator_ema.safetensors").unlink()
    with pytest.raises(DialoganError, match="generator_ema.safetensors"):
        read_config(bad)
    shutil.copy(tiny_checkpoint / "generator_ema.safetensors", bad)
    (bad / "config.json").write_text(json.dumps({"format": "something-else"}))
    with pytest.raises(DialoganError, match="format"):
        read_config(bad)
    with pytest.raises(DialoganError, match="no checkpoint"):
        read_config(tmp_path / "nowhere")


def test_export_writes_an_fp16_inference_checkpoint_that_chat_loads(tiny_checkpoint, tmp_path):
    from dialogan.chat import Chat
    from dialogan.cli import main

    out = tmp_path / "shipped"
    assert main(["export", "--checkpoint", str(tiny_checkpoint), "--out", str(out), "--half"]) == 0
    assert not (out / "training_state.safetensors").exists()
    assert GPT2LMHeadModel.from_pretrained(out / "language_model").dtype == torch.float32  # computed in fp32
    assert load_file(str(out / "language_model" / "model.safetensors"))["transformer.wte.weight"].dtype == torch.float16
    turn = Chat.load(out).send("draw a red circle")
    assert turn.image.size == (32, 32) and isinstance(turn.reply, str)


def test_the_language_model_folder_loads_with_plain_transformers(tiny_checkpoint):
    model, tok, _ = load_checkpoint(tiny_checkpoint)
    plain = GPT2LMHeadModel.from_pretrained(tiny_checkpoint / "language_model").eval()
    ids = torch.tensor([tok.encode_prompt("empty", [], "draw a red circle")])
    with torch.no_grad():
        assert torch.equal(plain(ids).logits, model.lm.eval()(ids).logits)


def test_the_tied_embedding_is_stored_once(tiny_checkpoint):
    stored = load_file(str(tiny_checkpoint / "language_model" / "model.safetensors"))
    assert "transformer.wte.weight" in stored and "lm_head.weight" not in stored
    model, tok, _ = load_checkpoint(tiny_checkpoint)
    assert model.lm.lm_head.weight.data_ptr() == model.lm.transformer.wte.weight.data_ptr()


def _as_first_format(checkpoint, out):
    """The checkpoint as the first format wrote it: GPT-2 weights at the top, the tied embedding twice."""
    shutil.copytree(checkpoint, out)
    lm = load_file(str(out / "language_model" / "model.safetensors"))
    lm["lm_head.weight"] = lm["transformer.wte.weight"].clone()
    save_file(lm, str(out / "language_model.safetensors"))
    shutil.rmtree(out / "language_model")
    config = json.loads((out / "config.json").read_text())
    config["format"] = "dialogan-checkpoint/1"
    del config["weights_sha256"]
    (out / "config.json").write_text(json.dumps(config))
    return out


def test_a_checkpoint_of_the_first_format_still_loads_and_draws_the_same(tiny_checkpoint, tmp_path):
    old = _as_first_format(tiny_checkpoint, tmp_path / "old")
    new_model, tok, _ = load_checkpoint(tiny_checkpoint)
    old_model, tok, _ = load_checkpoint(old)
    assert weights_sha256(old_model) == weights_sha256(new_model)
    assert torch.equal(draw_scene(old_model, condition_scene(old_model, tok, SCENE), seed=5),
                       draw_scene(new_model, condition_scene(new_model, tok, SCENE), seed=5))


def test_the_weight_hash_is_recorded_and_names_the_weights(tiny_checkpoint):
    model, tok, config = load_checkpoint(tiny_checkpoint)
    assert config["weights_sha256"] == weights_sha256(model)
    next(model.generator_ema.parameters()).data.view(-1)[0] += 1e-3
    assert weights_sha256(model) != config["weights_sha256"]


def test_unknown_model_fields_are_named_with_the_file(tiny_checkpoint, tmp_path):
    bad = tmp_path / "bad"
    shutil.copytree(tiny_checkpoint, bad)
    config = json.loads((bad / "config.json").read_text())
    config["model"]["n_layers"] = 2
    (bad / "config.json").write_text(json.dumps(config))
    with pytest.raises(DialoganError, match=r"config.json: model: unknown ModelConfig field\(s\) 'n_layers'"):
        load_checkpoint(bad)
