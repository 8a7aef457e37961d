"""The scene model: what a picture holds, and its canonical text form.

Positions are public and shared by every part of dialogan: ``x`` grows to the right,
``y`` grows downwards, both in [0, 1] with the origin at the top-left corner. The nine
*regions* are the 3x3 thirds of the canvas. "A is left of B" means A's centre is left of
B's by more than ``MARGIN`` of the canvas; likewise right of, above and below.

The text form is one line, objects in order, joined by `` ; ``::

    large red circle 17 83 ; small blue star 50 50

(size, colour, shape, then x and y in hundredths of the canvas); the empty scene is
``empty``. ``Scene.parse(scene.text()) == scene`` and ``Scene.parse(s).text() == s``
for every text this module writes.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from ..errors import DialoganError

SHAPES = ("circle", "square", "triangle", "star", "diamond", "hexagon")
COLORS = {
    "red": (214, 39, 40), "orange": (255, 127, 14), "yellow": (240, 210, 30),
    "green": (44, 160, 44), "cyan": (23, 200, 215), "blue": (31, 84, 220),
    "purple": (128, 50, 180), "pink": (247, 130, 200), "brown": (140, 86, 45),
    "gray": (128, 128, 128),
}
SIZES = ("small", "large")
RADIUS = {"small": 0.075, "large": 0.12}  # of the canvas side; the renderer's scale
MAX_OBJECTS = 8
MARGIN = 0.05
EMPTY_TEXT = "empty"

REGIONS = {
    "top-left": (0, 0), "top": (1, 0), "top-right": (2, 0),
    "left": (0, 1), "center": (1, 1), "right": (2, 1),
    "bottom-left": (0, 2), "bottom": (1, 2), "bottom-right": (2, 2),
}
_CELL_CENTRES = (0.17, 0.5, 0.83)


class SceneError(DialoganError):
    """A scene, object or scene text that breaks the rules; the message names what."""


def region_of(x: float, y: float) -> str:
    """The name of the 3x3 region holding the point (x, y)."""
    cell = lambda v: min(2, max(0, int(v * 3)))
    col, row = cell(x), cell(y)
    return next(name for name, c in REGIONS.items() if c == (col, row))


def region_centre(name: str) -> tuple[float, float]:
    """The centre of a region, e.g. ``region_centre("top-left") == (0.17, 0.17)``."""
    if name not in REGIONS:
        raise SceneError(f"unknown region {name!r}; regions are {', '.join(REGIONS)}")
    col, row = REGIONS[name]
    return _CELL_CENTRES[col], _CELL_CENTRES[row]


def is_left_of(a: "SceneObject", b: "SceneObject") -> bool:
    return a.x < b.x - MARGIN


def is_right_of(a: "SceneObject", b: "SceneObject") -> bool:
    return a.x > b.x + MARGIN


def is_above(a: "SceneObject", b: "SceneObject") -> bool:
    return a.y < b.y - MARGIN


def is_below(a: "SceneObject", b: "SceneObject") -> bool:
    return a.y > b.y + MARGIN


RELATIONS = {"left_of": is_left_of, "right_of": is_right_of, "above": is_above, "below": is_below}


@dataclass(frozen=True)
class SceneObject:
    """One shape on the canvas. ``x``/``y`` are kept to hundredths of the canvas."""

    shape: str
    color: str
    size: str
    x: float
    y: float

    def __post_init__(self):
        if self.shape not in SHAPES:
            raise SceneError(f"unknown shape {self.shape!r}; shapes are {', '.join(SHAPES)}")
        if self.color not in COLORS:
            raise SceneError(f"unknown color {self.color!r}; colors are {', '.join(COLORS)}")
        if self.size not in SIZES:
            raise SceneError(f"unknown size {self.size!r}; sizes are {', '.join(SIZES)}")
        for axis in ("x", "y"):
            v = getattr(self, axis)
            if not isinstance(v, (int, float)) or math.isnan(v) or not 0.0 <= v <= 1.0:
                raise SceneError(f"{axis}={v!r} is outside [0, 1]")
            object.__setattr__(self, axis, round(float(v), 2))

    @property
    def radius(self) -> float:
        return RADIUS[self.size]

    @property
    def region(self) -> str:
        return region_of(self.x, self.y)

    @property
    def name(self) -> str:
        """``"large red circle"``: what a person calls it."""
        return f"{self.size} {self.color} {self.shape}"

    @property
    def position(self) -> str:
        """``"17 83"``: the centre in hundredths, as the scene text writes it; edits name objects by it."""
        return f"{round(self.x * 100)} {round(self.y * 100)}"

    def text(self) -> str:
        return f"{self.name} {self.position}"

    def moved(self, x: float, y: float) -> "SceneObject":
        return replace(self, x=x, y=y)

    def overlaps(self, other: "SceneObject") -> bool:
        return math.dist((self.x, self.y), (other.x, other.y)) < self.radius + other.radius + 0.01

    @classmethod
    def parse(cls, text: str, where: str = "object") -> "SceneObject":
        words = text.split()
        if len(words) != 5:
            raise SceneError(f"{where}: expected 'size color shape x y', got {text.strip()!r}")
        size, color, shape, xs, ys = words
        coords = []
        for axis, s in (("x", xs), ("y", ys)):
            if not s.isdigit() or int(s) > 100:
                raise SceneError(f"{where}: {axis} must be a whole number 0-100 (hundredths), got {s!r}")
            coords.append(int(s) / 100)
        try:
            return cls(shape, color, size, *coords)
        except SceneError as e:
            raise SceneError(f"{where}: {e}") from None


@dataclass(frozen=True)
class Scene:
    """An ordered collection of at most ``MAX_OBJECTS`` non-overlapping objects."""

    objects: tuple[SceneObject, ...] = field(default_factory=tuple)

    def __post_init__(self):
        objs = tuple(self.objects)
        object.__setattr__(self, "objects", objs)
        if len(objs) > MAX_OBJECTS:
            raise SceneError(f"a scene holds at most {MAX_OBJECTS} objects, got {len(objs)}")
        for i, a in enumerate(objs):
            if not isinstance(a, SceneObject):
                raise SceneError(f"object {i} is a {type(a).__name__}, not a SceneObject")
            for j in range(i):
                if a.overlaps(objs[j]):
                    raise SceneError(f"object {i} ({a.text()}) overlaps object {j} ({objs[j].text()})")

    def __len__(self) -> int:
        return len(self.objects)

    def __iter__(self):
        return iter(self.objects)

    def __getitem__(self, i: int) -> SceneObject:
        return self.objects[i]

    def text(self) -> str:
        return " ; ".join(o.text() for o in self.objects) if self.objects else EMPTY_TEXT

    __str__ = text

    @classmethod
    def parse(cls, text: str) -> "Scene":
        """Read the canonical text form; errors name the object and the word at fault."""
        if not isinstance(text, str):
            raise SceneError(f"scene text must be a str, got {type(text).__name__}")
        text = text.strip()
        if text == EMPTY_TEXT:
            return cls(())
        if not text:
            raise SceneError(f"empty scene text (the empty scene is written {EMPTY_TEXT!r})")
        parts = text.split(";")
        return cls(tuple(SceneObject.parse(p, where=f"object {i}") for i, p in enumerate(parts)))

    # Edits return new scenes; the scene itself never changes.
    def added(self, *objs: SceneObject) -> "Scene":
        return Scene(self.objects + objs)

    def removed(self, index: int) -> "Scene":
        return Scene(self.objects[:index] + self.objects[index + 1:])

    def replaced(self, index: int, obj: SceneObject) -> "Scene":
        return Scene(self.objects[:index] + (obj,) + self.objects[index + 1:])

    def fits(self, obj: SceneObject, ignore: int | None = None) -> bool:
        """Whether ``obj`` can join (or, with ``ignore``, replace object ``ignore``) without overlap."""
        return all(not obj.overlaps(o) for i, o in enumerate(self.objects) if i != ignore)
