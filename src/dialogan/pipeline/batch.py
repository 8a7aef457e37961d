"""Turns of different conversations run as one batch: the language model's greedy decoding over
several ``Decoder``s at once, and the pictures of several (scene, seed) pairs in a few generator passes.

    outs = generate_together(decoders, [stop_ids] * B, [max_new] * B)   # each as d.generate(stop, max_new, 0)
    images = pictures(model, tok, scenes, seeds)                       # each as picture(model, tok, scene, seed)

The promise is equality with the one-at-a-time path: the same greedy tokens as each decoder's own
``generate`` (its cache, length and pending tokens are left as ``generate`` leaves them, so the
turn goes on one at a time or in another batch), and the same pictures up to float rounding.
Rows at different lengths run side by side with per-row positions and masks, and each row stops
at its own stop token; a prompt is read by itself (padding it to the longest would cost more than
the batch saves). A batched step reads the weights
once for every row, which is what a CPU spends a small model's step on.
"""
from __future__ import annotations

import torch
import torch.nn.functional as F
from PIL import Image

from ..data.collate import collate_layout
from ..data.examples import TurnContext, build_draw_example
from ..data.tokenizer import DialogueTokenizer
from ..models import Conditioning, Decoder, DialoGAN
from ..world import Scene
from .turn import draw_batch, seed_noise


@torch.inference_mode()
def generate_together(decoders: list[Decoder], stop_ids: list[set[int]], max_new: list[int]) -> list[list[int]]:
    """For each decoder, what ``decoder.generate(stop_ids[i], max_new[i], lookahead=0)`` returns (and the
    chosen tokens' probabilities it appends to ``probs``), in one batch: a step runs the pending tokens
    of every row still going (a prompt, a result, or the one token chosen last), each at its own
    positions, in one pass."""
    if not decoders:
        return []
    if any(not d.pending for d in decoders):
        raise ValueError("generate needs a prompt of at least one token")
    if len({id(d.lm) for d in decoders}) != 1:
        raise ValueError("decoders of one batch must share one language model")
    n_ctx = decoders[0].n_ctx
    outs: list[list[int]] = [[] for _ in decoders]
    going = list(range(len(decoders)))
    together: list[int] = []  # the rows whose caches now lie side by side in one tensor, in that order
    while True:
        going = [i for i in going if len(outs[i]) < max_new[i]
                 and decoders[i].length + len(decoders[i].pending) <= n_ctx]
        if not going:
            break
        # The rows' caches lie side by side in one tensor; each decoder keeps a view of its row, so
        # nothing is copied back. The tensor is built once (rows only ever leave); a row that stops
        # leaves with a copy of its cache, and the last row moves into its place (copying every row at
        # every stop cost a batch of sixteen a fifth of its time).
        if not together:
            together = _join(decoders, going)
        elif len(going) < len(together):
            together = _leave(decoders, together, set(going))
        first = decoders[together[0]]
        # The rows' views are consecutive rows of one tensor: step over that tensor's block.
        base_k, base_v = _block(first.k, len(together)), _block(first.v, len(together))
        logits = batched_step([decoders[i] for i in together], base_k, base_v)
        chosen = logits.argmax(-1)
        top = logits.softmax(-1).gather(1, chosen[:, None])[:, 0].tolist()  # as Decoder.generate keeps them
        for i, p, prob in zip(together, chosen.tolist(), top):
            d = decoders[i]
            d.tokens += d.pending
            d.length += len(d.pending)
            d.pending = [p]
            d.probs.append(prob)
            outs[i].append(p)
        going = [i for i in going if outs[i][-1] not in stop_ids[i]]
    return outs


def _join(decoders: list[Decoder], rows: list[int]) -> list[int]:
    """Put the caches of ``rows`` side by side in one new tensor, each decoder's cache a view of its row;
    only what each row holds (up to its length) is copied."""
    k, v = _caches(decoders[rows[0]], len(rows), decoders[rows[0]].n_ctx)
    for r, i in enumerate(rows):
        d = decoders[i]
        if d.length:
            k[:, r, :, :d.length] = d.k[:, 0, :, :d.length]
            v[:, r, :, :d.length] = d.v[:, 0, :, :d.length]
        d.k, d.v = k[:, r:r + 1], v[:, r:r + 1]
    return list(rows)


def _leave(decoders: list[Decoder], together: list[int], staying: set[int]) -> list[int]:
    """The rows of ``together`` (side by side in one tensor, in that order) that are in ``staying``,
    now the tensor's first rows: each row leaving takes a copy of its cache, and the last row
    staying moves into its place (its cache up to its length: nothing beyond is read unmasked)."""
    base_k = _block(decoders[together[0]].k, len(together))
    base_v = _block(decoders[together[0]].v, len(together))
    for i in together:
        if i not in staying:
            d = decoders[i]
            d.k, d.v = d.k.clone(), d.v.clone()
    rows = [i if i in staying else None for i in together]
    r = 0
    while r < len(rows):
        if rows[r] is None:
            while rows and rows[-1] is None:
                rows.pop()
            if r >= len(rows):
                break
            i = rows.pop()  # from row len(rows) to row r
            n = decoders[i].length
            base_k[:, r, :, :n] = base_k[:, len(rows), :, :n]
            base_v[:, r, :, :n] = base_v[:, len(rows), :, :n]
            decoders[i].k, decoders[i].v = base_k[:, r:r + 1], base_v[:, r:r + 1]
            rows[r] = i
        r += 1
    return rows


def _block(view: torch.Tensor, rows: int) -> torch.Tensor:
    """The ``rows`` consecutive rows of the tensor that ``view`` (one row, dim 1) starts."""
    return view.as_strided((view.shape[0], rows, *view.shape[2:]), view.stride(), view.storage_offset())


def batched_step(rows: list[Decoder], k: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
    """Run each row's pending tokens after its cached ones, every row in one pass; the logits after each
    row's last one (R, V). ``k``, ``v`` (L, R, H, T, D): the rows' caches, in order."""
    x, ends = _packed_pass(rows, k, v)
    t = rows[0].t
    last = F.layer_norm(x[ends], (x.shape[1],), t.ln_f.weight, t.ln_f.bias, rows[0].eps)
    return torch.mm(last, rows[0].lm.lm_head.weight.t())


def states_together(lm, sequences: list[list[int]]) -> list[torch.Tensor]:
    """Each sequence's last-layer states, as ``Decoder(lm).states(ids)`` gives them, in one pass."""
    rows = [Decoder(lm, ids) for ids in sequences]
    first = rows[0]
    x, _ = _packed_pass(rows, *_caches(first, len(rows), max(len(ids) for ids in sequences)))
    x = F.layer_norm(x, (x.shape[1],), first.t.ln_f.weight, first.t.ln_f.bias, first.eps)
    return list(x.split([len(ids) for ids in sequences]))


def _caches(like: Decoder, rows: int, positions: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Zeroed keys and values for ``rows`` sequences of up to ``positions`` tokens, shaped as ``like``'s cache
    (L, rows, H, positions, D). Zeroed, not left unfilled: attention reads a row up to the longest row, its
    positions past its own masked, and a masked NaN would still spoil the sum."""
    L, _, H, _, D = like.k.shape
    k = torch.zeros(L, rows, H, positions, D, dtype=like.k.dtype, device=like.k.device)
    return k, torch.zeros_like(k)


def _packed_pass(rows: list[Decoder], k: torch.Tensor, v: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """The transformer over each row's pending tokens after its cached ones (written into ``k``, ``v``):
    the last block's output for every token, rows end to end (N, C), and where each row's last token is.
    The tokens run packed through the layers' matrices (a prompt beside one-token rows computes no
    padding); only attention lays them out padded, a row's padded queries repeating its last position,
    whose outputs are never read and whose keys and values are never written."""
    d0 = rows[0]
    t, H, eps = d0.t, d0.n_head, d0.eps
    dev = k.device
    R = len(rows)
    starts = [d.length for d in rows]
    lens = [len(d.pending) for d in rows]
    n, T = max(lens), max(s + m for s, m in zip(starts, lens))
    # Token j of row r: packed at offsets[r] + j, padded at r * n + j.
    offsets = [0]
    for m in lens[:-1]:
        offsets.append(offsets[-1] + m)
    ids = torch.tensor([i for d in rows for i in d.pending], device=dev)
    row_of = torch.tensor([r for r, m in enumerate(lens) for _ in range(m)], device=dev)
    pos = torch.tensor([s + j for s, m in zip(starts, lens) for j in range(m)], device=dev)
    padded = torch.tensor([[o + min(j, m - 1) for j in range(n)] for o, m in zip(offsets, lens)], device=dev)
    packed = torch.tensor([r * n + j for r, m in enumerate(lens) for j in range(m)], device=dev)
    # Query j of a row sees the keys at its own position and before it.
    mask = (torch.arange(T, device=dev)[None, None, :] <= pos[padded][:, :, None])[:, None]
    x = t.wte.weight[ids] + t.wpe.weight[pos]
    N, C = x.shape
    for i, block in enumerate(t.h):
        a = block.attn
        h = F.layer_norm(x, (C,), block.ln_1.weight, block.ln_1.bias, eps)
        qkv = torch.addmm(a.c_attn.bias, h, a.c_attn.weight).view(N, 3, H, C // H)
        k[i, row_of, :, pos] = qkv[:, 1]
        v[i, row_of, :, pos] = qkv[:, 2]
        q = qkv[:, 0][padded].transpose(1, 2)  # (R, H, n, D)
        y = F.scaled_dot_product_attention(q, k[i, :, :, :T], v[i, :, :, :T], attn_mask=mask)
        y = y.transpose(1, 2).reshape(R * n, C)[packed]
        x = x + torch.addmm(a.c_proj.bias, y, a.c_proj.weight)
        mlp = block.mlp
        h = F.layer_norm(x, (C,), block.ln_2.weight, block.ln_2.bias, eps)
        x = x + torch.addmm(mlp.c_proj.bias, F.gelu(torch.addmm(mlp.c_fc.bias, h, mlp.c_fc.weight), approximate="tanh"),
                            mlp.c_proj.weight)
    return x, torch.tensor([o + m - 1 for o, m in zip(offsets, lens)], device=dev)


GENERATOR_CHUNK = 4  # pictures per generator pass: on a CPU a pass of 16 costs more per picture than
# passes of 2-4 (its activations outgrow the caches), and one alone pays each layer's overhead for one
# picture (`python -m dialogan.bench.serve_profile` measures each size)


@torch.inference_mode()
def pictures(model: DialoGAN, tok: DialogueTokenizer, scenes: list[Scene], seeds: list[int],
             chunk: int = GENERATOR_CHUNK) -> list[Image.Image]:
    """The pictures of each (scene, seed), drawn ``chunk`` at a time per generator pass; each equals
    ``picture(model, tok, scene, seed)`` up to float rounding."""
    if len(scenes) != len(seeds):
        raise ValueError(f"{len(scenes)} scenes but {len(seeds)} seeds")
    if chunk < 1:
        raise ValueError(f"chunk must be 1 or more, got {chunk}")
    images: list[Image.Image] = []
    for i in range(0, len(scenes), chunk):
        images += _one_pass(model, tok, scenes[i:i + chunk], seeds[i:i + chunk])
    return images


def _one_pass(model: DialoGAN, tok: DialogueTokenizer, scenes: list[Scene], seeds: list[int]) -> list[Image.Image]:
    """The pictures of each (scene, seed) in one generator pass."""
    cond = scene_conditions(model, tok, scenes)
    z = seed_noise(seeds, model.cfg.z_dim).to(cond.scene_state.device)  # each seed's noise, as draw_scene draws it
    pixels = (draw_batch(model, cond, z).clamp(-1, 1) + 1) / 2
    arrays = pixels.permute(0, 2, 3, 1).mul(255).round().byte().cpu().numpy()
    return [Image.fromarray(a, "RGB") for a in arrays]


def scene_conditions(model: DialoGAN, tok: DialogueTokenizer, scenes: list[Scene]) -> Conditioning:
    """The generator's conditioning of each scene (``turn.condition_scene``'s), as one batch: each scene's
    states over "<|scene|> scene text", read together and padded to the longest."""
    examples = [build_draw_example(tok, TurnContext("empty", (), "", s.text(), "", s)) for s in scenes]
    states = states_together(model.lm, [ex.ids for ex in examples])
    width = max(s.shape[0] for s in states)
    hidden = torch.stack([torch.cat([s, s.new_zeros(width - s.shape[0], s.shape[1])]) for s in states])
    return model.condition(hidden, **collate_layout(examples))
