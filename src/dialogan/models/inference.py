"""Inference with the joint model: write a turn (scene text, reply), then draw the scene."""
from __future__ import annotations

import torch

from ..data.examples import TurnContext, build_draw_example
from ..world import Scene
from .joint import Conditioning, DialoGAN
from .language import greedy_decode

MAX_SCENE_TOKENS = 160
MAX_REPLY_TOKENS = 96


def write_turn(model: DialoGAN, prompt: list[int]) -> tuple[str, str]:
    """Greedy decoding: the new scene text (or ``undo``/``redo``) and the reply."""
    tok = model.tokenizer
    room = model.cfg.n_ctx - len(prompt)
    scene_ids = greedy_decode(model.lm, prompt, {tok.reply_id, tok.end_id}, min(MAX_SCENE_TOKENS, room - 2))
    ended = bool(scene_ids) and scene_ids[-1] in (tok.reply_id, tok.end_id)
    scene_text = tok.decode_scene(scene_ids[:-1] if ended else scene_ids)
    reply = ""
    if scene_ids and scene_ids[-1] == tok.reply_id:
        room -= len(scene_ids)
        reply_ids = greedy_decode(model.lm, prompt + scene_ids, {tok.end_id}, min(MAX_REPLY_TOKENS, max(1, room)))
        reply = tok.decode(reply_ids).strip()
    return scene_text, reply


@torch.inference_mode()
def condition_scene(model: DialoGAN, scene: Scene) -> Conditioning:
    """The generator's conditioning: the language model's states over the scene text."""
    ex = build_draw_example(model.tokenizer, TurnContext("empty", (), "", scene.text(), "", scene))
    dev = next(model.lm.parameters()).device
    hidden = model.lm(input_ids=torch.tensor([ex.ids], device=dev), output_hidden_states=True).hidden_states[-1]
    return model.condition(hidden, [ex])


@torch.inference_mode()
def draw_scene(model: DialoGAN, cond: Conditioning, seed: int) -> torch.Tensor:
    """One picture (3, S, S) in [0, 1]; the same conditioning and seed give the same picture."""
    g = torch.Generator().manual_seed(int(seed) % (2**63))
    z = torch.randn(1, model.cfg.z_dim, generator=g).to(cond.scene_state.device)
    model.generator_ema.eval()
    return (model.draw(cond, z, ema=True)[0].clamp(-1, 1) + 1) / 2
