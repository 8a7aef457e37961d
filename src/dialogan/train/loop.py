"""The joint training loop: language-model loss + GAN losses, the generator's gradient
flowing into the language model; checkpoints, exact resume, and torchrun DDP."""
from __future__ import annotations

import hashlib
import json
import math
import os
import time
from contextlib import nullcontext
from functools import partial
from pathlib import Path

import torch
from torch.nn.parallel import DistributedDataParallel as DDP
from tqdm import tqdm

from ..data.collate import collate, collate_layout
from ..data.examples import FolderSource, WorldSource, contexts_from_turns
from ..data.tokenizer import DialogueTokenizer, normalize_message
from ..errors import DialoganError
from ..models import DialoGAN, scale_grad
from ..pipeline.checkpoint import load_checkpoint, load_for_finetune, load_training_state, save_checkpoint
from ..world import generate_dialogues
from . import distributed
from .batches import StepBatches, step_loader
from .card import model_card
from .config import get_preset
from .losses import generator_adversarial_loss, matching_aware_discriminator_loss, mode_seeking_loss
from .optimizers import build_optimizers
from .quick_eval import quick_eval_for


class Producer(torch.nn.Module):
    """The part of the model DDP wraps: language model and generator, one forward per step."""

    def __init__(self, model: DialoGAN, gan_into_lm: float, freeze_lm: bool):
        super().__init__()
        object.__setattr__(self, "model", model)  # a plain reference: DDP must see only lm + generator
        self.gan_into_lm, self.freeze_lm = gan_into_lm, freeze_lm
        self.lm, self.generator = model.lm, model.generator

    def forward(self, batches, draw_batch, draw_layout, z, z2=None):
        # Sequences come in chunks of similar length: padding to the longest of a chunk, not of all.
        total, count = 0.0, 0
        for batch in batches:
            loss_sum, n, _ = self.model.lm_forward(batch)
            total, count = total + loss_sum, count + n
        lm_loss = total / max(count, 1)
        if draw_batch is None:  # a language-model-only step
            return lm_loss, None, None
        states = self.model.lm_states(draw_batch)
        states = states.detach() if self.freeze_lm else scale_grad(states, self.gan_into_lm)
        cond = self.model.condition(states, **draw_layout)
        fake = self.model.draw(cond, z, ema=False)
        if z2 is not None:  # mode seeking: the same conditioning drawn with a second noise, stacked after
            fake = torch.cat([fake, self.model.draw(cond, z2, ema=False)])
        return lm_loss, cond, fake


def train_tokenizer(preset, source, seed: int) -> DialogueTokenizer:
    if isinstance(source, FolderSource):
        contexts = [source.items[i][0] for i in source.train_indices]  # not the turns held back for the eval
    else:
        contexts = [ctx for d in generate_dialogues(preset.tokenizer_dialogues, seed=10_000 + seed)
                    for ctx in contexts_from_turns(d.turns, 0)]
    texts = [t for ctx in contexts for t in (normalize_message(ctx.text), ctx.reply, ctx.target_text, ctx.edit, ctx.result)
             if t]
    return DialogueTokenizer.train(texts, preset.vocab_size)


def lr_factor(step: int, elapsed_s: float, tc) -> float:
    """Warm-up, then a cosine down to 0.1 over the steps or the wall-time budget, whichever ends
    first: a run that --max-minutes stops early still ends at the low learning rate."""
    progress = step / tc.steps
    if tc.max_minutes:
        progress = max(progress, elapsed_s / (tc.max_minutes * 60))
    return min(1.0, (step + 1) / tc.warmup) * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(1.0, progress))))


def step_kind(step: int, elapsed_s: float, tc) -> tuple[bool, bool]:
    """(does the GAN train at this step, is the language model frozen to the generator's loss).

    The GAN trains at steps 0, gan_every, 2 * gan_every, ...; in the finish (the last
    ``finish_share`` of the time budget) at every step, with the language model frozen to it, so
    the generator catches up on the language model's final states. ``elapsed_s`` is the ranks'
    agreed clock: they all switch at the same step.
    """
    finishing = bool(tc.max_minutes and tc.finish_share) and elapsed_s > (1 - tc.finish_share) * tc.max_minutes * 60
    return finishing or step % tc.gan_every == 0, tc.freeze_lm or finishing


def discriminator_step(D, opt_d, real, fake, cond, gp_weight, info, autocast=nullcontext):
    """One discriminator update: matching-aware hinge on (real, its scene state), (fake, it) and
    (real, another turn's), plus DF-GAN's MA-GP (train/losses.py)."""
    loss = matching_aware_discriminator_loss(D, real, fake, cond.scene_state.detach(), gp_weight, autocast)
    opt_d.zero_grad(set_to_none=True)
    loss.backward()
    distributed.average_gradients(D, info)
    opt_d.step()
    return float(loss.detach())


def mixed_precision(device: str):
    """bf16 autocast on CUDA (with TF32 matmuls and convolutions for what stays fp32); on the
    CPU nothing changes: a context that does nothing."""
    if not device.startswith("cuda"):
        return nullcontext
    torch.backends.cuda.matmul.allow_tf32 = True
    torch.backends.cudnn.allow_tf32 = True
    return partial(torch.autocast, "cuda", dtype=torch.bfloat16)


def train(preset_name: str, out: str | Path, data: str | None = None, resume: str | None = None,
          overrides: dict | None = None, skip_bad: bool = False, device: str | None = None,
          tensorboard: bool = False, threads: int | None = None, init_from: str | None = None) -> Path:
    """Train (or resume) a dialogan model; returns the checkpoint folder.

    ``resume`` continues a run where it stopped (its settings, step, optimisers and RNG);
    ``init_from`` starts a new run of the preset (step 0, fresh optimisers and schedule) from
    another checkpoint's weights and tokenizer: fine-tuning, also from an inference-only copy.
    ``overrides["workers"]`` processes build the batches; the batches, and so the weights, are the
    same for any number."""
    if resume and init_from:
        raise DialoganError("--resume continues a run, --init-from starts a new one from a checkpoint's weights: give one")
    if threads:
        # More threads than free cores make every OpenMP region wait: many times slower, not a bit.
        torch.set_num_threads(threads)
    info = distributed.setup(device)
    out = Path(out)
    # 1. Configuration: the preset, or the checkpoint's own when resuming; the model of --init-from.
    preset = get_preset(preset_name)
    start_step, elapsed_before = 0, 0.0
    if resume:
        model, tok, saved = load_checkpoint(resume, training=True, device=info.device)
        preset.train = type(preset.train).from_dict(saved["train"], where=f"{Path(resume) / 'config.json'}: train")
        preset.model = model.cfg
        start_step, elapsed_before = int(saved["step"]), float(saved.get("wall_time_s", 0.0))
        preset_name = saved.get("preset", preset_name)
        data = saved.get("data") or data
    preset.train = preset.train.updated(overrides or {})
    if init_from:
        torch.manual_seed(preset.train.seed)  # a discriminator made afresh is the same on every rank
        model, tok, init_config = load_for_finetune(init_from, device=info.device)
        preset.model = model.cfg
    tc, mc = preset.train, preset.model
    if tc.gan_every < 1:
        raise DialoganError(f"gan_every must be 1 or more (the GAN trains every Nth step), not {tc.gan_every}")
    if tc.lr_lm < 0:
        raise DialoganError(f"lr_lm must be 0 (the language model is not trained) or more, not {tc.lr_lm}")
    if tc.workers is not None and tc.workers < 0:
        raise DialoganError(f"workers must be 0 or more (processes building batches), not {tc.workers}")
    if tc.mode_seeking_weight < 0:
        raise DialoganError(f"mode_seeking_weight must be 0 or more, not {tc.mode_seeking_weight}")
    if data and (tc.z_from_seed or tc.sparse_share):
        raise DialoganError("z_from_seed and sparse_share apply to the shapes world (its renders have seeds and "
                            "its dialogues can be drawn from), not to --data")
    if tc.z_every_block and not mc.z_every_block:
        mc.z_every_block = True
        if init_from:
            model.with_z_every_block()  # the loaded weights, the new ones at zero: the same pictures
    if tc.image_size and tc.image_size != mc.image_size:
        if tc.image_size not in (32, 64, 128, 256):
            raise DialoganError(f"image_size must be 32, 64, 128 or 256 pixels, not {tc.image_size}")
        if init_from:
            torch.manual_seed(tc.seed)  # the new blocks and discriminator are the same on every rank
            try:
                model.grown_to(tc.image_size)
            except ValueError as e:
                raise DialoganError(f"--image-size {tc.image_size} with --init-from {init_from}: {e}") from None
        elif resume:
            raise DialoganError(f"{resume} draws {mc.image_size} px; to train it at {tc.image_size} px start a new "
                                f"run from it with --init-from")
        else:
            mc.image_size = tc.image_size
    for name in ("finish_share", "typo_rate", "sparse_share"):
        if not 0 <= getattr(tc, name) <= 1:
            raise DialoganError(f"{name} must be between 0 and 1 (a share), not {getattr(tc, name)}")
    torch.manual_seed(tc.seed + info.rank)
    # 2. Data and tokenizer.
    if data:
        # One seed on every rank: DistributedSampler deals the ranks disjoint shares of one order.
        source = FolderSource(data, tc.seed, tc.history_turns, mc.image_size, skip_bad=skip_bad)
        if source.captions:  # a few pictures, with all their captions, kept back for the quick eval
            pictures = len({path for _, path in source.items})
            source.hold_out(max(1, min(8, tc.quick_eval_turns, pictures // 10)) if pictures > 1 else 0)
    else:
        source = WorldSource(tc.seed, "train", tc.history_turns, mc.image_size, typo_rate=tc.typo_rate)
    if not (resume or init_from):
        tok = train_tokenizer(preset, source, tc.seed)
        mc.vocab_size = max(mc.vocab_size, tok.vocab_size)
        torch.manual_seed(tc.seed)  # every rank starts from the same weights
        model = DialoGAN(mc, tok.pad_id).to(info.device)
        torch.manual_seed(tc.seed + info.rank)
    quick = quick_eval_for(model, tok, source, tc, mc.image_size) if info.is_main else None
    # 3. Optimisers: AdamW for the language model (no decay on norms, biases, embeddings), Adam(0, 0.9) for the GAN.
    opts = build_optimizers(model, tc)
    if resume:
        try:
            load_training_state(resume, opts)  # last, so the restored RNG state is the one the loop starts from
        except ValueError as e:
            if "parameter groups" not in str(e):
                raise
            raise ValueError(f"{resume}: its optimiser state has one parameter group for the language model, from "
                             "before weight decay was split off norms, biases and embeddings; it cannot resume "
                             f"exactly: start a new run from its weights with --init-from {resume}") from None
    producer = core = Producer(model, tc.gan_into_lm, tc.freeze_lm)
    if info.enabled:
        producer = DDP(producer, find_unused_parameters=True)
    writer = None
    if tensorboard and info.is_main:
        try:
            from torch.utils.tensorboard import SummaryWriter
        except ImportError:
            raise DialoganError("--tensorboard needs the tensorboard package: pip install tensorboard") from None
        writer = SummaryWriter(str(out) + ".tb")
    config = {"preset": preset_name, "data": str(data) if data else None, "model": mc.to_dict(), "train": tc.to_dict(),
              "parameters": model.parameter_counts(), "world_size": info.world_size}
    if init_from:
        # The parent is named by its weights' hash: a path can be overwritten, by this very run too.
        path = None if Path(init_from).resolve() == out.resolve() else str(init_from)
        config["init_from"] = {"path": path, "weights_sha256": init_config["weights_sha256"],
                               "step": init_config.get("step"), "wall_time_s": init_config.get("wall_time_s")}
    elif resume:
        config["init_from"] = saved.get("init_from")
    scores: dict = dict(saved.get("scores") or {}) if resume else {}

    def save(step: int, wall: float) -> None:
        if info.is_main:
            cfg = dict(config, step=step, wall_time_s=round(wall, 1), scores=scores)
            save_checkpoint(out, model, tok, cfg, model_card(cfg), optimizers=opts)

    def evaluate(step: int) -> dict:
        result = dict(quick.run(out.parent / f"{out.name}.samples" / f"step_{step:06d}.png"), step=step)
        tqdm.write(f"step {step}: " + json.dumps(result))
        if writer:
            for k, v in result.items():
                writer.add_scalar(f"eval/{k}", v, step)
        return result

    # 4. The loop: batches from DataLoader workers, bf16 autocast on CUDA.
    batches = StepBatches(source, tok, n_ctx=mc.n_ctx, z_dim=mc.z_dim, batch_size=tc.batch_size,
                          image_batch=tc.image_batch, seed=tc.seed, gan_every=tc.gan_every, rank=info.rank,
                          world_size=info.world_size, second_z=tc.mode_seeking_weight > 0,
                          z_from_seed=tc.z_from_seed, sparse_share=tc.sparse_share)
    on_gpu = info.device.startswith("cuda")
    n_workers = tc.workers if tc.workers is not None else (min(4, (os.cpu_count() or 1) // 2) if on_gpu else 0)
    loader = step_loader(batches, start_step, tc.steps, n_workers, pin_memory=on_gpu)
    autocast = mixed_precision(info.device)
    t0 = time.time()
    bar = tqdm(loader, initial=start_step, total=tc.steps, disable=not info.is_main, desc="train", dynamic_ncols=True)
    done, gan_logs, evaluated_at, saved_at = start_step, {}, None, None
    for step, batch in enumerate(bar, start_step):
        elapsed = distributed.agreed_seconds(elapsed_before + time.time() - t0, info) if tc.max_minutes else 0.0
        if tc.max_minutes and elapsed > tc.max_minutes * 60:
            break
        gan_now, core.freeze_lm = step_kind(step, elapsed, tc)
        for name, opt in opts.items():
            base = {"lm": tc.lr_lm, "g": tc.lr_g, "d": tc.lr_d}[name]
            for g in opt.param_groups:
                g["lr"] = base * lr_factor(step, elapsed, tc)
        # 4a. A batch of turns, the same for the same (seed, step, rank).
        examples = batch.examples
        model.train()
        by_length = sorted(examples, key=lambda e: len(e.ids))
        half = (len(by_length) + 1) // 2
        chunks = [collate(c, tok.pad_id) for c in (by_length[:half], by_length[half:]) if c]
        for opt in (opts["lm"], opts["g"]):
            opt.zero_grad(set_to_none=True)
        if not gan_now:
            # 4b'. A language-model-only step: the dialogue model needs many more updates than the GAN.
            with autocast():
                lm_loss, _, _ = producer(chunks, None, None, None)
            lm_loss.backward()
        else:
            batches.pictures(batch)  # already loaded, unless the finish trains the GAN off its beat
            drawable = batch.draw_examples
            real, z = batch.real.to(info.device, non_blocking=True), batch.z.to(info.device, non_blocking=True)
            z2 = batch.z2.to(info.device, non_blocking=True) if tc.mode_seeking_weight > 0 else None
            # 4b. Language model and generator forward; the generator's loss reaches the language model.
            with autocast():
                lm_loss, cond, fake = producer(chunks, collate(drawable, tok.pad_id), collate_layout(drawable), z, z2)
            fake = fake.float()  # bf16 from the generator under autocast; the losses against real pictures in fp32
            if z2 is not None:
                fake, fake2 = fake.chunk(2)
            # 4c. Discriminator step.
            d_loss = discriminator_step(model.discriminator, opts["d"], real, fake, cond, tc.gp_weight, info,
                                        autocast)
            # 4d. Generator + language-model step.
            model.discriminator.requires_grad_(False)
            with autocast():
                adv = generator_adversarial_loss(model.discriminator(fake, cond.scene_state.detach()).float())
                coverage = model.generator.layout(cond.obj_states.detach(), cond.obj_xyr, cond.obj_mask,
                                                  cond.scene_state.detach())[:, -1:].float()
            model.discriminator.requires_grad_(True)
            err = (fake - real.detach()).abs()
            l1 = err.mean()
            obj_l1 = (err * coverage).sum() / (coverage.sum() * 3 + 1.0)
            g_loss = tc.l1_weight * l1 + tc.object_l1_weight * obj_l1 + tc.adv_weight * adv
            if z2 is not None:
                ms = mode_seeking_loss(fake, fake2, z, z2)
                g_loss = g_loss + tc.mode_seeking_weight * ms
            (lm_loss + g_loss).backward()
            opts["g"].step()
            # EMA that starts short and grows to ema_decay: a run of a few thousand steps is not
            # dragged back to its first, untrained weights.
            gan_step = step // tc.gan_every
            model.update_ema(min(tc.ema_decay, (1 + gan_step) / (10 + gan_step)))
            gan_logs = {"l1": l1.item(), "obj": obj_l1.item(), "adv": adv.item(), "d": d_loss}
            if z2 is not None:
                gan_logs["ms"] = ms.item()
        torch.nn.utils.clip_grad_norm_(model.lm.parameters(), 1.0)
        opts["lm"].step()
        # 4e. Logs, samples, quick eval, checkpoints (rank 0 only).
        done = step + 1
        if info.is_main and done % tc.log_every == 0:
            logs = {"lm": lm_loss.item(), **gan_logs}
            bar.set_postfix({k: f"{v:.3f}" for k, v in logs.items()})
            if writer:
                for k, v in logs.items():
                    writer.add_scalar(f"loss/{k}", v, done)
        if done == tc.steps:
            break  # the last step's eval and save come once, below
        if info.is_main and done % tc.sample_every == 0:
            scores, evaluated_at = evaluate(done), done
        if done % tc.save_every == 0:
            save(done, elapsed_before + time.time() - t0)
            saved_at = done
    bar.close()
    # 5. The end of the run (the last step, or the time budget): one quick eval, one save.
    fresh = done > start_step and evaluated_at != done  # a time-budget stop may come right after an eval
    if info.is_main and fresh:
        scores = evaluate(done)
    if fresh or saved_at != done:
        save(done, elapsed_before + time.time() - t0)
    if info.enabled:  # every rank reports a digest of its weights: they must all agree
        digest = hashlib.sha256(b"".join(p.detach().cpu().numpy().tobytes() for p in model.parameters())).hexdigest()
        print(f"rank {info.rank} weights {digest[:16]}", flush=True)
    distributed.teardown(info)
    return out
