"""Collation: examples become the padded sequences and the scene layout the model takes."""
import pytest
import torch

from dialogan.data.collate import collate, collate_layout
from dialogan.data.examples import IGNORE, TurnContext, build_draw_example
from dialogan.data.tokenizer import DialogueTokenizer
from dialogan.models import DialoGAN, ModelConfig
from dialogan.world import Scene

TWO = Scene.parse("large red circle 17 17 ; small blue star 83 50")
ONE = Scene.parse("small green hexagon 50 50")


@pytest.fixture(scope="module")
def tok():
    texts = [TWO.text(), ONE.text(), "a dog on a sofa", "draw a red circle", "Done."] * 20
    return DialogueTokenizer.train(texts, vocab_size=300)


def _draw(tok, target_text, scene):
    return build_draw_example(tok, TurnContext("empty", (), "", target_text, "", scene))


def test_sequences_are_padded_masked_and_unlabelled_past_their_end(tok):
    short, long = _draw(tok, ONE.text(), ONE), _draw(tok, TWO.text(), TWO)
    batch = collate([short, long], pad_id=tok.pad_id)
    n = len(long.ids)
    assert batch["input_ids"].shape == (2, n) and batch["input_ids"][1].tolist() == long.ids
    assert batch["input_ids"][0, len(short.ids):].eq(tok.pad_id).all()
    assert batch["attention_mask"].sum(1).tolist() == [len(short.ids), n]
    assert batch["labels"][0, len(short.ids):].eq(IGNORE).all()


def test_the_layout_holds_each_objects_span_centre_and_radius_and_flags_captions(tok):
    exs = [_draw(tok, TWO.text(), TWO), _draw(tok, ONE.text(), ONE), _draw(tok, "a dog on a sofa", None)]
    lay = collate_layout(exs)
    assert lay["object_spans"].shape == (3, 2, 2)
    assert lay["object_spans"][0].tolist() == [list(s) for s in exs[0].object_spans]
    assert lay["object_xyr"][0, 1].tolist() == [TWO[1].x, TWO[1].y, TWO[1].radius]
    assert lay["object_mask"].tolist() == [[True, True], [True, False], [False, False]]
    assert lay["object_xyr"][1, 1].tolist() == [0.0, 0.0, 1.0]  # padding: a unit radius, never a division by 0
    assert lay["scene_spans"].tolist() == [list(e.scene_span) for e in exs]
    assert lay["is_caption"].tolist() == [False, False, True]


def test_the_model_pools_its_states_over_each_objects_span(tok):
    cfg = ModelConfig(vocab_size=300, n_layer=1, n_embd=8, n_head=2, n_ctx=64, image_size=32, z_dim=4,
                      cond_dim=8, g_channels=16, d_channels=8)
    model = DialoGAN(cfg, tok.pad_id, with_discriminator=False)
    exs = [_draw(tok, TWO.text(), TWO), _draw(tok, ONE.text(), ONE)]
    hidden = torch.randn(2, len(exs[0].ids), 8, generator=torch.Generator().manual_seed(0))
    cond = model.condition(hidden, **collate_layout(exs))
    (a, b), (s0, s1) = exs[0].object_spans[1], exs[1].scene_span
    assert torch.equal(cond.obj_states[0, 1], hidden[0, a:b].mean(0))
    assert torch.equal(cond.scene_state[1], hidden[1, s0:s1].mean(0))
    assert cond.obj_states[1, 1].eq(0).all() and cond.obj_xyr.dtype == torch.float32
    assert cond.token_mask.sum(1).tolist() == [s1 - s0 for s0, s1 in (e.scene_span for e in exs)]
