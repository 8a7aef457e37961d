"""Meanings put into the words of one language, through its phrasing module (``phrasing.Phrasing``).

``say`` words one slot of a user's message from the (kind, value) the plan gave it; ``SlotWords``
fills a template's slots on first use, in template order (so the random draws follow the
sentence); ``reply`` fills the fixed reply for the plan's (act, outcome) with its facts.
Nothing here knows a particular language; ``mixing`` holds what a message in two needs.
"""
from __future__ import annotations

from typing import Callable

from ..edits import region_name
from ..phrasing import Phrasing, Picker
from .plans import Plan


def say(mod: Phrasing, p: Picker, kind: str, v) -> str:
    """The words of one slot meaning in ``mod``'s language (a new object, a reference, a place, ...)."""
    if kind == "obj":
        return mod.join(p, [mod.object_phrase(p, *it) for it in v])
    if kind == "ref":
        return mod.construction_phrase(p, "other", v[1]["shape"]) if v[0] == "other" else mod.ref_phrase(p, *v)
    if kind == "relph":
        return mod.ref_phrase(p, *v[1]) + p.word(f"rel_{v[0]}")
    if kind == "the_place":  # a region after "to the" (English): "move it to the bottom left"
        return p.word(f"the_{v}")
    if kind == "place":
        return p.word(f"at_{v}")
    if kind == "sz":
        return mod.size_name(v)
    if kind == "dirb":
        return v
    if kind in ("cq", "eq", "eqp"):
        return mod.kind_phrase(p, v, kind != "eq") if v else p.word("shapes_n")
    if kind == "thing":
        return mod.out_phrase(p, *v)
    if kind == "unknown":
        return mod.unknown_phrase(p, *v)
    if kind in ("color", "size", "cmp", "too", "scale", "dir", "rel", "relit", "asp", "sup", "is_rel", "shape"):
        return p.word(f"{kind}_{v}")
    if kind in ("ashape", "oshape", "aobj", "aobj2", "kobj", "pobj", "nobj", "colors", "ones", "each", "refs"):
        return mod.construction_phrase(p, kind, v)
    if kind == "clause":  # a sentence of its own inside this one, worded by ``messages``
        return v
    raise KeyError(kind)


class SlotWords(dict):
    """Template slots worded on first use: a meaning from the plan through ``say_slot(name, kind, value)``,
    else a word of the lexicon group the slot is named after."""

    def __init__(self, plan: Plan, p: Picker, say_slot: Callable[[str, str, object], str]):
        super().__init__()
        self.plan, self.p, self.say_slot = plan, p, say_slot

    def __missing__(self, name):
        if name in self.plan.slots:
            out = self.say_slot(name, *self.plan.slots[name])
        else:
            out = self.p.word(name)
        self[name] = out
        return out


def in_one_language(plan: Plan, mod: Phrasing, p: Picker) -> SlotWords:
    """The slots of ``plan``'s message, every one in ``mod``'s language."""
    return SlotWords(plan, p, lambda name, kind, value: say(mod, p, kind, value))


def reply(mod: Phrasing, plan: Plan) -> str:
    """The system's reply to ``plan`` in ``mod``'s language: fixed per (act, outcome), filled with the
    facts; a turn of several instructions replies to each in turn."""
    if plan.parts:
        said = [reply(mod, part) for part in plan.parts]
        return (" " if all(s.isascii() for s in said) else "").join(said)  # Chinese sets no space between sentences
    values = {}
    for name, (kind, v) in plan.said.items():
        if kind == "name":
            values[name] = mod.object_name(v.size, v.color, v.shape)
        elif kind == "region":
            values[name] = mod.region_name(v)
        elif kind == "n":
            values[name] = str(v)
        elif kind == "shapes":
            values[name] = mod.shapes_name(v)
        elif kind == "color":
            values[name] = mod.COLOR_WORDS[v][0]
        elif kind == "size":
            values[name] = mod.size_name(v)
        elif kind == "list":
            item, objs = v
            values[name] = mod.list_phrase(item, [(mod.object_name(o.size, o.color, o.shape),
                                                   mod.region_name(region_name(o))) for o in objs])
        elif kind == "what":
            values[name] = mod.count_name(*v)
        elif kind == "desc":
            values[name] = mod.desc_name(v)
        elif kind == "side":
            values[name] = mod.SIDE[v]
        elif kind == "dir":
            values[name] = mod.direction_name(v)
        elif kind == "rel":
            values[name] = mod.REL_REPLY[v]
        elif kind == "shape":
            values[name] = mod.LEXICON[f"shape_{v}"][0]
        elif kind == "word":
            values[name] = mod.unknown_word(*v)
    return mod.REPLIES[(plan.act, plan.outcome)].format(**values)
