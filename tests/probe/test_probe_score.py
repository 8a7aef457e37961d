"""score.py runs probe cases through the acceptance run_case and tallies them by kind and language.

Uses the shipped model on one case per language group (a few seconds); the pass rate itself is
not asserted: it is what the probe measures. Skipped when ../shared/acceptance/check.py is absent.
"""
import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("probe_score", Path(__file__).with_name("score.py"))
score_py = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score_py)  # the scorer knows where the probe and the acceptance checker are
if not score_py.CHECK_PY.is_file():
    pytest.skip(f"the acceptance scorer {score_py.CHECK_PY} is absent; the probe is written for its run_case",
                allow_module_level=True)


check = score_py.load_module("acceptance_check", score_py.CHECK_PY)
probe = score_py.load_module("probe_cases", score_py.HERE / "cases.py")


def test_score_records_every_turn_and_tallies_kinds_and_languages():
    from dialogan import Chat

    cases = [next(c for c in probe.CASES if probe.language_of(c) == lang) for lang in probe.LANGUAGES]
    out = score_py.score(Chat.load(), check.run_case, cases, probe.language_of)
    assert out["total"] == len(cases) and 0 <= out["passed"] <= len(cases)
    assert out["rate"] == out["passed"] / len(cases)
    assert {k: n for k, (_, n) in out["by_language"].items()} == {lang: 1 for lang in probe.LANGUAGES}
    assert sum(ok for ok, _ in out["by_kind"].values()) == out["passed"]
    for case, result in zip(cases, out["results"]):
        assert result["id"] == case["id"] and result["ok"] == (not result["fails"])
        assert [t["user"] for t in result["turns"]] == case["turns"]
        assert all(t["reply"] and t["scene"] for t in result["turns"])


def test_a_missing_checkpoint_is_named_in_one_line(capsys, tmp_path):
    assert score_py.main(["--checkpoint", str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err.strip()
    assert "nowhere" in err and "\n" not in err
