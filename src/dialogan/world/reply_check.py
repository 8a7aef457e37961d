"""Reading a reply for the facts it states, and finding the ones that are not true.

``false_facts(reply, scene, before=..., result=...)`` reads a reply in English or Chinese
(the world's reply sentences, ``phrasing_en.REPLIES`` / ``phrasing_zh.REPLIES``, with whatever
the writer put in their slots, the ``facts`` module's sentences and the earlier wordings it
still reads), finds what it states (a count, a colour, a size, a shape, a place, yes or no, the
objects it lists, which of two is higher or how they lie, what is next to what, that something
changed) and returns each statement that is not true of ``scene`` (the picture after the turn),
of ``before`` (the picture before it) or of ``result`` (the world's ``EditResult.result`` for
the turn's edit), as far as each is given. A sentence that is none of these is not judged,
except that every whole object it names with a place ("a large red circle at the top left",
"左上角有一个红色大圆形") must be in the picture before or after. A reply to several operations
is read sentence by sentence, each judged at its own step (``false_facts``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import phrasing_en as en
from . import phrasing_zh as zh
from .edits import CELL_REGION, STEP, apply_edit, cell_of, matching
from .facts import COMPARE_WORDS, LANGS, READ_ALSO, SAME_WORDS, SENTENCES, compare, next_to, place_of
from .scene import COLORS, MAX_OBJECTS, REGIONS, SHAPES, SIZES, Scene, SceneError


@dataclass(frozen=True)
class FalseFact:
    """One statement of a reply that is not true: what kind of fact, what was said, what is so."""

    kind: str  # "count", "color", "size", "shape", "place", "exists", "object", "list", "change", "answer"
    said: str
    truth: str

    def __str__(self) -> str:
        return f"{self.kind}: the reply says {self.said}, but {self.truth}"


# 1. The words of each language, canonical forms only (the world's replies use no synonyms).
def _alt(words) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


_WORDS = {
    "en": {"color": {c: c for c in COLORS}, "size": {s: s for s in SIZES}, "shape": {s: s for s in SHAPES},
           "region": {en.region_name(r): r for r in REGIONS}},
    "zh": {"color": {zh.COLOR_WORDS[c][0]: c for c in COLORS}, "size": {zh.SIZE_NAMES[s]: s for s in SIZES},
           "shape": {zh.SHAPE_WORDS[s][0]: s for s in SHAPES}, "region": {zh.region_name(r): r for r in REGIONS}},
}
_NAME = {"en": rf"{_alt(SIZES)} {_alt(COLORS)} {_alt(SHAPES)}",
         "zh": _alt(_WORDS["zh"]["color"]) + _alt(_WORDS["zh"]["size"]) + _alt(_WORDS["zh"]["shape"])}
_SLOT = {
    "en": {"name": _NAME["en"], "old": _NAME["en"], "region": _alt(_WORDS["en"]["region"]),
           "asked": _alt(_WORDS["en"]["region"]), "color": _alt(COLORS), "size": _alt(SIZES), "n": r"\d+",
           "shapes": "shapes?", "what": r"[^:：,，]+?", "desc": r"[^:：,，]+?", "side": "left|right|top|bottom",
           "dir": "left|right|up|down",
           "rel": _alt(en.REL_REPLY.values()), "shape": _alt(SHAPES), "name2": _NAME["en"],
           "region2": _alt(_WORDS["en"]["region"])},
    "zh": {"name": _NAME["zh"], "old": _NAME["zh"], "region": _alt(_WORDS["zh"]["region"]),
           "asked": _alt(_WORDS["zh"]["region"]), "color": _alt(_WORDS["zh"]["color"]),
           "size": _alt(_WORDS["zh"]["size"]), "n": r"\d+", "side": "左|右|上|下", "dir": "左|右|上|下",
           "rel": _alt(zh.REL_REPLY.values()), "what": r"[^:：,，]+?", "desc": r"[^:：,，]+?",
           "shape": _alt(_WORDS["zh"]["shape"]), "name2": _NAME["zh"], "region2": _alt(_WORDS["zh"]["region"])},
}
for _language in LANGS:  # the facts module's sentences: comparisons
    _SLOT[_language].update(other=_NAME[_language], cmp=_alt(COMPARE_WORDS[_language].values()),
                            same=_alt(SAME_WORDS[_language].values()))


def _compile(lang: str) -> list[tuple[tuple[str, str], re.Pattern]]:
    mod, out = LANGS[lang], []
    for key, template in [*mod.REPLIES.items(), *SENTENCES[lang].items(), *READ_ALSO[lang].items()]:
        parts = re.split(r"\{(\w+)\}", template)
        pattern = "".join(re.escape(p) if k % 2 == 0 else f"(?P<{p}>{_SLOT[lang].get(p, '.+?')})"
                          for k, p in enumerate(parts))
        out.append((key, re.compile(pattern + r"\s*$")))
    return out


_TEMPLATES = {lang: _compile(lang) for lang in LANGS}
_ITEM = {("en", "add"): rf"an? ({_NAME['en']}) at the ({_SLOT['en']['region']})",
         ("en", "describe"): rf"an? ({_NAME['en']}) at the ({_SLOT['en']['region']})",
         ("en", "cand"): rf"the ({_NAME['en']}) at the ({_SLOT['en']['region']})",
         ("zh", "add"): rf"在({_SLOT['zh']['region']})画了一个({_NAME['zh']})",
         ("zh", "describe"): rf"({_SLOT['zh']['region']})有一个({_NAME['zh']})",
         ("zh", "cand"): rf"({_SLOT['zh']['region']})的({_NAME['zh']})"}
_CJK = re.compile(r"[\u3400-\u9fff]")
_SENTENCE = re.compile(r"(?<=[.!?。！？])\s*")


# 2. Reading slot values into the world's canonical words.
def _name(lang: str, text: str) -> tuple[str, str, str]:
    """(size, color, shape) of an object name in the reply's language."""
    if lang == "en":
        size, color, shape = text.split()
        return size, color, shape
    w = _WORDS["zh"]
    color = next(c for c in sorted(w["color"], key=len, reverse=True) if text.startswith(c))
    size = w["size"][text[len(color)]]
    return size, w["color"][color], w["shape"][text[len(color) + 1:]]


def _items(lang: str, item: str, text: str) -> list[tuple[tuple[str, str, str], str]]:
    pairs = re.findall(_ITEM[(lang, item)], text)
    if lang == "zh":  # Chinese says the place first
        pairs = [(n, r) for r, n in pairs]
    return [(_name(lang, n), _WORDS[lang]["region"][r]) for n, r in pairs]


def _what(lang: str, text: str) -> dict | None:
    """The description a count counts: "red circles", "large stars on the left side", "红色的圆形"."""
    fields, text = {}, text.strip()
    if lang == "en":
        for area, phrase in [(a, f"in the {en.region_name(a)} corner") for a in REGIONS] + \
                [("left", "on the left side"), ("right", "on the right side"), ("top", "along the top"),
                 ("bottom", "along the bottom"), ("center", "in the center")]:
            if text.endswith(" " + phrase):
                fields["area"], text = area, text[: -len(phrase) - 1]
                break
        words = text.split()
        if not words:
            return None
        noun = words.pop()
        noun = noun[:-2] if noun.endswith("xes") else noun[:-1] if noun.endswith("s") else noun
        if noun not in SHAPES and noun != "shape":
            return None
        if noun != "shape":
            fields["shape"] = noun
        for w in words:
            kind = "size" if w in SIZES else "color" if w in COLORS else None
            if kind is None or kind in fields:
                return None
            fields[kind] = w
        return fields
    if "的" in text:
        head, _, rest = text.partition("的")
        area = {**{zh.region_name(r): r for r in REGIONS}, "上方": "top", "下方": "bottom"}.get(head)
        if area is not None:
            fields["area"], text = area, rest
    text = text.replace("的", "")
    w = _WORDS["zh"]
    for kind in ("color", "size"):
        for word in sorted(w[kind], key=len, reverse=True):
            if text.startswith(word):
                fields[kind], text = w[kind][word], text[len(word):]
                break
    if text in w["shape"]:
        fields["shape"] = w["shape"][text]
    elif text != "图形":
        return None
    return fields


def _desc(lang: str, text: str) -> dict | None:
    """The description in "There is no {desc} in the picture": "large red circle", "红色大圆形"."""
    return _what(lang, text)


def read_result(result: str | None) -> tuple[str, list, int | None]:
    """A world result as (outcome, [((size, color, shape), region or None)], number)."""
    if not result:
        return "", [], None
    outcome, _, rest = result.partition(" ")
    if rest.strip().isdigit():
        return outcome, [], int(rest)
    if outcome == "missing":
        return outcome, [], None
    items = []
    for part in rest.split(" , ") if rest else []:
        w = part.split()
        if len(w) >= 3 and w[0] in SIZES and w[1] in COLORS and w[2] in SHAPES:
            items.append(((w[0], w[1], w[2]), w[3] if len(w) > 3 else None))
    return outcome, items, None


# 3. The facts of a scene the checks ask about.
def _at(scene: Scene, name, region: str | None) -> int:
    size, color, shape = name
    return sum(1 for o in scene if (o.size, o.color, o.shape) == (size, color, shape)
               and (region is None or place_of(o) == region))


def _said(name, region=None) -> str:
    return " ".join(name) + (f" at {region}" if region else "")


def _scene_words(scene: Scene) -> str:
    return "the picture has " + (scene.text() if len(scene) else "nothing")


# 4. Checking one sentence of a reply.
def _check(key, slots: dict, lang: str, scene: Scene, before: Scene | None, result: str | None,
           step: str | None = None) -> list[FalseFact]:
    act, outcome = key
    out: list[FalseFact] = []
    if result is not None and result.strip() == "ok":
        result = None  # "keep" (or an add of nothing): the result says nothing the reply could state
    r_outcome, r_items, r_number = read_result(result)
    name = _name(lang, slots["name"]) if "name" in slots else _name(lang, slots["old"]) if "old" in slots else None
    region = _WORDS[lang]["region"][slots["region"]] if "region" in slots else None

    def need(ok: bool, kind: str, said: str, truth: str = "") -> None:
        if not ok:
            out.append(FalseFact(kind, said, truth or _scene_words(scene)))

    def changed(said: str) -> None:
        if before is not None:
            need(before != scene, "change", said, "the picture did not change")

    def result_is(*outcomes: str) -> None:
        if result is not None:
            need(r_outcome in outcomes, "answer", f"{act} {outcome}", f"the world's result is {result!r}")

    if act in ("add", "add_relative", "copy"):
        items = _items(lang, "add", slots["list"]) if outcome == "many" else [(name, region)]
        for n, r in items:
            need(_at(scene, n, r) > 0, "object", _said(n, r))
            if before is not None:
                need(_at(scene, n, r) > _at(before, n, r), "change", f"it added a {_said(n, r)}",
                     "no such object was added")
        if outcome == "taken" and before is not None:
            asked = _WORDS[lang]["region"][slots["asked"]]
            need(any(place_of(o) == asked for o in before), "place", f"the {asked} was taken",
                 "nothing was there")
        result_is("ok", "taken", "many")
    elif act == "reshape":
        size, color, shape = name
        new = _WORDS[lang]["shape"][slots["shape"]]
        if outcome == "blocked":
            need(_at(scene, name, None) > 0, "object", _said(name))
        else:
            need(_at(scene, (size, color, new), None) > 0, "shape", f"the {_said(name)} is a {new}")
            need((shape == new) == (outcome == "same"), "shape",
                 f"the {_said(name)} {'is already' if outcome == 'same' else 'became'} a {new}", f"it was a {shape}")
            if outcome == "ok":
                if before is not None:
                    need(_at(before, name, None) > 0, "object", f"there was a {_said(name)}", _scene_words(before))
                changed(f"the {_said(name)} is now a {new}")
        result_is(outcome)
        if r_items:
            need(r_items[0][0] == name, "object", _said(name), f"the world's result is {result!r}")
    elif act == "plural":
        verb, _, how = outcome.partition("_")
        listed = _items(lang, "cand", slots["list"]) if "list" in slots else []
        for n, r in listed:
            if before is not None:
                need(_at(before, n, r) > 0, "object", _said(n, r), _scene_words(before))
            if verb == "recolor":
                now = (n[0], _WORDS[lang]["color"][slots["color"]], n[2])
            elif verb == "resize":
                now = (_WORDS[lang]["size"][slots["size"]], n[1], n[2])
            else:
                now = n
            if verb == "move":
                step = {v: k for k, v in (en if lang == "en" else zh).SIDE.items()}.get(slots["dir"], slots["dir"])
                c = REGIONS[r]
                r = CELL_REGION.get((c[0] + STEP[step][0], c[1] + STEP[step][1]), r)
            if verb == "remove":
                need(before is None or _at(scene, n, None) < _at(before, n, None), "change", f"it removed a {_said(n)}",
                     "none was removed")
            else:
                need(_at(scene, now, r) > 0, "place" if verb == "move" else verb.replace("recolor", "color")
                     .replace("resize", "size"), _said(now, r))
        if how == "same":
            kind = "color" if verb == "recolor" else "size"
            value = _WORDS[lang][kind][slots[kind]]
            need(any((o.color if kind == "color" else o.size) == value for o in scene), kind, f"they are {value}")
        if how == "ok" and listed:
            changed(f"it changed {', '.join(_said(*i) for i in listed)}")
        result_is(how)
    elif act == "compare" and outcome == "ok":
        need(_at(scene, name, region) > 0, "object", _said(name, region))
        if result is not None:
            need(r_outcome == "ok" and r_items[:1] == [(name, region)], "answer", f"the {_said(name, region)}",
                 f"the world's result is {result!r}")
    elif act == "compare":
        listed = _items(lang, "cand", slots["list"])
        for n, r in listed:
            need(_at(scene, n, r) > 0, "object", _said(n, r))
        if result is not None:
            need(r_outcome == "same" and sorted(r_items) == sorted(listed), "answer",
                 "neither: " + ", ".join(_said(*i) for i in listed), f"the world's result is {result!r}")
    elif act == "check":
        other = _name(lang, slots["name2"])
        if outcome == "yes":
            rel = {v: k for k, v in (en if lang == "en" else zh).REL_REPLY.items()}[slots["rel"]]
            a = [cell_of(o) for o in scene if (o.size, o.color, o.shape) == name]
            b = [cell_of(o) for o in scene if (o.size, o.color, o.shape) == other]
            holds = {"left_of": lambda p, q: p[0] < q[0], "right_of": lambda p, q: p[0] > q[0],
                     "above": lambda p, q: p[1] < q[1], "below": lambda p, q: p[1] > q[1],
                     "next_to": lambda p, q: abs(p[0] - q[0]) + abs(p[1] - q[1]) == 1}[rel]
            need(bool(a and b), "object", f"there are a {_said(name)} and a {_said(other)}")
            need(not (a and b) or any(holds(p, q) for p in a for q in b), "place",
                 f"the {_said(name)} is {rel.replace('_', ' ')} the {_said(other)}", "it is not")
        else:
            region2 = _WORDS[lang]["region"][slots["region2"]]
            need(_at(scene, name, region) > 0, "place", _said(name, region))
            need(_at(scene, other, region2) > 0, "place", _said(other, region2))
        result_is(outcome)
    elif act == "remove":
        if before is not None:  # one fewer of its name, and one fewer object (not the same one changed)
            need(_at(scene, name, None) < _at(before, name, None) and len(scene.objects) < len(before.objects),
                 "change", f"it removed a {_said(name)}", "none was removed")
        result_is("ok")
        if r_items:
            need(r_items[0][0] == name, "object", _said(name), f"the world removed a {_said(r_items[0][0])}")
    elif act in ("recolor", "resize"):
        size, color, shape = name
        kind = "color" if act == "recolor" else "size"
        new = _WORDS[lang][kind][slots[kind]]
        now = (size, new, shape) if act == "recolor" else (new, color, shape)
        need(_at(scene, now, None) > 0, kind, f"the {_said(name)} is {new}")
        if outcome == "same":
            need(name == now, kind, f"the {_said(name)} is already {new}",
                 f"it is {name[1 if act == 'recolor' else 0]}")
        else:
            need(name != now, kind, f"the {_said(name)} is now {new}", f"it was {new} already")
            if before is not None:
                need(_at(before, name, None) > 0, "object", f"there was a {_said(name)}", _scene_words(before))
            changed(f"the {_said(name)} is now {new}")
        result_is(outcome)
        if r_items:
            need(r_items[0][0] == name, "object", _said(name), f"the world's result is {result!r}")
    elif act == "move":
        if outcome in ("ok", "taken", "same", "edge"):
            need(_at(scene, name, region) > 0, "place", _said(name, region))
        else:
            need(_at(scene, name, None) > 0, "object", _said(name))
        if outcome == "edge":
            side = {v: k for k, v in (en.SIDE if lang == "en" else zh.SIDE).items()}[slots["side"]]
            edge = {"left": "left", "right": "right", "up": "top", "down": "bottom"}[side]
            need(any(edge in place_of(o).split("-") for o in scene if (o.size, o.color, o.shape) == name),
                 "place", f"the {_said(name)} is at the {edge} edge")
            if step is not None:  # at the top-left corner, "it cannot move left" answers no move up
                need(side == step, "place", f"it cannot move {side}", f"the move was {step}")
        if outcome in ("ok", "taken"):
            changed(f"it moved the {_said(name)}")
        result_is(outcome)
        if r_items and outcome != "blocked":
            need(r_items[0][0] == name and region in (None, r_items[0][1]), "place", _said(name, region),
                 f"the world's result is {result!r}")
    elif act == "clear":
        need(not len(scene), "exists", "the picture is empty")
        if outcome == "same" and before is not None:
            need(not len(before), "exists", "the picture was already empty", _scene_words(before))
    elif act == "count":
        fields = _what(lang, slots["what"])
        n = int(slots["n"])
        if fields is not None:
            true = len(matching(scene, fields))
            need(n == true, "count", f"there are {n} {slots['what']}", f"there are {true}")
        if r_number is not None:
            need(n == r_number, "count", f"there are {n}", f"the world counted {r_number}")
    elif act in ("ask_color", "ask_where", "ask_size", "size_of"):
        kind = {"ask_color": "color", "ask_where": "region", "ask_size": "size", "size_of": "size"}[act]
        value = _WORDS[lang][kind][slots[kind]]
        if result is not None:
            need(r_outcome == "ok" and len(r_items) == 1, "answer", f"it is {value}",
                 f"the question names no single object (the world's result is {result!r})")
            if r_outcome == "ok" and len(r_items) == 1:
                (size, color, shape), where = r_items[0]
                truth = {"color": color, "region": where, "size": size}[kind]
                need(truth == value, "place" if kind == "region" else kind, f"it is {value}", f"it is {truth}")
        else:
            attr = {"color": lambda o: o.color, "region": place_of, "size": lambda o: o.size}[kind]
            need(any(attr(o) == value for o in scene), "place" if kind == "region" else kind, f"it is {value}")
    elif act == "ask_exists":
        if outcome == "one":
            need(any(place_of(o) == region for o in scene), "place", f"there is one at the {region}")
            if result is not None:
                need(r_outcome == "ok" and r_items[:1] and r_items[0][1] == region, "exists",
                     f"there is one at the {region}", f"the world's result is {result!r}")
        elif outcome == "many":
            n = int(slots["n"])
            need(n <= len(scene), "count", f"there are {n}")
            if result is not None:
                need(r_outcome == "ambiguous" and len(r_items) == n, "exists", f"there are {n}",
                     f"the world's result is {result!r}")
        elif result is not None:
            need(r_outcome == "missing", "exists", "there is none", f"the world's result is {result!r}")
    elif act == "describe":
        if outcome == "none":
            need(not len(scene), "exists", "the picture is empty")
        else:
            n = int(slots["n"])
            need(n == len(scene), "count", f"the picture has {n} shapes", f"it has {len(scene)}")
            listed = sorted(_items(lang, "describe", slots["list"]))
            true = sorted(((o.size, o.color, o.shape), place_of(o)) for o in scene)
            need(listed == true, "list", "the picture holds " + ", ".join(_said(*i) for i in listed) or "nothing",
                 "it holds " + (", ".join(_said(*i) for i in true) or "nothing"))
    elif act == "ambiguous":
        for n, r in _items(lang, "cand", slots["cands"]):
            need(_at(scene, n, r) > 0, "object", _said(n, r))
    elif act == "missing" and outcome in ("ok", "area"):
        fields = _desc(lang, slots["desc"])
        if fields is not None:
            hits = matching(scene, fields)
            need(not hits, "exists", f"there is no {slots['desc']}", f"there is {len(hits)}")
    elif act == "compare_pair":
        other = _name(lang, slots["other"])
        pairs = [(a, b) for a in scene for b in scene if a is not b
                 and (a.size, a.color, a.shape) == name and (b.size, b.color, b.shape) == other]
        need(bool(pairs), "object", f"there are a {_said(name)} and a {_said(other)}")
        if outcome == "than":
            how = {v: k for k, v in COMPARE_WORDS[lang].items()}[slots["cmp"]]
            need(not pairs or any(compare(a, b, how) for a, b in pairs), "size" if how in ("bigger", "smaller") else "place",
                 f"the {_said(name)} is {how.replace('_', ' ')} than the {_said(other)}", "it is not")
        else:
            axis = {v: k for k, v in SAME_WORDS[lang].items()}[slots["same"]]
            opposite = {"higher": "lower", "further_left": "further_right", "bigger": "smaller"}[axis]
            need(not pairs or any(not compare(a, b, axis) and not compare(a, b, opposite) for a, b in pairs),
                 "size" if axis == "bigger" else "place",
                 f"the {_said(name)} and the {_said(other)} are level ({axis.replace('_', ' ')})", "they are not")
    elif act == "around":
        listed = sorted(_items(lang, "describe", slots["list"])) if outcome == "ok" else []
        named = lambda k: ((scene[k].size, scene[k].color, scene[k].shape), place_of(scene[k]))
        truths = [sorted(named(k) for k in next_to(scene, i))
                  for i, o in enumerate(scene) if (o.size, o.color, o.shape) == name]
        need(bool(truths), "object", _said(name))
        need(not truths or listed in truths, "list", f"next to the {_said(name)}: " +
             (", ".join(_said(*i) for i in listed) or "nothing"),
             "next to it: " + (", ".join(_said(*i) for i in truths[0]) or "nothing") if truths else "")
    elif act == "no_room":
        if outcome == "full":
            need(len(scene) == MAX_OBJECTS, "count", f"the picture holds {MAX_OBJECTS} shapes",
                 f"it holds {len(scene)}")
        elif outcome == "too_many":
            n, left = int(slots["n"]), MAX_OBJECTS - len(scene)
            need(n == left, "count", f"there is room for {n} more", f"there is room for {left}")
        else:
            need(_at(scene, name, None) > 0, "object", _said(name))
    return out


# "The picture is full" in other words than the world's template ("There is no room in the picture.", read
# as "there is no {desc}", "画面满了").
_FULL = re.compile(r"\bno (?:more )?room (?:left )?in the (?:picture|canvas|scene)\b|"
                   r"\b(?:picture|canvas|scene) is full\b|画面(?:已经)?满")


def _full(sentence: str, scene: Scene, before: Scene | None) -> list[FalseFact]:
    """A picture a sentence says is full, in words of its own, that is not (the world's own "The picture
    is full: ..." is judged with its template)."""
    if _FULL.search(sentence.lower()) and len(scene) < MAX_OBJECTS and (before is None or len(before) < MAX_OBJECTS):
        return [FalseFact("count", f"the picture holds {MAX_OBJECTS} shapes", f"it holds {len(scene)}")]
    return []


def _loose(lang: str, sentence: str, scene: Scene, before: Scene | None) -> list[FalseFact]:
    """A sentence no template reads: every object it names with a place must be in a picture."""
    out = []
    named = {i: None for item in ("describe", "add", "cand") for i in _items(lang, item, sentence)}
    for n, r in named:  # each object once, in the order named
        if not _at(scene, n, r) and not (before is not None and _at(before, n, r)):
            out.append(FalseFact("object", _said(n, r), _scene_words(scene)))
    return out


def reply_language(reply: str) -> str:
    """"zh" when the reply holds a Chinese character, else "en"."""
    return "zh" if _CJK.search(reply) else "en"


def read_reply(reply: str) -> list[tuple[tuple[str, str] | None, dict, str]]:
    """The sentences of a reply as (the (act, outcome) whose sentence it is, or None; its slot
    values as written; the sentence)."""
    lang, found = reply_language(reply), []
    text = reply.strip()
    split = [s for s in _SENTENCE.split(text) if s.strip()]
    # Sentence by sentence when each is one of the world's (a reply to several operations); the
    # whole reply when it is one sentence of the world's with a full stop inside ("... mean. Could ...").
    whole = len(split) > 1 and not all(_match(lang, s) for s in split) and _match(lang, text)
    sentences = split if len(split) > 1 and not whole else [text] if text else []
    for s in sentences:
        hit = _match(lang, s)
        found.append((hit[0], hit[1], s) if hit else (None, {}, s))
    return found


def read_whole(reply: str) -> bool:
    """Whether every sentence of ``reply`` is one of the world's, slots and all: a sentence cut short
    ("Added a small cyan circle at the left and"), run together from two ("There is no room for 8 more
    shapes.") or stuttered ("There is no no no shape ...") is not."""
    read = read_reply(reply)
    return bool(read) and all(key is not None for key, _, _ in read)


def _list_item(act: str) -> str:
    """How a reply of ``act`` lists objects: as added, as described, or named ("the ... at the ...")."""
    return "add" if act in ("add", "copy") else "cand" if act in ("plural", "compare") else "describe"


def _match(lang: str, text: str):
    """The first sentence of the world's whose fixed words and slots read ``text``: a list must
    hold at least one object as the world lists them."""
    for key, pattern in _TEMPLATES[lang]:
        m = pattern.match(text.strip())
        if not m:
            continue
        slots = m.groupdict()
        if "list" in slots and not _items(lang, _list_item(key[0]), slots["list"]):
            continue
        if "cands" in slots and not _items(lang, "cand", slots["cands"]):
            continue
        if any(slot in slots and _what(lang, slots[slot]) is None for slot in ("what", "desc")):
            continue  # "There is no no no shape in the picture." is none of the world's sentences
        return key, slots
    return None


def _claimed_edits(lang: str, key, slots: dict, scene: Scene) -> list[tuple[str, int | None]]:
    """The world's edits (each with the object "it" names) that would do what one sentence says it
    did, on ``scene``: one per object of ``scene`` the sentence may name; ("keep", None) for a
    sentence that changes nothing; none when ``scene`` has no object the sentence names."""
    act, outcome = key if key is not None else (None, None)
    if act in ("add", "add_relative", "copy"):
        if outcome == "many":
            return [(" ; ".join(f"add {' '.join(n)} at {r}" for n, r in _items(lang, "add", slots["list"])), None)]
        if outcome in ("ok", "taken", "smaller"):
            return [(f"add {' '.join(_name(lang, slots['name']))} at {_WORDS[lang]['region'][slots['region']]}", None)]
        return [("keep", None)]
    if act not in ("remove", "recolor", "resize", "reshape", "move") or outcome not in ("ok", "taken"):
        return [("keep", None)]
    name = _name(lang, slots["name"] if "name" in slots else slots["old"])
    to = {"remove": "", "recolor": "color", "resize": "size", "reshape": "shape", "move": "region"}[act]
    arg = "" if not to else _WORDS[lang][to][slots[to]]
    edit = f"{act} it" + (f" to {arg}" if act == "move" else f" {arg}" if arg else "")
    return [(edit, i) for i, o in enumerate(scene) if (o.size, o.color, o.shape) == name]


def _steps(lang: str, read: list, scene: Scene, before: Scene) -> list[tuple[Scene, Scene]] | None:
    """The picture before and after each sentence of a reply that states several changes in turn
    ("Added a small red diamond at the bottom right. Moved the small red diamond to the bottom
    left."), rebuilt by carrying out on ``before`` what each sentence says (of several objects a
    sentence may name, the one that leads on); None when no way leads from ``before`` to ``scene``
    (the sentences are then judged against ``scene``)."""
    if not read:
        return [] if before == scene else None
    (key, slots, _), rest = read[0], read[1:]
    for edit, focus in _claimed_edits(lang, key, slots, before):
        try:
            after = apply_edit(before, edit, focus).scene
        except SceneError:
            continue
        later = _steps(lang, rest, scene, after)
        if later is not None:
            return [(before, after)] + later
    return None


def false_facts(reply: str, scene: Scene, before: Scene | None = None, result: str | None = None,
                step: str | None = None) -> list[FalseFact]:
    """Every fact ``reply`` states that is not true: of ``scene`` (the picture the reply goes
    with), of ``before`` (the picture before the turn, when given: what the reply says changed
    must have changed) and of ``result`` (the world's ``EditResult.result`` for the turn's edit,
    when given: the object asked about, the outcome) and of ``step`` (the way the turn's move went, when given:
    an object at the edge cannot move that way, not another). An empty list when every fact holds or the
    reply states none.

    A reply to an edit of several operations says what each did, one sentence each, in turn: each
    sentence is judged against its own operation's part of ``result`` (the parts are joined by
    `` ; ``) and, when ``before`` is given, against the pictures before and after it, rebuilt by
    carrying out what the sentences before it say (when that leads to ``scene``)."""
    lang, out = reply_language(reply), []
    read = read_reply(reply)
    parts = result.split(" ; ") if result is not None and " ; " in result else None
    if parts is not None and len(parts) != len(read):
        parts = [None] * len(read)  # sentences and operations do not pair up: no sentence is given another's result
    steps = _steps(lang, read, scene, before) if before is not None and len(read) > 1 else None
    for k, (key, slots, sentence) in enumerate(read):
        was, now = steps[k] if steps else (before, scene)
        if key is None:
            out += _loose(lang, sentence, now, was)
        else:
            out += _check(key, slots, lang, now, was, parts[k] if parts else result, step)
        if key != ("no_room", "full"):
            out += _full(sentence, now, was)
    return out
