"""The fast inference paths give what the modules' own forwards give: the lean decoder
(``language.Decoder``) and the generator's channels-last, folded and gathering paths."""
import copy

import pytest
import torch

from dialogan.data.examples import TurnContext, build_draw_example
from dialogan.models import Generator, ModelConfig
from dialogan.models.language import Decoder, library_greedy_decode
from dialogan.pipeline import condition_scene, draw_scene
from dialogan.pipeline.checkpoint import load_checkpoint
from dialogan.chat.session import SHIPPED_MODEL
from dialogan.pipeline.turn import bf16_pictures, seed_noise
from dialogan.world import Scene


@pytest.fixture(autouse=True)
def fp32_pictures(monkeypatch):
    """Pictures in float32 even on a CPU with native bfloat16: the fast paths are compared exactly."""
    monkeypatch.setenv("DIALOGAN_FP32_PICTURES", "1")
    bf16_pictures.cache_clear()
    yield
    bf16_pictures.cache_clear()


def test_decoder_gives_the_librarys_greedy_tokens(tiny_checkpoint, dialogue_prompts):
    model, tok, _ = load_checkpoint(tiny_checkpoint)
    for prompt in dialogue_prompts(tok):
        stop = {tok.reply_id, tok.end_id}
        assert Decoder(model.lm, prompt).generate(stop, 20) == library_greedy_decode(model.lm, prompt, stop, 20)


def test_the_reply_continues_the_scenes_cache_as_a_fresh_decode_would(tiny_checkpoint, dialogue_prompts):
    model, tok, _ = load_checkpoint(tiny_checkpoint)
    prompt = dialogue_prompts(tok)[3]
    dec = Decoder(model.lm, prompt)
    first = dec.generate({tok.reply_id}, 8)
    assert dec.generate({tok.end_id}, 8) == library_greedy_decode(model.lm, prompt + first, {tok.end_id}, 8)


def test_decoder_states_are_the_libraries_last_hidden_states(tiny_checkpoint):
    model, tok, _ = load_checkpoint(tiny_checkpoint)
    scene = Scene.parse("large red circle 17 17 ; small blue star 83 50")
    ex = build_draw_example(tok, TurnContext("empty", (), "", scene.text(), "", scene))
    with torch.inference_mode():
        ref = model.lm(input_ids=torch.tensor([ex.ids]), output_hidden_states=True).hidden_states[-1][0]
    assert torch.allclose(Decoder(model.lm).states(ex.ids), ref, atol=1e-5)


def test_channels_last_drawing_matches_the_plain_generator(tiny_checkpoint):
    model, tok, _ = load_checkpoint(tiny_checkpoint)
    reference, _, _ = load_checkpoint(tiny_checkpoint)
    cond = condition_scene(model, tok, Scene.parse("small green hexagon 50 50"))
    z = seed_noise([4], model.cfg.z_dim)
    with torch.inference_mode():
        plain = (reference.draw(cond, z, ema=True)[0].clamp(-1, 1) + 1) / 2
    assert torch.allclose(draw_scene(model, cond, 4), plain, atol=1e-5)
    assert model.generator_ema.stem.weight.is_contiguous(memory_format=torch.channels_last)


def test_a_generator_grown_to_128_px_draws_on_the_fast_path_what_its_forward_draws(grown_checkpoint):
    model, tok, _ = load_checkpoint(grown_checkpoint)
    reference, _, _ = load_checkpoint(grown_checkpoint)
    cond = condition_scene(model, tok, Scene.parse("large red circle 17 17 ; small blue star 83 50"))
    with torch.inference_mode():
        plain = (reference.draw(cond, seed_noise([7], model.cfg.z_dim), ema=True)[0].clamp(-1, 1) + 1) / 2
    fast = draw_scene(model, cond, 7)
    assert fast.shape == (3, 128, 128) and torch.allclose(fast, plain, atol=1e-5)


def test_the_folded_generator_follows_the_weights_as_they_change(tiny_checkpoint):
    model, tok, _ = load_checkpoint(tiny_checkpoint)
    cond = condition_scene(model, tok, Scene.parse("large red circle 17 17 ; small blue star 83 50"))
    before = draw_scene(model, cond, 2)
    with torch.no_grad():  # as an EMA update during training would
        model.generator_ema.blocks[0].norm1.gamma_beta.weight.add_(0.05)
        model.generator_ema.blocks[0].norm1.norm.running_mean.add_(0.1)
    z = seed_noise([2], model.cfg.z_dim)
    with torch.inference_mode():
        plain = (model.draw(cond, z, ema=True)[0].clamp(-1, 1) + 1) / 2
    after = draw_scene(model, cond, 2)
    assert not torch.allclose(before, after) and torch.allclose(after, plain, atol=1e-5)


def test_guesses_come_from_the_latest_earlier_occurrence_of_the_last_tokens(tiny_checkpoint):
    model, _, _ = load_checkpoint(tiny_checkpoint)
    dec = Decoder(model.lm, [5, 6, 7, 8, 9, 5, 6, 7, 10, 11, 5, 6, 7])
    assert dec._draft(3) == [10, 11, 5]  # "5 6 7" last occurred before "10 11"
    assert Decoder(model.lm, [5, 6, 9, 5])._draft(3) == []  # one token is too common a key


# The generator's fast paths, on a generator of several blocks (128 pixels: 4 SPADE blocks) whose
# SPADE convolutions and normalisation statistics are far from their identity initialisation.
@pytest.fixture(scope="module")
def generator():
    cfg = ModelConfig(image_size=128, z_dim=8, cond_dim=8, g_channels=32)
    torch.manual_seed(0)
    g = Generator(cfg, state_dim=12)
    with torch.no_grad():
        for block in g.blocks:
            for spade in (block.norm1, block.norm2):
                spade.gamma_beta.weight.normal_(0, 0.1)
                spade.gamma_beta.bias.normal_(0, 0.1)
                spade.norm.running_mean.normal_(0, 0.5)
                spade.norm.running_var.uniform_(0.5, 2.0)
    assert len(g.blocks) == 4
    return g.eval()


def _layout_inputs(n_objects=(3, 1), seed=1):
    """Object states, centres and radii, masks (later slots padding) and scene states."""
    gen = torch.Generator().manual_seed(seed)
    B, K = len(n_objects), max(n_objects)
    states = torch.randn(B, K, 12, generator=gen)
    xyr = torch.cat([torch.rand(B, K, 2, generator=gen), 0.05 + 0.15 * torch.rand(B, K, 1, generator=gen)], 2)
    mask = torch.arange(K)[None, :] < torch.tensor(n_objects)[:, None]
    return states, xyr, mask, torch.randn(B, 12, generator=gen)


def test_the_gathered_layout_is_the_generators_own(generator):
    states, xyr, mask, scene = _layout_inputs()
    with torch.inference_mode():
        ref = generator.layout(states, xyr, mask, scene)
        fast = generator.paint_layout_channels_last(states, xyr, mask, scene)
    assert fast.is_contiguous(memory_format=torch.channels_last)
    assert torch.allclose(fast, ref, atol=1e-6)


def test_channels_last_weights_draw_what_contiguous_ones_draw(generator):
    plain = copy.deepcopy(generator)
    g = copy.deepcopy(generator).to_channels_last()
    assert g.stem.weight.is_contiguous(memory_format=torch.channels_last)
    assert g.to_channels_last() is g  # once: a second call changes nothing
    layout = plain.layout(*_layout_inputs())
    z = torch.randn(2, 8, generator=torch.Generator().manual_seed(2))
    with torch.inference_mode():
        assert torch.allclose(g(layout.contiguous(memory_format=torch.channels_last), z), plain(layout, z), atol=1e-5)


def test_the_folded_forward_is_the_generators_forward(generator):
    layout = generator.layout(*_layout_inputs())
    z = torch.randn(2, 8, generator=torch.Generator().manual_seed(3))
    with torch.inference_mode():
        plain = generator(layout, z)
        folded = generator.folded()(layout, z)
    assert plain.abs().max() > 0.05 and torch.allclose(folded, plain, atol=1e-5)


def test_the_folded_copy_is_rebuilt_when_the_weights_change(generator):
    g = copy.deepcopy(generator)
    first = g.folded()
    assert g.folded() is first  # unchanged weights: the same derived copy
    with torch.no_grad():  # as an EMA update during training would
        g.blocks[2].norm2.gamma_beta.weight.add_(0.05)
        g.blocks[3].norm1.norm.running_var.mul_(1.5)
    layout = g.layout(*_layout_inputs())
    z = torch.randn(2, 8, generator=torch.Generator().manual_seed(4))
    with torch.inference_mode():
        assert g.folded() is not first and torch.allclose(g.folded()(layout, z), g(layout, z), atol=1e-5)


@pytest.fixture(scope="module")
def generator_with_z_everywhere(generator):
    """The fixture's generator with the noise at every block, those weights moved off zero."""
    cfg = ModelConfig(image_size=128, z_dim=8, cond_dim=8, g_channels=32, z_every_block=True)
    g = Generator(cfg, state_dim=12)
    g.load_state_dict(generator.state_dict())  # the per-block noise weights are missing: they load as zero
    with torch.no_grad():
        for film in g.z_film:
            film.weight.normal_(0, 0.2)
            film.bias.normal_(0, 0.1)
    return g.eval()


def test_a_generator_without_per_block_noise_loads_and_draws_bit_identically(generator):
    g = Generator(ModelConfig(image_size=128, z_dim=8, cond_dim=8, g_channels=32, z_every_block=True), state_dim=12)
    g.load_state_dict(generator.state_dict())
    g.eval()
    assert len(g.z_film) == len(g.blocks) and all((f.weight == 0).all() for f in g.z_film)
    layout = generator.layout(*_layout_inputs())
    z = torch.randn(2, 8, generator=torch.Generator().manual_seed(5))
    with torch.inference_mode():
        assert torch.equal(g(layout, z), generator(layout, z))
        assert torch.equal(g.folded()(layout, z), generator.folded()(layout, z))


def test_the_folded_forward_follows_the_noise_at_every_block(generator_with_z_everywhere):
    g = generator_with_z_everywhere
    layout = g.layout(*_layout_inputs())
    z = torch.randn(2, 8, generator=torch.Generator().manual_seed(6))
    with torch.inference_mode():
        plain = g(layout, z)
        folded = g.folded()(layout, z)
        channels_last = copy.deepcopy(g).to_channels_last()(layout.contiguous(memory_format=torch.channels_last), z)
        # The same generator with the per-block noise at zero: the noise must change the picture.
        g_stem_only = copy.deepcopy(g)
        for film in g_stem_only.z_film:
            torch.nn.init.zeros_(film.weight)
            torch.nn.init.zeros_(film.bias)
        stem_only = g_stem_only(layout, z)
    assert torch.allclose(folded, plain, atol=1e-5) and torch.allclose(channels_last, plain, atol=1e-5)
    assert (plain - stem_only).abs().max() > 1e-3


def test_a_trained_model_given_the_noise_at_every_block_draws_what_it_drew(tiny_checkpoint):
    model, tok, _ = load_checkpoint(tiny_checkpoint)
    scene = Scene.parse("large red circle 17 17 ; small blue star 83 83")
    before = draw_scene(model, condition_scene(model, tok, scene), seed=11)
    model.with_z_every_block()
    assert model.cfg.z_every_block and model.generator_ema.z_film is not None
    assert torch.equal(draw_scene(model, condition_scene(model, tok, scene), seed=11), before)


def test_bfloat16_pictures_are_the_float32_pictures_to_a_few_255ths(monkeypatch):
    """Where the CPU computes bfloat16 natively, the shipped generator draws in it: the same picture to
    within a few 255ths (a rounding of each layer's inputs, not another picture)."""
    model, tok, _ = load_checkpoint(SHIPPED_MODEL)
    cond = condition_scene(model, tok, Scene.parse("large red circle 17 17 ; small blue star 50 50"))
    monkeypatch.setenv("DIALOGAN_FP32_PICTURES", "1")
    bf16_pictures.cache_clear()
    exact = draw_scene(model, cond, 3)
    monkeypatch.delenv("DIALOGAN_FP32_PICTURES")
    bf16_pictures.cache_clear()
    if not bf16_pictures():
        bf16_pictures.cache_clear()
        pytest.skip("this CPU has no native bfloat16: pictures are float32 here")
    fast = draw_scene(model, cond, 3)
    bf16_pictures.cache_clear()
    assert not torch.equal(fast, exact)  # it did draw in bfloat16
    assert (fast - exact).abs().max() * 255 < 8 and (fast - exact).abs().mean() * 255 < 1
