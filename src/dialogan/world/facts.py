"""The world's facts about a scene, and its own wording of them in English and Chinese.

The world is the source of truth: every fact a reply may state (how many, what colour, what
size, where, whether there is one, which is higher, bigger or further left, what is next to
what, the whole picture) is computed here from the ``Scene``, and worded the way the world's
dialogues word it (``phrasing_en.REPLIES`` / ``phrasing_zh.REPLIES``), so a reply found false
(``reply_check``) can be replaced by the world's own sentence.

Descriptions are dicts of any of ``shape``, ``color``, ``size`` and ``area`` (a region name;
a side, e.g. ``left``, covers that whole column or row, as in ``edits.in_area``). Places of
single objects are the region of their cell (``edits.region_name``), as replies name them.
"""
from __future__ import annotations

from . import phrasing_en, phrasing_zh
from .edits import cell_of, matching, region_name
from .scene import MARGIN, MAX_OBJECTS, Scene, SceneObject

LANGS = {"en": phrasing_en, "zh": phrasing_zh}
COMPARISONS = ("higher", "lower", "further_left", "further_right", "bigger", "smaller")
_NEXT = ((1, 0), (-1, 0), (0, 1), (0, -1))  # right, left, below, above: the order "next to" tries
COMPARE_WORDS = {
    "en": {"higher": "higher than", "lower": "lower than", "further_left": "further left than",
           "further_right": "further right than", "bigger": "bigger than", "smaller": "smaller than"},
    "zh": {"higher": "高", "lower": "低", "further_left": "靠左", "further_right": "靠右", "bigger": "大", "smaller": "小"}}
# Neither is: one wording per axis, named by its first comparison.
SAME_WORDS = {"en": {"higher": "at the same height as", "further_left": "as far left as", "bigger": "the same size as"},
              "zh": {"higher": "一样高", "further_left": "左右位置一样", "bigger": "一样大"}}
_AXIS = {"higher": "higher", "lower": "higher", "further_left": "further_left", "further_right": "further_left",
         "bigger": "bigger", "smaller": "bigger"}
# The world's sentences beside the dialogues' replies (phrasing_*.REPLIES): a statement comparing two
# objects (the dialogues' "compare" reply names the winner of a question instead). Sizes and
# neighbours are worded as the dialogues word them (("size_of", "ok"), ("around", ...)).
SENTENCES = {
    "en": {("compare_pair", "than"): "The {name} is {cmp} the {other}.",
           ("compare_pair", "level"): "The {name} is {same} the {other}."},
    "zh": {("compare_pair", "than"): "{name}比{other}{cmp}。", ("compare_pair", "level"): "{name}和{other}{same}。"}}
# Earlier wordings of the same facts, still read by the reply checker (a model trained on them may say them).
READ_ALSO = {
    "en": {("around", "none"): "There is nothing next to the {name}.",
           ("out_of_world", "ok"): ("Sorry, I can only draw circles, squares, triangles, stars, diamonds and hexagons "
                                    "in red, orange, yellow, green, cyan, blue, purple, pink, brown or gray.")},
    "zh": {("around", "ok"): "{name}旁边：{list}。",
           ("out_of_world", "ok"): "抱歉，我只能画红色、橙色、黄色、绿色、青色、蓝色、紫色、粉色、棕色或灰色的圆形、正方形、三角形、星形、菱形和六边形。"}}


def _lang(lang: str):
    if lang not in LANGS:
        raise ValueError(f"lang={lang!r}; use 'en' or 'zh'")
    return LANGS[lang]


# 1. Facts.
def count(scene: Scene, fields: dict | None = None) -> int:
    """How many objects fit ``fields`` (any mix of shape, color, size, area; none: all of them)."""
    return len(matching(scene, fields or {}))


def place_of(o: SceneObject) -> str:
    """The region a reply names for ``o`` (``"top-left"``)."""
    return region_name(o)


def compare(a: SceneObject, b: SceneObject, how: str) -> bool:
    """Whether ``a`` is ``how`` (one of ``COMPARISONS``) than ``b``: positions by more than
    ``MARGIN`` of the canvas, as ``scene.is_above`` and the others decide; sizes by size."""
    tests = {"higher": a.y < b.y - MARGIN, "lower": a.y > b.y + MARGIN, "further_left": a.x < b.x - MARGIN,
             "further_right": a.x > b.x + MARGIN, "bigger": a.size == "large" and b.size == "small",
             "smaller": a.size == "small" and b.size == "large"}
    if how not in tests:
        raise ValueError(f"how={how!r}; comparisons are {', '.join(COMPARISONS)}")
    return tests[how]


def next_to(scene: Scene, index: int) -> list[int]:
    """The objects in the cells beside object ``index`` (right, left, below, above: the cells
    "next to" means in an edit), in that order."""
    c = cell_of(scene[index])
    cells = [(c[0] + dx, c[1] + dy) for dx, dy in _NEXT]
    return [i for cell in cells for i, o in enumerate(scene) if i != index and cell_of(o) == cell]


# 2. Wording.
def _name(mod, o: SceneObject) -> str:
    return mod.object_name(o.size, o.color, o.shape)


def _what(lang: str, fields: dict, n: int) -> str:
    """What a count counts, as the world says it: "red circles", "large stars on the left side", "左边的红色大圆形"."""
    mod = _lang(lang)
    plain = {k: v for k, v in fields.items() if k in ("shape", "color")}
    if lang == "en":
        words = mod.count_name(plain, n)
        words = f"{fields['size']} {words}" if "size" in fields else words
        area = fields.get("area")
        return f"{words} {mod.area_phrase(area)}" if area else words
    words = mod.count_name(plain, n) if "size" not in fields else mod.desc_name(plain | {"size": fields["size"]})
    area = fields.get("area")
    return f"{mod.area_phrase(area)}的{words}" if area else words


def say_count(scene: Scene, fields: dict | None, lang: str) -> str:
    """"There are 2 red circles." / "画面里有2个红色的圆形。" (the world's count reply, any description)."""
    fields = fields or {}
    n = count(scene, fields)
    return _lang(lang).REPLIES[("count", "one" if n == 1 else "many")].format(n=n, what=_what(lang, fields, n))


def say_exists(scene: Scene, fields: dict, lang: str) -> str:
    """"Yes, there is one at the top left." / "Yes, there are 2." / "No, there isn't." (and 有/没有)."""
    mod, hits = _lang(lang), matching(scene, fields)
    if not hits:
        return mod.REPLIES[("ask_exists", "none")]
    if len(hits) > 1:
        return mod.REPLIES[("ask_exists", "many")].format(n=len(hits))
    return mod.REPLIES[("ask_exists", "one")].format(region=mod.region_name(place_of(scene[hits[0]])))


def say_color(o: SceneObject, lang: str) -> str:
    """"It is red." / "它是红色的。\""""
    mod = _lang(lang)
    return mod.REPLIES[("ask_color", "ok")].format(color=mod.COLOR_WORDS[o.color][0])


def say_size(o: SceneObject, lang: str) -> str:
    """"It is large." / "它是大的。\""""
    mod = _lang(lang)
    return mod.REPLIES[("size_of", "ok")].format(size=mod.size_name(o.size))


def say_place(o: SceneObject, lang: str) -> str:
    """"It is at the top left." / "它在左上角。\""""
    mod = _lang(lang)
    return mod.REPLIES[("ask_where", "ok")].format(region=mod.region_name(place_of(o)))


def say_compare(a: SceneObject, b: SceneObject, how: str, lang: str) -> str:
    """Which is higher, bigger, further left...: "The large red circle is higher than the small blue
    star." or, when neither is, "... is at the same height as ..." (and in Chinese: "...比...高。")."""
    mod = _lang(lang)
    names = {"name": _name(mod, a), "other": _name(mod, b)}
    if compare(a, b, how):
        return SENTENCES[lang][("compare_pair", "than")].format(cmp=COMPARE_WORDS[lang][how], **names)
    opposite = {"higher": "lower", "lower": "higher", "further_left": "further_right", "further_right": "further_left",
                "bigger": "smaller", "smaller": "bigger"}[how]
    if compare(a, b, opposite):
        return say_compare(a, b, opposite, lang)
    return SENTENCES[lang][("compare_pair", "level")].format(same=SAME_WORDS[lang][_AXIS[how]], **names)


def say_next_to(scene: Scene, index: int, lang: str) -> str:
    """What is next to object ``index``: "Next to the large red circle: a small blue star at the
    center." / "红色大圆形旁边有：中间有一个蓝色小星形。", or that nothing is: the dialogues' "around"
    reply, as the world's ``around`` edit answers it."""
    mod, o = _lang(lang), scene[index]
    near = [(_name(mod, scene[i]), mod.region_name(place_of(scene[i]))) for i in sorted(next_to(scene, index))]
    if not near:  # listed in the picture's order, as the ``around`` edit's result lists them
        return mod.REPLIES[("around", "none")].format(name=_name(mod, o))
    return mod.REPLIES[("around", "ok")].format(name=_name(mod, o), list=mod.list_phrase("describe", near))


def describe(scene: Scene, lang: str) -> str:
    """The whole picture, as the world's "describe" reply: every object, its name and place."""
    mod = _lang(lang)
    if not len(scene):
        return mod.REPLIES[("describe", "none")]
    named = [(_name(mod, o), mod.region_name(place_of(o))) for o in scene]
    return mod.REPLIES[("describe", "ok")].format(n=len(scene), shapes="shape" if len(scene) == 1 else "shapes",
                                                  list=mod.list_phrase("describe", named))


def room_left(scene: Scene) -> int:
    """How many more objects the picture can hold."""
    return MAX_OBJECTS - len(scene)
