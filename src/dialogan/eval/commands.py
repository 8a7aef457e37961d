"""``dialogan eval``: train and check the detector, and score a dialogue system.

    dialogan eval train-detector --out DIR [--steps N] [--seed S]
    dialogan eval detector [--n 2000] [--seed S] [--json OUT] [--path DIR]
    dialogan eval run [--checkpoint DIR] [--split test] [--n N] [--seed S] [--json OUT]
                      [--report DIR] [--system model|replay|wrong] [--teacher-forced] [--threshold T] [--cases]
    dialogan eval curve [--checkpoint DIR] [--split test] [--n N] [--seed S] [--json OUT]
    dialogan eval questions [--checkpoint DIR] [--n 500] [--seed S] [--json OUT]
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from ..errors import DialoganError
from ..files import atomic_write


def _write_json(obj: dict, path: str) -> None:
    """Write atomically so an interrupted run never leaves half a JSON."""
    atomic_write(path, json.dumps(obj, ensure_ascii=False, indent=1) + "\n")


def _train_detector(args) -> int:
    from .detector.training import DetectorTrainConfig, check_out_dir, train_detector
    check_out_dir(args.out)  # before the step check: the shipped detector comes first
    if args.steps < 1:
        raise DialoganError(f"--steps must be at least 1, got {args.steps}")
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
        raise DialoganError(f"the dialogue generator is missing from dialogan.world ({e})") from None
    if args.n < 1:
        raise DialoganError(f"--n must be at least 1, got {args.n}")
    dialogues = generate_dialogues(args.n, args.seed, split=args.split)
    if args.no_dictionary:
        from dialogan.world import use_dictionary
        use_dictionary(False)
    if args.system == "replay":
        system = ReplaySystem(dialogues, seed=args.seed)
    elif args.system == "wrong":
        system = ReplaySystem(dialogues, corrupt="both", seed=args.seed)
    else:
        system = load_system(args.checkpoint)
        _set_threshold(system, args.threshold)
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
            "teacher_forced": args.teacher_forced, "dictionary": not args.no_dictionary}
    result["meta"] = meta
    a, f = result["all_turns"], result["final_turns"]
    forced = " (teacher-forced)" if args.teacher_forced else ""
    print(f"{args.system}{forced}: {result['dialogues']} dialogues, {a['turns']} turns | image F1 all {a['f1']:.4f} "
          f"final {f['f1']:.4f} | state match {a['state_match']:.4f} | rsim {a['rsim']:.4f} | reply acc "
          f"{'–' if a['reply_accuracy'] is None else format(a['reply_accuracy'], '.4f')} | FD "
          f"{'–' if result['fd']['value'] is None else format(result['fd']['value'], '.2f')} | "
          f"latency p50 {result['latency']['p50_ms']:.1f} ms")
    k, sd = result["kid"], result["seed_diversity"]
    if k["value"] is not None:
        print(f"  KID {k['value']:.4f} ± {k['stderr']:.4f} (standard error, {k['subsets']} subsets of "
              f"{k['subset_size']}; detector features)")
    if sd["ratio"] is not None:
        print(f"  diversity across seeds at {sd['size']} px ({sd['seeds']} seeds, {sd['turns']} turns, per pixel /255): "
              f"system {sd['generator']:.2f}, renderer {sd['renderer']:.2f}, ratio {sd['ratio']:.3f}")
    for name, s in {"all": a, **result["by_lang"]}.items():
        print(f"  {name}: false replies {s['false_replies']}/{s['turns']} | destructive {s['destructive']}/"
              f"{s['target_unchanged']} ({s['destructive_from_target']} from the target's picture) | acted on "
              f"{s['acted_on']}/{s['turns']}, of those wrong {s['acted_on_errors']} | changes wanted "
              f"{s['target_changed']}: made {s['understood']}, picture kept {s['left_alone']}")
    if args.cases:
        from .truth import format_case
        for case in result["cases"]:
            print(format_case(case))
    if args.json:
        _write_json(to_json_ready(result), args.json)
    if args.report:
        md, png = write_report(result, args.report, title=f"dialogan evaluation: {args.system}", meta=meta)
        print(f"report: {md}, {png}")
    return 0


def _set_threshold(system, threshold: float | None) -> None:
    """Give ``system`` the doubt threshold ``threshold`` (None: its own)."""
    if threshold is None:
        return
    if not 0.0 <= threshold <= 1.0:
        raise ValueError(f"--threshold must be in [0, 1], got {threshold}")
    if not hasattr(system, "threshold"):
        raise ValueError(f"{type(system).__name__} has no doubt threshold; --threshold applies to dialogan models")
    system.threshold = threshold


def _curve(args, load_system) -> int:
    from .curve import acted_on_curve, format_curve
    from .detector import Detector
    from .evaluate import evaluate
    from dialogan.world import generate_dialogues
    if args.n < 1:
        raise ValueError(f"--n must be at least 1, got {args.n}")
    dialogues = generate_dialogues(args.n, args.seed, split=args.split)
    system = load_system(args.checkpoint)
    _set_threshold(system, 0.0)  # act on every grounded edit an instruction makes; the sweep holds back
    result = evaluate(system, dialogues, Detector.load(args.detector), n_images_for_fd=0, n_diversity_turns=0,
                      keep_images=0, teacher_forced=args.teacher_forced)
    rows = acted_on_curve(result["turns"])
    print(f"acted on vs error, {args.split} split, {args.n} dialogues, seed {args.seed}"
          f"{' (teacher-forced)' if args.teacher_forced else ''}; threshold 0 run: state match "
          f"{result['all_turns']['state_match']:.4f}, false replies {result['all_turns']['false_replies']}")
    print(format_curve(rows, len(result["turns"])))
    if args.json:
        _write_json({"meta": {"split": args.split, "n": args.n, "seed": args.seed, "checkpoint": args.checkpoint,
                              "teacher_forced": args.teacher_forced},
                     "curve": rows, "turns": [{k: r[k] for k in ("confidence", "acted_on", "state_match",
                                                                  "target_changed", "edit", "expected_edit", "text")}
                                              for r in result["turns"]]}, args.json)
    return 0


def _questions(args, load_system) -> int:
    from .questions import ask_battery, question_battery
    if args.n < 1:
        raise ValueError(f"--n must be at least 1, got {args.n}")
    items = question_battery(args.n, args.seed)
    system = load_system(args.checkpoint)
    if not hasattr(system, "set_scene"):
        raise ValueError(f"{type(system).__name__} offers no set_scene(scene, text, reply); the battery needs it")
    result = ask_battery(system, items)
    print(f"{result['questions']} questions (seed {args.seed}): false replies {result['false_replies']}, "
          f"picture changes {result['picture_changes']}")
    for key, g in result["by"].items():
        print(f"  {key}: {g['questions']} questions, false replies {g['false_replies']}, "
              f"picture changes {g['picture_changes']}")
    for r in result["records"]:
        if r["false_facts"] or r["changed"]:
            print(f"  ! {r['question']!r} on {r['scene']} -> {r['reply']!r} ({r['edit']}): "
                  f"{'; '.join(r['false_facts']) or 'picture changed'}")
    if args.json:
        _write_json(result, args.json)
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
    r.add_argument("--threshold", type=float, default=None,
                   help="doubt threshold: edits the model is less sure of are asked about (default: the model's own)")
    r.add_argument("--no-dictionary", action="store_true",
                   help="read held-out colour, shape and size names as the model alone does (world.dictionary): "
                        "on --split unseen-words the dictionary holds every held-out name, so this measures the model")
    r.add_argument("--cases", action="store_true",
                   help="print every destructive turn and false reply: message, edit, reply, picture before "
                        "and after, target (--json keeps them under \"cases\" either way)")
    r.set_defaults(run=lambda args: _run(args, load_system))

    c = sub.add_parser("curve", help="share of turns acted on against the error of those acts, per doubt threshold")
    c.add_argument("--checkpoint", default=None)
    c.add_argument("--split", default="test", choices=("train", "test", "unseen"))
    c.add_argument("--n", type=int, default=200)
    c.add_argument("--seed", type=int, default=0)
    c.add_argument("--json", default=None)
    c.add_argument("--detector", default=None, help="detector folder (default: the shipped one)")
    c.add_argument("--teacher-forced", action="store_true", help="start every turn from the true earlier turns")
    c.set_defaults(run=lambda args: _curve(args, load_system))

    q = sub.add_parser("questions", help="questions about random pictures: false replies and picture changes")
    q.add_argument("--checkpoint", default=None)
    q.add_argument("--n", type=int, default=500)
    q.add_argument("--seed", type=int, default=0)
    q.add_argument("--json", default=None)
    q.set_defaults(run=lambda args: _questions(args, load_system))
