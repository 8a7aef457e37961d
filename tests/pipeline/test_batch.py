"""Turns in a batch: the same greedy tokens as one at a time, for rows of different lengths that stop
at different steps, and the same pictures up to float rounding."""
import numpy as np
import pytest
import torch

from dialogan.chat import SHIPPED_MODEL
from dialogan.models import Decoder
from dialogan.pipeline.checkpoint import load_checkpoint
from dialogan.pipeline import generate_together, picture, pictures
from dialogan.pipeline.batch import states_together
from dialogan.pipeline.turn import bf16_pictures
from dialogan.world import generate_dialogues

# Float rounding, no more: a batch and a lone picture may round differently, by one 255th in float32 and by
# a few in bfloat16, whose 8-bit mantissa the generator computes in on CPUs that have it.
ROUNDING = 3 if bf16_pictures() else 1


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
        assert np.abs(np.asarray(image, dtype=int) - alone).max() <= ROUNDING


def test_an_empty_batch_is_nothing_and_a_mismatch_is_named(shipped):
    model, tok, _ = shipped
    assert generate_together([], [], []) == [] and pictures(model, tok, [], []) == []
    with pytest.raises(ValueError, match="2 scenes but 1 seeds"):
        pictures(model, tok, [None, None], [1])


def test_pictures_drawn_a_few_at_a_time_equal_those_drawn_alone(shipped):
    model, tok, _ = shipped
    scenes = [after for _, _, after in varied_turns(tok, 7)]
    seeds = list(range(200, 207))
    alone = [np.asarray(picture(model, tok, s, k), dtype=int) for s, k in zip(scenes, seeds)]
    one_each = pictures(model, tok, scenes, seeds, chunk=1)
    assert all(np.array_equal(np.asarray(im, dtype=int), a) for im, a in zip(one_each, alone))  # the same pass
    threes = pictures(model, tok, scenes, seeds, chunk=3)  # passes of 3, 3 and 1
    assert len(threes) == 7
    for image, a in zip(threes, alone):
        assert np.abs(np.asarray(image, dtype=int) - a).max() <= ROUNDING
    with pytest.raises(ValueError, match="chunk must be 1 or more, got 0"):
        pictures(model, tok, scenes, seeds, chunk=0)


def test_rows_that_stop_early_leave_the_batch_with_their_cache_and_go_on_alone(shipped):
    model, tok, _ = shipped
    prompts = [p for p, _, _ in varied_turns(tok, 8)]
    stops = {tok.end_id}
    limits = [3, 40, 1, 25, 7, 40, 2, 12]  # rows leave at many steps, from the front, middle and back
    decoders = [Decoder(model.lm, p) for p in prompts]
    generate_together(decoders, [stops] * 8, limits)
    for p, n, d in zip(prompts, limits, decoders):
        single = Decoder(model.lm, p)
        single.generate(stops, n, 0)
        assert d.tokens == single.tokens and d.length == single.length and d.pending == single.pending
        assert d.generate(stops, 20, 0) == single.generate(stops, 20, 0)  # the cache it kept is the one it built


def test_states_read_together_equal_each_sequence_read_alone(shipped):
    model, tok, _ = shipped
    sequences = [p for p, _, _ in varied_turns(tok, 9)]
    assert len({len(s) for s in sequences}) > 3
    together = states_together(model.lm, sequences)
    for ids, states in zip(sequences, together):
        alone = Decoder(model.lm).states(ids)
        assert states.shape == alone.shape and torch.allclose(states, alone, atol=1e-5)
