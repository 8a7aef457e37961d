"""The lean decoding and drawing paths give what the library's forward gives."""
import torch

from dialogan.data.examples import TurnContext, build_draw_example
from dialogan.pipeline.checkpoint import load_checkpoint
from dialogan.models.inference import condition_scene, draw_scene, write_turn
from dialogan.models.language import Decoder, library_greedy_decode
from dialogan.world import Scene, generate_dialogues


def _prompts(tok, n=12):
    out = []
    for d in generate_dialogues(n, seed=8, split="test"):
        prev, history = "empty", []
        for t in d.turns:
            out.append(tok.encode_prompt(prev, history[-2:], t.text))
            prev = t.scene.text()
            history.append((t.text, t.reply))
    return out


def test_decoder_gives_the_librarys_greedy_tokens(tiny_checkpoint):
    model, _ = load_checkpoint(tiny_checkpoint)
    tok = model.tokenizer
    for prompt in _prompts(tok):
        stop = {tok.reply_id, tok.end_id}
        assert Decoder(model.lm, prompt).generate(stop, 20) == library_greedy_decode(model.lm, prompt, stop, 20)


def test_the_reply_continues_the_scenes_cache_as_a_fresh_decode_would(tiny_checkpoint):
    model, _ = load_checkpoint(tiny_checkpoint)
    tok, prompt = model.tokenizer, _prompts(model.tokenizer)[3]
    dec = Decoder(model.lm, prompt)
    first = dec.generate({tok.reply_id}, 8)
    assert dec.generate({tok.end_id}, 8) == library_greedy_decode(model.lm, prompt + first, {tok.end_id}, 8)


def test_decoder_states_are_the_libraries_last_hidden_states(tiny_checkpoint):
    model, _ = load_checkpoint(tiny_checkpoint)
    scene = Scene.parse("large red circle 17 17 ; small blue star 83 50")
    ex = build_draw_example(model.tokenizer, TurnContext("empty", (), "", scene.text(), "", scene))
    with torch.inference_mode():
        ref = model.lm(input_ids=torch.tensor([ex.ids]), output_hidden_states=True).hidden_states[-1][0]
    assert torch.allclose(Decoder(model.lm).states(ex.ids), ref, atol=1e-5)


def test_channels_last_drawing_matches_the_plain_generator(tiny_checkpoint):
    model, _ = load_checkpoint(tiny_checkpoint)
    reference, _ = load_checkpoint(tiny_checkpoint)
    cond = condition_scene(model, Scene.parse("small green hexagon 50 50"))
    z = torch.randn(1, model.cfg.z_dim, generator=torch.Generator().manual_seed(4))
    with torch.inference_mode():
        plain = (reference.draw(cond, z, ema=True)[0].clamp(-1, 1) + 1) / 2
    assert torch.allclose(draw_scene(model, cond, 4), plain, atol=1e-5)
    assert model.generator_ema.stem.weight.is_contiguous(memory_format=torch.channels_last)


def test_the_folded_generator_follows_the_weights_as_they_change(tiny_checkpoint):
    model, _ = load_checkpoint(tiny_checkpoint)
    cond = condition_scene(model, Scene.parse("large red circle 17 17 ; small blue star 83 50"))
    before = draw_scene(model, cond, 2)
    with torch.no_grad():  # as an EMA update during training would
        model.generator_ema.blocks[0].norm1.gamma_beta.weight.add_(0.05)
        model.generator_ema.blocks[0].norm1.norm.running_mean.add_(0.1)
    z = torch.randn(1, model.cfg.z_dim, generator=torch.Generator().manual_seed(2))
    with torch.inference_mode():
        plain = (model.draw(cond, z, ema=True)[0].clamp(-1, 1) + 1) / 2
    after = draw_scene(model, cond, 2)
    assert not torch.allclose(before, after) and torch.allclose(after, plain, atol=1e-5)


def test_a_turn_stops_at_the_context_without_error(tiny_checkpoint):
    model, _ = load_checkpoint(tiny_checkpoint)
    prompt = [model.tokenizer.special["<|user|>"]] * (model.cfg.n_ctx - 4)
    written = write_turn(model, prompt)
    assert isinstance(written.text, str) and isinstance(written.reply, str)


def test_the_gathered_layout_is_the_generators_own(tiny_checkpoint):
    from dialogan.models.inference import paint_layout_channels_last

    model, _ = load_checkpoint(tiny_checkpoint)
    g = model.generator_ema
    scenes = [Scene.parse("large red circle 17 17 ; small blue star 50 17 ; large green hexagon 83 83"),
              Scene.parse("small yellow square 50 50")]
    exs = [build_draw_example(model.tokenizer, TurnContext("empty", (), "", s.text(), "", s)) for s in scenes]
    with torch.inference_mode():
        cond = model.condition(model.lm_states(model.collate(exs)), exs)
        ref = g.layout(cond.obj_states, cond.obj_xyr, cond.obj_mask, cond.scene_state)
        fast = paint_layout_channels_last(g, cond)
    assert fast.is_contiguous(memory_format=torch.channels_last)
    assert torch.allclose(fast, ref, atol=1e-6)


def test_guesses_come_from_the_latest_earlier_occurrence_of_the_last_tokens(tiny_checkpoint):
    model, _ = load_checkpoint(tiny_checkpoint)
    dec = Decoder(model.lm, [5, 6, 7, 8, 9, 5, 6, 7, 10, 11, 5, 6, 7])
    assert dec._draft(3) == [10, 11, 5]  # "5 6 7" last occurred before "10 11"
    assert Decoder(model.lm, [5, 6, 9, 5])._draft(3) == []  # one token is too common a key


def test_checking_guesses_changes_no_token(tiny_checkpoint):
    model, _ = load_checkpoint(tiny_checkpoint)
    for prompt in _prompts(model.tokenizer)[:20]:
        assert write_turn(model, prompt, lookahead=8) == write_turn(model, prompt, lookahead=0)
