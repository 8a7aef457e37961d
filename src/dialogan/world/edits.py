"""Edits: what a turn changes, written as a short program, and the world rules that carry it out.

The dialogue model does not rewrite the whole scene each turn; it writes an *edit* that names
what changes, and ``apply_edit`` computes the new scene with the world's own placement rules.
Untouched objects cannot drift, and the geometry (where "to the left of the star" is, which
cell is free) is exact. An edit is one line of operations joined by `` ; ``::

    keep                                    nothing changes (questions, chit-chat, unclear requests)
    clear                                   remove everything
    add [N] SIZE COLOR SHAPE [at REGION]    N copies (default 1), at REGION or the first free cell
    add SIZE COLOR SHAPE REL OBJECT         REL: left_of, right_of, above, below, next_to
    remove OBJECT
    recolor OBJECT COLOR
    resize OBJECT SIZE
    move OBJECT to REGION
    move OBJECT DIRECTION                   DIRECTION: left, right, up, down (one cell)
    move OBJECT REL OBJECT
    ask OBJECT                              a question about one object: nothing changes, it becomes the focus
    count [OBJECT]                          "how many ...?": nothing changes; the result is how many fit
    pick OBJECT                             the answer to "which one?": completes the operation left asked about
    reshape OBJECTS SHAPE                   the same object(s) in another shape
    copy OBJECT [at REGION | REL OBJECT]    one more object like OBJECT, placed like an add
    compare ASPECT OBJECT vs OBJECT         which of two is higher/lower/left/right/bigger/smaller: nothing changes
    compare ASPECT OBJECTS                  the same over several objects
    check OBJECT REL OBJECT                 "is the circle left of the star?": yes or no, nothing changes
    around OBJECT                           "what is next to the star?": the objects in the cells beside it

OBJECTS (remove, recolor, resize, reshape, move DIRECTION, compare) may also name several objects
at once: ``all`` (every object), ``all DESC`` (every object DESC fits: ``all circle``, ``all red
@left``) or ``them`` (the group the last turn added or touched: "make both of them red" after
"two circles"). The operation is carried out on each; the result lists them
(``ok large red circle center , small red circle top``) and the group becomes the focus, so
``them`` names it next. Several operations of different kinds (``recolor star blue ; remove
square``) are carried out in order, each on the scene the one before left; the result is each
operation's result joined by `` ; `` (consecutive adds count as one).

OBJECT describes an object of the previous scene the way the message does, in canonical words:
``it`` (the focus: the object the last turn added or touched, passed to ``apply_edit``), or
any of SIZE, COLOR, SHAPE and ``@AREA``, in that order (``circle``, ``red``, ``large circle``,
``@top``, ``green square @left``). An AREA that is a side (left, right, top, bottom) covers that
whole column or row; a corner or the centre is one cell. The world, not the model, finds the
object: the edit is carried out when exactly one object fits; when several fit, the scene is
left alone and the result lists them (``ambiguous large green square center , large green
square top-left``) and keeps the operation (``EditResult.asked``); the answer, ``pick @left``
(passed that operation as ``asked``), carries it out on the one object both descriptions fit.
When none fits, the result says so (``missing green square``). A pronoun
("make it red") is written ``it``. So the model translates what was said; it never has to find the
object in the scene text, which a small model does poorly for any object but the newest.
``apply_edit`` returns the new scene and a *result*: an outcome word and what the reply needs
to mention: the object touched and where it went (``taken large blue star left``: the asked
region was taken, the star went to the left; ``ok large red circle`` after
``recolor red circle blue``: the red circle was recoloured).
``count red`` gives ``ok 2``: the world counts, so the reply only reads the number.
Questions never change the scene: ``compare higher circle vs star`` gives ``ok NAME REGION`` (the
one that is higher) or ``same NAME REGION , NAME REGION`` (a tie: same row, or same size for
bigger/smaller); ``check circle left_of star`` gives ``yes`` or ``no`` followed by both objects
(``no large red circle right , small blue star left``), where left_of/right_of compare columns,
above/below rows and next_to means a cell beside it (not diagonal); ``around star`` gives ``ok``
and the objects beside it, or ``none``. ``ask OBJECT`` answers colour, size and place at once.
The focus is an object index or, after an operation on several objects, a tuple of them (a
group): ``it`` names the group's newest member, ``them`` the whole group (a single focus is a
group of one). ``other`` ("the other one", "另一个") names the one other object of the shape
``it`` has (several: ambiguous; none: ``missing other``).
The outcomes are those of the dialogue generator.

World rules: objects sit at the centres of the nine regions; an unplaced object takes the
first free cell of ``DEFAULT_ORDER``; a placed one its region, else the nearest free region;
"REL of X" is the adjacent cell that way, else the next one further ("next to" tries right,
left, below, above, adjacent only).
"""
from __future__ import annotations

import re

from dataclasses import dataclass, replace

from .scene import (COLORS, MAX_OBJECTS, REGIONS, SIZES, SHAPES, Scene, SceneError, SceneObject,
                    region_centre, region_of)

DEFAULT_ORDER = ("center", "top-left", "top", "top-right", "left", "right", "bottom-left", "bottom", "bottom-right")
STEP = {"left": (-1, 0), "right": (1, 0), "up": (0, -1), "down": (0, 1)}
REL_DIRS = {"left_of": ("left",), "right_of": ("right",), "above": ("up",), "below": ("down",),
            "next_to": ("right", "left", "down", "up")}
DIR_REL = {"left": "left_of", "right": "right_of", "up": "above", "down": "below"}
CELL_REGION = {cell: name for name, cell in REGIONS.items()}
_CENTRE_CELL = {region_centre(r): c for r, c in REGIONS.items()}
MAX_COPIES = 12
ASPECTS = ("higher", "lower", "left", "right", "bigger", "smaller")
PLURAL_VERBS = ("remove", "recolor", "resize", "reshape", "move", "compare")


Focus = "int | tuple[int, ...] | None"  # an object index, or a group of them (see the module docstring)


class EditError(SceneError):
    """An edit that does not parse."""


# 1. Cells and placement.
def cell_of(o: SceneObject) -> tuple[int, int]:
    """The (column, row) of the region holding ``o`` (objects of dialogues sit on region centres)."""
    return _CENTRE_CELL.get((o.x, o.y)) or REGIONS[region_of(o.x, o.y)]


def region_name(o: SceneObject) -> str:
    return CELL_REGION[cell_of(o)]


def place(region: str | None, taken: set, own=None) -> str | None:
    """The asked region if free, else the nearest free one (ties in REGIONS order); without a
    region, the first free of DEFAULT_ORDER. ``own`` (a moving object's cell) is never chosen."""
    free = [r for r in REGIONS if REGIONS[r] not in taken and REGIONS[r] != own]
    if not free:
        return None
    if region is None:
        return next(r for r in DEFAULT_ORDER if r in free)
    c0, r0 = REGIONS[region]
    return min(free, key=lambda r: (REGIONS[r][0] - c0) ** 2 + (REGIONS[r][1] - r0) ** 2)


def relative_cell(anchor, rel: str, taken: set, own=None):
    """Cell for "rel of anchor": the adjacent cell, else the next one further that way ("next to"
    tries the adjacent cells right, left, below, above). A moving object's own cell counts as free."""
    reach = 1 if rel == "next_to" else 2
    for d in REL_DIRS[rel]:
        dx, dy = STEP[d]
        for k in range(1, reach + 1):
            c = (anchor[0] + dx * k, anchor[1] + dy * k)
            if not (0 <= c[0] <= 2 and 0 <= c[1] <= 2):
                break
            if c not in taken or c == own:
                return c
    return None


def in_area(cell, area: str) -> bool:
    """Whether ``cell`` lies in ``area``: a side ("left") is that whole column or row, a corner or
    the centre one cell."""
    if area in ("left", "right"):
        return cell[0] == REGIONS[area][0]
    if area in ("top", "bottom"):
        return cell[1] == REGIONS[area][1]
    return cell == REGIONS[area]


def matching(scene: Scene, fields: dict) -> list[int]:
    """Indices of the objects that fit ``fields`` (any of shape, color, size, area)."""
    return [i for i, o in enumerate(scene.objects)
            if fields.get("shape", o.shape) == o.shape and fields.get("color", o.color) == o.color
            and fields.get("size", o.size) == o.size and ("area" not in fields or in_area(cell_of(o), fields["area"]))]


def describe(fields: dict) -> str:
    """The canonical description of ``fields``: ``large red circle @top``."""
    words = [fields[k] for k in ("size", "color", "shape") if k in fields]
    return " ".join(words + ([f"@{fields['area']}"] if "area" in fields else []))


def _at(size: str, color: str, shape: str, region: str) -> SceneObject:
    return SceneObject(shape, color, size, *region_centre(region))


# 2. Reading an edit.
@dataclass(frozen=True)
class Op:
    """One operation. ``obj``/``anchor`` describe objects of the previous scene (``"red circle"``);
    ``spec`` is (size, color, shape) of a new object; ``to`` a region, colour or size; ``step`` a
    direction."""

    verb: str
    obj: str = ""
    spec: tuple[str, str, str] | None = None
    count: int = 1
    to: str = ""
    step: str = ""
    rel: str = ""
    anchor: str = ""

    def text(self) -> str:
        if self.verb in ("keep", "clear"):
            return self.verb
        if self.verb == "count":
            return f"count {self.obj}" if self.obj else "count"
        if self.verb == "add":
            head = ("add " if self.count == 1 else f"add {self.count} ") + " ".join(self.spec)
            return head + (f" at {self.to}" if self.to else f" {self.rel} {self.anchor}" if self.rel else "")
        if self.verb in ("remove", "ask", "pick", "around"):
            return f"{self.verb} {self.obj}"
        if self.verb == "copy":
            return f"copy {self.obj}" + (f" at {self.to}" if self.to else f" {self.rel} {self.anchor}" if self.rel else "")
        if self.verb == "compare":
            return f"compare {self.to} {self.obj}" + (f" vs {self.anchor}" if self.anchor else "")
        if self.verb == "check":
            return f"check {self.obj} {self.rel} {self.anchor}"
        if self.verb == "move":
            return f"move {self.obj} " + (f"{self.rel} {self.anchor}" if self.rel else self.step or f"to {self.to}")
        return f"{self.verb} {self.obj} {self.to}"


_FIELD_OF = {**{w: "size" for w in SIZES}, **{w: "color" for w in COLORS}, **{w: "shape" for w in SHAPES},
             **{f"@{a}": "area" for a in REGIONS}}


def _description(words: list[str], where: str, plural: bool = False) -> str:
    """Canonical text of an OBJECT description (``large red circle @top``, or ``it``), or an error
    naming the word; with ``plural`` also ``them``, ``all`` and ``all DESC``."""
    if words in (["it"], ["other"]):
        return words[0]
    if words[:1] in (["them"], ["all"]):
        if not plural:
            raise EditError(f"{where}: {' '.join(words)!r} names several objects; this operation takes one")
        if words == ["them"] or words == ["all"]:
            return words[0]
        return "all " + _description(words[1:], where)
    if not words:
        raise EditError(f"{where}: expected an object's description (size, color, shape, @area), got nothing")
    fields = {}
    for w in words:
        kind = _FIELD_OF.get(w)
        if kind is None:
            raise EditError(f"{where}: {w!r} is not a size, color, shape or @area "
                            f"(areas: {', '.join('@' + a for a in REGIONS)})")
        if kind in fields:
            raise EditError(f"{where}: the description {' '.join(words)!r} gives two {kind}s")
        fields[kind] = w[1:] if kind == "area" else w
    return describe(fields)


def fields_of(desc: str) -> dict:
    """The fields of a canonical description: ``"red circle @top"`` -> color, shape, area (``all``
    adds nothing: ``"all circle"`` -> shape)."""
    return {_FIELD_OF[w]: (w[1:] if w.startswith("@") else w) for w in desc.split() if w != "all"}


def is_plural(desc: str) -> bool:
    """Whether an OBJECT description names several objects (``them``, ``all``, ``all DESC``)."""
    return desc == "them" or desc.split()[:1] == ["all"]


def _split_description(w: list[str], k: int, plural: bool = False) -> int:
    """The index just past the description starting at ``w[k]``: ``it``/``them`` alone, else
    ``all`` and field words."""
    if w[k:k + 1] in (["it"], ["them"], ["other"]):
        return k + 1
    j = k + (w[k:k + 1] == ["all"])
    while j < len(w) and w[j] in _FIELD_OF:
        j += 1
    return j


def _spec(words: list[str], at: int, where: str) -> tuple[str, str, str]:
    if len(words) < at + 3:
        raise EditError(f"{where}: expected 'size color shape', got {' '.join(words[at:])!r}")
    size, color, shape = words[at:at + 3]
    for value, allowed, what in ((size, SIZES, "size"), (color, COLORS, "color"), (shape, SHAPES, "shape")):
        if value not in allowed:
            raise EditError(f"{where}: unknown {what} {value!r}")
    return size, color, shape


def _parse_op(text: str, where: str) -> Op:
    w = text.split()
    if not w:
        raise EditError(f"{where}: empty operation")
    verb = w[0]
    if verb in ("keep", "clear"):
        if len(w) != 1:
            raise EditError(f"{where}: {verb!r} takes nothing after it, got {text.strip()!r}")
        return Op(verb)
    if verb == "add":
        count, at = 1, 1
        if len(w) > 1 and w[1].isdigit():
            count, at = int(w[1]), 2
            if not 1 <= count <= MAX_COPIES:
                raise EditError(f"{where}: add takes 1-{MAX_COPIES} copies, got {count}")
        spec = _spec(w, at, where)
        rest = w[at + 3:]
        if not rest:
            return Op("add", spec=spec, count=count)
        if rest[0] == "at" and len(rest) == 2 and rest[1] in REGIONS:
            return Op("add", spec=spec, count=count, to=rest[1])
        if rest[0] in REL_DIRS and count == 1:
            return Op("add", spec=spec, rel=rest[0], anchor=_description(rest[1:], where))
        raise EditError(f"{where}: after the new object expected 'at REGION' or 'REL OBJECT', got {' '.join(rest)!r}")
    if verb == "count":
        if w[1:] in (["it"], ["other"]):
            raise EditError(f"{where}: count takes a description of what to count (or nothing), not {w[1]!r}")
        return Op("count", _description(w[1:], where) if len(w) > 1 else "")
    if verb not in ("remove", "recolor", "resize", "move", "ask", "pick", "reshape", "copy", "compare", "check",
                    "around"):
        raise EditError(f"{where}: unknown operation {verb!r}; operations are keep, clear, add, remove, "
                        "recolor, resize, reshape, move, copy, ask, pick, count, compare, check, around")
    if verb in ("remove", "ask", "pick", "around"):
        obj = _description(w[1:], where, plural=verb == "remove")
        if verb == "pick" and obj in ("it", "other"):
            raise EditError(f"{where}: pick takes the words that single out one object, not {obj!r}")
        return Op(verb, obj)
    if verb in ("recolor", "resize", "reshape"):
        allowed, what = {"recolor": (COLORS, "color"), "resize": (SIZES, "size"), "reshape": (SHAPES, "shape")}[verb]
        if len(w) < 3 or w[-1] not in allowed:
            raise EditError(f"{where}: {verb} ends with the new {what}, got {' '.join(w[1:])!r}")
        return Op(verb, _description(w[1:-1], where, plural=True), to=w[-1])
    if verb == "compare":
        if len(w) < 3 or w[1] not in ASPECTS:
            raise EditError(f"{where}: compare takes an aspect ({', '.join(ASPECTS)}) and the objects, "
                            f"got {' '.join(w[1:])!r}")
        if "vs" in w:
            v = w.index("vs")
            return Op("compare", _description(w[2:v], where), to=w[1], anchor=_description(w[v + 1:], where))
        obj = _description(w[2:], where, plural=True)
        if not is_plural(obj):
            raise EditError(f"{where}: compare takes two objects ('A vs B') or several ('all DESC', 'them'), "
                            f"got {obj!r}")
        return Op("compare", obj, to=w[1])
    # move / copy / check OBJECT (...): the description ends at the first other word
    k = _split_description(w, 1)
    obj, rest = _description(w[1:k], where, plural=verb == "move"), w[k:]
    if verb == "check":
        if len(rest) >= 2 and rest[0] in REL_DIRS:
            return Op("check", obj, rel=rest[0], anchor=_description(rest[1:], where))
        raise EditError(f"{where}: after 'check {obj}' expected 'REL OBJECT' (REL: {', '.join(REL_DIRS)}), "
                        f"got {' '.join(rest)!r}")
    if verb == "copy":
        if not rest:
            return Op("copy", obj)
        if len(rest) == 2 and rest[0] == "at" and rest[1] in REGIONS:
            return Op("copy", obj, to=rest[1])
        if len(rest) >= 2 and rest[0] in REL_DIRS:
            return Op("copy", obj, rel=rest[0], anchor=_description(rest[1:], where))
        raise EditError(f"{where}: after 'copy {obj}' expected nothing, 'at REGION' or 'REL OBJECT', "
                        f"got {' '.join(rest)!r}")
    if len(rest) == 1 and rest[0] in STEP:
        return Op("move", obj, step=rest[0])
    if is_plural(obj):
        raise EditError(f"{where}: several objects move one step together (left, right, up, down), "
                        f"got {' '.join(rest)!r}")
    if len(rest) == 2 and rest[0] == "to" and rest[1] in REGIONS:
        return Op("move", obj, to=rest[1])
    if len(rest) >= 2 and rest[0] in REL_DIRS:
        return Op("move", obj, rel=rest[0], anchor=_description(rest[1:], where))
    raise EditError(f"{where}: after 'move {obj}' expected 'to REGION', a direction or 'REL OBJECT', "
                    f"got {' '.join(rest)!r}")


def parse_edit(text: str) -> list[Op]:
    """The operations of an edit; an ``EditError`` names the operation and the word at fault."""
    if not isinstance(text, str) or not text.strip():
        raise EditError("empty edit (an edit that changes nothing is written 'keep')")
    ops = [_parse_op(part, f"operation {i}") for i, part in enumerate(text.split(";"))]
    if len(ops) > 1 and any(op.verb == "pick" for op in ops):
        raise EditError("pick answers 'which one?' and stands alone in an edit")
    return ops


# "at REGION" after an object described, not after "to" ("remove star at top-right"; not "move it to at ...").
_AT_REGION = re.compile(r"(?<!\bto) at (" + "|".join(sorted(REGIONS, key=len, reverse=True)) + r")(?![\w-])")


def with_places_marked(text: str) -> str:
    """``text`` with "at" before a region that ends an add without it ("add small orange triangle right": ``add small
    orange triangle at right``) and "@" for "at" before the region of an object described ("remove star at
    top-right": ``remove star @top-right``), slips of the model's that leave an edit no parse; the text itself
    otherwise."""
    def marked(part: str) -> str:
        words = part.split()
        if words[:1] == ["add"] and len(words) >= 5 and words[-1] in REGIONS and words[-2] not in ("at", "to"):
            return " " + " ".join(words[:-1] + ["at", words[-1]]) + " "
        if words[:1] not in (["add"], ["copy"]):  # "remove star at top-right": the star @top-right
            return _AT_REGION.sub(r" @\1", part)
        return part
    return ";".join(marked(part) for part in text.split(";")).strip()


def step_of(edit: str, asked: str | None = None) -> str | None:
    """The way an edit's one move steps ("up" for ``move large up``; for ``pick @left`` completing the
    ``asked`` edit, that edit's), or None: no move, a move to a place, or several operations."""
    try:
        ops = parse_edit(asked if edit.startswith("pick") and asked else edit)
    except SceneError:
        return None
    if len(ops) != 1 or ops[0].verb != "move":
        return None
    return ops[0].step or None


def format_edit(ops: list[Op]) -> str:
    return " ; ".join(op.text() for op in ops)


# 3. Carrying an edit out.
@dataclass(frozen=True)
class EditResult:
    scene: Scene
    result: str  # outcome word and details, e.g. "ok large red circle top-left"
    focus: Focus = None  # the object(s) the edit added or touched: "it" names the newest, "them" all
    asked: str | None = None  # an operation left undone because several objects fit: "pick" completes it


class _Unresolved(Exception):
    """A description that fits no object or several: the edit is not carried out."""

    def __init__(self, result: str):
        self.result = result


def focus_fits(focus, scene: Scene) -> bool:
    """Whether ``focus`` names objects of ``scene``: an index, or a non-empty tuple or list of them."""
    group = (focus,) if type(focus) is int else tuple(focus) if isinstance(focus, (tuple, list)) else ()
    return bool(group) and all(type(i) is int and 0 <= i < len(scene) for i in group)


def _group(focus, scene: Scene) -> tuple[int, ...]:
    """The objects ``them`` names: a group focus, or a single one as a group of one (a list, as a
    focus comes back from JSON, counts as a tuple)."""
    group = (focus,) if isinstance(focus, int) else tuple(focus or ())
    return group if group and all(0 <= i < len(scene) for i in group) else ()


def _find(scene: Scene, desc: str, focus: Focus) -> int:
    """The one object ``desc`` fits (``it``: the focus, a group's newest member); otherwise
    ``_Unresolved`` with the result."""
    if desc == "it":
        group = _group(focus, scene)
        if not group:
            raise _Unresolved("missing it")
        return max(group)
    if desc == "other":  # "the other one": the one other object of the focus's shape, or the one other object there is
        group = _group(focus, scene)
        if not group:
            raise _Unresolved("missing other")
        hits = [k for k in matching(scene, {"shape": scene[max(group)].shape}) if k != max(group)]
        if not hits and len(scene) == 2:  # a red circle and a red triangle: "no, the other one" is the triangle
            hits = [k for k in range(len(scene)) if k != max(group)]
        if not hits:
            raise _Unresolved("missing other")
    else:
        hits = matching(scene, fields_of(desc))
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise _Unresolved(f"missing {desc}")
    raise _Unresolved("ambiguous " + " , ".join(_named(scene[i], region_name(scene[i])) for i in hits))


def _find_all(scene: Scene, desc: str, focus: Focus) -> list[int]:
    """The objects a plural description names (``them``, ``all``, ``all DESC``), or the one a
    singular one fits; ``_Unresolved`` when there are none."""
    if desc == "them":
        group = _group(focus, scene)
        if not group:
            raise _Unresolved("missing them")
        return sorted(group)
    if is_plural(desc):
        hits = matching(scene, fields_of(desc))
        if not hits:
            raise _Unresolved(f"missing {desc[4:] or 'all'}")
        return hits
    return [_find(scene, desc, focus)]


def objects_named(scene: Scene, desc: str, focus: Focus = None) -> list[int]:
    """The objects ``desc`` names in ``scene`` as an edit would find them (``it``, ``them``, ``other``,
    ``all DESC`` or a description), or ``[]`` when it names none or is ambiguous."""
    try:
        return _find_all(scene, desc, focus)
    except _Unresolved:
        return []


def _named(o: SceneObject, region: str) -> str:
    return f"{o.name} {region}"


def _listed(scene: Scene, idx) -> str:
    return " , ".join(_named(scene[i], region_name(scene[i])) for i in idx)


def _add(scene: Scene, ops: list[Op]) -> EditResult:
    free = MAX_OBJECTS - len(scene)
    if sum(op.count for op in ops) > free:
        return EditResult(scene, "full" if free == 0 else f"too_many {free}")
    taken, placed = {cell_of(o) for o in scene}, []
    for op in ops:
        for _ in range(op.count):
            where = place(op.to or None, taken)
            obj = _at(*op.spec, where)
            taken.add(REGIONS[where])
            scene = scene.added(obj)
            placed.append((obj, op.to, where))
    if len(placed) > 1:
        return EditResult(scene, "many " + " , ".join(_named(o, w) for o, _, w in placed))
    obj, asked, where = placed[0]
    return EditResult(scene, ("taken " if asked and asked != where else "ok ") + _named(obj, where))


def _add_relative(scene: Scene, op: Op, focus: Focus) -> EditResult:
    anchor = scene[_find(scene, op.anchor, focus)]
    if len(scene) >= MAX_OBJECTS:
        return EditResult(scene, "full")
    cell = relative_cell(cell_of(anchor), op.rel, {cell_of(o) for o in scene})
    if cell is None:
        return EditResult(scene, "side")
    obj = _at(*op.spec, CELL_REGION[cell])
    return EditResult(scene.added(obj), "ok " + _named(obj, CELL_REGION[cell]))


def _move(scene: Scene, i: int, op: Op, focus: Focus) -> EditResult:
    o, own = scene[i], cell_of(scene[i])
    taken = {cell_of(p) for k, p in enumerate(scene) if k != i}
    here = CELL_REGION[own]
    if op.rel:
        anchor = _find(scene, op.anchor, focus)
        if anchor == i:  # "move it below it": no place to go by
            raise EditError(f"move {op.obj} {op.rel} {op.anchor}: an object cannot move {op.rel.replace('_', ' ')} itself")
        dest = relative_cell(cell_of(scene[anchor]), op.rel, taken, own)
        outcome = "blocked" if dest is None else "same" if dest == own else "ok"
    elif op.step:
        c = (own[0] + STEP[op.step][0], own[1] + STEP[op.step][1])
        if not (0 <= c[0] <= 2 and 0 <= c[1] <= 2):
            return EditResult(scene, "edge " + _named(o, here))
        dest = relative_cell(own, DIR_REL[op.step], taken)
        outcome = "ok" if dest else "blocked"
    elif op.to == here:
        dest, outcome = own, "same"
    else:
        dest = REGIONS[place(op.to, taken, own)]
        outcome = "ok" if CELL_REGION[dest] == op.to else "taken"
    if outcome in ("blocked", "same"):
        return EditResult(scene, f"{outcome} {_named(o, here)}")
    region = CELL_REGION[dest]
    return EditResult(scene.replaced(i, o.moved(*region_centre(region))), f"{outcome} {_named(o, region)}")


def _changed(scene: Scene, i: int, op: Op) -> SceneObject | None:
    """Object ``i`` recoloured, resized or reshaped by ``op``; None when it already is so or
    (resize, reshape) the new form does not fit."""
    o = scene[i]
    field = {"recolor": "color", "resize": "size", "reshape": "shape"}[op.verb]
    if getattr(o, field) == op.to:
        return None
    new = replace(o, **{field: op.to})
    return new if op.verb == "recolor" or scene.fits(new, ignore=i) else None


def _apply_several(scene: Scene, op: Op, idx: list[int]) -> EditResult:
    """``op`` on every object of ``idx`` (``all ...``, ``them``). The result lists the objects as
    they were; they become the focus as a group (none after a remove)."""
    before = _listed(scene, idx)
    if op.verb == "remove":
        for i in sorted(idx, reverse=True):
            scene = scene.removed(i)
        return EditResult(scene, f"ok {before}")
    group = tuple(idx)
    if op.verb == "move":  # together, one step: all or none
        dx, dy = STEP[op.step]
        cells = {i: (cell_of(scene[i])[0] + dx, cell_of(scene[i])[1] + dy) for i in idx}
        if any(not (0 <= c[0] <= 2 and 0 <= c[1] <= 2) for c in cells.values()):
            return EditResult(scene, f"edge {before}", group)
        others = {cell_of(o) for k, o in enumerate(scene) if k not in cells}
        if others & set(cells.values()):
            return EditResult(scene, f"blocked {before}", group)
        objs = list(scene.objects)  # all at once: one by one, a mover may land where another still is
        for i, c in cells.items():
            objs[i] = objs[i].moved(*region_centre(CELL_REGION[c]))
        return EditResult(Scene(tuple(objs)), f"ok {before}", group)
    changed = {i: new for i in idx if (new := _changed(scene, i, op)) is not None}
    if not changed:
        return EditResult(scene, f"same {before}", group)
    for i, new in changed.items():
        scene = scene.replaced(i, new)
    return EditResult(scene, f"ok {before}", group)


def _compare(scene: Scene, op: Op, idx: list[int]) -> EditResult:
    """Which of ``idx`` is most ``op.to`` (higher, lower, left, right, bigger, smaller)."""
    key = {"higher": lambda o: -cell_of(o)[1], "lower": lambda o: cell_of(o)[1],
           "left": lambda o: -cell_of(o)[0], "right": lambda o: cell_of(o)[0],
           "bigger": lambda o: SIZES.index(o.size), "smaller": lambda o: -SIZES.index(o.size)}[op.to]
    best = max(key(scene[i]) for i in idx)
    top = [i for i in idx if key(scene[i]) == best]
    if len(top) == 1:
        return EditResult(scene, "ok " + _listed(scene, top), top[0])
    return EditResult(scene, "same " + _listed(scene, top), tuple(top))


def _check(scene: Scene, i: int, j: int, rel: str) -> bool:
    (ci, ri), (cj, rj) = cell_of(scene[i]), cell_of(scene[j])
    return {"left_of": ci < cj, "right_of": ci > cj, "above": ri < rj, "below": ri > rj,
            "next_to": abs(ci - cj) + abs(ri - rj) == 1}[rel]


def _apply_one(scene: Scene, op: Op, focus: Focus) -> EditResult:
    """One operation; the result's focus is the object added or touched (None once removed, but for the rest of a
    group whose newest was removed as "it")."""
    if op.verb == "keep":
        return EditResult(scene, "ok", focus)
    if op.verb == "clear":
        return EditResult(Scene(()), "ok" if len(scene) else "same")
    if op.verb == "count":
        return EditResult(scene, f"ok {len(matching(scene, fields_of(op.obj)))}", focus)
    if op.verb == "add":
        out = _add_relative(scene, op, focus) if op.rel else _add(scene, [op])
        return _focused(out, scene, focus)
    if op.verb == "compare":
        idx = _find_all(scene, op.obj, focus)
        if op.anchor:
            idx = list(dict.fromkeys(idx + [_find(scene, op.anchor, focus)]))
        # One object alone is the one asked for ("which is biggest?" of one shape: that shape).
        return _compare(scene, op, idx) if len(idx) > 1 else EditResult(scene, "ok " + _listed(scene, idx), idx[0])
    if is_plural(op.obj):
        return _apply_several(scene, op, _find_all(scene, op.obj, focus))
    i = _find(scene, op.obj, focus)
    o = scene[i]
    if op.verb == "check":
        j = _find(scene, op.anchor, focus)
        if j == i:  # "check square above square": no question of an object and itself
            raise EditError(f"check {op.obj} {op.rel} {op.anchor}: an object is not {op.rel.replace('_', ' ')} itself")
        return EditResult(scene, ("yes " if _check(scene, i, j, op.rel) else "no ") + _listed(scene, (i, j)), i)
    if op.verb == "around":
        c0 = cell_of(o)
        near = [k for k, p in enumerate(scene) if abs(cell_of(p)[0] - c0[0]) + abs(cell_of(p)[1] - c0[1]) == 1]
        return EditResult(scene, "ok " + _listed(scene, near) if near else "none", i)
    if op.verb == "copy":
        spec = (o.size, o.color, o.shape)
        out = _add_relative(scene, Op("add", spec=spec, rel=op.rel, anchor=op.anchor), focus) if op.rel \
            else _add(scene, [Op("add", spec=spec, to=op.to)])
        return _focused(out, scene, focus)
    if op.verb == "reshape":
        new = _changed(scene, i, op)
        if new is None:
            return EditResult(scene, f"{'same' if o.shape == op.to else 'blocked'} {o.name}", i)
        return EditResult(scene.replaced(i, new), f"ok {o.name}", i)
    if op.verb == "ask":
        return EditResult(scene, f"ok {_named(o, region_name(o))}", i)
    if op.verb == "remove":  # "it" of a group, its newest, taken away: the rest of the group is "it" now
        rest = tuple(k for k in _group(focus, scene) if k != i) if op.obj == "it" and not isinstance(focus, int) else ()
        return EditResult(scene.removed(i), f"ok {o.name}", (rest[0] if len(rest) == 1 else rest) if rest else None)
    if op.verb == "recolor":
        return EditResult(scene, f"same {o.name}", i) if op.to == o.color else \
            EditResult(scene.replaced(i, SceneObject(o.shape, op.to, o.size, o.x, o.y)), f"ok {o.name}", i)
    if op.verb == "resize":
        if op.to == o.size:
            return EditResult(scene, f"same {o.name}", i)
        bigger = SceneObject(o.shape, o.color, op.to, o.x, o.y)
        if not scene.fits(bigger, ignore=i):
            return EditResult(scene, f"blocked {o.name}", i)
        return EditResult(scene.replaced(i, bigger), f"ok {o.name}", i)
    out = _move(scene, i, op, focus)
    return EditResult(out.scene, out.result, i)


def _focused(out: EditResult, before: Scene, focus: Focus) -> EditResult:
    """After an add: the new object is the focus (several: the group of them, whose newest "it"
    names); an add that made nothing keeps the old one."""
    made = tuple(range(len(before), len(out.scene)))
    return EditResult(out.scene, out.result, focus if not made else made[0] if len(made) == 1 else made)


def apply_edit(scene: Scene, edit: str | list[Op], focus: Focus = None,
               asked: str | None = None) -> EditResult:
    """The scene after ``edit`` and the result the reply reports. ``focus`` is the object ``it``
    names (the one the last turn added or touched); the result carries the new focus. Consecutive
    plain adds are one request: if together they need more room than the scene has, none is made.
    Later operations see the scene the earlier ones left; the result is each operation's result
    (consecutive adds count as one) joined by `` ; ``. An add or copy that finds no room
    (``full``, ``too_many``, ``side``) leaves the scene as it was, with that as the result. A
    description that fits no object or several leaves the scene and the focus as they were,
    with that as the result; when several fit, the result's ``asked`` keeps the operation, and
    the next turn's ``pick DESC`` (passed that as ``asked``) carries it out on the one object
    its description and DESC together fit, and its ``them`` names all the objects that fit ("all
    of them")."""
    ops = parse_edit(edit) if isinstance(edit, str) else list(edit)
    if ops and ops[0].verb == "pick":
        if asked is None:
            return EditResult(scene, "missing it", focus)
        [op] = parse_edit(asked)
        narrowed = describe({**fields_of(op.obj), **fields_of(ops[0].obj)})
        ops = [replace(op, obj=narrowed)]
    elif asked is not None and any("them" in (op.obj, op.anchor) for op in ops):
        # "all of them" answering "which one do you mean: A, B or C?" names A, B and C.
        [op] = parse_edit(asked)
        hits = matching(scene, fields_of(op.obj))
        if len(hits) > 1:
            focus = tuple(hits)
    if isinstance(focus, list):  # a group focus that came back from JSON
        focus = tuple(focus)
    out, k, results = EditResult(scene, "ok", focus), 0, []
    try:
        while k < len(ops):
            if ops[k].verb == "add" and not ops[k].rel:
                j = k
                while j < len(ops) and ops[j].verb == "add" and not ops[j].rel:
                    j += 1
                out = _focused(_add(out.scene, ops[k:j]), out.scene, out.focus)
                k = j
            else:
                out = _apply_one(out.scene, ops[k], out.focus)
                k += 1
            if out.result.split()[0] in ("full", "too_many", "side") and len(ops) > 1:
                return EditResult(scene, out.result, focus)  # no room for what it adds: nothing of the edit is done
            results.append(out.result)
    except _Unresolved as e:
        op = ops[k]
        several = e.result.startswith("ambiguous") and op.obj not in ("", "it", "other", "them") \
            and len(matching(out.scene, fields_of(op.obj))) > 1
        return EditResult(scene, e.result, focus, op.text() if several else None)
    return replace(out, result=" ; ".join(results)) if len(results) > 1 else out
