"""The world's own reply to a turn: what to say instead of a reply that states something untrue.

``world_reply`` words the outcome of an edit (``apply_edit``'s ``EditResult``) the way the
world's dialogues do (``phrasing_en.REPLIES`` / ``phrasing_zh.REPLIES``), every fact taken from
the result and the scene. For a question the edit alone does not say what was asked ("ask star"
answers "what colour?", "where?" and "is there?"), so the kind of answer follows the reply it
replaces: a colour for a colour, a place for a place, yes or no otherwise.
"""
from __future__ import annotations

from . import phrasing_zh
from .edits import EditResult, fields_of, matching, parse_edit
from .facts import LANGS, describe, say_count
from .reply_check import read_result, read_reply, reply_language
from .scene import Scene


def _name(mod, item) -> str:
    return mod.object_name(*item)


def _answer(mod, lang: str, kind: str | None, item) -> str:
    """The answer about the one object an ``ask`` found: its colour, place or size, or that it is there."""
    (size, color, shape), region = item
    if kind == "ask_color":
        return mod.REPLIES[("ask_color", "ok")].format(color=mod.COLOR_WORDS[color][0])
    if kind == "ask_where":
        return mod.REPLIES[("ask_where", "ok")].format(region=mod.region_name(region))
    if kind == "ask_size":
        return f"It is {size}." if lang == "en" else f"它是{phrasing_zh.SIZE_NAMES[size]}的。"
    return mod.REPLIES[("ask_exists", "one")].format(region=mod.region_name(region))


def _unresolved(mod, done: EditResult) -> str | None:
    """The replies every edit shares: nothing or several fit, no room."""
    outcome, items, number = read_result(done.result)
    if done.result == "missing it":
        return mod.REPLIES[("missing", "it")]
    if outcome == "missing":
        return mod.REPLIES[("missing", "ok")].format(desc=mod.desc_name(fields_of(done.result.split(" ", 1)[1])))
    if outcome == "ambiguous":
        return mod.REPLIES[("ambiguous", "ok")].format(
            cands=mod.list_phrase("cand", [(_name(mod, n), mod.region_name(r)) for n, r in items]))
    if outcome == "full":
        return mod.REPLIES[("no_room", "full")]
    if outcome == "too_many":
        return mod.REPLIES[("no_room", "too_many")].format(n=number, shapes="shape" if number == 1 else "shapes")
    return None


def world_reply(reply: str, before: Scene, edit: str, done: EditResult, lang: str | None = None,
                asked: str | None = None, focus: int | None = None, kind: str | None = None) -> str | None:
    """The world's reply to a turn whose ``edit`` on ``before`` gave ``done`` (``asked`` and
    ``focus`` as given to ``apply_edit``), in ``lang`` (default: the language of ``reply``, the
    model's own reply, whose kind of answer a question keeps unless ``kind`` names it:
    ``ask_color``, ``ask_where``, ``ask_size``, ``ask_exists``). None when the world has nothing
    to state (chit-chat, commands, out-of-world requests: the model's words stand)."""
    lang = lang or reply_language(reply)
    mod = LANGS[lang]
    ops = parse_edit(edit)
    op = parse_edit(asked)[0] if ops[0].verb == "pick" and asked else ops[-1]
    read = read_reply(reply)
    kind = kind or (read[0][0][0] if len(read) == 1 and read[0][0] else None)
    outcome, items, number = read_result(done.result)
    scene = done.scene
    if op.verb == "keep":
        if kind == "describe":
            return describe(scene, lang)
        return None
    if op.verb == "count":
        return say_count(scene, fields_of(op.obj), lang)
    if op.verb == "ask":
        if done.result.startswith("missing") and kind in ("ask_exists", None):
            return mod.REPLIES[("ask_exists", "none")]
        if outcome == "ambiguous" and kind in ("ask_exists", None):
            return mod.REPLIES[("ask_exists", "many")].format(n=len(items))
        if outcome == "ok" and len(items) == 1:
            return _answer(mod, lang, kind, items[0])
        return _unresolved(mod, done)
    if op.verb == "clear":
        return mod.REPLIES[("clear", "ok" if outcome == "ok" else "same")]
    shared = _unresolved(mod, done)
    if shared is not None:
        return shared
    name = _name(mod, items[0][0]) if items else ""
    region = mod.region_name(items[0][1]) if items and items[0][1] else ""
    if op.verb == "add":
        if outcome == "side":
            anchor = focus if op.anchor == "it" else matching(before, fields_of(op.anchor))[0]
            o = before[anchor]
            return mod.REPLIES[("no_room", "side")].format(rel=mod.REL_REPLY[op.rel],
                                                             name=mod.object_name(o.size, o.color, o.shape))
        if outcome == "many":
            return mod.REPLIES[("add", "many")].format(
                list=mod.list_phrase("add", [(_name(mod, n), mod.region_name(r)) for n, r in items]))
        asked_region = mod.region_name(op.to) if op.to else ""
        return mod.REPLIES[("add", outcome)].format(name=name, region=region, asked=asked_region)
    if op.verb == "remove":
        return mod.REPLIES[("remove", "ok")].format(name=name)
    if op.verb == "recolor":
        return mod.REPLIES[("recolor", outcome)].format(old=name, color=mod.COLOR_WORDS[op.to][0])
    if op.verb == "resize":
        size = op.to if lang == "en" else phrasing_zh.SIZE_NAMES[op.to]
        if outcome == "blocked":
            return f"There is no room to make the {name} {size}." if lang == "en" else f"没有空位把{name}变{size}了。"
        return mod.REPLIES[("resize", outcome)].format(old=name, size=size)
    if op.verb == "move":
        if outcome == "edge":
            side = mod.SIDE[op.step]
            return mod.REPLIES[("move", "edge")].format(name=name, side=side,
                                                        dir=op.step if lang == "en" else side)
        return mod.REPLIES[("move", outcome)].format(name=name, region=region,
                                                     asked=mod.region_name(op.to) if op.to else "")
    return None

