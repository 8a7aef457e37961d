"""Planning the larger constructions: lists and numbers, several instructions in one message,
corrections of the last turn, several objects at once, reshape, copy, and questions the world
answers from the scene (which is higher, is X left of Y, what is next to X, how big is it).

Each planner writes the turn's edit and lets the world (``edits.apply_edit``) carry it out, so the
target scene, the focus and the facts of the reply are the world's own; it returns None when the
state offers no such turn (``choose_plan`` then draws another act).
"""
from __future__ import annotations

import random

from ..edits import ASPECTS, REL_DIRS, STEP, apply_edit, cell_of, matching, region_name
from ..scene import COLORS, MAX_OBJECTS, REGIONS, SHAPES
from .plans import DialogueState, Plan
from .references import edit_words, unique_ref

_COLORS = tuple(COLORS)
CORNERS = ("top-left", "top-right", "bottom-left", "bottom-right")
CLAUSE_KEYS = ("remove", "recolor", "resize@to", "resize@cmp", "move@region", "move@dir", "move@rel", "add",
               "add@place")


def _spec(rng: random.Random):
    r = rng.random()
    return (None if r < 0.45 else "small" if r < 0.75 else "large"), rng.choice(SHAPES)


def _world(st: DialogueState, edit: str):
    return apply_edit(st.scene, edit, st.focus)


def _added(st: DialogueState, out) -> list:
    return list(out.scene.objects[len(st.scene):])


def plan_add_list(st: DialogueState, rng: random.Random) -> Plan | None:
    """Several objects in one list: "three squares: red, green and blue", "two circles, one red and
    one blue", "a red, a green and a blue circle", "a star in each corner", "two stars, one on each side" ("每个角放一个")."""
    size, shape = _spec(rng)
    form = rng.choices(("count", "colors", "ones", "each", "corners", "sides"), weights=(2, 3, 2, 2, 1.5, 1.5))[0]
    if form == "count":  # "four small stars", "给我画三个小星星": the add templates, with more numbers
        color, n = (rng.choice(_COLORS) if rng.random() < 0.85 else None), rng.choice((2, 3, 3, 4, 5))
        edit = f"add {n} {size or 'large'} {color or 'blue'} {shape}"
        slots = {"obj": ("obj", [(size, color, shape, n, None)])}
    elif form in ("colors", "ones", "each"):
        colors = rng.sample(_COLORS, rng.choice((2, 3, 3, 4)))
        edit = " ; ".join(f"add {size or 'large'} {c} {shape}" for c in colors)
        slots = {"nobj": ("nobj", (size, None, shape, len(colors))), "colors": ("colors", colors),
                 "pobj": ("pobj", (size, None, shape)), "each": ("each", (size, colors, shape)),
                 "ones": ("ones", colors)}
    else:
        color = rng.choice(_COLORS) if rng.random() < 0.85 else None
        where = CORNERS if form == "corners" else ("left", "right")
        edit = " ; ".join(f"add {size or 'large'} {color or 'blue'} {shape} at {r}" for r in where)
        obj = (size, color, shape)
        slots = {"nobj": ("nobj", obj + (len(where),)), "aobj": ("aobj", obj), "aobj2": ("aobj", obj),
                 "kobj": ("kobj", obj), "pobj": ("pobj", obj)}
    key = "add" if form == "count" else f"add_list@{form}"
    out = _world(st, edit)
    if out.result.startswith(("full", "too_many")):
        free = MAX_OBJECTS - len(st.scene)
        plan = Plan("no_room", key, slots, out.result.split()[0], {"n": ("n", free), "shapes": ("shapes", free)},
                    edit=edit)
    else:
        plan = Plan("add", key, slots, "many", {"list": ("list", ("add", _added(st, out)))}, out.scene, out.focus,
                    edit=edit)
    plan.label = "add_list"
    return plan


def plan_no_number(st: DialogueState, rng: random.Random) -> Plan:
    """ "Draw a few stars" / "画几个星星": no number, so nothing is drawn and the reply asks how many."""
    size, shape = _spec(rng)
    color = rng.choice(_COLORS) if rng.random() < 0.6 else None
    f = {k: v for k, v in (("color", color), ("shape", shape)) if v}
    return Plan("no_number", "no_number", {"pobj": ("pobj", (size, color, shape))}, "ok", {"what": ("what", (f, 2))},
                st.scene, st.focus)


def plan_multi(st: DialogueState, rng: random.Random, plan_add, plan_edit) -> Plan | None:
    """Two instructions of different acts in one message ("make the star blue and delete the
    square", "先把圆删掉，再把三角形移到左边"): one edit of both, each carried out on the scene the
    first left; the reply answers each."""
    if not st.scene:
        return None
    acts = rng.sample(("remove", "recolor", "resize", "move", "add"), 2)
    parts, state = [], st
    for act in acts:
        plan = plan_add(state, rng) if act == "add" else plan_edit(state, rng, act)
        if plan is None or plan.key not in CLAUSE_KEYS or plan.act != act or plan.scene is None:
            return None
        parts.append(plan)
        state = DialogueState()
        state.scene, state.focus = plan.scene, plan.focus
    edit = " ; ".join(p.edit for p in parts)
    out = _world(st, edit)
    if out.scene != parts[-1].scene:  # the world and the plans must agree (they always should)
        return None
    plan = Plan("multi", "multi", {}, "ok", {}, out.scene, out.focus, edit=edit)
    plan.parts = tuple(parts)
    return plan


def plan_correct(st: DialogueState, rng: random.Random, plan_edit) -> Plan | None:
    """A correction of the last turn's object: "no, a triangle" (reshape), "I said green"
    (recolor), "not there, higher" (one step), "我说的是左下角" (a region)."""
    last, i = st.last, st.it
    if last is None or i is None or not isinstance(st.focus, int) or last.scene is None:
        return None
    o = st.scene[i]
    options = []
    if last.act in ("add", "add_relative") and last.outcome in ("ok", "taken"):
        options += ["shape", "color", "dir"] + ["place"] * (last.key == "add@place")
    if last.act == "recolor" and last.outcome == "ok":
        options.append("color")
    if last.act == "move" and last.outcome in ("ok", "taken"):
        options += ["dir", "place"]
    if not options:
        return None
    form, it = rng.choice(options), (i, ("pron", {}))
    if form == "shape":
        shape = rng.choice([s for s in SHAPES if s != o.shape])
        out = _world(st, f"reshape it {shape}")
        plan = Plan("reshape", "correct@shape", {"ashape": ("ashape", shape), "oshape": ("oshape", o.shape)},
                    out.result.split()[0], {"old": ("name", o), "shape": ("shape", shape)}, out.scene, out.focus,
                    edit=f"reshape it {shape}")
    elif form == "color":
        color = rng.choice([c for c in _COLORS if c != o.color])
        plan = plan_edit(st, rng, "recolor", target=it, args={"color": color})
        plan.slots["ocolor"] = ("color", o.color)
    elif form == "dir":
        plan = plan_edit(st, rng, "move", target=it, args={"dir": rng.choice(list(STEP))})
    else:
        here = region_name(o)
        plan = plan_edit(st, rng, "move", target=it, args={"region": rng.choice([r for r in REGIONS if r != here])})
        if plan is not None:
            plan.slots.update(oplace=("place", here), obplace=("place", here))
    if plan is None or (form == "place") != (plan.key == "move@region"):  # a pronoun's bare move steps
        return None
    plan.key, plan.label = f"correct@{form}", "correct"
    return plan


def _other(st: DialogueState) -> int | None:
    """The one other object of the shape "it" has, which "the other one" names (None: not one)."""
    i = st.it
    if i is None:
        return None
    hits = [k for k in matching(st.scene, {"shape": st.scene[i].shape}) if k != i]
    return hits[0] if len(hits) == 1 else None


def plan_other(st: DialogueState, rng: random.Random, plan_edit) -> Plan | None:
    """An edit of "the other one" / "另一个": the one other object of the focus's shape."""
    j = _other(st)
    if j is None:
        return None
    act = rng.choices(("recolor", "resize", "remove", "move"), weights=(4, 2, 2, 2))[0]
    plan = plan_edit(st, rng, act, target=(j, ("other", {"shape": st.scene[j].shape})))
    if plan is not None:
        plan.label = "other"
    return plan


def plan_correct_object(st: DialogueState, rng: random.Random, plan_edit) -> Plan | None:
    """ "Not that one, the other one" / "不是这个，是那个大的" after a recolour or resize: the last
    turn's object goes back as it was and the one meant gets the change (two operations, one edit)."""
    last, i = st.last, st.it
    if last is None or not isinstance(st.focus, int) or last.act not in ("recolor", "resize") \
            or last.outcome != "ok" or last.key in ("correct@object",):
        return None
    field = "color" if last.act == "recolor" else "size"
    old, new = getattr(last.said["old"][1], field), last.said[field][1]
    others = [k for k in range(len(st.scene)) if k != i]
    if not others:
        return None
    j = _other(st) if rng.random() < 0.4 else None
    if j is not None:
        ref2 = ("other", {"shape": st.scene[j].shape})
    else:
        j = rng.choice(others)
        ref2 = unique_ref(st, rng, j, pron=0.0)
        if ref2 is None:
            return None
    back = plan_edit(st, rng, last.act, target=(i, ("pron", {})), args={field: old})
    state = DialogueState()
    state.scene, state.focus = back.scene, back.focus
    meant = plan_edit(state, rng, last.act, target=(j, ref2), args={field: new})
    if meant is None:
        return None
    edit = f"{back.edit} ; {meant.edit}"
    out = _world(st, edit)
    if out.scene != meant.scene:
        return None
    plan = Plan("correct", "correct@object", {"ref2": ("ref", ref2)}, "ok", {}, out.scene, out.focus, edit=edit)
    plan.parts = (back, meant)
    return plan


def _shared(st: DialogueState, rng: random.Random):
    """Several objects to act on at once: (what, fields, indices, edit words), or None."""
    opts = []
    if isinstance(st.focus, tuple) and len(st.focus) > 1:
        opts += [("them", {}, sorted(st.focus), "them")] * 3
    for key in ("shape", "color"):
        for v in sorted({getattr(o, key) for o in st.scene}):  # sorted: the same dialogues whatever the hash seed
            hits = matching(st.scene, {key: v})
            if len(hits) > 1:
                opts.append(("desc", {key: v}, hits, f"all {v}"))
    if len(st.scene) > 1:
        opts.append(("all", {}, list(range(len(st.scene))), "all"))
    return rng.choice(opts) if opts else None


def plan_plural(st: DialogueState, rng: random.Random) -> Plan | None:
    """One operation on several objects: "make both of them red", "delete all the circles",
    "把它们都变小", "move everything up"."""
    group = _shared(st, rng)
    if group is None:
        return None
    what, f, idx, obj = group
    verb = rng.choices(("recolor", "remove", "resize", "move"), weights=(4, 2, 2, 2))[0]
    if what == "all" and verb == "remove":
        verb = "recolor"  # removing everything is "clear"
    objs = [st.scene[i] for i in idx]
    slots = {"refs": ("refs", (what, f, len(idx)))}
    said = {"list": ("list", ("them", objs))}
    if verb == "recolor":
        arg = rng.choice(_COLORS)
        slots["color"] = said["color"] = ("color", arg)
    elif verb == "resize":
        arg = "small" if any(o.size == "large" for o in objs) else "large"
        slots.update({k: (k, arg) for k in ("size", "sz", "cmp", "too", "scale")})
        said["size"] = ("size", arg)
    elif verb == "move":
        arg = rng.choice(list(STEP))
        slots["dir"] = ("dir", arg)
        said.update(dir=("dir", arg), side=("side", arg))
    edit = f"remove {obj}" if verb == "remove" else f"{verb} {obj} {arg}"
    out = _world(st, edit)
    outcome = f"{verb}_{out.result.split()[0]}"
    if outcome == "resize_same" and any(o.size != arg for o in objs):  # blocked, not already so: not worded
        return None
    plan = Plan("plural", f"plural@{verb}", slots, outcome, said, out.scene, out.focus, edit=edit)
    return plan


def _ref(st: DialogueState, rng: random.Random, pron: float = 0.4):
    """An object and a reference that picks it out alone (a pronoun when it is the focus)."""
    if not st.scene:
        return None
    i = st.it if st.it is not None and rng.random() < pron else rng.randrange(len(st.scene))
    ref = unique_ref(st, rng, i, pron=1.0 if i == st.it else 0.0)
    return None if ref is None else (i, ref)


def plan_reshape(st: DialogueState, rng: random.Random) -> Plan | None:
    """ "Turn the square into a star", "把圆改成三角形", "change the shape of it to a star", "把它的形状改成星形"."""
    found = _ref(st, rng)
    if found is None:
        return None
    i, ref = found
    o = st.scene[i]
    shape = o.shape if rng.random() < 0.08 else rng.choice([s for s in SHAPES if s != o.shape])
    edit = f"reshape {edit_words(ref)} {shape}"
    out = _world(st, edit)
    slots = {"ref": ("ref", ref), "ashape": ("ashape", shape), "shape": ("shape", shape)}
    key = "reshape@shape" if rng.random() < 0.3 else "reshape"  # "change the shape of it to a star"
    return Plan("reshape", key, slots, out.result.split()[0], {"old": ("name", o), "shape": ("shape", shape)},
                out.scene, out.focus, edit=edit)


def plan_copy(st: DialogueState, rng: random.Random) -> Plan | None:
    """ "Another one", "one more like the red circle", "再来一个一样的", "the same but smaller"."""
    form = rng.choices(("copy", "copy@ref", "copy@place", "copy@smaller"), weights=(3, 2, 2, 1.5))[0]
    if form == "copy@ref":
        found = _ref(st, rng, pron=0.0)
        if found is None or found[1][0] == "pron":
            return None
        i, ref = found
    elif st.it is None:
        return None
    else:
        i, ref = st.it, ("pron", {})
    o, obj, slots = st.scene[i], edit_words(ref), {"ref": ("ref", ref)}
    edit = f"copy {obj}"
    if form == "copy@place":
        region = rng.choice(list(REGIONS))
        slots.update(place=("place", region), the_place=("the_place", region))
        edit += f" at {region}"
    if form == "copy@smaller":
        size = "small" if o.size == "large" else "large"
        slots.update({k: (k, size) for k in ("cmp", "size")})
        edit += f" ; resize it {size}"
    out = _world(st, edit)
    word = out.result.split()[0]
    if word in ("full", "too_many"):
        plan = Plan("no_room", form, slots, "full", edit=edit)
        plan.label = "copy"
        return plan
    new = out.scene[-1]
    if form == "copy@smaller" and new.size == o.size:  # the bigger copy did not fit: not worded
        return None
    said = {"name": ("name", new), "region": ("region", region_name(new))}
    if word == "taken" and form == "copy@place":
        said["asked"] = ("region", region)
    outcome = "smaller" if form == "copy@smaller" else word if form == "copy@place" else "ok"
    return Plan("copy", form, slots, outcome, said, out.scene, out.focus, edit=edit)


def _two(st: DialogueState, rng: random.Random):
    if len(st.scene) < 2:
        return None
    i, j = rng.sample(range(len(st.scene)), 2)
    a, b = unique_ref(st, rng, i, pron=0.3), unique_ref(st, rng, j, pron=0.0)
    return None if a is None or b is None or b[0] == "pron" else (i, a, j, b)


def plan_compare(st: DialogueState, rng: random.Random) -> Plan | None:
    """ "Which is higher, the circle or the star?", "哪个大", "谁在上面": the world compares, nothing changes."""
    aspect = rng.choice(ASPECTS)
    if rng.random() < 0.55:
        two = _two(st, rng)
        if two is None:
            return None
        i, a, j, b = two
        edit, key = f"compare {aspect} {edit_words(a)} vs {edit_words(b)}", "compare"
        slots = {"ref": ("ref", a), "ref2": ("ref", b), "aspect": ("asp", aspect)}
    else:
        if len(st.scene) < 2:
            return None
        them = isinstance(st.focus, tuple) and len(st.focus) > 1 and rng.random() < 0.5
        edit, key, slots = f"compare {aspect} {'them' if them else 'all'}", "compare@all", {"sup": ("sup", aspect)}
    out = _world(st, edit)
    word, found = out.result.split()[0], out.focus
    idx = [found] if isinstance(found, int) else list(found)
    objs = [out.scene[k] for k in idx]
    said = {"name": ("name", objs[0]), "region": ("region", region_name(objs[0])), "list": ("list", ("them", objs))}
    return Plan("compare", key, slots, word, said, out.scene, out.focus, question=True, edit=edit)


def plan_check(st: DialogueState, rng: random.Random) -> Plan | None:
    """ "Is the circle left of the star?", "圆形在星星左边吗": yes or no from the scene."""
    two = _two(st, rng)
    if two is None:
        return None
    i, a, j, b = two
    rel = rng.choice(list(REL_DIRS))
    edit = f"check {edit_words(a)} {rel} {edit_words(b)}"
    out = _world(st, edit)
    oi, oj = st.scene[i], st.scene[j]
    said = {"name": ("name", oi), "name2": ("name", oj), "region": ("region", region_name(oi)),
            "region2": ("region", region_name(oj)), "rel": ("rel", rel)}
    return Plan("check", "check", {"ref": ("ref", a), "ref2": ("ref", b), "is_rel": ("is_rel", rel)},
                out.result.split()[0], said, out.scene, out.focus, question=True, edit=edit)


def plan_around(st: DialogueState, rng: random.Random) -> Plan | None:
    """ "What is next to the star?", "星星旁边有什么": the objects in the cells beside it."""
    found = _ref(st, rng, pron=0.2)
    if found is None:
        return None
    i, ref = found
    edit = f"around {edit_words(ref)}"
    out = _world(st, edit)
    c = cell_of(st.scene[i])
    near = [o for o in st.scene if abs(cell_of(o)[0] - c[0]) + abs(cell_of(o)[1] - c[1]) == 1]
    said = {"name": ("name", st.scene[i])}
    if near:
        said["list"] = ("list", ("describe", near))
    return Plan("around", "around", {"ref": ("ref", ref)}, out.result.split()[0], said, out.scene, out.focus,
                question=True, edit=edit)


def plan_size_of(st: DialogueState, rng: random.Random) -> Plan | None:
    """ "How big is it?", "圆形多大": the object's size (``ask`` answers colour, size and place)."""
    found = _ref(st, rng)
    if found is None:
        return None
    i, ref = found
    out = _world(st, f"ask {edit_words(ref)}")
    return Plan("size_of", "size_of", {"ref": ("ref", ref)}, "ok", {"size": ("size", st.scene[i].size)},
                out.scene, out.focus, question=True, edit=f"ask {edit_words(ref)}")
