"""How fast a turn is on this machine, and how close the generator comes to the machine's limit.

1. The machine's dense fp32 matmul rate (GFLOP/s), measured here, with the same threads.
2. Per-turn latency at batch 1, split into the language model (scene and reply decoding) and
   the generator (conditioning, drawing, the PIL picture), p50 and p95 over held-out turns.
3. Generator images/s at batch 1, 16 and 64, its FLOPs per image (convolutions and matmuls,
   counted by ``torch.utils.flop_counter``), achieved GFLOP/s and the ratio to the matmul rate.
4. The optimisation ladder: the same measurements for the code paths before each step.
5. Training samples/s: two short runs of the real training loop, 3 and 13 steps; the difference
   of their loop times cancels the fixed costs (first step, final quick eval, save).
"""
from __future__ import annotations

import copy
import json
import tempfile
import time
from pathlib import Path

import numpy as np
import torch
from torch.utils.flop_counter import FlopCounterMode

from dialogan.data.collate import collate, collate_layout
from dialogan.data.examples import TurnContext, build_draw_example
from dialogan.data.tokenizer import DialogueTokenizer
from dialogan.models import Conditioning, DialoGAN, FoldedGenerator
from dialogan.pipeline import (MAX_EDIT_TOKENS, MAX_REPLY_TOKENS, Written, condition_scene, draw_batch, draw_scene,
                               write_turn)
from dialogan.models.language import library_greedy_decode
from dialogan.pipeline.checkpoint import load_checkpoint
from dialogan.pipeline.turn import bf16_pictures
from dialogan.world import Scene, SceneError, apply_edit, generate_dialogues


def _timed(fn, min_seconds: float = 0.5, min_runs: int = 3) -> float:
    """Median seconds per call, after one warm-up call."""
    fn()
    times, start = [], time.perf_counter()
    while len(times) < min_runs or time.perf_counter() - start < min_seconds:
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return float(np.median(times))


# 1. The machine.
def matmul_gflops(n: int = 1024) -> float:
    """Dense fp32 matmul rate of this machine with the current threads (best of sizes 512..2048)."""
    best = 0.0
    for size in (512, n, 2 * n):
        a, b = torch.randn(size, size), torch.randn(size, size)
        best = max(best, 2 * size ** 3 / _timed(lambda: torch.mm(a, b), 0.5) / 1e9)
    return best


# 2. Turns.
def held_out_turns(tok: DialogueTokenizer, n_turns: int, seed: int,
                   history_turns: int = 2) -> list[tuple[list[int], Scene, Scene]]:
    """(prompt, previous scene, target scene) for held-out turns, prompts built as the chat builds them."""
    out = []
    for d in generate_dialogues(max(4, n_turns // 3), seed, "test"):
        prev, history = "empty", []
        for t in d.turns:
            out.append((tok.encode_prompt(prev, history[-history_turns:], t.text), Scene.parse(prev), t.scene))
            prev = t.scene.text()
            history.append((t.text, t.reply))
    return out[:n_turns]


def library_write_turn(model: DialoGAN, tok: DialogueTokenizer, prompt: list[int], scene: Scene,
                       use_cache: bool = True) -> Written:
    """The turn as first written: the library's forward, the reply decoded after a second prefill
    (the same token limits and steps as ``pipeline.write_turn``)."""
    room = model.cfg.n_ctx - len(prompt)
    ids = library_greedy_decode(model.lm, prompt, {tok.result_id, tok.reply_id, tok.end_id},
                                min(MAX_EDIT_TOKENS, room - 2), use_cache)
    text = tok.decode_edit(ids[:-1] if ids and ids[-1] in (tok.result_id, tok.reply_id, tok.end_id) else ids)
    if not ids or ids[-1] != tok.result_id:
        return Written(text, None, "", error="no edit")
    try:
        done = apply_edit(scene, text)
    except SceneError as e:
        return Written(text, None, "", error=str(e))
    given = tok.encode_result(done.result)
    room -= len(ids) + len(given)
    reply = tok.decode(library_greedy_decode(model.lm, prompt + ids + given, {tok.end_id},
                                             min(MAX_REPLY_TOKENS, max(1, room)), use_cache))
    return Written(text, done.scene, reply.strip(), done.result)


@torch.inference_mode()
def library_condition(model: DialoGAN, tok: DialogueTokenizer, scene: Scene) -> Conditioning:
    ex = build_draw_example(tok, TurnContext("empty", (), "", scene.text(), "", scene))
    hidden = model.lm(input_ids=torch.tensor([ex.ids]), output_hidden_states=True).hidden_states[-1]
    return model.condition(hidden, **collate_layout([ex]))


def _picture(pixels: torch.Tensor):
    from PIL import Image
    return Image.fromarray(pixels.permute(1, 2, 0).mul(255).round().byte().numpy(), "RGB")


def turn_latency(model: DialoGAN, tok: DialogueTokenizer, turns, write=write_turn, condition=condition_scene,
                 draw=draw_scene) -> dict:
    """p50/p95 milliseconds per turn of the language model, the generator, and both."""
    lm, gen = [], []
    for i, (prompt, prev, target) in enumerate(turns):
        t0 = time.perf_counter()
        written = write(model, tok, prompt, prev)
        t1 = time.perf_counter()
        scene = written.scene or target  # what the chat would show: a picture still gets drawn
        _picture(draw(model, condition(model, tok, scene), i))
        gen.append(time.perf_counter() - t1)
        lm.append(t1 - t0)
    pct = lambda xs, q: round(float(np.percentile(np.asarray(xs) * 1000, q)), 2)
    total = [a + b for a, b in zip(lm, gen)]
    return {"lm_p50_ms": pct(lm, 50), "lm_p95_ms": pct(lm, 95), "generator_p50_ms": pct(gen, 50),
            "generator_p95_ms": pct(gen, 95), "turn_p50_ms": pct(total, 50), "turn_p95_ms": pct(total, 95),
            "turns": len(turns)}


# 3. The generator alone.
def batch_condition(model: DialoGAN, tok: DialogueTokenizer, scenes: list[Scene]) -> Conditioning:
    exs = [build_draw_example(tok, TurnContext("empty", (), "", s.text(), "", s)) for s in scenes]
    with torch.inference_mode():
        return model.condition(model.lm_states(collate(exs, tok.pad_id)), **collate_layout(exs))


def generator_flops(model: DialoGAN, tok: DialogueTokenizer, scenes: list[Scene], batch: int = 64) -> float:
    """FLOPs per image of the generator (layout painting and network; convolutions and matmuls)."""
    cond = batch_condition(model, tok, [scenes[i % len(scenes)] for i in range(batch)])
    counter = FlopCounterMode(display=False)
    with counter:
        plain_draw(model, cond, torch.randn(batch, model.cfg.z_dim))
    return counter.get_total_flops() / batch


def generator_rates(model: DialoGAN, tok: DialogueTokenizer, scenes: list[Scene], draw, flops_per_image: float,
                    batches=(1, 16, 64)) -> dict:
    """Images/s of ``draw(model, cond, z)`` at each batch size; achieved GFLOP/s at the largest."""
    out = {}
    for b in batches:
        picked = [scenes[i % len(scenes)] for i in range(b)]
        cond = batch_condition(model, tok, picked)
        z = torch.randn(b, model.cfg.z_dim, generator=torch.Generator().manual_seed(b))
        out[f"images_per_s_b{b}"] = round(b / _timed(lambda: draw(model, cond, z)), 1)
    out["gflop_per_image"] = round(flops_per_image / 1e9, 4)
    out["gflops_achieved"] = round(flops_per_image * out[f"images_per_s_b{batches[-1]}"] / 1e9, 2)
    return out


def _unfolded(g, cond: Conditioning, z: torch.Tensor, memory_format) -> torch.Tensor:
    layout = g.layout(cond.obj_states, cond.obj_xyr, cond.obj_mask, cond.scene_state,
                      cond.tokens, cond.token_mask, cond.is_caption)
    return g(layout.contiguous(memory_format=memory_format), z)


@torch.inference_mode()
def plain_draw(model: DialoGAN, cond: Conditioning, z: torch.Tensor) -> torch.Tensor:
    """The generator as first written: its own forward in contiguous (NCHW) memory, on a copy of its weights."""
    return _unfolded(model._plain_generator, cond, z, torch.contiguous_format)


@torch.inference_mode()
def channels_last_draw(model: DialoGAN, cond: Conditioning, z: torch.Tensor) -> torch.Tensor:
    """The generator's own forward in channels-last memory (no folding)."""
    return _unfolded(model._channels_last_generator, cond, z, torch.channels_last)


@torch.inference_mode()
def folded_draw(model: DialoGAN, cond: Conditioning, z: torch.Tensor) -> torch.Tensor:
    """Channels-last with the SPADE normalisation folded, the layout still from ``Generator.layout``."""
    g = model._channels_last_generator
    layout = g.layout(cond.obj_states, cond.obj_xyr, cond.obj_mask, cond.scene_state,
                      cond.tokens, cond.token_mask, cond.is_caption)
    return model._folded_generator(layout.contiguous(memory_format=torch.channels_last), z)


def scene_drawer(draw):
    """``draw`` as the chat uses it: one picture in [0, 1] for (conditioning, seed)."""
    def picture(model: DialoGAN, cond: Conditioning, seed: int) -> torch.Tensor:
        z = torch.randn(1, model.cfg.z_dim, generator=torch.Generator().manual_seed(int(seed)))
        return (draw(model, cond, z)[0].clamp(-1, 1) + 1) / 2
    return picture


def fp32_draw(model: DialoGAN, cond: Conditioning, z: torch.Tensor) -> torch.Tensor:
    return draw_batch(model, cond, z, bf16=False)


def bf16_draw(model: DialoGAN, cond: Conditioning, z: torch.Tensor) -> torch.Tensor:
    return draw_batch(model, cond, z, bf16=True)


# 5. Training.
def training_rate(preset: str = "default", short: int = 3, long: int = 13, threads: int | None = None) -> dict:
    from dialogan.train import train

    walls = {}
    with tempfile.TemporaryDirectory() as tmp:
        for steps in (short, long):
            out = Path(tmp) / f"steps{steps}"
            train(preset, out, overrides={"steps": steps, "sample_every": 10**9, "save_every": 10**9},
                  threads=threads)
            config = json.loads((out / "config.json").read_text(encoding="utf-8"))
            walls[steps] = float(config["wall_time_s"])
            t = config["train"]
    per_step = max(walls[long] - walls[short], 1e-9) / (long - short)
    return {"seconds_per_step": round(per_step, 3), "sequences_per_s": round(t["batch_size"] / per_step, 2),
            # The GAN trains at every gan_every-th step only.
            "images_per_s": round(t["image_batch"] / t.get("gan_every", 1) / per_step, 2),
            "batch_size": t["batch_size"], "image_batch": t["image_batch"], "gan_every": t.get("gan_every", 1),
            "preset": preset}


def run_speed(checkpoint: str | None = None, n_turns: int = 60, seed: int = 0, train_preset: str | None = "default",
              compile_generator: bool = False, threads: int | None = None, log=print) -> dict:
    """Every measurement above in one run; returns a JSON-ready dict."""
    from dialogan.chat.session import SHIPPED_MODEL

    if threads:
        torch.set_num_threads(threads)
    path = Path(checkpoint) if checkpoint else SHIPPED_MODEL
    model, tok, _ = load_checkpoint(path)
    model.eval()
    model._plain_generator = copy.deepcopy(model.generator_ema).eval()
    model._channels_last_generator = copy.deepcopy(model.generator_ema).eval().to(memory_format=torch.channels_last)
    model._folded_generator = FoldedGenerator(model._channels_last_generator)
    report = {"checkpoint": str(path), "threads": torch.get_num_threads()}
    # 1. Machine.
    report["matmul_gflops"] = round(matmul_gflops(), 1)
    log(f"matmul: {report['matmul_gflops']} GFLOP/s")
    # 2.-4. Turns and generator, step by step from the code as first written to the current code.
    turns = held_out_turns(tok, n_turns, seed)
    scenes = [s for _, _, s in turns if len(s)] or [Scene.parse("large red circle 50 50")]
    few = turns[: max(5, n_turns // 6)]  # the slowest paths on fewer turns
    plain, cl, folded = scene_drawer(plain_draw), scene_drawer(channels_last_draw), scene_drawer(folded_draw)
    ladder = [
        ("library forward, no KV cache; plain generator",
         lambda: turn_latency(model, tok, few, lambda m, t, p, s: library_write_turn(m, t, p, s, False),
                              library_condition, plain),
         plain_draw),
        ("library forward + KV cache (as first written)",
         lambda: turn_latency(model, tok, turns, library_write_turn, library_condition, plain), plain_draw),
        ("+ lean decoder, one cache for scene and reply",
         lambda: turn_latency(model, tok, turns, lambda m, t, p, s: write_turn(m, t, p, s, lookahead=0),
                              condition_scene, plain),
         plain_draw),
        ("+ prompt-lookup guesses checked 8 at a time",
         lambda: turn_latency(model, tok, turns, write_turn, condition_scene, plain), plain_draw),
        ("+ channels-last generator", lambda: turn_latency(model, tok, turns, draw=cl), channels_last_draw),
        ("+ SPADE normalisation folded", lambda: turn_latency(model, tok, turns, draw=folded), folded_draw),
        ("+ layout painted by gathering", lambda: turn_latency(model, tok, turns, draw=scene_drawer(fp32_draw)),
         fp32_draw),
        ("+ bf16 autocast in the generator (current)" if bf16_pictures() else
         "+ bf16 autocast in the generator (not used: this CPU has no native bfloat16)",
         (lambda: turn_latency(model, tok, turns)) if bf16_pictures() else None, bf16_draw),
    ]
    steps, rates = [], {}
    flops = generator_flops(model, tok, scenes)  # the same arithmetic on every path
    for name, latency, draw in ladder:
        if draw not in rates:  # the same drawing path is measured once
            rates[draw] = generator_rates(model, tok, scenes, draw, flops)
        row = {"step": name, **(latency() if latency else {}), **rates[draw]}
        row["ratio_to_matmul"] = round(row["gflops_achieved"] / report["matmul_gflops"], 3)
        log(json.dumps(row))
        steps.append(row)
    report["ladder"] = steps
    report["bf16_max_pixel_error"] = _bf16_error(model, tok, scenes)
    if compile_generator:
        try:
            report["compile"] = _compiled(model, tok, scenes)
        except Exception as e:  # inductor needs a working C++ compiler; say so rather than fail the bench
            report["compile"] = {"error": f"{type(e).__name__}: {str(e)[:200]}"}
        log(json.dumps(report["compile"]))
    # 5. Training.
    if train_preset:
        report["training"] = training_rate(train_preset, threads=threads)
        log(json.dumps(report["training"]))
    return report


def _bf16_error(model: DialoGAN, tok: DialogueTokenizer, scenes: list[Scene]) -> float:
    """Largest pixel difference (0-255) that bf16 makes over a batch of held-out scenes."""
    cond = batch_condition(model, tok, scenes[:16])
    z = torch.randn(len(scenes[:16]), model.cfg.z_dim, generator=torch.Generator().manual_seed(0))
    diff = (bf16_draw(model, cond, z) - fp32_draw(model, cond, z)).abs().max()
    return round(float(diff) * 127.5, 2)


def _compiled(model: DialoGAN, tok: DialogueTokenizer, scenes: list[Scene]) -> dict:
    """torch.compile on the channels-last generator: the start-up (first call per batch size,
    which compiles) and the images/s it then reaches at batch 1 and 64."""
    g = model.generator_ema.to_channels_last()
    compiled = torch.compile(g)
    out = {}
    for b in (1, 64):
        cond = batch_condition(model, tok, [scenes[i % len(scenes)] for i in range(b)])
        z = torch.randn(b, model.cfg.z_dim)
        with torch.inference_mode():
            layout = g.paint_layout_channels_last(cond.obj_states, cond.obj_xyr, cond.obj_mask, cond.scene_state)
            t0 = time.perf_counter()
            compiled(layout, z)
            out[f"startup_s_b{b}"] = round(time.perf_counter() - t0, 1)
            out[f"images_per_s_b{b}"] = round(b / _timed(lambda: compiled(layout, z)), 1)
    return out
