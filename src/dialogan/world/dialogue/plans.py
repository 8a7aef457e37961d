"""A turn's meaning before it has words, and the dialogue state that turns carry forward.

The planner (``planning``) writes a ``Plan``; wording (``wording``, ``messages``) reads it and
never plans; the generators apply it to the ``DialogueState``.
"""
from __future__ import annotations

from ..scene import Scene


class DialogueState:
    """The picture so far, what "it" names there (``focus``, an object index), and the undo/redo stacks."""

    def __init__(self):
        self.scene, self.focus, self.undo, self.redo = Scene(()), None, [], []
        self.pending = None  # what the last turn asked "which one?" about, for the user's answer
        self.last = None  # the last turn's plan, which a correction ("no, a triangle") fixes

    @property
    def it(self) -> int | None:
        """The object "it" names: the focus, or the newest of a group focus."""
        return max(self.focus) if isinstance(self.focus, tuple) else self.focus

    def commit(self, scene: Scene, focus):
        self.undo.append((self.scene, self.focus))  # undo returns to a picture and what "it" named there
        self.redo.clear()
        self.scene, self.focus = scene, focus

    def apply(self, plan: Plan):
        """Carry out a planned turn: an undo/redo command, a changed scene, or only a new focus."""
        self.pending, self.last = plan.pending, plan
        if plan.command and plan.outcome == "ok":
            source, target = (self.undo, self.redo) if plan.command == "undo" else (self.redo, self.undo)
            target.append((self.scene, self.focus))
            self.scene, self.focus = source.pop()
        elif plan.scene != self.scene:
            self.commit(plan.scene, plan.focus)
        else:
            self.focus = plan.focus


class Plan:
    """One planned turn: meanings, not words.

    ``act`` and ``outcome`` choose the reply; ``key`` the template list ("act" or "act@variant");
    ``scene``/``focus`` are the state after the turn, ``edit`` what the turn changes as an
    ``edits`` program, ``command`` "undo"/"redo"; ``question`` asks for a question mark.

    ``slots`` maps a template slot to (kind, value), the meanings ``wording.say`` words:
    obj [(size, color, shape, count, region)], ref (kind, fields), relph (relation, ref),
    place/the_place a region, color a colour, size/sz/cmp/too/scale a size, dir/dirb a direction,
    rel/relit a relation, cq/eq/eqp the fields asked about, thing (kind, value) out of the world,
    uobj/ucolor (property, pick, size, color, shape) a property named by a word the world does not know.
    ``focus`` is an object index or a tuple of them (a group, which "them" names; "it" its newest).
    ``said`` maps a reply slot to (kind, value), the facts ``wording.reply`` words: name a
    SceneObject, region, n, shapes (a count), color, size, list (item, objects), what (fields, n),
    desc fields, side/dir a direction, rel a relation, word (property, pick) the unknown word quoted.
    """
    __slots__ = ("act", "key", "slots", "outcome", "said", "scene", "focus", "command", "question", "edit",
                 "label", "pending", "parts")

    def __init__(self, act, key, slots, outcome="ok", said=None, scene=None, focus=None, command="",
                 question=False, edit="keep"):
        self.act, self.key, self.slots, self.outcome, self.said = act, key, slots, outcome, said or {}
        self.scene, self.focus, self.command, self.question = scene, focus, command, question
        self.edit = command or edit
        self.label = act  # the act the turn is counted under (a clarify turn replies as the act it completes)
        self.pending = None
        self.parts = ()  # several instructions in one message: the plans of each, worded and replied in turn
