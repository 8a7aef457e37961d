"""Training the peers (``geneva``, ``dfgan``) on the shapes world, the dialogue model's own data.

Both read the same generated training dialogues as ``dialogan train`` (split "train", training
phrasings only, a stream fixed by (seed, step)) and the same tokenizer recipe, so a budget of
minutes means the same thing for all three. GeNeVA trains on whole dialogues with teacher
forcing (the previous *real* picture feeds each turn); DF-GAN on single turns.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image
from tqdm import tqdm

from ..data.examples import WorldSource
from ..peers import N_CLASSES, PeerSystem, build_peer, encode_messages, get_peer_preset, parameter_count, save_peer
from ..world import COLORS, SHAPES, Scene, generate_dialogues, render_array
from .losses import (generator_adversarial_loss, hinge_discriminator_loss, matching_aware_discriminator_loss,
                     mismatched, r1_penalty)
from .loop import train_tokenizer

_COLOR_LIST = list(COLORS)


def object_labels(scene: Scene) -> np.ndarray:
    """Multi-hot over (shape, colour): the targets of GeNeVA's auxiliary detector."""
    y = np.zeros(N_CLASSES, np.float32)
    for o in scene:
        y[SHAPES.index(o.shape) * len(_COLOR_LIST) + _COLOR_LIST.index(o.color)] = 1.0
    return y


def _tensor(images: list[np.ndarray], device) -> torch.Tensor:
    return torch.from_numpy(np.stack(images)).permute(0, 3, 1, 2).contiguous().to(device) * 2 - 1


# 1. Batches: whole dialogues for GeNeVA, single turns for DF-GAN.
def geneva_batch(seed: int, step: int, n_dialogues: int, size: int, device) -> dict:
    base = (seed * 1_000_003 + step * 64) % (2**31)
    rng = np.random.default_rng(base)
    texts, real, previous, labels, turns, seeds = [], [], [], [], [], []
    for d in generate_dialogues(n_dialogues, seed=base * 7, split="train"):
        s = int(rng.integers(2**31))  # one render seed per dialogue: the canvas stays the same canvas
        seeds.append(s)
        before = render_array(Scene(()), size, s)
        for t in d.turns:
            now = render_array(t.scene, size, s)
            texts.append(t.text)
            real.append(now)
            previous.append(before)
            labels.append(object_labels(t.scene))
            before = now
        turns.append(len(d.turns))
    return {"texts": texts, "real": _tensor(real, device), "previous": _tensor(previous, device),
            "labels": torch.from_numpy(np.stack(labels)).to(device), "turns": turns, "render_seeds": seeds}


def dfgan_batch(source: WorldSource, seed: int, step: int, n: int, size: int, device) -> dict:
    # Undo/redo turns name no scene in their text at all; the dialogue model skips them for pictures too.
    ctxs = [c for c in source.contexts(step, n) if c.scene is not None]
    seeds = np.random.default_rng([seed, step]).integers(0, 2**31, len(ctxs))
    return {"texts": [c.text for c in ctxs],
            "real": _tensor([render_array(c.scene, size, int(s)) for c, s in zip(ctxs, seeds)], device)}


# 2. One optimisation step each: the discriminator first, then the generator (and text encoders).
def geneva_step(model, opts, tc, batch, z) -> dict:
    ids, lengths = encode_messages(model.tokenizer, batch["texts"], z.device)
    h = model.states(ids, lengths, batch["turns"])
    real, previous, labels = batch["real"], batch["previous"], batch["labels"]
    fake = model.draw(h, previous, z)
    D = model.discriminator
    # Discriminator: hinge on real / fake / real with another turn's state, auxiliary BCE, R1 on real.
    hd = h.detach()
    real_in = real.clone().requires_grad_(True)
    d_real, aux_real = D(real_in, previous, hd)
    d_fake, _ = D(fake.detach(), previous, hd)
    d_wrong, _ = D(real, previous, mismatched(hd))
    d_loss = hinge_discriminator_loss(d_real, d_fake, d_wrong)
    d_loss = d_loss + tc.aux_weight * F.binary_cross_entropy_with_logits(aux_real, labels)
    if tc.gp_weight > 0:
        d_loss = d_loss + tc.gp_weight / 2 * r1_penalty(d_real, real_in)
    opts["d"].zero_grad(set_to_none=True)
    d_loss.backward()
    opts["d"].step()
    # Generator: fool the discriminator, and show the objects its detector should find.
    D.requires_grad_(False)
    g_fake, aux_fake = D(fake, previous, h)
    D.requires_grad_(True)
    aux = F.binary_cross_entropy_with_logits(aux_fake, labels)
    g_loss = generator_adversarial_loss(g_fake) + tc.aux_weight * aux
    opts["g"].zero_grad(set_to_none=True)
    g_loss.backward()
    opts["g"].step()
    return {"d": d_loss.item(), "g": g_loss.item(), "aux": aux.item()}


def dfgan_step(model, opts, tc, batch, z) -> dict:
    ids, lengths = encode_messages(model.tokenizer, batch["texts"], z.device)
    D, real = model.discriminator, batch["real"]
    # DF-GAN's text encoder is pretrained by image-text matching (DAMSM), which cannot be had here;
    # the nearest in one stage is to train it with the matching-aware discriminator, the generator
    # reading its output as fixed, as DF-GAN reads DAMSM's.
    sent = model.encoder(ids, lengths)
    fake = model.draw(sent.detach(), z)
    # Hinge on (real, sentence), (fake, sentence), (real, another turn's), + MA-GP (the sentence keeps its graph).
    d_loss = matching_aware_discriminator_loss(D, real, fake, sent, tc.gp_weight)
    opts["d"].zero_grad(set_to_none=True)
    d_loss.backward()
    opts["d"].step()
    D.requires_grad_(False)
    g_loss = generator_adversarial_loss(D(fake, sent.detach()))
    D.requires_grad_(True)
    opts["g"].zero_grad(set_to_none=True)
    g_loss.backward()
    opts["g"].step()
    return {"d": d_loss.item(), "g": g_loss.item()}


def _optimizers(model, kind: str, tc) -> dict:
    # DF-GAN's sentence encoder learns with the discriminator (see dfgan_step); GeNeVA's with the generator.
    text = list(model.encoder.parameters()) + (list(model.history.parameters()) if kind == "geneva" else [])
    g_params = list(model.generator.parameters()) + (text if kind == "geneva" else [])
    d_params = list(model.discriminator.parameters()) + (text if kind == "dfgan" else [])
    return {"g": torch.optim.Adam(g_params, lr=tc.lr_g, betas=(0.0, 0.9)),
            "d": torch.optim.Adam(d_params, lr=tc.lr_d, betas=(0.0, 0.9))}


# 3. Samples: held-out dialogues drawn turn by turn as a system would (own pictures fed back).
def sample_grid(model, path: Path, n_turns: int = 8, seed: int = 0) -> None:
    system = PeerSystem(model, seed)
    size = model.cfg.image_size
    real, fake = [], []
    for d in generate_dialogues(4, seed=99_991 + seed, split="test"):
        system.reset()
        for t in d.turns:
            fake.append(np.asarray(system.send(t.text).image, np.float32) / 255)
            real.append(render_array(t.scene, size, seed))
        if len(real) >= n_turns:
            break
    grid = np.concatenate([np.concatenate(real[:n_turns], 1), np.concatenate(fake[:n_turns], 1)], 0)
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray((np.clip(grid, 0, 1) * 255).astype(np.uint8)).save(path)
    model.train()


def model_card(cfg: dict) -> str:
    t = cfg["train"]
    what = {"geneva": "GeNeVA-GAN's recipe (El-Nouby et al., 2019): bi-GRU instruction encoder, GRU over the turns, "
                      "conditional-BN generator fed the previous picture at 1/4 size, projection discriminator with an "
                      "auxiliary (shape, colour) detector, hinge loss, R1 penalty, teacher forcing",
            "dfgan": "a DF-GAN-style one-stage GAN (Tao et al., 2022) on the current message alone: bi-GRU sentence "
                     "encoder, deep text-image fusion blocks, hinge loss, MA-GP"}[cfg["kind"]]
    return f"""# dialogan peer: `{cfg['kind']}` (`{cfg['preset']}` preset)

{what}. A peer for `dialogan bench peers`: it keeps no scene text and writes no reply.

## Training
- data: the built-in shapes world, split "train" (the dialogue model's own training stream), seed {t['seed']}
- steps: {cfg['step']}, batch {t['batch_size']} ({'dialogues, every turn' if cfg['kind'] == 'geneva' else 'turns'})
- wall time: {cfg.get('wall_time_s', 0) / 60:.1f} minutes; Adam(0, 0.9), lr G {t['lr_g']} / D {t['lr_d']}
- parameters at inference: {cfg['parameters']:,}

## Scores
Scored by `dialogan eval run --checkpoint <this folder>` and `dialogan bench peers`.
```
{json.dumps(cfg.get('scores', {}), indent=1)}
```
"""


def train_peer(kind: str, preset_name: str, out: str | Path, overrides: dict | None = None,
               device: str | None = None, threads: int | None = None) -> Path:
    """Train a peer from a preset; returns its checkpoint folder."""
    if threads:
        torch.set_num_threads(threads)
    device = device or ("cuda" if torch.cuda.is_available() else "cpu")
    out = Path(out)
    # 1. Configuration, tokenizer (the dialogue model's recipe) and model.
    preset = get_peer_preset(kind, preset_name)
    preset.train = preset.train.updated(overrides or {})
    tc, mc = preset.train, preset.model
    torch.manual_seed(tc.seed)
    source = WorldSource(tc.seed, "train", history_turns=0, image_size=mc.image_size)
    tok = train_tokenizer(preset, source, tc.seed)
    mc.vocab_size = max(mc.vocab_size, tok.vocab_size)
    model = build_peer(kind, mc, tok).to(device).train()
    opts = _optimizers(model, kind, tc)
    config = {"kind": kind, "preset": preset_name, "model": mc.to_dict(), "train": tc.to_dict(),
              "parameters": parameter_count(model)}

    def save(step: int, wall: float) -> None:
        cfg = dict(config, step=step, wall_time_s=round(wall, 1), images_seen=seen)
        save_peer(out, model, cfg, model_card(cfg))

    # 2. The loop, stopped by steps or wall time.
    t0, done, seen = time.time(), 0, 0
    bar = tqdm(range(tc.steps), desc=f"train {kind}", dynamic_ncols=True)
    for step in bar:
        if tc.max_minutes and time.time() - t0 > tc.max_minutes * 60:
            break
        if kind == "geneva":
            batch = geneva_batch(tc.seed, step, tc.batch_size, mc.image_size, device)
        else:
            batch = dfgan_batch(source, tc.seed, step, tc.batch_size, mc.image_size, device)
        n = len(batch["texts"])
        gen = torch.Generator().manual_seed(tc.seed * 7919 + step)
        z = torch.randn(n, mc.z_dim, generator=gen).to(device)
        logs = (geneva_step if kind == "geneva" else dfgan_step)(model, opts, tc, batch, z)
        done, seen = step + 1, seen + n
        if done % tc.log_every == 0:
            bar.set_postfix({k: f"{v:.3f}" for k, v in logs.items()})
        if done % tc.sample_every == 0:
            sample_grid(model, out.parent / f"{out.name}.samples" / f"step_{done:06d}.png", seed=tc.seed)
        if done % tc.save_every == 0:
            save(done, time.time() - t0)
    bar.close()
    save(done, time.time() - t0)
    return out
