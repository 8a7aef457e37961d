"""The trade-off of acting on doubt: the share of turns acted on against the error of those acts.

A system that acts on every edit (threshold 0; ungrounded edits and questions are still held,
``pipeline.hold_on_doubt``) is run once, each turn's confidence recorded
(``Turn.confidence``: the least probability the model gave a token of its edit); for each
threshold the turns it would have held back (acted on, confidence below the threshold) are
counted as left alone. Holding a turn back also changes what later turns start from; this
sweep does not replay that (run ``dialogan eval run --threshold T`` for the figure itself).
"""
from __future__ import annotations

THRESHOLDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99)


def acted_on_curve(records: list[dict], thresholds=THRESHOLDS) -> list[dict]:
    """One row per threshold: ``acted_on`` turns (changed the picture, confidence at or above the
    threshold), their share of all turns, how many of them missed the target (``errors``,
    ``error``), and ``destructive``: of those, turns whose target did not change."""
    n = len(records)
    rows = []
    for t in thresholds:
        acted = [r for r in records if r["acted_on"] and (r.get("confidence") is None or r["confidence"] >= t)]
        wrong = sum(not r["state_match"] for r in acted)
        rows.append({"threshold": t, "acted_on": len(acted), "acted_on_share": len(acted) / n if n else None,
                     "errors": wrong, "error": wrong / len(acted) if acted else None,
                     "destructive": sum(not r["target_changed"] for r in acted)})
    return rows


def format_curve(rows: list[dict], turns: int) -> str:
    """The curve as a plain-text table."""
    lines = [f"{'threshold':>9} | {'acted on':>14} | {'wrong':>13} | destructive   ({turns} turns)"]
    for r in rows:
        share = "–" if r["acted_on_share"] is None else f"{r['acted_on_share']:.3f}"
        err = "–" if r["error"] is None else f"{r['error']:.3f}"
        lines.append(f"{r['threshold']:>9.2f} | {r['acted_on']:>5} ({share}) | {r['errors']:>4} ({err}) | "
                     f"{r['destructive']}")
    return "\n".join(lines)
