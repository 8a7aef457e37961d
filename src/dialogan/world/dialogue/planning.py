"""Dialogues over the shapes world: what the user asks, what the scene becomes, what the system says.

Each turn is planned as meaning first (an act, its targets, the resulting scene, an outcome)
and only then put into words: a template from ``phrasing_en``/``phrasing_zh`` whose slots
are filled with synonyms, object descriptions and places. The world rules are deterministic
(objects sit at the nine region centres; see ``edits``) so a language
model can learn them exactly; the replies are fixed per (act, outcome, language).

A deterministic ~15% of the phrasing parts (templates and synonyms) is held out, drawn from
the second half of each list (lists are written most common first, so what most people say
always trains): split "train" and "test" never use them, split "unseen" uses only held-out
templates and prefers held-out synonyms.
"""
from __future__ import annotations

import random
import zlib
from dataclasses import dataclass

from .. import phrasing_en, phrasing_zh
from ..edits import (CELL_REGION, DIR_REL, REL_DIRS, STEP, cell_of, describe, matching, place, region_name,
                    relative_cell)
from ..scene import COLORS, MAX_OBJECTS, REGIONS, SHAPES, Scene, SceneObject, region_centre


@dataclass(frozen=True)
class DialogueTurn:
    text: str        # the user's message
    reply: str       # the system's reply, in the user's language (Chinese for mixed messages)
    scene: Scene     # the target scene after this turn
    act: str         # one of ACTS
    lang: str        # "en", "zh" or "mix"
    phrasing: str    # id of the template used: "<key>.<lang>.<index>"
    command: str = ""  # "undo"/"redo" for those acts (the chat's stack applies it), else ""
    edit: str = "keep"  # what the turn changes, as an ``edits`` program (commands: the command)


@dataclass(frozen=True)
class Dialogue:
    id: str
    turns: tuple[DialogueTurn, ...]


ACTS = ("add", "add_relative", "remove", "recolor", "resize", "move", "clear", "undo", "redo", "count",
        "ask_color", "ask_where", "ask_exists", "describe", "greet", "thanks", "help", "out_of_world",
        "ambiguous", "missing", "no_room", "clarify")
SPLITS = ("train", "test", "unseen")
HELD_OUT_SHARE = 0.15
LANGS = {"en": phrasing_en, "zh": phrasing_zh}
_COLORS = tuple(COLORS)
_REF_ACTS = ("remove", "recolor", "resize", "move", "ask_color", "ask_where", "add_relative")
ACT_KEYS = {"add": ("add", "add@place"), "add_relative": ("add_relative", "add_relative@bare"),
            "remove": ("remove",),
            "recolor": ("recolor", "recolor@bare"), "resize": ("resize@to", "resize@cmp", "resize@bare"),
            "move": ("move@region", "move@rel", "move@dir", "move@bare"),
            "out_of_world": ("out_of_world", "out_of_world@chat"),
            "ambiguous": ("remove", "recolor", "resize@to", "resize@cmp", "move@region", "move@rel", "move@dir",
                          "ask_color", "ask_where", "add_relative"),
            "no_room": ("add", "add@place", "add_relative", "add_relative@bare")}
ACT_KEYS["missing"] = ACT_KEYS["ambiguous"]
ACT_KEYS["clarify"] = ("clarify",)
# Slots whose words may come from the other language in a mixed message.
_FOREIGN = ("obj", "ref", "ref2", "color", "cq", "eq", "eqp", "thing")


# 1. Held-out phrasing parts, fixed by a hash so every process agrees. Lexicon groups and
# template lists are written most common first; the first half of each (the words and
# sentences most people use) always trains, and the held-out share is drawn from the rest.
def _rank(key: str) -> int:
    return zlib.crc32(key.encode("utf-8"))


def _halves(items: list) -> tuple[list, list]:
    """(the common first half, which always trains; the rest, from which the held-out share comes)."""
    k = (len(items) + 1) // 2
    return items[:k], items[k:]


def _split_lexicon(lang: str):
    lex = LANGS[lang].LEXICON
    entries = [(g, w) for g, ws in lex.items() for head, tail in [_halves(ws)]
               for w in dict.fromkeys(tail) if w not in head]
    ranked = sorted(entries, key=lambda e: _rank(f"{lang}|{e[0]}|{e[1]}"))
    # The share is of all non-canonical words, so the held-out count is what it was when any could be held.
    held = set(ranked[:round(HELD_OUT_SHARE * sum(len(ws) - 1 for ws in lex.values()))])
    train = {g: [w for w in ws if (g, w) not in held] for g, ws in lex.items()}
    unseen = {g: [w for w in dict.fromkeys(ws) if (g, w) in held and w not in train[g]] for g, ws in lex.items()}
    return train, {g: ws for g, ws in unseen.items() if ws}


def _split_templates(lang: str):
    train, unseen = {}, {}
    for key, temps in LANGS[lang].TEMPLATES.items():
        ids = sorted(_halves(list(range(len(temps))))[1], key=lambda i: _rank(f"{lang}|{key}|{i}"))
        held = set(ids[:max(1, round(HELD_OUT_SHARE * len(temps)))])
        train[key] = [(i, t) for i, t in enumerate(temps) if i not in held]
        unseen[key] = [(i, t) for i, t in enumerate(temps) if i in held]
    return train, unseen


_WORDS = {lang: _split_lexicon(lang) for lang in LANGS}
_TEMPLATES = {lang: _split_templates(lang) for lang in LANGS}


def _mixable(template: str) -> bool:
    return any("{" + s + "}" in template for s in _FOREIGN) or "{relph}" in template


def held_out_words(lang: str) -> dict[str, list[str]]:
    """The synonyms held out of training for ``lang``, by lexicon group."""
    return {g: list(ws) for g, ws in _WORDS[lang][1].items()}


def template_ids(split: str = "all") -> set[str]:
    """Ids ("<key>.<lang>.<index>") of the templates a split may use ("all", "train", "unseen")."""
    out = set()
    for lang, (train, unseen) in _TEMPLATES.items():
        for table in ((train, unseen) if split == "all" else (unseen,) if split == "unseen" else (train,)):
            out.update(f"{k}.{lang}.{i}" for k, temps in table.items() for i, _ in temps)
    return out


def phrasing_counts(split: str = "all") -> dict[tuple[str, str], int]:
    """(act, lang) -> number of distinct templates that act can be phrased with in ``split``.

    ``split`` is "all", "train" (also "test") or "unseen"; "mix" counts the templates of either
    language that take words from the other.
    """
    if split not in ("all",) + SPLITS:
        raise ValueError(f"split={split!r}; use 'all', 'train', 'test' or 'unseen'")
    counts = {}
    for act in ACTS:
        keys = ACT_KEYS.get(act, (act,))
        mix = 0
        for lang, (train, unseen) in _TEMPLATES.items():
            pools = (train, unseen) if split == "all" else (unseen,) if split == "unseen" else (train,)
            temps = [t for pool in pools for k in keys for _, t in pool.get(k, ())]
            counts[(act, lang)] = len(temps)
            mix += sum(map(_mixable, temps))
        counts[(act, "mix")] = mix
    return counts


class _Picker:
    """Random choices for one language, restricted to the words a split may use."""

    def __init__(self, rng: random.Random, lang: str, unseen: bool):
        self.rng, self.unseen = rng, unseen
        self.train, self.held = _WORDS[lang]
        self.random, self.randint, self.choice = rng.random, rng.randint, rng.choice

    def word(self, group: str) -> str:
        if self.unseen and group in self.held and self.rng.random() < 0.7:
            return self.rng.choice(self.held[group])
        return self.rng.choice(self.train[group])

    def chance(self, p: float) -> bool:
        return self.rng.random() < p


# 2. References (the placement rules are in ``edits``).
def _descriptions(o: SceneObject) -> list[tuple[str, dict, int]]:
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


def _said(st, ref, i: int) -> str:
    """How the edit names object ``i`` referred to by ``ref``: the words of a named reference,
    ``it`` for a pronoun (which points at the focus, as ``apply_edit`` resolves it)."""
    return "it" if ref[0] == "pron" else describe(ref[1])


def _weighted(rng, options):
    return rng.choices(options, weights=[o[-1] for o in options])[0]


def _unique_ref(st, rng, i: int, pron: float = 0.55):
    if st.focus == i and rng.random() < pron:
        return ("pron", {})
    opts = [d for d in _descriptions(st.scene[i]) if matching(st.scene, d[1]) == [i]]
    if not opts:  # twins with nothing to tell them apart: the caller picks another turn
        return None
    kind, f, _ = _weighted(rng, opts)
    return (kind, f)


def _ambiguous_ref(st, rng):
    opts = [d for o in st.scene for d in _descriptions(o) if d[0] not in ("size_color_shape",)
            and len(matching(st.scene, d[1])) >= 2]
    if not opts:
        return None
    kind, f, _ = _weighted(rng, opts)
    return (kind, f)


def _missing_ref(st, rng):
    for _ in range(20):
        kind = rng.choice(("shape", "color_shape", "color_shape", "color"))
        f = {"shape": rng.choice(SHAPES), "color": rng.choice(_COLORS)}
        f = {k: v for k, v in f.items() if k in kind}
        if not matching(st.scene, f):
            return (kind, f)
    return None


# 3. Planning a turn: meaning, resulting scene, outcome.
class _State:
    def __init__(self):
        self.scene, self.focus, self.undo, self.redo = Scene(()), None, [], []
        self.pending = None  # what the last turn asked "which one?" about, for the user's answer

    def commit(self, scene: Scene, focus):
        self.undo.append((self.scene, self.focus))  # undo returns to a picture and what "it" named there
        self.redo.clear()
        self.scene, self.focus = scene, focus


class _Plan:
    """One planned turn: ``slots`` and ``said`` hold meanings, rendered later in some language."""
    __slots__ = ("act", "key", "slots", "outcome", "said", "scene", "focus", "command", "question", "edit",
                 "label", "pending")

    def __init__(self, act, key, slots, outcome="ok", said=None, scene=None, focus=None, command="",
                 question=False, edit="keep"):
        self.act, self.key, self.slots, self.outcome, self.said = act, key, slots, outcome, said or {}
        self.scene, self.focus, self.command, self.question = scene, focus, command, question
        self.edit = command or edit
        self.label = act  # the act the turn is counted under (a clarify turn replies as the act it completes)
        self.pending = None


def _new_spec(rng, scene):
    shape, color = rng.choice(SHAPES), rng.choice(_COLORS)
    if scene and rng.random() < 0.4:  # shared attributes make later references need care
        o = rng.choice(scene.objects)
        shape, color = (o.shape, color) if rng.random() < 0.5 else (shape, o.color)
    r = rng.random()
    size = None if r < 0.35 else "small" if r < 0.65 else "large"
    # An unsaid colour is blue, an unsaid size large: fixed so a model can learn them.
    return size, (color if rng.random() < 0.96 else None), shape


def _obj(size, color, shape, region) -> SceneObject:
    return SceneObject(shape, color or "blue", size or "large", *region_centre(region))


def _plan_add(st, rng, overflow=False):
    free = MAX_OBJECTS - len(st.scene)
    r = rng.random()
    if overflow:
        n = rng.choice([c for c in (free + 1, 9, 10, 12) if c > free])
        items = [(*_new_spec(rng, st.scene), n, None)]
    elif r < 0.62:
        items = [(*_new_spec(rng, st.scene), 1, rng.choice(list(REGIONS)) if rng.random() < 0.65 else None)]
    elif r < 0.72:
        items = [(*_new_spec(rng, st.scene), rng.choice((2, 2, 3)), None)]
    else:  # several different objects in one message, the hardest adds: a large share
        placed = rng.random() < 0.4
        items = []
        for _ in range(rng.choice((2, 2, 3))):  # "a green square and two orange circles"
            count = 1 if placed or rng.random() < 0.8 else rng.choice((2, 2, 3))
            items.append((*_new_spec(rng, st.scene), count, rng.choice(list(REGIONS)) if placed else None))
    total = sum(it[3] for it in items)
    edit = " ; ".join(f"add {'' if count == 1 else f'{count} '}{size or 'large'} {color or 'blue'} {shape}"
                      + (f" at {region}" if region else "") for size, color, shape, count, region in items)
    single_place = len(items) == 1 and items[0][4] is not None
    key = "add@place" if single_place else "add"
    slots = {"obj": ("obj", [it if not single_place else it[:4] + (None,) for it in items])}
    if single_place:
        slots["place"] = slots["bplace"] = ("place", items[0][4])
    if total > free:
        return _Plan("no_room", key, slots, "full" if free == 0 else "too_many",
                     {"n": ("n", free), "shapes": ("shapes", free)}, edit=edit)
    taken, scene, placed = {cell_of(o) for o in st.scene}, st.scene, []
    for size, color, shape, count, region in items:
        for _ in range(count):
            where = place(region, taken)
            obj = _obj(size, color, shape, where)
            taken.add(REGIONS[where])
            scene = scene.added(obj)
            placed.append((obj, region, where))
    if len(placed) > 1:
        return _Plan("add", key, slots, "many", {"list": ("list", ("add", [p[0] for p in placed]))}, scene,
                     len(scene) - 1, edit=edit)
    obj, asked, where = placed[0]
    said = {"name": ("name", obj), "region": ("region", where)}
    if asked and asked != where:
        return _Plan("add", key, slots, "taken", dict(said, asked=("region", asked)), scene, len(scene) - 1, edit=edit)
    return _Plan("add", key, slots, "ok", said, scene, len(scene) - 1, edit=edit)


def _size_slots(size: str) -> dict:
    """Every way a template may say the new size: the word, its Chinese name, comparative, "too ...", verb."""
    return {kind: (kind, size) for kind in ("size", "sz", "cmp", "too", "scale")}


def _ref_slots(ref, rel=None):
    slots = {"ref": ("ref", ref)}
    if rel:
        slots.update(rel=("rel", rel), relph=("relph", (rel, ref)))
    return slots


def _plan_add_relative(st, rng, want_no_room=False):
    if not st.scene:
        return None
    rels = list(REL_DIRS)
    j = rng.randrange(len(st.scene))
    taken = {cell_of(o) for o in st.scene}
    if want_no_room:  # pick a relation that finds no free cell, if any object has one
        opts = [(j, rel) for j in range(len(st.scene)) for rel in rels
                if relative_cell(cell_of(st.scene[j]), rel, taken) is None]
        if not opts or len(st.scene) >= MAX_OBJECTS:
            return None
        j, rel = rng.choice(opts)
    else:
        rel = rng.choice(rels)
    anchor, ref = st.scene[j], _unique_ref(st, rng, j)
    if ref is None or _said(st, ref, j) is None:
        return None
    size, color, shape = _new_spec(rng, st.scene)
    slots = dict(_ref_slots(ref, rel), obj=("obj", [(size, color, shape, 1, None)]), relit=("relit", rel))
    key = "add_relative@bare" if ref[0] == "pron" and rng.random() < 0.4 else "add_relative"  # "to its left"
    edit = f"add {size or 'large'} {color or 'blue'} {shape} {rel} {_said(st, ref, j)}"
    if len(st.scene) >= MAX_OBJECTS:
        return _Plan("no_room", key, slots, "full", edit=edit)
    cell = relative_cell(cell_of(anchor), rel, taken)
    if cell is None:
        return _Plan("no_room", key, slots, "side", {"rel": ("rel", rel), "name": ("name", anchor)},
                     edit=edit)
    obj = _obj(size, color, shape, CELL_REGION[cell])
    scene = st.scene.added(obj)
    return _Plan("add_relative", key, slots, "ok",
                 {"name": ("name", obj), "region": ("region", CELL_REGION[cell])}, scene, len(scene) - 1, edit=edit)


def _plan_edit(st, rng, act, target=None, args=None):
    """remove, recolor, resize, move, ask_color, ask_where on one uniquely described object.

    ``target`` (index, reference) and ``args`` (the colour, size, region or direction) fix what
    is otherwise drawn at random: a clarify turn completes the edit an ambiguous turn asked about.
    """
    if not st.scene:
        return None
    args = args or {}
    # A pronoun points at the focus; a named reference at any object, evenly (people name the
    # object they mean, which is as often an older one as the newest).
    if target is not None:
        i, ref = target
    elif st.focus is not None and rng.random() < 0.3:
        i, ref = st.focus, ("pron", {})
    else:
        i = rng.randrange(len(st.scene))
        ref = _unique_ref(st, rng, i, pron=0.0)
    o = st.scene[i]
    if ref is None or _said(st, ref, i) is None:
        return None
    obj = _said(st, ref, i)
    slots, said = _ref_slots(ref), {"name": ("name", o), "old": ("name", o)}
    bare = ref[0] == "pron" and rng.random() < 0.3
    if act == "remove":
        return _Plan(act, "remove", slots, "ok", said, st.scene.removed(i), None, edit=f"remove {obj}")
    if act in ("ask_color", "ask_where"):
        said.update(color=("color", o.color), region=("region", region_name(o)))
        return _Plan(act, act, slots, "ok", said, st.scene, i, question=True, edit=f"ask {obj}")
    if act == "recolor":
        color = args.get("color") or (o.color if rng.random() < 0.12 else rng.choice([c for c in _COLORS if c != o.color]))
        slots["color"] = said["color"] = ("color", color)
        key, edit = "recolor@bare" if bare else "recolor", f"recolor {obj} {color}"
        if color == o.color:
            return _Plan(act, key, slots, "same", said, st.scene, i, edit=edit)
        new = SceneObject(o.shape, color, o.size, o.x, o.y)
        return _Plan(act, key, slots, "ok", said, st.scene.replaced(i, new), i, edit=edit)
    if act == "resize":
        size = args.get("size") or (o.size if rng.random() < 0.15 else ("small" if o.size == "large" else "large"))
        slots.update(_size_slots(size))
        said["size"] = ("size", size)
        key = "resize@bare" if bare else rng.choice(("resize@to", "resize@cmp", "resize@cmp"))
        edit = f"resize {obj} {size}"
        if size == o.size:
            return _Plan(act, key, slots, "same", said, st.scene, i, edit=edit)
        new = SceneObject(o.shape, o.color, size, o.x, o.y)
        return _Plan(act, key, slots, "ok", said, st.scene.replaced(i, new), i, edit=edit)
    return _plan_move(st, rng, i, obj, slots, said, bare, args)


def _plan_move(st, rng, i, obj, slots, said, bare, args=None):
    o, own = st.scene[i], cell_of(st.scene[i])
    taken = {cell_of(p) for k, p in enumerate(st.scene) if k != i}
    args = args or {}
    r = 0.0 if "dir" in args else 1.0 if "region" in args else rng.random()
    if bare or r < 0.35:
        d = args.get("dir") or rng.choice(list(STEP))
        slots.update(dir=("dir", d), dirb=("dirb", d))
        key, edit = "move@bare" if bare else "move@dir", f"move {obj} {d}"
        c = (own[0] + STEP[d][0], own[1] + STEP[d][1])
        if not (0 <= c[0] <= 2 and 0 <= c[1] <= 2):
            said.update(side=("side", d), dir=("dir", d))
            return _Plan("move", key, slots, "edge", said, st.scene, i, edit=edit)
        dest = relative_cell(own, DIR_REL[d], taken)
        outcome = "ok" if dest else "blocked"
    elif r < 0.55 and len(st.scene) > 1:
        j = rng.choice([k for k in range(len(st.scene)) if k != i])
        rel = rng.choice(list(REL_DIRS))
        ref2 = _unique_ref(st, rng, j, pron=0.0)
        if ref2 is None:
            return None
        slots.update(ref2=("ref", ref2), rel=("rel", rel), relph=("relph", (rel, ref2)))
        key, edit = "move@rel", f"move {obj} {rel} {describe(ref2[1])}"
        dest = relative_cell(cell_of(st.scene[j]), rel, taken, own)
        outcome = "blocked" if dest is None else "same" if dest == own else "ok"
    else:
        region = args.get("region") or (region_name(o) if rng.random() < 0.08
                                        else rng.choice([g for g in REGIONS if g != region_name(o)]))
        slots.update(place=("place", region), bplace=("place", region), the_place=("the_place", region))
        key, edit = "move@region", f"move {obj} to {region}"
        if region == region_name(o):
            dest, outcome = own, "same"
        else:
            dest = REGIONS[place(region, taken, own)]
            outcome = "ok" if CELL_REGION[dest] == region else "taken"
            said["asked"] = ("region", region)
    if outcome in ("blocked", "same"):
        said["region"] = ("region", region_name(o))
        return _Plan("move", key, slots, outcome, said, st.scene, i, edit=edit)
    where = CELL_REGION[dest]
    said["region"] = ("region", where)
    return _Plan("move", key, slots, outcome, said, st.scene.replaced(i, o.moved(*region_centre(where))), i, edit=edit)


def _plan_unclear(st, rng, act):
    """An edit or question whose reference fits several objects (ambiguous) or none (missing)."""
    ref = _ambiguous_ref(st, rng) if act == "ambiguous" else _missing_ref(st, rng)
    if ref is None:
        return None
    base = rng.choice(("remove", "recolor", "resize", "move", "ask_color", "ask_where", "add_relative"))
    slots, desc = _ref_slots(ref), describe(ref[1])
    key, edit = base, f"ask {desc}"  # the world finds no one object, for a question as for an edit
    args = {}
    if base == "remove":
        edit = f"remove {desc}"
    elif base == "recolor":
        color = rng.choice(_COLORS)
        slots["color"], args = ("color", color), {"color": color}
        edit = f"recolor {desc} {color}"
    elif base == "resize":
        size = rng.choice(("small", "large"))
        slots.update(_size_slots(size))
        key, edit = rng.choice(("resize@to", "resize@cmp")), f"resize {desc} {size}"
        args = {"size": size}
    elif base == "move":
        region = rng.choice(list(REGIONS))
        d = rng.choice(list(STEP))
        slots.update(place=("place", region), bplace=("place", region), the_place=("the_place", region),
                     dir=("dir", d), dirb=("dirb", d))
        key = rng.choice(("move@region", "move@dir"))
        edit = f"move {desc} to {region}" if key == "move@region" else f"move {desc} {d}"
        args = {"region": region} if key == "move@region" else {"dir": d}
    elif base == "add_relative":
        rel = rng.choice(list(REL_DIRS))
        size, color, shape = _new_spec(rng, st.scene)
        slots.update(_ref_slots(ref, rel), obj=("obj", [(size, color, shape, 1, None)]))
        edit = f"add {size or 'large'} {color or 'blue'} {shape} {rel} {desc}"
    question = base.startswith("ask")
    if act == "ambiguous":
        hits = matching(st.scene, ref[1])
        plan = _Plan(act, key, slots, "ok", {"cands": ("list", ("cand", [st.scene[k] for k in hits]))}, st.scene,
                     st.focus, question=question, edit=edit)
        if base != "add_relative":
            plan.pending = {"act": base, "args": args, "desc": ref[1], "hits": hits}
        return plan
    return _Plan(act, key, slots, "ok", {"desc": ("desc", ref[1])}, st.scene, st.focus, question=question, edit=edit)


def _plan_clarify(st, rng):
    """The user's answer to "which one do you mean?": words that single out one of the objects the
    last turn could not choose between ("the one on the left", "the small one", "左边那个"), and the
    edit or question that turn asked about, carried out on that object."""
    pending = st.pending
    k = rng.choice(pending["hits"])
    o, desc = st.scene[k], pending["desc"]
    options = []
    for kind, f, w in _descriptions(o):
        extra = {key: v for key, v in f.items() if key not in desc}
        if extra and matching(st.scene, {**desc, **extra}) == [k]:
            options.append((kind, extra, w + 2 * ("area" in extra)))
    if not options:
        return None
    _, extra, _ = _weighted(rng, options)
    full = {**desc, **extra}
    said = dict(extra, shape=desc["shape"]) if "shape" in desc and rng.random() < 0.4 else extra
    kind = "_".join(key for key in ("area", "size", "color", "shape") if key in said)
    plan = _plan_edit(st, rng, pending["act"], target=(k, (kind, full)), args=pending["args"])
    if plan is None:
        return None
    plan.key, plan.slots, plan.label = "clarify", {"ref": ("ref", (kind, said))}, "clarify"
    plan.edit = f"pick {describe(extra)}"  # the world completes the edit it kept from the last turn
    plan.question = False  # an answer, not a question, whatever it completes
    return plan


def _plan_question(st, rng, act):
    scene = st.scene
    if act == "describe":
        if not scene:
            return _Plan(act, act, {}, "none", {}, scene, st.focus, question=True)
        return _Plan(act, act, {}, "ok", {"n": ("n", len(scene)), "shapes": ("shapes", len(scene)),
                                          "list": ("list", ("describe", list(scene)))}, scene, st.focus, question=True)
    o = rng.choice(scene.objects) if scene and rng.random() < 0.6 else None
    shape = o.shape if o else rng.choice(SHAPES)
    color = o.color if o else rng.choice(_COLORS)
    if act == "count":
        f = rng.choice(({}, {}, {"shape": shape}, {"color": color}, {"color": color, "shape": shape}))
        n = len(matching(scene, f))
        return _Plan(act, act, {"cq": ("cq", f)}, "one" if n == 1 else "many",
                     {"n": ("n", n), "what": ("what", (f, n))}, scene, st.focus, question=True,
                     edit=f"count {describe(f)}".strip())
    f = rng.choice(({"shape": shape}, {"color": color, "shape": shape}, {"color": color, "shape": shape}, {"color": color}))
    hits = matching(scene, f)
    slots, edit = {"eq": ("eq", f), "eqp": ("eqp", f)}, f"ask {describe(f)}"
    if not hits:
        return _Plan(act, act, slots, "none", {}, scene, st.focus, question=True, edit=edit)
    if len(hits) == 1:
        return _Plan(act, act, slots, "one", {"region": ("region", scene[hits[0]].region)}, scene, hits[0],
                     question=True, edit=edit)
    return _Plan(act, act, slots, "many", {"n": ("n", len(hits))}, scene, st.focus, question=True, edit=edit)


def _plan_simple(st, rng, act):
    if act in ("undo", "redo"):
        source, target = (st.undo, st.redo) if act == "undo" else (st.redo, st.undo)
        if not source:
            return _Plan(act, act, {}, "none", {}, st.scene, st.focus, command=act)
        return _Plan(act, act, {}, "ok", {}, *source[-1], command=act)
    if act == "clear":
        return _Plan(act, act, {}, "ok" if st.scene else "same", {}, Scene(()), None, edit="clear")
    if act == "out_of_world":
        if rng.random() < 0.2:
            return _Plan(act, "out_of_world@chat", {}, "ok", {}, st.scene, st.focus, question=True)
        kind = rng.choice(("thing", "thing", "color", "shape"))
        spec = (kind, rng.choice(SHAPES) if kind == "color" else rng.choice(_COLORS))
        return _Plan(act, act, {"thing": ("thing", spec), "place": ("place", rng.choice(list(REGIONS)))}, "ok",
                     {}, st.scene, st.focus)
    return _Plan(act, act, {}, "ok", {}, st.scene, st.focus, question=act == "help")


# 4. Choosing acts: weights by state, so every act is well represented.
def _choose_plan(st, rng, turn: int) -> _Plan:
    n = len(st.scene)
    weights = {"add": 40 if n == 0 else 14 if n < MAX_OBJECTS else 0, "add_relative": 8 * (0 < n < MAX_OBJECTS),
               "remove": 7 * (n > 0), "recolor": 9 * (n > 0), "resize": 8 * (n > 0), "move": 10 * (n > 0),
               "clear": 2.5 if n > 1 else 0.4, "undo": 5 if st.undo else 0.8, "redo": 4 if st.redo else 0.6,
               "count": 3, "ask_color": 2.5 * (n > 0), "ask_where": 2.5 * (n > 0), "ask_exists": 2.5,
               "describe": 2, "greet": 12 if turn == 0 else 0.4, "thanks": 2.5 * (turn > 0), "help": 1,
               "out_of_world": 4, "ambiguous": 16 * (n > 1), "missing": 6, "no_room": 3.5}
    acts, w = list(weights), list(weights.values())
    if st.pending is not None and rng.random() < 0.6:
        plan = _plan_clarify(st, rng)
        if plan is not None:
            return plan
    while True:
        act = rng.choices(acts, weights=w)[0]
        if act == "add":
            plan = _plan_add(st, rng)
        elif act == "add_relative":
            plan = _plan_add_relative(st, rng)
        elif act in ("remove", "recolor", "resize", "move", "ask_color", "ask_where"):
            plan = _plan_edit(st, rng, act)
        elif act in ("ambiguous", "missing"):
            plan = _plan_unclear(st, rng, act)
        elif act == "no_room":
            plan = (_plan_add_relative(st, rng, want_no_room=True) if n and rng.random() < 0.5 else None) \
                or _plan_add(st, rng, overflow=True)
        elif act in ("count", "ask_exists", "describe"):
            plan = _plan_question(st, rng, act)
        else:
            plan = _plan_simple(st, rng, act)
        if plan is not None:
            if plan.scene is None:
                plan.scene, plan.focus = st.scene, st.focus
            return plan


def _apply(st, plan: _Plan):
    st.pending = plan.pending
    if plan.command and plan.outcome == "ok":
        source, target = (st.undo, st.redo) if plan.command == "undo" else (st.redo, st.undo)
        target.append((st.scene, st.focus))
        st.scene, st.focus = source.pop()
    elif plan.scene != st.scene:
        st.commit(plan.scene, plan.focus)
    else:
        st.focus = plan.focus


# 5. Wording: user message in a language (or a mix), reply in the user's language.
TYPO_RATE = 0.05  # the share of messages with typing noise in test dialogues


class _Slots(dict):
    """Template slots rendered on first use: meanings from the plan, else a lexicon word."""

    def __init__(self, plan, mod, p, other=None, other_p=None, foreign=()):
        super().__init__()
        self.plan, self.mod, self.p, self.other, self.other_p, self.foreign = plan, mod, p, other, other_p, foreign

    def __missing__(self, name):
        if name in self.plan.slots:
            kind, value = self.plan.slots[name]
            if name in self.foreign:
                out = _render(self.other, self.other_p, kind, value, self.mod)
                out = f" {out} " if self.mod is phrasing_zh else out
            else:
                out = _render(self.mod, self.p, kind, value, None)
        else:
            out = self.p.word(name)
        self[name] = out
        return out


def _render(mod, p, kind, v, frame):
    if kind == "obj":
        if frame is phrasing_zh:  # "画一个 red circle": Chinese quantity, English words
            return frame.join(p, [f"{phrasing_zh.quantity(p, it[3])} {mod.object_phrase(p, *it, head=False)}" for it in v])
        return mod.join(p, [mod.object_phrase(p, *it) for it in v])
    if kind == "ref":
        return mod.ref_phrase(p, *v)
    if kind == "relph":
        return mod.ref_phrase(p, *v[1]) + p.word(f"rel_{v[0]}")
    if kind == "the_place":  # English only: "move it to the bottom left"
        return "the " + p.word(f"the_{v}")
    if kind == "place":
        return p.word(f"at_{v}")
    if kind == "sz":
        return phrasing_zh.SIZE_NAMES[v]
    if kind == "dirb":
        return v
    if kind in ("cq", "eq", "eqp"):
        return mod.kind_phrase(p, v, kind != "eq") if v else p.word("shapes_n")
    if kind == "thing":
        return mod.out_phrase(p, *v)
    if kind in ("color", "size", "cmp", "too", "scale", "dir", "rel", "relit"):
        return p.word(f"{kind}_{v}")
    raise KeyError(kind)


def _reply(mod, plan: _Plan) -> str:
    values = {}
    for name, (kind, v) in plan.said.items():
        if kind == "name":
            values[name] = mod.object_name(v.size, v.color, v.shape)
        elif kind == "region":
            values[name] = mod.region_name(v)
        elif kind == "n":
            values[name] = str(v)
        elif kind == "shapes":
            values[name] = "shape" if v == 1 else "shapes"
        elif kind == "color":
            values[name] = mod.COLOR_WORDS[v][0]
        elif kind == "size":
            values[name] = v if mod is phrasing_en else phrasing_zh.SIZE_NAMES[v]
        elif kind == "list":
            item, objs = v
            values[name] = mod.list_phrase(item, [(mod.object_name(o.size, o.color, o.shape),
                                                   mod.region_name(region_name(o))) for o in objs])
        elif kind == "what":
            values[name] = mod.count_name(*v)
        elif kind == "desc":
            values[name] = mod.desc_name(v)
        elif kind in ("side", "dir"):
            values[name] = mod.SIDE[v] if kind == "side" or mod is phrasing_zh else v
        elif kind == "rel":
            values[name] = mod.REL_REPLY[v]
    return mod.REPLIES[(plan.act, plan.outcome)].format(**values)


def _word(plan, lang, rng, pickers, unseen, typo_rate):
    """The user's message for ``plan`` in ``lang`` ("en", "zh" or "mix"); returns (text, phrasing id, lang)."""
    frame = lang if lang != "mix" else rng.choice(("en", "zh"))
    pool = _TEMPLATES[frame][1 if unseen else 0][plan.key]
    if lang == "mix":
        pool = [t for t in pool if _mixable(t[1])] or None
        if pool is None:
            return _word(plan, frame, rng, pickers, unseen, typo_rate)
    idx, template = rng.choice(pool)
    mod, p = LANGS[frame], pickers[frame]
    foreign = ()
    if lang == "mix":
        present = [s for s in _FOREIGN + ("relph",) if "{" + s + "}" in template]
        foreign = [s for s in present if rng.random() < 0.7] or present[:1]
        other = "zh" if frame == "en" else "en"
        slots = _Slots(plan, mod, p, LANGS[other], pickers[other], [s for s in foreign if s != "relph"])
        if "relph" in foreign:  # "在 the square 右边…": only the object inside switches language
            rel, ref = plan.slots["relph"][1]
            slots["relph"] = f" {phrasing_en.ref_phrase(pickers['en'], *ref)} " + p.word(f"rel_{rel}")
    else:
        slots = _Slots(plan, mod, p)
    text = template.format_map(slots)
    text = mod.finish(p, mod.noise(p, " ".join(text.split()), typo_rate), plan.question)
    if lang == "mix":
        for mark in "，。？！：、":
            text = text.replace(" " + mark, mark).replace(mark + " ", mark)
    return text, f"{plan.key}.{'mix' if lang == 'mix' else frame}.{idx}", lang


def generate_dialogues(n: int, seed: int, split: str = "train", typo_rate: float = TYPO_RATE) -> list[Dialogue]:
    """``n`` dialogues of 1-8 turns (mostly 3-6) from an empty scene, in English, Chinese or a mix.

    Same (n, seed, split, typo_rate) gives the same dialogues. "train" and "test" use only
    training phrasings (callers pick different seeds); "unseen" uses only held-out templates and
    prefers held-out synonyms. Every turn carries the target scene and the fixed reply.
    ``typo_rate`` is the share of messages with typing noise (training may ask for more than
    the ``TYPO_RATE`` of the test dialogues).
    """
    if split not in SPLITS:
        raise ValueError(f"split={split!r}; use one of {', '.join(SPLITS)}")
    if n < 0:
        raise ValueError(f"n={n!r} must be >= 0")
    if not 0 <= typo_rate <= 1:
        raise ValueError(f"typo_rate={typo_rate!r} must be between 0 and 1")
    rng = random.Random(f"dialogan-dialogues|{split}|{seed}")
    unseen = split == "unseen"
    pickers = {lang: _Picker(rng, lang, unseen) for lang in LANGS}
    out = []
    for k in range(n):
        st, base, turns = _State(), rng.choice(("en", "zh")), []
        for t in range(rng.choices(range(1, 9), weights=(4, 7, 15, 20, 19, 16, 11, 8))[0]):
            plan = _choose_plan(st, rng, t)
            r = rng.random()
            lang = "mix" if r < 0.11 else ("zh" if base == "en" else "en") if r < 0.14 else base
            text, phrasing, lang = _word(plan, lang, rng, pickers, unseen, typo_rate)
            reply = _reply(LANGS["zh" if lang == "mix" else lang], plan)
            _apply(st, plan)
            turns.append(DialogueTurn(text, reply, st.scene, plan.label, lang, phrasing, plan.command, plan.edit))
        out.append(Dialogue(f"{split}-{seed}-{k}", tuple(turns)))
    return out


def generate_add_dialogues(n: int, seed: int, split: str = "test", turns: int = 5) -> list[Dialogue]:
    """``n`` dialogues shaped like i-CLEVR: ``turns`` turns, each adding exactly one object.

    The turns are planned and worded by the same code as ``generate_dialogues`` (same templates,
    synonyms, noise, languages and placement rules); add plans that would place more or fewer
    than one object are drawn again, so the language is the world's own, only the acts differ.
    """
    if split not in SPLITS:
        raise ValueError(f"split={split!r}; use one of {', '.join(SPLITS)}")
    if n < 0 or not 1 <= turns <= MAX_OBJECTS:
        raise ValueError(f"n={n!r} must be >= 0 and turns={turns!r} within 1-{MAX_OBJECTS}")
    rng = random.Random(f"dialogan-add-dialogues|{split}|{seed}")
    unseen = split == "unseen"
    pickers = {lang: _Picker(rng, lang, unseen) for lang in LANGS}
    out = []
    for k in range(n):
        st, base, said = _State(), rng.choice(("en", "zh")), []
        for _ in range(turns):
            plan = _plan_add(st, rng)
            while plan.act != "add" or plan.scene is None or len(plan.scene) != len(st.scene) + 1:
                plan = _plan_add(st, rng)
            r = rng.random()
            lang = "mix" if r < 0.11 else ("zh" if base == "en" else "en") if r < 0.14 else base
            text, phrasing, lang = _word(plan, lang, rng, pickers, unseen, TYPO_RATE)
            reply = _reply(LANGS["zh" if lang == "mix" else lang], plan)
            _apply(st, plan)
            said.append(DialogueTurn(text, reply, st.scene, plan.label, lang, phrasing, plan.command, plan.edit))
        out.append(Dialogue(f"add-{split}-{seed}-{k}", tuple(said)))
    return out
