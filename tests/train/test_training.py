import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

from dialogan.data.collate import collate, collate_layout
from dialogan.data.examples import WorldSource, build_draw_example, build_example
from dialogan.models import DialoGAN
from dialogan.pipeline.checkpoint import load_checkpoint
from dialogan.train import get_preset
from dialogan.train.loop import Producer, lr_factor, step_kind, train, train_tokenizer

ENV = dict(os.environ, OMP_NUM_THREADS="1")
TRAIN = [sys.executable, "-m", "dialogan.cli", "train", "--preset", "tiny", "--threads", "1", "--steps", "40",
         "--save-every", "5", "--sample-every", "1000"]


def _weights(folder: Path) -> dict[str, torch.Tensor]:
    out = {}
    for name in ("language_model/model", "generator_ema", "training_state"):
        out.update({f"{name}/{k}": v for k, v in load_file(str(folder / f"{name}.safetensors")).items()})
    return out


def _step(folder: Path) -> int:
    try:
        return json.loads((folder / "config.json").read_text())["step"]
    except (OSError, ValueError, KeyError):
        return -1


def test_training_writes_a_checkpoint_samples_and_a_card(tiny_checkpoint):
    assert (tiny_checkpoint.parent / "model.samples").is_dir()
    assert list((tiny_checkpoint.parent / "model.samples").glob("*.png"))
    card = (tiny_checkpoint / "README.md").read_text()
    assert "steps: 6 of 6" in card and "state_acc" in card


@pytest.mark.slow  # three training processes, one killed
def test_resume_after_sigkill_ends_with_the_same_weights_as_an_uninterrupted_run(tmp_path):
    straight, killed = tmp_path / "straight", tmp_path / "killed"
    subprocess.run(TRAIN + ["--out", str(straight)], check=True, env=ENV, capture_output=True, timeout=300)
    # The killed run builds its batches in worker processes, the straight one in its own: the same batches.
    proc = subprocess.Popen(TRAIN + ["--out", str(killed), "--workers", "2"], env=ENV, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.time() + 240
    while _step(killed) < 10 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    at = _step(killed)
    assert 10 <= at < 40, f"the kill came at step {at}; it must land mid-run"
    subprocess.run([sys.executable, "-m", "dialogan.cli", "train", "--preset", "tiny", "--threads", "1",
                    "--resume", str(killed), "--out", str(killed)], check=True, env=ENV, capture_output=True, timeout=300)
    assert _step(killed) == 40
    a, b = _weights(straight), _weights(killed)
    assert a.keys() == b.keys()
    different = [k for k in a if not torch.equal(a[k], b[k])]
    assert not different, different[:5]


@pytest.mark.slow  # torchrun with two training processes
def test_two_ddp_processes_hold_identical_weights(tmp_path):
    # --standalone: a free port of its own, so runs side by side never wait on each other's
    cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node=2",
           "-m", "dialogan.cli", "train", "--preset", "tiny", "--threads", "1", "--out", str(tmp_path / "ddp")]
    res = subprocess.run(cmd, env=ENV, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr[-2000:]
    digests = dict(line.split()[1::2] for line in res.stdout.splitlines() if line.startswith("rank "))
    assert set(digests) == {"0", "1"}, res.stdout
    assert digests["0"] == digests["1"]
    assert _step(tmp_path / "ddp") == 6


@pytest.mark.parametrize("freeze", [False, True])
def test_the_generator_loss_reaches_the_language_model_unless_frozen(freeze):
    preset = get_preset("tiny")
    source = WorldSource(0, image_size=preset.model.image_size)
    tok = train_tokenizer(preset, source, 0)
    torch.manual_seed(0)
    model = DialoGAN(preset.model, tok.pad_id)
    ctxs = [c for c in source.contexts(0, 8) if c.scene is not None and len(c.scene)][:2]
    examples = [build_example(tok, c, preset.model.n_ctx) for c in ctxs]
    draw = [build_draw_example(tok, c) for c in ctxs]
    producer = Producer(model, gan_into_lm=1.0, freeze_lm=freeze)
    _, _, fake = producer([collate(examples, tok.pad_id)], collate(draw, tok.pad_id), collate_layout(draw),
                          torch.randn(len(draw), 8))
    fake.abs().mean().backward()  # a generator loss alone, no language-model loss
    lm_grad = sum(float(p.grad.abs().sum()) for p in model.lm.parameters() if p.grad is not None)
    assert (lm_grad == 0.0) == freeze


def test_gan_every_below_one_is_refused_before_anything_is_written(tmp_path):
    with pytest.raises(ValueError, match="gan_every must be 1 or more"):
        train("tiny", tmp_path / "run", overrides={"gan_every": 0})
    assert not (tmp_path / "run").exists()


def test_a_run_stopped_by_its_time_budget_still_anneals_to_the_low_learning_rate():
    tc = get_preset("default").train  # 13,500 steps or 88 minutes, whichever ends first
    budget = tc.max_minutes * 60
    assert lr_factor(tc.warmup, 0.0, tc) == pytest.approx(1.0, abs=1e-3)
    # At 80% of the steps, but the clock already at the end of the budget: the floor, not 0.2.
    assert lr_factor(int(0.8 * tc.steps), budget, tc) == pytest.approx(0.1)
    assert lr_factor(int(0.8 * tc.steps), 0.4 * budget, tc) == pytest.approx(lr_factor(int(0.8 * tc.steps), 0.0, tc))
    assert lr_factor(tc.steps // 2, budget / 2, tc) == pytest.approx(0.55)
    tc.max_minutes = 0  # no time budget: the steps alone decide
    assert lr_factor(int(0.8 * tc.steps), 10 * budget, tc) > 0.15


def test_the_finish_trains_the_gan_at_every_step_with_the_language_model_frozen_to_it():
    tc = get_preset("default").train  # GAN every 3rd step; the last 16% of 88 minutes is the finish
    start = (1 - tc.finish_share) * tc.max_minutes * 60
    assert [step_kind(s, 60.0, tc) for s in (300, 301, 302)] == [(True, False), (False, False), (False, False)]
    assert [step_kind(s, start + 1, tc) for s in (300, 301, 302)] == [(True, True)] * 3
    tc.finish_share = 0.0
    assert step_kind(301, tc.max_minutes * 60, tc) == (False, False)
    tc.max_minutes, tc.finish_share, tc.freeze_lm = 0.0, 0.16, True  # no time budget, no finish
    assert step_kind(301, 1e9, tc) == (False, True)


def test_resuming_a_frozen_run_can_let_the_generators_gradient_back_in():
    from dialogan.cli import build_parser

    parse = lambda *extra: build_parser().parse_args(["train", "--resume", "runs/x", "--out", "runs/x", *extra])
    assert parse().freeze_lm is None  # not given: the checkpoint's own setting stands
    assert parse("--freeze-lm").freeze_lm is True
    assert parse("--no-freeze-lm").freeze_lm is False


def test_a_run_from_an_inference_only_checkpoint_starts_at_step_zero_with_its_weights(tiny_checkpoint, tmp_path):
    from dialogan.cli import main

    shipped = tmp_path / "shipped"  # fp16, no training state: as the packaged model is
    assert main(["export", "--checkpoint", str(tiny_checkpoint), "--out", str(shipped), "--half"]) == 0
    out = train("tiny", tmp_path / "ft", init_from=str(shipped), overrides={"steps": 0, "seed": 5})
    config = json.loads((out / "config.json").read_text())
    assert config["step"] == 0 and config["init_from"]["path"] == str(shipped)
    assert config["init_from"]["step"] == 6
    parent = json.loads((shipped / "config.json").read_text())["weights_sha256"]
    assert config["init_from"]["weights_sha256"] == parent == config["weights_sha256"]  # no step taken yet
    card = (out / "README.md").read_text()
    assert f"started from the weights sha256 `{parent}`" in card and str(shipped) not in card
    for name in ("language_model/model", "generator_ema"):
        a = load_file(str(shipped / f"{name}.safetensors"))
        b = load_file(str(out / f"{name}.safetensors"))
        assert all(torch.equal(a[k].float(), b[k]) for k in a), name
    assert (out / "tokenizer.json").read_text() == (shipped / "tokenizer.json").read_text()


def test_a_fine_tuning_run_trains_on_from_the_checkpoints_weights(tiny_checkpoint, tmp_path):
    out = train("tiny", tmp_path / "ft", init_from=str(tiny_checkpoint), overrides={"steps": 3, "lr_lm": 1e-3})
    before = load_file(str(tiny_checkpoint / "language_model" / "model.safetensors"))
    after = load_file(str(out / "language_model" / "model.safetensors"))
    moved = [k for k in before if not torch.equal(before[k], after[k])]
    assert moved  # it trained
    # ... a few small steps from the checkpoint, not a model made afresh
    drift = max(float((before[k] - after[k]).abs().max()) for k in before)
    assert drift < 0.05


def test_resume_and_init_from_together_are_refused(tiny_checkpoint, tmp_path):
    with pytest.raises(ValueError, match="give one"):
        train("tiny", tmp_path / "x", resume=str(tiny_checkpoint), init_from=str(tiny_checkpoint))
    assert not (tmp_path / "x").exists()


def test_a_checkpoint_from_before_the_decay_groups_is_refused_by_resume_with_a_way_forward(tiny_checkpoint, tmp_path):
    import shutil

    from safetensors import safe_open
    from safetensors.torch import save_file

    old = tmp_path / "old"
    shutil.copytree(tiny_checkpoint, old)
    state_file = old / "training_state.safetensors"
    with safe_open(str(state_file), "pt") as f:
        tensors, meta = {k: f.get_tensor(k) for k in f.keys()}, f.metadata()
    groups = json.loads(meta["param_groups"])
    lm = groups["lm"]  # as the optimiser was saved before: one group holding all the parameters
    groups["lm"] = [dict(lm[0], params=sorted(lm[0]["params"] + lm[1]["params"]))]
    save_file(tensors, str(state_file), metadata={"param_groups": json.dumps(groups)})
    with pytest.raises(ValueError, match=f"{old}: .*one parameter group.* --init-from {old}"):
        train("tiny", tmp_path / "x", resume=str(old))


def test_a_run_with_every_variety_option_trains_the_noise_at_every_block(tmp_path):
    from dialogan.pipeline.checkpoint import load_checkpoint
    out = train("tiny", tmp_path / "run", overrides={"mode_seeking_weight": 1.0, "z_from_seed": True,
                                                      "sparse_share": 0.5, "z_every_block": True})
    model, _, config = load_checkpoint(out)
    assert config["train"]["mode_seeking_weight"] == 1.0 and model.cfg.z_every_block
    assert all(film.weight.abs().sum() > 0 for film in model.generator_ema.z_film)  # moved off zero by training


def test_variety_options_of_the_shapes_world_are_refused_for_a_dataset_folder(caption_dataset, tmp_path):
    with pytest.raises(ValueError, match="z_from_seed and sparse_share apply to the shapes world"):
        train("tiny", tmp_path / "run", data=str(caption_dataset), overrides={"sparse_share": 0.3})


def test_a_run_can_grow_the_checkpoints_pictures_and_trains_at_the_new_size(tmp_path):
    small = train("tiny", tmp_path / "s64", overrides={"steps": 1, "seed": 1, "image_size": 64})
    grown = train("tiny", tmp_path / "g128", init_from=str(small), overrides={"steps": 3, "image_size": 128})
    config = json.loads((grown / "config.json").read_text())
    assert config["model"]["image_size"] == config["train"]["image_size"] == 128
    weights = load_file(str(grown / "generator_ema.safetensors"))
    assert any(k.startswith("blocks.3.") for k in weights)  # one block more than at 64 px
    with pytest.raises(ValueError, match="--init-from"):
        train("tiny", tmp_path / "r", resume=str(small), overrides={"image_size": 128})
    with pytest.raises(ValueError, match="must be 32, 64, 128 or 256"):
        train("tiny", tmp_path / "x", overrides={"image_size": 96})


def test_the_card_names_how_the_pictures_were_trained():
    from dialogan.train.card import picture_lines

    assert picture_lines({}) == ""
    line = picture_lines({"z_from_seed": True, "sparse_share": 0.15, "mode_seeking_weight": 0.03})
    assert "render's seed" in line and "0.15 of the drawn turns" in line and "mode-seeking term x0.03" in line


def test_a_run_at_language_learning_rate_0_trains_the_gan_alone(tiny_checkpoint, tmp_path):
    out = train("tiny", tmp_path / "gan", init_from=str(tiny_checkpoint),
                overrides={"steps": 3, "seed": 5, "lr_lm": 0.0, "finish_share": 1.0, "max_minutes": 60.0,
                           "mode_seeking_weight": 0.03})
    before, after = load_checkpoint(tiny_checkpoint)[0], load_checkpoint(out)[0]
    assert all(torch.equal(a, b) for a, b in zip(before.lm.state_dict().values(), after.lm.state_dict().values()))
    assert not all(torch.equal(a, b) for a, b in zip(before.generator_ema.state_dict().values(),
                                                     after.generator_ema.state_dict().values()))
