"""The peers table: one row per system, then one row of ratios dialogan / peer per peer."""
from __future__ import annotations

# (key, header, digits); a figure is None where it does not apply (a peer keeps no scene).
COLUMNS = (("final_f1", "final-turn F1", 3), ("turn_f1", "per-turn F1", 3), ("rsim", "rsim", 3),
           ("state_match", "state exact match", 3), ("p50_ms", "latency p50 (ms)", 1),
           ("parameters", "parameters", 0))


def figures(result: dict, parameters: int, has_state: bool = True) -> dict:
    """The table's figures from one ``dialogan.eval.evaluate`` result."""
    a, f = result["all_turns"], result["final_turns"]
    return {"final_f1": f["f1"], "turn_f1": a["f1"], "rsim": a["rsim"],
            "state_match": a["state_match"] if has_state else None,
            "p50_ms": result["latency"]["p50_ms"], "parameters": parameters}


def _value(v, digits: int) -> str:
    if v is None:
        return "n/a"
    if digits == 0:
        return f"{v / 1e6:.2f}M" if v >= 1e6 else f"{v:,}"
    return f"{v:.{digits}f}"


def format_ratio(a, b) -> str:
    """``a / b`` as "2.50x"; "n/a" when either is missing, "inf" when only ``b`` is zero."""
    if a is None or b is None:
        return "n/a"
    if b == 0:
        return "1.00x" if a == 0 else "inf"
    return f"{a / b:.2f}x"


def peer_table(rows: dict[str, dict], reference: str = "dialogan") -> str:
    """A markdown table of ``rows`` (system -> figures), then ``reference / peer`` for every peer.

    Higher is better for the scores, lower for latency and parameters: a ratio above 1 on
    latency means the reference is that many times slower."""
    if reference not in rows:
        raise ValueError(f"the reference system {reference!r} is not among the rows {sorted(rows)}")
    head = "| system | " + " | ".join(h for _, h, _ in COLUMNS) + " |"
    lines = [head, "|---" * (len(COLUMNS) + 1) + "|"]
    for name, fig in rows.items():
        lines.append(f"| {name} | " + " | ".join(_value(fig.get(k), d) for k, _, d in COLUMNS) + " |")
    ref = rows[reference]
    for name, fig in rows.items():
        if name != reference:
            lines.append(f"| {reference} / {name} | "
                         + " | ".join(format_ratio(ref.get(k), fig.get(k)) for k, _, _ in COLUMNS) + " |")
    return "\n".join(lines) + "\n"
