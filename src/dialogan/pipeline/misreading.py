"""Misreadings and the reading taken instead: the step of a turn after ``doubt.hold_on_doubt``.

The model proposes, the world's lexicon decides. A turn is misread (``misread``) when:
- an instruction that says a change again ("圆形也是", the circle too) is read as a question, or a question is
  read as a change, as what the world cannot do, with a colour or shape nobody said, or
  as another kind of question ("how many hexagons?" read as a question about one hexagon's size:
  ``world.off_form``);
- an instruction sets what the message never says, names "it" where the message names what the object
  is not (``world.unlike_it``), or adds the one object there that the message moves
  (``world.add_of_one_there``), and was held back (unsure or ungrounded) or refused by the world (no such
  object, no room);
- an edit that does not parse ("vs brown");
- a message of steps or joined instructions ("先…，然后…", "first ..., then ...", "recolor the box coffee and
  that cube is too little": ``world.instructions_of``) held back;
- an instruction that says a change (``world.changes_said``) was read as an edit the world cannot carry
  out, one that says an add outright (``world.add_as_said``) or one more of the object at hand
  (``world.says_another_of_it``) was read as ``keep``, or one that asks for a new object was read as a change to one that is not there or already is so
  (``world.adds_meant``), or one that moves an object to a place read as a move of the object at that place
  (``world.moved_from_where_it_goes``: "把三角形移到左下角" read as ``move triangle @bottom-left to bottom-left``);
- a message that says undo or redo in the world's words (``world.says_command``) was read as anything
  else;
- an answer to the world's "which one do you mean?" (it asks nothing and says no verb:
  ``world.says_an_action``) was read as anything but a pick, or one that takes the object away was read as
  the pick that answers a question about it.

The chat then offers readings to ``other_reading`` in this order: the model's edit begun with the verb
the message says (``said_verbs``, ``rereading.verb_readings``), the model's other readings
(``rereading.other_readings``, most probable first), and the model's edit made what the message says
(``rereading.as_said_reading``: adds cut back, a denied value replaced). It takes the first that passes every doubt check:
- the token it changes had a probability of at least ``READING_FLOOR``, the rest at least the threshold;
- what it names the message says;
- it changes the picture for an instruction and leaves it for a question (and for the answer to a
  question's "which one?", for ``keep``, the world's refusal, for a step to the edge, the world's "it is
  at the edge already", for the pick of an object that already is so, the world's "it already is", and for a
  reading of the world's own, its "which one do you mean?");
- for a message that says a command, it is that command.

A reading's reply is the world's own wording of its edit: the model wrote it after an edit it did not
choose itself.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Iterable

from ..data.normalize import normalize_message
from ..world import (Scene, SceneError, add_as_said, add_of_one_there, adds_meant, apply_edit, changes_said,
                     colors_named, expected_verbs, instructions_of, is_question, moved_from_where_it_goes, named_values,
                     names_any, off_form, question_kind, refusal_of, says_a_place, says_again, says_an_action,
                     says_an_add, says_another_of_it, says_command, says_removal, says_size, size_change_said,
                     stated_counts, too_said, ungrounded, unknown_words, unlike_it, world_reply)
from .doubt import message_language
from .rereading import Reading
from .turn import Written

_ASKING = ("ask", "count", "compare", "check")  # the operations of a question: they change nothing

# A reading whose changed token the model gave less than this is no reading of the message, only noise.
READING_FLOOR = 0.1


def misread(first: Written, written: Written, message: str, before: Scene, threshold: float,
            earlier: str = "", asked: str | None = None, focus=None) -> bool:
    """Whether the model's turn ``first`` (``written`` once through ``hold_on_doubt``) on the picture
    ``before`` is a misreading another reading may mend (the module's list); ``asked``: the operation
    the world asked "which one?" about last turn; ``focus`` the object "it" stands for."""
    if first.text in ("undo", "redo"):  # "算了，撤销" read as a redo is misread
        command = says_command(message)
        # One the message never says, where it names what it wants instead ("oops 我是说 large 的") or a number
        # ("oops, only 2" after four stars), too.
        return command != first.text if command else bool(_changes_named(message) or stated_counts(message))
    if _answers_which_one(first, message, asked) or _removal_for_an_answer(first, message, asked):
        return True
    if _change_for_a_pick(first, message):  # "小一点吧" read as the answer to "which one?"
        return True
    asks = _only_asks(first.text)
    if asks and says_again(message) and not is_question(message):  # "圆形也是" (the circle too) read as a question
        return True
    if is_question(message):
        unsaid = ungrounded(first.text, normalize_message(message), normalize_message(earlier))
        return written.held or first.error != "" or unsaid is not None or off_form(first.text, message)
    if asks and first.text.split()[:1] != ["pick"] and _acts(message):  # "please draw a crimson disc ...?" read as a count
        return True
    if says_command(message):  # "i didn't mean that, go back" read as a question about "it"
        return True
    if not written.held and first.scene not in (None, before):
        return False
    if first.error and changes_said(normalize_message(message)):  # a change the world could not carry out
        return True
    if first.error:  # no edit the world can carry out ("vs brown", "move it below it"): any reading that passes is better
        return True
    if adds_meant(first.text, first.result, normalize_message(message)):  # "绿颜色星星放在中心" read as a move
        return True
    if moved_from_where_it_goes(first.text, normalize_message(message)):  # "把三角形移到左下角": the one there, none
        return True
    if written.held and len(instructions_of(message)) > 1:  # unsure of a message of steps: read step by step
        return True
    if _kept_for(first, message):  # "画一个蓝色大圆形" read as keep, asking back how many orange diamonds; "recolor 三角 褐色"
        return True
    # Held (unsure or ungrounded) or refused, and setting what the message never says, or naming an "it" the
    # object is not ("不要那个大的了" read as ``remove it``, it being small).
    return (ungrounded(first.text, normalize_message(message), normalize_message(earlier)) is not None
            or unlike_it(first.text, normalize_message(message), before, focus) is not None
            or add_of_one_there(first.text, normalize_message(message), before) is not None)


def _only_asks(edit: str) -> bool:
    """Whether every operation of ``edit`` is a question's (``_ASKING``): it changes nothing."""
    return all(op.split()[:1] and op.split()[0] in _ASKING for op in edit.split(";"))


def _acts(message: str) -> bool:
    """Whether ``message`` (no question) says an add outright, a change or a removal, naming no word the model
    never read."""
    text = normalize_message(message)
    return (says_an_add(text) or bool(changes_said(text)) or says_removal(text)) and not unknown_words(text)


def _changes_named(message: str) -> tuple[str, ...]:
    """The change of what ``message`` names, where it says no command: a size a resize ("oops 我是说 large 的"),
    else a colour a recolour, else a shape a reshape, else a place a move ("oops no, on the left side"); () where
    it names none."""
    text = normalize_message(message)
    return ("resize",) if says_size(text) else ("recolor",) if colors_named(text) else ("reshape",) \
        if names_any(text) else ("move",) if says_a_place(text) else ()


def _kept_for(first: Written, message: str) -> str | None:
    """The verb of the instruction that ``first`` keeps the picture for: "add" for a message that says outright the
    add of one object the world draws in words it knows (a word it does not know is asked
    about instead; ``world.add_as_said``), "copy" for one more of the object at hand ("draw another one":
    ``world.says_another_of_it``), the change a message says of what the world draws ("recolor 三角 褐色":
    ``world.changes_said``; nothing the world refuses); else None."""
    text = normalize_message(message)
    if first.text != "keep" or is_question(message) or unknown_words(text):
        return None  # the model's question about a word the message does not have is no reason to keep
    if add_as_said(text):
        return "add"
    if says_another_of_it(text):
        return "copy"
    changes = changes_said(text)
    if set(changes) == {"recolor", "reshape"}:  # "改成", "better as": what it names says which
        colour, shape = bool(named_values(text, "color")), bool(named_values(text, "shape"))
        changes = ("recolor",) if colour and not shape else ("reshape",) if shape and not colour else changes
    return changes[0] if len(changes) == 1 and refusal_of(message, message_language(message)) is None else None



def _answers_which_one(first: Written, message: str, asked: str | None) -> bool:
    """Whether ``message`` answers the world's "which one do you mean?" (``asked``) and ``first`` reads it
    as anything but the answer: it asks nothing and says no verb of its own ("要左下方球" read as a reshape,
    "那个橘黄色的啦" as a recolour) and takes nothing away ("最上面六角形不要了" is no answer) nor says a change of its
    own (``_own_change``: "I want a disc thanks!"). A message read as an add adds ("we need a light gray star")."""
    return bool(asked) and not first.text.startswith("pick") and "add" not in first.text.split() \
        and not is_question(message) and not says_an_action(message) and not says_removal(normalize_message(message)) \
        and not _own_change(message)


# Words that point at one object: "the smaller one", "那个大的" answer "which one?"; "小一点吧" does not.
_POINTING = re.compile(r"\b(?:one|ones|that|this|the)\b|个|的|那|这")
_ALL_OF_THEM = re.compile(r"\b(?:all|every|everything)\b|所有|全部|全都")


def _change_for_a_pick(first: Written, message: str) -> tuple[str, ...]:
    """The verbs of the change ``message`` says of its own (``_own_change``) where ``first`` reads it as the pick
    that answers the world's "which one do you mean?"; () otherwise."""
    return _own_change(message) if first.text.startswith("pick") else ()


def _own_change(message: str) -> tuple[str, ...]:
    """The verbs of a change ``message`` says of its own, no answer to "which one do you mean?": an add said
    outright ("I want a disc thanks!"), a change said ("Scale up the ring.", "At the centre, relocate that one."), a
    size said bigger or smaller of no object pointed at ("小一点吧", not "the smaller one"), or a colour for all
    ("所有图形都要淡紫色的"); () otherwise."""
    if is_question(message):
        return ()
    text = normalize_message(message)
    low = text.lower()
    if add_as_said(text):
        return ("add",)
    changes = changes_said(text)
    if changes:
        return changes
    if (size_change_said(text) or too_said(text)) and not _POINTING.search(low):
        return ("resize",)
    if _ALL_OF_THEM.search(low) and colors_named(low):
        return ("recolor",)
    return ()


def _removal_for_an_answer(first: Written, message: str, asked: str | None) -> bool:
    """Whether ``first`` picks one of the objects the world asked "which one do you mean?" about for a question
    (``asked``), where the message takes it away instead ("最上面六角形不要了", the top hexagon, I don't want it,
    after "which hexagon?" about its colour)."""
    return first.text.startswith("pick") and (asked or "").split(" ")[0] in _ASKING \
        and says_removal(normalize_message(message))


def said_verbs(first: Written, message: str, earlier: str = "", asked: str | None = None,
               before: Scene | None = None) -> tuple[str, ...]:
    """The verbs a misread turn's message says its edit begins with, where the model's ``first`` edit
    begins with another: a question's form (``world.expected_verbs``: "where is ...?" asks), a
    removal read as no removal ("我不想要青色六边型了" read as an add), a change the edit does not make
    (``world.changes_said``: "enlarge lime green five-pointed star" read as an add), a colour the world
    cannot draw read as blue ("一个金色六边形": ``keep``, the world's refusal), an add read as a change to an
    object that is not there or already is so (``world.adds_meant``), a place read as a colour
    nobody said ("左上边图形应该在左侧", the top-left one should be on the left, read as a recolour), a message
    that begins with the verb of one change read as another ("recolor the shape in the corner ruby" as a move),
    undo or redo in the world's words read as anything else ("i didn't mean that, undo" as ``ask it``), and
    an answer to "which one do you mean?" read as anything but a pick (``asked``: what the world asked), and
    an add of the one object on the picture ``before`` that the message moves (``world.add_of_one_there``)."""
    command = says_command(message)
    if command:
        return (command,) if first.text != command else ()
    if first.text in ("undo", "redo"):  # "oops 我是说 large 的" read as an undo: the change of what it names
        return _changes_named(message)
    if _answers_which_one(first, message, asked):
        return ("pick",)
    change = _change_for_a_pick(first, message)
    if change:
        return change
    if is_question(message):
        return expected_verbs(message) or () if off_form(first.text, message) or first.scene is None else ()
    if first.error:  # the world could not carry the edit out: the changes the message says
        return changes_said(normalize_message(message))
    if adds_meant(first.text, first.result, normalize_message(message)):
        return ("add",)
    there = add_of_one_there(first.text, normalize_message(message), before) if before is not None else None
    if there:  # "浅棕色圆球放到左上角" with a brown ball there: a move; "菱形要紫颜色的" with a red diamond: a recolour
        return ("move",) if there.startswith("one there, to") else ("recolor",)
    kept = _kept_for(first, message)
    if kept:
        return (kept,)
    unsaid = ungrounded(first.text, normalize_message(message), normalize_message(earlier))
    if _only_asks(first.text) and _acts(message):  # "please draw a crimson disc ...?" read as a count: what it says
        text = normalize_message(message)
        return ("add",) if says_an_add(text) else changes_said(text) or ("remove",)
    if unsaid is None:
        return ()
    if unsaid == "removal" and says_an_add(normalize_message(message)) and not changes_said(normalize_message(message)):
        return ("add",)  # "can you make a really big red circle" read as a removal
    if unsaid == "no removal for a removal":
        return ("remove",)
    if unsaid == "no add for more said":  # "three more circles in blue" read as a recolour
        return ("add",)
    if unsaid.endswith("out of the world"):  # "一个金色六边形" read as a blue one: what the world cannot draw
        return ("keep",)
    if unsaid.endswith(" written") and " said, " in unsaid:  # "recolor the shape ... ruby" read as a move
        return (unsaid.split()[0],)
    # A change the message says read as adds ("灰钻石形换个颜色，大红色"), or as a recolour to a colour
    # nobody said ("中央三角片的形状改一下，改成方块"; "棕色六边型应该在左上方", a place).
    recolor = unsaid.startswith("color ") and first.text.startswith("recolor ")
    if unsaid == "add for a change" or recolor:
        changes = tuple(verb for verb in changes_said(normalize_message(message)) if verb != "recolor" or not recolor)
        if changes:
            return changes
    if recolor and says_a_place(message):
        return ("move",)
    # A change the message says, read as an operation it never says ("make the box a diamond" as a removal).
    changes = changes_said(normalize_message(message))
    written = {op.split()[0] for op in first.text.split(";") if op.split()}
    return changes if changes and unsaid == "removal" and not written & set(changes) else ()


def other_reading(readings: Iterable[Reading], message: str, before: Scene, threshold: float, earlier: str,
                  write: Callable[[tuple[int, ...]], Written], hold: Callable[[Written], Written],
                  focus=None, asked: str | None = None) -> Written | None:
    """The turn of the first of ``readings`` (most probable first) that passes every doubt check, or
    None. ``write(start)`` writes the turn from a reading's first tokens; ``hold(written)`` is the chat's
    ``hold_on_doubt``; ``focus`` and ``asked`` what the turn's edit is given. The turn's ``confidence``
    is the least probability of its tokens, the changed one included."""
    asking, command = is_question(normalize_message(message)), says_command(message)  # "..., can?" asks nothing
    for reading in readings:
        if reading.probability < READING_FLOOR:
            break
        if reading.sure < threshold:
            continue
        if (reading.text in ("undo", "redo") or command) and reading.text != command:
            continue  # where the message says a command in the world's words, that command alone
        if command:
            written = Written(reading.text, None, "", confidence=reading.sure)
            if not hold(written).held:
                return replace(written, confidence=min(reading.sure, reading.probability))
            continue
        if ungrounded(reading.text, normalize_message(message), normalize_message(earlier)) is not None:
            continue  # checked again by ``hold``, after the decode: this saves it
        if reading.text == "keep" and not asking and _acts(message):
            continue  # "can you make a really big red circle": no keep, whatever the model wrote next
        if asking and off_form(reading.text, message):
            continue
        written = write(reading.start)
        leaves = asking or reading.text == "keep" or reading.text.startswith("pick") and (asked or "").split(" ")[0] in _ASKING \
            or written.result.startswith("edge") \
            or reading.text.startswith("pick") and written.result.startswith("same") \
            or reading.sure == 1.0 and reading.probability == 1.0 and bool(written.asked)  # the world's: "which one?"
        if written.scene is None or (written.scene == before) != leaves:
            continue
        written = hold(replace(written, confidence=min(written.confidence, reading.sure)))
        if not written.held:
            return replace(_worded_by_the_world(written, message, before, focus, asked),
                           confidence=min(written.confidence, reading.probability))
    return None


def _worded_by_the_world(written: Written, message: str, before: Scene, focus, asked: str | None) -> Written:
    """``written`` with the world's own reply to its edit on ``before``, where the world has one (for
    ``keep``, its refusal of what the message names that it cannot draw)."""
    refusal = refusal_of(message, message_language(message)) if written.text == "keep" else None
    if refusal:
        return replace(written, reply=refusal)
    try:
        done = apply_edit(before, written.text, focus, asked)
    except SceneError:
        return written
    # "画面里现在都有啥" read as ``keep``: the world's description of the picture.
    text = normalize_message(message)  # as the model read it: "該菱形現時位於畫面何處" asks where
    kind = (question_kind(text) or ("describe" if expected_verbs(text) == ("keep",) else None)) \
        if is_question(text) else None
    own = world_reply(written.reply, before, written.text, done, lang=message_language(message), asked=asked,
                      focus=focus, kind=kind)
    return replace(written, reply=own) if own else written
