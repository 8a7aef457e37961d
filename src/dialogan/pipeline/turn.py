"""Inference with the joint model: write a turn (edit, result, reply), then draw the scene.

What makes a turn fast on a CPU, measured by ``dialogan bench speed`` (see BENCHMARKS.md):
the language model decodes through ``language.Decoder`` (the GPT-2 arithmetic on the model's
own parameters, one KV cache for the scene and the reply, guessed tokens checked in batches), the generator's conditioning
comes from the same lean forward, and the generator runs in channels-last memory order,
which the CPU convolution kernels prefer, with its SPADE normalisation folded into one
multiply-add per layer and its layout map painted by gathering. Weights, architecture and
pictures are unchanged (to float rounding; tested against the generator's own forward).
"""
from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F

from ..data.examples import TurnContext, build_draw_example
from ..world import Scene, SceneError, apply_edit
from .generator import REACH, Generator
from .joint import Conditioning, DialoGAN
from .language import LOOKAHEAD, Decoder

MAX_SCENE_TOKENS = 160
MAX_REPLY_TOKENS = 96


@dataclass(frozen=True)
class Written:
    """What the dialogue model wrote for one turn.

    ``text`` is the edit (or ``undo``/``redo``, or for a caption model the caption); ``scene`` the
    scene it leads to (None for commands, captions and edits that cannot be carried out, in which
    case ``error`` says why); ``result`` what the world reported back; ``reply`` the reply.
    """

    text: str
    scene: Scene | None
    reply: str
    result: str = ""
    error: str = ""
    focus: int | None = None  # the object the edit added, touched or asked about ("it" next turn)
    asked: str | None = None  # the operation a "which one?" left undone ("pick" next turn completes it)


def write_turn(model: DialoGAN, prompt: list[int], scene: Scene | None = None,
               lookahead: int = LOOKAHEAD, focus: int | None = None, asked: str | None = None) -> Written:
    """Greedy decoding of one turn: the edit, carried out on ``scene`` (the picture the prompt
    shows; ``focus`` is the object "it" names, ``asked`` the operation "pick" completes), the
    world's result fed back into the same cache,
    then the reply. ``lookahead`` guessed tokens are checked per step (0: one token per step; the
    same text)."""
    tok = model.tokenizer
    room = model.cfg.n_ctx - len(prompt)
    decoder = Decoder(model.lm, prompt)
    ids = decoder.generate({tok.result_id, tok.reply_id, tok.end_id}, min(MAX_SCENE_TOKENS, room - 2), lookahead)
    stop = ids[-1] if ids and ids[-1] in (tok.result_id, tok.reply_id, tok.end_id) else None
    text = tok.decode_scene(ids[:-1] if stop is not None else ids)
    room -= len(ids)
    new_scene, result = None, ""
    if stop == tok.result_id:
        try:
            done = apply_edit(scene if scene is not None else Scene(()), text, focus, asked)
        except SceneError as e:
            return Written(text, None, "", error=str(e))
        new_scene, result, focus, asked = done.scene, done.result, done.focus, done.asked
        given = tok.encode_result(result)
        if len(given) >= room:
            return Written(text, new_scene, "", result, focus=focus, asked=asked)
        decoder.pending += given
        room -= len(given)
    elif stop == tok.reply_id and text not in ("undo", "redo"):
        try:  # a model that writes whole scenes rather than edits
            new_scene = Scene.parse(text)
        except SceneError:
            new_scene = None  # a caption
    else:
        return Written(text, None, "", error="" if stop == tok.reply_id else "the model wrote no reply")
    # The reply continues the same sequence: the cache already holds the prompt, the edit and its result.
    reply_ids = decoder.generate({tok.end_id}, min(MAX_REPLY_TOKENS, max(1, room)), lookahead)
    return Written(text, new_scene, tok.decode(reply_ids).strip(), result, focus=focus,
                   asked=asked if stop == tok.result_id else None)


@torch.inference_mode()
def condition_scene(model: DialoGAN, scene: Scene) -> Conditioning:
    """The generator's conditioning: the language model's states over the scene text."""
    ex = build_draw_example(model.tokenizer, TurnContext("empty", (), "", scene.text(), "", scene))
    hidden = Decoder(model.lm).states(ex.ids)[None]
    return model.condition(hidden, [ex])


def channels_last(module: torch.nn.Module) -> torch.nn.Module:
    """Put a module's 4-d weights in channels-last order, once (the values are the same; a
    checkpoint stores them contiguous either way)."""
    if not getattr(module, "_dialogan_channels_last", False):
        module.to(memory_format=torch.channels_last)
        module._dialogan_channels_last = True
    return module


class FoldedGenerator:
    """The generator's forward with every SPADE normalisation folded into one multiply-add.

    In eval mode a SPADE layer computes ``BN(x) * (1 + gamma(h)) + beta(h)`` with BN a fixed
    per-channel affine ``a x + b`` and gamma, beta convolutions of the same features ``h``; so it
    equals ``x * G(h) + B(h)`` where G and B are one convolution with derived weights (both
    layers of a block share ``h``, so one convolution serves both). The layout reaches each
    resolution by strided slicing, which is exactly nearest-neighbour downsampling by an
    integer factor. Same function, same stored weights; the derived copy is rebuilt whenever
    the generator's parameters change (the EMA during training).
    """

    def __init__(self, g: Generator):
        self.g, self.version = g, self._version(g)
        cl = torch.channels_last
        self.blocks = []
        for block in g.blocks:
            w, bias = [], []
            for spade in (block.norm1, block.norm2):
                a = (spade.norm.running_var + spade.norm.eps).rsqrt()
                b = -spade.norm.running_mean * a
                wg, wb = spade.gamma_beta.weight.chunk(2, 0)
                bg, bb = spade.gamma_beta.bias.chunk(2, 0)
                w += [a[:, None, None, None] * wg, wb + b[:, None, None, None] * wg]
                bias += [a * (1 + bg), bb + b * (1 + bg)]
            split = [block.norm1.norm.num_features] * 2 + [block.norm2.norm.num_features] * 2
            self.blocks.append((block, torch.cat(w).contiguous(memory_format=cl), torch.cat(bias), split))

    @staticmethod
    def _version(g: Generator) -> tuple:
        return tuple(t._version for t in (*g.parameters(), *g.buffers())) + (id(g),)

    def current(self, g: Generator) -> bool:
        return self.g is g and self.version == self._version(g)

    def __call__(self, layout: torch.Tensor, z: torch.Tensor) -> torch.Tensor:
        g, size = self.g, layout.shape[-1]
        at = lambda res: layout[:, :, :: size // res, :: size // res]
        zmap = g.z_to_map(z).view(len(z), 16, g.start, g.start)
        x = g.stem(torch.cat([at(g.start), zmap], 1).contiguous(memory_format=torch.channels_last))
        for i, (block, w, bias, split) in enumerate(self.blocks):
            if i:
                x = F.interpolate(x, scale_factor=2, mode="nearest")
            h = F.relu_(block.embed[0](at(x.shape[-1])))  # in place: no second buffer per activation
            g1, b1, g2, b2 = F.conv2d(h, w, bias, padding=1).split(split, 1)
            y = block.conv1(F.leaky_relu_(torch.addcmul(b1, x, g1), 0.2))
            y = block.conv2(F.leaky_relu_(torch.addcmul(b2, y, g2), 0.2))
            x = y.add_(block.skip(x))
        return g.to_rgb(x)


def paint_layout_channels_last(g: Generator, cond: Conditioning) -> torch.Tensor:
    """``g.layout(...)`` for scenes with positions, built by gathering each pixel's object state
    (rather than a one-hot product over all objects), straight into channels-last memory.

    The values are those of ``generator.paint_layout``: a pixel takes its nearest object's state
    and offsets when within REACH radii of it, else the scene state and zero offsets.
    """
    size = g.cfg.image_size
    objs, scene = g.project(cond.obj_states), g.project(cond.scene_state)
    B, K, C = objs.shape
    coords = (torch.arange(size, device=objs.device, dtype=objs.dtype) + 0.5) / size
    x, y, r = (cond.obj_xyr[..., i].view(B, K, 1, 1) for i in range(3))
    dx, dy = (coords.view(1, 1, 1, size) - x) / r, (coords.view(1, 1, size, 1) - y) / r
    dist = torch.sqrt(dx * dx + dy * dy).masked_fill(~cond.obj_mask.view(B, K, 1, 1), float("inf"))
    nearest = dist.argmin(1, keepdim=True)
    owned = (dist.gather(1, nearest) < REACH).view(B, size * size, 1)
    pick = lambda t: t.gather(1, nearest).view(B, size * size, 1)
    index = nearest.view(B, size * size, 1).expand(B, size * size, C)
    states = torch.where(owned, objs.gather(1, index), scene[:, None, :])
    zero = states.new_zeros(())
    offsets = [torch.where(owned, pick(d.clamp(-REACH, REACH).expand(B, K, size, size)), zero) for d in (dx, dy)]
    layout = torch.cat([states, *offsets, owned.to(states.dtype)], 2).view(B, size, size, C + 3)
    return layout.permute(0, 3, 1, 2)  # a channels-last view, no copy


def _folded(g: Generator) -> FoldedGenerator:
    cached = getattr(g, "_dialogan_folded", None)
    if cached is None or not cached.current(g):
        cached = FoldedGenerator(g)
        g._dialogan_folded = cached
    return cached


@torch.inference_mode()
def draw_batch(model: DialoGAN, cond: Conditioning, z: torch.Tensor) -> torch.Tensor:
    """Pictures (B, 3, S, S) in [-1, 1] from the EMA generator: channels-last, normalisation folded."""
    g = channels_last(model.generator_ema).eval()
    if cond.obj_states.shape[1] and not bool(cond.is_caption.any()):
        layout = paint_layout_channels_last(g, cond)
    else:  # captions (cross-attention) and the no-object case take the generator's own path
        layout = g.layout(cond.obj_states, cond.obj_xyr, cond.obj_mask, cond.scene_state,
                          cond.tokens, cond.token_mask, cond.is_caption).contiguous(memory_format=torch.channels_last)
    return _folded(g)(layout, z)


@torch.inference_mode()
def draw_scene(model: DialoGAN, cond: Conditioning, seed: int) -> torch.Tensor:
    """One picture (3, S, S) in [0, 1]; the same conditioning and seed give the same picture."""
    g = torch.Generator().manual_seed(int(seed) % (2**63))
    z = torch.randn(1, model.cfg.z_dim, generator=g).to(cond.scene_state.device)
    return (draw_batch(model, cond, z)[0].clamp(-1, 1) + 1) / 2
