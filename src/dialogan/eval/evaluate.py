"""Evaluation of any dialogue system over dialogues: pictures read by the detector, state, replies, speed."""
from __future__ import annotations

import time

import numpy as np

from dialogan.world import COLORS, SHAPES, Scene, render_scene

from ..errors import DialoganError
from .metrics import (PRF, centre_errors, diversity, frechet_distance, kid, object_prf, reply_colors, reply_correct,
                      reply_numbers, reply_polarity, rsim, seed_distance, state_match)
from .truth import truth_cases, truth_summary, turn_truth


# --- Dialogue systems -------------------------------------------------------------------------
# A system is anything with reset() and send(text) -> turn, where turn has .reply, .scene (objects)
# and .image (a PIL image, or None). Diversity needs the current scene drawn with several seeds:
# a system offers that as variations(n) -> [PIL images], or as image(seed=...) (as Chat does).

QUESTION_KINDS = ("count", "color", "exists")


def question_kind(act: str, expected_reply: str = "") -> str | None:
    """Which question a turn asks ("count", "color", "exists"), from its act name; None if none.

    Act names that merely say "question"/"ask" fall back on the reference reply: a number means a
    count, a colour a colour question, a yes/no an existence question.
    """
    # Whole words of the act name only: "recolor" is an edit, not a colour question.
    words = set((act or "").lower().replace("-", "_").split("_"))
    if words & {"count", "many"}:
        return "count"
    if words & {"color", "colour"}:
        return "color"
    if words & {"exists", "exist"}:
        return "exists"
    a = (act or "").lower()
    if any(w in a for w in ("question", "ask", "query")):
        if reply_numbers(expected_reply):
            return "count"
        if reply_colors(expected_reply):
            return "color"
        if reply_polarity(expected_reply) is not None:
            return "exists"
    return None


class ReplayTurn:
    def __init__(self, reply: str, scene, image, edit: str | None = None):
        self.reply, self.scene, self.image, self.edit = reply, scene, image, edit


_CORRUPTIONS = ("colors", "shapes", "both")


class ReplaySystem:
    """A stand-in system that plays back each target turn and renders its scene.

    Its images are real renders, so its image F1 is the detector's own, the ceiling any generator
    can reach. With ``corrupt`` ("colors", "shapes" or "both") the *image* shows every object with
    the next colour and/or shape in the world's list while ``.scene`` and ``.reply`` stay right: a
    deliberately wrong generator, on which image F1 must fall and state match must not.
    Dialogues are played in the order given; ``reset()`` moves to the next one.
    """

    def __init__(self, dialogues, corrupt: str | None = None, size: int = 64, seed: int = 0):
        if corrupt not in (None, *_CORRUPTIONS):
            raise ValueError(f"corrupt={corrupt!r}; use one of {_CORRUPTIONS} or None")
        self.dialogues, self.corrupt, self.size, self.seed = list(dialogues), corrupt, size, seed
        self._d, self._t = -1, 0

    def reset(self) -> None:
        self._d += 1
        self._t = 0

    def _drawn(self, scene):
        if self.corrupt is None:
            return scene
        colors, shapes = list(COLORS), list(SHAPES)
        objs = []
        for o in scene:
            c = colors[(colors.index(o.color) + 1) % len(colors)] if self.corrupt in ("colors", "both") else o.color
            s = shapes[(shapes.index(o.shape) + 1) % len(shapes)] if self.corrupt in ("shapes", "both") else o.shape
            objs.append(type(o)(s, c, o.size, o.x, o.y))
        return Scene(tuple(objs))

    def _image(self, scene, k: int = 0):
        # Each turn gets its own render seed, so backgrounds vary as a generator's would.
        return render_scene(self._drawn(scene), self.size, self.seed + 1000 * self._d + 10 * self._t + 7919 * k)

    def send(self, text: str) -> ReplayTurn:
        if not 0 <= self._d < len(self.dialogues):
            raise ValueError(f"ReplaySystem: dialogue {self._d} does not exist (call reset() before each dialogue)")
        turns = self.dialogues[self._d].turns
        if self._t >= len(turns):
            raise ValueError(f"ReplaySystem: dialogue {self.dialogues[self._d].id} has only {len(turns)} turns")
        turn = turns[self._t]
        if turn.text != text:
            raise ValueError(f"ReplaySystem: expected turn {self._t} text {turn.text!r}, got {text!r}")
        self._last = turn.scene
        self._t += 1
        return ReplayTurn(turn.reply, turn.scene, self._image(turn.scene), getattr(turn, "edit", None))

    def set_history(self, turns) -> None:
        """Teacher forcing: the next turn to play is the one after ``turns``."""
        self._t = len(turns)

    def variations(self, n: int) -> list:
        """The last turn's scene drawn with ``n`` different render seeds."""
        return [self._image(self._last, k + 1) for k in range(n)]


# --- The evaluator -----------------------------------------------------------------------------
KID_SUBSETS, KID_SUBSET_SIZE = 100, 1000  # the usual KID protocol, for runs with 2000 pictures or more


def _kid_subset_size(n: int) -> int:
    """KID's subset size for ``n`` pictures: 1000, or half of them when fewer than 2000 (each subset's
    real and fake pictures show different scenes: ``kid(paired=True)``)."""
    return max(2, min(KID_SUBSET_SIZE, n // 2))
def _summary(records: list[dict]) -> dict:
    """Aggregate per-turn records: micro P/R/F1, means of state match, rsim and reply accuracy."""
    prf = sum((PRF(r["tp"], r["fp"], r["fn"]) for r in records), PRF(0, 0, 0))
    errs = [e for r in records for e in r["centre_errors"]]
    questions = [r for r in records if r["question"] is not None]
    mean = lambda xs: float(np.mean(xs)) if len(xs) else None
    return {"turns": len(records), "state_match": mean([r["state_match"] for r in records]),
            "precision": prf.precision, "recall": prf.recall, "f1": prf.f1,
            "f1_mean": mean([r["f1"] for r in records]), "rsim": mean([r["rsim"] for r in records]),
            "centre_error_mean": mean(errs), "questions": len(questions),
            "reply_accuracy": mean([r["reply_correct"] for r in questions]), **truth_summary(records)}


def _grouped(records: list[dict], key: str) -> dict:
    groups: dict[str, list] = {}
    for r in records:
        groups.setdefault(str(r[key]), []).append(r)
    return {k: _summary(v) for k, v in sorted(groups.items())}


def _latency(seconds: list[float]) -> dict:
    ms = np.asarray(seconds) * 1000.0
    if not len(ms):
        return {"p50_ms": None, "p95_ms": None, "mean_ms": None}
    return {"p50_ms": float(np.percentile(ms, 50)), "p95_ms": float(np.percentile(ms, 95)), "mean_ms": float(ms.mean())}


def evaluate(system, dialogues, detector, n_images_for_fd: int = 500, n_variations: int = 4,
             n_diversity_turns: int = 20, keep_images: int = 4, fd_seed: int = 0, progress=None,
             teacher_forced: bool = False) -> dict:
    """Run ``system`` over ``dialogues`` and score every turn.

    Figures (see ``metrics`` for definitions): state exact match of ``turn.scene`` vs the target;
    object P/R/F1, centre error and rsim of the detector's reading of ``turn.image`` vs the target
    scene; reply accuracy on count/colour/existence questions; the Frechet distance in the
    detector's feature space (NOT Inception-FID) between the system's images and real renders of
    the same target scenes (up to ``n_images_for_fd`` of each), and KID (``metrics.kid``) between the
    same two sets; diversity (mean pairwise feature distance) over ``n_variations`` seeds for the
    first ``n_diversity_turns`` non-empty turns, when the system offers ``variations(n)`` or
    ``image(seed=...)``, and for the same turns the seed distance (``metrics.seed_distance``, per
    pixel at the system's picture size) of the system's pictures and of the renderer's pictures of
    the scene the system drew, with their ratio (system / renderer: 1 is the renderer's variety,
    0 a system that ignores its seed); latency of ``send`` per turn; and
    the truth figures of ``truth``: false replies (a fact the reply states is not true of the
    system's picture), destructive turns (the picture changed though the target did not), the
    share of turns acted on (the picture changed) and the error rate of those.

    By default the system's own earlier turns feed later ones, so errors compound. With
    ``teacher_forced`` every turn starts from the true earlier turns (the system must offer
    ``set_history(turns)``): the figure for each turn taken alone.

    Returns a JSON-ready dict: "all_turns", "final_turns", "by_lang", "by_act", "by_phrasing",
    "by_turn_index", "fd", "kid", "diversity", "seed_diversity", "latency", "turns" (per-turn records, with the system's ``edit`` where it
    offers one beside the dialogue's ``expected_edit``), "cases" (the destructive turns and false
    replies, ``truth.truth_cases``), and "storyboard"
    (the first ``keep_images`` dialogues with PIL images: drop it before writing JSON).
    """
    records, latencies, storyboard = [], [], []
    fake_images, fake_scenes, variations, varied_scenes = [], [], [], []
    pending: list[tuple[dict, object]] = []  # (record, image) awaiting one batched detector pass
    if teacher_forced and not hasattr(system, "set_history"):
        raise DialoganError(f"{type(system).__name__} offers no set_history(turns); teacher forcing needs it")
    for d_i, dialogue in enumerate(dialogues):
        system.reset()
        board = {"id": dialogue.id, "turns": []}
        shown = target_before = Scene(())  # the system's picture and the target before each turn
        for t_i, turn in enumerate(dialogue.turns):
            # 1. Ask the system, timing only the call itself.
            if teacher_forced:
                system.set_history(dialogue.turns[:t_i])
                shown = target_before
            t0 = time.perf_counter()
            out = system.send(turn.text)
            latencies.append(time.perf_counter() - t0)
            # 2. Score state and reply now; the picture waits for a batch of the detector.
            image = getattr(out, "image", None)
            kind = question_kind(turn.act, turn.reply)
            predicted = list(getattr(out, "scene", None) or [])
            reply = getattr(out, "reply", "") or ""
            matched = bool(state_match(predicted, turn.scene))
            truth = turn_truth(reply, getattr(out, "edit", None), shown, predicted, target_before, turn.scene, matched)
            shown, target_before = predicted, turn.scene
            record = {
                "dialogue": dialogue.id, "turn": t_i, "final": t_i == len(dialogue.turns) - 1,
                "lang": turn.lang, "act": turn.act, "phrasing": getattr(turn, "phrasing", ""),
                "phrasing_split": _phrasing_split(getattr(turn, "phrasing", "")),
                "text": turn.text, "reply": reply, "expected_reply": turn.reply,
                "edit": getattr(out, "edit", None), "expected_edit": getattr(turn, "edit", None),
                "scene": " ; ".join(o.text() if hasattr(o, "text") else str(o) for o in predicted) or "empty",
                "target": turn.scene.text(), "state_match": matched, **truth,
                "confidence": getattr(out, "confidence", None), "held": bool(getattr(out, "held", False)),
                "question": kind, "reply_correct": bool(reply_correct(reply, turn.reply, kind)) if kind else None,
                "has_image": image is not None, "_target": turn.scene}
            records.append(record)
            pending.append((record, image))
            # 3. Keep what the image statistics and the storyboard need.
            if image is not None and len(fake_images) < n_images_for_fd:
                fake_images.append(image)
                fake_scenes.append(turn.scene)
            if image is not None and len(turn.scene) and len(variations) < n_diversity_turns:
                drawn = _variations(system, n_variations)
                if drawn is not None:
                    variations.append(drawn)
                    varied_scenes.append(Scene(tuple(predicted)))
            if d_i < keep_images:
                board["turns"].append({"text": turn.text, "reply": reply, "image": image, "record": record})
        if len(pending) >= 128:
            _score_images(detector, pending)
        if d_i < keep_images:
            storyboard.append(board)
        if progress is not None:
            progress(d_i + 1)
    _score_images(detector, pending)
    for board in storyboard:
        for t in board["turns"]:
            t["f1"] = t.pop("record")["f1"]
    for r in records:
        del r["_target"]
    div_values = [_feature_diversity(detector, v) for v in variations]

    fd = kid_value = kid_stderr = None
    if len(fake_images) >= 2:
        # Real renders of the very scenes the system drew, each with its own seed, at the system's size.
        rng = np.random.default_rng(fd_seed)
        size = fake_images[0].size[0]
        real = [render_scene(s, size, int(rng.integers(2**31))) for s in fake_scenes]
        real_features, fake_features = detector.features(real), detector.features(fake_images)
        fd = frechet_distance(real_features, fake_features)
        if len(fake_images) >= 4:  # paired KID draws its two sides from disjoint halves: 2 pictures each at least
            kid_value, kid_stderr = kid(real_features, fake_features, subsets=KID_SUBSETS,
                                        subset_size=_kid_subset_size(len(fake_images)), seed=fd_seed, paired=True)
    finals = [r for r in records if r["final"]]
    return {
        "dialogues": len(dialogues), "all_turns": _summary(records), "final_turns": _summary(finals),
        "by_lang": _grouped(records, "lang"), "by_act": _grouped(records, "act"),
        "by_phrasing": _grouped(records, "phrasing_split"), "by_turn_index": _grouped(records, "turn"),
        "final_by_lang": _grouped(finals, "lang"),
        "fd": {"value": fd, "images": len(fake_images), "space": "dialogan detector features (not Inception-FID)"},
        "kid": {"value": kid_value, "stderr": kid_stderr, "images": len(fake_images), "subsets": KID_SUBSETS,
                "subset_size": _kid_subset_size(len(fake_images)),
                "space": "dialogan detector features (not Inception-KID)"},
        "diversity": {"value": float(np.mean(div_values)) if div_values else None, "turns": len(div_values),
                      "seeds": n_variations, "space": "dialogan detector features"},
        "seed_diversity": _seed_diversity(variations, varied_scenes, fd_seed),
        "latency": _latency(latencies), "turns": records, "cases": truth_cases(records, teacher_forced),
        "storyboard": storyboard,
    }


def _phrasing_split(phrasing: str) -> str:
    """"held-out" for a template kept out of training, else "seen" (the generator's own split)."""
    try:
        from dialogan.world import template_ids
    except ImportError:
        return "seen"
    global _HELD_OUT
    if _HELD_OUT is None:
        _HELD_OUT = frozenset(template_ids("unseen"))
    return "held-out" if phrasing in _HELD_OUT else "seen"


_HELD_OUT = None


def _score_images(detector, pending: list) -> None:
    """Read every pending picture in one batch and fill in its record's image figures; empties ``pending``."""
    with_image = [(r, im) for r, im in pending if im is not None]
    found = detector.detect_batch([im for _, im in with_image]) if with_image else []
    readings = {id(r): f for (r, _), f in zip(with_image, found)}
    for record, _ in pending:
        detected, target = readings.get(id(record), []), record["_target"]
        prf = object_prf(detected, target)
        record.update({"detected": " ; ".join(o.text() for o in detected) or "empty",
                       "tp": prf.tp, "fp": prf.fp, "fn": prf.fn, "f1": prf.f1, "rsim": rsim(detected, target),
                       "centre_errors": centre_errors(detected, target)})
    pending.clear()


def _variations(system, n: int):
    """The current scene drawn with ``n`` seeds, or None when the system cannot redraw."""
    if hasattr(system, "variations"):
        return list(system.variations(n))
    if callable(getattr(system, "image", None)):
        try:
            # Seeds far from any a dialogue uses, so the picture shown is not among them.
            return [system.image(seed=1_000_003 + k) for k in range(n)]
        except TypeError:
            return None
    return None


def _seed_diversity(variations: list[list], scenes: list[Scene], seed: int) -> dict:
    """Seed distance of the system's variations and of the renderer's pictures of the same scenes
    with as many seeds, at the system's picture size, and their ratio (system / renderer)."""
    out = {"generator": None, "renderer": None, "ratio": None, "turns": len(variations),
           "seeds": len(variations[0]) if variations else 0, "size": None,
           "unit": "mean absolute difference per pixel and channel, 0..255"}
    kept = [(v, s) for v, s in zip(variations, scenes) if len(v) >= 2]
    if not kept:
        return out
    variations = [v for v, _ in kept]
    size = variations[0][0].size[0]
    rng = np.random.default_rng([seed, 1])
    renders = [[render_scene(s, size, int(rng.integers(2**31))) for _ in v] for v, s in kept]
    g = float(np.mean([seed_distance(v) for v in variations]))
    r = float(np.mean([seed_distance(v) for v in renders]))
    out.update(generator=g, renderer=r, ratio=g / r if r > 0 else None, size=size)
    return out


def _feature_diversity(detector, images) -> float:
    return diversity(detector.features(images)) if len(images) >= 2 else 0.0


def to_json_ready(result: dict) -> dict:
    """The evaluation result without its PIL images (the storyboard keeps only text and F1)."""
    out = dict(result)
    out["storyboard"] = [{"id": b["id"], "turns": [{k: v for k, v in t.items() if k != "image"} for t in b["turns"]]}
                         for b in result.get("storyboard", [])]
    return out
