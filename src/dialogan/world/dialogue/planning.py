"""Planning a turn: which act, which objects, what the scene becomes, and the outcome.

A turn is planned as meaning first (a ``Plan``: act, targets, resulting scene, outcome, the
slots of the user's message and the facts of the reply) and only then put into words. The
world rules are deterministic (objects sit at the nine region centres; see ``edits``) so a
language model can learn them exactly. ``choose_plan`` draws the act, weighted by the state
so that every act is well represented, and retries until a planner finds a turn that fits.
"""
from __future__ import annotations

import random

from ..edits import (CELL_REGION, DIR_REL, REL_DIRS, STEP, cell_of, describe, matching, place, region_name,
                     relative_cell)
from ..scene import COLORS, MAX_OBJECTS, REGIONS, SHAPES, Scene, SceneObject, region_centre
from . import constructions as more
from .plans import DialogueState, Plan
from .references import ambiguous_ref, descriptions, edit_words, missing_ref, unique_ref, weighted

_COLORS = tuple(COLORS)


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


def plan_add(st: DialogueState, rng: random.Random, overflow: bool = False) -> Plan:
    """An add: one object (often at a place), a few of one kind, or a few kinds in one message.

    With ``overflow`` it asks for more than the picture has room for; any add that does not fit
    is planned as a no_room turn that leaves the scene alone.
    """
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
        return Plan("no_room", key, slots, "full" if free == 0 else "too_many",
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
        return Plan("add", key, slots, "many", {"list": ("list", ("add", [p[0] for p in placed]))}, scene,
                    tuple(range(len(st.scene), len(scene))), edit=edit)  # a group: "them" names it next
    obj, asked, where = placed[0]
    said = {"name": ("name", obj), "region": ("region", where)}
    if asked and asked != where:
        return Plan("add", key, slots, "taken", dict(said, asked=("region", asked)), scene, len(scene) - 1, edit=edit)
    return Plan("add", key, slots, "ok", said, scene, len(scene) - 1, edit=edit)


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
    anchor, ref = st.scene[j], unique_ref(st, rng, j)
    if ref is None:
        return None
    size, color, shape = _new_spec(rng, st.scene)
    slots = dict(_ref_slots(ref, rel), obj=("obj", [(size, color, shape, 1, None)]), relit=("relit", rel))
    key = "add_relative@bare" if ref[0] == "pron" and rng.random() < 0.4 else "add_relative"  # "to its left"
    edit = f"add {size or 'large'} {color or 'blue'} {shape} {rel} {edit_words(ref)}"
    if len(st.scene) >= MAX_OBJECTS:
        return Plan("no_room", key, slots, "full", edit=edit)
    cell = relative_cell(cell_of(anchor), rel, taken)
    if cell is None:
        return Plan("no_room", key, slots, "side", {"rel": ("rel", rel), "name": ("name", anchor)},
                    edit=edit)
    obj = _obj(size, color, shape, CELL_REGION[cell])
    scene = st.scene.added(obj)
    return Plan("add_relative", key, slots, "ok",
                {"name": ("name", obj), "region": ("region", CELL_REGION[cell])}, scene, len(scene) - 1, edit=edit)


def plan_edit(st: DialogueState, rng: random.Random, act: str, target=None, args=None) -> Plan | None:
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
    elif st.it is not None and rng.random() < 0.3:
        i, ref = st.it, ("pron", {})
    else:
        i = rng.randrange(len(st.scene))
        ref = unique_ref(st, rng, i, pron=0.0)
    o = st.scene[i]
    if ref is None:
        return None
    obj = edit_words(ref)
    slots, said = _ref_slots(ref), {"name": ("name", o), "old": ("name", o)}
    bare = ref[0] == "pron" and rng.random() < 0.3
    if act == "remove":
        return Plan(act, "remove", slots, "ok", said, st.scene.removed(i), None, edit=f"remove {obj}")
    if act in ("ask_color", "ask_where"):
        said.update(color=("color", o.color), region=("region", region_name(o)))
        return Plan(act, act, slots, "ok", said, st.scene, i, question=True, edit=f"ask {obj}")
    if act == "recolor":
        color = args.get("color") or (o.color if rng.random() < 0.12 else rng.choice([c for c in _COLORS if c != o.color]))
        slots["color"] = said["color"] = ("color", color)
        key, edit = "recolor@bare" if bare else "recolor", f"recolor {obj} {color}"
        if color == o.color:
            return Plan(act, key, slots, "same", said, st.scene, i, edit=edit)
        new = SceneObject(o.shape, color, o.size, o.x, o.y)
        return Plan(act, key, slots, "ok", said, st.scene.replaced(i, new), i, edit=edit)
    if act == "resize":
        size = args.get("size") or (o.size if rng.random() < 0.15 else ("small" if o.size == "large" else "large"))
        slots.update(_size_slots(size))
        said["size"] = ("size", size)
        key = "resize@bare" if bare else rng.choice(("resize@to", "resize@cmp", "resize@cmp"))
        edit = f"resize {obj} {size}"
        if size == o.size:
            return Plan(act, key, slots, "same", said, st.scene, i, edit=edit)
        new = SceneObject(o.shape, o.color, size, o.x, o.y)
        return Plan(act, key, slots, "ok", said, st.scene.replaced(i, new), i, edit=edit)
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
            return Plan("move", key, slots, "edge", said, st.scene, i, edit=edit)
        dest = relative_cell(own, DIR_REL[d], taken)
        outcome = "ok" if dest else "blocked"
    elif r < 0.55 and len(st.scene) > 1:
        j = rng.choice([k for k in range(len(st.scene)) if k != i])
        rel = rng.choice(list(REL_DIRS))
        ref2 = unique_ref(st, rng, j, pron=0.0)
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
        return Plan("move", key, slots, outcome, said, st.scene, i, edit=edit)
    where = CELL_REGION[dest]
    said["region"] = ("region", where)
    return Plan("move", key, slots, outcome, said, st.scene.replaced(i, o.moved(*region_centre(where))), i, edit=edit)


def _plan_unclear(st, rng, act):
    """An edit or question whose reference fits several objects (ambiguous) or none (missing)."""
    ref = ambiguous_ref(st, rng) if act == "ambiguous" else missing_ref(st, rng)
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
        plan = Plan(act, key, slots, "ok", {"cands": ("list", ("cand", [st.scene[k] for k in hits]))}, st.scene,
                    st.focus, question=question, edit=edit)
        if base != "add_relative":
            plan.pending = {"act": base, "args": args, "desc": ref[1], "hits": hits}
        return plan
    return Plan(act, key, slots, "ok", {"desc": ("desc", ref[1])}, st.scene, st.focus, question=question, edit=edit)


def _plan_clarify(st, rng):
    """The user's answer to "which one do you mean?": words that single out one of the objects the
    last turn could not choose between ("the one on the left", "the small one", "左边那个"), and the
    edit or question that turn asked about, carried out on that object."""
    pending = st.pending
    k = rng.choice(pending["hits"])
    o, desc = st.scene[k], pending["desc"]
    options = []
    for kind, f, w in descriptions(o):
        extra = {key: v for key, v in f.items() if key not in desc}
        if extra and matching(st.scene, {**desc, **extra}) == [k]:
            options.append((kind, extra, w + 2 * ("area" in extra)))
    if not options:
        return None
    _, extra, _ = weighted(rng, options)
    full = {**desc, **extra}
    said = dict(extra, shape=desc["shape"]) if "shape" in desc and rng.random() < 0.4 else extra
    kind = "_".join(key for key in ("area", "size", "color", "shape") if key in said)
    plan = plan_edit(st, rng, pending["act"], target=(k, (kind, full)), args=pending["args"])
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
            return Plan(act, act, {}, "none", {}, scene, st.focus, question=True)
        return Plan(act, act, {}, "ok", {"n": ("n", len(scene)), "shapes": ("shapes", len(scene)),
                                         "list": ("list", ("describe", list(scene)))}, scene, st.focus, question=True)
    o = rng.choice(scene.objects) if scene and rng.random() < 0.6 else None
    shape = o.shape if o else rng.choice(SHAPES)
    color = o.color if o else rng.choice(_COLORS)
    if act == "count":
        f = rng.choice(({}, {}, {"shape": shape}, {"color": color}, {"color": color, "shape": shape}))
        n = len(matching(scene, f))
        key = "count@all" if not f and rng.random() < 0.4 else act  # "how many now?", "现在一共几个？"
        return Plan(act, key, {"cq": ("cq", f)}, "one" if n == 1 else "many",
                    {"n": ("n", n), "what": ("what", (f, n))}, scene, st.focus, question=True,
                    edit=f"count {describe(f)}".strip())
    f = rng.choice(({"shape": shape}, {"color": color, "shape": shape}, {"color": color, "shape": shape}, {"color": color}))
    hits = matching(scene, f)
    slots, edit = {"eq": ("eq", f), "eqp": ("eqp", f)}, f"ask {describe(f)}"
    if not hits:
        return Plan(act, act, slots, "none", {}, scene, st.focus, question=True, edit=edit)
    if len(hits) == 1:
        return Plan(act, act, slots, "one", {"region": ("region", scene[hits[0]].region)}, scene, hits[0],
                    question=True, edit=edit)
    return Plan(act, act, slots, "many", {"n": ("n", len(hits))}, scene, st.focus, question=True, edit=edit)


def _plan_simple(st, rng, act):
    if act in ("undo", "redo"):
        source, target = (st.undo, st.redo) if act == "undo" else (st.redo, st.undo)
        if not source:
            return Plan(act, act, {}, "none", {}, st.scene, st.focus, command=act)
        return Plan(act, act, {}, "ok", {}, *source[-1], command=act)
    if act == "clear":
        return Plan(act, act, {}, "ok" if st.scene else "same", {}, Scene(()), None, edit="clear")
    if act == "out_of_world":
        if rng.random() < 0.2:
            return Plan(act, "out_of_world@chat", {}, "ok", {}, st.scene, st.focus, question=True)
        if st.scene and rng.random() < 0.3:  # a drawn object in a colour the world lacks ("make it white")
            ref = unique_ref(st, rng, rng.randrange(len(st.scene)))
            if ref is not None:
                return Plan(act, "out_of_world@recolor", {"ref": ("ref", ref)}, "color", {}, st.scene, st.focus)
        kind = rng.choice(("thing", "thing", "color", "shape"))
        spec = (kind, rng.choice(SHAPES) if kind == "color" else rng.choice(_COLORS))
        return Plan(act, act, {"thing": ("thing", spec), "place": ("place", rng.choice(list(REGIONS)))},
                    "ok" if kind == "thing" else kind, {}, st.scene, st.focus)
    return Plan(act, act, {}, "ok", {}, st.scene, st.focus, question=act == "help")


_CONSTRUCTIONS = {"add_list": more.plan_add_list, "no_number": more.plan_no_number, "plural": more.plan_plural,
                  "reshape": more.plan_reshape, "copy": more.plan_copy, "compare": more.plan_compare,
                  "check": more.plan_check, "around": more.plan_around, "size_of": more.plan_size_of}


def _plan_unknown_word(st, rng):
    """A request that names a colour or shape by a word the world does not know: nothing changes and the
    reply asks back, quoting the word. On a drawn object it is a recolour ("make the circle fuchsia")."""
    pick = rng.random()  # which unknown word, in every language: the reply quotes the one the message said
    if st.scene and rng.random() < 0.35:
        i = rng.randrange(len(st.scene))
        ref = unique_ref(st, rng, i)
        if ref is not None:
            return Plan("unknown_word", "unknown_word@recolor",
                        {"ref": ("ref", ref), "ucolor": ("unknown", ("color", pick, None, None, None))},
                        "color", {"word": ("word", ("color", pick))}, st.scene, st.focus)
    prop = rng.choice(("color", "color", "shape"))
    size, color, shape = _new_spec(rng, st.scene)
    spec = (prop, pick, size, color if prop == "shape" else None, shape)
    return Plan("unknown_word", "unknown_word", {"uobj": ("unknown", spec)}, prop,
                {"word": ("word", (prop, pick))}, st.scene, st.focus)


# Act weights follow the state, so that every act is well represented.
def choose_plan(st: DialogueState, rng: random.Random, turn: int) -> Plan:
    """The plan of turn number ``turn``: often the answer to a pending "which one?", else an act drawn
    by weights that follow the state, drawn again until its planner finds a turn that fits."""
    n = len(st.scene)
    weights = {"add": 40 if n == 0 else 14 if n < MAX_OBJECTS else 0, "add_relative": 8 * (0 < n < MAX_OBJECTS),
               "remove": 7 * (n > 0), "recolor": 9 * (n > 0), "resize": 8 * (n > 0), "move": 10 * (n > 0),
               "clear": 2.5 if n > 1 else 0.4, "undo": 5 if st.undo else 0.8, "redo": 4 if st.redo else 0.6,
               "count": 3, "ask_color": 2.5 * (n > 0), "ask_where": 2.5 * (n > 0), "ask_exists": 2.5,
               "describe": 2, "greet": 12 if turn == 0 else 0.4, "thanks": 2.5 * (turn > 0), "help": 1,
               "out_of_world": 4, "ambiguous": 16 * (n > 1), "missing": 6, "no_room": 3.5, "unknown_word": 2,
               # the larger constructions: about a fifth of the turns, so a fine-tune learns them
               "add_list": 5 if n < MAX_OBJECTS - 1 else 0.5, "no_number": 1.5, "multi": 7 * (n > 0),
               "correct": 10 * (st.last is not None and st.last.act in ("add", "add_relative", "recolor", "resize", "move")),
               "plural": 5 * (n > 1), "reshape": 5 * (n > 0), "copy": 3.5 * (n > 0), "compare": 4.5 * (n > 1),
               "check": 4 * (n > 1), "around": 2 * (n > 0), "size_of": 2 * (n > 0), "other": 8 * (n > 1)}
    acts, w = list(weights), list(weights.values())
    if st.pending is not None and rng.random() < 0.6:
        plan = _plan_clarify(st, rng)
        if plan is not None:
            return plan
    while True:
        act = rng.choices(acts, weights=w)[0]
        if act == "add":
            plan = plan_add(st, rng)
        elif act == "add_relative":
            plan = _plan_add_relative(st, rng)
        elif act in ("remove", "recolor", "resize", "move", "ask_color", "ask_where"):
            plan = plan_edit(st, rng, act)
        elif act in ("ambiguous", "missing"):
            plan = _plan_unclear(st, rng, act)
        elif act == "no_room":
            plan = (_plan_add_relative(st, rng, want_no_room=True) if n and rng.random() < 0.5 else None) \
                or plan_add(st, rng, overflow=True)
        elif act in ("count", "ask_exists", "describe"):
            plan = _plan_question(st, rng, act)
        elif act == "multi":
            plan = more.plan_multi(st, rng, plan_add, plan_edit)
        elif act == "correct":
            plan = more.plan_correct_object(st, rng, plan_edit) if rng.random() < 0.8 else None
            plan = plan or more.plan_correct(st, rng, plan_edit)
        elif act == "other":
            plan = more.plan_other(st, rng, plan_edit)
        elif act in _CONSTRUCTIONS:
            plan = _CONSTRUCTIONS[act](st, rng)
        elif act == "unknown_word":
            plan = _plan_unknown_word(st, rng)
        else:
            plan = _plan_simple(st, rng, act)
        if plan is not None:
            if plan.scene is None:
                plan.scene, plan.focus = st.scene, st.focus
            return plan
