"""The world's own reply to a turn: what to say instead of a reply that states something untrue.

``world_reply`` words the outcome of an edit (``apply_edit``'s ``EditResult``) the way the
world's dialogues do (``phrasing_en.REPLIES`` / ``phrasing_zh.REPLIES``), every fact taken from
the result and the scene. For a question the edit alone does not say what was asked ("ask star"
answers "what colour?", "where?" and "is there?"), so the kind of answer follows the reply it
replaces: a colour for a colour, a place for a place, yes or no otherwise.
"""
from __future__ import annotations

import re

from . import phrasing_zh
from .edits import EditResult, apply_edit, fields_of, is_plural, matching, parse_edit
from .facts import LANGS, describe, place_of, say_count
from .said import out_of_world_named
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
    if kind == "ask_which":  # "which one is in the middle?": the object there, named
        return mod.REPLIES[("ask_which", "ok")].format(name=mod.object_name(size, color, shape))
    if kind in ("ask_size", "size_of"):
        return mod.REPLIES[("size_of", "ok")].format(size=mod.size_name(size))
    return mod.REPLIES[("ask_exists", "one")].format(region=mod.region_name(region))


def _unresolved(mod, done: EditResult) -> str | None:
    """The replies every edit shares: nothing or several fit, no room."""
    outcome, items, number = read_result(done.result)
    if done.result in ("missing it", "missing them", "missing other"):
        if not len(done.scene):  # nothing drawn yet: "it" names nothing because there is nothing
            return mod.REPLIES[("missing", "ok")].format(desc=mod.desc_name({}))
        return mod.REPLIES[("missing", "it")]
    if outcome == "missing":
        fields = fields_of(done.result.split(" ", 1)[1])
        return mod.REPLIES[("missing", "area" if "area" in fields else "ok")].format(desc=mod.desc_name(fields))
    if outcome == "ambiguous":
        return mod.REPLIES[("ambiguous", "ok")].format(
            cands=mod.list_phrase("cand", [(_name(mod, n), mod.region_name(r)) for n, r in items]))
    if outcome == "full":
        return mod.REPLIES[("no_room", "full")]
    if outcome == "too_many":
        return mod.REPLIES[("no_room", "too_many")].format(n=number, shapes="shape" if number == 1 else "shapes")
    return None


def _listed(mod, items) -> str:
    return mod.list_phrase("them", [(_name(mod, n), mod.region_name(r)) for n, r in items])


def _several(mod, op, done: EditResult) -> str | None:
    """The reply to one operation on several objects (``all DESC``, ``them``): the objects as they were."""
    outcome, items, _ = read_result(done.result)
    if op.verb == "remove":
        return mod.REPLIES[("plural", "remove_ok")].format(list=_listed(mod, items))
    if op.verb == "move":
        return mod.REPLIES[("plural", f"move_{outcome}")].format(list=_listed(mod, items), side=mod.SIDE[op.step],
                                                                   dir=mod.direction_name(op.step))
    word = {"recolor": ("color", lambda v: mod.COLOR_WORDS[v][0]), "resize": ("size", mod.size_name)}.get(op.verb)
    if word is None:
        return None
    return mod.REPLIES[("plural", f"{op.verb}_{outcome}")].format(list=_listed(mod, items), **{word[0]: word[1](op.to)})


def _question(mod, op, done: EditResult) -> str | None:
    """The answer of a question the world answers from the scene: compare, check, around."""
    outcome, items, _ = read_result(done.result)
    if op.verb == "compare":
        if outcome == "ok":
            (n, r), = items
            return mod.REPLIES[("compare", "ok")].format(name=_name(mod, n), region=mod.region_name(r))
        return mod.REPLIES[("compare", "same")].format(list=_listed(mod, items))
    if op.verb == "check":
        (a, ra), (b, rb) = items
        return mod.REPLIES[("check", outcome)].format(name=_name(mod, a), name2=_name(mod, b),
                                                      rel=mod.REL_REPLY[op.rel], region=mod.region_name(ra),
                                                      region2=mod.region_name(rb))
    o = done.scene[done.focus]
    name = mod.object_name(o.size, o.color, o.shape)
    if outcome == "none":
        return mod.REPLIES[("around", "none")].format(name=name)
    return mod.REPLIES[("around", "ok")].format(
        name=name, list=mod.list_phrase("describe", [(_name(mod, n), mod.region_name(r)) for n, r in items]))


def _in_turn(before: Scene, ops: list, focus):
    """Each operation of a several-operation edit (consecutive plain adds as one, as ``apply_edit``
    counts them) with the picture before it and its own result."""
    k, scene, out = 0, before, []
    while k < len(ops):
        j = k + 1
        if ops[k].verb == "add" and not ops[k].rel:
            while j < len(ops) and ops[j].verb == "add" and not ops[j].rel:
                j += 1
        done = apply_edit(scene, ops[k:j], focus)
        out.append((" ; ".join(op.text() for op in ops[k:j]), scene, done, focus))
        scene, focus = done.scene, done.focus
        k = j
    return out


def world_reply(reply: str, before: Scene, edit: str, done: EditResult, lang: str | None = None,
                asked: str | None = None, focus: int | None = None, kind: str | None = None) -> str | None:
    """The world's reply to a turn whose ``edit`` on ``before`` gave ``done`` (``asked`` and
    ``focus`` as given to ``apply_edit``), in ``lang`` (default: the language of ``reply``, the
    model's own reply, whose kind of answer a question keeps unless ``kind`` names it:
    ``ask_color``, ``ask_where``, ``ask_size``, ``ask_exists``). None when the world has nothing
    to state (chit-chat, commands: the model's words stand); a reply that refuses something out of the
    world is the world's refusal, which asks back what to draw. An edit of
    several operations is answered operation by operation, one sentence each ("Added a small red
    diamond at the bottom right. Moved the small red diamond to the bottom left."); a copy made
    smaller or larger ("copy it ; resize it small") is one new object."""
    lang = lang or reply_language(reply)
    mod = LANGS[lang]
    ops = parse_edit(edit)
    if len(ops) > 1 and ops[0].verb != "pick" and " ; " in done.result:
        if [op.verb for op in ops] == ["copy", "resize"] and ops[1].obj == "it":
            o = done.scene[-1]
            return mod.REPLIES[("copy", "smaller")].format(name=mod.object_name(o.size, o.color, o.shape),
                                                            region=mod.region_name(place_of(o)))
        said = [world_reply("", scene, part, one, lang, focus=at) for part, scene, one, at in
                _in_turn(before, ops, focus)]
        if any(s is None for s in said):
            return None
        return (" " if lang == "en" else "").join(said)
    op = parse_edit(asked)[0] if ops[0].verb == "pick" and asked else ops[-1]
    read = read_reply(reply)
    kind = kind or (read[0][0][0] if len(read) == 1 and read[0][0] else None)
    outcome, items, number = read_result(done.result)
    scene = done.scene
    if op.verb == "keep":
        if kind == "describe":
            return describe(scene, lang)
        if kind in ("no_number", "unknown_word") and lang == reply_language(reply):
            # Nothing to do yet: the question back (how many? which colour?) is the reply's own, as the world words it.
            return mod.REPLIES[read[0][0]].format(**read[0][1])
        if kind == "out_of_world":
            # A refusal asks back as the world words it now, even when the model says an earlier wording.
            outcome = read[0][0][1] if read[0][0] in mod.REPLIES else "ok"
            return mod.REPLIES[("out_of_world", outcome)]
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
    if op.verb in ("compare", "check", "around"):
        return _question(mod, op, done)
    if is_plural(op.obj):
        return _several(mod, op, done)
    name = _name(mod, items[0][0]) if items else ""
    region = mod.region_name(items[0][1]) if items and items[0][1] else ""
    if op.verb == "reshape":
        return mod.REPLIES[("reshape", outcome)].format(old=name, shape=mod.LEXICON[f"shape_{op.to}"][0])
    if op.verb == "copy":
        asked_region = mod.region_name(op.to) if op.to else ""
        return mod.REPLIES[("copy", outcome)].format(name=name, region=region, asked=asked_region)
    if op.verb == "add":
        if outcome == "side":
            it = max(focus) if isinstance(focus, (tuple, list)) else focus  # a group's newest, as "it" names it
            anchor = it if op.anchor == "it" else matching(before, fields_of(op.anchor))[0]
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


BROKEN = "\ufffd"  # what byte-level decoding leaves of a character whose bytes were cut
_QUOTED = re.compile(r"'([^']*\ufffd[^']*)'")


def mend_broken(reply: str, message: str) -> str:
    """``reply`` without broken characters (U+FFFD, a character the model wrote only some bytes of):
    a quoted word with one ("我不认识'胭\ufffd形'") becomes the word of ``message`` (the user's message,
    as the model read it) that fits it, a run of k broken characters standing for as few characters
    as fit, 1 to k (a cut character leaves one for its first bytes and one per byte after them);
    whatever is still broken is dropped."""
    if BROKEN not in reply:
        return reply

    def from_message(m: re.Match) -> str:
        word = m.group(1)
        parts, runs = re.split(r"\ufffd+", word), re.findall(r"\ufffd+", word)
        if any(parts):
            for n in range(1, max(map(len, runs)) + 1):
                gaps = [f"[^\\s'，。？！,.?!]{{{min(n, len(r))}}}" for r in runs]
                pattern = re.escape(parts[0]) + "".join(g + re.escape(p) for g, p in zip(gaps, parts[1:]))
                found = re.search(pattern, message)
                if found:
                    return f"'{found.group(0)}'"
        return f"'{word}'"
    return _QUOTED.sub(from_message, reply).replace(BROKEN, "")


def reads_as_out_of_world(reply: str) -> bool:
    """Whether ``reply`` is one sentence of the world's refusals of something it cannot draw
    (``out_of_world``, in this wording or an earlier one)."""
    read = read_reply(reply)
    return len(read) == 1 and read[0][0] is not None and read[0][0][0] == "out_of_world"



def refusal_of(message: str, lang: str) -> str | None:
    """The world's refusal, in ``lang``, of what ``message`` names that the world cannot draw: a colour
    ("一个金色六边形"), a shape ("a heart"), or both; None when it names neither."""
    named = out_of_world_named(message)
    if not named:
        return None
    return LANGS[lang].REPLIES[("out_of_world", named[0] if len(named) == 1 else "ok")]
