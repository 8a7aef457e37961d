"""One dialogue drawn by several systems, side by side: a row per turn, a column per system."""
from __future__ import annotations

from PIL import Image, ImageDraw

from dialogan.data.fonts import cjk_font, wrap_text
from dialogan.world import render_scene


def side_by_side(dialogue, drawn: dict[str, list], image_px: int = 128, text_px: int = 300,
                 font_px: int = 14, seed: int = 0) -> Image.Image:
    """``drawn`` maps a system's name to its pictures (PIL, one per turn of ``dialogue``);
    the last column is a render of each turn's target scene, at the largest system's picture size.
    Pictures are shown ``image_px`` wide at least and never smaller than they are (nearest
    neighbour enlarges a small one; a large one keeps its full resolution)."""
    own = [p.size[0] for pictures in drawn.values() for p in pictures if p is not None]
    render_px = max(own, default=64)
    image_px = max(image_px, render_px)
    font = cjk_font(font_px)
    names = list(drawn) + ["target (render)"]
    pad, line_h = 8, font_px + 4
    texts = [wrap_text(f"{i + 1}. {t.text}", font, text_px, max_lines=40) for i, t in enumerate(dialogue.turns)]
    width = pad + text_px + len(names) * (image_px + pad) + pad
    header = line_h + 2 * pad
    heights = [max(image_px, len(lines) * line_h) + pad for lines in texts]
    board = Image.new("RGB", (width, header + sum(heights) + pad), "white")
    draw = ImageDraw.Draw(board)
    draw.rectangle([0, 0, width, header - pad // 2], fill=(235, 238, 245))
    draw.text((pad, pad), f"dialogue {dialogue.id}", fill=(20, 20, 60), font=font)
    for j, name in enumerate(names):
        draw.text((2 * pad + text_px + j * (image_px + pad), pad), name, fill=(20, 20, 60), font=font)
    y = header
    for i, (turn, lines, h) in enumerate(zip(dialogue.turns, texts, heights)):
        for k, line in enumerate(lines):
            draw.text((pad, y + k * line_h), line, fill=(0, 0, 0), font=font)
        pictures = [drawn[n][i] for n in drawn] + [render_scene(turn.scene, render_px, seed)]
        for j, picture in enumerate(pictures):
            x = 2 * pad + text_px + j * (image_px + pad)
            if picture is None:
                draw.rectangle([x, y, x + image_px, y + image_px], outline=(180, 180, 180))
            else:
                board.paste(picture.convert("RGB").resize((image_px, image_px), Image.NEAREST), (x, y))
        y += h
    return board
