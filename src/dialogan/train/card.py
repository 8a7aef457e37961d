"""The model card (README.md) written into every checkpoint."""
from __future__ import annotations

import json


def finish_line(t: dict) -> str:
    share = t.get("finish_share", 0.0)
    if not (share and t.get("max_minutes")):
        return ""
    when = (f"all {t['max_minutes']:g} minutes" if share >= 1 else
            f"the last {share:g} of the {t['max_minutes']:g} minutes ({share * t['max_minutes']:.1f})")
    return f"; {when}: the GAN at every step, the language model frozen to it"


def started_from(cfg: dict) -> str:
    """The card's line on the parent of a fine-tuned run, named by its weights' sha256: its path
    may be where this very checkpoint now lives (a shipped model fine-tuned in place)."""
    init = cfg.get("init_from")
    if not init:
        return ""
    parent = f"sha256 `{init['weights_sha256']}`" if init.get("weights_sha256") else "an unrecorded parent"
    return (f"\n- started from the weights {parent} (its step {init.get('step')}, "
            f"{(init.get('wall_time_s') or 0) / 60:.1f} minutes), with fresh optimisers and schedule")


def picture_lines(t: dict) -> str:
    """The card's line on how the pictures were trained beyond the losses: the noise, sparse scenes and
    mode seeking (empty when none of them was on)."""
    parts = []
    if t.get("z_from_seed"):
        parts.append("each drawn turn's noise is its render's seed's, so the render's look follows the noise")
    if t.get("sparse_share"):
        parts.append(f"{t['sparse_share']:g} of the drawn turns an empty or one-object scene")
    if t.get("mode_seeking_weight"):
        parts.append(f"MSGAN's mode-seeking term x{t['mode_seeking_weight']:g}")
    return f"\n- pictures: {'; '.join(parts)}" if parts else ""


def model_card(cfg: dict) -> str:
    m, t, p = cfg["model"], cfg["train"], cfg["parameters"]
    data = f"the dataset folder `{cfg['data']}`" if cfg.get("data") else "the built-in shapes world, generated on the fly (training phrasings only)"
    minutes = cfg.get("wall_time_s", 0) / 60
    return f"""# dialogan checkpoint (`{cfg['preset']}` preset)

A GPT-2 dialogue model and a layout-grounded SPADE generator trained jointly by
`dialogan train --preset {cfg['preset']}`: the language model writes what a turn changes (an
edit of the scene, carried out by the world's rules) and, after reading the result, the reply;
the generator draws the new scene from the language model's states over its text.

## Training
- data: {data}{started_from(cfg)}
- steps: {cfg['step']} of {t['steps']}, batch {t['batch_size']} sequences / {t['image_batch']} images per process, seed {t['seed']}
- wall time: {minutes:.1f} minutes on {cfg.get('world_size', 1)} process(es)
- learning rate: language model {t['lr_lm']}, generator {t['lr_g']}, discriminator {t['lr_d']}; warm-up {t['warmup']} steps, then a cosine to 0.1x over {t['steps']} steps{f" or {t['max_minutes']:g} minutes, whichever ends first" if t.get('max_minutes') else ''}
- GAN trained every {t.get('gan_every', 1)} step(s); generator loss into the language model: {'no (frozen)' if t['freeze_lm'] else 'yes, weight ' + str(t['gan_into_lm'])}{finish_line(t)}
- typing noise on {t.get('typo_rate', 0.05):g} of the shapes-world messages
- losses: language-model cross-entropy on the edit (or caption) and the reply; L1 x{t['l1_weight']} (+ x{t['object_l1_weight']} inside objects);
  hinge adversarial x{t['adv_weight']} with a matching-aware discriminator and MA-GP x{t['gp_weight']}; EMA {t['ema_decay']}{picture_lines(t)}

## Architecture
- language model: GPT-2, {m['n_layer']} layers, width {m['n_embd']}, {m['n_head']} heads, context {m['n_ctx']}, vocabulary {m['vocab_size']}: {p['language_model']:,} parameters
- generator: {p['generator']:,} parameters, {m['image_size']}x{m['image_size']}; discriminator: {p['discriminator']:,} parameters

## Scores (quick eval at the last step; full figures come from `dialogan eval run`)
```
{json.dumps(cfg.get('scores', {}), indent=1)}
```
"""
