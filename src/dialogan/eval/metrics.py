"""Scores for a visual dialogue system: pure functions over scenes, objects and features.

Objects are anything with ``shape``, ``color``, ``size``, ``x`` and ``y`` attributes (or
dict keys): ``dialogan.world.SceneObject``, detector output, or a plain dict. A scene
is an iterable of objects, or anything with an ``objects`` attribute.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from dialogan.world import COLORS, MARGIN


def _get(o, k):
    return o[k] if isinstance(o, dict) else getattr(o, k)


def _objects(scene) -> list:
    if scene is None:
        return []
    if hasattr(scene, "objects"):
        scene = scene.objects
    return list(scene)


def attributes(o) -> tuple[str, str, str]:
    """The (shape, color, size) an object is judged on for F1."""
    return str(_get(o, "shape")), str(_get(o, "color")), str(_get(o, "size"))


def _position(o) -> tuple[float, float]:
    return float(_get(o, "x")), float(_get(o, "y"))


# 1. Scene state.
def state_match(predicted, target) -> bool:
    """Exact match of two scenes as multisets of (shape, color, size, x, y), positions to 1/100.

    Order does not matter: a scene with the same objects listed differently is the same picture.
    """
    key = lambda s: Counter((*attributes(o), round(_position(o)[0], 2), round(_position(o)[1], 2))
                            for o in _objects(s))
    return key(predicted) == key(target)


# 2. Object precision / recall / F1 and the matching behind it.
@dataclass(frozen=True)
class PRF:
    """Counts and rates of one comparison; ``tp + fp`` objects found, ``tp + fn`` wanted."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        # Nothing wanted and nothing found is a perfect answer, not 0/0.
        if self.tp + self.fp + self.fn == 0:
            return 1.0
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)

    def __add__(self, other: "PRF") -> "PRF":
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


def match_objects(detected, target) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of detected to target objects with equal (shape, color, size).

    Among pairs with equal attributes, the closest centres are matched first, and each object is
    used at most once, so a duplicate detection of one object counts once and the copy is a false
    positive, and a target object no detection claims is a miss. Returns (detected i, target j) pairs.
    """
    det, tgt = _objects(detected), _objects(target)
    pairs = []
    for i, d in enumerate(det):
        for j, t in enumerate(tgt):
            if attributes(d) == attributes(t):
                pairs.append((math.dist(_position(d), _position(t)), i, j))
    pairs.sort()
    used_d, used_t, matched = set(), set(), []
    for _, i, j in pairs:
        if i not in used_d and j not in used_t:
            used_d.add(i)
            used_t.add(j)
            matched.append((i, j))
    return sorted(matched, key=lambda p: p[1])


def object_prf(detected, target) -> PRF:
    """Object P/R/F1 on (shape, color, size) multisets, via ``match_objects``.

    tp = matched pairs, fp = detected objects left unmatched, fn = target objects left unmatched.
    Position plays no part in whether a pair counts (only in which copy is paired), as in GeNeVA.
    """
    n = len(match_objects(detected, target))
    return PRF(n, len(_objects(detected)) - n, len(_objects(target)) - n)


def centre_errors(detected, target) -> list[float]:
    """Euclidean distance between centres (fraction of the canvas) of each matched pair."""
    det, tgt = _objects(detected), _objects(target)
    return [math.dist(_position(det[i]), _position(tgt[j])) for i, j in match_objects(det, tgt)]


# 3. Relational similarity.
def _sign(d: np.ndarray, tie: float) -> np.ndarray:
    return np.where(np.abs(d) <= tie, 0.0, np.sign(d))


def _relation_matrices(objs, tie: float) -> tuple[np.ndarray, np.ndarray]:
    """sign(x_i - x_j) and sign(y_i - y_j); on the diagonal, each object against the canvas centre."""
    xy = np.array([_position(o) for o in objs], dtype=np.float64).reshape(-1, 2)
    mx = _sign(xy[:, None, 0] - xy[None, :, 0], tie)
    my = _sign(xy[:, None, 1] - xy[None, :, 1], tie)
    np.fill_diagonal(mx, _sign(xy[:, 0] - 0.5, tie))
    np.fill_diagonal(my, _sign(xy[:, 1] - 0.5, tie))
    return mx, my


def rsim(detected, target, tie: float = MARGIN) -> float:
    """Relational similarity, as GeNeVA (El-Nouby et al., 2019) defines it.

    1. Match detected to target objects (``match_objects``); let the k matched target objects be
       g_1..g_k and their detections p_1..p_k, in the same order.
    2. For each side build two k x k matrices: X[i, j] = sign(x_i - x_j) and Y[i, j] = sign(y_i - y_j)
       for i != j; the diagonal X[i, i] = sign(x_i - 0.5), Y[i, i] = sign(y_i - 0.5) places each
       object against the canvas centre.
    3. rsim = recall * (number of entries where X_gt == X_pred plus those where Y_gt == Y_pred)
       / (2 * k * k), with recall = k / number of target objects.

    Nothing matched gives 0 (with targets) and an empty target with an empty detection gives 1.

    One deviation, on ties: GeNeVA takes signs exactly. Here a difference within ``tie`` (default
    the world's ``MARGIN``, 0.05 of the canvas, the margin of "left of"/"above") has sign 0, because
    objects in one column of region slots share x exactly and a detection 0.01 off must not turn
    "same column" into "left of". ``tie=0`` gives GeNeVA's exact signs.
    """
    det, tgt = _objects(detected), _objects(target)
    if not tgt:
        return 1.0 if not det else 0.0
    pairs = match_objects(det, tgt)
    if not pairs:
        return 0.0
    gx, gy = _relation_matrices([tgt[j] for _, j in pairs], tie)
    px, py = _relation_matrices([det[i] for i, _ in pairs], tie)
    k = len(pairs)
    agree = float((gx == px).sum() + (gy == py).sum()) / (2 * k * k)
    return agree * k / len(tgt)


# 4. Image statistics in the detector's feature space.
def frechet_distance(real: np.ndarray, fake: np.ndarray) -> float:
    """Frechet distance between Gaussians fitted to two feature sets (rows are images).

    d = |mu_r - mu_f|^2 + Tr(S_r + S_f - 2 (S_r S_f)^(1/2)). The features here are the dialogan
    detector's pooled penultimate features, so this is NOT Inception-FID (whose weights cannot be
    had offline) and its numbers are not comparable with published FIDs; compare only runs
    scored with the same detector. The matrix square root is taken through the eigenvalues of
    S_r^(1/2) S_f S_r^(1/2), which is symmetric, so it is stable without scipy.
    """
    real, fake = np.asarray(real, np.float64), np.asarray(fake, np.float64)
    if len(real) < 2 or len(fake) < 2:
        raise ValueError(f"the Frechet distance needs at least 2 images per side, got {len(real)} and {len(fake)}")
    mu_r, mu_f = real.mean(0), fake.mean(0)
    s_r, s_f = np.cov(real, rowvar=False), np.cov(fake, rowvar=False)
    w, v = np.linalg.eigh(s_r)
    root_r = (v * np.sqrt(np.clip(w, 0, None))) @ v.T
    middle = np.linalg.eigvalsh(root_r @ s_f @ root_r)
    trace_sqrt = np.sqrt(np.clip(middle, 0, None)).sum()
    return float(((mu_r - mu_f) ** 2).sum() + np.trace(s_r) + np.trace(s_f) - 2 * trace_sqrt)


def diversity(vectors: np.ndarray) -> float:
    """Mean pairwise Euclidean distance between rows (e.g. features or pixels of one scene drawn
    with different seeds); 0 means every seed gives the same picture."""
    x = np.asarray(vectors, np.float64).reshape(len(vectors), -1)
    if len(x) < 2:
        return 0.0
    d = np.sqrt(np.clip(((x[:, None, :] - x[None, :, :]) ** 2).sum(-1), 0, None))
    n = len(x)
    return float(d.sum() / (n * (n - 1)))


def kid(real: np.ndarray, fake: np.ndarray, subsets: int = 100, subset_size: int = 1000,
        seed: int = 0, paired: bool = False) -> tuple[float, float]:
    """Kernel Inception Distance (Binkowski et al., 2018) in whatever feature space the rows come from:
    (mean, standard error) of the unbiased MMD^2 over ``subsets`` random subsets.

    The kernel is the cubic polynomial k(x, y) = (x . y / d + 1) ** 3, d the feature width. On each
    subset, m = min(``subset_size``, len(real), len(fake)) rows are drawn without replacement from
    each side and MMD^2 = sum_{i != j} k(r_i, r_j) / (m (m - 1)) + sum_{i != j} k(f_i, f_j) / (m (m - 1))
    - 2 sum_{i, j} k(r_i, f_j) / m^2 (unbiased: it can be slightly negative when the sides agree).
    The standard error is the subsets' standard deviation over sqrt(``subsets``); the subsets
    overlap, so it understates the spread of a fresh sample. Here the features are the dialogan
    detector's, so this is not comparable with published KIDs (Inception features).

    ``paired``: row i of ``real`` and of ``fake`` show the same scene (the evaluator's renders of the
    scenes the system drew). The estimate assumes independent sides, and a picture's own render
    is closer to it than any other, which drives MMD^2 far below zero; so each subset takes its
    real rows and its fake rows from disjoint halves of one shuffle (m <= half the rows).
    """
    real, fake = np.asarray(real, np.float64), np.asarray(fake, np.float64)
    if real.ndim != 2 or fake.ndim != 2 or real.shape[1] != fake.shape[1]:
        raise ValueError(f"KID needs two feature matrices of one width, got shapes {real.shape} and {fake.shape}")
    if paired and len(real) != len(fake):
        raise ValueError(f"paired KID needs as many real rows as fake ones, got {len(real)} and {len(fake)}")
    m = min(subset_size, len(real) // 2) if paired else min(subset_size, len(real), len(fake))
    if m < 2:
        raise ValueError(f"KID needs at least 2 rows per side (4 when paired), got {len(real)} and "
                         f"{len(fake)}")
    if subsets < 1:
        raise ValueError(f"KID needs at least one subset, got subsets={subsets}")
    d = real.shape[1]
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(subsets):
        if paired:
            order = rng.permutation(len(real))
            r, f = real[order[:m]], fake[order[m:2 * m]]
        else:
            r = real[rng.choice(len(real), m, replace=False)]
            f = fake[rng.choice(len(fake), m, replace=False)]
        k_rr, k_ff, k_rf = ((a @ b.T / d + 1) ** 3 for a, b in ((r, r), (f, f), (r, f)))
        within = (k_rr.sum() - np.trace(k_rr) + k_ff.sum() - np.trace(k_ff)) / (m * (m - 1))
        values.append(within - 2 * k_rf.sum() / (m * m))
    values = np.asarray(values)
    return float(values.mean()), float(values.std() / np.sqrt(subsets))


def seed_distance(images) -> float:
    """Mean absolute per-pixel difference (0..255 per channel) over all pairs of pictures of one
    scene drawn with different seeds: 0 means every seed gives the same picture. ``images`` are
    PIL images or arrays of one size; values in 0..255."""
    x = np.stack([np.asarray(im, np.float64) for im in images]).reshape(len(images), -1)
    if len(x) < 2:
        raise ValueError(f"seed distance needs at least 2 pictures, got {len(x)}")
    pairs = [np.abs(x[i] - x[j]).mean() for i in range(len(x)) for j in range(i + 1, len(x))]
    return float(np.mean(pairs))


# 5. Replies to questions.
_ZH_DIGITS = {"零": 0, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_EN_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine".split())} | {"no": 0, "none": 0}
# Colour words, longest first, so that 粉红色 reads as pink (not pink and red), 橘黄色 as orange,
# 蓝绿色 as cyan, and "royal blue" as blue once.
_COLOR_WORDS = sorted({
    **{c: c for c in COLORS}, "grey": "gray", "silver gray": "gray", "silver grey": "gray", "ash": "gray",
    "turquoise": "cyan", "aqua": "cyan", "teal": "cyan", "navy": "blue", "royal blue": "blue",
    "chocolate": "brown", "tan": "brown", "violet": "purple", "magenta": "pink", "scarlet": "red",
    "红": "red", "鲜红": "red", "橙": "orange", "橘": "orange", "橘黄": "orange", "黄": "yellow",
    "绿": "green", "青": "cyan", "蓝绿": "cyan", "湖蓝": "cyan", "蓝": "blue", "深蓝": "blue",
    "紫": "purple", "紫罗兰": "purple", "粉": "pink", "粉红": "pink", "棕": "brown", "褐": "brown",
    "咖啡": "brown", "灰": "gray", "银灰": "gray",
}.items(), key=lambda kv: -len(kv[0]))
_NEGATIVE = re.compile(r"\b(no|not|none|nope)\b|没有|不是|没|无|否|不")
_POSITIVE = re.compile(r"\b(yes|yeah|yep|there is|there are)\b|是|有|对")


def reply_numbers(reply: str) -> list[int]:
    """Counts stated in a reply: digits, English number words, Chinese numerals 零..九 and 两."""
    text = reply.lower()
    found = [int(m) for m in re.findall(r"\d+", text)]
    found += [v for w, v in _EN_NUMBERS.items() if re.search(rf"\b{w}\b", text)]
    found += [v for w, v in _ZH_DIGITS.items() if w in reply]
    return found


def reply_colors(reply: str) -> set[str]:
    """Colour names (canonical English) a reply mentions, in English or Chinese, synonyms included."""
    text = reply.lower()
    found = set()
    for word, colour in _COLOR_WORDS:
        pattern = re.escape(word) if not word.isascii() else rf"\b{re.escape(word)}\b"
        if re.search(pattern, text):
            found.add(colour)
            text = re.sub(pattern, " ", text)  # a longer word claims its characters first
    return found


def reply_polarity(reply: str) -> bool | None:
    """True for yes/是/有, False for no/没有/不, None when the reply says neither.

    A negation wins over an affirmation in the same reply, since 没有 contains 有.
    """
    text = reply.lower()
    if _NEGATIVE.search(text):
        return False
    if _POSITIVE.search(text):
        return True
    return None


def reply_correct(reply: str, expected: str, kind: str) -> bool:
    """Whether ``reply`` carries the answer in ``expected`` (the reference reply) for a question.

    kind "count": the reply states the same number the reference does (and no other);
    kind "color": the reply names every colour the reference names;
    kind "exists": the reply has the reference's polarity (yes/是/有 vs no/没有).
    """
    if kind == "count":
        want = set(reply_numbers(expected))
        return bool(want) and set(reply_numbers(reply)) == want
    if kind == "color":
        want = reply_colors(expected)
        return bool(want) and want <= reply_colors(reply)
    if kind == "exists":
        want = reply_polarity(expected)
        return want is not None and reply_polarity(reply) == want
    raise ValueError(f"unknown question kind {kind!r}; kinds are count, color, exists")
