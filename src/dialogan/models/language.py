"""The dialogue model: a GPT-2 (transformers) trained from scratch, with greedy KV-cache decoding.

Decoding runs the GPT-2 arithmetic directly on the model's own parameters (no copy, no other
format) with a preallocated KV cache. At batch 1 and width 192 a token costs a few small
matmuls; the library's forward spends several times that on bookkeeping per call, which is
what a chat turn of a few dozen tokens waits on; and since an edit copies words and positions
from the message and the previous scene, and a reply repeats the result's words, guessed
tokens are checked several at a time (prompt lookup, exact). GELU is torch's fused tanh form
of GPT-2's "gelu_new" (the same formula). ``Decoder`` gives the same greedy tokens as
``lm(...).logits`` (tested), and a turn's edit, result and reply share one cache.
"""
from __future__ import annotations


import torch
import torch.nn.functional as F
from transformers import GPT2Config, GPT2LMHeadModel

from .config import ModelConfig


def build_language_model(cfg: ModelConfig, pad_id: int = 0) -> GPT2LMHeadModel:
    gpt_cfg = GPT2Config(vocab_size=cfg.vocab_size, n_positions=cfg.n_ctx, n_embd=cfg.n_embd, n_layer=cfg.n_layer,
                         n_head=cfg.n_head, resid_pdrop=0.0, embd_pdrop=0.0, attn_pdrop=0.0,
                         pad_token_id=pad_id, bos_token_id=pad_id, eos_token_id=pad_id)
    return GPT2LMHeadModel(gpt_cfg)


LOOKAHEAD = 8  # guessed tokens checked per step; 0 decodes one token per step


class Decoder:
    """Greedy decoding of one sequence with a KV cache, on a ``GPT2LMHeadModel``'s parameters.

        dec = Decoder(lm, prompt)
        edit = dec.generate({result_id, end_id}, 160)   # stops after (and includes) a stop token
        dec.pending += result_ids + [reply_id]          # tokens given, not generated
        reply = dec.generate({end_id}, 96)              # continues from there, same cache
    """

    def __init__(self, lm: GPT2LMHeadModel, prompt: list[int] | None = None):
        c = lm.config
        if c.activation_function != "gelu_new" or c.scale_attn_by_inverse_layer_idx or c.reorder_and_upcast_attn:
            raise ValueError("Decoder implements GPT-2 with gelu_new and plain attention scaling only")
        t = lm.transformer
        self.lm, self.t, self.n_head, self.eps, self.n_ctx = lm, t, c.n_head, c.layer_norm_epsilon, c.n_positions
        p = t.wte.weight
        # Uninitialised: a step reads only the positions it has written (filling 1.2 MB with zeros cost a
        # turn about a millisecond, and a picture's conditioning another).
        self.k = torch.empty(c.n_layer, 1, c.n_head, c.n_positions, c.n_embd // c.n_head, dtype=p.dtype, device=p.device)
        self.v = torch.empty_like(self.k)
        self.length = 0
        self.tokens: list[int] = []  # the tokens whose keys and values the cache holds, in order
        self.pending = list(prompt or [])  # tokens fed but not yet run through the model
        # The softmax probability of each token ``generate`` chose, in order: how sure the model was.
        self.probs: list[float] = []

    @torch.inference_mode()
    def states(self, ids: list[int]) -> torch.Tensor:
        """The last layer's states (after the final layer norm, as ``hidden_states[-1]``), (n, C)."""
        return self._forward(ids, every_position=True)

    @torch.inference_mode()
    def _forward(self, ids: list[int], every_position: bool = False, rows: int = 1) -> torch.Tensor:
        """Run ``ids`` after the cached ones: the logits of the last ``rows`` positions (rows, V),
        or every position's states."""
        t, start, n = self.t, self.length, len(ids)
        if start + n > self.n_ctx:
            raise ValueError(f"sequence of {start + n} tokens exceeds the context of {self.n_ctx}")
        dev = self.k.device
        x = t.wte.weight[torch.tensor(ids, device=dev)] + t.wpe.weight[start:start + n]
        H, C = self.n_head, x.shape[-1]
        for i, block in enumerate(t.h):
            a = block.attn
            h = F.layer_norm(x, (C,), block.ln_1.weight, block.ln_1.bias, self.eps)
            q, k, v = torch.addmm(a.c_attn.bias, h, a.c_attn.weight).view(n, 3, H, C // H).permute(1, 2, 0, 3)
            self.k[i, 0, :, start:start + n] = k
            self.v[i, 0, :, start:start + n] = v
            keys, values = self.k[i, :, :, : start + n], self.v[i, :, :, : start + n]
            # A prompt attends causally; one new token attends to everything before it.
            y = F.scaled_dot_product_attention(q[None], keys, values, is_causal=n > 1 and start == 0,
                                               attn_mask=None if n == 1 or start == 0 else self._mask(start, n))
            x = x + torch.addmm(a.c_proj.bias, y[0].transpose(0, 1).reshape(n, C), a.c_proj.weight)
            m = block.mlp
            h = F.layer_norm(x, (C,), block.ln_2.weight, block.ln_2.bias, self.eps)
            x = x + torch.addmm(m.c_proj.bias, F.gelu(torch.addmm(m.c_fc.bias, h, m.c_fc.weight), approximate="tanh"),
                                m.c_proj.weight)
        self.length += n
        if every_position:
            return F.layer_norm(x, (C,), t.ln_f.weight, t.ln_f.bias, self.eps)
        last = F.layer_norm(x[-rows:], (C,), t.ln_f.weight, t.ln_f.bias, self.eps)
        # A (rows, C) x (C, V) product: even for one row the matrix kernel beats the matrix-vector one.
        return torch.mm(last, self.lm.lm_head.weight.t())

    @torch.inference_mode()
    def next_probs(self) -> torch.Tensor:
        """The model's probabilities (V,) for the token after the pending ones, which are run into the
        cache (nothing is chosen: a caller that picks a token puts it in ``pending`` and goes on)."""
        if not self.pending:
            raise ValueError("next_probs needs at least one pending token")
        fed = self.pending
        logits = self._forward(fed)
        self.tokens += fed
        self.pending = []
        return logits[0].float().softmax(-1)

    def _mask(self, start: int, n: int) -> torch.Tensor:
        # Several new tokens after a cached prefix: each sees the prefix and the new ones up to itself.
        rows = torch.arange(n, device=self.k.device)[:, None] + start
        return torch.arange(start + n, device=self.k.device)[None, :] <= rows

    def _draft(self, k: int, longest: int = 3, shortest: int = 2) -> list[int]:
        """Up to ``k`` tokens guessed by prompt lookup: what followed the latest earlier occurrence
        of the sequence's last 3 (else 2) tokens. An edit copies positions of the previous scene; a
        single token is too common a key to guess from."""
        seq = self.tokens + self.pending
        for n in range(min(longest, len(seq) - 1), shortest - 1, -1):
            tail = seq[-n:]
            for j in range(len(seq) - n - 1, -1, -1):
                if seq[j:j + n] == tail:
                    return seq[j + n: j + n + k]
        return []

    def generate(self, stop_ids: set[int], max_new: int, lookahead: int = LOOKAHEAD) -> list[int]:
        """Up to ``max_new`` greedy tokens, ending with (and including) the first of ``stop_ids``.

        Each step runs the pending token together with a guessed continuation (``_draft``) and
        keeps the guesses the model itself would have chosen, plus its own next token: the
        output is exactly the token-by-token greedy output, in fewer forward passes (a step
        costs little more for a dozen tokens than for one, its time going to reading weights).
        The probability the model gave each chosen token is appended to ``probs``.
        """
        if not self.pending:
            raise ValueError("generate needs a prompt of at least one token")
        out: list[int] = []
        while len(out) < max_new and self.length + len(self.pending) <= self.n_ctx:
            room = min(max_new - len(out) - 1, self.n_ctx - self.length - len(self.pending), lookahead)
            draft = self._draft(room) if room > 0 else []
            start, fed = self.length, self.pending
            logits = self._forward(fed + draft, rows=len(draft) + 1)
            chosen = logits.argmax(-1)
            top = logits.softmax(-1).gather(1, chosen[:, None])[:, 0]
            preds = chosen.tolist()
            r = 0  # guesses confirmed: the model's choice after each equals the next guess
            while r < len(draft) and preds[r] == draft[r] and preds[r] not in stop_ids:
                r += 1
            # The cache keeps the fed tokens and the confirmed guesses; later entries are overwritten.
            self.tokens += fed + draft[:r]
            self.length = start + len(fed) + r
            self.pending = [preds[r]]
            out += preds[: r + 1]
            self.probs += top[: r + 1].tolist()
            if preds[r] in stop_ids:
                break
        return out


def greedy_decode(lm: GPT2LMHeadModel, prompt: list[int], stop_ids: set[int], max_new: int,
                  allowed_after: dict[int, None] | None = None) -> list[int]:
    """Greedy continuation of ``prompt`` using the KV cache, up to a stop token (included)."""
    return Decoder(lm, prompt).generate(stop_ids, max_new)


@torch.inference_mode()
def library_greedy_decode(lm: GPT2LMHeadModel, prompt: list[int], stop_ids: set[int], max_new: int,
                          use_cache: bool = True) -> list[int]:
    """The same continuation through ``transformers``' own forward (the reference, and the speed baseline)."""
    device = next(lm.parameters()).device
    seq, out, past = list(prompt), [], None
    x = torch.tensor([prompt], device=device)
    for _ in range(max_new):
        if len(seq) > lm.config.n_positions:
            break
        res = lm(input_ids=x, cache=past, use_cache=use_cache)
        nxt = int(res.logits[0, -1].argmax())
        out.append(nxt)
        seq.append(nxt)
        if nxt in stop_ids:
            break
        past = res.cache if use_cache else None
        x = torch.tensor([[nxt]] if use_cache else [seq], device=device)
    return out
