"""Fonts that write Chinese as well as Latin, and text wrapping for pictures with captions."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import warnings
from functools import lru_cache

from PIL import ImageFont

_CJK_FONT_PATHS = (
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/STHeiti Light.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simhei.ttf",
)


@lru_cache(maxsize=1)
def find_cjk_font() -> str | None:
    """Path of a font file that covers Chinese, or None: fontconfig first, then the usual places."""
    if shutil.which("fc-list"):
        try:
            listing = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True,
                                     timeout=10).stdout
            files = sorted(line.split(":")[0].strip() for line in listing.splitlines() if line.strip())
            files = [f for f in files if f.lower().endswith((".ttf", ".ttc", ".otf"))]
            if files:
                return files[0]
        except (OSError, subprocess.SubprocessError):
            pass
    return next((p for p in _CJK_FONT_PATHS if os.path.isfile(p)), None)


@lru_cache(maxsize=8)
def cjk_font(size: int = 12):
    path = find_cjk_font()
    if path:
        return ImageFont.truetype(path, size)
    warnings.warn("no CJK font found (install fonts-noto-cjk or fonts-wqy-zenhei); Chinese text will not "
                  "render in pictures", stacklevel=2)
    return ImageFont.load_default(size)


_NO_LINE_START = set("，。！？、；：）」』”’》,.!?;:)")


def wrap_text(text: str, font, width: int, max_lines: int) -> list[str]:
    """Greedy wrap to ``width`` pixels: Latin breaks at spaces, Chinese between any characters."""
    tokens = re.findall(r"\s+|[A-Za-z0-9'’\-_.,!?;:()\"]+|.", text.replace("\n", " "))
    lines, line = [], ""
    for tok in tokens:
        tok = " " if tok.isspace() else tok
        pieces = [tok] if font.getlength(tok) <= width else list(tok)  # a word longer than a line
        for piece in pieces:
            # Chinese closing punctuation never starts a line; it may hang past the edge instead.
            if not line or font.getlength(line + piece) <= width or piece in _NO_LINE_START:
                line = (line + piece).lstrip()
            else:
                lines.append(line.rstrip())
                line = piece.lstrip()
    if line.strip():
        lines.append(line.rstrip())
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        while lines[-1] and font.getlength(lines[-1] + "…") > width:
            lines[-1] = lines[-1][:-1]
        lines[-1] += "…"
    return lines
