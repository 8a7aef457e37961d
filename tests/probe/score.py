"""Score a dialogan checkpoint on the blind probe (tests/probe/cases.py): the first one (80 cases),
the second (40 cases, written after the first had been read closely), the third (60 cases, by a
writer who never read the world's wording), the fourth or the fifth (64 cases each, by two more such writers
each) or the sixth and seventh (48 cases each, by one more each), the eighth (64, by two more), the ninth (32, by one
more), the tenth (96, by three more), the eleventh to the twenty-ninth (96 each, by three more each), with
``--set``.

Every case goes through ``run_case`` of the acceptance scorer, ../shared/acceptance/check.py
(beside the repository), so the probe is judged exactly as the acceptance dialogues are. Prints
each failing case, the pass rate per kind and per language group, and the total; exits 0 when
the total reaches --min-pass, 1 when it does not, 2 when the scorer or checkpoint is missing.

    PYTHONPATH=src OMP_NUM_THREADS=1 python tests/probe/score.py [--checkpoint DIR] [--set second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second|twenty-third|twenty-fourth|twenty-fifth|twenty-sixth|twenty-seventh|twenty-eighth|twenty-ninth] [--json OUT]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
CHECK_PY = REPO.parent / "shared" / "acceptance" / "check.py"


def load_module(name: str, path: Path):
    """The Python file at ``path`` as a module named ``name`` (the probe and its scorer are not a package)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _Recording:
    """The chat as run_case drives it, keeping each turn's message, edit, reply and scene text, so
    a failure can be read turn by turn."""

    def __init__(self, chat):
        self.chat, self.turns = chat, []

    def reset(self):
        self.chat.reset()
        self.turns = []

    def send(self, text):
        turn = self.chat.send(text)
        self.turns.append(dict(user=text, edit=getattr(turn, "edit", None), reply=turn.reply,
                               scene=str(turn.scene)))
        return turn


def score(chat, run_case, cases, language_of) -> dict:
    """Run every case; the results (with each turn's edit, reply and scene), and pass counts per
    kind and per language group."""
    results, by_kind, by_lang = [], {}, {}
    chat = _Recording(chat)
    for case in cases:
        try:
            fails, _, _ = run_case(chat, case)
        except Exception as e:  # a crash fails the case, not the run
            fails = [f"crashed: {e!r}"]
        ok = not fails
        lang = language_of(case)
        results.append(dict(id=case["id"], lang=lang, cat=case["cat"], ok=ok, fails=fails, turns=chat.turns))
        for table, key in ((by_kind, case["cat"]), (by_lang, lang)):
            table.setdefault(key, [0, 0])
            table[key][0] += ok
            table[key][1] += 1
    n_ok = sum(r["ok"] for r in results)
    return dict(rate=n_ok / len(results), passed=n_ok, total=len(results), by_kind=by_kind, by_language=by_lang,
                results=results)


def _rates(table: dict) -> str:
    return ", ".join(f"{k} {ok}/{n}" for k, (ok, n) in sorted(table.items()))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--checkpoint", help="checkpoint folder (default: the shipped model)")
    ap.add_argument("--set", choices=("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                                       "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth"),
                    default="first", help="which probe: the first (CASES, the default), the second (SECOND), and so on "
                                          "to the twenty-ninth (TWENTY_NINTH)")
    ap.add_argument("--json", help="write the figures and every case's result here")
    ap.add_argument("--min-pass", type=float, default=0.9, help="pass rate the exit status asks for (default 0.9)")
    a = ap.parse_args(argv)
    if not CHECK_PY.is_file():
        print(f"score.py: the acceptance scorer is missing: expected {CHECK_PY} (../shared/acceptance/check.py "
              "beside the repository); the probe is scored with its run_case", file=sys.stderr)
        return 2
    if a.checkpoint and not Path(a.checkpoint).is_dir():
        print(f"score.py: --checkpoint {a.checkpoint}: no such folder", file=sys.stderr)
        return 2
    check = load_module("acceptance_check", CHECK_PY)
    probe = load_module("probe_cases", HERE / "cases.py")
    from dialogan import Chat

    t0 = time.time()
    chat = Chat.load(a.checkpoint)
    out = score(chat, check.run_case, {"first": probe.CASES, "second": probe.SECOND, "third": probe.THIRD,
                                                "fourth": probe.FOURTH, "fifth": probe.FIFTH,
                                                "sixth": probe.SIXTH, "seventh": probe.SEVENTH, "eighth": probe.EIGHTH, "ninth": probe.NINTH, "tenth": probe.TENTH,
                                                "eleventh": probe.ELEVENTH, "twelfth": probe.TWELFTH,
                                                "thirteenth": probe.THIRTEENTH,
                                                "fourteenth": probe.FOURTEENTH, "fifteenth": probe.FIFTEENTH,
                                                "sixteenth": probe.SIXTEENTH, "seventeenth": probe.SEVENTEENTH,
                                                "eighteenth": probe.EIGHTEENTH, "nineteenth": probe.NINETEENTH, "twentieth": probe.TWENTIETH, "twenty-first": probe.TWENTY_FIRST, "twenty-second": probe.TWENTY_SECOND, "twenty-third": probe.TWENTY_THIRD, "twenty-fourth": probe.TWENTY_FOURTH, "twenty-fifth": probe.TWENTY_FIFTH, "twenty-sixth": probe.TWENTY_SIXTH, "twenty-seventh": probe.TWENTY_SEVENTH, "twenty-eighth": probe.TWENTY_EIGHTH, "twenty-ninth": probe.TWENTY_NINTH}[a.set], probe.language_of)
    for r in out["results"]:
        if not r["ok"]:
            print(f"  {r['id']} ({r['cat']}): " + "; ".join(r["fails"])[:300])
    print("by kind: " + _rates(out["by_kind"]))
    print("by language: " + _rates(out["by_language"]))
    out["checkpoint"], out["set"] = a.checkpoint or "shipped", a.set
    if a.json:
        Path(a.json).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"blind probe ({a.set}): {out['passed']}/{out['total']} pass ({out['rate']:.2f}), {time.time() - t0:.0f}s")
    return 0 if out["rate"] >= a.min_pass else 1


if __name__ == "__main__":
    sys.exit(main())
