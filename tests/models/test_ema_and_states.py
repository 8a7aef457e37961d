"""The joint model's EMA generator and the language-model states the generator reads."""
import pytest
import torch

from dialogan.data.collate import collate
from dialogan.data.examples import TurnContext, build_draw_example
from dialogan.data.tokenizer import DialogueTokenizer
from dialogan.models import DialoGAN
from dialogan.train import get_preset
from dialogan.world import Scene


@pytest.fixture(scope="module")
def model():
    texts = ["large red circle 17 17 ; small blue star 50 50", "a photo of a cat on a mat", "draw a green square"]
    torch.manual_seed(0)
    cfg = get_preset("tiny").model
    cfg.n_layer = 2
    tok = DialogueTokenizer.train(texts * 20, 512)
    return DialoGAN(cfg, tok.pad_id).eval(), tok


def test_ema_weights_are_the_lerp_toward_the_generator_and_buffers_are_copied(model):
    model, _ = model
    before = [p.detach().clone() for p in model.generator_ema.parameters()]
    with torch.no_grad():
        for p in model.generator.parameters():
            p.add_(torch.randn_like(p))
        for b in model.generator.buffers():
            if b.is_floating_point():
                b.add_(torch.rand_like(b) + 0.5)
    now = [p.detach().clone() for p in model.generator.parameters()]
    model.update_ema(0.9)
    model.update_ema(0.75)
    for e, b, p in zip(model.generator_ema.parameters(), before, now):
        once = 0.9 * b + 0.1 * p
        assert torch.allclose(e, 0.75 * once + 0.25 * p, atol=1e-6)
    assert any(b.is_floating_point() for b in model.generator.buffers())
    for e, b in zip(model.generator_ema.buffers(), model.generator.buffers()):
        assert torch.equal(e, b)


def test_lm_states_are_the_last_layer_states_of_the_full_model_bit_for_bit(model):
    model, tok = model
    contexts = [TurnContext("empty", (), "", text, "", scene) for text, scene in (
        ("large red circle 17 17 ; small blue star 50 50", Scene.parse("large red circle 17 17 ; small blue star 50 50")),
        ("a photo of a cat", None))]
    batch = collate([build_draw_example(tok, c) for c in contexts], tok.pad_id)  # two lengths: padding and its mask
    assert bool((batch["attention_mask"] == 0).any())
    with torch.no_grad():
        full = model.lm(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"],
                        output_hidden_states=True).hidden_states[-1]
        assert torch.equal(model.lm_states(batch), full)
