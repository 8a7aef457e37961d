"""The acts a dialogue turn can be, and the template keys each act is phrased with."""
from __future__ import annotations

ACTS = ("add", "add_relative", "remove", "recolor", "resize", "move", "clear", "undo", "redo", "count",
        "ask_color", "ask_where", "ask_exists", "describe", "greet", "thanks", "help", "out_of_world",
        "ambiguous", "missing", "no_room", "clarify", "unknown_word",
        # the larger constructions (``constructions``)
        "add_list", "no_number", "multi", "correct", "plural", "reshape", "copy", "compare", "check", "around",
        "size_of", "other")

# Template keys are "act" or "act@variant"; an act not listed here is phrased with its own key.
ACT_KEYS = {"add": ("add", "add@place"), "add_relative": ("add_relative", "add_relative@bare"),
            "remove": ("remove",),
            "recolor": ("recolor", "recolor@bare"), "resize": ("resize@to", "resize@cmp", "resize@bare"),
            "move": ("move@region", "move@rel", "move@dir", "move@bare"),
            "out_of_world": ("out_of_world", "out_of_world@recolor", "out_of_world@chat"),
            "ambiguous": ("remove", "recolor", "resize@to", "resize@cmp", "move@region", "move@rel", "move@dir",
                          "ask_color", "ask_where", "add_relative"),
            "no_room": ("add", "add@place", "add_relative", "add_relative@bare")}
ACT_KEYS["missing"] = ACT_KEYS["ambiguous"]
ACT_KEYS["clarify"] = ("clarify",)
ACT_KEYS["unknown_word"] = ("unknown_word", "unknown_word@recolor")
ACT_KEYS.update({"add_list": ("add_list@colors", "add_list@ones", "add_list@each", "add_list@corners",
                              "add_list@sides"),
                 "correct": ("correct@shape", "correct@color", "correct@dir", "correct@place", "correct@object"),
                 "other": ("remove", "recolor", "resize@to", "resize@cmp", "move@region", "move@rel", "move@dir"),
                 "plural": ("plural@recolor", "plural@remove", "plural@resize", "plural@move"),
                 "copy": ("copy", "copy@ref", "copy@place", "copy@smaller"),
                 "compare": ("compare", "compare@all"),
                 "reshape": ("reshape", "reshape@shape"),
                 "count": ("count", "count@all")})


def template_keys(act: str) -> tuple[str, ...]:
    """The template keys a turn counted under ``act`` may be phrased with."""
    return ACT_KEYS.get(act, (act,))
