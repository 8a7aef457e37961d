"""Whether a system tells the truth and leaves the picture alone when it should.

Per turn: the facts its reply states that are not true of the picture it shows (the world's
reply checker, ``world.reply_check``), whether it changed its picture (acted on the turn),
and whether that change was destructive: the picture changed although the target did not
(a question answered by resizing, a greeting that cleared everything). Summed over turns:

- ``false_replies``: turns whose reply states a fact not true of the system's own picture
  (after the turn; before it, for what the reply says changed; the world's result of the
  system's edit, when that edit is carried out the same way without the chat's focus);
- ``destructive``: turns whose picture changed although the target did not, out of
  ``target_unchanged`` such turns; ``destructive_from_target``: those of them that began from
  the target's picture (the rest began from a picture an earlier turn had already got wrong,
  where the change may be right for the picture the user sees: "move the large one up" when
  an earlier slip left one large object, not two);
- ``acted_on``: turns where the system changed the picture; ``acted_on_error``: the share of
  those whose picture is not the target; ``wrong_act_share``: those wrong acts as a share of all
  turns;
- of the ``target_changed`` turns (a change was wanted): ``understood``, changed to the target, and
  ``left_alone``, the picture kept (asked back, refused, or not understood).

``truth_cases`` lists the turns behind the first two figures, each with what was said, what the
system wrote and showed before and after, and the target: the cases to read before fixing anything.
"""
from __future__ import annotations

from dialogan.world import Scene, SceneError, apply_edit, false_facts, step_of

from .metrics import state_match as same_objects


def as_scene(objects) -> Scene | None:
    """The system's picture as a ``Scene``, or None when its objects are not the world's."""
    if isinstance(objects, Scene):
        return objects
    try:
        return Scene(tuple(objects or ()))
    except (SceneError, TypeError):
        return None


def world_result(edit: str | None, before: Scene, after: Scene) -> str | None:
    """The world's result of ``edit`` on ``before``, when it leads to ``after`` without the chat's
    focus or pending question (an edit that names "it", "them" or "other", or answers "which
    one?", needs them: without them the world would answer "missing them", which the chat's
    true reply never said)."""
    if not edit or {"it", "them", "other"} & set(edit.split()) or edit.split()[0] in ("pick", "undo", "redo"):
        return None
    try:
        done = apply_edit(before, edit)
    except SceneError:
        return None
    return done.result if done.scene == after else None


def turn_truth(reply: str, edit: str | None, before, after, target_before: Scene, target: Scene,
               state_match: bool) -> dict:
    """The truth figures of one turn: ``false_facts`` (the reply's untrue statements, as text),
    ``false_reply``, ``acted_on`` (the system's picture changed), ``target_changed``,
    ``destructive`` (changed though the target did not) and ``acted_on_error``."""
    before_scene, after_scene = as_scene(before), as_scene(after)
    facts = []
    if reply and after_scene is not None:
        facts = false_facts(reply, after_scene, before_scene, world_result(edit, before_scene, after_scene)
                            if before_scene is not None else None, step_of(edit) if edit else None)
    acted = before_scene is not None and after_scene is not None and before_scene != after_scene
    target_changed = target_before != target
    return {"false_facts": [str(f) for f in facts], "false_reply": bool(facts), "acted_on": acted,
            "target_changed": target_changed, "destructive": acted and not target_changed,
            "from_target": before_scene is not None and same_objects(list(before_scene), target_before),
            "acted_on_error": acted and not state_match,
            "understood": target_changed and acted and state_match, "left_alone": target_changed and not acted}


def truth_summary(records: list[dict]) -> dict:
    """Counts and shares of false replies, destructive turns and acted-on turns over ``records``."""
    n = len(records)
    unchanged = [r for r in records if not r["target_changed"]]
    acted = [r for r in records if r["acted_on"]]
    wanted = [r for r in records if r["target_changed"]]
    share = lambda k, d: k / d if d else None
    false = sum(r["false_reply"] for r in records)
    destructive = sum(r["destructive"] for r in unchanged)
    own = sum(r["destructive"] and r["from_target"] for r in unchanged)
    wrong = sum(r["acted_on_error"] for r in acted)
    return {"false_replies": false, "false_reply_rate": share(false, n),
            "destructive": destructive, "target_unchanged": len(unchanged),
            "destructive_rate": share(destructive, len(unchanged)),
            "destructive_from_target": own, "destructive_share_of_turns": share(destructive, n),
            "acted_on": len(acted), "acted_on_share": share(len(acted), n),
            "acted_on_errors": wrong, "acted_on_error": share(wrong, len(acted)),
            "wrong_act_share": share(wrong, n), "target_changed": len(wanted),
            "understood": sum(r["understood"] for r in wanted), "left_alone": sum(r["left_alone"] for r in wanted)}


_CASE_FIELDS = ("dialogue", "turn", "lang", "act", "text", "edit", "expected_edit", "confidence", "held", "reply",
                "expected_reply", "false_facts", "scene", "target", "from_target")


def truth_cases(records: list[dict], teacher_forced: bool = False) -> list[dict]:
    """The destructive turns and false replies of ``records`` (the evaluator's per-turn records, in
    dialogue order), each as its record's ``_CASE_FIELDS`` with ``kind`` ("destructive", "false
    reply" or both, joined by " and ") and ``before``, the picture the turn started from (the
    system's own, or with ``teacher_forced`` the earlier target)."""
    cases = []
    for k, r in enumerate(records):
        kind = [name for name, flag in (("destructive", r["destructive"]), ("false reply", r["false_reply"])) if flag]
        if not kind:
            continue
        earlier = records[k - 1] if k and records[k - 1]["dialogue"] == r["dialogue"] and r["turn"] else None
        before = earlier["target" if teacher_forced else "scene"] if earlier else "empty"
        cases.append({"kind": " and ".join(kind), "before": before,
                      **{f: r.get(f) for f in _CASE_FIELDS}})
    return cases


def format_case(case: dict) -> str:
    """One case as a few readable lines: what was said and written, the picture before, after and wanted."""
    confidence = "-" if case["confidence"] is None else f"{case['confidence']:.3f}"
    lines = [f"! {case['kind']}: {case['dialogue']} turn {case['turn']} ({case['lang']}, {case['act']})",
             f"    message: {case['text']!r}",
             f"    edit:    {case['edit']}  (confidence {confidence}{', held' if case['held'] else ''}); "
             f"the dialogue's: {case['expected_edit']}",
             f"    reply:   {case['reply']!r}; the dialogue's: {case['expected_reply']!r}",
             f"    before:  {case['before']}", f"    after:   {case['scene']}", f"    target:  {case['target']}"]
    if case["false_facts"]:
        lines.append(f"    false:   {'; '.join(case['false_facts'])}")
    return "\n".join(lines)
