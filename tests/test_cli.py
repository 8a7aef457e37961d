"""The command line: bad input is one line and exit status 2; a bug keeps its traceback."""
import pytest

import dialogan.pipeline.commands as export_command
from dialogan.cli import main
from dialogan.errors import DialoganError


def test_a_checkpoint_that_is_not_there_is_one_line_and_exit_2(tmp_path, capsys):
    assert main(["export", "--checkpoint", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err == f"dialogan export: error: {tmp_path / 'nowhere'}: no checkpoint folder here\n"


@pytest.mark.parametrize("bug", [RuntimeError("a bug"), ValueError("a bug that happens to be a ValueError"),
                                 FileNotFoundError("a file the program itself lost")])
def test_an_internal_error_is_not_dressed_up_as_bad_input(monkeypatch, tmp_path, bug):
    def broken(args):
        raise bug

    monkeypatch.setattr(export_command, "_run", broken)
    with pytest.raises(type(bug), match=str(bug)):  # out of main: Python prints its traceback
        main(["export", "--checkpoint", str(tmp_path), "--out", str(tmp_path / "out")])


def test_dialogan_debug_shows_the_traceback_of_bad_input_too(monkeypatch, tmp_path):
    monkeypatch.setenv("DIALOGAN_DEBUG", "1")
    with pytest.raises(DialoganError, match="no checkpoint folder here"):
        main(["export", "--checkpoint", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")])


def test_every_training_setting_is_a_flag_and_the_old_names_still_parse():
    from dialogan.cli import build_parser
    from dialogan.train import JointTrainConfig

    args = build_parser().parse_args(
        ["train", "--out", "x", "--steps", "5", "--lr-lm", "2e-4", "--gan-every", "2", "--gan-into-lm", "0.5",
         "--no-freeze-lm", "--typo-rate", "0.1", "--finish-share", "0.2", "--max-minutes", "3", "--seed", "4",
         "--batch-size", "8", "--save-every", "2", "--sample-every", "3", "--ema-decay", "0.99"])
    assert (args.steps, args.lr_lm, args.gan_every, args.gan_into_lm, args.freeze_lm) == (5, 2e-4, 2, 0.5, False)
    assert (args.typo_rate, args.finish_share, args.max_minutes, args.seed) == (0.1, 0.2, 3.0, 4)
    assert (args.batch_size, args.save_every, args.sample_every, args.ema_decay) == (8, 2, 3, 0.99)
    not_given = build_parser().parse_args(["train", "--out", "x"])
    assert all(getattr(not_given, f) is None for f in JointTrainConfig.__dataclass_fields__)


def test_a_peer_refuses_settings_only_the_dialogue_model_has(tmp_path, capsys):
    assert main(["train", "--model", "dfgan", "--preset", "tiny", "--out", str(tmp_path / "p"),
                 "--gan-every", "2"]) == 2
    assert "--gan-every apply to --model dialogan only" in capsys.readouterr().err
    assert main(["train", "--preset", "tiny", "--out", str(tmp_path / "d"), "--aux-weight", "2"]) == 2
    assert "--aux-weight apply to --model geneva|dfgan only" in capsys.readouterr().err
