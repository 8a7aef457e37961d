"""One dialogue turn, the only place that wires the parts together: the prompt, the edit the
language model writes, the world carrying it out, the reply, and the picture.

    prompt = build_prompt(tok, model.cfg.n_ctx, scene.text(), history, message)  # 1. what the model reads
    written = write_turn(model, tok, prompt, scene)      # 2.-4. edit, world's result, reply
    image = picture(model, tok, written.scene, seed)     # 5. the picture of (scene, seed)

What makes a turn fast on a CPU, measured by ``dialogan bench speed`` (see BENCHMARKS.md):
the language model decodes through ``language.Decoder`` (the GPT-2 arithmetic on the model's
own parameters, one KV cache for the edit and the reply, guessed tokens checked in batches),
the generator's conditioning comes from the same lean forward, and the generator takes its
fast paths (``Generator.to_channels_last``, ``Generator.folded``,
``Generator.paint_layout_channels_last``). Weights, architecture and pictures are unchanged.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import torch
from PIL import Image

from ..data.collate import collate_layout
from ..data.normalize import normalize_message
from ..data.examples import TurnContext, build_draw_example
from ..data.tokenizer import DialogueTokenizer
from ..models import LOOKAHEAD, Conditioning, Decoder, DialoGAN
from ..world import (Scene, SceneError, apply_edit, facts, false_facts, mend_broken, names_no_number, picture_noise,
                     read_reply, read_whole, reads_as_out_of_world, refusal_of, reply_language, step_of, world_reply)
from ..world.facts import LANGS

MAX_EDIT_TOKENS = 160
MAX_REPLY_TOKENS = 96


@dataclass(frozen=True)
class Written:
    """What the dialogue model wrote for one turn.

    ``text`` is the edit (or ``undo``/``redo``, or for a caption model the caption); ``scene`` the
    scene it leads to (None for commands, captions and edits that cannot be carried out, in which
    case ``error`` says why); ``result`` what the world reported back; ``reply`` the reply, every
    fact of which is true of ``scene`` (a reply the world found false was replaced by the world's
    own wording, and ``corrected`` says so); ``confidence`` the least probability the model gave
    any token of the edit (its stop token included): how sure it was of what to do. ``held`` is
    an edit the turn did not carry out because of doubt (see ``hold_on_doubt``): ``scene`` is then
    the picture before the turn and ``reply`` asks whether to do it.
    """

    text: str
    scene: Scene | None
    reply: str
    result: str = ""
    error: str = ""
    focus: int | tuple[int, ...] | None = None  # the object(s) the edit added, touched or asked about ("it"/"them" next)
    asked: str | None = None  # the operation a "which one?" left undone ("pick" next turn completes it)
    confidence: float = 1.0
    corrected: bool = False
    held: str = ""


def build_prompt(tok: DialogueTokenizer, n_ctx: int, scene_text: str, history: list[tuple[str, str]],
                 message: str) -> list[int]:
    """The prompt of a turn: the scene, the earlier (message, reply) pairs and the new message,
    within three quarters of the context ``n_ctx`` (the rest is for the edit and the reply): the
    oldest exchanges go first, then the message is cut to a third of the context."""
    prompt = tok.encode_prompt(scene_text, history, message)
    while len(prompt) > n_ctx * 3 // 4 and history:
        history = history[1:]
        prompt = tok.encode_prompt(scene_text, history, message)
    if len(prompt) > n_ctx * 3 // 4:
        keep = tok.encode(" " + message)[: n_ctx // 3]
        prompt = tok.encode_prompt(scene_text, [], tok.decode(keep))
    return prompt


def _message(tok: DialogueTokenizer, prompt: list[int]) -> str:
    """The user's message of a prompt (``encode_prompt``), as the model read it: after its last ``<|user|>``."""
    user = tok.special["<|user|>"]
    start = max((k for k, i in enumerate(prompt) if i == user), default=-1) + 1
    return tok.decode(prompt[start:]).strip()


@torch.inference_mode()
def write_turn(model: DialoGAN, tok: DialogueTokenizer, prompt: list[int], scene: Scene | None = None,
               lookahead: int = LOOKAHEAD, focus: int | None = None, asked: str | None = None,
               new_decoder=Decoder, edit_start: tuple[int, ...] = ()) -> Written:
    """Greedy decoding of one turn: the edit, carried out on ``scene`` (the picture the prompt
    shows; ``focus`` is the object "it" names, ``asked`` the operation "pick" completes), the
    world's result fed back into the same cache, then the reply. ``lookahead`` guessed tokens
    are checked per step (0: one token per step; the same text). ``new_decoder(lm, prompt)`` makes
    the decoder (a server passes one whose ``generate`` runs in a batch with other turns).
    ``edit_start``: the edit's first tokens, given rather than chosen (another reading of the
    message, ``pipeline.rereading``; it may end with the token that ends the edit);
    ``confidence`` is then the least probability of the tokens chosen after them (1.0 for none)."""
    # 1. The edit (or a command, or a caption), up to the token that says what follows it.
    stops = (tok.result_id, tok.reply_id, tok.end_id)
    room = model.cfg.n_ctx - len(prompt)
    decoder = new_decoder(model.lm, prompt + list(edit_start))
    ids = list(edit_start)
    if not (ids and ids[-1] in stops):
        ids += decoder.generate(set(stops), min(MAX_EDIT_TOKENS, room - 2) - len(ids), lookahead)
    stop = ids[-1] if ids and ids[-1] in stops else None
    text = tok.decode_edit(ids[:-1] if stop is not None else ids)
    confidence = min(decoder.probs, default=1.0 if edit_start else 0.0)
    room -= len(ids)
    new_scene, result, done, before, given_focus, given_asked = None, "", None, scene, focus, asked
    if stop == tok.result_id:
        # 2. The world carries the edit out; its result is read into the same cache.
        before = scene if scene is not None else Scene(())
        try:
            done = apply_edit(before, text, focus, asked)
        except SceneError as e:
            return Written(text, None, "", error=str(e), confidence=confidence)
        new_scene, result, focus, asked = done.scene, done.result, done.focus, done.asked
        given = tok.encode_result(result)
        if len(given) >= room:  # no room left to write a reply in: the world's own
            reply, _ = true_reply("", before, text, done, given_asked, given_focus, _message(tok, prompt))
            return Written(text, new_scene, reply, result, focus=focus, asked=asked, confidence=confidence,
                           corrected=True)
        decoder.pending += given
        room -= len(given)
    elif stop != tok.reply_id or text in ("undo", "redo"):
        # Commands are the chat's to carry out and word; no stop token at all is a failure.
        return Written(text, None, "", error="" if stop == tok.reply_id else "the model wrote no reply",
                       confidence=confidence)
    # 3. The reply continues the same sequence (a caption's too): the cache holds the prompt, the
    # edit and its result.
    reply_ids = decoder.generate({tok.end_id}, min(MAX_REPLY_TOKENS, max(1, room)), lookahead)
    reply = mend_broken(tok.decode(reply_ids).strip(), _message(tok, prompt))
    # 4. Facts come from the world, words from the model: a reply that states anything untrue of
    # the picture is replaced by the world's own wording before anyone sees it.
    corrected = False
    if done is not None:
        reply, corrected = true_reply(reply, before, text, done, given_asked, given_focus, _message(tok, prompt))
    return Written(text, new_scene, reply, result, focus=focus, asked=asked if stop == tok.result_id else None,
                   confidence=confidence, corrected=corrected)


def true_reply(reply: str, before: Scene, edit: str, done, asked: str | None = None,
               focus: int | None = None, message: str | None = None) -> tuple[str, bool]:
    """``reply`` when it is the world's sentences, whole (``read_whole``), and every fact it states is
    true of the turn (``done``, the world's outcome of ``edit`` on ``before``), else the world's own
    reply to the turn in the reply's language (``world_reply``), else the world's description of the
    picture; and whether it was replaced. A ``keep`` has no outcome to word: a reply to it that is none of
    the world's sentences ("Sorry, I can't draw that: ... purple, purple, pink, pink, pink") is the world's
    refusal of what ``message`` (the user's message, when given) names that it cannot draw, or of anything
    it cannot draw. Where nothing fits what the edit names (a ``missing`` outcome), the reply is the world's."""
    lang = reply_language(reply if reply.strip() or message is None else message)
    if edit.strip() == "keep" and reads_as_out_of_world(reply):
        # A refusal asks back what to draw, as the world words it now (a model may say an earlier wording).
        own = world_reply(reply, before, edit, done, lang=lang)
        return own, own != reply
    if edit.strip() == "keep" and message is not None and (not read_whole(reply) or (
            _asks_how_many(reply) and not names_no_number(normalize_message(message)))):
        # "How many gray stars would you like?" for "swap them", which asks for no number: the world's refusal.
        lang = reply_language(message)
        return refusal_of(message, lang) or LANGS[lang].REPLIES[("out_of_world", "ok")], True
    step = step_of(edit, asked)
    if done.result.startswith("missing"):
        # Nothing fits what the edit names: the world says what it looked for ("画面里没有圆形。"), not the
        # model, whose true "画面里没有六边形" after "add a triangle below it" on an empty picture answers nothing.
        try:
            own = world_reply(reply, before, edit, done, lang=lang, asked=asked, focus=focus)
        except (SceneError, IndexError, KeyError, ValueError):
            own = None
        if own and not false_facts(own, done.scene, before, done.result, step):
            return own, own != reply
    if read_whole(reply) and not false_facts(reply, done.scene, before, done.result, step):
        return reply, False
    try:
        own = world_reply(reply, before, edit, done, lang=lang, asked=asked, focus=focus)
    except (SceneError, IndexError, KeyError, ValueError):  # an outcome the world has no sentence for
        own = None
    if own and not false_facts(own, done.scene, before, done.result, step):
        return own, True
    return facts.describe(done.scene, lang), True


def _asks_how_many(reply: str) -> bool:
    """Whether ``reply`` is the world's question of how many ("How many stars would you like?")."""
    return any(key is not None and key[0] == "no_number" for key, _, _ in read_reply(reply))


@torch.inference_mode()
def condition_scene(model: DialoGAN, tok: DialogueTokenizer, scene: Scene) -> Conditioning:
    """The generator's conditioning: the language model's states over ``<|scene|>`` and the
    scene text alone, so a picture is a function of (scene, seed)."""
    ex = build_draw_example(tok, TurnContext("empty", (), "", scene.text(), "", scene))
    hidden = Decoder(model.lm).states(ex.ids)[None]
    return model.condition(hidden, **collate_layout([ex]))


@lru_cache(maxsize=None)
def bf16_pictures() -> bool:
    """Whether pictures are drawn in bfloat16 here: on a CPU that computes it natively (AVX512-BF16 or
    AMX: half the time of float32 for the generator, pixels within a few 255ths, 0.25/255 on average),
    unless ``DIALOGAN_FP32_PICTURES=1`` asks for float32 everywhere (pictures equal across machines)."""
    if os.environ.get("DIALOGAN_FP32_PICTURES", "") not in ("", "0"):
        return False
    try:
        with open("/proc/cpuinfo") as f:
            flags = next((line for line in f if line.startswith("flags")), "").split()
    except OSError:
        return False
    return "avx512_bf16" in flags or "amx_bf16" in flags


@torch.inference_mode()
def draw_batch(model: DialoGAN, cond: Conditioning, z: torch.Tensor, bf16: bool | None = None) -> torch.Tensor:
    """Pictures (B, 3, S, S) in [-1, 1] from the EMA generator: channels-last, normalisation folded, and
    on a CPU the generator's arithmetic in bfloat16 when ``bf16`` says so (by default where it is
    native: ``bf16_pictures``)."""
    g = model.generator_ema.to_channels_last().eval()
    if cond.obj_states.shape[1] and not bool(cond.is_caption.any()):
        layout = g.paint_layout_channels_last(cond.obj_states, cond.obj_xyr, cond.obj_mask, cond.scene_state)
    else:  # captions (cross-attention) and the no-object case take the generator's own path
        layout = g.layout(cond.obj_states, cond.obj_xyr, cond.obj_mask, cond.scene_state,
                          cond.tokens, cond.token_mask, cond.is_caption).contiguous(memory_format=torch.channels_last)
    if layout.device.type == "cpu" and (bf16_pictures() if bf16 is None else bf16):
        with torch.autocast("cpu", dtype=torch.bfloat16):
            return g.folded()(layout, z).float()
    return g.folded()(layout, z)


def seed_noise(seeds, dim: int) -> torch.Tensor:
    """The generator's noise (len(seeds), dim) for picture seeds: ``world.picture_noise``, whose
    leading numbers set the look of the world's render of the same seed."""
    return torch.from_numpy(np.stack([picture_noise(int(s), dim) for s in seeds])) if len(seeds) else torch.zeros(0, dim)


@torch.inference_mode()
def draw_scene(model: DialoGAN, cond: Conditioning, seed: int) -> torch.Tensor:
    """One picture (3, S, S) in [0, 1]; the same conditioning and seed give the same picture."""
    z = seed_noise([seed], model.cfg.z_dim).to(cond.scene_state.device)
    return (draw_batch(model, cond, z)[0].clamp(-1, 1) + 1) / 2


def picture(model: DialoGAN, tok: DialogueTokenizer, scene: Scene, seed: int) -> Image.Image:
    """The picture of (``scene``, ``seed``) as an RGB image: the same pair gives the same pixels."""
    pixels = draw_scene(model, condition_scene(model, tok, scene), seed)
    return Image.fromarray((pixels.permute(1, 2, 0).mul(255).round().byte().cpu().numpy()), "RGB")
