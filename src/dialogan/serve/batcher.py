"""Turns that arrive together run together: worker threads own the model, each kind serving a queue.

Each request runs its own turn in its own thread (load, ``Chat.send``, save), and whenever the turn
needs the model (the edit, the reply, the picture) it puts a job on a queue and waits for its
future. The language model's jobs (decodes) have one worker thread and the generator's (pictures)
two, so one turn's picture is drawn while the next turns' words are decoded, on another core
(torch leaves Python's lock while it computes). A worker takes the first job, gathers what else
arrives within its window (``gather_window``: longer the more turns are in flight), and runs the
decodes as one batch of up to ``max_batch`` (``pipeline.generate_together``) and the pictures
``GENERATOR_CHUNK`` at a time (``pipeline.pictures``). So sixteen conversations pay for about one
step each of the model per token, not sixteen, and the turn logic stays the one-at-a-time
``write_turn``, its text unchanged (greedy decoding is exact).

Work that is not somebody's turn now (the pictures of a storyboard, a long OpenAI thread replayed)
is queued at ``BACKGROUND`` priority: a batch never mixes it with turns and holds at most
``MAX_BACKGROUND_BATCH`` of it, so a turn waits at most for one small background batch, never for
the whole storyboard.
"""
from __future__ import annotations

import itertools
import os
import queue
import threading
import time
from concurrent.futures import Future
from contextlib import contextmanager

import torch
from PIL import Image

from ..models import LOOKAHEAD, Decoder
from ..pipeline import GENERATOR_CHUNK, generate_together, picture, pictures
from ..world import Scene
from .timing import StageTimes

TURN, BACKGROUND = 0, 1  # queue priorities: lower runs first
WINDOW_S = 0.004  # how long a worker waits for more jobs after the first, per other turn in flight
MAX_WINDOW_S = 0.016  # and at most: a few ms against turns that take ~100 ms alone and far more under load
MAX_BATCH = 16
MAX_BACKGROUND_BATCH = 4  # background work runs in small batches, so a turn arriving meanwhile waits little
# Pictures are drawn a few at a time (a generator pass of many pictures costs more per picture on a
# CPU than one of a few: ``pipeline.GENERATOR_CHUNK``) by workers from one queue: two where a third
# core is free beside the language model's worker, else one (on 2 cores a second one only competed
# with the decoding: 44.8-46.5 turns/s against 46.6-47.1 with one at 16 conversations at once).
DRAW_WORKERS = 2 if (os.cpu_count() or 1) >= 3 else 1
_STOP = "stop"


class TurnBatcher:
    """The threads that run the model (language model, generator), and the queues in front of them."""

    def __init__(self, model, tokenizer, window_s: float = WINDOW_S, max_batch: int = MAX_BATCH,
                 times: StageTimes | None = None):
        if max_batch < 1:
            raise ValueError(f"max_batch must be 1 or more, got {max_batch}")
        self.model, self.tokenizer = model, tokenizer
        self.times = times or StageTimes()
        self.window_s, self.max_batch = window_s, max_batch
        self._in_flight, self._count_lock = 0, threading.Lock()
        with torch.inference_mode():  # the generator's fast-path weights, made here once, not by two
            model.generator_ema.to_channels_last().eval().folded()  # drawing threads at once
        self._lanes = {"generate": _Lane(self, "lm", self._generate, max_batch),
                       "draw": _Lane(self, "generator", self._draw, min(max_batch, GENERATOR_CHUNK), DRAW_WORKERS)}

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
            return self._lanes["generate"].submit((decoder, stop_ids, max_new), priority).result()

    def draw(self, scene: Scene, seed: int, priority: int = TURN) -> Image.Image:
        """``picture(model, tokenizer, scene, seed)``, drawn in one generator pass with other waiting pictures."""
        with self.times.measure("model_wait"):
            return self._lanes["draw"].submit((scene, seed), priority).result()

    def draw_many(self, pairs: list[tuple[Scene, int]], priority: int = BACKGROUND) -> list[Image.Image]:
        """Several pictures, queued at once so they fill batches."""
        futures = [self._lanes["draw"].submit(pair, priority) for pair in pairs]
        return [f.result() for f in futures]

    def close(self) -> None:
        for lane in self._lanes.values():
            lane.close()

    # 2. What the workers run: a batch of rows of one kind.
    def _generate(self, rows: list[tuple]) -> list[list[int]]:
        if len(rows) == 1:  # alone, the guessed-token lookahead is faster; the tokens are the same
            decoder, stop_ids, max_new = rows[0]
            return [Decoder.generate(decoder, stop_ids, max_new, LOOKAHEAD)]
        return generate_together([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows])

    def _draw(self, rows: list[tuple]) -> list[Image.Image]:
        if len(rows) == 1:
            return [picture(self.model, self.tokenizer, *rows[0])]
        return pictures(self.model, self.tokenizer, [r[0] for r in rows], [r[1] for r in rows])


def gather_window(in_flight: int, window_s: float = WINDOW_S, longest: float = MAX_WINDOW_S) -> float:
    """How long a worker holds a batch open for more jobs, with ``in_flight`` turns under way: none
    for a turn alone (it would wait for nobody), else ``window_s`` for each other turn, at most
    ``longest``. Many turns in flight fill a batch; each row of a batch costs far less than a batch
    of its own (the weights are read once for all rows)."""
    return min(longest, window_s * max(0, in_flight - 1))


class _Lane:
    """Worker threads and the queue in front of them: a worker gathers a batch of at most ``most``
    jobs, runs it with ``run(rows) -> results``, answers every future, and adds its busy time to
    ``stage``."""

    def __init__(self, batcher: TurnBatcher, stage: str, run, most: int, workers: int = 1):
        self.batcher, self.stage, self.run, self.most = batcher, stage, run, most
        self._queue: queue.PriorityQueue = queue.PriorityQueue()
        self._order = itertools.count()  # first come, first served within a priority
        self._threads = [threading.Thread(target=self._serve, name=f"dialogan-{stage}-{k}", daemon=True)
                         for k in range(workers)]
        for thread in self._threads:
            thread.start()

    def submit(self, args: tuple, priority: int) -> Future:
        if not any(t.is_alive() for t in self._threads):
            raise RuntimeError(f"the model's {self.stage} worker threads have stopped")
        future: Future = Future()
        self._queue.put((priority, next(self._order), args, future))
        return future

    def close(self) -> None:
        for _ in self._threads:
            self._queue.put((-1, -1, _STOP, None))
        for thread in self._threads:
            thread.join(10)

    def _serve(self) -> None:
        while True:
            jobs = self._gather()
            if jobs is None:
                return
            self._run(jobs)

    def _gather(self) -> list[tuple] | None:
        first = self._queue.get()
        if first[2] is _STOP:
            return None
        b = self.batcher
        in_flight = b._in_flight
        jobs, deadline = [first], time.monotonic() + gather_window(in_flight, b.window_s)
        most = self.most if first[0] == TURN else min(self.most, MAX_BACKGROUND_BATCH)
        while len(jobs) < most:
            # Once every turn in flight has a job here, no other will come: take only what is queued.
            wait = 0.0 if len(jobs) >= in_flight else deadline - time.monotonic()
            try:
                job = self._queue.get(timeout=max(0.0, wait))
            except queue.Empty:
                break
            if job[2] is _STOP or job[0] != first[0]:
                # A turn that came in while background work was gathered goes first, in the next batch.
                self._queue.put(job)
                break
            jobs.append(job)
        return jobs

    def _run(self, jobs: list[tuple]) -> None:
        times = self.batcher.times
        times.count(f"{self.stage}_batches")
        times.count(f"{self.stage}_rows", len(jobs))
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            results = self.run([j[2] for j in jobs])
        except Exception as error:
            if len(jobs) == 1:
                jobs[0][3].set_exception(error)
                return
            for job in jobs:  # one bad row must not fail the others: run each alone
                self._run([job])
            return
        times.add(self.stage, time.perf_counter() - start)
        times.add(f"{self.stage}_cpu", time.thread_time() - cpu)
        for job, result in zip(jobs, results):
            job[3].set_result(result)


class QueuedDecoder(Decoder):
    """A ``Decoder`` whose ``generate`` runs on the batcher's worker, in a batch with other turns."""

    def __init__(self, lm, prompt: list[int] | None, batcher: TurnBatcher, priority: int = TURN):
        super().__init__(lm, prompt)
        self.batcher, self.priority = batcher, priority

    def generate(self, stop_ids: set[int], max_new: int, lookahead: int = LOOKAHEAD) -> list[int]:
        return self.batcher.generate(self, stop_ids, max_new, self.priority)
