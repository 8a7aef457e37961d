"""User text in the one form the model reads, and replies back in the user's script.

What a library already knows is not left for the model to learn: ``normalize_message`` takes
full-width forms to plain ones (Unicode NFKC), traditional Chinese characters to simplified
(OpenCC ``t2s``), case away (casefold), and drops emoji and other pictographs that carry no
instruction (a smiley, a thumbs-up, the joiners and skin tones that build them) and control
characters, says a pair as two ("a pair of", "一对"), writes polite frames, chat shorthand and Cantonese
words in the world's words (``colloquial``: "rm the sq", "畀我畫個啡色嘅圓"), writes a colour, shape or size name held out of
training as the name training used (``world.dictionary``: "olive" is read as "green"), and mends English
typing slips of words the world knows (``world.spelling``).
Training and chat read every user message through this one function, so "畫一個藍色的圓形",
"ＤＲＡＷ A RED CIRCLE 🙂", "drwa a bleu sqaure" and their plain forms are the same tokens.

Replies are written in simplified Chinese; ``in_users_script`` turns a reply to a message
written in traditional characters back into traditional ones (OpenCC ``s2t``). ``in_other_language``
tells a message in neither English nor Chinese ("描いて" in kana, "Zeichne einen roten Kreis").
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

from ..world import in_trained_names
from ..world.said import without_remarks
from .colloquial import plainly
from ..world.spelling import mend_slips

# Pictographs that still say what to draw: geometric shapes (■ ● ▲ ◆ ⬡) and stars (★ ☆) stay.
_KEPT_SYMBOLS = re.compile(r"[\u25a0-\u25ff\u2605\u2606\u2b1f-\u2b24]")
# Pieces of emoji that are not symbols themselves: variation selectors, the zero-width joiner,
# the keycap mark, skin tones and tag characters.
_EMOJI_PARTS = re.compile(r"[\ufe0e\ufe0f\u200d\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]")


@lru_cache(maxsize=None)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)  # building one reads its dictionaries: once per process


def _keeps(ch: str) -> bool:
    cat = unicodedata.category(ch)
    if cat == "So":
        return bool(_KEPT_SYMBOLS.match(ch))
    return cat not in ("Cc", "Cf", "Co", "Cs", "Cn") or ch in "\t\n"


_ZWJ, _BLACK_FLAG = "\u200d", "\U0001f3f4"
_TAGS = range(0xE0020, 0xE0080)  # the tag letters of subdivision flags (England: black flag + tags)
_GRAPHEME_JOINER = "\u034f"


def _is_emoji(c: str) -> bool:
    return unicodedata.category(c) == "So" or "\U0001f300" <= c <= "\U0001faff"


def strip_invisible(text: str) -> str:
    """``text`` without the code points a reader cannot see and that can only hide or reorder what
    is shown: control characters (the whitespace ones, e.g. tab and newline, become a space),
    format characters (category Cf: the bidirectional marks, embeddings, overrides and isolates
    U+200E/F, U+202A-202E, U+2066-2069, U+061C; zero-width space and non-joiner, word joiner,
    the byte-order mark, soft hyphen), line and paragraph separators (a space), lone surrogates
    and the combining grapheme joiner. Kept is what emoji need: a zero-width joiner between two
    emoji (👩‍💻) and the tag letters of a subdivision flag. Printable text comes back unchanged."""
    out = []
    for i, c in enumerate(text):
        cat = unicodedata.category(c)
        if cat in ("Zl", "Zp") or (cat == "Cc" and c.isspace()):
            out.append(" ")
        elif c == _ZWJ:
            if 0 < i < len(text) - 1 and _is_emoji(text[i - 1]) and _is_emoji(text[i + 1]):
                out.append(c)
        elif ord(c) in _TAGS:
            if out and (out[-1] == _BLACK_FLAG or ord(out[-1]) in _TAGS):
                out.append(c)
        elif cat not in ("Cc", "Cf", "Cs") and c != _GRAPHEME_JOINER:
            out.append(c)
    return "".join(out)


def to_simplified(text: str) -> str:
    """``text`` with traditional Chinese characters written in simplified ones (anything else unchanged)."""
    return _converter("t2s").convert(text)


# A number said as a pair ("a pair of stars", "一对星星", "俩星星") is the number the world's words say; chat's
# "n" and "&" between words are "and".
_PAIR = ((re.compile(r"\ba (?:pair|couple) of\b"), "two"), (re.compile(r"一[对双](?![一])"), "两个"),
         (re.compile(r"俩个?"), "两个"), (re.compile(r"(?<=[a-z0-9] )(?:n|&)(?= [a-z0-9])"), "and"))


def normalize_message(text: str) -> str:
    """A user message as the model reads it: invisible code points removed (``strip_invisible``),
    NFKC (full-width letters, digits and punctuation become their plain forms), simplified Chinese,
    casefolded, without emoji and control characters, with single spaces, a pair said as two, how people
    type written plainly (``colloquial.plainly``: "would you be so kind as to draw" is "please draw"),
    English typing slips of the world's words mended (``world.spelling``: "drwa a bleu sqaure"), and with held-out
    names in their training names (``world.dictionary``: "an olive orb" is "a green circle")."""
    text = unicodedata.normalize("NFKC", strip_invisible(text))
    text = _EMOJI_PARTS.sub("", text)
    text = "".join(ch for ch in text if _keeps(ch))
    text = " ".join(to_simplified(text).casefold().split())
    for pattern, number in _PAIR:
        text = pattern.sub(number, text)
    return without_remarks(in_trained_names(mend_slips(plainly(text))))


def is_traditional(text: str) -> bool:
    """Whether ``text`` has characters that simplified Chinese writes differently."""
    text = unicodedata.normalize("NFKC", text)
    return to_simplified(text) != text


def in_users_script(message: str, reply: str, earlier: tuple[str, ...] = ()) -> str:
    """``reply`` in traditional characters when the user's ``message`` was written in them, else as it is. A
    message whose characters both scripts write alike ("噉用灰色啦", "好") is in the script of the newest of the
    user's ``earlier`` messages (newest first) that shows one."""
    for said in (message, *earlier):
        if is_traditional(said):
            return _converter("s2t").convert(reply)
        if _converter("s2t").convert(unicodedata.normalize("NFKC", said)) != unicodedata.normalize("NFKC", said):
            return reply  # simplified
    return reply


_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
# Scripts neither English nor Chinese is written in: kana, hangul, Greek, Cyrillic, Hebrew, Arabic, Indic, Thai.
_OTHER_SCRIPT = re.compile(r"[\u3040-\u309f\u30a0-\u30fa\uac00-\ud7af\u1100-\u11ff\u0370-\u03ff"
                           r"\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u0e00-\u0eff]")
# Words of the languages people write in Latin letters besides English (German, French, Spanish, Italian,
# Portuguese, Dutch): articles, pronouns, conjunctions, "please" and the verbs of drawing. None is an
# English word or a slip of one the world knows.
_OTHER_LATIN = frozenset("""
    ein eine einen einem einer der dem und mit bitte zeichne zeichnen malen füge hinzu mach mache
    ich ist nicht kreis quadrat dreieck roten roter blauen blaue grünen grüne gelben gelbe rechts
    oben unten mitte
    une les avec dessine dessiner ajoute ajouter fais mets est pas cercle carré étoile rouge bleu bleue vert verte
    jaune gauche droite haut
    uno una los las dibuja dibujar añade agrega pon haz por círculo cuadrado triángulo estrella rojo roja azul
    verde amarillo izquierda derecha arriba abajo centro
    il della disegna disegnare aggiungi metti fai cerchio quadrato triangolo rosso rossa giallo sinistra destra
    desenhe desenha adicione coloque faça círculo vermelho amarela esquerda direita
    een het teken voeg maak alsjeblieft cirkel vierkant driehoek ster rood blauw groen geel
""".split())


def in_other_language(message: str) -> bool:
    """Whether ``message`` is written in neither English nor Chinese: three letters in ten or more in
    another script, or two words or more of another language written in Latin letters ("dessine un
    cercle rouge", "Zeichne einen roten Kreis") and more of them than of any other kind."""
    letters = sum(c.isalpha() for c in message)
    if len(_OTHER_SCRIPT.findall(message)) >= 0.3 * letters > 0:
        return True
    if _CJK_CHAR.search(message):  # Chinese, whatever else it holds
        return False
    words = re.findall(r"[^\W\d_]+", message.casefold())
    other = sum(w in _OTHER_LATIN for w in words)
    return other >= 2 and 2 * other >= len(words)
