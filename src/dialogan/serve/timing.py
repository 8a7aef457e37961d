"""Where a server's time goes, in running totals: the model's workers (language model, generator: their
busy time, and the CPU time their threads spent in it, which others' load on the machine hardly moves)
and the request threads (waiting for the model, the database, PNG encoding, the whole action).

``/healthz`` shows the totals to a client holding the key; ``dialogan bench serve-load`` reads them
before and after a load and divides by the turns, which is how it says where a turn's time went.
"""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager

STAGES = ("lm", "generator", "lm_cpu", "generator_cpu", "model_wait", "db", "png", "act")


class StageTimes:
    """Thread-safe seconds per stage, and how many batches of each kind the worker ran."""

    def __init__(self):
        self._lock = threading.Lock()
        self._seconds = dict.fromkeys(STAGES, 0.0)
        self._counts = {"turns": 0, "lm_batches": 0, "lm_rows": 0, "generator_batches": 0, "generator_rows": 0}

    def add(self, stage: str, seconds: float) -> None:
        with self._lock:
            self._seconds[stage] += seconds

    def count(self, name: str, n: int = 1) -> None:
        with self._lock:
            self._counts[name] += n

    @contextmanager
    def measure(self, stage: str):
        start = time.perf_counter()
        try:
            yield
        finally:
            self.add(stage, time.perf_counter() - start)

    def snapshot(self) -> dict:
        """``{"seconds": {stage: total}, "counts": {...}}`` since the server started."""
        with self._lock:
            return {"seconds": dict(self._seconds), "counts": dict(self._counts)}
