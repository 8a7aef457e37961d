"""A battery of questions about random pictures: a question must never change the picture, and
its reply must state nothing untrue of it.

Each item is a random scene (the world's region centres, as the dialogues place objects) made
the system's picture with ``set_scene``, then one question from a fixed list of phrasings per
kind (``PHRASINGS``: counts, colour, size, place, existence, which is higher / bigger /
further left, what is next to something, describe), in English or Chinese, about objects of
that scene (existence also about one that may be absent). Scored: replies with a false fact
(``world.false_facts`` against the picture and the world's result of the system's edit) and turns whose picture changed.
"""
from __future__ import annotations

import numpy as np

from dialogan.world import COLORS, SHAPES, false_facts, phrasing_zh, random_scene

from .truth import world_result

KINDS = ("count", "color", "size", "place", "exists", "compare", "next_to", "describe")
PHRASINGS = {
    "en": {
        "count": ["how many shapes are there?", "how many {shape}s are there?", "how many {color} shapes do you see?",
                  "count the shapes please"],
        "color": ["what colour is the {shape}?", "what color is the {size} {shape}?", "which colour is the {shape}"],
        "size": ["how big is the {color} {shape}?", "is the {shape} large or small?", "what size is the {shape}?"],
        "place": ["where is the {color} {shape}?", "where's the {shape}?", "where did you put the {shape}?"],
        "exists": ["is there a {color} {shape}?", "is there {other}?", "do you have a {size} {shape}?"],
        "compare": ["which one is higher, the {shape} or the {shape2}?", "which is bigger, the {shape} or the {shape2}?",
                    "is the {shape} further left than the {shape2}?", "which one is higher?"],
        "next_to": ["what is next to the {shape}?", "what's beside the {color} {shape}?"],
        "describe": ["what is in the picture?", "describe the picture.", "what do you see?", "tell me what you drew"],
    },
    "zh": {
        "count": ["一共有几个图形？", "有几个{shape}？", "一共有幾個圖形？", "{color}的图形有多少个？"],
        "color": ["{shape}是什么颜色？", "那个{size}{shape}是什么颜色的？", "{shape}是啥颜色"],
        "size": ["{color}{shape}有多大？", "{shape}是大还是小？", "{shape}多大"],
        "place": ["{color}{shape}在哪里？", "{shape}在哪儿？", "你把{shape}画在哪了"],
        "exists": ["有没有{color}{shape}？", "画里有{other}吗？", "有{size}{shape}吗"],
        "compare": ["{shape}和{shape2}哪个更高？", "哪个更大？", "{shape}比{shape2}靠左吗？", "哪个更高"],
        "next_to": ["{shape}旁边是什么？", "{color}{shape}旁边有什么"],
        "describe": ["画里有什么？", "描述一下这幅画", "你画了什么？", "现在画面上有什么"],
    },
}


def _slots(lang: str, scene, rng: np.random.Generator) -> dict:
    a = scene[int(rng.integers(len(scene)))]
    b = scene[int(rng.integers(len(scene)))]
    other = (list(COLORS)[int(rng.integers(len(COLORS)))], SHAPES[int(rng.integers(len(SHAPES)))])
    if lang == "en":
        return {"shape": a.shape, "color": a.color, "size": a.size, "shape2": b.shape,
                "other": ("an " if other[0][0] in "aeiou" else "a ") + f"{other[0]} {other[1]}"}
    z = phrasing_zh
    return {"shape": z.SHAPE_WORDS[a.shape][0], "color": z.COLOR_WORDS[a.color][0], "size": z.SIZE_NAMES[a.size],
            "shape2": z.SHAPE_WORDS[b.shape][0], "other": z.COLOR_WORDS[other[0]][0] + z.SHAPE_WORDS[other[1]][0]}


def question_battery(n: int, seed: int) -> list[dict]:
    """``n`` items (scene, lang, kind, question), kinds and languages in turn, scenes random."""
    rng = np.random.default_rng(seed)
    items = []
    for k in range(n):
        lang, kind = ("en", "zh")[k % 2], KINDS[(k // 2) % len(KINDS)]
        scene = random_scene(rng, 1, 5, free=False)
        phrasing = PHRASINGS[lang][kind][int(rng.integers(len(PHRASINGS[lang][kind])))]
        items.append({"scene": scene, "lang": lang, "kind": kind, "question": phrasing.format(**_slots(lang, scene, rng))})
    return items


def ask_battery(system, items: list[dict], progress=None) -> dict:
    """Put each item's question to ``system`` (``reset``, ``set_scene(scene, text, reply)``,
    ``send``) and count false replies and picture changes, in all and per kind and language."""
    records = []
    for k, item in enumerate(items):
        system.reset()
        system.set_scene(item["scene"], "(picture)", "")
        out = system.send(item["question"])
        after = out.scene
        result = world_result(getattr(out, "edit", None), item["scene"], after)
        facts = false_facts(out.reply or "", after, item["scene"], result) if out.reply else []
        records.append({"lang": item["lang"], "kind": item["kind"], "question": item["question"],
                        "scene": item["scene"].text(), "reply": out.reply, "edit": getattr(out, "edit", None),
                        "changed": after != item["scene"], "false_facts": [str(f) for f in facts]})
        if progress is not None:
            progress(k + 1)
    return {"questions": len(records), "false_replies": sum(bool(r["false_facts"]) for r in records),
            "picture_changes": sum(r["changed"] for r in records), "by": _by(records), "records": records}


def _by(records: list[dict]) -> dict:
    groups: dict[str, list] = {}
    for r in records:
        groups.setdefault(f"{r['kind']}/{r['lang']}", []).append(r)
    return {k: {"questions": len(v), "false_replies": sum(bool(r["false_facts"]) for r in v),
                "picture_changes": sum(r["changed"] for r in v)} for k, v in sorted(groups.items())}
