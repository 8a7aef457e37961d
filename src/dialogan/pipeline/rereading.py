"""Other readings of a message: the edits the model found next most likely, where it was least sure.

An edit that sets what the message never says ("在最下边来一个藏青色小星形" read as a *diamond*; "add a
star" read as a star *at the bottom*) is held back by ``doubt.hold_on_doubt``. Often the model's
own second choice at its least sure token is the reading the message says: ``star`` where it wrote
``diamond``, the end of the edit where it wrote ``at``. ``other_readings`` lists those: at each of
the ``positions`` least probable tokens of the greedy edit, each of the ``alternatives`` next most
probable tokens, followed by the model's greedy continuation. ``misreading.other_reading`` offers them
to the same checks; the model proposes, the world's lexicon decides. Greedy decoding throughout: the
readings of a message are the same every time. The greedy edit is decoded once more here (the turn's
own decoding keeps no token ids): a few milliseconds, on misread turns only.

Two more kinds of reading are offered after the model's own, where the world knows better than the
model's first tokens:
- ``verb_readings``: the model's edit begun with a verb the message says ("那个特大三角形在画面的哪个
  地方？" asks where: ``ask``, however sure the model was of ``compare``; "我不想要青色六边型了" removes);
  the model writes the rest;
- ``as_said_reading``: the model's edit made what the message says: its adds cut back
  (``world.said_of_adds``: "we need a whopping chocolate star" read as 9 stars is one star), or a
  value the message denies replaced by the one it says (``world.said_instead``: "不是六角形，是正方形"), or
  its moves made the steps the message says (``world.said_step``: "I want it moved to the right" read as the
  right side is one cell right), its adds given the colours and shapes the message names in its order
  (``world.adds_in_order``), or an "it" the message says the object is not made the object it names
  (``world.it_as_said``);
- ``meant_readings``: what the world reads the message as meaning where the model's edit does otherwise, even
  one carried out: a correction "not that one, the other one" after a recolour or resize, a second object
  given the same change ("make the left one yellow and the right one pink"), all but what the message keeps
  ("除了正方形都删掉"), one of several ("make one of them red"), one more of the object at hand ("draw the same
  thing on the right"), one of its kind ("and a blue one next to it");
- ``again_reading``: the last turn's change done to another object, where the message says it again ("now
  the other one too");
- ``clause_readings``: a message of steps ("first ..., then ...", "先…，然后…") read by the model one
  step at a time, each on the picture the steps before it leave, the edits joined.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

import torch

from ..data.normalize import normalize_message
from ..data.tokenizer import DialogueTokenizer
from ..models import Decoder, DialoGAN
from ..world import (Scene, SceneError, add_as_said, add_by_it_as_said, adds_as_said, adds_in_order, adds_listed,
                     adds_of_the_kind_said, adds_said_in_turn, all_of_them, apply_edit, ask_as_said,
                     asked_at_the_place, at_the_side_said, beside_the_one_named, changes_listed, check_as_said,
                     compare_as_said, comparison_of_all, copy_as_said, correction_of_object, count_asked,
                     count_said_instead, each_add_as_said, every_one_as_said, instructions_of, is_question,
                     it_as_said, it_removed, list_as_said, move_as_said, moved_from_where_it_goes, object_as_it_is,
                     one_at_the_place_said, one_like_it, one_of_them, pick_as_said, place_of_the_object,
                     places_as_said, put_there_as_said, removal_as_said, removal_but, reshape_as_said,
                     reshape_said_alone, resize_as_said, said_instead, said_of_adds, said_step, second_change_said,
                     the_last_change_to, them_corrected, them_for_the_other, ungrounded, value_said_instead, with_places_marked)
from .doubt import DOUBT_THRESHOLD
from .turn import MAX_EDIT_TOKENS, Written


@dataclass(frozen=True)
class Reading:
    """Another edit for a message. ``start``: its tokens up to and including the one chosen instead
    of the model's (what ``write_turn(edit_start=...)`` is given); ``text``: the whole edit;
    ``probability``: the model's probability of that chosen token; ``sure``: the least probability
    of every other token of the edit, the given ones before it and the greedy ones after."""

    start: tuple[int, ...]
    text: str
    probability: float
    sure: float


@torch.inference_mode()
def other_readings(model: DialoGAN, tok: DialogueTokenizer, prompt: list[int], positions: int = 2,
                   alternatives: int = 2) -> list[Reading]:
    """The edits the model would write for ``prompt`` with one of its least sure tokens changed,
    most probable change first (at most ``positions`` x ``alternatives``; none the greedy edit)."""
    stops = {tok.result_id, tok.reply_id, tok.end_id}
    most = min(MAX_EDIT_TOKENS, model.cfg.n_ctx - len(prompt) - 2)
    greedy = Decoder(model.lm, prompt)
    ids = greedy.generate(stops, most)
    if not ids or ids[-1] not in stops:
        return []
    probs = greedy.probs
    readings = []
    for j in sorted(range(len(ids)), key=probs.__getitem__)[:positions]:
        before = min(probs[:j], default=1.0)
        dist = Decoder(model.lm, prompt + ids[:j]).next_probs()
        top = dist.topk(alternatives + 1)
        for p, token in zip(top.values.tolist(), top.indices.tolist()):
            if token == ids[j]:
                continue
            start = ids[:j] + [token]
            rest, after = ([], []) if token in stops else _continue(model, prompt + start, stops, most - len(start))
            if token not in stops and (not rest or rest[-1] not in stops):
                continue  # an edit that never ends is no reading
            edit = start + rest
            readings.append(Reading(tuple(start), tok.decode_edit(edit[:-1]), p, min([before, *after])))
    return sorted(readings, key=lambda r: -r.probability)


@torch.inference_mode()
def verb_readings(model: DialoGAN, tok: DialogueTokenizer, prompt: list[int], verbs: tuple[str, ...]) -> list[Reading]:
    """The edit the model writes for ``prompt`` when it is given its first word, for each of ``verbs``;
    ``probability`` is 1 (the message says the verb), ``sure`` the least probability of the rest."""
    stops = {tok.result_id, tok.reply_id, tok.end_id}
    most = min(MAX_EDIT_TOKENS, model.cfg.n_ctx - len(prompt) - 2)
    readings = []
    for verb in verbs:
        start = tok.encode_edit(verb)
        rest, after = _continue(model, prompt + start, stops, most - len(start))
        if rest and rest[-1] in stops:
            readings.append(Reading(tuple(start), tok.decode_edit(start + rest[:-1]), 1.0, min(after, default=1.0)))
    return readings


def _continue(model: DialoGAN, ids: list[int], stops: set[int], most: int) -> tuple[list[int], list[float]]:
    """The greedy tokens after ``ids`` up to a stop token, and their probabilities."""
    if most <= 0:
        return [], []
    decoder = Decoder(model.lm, ids)
    return decoder.generate(stops, most), decoder.probs


def meant_readings(tok: DialogueTokenizer, first: Written, message: str, scene: Scene, before_last: Scene | None,
                   focus, asked: str | None = None) -> list[Reading]:
    """What the world reads the message as meaning where ``first``, the model's edit on ``scene``, does
    otherwise, whether or not it was carried out: one sure reading, the world's, or none. In turn:
    - the correction "not that one, the other one" after a recolour or resize (``world.correction_of_object``:
      "it" given back what it was on ``before_last``, the picture before the last turn's change, and the object
      meant given what that turn set; ``before_last`` None where the last turn changed nothing);
    - one recolour or resize with the same change of the second object the message names after it ("make the
      left one yellow and the right one pink" read as ``recolor @left yellow``: ``world.second_change_said``), and
      one change each of a list said after one verb ("make the circle red, the square green and the triangle blue":
      ``world.changes_listed``);
    - every object removed but those the message keeps ("除了正方形都删掉": ``world.removal_but``);
    - one of several ("make one of them red" read as ``recolor them red``: ``world.one_of_them``), and all of
      them where the message names their shape in the plural ("take the disks away" read as ``remove circle``:
      ``world.all_of_them``), or said of all ("全都改成六边形" read as ``reshape it hexagon``: ``world.every_one_as_said``);
    - the one of several objects that the place the message names singles out, where the edit's description
      names them all ("把顶部圆点删除" read as ``remove circle``: ``world.one_at_the_place_said``);
    - one more of the object at hand, where the message says so and where ("draw the same thing on the right"
      read as a move: ``world.copy_as_said``), or one of its kind ("and a blue one next to it" after a circle,
      read as a hexagon: ``world.one_like_it``);
    - the answer to the world's "which one do you mean?" about ``asked``, where the message names one of the
      objects it asked about and says no verb ("下方那个啦" read as a move: ``world.pick_as_said``);
    - a question of which one is most so that names no object, of them all ("and which one is further left?"
      read as ``compare left them``; "哪个高点?" read as ``keep``: ``world.comparison_of_all``);
    - the yes-or-no question it asks word for word ("is the square left of the diamond?" read as ``ask diamond @left``:
      ``world.check_as_said``);
    - the newest of the group just added taken away down to the number a correction says ("sorry 打错了，要 2 个就行"
      after three: ``world.count_said_instead``);
    - the question of which object is at the one place it names ("which one is in the middle?" read as a
      comparison: ``world.asked_at_the_place``);
    - the one value it says it meant instead of the object's own, where the model kept the picture or wrote that
      change unsure of it ("Oh sorry, not purple - I meant pink"), or the one reshape it says word for word
      (``_instead_of``);
    - an add beside "it" at the side of the picture it names, beside nothing ("左边再画一个蓝色的星星":
      ``world.at_the_side_said``);
    - the last of several adds beside the one added before it that the message names by its shape, where the model put
      it at a side of the picture ("..., and a light green circle to the right of the star": ``world.beside_the_one_named``);
    - "them" for a "the other one" the message never says, where it says them all ("..., 顺便都缩小一点":
      ``world.them_for_the_other``), and an object named as it is, not by the value the change gives it ("star 改成
      small" read as ``resize small star small``: ``world.object_as_it_is``);
    - the adds of a list said word for word, each with its look and place, where the model wrote others
      (``world.adds_listed``);
    - the question of the one object its words name ("wait what color did the star come out as" read as ``keep``:
      ``world.ask_as_said``), or of how many there are in all ("現在總共幾個？": ``world.count_asked``);
    - the add it says outright where the model changed an object that is not there (``_add_for_nothing_there``);
    - the one move it says outright, where the model wrote that move unsure of it (``world.move_as_said``);
    - the change of a group the last turn changed alike, taken back, of them all, not of "it" ("no wait 紫色 is
      cooler" after "make them all 绿色": ``world.them_corrected``)."""
    text = normalize_message(message)
    # The correction is sure even where the model wrote it itself, however unsure it was of its tokens.
    meant = ((correction_of_object(first.text, text, scene, before_last, focus, already=True)
              if before_last is not None else None)
             or them_corrected(first.text, text, scene, before_last, focus)
             or (second_change_said(first.text, text, scene) if first.scene is not None and not first.error else None)
             or changes_listed(first.text, text, scene)
             or removal_but(first.text, text, scene) or one_of_them(first.text, text)
             or _of_the_shape_said(every_one_as_said(first.text, text, scene, focus), text, scene)
             or all_of_them(first.text, text, scene)
             or one_at_the_place_said(first.text, text, scene)
             or copy_as_said(first.text, text, scene, focus) or one_like_it(first.text, text, scene, focus)
             or pick_as_said(first.text, text, scene, asked) or comparison_of_all(first.text, text, scene)
             or check_as_said(first.text, text, scene)
             or count_said_instead(first.text, text, scene, focus) or asked_at_the_place(first.text, text, scene)
             or _instead_of(first, text, scene, focus) or at_the_side_said(first.text, text, scene)
             or beside_the_one_named(first.text, text) or them_for_the_other(first.text, text)
             or object_as_it_is(first.text, scene)
             or _listed(first, text) or _asked_of_the_one_named(first, text, scene, focus) or count_asked(first.text, text)
             or _add_for_nothing_there(first, text, scene) or _the_move_said(first, text, scene))
    return [Reading((*tok.encode_edit(meant), tok.result_id), meant, 1.0, 1.0)] if meant else []


def _of_the_shape_said(edit: str | None, text: str, scene: Scene) -> str | None:
    """``edit``, a change of them all, made of every object of the one shape the message names in the plural, where
    "them" holds others ("turn the circles yellow, both of them" after two circles and a square:
    ``world.all_of_them``)."""
    return (all_of_them(edit, text, scene) or edit) if edit else None


def _the_move_said(first: Written, text: str, scene: Scene) -> str | None:
    """The one move the message says outright (``world.move_as_said``), where the model wrote it unsure of it: the
    world reads it so too ("wah nice, then 把 square 移去 center lor")."""
    move = move_as_said(text, scene)
    return move if move is not None and move == first.text else None


def _instead_of(first: Written, text: str, scene: Scene, focus) -> str | None:
    """The one value the message says it meant instead of the object's own ("Oh sorry, not purple - I meant pink",
    "hmm no wait. green": ``world.value_said_instead``), where the model wrote no change (a keep, a question), no edit
    the world can carry out, or this very change (however unsure of it); or the reshape of one object it says word for word as
    all it says besides remarks ("正方形太无聊了，可以把它改成菱形吗？", "can you transform it in a diamond?":
    ``world.reshape_said_alone``), whatever the model wrote."""
    meant = value_said_instead("", text, scene, focus) if not _adds(first.text) else None  # "there should be 12 ..."
    if meant and (first.text == meant or first.scene is None or first.scene == scene or first.confidence < DOUBT_THRESHOLD):
        return meant  # "sorry typo 了，不是 circle 是 star" read as ``ask it``, which changes nothing; or an unsure guess
    return reshape_said_alone(text, scene, focus)  # one object, one new shape, nothing else said: whatever the model wrote


def _asked_of_the_one_named(first: Written, text: str, scene: Scene, focus) -> str | None:
    """The question of the one object the message names, where the model read it as no question ("wait what color did
    the star come out as" read as ``keep``) or as a question and a change; a question the model wrote alone stays its
    own ("How large did you draw this?" is ``ask it``, not of the one large object: ``world.ask_as_said``)."""
    if first.text.split()[:1] == ["ask"] and ";" not in first.text:
        return None
    return ask_as_said(first.text, text, scene, focus)


def _add_for_nothing_there(first: Written, text: str, scene: Scene | None = None) -> str | None:
    """The add the message says outright ("then one blue 三角形 at bottom right", ``world.add_as_said``; "then one silver
    方块 to the right of it", ``world.add_by_it_as_said``), where the model wrote a change of an object the picture does
    not hold ("move blue triangle to bottom-right"), adds the world finds the message never says ("左上角再整一个深蓝色的
    小方块，要得" read as two), or, for an add beside "it", a move ("再来个柠檬黄的方块，放它左边" read as an add and a move
    of it to the left)."""
    if first.text in ("keep", "undo", "redo"):
        return None
    missing = first.scene is None or (first.result or "").startswith("missing")
    unsaid = _adds(first.text) and ungrounded(first.text, text) is not None
    add = (add_as_said(text) or add_by_it_as_said(text)) if missing and not _adds(first.text) or unsaid else None
    if add is None and missing and scene is not None:
        add = put_there_as_said(first.text, text, scene)  # "咖啡色的方框搁右下角噻": put there, an add
    beside_it = add_by_it_as_said(text)
    if add is None and beside_it and any(op.strip().startswith("move ") for op in first.text.split(";")):
        add = beside_it  # "再来个柠檬黄的方块，放在它左边" read as an add, then a move of the new one to the left
    return add if add != first.text else None


def _listed(first: Written, text: str) -> str | None:
    """The adds of a list the message says word for word, each with its own look and place ("I need three things
    please: a large red triangle top left, a small blue square in the bottom right corner, and a green circle right
    in the middle"), or said in turn, each an add said outright ("请画一个大的咖啡色三角形，放在左侧；再画一个小的灰色六角形，
    放在右侧。"), where the model wrote other adds: ``world.adds_listed``, ``world.adds_said_in_turn``."""
    listed = (adds_listed(text) or adds_said_in_turn(text)) if _adds(first.text) else None
    return listed if listed != first.text else None


def again_reading(tok: DialogueTokenizer, first: Written, message: str, last: str, before: Scene) -> list[Reading]:
    """The last turn's change ``last`` done again to another object of ``before``, where the message says it
    again ("now the other one too" after "make the small one pink", read as ``resize other large``:
    ``world.the_last_change_to``): one sure reading, the world's; none otherwise."""
    again = the_last_change_to(first.text, last, normalize_message(message), before) if last else None
    return [Reading((*tok.encode_edit(again), tok.result_id), again, 1.0, 1.0)] if again else []


_ASKING = ("ask", "count", "compare", "check", "pick", "keep", "undo", "redo")


def clause_readings(tok: DialogueTokenizer, message: str, before: Scene, focus,
                    read: Callable[[str, Scene, object], Written]) -> list[Reading]:
    """``message``, a message of steps ("先把湖绿色的那个往上挪挪，然后我想在左上加一个蓝星形") or of joined instructions
    ("recolor tangerine box coffee and that brown cube is way too little": ``world.instructions_of``), read step
    by step: ``read(step, picture, focus)`` is the model's turn for one step alone on the picture the
    steps before it leave (``focus``: what "it" stands for there). Their edits, joined in turn, are one reading
    whose tokens are all given, as sure as its least sure step; none unless every step is a change the world
    carries out."""
    steps = instructions_of(normalize_message(message))
    if len(steps) < 2:
        return []
    edits, sure, scene = [], 1.0, before
    for step in steps:
        written = _as_the_step_says(read(step, scene, focus), normalize_message(step), scene, focus)
        verbs = {op.split()[0] for op in written.text.split(";") if op.split()}
        if written.scene is None or written.error or written.result.startswith("missing") or not verbs \
                or verbs & set(_ASKING):
            return []
        edits.append(written.text)
        sure, scene, focus = min(sure, written.confidence), written.scene, written.focus
    text = " ; ".join(edits)
    return [Reading((*tok.encode_edit(text), tok.result_id), text, 1.0, sure)]


def _as_the_step_says(written: Written, step: str, scene: Scene, focus) -> Written:
    """The model's turn for one step, or the resize the step says where the turn makes none ("star 的 size 调小"
    read as ``ask star``: ``world.resize_as_said``), or the copy ("copy it to the top right corner" read as a move:
    ``world.copy_as_said``), or where it sets what the step never says ("六边形删了" read as
    ``clear``) the removal, the move ("星形移到下方" read as an add: ``world.move_as_said``), the add, or the adds of a
    list ("brown circle at the bottom, grey diamond top right": ``world.adds_listed``) the world reads the step as word
    for word; where the turn finds nothing to
    change, a move from the place it goes ("hexagon move 到 center" read as ``move hexagon @center to center``:
    ``world.moved_from_where_it_goes``) or the add the step says ("最下面画一个红色六边形" read as ``add large red
    hexagon below red``): sure, carried out on ``scene``."""
    if written.scene is None or written.result.startswith("missing"):
        # "hexagon move 到 center" read as ``move hexagon @center to center``: from where it is
        own = moved_from_where_it_goes(written.text, step) or add_as_said(step) or add_by_it_as_said(step)
        if not own:
            return written
    else:
        own = (resize_as_said(written.text, step, scene, focus) or copy_as_said(written.text, step, scene, focus)
               or reshape_as_said(written.text, step, scene, focus))
    if not own and ungrounded(written.text, step) is not None:
        own = (removal_as_said(written.text, step, scene) or move_as_said(step, scene) or add_as_said(step)
               or add_by_it_as_said(step) or (adds_listed(step) if _adds(written.text) else None)
               or places_as_said(written.text, step))  # "large gray hexagon, top centre" read at the top left
    if not own:
        return written
    try:
        done = apply_edit(scene, own, focus)
    except SceneError:
        return written
    return replace(written, text=own, scene=done.scene, focus=done.focus, result=done.result, error="",
                   confidence=1.0)


def _adds(edit: str) -> bool:
    """Whether ``edit`` is only adds."""
    return all(op.split()[:1] == ["add"] for op in edit.split(";"))


def as_said_reading(tok: DialogueTokenizer, first: Written, message: str, earlier: str = "", before: Scene | None = None,
                    focus=None) -> list[Reading]:
    """The model's edit ``first`` made what ``message`` says, as a reading whose tokens are all given (the
    model writes only the reply), as sure as ``first`` was (sure, where the world reads the message word for
    word as these adds: ``world.adds_as_said``):
    - a region that ends an add without "at" marked as its place (``world.with_places_marked``);
    - its adds cut back (``world.said_of_adds``);
    - a value the message denies replaced by the one it says instead, or an object's place never said by the
      one said (``world.said_instead``);
    - each of several adds given the size and colour the message says of its object (``world.each_add_as_said``);
    - its moves made the steps the message says (``world.said_step``: "moved to the right" is one cell), or
      the move from the first region the message names to the last (``world.place_of_the_object``), or
      the object of a move not said to be where it goes (``world.moved_from_where_it_goes``);
    - the one region the message names and the edit never does given to the one add at no place, the one object
      described at a part of it, or the one move's object (``world.places_as_said``);
    - its adds given the colours and shapes the message names, in its order (``world.adds_in_order``), or
      made the list the message says word for word (``world.list_as_said``: "add four stars - red, orange,
      yellow and green");
    - an "it" the message says the object is not, made the object it names on the picture ``before``
      (``world.it_as_said``; ``focus`` is what "it" stands for);
    - its adds given the one colour and shape the message names, and one add the one number it states
      (``world.adds_of_the_kind_said``: "上面画个红色的圆，下面也画一个" read as a red and a blue circle);
    - a ``keep`` or a question's edit ("please draw a crimson disc right in the middle?" read as a count), a pick
      ("I want a disc thanks!" read as the answer to "which one?") or adds, made the add that the message says
      outright, where the world reads it word for word (``world.add_as_said``: sure for a
      ``keep`` or a pick);
    - any other edit made the removal the message says of the one object its words name
      (``world.removal_as_said``: sure), or the reshape it says of one object into one shape
      (``world.reshape_as_said``: sure), or a comparison of the two objects a question names in parts of its
      own (``world.compare_as_said``: sure), or a question about the one object its words name
      (``world.ask_as_said``: sure).
    None where nothing changes or the edit still sets what the message never says."""
    message, earlier = normalize_message(message), normalize_message(earlier)
    asks = all(op.split()[:1] and op.split()[0] in _ASKING for op in first.text.split(";"))
    if asks or first.text.startswith("pick"):  # "画一个蓝色大圆形" read as keep, "please draw ...?" as a count
        text = None if is_question(message) else (add_as_said(message) or list_as_said(message) or (
            reshape_as_said(first.text, message, before, focus) if before is not None else None))
        if text:
            return [Reading((*tok.encode_edit(text), tok.result_id), text, 1.0, 1.0)]
        if first.text == "keep":
            return []
    marked = with_places_marked(first.text)  # "add small orange triangle right": at right
    text = adds_in_order(marked, message) or marked  # the order said first: a repeat may be a misplaced one
    text = said_of_adds(text, message, earlier) or text
    text = places_as_said(text, message) or text  # "on the left give me a six-sided figure" read at no place
    kind_said = adds_of_the_kind_said(text, message, earlier)  # "two red squares, one ... and one ..." as red and blue
    text = kind_said or text
    if text == first.text and _adds(first.text):
        # "add four stars - red, orange, yellow and green" read as three; "add red star top left, green sq bottom right"
        text = list_as_said(message) or adds_listed(message) or text
    if first.error:  # "不是黄色，是橙色的" read as ``recolor it yellow ; recolor orange``: a step of it, said instead
        text = next((instead for op in first.text.split(";") for instead in [said_instead(op.strip(), message, earlier)]
                     if instead), text)
    # The one value meant instead of the object's own ("I meant pink, not orange" read as two recolours to orange),
    # before any mending of the model's edit.
    meant_instead = value_said_instead(first.text, message, before, focus) if before is not None else None
    if text == first.text and not meant_instead:
        text = (said_instead(text, message, earlier) or each_add_as_said(text, message, earlier)
                or said_step(text, message, earlier)
                or place_of_the_object(text, message) or moved_from_where_it_goes(text, message)
                or (it_as_said(text, message, before, focus) if before is not None else None)
                or (add_as_said(message) or add_by_it_as_said(message) if _adds(first.text) else None))
    word_for_word = meant_instead or (removal_as_said(first.text, message, before)
                                      if text in (None, first.text) and before else None)
    if (text in (None, first.text) or first.error) and before is not None:  # "换成五角星吧" read as ``reshape triangle``
        word_for_word = (word_for_word or reshape_as_said(first.text, message, before, focus)
                         or it_removed(first.text, message, before, focus))
    # Sure too where the world reads the two objects a question compares word for word.
    if before is not None:
        word_for_word = (word_for_word or compare_as_said(first.text, message, before)
                         or check_as_said(first.text, message, before) or ask_as_said(first.text, message, before, focus))
    text = word_for_word or text
    if text == first.text and before is not None and text in (reshape_as_said("", message, before, focus),
                                                              value_said_instead("", message, before, focus)):
        return [Reading((*tok.encode_edit(text), tok.result_id), text, 1.0, 1.0)]  # the world reads it so too: sure
    if text is None or text == first.text:
        return []
    # Sure where the world reads the message word for word as these adds, or as this removal, reshape or comparison,
    # or where the adds are of the one kind it names.
    kind_at_first = adds_of_the_kind_said(marked, message, earlier)  # "two big red squares, one in ... and one in ..."
    sure = 1.0 if word_for_word or text in (kind_said, kind_at_first) or adds_as_said(text, message) else first.confidence
    return [Reading((*tok.encode_edit(text), tok.result_id), text, 1.0, sure)]
