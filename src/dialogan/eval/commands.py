"""``dialogan eval``: train and check the detector, and score a dialogue system.

    dialogan eval train-detector --out DIR [--steps N] [--seed S]
    dialogan eval detector [--n 2000] [--seed S] [--json OUT] [--path DIR]
    dialogan eval run [--checkpoint DIR] [--split test] [--n N] [--seed S] [--json OUT]
                      [--report DIR] [--system model|replay|wrong] [--teacher-forced]
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path


def _write_json(obj: dict, path: str) -> None:
    """Write through a temporary file so an interrupted run never leaves half a JSON."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, out)


def _train_detector(args) -> int:
    from .detector.training import DetectorTrainConfig, check_out_dir, train_detector
    check_out_dir(args.out)  # before the step check: the shipped detector comes first
    if args.steps < 1:
        raise ValueError(f"--steps must be at least 1, got {args.steps}")
    cfg = DetectorTrainConfig(steps=args.steps, seed=args.seed, batch=args.batch)
    log = lambda s: print(s, flush=True)
    train_detector(cfg, args.out, log=log, val_every=args.val_every)
    print(f"detector saved to {args.out}")
    return 0


def _detector(args) -> int:
    from .detector import DEFAULT_DIR, Detector, evaluate_detector
    det = Detector.load(args.path)
    t0 = time.time()
    res = evaluate_detector(det, n=args.n, seed=args.seed, size=args.size, spoiled=args.spoiled)
    weights = Path(args.path or DEFAULT_DIR) / "model.safetensors"
    res["weights_mb"] = round(weights.stat().st_size / 2**20, 3)
    res["seconds"] = round(time.time() - t0, 1)
    print(f"detector on {res['n_images']} fresh {res['size']} px{' spoiled' if args.spoiled else ''} renders "
          f"(seed {args.seed}): P {res['precision']:.4f} "
          f"R {res['recall']:.4f} F1 {res['f1']:.4f} (tp {res['tp']} fp {res['fp']} fn {res['fn']}), "
          f"centre error mean {res['centre_error_mean']:.4f} p95 {res['centre_error_p95']:.4f}, "
          f"{res['weights_mb']} MB, {res['seconds']} s")
    for kind, r in res["by_kind"].items():
        print(f"  {kind}: F1 {r['f1']:.4f} centre error {r['centre_error_mean']:.4f}")
    if args.json:
        _write_json(res, args.json)
    return 0


def _run(args, load_system) -> int:
    from .detector import Detector
    from .evaluate import ReplaySystem, evaluate, to_json_ready
    from .report import write_report
    try:
        from dialogan.world import generate_dialogues
    except ImportError as e:
        raise ValueError(f"the dialogue generator is missing from dialogan.world ({e})") from None
    if args.n < 1:
        raise ValueError(f"--n must be at least 1, got {args.n}")
    dialogues = generate_dialogues(args.n, args.seed, split=args.split)
    if args.system == "replay":
        system = ReplaySystem(dialogues, seed=args.seed)
    elif args.system == "wrong":
        system = ReplaySystem(dialogues, corrupt="both", seed=args.seed)
    else:
        system = load_system(args.checkpoint)
    det = Detector.load(args.detector)
    try:
        from tqdm import tqdm
        bar = tqdm(total=len(dialogues), desc=f"eval {args.system}", file=sys.stderr)
        progress = lambda k: bar.update(1)
    except ImportError:
        bar, progress = None, None
    result = evaluate(system, dialogues, det, n_images_for_fd=args.fd_images, progress=progress,
                      teacher_forced=args.teacher_forced)
    if bar is not None:
        bar.close()
    meta = {"system": args.system, "checkpoint": args.checkpoint, "split": args.split, "n": args.n, "seed": args.seed,
            "teacher_forced": args.teacher_forced}
    result["meta"] = meta
    a, f = result["all_turns"], result["final_turns"]
    forced = " (teacher-forced)" if args.teacher_forced else ""
    print(f"{args.system}{forced}: {result['dialogues']} dialogues, {a['turns']} turns | image F1 all {a['f1']:.4f} "
          f"final {f['f1']:.4f} | state match {a['state_match']:.4f} | rsim {a['rsim']:.4f} | reply acc "
          f"{'–' if a['reply_accuracy'] is None else format(a['reply_accuracy'], '.4f')} | FD "
          f"{'–' if result['fd']['value'] is None else format(result['fd']['value'], '.2f')} | "
          f"latency p50 {result['latency']['p50_ms']:.1f} ms")
    if args.json:
        _write_json(to_json_ready(result), args.json)
    if args.report:
        md, png = write_report(result, args.report, title=f"dialogan evaluation: {args.system}", meta=meta)
        print(f"report: {md}, {png}")
    return 0


def register(subparsers, load_system) -> None:
    """Add ``dialogan eval ...``; ``load_system(checkpoint)`` builds the trained system for ``--system model``."""
    p = subparsers.add_parser("eval", help="train/check the detector and score a dialogue system")
    sub = p.add_subparsers(dest="eval_command", metavar="EVAL_COMMAND", required=True)

    t = sub.add_parser("train-detector", help="train the detector on renders made on the fly")
    t.add_argument("--steps", type=int, default=3000)
    t.add_argument("--seed", type=int, default=0)
    t.add_argument("--batch", type=int, default=32)
    t.add_argument("--val-every", type=int, default=500)
    t.add_argument("--out", required=True, metavar="DIR",
                   help="output folder; never the package's assets (the shipped detector is the yardstick)")
    t.set_defaults(run=_train_detector)

    d = sub.add_parser("detector", help="score the detector on fresh renders")
    d.add_argument("--n", type=int, default=2000)
    d.add_argument("--seed", type=int, default=1)
    d.add_argument("--json", default=None)
    d.add_argument("--path", default=None, help="detector folder (default: the shipped one)")
    d.add_argument("--size", type=int, default=64, choices=(32, 64, 128, 256), help="render size")
    d.add_argument("--spoiled", action="store_true", help="blur/JPEG/noise/colour-cast every picture")
    d.set_defaults(run=_detector)

    from dialogan.world import SPLITS

    r = sub.add_parser("run", help="run a system over generated dialogues and score it")
    r.add_argument("--checkpoint", default=None)
    r.add_argument("--split", default="test", choices=SPLITS,
                   help="test: new scenes in training language; unseen: held-out sentences; "
                        "unseen-words: held-out words in known sentences")
    r.add_argument("--n", type=int, default=200)
    r.add_argument("--seed", type=int, default=0)
    r.add_argument("--json", default=None)
    r.add_argument("--report", default=None, help="folder for report.md and storyboard.png")
    r.add_argument("--system", default="model", choices=("model", "replay", "wrong"),
                   help="model: the trained system; replay/wrong: stand-ins that check the evaluator")
    r.add_argument("--detector", default=None, help="detector folder (default: the shipped one)")
    r.add_argument("--fd-images", type=int, default=500)
    r.add_argument("--teacher-forced", action="store_true",
                   help="start every turn from the true earlier turns (no compounding of errors)")
    r.set_defaults(run=lambda args: _run(args, load_system))
