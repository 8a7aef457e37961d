"""dialogan against its peers: the same data, the same wall-clock budget, the same evaluator, one run.

1. Train dialogan, geneva and dfgan, each for ``budget`` minutes on the shapes world's training
   stream (the tokenizer is trained before the clock starts, for all three alike).
2. Score all three with ``dialogan.eval.evaluate`` on the same held-out dialogues
   (``generate_dialogues(n, seed, "test")``), and on an add-only set shaped like i-CLEVR
   (``generate_add_dialogues``: 5 turns, one object added per turn, the same language).
3. Tables of figures and ratios, a training table, a JSON file and a side-by-side storyboard.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

from dialogan.chat import Chat
from dialogan.eval import Detector, evaluate, to_json_ready
from dialogan.files import atomic_write
from dialogan.peers import PeerSystem, load_peer, parameter_count
from dialogan.train import train
from dialogan.train.peers import train_peer
from dialogan.world import generate_add_dialogues, generate_dialogues

from .storyboard import side_by_side
from .table import figures, peer_table

SYSTEMS = ("dialogan", "geneva", "dfgan")


def train_all(budget: float, out: Path, preset: str = "default", threads: int | None = None,
              reuse: bool = False, log=print) -> dict[str, Path]:
    """One checkpoint per system under ``out``, each trained for ``budget`` minutes (``reuse``: keep existing)."""
    paths = {}
    for name in SYSTEMS:
        path = out / name
        if reuse and (path / "config.json").is_file():
            log(f"{name}: reusing {path}")
        elif name == "dialogan":
            log(f"{name}: training for {budget} minutes")
            train(preset, path, overrides={"max_minutes": budget}, threads=threads)
        else:
            log(f"{name}: training for {budget} minutes")
            train_peer(name, preset, path, overrides={"max_minutes": budget}, threads=threads)
        paths[name] = path
    return paths


def _training_row(path: Path) -> dict:
    config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    t, wall = config["train"], max(float(config.get("wall_time_s", 0.0)), 1e-9)
    steps = int(config["step"])
    # dialogan trains `image_batch` pictures every `gan_every`-th step (and `batch_size` dialogue-model
    # sequences every step).
    gan_steps = -(-steps // t.get("gan_every", 1))
    images = config.get("images_seen", gan_steps * t.get("image_batch", t["batch_size"]))
    return {"steps": steps, "wall_s": round(wall, 1), "images_per_s": round(images / wall, 2)}


def load_systems(paths: dict[str, Path]) -> dict[str, tuple[object, int, bool]]:
    """name -> (system, parameters used at inference, whether it keeps a scene)."""
    out = {}
    for name, path in paths.items():
        if name == "dialogan":
            chat = Chat.load(path)
            counts = chat.model.parameter_counts()
            out[name] = (chat, counts["language_model"] + counts["generator"], True)
        else:
            model, _ = load_peer(path)
            out[name] = (PeerSystem(model), parameter_count(model), PeerSystem.has_state)
    return out


def _storyboard_index(dialogues) -> int:
    """The first dialogue long enough to show the systems diverge (else the first)."""
    return next((i for i, d in enumerate(dialogues) if len(d.turns) >= 4), 0)


def run_peers(budget: float, out: str | os.PathLike, n: int = 100, n_add: int = 50, seed: int = 0,
              preset: str = "default", threads: int | None = None, reuse: bool = False, log=print) -> dict:
    """Train, score and tabulate; writes ``peers.md``, ``peers.json`` and ``storyboard.png`` into ``out``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    # 1. Train.
    paths = train_all(budget, out, preset, threads, reuse, log)
    systems = load_systems(paths)
    # 2. Score on the same dialogues.
    sets = {"main": generate_dialogues(n, seed, "test"), "add_only": generate_add_dialogues(n_add, seed, "test", 5)}
    detector = Detector.load()
    show = _storyboard_index(sets["main"])
    rows: dict[str, dict] = {k: {} for k in sets}
    results: dict[str, dict] = {k: {} for k in sets}
    drawn = {}
    for name, (system, params, has_state) in systems.items():
        for key, dialogues in sets.items():
            t0 = time.time()
            res = evaluate(system, dialogues, detector, n_images_for_fd=200, n_diversity_turns=10,
                           keep_images=show + 1 if key == "main" else 0)
            log(f"{name} on {key}: {len(dialogues)} dialogues in {time.time() - t0:.0f} s")
            rows[key][name] = figures(res, params, has_state)
            if key == "main":
                drawn[name] = [t["image"] for t in res["storyboard"][show]["turns"]]
            results[key][name] = {k: v for k, v in to_json_ready(res).items() if k not in ("turns", "storyboard")}
    # 3. Report.
    training = {name: _training_row(path) for name, path in paths.items()}
    tables = {"main": peer_table(rows["main"]), "add_only": peer_table(rows["add_only"])}
    board = side_by_side(sets["main"][show], drawn, seed=seed)
    png = out / "storyboard.png"
    atomic_write(png, lambda tmp: board.save(tmp, format="PNG"))
    report = {"budget_minutes": budget, "preset": preset, "n": n, "n_add": n_add, "seed": seed,
              "figures": rows, "training": training, "evaluations": results, "storyboard": str(png)}
    _write(out / "peers.json", json.dumps(report, ensure_ascii=False, indent=1) + "\n")
    _write(out / "peers.md", markdown(report, tables))
    report["tables"] = tables
    return report


def training_table(training: dict) -> str:
    lines = ["| system | steps | wall (s) | training images/s |", "|---|---|---|---|"]
    lines += [f"| {k} | {v['steps']} | {v['wall_s']} | {v['images_per_s']} |" for k, v in training.items()]
    return "\n".join(lines) + "\n"


def markdown(report: dict, tables: dict) -> str:
    b = report["budget_minutes"]
    return (f"# dialogan and its peers, {b} minutes of training each\n\n"
            f"## Held-out dialogues (`generate_dialogues({report['n']}, {report['seed']}, \"test\")`)\n\n"
            f"{tables['main']}\n"
            f"## Add-only, shaped like i-CLEVR (`generate_add_dialogues({report['n_add']}, {report['seed']}, "
            f"\"test\", 5)`)\n\n{tables['add_only']}\n## Training\n\n{training_table(report['training'])}\n"
            "Image figures are the detector's reading of each picture against the target scene; state exact "
            "match compares a system's own scene (the peers keep none: n/a). Latency is one `send` at batch 1.\n\n"
            "![storyboard](storyboard.png)\n")


def _write(path: Path, text: str) -> None:
    atomic_write(path, text)
