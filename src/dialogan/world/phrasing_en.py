"""English for the shapes world: a lexicon of synonyms, message templates per act, replies.

User messages are composed: a template (``TEMPLATES[key]``) whose ``{slots}`` are filled
either by the dialogue logic (objects, references, places, colours) through the render
functions below, or by a word drawn from ``LEXICON[slot]``. Lexicon groups and template
lists are written most common first; the first word of a group is its canonical form. The
dialogue generator (``dialogue.splits``) holds out a deterministic share of the second half of
every list. Replies are fixed, one per (act, outcome), so a model can learn them exactly; all
variety lives in what the user says. The module satisfies ``phrasing.Phrasing``.
"""
from __future__ import annotations

import re

SHAPE_WORDS = {
    "circle": ["circle", "ball", "disc", "dot", "round shape", "disk", "ring", "sphere", "orb", "circular shape",
               "round thing", "circle shape"],
    "square": ["square", "box", "block", "cube", "quadrate", "tile", "square shape", "box shape", "square tile"],
    "triangle": ["triangle", "triangle shape", "tri", "trigon", "pyramid", "wedge", "triangular shape",
                 "three-sided shape", "delta"],
    "star": ["star", "five-pointed star", "starshape", "star shape", "pentagram", "five-point star", "starry shape",
             "star figure"],
    "diamond": ["diamond", "rhombus", "lozenge", "diamond shape", "rhomb", "rhomboid", "lozenge shape",
                "diamond figure"],
    "hexagon": ["hexagon", "hex", "six-sided shape", "hexagonal shape", "six-sided figure", "honeycomb shape",
                "hexa", "hex shape"],
}
# The ten colours by the names people use, each at the nearest of the ten by hue (a colour with
# little saturation, such as charcoal or silver, is gray; tan and coffee are brown; teal and sky
# blue are cyan; indigo and lavender purple; magenta and salmon pink). Colours the world cannot
# draw (white, black, gold, beige) are ``OUT_COLORS``; rare names it does not know are ``UNKNOWN_WORDS``.
COLOR_WORDS = {
    "red": ["red", "scarlet", "crimson", "bright red", "dark red", "cherry red", "ruby", "cherry", "maroon",
            "blood red", "brick red", "tomato red", "fire-engine red", "wine red"],
    "orange": ["orange", "tangerine", "bright orange", "dark orange", "amber", "pumpkin", "burnt orange", "apricot",
               "carrot orange", "peach", "pumpkin orange"],
    "yellow": ["yellow", "lemon yellow", "golden yellow", "bright yellow", "light yellow", "lemon", "canary yellow",
               "mustard", "sunflower yellow", "banana yellow", "butter yellow", "pale yellow", "sunshine yellow"],
    "green": ["green", "grass green", "lime", "dark green", "light green", "bright green", "lime green",
              "forest green", "emerald", "olive", "olive green", "mint green", "kelly green", "jade", "sage"],
    "cyan": ["cyan", "turquoise", "aqua", "teal", "sky blue", "aquamarine", "blue-green", "bright cyan", "teal blue",
             "baby blue", "sky-blue"],
    "blue": ["blue", "navy", "royal blue", "dark blue", "bright blue", "navy blue", "cobalt", "cobalt blue",
             "sapphire", "ultramarine", "deep blue", "denim", "midnight blue", "electric blue"],
    "purple": ["purple", "violet", "lilac", "dark purple", "indigo", "lavender", "plum", "grape", "amethyst",
               "light purple", "deep purple", "royal purple"],
    "pink": ["pink", "rose", "hot pink", "light pink", "magenta", "pale pink", "baby pink", "bubblegum pink", "salmon",
             "rosy", "blush", "pastel pink"],
    "brown": ["brown", "chocolate", "tan", "dark brown", "light brown", "coffee", "chestnut", "mocha", "caramel",
              "walnut", "hazel", "chocolate brown", "cinnamon"],
    "gray": ["gray", "grey", "silver gray", "ash", "light gray", "dark gray", "silver", "light grey", "dark grey",
             "charcoal", "slate", "slate gray", "ash grey", "steel gray", "gunmetal", "smoke gray", "pewter"],
}
SIZE_WORDS = {"small": ["small", "little", "tiny", "mini", "smallish", "wee", "teeny", "teeny-tiny", "miniature",
                        "petite", "pint-sized", "itsy-bitsy", "minuscule"],
              "large": ["large", "big", "huge", "giant", "massive", "biggish", "enormous", "gigantic", "jumbo",
                        "oversized", "immense", "mega", "whopping", "humongous"]}
COMPARATIVE = {"small": ["smaller", "a bit smaller", "tinier", "a little smaller", "less big"],
               "large": ["bigger", "larger", "a bit bigger", "a little larger", "huger"]}
# "The circle is too big" asks for the other size.
TOO = {"small": ["big", "large", "huge"], "large": ["small", "tiny", "little"]}
SCALE = {"small": ["shrink", "scale down", "reduce", "downsize"],
         "large": ["enlarge", "grow", "scale up", "blow up", "expand"]}
PLACE_AT = {
    "top-left": ["in the top left", "at the top left", "in the top-left corner", "in the upper left",
                 "at the upper-left corner", "in the corner at the top left", "in the top left-hand corner", "up in the top left",
                 "up in the corner on the left", "in the far top left", "in the upper left-hand corner"],
    "top": ["at the top", "at the top center", "up top", "in the top middle", "along the top", "at the top edge",
            "up at the top", "at the top of the picture", "near the top", "at the top centre"],
    "top-right": ["in the top right", "at the top right", "in the top-right corner", "in the upper right",
                  "at the upper-right corner", "in the corner at the top right", "up in the top right", "in the top right-hand corner",
                  "in the far top right", "in the upper right-hand corner"],
    "left": ["on the left", "on the left side", "at the left", "at the left edge", "in the middle left",
             "over on the left", "on the left-hand side", "at the far left", "on the far left"],
    "center": ["in the center", "in the middle", "in the centre", "at the center", "right in the middle",
               "dead center", "dead centre", "smack in the middle", "in the very middle",
               "at the centre", "right in the centre", "in the middle of the picture", "bang in the middle"],
    "right": ["on the right", "on the right side", "at the right", "at the right edge", "in the middle right",
              "over on the right", "on the right-hand side", "at the far right", "on the far right"],
    "bottom-left": ["in the bottom left", "at the bottom left", "in the bottom-left corner", "in the lower left",
                    "at the lower-left corner", "in the corner at the bottom left", "down in the bottom left",
                    "in the lower left-hand corner", "in the far bottom left", "in the bottom left-hand corner"],
    "bottom": ["at the bottom", "at the bottom center", "down at the bottom", "in the bottom middle",
               "along the bottom", "at the bottom edge", "at the bottom of the picture",
               "near the bottom", "down below", "at the bottom centre"],
    "bottom-right": ["in the bottom right", "at the bottom right", "in the bottom-right corner",
                     "in the lower right", "at the lower-right corner", "in the corner at the bottom right",
                     "down in the bottom right", "in the lower right-hand corner", "in the far bottom right",
                     "in the bottom right-hand corner"],
}
PLACE_BARE = {
    "top-left": ["top left", "top-left", "upper left", "top left corner", "topleft", "upper-left", "upper left corner", "far top left"],
    "top": ["top", "top middle", "top center", "upper middle", "very top", "top edge", "top centre"],
    "top-right": ["top right", "top-right", "upper right", "top right corner", "topright", "upper-right", "upper right corner", "far top right"],
    "left": ["left", "left side", "middle left", "left edge", "left-hand side", "far left", "left hand side"],
    "center": ["center", "middle", "centre", "dead center", "dead centre", "very middle", "middle of the picture",
               "very centre"],
    "right": ["right", "right side", "middle right", "right edge", "right-hand side", "far right", "right hand side"],
    "bottom-left": ["bottom left", "bottom-left", "lower left", "bottom left corner", "lower-left", "lower left corner", "far bottom left"],
    "bottom": ["bottom", "bottom middle", "bottom center", "lower middle", "very bottom", "bottom edge", "bottom centre"],
    "bottom-right": ["bottom right", "bottom-right", "lower right", "bottom right corner", "lower-right", "lower right corner", "far bottom right"],
}
# A region after "to the": "to the left" is a one-cell step (DIRECTION), so the sides say more.
PLACE_THE = {k: [w for w in v if w not in ("left", "right")] for k, v in PLACE_BARE.items()}
# A region used to point at objects: single sides mean the whole column or row.
AREA_ADJ = {"top-left": ["top-left", "upper-left"], "top": ["top", "upper"], "top-right": ["top-right", "upper-right"],
            "left": ["left", "leftmost", "left-hand"], "center": ["middle", "central", "centre", "center"],
            "right": ["right", "rightmost", "right-hand"],
            "bottom-left": ["bottom-left", "lower-left"], "bottom": ["bottom", "lower"],
            "bottom-right": ["bottom-right", "lower-right"]}
RELATION = {"left_of": ["to the left of", "on the left side of", "left of", "just left of"],
            "right_of": ["to the right of", "on the right side of", "right of", "just right of"],
            "above": ["above", "over", "directly above", "right above"],
            "below": ["below", "under", "underneath", "beneath", "directly below"],
            "next_to": ["next to", "beside", "by", "alongside", "right next to"]}
# A relation to the object the last turn named: "put a star to its left".
RELATION_IT = {"left_of": ["to its left", "to the left of it", "on its left", "left of it"],
               "right_of": ["to its right", "to the right of it", "on its right", "right of it"],
               "above": ["above it", "on top of it", "over it", "directly above it"],
               "below": ["below it", "under it", "underneath it", "beneath it"],
               "next_to": ["next to it", "beside it", "by it", "right next to it"]}
DIRECTION = {"left": ["left", "to the left", "one to the left", "one step left", "leftwards", "a bit to the left"],
             "right": ["right", "to the right", "one to the right", "one step right", "rightwards", "a bit to the right"],
             "up": ["up", "upwards", "one up", "up a bit", "higher", "one step up"],
             "down": ["down", "downwards", "one down", "down a bit", "lower", "one step down"]}
OUT_THINGS = ["a dog", "a cat", "a house", "a tree", "a car", "a flower", "the sun", "a person", "a bird",
              "a fish", "a boat", "an apple", "a cloud", "a smiley face", "a horse", "a rainbow", "a robot"]
OUT_SHAPES = ["oval", "heart", "rectangle", "ellipse", "pentagon", "octagon", "cross", "arrow", "crescent",
              "line", "spiral", "heptagon", "trapezoid", "parallelogram"]
OUT_COLORS = ["white", "black", "gold", "beige", "transparent", "off-white", "jet black"]
# Things people name where a shape goes that the world cannot draw, which it reads (``said.out_of_world_named``: "再画一个
# orange 的 cloud") but never says as a shape: its dialogues stay as they were.
READ_OUT_SHAPES = ["cloud", "moon", "smiley", "flower", "rainbow(?! colou?r| ?-colou?red)"]
# Colours the same way: read, never said ("a rainbow color star").
READ_OUT_COLORS = ["rainbow colour", "rainbow color", "rainbow-coloured", "rainbow-colored", "rainbow coloured",
                   "rainbow colored", "multicoloured", "multicolored", "multi-coloured", "multi-colored", "colourful",
                   "colorful"]
# Names for a colour or shape that the world does not know (rare or made up): the reply asks
# back, quoting the word, and the picture stays as it is. None is a word of any list above.
UNKNOWN_WORDS = {
    "color": ["fuchsia", "vermilion", "chartreuse", "cerulean", "mauve", "puce", "taupe", "ochre", "viridian",
              "celadon", "sepia", "glaucous", "coquelicot", "fulvous", "smaragdine", "blorple", "grue", "bleen",
              "zorange", "wenge"],
    "shape": ["squircle", "trefoil", "quatrefoil", "deltoid", "lune", "annulus", "vesica", "blobule", "florp",
              "zindle", "gnomon", "astroid", "cardioid", "rhomboplex"],
}
# British and American spellings of one word: a word with either is never held out of training.
SPELLINGS = {"colour": "color", "grey": "gray", "centre": "center"}
OUT_CHAT = ["what's the weather like", "tell me a joke", "play some music", "what time is it",
            "can you write a poem", "book me a flight", "what is the capital of france"]

LEXICON: dict[str, list[str]] = {
    "pre": ["", "please ", "ok ", "now ", "hmm, ", "okay, ", "alright, ", "so ", "next, ", "and ", "then ", "also ",
            "umm ", "ok so ", "uh, ", "well, ", "pls ", "plz "],
    "post": ["", " please", " now", " for me", " thanks", " too", " pls", " plz", " thx", " ok"],
    "q": ["?", "", " please?", " for me?"],
    "can_you": ["can you", "could you", "could you please", "would you", "can u", "would you mind to",
                "will you", "pls"],
    "v_add": ["draw", "add", "put", "place", "make", "create", "give me", "paint", "sketch", "insert",
              "put down", "throw in", "stick"],
    "v_rm": ["remove", "delete", "erase", "get rid of", "take away", "lose", "drop", "wipe out", "take off",
             "throw away"],
    "v_make": ["make", "color", "turn", "paint", "colour", "change"],
    "v_change": ["change", "set", "switch"],
    "v_move": ["move", "shift", "put", "drag", "slide", "relocate", "push", "bring", "place"],
    "colour_n": ["color", "colour"],
    "shapes_n": ["shapes", "objects", "things", "figures", "items"],
    "all_n": ["everything", "all the shapes", "all of it", "the whole thing", "all shapes", "every shape"],
    "pic_n": ["picture", "scene", "canvas", "drawing", "image"],
    "describe_v": ["describe", "summarize", "tell me about", "explain", "go over"],
    "undo_core": ["undo", "undo that", "go back", "revert that", "take that back", "scratch that",
                  "undo the last step", "cancel that", "go back one step", "step back", "reverse that", "revert",
                  "forget that"],
    "redo_core": ["redo", "redo that", "put it back", "bring it back", "undo the undo", "redo the last step",
                  "restore that", "reapply that"],
    "greet_core": ["hello", "hi", "hey", "hey there", "good morning", "hi there", "howdy", "yo", "greetings",
                   "good evening"],
    "thanks_core": ["thanks", "thank you", "thx", "thanks a lot", "many thanks", "cheers", "ty",
                    "thank you so much"],
    "and": [" and ", ", ", " plus ", " and also ", " as well as "],
    "pron": ["it", "that", "that one", "this one", "this"],
    "the": ["the", "the", "that"],
    "one_n": ["one", "shape", "thing", "object", "figure"],
}
for _k, _v in SHAPE_WORDS.items():
    LEXICON[f"shape_{_k}"] = _v
for _k, _v in COLOR_WORDS.items():
    LEXICON[f"color_{_k}"] = _v
for _k, _v in SIZE_WORDS.items():
    LEXICON[f"size_{_k}"] = _v
    LEXICON[f"cmp_{_k}"] = COMPARATIVE[_k]
    LEXICON[f"too_{_k}"] = TOO[_k]
    LEXICON[f"scale_{_k}"] = SCALE[_k]
for _table, _prefix in ((PLACE_AT, "at"), (PLACE_BARE, "bare"), (PLACE_THE, "the"), (AREA_ADJ, "adj"),
                        (RELATION, "rel"), (RELATION_IT, "relit"), (DIRECTION, "dir")):
    for _k, _v in _table.items():
        LEXICON[f"{_prefix}_{_k}"] = _v
LEXICON["out_thing"] = OUT_THINGS
LEXICON["out_shape"] = OUT_SHAPES
LEXICON["out_color"] = OUT_COLORS
LEXICON["out_chat"] = OUT_CHAT

# Keys are act or act@variant; the dialogue module picks the variant the meaning needs.
TEMPLATES: dict[str, list[str]] = {
    "add": ["{pre}{v_add} {obj}{post}", "{can_you} {v_add} {obj}{q}", "i want {obj}{post}",
            "i'd like {obj}{post}", "{obj}", "let's have {obj}", "how about {obj}?", "{pre}{v_add} {obj} too",
            "there should be {obj}", "and {obj}", "draw me {obj}", "now {obj} please", "next, {v_add} {obj}",
            "we need {obj}", "i need {obj} in the picture"],
    "add@place": ["{pre}{v_add} {obj} {place}{post}", "{place}, {v_add} {obj}", "{place} {v_add} {obj}",
                  "{can_you} {v_add} {obj} {place}{q}", "{obj} {place}", "{obj}, {bplace}", "i want {obj} {place}",
                  "{v_add} {place} {obj}", "{bplace}: {obj}", "let's have {obj} {place}{post}",
                  "{obj} goes {place}", "{pre}{v_add} {obj}, {place}", "i'd like {obj} {place} please",
                  "{place} there should be {obj}", "draw me {obj} {place}", "{bplace} {obj}"],
    "add_relative": ["{pre}{v_add} {obj} {rel} {ref}{post}", "{rel} {ref}, {v_add} {obj}", "{obj} {rel} {ref}",
                     "{can_you} {v_add} {obj} {rel} {ref}{q}", "i want {obj} {rel} {ref}",
                     "{rel} {ref} {v_add} {obj}", "and {obj} {rel} {ref}", "let's have {obj} {rel} {ref}",
                     "{pre}{v_add} {obj} just {rel} {ref}", "now {obj} {rel} {ref} please",
                     "{v_add} {obj} so it's {rel} {ref}"],
    "add_relative@bare": ["{pre}{v_add} {obj} {relit}{post}", "{obj} {relit}", "and {obj} {relit}",
                          "{can_you} {v_add} {obj} {relit}{q}", "now {obj} {relit} please", "i want {obj} {relit}",
                          "{relit}, {v_add} {obj}", "{v_add} {obj} {relit} too"],
    "remove": ["{pre}{v_rm} {ref}{post}", "{can_you} {v_rm} {ref}{q}", "i don't want {ref} anymore",
               "{ref} has to go", "take {ref} out", "{ref} can go", "{v_rm} {ref} please", "let's {v_rm} {ref}",
               "actually {v_rm} {ref}", "get {ref} out of there", "no more {ref}"],
    "recolor": ["{pre}{v_make} {ref} {color}{post}", "change {ref} to {color}",
                "{v_change} the {colour_n} of {ref} to {color}", "{ref} should be {color}",
                "{can_you} {v_make} {ref} {color}{q}", "i want {ref} in {color}", "{color} for {ref} please",
                "recolor {ref} {color}", "{v_make} {ref} {color} instead", "let's make {ref} {color}",
                "{ref} in {color} please", "switch {ref} to {color}", "{ref} needs to be {color}"],
    "recolor@bare": ["{color} instead", "now {color}", "make it {color}", "{color} please", "try {color}"],
    "resize@to": ["{pre}make {ref} {size}{post}", "{ref} should be {size}", "{can_you} make {ref} {size}{q}",
                  "change {ref} to {size}", "i want {ref} {size}", "resize {ref} to {size}", "set {ref} to {size}",
                  "let's make {ref} {size}"],
    "resize@cmp": ["{pre}make {ref} {cmp}{post}", "{ref} {cmp} please", "{scale} {ref}", "{can_you} {scale} {ref}{q}",
                   "{ref} is too {too}", "{ref} needs to be {cmp}", "{can_you} make {ref} {cmp}{q}",
                   "{ref} is way too {too}", "i want {ref} {cmp}", "{ref} looks too {too}, make it {cmp}",
                   "{ref} is a bit too {too}"],
    "resize@bare": ["{cmp}", "{cmp} please", "it's too {too}", "now {cmp}", "make it {cmp}", "that's too {too}",
                    "even {cmp}", "now it's too {too}", "too {too}", "it's way too {too}"],
    "move@region": ["{pre}{v_move} {ref} {place}{post}", "move {ref} to the {the_place}", "{ref} should go {place}",
                    "{can_you} move {ref} to the {the_place}{q}", "{v_move} {ref} over to the {the_place}",
                    "{ref} to the {the_place}", "take {ref} to the {the_place}", "let's put {ref} {place} instead",
                    "i want {ref} {place}", "{place}, {v_move} {ref}", "move {ref} {place}"],
    "move@rel": ["{pre}{v_move} {ref} {rel} {ref2}{post}", "{ref} should be {rel} {ref2}",
                 "{can_you} move {ref} {rel} {ref2}{q}", "put {ref} {rel} {ref2}", "i want {ref} {rel} {ref2}",
                 "shift {ref} so it's {rel} {ref2}", "move {ref} over {rel} {ref2}"],
    "move@dir": ["{pre}move {ref} {dir}{post}", "{v_move} {ref} {dir}", "{can_you} move {ref} {dir}{q}",
                 "nudge {ref} {dir}", "{ref} {dir} please", "move {ref} one cell {dirb}",
                 "i want {ref} moved {dir}", "{ref} should go {dir}"],
    "move@bare": ["move it {dir}", "{dir}", "now {dir}", "{dir} please", "move that {dir}", "shift it {dir}",
                  "a little further {dirb}"],
    "clear": ["{pre}clear {all_n}{post}", "clear", "{pre}{v_rm} {all_n}{post}", "start over", "let's start again",
              "reset the {pic_n}", "wipe the {pic_n}", "clear the {pic_n}", "new {pic_n} please",
              "{can_you} {v_rm} {all_n}{q}", "empty the {pic_n}", "blank {pic_n} please"],
    "undo": ["{undo_core}", "{pre}{undo_core}{post}", "oops, {undo_core}", "no wait, {undo_core}",
             "{can_you} {undo_core}{q}", "that was wrong, {undo_core}", "{undo_core} please", "hmm no, {undo_core}",
             "i didn't mean that, {undo_core}"],
    "redo": ["{redo_core}", "{pre}{redo_core}{post}", "actually, {redo_core}", "{can_you} {redo_core}{q}",
             "on second thought, {redo_core}", "{redo_core} please", "wait, {redo_core}"],
    "count": ["how many {cq} are there{q}", "how many {cq}{q}", "count the {cq}", "how many {cq} do you see{q}",
              "what's the number of {cq}{q}", "how many {cq} are in the {pic_n}{q}", "{can_you} count the {cq}{q}",
              "tell me how many {cq} there are", "number of {cq}{q}", "how many {cq} have we got{q}"],
    "count@all": ["how many now{q}", "how many in total{q}", "how many are there now{q}", "how many all together{q}",
                  "how many are in the {pic_n}{q}", "what's the total{q}", "how many is that now{q}", "count them all",
                  "total count{q}", "so how many{q}"],
    "ask_color": ["what {colour_n} is {ref}{q}", "which {colour_n} is {ref}{q}", "{ref} is what {colour_n}{q}",
                  "tell me the {colour_n} of {ref}", "what's the {colour_n} of {ref}{q}",
                  "what {colour_n} did you make {ref}{q}", "do you know what {colour_n} {ref} is{q}",
                  "{colour_n} of {ref}{q}"],
    "ask_where": ["where is {ref}{q}", "where's {ref}{q}", "where did you put {ref}{q}",
                  "which part of the {pic_n} is {ref} in{q}", "tell me where {ref} is", "position of {ref}{q}",
                  "where can i find {ref}{q}", "in which region is {ref}{q}"],
    "ask_exists": ["is there {eq}{q}", "do you have {eq}{q}", "is there {eq} in the {pic_n}{q}",
                   "did you draw {eq}{q}", "can you see {eq}{q}", "any {eqp}{q}", "are there any {eqp}{q}",
                   "have we got {eq}{q}", "does the {pic_n} have {eq}{q}"],
    "describe": ["{describe_v} the {pic_n}", "what's in the {pic_n}{q}", "what do you see{q}",
                 "what have we got so far{q}", "tell me what's there", "list the {shapes_n}",
                 "what does it look like now{q}", "what's on the {pic_n}{q}", "{can_you} {describe_v} the {pic_n}{q}",
                 "give me a summary of the {pic_n}"],
    "greet": ["{greet_core}", "{greet_core}, let's draw", "{greet_core}! can we draw something{q}",
              "{greet_core}, how are you{q}", "{greet_core}, i want to draw", "{greet_core} :)"],
    "thanks": ["{thanks_core}", "great, {thanks_core}", "perfect, {thanks_core}", "{thanks_core}, that looks good",
               "nice! {thanks_core}", "ok {thanks_core}", "{thanks_core}!!"],
    "help": ["what can you do{q}", "help", "what can you draw{q}", "how does this work{q}",
             "what shapes do you know{q}", "help me please", "what are my options{q}",
             "which {colour_n}s can you use{q}", "i need help"],
    "out_of_world": ["{pre}{v_add} {thing}{post}", "{can_you} {v_add} {thing}{q}", "i want {thing}",
                     "{v_add} {thing} {place}", "let's have {thing}", "how about {thing}?", "{thing} please",
                     "draw me {thing}"],
    "clarify": ["{ref}", "i mean {ref}", "{ref} please", "{ref}, i mean", "i meant {ref}", "sorry, {ref}",
                "oh, {ref}", "the one i mean is {ref}", "{ref} of course", "that would be {ref}", "{ref}!",
                "i was talking about {ref}"],
    "unknown_word": ["{pre}{v_add} {uobj}{post}", "{can_you} {v_add} {uobj}{q}", "i want {uobj}{post}", "draw me {uobj}",
                     "let's have {uobj}", "{uobj} please", "how about {uobj}?", "i'd like {uobj}"],
    "unknown_word@recolor": ["{pre}{v_make} {ref} {ucolor}{post}", "change {ref} to {ucolor}",
                             "{can_you} {v_make} {ref} {ucolor}{q}", "{ref} should be {ucolor}",
                             "i want {ref} in {ucolor}", "recolor {ref} {ucolor}", "let's make {ref} {ucolor}"],
    "out_of_world@recolor": ["{pre}{v_make} {ref} {out_color}{post}", "change {ref} to {out_color}",
                             "{can_you} {v_make} {ref} {out_color}{q}", "i want {ref} {out_color}",
                             "{ref} should be {out_color}", "paint {ref} {out_color}", "let's make {ref} {out_color}",
                             "recolor {ref} to {out_color}", "{ref} in {out_color} please", "turn {ref} {out_color}"],
    "out_of_world@chat": ["{out_chat}{q}", "{greet_core}, {out_chat}{q}", "{can_you} tell me {out_chat}", "{out_chat}"],
}

REPLIES: dict[tuple[str, str], str] = {
    ("add", "ok"): "Added a {name} at the {region}.",
    ("add", "taken"): "The {asked} was taken, so I put the {name} at the {region}.",
    ("add", "many"): "Added {list}.",
    ("add_relative", "ok"): "Added a {name} at the {region}.",
    ("remove", "ok"): "Removed the {name}.",
    ("recolor", "ok"): "The {old} is now {color}.",
    ("recolor", "same"): "The {old} is already {color}.",
    ("resize", "ok"): "The {old} is now {size}.",
    ("resize", "same"): "The {old} is already {size}.",
    ("move", "ok"): "Moved the {name} to the {region}.",
    ("move", "taken"): "The {asked} was taken, so I moved the {name} to the {region}.",
    ("move", "same"): "The {name} is already at the {region}.",
    ("move", "edge"): "The {name} is already at the {side} edge, so it can't move {dir}.",
    ("move", "blocked"): "There is no room to move the {name} there.",
    ("clear", "ok"): "Cleared the picture.",
    ("clear", "same"): "The picture is already empty.",
    ("undo", "ok"): "Undid the last change.",
    ("undo", "none"): "There is nothing to undo.",
    ("redo", "ok"): "Redid the change.",
    ("redo", "none"): "There is nothing to redo.",
    ("count", "one"): "There is {n} {what}.",
    ("count", "many"): "There are {n} {what}.",
    ("ask_color", "ok"): "It is {color}.",
    ("ask_where", "ok"): "It is at the {region}.",
    ("ask_which", "ok"): "It is the {name}.",
    ("ask_exists", "one"): "Yes, there is one at the {region}.",
    ("ask_exists", "many"): "Yes, there are {n}.",
    ("ask_exists", "none"): "No, there isn't.",
    ("describe", "ok"): "The picture has {n} {shapes}: {list}.",
    ("describe", "none"): "The picture is empty.",
    ("greet", "ok"): "Hello! Tell me what to draw.",
    ("thanks", "ok"): "You're welcome!",
    ("help", "ok"): ("I can draw circles, squares, triangles, stars, diamonds and hexagons, small or large, in "
                     "ten colours, and move, recolour, resize or remove them. Just tell me what you want."),
    # Out of the world: the picture stays and the reply asks back (outcome "color"/"shape" when the
    # request named a colour or shape the world lacks, "ok" for anything else).
    ("out_of_world", "ok"): ("Sorry, I can't draw that: I can draw circles, squares, triangles, stars, diamonds and "
                             "hexagons in red, orange, yellow, green, cyan, blue, purple, pink, brown or gray. "
                             "What would you like me to draw?"),
    ("out_of_world", "color"): ("Sorry, I can't draw that colour: I can draw circles, squares, triangles, stars, "
                                "diamonds and hexagons in red, orange, yellow, green, cyan, blue, purple, pink, brown "
                                "or gray. Which colour would you like?"),
    ("out_of_world", "shape"): ("Sorry, I can't draw that shape: I can draw circles, squares, triangles, stars, "
                                "diamonds and hexagons in red, orange, yellow, green, cyan, blue, purple, pink, brown "
                                "or gray. Which shape would you like?"),
    ("unknown_word", "color"): "I don't know '{word}' — which colour do you mean?",
    ("unknown_word", "shape"): "I don't know '{word}' — which shape do you mean?",
    ("ambiguous", "ok"): "Which one do you mean: {cands}?",
    ("missing", "ok"): "There is no {desc} in the picture.",
    ("missing", "area"): "There is no {desc}.",  # a description with a place: "There is no shape on the left side."
    ("missing", "it"): "I'm not sure which shape you mean. Could you describe it?",
    ("no_room", "full"): "The picture is full: it holds at most 8 shapes.",
    ("no_room", "too_many"): "There is only room for {n} more {shapes}.",
    ("no_room", "side"): "There is no room {rel} the {name}.",
}
# Constructions beyond one act on one object (issue 20): numbers and lists, several instructions,
# corrections, several objects at once, reshape, copy, and questions the world answers from the scene.
CONSTRUCTION_LEXICON: dict[str, list[str]] = {
    "them_n": ["them", "all of them", "those", "these", "all those"],
    "other_n": ["the other one", "the other", "that other one", "the second one", "the other shape"],
    "not_that": ["not that one", "no, not that one", "wrong one", "not this one", "the wrong one"],
    "both_n": ["both", "both of them", "the two of them", "both shapes"],
    "all_pre": ["all the", "all", "every one of the", "all of the"],
    # "a couple of" is two, as people mean it (``data.normalize`` writes it so): not among the words of no number.
    "few_n": ["a few", "some", "several", "a handful of", "a bunch of"],
    "then": [" and ", ", then ", " and then ", ", and ", ". then ", ", after that "],
    "no_pre": ["no, ", "no ", "nope, ", "not that, ", "wrong, ", "no no, ", "sorry, "],
    "i_said": ["i said", "i meant", "i asked for", "i wanted", "i told you"],
    "not_there": ["not there", "no, not there", "not that spot", "wrong place"],
    "another_n": ["another one", "one more", "another", "one more of those", "a second one"],
    "same_n": ["the same", "the same thing", "the same shape", "a copy"],
    "v_reshape": ["turn", "change", "make", "convert", "transform"],
    "each_corner": ["one in each corner", "one in every corner", "in all four corners", "one per corner"],
    "each_side": ["one on each side", "one on either side", "one left and one right", "one on both sides"],
    "how_big": ["how big is", "what size is", "how large is", "is it big or small,"],
    "next_to_q": ["what is next to", "what's next to", "what's beside", "what is around", "what's near"],
    "asp_higher": ["higher", "further up", "more to the top"], "asp_lower": ["lower", "further down"],
    "asp_left": ["further left", "more to the left", "on the left"],
    "asp_right": ["further right", "more to the right", "on the right"],
    "asp_bigger": ["bigger", "larger"], "asp_smaller": ["smaller", "tinier"],
    "sup_higher": ["highest", "the top one", "at the top"], "sup_lower": ["lowest", "the bottom one", "at the bottom"],
    "sup_left": ["leftmost", "furthest left", "the left one"], "sup_right": ["rightmost", "furthest right"],
    "sup_bigger": ["biggest", "largest"], "sup_smaller": ["smallest", "tiniest"],
    "is_rel_left_of": ["left of", "to the left of", "on the left of"],
    "is_rel_right_of": ["right of", "to the right of", "on the right of"],
    "is_rel_above": ["above", "over", "higher than"], "is_rel_below": ["below", "under", "lower than"],
    "is_rel_next_to": ["next to", "beside", "right by"],
}
LEXICON.update(CONSTRUCTION_LEXICON)  # their held-out share is drawn apart (``dialogue.splits``)
TEMPLATES.update({
    "add_list@colors": ["{pre}{v_add} {nobj}: {colors}{post}", "{nobj}, {colors}", "{v_add} {nobj} in {colors}",
                        "i want {nobj}: {colors}", "{can_you} {v_add} {nobj}, {colors}{q}",
                        "{nobj} please, one each of {colors}", "{v_add} {nobj} colored {colors}"],
    # A count, then one colour each: "two circles, one red and one blue".
    "add_list@ones": ["{pre}{v_add} {nobj}, {ones}{post}", "{nobj}: {ones}", "{can_you} {v_add} {nobj}, {ones}{q}",
                      "i want {nobj}, {ones}", "{v_add} {nobj} - {ones}", "let's have {nobj}, {ones}",
                      "{nobj} please, {ones}", "{v_add} me {nobj}: {ones}"],
    "add_list@each": ["{pre}{v_add} {each}{post}", "{each}", "{can_you} {v_add} {each}{q}", "i want {each}",
                      "let's have {each}", "{v_add} me {each}"],
    "add_list@corners": ["{pre}{v_add} {nobj}, {each_corner}{post}", "{nobj}, {each_corner}",
                         "{v_add} {aobj} in each corner", "{can_you} put {aobj} in every corner{q}",
                         "i want {aobj} in each corner", "fill the corners with {pobj}", "{each_corner}: {aobj}"],
    "add_list@sides": ["{pre}{v_add} {nobj}, {each_side}{post}", "{nobj}, {each_side}",
                       "{v_add} {aobj} on each side", "{can_you} put {aobj} on both sides{q}",
                       "i want {aobj} on the left and {aobj2} on the right", "{aobj} on each side please"],
    "no_number": ["{pre}{v_add} {few_n} {pobj}{post}", "{few_n} {pobj} please", "{can_you} {v_add} {few_n} {pobj}{q}",
                 "i want {few_n} {pobj}", "let's have {few_n} {pobj}", "add {few_n} more {pobj}"],
    "multi": ["{first}{then}{second}", "{first}, {second}", "first {first}, then {second}",
              "{first}; {second}", "{first} and also {second}", "{first}. {second}", "please {first} and {second}",
              "{first}, and after that {second}", "first {first} and then {second}", "{first} and {second} please",
              "{first}, plus {second}"],
    "correct@shape": ["{no_pre}{ashape}", "{i_said} {ashape}", "{no_pre}{i_said} {ashape}", "{no_pre}make it {ashape}",
                      "that should be {ashape}", "no, {ashape}, not {oshape}", "{ashape}, not {oshape}"],
    "correct@color": ["{no_pre}{color}", "{i_said} {color}", "{no_pre}{i_said} {color}", "{color}, not {ocolor}",
                      "i wanted it {color}", "no, {color}!", "wrong color, {color}"],
    "correct@dir": ["{not_there}, {dir}", "{no_pre}{dir}", "{not_there}, move it {dir}", "{no_pre}a bit {dirb}",
                    "{not_there}. {dir}", "not like that, {dir}"],
    "correct@place": ["{i_said} {place}", "{not_there}, {place}", "{no_pre}{bplace}", "{no_pre}{i_said} {place}",
                      "{not_there}, i wanted it {place}", "{bplace}, not {obplace}"],
    "correct@object": ["{not_that}, {ref2}", "{no_pre}{ref2}", "{i_said} {ref2}", "{not_that}. i meant {ref2}",
                       "{no_pre}i was talking about {ref2}", "{ref2}, not that one"],
    "plural@recolor": ["{pre}{v_make} {refs} {color}{post}", "i want {refs} {color}", "make {refs} {color}",
                       "{can_you} make {refs} {color}{q}", "i want {refs} in {color}", "{color} for {refs}",
                       "change {refs} to {color}", "paint {refs} {color}"],
    "plural@remove": ["{pre}{v_rm} {refs}{post}", "{can_you} {v_rm} {refs}{q}", "get rid of {refs}",
                      "i don't want {refs} anymore", "please {v_rm} {refs}", "take {refs} away", "{v_rm} {refs} please"],
    "plural@resize": ["{pre}make {refs} {cmp}{post}", "i want {refs} {size}", "{scale} {refs}",
                      "{can_you} make {refs} {cmp}{q}", "make {refs} {size}", "make {refs} {cmp}, they're too {too}"],
    "plural@move": ["{pre}move {refs} {dir}{post}", "{v_move} {refs} {dir}", "{can_you} move {refs} {dir}{q}",
                    "nudge {refs} {dir}", "move {refs} {dir} please", "shift {refs} {dir}"],
    "reshape": ["{pre}{v_reshape} {ref} into {ashape}{post}", "make {ref} {ashape}", "change {ref} to {ashape}",
                "{can_you} turn {ref} into {ashape}{q}", "{ref} should be {ashape}", "replace {ref} with {ashape}",
                "i want {ref} to be {ashape}", "swap {ref} for {ashape}", "reshape {ref} into {ashape}",
                "{pre}turn {ref} into {ashape}{post}", "{can_you} change {ref} into {ashape}{q}",
                "{can_you} make {ref} {ashape}{q}", "{ref} into {ashape} please", "let's make {ref} {ashape}",
                "{ref} as {ashape}, please", "make {ref} into {ashape} instead", "{ref} becomes {ashape}"],
    # The shape named as a property of the object: "change the shape of it to a star".
    "reshape@shape": ["{pre}change the shape of {ref} to {ashape}{post}", "give {ref} the shape of {ashape}",
                      "{can_you} make the shape of {ref} {ashape}{q}", "i want {ref} shaped like {ashape}",
                      "{ref} should have the shape of {ashape}", "set the shape of {ref} to {ashape}",
                      "switch the shape of {ref} to {ashape}", "{ref}: {ashape} instead, please"],
    "copy": ["{another_n}", "{another_n} please", "{pre}{v_add} {another_n}{post}", "{another_n} like {ref}",
             "copy {ref}", "duplicate {ref}", "{can_you} copy {ref}{q}", "{v_add} {another_n} just like {ref}",
             "make a copy of {ref}", "i want {another_n}"],
    "copy@ref": ["copy {ref} please", "{pre}duplicate {ref}{post}", "one more like {ref}", "i want a copy of {ref}",
                 "{can_you} duplicate {ref}{q}", "{v_add} another one the same as {ref}", "clone {ref}"],
    "copy@place": ["{another_n} {place}", "copy {ref} {place}", "{v_add} {another_n} {place}",
                   "{can_you} copy {ref} to the {the_place}{q}", "put a copy of {ref} {place}",
                   "{another_n} like {ref} {place}", "duplicate {ref} {place}"],
    "copy@smaller": ["{same_n} but {cmp}", "{another_n}, but {cmp}", "{v_add} {same_n} but {cmp}",
                     "copy {ref} but {cmp}", "{another_n} like {ref}, only {cmp}", "{same_n}, just {cmp}"],
    "compare": ["which is {aspect}, {ref} or {ref2}{q}", "is {ref} or {ref2} {aspect}{q}",
                "which one is {aspect}: {ref} or {ref2}{q}", "{ref} or {ref2}, which is {aspect}{q}",
                "tell me which is {aspect}, {ref} or {ref2}", "what's {aspect}, {ref} or {ref2}{q}"],
    "compare@all": ["which one is the {sup}{q}", "which is {sup}{q}", "which shape is the {sup}{q}",
                    "what's the {sup} one{q}", "tell me which one is {sup}", "which of them is the {sup}{q}"],
    "check": ["is {ref} {is_rel} {ref2}{q}", "{ref} is {is_rel} {ref2}, right{q}", "is {ref} really {is_rel} {ref2}{q}",
              "tell me if {ref} is {is_rel} {ref2}", "would you say {ref} is {is_rel} {ref2}{q}", "{ref} {is_rel} {ref2}{q}"],
    "around": ["{next_to_q} {ref}{q}", "which shapes are next to {ref}{q}", "what do we have beside {ref}{q}",
               "anything next to {ref}{q}", "tell me what's next to {ref}", "what surrounds {ref}{q}"],
    "size_of": ["{how_big} {ref}{q}", "is {ref} big or small{q}", "what size did you make {ref}{q}",
                 "tell me the size of {ref}", "{ref} is what size{q}", "how large did you draw {ref}{q}"],
})
REPLIES.update({
    ("no_number", "ok"): "How many {what} would you like?",
    ("plural", "recolor_ok"): "Made {list} {color}.",
    ("plural", "recolor_same"): "They are already {color}.",
    ("plural", "remove_ok"): "Removed {list}.",
    ("plural", "resize_ok"): "Made {list} {size}.",
    ("plural", "resize_same"): "They are already {size}.",
    ("plural", "move_ok"): "Moved {list} {dir}.",
    ("plural", "move_edge"): "They can't all move {dir}: one is already at the {side} edge.",
    ("plural", "move_blocked"): "There is no room to move them {dir}.",
    ("reshape", "ok"): "The {old} is now a {shape}.",
    ("reshape", "same"): "The {old} is already a {shape}.",
    ("reshape", "blocked"): "There is no room to make the {old} a {shape}.",
    ("copy", "ok"): "Added another {name} at the {region}.",
    ("copy", "taken"): "The {asked} was taken, so I put the new {name} at the {region}.",
    ("copy", "smaller"): "Added a {name} at the {region}.",
    ("compare", "ok"): "The {name} at the {region}.",
    ("compare", "same"): "Neither: {list} are even.",
    ("check", "yes"): "Yes, the {name} is {rel} the {name2}.",
    ("check", "no"): "No, the {name} is at the {region} and the {name2} at the {region2}.",
    ("around", "ok"): "Next to the {name}: {list}.",
    ("around", "none"): "Nothing is next to the {name}.",
    ("size_of", "ok"): "It is {size}.",
})

REL_REPLY = {"left_of": "to the left of", "right_of": "to the right of", "above": "above", "below": "below",
             "next_to": "next to"}
SIDE = {"left": "left", "right": "right", "up": "top", "down": "bottom"}
NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 9: "nine", 10: "ten", 12: "twelve"}


def region_name(region: str) -> str:
    return region.replace("-", " ")


def object_name(size: str, color: str, shape: str) -> str:
    return f"{size} {color} {shape}"


def size_name(size: str) -> str:
    return size


def direction_name(direction: str) -> str:
    return direction


def shapes_name(n: int) -> str:
    return "shape" if n == 1 else "shapes"


def _article(phrase: str) -> str:
    return "an" if phrase[:1] in "aeio" else "a"


def _plural(noun: str) -> str:
    if noun.endswith(("x", "s")):
        return noun + "es"
    return noun + "s"


def object_phrase(p, size, color, shape, count=1, region=None, head=True) -> str:
    """A new object as a user would call it: "a big red circle", "two tiny stars", "a box in blue"."""
    noun = p.word(f"shape_{shape}")
    size_w = p.word(f"size_{size}") if size else ""
    color_w = p.word(f"color_{color}") if color else ""
    if count > 1:
        noun = _plural(noun)
    if color_w and p.chance(0.08):
        words = " ".join(w for w in (size_w, noun) if w) + f" in {color_w}"
    else:
        words = " ".join(w for w in (size_w, color_w, noun) if w)
    if not head:
        head = ""
    elif count > 1:
        head = NUMBERS.get(count, str(count)) if p.chance(0.75) else str(count)
    elif p.chance(0.08):
        head = "" if p.chance(0.6) else "one"
    else:
        head = _article(words)
    out = f"{head} {words}".strip()
    return f"{out} {p.word(f'at_{region}')}" if region else out


def join(p, parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    sep = p.word("and")
    return ", ".join(parts[:-1]) + (" and " if sep == ", " else sep) + parts[-1]


def ref_phrase(p, kind: str, f: dict) -> str:
    """A reference to objects already drawn, for a description ``kind`` with fields ``f``."""
    if kind == "pron":
        return p.word("pron")
    the = p.word("the") if p.chance(0.93) else ""
    shape = p.word(f"shape_{f['shape']}") if "shape" in f else ""
    size = p.word(f"size_{f['size']}") if "size" in f else ""
    color = p.word(f"color_{f['color']}") if "color" in f else ""
    if "area" in f:
        area = f["area"]
        noun = shape or p.word("one_n")
        if p.chance(0.5):
            return f"{the} {noun} {p.word(f'at_{area}')}".strip()
        return f"{the} {p.word(f'adj_{area}')} {noun}".strip()
    noun = shape or p.word("one_n")
    return " ".join(w for w in (the, size, color, noun) if w)


def kind_phrase(p, f: dict, plural: bool) -> str:
    """What is asked about in count/exists questions: "circles", "red shapes", "a blue star"."""
    noun = p.word(f"shape_{f['shape']}") if "shape" in f else p.word("one_n")
    words = " ".join(w for w in (p.word(f"color_{f['color']}") if "color" in f else "", noun) if w)
    return _plural(words) if plural else f"{_article(words)} {words}"


AREA_PHRASE = {"left": "on the left side", "right": "on the right side", "top": "along the top",
               "bottom": "along the bottom", "center": "in the center"}


def area_phrase(area: str) -> str:
    """Where a description's area lies: "on the left side", "in the top left corner"."""
    return AREA_PHRASE.get(area) or f"in the {region_name(area)} corner"


def desc_name(f: dict) -> str:
    """A description as a noun phrase: "large red circle", "shape on the left side"."""
    words = " ".join([f[k] for k in ("size", "color") if k in f] + [f.get("shape", "shape")])
    return f"{words} {area_phrase(f['area'])}" if "area" in f else words


def count_name(f: dict, n: int) -> str:
    noun = f.get("shape", "shape")
    noun = noun if n == 1 else _plural(noun)
    return f"{f['color']} {noun}" if "color" in f else noun


def out_phrase(p, kind: str, value: str) -> str:
    """Something the world cannot draw: a thing, a known shape in an unknown colour, or the reverse."""
    if kind == "thing":
        return p.word("out_thing")
    if kind == "color":
        words = f"{p.word('out_color')} {p.word(f'shape_{value}')}"
    else:
        words = f"{p.word(f'color_{value}')} {p.word('out_shape')}" if p.chance(0.7) else p.word("out_shape")
    return f"{_article(words)} {words}"


def unknown_word(prop: str, pick: float) -> str:
    """The unknown ``prop`` ("color" or "shape") word at ``pick`` in [0, 1): fixed, so a reply can quote it."""
    words = UNKNOWN_WORDS[prop]
    return words[min(int(pick * len(words)), len(words) - 1)]


def unknown_phrase(p, prop: str, pick: float, size, color, shape) -> str:
    """A request that names its ``prop`` with an unknown word: "a fuchsia circle", "a big red squircle";
    without a ``shape`` (a colour for an object already drawn) the word alone."""
    word = unknown_word(prop, pick)
    if shape is None:
        return word
    noun = word if prop == "shape" else p.word(f"shape_{shape}")
    color_w = word if prop == "color" else p.word(f"color_{color}") if color else ""
    words = " ".join(w for w in (p.word(f"size_{size}") if size else "", color_w, noun) if w)
    return f"{_article(words)} {words}"


ITEMS = {"add": "a {name} at the {region}", "describe": "a {name} at the {region}", "cand": "the {name} at the {region}"}


def list_phrase(item: str, named: list[tuple[str, str]]) -> str:
    """Objects listed in a reply: "a large red circle at the center and a small blue star at the top"."""
    parts = [ITEMS[item].format(name=n, region=r) for n, r in named]
    last = " or " if item == "cand" else " and "
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + last + parts[-1]


TYPO_TARGETS = {w for ws in list(SHAPE_WORDS.values()) + list(COLOR_WORDS.values()) for w in ws}


def _words_in(value) -> set[str]:
    if isinstance(value, str):
        return set(re.findall(r"[a-z]+", value.lower()))
    if isinstance(value, dict):
        value = list(value.values())
    return set().union(*map(_words_in, value)) if isinstance(value, (list, tuple)) else set()


# Every word the world's English uses: a typo that makes one of them ("can" for "cyan", "three"
# for "there") changes what the message says, so the noise never makes one.
KNOWN_WORDS = _words_in([SHAPE_WORDS, COLOR_WORDS, SIZE_WORDS, COMPARATIVE, TOO, SCALE, PLACE_AT, PLACE_BARE,
                         AREA_ADJ, RELATION, DIRECTION, OUT_THINGS, OUT_SHAPES, OUT_COLORS, OUT_CHAT, LEXICON,
                         TEMPLATES, REPLIES, NUMBERS, UNKNOWN_WORDS,
                         [_plural(w) for ws in [*SHAPE_WORDS.values(), LEXICON["colour_n"], LEXICON["one_n"]] for w in ws]])

# Keys next to each other on a QWERTY keyboard: the slip a finger makes.
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
NEIGHBOURS = {c: "".join(r[j] for r in _ROWS[max(0, i - 1):i + 2] for j in (k - 1, k, k + 1)
                         if 0 <= j < len(r) and r[j] != c)
              for i, row in enumerate(_ROWS) for k, c in enumerate(row)}
# What a chat message may end with besides words.
EMOJI = ["🙂", "😊", "👍", "🙏", "😅", "✨", "🎨", "😀", "❤️", "👀"]


def typos(word: str) -> list[str]:
    """The misspellings of ``word`` the noise makes (an inner letter swapped with the next, dropped or
    doubled; any letter struck as a key next to it), none of them a word the world knows."""
    made = set()
    for j in range(1, len(word) - 1):
        made |= {word[:j] + word[j + 1] + word[j] + word[j + 2:], word[:j] + word[j + 1:], word[:j] + word[j] + word[j:]}
    for j, c in enumerate(word):
        made |= {word[:j] + n + word[j + 1:] for n in NEIGHBOURS.get(c, "")}
    return sorted(w for w in made if w != word and w.lower() not in KNOWN_WORDS)


def _misspelt(p, words: list[str]) -> list[str]:
    options = {i: typos(w) for i, w in enumerate(words) if len(w) >= 3 and w.isalpha()}
    keys = [i for i, made in options.items() if made]
    if not keys:
        return words
    hot = [i for i in keys if words[i] in TYPO_TARGETS]
    i = p.choice(hot) if hot and p.chance(0.6) else p.choice(keys)
    return words[:i] + [p.choice(options[i])] + words[i + 1:]


def _run_together(p, words: list[str]) -> list[str]:
    """Two words typed without the space between them ("bluesquare"), never making a known word."""
    joins = [i for i in range(len(words) - 1) if words[i].isalpha() and words[i + 1].isalpha()
             and (words[i] + words[i + 1]).lower() not in KNOWN_WORDS]
    if not joins:
        return _misspelt(p, words)
    i = p.choice(joins)
    return words[:i] + [words[i] + words[i + 1]] + words[i + 2:]


def noise(p, text: str, rate: float) -> str:
    """Typing noise on a ``rate`` of messages: a misspelt word (a swapped, dropped, doubled or
    neighbouring key) or two words run together, in a hurried message two or three of them ("drwa a
    bleu sqaure"), sometimes with an emoji at the end. No slip makes a word the world knows; fillers
    ("umm", "pls") are the lexicon's, not noise."""
    if not p.chance(rate):
        return text
    words = text.split(" ")
    slips = 1 + (p.chance(0.25) and 1 + p.chance(0.3))
    for _ in range(slips):
        words = _run_together(p, words) if p.chance(0.15) else _misspelt(p, words)
    out = " ".join(words)
    return f"{out} {p.choice(EMOJI)}" if p.chance(0.15) else out


def finish(p, text: str, question: bool) -> str:
    """Case and punctuation as people type them."""
    text = " ".join(text.split())
    r = p.random()
    if r < 0.45:
        text = text[:1].upper() + text[1:]
    elif r < 0.48:
        text = text.upper()
    if text.endswith(("?", "!", ":)")):
        return text
    r = p.random()
    if question:
        return text + ("?" if r < 0.8 else "")
    return text + ("." if r < 0.35 else "!" if r < 0.45 else "..." if r < 0.48 else "")


ITEMS["them"] = "the {name} at the {region}"


def construction_phrase(p, kind: str, v) -> str:
    """Words of the larger constructions: "ashape"/"oshape" a shape with its article ("a triangle"),
    "aobj"/"aobj2" one new (size, color, shape) ("a red star"), "nobj" (size, color, shape, n)
    counted ("three small squares"), "pobj" the same as a bare plural ("red stars"), "kobj" a bare
    singular ("red star"), "colors" a list of colours, "each" (size, colors, shape) ("a red, a
    green and a blue circle"), "refs" (kind, fields, n) several objects already drawn ("both
    circles", "all the red ones", "them", "everything"), "other" a shape ("the other one", "the
    other circle")."""
    if kind in ("ashape", "oshape"):
        word = p.word(f"shape_{v}")
        return f"{_article(word)} {word}"
    if kind in ("aobj", "aobj2", "kobj", "pobj", "nobj"):
        size, color, shape = v[:3]
        if kind == "nobj":
            return object_phrase(p, size, color, shape, v[3])
        words = " ".join(w for w in (p.word(f"size_{size}") if size else "", p.word(f"color_{color}") if color else "",
                                     p.word(f"shape_{shape}")) if w)
        return _plural(words) if kind == "pobj" else words if kind == "kobj" else f"{_article(words)} {words}"
    if kind == "colors":
        return join(p, [p.word(f"color_{c}") for c in v])
    if kind == "ones":  # "one red, one green and one blue"
        return join(p, [f"one {p.word(f'color_{c}')}" for c in v])
    if kind == "each":
        size, colors, shape = v
        size_w = (p.word(f"size_{size}") + " ") if size else ""
        words = [p.word(f"color_{c}") for c in colors]
        words[-1] = f"{size_w}{words[-1]} {p.word(f'shape_{shape}')}"  # "a red, a green and a big blue circle"
        return join(p, [f"{_article(w)} {w}" for w in words])
    if kind == "other":  # "the other one", "the other circle"
        return f"the other {p.word(f'shape_{v}')}" if p.chance(0.4) else p.word("other_n")
    if kind == "refs":
        what, f, n = v
        if what == "them":
            return p.word("both_n") if n == 2 and p.chance(0.4) else p.word("them_n")
        if what == "all":
            return p.word("all_n")
        noun = _plural(p.word(f"shape_{f['shape']}")) if "shape" in f else p.choice(("ones", "shapes"))
        words = " ".join(w for w in (p.word(f"size_{f['size']}") if "size" in f else "",
                                     p.word(f"color_{f['color']}") if "color" in f else "", noun) if w)
        if n == 2 and p.chance(0.35):
            return f"both {words}" if noun != "ones" else f"both {words[:-5]} shapes".replace("  ", " ")
        return f"{p.word('all_pre')} {words}" if p.chance(0.6) else f"the {words}"
    raise KeyError(kind)
