"""The lean ``Decoder`` computes what the library's ``GPT2LMHeadModel`` computes, on a model of
several layers and heads whose every weight matters, so that a layer mixed up, skipped or reading
another layer's cache changes the numbers."""
import copy

import pytest
import torch
from transformers import GPT2Config, GPT2LMHeadModel

from dialogan.models.language import Decoder, library_greedy_decode

VOCAB, CTX = 61, 96
ATOL = 1e-4
# Prompts with repeated runs, so that prompt lookup has guesses to check from the first step on.
PROMPTS = [
    [3, 14, 15, 9, 26, 5, 3, 14, 15],
    [40, 2, 7, 1, 8, 2, 8, 1, 8, 2, 8],
    [11, 12, 13, 50, 11, 12, 13, 50, 11, 12],
    [60, 59, 58, 57, 56, 55, 54, 53, 52, 51, 50, 49, 48, 47],
    [17, 33, 17, 33, 4],
    [6],
]


@pytest.fixture(scope="module")
def lm() -> GPT2LMHeadModel:
    torch.manual_seed(0)
    cfg = GPT2Config(vocab_size=VOCAB, n_positions=CTX, n_embd=48, n_layer=3, n_head=4, resid_pdrop=0.0,
                     embd_pdrop=0.0, attn_pdrop=0.0, bos_token_id=0, eos_token_id=0, pad_token_id=0)
    model = GPT2LMHeadModel(cfg).eval()
    # The library's initialisation leaves biases at zero and norms at one, and its small weights make
    # every layer close to the identity: draw everything instead, so each layer's own parameters count.
    # Strong position embeddings keep greedy text from settling into one repeated token.
    g = torch.Generator().manual_seed(1)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name.endswith(("ln_1.weight", "ln_2.weight", "ln_f.weight")):
                p.copy_(1.0 + 0.2 * torch.randn(p.shape, generator=g))
            else:
                scale = {"transformer.wpe.weight": 2.0, "transformer.wte.weight": 0.5}.get(name, 0.2)
                p.copy_(scale * torch.randn(p.shape, generator=g))
    return model


def _library_logits(lm: GPT2LMHeadModel, ids: list[int]) -> torch.Tensor:
    with torch.inference_mode():
        return lm(input_ids=torch.tensor([ids])).logits[0]


def _logits(lm: GPT2LMHeadModel, states: torch.Tensor) -> torch.Tensor:
    with torch.inference_mode():
        return states @ lm.lm_head.weight.t()


def test_swapping_two_layers_changes_the_librarys_logits(lm):
    # The yardstick for the tests below: on this model a layer-order mistake is far outside ATOL.
    swapped = copy.deepcopy(lm)
    swapped.transformer.h[0], swapped.transformer.h[1] = lm.transformer.h[1], lm.transformer.h[0]
    ids = PROMPTS[0]
    assert (_library_logits(swapped, ids) - _library_logits(lm, ids)).abs().max() > 1000 * ATOL


def test_logits_at_every_position_of_a_prompt(lm):
    for ids in PROMPTS:
        ours = _logits(lm, Decoder(lm).states(ids))
        torch.testing.assert_close(ours, _library_logits(lm, ids), atol=ATOL, rtol=0)


def test_tokens_fed_onto_an_existing_cache_see_the_prefix_and_each_other(lm):
    # As a lookahead step does: several tokens at once after cached ones, then one, then several.
    ids = PROMPTS[3] + PROMPTS[0] + PROMPTS[1]
    full = _library_logits(lm, ids)
    dec, at = Decoder(lm), 0
    for n in (7, 5, 1, 1, 8, 3, 9):
        ours = _logits(lm, dec.states(ids[at:at + n]))
        torch.testing.assert_close(ours, full[at:at + n], atol=ATOL, rtol=0)
        at += n
    assert at == len(ids)


def test_greedy_tokens_are_the_librarys_greedy_generation(lm):
    outputs = []
    for prompt in PROMPTS:
        with torch.inference_mode():
            library = lm.generate(torch.tensor([prompt]), max_new_tokens=40, do_sample=False,
                                  eos_token_id=None, pad_token_id=0)[0, len(prompt):].tolist()
        assert len(library) == 40
        assert Decoder(lm, prompt).generate(set(), 40) == library
        assert Decoder(lm, prompt).generate(set(), 40, lookahead=0) == library
        outputs.append(library)
    # Not a degenerate model: the prompts lead to different continuations of many tokens.
    assert len({tuple(o) for o in outputs}) == len(PROMPTS)
    assert len({t for o in outputs for t in o}) > 10


def test_greedy_stops_at_a_stop_token_and_continues_on_the_same_cache(lm):
    for prompt in PROMPTS:
        first_free = library_greedy_decode(lm, prompt, set(), 12)
        stop = first_free[5]  # a token the model writes, so the stop is reached mid-run
        dec = Decoder(lm, prompt)
        edit = dec.generate({stop}, 30)
        assert edit == library_greedy_decode(lm, prompt, {stop}, 30) and edit[-1] == stop
        given = [1, 2, 3, 1, 2]  # tokens handed in after the stop, as a turn's result is
        dec.pending += given
        reply = dec.generate(set(), 25)
        assert reply == library_greedy_decode(lm, prompt + edit + given, set(), 25)
