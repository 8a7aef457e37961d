"""Whether an edit is grounded in the message it was written for: what it sets, the message says.

Nothing changes on doubt, and a guess is a doubt the model's token probabilities do not always
show: "a coquelicot hex shape please" read as ``add large cyan hexagon`` (no word of the message
means cyan), "我不想要褐色蜂窝形了" read as an add, a question read as ``clear``. ``ungrounded``
names what an edit sets that the message never says, as the world's own lexicon reads the message
in both languages (``said``: every name the world knows for a colour and a shape, with the typing
slips the world knows, sizes, numbers, places, steps). Where the world reads the message better than
the model did, the edit made what the message says is here too (``said_of_adds``, ``said_instead``,
``said_step``, ``adds_in_order``, ``place_of_the_object``, ``moved_from_where_it_goes``,
``it_as_said``), and so is the world's
vouching for adds it reads word for word (``adds_as_said``). The checks:

- a colour an ``add`` or ``recolor`` sets must be named in the message (an added object may be
  blue unnamed: an unsaid colour is blue);
- a shape an ``add`` or ``reshape`` sets must be named in the message;
- an object the edit names by colour or shape ("resize star small") is named so in the message
  (not "it", "them", "the other one" or a place alone);
- a message that asks to change what is there (its colour: "换个颜色", "change the colour";
  its place: "the star should be on the left", "灰菱形应该在左上方"; the object: "replace the
  square with ...") is never only an add, and one that takes away ("i don't want the star",
  "我不想要褐色蜂窝形了") never gets a change that takes nothing away;
- an edit that adds adds at least as many objects as the largest count the message states
  ("添上四个黄色三角" is no two triangles; the world, not the edit, says when there is no room);
- an operation repeated word for word is said as often: ``add large pink triangle ; add large
  pink triangle`` needs two names of a triangle, any other repeat is a stutter;
- a ``resize`` needs a word of size ("bigger", "tiny", "shrink", "大", "小"): "make the hexagon
  sort of teal-ish" is no resize;
- an ``add`` that sets a place or a relation says it ("at the bottom", "in each corner", "underneath
  it", "它隔壁"): "add an enormous peach box" is no box next to the last object, and "墨绿的上方"
  (above the dark green one) is no place at the top;
- ``clear`` takes everything away: never for a message that names a colour or shape ("清除那个
  蓝绿色的" removes one object);
- ``remove`` and ``clear`` destroy what is there: the message must carry a removal word
  ("remove", "delete", "get rid of", "don't want", "clear", "start over", "删", "去掉", "不要",
  "清空", ...).
- a list of adds takes the colours and shapes the message names in its order ("一个红色的跟一个粉的跟一个
  蓝色的和一个咖啡色的大方形" is no two brown squares), and writes every colour and shape it names word
  for word ("... a red star and a pale pink rhombus" is no red star alone);
- a move is a step or a region as the message says ("moved to the right" is one cell, "put it on the
  left" the left side), never to a place said only to be denied ("是靠左上角，不是上面"), and never to the
  first of two regions, the one that names the object ("the diamond at the right edge in the top right");
- a message that names what the world cannot draw ("a walnut line") gets no change; one that begins
  with the verb of a change ("recolor the shape in the corner ruby") gets that change.

Everything else (which object fits a description, where a move goes) is the world's to resolve, and the
world already says "there is no ..." or "which one do you mean?". The check is a few regular
expressions per turn: no model pass.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from . import phrasing_en, phrasing_zh
from .asking import is_question, question_kind, says_an_action
from .edits import (EditError, Op, apply_edit, describe, fields_of, matching, objects_named, parse_edit, region_name,
                    with_places_marked)
from .said import (CHANGE_OF_MIND, DENIED, NOT_A_VERB_ZH, OPINION_AS, RELATION_EN, RELATION_ZH, RELATIVE_ZH,
                   SIZE_OF_ZH, STEP_ZH, acknowledges, changes_said, clauses_of, colors_named, direction_said,
                   each_place, mentions, named_spans, names, names_any, names_no_number, numeral_said,
                   out_of_world_named, place_denied, place_said, recolor_said, region_said, regions_in_order,
                   relation_said, relation_said_zh, said_in_order, said_only_denied, says_a_place,
                   says_adds_of_no_number, says_an_add, says_another_of_it, says_more_of, says_removal, says_size,
                   says_small, shape_counts, shapes_counted, size_change_said, sizes_changed_to, sizes_named,
                   slipped_number, stated_counts, step_said, the_place_said, words_of)
from .scene import REGIONS, Scene, SceneError, region_of
from .unknown_words import known_words_en, unknown_words


# Not wanting any more: a removal, never a question about the object.
_NOT_WANTED = re.compile(r"\b(?:don'?t|do not|no longer) want\b|不想要|不再要")
_NOT_WANTED_WHAT = re.compile(r"(?:\b(?:don'?t|do not|no longer) want\b|不想要|不再要)([^,，。!！?？;；]{0,24})")


# Taking away ("i don't want the star", "我不想要褐色蜂窝形了"): a change that takes nothing away
# (no remove, clear, reshape, which replaces, or pick, which completes what was asked) is a misreading.
_TAKE_AWAY = re.compile(r"\b(?:remove|delete|erase|get rid|don't want|do not want|no more|wipe|clear)\b|"
                        r"删|去掉|擦掉|移除|拿掉|拿走|清空|清除|抹掉|不想要|不要")


_TAKING = ("remove", "clear", "reshape", "pick")
_CHANGING = ("add", "copy", "recolor", "resize", "move", *_TAKING)
_DOING = set(_CHANGING) - {"pick"}  # the operations that change the picture (a pick completes another's)


# What a step says that an operation of each kind may be written for, whatever change it says ("把正中间圆形换成小号的":
# a resize; "that diamond should be bright blue": a recolour).
_SAYS_ALSO = {"add": says_an_add, "resize": says_size,
              "recolor": lambda step: bool(said_in_order(step, "color")), "reshape": lambda step: bool(said_in_order(step, "shape")),
              "move": lambda step: says_a_place(step) or any(direction_said(step, way) for way in STEP_ZH)}

_KIND_OF = {"recolor": "color", "reshape": "shape"}  # what a change's new value is
_UNSAID_COLOR = "blue"  # an unsaid colour is blue (``dialogue.planning``)


_POINTING = ("it", "them", "other", "all")  # descriptions that name no colour or shape of their own


def _own_fields(desc: str) -> dict:
    """The fields a description names of its own (``edits.fields_of``); none for "it", "them", "other" or "all ..."."""
    return fields_of(desc) if desc and desc.split()[0] not in _POINTING else {}


def _words_of_each(message: str, shapes: list[tuple[int, int, str]]) -> list[str]:
    """The words of each object ``message`` names, in order: from the end of the shape named before it (``shapes``,
    ``said.named_spans``) to the end of its own ("...非常大的咖啡色钻石形|跟左下方1个浅绿色六棱形")."""
    starts = [0] + [end for _, end, _ in shapes[:-1]]
    return [message[start:end] for start, (_, end, _) in zip(starts, shapes)]


_COLOR_AFTER = re.compile(r"(?:\b(?:in|colou?red|painted|of)\s+(?:[a-z-]+\s+){0,2}|[涂成是]\S{0,2})$")  # "a disc in orange"


def _said_of_each_add(ops: list, message: str) -> list[tuple[str | None, str | None]] | None:
    """The size and colour ``message`` says of each object of an add of several that it names object by
    object ("a pint-sized red star, a peach hexagon and ...": small red, large orange), or None. Read only
    where the shapes the message names are those of the adds, in their order; each object's words run from
    the shape before it to its own. An object whose words say no size is large, and no colour blue (one
    named with a slip is the edit's, or else the one colour its words name with a slip: "a ged diamond", red); a size is None where the message says one after its last shape, a colour
    where the message says one after its shape ("a circle in red") or an object's words name several."""
    if len(ops) < 2 or any(op.verb != "add" for op in ops):
        return None
    spans = named_spans(message, "shape")
    if len(spans) != len(ops) or any(value and value != op.spec[2] for (_, _, value), op in zip(spans, ops)):
        return None
    after = message[spans[-1][1]:]
    sizes_after = says_size(after)
    colors_after = any(_COLOR_AFTER.search(message[:start].lower()) for start, _, _ in named_spans(message, "color"))
    said = []
    for words, op in zip(_words_of_each(message, spans), ops):
        colors = {value for _, _, value in named_spans(words, "color") if value}
        slipped = [] if colors else colors_named(words)  # "a ged diamond"
        color = None if colors_after or len(colors) > 1 else colors.pop() if colors \
            else op.spec[1] if names(words, "color", op.spec[1]) else slipped[0] if len(slipped) == 1 else _UNSAID_COLOR
        said.append((None if sizes_after else "small" if says_small(words) else "large", color))
    return said


def _slipped_color_of_one_add(ops: list, message: str) -> str | None:
    """The colour ``message`` names only with a typing slip, for an add of one object whose colour the message never
    names ("make a gret triangular shape" read as green: gray), or None."""
    if len(ops) != 1 or ops[0].verb != "add" or said_in_order(message, "color") or names(message, "color", ops[0].spec[1]):
        return None
    slipped = colors_named(message)
    return slipped[0] if len(slipped) == 1 else None


def _each_add_as_said(ops: list, message: str) -> str | None:
    """The first add of several whose size or colour is not the one ``message`` says of its object
    (``_said_of_each_add``), as a reason, or None."""
    for op, (size, color) in zip(ops, _said_of_each_add(ops, message) or ()):
        if size and op.spec[0] != size:
            return f"size {op.spec[0]} of the {op.spec[2]}, {'small' if size == 'small' else 'no size'} said of it"
        if color and op.spec[1] != color:
            return f"color {op.spec[1]} of the {op.spec[2]}, {color} said of it"
    slipped = _slipped_color_of_one_add(ops, message)
    return f"color {ops[0].spec[1]} of the {ops[0].spec[2]}, {slipped} said of it" if slipped else None


def each_add_as_said(edit: str, message: str, earlier: str = "") -> str | None:
    """``edit``, adds of several objects, with each object the size and colour ``message`` says of it ("a
    pint-sized red star, a peach hexagon ..." read with a small hexagon: a large one; "靠右很大圆，左上一个黄颜色
    钻石" read with a yellow circle: a blue one), or an add of one the colour said only with a slip ("a gret
    triangle" read as green: gray), where that sets nothing the message never says; else None."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    slipped = _slipped_color_of_one_add(ops, message)
    said = _said_of_each_add(ops, message) or ([(None, slipped)] if slipped else None)
    if not said:
        return None
    made = [replace(op, spec=(size or op.spec[0], color or op.spec[1], op.spec[2])) for op, (size, color) in zip(ops, said)]
    if made == ops:
        return None
    text = " ; ".join(op.text() for op in made)
    return text if ungrounded(text, message, earlier) is None else None


def _not_one_at_each(adds: list, message: str) -> bool:
    """Whether ``message`` says one object at each corner or side and ``adds`` do not put one object,
    the same at each, there (and no more of it elsewhere: "one in each top corner" read as all four)."""
    each = each_place(message)
    placed = [op for op in adds if op.to in each]
    more = [op for op in adds if op.to and op.to not in each and placed and op.spec == placed[0].spec]  # "each top corner"
    return bool(adds and each) and ({op.to for op in placed} != set(each) or len({op.spec for op in placed}) > 1
                                    or bool(more) or any(op.count > 1 for op in placed))  # "add 2 ... at left"


# A move by one cell ("moved to the right", "一个往右挪", "higher") against one to a region ("to the right side",
# "移到右边", "to the top"). In the world's words "to the left" is a step; a region says more (``PLACE_THE``).
_STEP_OF = {"left": "left", "right": "right", "top": "up", "bottom": "down"}
_REGION_OF_STEP = {step: region for region, step in _STEP_OF.items()}


def place_of_the_object(edit: str, message: str) -> str | None:
    """``edit``, one move of an object described without a place, made the move the message says where it
    names two regions: the object at the first, to the last ("i want the diamond shape at the right edge in the
    top right!" read as a move to the right: ``move diamond @right to top-right``). None otherwise."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    if len(ops) != 1 or ops[0].verb != "move" or not ops[0].to or "@" in ops[0].obj or ops[0].obj in _POINTING:
        return None
    regions = regions_in_order(message)
    if len(regions) != 2 or regions[0] == regions[1] or ops[0].to != regions[0]:
        return None
    return replace(ops[0], obj=f"{ops[0].obj} @{regions[0]}", to=regions[1]).text()


def moved_from_where_it_goes(edit: str, message: str) -> str | None:
    """``edit`` with the place taken off each object said to be where a move goes, where the message names that
    place once, for the move's end: "先把圆删掉，再把三角形移到左下角" read as ``remove circle ; move triangle
    @bottom-left to bottom-left`` is ``remove circle ; move triangle to bottom-left``, and "move the circle 到中间，
    然后把三角形变小" read as ``move circle to center ; resize triangle @center small`` is ``move circle to center ;
    resize triangle small``. None where no object is so."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    regions = regions_in_order(message)
    ends = {op.to for op in ops if op.verb == "move" and op.to and regions.count(op.to) == 1}
    fixed = [replace(op, obj=op.obj.rpartition(" @")[0]) if " @" in op.obj and op.obj.rpartition(" @")[2] in ends
             else op for op in ops]
    return " ; ".join(op.text() for op in fixed) if fixed != ops else None


def said_step(edit: str, message: str, earlier: str = "") -> str | None:
    """``edit`` with its moves made the steps ``message`` says: a region read for a step ("I want the
    lower-right shape moved to the right" read as ``to right``) is the step, a step the other way ("moved one
    to the right" read as left) the one direction the message says, and a step read for a side ("put this
    one on the left" read as one cell left) the side. None when nothing changes or the edit
    then still sets what the message never says."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    for i, op in enumerate(ops):
        if op.verb != "move":
            continue
        if op.to in _STEP_OF and step_said(message, _STEP_OF[op.to]):
            ops[i] = replace(op, to="", step=_STEP_OF[op.to])
        elif op.step in ("left", "right") and region_said(message, op.step):
            ops[i] = replace(op, to=op.step, step="")
        elif op.step and not direction_said(message, op.step):
            said = [d for d in STEP_ZH if direction_said(message, d)]
            if len(said) != 1:
                return None
            ops[i] = replace(op, step=said[0])
    text = " ; ".join(op.text() for op in ops)
    return text if text != edit and ungrounded(text, message, earlier) is None else None


def _run(ops: list, k: int):
    """The operations after ``ops[k]`` equal to it, up to the first that is not."""
    for later in ops[k + 1:]:
        if later != ops[k]:
            return
        yield later


# "A few", "几个": a number of objects that names none. An add or copy for it guesses the number; the
# world asks how many.


# Another of what is there says so: "another one", "one more", "the same", "copy", "duplicate", "再来一个",
# "也来一个", "一样的", "复制". "Position of this one" is no copy.
_COPY = re.compile(r"\b(?:another|more|second|same|again|twin|clone|repeat)\b|\bcop(?:y|ies)|\bduplicat|"
                   r"再|多|也|一样|同样|相同|复制|拷贝|照")


_CORRECTING = re.compile(r"\b(?:no|nope|not|wrong|sorry|said|meant|asked for|wanted|told you|instead|rather)\b|"
                         r"不对|不是|不，|错|我说|我要的是|我是说|我想要的是|我刚才")


# A message that begins with the verb of a change says which change: "recolor the shape in the corner ruby".
_LEADING_VERBS = {"recolor": "recolor", "recolour": "recolor", "paint": "recolor", "move": "move", "shift": "move",
                  "drag": "move", "slide": "move", "reshape": "reshape", "resize": "resize", "enlarge": "resize",
                  "shrink": "resize"}


_LEADING_VERB = re.compile(r"^(?:(?:please|pls|now|then|ok|okay|so|and|also)[,!]?\s+)*(" + "|".join(_LEADING_VERBS) + r")\b")


_TOO_EN = {size: re.compile(r"\btoo\s+(?:" + "|".join(words) + r")\b") for size, words in phrasing_en.TOO.items()}
_TOO_ZH = {"small": re.compile(r"太大|大了点|大了一点"), "large": re.compile(r"太小|小了点|小了一点")}


def too_said(message: str) -> str | None:
    """The size a message asks for by saying the object is too much of the other ("it's way too small": large;
    "有点太大了": small), or None for none or both."""
    low = message.lower()
    asked = {size for size in ("small", "large") if _TOO_EN[size].search(low) or _TOO_ZH[size].search(message)}
    return asked.pop() if len(asked) == 1 else None


# "The other one too", "另一个也是": the last change, done to another object; its value was said last turn.
_AGAIN = re.compile(r"\b(?:too|also|as well|likewise|the same|same here|same for|same with|same goes)\b|也|同样|一样")
_REDONE = ("recolor", "resize", "reshape", "move")


_OTHER = re.compile(r"\bthe other\b|另一个|另外一个|另外那个|另一只")


def says_again(message: str) -> bool:
    """Whether ``message`` says "too", "also", "the same", "也", "同样" ...: a change said again."""
    return bool(_AGAIN.search(message.lower()))


def the_last_change_to(edit: str, last: str, message: str, scene: Scene) -> str | None:
    """The last turn's change ``last`` (one recolour, resize, reshape or move) done to another object, where
    ``message`` says it again and names no value of that change: the object of ``edit``, one change, or the
    one object of ``scene`` the message's words name. "now the other one too" after "make the small one pink",
    read as ``resize other large``, is ``recolor other pink``; "圆形也是" (the circle too) after "把三角形变大", read
    as a question, ``resize circle large``. None otherwise, or where ``edit`` is that already."""
    try:
        ops, done = parse_edit(edit), parse_edit(last)
    except EditError:
        return None
    if len(done) != 1 or done[0].verb not in _REDONE or not says_again(message) or _values_named(done[0], message):
        return None
    if len(ops) == 1 and ops[0].verb in _REDONE and ops[0].obj:
        obj = ops[0].obj
    elif _OTHER.search(message.lower()):
        obj = "other"
    else:
        fields = _fields_said(message)
        obj = " ".join(fields) if fields and len(objects_named(scene, " ".join(fields))) == 1 else ""
    if not obj or obj == done[0].obj:
        return None
    again = replace(done[0], obj=obj).text()
    return again if again != edit else None


def _values_named(op, message: str) -> set[str]:
    """The values ``message`` names of the kind the change ``op`` sets (colours for a recolour, places for a
    move), but its object's own: "make the circle red too" names red, "the blue one too" no colour."""
    kind = {"recolor": "color", "reshape": "shape", "resize": "size", "move": "area"}[op.verb]
    own = _own_fields(op.obj).get(kind)
    named = set(sizes_named(message) | sizes_changed_to(message) if kind == "size"
                else regions_in_order(message) if kind == "area" else said_in_order(message, kind))
    return named - {own, ""}


# "Remove all of them except the square", "除了正方形都删掉": what is kept follows the word of exception.
_EXCEPT = re.compile(r"\b(?:except(?: for)?|but(?: for)?|besides|apart from|other than|save for)\s+(.+?)(?:[,.;!?]|$)|"
                     r"除了?(.+?)(?:以外|之外|[，,。；;]|其他|其余|别的|都|全)")


_ALL = re.compile(r"\b(?:all|everything|every|them|each|rest|others)\b|都|全|其他|其余|别的|所有")


# The side of the picture a relation or a step goes towards: "left of the star" and "one to the left" use "left".
_SIDE_OF_RELATION = {"left_of": "left", "right_of": "right", "above": "top", "below": "bottom"}
_SIDE_OF_STEP = {"left": "left", "right": "right", "up": "top", "down": "bottom"}
_CHANGING_PLACES = frozenset({"add", "copy", "move", "remove", "recolor", "resize", "reshape"})


def _places_used(ops: list[Op]) -> set[str]:
    """Every region ``ops`` name (where an object is, where it goes, a relation's or a step's side) and each
    part of a corner among them."""
    used = set()
    for op in ops:
        used |= {_own_fields(desc)["area"] for desc in (op.obj, op.anchor) if "area" in _own_fields(desc)}
        if op.verb in ("add", "copy", "move") and op.to:
            used.add(op.to)
        used |= {_SIDE_OF_STEP.get(op.step, ""), _SIDE_OF_RELATION.get(op.rel, "")} - {""}
    return used | {part for place in used for part in place.split("-")}


def places_unset(ops: list[Op], message: str) -> list[str]:
    """The regions ``message`` names (not only to deny them: "not in the top right") that ``ops``, changes to the
    picture, never name, in the message's order ("The centre diamond figure can go. on the left give me a
    six-sided figure" read with the hexagon at no place: left)."""
    if not ops or not {op.verb for op in ops} <= _CHANGING_PLACES:
        return []
    used = _places_used(ops)
    return [place for place in _regions_said(message) if place not in used]


def _regions_said(message: str) -> list[str]:
    """The regions ``message`` names not only to deny them, in order, a side's middle as the side ("in the middle
    right there should be ...": right)."""
    low = re.sub(r"\b(?:middle|centre|center|mid)[\s-]+(?=(?:left|right)\b)", "", DENIED.sub(" ", message.lower()))
    return regions_in_order(low)


def places_as_said(edit: str, message: str) -> str | None:
    """``edit`` with each of its adds at the place ``message`` says for it, in turn, where it says one for each; or with
    the one region ``message`` names that it never does (``places_unset``) given where the message
    leaves no other: to the one add at no place ("on the left give me a six-sided figure"), as the place of the one
    object described at a part of it ("the top-left figure should go at the top center" read as the one at the
    top), or as where the one move's object is, its description naming no place, where the message says it before
    where the object goes ("右上角菱形移动到靠右去" read as moving a diamond to the right); None otherwise."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    placed = regions_in_order(message.lower())
    if 1 < len(ops) == len(placed) and all(op.verb == "add" and op.count == 1 and op.to for op in ops) \
            and [op.to for op in ops] != placed and not _A_CORNER.search(message.lower()):  # "brown circle at the bottom, grey diamond top right": each as said
        fixed = " ; ".join(replace(op, to=place).text() for op, place in zip(ops, placed))
        return fixed if ungrounded(fixed, message) is None else None
    unset = set(places_unset(ops, message))
    if len(unset) != 1:
        return None
    place = unset.pop()
    unplaced = [k for k, op in enumerate(ops) if op.verb in ("add", "copy") and not op.to and not op.rel]
    halves = [k for k, op in enumerate(ops) if _own_fields(op.obj).get("area") in place.split("-") and "-" in place]
    said = _regions_said(message)  # a move's object is where the message says before where it goes
    moved = [k for k, op in enumerate(ops) if op.verb == "move" and op.obj.split()[0] not in _POINTING
             and "area" not in _own_fields(op.obj) and op.to in said and said.index(place) < said.index(op.to)]
    if len(unplaced) == 1:
        ops[unplaced[0]] = replace(ops[unplaced[0]], to=place)
    elif len(halves) == 1:
        op = ops[halves[0]]
        ops[halves[0]] = replace(op, obj=op.obj.replace(f"@{_own_fields(op.obj)['area']}", f"@{place}"))
    elif len(moved) == 1:
        ops[moved[0]] = replace(ops[moved[0]], obj=f"{ops[moved[0]].obj} @{place}")
    else:
        return None
    return " ; ".join(op.text() for op in ops)


# One more object said without a shape, closing its part of the message ("下面也画一个", "and another one").
_ONE_MORE_OF_IT = re.compile(r"(?:也|再)(?:画|来|加|放|添|要|整|弄|摆)?[一1]?个(?:一样的|同样的)?(?:吧|呗|哈)?(?=$|[,，。!！;；~])|"
                             r"\b(?:another|one more)(?: one)?(?=$|[,.!;])")


_MOVE_SAID = re.compile(r"\b(?:move|shift|drag|slide)\b|移到|挪到|移去|挪去|搬到")
_COPY_SAID = re.compile(r"\bcop(?:y|ies)\b|\bduplicate|复制")
_ONE_NAMED = re.compile(r"那个|这个|它(?![们們])|那一个|这一个|\bthe (?:one|shape|thing|figure)\b|\bthat one\b|\bthis one\b")


def _removal_of_another(ops: list[Op], low: str) -> str | None:
    """A removal of an object named only in parts of ``low`` that say no removal, while another part says one
    ("make the triangle green, remove the square" read as ``remove triangle ; recolor square green``)."""
    parts = [p for p in re.split(r"[,，;；]|\bthen\b|\band\b|然后|再|同埋", low) if p.strip()]
    if len(parts) < 2 or not any(_TAKE_AWAY.search(p) for p in parts):
        return None
    for op in ops:
        fields = _own_fields(op.obj) if op.verb == "remove" else {}
        kinds = [kind for kind in ("color", "shape") if kind in fields]
        named = [p for p in parts if kinds and all(names(p, kind, fields[kind]) for kind in kinds)]
        if named and not any(_TAKE_AWAY.search(p) for p in named) \
                and all(_CHANGING_WORDS.search(p) or re.search(r"\bmake\b", p) for p in named):
            return f"removal of the {op.obj}, said of another"
    return None


def ungrounded(edit: str, message: str, earlier: str = "") -> str | None:
    """What ``edit`` sets that ``message`` never says ("color cyan", "shape star", "removal"),
    or None when every colour and shape it sets is named and it removes only when asked to.
    The colours and shapes of a correction (several operations, the first on "it": "no, the
    diamond" read as ``recolor it green ; recolor diamond cyan``) may also come from ``earlier``,
    the exchange before, whose reply named the colour put back; an added object may be blue
    unnamed (an unsaid colour is blue). Commands (``undo``, ``redo``) and edits that do not
    parse are not this check's to judge."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    # A correction puts back what the last turn did to "it" and does it to the object meant
    # ("recolor it green ; recolor diamond cyan"): its colours were said in the exchange before. It says
    # that it corrects ("no", "not that one", "I said", "不对", "我说的是"): "请先把那个往左挪挪，再让这个
    # 红六棱形变成大的" read as ``move it left ; recolor red hexagon yellow`` is no correction.
    correction = len(ops) > 1 and ops[0].obj == "it" and bool(earlier) and bool(_CORRECTING.search(message.lower())) \
        and ops[0].to != ops[1].to  # what it puts back is not what it does to the other: "resize it small ; resize cyan small"
    # So are those of one change of an object said again ("now the other one too": ``recolor other pink``).
    again = len(ops) == 1 and ops[0].verb in _REDONE and bool(ops[0].to) and says_again(message) \
        and not _values_named(ops[0], message) and ops[0].to in _values_named(ops[0], earlier)
    # An add of "one" that names no shape ("and a blue one next to it") is of the kind the exchange before named.
    one = bool(ops) and all(op.verb == "add" for op in ops) and (_says_one(message) or _says_one(message, ops[0].spec[2]))
    from_earlier = correction or again
    said = lambda kind, value: names(message, kind, value) or (from_earlier or one) and names(earlier, kind, value)
    low = message.lower()
    if changes_said(low) and all(op.verb == "add" for op in ops):
        return "add for a change"
    if _MOVE_SAID.search(low) and ops and all(op.verb == "add" for op in ops):
        return "add for a move"  # "右下角画一颗灰色星星，..., 然后把星星移到中间" read as a third add
    verbs = {op.verb for op in ops}
    led = _LEADING_VERB.match(low)
    if led and verbs <= {"move", "recolor", "reshape", "resize"} and _LEADING_VERBS[led.group(1)] not in verbs:
        return f"{_LEADING_VERBS[led.group(1)]} said, {sorted(verbs)[0]} written"  # "recolor the shape ... ruby" as a move
    steps = _instructions_said(message)
    if len(steps) > len(ops) and verbs <= _DOING:
        return f"{len(ops)} written for {len(steps)} instructions said"  # "..., then move it down one and make it tiny"
    for k, (step, op) in enumerate(zip(steps, ops) if len(steps) == len(ops) > 1 else ()):
        if _COPY_SAID.search(step.lower()) and op.verb not in ("add", "copy"):
            return f"{op.verb} for the copy of step {k + 1}"  # "..., then copy it to the top right corner" as a move
        said_there = changes_said(step.lower())
        if said_there and op.verb in _SAYS_ALSO and op.verb not in said_there and not _SAYS_ALSO[op.verb](step):
            return f"{op.verb} for the {said_there[0]} of step {k + 1}"  # "..., 再这个方块换个颜色，粉色" read as a resize
        if op.verb == "recolor" and op.to and colors_named(step) and not names(step, "color", op.to) and not from_earlier:
            return f"color {op.to} of step {k + 1}, never said in it"  # "...; let's make that orange one burnt orange"
        if op.verb == "resize" and too_said(step) not in (None, op.to):
            return f"size {op.to} for too {'big' if op.to == 'large' else 'small'} in step {k + 1}"  # "the disk is a bit too huge"
    taking = ",".join(part for part in re.split(r"[,，]", low) if not _A_VALUE_UNWANTED.match(part.strip()))
    wrong = _removal_of_another(ops, low)
    if wrong:
        return wrong
    if _TAKE_AWAY.search(taking) and verbs & set(_CHANGING) and not verbs & set(_TAKING):
        return "no removal for a removal"  # not for "不要红色喇，..." (a value unwanted: a change follows)
    if _NOT_WANTED.search(low) and verbs <= {"ask", "count", "compare", "check", "keep"}:  # "我不想要那个了" asks nothing
        return "no removal for a removal"
    unwanted = " ".join(m.group(1) for m in _NOT_WANTED_WHAT.finditer(low))
    if unwanted and any(op.verb in _KIND_OF and op.to and names(unwanted, _KIND_OF[op.verb], op.to) for op in ops):
        return "no removal for a removal"  # "我不想要圆了！" read as making it a circle
    if _COPY_SAID.search(low) and not verbs & {"add", "copy"}:
        return "no copy for a copy said"  # "then copy it to the top right corner" read as a move
    if says_more_of(message) and not verbs & {"add", "copy"}:
        return "no add for more said"  # "three more circles in blue" read as recolouring the circles
    adds = [op for op in ops if op.verb == "add"]
    said_counts = stated_counts(message)
    if not said_counts and (verbs & {"add", "copy"} and names_no_number(low)
                            or verbs - {"keep"} and says_adds_of_no_number(low)):
        return "a number never said"  # "ok now chuck a few stars next to it" read as a reshape: how many?
    most = max(said_counts, default=0)
    if adds and sum(op.count for op in adds) < most:
        return f"{sum(op.count for op in adds)} added for {most} said"
    if _not_one_at_each(adds, message):
        return f"not one at each of {', '.join(each_place(message))}"
    for op in adds:  # "a whopping star" is no 9 stars; "3 pink trigons and an aqua hex" no 3 hexagons
        if op.count > 1:
            if op.count in said_counts:
                said_counts.remove(op.count)
            elif not numeral_said(message, op.count):
                return f"{op.count} added, never said"
    objects = max(len(said_in_order(message, "color")), len(named_spans(message, "shape")), 1) \
        + len(_ONE_MORE_OF_IT.findall(message))  # "上面画个红色的圆，下面也画一个": two
    if len(adds) > objects and sum(op.count for op in adds) > most and not each_place(message):
        return f"{len(adds)} adds for {objects} {'object' if objects == 1 else 'objects'} said"  # "a chestnut disk and a biggish yellow triangle" as three
    if adds_in_order(edit, message) is not None:
        return "adds not in the order said"
    unlike = _each_add_as_said(ops, message) or _each_object_as_said(ops, message)
    if unlike:
        return unlike
    placed = regions_in_order(message)
    at = [op.to for op in adds]
    if 1 < len(adds) == len(ops) == len(placed) and all(at) and all(op.count == 1 for op in adds) \
            and sorted(at) != sorted(placed) and not _A_CORNER.search(low):
        # "a blue square on the right, then a grey star at the bottom": no bottom right ("up in the corner on the left"
        # may be the top left: a corner said is left to the model)
        return f"places {', '.join(at)} for {', '.join(placed)} said"
    if len(ops) == 1 and adds and not adds[0].to and not adds[0].rel and adds[0].count == 1 and len(placed) == 1 \
            and not _relates(message):
        return f"place {placed[0]} said, never set"  # "靠上画一个桃红色巨型四方形" put in the middle
    for k, op in enumerate(ops):
        if k and op == ops[k - 1] and not (op.verb == "remove" and op.obj == "it"):  # "it" of a group, in turn
            same = 2 + sum(1 for _ in _run(ops, k))
            if op.verb != "add" or mentions(message, "shape", op.spec[2]) < same:
                return f"repeated {op.text()}"
        elif k and op.verb == ops[k - 1].verb == "add" and replace(op, count=1) == replace(ops[k - 1], count=1) \
                and mentions(message, "shape", op.spec[2]) < 2:
            return f"repeated {op.text()}"  # "plus 2 tan trigons" read as one and two more
        fewer = verbs == {"remove"} and stated_counts(message) and (_CORRECTING.search(low) or _JUST_SO_MANY.search(low)
                                                                     or _TOO_MANY.search(low))
        if op.verb in ("remove", "clear") and not says_removal(message) and not fewer:
            return "removal"  # but "oops, only 2" after four takes two away
        if op.verb == "clear" and len(ops) == 1 and (names_any(message) or not _ALL.search(low) and (
                the_place_said(message) or _ONE_NAMED.search(low))):
            return "clear for one named object"  # "把中间那个删了" read as clearing the picture
        if op.verb == "resize" and not (says_size(message) or from_earlier and says_size(earlier)):
            return "size"
        if op.verb == "resize" and len(ops) == 1 and too_said(message) not in (None, op.to):
            return f"size {op.to} for too {'big' if op.to == 'large' else 'small'}"  # "it's way too small" shrunk
        other_size = "small" if op.to == "large" else "large"
        if op.verb == "resize" and sizes_named(message) == {other_size} and other_size not in op.obj.split() \
                and size_change_said(message) in (None, other_size) and not too_said(message) \
                and "resize" not in changes_said(message) and not _SIZE_HEDGED.search(low):
            return f"size {op.to}, {other_size} said"  # "make both of the circles small" read as large
        if op.verb == "resize" and size_change_said(message) not in (None, op.to):
            return f"size {op.to} for {'smaller' if op.to == 'large' else 'bigger'}"  # "a bit smaller" made large
        if op.verb == "add":
            if _moved_not_added(op.spec[2], message):
                return f"add of the {op.spec[2]} said to move"  # "..., 星形移到下方" read as a new star at the bottom
            if op.to and not place_said(message, op.to):
                return f"place {op.to}"
            if op.to and not any(a.rel for a in adds) and (RELATIVE_ZH.search(message) or _BY_IT_ANY.search(low)
                                                           or _BY_THE_NAMED.search(low) and not any(o.rel for o in ops)) \
                    and not _beside_the_add_before(op, adds, low):
                return f"place {op.to} for a relation"  # "then beneath it, a navy rhombus" put at the bottom
            if op.rel and not relation_said(message, op.rel):
                return f"relation {op.rel}"
            if not op.to and not op.rel and len(adds) == 1 and _BY_IT_ANY.search(low):
                return "relation said, never written"  # "now put an orange triangle above it" put anywhere
            size, color, shape = op.spec
            if size == "small" and not says_small(message) and not ((from_earlier or one) and says_small(earlier)) \
                    and not (one and size_change_said(message) == "small"):  # "two more of them, only smaller"
                return "size small"  # "再加两个蓝色的" after small triangles: small ones, like them
            if not said("shape", shape):
                return f"shape {shape}"
            if color != _UNSAID_COLOR and not said("color", color):
                return f"color {color}"
            colors_said = set(said_in_order(message, "color")) - {""}
            if color == _UNSAID_COLOR and not said("color", color) and colors_said and (
                    _ONE_MORE_OF_IT.search(message)  # "上面画个红色的圆，下面也画一个"
                    or len(colors_said) == 1 and set(said_in_order(message, "shape")) == {shape}
                    and stated_counts(message) == [sum(a.count for a in adds)] and len(adds) == len(ops)):
                return "color blue for one more of a colour said"  # "two big red squares, one ... and one ..."
        if op.verb == "recolor" and op.to and not said("color", op.to):
            return f"color {op.to}"
        if op.verb in ("recolor", "reshape") and op.to and said_only_denied(message, _KIND_OF[op.verb], op.to):
            return f"{_KIND_OF[op.verb]} {op.to} denied"  # "不是圆，是六边形" read as a circle
        if op.verb == "recolor" and not (recolor_said(message) or from_earlier):
            return "recolour never asked"
        if op.verb == "recolor" and op.to and _own_fields(op.obj).get("color") == op.to and mentions(message, "color", op.to) < 2:
            return f"color {op.to} of the {op.to} one"  # "这个藏蓝色方块换个颜色，粉色" read as making it blue
        if op.verb == "copy" and not _COPY.search(low):
            return "copy never asked"
        if op.verb == "reshape" and op.to and not said("shape", op.to):
            return f"shape {op.to}"
        if op.verb == "reshape" and op.to in op.obj.split() and mentions(message, "shape", op.to) < 2:
            return f"shape {op.to} said once, of the object and its new shape"  # "turn the yellow shape into a triangle"
        if op.verb in ("add", "move") and op.to and place_denied(message, op.to):
            return f"place {op.to} denied"
        if op.verb == "move" and adds and not (_MOVING.search(low) or _PUT_IT.search(low) or _TO_A_PLACE.search(low)
                                               or changes_said(low) or again):
            return "move never asked"  # "then, in the upper right corner, a tiny navy star" read as moving the circle too
        if op.verb == "move" and op.to and not (place_said(message, op.to) or again and place_said(earlier, op.to)):
            return f"place {op.to}"  # "bring the object at the top left in the lower right" read as bottom-left
        if op.verb == "move" and place_of_the_object(edit, message):
            return f"place {op.to} of the object, not where it goes"
        if op.verb == "move" and op.to in _STEP_OF and step_said(message, _STEP_OF[op.to]):
            return f"place {op.to} for a step"  # "i want the star moved to the right": one cell, not the right side
        if op.verb == "move" and op.step and not direction_said(message, op.step):
            return f"step {op.step}"  # "moved one to the right" read as left
        if op.verb == "move" and op.step in ("left", "right") and region_said(message, op.step):
            return f"step {op.step} for a place"  # "put this one on the left": the left side, not one cell
        rest = op.verb == "remove" and _EXCEPT.search(low) and _ALL.search(low)  # "all but the square": the rest
        for desc in (op.obj, op.anchor) if not rest else ():
            fields = _own_fields(desc)
            for kind in ("color", "shape"):
                if kind in fields and not said(kind, fields[kind]):
                    return f"{kind} {fields[kind]} of {desc}"
            if set(fields) == {"size"} and not (says_size(message) or from_earlier and says_size(earlier)):
                return f"size {fields['size']} of {desc}"  # "change the whole thing to cherry" read as the large ones
            area = fields.get("area")
            if area and not (place_said(message, area) or from_earlier and place_said(earlier, area) or fewer):
                return f"place {area} of {desc}"  # "the shape in the middle left" read as the one at the center
    unset = places_unset(ops, message)
    if unset:
        return f"place {unset[0]} said, never set"  # "on the left give me a six-sided figure" read with no place
    outside = out_of_world_named(low)
    if outside and verbs != {"keep"} and not verbs & {"remove", "clear", "undo", "redo"}:
        return "color blue for a colour out of the world" if outside == ["color"] and verbs == {"add"} \
            else f"a {outside[0]} out of the world"  # "a walnut line please" read as a recolour: the world refuses
    if adds:  # "... i'd like a red star and a pale pink rhombus!" read without the rhombus
        written, rest = set(re.findall(r"[a-z]+", edit)), DENIED.sub(" ", low)
        for kind in ("shape", "color"):
            unwritten = [v for v in said_in_order(rest, kind) if v and v not in written]
            if unwritten:
                return f"{kind} {unwritten[0]} said, never written"
        if any(op.spec[1] == _UNSAID_COLOR for op in adds) and not names(rest, "color", _UNSAID_COLOR):
            slipped = [v for v in colors_named(rest) if v not in written]
            if slipped:  # "a smallish light vrey hex" read as blue: the colour typed with a slip, unread
                return f"color {slipped[0]} said, never written"
    return None


def unlike_it(edit: str, message: str, scene: Scene, focus) -> str | None:
    """What ``message`` names of the object that an edit's "it" stands for (``focus`` on ``scene``) and the object
    is not ("不要那个大的了" read as ``remove it`` where it is small; "我不想要这个六棱形了" where it is a circle), or
    None; or, where the message says no "it" ("它"), a description it names that fits several objects ("不要那个大的
    了" where two are large: the world asks which one). Only an edit of one operation on "it" with no other
    object in it is judged; what the operation sets (a recolour's colour, a resize's size) or asks (a size)
    is no description of the object."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    if len(ops) != 1 or ops[0].obj != "it" or ops[0].anchor or ops[0].rel:
        return None
    op, found = ops[0], objects_named(scene, "it", focus)
    if len(found) != 1:
        return None
    obj = scene.objects[found[0]]
    for kind in ("color", "shape"):
        if _KIND_OF.get(op.verb) == kind:
            continue  # "change it to baby blue": the colour said is the new one
        named = {v for v in getattr(phrasing_en, f"{kind.upper()}_WORDS") if names(message, kind, v)}
        if named and getattr(obj, kind) not in named:
            return f"it is {getattr(obj, kind)}, not {' or '.join(sorted(named))}"
    sizes = sizes_named(message)
    if op.verb not in ("resize", "ask") and len(sizes) == 1 and obj.size not in sizes:  # "how large is it?" asks
        return f"it is {obj.size}, not {sizes.pop()}"
    # "不要那个大的了" where two are large: a description that fits several, said with no "it", is no "it".
    if op.verb != "ask" and not _IT.search(message.lower()):
        said = [v for kind in ("color", "shape") if _KIND_OF.get(op.verb) != kind
                for v in said_in_order(message, kind) if v]
        if op.verb == "resize":  # "too little!", "a little larger": English size words of a resize say the change
            sizes = {z for z in ("large", "small") if SIZE_OF_ZH[z].search(message)} - {op.to}
        said += sorted(sizes)
        fields = fields_of(" ".join(said))
        if said and len(set(said)) == len(said) and len(matching(scene, fields)) > 1:
            return f"{describe(fields)} fits several, not it alone"
    return None


# An add that says a new one: "a", "another", "一个", "再", "画", "添" ... "浅棕色圆球放到左上角" says none.
_A_NEW_ONE = re.compile(r"\b(?:a|an|one|another|new|more|some|draw|add|create|make|sketch|insert)\b|一|个|再|还|画|添|加|来|新")


def add_of_one_there(edit: str, message: str, scene: Scene) -> str | None:
    """Where ``edit`` adds one object and ``message`` says no new one, the change of the object there it reads as,
    in the world's words: "one there, to PLACE" where the add is at a place and ``scene`` has one object of its
    colour and shape ("浅棕色圆球放到左上角", the light brown ball to the top left, with a brown ball there: a move);
    "one there, of another colour" where the add is at no place, the message says the colour after the shape, and
    ``scene`` has one object of that shape, of another colour ("菱形要紫颜色的", the diamond should be purple, with a
    red diamond there: a recolour); else None."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    if len(ops) != 1 or ops[0].verb != "add" or ops[0].count != 1 or ops[0].rel or _A_NEW_ONE.search(message.lower()):
        return None
    op = ops[0]
    if op.to:
        there = matching(scene, {"color": op.spec[1], "shape": op.spec[2]})
        return f"one there, to {op.to}" if len(there) == 1 else None
    # A colour said after the shape ("菱形要紫颜色的", "the trigon in navy blue") is what it becomes; one said
    # before ("green triangle please", "orange hex shape") describes a new one.
    colors, shapes = named_spans(message, "color"), named_spans(message, "shape")
    if len(shapes) != 1 or not colors or colors[0][0] < shapes[0][1]:
        return None
    there = matching(scene, {"shape": op.spec[2]})
    return "one there, of another colour" if len(there) == 1 and scene[there[0]].color != op.spec[1] else None


_NEXT_STEP = re.compile(r"\b(?:then|also|plus|after|afterwards)\b|然后|接着|并且|同时|再")


def _fields_said(message: str, sized: bool = True, but: str | None = None) -> list[str] | None:
    """The description words ``message`` says of one object, word for word ("六棱形" is a hexagon alone): its one
    size (when ``sized``), its colour and its shape (not the kind ``but``, the value an edit sets); None where it
    names two of a kind, or a name of either of two values ("绿的")."""
    sizes = sizes_named(message)
    fields = list(sizes) if sized and len(sizes) == 1 else []
    for kind in ("color", "shape"):
        if kind != but:
            named = set(said_in_order(message, kind))
            if len(named) > 1 or "" in named:
                return None
            fields += named
    return fields


def it_removed(edit: str, message: str, scene: Scene, focus) -> str | None:
    """``remove it`` for a removal said of "it" alone ("请你把它清除", read as clearing the picture), naming no colour,
    shape or place, where ``edit`` clears the picture or removes another. None otherwise."""
    if not isinstance(focus, int) or not 0 <= focus < len(scene) or not says_removal(message) or is_question(message) \
            or not _IT_ASKED.search(message.lower()) or _ALL.search(message.lower()) or names_any(message) \
            or regions_in_order(message) or changes_said(message) or says_an_add(message):
        return None
    return "remove it" if edit != "remove it" else None


def removal_as_said(edit: str, message: str, scene: Scene) -> str | None:
    """The removal ``message`` says of the one object of ``scene`` its words name (its size, colour, shape and
    place, word for word), where ``edit`` removes nothing or another: "我不想要最左变图形了" read as a
    recolour is ``remove @left``. None where it says another change too, or names no one object."""
    low = message.lower()
    if not says_removal(message) or changes_said(message) or says_an_add(message) or _relates(message) \
            or _MOVING.search(low) or _NEXT_STEP.search(low):
        return None  # "remove the one left of the star": the place is the other object's; "..., then move it"
    fields = _fields_said(message)
    if fields is None:
        return None
    place = the_place_said(message)
    desc = " ".join(fields + ([f"@{place}"] if place else []))
    if not desc or len(objects_named(scene, desc)) != 1:
        return None
    removal = f"remove {desc}"
    try:
        ops = parse_edit(edit)
    except EditError:
        ops = []
    if ops and all(op.verb == "remove" for op in ops) and \
            {i for op in ops for i in objects_named(scene, op.obj)} == set(objects_named(scene, desc)):
        return None  # the edit removes that one already
    return removal


def resize_as_said(edit: str, message: str, scene: Scene, focus) -> str | None:
    """The resize ``message`` says ("star 的 size 调小", "make the star smaller") of the one object of ``scene`` its
    words name, or of "it" where they name none, where ``edit`` is no resize (a question: "star 的 size 调小" read
    as ``ask star``). None where the message says another change too, or names no one object."""
    size = size_change_said(message)
    if size is None or set(changes_said(message)) - {"resize"} or says_an_add(message) or is_question(message):
        return None
    try:
        if any(op.verb == "resize" for op in parse_edit(edit)):
            return None
    except EditError:
        pass
    fields = _fields_said(message, sized=False)
    desc = " ".join(fields or [])
    if desc:
        if len(objects_named(scene, desc)) != 1:
            return None
        return f"resize {desc} {size}"
    pointed = "them" if _GROUP_SAID.search(message.lower()) else "it"  # "把它们弄小点": the group
    return f"resize {pointed} {size}" if focus is not None else None


def reshape_as_said(edit: str, message: str, scene: Scene, focus) -> str | None:
    """The reshape ``message`` says ("这个三角形不好看，换成五角星吧", "turn the square into a star") of the one object
    of ``scene`` its words before the change name, or of "it" where they name none, to the one shape said after
    it, where ``edit`` is no reshape to that shape ("reshape triangle", which names none). None where the message
    asks, adds, says another change too or names no one object and one new shape."""
    if "reshape" not in changes_said(message) or set(changes_said(message)) - {"reshape", "recolor"} \
            or says_an_add(message) or is_question(message):
        return None
    split = _MADE_A.search(message.lower()) or _INTO.search(message.lower())
    if split is None:
        return None
    before, after = message.lower()[:split.start()], message.lower()[split.end():]
    if split.re is _MADE_A:  # "make that square a hexagon instead": the object, then the shape it becomes
        before = split.group(1)
    elif _IT_BEFORE.search(before):  # "嗯 还是圆的好看 把它变成圆形吧": "it", whatever was named before
        before = ""
    new = list(dict.fromkeys(said_in_order(after, "shape")))  # "... nicer as a star. could you make it a star?": one
    if len(new) != 1 or not new[0] or said_in_order(after, "color") or said_only_denied(message, "shape", new[0]):
        return None
    try:
        if any(op.verb == "reshape" and op.to == new[0] for op in parse_edit(edit)):
            return None
    except EditError:
        pass
    fields = [v for kind in ("color", "shape") for v in said_in_order(before, kind)]
    if "" in fields or len(fields) > 2:
        return None
    if fields:
        desc = " ".join(fields)
        if len(objects_named(scene, desc)) != 1:
            return None
    elif isinstance(focus, int) and 0 <= focus < len(scene):
        desc = "it"
    else:
        return None
    one = f"reshape {desc} {new[0]}"
    return one if one != edit else None


def reshape_said_alone(message: str, scene: Scene, focus) -> str | None:
    """The reshape of one object ``message`` says word for word (``reshape_as_said``), where every other instruction it
    says only remarks: names no colour, size, place or number, and says no add or removal ("hmm i think it stay more
    beautiful like a diamond.. can you transform it in a diamond?", "方的看起来好死板哦，把它换成六边形撒"). None
    otherwise."""
    reshape = reshape_as_said("", message, scene, focus)
    if reshape is None:
        return None
    parts = instructions_of(message)
    saying = [part for part in parts if reshape_as_said("", part, scene, focus) == reshape]
    others = [part for part in parts if part not in saying]
    if len(parts) > 1 and not saying:
        return None
    for part in others:
        low = part.lower()
        if said_in_order(low, "color") or sizes_named(low) or regions_in_order(low) or stated_counts(low) \
                or says_an_add(low) or says_removal(low, slips=False):
            return None
    return reshape


_IT_BEFORE = re.compile(r"(?:把|将)?它\s*$|\b(?:make|turn|transform|convert|change|switch) (?:it|this|that|它)(?: one)?\s*$")
_MADE_A = re.compile(r"\bmake ((?:the|that|this) [a-z-]+(?: [a-z-]+)?) (?:into )?an? (?=[a-z])")
_INTO = re.compile(r"[改变换弄]成|[改变]为|\b(?:change|turn|switch|make)\s*成|\binto\b|\bmake (?:it|this|that)(?: one)? an?\b|\bto\b|(?<=\b(?:it|at|is)) in\b|"
                   r"\b(?:better|nicer|best|smarter|cooler|prettier|neater|cuter|lovelier) as\b|"
                   r"\brather (?:it|this|that|they|(?:the|that|this) [a-z]+) (?:were|was|be|became)\b|"
                   r"\bprefer (?:it|that|this|them|(?:the|that|this) [a-z]+) as\b")


# The parts of a question that compares two objects: "which is higher, the blue one or the yellow one?".
_BETWEEN = re.compile(r"[,，、;；]|\b(?:or|and|vs\.?|versus|than)\b|还是|和|跟|与|比")


_CHECK_EN = re.compile(r"\bis (?:the )?(.+?) (above|over|higher(?: up)? than|below|under|lower(?: down)? than|"
                       r"(?:to the |on the )?left of|further left than|(?:to the |on the )?right of|further right than|"
                       r"next to|beside) (?:the )?(.+?)\s*\??$")
_CHECK_REL = {"above": "above", "over": "above", "higher than": "above", "higher up than": "above", "below": "below",
              "under": "below", "lower than": "below", "lower down than": "below", "left of": "left_of",
              "further left than": "left_of", "right of": "right_of", "further right than": "right_of",
              "next to": "next_to", "beside": "next_to"}


def check_as_said(edit: str, message: str, scene: Scene) -> str | None:
    """The yes-or-no question "is the A above / higher up than / left of ... the B?" as ``check A REL B``, each of
    A and B the one object of ``scene`` its words name, where ``edit`` is another ("is the diamond higher up than the
    square?" read as ``check square above square``). None where it names no two such objects."""
    m = _CHECK_EN.search(message.lower())
    if not m:
        return None
    rel = _CHECK_REL[re.sub(r"^(?:to the |on the )", "", m.group(2))]
    descs = []
    for part in (m.group(1), m.group(3)):
        fields = _fields_said(part)
        desc = " ".join(fields or [])
        if not desc or len(objects_named(scene, desc)) != 1:
            return None
        descs.append(desc)
    if objects_named(scene, descs[0]) == objects_named(scene, descs[1]):
        return None
    check = f"check {descs[0]} {rel} {descs[1]}"
    return check if check != edit else None


def value_said_instead(edit: str, message: str, scene: Scene, focus) -> str | None:
    """The change of the object at hand (``focus``) to the one value the message says it meant instead ("不是 cyan 啦,
    是 blue" read as a resize is ``recolor it blue``; "我說的是圓形啦" after a pink square is ``reshape it circle``; "I
    meant the top left" is a move), where that value is not the object's already and ``edit`` makes another change.
    None where it names no one such value, adds, or asks."""
    if is_question(message) or says_an_add(message):
        return None
    low = message.lower()
    if not _MEANT_INSTEAD.search(low):
        return None
    # "菱形不是粉色，是蓝色": the object named before the denial, where it is one object of the picture; else "it"
    denial = DENIED.search(low)
    head = [v for kind in ("color", "shape") for v in said_in_order(low[:denial.start()], kind) if v] if denial else []
    named = objects_named(scene, " ".join(head)) if head else []
    if len(named) == 1:
        obj, o, rest = " ".join(head), scene[named[0]], DENIED.sub(" ", low[denial.start():])
    elif isinstance(focus, int) and 0 <= focus < len(scene):
        obj, o, rest = "it", scene[focus], DENIED.sub(" ", low)
    else:
        return None
    changes = []
    for kind, verb in (("color", "recolor"), ("shape", "reshape")):
        values = _said_last(rest, kind)
        if len(values) == 2 and getattr(o, kind) in values:  # "三角形太尖了，我要的是正方形": the one it is, the one meant
            values.discard(getattr(o, kind))
        if len(values) == 1 and "" not in values and next(iter(values)) != getattr(o, kind):
            changes.append(f"{verb} {obj} {next(iter(values))}")
    sizes = sizes_named(rest)
    if len(sizes) == 1 and next(iter(sizes)) != o.size:
        changes.append(f"resize {obj} {next(iter(sizes))}")
    place = the_place_said(rest)
    if place and place != region_of(o.x, o.y):
        changes.append(f"move {obj} to {place}")
    if len(changes) != 1:
        return None
    return changes[0] if changes[0] != edit else None


def recolor_of_it_as_said(message: str) -> str | None:
    """The one recolour of "it" that ``message`` says outright and nothing else ("ok now make it orange lmao",
    "把它改成红色吧"): ``recolor it orange``. None where it asks, denies a value, or names a shape, size, place, number or
    another instruction too."""
    low = message.lower()
    if not _CHANGE_OF_IT.search(low) or is_question(low) or DENIED.search(low):
        return None
    colors = said_in_order(low, "color")
    if len(colors) != 1 or not colors[0] or said_in_order(low, "shape") or sizes_named(low) or regions_in_order(low) \
            or stated_counts(low) or len(instructions_of(low)) > 1:
        return None
    return f"recolor it {colors[0]}"


_CHANGE_OF_IT = re.compile(r"\b(?:make|turn|change|paint|colou?r|switch)\s+(?:it|this|that)(?:\s+one)?\b|把?它(?:改|变|换|涂|弄)成?")


def _said_last(text: str, kind: str) -> set[str]:
    """The values of ``kind`` that ``text`` names after its last change of mind that names any ("make it orange. wait
    no. purple. yes purple": purple), or all it names where it changes its mind about none."""
    for mind in reversed(list(CHANGE_OF_MIND.finditer(text))):
        after = set(said_in_order(text[mind.end():], kind))
        if after:
            return after
    return set(said_in_order(text, kind))




def count_said_instead(edit: str, message: str, scene: Scene, focus) -> str | None:
    """The newest of a group the last turn added taken away down to the number the message corrects it to ("sorry
    打错了，要 2 个就行" after three triangles: ``remove it``; to two after four, ``remove it ; remove it``), where the group (``focus``) is of one kind and
    the message says a correction, one number below the group's size and no more of anything. None otherwise."""
    if not isinstance(focus, tuple) or len(focus) < 2 or is_question(message) or says_an_add(message):
        return None
    low = message.lower()
    counts = stated_counts(message)
    if _TOO_MANY.search(low):  # "wah 4 too many liao, 2 enough": the number there is now, then the one wanted
        counts = [n for n in counts if n != len(focus)]
    if not (_CORRECTING.search(low) or _JUST_SO_MANY.search(low) or _TOO_MANY.search(low)) or len(counts) != 1 \
            or not 0 < counts[0] < len(focus) or _MORE.search(low) or changes_said(message):
        return None
    group = [scene[k] for k in focus if 0 <= k < len(scene)]
    if len(group) != len(focus) or len({(o.size, o.color, o.shape) for o in group}) != 1:
        return None
    for kind in ("color", "shape"):
        if any(v != getattr(group[0], kind) for v in said_in_order(DENIED.sub(" ", low), kind)):
            return None
    # the newest, each "it" in turn (the group's newest; the rest of the group is "it" after it)
    fewer = " ; ".join(["remove it"] * (len(focus) - counts[0]))
    return fewer if fewer != edit else None


_JUST_SO_MANY = re.compile(r"\b(?:only|just|enough|keep|can already|ok already|can liao|enough liao)\b|就(?:行|好|够|可以)|只要|"
                           r"够了|留下|保留")
_TOO_MANY = re.compile(r"\btoo many\b|太多|多了")
_MORE = re.compile(r"\b(?:more|another|extra|add)\b|再|还要|(?<!太)多(?![了喇啦咯])")  # 太多喇: too many


# A message that says what was meant instead of what was done: "不是 X，是 Y", "我说的是 Y", "I meant Y", "no, Y".
_MEANT_INSTEAD = re.compile(r"不是|不对|不行|算了|更正|并非|应为|应该是|我(?:说|要|讲|是说|想要)的?是|我是说|我想要(?=[^,，。]{1,6}的(?:[,，。!！]|$))|\b(?:i|i've) (?:said|meant|mean|wanted|asked for)\b|"
                            r"\bnot\b|^(?:(?:hmm+|um+|uh+|oh+|ah+|er+|well|aiyo+|aiya+)[ ,.!]*)*(?:no+|nope|oops|sorry|wait|actually)\b|"
                            r"\bshould (?:have been|be)\b")


def ask_as_said(edit: str, message: str, scene: Scene, focus=None) -> str | None:
    """``edit``, a question about one object (``ask ...``), made one about the one object of ``scene`` the
    question's words name ("那个星星是什么颜色来着?" read as ``ask @bottom``, the circle, is ``ask star``); or a
    change read for a question about "it" that names nothing else ("它现在是什么颜色" read as ``recolor it blue``),
    ``ask it``; or anything else read for a question of the colour, size or place of the one object its words name
    ("wait what color did the star come out as" read as ``keep``). None where it names no one object or places one
    (the model's description may say that place), or ``edit`` asks of that object already."""
    words = edit.split()
    if not is_question(message) or words[:1] in (["around"], ["compare"], ["check"], ["count"], ["pick"]):
        return None  # "它的旁边是什么？" read as ``around it``: a question of its own kind, the model's
    fields = _fields_said(message)
    if (words[:1] != ["ask"] or ";" in words) and question_kind(message) in ("ask_color", "ask_size", "ask_where") \
            and fields:
        # "wait what color did the star come out as" read as ``keep``, "请问，右边那个星形是什么颜色的？" as an ask and an
        # add: the question of the one object its words (and the one place it names, asking no place) name
        regions = regions_in_order(message) if question_kind(message) != "ask_where" else []
        desc = " ".join(fields + [f"@{r}" for r in regions])
        return f"ask {desc}" if len(regions) <= 1 and len(objects_named(scene, desc)) == 1 else None
    if ";" in words or regions_in_order(message):
        return None
    if words[:1] != ["ask"]:
        asks_of_it = not fields and _IT_ASKED.search(message.lower()) and question_kind(message) is not None
        return "ask it" if asks_of_it and isinstance(focus, int) and 0 <= focus < len(scene) else None
    desc = " ".join(fields or [])
    if not desc or len(objects_named(scene, desc)) != 1:
        return None
    try:
        asked = parse_edit(edit)[0].obj
        if objects_named(scene, asked) == objects_named(scene, desc):
            return None
    except (SceneError, EditError):
        pass  # an edit that does not parse, or asks of nothing there: the question as said
    return f"ask {desc}"


_IT_ASKED = re.compile(r"\b(?:it|it's|its)\b|它(?![们們])")


def asked_at_the_place(edit: str, message: str, scene: Scene) -> str | None:
    """A question of which object is at the one place it names, naming no colour or shape ("which one is in the
    middle?" read as ``compare higher all``, "中间的是什么?" as ``around it``): ``ask @PLACE``, where one object is
    there. None otherwise, or where ``edit`` is that already."""
    if not is_question(message) or not _WHICH_ONE.search(message.lower()) or _fields_said(message) \
            or comparison_of_all("", message) is not None:
        return None  # "which one is further right": a comparison, no place
    places = regions_in_order(message)
    if len(places) != 1:
        return None
    there = f"@{places[0]}"
    return f"ask {there}" if len(objects_named(scene, there)) == 1 and edit != f"ask {there}" else None


_WHICH_ONE = re.compile(r"\b(?:which|what)(?: one| shape| thing| object)?(?:'s| is| sits)\b|\bwhat(?:'s| is) (?:at|in|on)\b|"
                        r"(?:是|有)(?:什么|哪个|啥)|哪个(?:是|在)")


def compare_as_said(edit: str, message: str, scene: Scene) -> str | None:
    """``edit``, a comparison, made one of the two objects of ``scene`` the message names, each in a part of its
    own, word for word: "which is higher, the blue one or the yellow one?" read as ``compare higher all cyan vs
    yellow`` is ``compare higher blue vs yellow``. None where the message names no two such objects, or ``edit``
    compares them already."""
    words = edit.split()
    if len(words) < 3 or words[0] != "compare" or ";" in words:  # its objects may not parse ("all cyan")
        return None
    named = []
    for part in _BETWEEN.split(message.lower()):
        fields = _fields_said(part, sized=words[1] not in ("bigger", "smaller"))
        desc = " ".join(fields or [])
        if desc and len(objects_named(scene, desc)) == 1:
            named.append(desc)
    if len(named) != 2 or objects_named(scene, named[0]) == objects_named(scene, named[1]):
        return None
    compared = f"compare {words[1]} {named[0]} vs {named[1]}"
    try:
        parse_edit(compared)
    except EditError:
        return None
    return compared if compared != edit else None


# "Which one is further left?", "哪个高点?": a comparison of every object, where the question names none.
_ASPECT_EN = (("higher", r"higher|taller|further up|more to the top|at the top|on top|highest|topmost|uppermost"),
              ("lower", r"lower|further down|more to the bottom|at the bottom|lowest|bottommost"),
              ("left", r"further left|more to the left|to the left|on the left|leftmost|furthest left|farthest left"),
              ("right", r"further right|more to the right|to the right|on the right|rightmost|furthest right|farthest right"),
              ("bigger", r"bigger|larger|the bigger|the larger|biggest|largest|more big"),
              ("smaller", r"smaller|the smaller|smallest|tinier|more small"))
_WHICH_EN = re.compile(r"^(?:(?:and|so|ok|okay|then|now|well|hmm)[,.]?\s+)*which(?: one| shape| thing| of (?:them|the two(?: of them)?|the pair|the two shapes|"
                       r"these|those|all))? (?:is|sits|is sitting|is placed|is positioned) (?:the )?(?:one )?("
                       + "|".join(words for _, words in _ASPECT_EN) + r")\b(?!\s+than\b)")
_ASPECT_ZH = (("higher", "高|靠上|在上面|在上边|在上方|在最上"), ("lower", "低|靠下|在下面|在下边|在下方|在最下"),
              ("left", "靠左|在左边|在左面|在最左"), ("right", "靠右|在右边|在右面|在最右"), ("bigger", "大"), ("smaller", "小"))
_WHICH_ZH = re.compile(r"^(?:请问|我想问一下|问一下)?[,，]?(?:那|那么|然后|咁)?(?:(?:这|那)(?:两|几)个(?:图形|形状|东西)?(?:里|中|之中|当中)?[,，]?\s*)?(?:哪个|哪一个|谁)(?:更|比较|最)?(" + "|".join(w for _, w in _ASPECT_ZH)
                       + r")(?:一?点|一些|些)?(?:呢|啊|呀)?\s*[?？]?$")
_THE_TWO = re.compile(r"\b(?:the two|both|the pair)\b|这两个|那两个")
_GROUP_SAID = re.compile(r"\b(?:them|those|these|both|the two)\b|它们|这两个|那两个|这几个|那几个|这些|那些")


def count_asked(edit: str, message: str) -> str | None:
    """A question of how many there are in all that names no colour or shape and wants nothing ("現在總共幾個？", "how
    many are there now?"), read as anything but a count of all ("count green"): ``count``. None otherwise."""
    low = message.lower()
    if edit.strip() == "count" or not is_question(low) or not _HOW_MANY_ALL.search(low) \
            or said_in_order(low, "shape") or said_in_order(low, "color") or says_an_add(low) or _WANTED.search(low):
        return None
    return "count"


_HOW_MANY_ALL = re.compile(r"\bhow many\b|(?:总共|一共|共|现在|画面上|画面里|画布上)(?:画起|画了)?(?:有)?几个|^(?:有)?几个(?:图形|形状|东西)?\s*"
                           r"(?:了|啊|呢|呀)?\s*[?？]?\s*$|多少个")
_WANTED = re.compile(r"\b(?:want|need|would you like|add|draw)\b|要|想|画(?![面布起了]|上(?:一共|共|总共|现在|有))|加")


def comparison_of_all(edit: str, message: str, scene: Scene | None = None) -> str | None:
    """A question that asks which one is most so and names no object ("and which one is further left?",
    "哪个高点?"), or names the two of a picture of two ("這兩個哪一個比較大？", "..., which of the two of them is
    sitting higher up on the page?"), as a comparison of every object: ``compare left all``, where ``edit`` (the
    model's) is another edit, or compares ``them`` (the group the last turn touched) though the message names no
    group. None otherwise, or where ``edit`` is that already."""
    low = message.lower().strip()
    if "which" in low:  # "now tell me this, and i'm only curious, which of the two ...": the question itself
        low = low[low.index("which"):]
    aspect = None
    m = _WHICH_EN.match(low)
    if m:
        aspect = next(a for a, words in _ASPECT_EN if re.fullmatch(words, m.group(1)))
    m = _WHICH_ZH.match(low)
    if m:
        aspect = next(a for a, words in _ASPECT_ZH if re.fullmatch(words, m.group(1)))
    two_of_two = scene is not None and len(scene) == 2 and bool(_THE_TWO.search(low))
    if aspect is None or _GROUP_SAID.search(low) and not two_of_two or said_in_order(message, "shape") \
            or said_in_order(message, "color"):
        return None
    words = edit.split()
    if words[:1] == ["compare"] and words[2:] not in (["them"], ["it"]) and ";" not in words and _parses(edit):
        # a comparison of the objects the model read: the model's, of the aspect said ("哪个比较大" as ``higher``)
        return None if words[1] == aspect else " ".join(["compare", aspect] + words[2:])
    compared = f"compare {aspect} all"
    return compared if compared != edit else None


def _parses(edit: str) -> bool:
    try:
        parse_edit(edit)
    except EditError:
        return False
    return True


# Where a message goes on to a second object of the same change: "make the left one yellow and the right one pink",
# "把左边的改成黄色，右边的改成粉色".
_AND_ANOTHER = re.compile(r"\s*[,，、;；]?\s*\b(?:and|while|but)\b\s+|\s*[,，、;；]\s*|和|而")


def second_change_said(edit: str, message: str, scene: Scene) -> str | None:
    """``edit``, one recolour or resize, with the same change of a second object that ``message`` says after it,
    in a part of its own that names that object and its value: "make the left one yellow and the right one pink"
    read as ``recolor @left yellow`` is ``recolor @left yellow ; recolor @right pink``. None where the message
    says no such second part, or names no one other object of ``scene`` in it."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    parts = [part for part in _AND_ANOTHER.split(message.lower()) if part.strip()]
    if len(ops) != 1 or ops[0].verb not in ("recolor", "resize") or len(parts) != 2:
        return None
    op, second = ops[0], parts[1]
    if set(changes_said(second)) - {op.verb, "reshape"} or says_an_add(second) or says_removal(second, slips=False) \
            or _MOVING.search(second):
        return None  # "... and add a red square": another change ("改成", "make into", may say a reshape too)
    kind = "color" if op.verb == "recolor" else "size"
    values = said_in_order(second, "color") if kind == "color" else sorted(sizes_named(second))
    if len(values) < 1 or "" in values or op.to not in _values_named(op, parts[0]) or op.to in values[:-1]:
        return None
    value = values[-1]
    colors = said_in_order(second, "color")[:-1] if kind == "color" else said_in_order(second, "color")
    shapes = said_in_order(second, "shape")
    if len(colors) > 1 or len(shapes) > 1 or "" in colors + shapes:
        return None
    place = the_place_said(second)
    desc = " ".join(colors + shapes + ([f"@{place}"] if place else [])) or ("other" if _OTHER.search(second) else "")
    if not desc or desc != "other" and (len(objects_named(scene, desc)) != 1
                                        or objects_named(scene, desc) == objects_named(scene, op.obj)):
        return None
    both = f"{edit} ; {replace(op, obj=desc, to=value).text()}"
    try:
        parse_edit(both)
    except EditError:
        return None
    return both


def changes_listed(edit: str, message: str, scene: Scene) -> str | None:
    """One change for each object of a list said after one verb of change, each part naming its object and then its
    new colour (or size): "make the circle red, the square green and the triangle blue" read with two changes, or
    the triangle green, is ``recolor circle red ; recolor square green ; recolor triangle blue``. None where the
    message is no such list, or a part names no one object of ``scene``, or two parts the same one."""
    low = message.lower()
    verb = _LISTED_CHANGE.match(low)
    if not verb or is_question(message):
        return None
    parts = [p for p in _LIST_SPLIT.split(low[verb.end():]) if p.strip()]
    if len(parts) < 2:
        return None
    ops, seen = [], set()
    for part in parts:
        colors, shapes, sizes = said_in_order(part, "color"), said_in_order(part, "shape"), sizes_named(part)
        if "" in colors + shapes or len(shapes) > 1:
            return None
        if colors:
            change, value, colors = "recolor", colors[-1], colors[:-1]
        elif len(sizes) == 1:
            change, value = "resize", next(iter(sizes))
        else:
            return None
        place = the_place_said(part)
        desc = " ".join(colors + shapes + ([f"@{place}"] if place else []))
        named = objects_named(scene, desc) if desc else []
        if len(named) != 1 or named[0] in seen:
            return None
        seen.add(named[0])
        ops.append(f"{change} {desc} {value}")
    listed = " ; ".join(ops)
    return listed if listed != edit else None


_LISTED_CHANGE = re.compile(r"^(?:(?:please|pls|now|ok(?:ay)?|and|then|also|can you|could you)[,\s]+)*"
                            r"(?:make|turn|colou?r|paint|change|set)\s+")
_LIST_SPLIT = re.compile(r"\s*(?:[,;]\s*(?:and\s+)?|\band\b)\s*")


def _one_name(scene: Scene, i: int) -> str:
    """The fewest words of the world that name object ``i`` of ``scene`` alone (``circle``, ``red circle``,
    ``large red circle @top``)."""
    o = scene[i]
    for fields in ({"shape": o.shape}, {"color": o.color, "shape": o.shape},
                   {"size": o.size, "color": o.color, "shape": o.shape},
                   {"size": o.size, "color": o.color, "shape": o.shape, "area": region_name(o)}):
        if matching(scene, fields) == [i]:
            return describe(fields)
    return ""


def removal_but(edit: str, message: str, scene: Scene) -> str | None:
    """The removal of every object of ``scene`` but those the message keeps by a word of exception, one by one:
    "remove all of them except the square" read as ``remove all square`` is ``remove circle ; remove triangle``
    (the rest, named by the world: ``ungrounded`` does not ask the message to name them).
    None where the message says no removal of that form, keeps no object it names, or ``edit`` is that."""
    low = message.lower()
    kept = _EXCEPT.search(low)
    if not kept or not _ALL.search(low) or not says_removal(message, slips=False) or changes_said(message) \
            or says_an_add(message):
        return None  # "remove the star but keep the circle" removes the star alone
    part = kept.group(1) or kept.group(2)
    fields = _fields_said(part)
    place = the_place_said(part)
    desc = " ".join((fields or []) + ([f"@{place}"] if place else []))
    keep = set(objects_named(scene, desc)) if desc else set()
    gone = [i for i in range(len(scene)) if i not in keep]
    if not keep or not gone:
        return None
    kinds = [v for v in (" ".join(f) for f in ([scene[gone[0]].shape], [scene[gone[0]].color],
                                                  [scene[gone[0]].color, scene[gone[0]].shape]))
             if sorted(objects_named(scene, f"all {v}")) == gone]
    names = [_one_name(scene, i) for i in gone]
    if kinds and len(gone) > 1:  # "除了 square 其他都删掉" with three gray stars: all of them, as one
        removal = f"remove all {kinds[0]}"
    elif all(names):
        removal = " ; ".join(f"remove {name}" for name in names)
    else:
        return None
    return removal if removal != edit else None


def move_as_said(message: str, scene: Scene) -> str | None:
    """The one move ``message`` says outright: a word of moving, the words of one object of ``scene`` and one place
    of the picture ("wah nice, then 把 square 移去 center lor": ``move square to center``), nothing else. None
    otherwise."""
    low = message.lower()
    if not _MOVING.search(low) or is_question(message) or len(_instructions_said(message)) != 1 \
            or stated_counts(message) or _EVERY.search(low) or _OTHER.search(low):
        return None
    place = the_place_said(message)
    fields = _fields_said(message)
    if not place or not fields or len(regions_in_order(low)) != 1 or len(objects_named(scene, " ".join(fields))) != 1:
        return None
    edit = f"move {' '.join(fields)} to {place}"
    return edit if ungrounded(edit, message) is None else None


def them_corrected(edit: str, message: str, scene: Scene, before_last: Scene | None, focus) -> str | None:
    """``edit``, a change of "it" to another value, as the change of them all, where "it" is a group that the last turn
    changed all alike in that way and ``message`` takes that change back ("now make them all 绿色!!", then "no wait 紫色
    is cooler": all purple, not one); None otherwise. ``before_last`` is the picture before the last turn."""
    m = re.fullmatch(r"(recolor|resize|reshape) it (\S+)", edit)
    if m is None or before_last is None or not isinstance(focus, tuple) or len(focus) < 2 \
            or len(before_last.objects) != len(scene.objects) or not CHANGE_OF_MIND.search(message):
        return None
    field = {"recolor": "color", "resize": "size", "reshape": "shape"}[m.group(1)]
    now = {getattr(scene.objects[k], field) for k in focus}
    changed = all(getattr(scene.objects[k], field) != getattr(before_last.objects[k], field) for k in focus)
    return f"{m.group(1)} them {m.group(2)}" if changed and len(now) == 1 and m.group(2) not in now else None


def object_as_it_is(edit: str, scene: Scene) -> str | None:
    """``edit`` with an object named by the value a change of it is to give it named as it is ("star 改成 small" read
    as ``resize small star small``, of a large star: ``resize star small``), where that names one object of ``scene``
    and the value named none. None otherwise."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    fixed = []
    for op in ops:
        words = op.obj.split()
        if op.verb in ("recolor", "resize", "reshape") and op.to in words and not objects_named(scene, op.obj):
            as_it_is = " ".join(w for w in words if w != op.to)
            if not as_it_is or len(objects_named(scene, as_it_is)) != 1:
                return None
            op = replace(op, obj=as_it_is)
        fixed.append(op)
    text = " ; ".join(op.text() for op in fixed)
    return text if text != edit else None


def them_for_the_other(edit: str, message: str) -> str | None:
    """``edit`` with a change of "the other one" that the message never says made a change of all of them, where the
    message says them all ("把它们都改成蓝色，顺便都缩小一点" read as ``recolor them blue ; resize other small``). None
    otherwise."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    low = message.lower()
    if _OTHER.search(low) or not _THEM_ALL.search(low) or not any(op.obj == "other" for op in ops) \
            or not any(op.obj == "them" for op in ops):
        return None
    return " ; ".join(replace(op, obj="them").text() if op.obj == "other" else op.text() for op in ops)


_THEM_ALL = re.compile(r"\b(?:them|both|all)\b|它们|都|全")


# One of several: "make one of them red", "其中一个改成红色", "delete one of the circles".
_ONE_OF = re.compile(r"(?<!every )(?<!each )(?<!every)\b(?:one|any|either) of (?:them|those|these|the)\b|"
                     r"\b(?:delete|remove|erase|drop|get rid of)\s+(?:just\s+|only\s+)?one\b(?!\s+of\s+(?:every|each))|"
                     r"(?:删掉|删除|去掉|拿掉|删)(?:其中)?(?:一个|1个)|(?:一个|1个)(?:删掉|删除|去掉)|其中(?:的)?一个|中的一个|里的一个|之一|随便一个")


def one_of_them(edit: str, message: str) -> str | None:
    """``edit``, one change of several objects ("them", "all circle"), made a change of one of them, where the
    message says one of them: ``recolor them red`` for "make one of them red" is ``recolor it red`` (the
    world takes one of the group), ``remove all circle`` for "delete one of the circles" ``remove circle``
    (the world asks which). None otherwise."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    if len(ops) != 1 or ops[0].verb not in _REDONE + ("remove",) or not _ONE_OF.search(message.lower()):
        return None
    op = ops[0]
    if op.obj == "them":
        return replace(op, obj="it").text()
    if op.obj.startswith("all ") and not op.obj.startswith("all @"):
        return replace(op, obj=op.obj[4:]).text()
    return None


def all_of_them(edit: str, message: str, scene: Scene) -> str | None:
    """``edit``, one change of an object its description names among several of ``scene``, made a change of
    them all, where ``message`` names that shape in the plural and says no one of them: ``remove circle`` for
    "take the disks away" is ``remove all circle`` (the world would ask which one); a change of "them" where the message
    names only one shape, in the plural, is of every object of that shape. None otherwise."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    if len(ops) != 1 or ops[0].verb not in _REDONE + ("remove",) or _ONE_OF.search(message.lower()):
        return None
    op = ops[0]
    if op.obj == "them":  # "turn the circles yellow, both of them" read as the change of the last group, a square in it
        shapes = said_in_order(message, "shape")
        named = len(objects_named(scene, f"all {shapes[0]}")) if len(set(shapes)) == 1 and shapes[0] else 0
        return replace(op, obj=f"all {shapes[0]}").text() if 2 <= named < len(scene) and _plural_said(message, shapes[0]) \
            else None
    shape = _own_fields(op.obj).get("shape")
    if not shape or "@" in op.obj or len(objects_named(scene, f"all {op.obj}")) < 2 or not _plural_said(message, shape):
        return None
    return replace(op, obj=f"all {op.obj}").text()


_EVERY = re.compile(r"\b(?:all|everything|every one|everyone|each one|both)\b|全都|全部|所有|都|全(?:给我|帮我)?(?=[删去清除擦拿改变换涂染缩放挪移弄])")
_TARGET = re.compile(r"(?:改成|变成|换成|弄成|涂成|变为|改为|(?<=[都全])变|\b(?:into|to)\b|"
                     r"\b(?:make|turn|paint|colou?r)(?:\s+(?:them|all|everything|both|of|the|those|these|em)\b)*(?:\s+[a-z]+s\b)?)"
                     r"(?!.*(?:改成|变成|换成|弄成|涂成|变为|改为|\binto\b|\bto\b))(.*)$")


def every_one_as_said(edit: str, message: str, scene: Scene, focus=None) -> str | None:
    """The changes of every object the message's words name, where it says all of them ("全都改成六边形", "把粉色的都
    变成星星", "make everything green", "两个都整小点", "make both of them orange, and small") and ``edit`` changes one
    ("reshape it hexagon"), another value ("不要红色喇，将它们全部改成蓝色" read as ``recolor all red``), something else
    or does not parse: one change for each value said after the word of change (a colour, a shape, a size, or the
    size change said), to ``all`` of what the words before it name, or to ``them`` where the message says so; or
    the removal of all of the one kind it names ("把方块全删了" read as ``clear``). "Both" of a picture of two, where
    "it" (``focus``) is one of them, is ``all``. None where it asks, makes an exception, or names two values of a
    kind, or where ``edit`` is that already."""
    low = message.lower()
    if not _EVERY.search(low) or _EXCEPT.search(low) or is_question(message) or len(instructions_of(message)) > 1:
        return None  # "全部改成灰色的吧，然后把圆删掉": a step at a time
    target, size = _TARGET.search(low), size_change_said(message)
    if not target and not size and says_removal(message):
        return _every_one_removed(edit, message, scene)
    if target:
        after, before = target.group(1), low[:target.start(1)]  # "make both of the circles small": circles
        values = [(kind, v) for kind in ("color", "shape") for v in said_in_order(after, kind)]
        if len({kind for kind, _ in values}) > 1:
            return None  # "make all the circles grey": which word picks them out and which is the change?
        if says_size(after):
            if values and (_ONES.search(after) or said_in_order(after, "shape")):
                return None  # "make both blue ones tiny": the colour picks them out, the size is the change
            if not size and _SIZE_HEDGED.search(after):
                return None  # "make both of them less big": no size named as it is, the model's to read
            values += [("size", v) for v in sorted(sizes_named(after))] if not size else []
    elif size:
        before, values = low, []
    else:
        return None
    if size:
        values.append(("size", size))
    kinds = [kind for kind, _ in values]
    if not values or len(set(kinds)) != len(kinds) or "" in [v for _, v in values]:
        return None
    try:
        ops = parse_edit(edit)
    except EditError:
        ops = None
    # What the words before the change name picks them out: "把红色的都改成蓝色" (not a colour it denies), "change
    # both orbs to pink"; else "them" said is the group at hand, and "both" of a picture of two, where "it" is one of
    # them ("make em both small" after one of two was picked), the two.
    selector = [v for kind_ in ("color", "shape") for v in said_in_order(DENIED.sub(" ", before), kind_) if v][:1]
    both_of_two = bool(_BOTH.search(low)) and len(scene) == 2 and isinstance(focus, int)
    if _THEM_SAID.search(low) and not both_of_two or not selector and _GROUP_SAID.search(low) and not both_of_two:
        obj = "them"
    else:
        obj = " ".join(["all"] + (selector if not _THEM_SAID.search(low) else []))
        if len(objects_named(scene, obj)) < 2:
            return None
    verb = {"color": "recolor", "shape": "reshape", "size": "resize"}
    every = " ; ".join(f"{verb[kind]} {obj} {value}" for kind, value in values)
    if ops is not None and all(op.obj == obj for op in ops) and \
            sorted((op.verb, op.to) for op in ops) == sorted((verb[k], v) for k, v in values):
        return None  # the model's own change of them all
    return every if every != edit else None


_ONES = re.compile(r"\bones?\b")
_SIZE_HEDGED = re.compile(r"\b(?:less|not so|not as|not too|too|a bit|a little|slightly|more|er)\b|不那么|不要那么|太|一点|些")
_BOTH = re.compile(r"\bboth\b|两个都|俩都|两个全")
_THEM_SAID = re.compile(r"\b(?:them|those|these)\b|它们|这两个|那两个|这几个|那几个|这些|那些")


def _every_one_removed(edit: str, message: str, scene: Scene) -> str | None:
    """``remove all KIND`` for a removal of all of the one colour or shape the words before "all" (都, 全) name
    ("把方块全删了", "the squares, delete them all"), where ``edit`` removes something else or clears the picture."""
    before = message.lower()[:list(_EVERY.finditer(message.lower()))[-1].start()]  # "all the hexagons 全部删掉"
    named = [v for kind in ("color", "shape") for v in said_in_order(before, kind)]
    if not 1 <= len(named) <= 2 or "" in named or len(named) == 2 and not said_in_order(before, "shape"):
        return None  # one colour, one shape, or one of each ("绿色的圆统统删掉")
    every = f"remove all {' '.join(named)}"
    if not objects_named(scene, f"all {' '.join(named)}"):
        return None
    return every if every != edit else None


def one_at_the_place_said(edit: str, message: str, scene: Scene) -> str | None:
    """``edit`` with its one change that the world would ask "which one do you mean?" about (its description
    names several objects of ``scene`` as the edit finds it there) given the place ``message`` names, where that
    place singles out one of them: "把顶部圆点删除" read as ``remove circle`` with two circles is ``remove circle
    @top``, and "make box shape on the left deep purple" read as ``recolor square purple`` is ``recolor square
    @left purple``. Only where the message names one region, no add or move of the edit goes there, and it
    places nothing by another object. None otherwise."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    regions = set(regions_in_order(message))
    goes = {op.to for op in ops} | {_REGION_OF_STEP.get(op.step) for op in ops}  # "往上面挪" is a step up, no place
    if len(regions) != 1 or regions & goes or _relates(message):
        return None
    region, found = regions.pop(), []
    for k, op in enumerate(ops):
        if op.verb not in _REDONE + ("remove",) or not op.obj or "@" in op.obj or op.obj.split()[0] in _POINTING:
            continue
        try:
            there = apply_edit(scene, " ; ".join(o.text() for o in ops[:k])).scene if k else scene
        except SceneError:
            return None
        if len(matching(there, fields_of(op.obj))) > 1 and len(matching(there, fields_of(f"{op.obj} @{region}"))) == 1:
            found.append(k)
    if len(found) != 1:
        return None
    k = found[0]
    return " ; ".join((replace(op, obj=f"{op.obj} @{region}") if j == k else op).text() for j, op in enumerate(ops))


def _plural_said(message: str, shape: str) -> bool:
    """Whether ``message`` names ``shape`` in the English plural ("disks", "rhombuses"), and never in the
    singular."""
    low = message.lower()
    names = {re.sub(r"[\s-]+", " ", w) for w in phrasing_en.SHAPE_WORDS[shape]}
    said = [re.sub(r"[\s-]+", " ", low[start:end]) for start, end, value in named_spans(message, "shape") if value == shape]
    return bool(said) and all(w not in names and w.endswith("s") for w in said)


# Words of a new object ("now a gigantic olive orb", "要一个绿色星星") or of several ("indigo for these"): no answer
# to "which one?".
_NEW_OR_SEVERAL = re.compile(r"\b(?:a|an|another|these|those|them|both|all|every|each)\b|一个|再|这些|那些|它们|都|全|两个")


def pick_as_said(edit: str, message: str, scene: Scene, asked: str | None) -> str | None:
    """``pick DESC`` where the world asked "which one do you mean?" about the operation ``asked`` and
    ``message``, no question and no verb of the world's, names word for word (size, colour, shape, place) one
    of the objects it asked about, and ``edit`` is no pick: "要大红三角形" read as an add, "下方那个啦" as a move,
    "紫色的形状啦！" as a recolour. None otherwise, and where an English word is not the world's ("orb huger
    please" may ask for more than a pick)."""
    low = message.lower()
    if not asked or edit.startswith("pick") or is_question(message) or says_an_action(message) \
            or changes_said(message) or says_removal(message, slips=False) or _relates(message) \
            or _MOVING.search(low) or _NEW_OR_SEVERAL.search(low) \
            or set(re.findall(r"[a-z]+", low)) - known_words_en():  # "让那个小号的去…正上方": a move; "orb huger please"
        return None
    fields, place = _fields_said(message), the_place_said(message)
    words = (fields or []) + ([f"@{place}"] if place else [])
    try:
        ops = parse_edit(asked)
    except EditError:
        return None
    if fields is None or not words or len(ops) != 1 or ops[0].obj in ("", "it", "other", "them"):
        return None
    desc = " ".join(words)
    return f"pick {desc}" if len(matching(scene, {**fields_of(ops[0].obj), **fields_of(desc)})) == 1 else None


# "A blue one", "a small one below it", "再来一个蓝色的": one of the kind at hand, no shape named.
_ONE_EN = re.compile(r"\b(?:a|an|another|one more|the same)\s+(?:\w+\s+){0,3}?ones?\b|\b(?:\d+|two|three|four|five|six|seven|eight)"
                     r"\s+more\b(?!\s+[a-z])|\b(?:\d+|two|three|four|five|six|seven|eight)\s+(?:\w+\s+){0,2}?ones\b|"
                     r"\b(?:\d+|two|three|four|five|six|seven|eight)\s+more\s+of\s+(?:them|those|these|em)\b")
_ONE_ZH = re.compile(r"个[^，。,!！?？个]{0,8}的(?:吧|呢|了|啦)?\s*[。！!~]*$|"
                     r"(?:再|也|还)(?:加|来|画|要|整|弄|放|添)?(?:[一两二三四五六七八九十]|\d+)个(?:吧|呗|啊|呀|哈)?\s*[。！!~]*$")
# A message that asks for a new object, not a change of one ("再加一个 purple 的" read as a recolour).
_NEW_ONE = re.compile(r"再(?:加|来|画|添|放|整|弄|要)|还要|还想要|\b(?:another|one more|add|draw)\b|\b\w+ more\b|"
                      r"\b(?:throw|chuck|toss|pop|bung|stick|put) in\b")


def _says_one(message: str, shape: str = "") -> bool:
    """Whether ``message`` asks for "one" (or a number more) and names no shape ("a blue one", "再来一个蓝色的",
    "再加两个", "one more like it but pink"), or only ``shape``, the kind of the object at hand, as more of those
    ("three more of those stars", "再来两个这样的星星")."""
    shapes = said_in_order(message, "shape")
    if shapes:
        return bool(shape) and set(shapes) == {shape} and bool(_MORE_OF_THOSE.search(message.lower()))
    return bool(_ONE_EN.search(message.lower()) or _ONE_ZH.search(message) or says_another_of_it(message)
                or _ANOTHER_OF_IT_SAID.search(message.lower()))


_MORE_OF_THOSE = re.compile(r"\bmore\s+of\s+(?:those|these|them|that|this|the same)\b|\bmore\s+(?:like|just like)\s+"
                            r"(?:it|that|this|those|these|them)\b|(?:再|还)[^，。,]{0,4}(?:这样|那样|一样)的")


_ANOTHER_OF_IT_SAID = re.compile(r"\b(?:another one|one more|same again|a second one|the same (?:thing|one|shape))\b|"
                                 r"再来一个|再画一个|再来个|再画个|再加一个|再加个|再放一个|再放个|再弄一个|再整一个|一样的|同样的")


def one_like_it(edit: str, message: str, scene: Scene, focus) -> str | None:
    """``edit``'s adds (or copy) made of the kind of the object at hand (``focus``; of a group, its newest),
    where the message asks for "one" (or a number more) and names no shape: "and a blue one next to it" after a
    red circle, read as ``add large blue hexagon next_to it``, is ``add large blue circle next_to it``;
    "再来一个蓝色的" (one more, a blue one) read as ``copy it`` is ``add large blue triangle``; "再加两个" (two more)
    after three pink diamonds, read as two blue ones, is two pink ones. Where the edit changes an object
    instead and the message asks for a new one ("再加一个 purple 的" read as ``recolor it purple``), the one add
    of that kind (at the place the message says). The size and colour the message names, else those of the
    object at hand; one add where the message asks for one and the edit wrote the same add twice. None
    otherwise, or where ``edit`` is that already."""
    if isinstance(focus, tuple) and focus:  # of a group, its newest of the shape said ("three more of those stars")
        shapes = said_in_order(message, "shape")
        focus = max([k for k in focus if 0 <= k < len(scene) and scene[k].shape in shapes] or focus)
    if not isinstance(focus, int) or not 0 <= focus < len(scene) or not _says_one(message, scene[focus].shape) \
            or is_question(message) or out_of_world_named(message.lower()) \
            or any(u.kind in ("shape", "either") for u in unknown_words(message)):
        return None  # "再画一个粉色的爱心": one of a shape the world has no name for, not one like it
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    if not ops:
        return None
    low = message.lower()
    counts = stated_counts(message)
    if len(ops) > 1 and ops[0].verb in ("add", "copy") and len(counts) == 1 and _NEW_ONE.search(low) \
            and all(op.verb in ("resize", "recolor") and op.obj in ("it", "them") for op in ops[1:]):
        o = scene[focus]  # "and two more of them, only smaller" read as ``copy it ; resize them small``: two small ones
        ops = [Op("add", spec=(o.size, o.color, o.shape), count=counts[0], to=the_place_said(message))]
    if any(op.verb not in ("add", "copy") for op in ops):
        if not _NEW_ONE.search(low) or len(ops) > 1 or ops[0].verb in ("clear", "pick") \
                or ops[0].verb == "remove" and says_removal(message):
            return None  # "再来三个" read as a count, "and two more, pink ones" as keep: the adds it asks for
        counts = stated_counts(message)
        o = scene[focus]
        ops = [Op("add", spec=(o.size, o.color, o.shape), count=counts[0] if len(counts) == 1 else 1,
                  to=the_place_said(message))]
    if len(ops) > 1 and any(op.verb == "copy" for op in ops):
        return None
    o = scene[focus]
    if any(op.verb == "copy" and op.obj != "it" and not set(op.obj.split()) <= {o.size, o.color, o.shape}
           for op in ops):
        return None  # "再来一个跟小号的图形一样的": a copy of another object than the one at hand
    if len(ops) > 1 and len(set(ops)) == 1 and not stated_counts(message):
        ops = ops[:1]  # "再來一個一樣的放 top right" written as the same add twice
    # the size said, or a change of size ("再放一个大一点的": a larger one)
    colors, sizes = said_in_order(message, "color"), sizes_named(message) or {size_change_said(message)} - {None}
    if len(colors) > 1 or "" in colors or len(sizes) > 1:
        return None
    spec = (next(iter(sizes), o.size), colors[0] if colors else o.color, o.shape)
    if all(op.verb == "copy" for op in ops) and spec == (o.size, o.color, o.shape):
        counts = stated_counts(message)
        if len(ops) == 1 and len(counts) == 1 and counts[0] > 1:  # "再来两个一样的" read as one copy: that many
            return Op("add", spec=spec, count=counts[0], to=ops[0].to).text()
        return None  # "another one like this": a copy, as read
    made = []
    for op in ops:
        if op.verb == "copy":
            op = Op("add", spec=spec, to=op.to, rel=op.rel, anchor=op.anchor)
        made.append(replace(op, spec=spec).text())
    one = " ; ".join(made)
    return one if one != edit else None


def copy_as_said(edit: str, message: str, scene: Scene, focus) -> str | None:
    """One more of the object at hand (``focus``), at the place the message says, where it says so in words of
    its own and ``edit`` is no copy: "draw the same thing on the right" read as ``move @right to right`` is
    ``copy it at right``; "sketch the same but smaller" read as ``resize it small`` is ``copy it ; resize it small``.
    None otherwise."""
    if not isinstance(focus, int) or not 0 <= focus < len(scene) or not says_another_of_it(message) \
            or is_question(message) or changes_said(message) or any(n > 1 for n in stated_counts(message)):
        return None  # "再来两个一样的": one_like_it
    place = the_place_said(message)
    copy = f"copy it at {place}" if place else "copy it"
    if not says_size(message):
        return copy if not edit.startswith("copy") else None
    size = size_change_said(message) or (next(iter(sizes_named(message))) if len(sizes_named(message)) == 1 else None)
    if size is None or size == scene[focus].size or not _BUT.search(message.lower()):
        return None  # a size said of the copy only where it says how it differs ("the same but smaller")
    made = f"{copy} ; resize it {size}"
    return made if made != edit else None


_BUT = re.compile(r"\bbut\b|\bonly\b|\bjust\b|\bexcept\b|不过|但是|只是|但|就是")


def correction_of_object(edit: str, message: str, scene: Scene, before: Scene, focus,
                         already: bool = False) -> str | None:
    """"Not that one, the other one" after a recolour or resize of ``focus`` (``before``: the picture before
    that turn, ``scene``: after it), as the world carries it out: ``edit``'s two operations, the first giving
    "it" back what it was before, the second giving the object the message means what the last turn gave
    it ("不是它，是左上那个！" after "make it large", read as ``resize it large ; resize @top-left large``, is
    ``resize it small ; resize @top-left large``), with the change the last turn made, whichever the edit says
    ("我说的是另外那个！" after a recolour, read as ``resize it large ; resize other large`` or ``recolor it brown``, is
    ``recolor it green ; recolor other brown``). None where ``edit`` is no such correction or (unless ``already``)
    is it already."""
    try:
        ops = parse_edit(edit)
    except EditError:
        ops = []  # "undo" for "oops, wrong one, I meant the one on the right": the place said may still say which
    pointed = len(ops) == 1 and ops[0].obj in ("it", "other") and bool(_OTHER.search(message.lower()))
    if pointed:  # "i said the other" read as one change, of whatever kind ("nooo the other one" as ``remove other``)
        ops = [replace(ops[0], obj="it"), replace(ops[0], obj="other")]
    place = the_place_said(message)
    if (len(ops) != 2 or ops[0].obj != "it") and place and isinstance(focus, int) and 0 <= focus < len(scene) \
            and region_name(scene[focus]) != place and not changes_said(message) and not says_an_action(message):
        # "oops, wrong one, I meant the one on the right" read as a move: the change given back, given to that one
        ops = [Op("recolor", "it", to="red"), Op("recolor", f"@{place}", to="red")]
    if len(ops) != 2 or {ops[0].verb, ops[1].verb} - {"recolor", "resize"} and not pointed or ops[0].obj != "it" \
            or not isinstance(focus, int) or not _CORRECTING.search(message.lower()):
        return None
    if len(before) != len(scene) or not 0 <= focus < len(scene):
        return None
    changed = [field for field in ("color", "size") if getattr(before[focus], field) != getattr(scene[focus], field)]
    if len(changed) != 1:
        return None
    verb = "recolor" if changed[0] == "color" else "resize"
    old, new = getattr(before[focus], changed[0]), getattr(scene[focus], changed[0])
    meant = _fields_said(DENIED.sub(" ", message.lower()), sized=False)  # "i meant the circle not the diamond"
    named = objects_named(scene, " ".join(meant)) if meant else []
    if len(named) == 1 and named[0] != focus and DENIED.search(message.lower()):
        ops[1] = replace(ops[1], obj=" ".join(meant))
    if ops[1].obj not in ("it", "other") and not objects_named(scene, ops[1].obj, focus):
        return None  # "och no, not orange. purple i meant": no purple object there, a colour meant instead
    fixed = f"{replace(ops[0], verb=verb, to=old).text()} ; {replace(ops[1], verb=verb, to=new).text()}"
    return fixed if fixed != edit or already else None


_IT = re.compile(r"\b(?:it|its|itself)\b|它")


def it_as_said(edit: str, message: str, scene: Scene, focus) -> str | None:
    """``edit`` with the "it" that ``unlike_it`` doubts replaced by the object the message names, where its
    words name one object of ``scene`` ("我不想要这个六棱形了" read as ``remove it``, it being a square:
    ``remove hexagon``); else None."""
    if unlike_it(edit, message, scene, focus) is None:
        return None
    op = parse_edit(edit)[0]
    fields = _fields_said(message, sized=op.verb not in ("resize", "ask"), but=_KIND_OF.get(op.verb))
    desc = " ".join(fields or [])
    if not desc or len(objects_named(scene, desc)) != 1:
        return None
    return replace(op, obj=desc).text()


def _relates(message: str) -> bool:
    """Whether ``message`` places something by another object ("next to the red shape", "在它的左边")."""
    low = message.lower()
    return any(re.search(r"\b" + re.escape(w) + r"\b", low) for ws in phrasing_en.RELATION.values() for w in ws) \
        or any(relation_said_zh(message, rel) and re.search(r"[的它][左右上下旁]", message) for rel in RELATION_ZH)


def adds_in_order(edit: str, message: str) -> str | None:
    """``edit``, a list of adds, with the colours (and shapes) the message names one for each add, in its order,
    given to the adds in that order, where the edit gave them otherwise ("底部一个浅棕色球，左上一个鲜红色迷你
    方块和右面一个紫颜色大大三角型" read with two triangles; "一个红色的跟一个粉的跟一个蓝色的和一个咖啡色的大方形" read
    with two brown squares); a name that may be either of two ("绿的": green or cyan) leaves its add as it was.
    A shape said with a number ("three circles, a red, a blue and a green one, and a yellow square") names that
    many adds, or, where the message names as many shapes as there are adds, is that add's count ("two diamonds in
    lavender plus a green lozenge": two purple diamonds; "三个 diamonds ... 一个 gray dot": one dot). Where each add
    has a shape name of its own, the words up to it say its size ("右方1个橙色小菱形块": small) and, in Chinese, its
    place ("右下角一个大号的紫色钻石形状": bottom-right). The adds of an edit whose other operations name no colour or
    shape ("This one to the upper-right, plus a small scarlet block, two mini yellow triangles and a giant blood red
    block": ``move it to top-right`` and three adds) are read the same, the first add's words from where its
    instruction begins.
    None when the message names another number of them, the edit has other operations that name an object's colour
    or shape, the message relates them to objects there (whose colours it names too), or nothing changes."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    adds = [op for op in ops if op.verb == "add"]
    if len(adds) < 2 or any(op.rel for op in adds) or not all(op.verb == "add" or _names_nothing(op) for op in ops):
        return None
    if _relates(message):
        return None  # "next to the bright red shape, add ...": a colour of an object there
    mended = _adds_in_order(adds, message, alone=len(adds) == len(ops))
    if mended is None:
        return None
    mended = iter(mended)
    return " ; ".join((next(mended) if op.verb == "add" else op).text() for op in ops)


def _names_nothing(op: Op) -> bool:
    """Whether ``op``, no add, names no colour or shape of an object and sets none ("move it to top", "remove @left"):
    the colours and shapes a message names are then all its adds'."""
    return op.verb in ("move", "remove", "resize") and not {"color", "shape"} & set(_own_fields(op.obj)) \
        and not {"color", "shape"} & set(_own_fields(op.anchor))


def _place_after(text: str) -> tuple[str, str]:
    """The words and the place said right after a shape with 在 ("在右边" of "三角形在右边，...", "三角形，放在左侧"), up to the end of its
    instruction; ("", "") where none is."""
    m = re.match(r"[的]?\s*(?:在|放在|放到|摆在|于|放|摆|[,，]\s*(?:放在|放到|摆在|放))[^,，;；。!！]*", text)  # "三角形，放在左侧"
    place = the_place_said(m.group()) if m else ""
    return (m.group(), place) if place else ("", "")


# Where an instruction begins: the words of a message's first add run from there to its shape ("make it smaller, then a
# red circle": the circle's words say no size).
_INSTRUCTION_START = re.compile(r"[,，;；。:：!！]|\b(?:and|plus|then|also)\b|再|还有|然后")


def _adds_in_order(ops: list[Op], message: str, alone: bool) -> list[Op] | None:
    """``adds_in_order`` of the adds ``ops`` (``alone``: the edit's only operations; else its other operations name
    nothing), or None."""
    new = list(ops)
    for kind, at in (("color", 1), ("shape", 2)):
        said = said_in_order(message, kind)
        if len(said) != len(ops):
            continue
        new = [replace(op, spec=op.spec[:at] + (value,) + op.spec[at + 1:]) if value else op  # "绿的": either
               for op, value in zip(new, said)]
    counted, used = shapes_counted(message)
    if used and len(counted) == len(ops) and all(op.count == 1 for op in ops):  # "three circles, a red, ... and a square"
        new = [replace(op, spec=op.spec[:2] + (value,)) if value else op for op, value in zip(new, counted)]
    counts = shape_counts(message)  # "two diamonds in lavender plus a green lozenge": two of the first add;
    if used and len(counts) == len(ops) and all(not op.to for op in ops) \
            and sorted(used) == sorted(stated_counts(message)) \
            and all(value in ("", op.spec[2]) for (value, _), op in zip(counts, new)):  # "三个 diamonds ... 一个 gray dot"
        new = [replace(op, count=n) for op, (_, n) in zip(new, counts)]
    shapes = named_spans(message, "shape")
    if len(shapes) == len(ops):  # each add's words end with its shape: "...非常大的咖啡色钻石形跟左下方1个浅绿色六棱形"
        words_of_each = _words_of_each(message, shapes)
        starts = [m.end() for m in _INSTRUCTION_START.finditer(message[:shapes[0][0]])]
        if starts and not alone:  # the first add's words begin where its instruction does
            words_of_each[0] = message[starts[-1]:shapes[0][1]]
        chinese = not re.search(r"[a-z]", message.lower())  # a Chinese add says its place before its shape: "右下角一个...钻石形状"
        # or right after it, with 在: "画蓝色三角形在右边，紫色圆形在左边"
        after = [_place_after(message[shapes[k][1]:shapes[k + 1][0] if k + 1 < len(shapes) else len(message)])
                 if chinese else ("", "") for k in range(len(shapes))]
        for k, (place_words, _) in enumerate(after[:-1]):
            if place_words:
                words_of_each[k + 1] = words_of_each[k + 1].replace(place_words, " ", 1)
        for k, words in enumerate(words_of_each):
            size = "small" if says_small(words) else "large"
            if not (says_small(words) and "large" in sizes_named(words)):
                new[k] = replace(new[k], spec=(size,) + new[k].spec[1:])
            place = (after[k][1] or the_place_said(words)) if chinese and alone else ""
            if place:
                new[k] = replace(new[k], to=place)
    return new if new != ops else None


# Words of moving, the world's own among them ("take {ref} to the {place}", "{ref} should go ...", "让{ref}去{place}",
# "{ref}换到{place}吧", "{ref}应该在{place}").
_A_CORNER = re.compile(r"\bcorners?\b|角")
_TO_A_PLACE = re.compile(r"\bto (?:the )?(?:upper|lower|top|bottom|left|right|middle|centre|center|far|corner)|到")  # "This one to the upper-right, ..."
_PUT_IT = re.compile(r"\b(?:put|place|set|stick|pop|plonk|have|want|need|get|make|keep|leave|send|throw)\b|[放摆搁挪]")
_MOVING = re.compile(r"\b(?:move|moved|moving|shift|push|drag|slide|nudge|relocate|bring|take|go|goes|should)\b|"
                     r"移|挪|搬|走|放到|拖到|换到|(?<![删拿])去(?![掉除])|应该在")
# Words of changing an object that is there: "turn", "should be", "改成" (not "make": "make a brown dot" adds).
_MORE_OR_LESS = re.compile(r"\b(?:too|more|less|bit|little|instead|bigger|smaller|larger|tinier|darker|lighter)\b|"
                           r"太|点|些|更")
_CHANGING_WORDS = re.compile(r"\b(?:turn|turned|change|changed|recolou?r|colou?r|paint|switch|set|should|be|bigger|smaller|"
                             r"larger|shrink|enlarge|grow|resize|reshape|size|scale)\b|改|换|变|涂|染|成")


# An object already there: "the triangle", "that one", "这个三角形", "把菱形放到..." (not "at the centre").
_DEFINITE = re.compile(r"\b(?:that|this|these|those|it|its)\b|\bthe\b(?!\s+(?:center|centre|middle|top|bottom|left|"
                       r"right|upper|lower|picture|canvas|image|edge|corner|side|far|very|colou?r|size|shape)\b)|把|这|那|它")


_ANOTHER_ZH = re.compile(r"还要|再要|再来|再画|还想要")


def adds_meant(edit: str, result: str, message: str) -> bool:
    """Whether ``message`` asks for a new object where ``edit``, one operation the world reported as ``result``,
    changed one that is not there or changed nothing, and it names no object as one there ("the", "that",
    "这个", "把"): a move of an object there is none of, and no word of moving ("绿颜色星星放在中心" read as
    moving a green star; "浅棕色圆球放到左上角" moves), a change to an object there is none of, and no word
    of changing ("box in lime" read as recolouring a square), or a change to what the object already is while
    the message names a colour the edit never does ("make a diamond shape in cobalt at the center" read as
    reshaping the diamond there into a diamond)."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return False
    if len(ops) != 1:
        return False
    op, low = ops[0], message.lower()
    if _DEFINITE.search(low):
        return False  # "put the triangle at the centre": a move, whether or not there is one
    if op.verb == "move" and result.startswith("missing") and not _MOVING.search(low):
        return True
    if op.verb in ("recolor", "resize", "reshape") and result.startswith("missing") and not _CHANGING_WORDS.search(low) \
            and len(said_in_order(message, "color")) <= 1 and not _MORE_OR_LESS.search(low):
        return True  # "box in lime" read as recolouring a square there is none of
    unused = [v for v in colors_named(low) if v not in edit.split()]
    more = _ANOTHER_ZH.search(message) and not _CHANGING_WORDS.search(low)  # "还要巨型的紫斜方形" read as a recolour
    return op.verb in ("recolor", "reshape", "resize", "move") and result.startswith("same") and bool(unused or more)


def adds_as_said(edit: str, message: str) -> bool:
    """Whether the world reads ``message`` as ``edit``, a list of adds, word for word: the colours it names, in
    order, are the adds' (an unsaid colour no add's), the shapes too (or the one shape named, every add's, or
    each as often as the number before it says), one size for all (small said, or none said and large), the
    numbers it states the adds' counts (or the number of adds, one each: "three circles: red, green and
    blue"), no place said
    and none set, or one add at the one place said, or in Chinese each add at the place said before its shape,
    and nothing else is ``ungrounded``. Such an edit needs no
    model's certainty to be carried out ("来一个灰色的，一个鲜红色的，一个桔色的，一个浅绿色的小三角块")."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return False
    if not ops or any(op.verb != "add" or op.rel for op in ops) or ungrounded(edit, message) is not None:
        return False
    colors, shapes = said_in_order(message, "color"), said_in_order(message, "shape")
    counted, used = shapes_counted(message)
    written = [op.spec[2] for op in ops]
    if colors != [op.spec[1] for op in ops] or not (
            shapes == written or len(shapes) == 1 and set(written) == set(shapes) or counted == written):
        return False
    sizes = {op.spec[0] for op in ops}
    said = ({"small"} if says_small(message) else set()) | (sizes_named(message) & {"large"})
    if (said or {"large"}) != sizes:
        return False
    counts = sorted(op.count for op in ops if op.count > 1)
    spelt_out = not counts and len(ops) > 1 and (stated_counts(message) == [len(ops)] or counted == written and used)
    if counts != sorted(stated_counts(message)) and not spelt_out:  # "three circles: red, green and blue": three adds
        return False
    places = {op.to for op in ops if op.to}  # one place said, for every add (places in turn are the model's)
    return not places and not says_a_place(message) or len(places) == 1 and len(ops) == 1 and the_place_said(
        message) in places or _places_said_before_each(ops, message)


def _places_said_before_each(ops: list, message: str) -> bool:
    """Whether ``message``, in Chinese, says each add's place before its shape, one object after another, and each
    add has that place ("来右面一个浅灰大号六角形和上面一个浅灰色大正方形": right, top)."""
    spans = named_spans(message, "shape")
    if re.search(r"[a-z]", message.lower()) or len(spans) != len(ops) or len(ops) < 2:
        return False
    return all(op.to and op.to == the_place_said(words) for op, words in zip(ops, _words_of_each(message, spans)))


_SIZE_FILLER_ZH = re.compile(r"[的号型个只颗块]|一|" + "|".join(sorted(
    {w for ws in phrasing_zh.SIZE_WORDS.values() for w in ws}, key=len, reverse=True)))


def _all_read(message: str) -> bool:
    """Whether the world reads every word ``message`` says of the object: in English every word is one the
    world knows; in Chinese nothing but its size and colour words stands between the last "个" (or verb) and
    the shape ("画一个很大的红色圆形", not "画一个琥珀金圆形" or "来一个很大的品红五角星", magenta read as red)."""
    low = message.lower()
    low = _PARTICLES_EN.sub(" ", low)  # "then one 浅灰色 box 在它上面 lah": a particle says nothing of the object
    naming = [piece for piece in re.split(r"[,，;；]", low) if named_spans(piece, "shape") or named_spans(piece, "color")]
    if not set(re.findall(r"[a-z]+", " ".join(naming))) <= known_words_en():  # "itsy-bitsy" is "itsy" and "bitsy"
        return False  # the words of the parts that name the object: "ok boys listen up, ..." names none
    spans = named_spans(message, "shape")
    if not re.search(r"[\u3400-\u9fff]", message) or not spans or message[spans[0][0]].isascii():
        return True  # a shape said in English: its English words are read above
    start = max(message[:spans[0][0]].rfind(c) for c in "个画加添来放要") + 1
    start += message[start:start + 1] in ("上", "出")  # 加上, 画出: the verb's
    head = list(message[start:spans[0][0]])
    for s, e, _ in named_spans(message, "color"):
        head[max(s - start, 0):max(e - start, 0)] = [" "] * (max(e - start, 0) - max(s - start, 0))
    rest = _SIZE_FILLER_ZH.sub("", "".join(head)).replace(" ", "")
    rest = re.sub(r"[a-z0-9'-]+", "", rest)  # its English words are read above: "then one blue 三角形"
    return not rest.replace("色", "")


_PARTICLES_EN = re.compile(r"\b(?:lah|leh|lor|meh|hor|sia|liao|ya|yah)\b")


# Placed by an object named by its place: "左上图形左侧", "最右边东西上面", "左侧图形隔壁".
_BY_AN_OBJECT_ZH = re.compile(r"(?:图形|东西|形状|那个|这个)(?:的)?(?:左|右|上|下|旁|隔壁)|隔壁|旁边|挨着")


def add_as_said(message: str) -> str | None:
    """The add that ``message`` says outright (``said.says_an_add``), in the world's words: its number, its one
    shape, its one colour (blue when it names none, as in the world's dialogues), its size (large when it names
    none) and its one place ("画一个蓝色大圆形": ``add large blue circle``; "再加三个深绿色小星形":
    ``add 3 small green star``); None where it names more than one of a kind, relates the object to another, or
    the add sets what it never says. Emphasis is no other object: "exactly three hexagons, all of them orange", "a
    single yellow star. just the one"."""
    message = _EMPHASIS.sub(" ", message)
    if not says_an_add(message):
        return None
    shapes, colors = said_in_order(message, "shape"), said_in_order(message, "color")
    counts = sorted(set(stated_counts(message)))  # "three green triangles, please - exactly three": one number
    if len(shapes) != 1 or len(colors) > 1 or "" in shapes + colors or len(counts) > 1:
        return None
    if _relates(message) or _DEFINITE.search(message.lower()) or _BY_AN_OBJECT_ZH.search(message):
        return None  # "draw a star above the circle", "to its left", "跟这个一模一样的": another object is named
    if not _all_read(message):
        return None  # a word the world could not read ("an orannw diamond", "琥珀金六面形", "品红") is no add said
    place = the_place_said(message)
    if counts and place or each_place(message):
        return None  # several at one place: the world spreads them; "左右各一个": one at each
    edit = f"add {f'{counts[0]} ' if counts else ''}{'small' if says_small(message) else 'large'} " \
        f"{colors[0] if colors else 'blue'} {shapes[0]}" + (f" at {place}" if place else "")
    return edit if ungrounded(edit, message) is None else None


_EMPHASIS = re.compile(r"\b(?:all|both|each) of them\b|\bjust the one\b|\bexactly\b|\bno more,? no less\b|\bsingle\b",
                       re.IGNORECASE)  # "a single yellow star. just the one."


def put_there_as_said(edit: str, message: str, scene: Scene) -> str | None:
    """The add of the object ``message`` puts at a place without a word of moving ("咖啡色的方框搁右下角噻": ``add large
    brown square at bottom-right``), where ``edit`` is one move of an object ``scene`` does not hold. None where the
    message says a move ("桃红色正方形换到右下吧" of a square there is none of: the world says there is none)."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    if len(ops) != 1 or ops[0].verb != "move" or objects_named(scene, ops[0].obj) or _MOVING.search(message.lower()):
        return None
    return add_as_said(("画一个" if _CJK.search(message) else "add a ") + message)


def add_by_it_as_said(message: str) -> str | None:
    """The add ``message`` says outright of one object beside "it" ("在它左边 put a blue circle", "and a star right
    above it"), in the world's words: ``add large blue circle left_of it``. None where it names more than one of a
    kind, a number, a place of the picture, or no one side of "it"."""
    if not says_an_add(message):
        return None
    low = message.lower()
    sides = [rel for rel, pattern in _BY_IT if pattern.search(low)]
    shapes, colors = said_in_order(message, "shape"), said_in_order(message, "color")
    if len(sides) != 1 or len(shapes) != 1 or len(colors) > 1 or "" in shapes + colors or stated_counts(message) \
            or regions_in_order(_BY_IT_ANY.sub(" ", low)) or not _all_read(message):
        return None
    edit = f"add {'small' if says_small(message) else 'large'} {colors[0] if colors else 'blue'} {shapes[0]} {sides[0]} it"
    return edit if ungrounded(edit, message) is None else None


def at_the_side_said(edit: str, message: str, scene: Scene | None = None) -> str | None:
    """``edit``, one add beside "it" (or beside an object ``scene`` does not hold), made the add at the side of the
    picture the message names where it names no object to be beside ("左边再画一个蓝色的星星" read as ``add large blue
    star left_of it`` is ``add large blue star at left``; "左边再来个 small 的 coffee 色 dot" read beside a circle
    there is none of). None otherwise."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    beside_nothing = ops[0].anchor != "it" and scene is not None and not objects_named(scene, ops[0].anchor) \
        if len(ops) == 1 and ops[0].anchor else False
    if len(ops) != 1 or ops[0].verb != "add" or not (ops[0].anchor == "it" or beside_nothing) \
            or _SIDE_OF_THE_PICTURE.get(ops[0].rel) is None:
        return None
    low = message.lower()
    if regions_in_order(low) != [_SIDE_OF_THE_PICTURE[ops[0].rel]] or _BY_IT_ANY.search(low) or _BESIDE_SAID.search(low):
        return None
    return replace(ops[0], rel="", anchor="", to=_SIDE_OF_THE_PICTURE[ops[0].rel]).text()


_SIDE_OF_THE_PICTURE = {"left_of": "left", "right_of": "right", "above": "top", "below": "bottom"}


def beside_the_one_named(edit: str, message: str) -> str | None:
    """``edit``, adds of which the last is put at a place of the picture (or at none) where the message puts it at a
    side of an object added before it, named by its shape ("a pink star at the top, and a light green circle to the
    right of the star", "... and a 浅绿 circle 在星星右边"): that add beside that object. None otherwise."""
    try:
        ops = parse_edit(with_places_marked(edit))
    except EditError:
        return None
    said = [(_SIDE_WORDS[side], shape) for m in _BESIDE_THE_NAMED.finditer(message.lower())
            for side, what in [next((m.group(f"side{k}"), m.group(f"what{k}")) for k in ("", "2", "3") if m.group(f"side{k}"))]
            for shape in said_in_order(what, "shape")[:1] if shape]
    if len(said) != 1 or len(ops) < 2 or any(op.verb != "add" for op in ops):
        return None
    (rel, shape), last = said[0], ops[-1]
    anchors = [op for op in ops[:-1] if op.spec[2] == shape]
    if last.rel or last.count != 1 or last.spec[2] == shape or len(anchors) != 1 or anchors[0].count != 1 \
            or last.to not in ("", _SIDE_OF_THE_PICTURE.get(rel)):
        return None
    beside = replace(last, to="", rel=rel, anchor=f"{anchors[0].spec[1]} {shape}")
    return " ; ".join([op.text() for op in ops[:-1]] + [beside.text()])


_BESIDE_THE_NAMED = re.compile(
    r"\b(?:to the |on the )?(?P<side>left|right) of the (?P<what>(?:[a-z]+ )?[a-z]+)|"
    r"\b(?P<side2>above|over|below|under|underneath|beneath|next to|beside) the (?P<what2>(?:[a-z]+ )?[a-z]+)|"
    r"(?P<what3>星星|星形|五角星|圆形|圆圈|圆|正方形|方块|方形|三角形|菱形|六边形)的?"
    r"(?P<side3>正?上方|上面|上边|正?下方|下面|下边|底下|左边|左侧|左面|右边|右侧|右面|旁边|边上)")
_SIDE_WORDS = {"left": "left_of", "right": "right_of", "above": "above", "over": "above", "below": "below",
               "under": "below", "underneath": "below", "beneath": "below", "next to": "next_to", "beside": "next_to",
               **{w: "above" for w in ("上方", "正上方", "上面", "上边")}, **{w: "below" for w in ("下方", "正下方", "下面", "下边", "底下")},
               **{w: "left_of" for w in ("左边", "左侧", "左面")}, **{w: "right_of" for w in ("右边", "右侧", "右面")},
               "旁边": "next_to", "边上": "next_to"}
# Words that place an object beside another: "next to", "of it", "它", "旁边", "圆形的左边".
_BESIDE_SAID = re.compile(r"\b(?:next to|beside|by|of|its|it|them|from|this|that|these|those)\b|它|其|旁|隔壁|挨着|那个|这个|"
                          r"[\u4e00-\u9fff]的?(?:左|右|上|下)(?:边|面|方|侧)(?<!在左边)(?<!在右边)(?<!在上边)(?<!在下边)")


_BY_IT = [("left_of", re.compile(r"\b(?:to the )?left of it\b|\bto its left\b|它的?左(?:边|侧|面)")),
          ("right_of", re.compile(r"\b(?:to the )?right of it\b|\bto its right\b|它的?右(?:边|侧|面)")),
          ("above", re.compile(r"\b(?:above|over|on top of) it\b|它的?(?:正?上方|上面|上边)")),
          ("below", re.compile(r"\b(?:below|under|underneath|beneath) it\b|它的?(?:正?下方|下面|下边|底下)")),
          ("next_to", re.compile(r"\b(?:next to|beside|by) it\b|它的?(?:旁边|边上)"))]
_BY_IT_ANY = re.compile("|".join(p.pattern for _, p in _BY_IT))
# A side of an object named by its shape: "a light green circle to the right of the star", "浅绿 circle 在星星右边".
_BY_THE_NAMED = re.compile(r"\b(?:to the )?(?:left|right) of the (?!picture|canvas|page|screen|image)[a-z]+|"
                           r"\b(?:above|below|under|underneath|beneath|next to|beside) the (?!picture|canvas|page|screen|image)[a-z]+|"
                           r"(?:星星|星形|圆形|圆圈|正方形|方块|三角形|菱形|六边形)(?:正?上方|上面|上边|正?下方|下面|下边|左边|左侧|右边|右侧|旁边)")


_LIST_PARTS = re.compile(r"\s*(?:[,，;；、]\s*(?:and\s+)?|\band\b|还有|以及|和|跟|及)\s*")
_LEADING_ADD = re.compile(r"^(?:(?:please|pls|now|then|also|ok)\s+)*(?:add|draw|put|place|make|give me|i want|i need)\s+"
                          r"(?:a|an|one|some)?\s*|^(?:请|帮我|给我)?(?:再)?(?:绘制|画|加|放|添|来|弄|整)?(?:一个|个)?")


_ASKS_FOR = re.compile(r"\b(?:i need|i want|i'd like|i would like|give me)\b|我要|我想要|我需要")


def adds_listed(message: str) -> str | None:
    """A list of adds with the verb said once and no article, each part an object and its place ("add red star
    top left, green sq bottom right"), or after a colon that asks for them ("I need three things please: a large red
    triangle top left, a small blue square in the bottom right corner, and a green circle right in the middle.
    Cheers!"), or beside the one before ("put a cyan circle in the middle and a brown star above it"): each part read
    as the add it says outright (``add_as_said``, ``add_by_it_as_said``). None where a part says a verb of its own, or
    is no add said outright."""
    sentences = [s for s in re.split(r"(?<=[.!?。！？])\s+", message.strip()) if s and not acknowledges(s)]
    message = " ".join(sentences)
    colon = re.search(r"\s*[:：]\s*", message)
    if colon and (says_an_add(message[:colon.start()]) or _ASKS_FOR.search(message[:colon.start()])):
        listed = message[colon.end():]
        message = ("画" if _CJK.search(listed) else "add ") + listed
    parts = [part for part in _LIST_PARTS.split(message.strip().rstrip(".!?。！？")) if part]
    if len(parts) < 2 or not _LEADING_ADD.match(parts[0]) or any(says_an_action(part) for part in parts[1:]):
        return None
    zh = bool(_CJK.search(message))
    said = [("画一个" if zh else "add a ") + _LEADING_ADD.sub("", part, count=1) for part in parts]
    adds = [add_as_said(part) or (add_by_it_as_said(part) if k else None) for k, part in enumerate(said)]
    if any(add is None or " ; " in add for add in adds):
        return None
    return " ; ".join(adds)


def adds_said_in_turn(message: str) -> str | None:
    """The adds of a message that says two or more instructions, each an add it says outright (``add_as_said``) with
    its own look and place ("请画一个大的咖啡色三角形，放在左侧；再画一个小的灰色六角形，放在右侧。"), in order; None
    otherwise."""
    parts = instructions_of(message)
    adds = [add_as_said(part) for part in parts] if len(parts) > 1 else [None]
    return " ; ".join(adds) if all(add and " ; " not in add for add in adds) else None


def list_as_said(message: str) -> str | None:
    """The adds of a list that ``message`` says word for word: a number of one shape, named once, and as many
    colours, one each, in order ("add four stars - red, orange, yellow and green": ``add large red star ; add large orange
    star ; add large yellow star ; add large green star``; "两个三角形，一个橙色一个紫色"), where the world reads the
    message as those adds (``adds_as_said``). None otherwise."""
    shapes, colors = said_in_order(message, "shape"), said_in_order(message, "color")
    if len(shapes) != 1 or len(colors) < 2 or "" in shapes + colors or stated_counts(message) != [len(colors)] \
            or _relates(message) or _DEFINITE.search(message.lower()) or _BY_AN_OBJECT_ZH.search(message) \
            or not _all_read(message):
        return None  # "make the three squares red, yellow and green": those there
    size = "small" if says_small(message) else "large"
    edit = " ; ".join(f"add {size} {color} {shapes[0]}" for color in colors)
    return edit if adds_as_said(edit, message) else None


def said_of_adds(edit: str, message: str, earlier: str = "") -> str | None:
    """``edit`` with its adds cut back to what ``message`` says, where that alone makes it grounded: a
    number nobody said is one ("we need a whopping star" read as 9 stars; "3 pink trigons and an aqua
    hex" read as 3 hexagons too), a place nobody said is left out ("还要一个巧克力色小号六角形" read as at
    the bottom; half a corner said is no cut), and a relation nobody said (where the message says no other)
    is the one place the message says ("我想在正中间画..." read as above it: at the center), else left
    out; an add written twice over for one name of its shape, once (with the number said, where one of them has it;
    with the size its words say, where the two differ in size). Adds said one in each corner or on each side ("两个玫瑰色方块，左右两边各一
    个" read as a pink and a blue square) are one of the first add's objects at each. None when nothing
    is cut, or the edit cut back still sets what the message
    never says (``ungrounded``)."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    adds = [op for op in ops if op.verb == "add"]
    if _not_one_at_each(adds, message):  # one of the first add's objects at each place
        spread = [Op("add", spec=adds[0].spec, to=place) for place in each_place(message)]
        ops = spread + [op for op in ops if op.verb != "add"]
    stated = stated_counts(message)
    said_counts, cut = list(stated), []
    for k, op in enumerate(ops):
        if op.verb == "add" and k and replace(op, count=1) == replace(ops[k - 1], count=1) \
                and mentions(message, "shape", op.spec[2]) < 2 and cut and cut[-1].verb == "add":
            if op.count > cut[-1].count and (op.count in stated or numeral_said(message, op.count)):
                cut[-1] = replace(cut[-1], count=op.count)  # "plus 2 tan trigons" read as one and two: two
            continue  # "place a biggish navy lozenge shape" read as two: a stutter
        if op.verb == "add" and cut and cut[-1].verb == "add" and op.spec[1:] == cut[-1].spec[1:] \
                and op.spec[0] != cut[-1].spec[0] and mentions(message, "shape", op.spec[2]) < 2 and not stated:
            size = _size_said_of(message, op.spec[2])  # "a biggish bright yellow triangle" read as a small and a large one
            if size:
                cut[-1] = replace(cut[-1], spec=(size,) + op.spec[1:])
                continue
        if op.verb != "add":
            cut.append(op)
            continue
        count, to, rel, anchor = op.count, op.to, op.rel, op.anchor
        if count > 1:
            if count in said_counts:
                said_counts.remove(count)
            elif slipped_number(message):
                return None  # "tn large stars" read as 2: a number was said, mistyped; asked, not cut
            elif not numeral_said(message, count):
                count = 1
        if to and not place_said(message, to):
            if any(place_said(message, part) for part in to.split("-")):
                return None  # half a corner said ("at thetop right") may be the corner: asked, not cut
            to = ""
        if rel and not relation_said(message, rel):
            words = words_of(message.lower())  # whole words: "bright" says no right
            if any(words & {w for w in RELATION_EN[other] if " " not in w} or relation_said_zh(message, other)
                   for other in RELATION_EN):
                return None  # another relation said ("over that red star" read as next to it): not this cut
            to, rel, anchor = the_place_said(message), "", ""
        cut.append(replace(op, count=count, to=to, rel=rel, anchor=anchor))
    repaired = " ; ".join(op.text() for op in cut)
    if repaired == edit or ungrounded(repaired, message, earlier) is not None:
        return None
    return repaired


def adds_of_the_kind_said(edit: str, message: str, earlier: str = "") -> str | None:
    """``edit``'s adds given the one colour, shape and size ``message`` names (where it names one or none of
    each, and an add has another), and the one number it states where ``edit`` is one add: "上面画个红色的圆，
    下面也画一个" read as a red and a blue circle is two red circles; "add 一个 star 在右上角, purple 的" read as a
    blue star is a purple star; "2 more stars, yellow" read as one yellow star is two. None where ``edit`` is
    not only adds, where nothing changes, or where the edit made so still sets what the message never says
    (``ungrounded``)."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    if not ops or any(op.verb != "add" for op in ops):
        return None
    colors, shapes = set(said_in_order(message, "color")), set(said_in_order(message, "shape"))
    if len(colors) > 1 or len(shapes) > 1 or "" in colors | shapes:
        return None
    color, shape = next(iter(colors), None), next(iter(shapes), None)
    sizes = sizes_named(message)
    size = (_size_said_of(message, shape) if shape else None) or (next(iter(sizes)) if len(sizes) == 1 else None)
    counts = stated_counts(message)
    made = [replace(op, spec=(size or op.spec[0], color or op.spec[1], shape or op.spec[2]),
                    count=counts[0] if len(ops) == 1 and len(counts) == 1 else op.count) for op in ops]
    text = " ; ".join(op.text() for op in made)
    if text == edit or ungrounded(text, message, earlier) is not None:
        return None
    return text


def _size_said_of(message: str, shape: str) -> str | None:
    """The size the words of the one object of ``shape`` that ``message`` names say (``_words_of_each``), or None."""
    spans = named_spans(message, "shape")
    words = [w for w, (_, _, value) in zip(_words_of_each(message, spans), spans) if value == shape]
    return ("small" if says_small(words[0]) else "large") if len(words) == 1 else None


# A change written twice over, once with a value denied: one change ("我的意思是 cyan，不是 blue" read as
# ``recolor it cyan ; recolor it blue``).
_REDONE_ONCE = ("move", "recolor", "resize", "reshape")


def said_instead(edit: str, message: str, earlier: str = "") -> str | None:
    """``edit`` with a colour or shape that ``message`` only denies ("不是六角形，是正方形" read as a hexagon)
    replaced by the one value of that kind the message says otherwise (the square), and so a place ("是靠左上角，
    不是上面" read with a move to the top as well: one move, to the top left), the place of an object the
    message never says made the one it says ("the shape in the middle left" read as the one at the center), and a
    reshape's new shape read into the object's description as well ("turn the yellow shape into a triangle": the
    yellow one). None when no value
    is denied, when the message says no other value or several, or when the edit still sets what the
    message never says."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    rest, changed = DENIED.sub(" ", message.lower()), False
    instead = the_place_said(rest)
    for i, op in enumerate(ops):
        if op.verb == "reshape" and op.to in op.obj.split() and mentions(message, "shape", op.to) < 2:
            ops[i], changed = replace(op, obj=" ".join(w for w in op.obj.split() if w != op.to) or "it"), True
            continue  # "turn the canary yellow shape into a triangle" read as the yellow triangle
        if op.verb in ("add", "move") and op.to and place_denied(message, op.to):
            if not instead:
                return None
            ops[i], changed = replace(op, to=instead), True  # "是靠左上角，不是上面" read with a move to the top
            continue
        area = _own_fields(op.obj).get("area")
        if area and not place_said(message, area):  # "the shape in the middle left" read as the one at the center
            if not instead or instead == op.to:
                return None
            ops[i], changed = replace(op, obj=op.obj.replace(f"@{area}", f"@{instead}")), True
            continue
        kind = _KIND_OF.get(op.verb)
        if kind and op.to and said_only_denied(message, kind, op.to):
            others = [v for v in getattr(phrasing_en, f"{kind.upper()}_WORDS") if v != op.to and names(rest, kind, v)]
            if len(others) != 1:
                return None
            ops[i], changed = replace(op, to=others[0]), True
    ops = [op for k, op in enumerate(ops) if not (k and op == ops[k - 1] and op.verb in _REDONE_ONCE)]  # said once
    text = " ; ".join(op.text() for op in ops)
    return text if changed and ungrounded(text, message, earlier) is None else None


# Where a message joins two instructions ("recolor the box coffee and that brown cube is way too little",
# "把圆删掉，还有三角形移到左边"): "and", "plus", "as well as", "还有", "并且", "另外" (a comma alone joins the parts of
# one: "灰钻石形换个颜色，大红色").
_JOINED = re.compile(r"\s*[,，]?\s*\b(?:and also|and|plus|as well as)\b\s*|"
                     r"\s*[,，、]?\s*(?:还有|并且|而且|另外(?![一那这个只的])|同时)[,，]?\s*")  # 另外那个: the other one


# A part that begins with the change and names no object of its own goes on with the one before ("我不想要圆了，换成方形").
_GOES_ON_ZH = re.compile(r"(?:再|就|都)?(?:换|改|变|弄|涂|染)")


@lru_cache(maxsize=4096)
def _instructions_said(message: str) -> tuple[str, ...]:
    """Every instruction ``message`` says (``instructions_of``), read once per message, however many readings
    ``ungrounded`` judges."""
    return tuple(instructions_of(message))


def instructions_of(message: str) -> list[str]:
    """The steps of ``message`` (``said.clauses_of``), or where it says none in turn, the instructions it joins
    with "and" or "还有" or a comma, where each says a change of its own (a verb of the world's, a
    change, a removal or a size too much: "recolor tangerine box coffee and that brown cube is way too little
    please", "把三角形删掉，圆形改成紫色"); the message
    alone otherwise ("a red circle and a blue square" joins no two instructions)."""
    steps = clauses_of(message)
    if len(steps) > 1:  # each step may join instructions of its own ("把 diamond 删掉，star 调小，然后 move 到 ...")
        return [part for step in steps for part in instructions_of(step)]
    parts = [part.strip(" ,，") for part in _JOINED.split(message.strip())]
    parts = [part for part in parts if part]
    if len(parts) >= 2 and all(_acting(part) for part in parts):
        return [piece for part in parts for piece in _joined_by_commas(part)]
    return _joined_by_commas(message)


def _each_object_as_said(ops: list[Op], message: str) -> str | None:
    """Where the message says as many instructions as ``ops`` has operations, each change of an object that names a
    shape no shape its own instruction names: "then make the star 黄色 and move the circle to 左上角" read as
    ``recolor star yellow ; move star to top-left``. None where each names the shape of its own."""
    steps = _instructions_said(message)
    if len(steps) != len(ops) or len(ops) < 2:
        return None
    for op, step in zip(ops, steps):
        shape = _own_fields(op.obj).get("shape") if op.verb in ("move", "recolor", "resize", "reshape", "remove") else None
        named = {s for s in said_in_order(step, "shape") if s}
        if shape and named and shape not in named and not (op.verb == "reshape" and op.to in named):
            return f"{op.verb} of the {shape} for {' or '.join(sorted(named))} said"
        if op.verb in ("move", "recolor", "resize", "reshape") and "@" in op.obj and not shape and len(named) == 1 \
                and not regions_in_order(step.lower()[:_verb_at(step)]):
            return f"{op.verb} of {op.obj} for the {next(iter(named))} said"  # "triangle 移到 center" as ``move @center``
    return None


def _moved_not_added(shape: str, message: str) -> bool:
    """Whether ``message`` says the ``shape`` is moved, straight after its name ("星形移到下方", "the star moves to the
    left"), and says no add of it."""
    moved = any(_MOVED_NEXT.match(message[end:].lower()) for _, end, value in named_spans(message, "shape") if value == shape)
    return moved and not _ADD_SAID.search(message.lower())


_MOVED_NEXT = re.compile(r"\s*(?:移|挪|搬)(?:到|去|至)|\s*(?:moves?|goes|go) (?:to|over|up|down|left|right)\b")
_ADD_SAID = re.compile(r"\b(?:add|draw|put|place|another|more|new)\b|[画加添]|[来整放][一两三四五六七八九十几\d]?个")


def _beside_the_add_before(op: Op, adds: list[Op], low: str) -> bool:
    """Whether one of several ``adds`` is where the side of "it" the message says puts it, "it" being the add before
    it in the same edit ("a grey hexagon in the middle, then an orange circle above it and a pink star at the bottom
    left" written ``at center ; ... at top ; ... at bottom-left``): then every place written stands."""
    step = {"above": (0, -1), "below": (0, 1), "left_of": (-1, 0), "right_of": (1, 0)}
    sides = [step[rel] for rel, pattern in _BY_IT if rel in step and pattern.search(low)]
    placed = [REGIONS.get(a.to) for a in adds]
    return any(a and b and (b[0] - a[0], b[1] - a[1]) in sides for a, b in zip(placed, placed[1:]))


def _verb_at(step: str) -> int:
    """Where the verb of ``step`` begins (its end where none is found): the words before it name the object."""
    m = _MOVING.search(step.lower()) or _CHANGING_WORDS.search(step.lower())
    return m.start() if m else len(step)


def _acting(part: str) -> bool:
    if _A_VALUE_UNWANTED.match(part.strip()):
        return False  # "不要红色喇，将它们全部改成蓝色": a value denied before the change, no removal
    if acknowledges(part):
        return False  # "来嘛，正中间给我画个红彤彤的圆圈": "come on" is no instruction
    if _ATTRIBUTE_SAID.match(part.strip()):
        return False  # "帮我 add 一个 hexagon，color 用 navy": the colour of the one said, no recolour
    if OPINION_AS.search(part.lower()):
        return False  # "i think it looks better as a hexagon. could you change the shape?": the wish the request carries out
    part = NOT_A_VERB_ZH.sub(" ", part)  # "方的看起来好死板哦": no 来 of "来一个"
    if _DO_IT_ZH.search(part) and not names_any(part) and not said_in_order(part, "color") and not regions_in_order(part):
        return False  # "你帮我画一下撒": draw what was said, no instruction of its own
    return says_an_action(part) or bool(changes_said(part)) or says_removal(part, slips=False) or too_said(part) is not None


_DO_IT_ZH = re.compile(r"(?:画|弄|搞|整|做)一?下")
_ATTRIBUTE_SAID = re.compile(r"^(?:and\s+|the\s+|its\s+)?(?:colou?r|size|shape)\s*(?:用|要|是|选|:|：|=|\bis\b|\bshould be\b)"
                             r"\s*\S+(?:\s+\S+)?\s*[.!。！]*$|^(?:颜色|大小|形状)\s*(?:用|要|是|选|:|：)", re.IGNORECASE)
_A_VALUE_UNWANTED = re.compile(r"^(?:不要|别要|不想要|别)\s*\S{0,3}?(?:色|颜色|大的|小的)[的了喇啦吧呀]*$|"
                               r"^(?:no|not|no more|don'?t want)\s+(?:the\s+)?[a-z]+(?:\s+(?:colou?r|one|ones))?[.!]*$")


def _joined_by_commas(part: str) -> list[str]:
    """A comma may join instructions too: "把三角形删掉，圆形改成紫色", "make the triangle orange, move the star to
    the bottom left corner" (each piece a change of its own, none going on with the one before); ``part`` alone
    otherwise."""
    pieces = [piece.strip() for piece in re.split(r"[,，、]", part.strip()) if piece.strip()]
    if len(pieces) >= 2 and all(_acting(piece) if _CJK.search(piece) else _STARTS_ACTING_EN.match(piece.lower())
                                for piece in pieces) \
            and not any(_GOES_ON_ZH.match(piece) for piece in pieces[1:]) \
            and not any(_only_too(piece) and (changes_said(next_.lower()) or size_change_said(next_))
                        or _only_placed(next_) and says_an_add(piece)
                        or says_removal(piece, slips=False) and _removal_of_it_all(next_)
                        for piece, next_ in zip(pieces, pieces[1:])):
        return pieces  # "hmm 太大了, make them all 小一点": the change says what the "too" asks, one instruction
    return [part]


def _only_placed(piece: str) -> bool:
    """Whether ``piece`` only says where to put what the piece before it adds ("再画一个翠绿色的正方形，放右上角")."""
    return bool(_PLACED_ZH.match(piece.strip())) and bool(regions_in_order(piece.lower())) \
        and not said_in_order(piece, "shape") and not said_in_order(piece, "color")


_PLACED_ZH = re.compile(r"^(?:就|然后)?(?:放|摆|搁)(?:在|到)?")


def _removal_of_it_all(piece: str) -> bool:
    """Whether ``piece`` only says again the removal the piece before it says ("菱形都不要了，全部删掉"): a removal of all
    that names no colour, shape or place."""
    return says_removal(piece, slips=False) and (bool(_EVERY.search(piece.lower())) or bool(_BARE_REMOVAL.fullmatch(piece))) \
        and not names_any(piece) and not said_in_order(piece, "color") and not regions_in_order(piece.lower())


_BARE_REMOVAL = re.compile(r"\s*(?:把它们?|给我)?(?:删掉|删除|去掉|拿掉|删了|清除|移除|删)(?:吧|了|啊|呀)?[!！。.~]*\s*")  # "...，删掉"


def _only_too(piece: str) -> bool:
    """Whether ``piece`` only says that something is too much ("太大了", "too big"): no action, no change of its own."""
    return too_said(piece) is not None and not says_an_action(piece) and not said_in_order(piece, "color") \
        and not regions_in_order(piece.lower())


# An English instruction after a comma begins with its verb ("..., move the star to the bottom left corner"); a
# description before one does not ("the shape in the middle left looks too large, make it smaller").
_STARTS_ACTING_EN = re.compile(r"^(?:(?:please|pls|now|then|and|also|ok|so)\s+)*(?:draw|add|put|place|make|paint|create|"
                               r"insert|remove|delete|erase|get rid|take|move|shift|push|drag|slide|change|turn|"
                               r"recolou?r|colou?r|resize|shrink|enlarge|grow|clear|wipe|undo|redo|swap|replace|set|"
                               r"bring|drop|relocate|scale|copy|duplicate|clone|rm|del|mv)\b")
_CJK = re.compile(r"[\u3400-\u9fff]")
