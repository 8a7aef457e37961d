"""The dialogue model's tokenizer: byte-level BPE (any UTF-8 text: Chinese, emoji, typos).

A model input is one sequence::

    <|prev|> previous scene <|user|> earlier message <|assistant|> earlier reply ...
    <|user|> new message <|scene|> edit <|result|> result <|reply|> reply <|end|>

The model writes the edit (``world.edits``), the world carries it out and writes the result,
and the model writes the reply. Captions and the commands ``undo``/``redo`` take the place
of the edit, with no result: ``<|scene|> caption <|reply|> reply <|end|>``. The generator's
own sequence is ``<|scene|> new scene``, encoded object by object, so the token span of
every object is known: the generator pools the language model's states over those spans.

User messages are read in one normal form (``normalize.normalize_message``): case, full-width
forms, traditional characters and emoji carry no meaning in this world, so "DRAW A ＲＥＤ STAR 🙂"
and "draw a red star" are the same tokens, in training and in chat; invisible code points
(bidirectional overrides, zero-width characters, controls) are removed, so they can neither hide
words nor reach the model.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterable

from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

from ..errors import DialoganError
from ..files import atomic_write
from .normalize import normalize_message

SPECIAL_TOKENS = ("<|pad|>", "<|prev|>", "<|user|>", "<|assistant|>", "<|scene|>", "<|reply|>", "<|end|>",
                  "<|result|>")
SCENE_SEPARATOR = " ;"


@dataclass(frozen=True)
class SceneTokens:
    """A scene text as token ids, with the [start, end) span of each object's tokens."""

    ids: list[int]
    spans: list[tuple[int, int]]


class DialogueTokenizer:
    """Wraps a ``tokenizers.Tokenizer`` with the pieces of a dialogue-model sequence."""

    def __init__(self, tokenizer: Tokenizer):
        self.tokenizer = tokenizer
        missing = [t for t in SPECIAL_TOKENS if tokenizer.token_to_id(t) is None]
        if missing:
            raise DialoganError(f"tokenizer lacks the special tokens {missing}")
        self.special = {t: tokenizer.token_to_id(t) for t in SPECIAL_TOKENS}
        self.pad_id = self.special["<|pad|>"]
        self.end_id = self.special["<|end|>"]
        self.scene_id = self.special["<|scene|>"]
        self.reply_id = self.special["<|reply|>"]
        self.result_id = self.special["<|result|>"]
        self.separator_ids = self.encode(SCENE_SEPARATOR)

    @property
    def vocab_size(self) -> int:
        return self.tokenizer.get_vocab_size()

    # Training and persistence.
    @classmethod
    def train(cls, texts: Iterable[str], vocab_size: int = 4096) -> "DialogueTokenizer":
        tok = Tokenizer(models.BPE())
        tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
        tok.decoder = decoders.ByteLevel()
        trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=list(SPECIAL_TOKENS),
                                      initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
        tok.train_from_iterator(texts, trainer)
        return cls(tok)

    def save(self, path: str | os.PathLike) -> None:
        atomic_write(path, self.tokenizer.to_str())

    @classmethod
    def load(cls, path: str | os.PathLike) -> "DialogueTokenizer":
        try:
            return cls(Tokenizer.from_file(str(path)))
        except Exception as e:  # tokenizers raises its own Exception type
            raise DialoganError(f"{path}: not a readable tokenizer.json ({e})") from None

    # Encoding.
    def encode(self, text: str) -> list[int]:
        return self.tokenizer.encode(text, add_special_tokens=False).ids

    def decode(self, ids: Iterable[int]) -> str:
        return self.tokenizer.decode([i for i in ids if i not in self.special.values()])

    def encode_scene(self, scene_text: str) -> SceneTokens:
        """Encode a canonical scene text object by object (``empty``, captions and commands as one piece)."""
        return self._encode_parts(scene_text)

    def encode_edit(self, edit: str) -> list[int]:
        """Encode an edit (``world.edits``) operation by operation, its `` ; `` as a scene's."""
        return self._encode_parts(edit).ids

    def _encode_parts(self, text: str) -> SceneTokens:
        ids: list[int] = []
        spans: list[tuple[int, int]] = []
        parts = [p.strip() for p in text.split(";")]
        for i, part in enumerate(parts):
            if i:
                ids += self.separator_ids
            piece = self.encode(" " + part)
            spans.append((len(ids), len(ids) + len(piece)))
            ids += piece
        return SceneTokens(ids, spans)

    def decode_scene(self, ids: Iterable[int]) -> str:
        return self.decode(ids).strip()

    def decode_edit(self, ids: Iterable[int]) -> str:
        """The text of what the model wrote before ``<|result|>``/``<|reply|>``: an edit or a command."""
        return self.decode(ids).strip()

    def encode_prompt(self, prev_scene_text: str, history: list[tuple[str, str]], message: str) -> list[int]:
        """``<|prev|> scene (<|user|> text <|assistant|> reply)* <|user|> message <|scene|>``, the
        user's messages in their normal form."""
        ids = [self.special["<|prev|>"]] + self.encode_scene(prev_scene_text).ids
        for text, reply in history:
            ids += [self.special["<|user|>"]] + self.encode(" " + normalize_message(text))
            ids += [self.special["<|assistant|>"]] + self.encode(" " + reply)
        ids += [self.special["<|user|>"]] + self.encode(" " + normalize_message(message)) + [self.scene_id]
        return ids

    def encode_result(self, result: str) -> list[int]:
        """The world's result after ``<|result|>``, then ``<|reply|>``: the tokens given, not written."""
        return self.encode(" " + result) + [self.reply_id]

    def encode_reply(self, reply: str) -> list[int]:
        return [self.reply_id] + self.encode(" " + reply) + [self.end_id]
