"""The peers (geneva, dfgan): they train, save and reload, and run through the evaluator."""
import json
import shutil

import numpy as np
import pytest
import torch

from dialogan.cli import load_system, main
from dialogan.eval import Detector, evaluate
from dialogan.peers import FORMAT, PeerSystem, is_peer, load_peer
from dialogan.train.peers import geneva_batch, object_labels, train_peer
from dialogan.world import Scene, generate_dialogues, render_array


@pytest.fixture(scope="module")
def checkpoints(tmp_path_factory):
    root = tmp_path_factory.mktemp("peers")
    return {kind: train_peer(kind, "tiny", root / kind, threads=1) for kind in ("geneva", "dfgan")}


@pytest.mark.parametrize("kind", ["geneva", "dfgan"])
def test_a_peer_checkpoint_is_a_complete_folder_that_reloads_to_the_same_pictures(checkpoints, kind):
    path = checkpoints[kind]
    for name in ("config.json", "tokenizer.json", "model.safetensors", "discriminator.safetensors", "README.md"):
        assert (path / name).is_file(), name
    assert is_peer(path)
    model, config = load_peer(path)
    assert config["format"] == FORMAT and config["kind"] == kind and config["step"] == 4 and config["parameters"] > 0
    a, b = PeerSystem(model, seed=3), PeerSystem(load_peer(path)[0], seed=3)
    pa, pb = a.send("draw a red circle").image, b.send("draw a red circle").image
    assert pa.size == (32, 32) and np.array_equal(np.asarray(pa), np.asarray(pb))


def test_geneva_training_feeds_the_previous_real_picture():
    batch = geneva_batch(seed=0, step=0, n_dialogues=2, size=32, device="cpu")
    turns, real, prev = batch["turns"], batch["real"], batch["previous"]
    assert sum(turns) == len(batch["texts"]) == len(real) and turns[0] > 1
    # Each dialogue starts from its blank canvas; turn t then starts from the real picture of turn t - 1.
    canvas = torch.from_numpy(render_array(Scene(()), 32, batch["render_seeds"][0])).permute(2, 0, 1) * 2 - 1
    assert torch.allclose(prev[0], canvas)
    for t in range(1, turns[0]):
        assert torch.equal(prev[t], real[t - 1])
    assert torch.allclose(prev[turns[0]],
                          torch.from_numpy(render_array(Scene(()), 32, batch["render_seeds"][1])).permute(2, 0, 1) * 2 - 1)


def test_geneva_at_test_time_feeds_back_its_own_picture(checkpoints):
    model, _ = load_peer(checkpoints["geneva"])
    calls = []
    model.generator.register_forward_hook(lambda mod, args, out: calls.append((args[1].clone(), out.clone())))
    system = PeerSystem(model)
    system.send("draw a red circle")
    system.send("add a blue star")
    assert torch.equal(calls[0][0], system.canvas)  # the first turn starts from the blank canvas
    assert torch.equal(calls[1][0], calls[0][1])  # the second reads the first turn's own picture


def test_dfgan_draws_from_the_current_message_alone(checkpoints):
    model, _ = load_peer(checkpoints["dfgan"])
    fresh, talked = PeerSystem(model), PeerSystem(model)
    talked.send("draw a big green hexagon")
    talked.reset()
    a = np.asarray(fresh.send("add a blue star").image)
    b = np.asarray(talked.send("add a blue star").image)
    assert np.array_equal(a, b)


@pytest.mark.parametrize("kind", ["geneva", "dfgan"])
def test_a_peer_runs_through_the_evaluator(checkpoints, kind):
    dialogues = generate_dialogues(2, seed=5, split="test")
    result = evaluate(load_system(str(checkpoints[kind])), dialogues, Detector.load(), n_images_for_fd=20,
                      n_diversity_turns=2)
    turns = sum(len(d.turns) for d in dialogues)
    assert result["all_turns"]["turns"] == turns
    assert 0.0 <= result["all_turns"]["f1"] <= 1.0 and result["diversity"]["turns"] > 0
    assert all(r["has_image"] for r in result["turns"])


def test_object_labels_mark_each_shape_colour_pair_once():
    y = object_labels(Scene.parse("large red circle 17 17 ; small red circle 83 83 ; small blue star 50 50"))
    assert y.sum() == 2 and y.shape == (60,)


def test_the_train_command_trains_a_peer_for_its_steps(tmp_path, capsys):
    out = tmp_path / "dfgan"
    assert main(["train", "--model", "dfgan", "--preset", "tiny", "--out", str(out), "--steps", "2",
                 "--threads", "1"]) == 0
    assert load_peer(out)[1]["step"] == 2 and f"checkpoint: {out}" in capsys.readouterr().out


def test_a_preset_the_peers_lack_is_refused(tmp_path, capsys):
    assert main(["train", "--model", "geneva", "--preset", "coco64", "--out", str(tmp_path / "g")]) == 2
    assert "no 'coco64' preset for geneva" in capsys.readouterr().err


def test_dialogan_only_options_are_refused_for_a_peer(tmp_path, capsys):
    assert main(["train", "--model", "geneva", "--preset", "tiny", "--out", str(tmp_path / "g"),
                 "--freeze-lm"]) == 2
    assert "--freeze-lm apply to --model dialogan only" in capsys.readouterr().err


def test_a_dialogan_checkpoint_is_not_taken_for_a_peer(tiny_checkpoint):
    assert not is_peer(tiny_checkpoint)
    with pytest.raises(ValueError, match="not a peer checkpoint"):
        load_peer(tiny_checkpoint)


def test_a_peer_checkpoint_written_under_the_old_baseline_format_still_loads(checkpoints, tmp_path):
    old = tmp_path / "old_dfgan"
    shutil.copytree(checkpoints["dfgan"], old)
    config = json.loads((old / "config.json").read_text(encoding="utf-8"))
    (old / "config.json").write_text(json.dumps(dict(config, format="dialogan-baseline/1")), encoding="utf-8")
    assert is_peer(old)
    a, b = PeerSystem(load_peer(old)[0]), PeerSystem(load_peer(checkpoints["dfgan"])[0])
    assert np.array_equal(np.asarray(a.send("a red circle").image), np.asarray(b.send("a red circle").image))
