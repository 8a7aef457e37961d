"""Reports of an evaluation: a markdown summary of the figures and a storyboard PNG.

Numpy and Pillow only. The storyboard shows, per dialogue, one row per turn: the picture,
the user's text and the system's reply (Chinese drawn with a CJK font from ``data.fonts``).
"""
from __future__ import annotations

import os
from pathlib import Path

from PIL import Image, ImageDraw

from ..data.fonts import cjk_font, wrap_text
from ..files import atomic_write


def _fmt(v, digits: int = 3) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:.{digits}f}"
    return str(v)


def _table(groups: dict, title: str) -> list[str]:
    cols = ("turns", "state_match", "precision", "recall", "f1", "rsim", "centre_error_mean", "reply_accuracy")
    lines = [f"### {title}", "", "| group | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
    for name, s in groups.items():
        lines.append(f"| {name} | " + " | ".join(_fmt(s.get(c)) for c in cols) + " |")
    return lines + [""]


def _truth_table(groups: dict, title: str) -> list[str]:
    """False replies, destructive turns and acted-on turns per group, as counts with their shares."""
    lines = [f"### {title}", "", "| group | turns | false replies | destructive (of unchanged targets) | "
             "of those from the target's picture | acted on | acted-on error |", "|---|---|---|---|---|---|---|"]
    for name, s in groups.items():
        lines.append(f"| {name} | {s['turns']} | {s['false_replies']} ({_fmt(s['false_reply_rate'])}) | "
                     f"{s['destructive']} of {s['target_unchanged']} ({_fmt(s['destructive_rate'])}) | "
                     f"{s['destructive_from_target']} | {s['acted_on']} ({_fmt(s['acted_on_share'])}) | {s['acted_on_errors']} "
                     f"({_fmt(s['acted_on_error'])}) |")
    return lines + [""]


def markdown_report(result: dict, title: str = "dialogan evaluation", meta: dict | None = None) -> str:
    """The figures of ``evaluate()`` as markdown: headline, groups, image statistics, latency."""
    a, f = result["all_turns"], result["final_turns"]
    lines = [f"# {title}", ""]
    for k, v in (meta or {}).items():
        lines.append(f"- **{k}**: {v}")
    lines += ["", "## Headline", "",
              "| figure | all turns | final turns |", "|---|---|---|"]
    for key, label in (("state_match", "state exact match"), ("precision", "object precision (image)"),
                       ("recall", "object recall (image)"), ("f1", "object F1 (image)"), ("rsim", "rsim (image)"),
                       ("centre_error_mean", "centre error (canvas)"), ("reply_accuracy", "reply accuracy (questions)")):
        lines.append(f"| {label} | {_fmt(a[key])} | {_fmt(f[key])} |")
    lat, fd, div = result["latency"], result["fd"], result["diversity"]
    lines += ["", f"- dialogues: {result['dialogues']}, turns: {a['turns']}, questions: {a['questions']}",
              f"- Frechet distance: {_fmt(fd['value'], 2)} over {fd['images']} images, in the dialogan "
              "detector's feature space. This is NOT Inception-FID (its weights cannot be had offline): "
              "compare only with runs scored by the same detector.",
              f"- diversity (mean pairwise feature distance across {div['seeds']} seeds, {div['turns']} turns): "
              f"{_fmt(div['value'], 3)}",
              *_kid_and_seed_lines(result),
              f"- latency per turn: p50 {_fmt(lat['p50_ms'], 1)} ms, p95 {_fmt(lat['p95_ms'], 1)} ms, "
              f"mean {_fmt(lat['mean_ms'], 1)} ms",
              "", "Image figures compare what the detector reads in each picture with the target scene; "
              "state match compares the system's own scene with it.", ""]
    lines += _truth_table({"all turns": a, **result["by_lang"]}, "Truth: false replies, destructive turns, "
                          "acted-on turns (by language)")
    lines += _truth_table(result["by_phrasing"], "Truth by phrasing")
    lines += _table(result["by_lang"], "By language (all turns)")
    lines += _table(result["final_by_lang"], "By language (final turns)")
    lines += _table(result["by_act"], "By act")
    lines += _table(result["by_phrasing"], "By phrasing")
    lines += _table(result["by_turn_index"], "By turn index")
    return "\n".join(lines) + "\n"


def _kid_and_seed_lines(result: dict) -> list[str]:
    """The KID and seed-diversity lines (results written before they existed have neither)."""
    lines = []
    k, sd = result.get("kid"), result.get("seed_diversity")
    if k is not None:
        lines.append(f"- KID: {_fmt(k['value'], 4)} ± {_fmt(k['stderr'], 4)} (standard error over {k['subsets']} "
                     f"subsets of {k['subset_size']}), same images and feature space as the Frechet distance")
    if sd is not None:
        lines.append(f"- diversity across seeds ({sd['seeds']} seeds, {sd['turns']} turns, {sd['size']} px, mean "
                     f"per-pixel difference /255): system {_fmt(sd['generator'], 2)}, renderer "
                     f"{_fmt(sd['renderer'], 2)}, ratio {_fmt(sd['ratio'], 3)}")
    return lines


def storyboard(boards: list[dict], image_px: int = 128, text_px: int = 460, font_px: int = 15) -> Image.Image:
    """A PNG-ready picture: per dialogue a title, then per turn a row of image | user text and reply.

    Pictures are shown ``image_px`` wide at least, and never smaller than they are: a model's
    picture larger than ``image_px`` keeps its full resolution; a smaller one is enlarged by
    repeating pixels (nearest neighbour), nothing invented.
    """
    image_px = max([image_px] + [t["image"].size[0] for b in boards for t in b["turns"] if t.get("image") is not None])
    font, bold = cjk_font(font_px), cjk_font(font_px + 2)
    pad, line_h = 8, font_px + 5
    rows = []  # (kind, payload, height)
    for b in boards:
        rows.append(("title", f"dialogue {b['id']}", line_h + 2 * pad))
        for i, t in enumerate(b["turns"]):
            user = wrap_text(f"{i + 1}. you: {t['text']}", font, text_px, max_lines=40)
            reply = wrap_text(f"reply: {t['reply']}", font, text_px, max_lines=40)
            tail = [f"image F1 {t['f1']:.2f}"] if t.get("f1") is not None else []
            h = max(image_px, (len(user) + len(reply) + len(tail)) * line_h + 6) + pad
            rows.append(("turn", (t.get("image"), user, reply, tail), h))
    width = pad * 3 + image_px + text_px
    board = Image.new("RGB", (width, sum(h for _, _, h in rows) + pad), "white")
    draw = ImageDraw.Draw(board)
    y = pad
    for kind, payload, h in rows:
        if kind == "title":
            draw.rectangle([0, y, width, y + h - pad], fill=(235, 238, 245))
            draw.text((pad, y + pad // 2), payload, fill=(20, 20, 60), font=bold)
        else:
            image, user, reply, tail = payload
            if image is not None:
                board.paste(image.convert("RGB").resize((image_px, image_px), Image.NEAREST), (pad, y))
            else:
                draw.rectangle([pad, y, pad + image_px, y + image_px], outline=(180, 180, 180))
                draw.text((pad + 6, y + image_px // 2), "no image", fill=(150, 150, 150), font=font)
            ty = y
            for text, colour in ([(s, (0, 0, 0)) for s in user] + [(s, (20, 90, 160)) for s in reply]
                                 + [(s, (120, 120, 120)) for s in tail]):
                draw.text((2 * pad + image_px, ty), text, fill=colour, font=font)
                ty += line_h
        y += h
    return board


def write_report(result: dict, out_dir: str | os.PathLike, title: str = "dialogan evaluation",
                 meta: dict | None = None) -> tuple[Path, Path]:
    """Write ``report.md`` and ``storyboard.png`` into ``out_dir`` (each atomically); return both paths."""
    out = Path(out_dir)
    md, png = out / "report.md", out / "storyboard.png"
    atomic_write(md, markdown_report(result, title, meta) + "\n![storyboard](storyboard.png)\n")
    board = storyboard(result.get("storyboard", []))
    atomic_write(png, lambda tmp: board.save(tmp, format="PNG"))
    return md, png
