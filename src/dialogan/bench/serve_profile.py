"""Where a served turn's time goes, in process (no HTTP): one turn alone, and sixteen turns as the
server's worker batches them, with torch on the threads the server uses (``--threads``, default 1).

    OMP_NUM_THREADS=1 python -m dialogan.bench.serve_profile [--checkpoint DIR] [--threads 1] [--rows 16]

Prints milliseconds for: the language model's prompt reads (prefill) and its one-token steps, alone
and batched; the picture's conditioning (the language model over the scene text) and the generator
per image at batch 1, 2, 4, 8, 16 (and in chunks of each size for 16 pictures); PNG encoding at
several compression levels; and the store's load and save of a conversation. Each figure is the
best of a few repeats (others' load on a shared machine only ever adds time).
"""
from __future__ import annotations

import argparse
import io
import tempfile
import time
from pathlib import Path

import torch

from ..chat import SHIPPED_MODEL, Chat
from ..models import Decoder
from ..pipeline import generate_together, picture, pictures
from ..pipeline.batch import scene_conditions
from ..pipeline.checkpoint import load_checkpoint
from ..models.joint import Conditioning
from ..pipeline.turn import MAX_EDIT_TOKENS, condition_scene, draw_batch, seed_noise
from ..serve.store import ConversationStore
from ..world import generate_dialogues


def best(fn, repeats: int = 3) -> float:
    """The least seconds ``fn()`` took over ``repeats`` runs."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


class TimedDecoder(Decoder):
    """A decoder that records (tokens read, seconds) of every forward pass."""

    log: list[tuple[int, float]] = []

    def _forward(self, ids, every_position=False, rows=1):
        start = time.perf_counter()
        out = super()._forward(ids, every_position, rows)
        TimedDecoder.log.append((len(ids), time.perf_counter() - start))
        return out


def turns_of(tok, n: int):
    """``n`` (prompt, scene after) pairs from held-out dialogues, English and Chinese."""
    out = []
    for d in generate_dialogues(8, seed=5, split="test"):
        prev, history = None, []
        for t in d.turns:
            out.append((tok.encode_prompt(prev.text() if prev else "empty", history[-2:], t.text), t.scene))
            prev = t.scene
            history.append((t.text, t.reply))
    return out[:n]


def profile(checkpoint: Path, rows: int) -> None:
    model, tok, _ = load_checkpoint(checkpoint)
    turns = turns_of(tok, rows)
    stops = {tok.result_id, tok.reply_id, tok.end_id}
    ms = lambda s: f"{1000 * s:7.1f} ms"
    print(f"torch threads {torch.get_num_threads()}, {rows} rows, prompts of {min(len(p) for p, _ in turns)}-"
          f"{max(len(p) for p, _ in turns)} tokens")

    # 1. The language model alone: prompt read (prefill) and the steps after it, one row at a time.
    for p, _ in turns[:2]:
        Decoder(model.lm, p).generate(stops, MAX_EDIT_TOKENS)  # warm-up
    TimedDecoder.log = []
    start = time.perf_counter()
    for p, _ in turns:
        TimedDecoder(model.lm, p).generate(stops, MAX_EDIT_TOKENS, 0)
    total = time.perf_counter() - start
    prefill = [s for n, s in TimedDecoder.log if n > 1]
    steps = [s for n, s in TimedDecoder.log if n == 1]
    print(f"LM alone, edit only, no lookahead: {ms(total / rows)} a turn = prefill {ms(sum(prefill) / rows)} "
          f"+ {len(steps) / rows:.1f} steps of {ms(sum(steps) / max(1, len(steps)))}")
    with_guess = best(lambda: [Decoder(model.lm, p).generate(stops, MAX_EDIT_TOKENS) for p, _ in turns], 2)
    print(f"LM alone, edit only, lookahead 8 (the server's path alone): {ms(with_guess / rows)} a turn")

    # 2. The same edits batched (``generate_together``: every row's pending tokens in one packed pass a
    # step), and the first of those passes, which reads every prompt, against reading them one by one.
    def batched(most: int):
        ds = [Decoder(model.lm, p) for p, _ in turns]
        generate_together(ds, [stops] * rows, [most] * rows)
    together = best(lambda: batched(MAX_EDIT_TOKENS), 2)
    prompts_packed = best(lambda: batched(1), 2)
    prompts_alone = best(lambda: [Decoder(model.lm, p)._forward(p) for p, _ in turns], 2)
    print(f"LM batched x{rows}: {ms(together / rows)} a turn, of which the prompts' packed pass {ms(prompts_packed / rows)}"
          f" (read one by one instead: {ms(prompts_alone / rows)})")

    # 3. The picture: conditioning, generator per batch size, chunked, to PIL.
    scenes = [s for _, s in turns]
    seeds = list(range(rows))
    cond_one = best(lambda: [condition_scene(model, tok, s) for s in scenes], 2)
    print(f"picture conditioning (LM over scene text + layout), one by one: {ms(cond_one / rows)} an image")
    with torch.inference_mode():
        cond = scene_conditions(model, tok, scenes)
        z = seed_noise(seeds, model.cfg.z_dim)
        for b in (1, 2, 4, 8, 16):
            if b > rows:
                break
            part = Conditioning(*(t[:b] for t in vars(cond).values()))
            draw_batch(model, part, z[:b])  # warm-up at this size
            one = best(lambda: draw_batch(model, part, z[:b]), 3)
            chunked = best(lambda: [draw_batch(model, Conditioning(*(t[i:i + b] for t in vars(cond).values())),
                                               z[i:i + b]) for i in range(0, rows, b)], 2)
            print(f"generator at batch {b:2d}: {ms(one / b)} an image; {rows} images in chunks of {b}: "
                  f"{ms(chunked / rows)} an image")
    whole = best(lambda: pictures(model, tok, scenes, seeds), 2)
    alone = best(lambda: [picture(model, tok, s, k) for k, s in enumerate(scenes)], 2)
    print(f"pictures(): {rows} at once {ms(whole / rows)} an image; picture() one by one {ms(alone / rows)} an image")

    # 4. PNG encoding of a drawn picture, at each compression level.
    image = picture(model, tok, scenes[0], 0)
    for level in (6, 3, 1, 0):
        size = len(png(image, level))
        print(f"PNG compress_level {level}: {ms(best(lambda: png(image, level), 5))}, {size:,} bytes")

    # 5. The store: a conversation's load and save, as a turn does them.
    with tempfile.TemporaryDirectory() as tmp:
        store = ConversationStore(Path(tmp) / "p.db")
        chat = Chat(model, tok)
        for text in ("draw a red circle in the top left", "add a small blue star on the right", "make it green"):
            chat.send(text)
        cid = store.create(chat.state())
        turns_saved = [len(chat.history)]

        def save():
            store.save(cid, chat.state(), after_turns=turns_saved[0])
        print(f"store get {ms(best(lambda: store.get(cid), 5))}, save {ms(best(save, 5))} "
              f"(state with {len(chat.history)} turns)")


def png(image, level: int) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG", compress_level=level)
    return buf.getvalue()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--checkpoint", type=Path, default=SHIPPED_MODEL)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--rows", type=int, default=16)
    args = ap.parse_args(argv)
    torch.set_num_threads(args.threads)
    profile(args.checkpoint, args.rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
