"""``dialogan eval detector`` and ``dialogan eval run`` write their JSON and reports."""
import argparse
import json

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
