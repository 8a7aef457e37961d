"""Training examples for the dialogue model: one per dialogue turn.

Every turn becomes a token sequence (see ``tokenizer.py``) whose loss covers what the model
writes: the edit (or the command ``undo``/``redo``, or for captions the caption) and the reply.
The result of carrying the edit out is part of the sequence but not of the loss: the world
writes it, the model reads it before replying. The generator reads a sequence of its own, the
new scene text (``build_draw_example``), with the token span of each object, which it pools.
Two sources feed the same examples: the built-in shapes world, generated on the fly and
deterministic per (seed, step), and a dataset folder written by ``dialogan data``.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from ..errors import DialoganError
from ..world import TYPO_RATE, Scene, SceneError, apply_edit, focus_fits, generate_dialogues, render_array
from .tokenizer import DialogueTokenizer

IGNORE = -100


@dataclass(frozen=True)
class TurnContext:
    """What the dialogue model sees and must write for one turn."""

    prev_scene_text: str
    history: tuple[tuple[str, str], ...]  # earlier (message, reply) pairs, oldest first
    text: str
    target_text: str  # the new scene text, or "undo" / "redo", or a caption
    reply: str
    scene: Scene | None  # the parsed target scene (None for captions and commands)
    lang: str = "en"
    edit: str = ""  # what the model writes for a shapes-world turn ("" for captions and commands)
    result: str = ""  # what carrying the edit out gives (``world.apply_edit``), read before the reply


@dataclass(frozen=True)
class Example:
    ids: list[int]
    labels: list[int]
    object_spans: list[tuple[int, int]]  # absolute positions of each target object's tokens (none for an edit)
    scene_span: tuple[int, int]  # what the model writes first: the scene text, caption, command or edit
    context: TurnContext


def contexts_from_turns(turns, history_turns: int) -> list[TurnContext]:
    """Walk one dialogue's turns into contexts: generated ``DialogueTurn``s (with a ``scene``) or
    dataset ``TurnRecord``s (with a ``scene_text``, a scene or a caption)."""
    out, prev, prev_scene, history, focus = [], "empty", Scene(()), [], None
    undo, redo = [], []  # (scene, focus) pairs, as the chat's stack keeps them
    asked = None  # the operation a "which one?" left undone, which "pick" completes
    for t in turns:
        if hasattr(t, "scene_text"):
            scene_text = t.scene_text
            try:
                scene = Scene.parse(scene_text)
            except SceneError:
                scene = None  # a caption, not a shapes-world scene
        else:
            scene, scene_text = t.scene, t.scene.text()
        command = getattr(t, "command", "") or ""
        edit = "" if command or scene is None else getattr(t, "edit", "")
        done = apply_edit(prev_scene, edit, focus, asked) if edit else None
        asked = done.asked if done else None
        result = done.result if done else ""
        # "it" names the object the last turn added, touched or asked about; undo and redo return to
        # what it named in the picture they bring back
        source, target = (undo, redo) if command == "undo" else (redo, undo)
        if command in ("undo", "redo") and source:
            target.append((prev_scene, focus))
            focus = source.pop()[1]
        elif done or (scene != prev_scene and not command):
            if scene != prev_scene:
                undo.append((prev_scene, focus))
                redo.clear()
            focus = done.focus if done else focus
        elif command and scene != prev_scene:
            focus = None
        if focus is not None and (scene is None or not focus_fits(focus, scene)):
            focus = None
        out.append(TurnContext(prev, tuple(history[-history_turns:]) if history_turns else (), t.text,
                               command or scene_text, t.reply, None if command else scene,
                               getattr(t, "lang", "en"), edit, result))
        prev, prev_scene = scene_text, scene
        history.append((t.text, t.reply))
    return out


def build_example(tok: DialogueTokenizer, ctx: TurnContext, max_len: int) -> Example:
    """Tokenise a context; drops the oldest history turns until it fits ``max_len``."""
    history = list(ctx.history)
    if ctx.edit:  # the edit, then the world's result (read, not learned), then the reply
        first = tok.encode_edit(ctx.edit)
        object_spans = []  # an edit names objects; their scene text is not in this sequence
        written = first + [tok.result_id]
        given = tok.encode_result(ctx.result)
        reply = given + tok.encode_reply(ctx.reply)[1:]
        learned = [True] * len(written) + [False] * len(given) + [True] * (len(reply) - len(given))
    else:  # the scene text (a caption) or a command, then the reply
        target = tok.encode_scene(ctx.target_text)
        first, object_spans = target.ids, target.spans
        written, reply = target.ids, tok.encode_reply(ctx.reply)
        learned = [True] * (len(written) + len(reply))
    while True:
        prompt = tok.encode_prompt(ctx.prev_scene_text, history, ctx.text)
        if len(prompt) + len(written) + len(reply) <= max_len or not history:
            break
        history.pop(0)
    ids = (prompt + written + reply)[:max_len]
    n_prompt = len(prompt)
    labels = [IGNORE] * n_prompt + [i if keep else IGNORE for i, keep in zip(ids[n_prompt:], learned)]
    spans = [(n_prompt + s, n_prompt + e) for s, e in object_spans if n_prompt + e <= max_len]
    scene_span = (n_prompt, min(max_len, n_prompt + len(first)))
    return Example(ids, labels, spans, scene_span, ctx)


def build_draw_example(tok: DialogueTokenizer, ctx: TurnContext) -> Example:
    """The sequence the generator reads: ``<|scene|>`` and the scene text, nothing else.

    Drawing from the scene text alone (not the conversation around it) makes a picture a
    function of (scene, seed): the same scene and seed give the same picture in any chat.
    """
    target = tok.encode_scene(ctx.target_text)
    ids = [tok.scene_id] + target.ids
    return Example(ids, [IGNORE] * len(ids), [(1 + a, 1 + b) for a, b in target.spans], (1, len(ids)), ctx)


# The acts the dialogue model gets wrong most often when it sees the true previous scene
# (relative places, edits of a named object, ambiguity): a training batch draws them twice as often.
HARD_ACTS = frozenset({"add_relative", "ambiguous", "move", "recolor", "resize", "remove", "missing",
                       # the larger constructions: several objects or operations, a correction of the last turn
                       "add_list", "multi", "correct", "plural", "other"})


class WorldSource:
    """Endless shapes-world turns, the same for the same (seed, step, rank)."""

    def __init__(self, seed: int, split: str = "train", history_turns: int = 2, image_size: int = 64,
                 hard_weight: float = 2.0, typo_rate: float = TYPO_RATE):
        self.seed, self.split, self.history_turns, self.image_size = seed, split, history_turns, image_size
        self.hard_weight, self.typo_rate = hard_weight, typo_rate

    def sample(self, step: int, n: int, rank: int = 0) -> list[tuple[TurnContext, str]]:
        """``n`` turns as (context, act), hard acts weighted by ``hard_weight``, drawn without replacement."""
        base = (self.seed * 1_000_003 + step * 64 + rank) % (2**31)
        pool: list[tuple[TurnContext, str]] = []
        k = 0
        while len(pool) < 2 * n:
            for d in generate_dialogues(max(2, n // 3), seed=base * 7 + k, split=self.split, typo_rate=self.typo_rate):
                pool += zip(contexts_from_turns(d.turns, self.history_turns), (t.act for t in d.turns))
            k += 1
        weights = np.array([self.hard_weight if act in HARD_ACTS else 1.0 for _, act in pool])
        picks = np.random.default_rng(base).choice(len(pool), n, replace=False, p=weights / sum(weights))
        return [pool[i] for i in picks]

    def contexts(self, step: int, n: int, rank: int = 0) -> list[TurnContext]:
        return [ctx for ctx, _ in self.sample(step, n, rank)]

    def sparse_contexts(self, step: int, n: int, rank: int = 0) -> list[TurnContext]:
        """``n`` turns whose target is an empty scene (clear turns, a message before the first shape)
        or a one-object scene, alternately (empty first), the same for the same (seed, step, rank);
        drawn from dialogues of their own, so ``sample`` is unchanged."""
        base = (self.seed * 1_000_003 + step * 64 + rank) % (2**31)
        found: tuple[list, list] = ([], [])  # (empty, one object)
        want = ((n + 1) // 2, n // 2)
        for k in range(1000):
            for d in generate_dialogues(4, seed=base * 11 + 5 + k, split=self.split, typo_rate=self.typo_rate):
                for ctx in contexts_from_turns(d.turns, self.history_turns):
                    if ctx.scene is not None and len(ctx.scene) <= 1 and len(found[len(ctx.scene)]) < want[len(ctx.scene)]:
                        found[len(ctx.scene)].append(ctx)
            if all(len(f) >= w for f, w in zip(found, want)):
                break
        else:
            raise DialoganError(f"the {self.split} dialogues gave too few empty or one-object turns for {n}")
        return [found[i % 2][i // 2] for i in range(n)]

    def image(self, ctx: TurnContext, seed: int) -> np.ndarray | None:
        if ctx.scene is None:
            return None
        return render_array(ctx.scene, self.image_size, seed)


class FolderSource:
    """Turns of a dataset folder written by ``dialogan data make`` or ``data export-coco``.

    ``items[i]`` is turn i's (context, picture path): a turn is named by its position, never by
    its text, since many turns share a text (every picture of a class, one picture's five
    captions) and each keeps its own picture. ``train_indices`` are the turns training draws
    from: all, unless ``hold_out`` kept some pictures back (``held_out``).
    """

    def __init__(self, root: str | Path, seed: int, history_turns: int = 2, image_size: int = 64,
                 skip_bad: bool = False):
        from .records import read_dialogues

        self.root = Path(root)
        self.seed, self.image_size = seed, image_size
        dialogues = read_dialogues(self.root, skip_bad=skip_bad)
        self.items: list[tuple[TurnContext, str | None]] = []
        for d in dialogues:
            for ctx, t in zip(contexts_from_turns(d.turns, history_turns), d.turns):
                self.items.append((ctx, t.image))
        if not self.items:
            raise DialoganError(f"{self.root}: the dataset holds no turns")
        self.held_out: list[int] = []
        self.train_indices = list(range(len(self.items)))
        self._epoch_order: tuple[tuple[int, int, int], list[int]] | None = None  # (epoch, rank, world), order

    def hold_out(self, n_pictures: int) -> None:
        """Keep ``n_pictures`` pictures (chosen by the seed) and all their turns out of training, so
        a quick eval can compare the generator with pictures it never saw."""
        pictures = sorted({path for _, path in self.items if path is not None})
        kept_out = {pictures[i] for i in np.random.default_rng(self.seed).permutation(len(pictures))[:n_pictures]}
        self.held_out = [i for i, (_, path) in enumerate(self.items) if path in kept_out]
        self.train_indices = [i for i, (_, path) in enumerate(self.items) if path not in kept_out]
        if not self.train_indices:
            raise DialoganError(f"{self.root}: holding {n_pictures} picture(s) out leaves no turns to train on")
        self._epoch_order = None

    @property
    def captions(self) -> bool:
        """The turns are captions of real pictures (no shapes-world scene to check a state against)."""
        return any(ctx.scene is None and ctx.target_text not in ("undo", "redo") for ctx, _ in self.items)

    def __len__(self) -> int:
        return len(self.items)

    def _order(self, epoch: int, rank: int, world_size: int) -> list[int]:
        from torch.utils.data import DistributedSampler

        key = (epoch, rank, world_size)
        if self._epoch_order is None or self._epoch_order[0] != key:
            sampler = DistributedSampler(range(len(self.train_indices)), num_replicas=world_size, rank=rank,
                                         shuffle=True, seed=self.seed)
            sampler.set_epoch(epoch)
            self._epoch_order = (key, [self.train_indices[i] for i in sampler])
        return self._epoch_order[1]

    def indices(self, step: int, n: int, rank: int = 0, world_size: int = 1) -> list[int]:
        """The ``n`` training turns (positions in ``items``) of one step on one rank: a pure function
        of (seed, step, rank, world_size). Each epoch ``DistributedSampler`` shuffles the training
        turns and deals the ranks disjoint shares; a rank's steps walk through its share."""
        per_epoch = -(-len(self.train_indices) // world_size)  # DistributedSampler pads to even shares
        out = []
        for position in range(step * n, (step + 1) * n):
            epoch, i = divmod(position, per_epoch)
            out.append(self._order(epoch, rank, world_size)[i])
        return out

    def contexts(self, step: int, n: int, rank: int = 0, world_size: int = 1) -> list[TurnContext]:
        return [self.items[i][0] for i in self.indices(step, n, rank, world_size)]

    def picture(self, index: int) -> np.ndarray | None:
        """Turn ``index``'s own picture, size x size RGB in [0, 1] (None for a turn without one)."""
        path = self.items[index][1]
        if path is None:
            return None
        try:
            with Image.open(self.root / path) as im:
                img = im.convert("RGB")
        except OSError as e:
            raise DialoganError(f"{self.root / path}: cannot read image ({e})") from None
        if img.size != (self.image_size, self.image_size):
            img = img.resize((self.image_size, self.image_size), Image.BICUBIC)
        return np.asarray(img, np.float32) / 255.0
