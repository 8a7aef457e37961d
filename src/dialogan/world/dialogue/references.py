"""How a user points at objects already drawn, and which object a reference picks out.

A reference is ``(kind, fields)``: ``("pron", {})`` for "it"/"它" (which names the focus, the
object the last turn touched, as ``apply_edit`` resolves it), ``("other", {"shape": s})`` for
"the other one"/"另一个" (the one other object of the focus's shape), else a description kind
("color_shape", "area", ...) with the fields it says (shape, color, size, area). The world
(``edits.matching``) decides what a description fits; these functions choose descriptions that
fit one object, several, or none. Placement rules are in ``edits``.
"""
from __future__ import annotations

import random

from ..edits import cell_of, describe, matching, region_name
from ..scene import COLORS, SHAPES, SceneObject
from .plans import DialogueState

Reference = tuple[str, dict]
_COLORS = tuple(COLORS)


def descriptions(o: SceneObject) -> list[tuple[str, dict, int]]:
    """Ways to point at ``o`` as (kind, fields, weight)."""
    col, row = cell_of(o)
    areas = [region_name(o)] if (col != 1) == (row != 1) else []
    areas += [a for a, ok in (("left", col == 0), ("right", col == 2), ("top", row == 0), ("bottom", row == 2)) if ok]
    out = [("shape", {"shape": o.shape}, 6), ("color_shape", {"color": o.color, "shape": o.shape}, 6),
           ("size_shape", {"size": o.size, "shape": o.shape}, 2), ("color", {"color": o.color}, 3),
           ("size_color_shape", {"size": o.size, "color": o.color, "shape": o.shape}, 1),
           ("size", {"size": o.size}, 1)]
    for a in areas:
        out += [("area", {"area": a}, 2), ("area_shape", {"area": a, "shape": o.shape}, 1)]
    return out


def edit_words(ref: Reference) -> str:
    """How an edit program names what ``ref`` points at: ``it`` for a pronoun, else the description's words."""
    return "it" if ref[0] == "pron" else "other" if ref[0] == "other" else describe(ref[1])


def weighted(rng: random.Random, options):
    """One of ``options`` (tuples whose last item is a weight), drawn by weight."""
    return rng.choices(options, weights=[o[-1] for o in options])[0]


def unique_ref(st: DialogueState, rng: random.Random, i: int, pron: float = 0.55) -> Reference | None:
    """A reference that picks out object ``i`` alone: a pronoun (chance ``pron``) if it is the focus, else
    a description that fits it only; None for twins with nothing to tell them apart."""
    if st.it == i and rng.random() < pron:
        return ("pron", {})
    opts = [d for d in descriptions(st.scene[i]) if matching(st.scene, d[1]) == [i]]
    if not opts:  # the caller picks another turn
        return None
    kind, f, _ = weighted(rng, opts)
    return (kind, f)


def ambiguous_ref(st: DialogueState, rng: random.Random) -> Reference | None:
    """A description that fits two or more objects of the scene, or None if none does."""
    opts = [d for o in st.scene for d in descriptions(o) if d[0] not in ("size_color_shape",)
            and len(matching(st.scene, d[1])) >= 2]
    if not opts:
        return None
    kind, f, _ = weighted(rng, opts)
    return (kind, f)


def missing_ref(st: DialogueState, rng: random.Random) -> Reference | None:
    """A description (shape and/or colour) that fits no object of the scene, or None after 20 tries."""
    for _ in range(20):
        kind = rng.choice(("shape", "color_shape", "color_shape", "color"))
        f = {"shape": rng.choice(SHAPES), "color": rng.choice(_COLORS)}
        f = {k: v for k, v in f.items() if k in kind}
        if not matching(st.scene, f):
            return (kind, f)
    return None

