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

OBJECT is an object of the previous scene named by its position as the scene text writes it
(``17 83`` for ``large red circle 17 83``): objects never overlap, so a position names one object.
A position comes after the object's size, colour and shape in the scene text, so a causal language
model reading the scene can tell which object a position belongs to from that position alone;
a reference by attributes would make it write the size and colour before the shape that
identifies the object. ``apply_edit`` returns the new scene and a *result*: an outcome
word and what the reply needs to mention: the object touched and where it went
(``taken large blue star left``: the asked region was taken, the star went to the left;
``ok large red circle`` after ``recolor 17 17 blue``: the red circle was recoloured).
The outcomes are those of the dialogue generator.

World rules: objects sit at the centres of the nine regions; an unplaced object takes the
first free cell of ``DEFAULT_ORDER``; a placed one its region, else the nearest free region;
"REL of X" is the adjacent cell that way, else the next one further ("next to" tries right,
left, below, above, adjacent only).
"""
from __future__ import annotations

from dataclasses import dataclass

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


class EditError(SceneError):
    """An edit that does not parse, or names a position where the scene has no object."""


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


def _at(size: str, color: str, shape: str, region: str) -> SceneObject:
    return SceneObject(shape, color, size, *region_centre(region))


# 2. Reading an edit.
@dataclass(frozen=True)
class Op:
    """One operation. ``obj``/``anchor`` are positions (``"17 83"``) of objects of the previous
    scene; ``spec`` is (size, color, shape) of a new object; ``to`` a region, colour or size;
    ``step`` a direction."""

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
        if self.verb == "add":
            head = ("add " if self.count == 1 else f"add {self.count} ") + " ".join(self.spec)
            return head + (f" at {self.to}" if self.to else f" {self.rel} {self.anchor}" if self.rel else "")
        if self.verb == "remove":
            return f"remove {self.obj}"
        if self.verb == "move":
            return f"move {self.obj} " + (f"{self.rel} {self.anchor}" if self.rel else self.step or f"to {self.to}")
        return f"{self.verb} {self.obj} {self.to}"


def _position(words: list[str], at: int, where: str) -> tuple[str, int]:
    part = words[at:at + 2]
    if len(part) < 2 or not all(w.isdigit() and int(w) <= 100 for w in part):
        raise EditError(f"{where}: expected an object's position 'x y' (whole numbers 0-100), "
                        f"got {' '.join(part)!r}")
    return f"{int(part[0])} {int(part[1])}", at + 2


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
        if rest[0] in REL_DIRS and count == 1 and len(rest) == 3:
            return Op("add", spec=spec, rel=rest[0], anchor=_position(rest, 1, where)[0])
        raise EditError(f"{where}: after the new object expected 'at REGION' or 'REL OBJECT', got {' '.join(rest)!r}")
    if verb not in ("remove", "recolor", "resize", "move"):
        raise EditError(f"{where}: unknown operation {verb!r}; operations are keep, clear, add, remove, "
                        "recolor, resize, move")
    obj, at = _position(w, 1, where)
    rest = w[at:]
    if verb == "remove" and not rest:
        return Op("remove", obj)
    if verb == "recolor" and len(rest) == 1 and rest[0] in COLORS:
        return Op("recolor", obj, to=rest[0])
    if verb == "resize" and len(rest) == 1 and rest[0] in SIZES:
        return Op("resize", obj, to=rest[0])
    if verb == "move":
        if len(rest) == 1 and rest[0] in STEP:
            return Op("move", obj, step=rest[0])
        if len(rest) == 2 and rest[0] == "to" and rest[1] in REGIONS:
            return Op("move", obj, to=rest[1])
        if len(rest) == 3 and rest[0] in REL_DIRS:
            return Op("move", obj, rel=rest[0], anchor=_position(rest, 1, where)[0])
    raise EditError(f"{where}: cannot read {' '.join(rest)!r} after '{verb} {obj}'")


def parse_edit(text: str) -> list[Op]:
    """The operations of an edit; an ``EditError`` names the operation and the word at fault."""
    if not isinstance(text, str) or not text.strip():
        raise EditError("empty edit (an edit that changes nothing is written 'keep')")
    return [_parse_op(part, f"operation {i}") for i, part in enumerate(text.split(";"))]


def format_edit(ops: list[Op]) -> str:
    return " ; ".join(op.text() for op in ops)


# 3. Carrying an edit out.
@dataclass(frozen=True)
class EditResult:
    scene: Scene
    result: str  # outcome word and details, e.g. "ok large red circle top-left"


def _find(scene: Scene, position: str, where: str) -> int:
    """The object at ``position`` ("x y"), or an error naming the position."""
    for i, o in enumerate(scene.objects):
        if o.position == position:
            return i
    raise EditError(f"{where}: the scene has no object at {position!r}")


def _named(o: SceneObject, region: str) -> str:
    return f"{o.name} {region}"


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


def _add_relative(scene: Scene, op: Op, where: str) -> EditResult:
    anchor = scene[_find(scene, op.anchor, where)]
    if len(scene) >= MAX_OBJECTS:
        return EditResult(scene, "full")
    cell = relative_cell(cell_of(anchor), op.rel, {cell_of(o) for o in scene})
    if cell is None:
        return EditResult(scene, "side")
    obj = _at(*op.spec, CELL_REGION[cell])
    return EditResult(scene.added(obj), "ok " + _named(obj, CELL_REGION[cell]))


def _move(scene: Scene, i: int, op: Op, where: str) -> EditResult:
    o, own = scene[i], cell_of(scene[i])
    taken = {cell_of(p) for k, p in enumerate(scene) if k != i}
    here = CELL_REGION[own]
    if op.rel:
        dest = relative_cell(cell_of(scene[_find(scene, op.anchor, where)]), op.rel, taken, own)
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


def _apply_one(scene: Scene, op: Op, where: str) -> EditResult:
    if op.verb == "keep":
        return EditResult(scene, "ok")
    if op.verb == "clear":
        return EditResult(Scene(()), "ok" if len(scene) else "same")
    if op.verb == "add":
        return _add_relative(scene, op, where) if op.rel else _add(scene, [op])
    i = _find(scene, op.obj, where)
    o = scene[i]
    if op.verb == "remove":
        return EditResult(scene.removed(i), f"ok {o.name}")
    if op.verb == "recolor":
        return EditResult(scene, f"same {o.name}") if op.to == o.color else \
            EditResult(scene.replaced(i, SceneObject(o.shape, op.to, o.size, o.x, o.y)), f"ok {o.name}")
    if op.verb == "resize":
        if op.to == o.size:
            return EditResult(scene, f"same {o.name}")
        bigger = SceneObject(o.shape, o.color, op.to, o.x, o.y)
        if not scene.fits(bigger, ignore=i):
            return EditResult(scene, f"blocked {o.name}")
        return EditResult(scene.replaced(i, bigger), f"ok {o.name}")
    return _move(scene, i, op, where)


def apply_edit(scene: Scene, edit: str | list[Op]) -> EditResult:
    """The scene after ``edit`` and the result the reply reports. Consecutive plain adds are one
    request: if together they need more room than the scene has, none is made. Later operations
    see the scene the earlier ones left; the result is that of the last one."""
    ops = parse_edit(edit) if isinstance(edit, str) else list(edit)
    out, k = EditResult(scene, "ok"), 0
    while k < len(ops):
        if ops[k].verb == "add" and not ops[k].rel:
            j = k
            while j < len(ops) and ops[j].verb == "add" and not ops[j].rel:
                j += 1
            out = _add(out.scene, ops[k:j])
            k = j
        else:
            out = _apply_one(out.scene, ops[k], f"operation {k}")
            k += 1
    return out
