"""Turns that arrive together run together: one worker thread owns the model and serves a queue.

Each request runs its own turn in its own thread (load, ``Chat.send``, save), and whenever the turn
needs the model (the edit, the reply, the picture) it puts a job on this queue and waits for its
future. The worker takes the first job, gathers what else arrives within ``window_s`` (a few ms,
up to ``max_batch`` jobs), and runs the decodes as one batch (``pipeline.generate_together``) and
the pictures as one generator pass (``pipeline.pictures``). So sixteen conversations pay for
about one step each of the model per token, not sixteen, and the turn logic stays the
one-at-a-time ``write_turn``, its text unchanged (greedy decoding is exact).

Work that is not somebody's turn now (the pictures of a storyboard, a long OpenAI thread replayed)
is queued at ``BACKGROUND`` priority: a batch never mixes it with turns and holds at most
``MAX_BACKGROUND_BATCH`` of it, so a turn waits at most for one small background batch, never for
the whole storyboard.
"""
from __future__ import annotations

import itertools
import queue
import threading
import time
from concurrent.futures import Future
from contextlib import contextmanager

from PIL import Image

from ..models import LOOKAHEAD, Decoder
from ..pipeline import generate_together, picture, pictures
from ..world import Scene
from .timing import StageTimes

TURN, BACKGROUND = 0, 1  # queue priorities: lower runs first
WINDOW_S = 0.004  # how long the worker waits for more jobs after the first: a few ms against ~100 ms turns
MAX_BATCH = 16
MAX_BACKGROUND_BATCH = 4  # background work runs in small batches, so a turn arriving meanwhile waits little
_STOP = "stop"


class TurnBatcher:
    """The one thread that runs the model, and the queue in front of it."""

    def __init__(self, model, tokenizer, window_s: float = WINDOW_S, max_batch: int = MAX_BATCH,
                 times: StageTimes | None = None):
        if max_batch < 1:
            raise ValueError(f"max_batch must be 1 or more, got {max_batch}")
        self.model, self.tokenizer = model, tokenizer
        self.times = times or StageTimes()
        self.window_s, self.max_batch = window_s, max_batch
        self._queue: queue.PriorityQueue = queue.PriorityQueue()
        self._order = itertools.count()  # first come, first served within a priority
        self._in_flight, self._count_lock = 0, threading.Lock()
        self._thread = threading.Thread(target=self._serve, name="dialogan-model", daemon=True)
        self._thread.start()

    # 1. What request threads call: each blocks until its job has run in some batch.
    @contextmanager
    def turn(self):
        """Around a request's whole turn: while it is the only one, its jobs run without waiting for others."""
        with self._count_lock:
            self._in_flight += 1
        try:
            yield
        finally:
            with self._count_lock:
                self._in_flight -= 1

    def generate(self, decoder: Decoder, stop_ids: set[int], max_new: int, priority: int = TURN) -> list[int]:
        """``decoder.generate(stop_ids, max_new)``'s tokens, run in a batch with whatever else is waiting."""
        with self.times.measure("model_wait"):
            return self._submit("generate", (decoder, stop_ids, max_new), priority).result()

    def draw(self, scene: Scene, seed: int, priority: int = TURN) -> Image.Image:
        """``picture(model, tokenizer, scene, seed)``, drawn in one generator pass with other waiting pictures."""
        with self.times.measure("model_wait"):
            return self._submit("draw", (scene, seed), priority).result()

    def draw_many(self, pairs: list[tuple[Scene, int]], priority: int = BACKGROUND) -> list[Image.Image]:
        """Several pictures, queued at once so they fill batches."""
        futures = [self._submit("draw", pair, priority) for pair in pairs]
        return [f.result() for f in futures]

    def close(self) -> None:
        self._queue.put((-1, -1, _STOP, None, None))
        self._thread.join(10)

    def _submit(self, kind: str, args: tuple, priority: int) -> Future:
        if not self._thread.is_alive():
            raise RuntimeError("the model's worker thread has stopped")
        future: Future = Future()
        self._queue.put((priority, next(self._order), kind, args, future))
        return future

    # 2. The worker: gather a batch, run it, answer every future.
    def _serve(self) -> None:
        while True:
            jobs = self._gather()
            if jobs is None:
                return
            for kind in ("generate", "draw"):
                group = [j for j in jobs if j[2] == kind]
                if group:
                    self._run(kind, group)

    def _gather(self) -> list[tuple] | None:
        first = self._queue.get()
        if first[2] == _STOP:
            return None
        # Alone, a turn would only wait for nobody: the window is for turns that others may join.
        jobs, deadline = [first], time.monotonic() + (self.window_s if self._in_flight > 1 else 0.0)
        most = self.max_batch if first[0] == TURN else min(self.max_batch, MAX_BACKGROUND_BATCH)
        while len(jobs) < most:
            try:
                job = self._queue.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                break
            if job[2] == _STOP or job[0] != first[0]:
                # A turn that came in while background work was gathered goes first, in the next batch.
                self._queue.put(job)
                break
            jobs.append(job)
        return jobs

    def _run(self, kind: str, jobs: list[tuple]) -> None:
        stage = "lm" if kind == "generate" else "generator"
        self.times.count(f"{stage}_batches")
        self.times.count(f"{stage}_rows", len(jobs))
        start = time.perf_counter()
        try:
            results = self._generate([j[3] for j in jobs]) if kind == "generate" else self._draw([j[3] for j in jobs])
        except Exception as error:
            if len(jobs) == 1:
                jobs[0][4].set_exception(error)
                return
            for job in jobs:  # one bad row must not fail the others: run each alone
                self._run(kind, [job])
            return
        self.times.add(stage, time.perf_counter() - start)
        for job, result in zip(jobs, results):
            job[4].set_result(result)

    def _generate(self, rows: list[tuple]) -> list[list[int]]:
        if len(rows) == 1:  # alone, the guessed-token lookahead is faster; the tokens are the same
            decoder, stop_ids, max_new = rows[0]
            return [Decoder.generate(decoder, stop_ids, max_new, LOOKAHEAD)]
        return generate_together([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows])

    def _draw(self, rows: list[tuple]) -> list[Image.Image]:
        if len(rows) == 1:
            return [picture(self.model, self.tokenizer, *rows[0])]
        return pictures(self.model, self.tokenizer, [r[0] for r in rows], [r[1] for r in rows])


class QueuedDecoder(Decoder):
    """A ``Decoder`` whose ``generate`` runs on the batcher's worker, in a batch with other turns."""

    def __init__(self, lm, prompt: list[int] | None, batcher: TurnBatcher, priority: int = TURN):
        super().__init__(lm, prompt)
        self.batcher, self.priority = batcher, priority

    def generate(self, stop_ids: set[int], max_new: int, lookahead: int = LOOKAHEAD) -> list[int]:
        return self.batcher.generate(self, stop_ids, max_new, self.priority)
