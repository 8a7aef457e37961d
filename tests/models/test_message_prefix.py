"""``MessagePrefixLM``: a frozen encoder's states, projected, read before the prompt. A small random
BertModel stands in for e5 (the wiring, not the weights, is under test), with a GPT-2 of two layers."""
import copy

import pytest
import torch
from transformers import BertConfig, BertModel, GPT2Config, GPT2LMHeadModel

from dialogan.models.message_prefix import MessagePrefixLM

VOCAB, ENC_VOCAB = 53, 41


@pytest.fixture
def lm() -> GPT2LMHeadModel:
    torch.manual_seed(0)
    cfg = GPT2Config(vocab_size=VOCAB, n_positions=64, n_embd=32, n_layer=2, n_head=4, resid_pdrop=0.0,
                     embd_pdrop=0.0, attn_pdrop=0.0, bos_token_id=0, eos_token_id=0, pad_token_id=0)
    return GPT2LMHeadModel(cfg)


@pytest.fixture
def encoder() -> BertModel:
    torch.manual_seed(1)
    cfg = BertConfig(vocab_size=ENC_VOCAB, hidden_size=24, num_hidden_layers=2, num_attention_heads=2,
                     intermediate_size=48, max_position_embeddings=32, pad_token_id=1)
    return BertModel(cfg, add_pooling_layer=False)


def batch():
    ids = torch.tensor([[5, 6, 7, 8, 9, 10], [11, 12, 13, 0, 0, 0]])
    mask = (torch.arange(6)[None] < torch.tensor([[6], [3]])).long()
    labels = torch.where(mask.bool() & (torch.arange(6)[None] >= 2), ids, torch.tensor(-100))
    enc_ids = torch.tensor([[0, 20, 21, 22, 2], [0, 30, 2, 1, 1]])
    enc_mask = (enc_ids != 1).long()
    return ids, mask, labels, enc_ids, enc_mask


def test_with_a_prefix_the_logits_cover_the_prompt_only_and_the_loss_is_finite(lm, encoder):
    ids, mask, labels, enc_ids, enc_mask = batch()
    out = MessagePrefixLM(lm, encoder)(ids, mask, labels, enc_ids, enc_mask)
    assert out.logits.shape == (2, 6, VOCAB)
    assert torch.isfinite(out.loss)


def test_gradients_reach_the_projection_and_gpt2_but_not_the_frozen_encoder(lm, encoder):
    ids, mask, labels, enc_ids, enc_mask = batch()
    model = MessagePrefixLM(lm, encoder)
    model.train()
    assert not encoder.training  # frozen means no dropout either
    model(ids, mask, labels, enc_ids, enc_mask).loss.backward()
    assert all(p.grad is None for p in encoder.parameters())
    assert model.project.weight.grad.abs().sum() > 0
    assert lm.transformer.wte.weight.grad.abs().sum() > 0
    assert lm.transformer.h[0].attn.c_attn.weight.grad.abs().sum() > 0
    trainable = {n for n, p in model.named_parameters() if p.requires_grad}
    assert trainable == {n for n in trainable if n.startswith(("lm.", "project."))}
    assert not any(n.startswith("encoder.") for n in trainable)


def test_without_encoder_inputs_the_model_is_the_plain_gpt2_to_the_bit(lm):
    ids, mask, labels, _, _ = batch()
    reference = copy.deepcopy(lm)
    model = MessagePrefixLM(lm, None)
    assert [n for n, _ in model.named_parameters()] == [f"lm.{n}" for n, _ in reference.named_parameters()]
    out, ref = model(ids, mask, labels), reference(input_ids=ids, attention_mask=mask, labels=labels)
    assert torch.equal(out.logits, ref.logits)
    assert torch.equal(out.loss, ref.loss)


def test_a_padded_prefix_changes_nothing_for_its_row(lm, encoder):
    ids, mask, labels, enc_ids, enc_mask = batch()
    model = MessagePrefixLM(lm, encoder).eval()
    together = model(ids, mask, None, enc_ids, enc_mask).logits[1, :3]
    alone = model(ids[1:, :3], mask[1:, :3], None, enc_ids[1:, :3], enc_mask[1:, :3]).logits[0]
    assert torch.allclose(together, alone, atol=1e-5)


@pytest.mark.parametrize("with_prefix", [False, True])
def test_greedy_with_its_cache_writes_what_the_full_forward_chooses(lm, encoder, with_prefix):
    model = MessagePrefixLM(lm, encoder).eval()
    prompt, enc = [5, 6, 7, 8], torch.tensor([[0, 20, 21, 2]]) if with_prefix else None
    written = model.greedy(prompt, enc, stop_ids=set(), max_new=6)
    seq = list(prompt)
    for _ in range(6):
        ids = torch.tensor([seq])
        extra = {"enc_ids": enc, "enc_mask": torch.ones_like(enc)} if with_prefix else {}
        seq.append(int(model(ids, torch.ones_like(ids), **extra).logits[0, -1].argmax()))
    assert written == seq[len(prompt):]


def test_greedy_stops_at_and_includes_a_stop_token(lm):
    model = MessagePrefixLM(lm, None).eval()
    first = model.greedy([5, 6, 7], None, set(), 3)
    assert model.greedy([5, 6, 7], None, {first[1]}, 10) == first[:2]
