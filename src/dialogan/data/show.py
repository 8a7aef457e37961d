"""Look at a dataset folder: statistics in text, and a contact sheet of a few dialogues.

Only numpy and Pillow. Chinese needs a CJK font: the sheet looks for one with fontconfig
and in the usual places, and falls back to Pillow's default font (Latin only) with a warning.
"""
from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw

from ..errors import DialoganError
from ..files import atomic_write
from .fonts import cjk_font, wrap_text
from .records import CAPTIONS_FILE, LANGS, DialogueRecord, read_dialogues


# 1. Statistics.
@dataclass
class DatasetStats:
    path: Path
    dialogues: int = 0
    turns: int = 0
    skipped: int = 0
    missing_images: int = 0
    sources: Counter = field(default_factory=Counter)
    turns_by_act_lang: Counter = field(default_factory=Counter)        # (act, lang) -> turns
    phrasings_by_act_lang: dict = field(default_factory=dict)          # (act, lang) -> distinct phrasings
    available_phrasings: dict = field(default_factory=dict)            # (act, lang) -> generator's count
    objects_per_scene: Counter = field(default_factory=Counter)        # objects -> turns (shapes only)
    commands: Counter = field(default_factory=Counter)
    info: dict = field(default_factory=dict)

    def format(self) -> str:
        """The statistics as an aligned plain-text report."""
        out = [f"dataset {self.path}",
               f"  source: {', '.join(f'{s} ({n})' for s, n in sorted(self.sources.items()))}"
               + "".join(f"  {k}={self.info[k]}" for k in ("split", "seed", "size") if k in self.info),
               f"  dialogues: {self.dialogues}   turns: {self.turns}   "
               f"turns per dialogue: {self.turns / max(self.dialogues, 1):.2f}",
               f"  skipped bad records: {self.skipped}   missing images: {self.missing_images}"]
        if self.commands:
            out.append("  commands: " + ", ".join(f"{c} {n}" for c, n in sorted(self.commands.items())))
        langs = sorted({lang for _, lang in self.turns_by_act_lang}, key=_lang_order)
        acts = sorted({act for act, _ in self.turns_by_act_lang})
        avail = bool(self.available_phrasings)
        head = ["act"] + [f"turns {l}" for l in langs] + [f"phrasings {l}" + (" seen/all" if avail else "")
                                                           for l in langs]
        rows = []
        for act in acts:
            row = [act] + [str(self.turns_by_act_lang.get((act, l), 0)) for l in langs]
            for l in langs:
                seen = self.phrasings_by_act_lang.get((act, l), 0)
                row.append(f"{seen}/{self.available_phrasings.get((act, l), '?')}" if avail else str(seen))
            rows.append(row)
        rows.append(["total"] + [str(sum(n for (a, l2), n in self.turns_by_act_lang.items() if l2 == l))
                                 for l in langs]
                    + [str(sum(n for (a, l2), n in self.phrasings_by_act_lang.items() if l2 == l)) for l in langs])
        out += ["", "  turns and distinct phrasings by act and language:"] + _table(head, rows)
        if self.objects_per_scene:
            total = sum(self.objects_per_scene.values())
            out += ["", "  objects per scene (after each turn):"]
            for k in range(max(self.objects_per_scene) + 1):
                n = self.objects_per_scene.get(k, 0)
                out.append(f"    {k}: {n:7d}  {100 * n / total:5.1f}%  " + "#" * round(40 * n / total))
        return "\n".join(out)


def _lang_order(lang: str) -> tuple:
    return (LANGS.index(lang) if lang in LANGS else len(LANGS), lang)


def _table(head: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in [head] + rows) for i in range(len(head))]
    fmt = lambda r: "    " + "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
    return [fmt(head), "    " + "  ".join("-" * w for w in widths)] + [fmt(r) for r in rows]


def dataset_stats(path: str | os.PathLike) -> DatasetStats:
    """Count dialogues, turns, acts x languages, phrasings and objects per scene of a dataset folder."""
    root = Path(path)
    records = read_dialogues(root, skip_bad=True)
    stats = DatasetStats(root, skipped=records.skipped, info=_read_info(root))
    phrasings: dict[tuple[str, str], set] = {}
    for d in records:
        stats.dialogues += 1
        stats.sources[d.source] += 1
        for t in d.turns:
            stats.turns += 1
            key = (t.act, t.lang)
            stats.turns_by_act_lang[key] += 1
            phrasings.setdefault(key, set()).add(t.phrasing)
            if t.command:
                stats.commands[t.command] += 1
            if d.source == "shapes":
                stats.objects_per_scene[len(t.scene())] += 1
            if t.image is not None and not (root / t.image).is_file():
                stats.missing_images += 1
    stats.phrasings_by_act_lang = {k: len(v) for k, v in phrasings.items()}
    if stats.sources.get("shapes"):
        stats.available_phrasings = _available_phrasings(stats.info.get("split", "all"))
    return stats


def _read_info(root: Path) -> dict:
    try:
        with open(root / CAPTIONS_FILE, encoding="utf-8") as f:
            info = json.load(f).get("info", {})
        return info if isinstance(info, dict) else {}
    except (OSError, ValueError, AttributeError):
        return {}  # the statistics do not need captions.json; it only adds the split and seed


def _available_phrasings(split: str) -> dict:
    try:
        from dialogan.world import phrasing_counts
        return dict(phrasing_counts(split))
    except (ImportError, ValueError):
        return {}


# 3. The contact sheet.
_THUMB, _CELL_W, _PAD, _FONT_SIZE, _MAX_LINES = 128, 176, 8, 12, 5
_USER_INK, _REPLY_INK, _LABEL_INK = (20, 50, 140), (40, 40, 40), (120, 120, 120)


def _pick_dialogues(records: list[DialogueRecord], n: int) -> list[DialogueRecord]:
    # Alternate languages so a sheet shows both English and Chinese when the data has both.
    by_lang: dict[str, list] = {}
    for d in records:
        by_lang.setdefault(d.turns[0].lang, []).append(d)
    queues = [by_lang[k] for k in sorted(by_lang, key=_lang_order)]
    picked, i = [], 0
    while len(picked) < n and any(i < len(q) for q in queues):
        picked += [q[i] for q in queues if i < len(q)][: n - len(picked)]
        i += 1
    return picked


def _cell(root: Path, turn, font, label_font) -> Image.Image:
    text_w = _CELL_W - 2 * _PAD
    user = wrap_text(turn.text, font, text_w, _MAX_LINES)
    reply = wrap_text(turn.reply, font, text_w, _MAX_LINES) if turn.reply else []
    line_h = _FONT_SIZE + 3
    height = _PAD + _THUMB + 4 + line_h + line_h * (len(user) + len(reply)) + _PAD + (2 if reply else 0)
    cell = Image.new("RGB", (_CELL_W, height), "white")
    draw = ImageDraw.Draw(cell)
    x0 = (_CELL_W - _THUMB) // 2
    picture = _thumbnail(root, turn.image)
    cell.paste(picture, (x0, _PAD))
    y = _PAD + _THUMB + 4
    label = turn.act + (f" [{turn.command}]" if turn.command else "") + f" · {turn.lang}"
    draw.text((_PAD, y), label, fill=_LABEL_INK, font=label_font)
    y += line_h
    for line in user:
        draw.text((_PAD, y), line, fill=_USER_INK, font=font)
        y += line_h
    y += 2
    for line in reply:
        draw.text((_PAD, y), line, fill=_REPLY_INK, font=font)
        y += line_h
    return cell


def _thumbnail(root: Path, rel: str | None) -> Image.Image:
    try:
        with Image.open(root / rel) as im:
            im = im.convert("RGB")
            # Whole-number upscaling stays crisp with nearest; anything else is resampled smoothly.
            exact = _THUMB % im.width == 0 and im.width == im.height
            return im.resize((_THUMB, _THUMB), Image.Resampling.NEAREST if exact else Image.Resampling.LANCZOS)
    except (OSError, ValueError, TypeError):
        placeholder = Image.new("RGB", (_THUMB, _THUMB), (200, 200, 200))
        ImageDraw.Draw(placeholder).text((8, _THUMB // 2 - 6), "no image", fill=(90, 90, 90))
        return placeholder


def contact_sheet(path: str | os.PathLike, out_png: str | os.PathLike, n: int = 6) -> Path:
    """Write a PNG of ``n`` dialogues, a row each: every turn's picture with the user text and reply under it."""
    root, out_png = Path(path), Path(out_png)
    records = read_dialogues(root, skip_bad=True)
    picked = _pick_dialogues(list(records), n)
    if not picked:
        raise DialoganError(f"{root}: no dialogues to show")
    font, label_font = cjk_font(_FONT_SIZE), cjk_font(_FONT_SIZE - 2)
    rows = []
    for d in picked:
        cells = [_cell(root, t, font, label_font) for t in d.turns]
        header_h = _FONT_SIZE + 2 * _PAD
        row = Image.new("RGB", (_CELL_W * len(cells), header_h + max(c.height for c in cells)), "white")
        ImageDraw.Draw(row).text((_PAD, _PAD), f"{d.id}  ({d.source}, {len(d.turns)} turns)", fill="black",
                                 font=font)
        for i, c in enumerate(cells):
            row.paste(c, (i * _CELL_W, header_h))
        rows.append(row)
    sheet = Image.new("RGB", (max(r.width for r in rows), sum(r.height for r in rows) + len(rows) - 1), "white")
    draw, y = ImageDraw.Draw(sheet), 0
    for r in rows:
        sheet.paste(r, (0, y))
        y += r.height
        draw.line([(0, y), (sheet.width, y)], fill=(180, 180, 180))  # a rule between dialogues
        y += 1
    atomic_write(out_png, lambda tmp: sheet.save(tmp, format="PNG"))
    return out_png
