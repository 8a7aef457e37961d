"""``dialogan eval detector`` and ``dialogan eval run`` write their JSON and reports; ``train-detector``
never touches the shipped detector."""
import argparse
import hashlib
import json

import pytest

from dialogan.cli import main
from dialogan.eval.detector import DEFAULT_DIR

from dialogan.eval.commands import register


def _run(argv):
    parser = argparse.ArgumentParser(prog="dialogan")
    register(parser.add_subparsers(dest="command"), load_system=lambda checkpoint: None)
    args = parser.parse_args(argv)
    return args.run(args)


def test_eval_detector_writes_json(tmp_path):
    out = tmp_path / "det.json"
    assert _run(["eval", "detector", "--n", "20", "--seed", "5", "--json", str(out)]) == 0
    res = json.loads(out.read_text())
    assert res["n_images"] == 20 and res["f1"] > 0.95 and 0 < res["weights_mb"] < 5


def test_eval_run_replay_then_wrong(tmp_path):
    scores = {}
    for system in ("replay", "wrong"):
        out, rep = tmp_path / f"{system}.json", tmp_path / system
        assert _run(["eval", "run", "--system", system, "--n", "3", "--seed", "1", "--json", str(out),
                     "--report", str(rep), "--fd-images", "20"]) == 0
        scores[system] = json.loads(out.read_text(encoding="utf-8"))
        assert (rep / "report.md").exists() and (rep / "storyboard.png").exists()
    assert scores["wrong"]["all_turns"]["f1"] < scores["replay"]["all_turns"]["f1"]
    assert scores["replay"]["latency"]["p50_ms"] is not None


def _shipped_detector_digest() -> dict[str, str]:
    return {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in sorted(DEFAULT_DIR.iterdir())}


def test_a_bare_train_detector_is_refused_and_the_shipped_detector_is_unchanged(capsys):
    before = _shipped_detector_digest()
    with pytest.raises(SystemExit) as exit_:
        main(["eval", "train-detector", "--steps", "1"])
    assert exit_.value.code == 2
    assert "the following arguments are required: --out" in capsys.readouterr().err
    assert _shipped_detector_digest() == before


@pytest.mark.parametrize("inside", [".", "detector", "detector/retrained"])
def test_train_detector_refuses_to_write_into_the_package_assets(inside, capsys):
    before = _shipped_detector_digest()
    target = DEFAULT_DIR.parent / inside
    assert main(["eval", "train-detector", "--steps", "1", "--out", str(target)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "refusing to write into the package's shipped assets" in err
    assert str(target) in err
    assert _shipped_detector_digest() == before
    assert not (DEFAULT_DIR / "retrained").exists()
