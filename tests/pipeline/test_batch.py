"""Turns in a batch: the same greedy tokens as one at a time, for rows of different lengths that stop
at different steps, and the same pictures up to float rounding."""
import numpy as np
import pytest

from dialogan.chat import SHIPPED_MODEL
from dialogan.models import Decoder
from dialogan.pipeline.checkpoint import load_checkpoint
from dialogan.pipeline import generate_together, picture, pictures
from dialogan.world import generate_dialogues


@pytest.fixture(scope="module")
def shipped():
    return load_checkpoint(SHIPPED_MODEL)


def varied_turns(tok, n=30):
    """``n`` (prompt, scene before, scene after) from held-out dialogues: adds, edits, questions, undo,
    English and Chinese, prompts of many lengths."""
    out = []
    for d in generate_dialogues(12, seed=21, split="test"):
        prev, history = None, []
        for t in d.turns:
            before = prev.text() if prev is not None else "empty"
            out.append((tok.encode_prompt(before, history[-2:], t.text), prev, t.scene))
            prev = t.scene
            history.append((t.text, t.reply))
    return out[:n]


def test_a_batched_decode_gives_each_row_its_own_greedy_tokens(shipped):
    model, tok, _ = shipped
    prompts = [p for p, _, _ in varied_turns(tok)]
    assert len(prompts) == 30 and len({len(p) for p in prompts}) > 10  # many lengths side by side
    stops = {tok.result_id, tok.reply_id, tok.end_id}
    singles = [Decoder(model.lm, p) for p in prompts]
    alone = [d.generate(stops, 160) for d in singles]
    decoders = [Decoder(model.lm, p) for p in prompts]
    together = generate_together(decoders, [stops] * 30, [160] * 30)
    assert together == alone
    for d, single in zip(decoders, singles):  # the chosen tokens' probabilities too (the edit's confidence)
        assert d.probs == pytest.approx(single.probs, abs=1e-5)
    assert len({len(ids) for ids in alone}) > 3  # rows stop at different steps
    # The decoders go on from where they stopped, as a decoder of their own would: a reply after each.
    follow = [[tok.reply_id]] * 30
    for d, f in zip(decoders, follow):
        d.pending += f
    replies = generate_together(decoders, [{tok.end_id}] * 30, [40] * 30)
    for p, ids, r in zip(prompts, alone, replies):
        d = Decoder(model.lm, p)
        d.generate(stops, 160)
        d.pending += [tok.reply_id]
        assert r == d.generate({tok.end_id}, 40)


def test_a_row_that_meets_its_limit_stops_while_the_others_go_on(shipped):
    model, tok, _ = shipped
    prompts = [p for p, _, _ in varied_turns(tok, 4)]
    stops = {tok.end_id}
    limits = [1, 5, 30, 60]
    together = generate_together([Decoder(model.lm, p) for p in prompts], [stops] * 4, limits)
    assert together == [Decoder(model.lm, p).generate(stops, n) for p, n in zip(prompts, limits)]
    assert [len(t) <= n for t, n in zip(together, limits)] == [True] * 4


def test_pictures_drawn_together_equal_those_drawn_alone(shipped):
    model, tok, _ = shipped
    scenes = [after for _, _, after in varied_turns(tok)]
    seeds = list(range(100, 130))
    together = pictures(model, tok, scenes, seeds)
    for scene, seed, image in zip(scenes, seeds, together):
        alone = np.asarray(picture(model, tok, scene, seed), dtype=int)
        assert np.abs(np.asarray(image, dtype=int) - alone).max() <= 1  # float rounding, no more


def test_an_empty_batch_is_nothing_and_a_mismatch_is_named(shipped):
    model, tok, _ = shipped
    assert generate_together([], [], []) == [] and pictures(model, tok, [], []) == []
    with pytest.raises(ValueError, match="2 scenes but 1 seeds"):
        pictures(model, tok, [None, None], [1])
