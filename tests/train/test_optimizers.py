"""AdamW's parameter groups: weight decay on the matrices only."""
import torch

from dialogan.data.tokenizer import DialogueTokenizer
from dialogan.models import DialoGAN
from dialogan.train import get_preset
from dialogan.train.optimizers import build_optimizers, weight_decay_groups


def _model():
    torch.manual_seed(0)
    tok = DialogueTokenizer.train(["a red circle", "a blue star"] * 20, 512)
    return DialoGAN(get_preset("tiny").model, tok.pad_id)


def test_norms_biases_and_embeddings_do_not_decay_and_matrices_do():
    lm = _model().lm
    names = {id(p): n for n, p in lm.named_parameters()}  # tied output layer: listed once, as the embedding
    decay, no_decay = weight_decay_groups(lm, 0.01)
    decayed = sorted(names[id(p)] for p in decay["params"])
    kept = sorted(names[id(p)] for p in no_decay["params"])
    assert (decay["weight_decay"], no_decay["weight_decay"]) == (0.01, 0.0)
    assert decayed == ["transformer.h.0.attn.c_attn.weight", "transformer.h.0.attn.c_proj.weight",
                       "transformer.h.0.mlp.c_fc.weight", "transformer.h.0.mlp.c_proj.weight"]
    assert "transformer.wte.weight" in kept and "transformer.wpe.weight" in kept
    assert {"transformer.h.0.ln_1.weight", "transformer.h.0.ln_2.weight", "transformer.ln_f.weight"} <= set(kept)
    assert all(n.endswith("bias") or "ln_" in n or n.split(".")[1] in ("wte", "wpe") for n in kept)
    assert sorted(decayed + kept) == sorted(names.values())  # each parameter in exactly one group


def test_the_language_models_adamw_gets_both_groups_and_the_gan_plain_adam():
    model = _model()
    tc = get_preset("tiny").train
    opts = build_optimizers(model, tc)
    assert [g["weight_decay"] for g in opts["lm"].param_groups] == [tc.weight_decay, 0.0]
    assert sum(len(g["params"]) for g in opts["lm"].param_groups) == len(list(model.lm.parameters()))
    assert opts["g"].param_groups[0]["betas"] == (0.0, 0.9) and type(opts["d"]) is torch.optim.Adam
