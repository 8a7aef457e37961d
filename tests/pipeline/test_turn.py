"""The turn protocol: the prompt fits the context, the edit and reply decode the same with or
without guessed tokens, and a turn that meets the end of the context stops without error."""
from dataclasses import replace

import pytest

from dialogan.pipeline import build_prompt, write_turn
from dialogan.pipeline.checkpoint import load_checkpoint
from dialogan.pipeline.turn import MAX_EDIT_TOKENS


def test_a_turn_stops_at_the_context_without_error(tiny_checkpoint):
    model, tok, _ = load_checkpoint(tiny_checkpoint)
    prompt = [tok.special["<|user|>"]] * (model.cfg.n_ctx - 4)
    written = write_turn(model, tok, prompt)
    assert isinstance(written.text, str) and isinstance(written.reply, str)


def test_checking_guesses_changes_no_token(tiny_checkpoint, dialogue_prompts):
    model, tok, _ = load_checkpoint(tiny_checkpoint)
    for prompt in dialogue_prompts(tok)[:20]:
        guessed, plain = write_turn(model, tok, prompt, lookahead=8), write_turn(model, tok, prompt, lookahead=0)
        # The same tokens; the probabilities they had agree to float rounding (other batch shapes).
        assert replace(guessed, confidence=0.0) == replace(plain, confidence=0.0)
        assert abs(guessed.confidence - plain.confidence) < 1e-5


def test_the_prompt_drops_the_oldest_exchanges_then_cuts_the_message_to_fit(tiny_checkpoint):
    model, tok, _ = load_checkpoint(tiny_checkpoint)
    n_ctx, scene = model.cfg.n_ctx, "large red circle 17 17"
    short = [("draw a circle", "Done.")]
    assert build_prompt(tok, n_ctx, scene, short, "make it blue") == tok.encode_prompt(scene, short, "make it blue")
    long_talk = [(f"draw a red circle number {i} please", "Done, it is there.") for i in range(20)]
    prompt = build_prompt(tok, n_ctx, scene, long_talk, "make it blue")
    assert len(prompt) <= n_ctx * 3 // 4
    kept = next(k for k in range(len(long_talk) + 1)
                if prompt == tok.encode_prompt(scene, long_talk[k:], "make it blue"))
    assert 0 < kept < len(long_talk)  # the newest exchanges stay
    rambling = " ".join(["please draw a big red circle"] * 80)
    cut = build_prompt(tok, n_ctx, scene, long_talk, rambling)
    assert len(cut) <= n_ctx * 3 // 4 and cut[-1] == tok.scene_id


def test_the_edit_confidence_is_the_least_probability_of_its_greedy_tokens(tiny_checkpoint, dialogue_prompts):
    import torch
    from dialogan.models import Decoder
    model, tok, _ = load_checkpoint(tiny_checkpoint)
    prompt = min(dialogue_prompts(tok), key=len)
    decoder = Decoder(model.lm, prompt)
    # As many tokens as write_turn lets an edit have: the tiny model need not stop within a few.
    budget = min(MAX_EDIT_TOKENS, model.cfg.n_ctx - len(prompt) - 2)
    ids = decoder.generate({tok.result_id, tok.reply_id, tok.end_id}, budget)
    with torch.no_grad():
        logits = model.lm(torch.tensor([prompt + ids])).logits[0, len(prompt) - 1: len(prompt) - 1 + len(ids)]
    expected = logits.softmax(-1).gather(1, torch.tensor(ids)[:, None])[:, 0]
    assert torch.allclose(torch.tensor(decoder.probs), expected, atol=1e-4)
    assert write_turn(model, tok, prompt).confidence == pytest.approx(float(expected.min()), abs=1e-4)


def test_the_message_a_broken_reply_is_mended_from_is_the_prompts_last_one(tiny_checkpoint):
    from dialogan.pipeline.turn import _message
    from dialogan.world import mend_broken
    _, tok, _ = load_checkpoint(tiny_checkpoint)
    prompt = build_prompt(tok, 1024, "large red circle 17 17", [("画一个圆", "好的")], "把它涂成胭脂色")
    assert _message(tok, prompt) == "把它涂成胭脂色"
    # A character cut after two of its three bytes decodes as U+FFFD; the message gives the word back.
    cut = "我不认识'" + b"\xe8\x83".decode("utf-8", "replace") + "脂色'这个颜色，你指的是哪种颜色？"
    assert mend_broken(cut, _message(tok, prompt)) == "我不认识'胭脂色'这个颜色，你指的是哪种颜色？"


def test_with_no_room_left_for_a_reply_the_reply_is_the_world_s_own(tiny_checkpoint):
    from dialogan.world import Scene
    model, tok, _ = load_checkpoint(tiny_checkpoint)
    edit = (*tok.encode_edit("add large red circle"), tok.result_id)
    prompt = [tok.special["<|user|>"]] * (model.cfg.n_ctx - len(edit) - 2)  # the world's result does not fit
    written = write_turn(model, tok, prompt, Scene(()), edit_start=edit)
    assert written.scene.text() == "large red circle 50 50"
    assert written.reply == "Added a large red circle at the center." and written.corrected
