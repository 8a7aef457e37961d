"""Inference with the joint model: write a turn (scene text, reply), then draw the scene.

What makes a turn fast on a CPU, measured by ``dialogan bench speed`` (see BENCHMARKS.md):
the language model decodes through ``language.Decoder`` (the GPT-2 arithmetic on the model's
own parameters, one KV cache for the scene and the reply), the generator's conditioning
comes from the same lean forward, and the generator runs in channels-last memory order,
which the CPU convolution kernels prefer. Weights and architecture are unchanged.
"""
from __future__ import annotations

import torch

from ..data.examples import TurnContext, build_draw_example
from ..world import Scene
from .joint import Conditioning, DialoGAN
from .language import Decoder

MAX_SCENE_TOKENS = 160
MAX_REPLY_TOKENS = 96


def write_turn(model: DialoGAN, prompt: list[int]) -> tuple[str, str]:
    """Greedy decoding: the new scene text (or ``undo``/``redo``) and the reply."""
    tok = model.tokenizer
    room = model.cfg.n_ctx - len(prompt)
    decoder = Decoder(model.lm, prompt)
    scene_ids = decoder.generate({tok.reply_id, tok.end_id}, min(MAX_SCENE_TOKENS, room - 2))
    ended = bool(scene_ids) and scene_ids[-1] in (tok.reply_id, tok.end_id)
    scene_text = tok.decode_scene(scene_ids[:-1] if ended else scene_ids)
    reply = ""
    if scene_ids and scene_ids[-1] == tok.reply_id:
        room -= len(scene_ids)
        # The reply continues the same sequence: the cache already holds the prompt and the scene.
        reply_ids = decoder.generate({tok.end_id}, min(MAX_REPLY_TOKENS, max(1, room)))
        reply = tok.decode(reply_ids).strip()
    return scene_text, reply


@torch.inference_mode()
def condition_scene(model: DialoGAN, scene: Scene) -> Conditioning:
    """The generator's conditioning: the language model's states over the scene text."""
    ex = build_draw_example(model.tokenizer, TurnContext("empty", (), "", scene.text(), "", scene))
    hidden = Decoder(model.lm).states(ex.ids)[None]
    return model.condition(hidden, [ex])


def channels_last(module: torch.nn.Module) -> torch.nn.Module:
    """Put a generator's 4-d weights in channels-last order, once (the values are the same; a
    checkpoint stores them contiguous either way)."""
    if not getattr(module, "_dialogan_channels_last", False):
        module.to(memory_format=torch.channels_last)
        module._dialogan_channels_last = True
    return module


@torch.inference_mode()
def draw_batch(model: DialoGAN, cond: Conditioning, z: torch.Tensor) -> torch.Tensor:
    """Pictures (B, 3, S, S) in [-1, 1] from the EMA generator, in channels-last order."""
    g = channels_last(model.generator_ema).eval()
    layout = g.layout(cond.obj_states, cond.obj_xyr, cond.obj_mask, cond.scene_state,
                      cond.tokens, cond.token_mask, cond.is_caption)
    return g(layout.contiguous(memory_format=torch.channels_last), z)


@torch.inference_mode()
def draw_scene(model: DialoGAN, cond: Conditioning, seed: int) -> torch.Tensor:
    """One picture (3, S, S) in [0, 1]; the same conditioning and seed give the same picture."""
    g = torch.Generator().manual_seed(int(seed) % (2**63))
    z = torch.randn(1, model.cfg.z_dim, generator=g).to(cond.scene_state.device)
    return (draw_batch(model, cond, z)[0].clamp(-1, 1) + 1) / 2
