"""``dialogan bench peers`` end to end on the tiny presets (seconds), and its argument checks."""
import json

import pytest
from PIL import Image

from dialogan.cli import main


@pytest.fixture(scope="module")
def peers_run(tmp_path_factory):
    from dialogan.bench.peers import run_peers

    out = tmp_path_factory.mktemp("peers")
    return out, run_peers(0.02, out, n=3, n_add=2, preset="tiny", threads=1, log=lambda s: None)


@pytest.mark.slow  # the peers benchmark (peers_run)
def test_all_three_systems_are_trained_scored_and_tabulated(peers_run):
    out, report = peers_run
    for name in ("dialogan", "geneva", "dfgan"):
        assert (out / name / "config.json").is_file()
        for key in ("main", "add_only"):
            assert name in report["figures"][key]
            assert f"| {name} |" in report["tables"][key]
    assert report["figures"]["main"]["dialogan"]["state_match"] is not None
    assert report["figures"]["main"]["geneva"]["state_match"] is None  # a peer keeps no scene
    saved = json.loads((out / "peers.json").read_text())
    assert saved["figures"] == report["figures"] and saved["n_add"] == 2
    assert "dialogan / dfgan" in (out / "peers.md").read_text()


@pytest.mark.slow  # the peers benchmark (peers_run)
def test_the_add_only_set_has_five_turns_per_dialogue(peers_run):
    _, report = peers_run
    assert report["evaluations"]["add_only"]["dialogan"]["all_turns"]["turns"] == 2 * 5


@pytest.mark.slow  # the peers benchmark (peers_run)
def test_the_storyboard_shows_three_systems_and_the_target(peers_run):
    out, _ = peers_run
    board = Image.open(out / "storyboard.png")
    # text column 300 px, then four 128 px picture columns (three systems and the target render)
    assert board.width == 8 + 300 + 4 * (128 + 8) + 8 and board.height > 128


@pytest.mark.slow  # the peers benchmark (peers_run)
def test_reuse_scores_existing_checkpoints_without_training(peers_run, capsys):
    out, report = peers_run
    stamp = (out / "geneva" / "model.safetensors").stat().st_mtime_ns
    assert main(["bench", "peers", "--budget", "0.02", "--n", "2", "--n-add", "1", "--out", str(out),
                 "--preset", "tiny", "--reuse", "--threads", "1"]) == 0
    assert (out / "geneva" / "model.safetensors").stat().st_mtime_ns == stamp
    assert "add-only" in capsys.readouterr().out


def test_a_budget_of_nothing_is_refused(tmp_path, capsys):
    assert main(["bench", "peers", "--budget", "0", "--out", str(tmp_path)]) == 2
    assert "--budget must be a positive number" in capsys.readouterr().err
