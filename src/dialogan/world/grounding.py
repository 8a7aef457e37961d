"""Whether an edit is grounded in the message it was written for: what it sets, the message says.

Nothing changes on doubt, and a guess is a doubt the model's token probabilities do not always
show: "a coquelicot hex shape please" read as ``add large cyan hexagon`` (no word of the message
means cyan), "我不想要褐色蜂窝形了" read as an add, a question read as ``clear``. ``ungrounded``
names what an edit sets that the message never says, from the world's own lexicon in both
languages (``phrasing_en``/``phrasing_zh``: every name the world knows for a colour and a shape,
with the typing slips the world knows: one wrong, missing, extra or swapped letter in an English
word of four letters or more, and the Chinese homophones):

- a colour an ``add`` or ``recolor`` sets must be named in the message (an added object may be
  blue unnamed: an unsaid colour is blue);
- a shape an ``add`` or ``reshape`` sets must be named in the message;
- an object the edit names by colour or shape ("resize star small") is named so in the message
  (not "it", "them", "the other one" or a place alone);
- a message that asks to change what is there (its colour: "换个颜色", "change the colour";
  its place: "the star should be on the left", "灰菱形应该在左上方"; the object: "replace the
  square with ...") is never only an add, and one that takes away ("i don't want the star",
  "我不想要褐色蜂窝形了") never gets a change that takes nothing away;
- an edit that adds adds at least as many objects as the largest count the message states
  ("添上四个黄色三角" is no two triangles; the world, not the edit, says when there is no room);
- an operation repeated word for word is said as often: ``add large pink triangle ; add large
  pink triangle`` needs two names of a triangle, any other repeat is a stutter;
- a ``resize`` needs a word of size ("bigger", "tiny", "shrink", "大", "小"): "make the hexagon
  sort of teal-ish" is no resize;
- an ``add`` that sets a place or a relation says it ("at the bottom", "in each corner", "underneath
  it", "它隔壁"): "add an enormous peach box" is no box next to the last object, and "墨绿的上方"
  (above the dark green one) is no place at the top;
- ``clear`` takes everything away: never for a message that names a colour or shape ("清除那个
  蓝绿色的" removes one object);
- ``remove`` and ``clear`` destroy what is there: the message must carry a removal word
  ("remove", "delete", "get rid of", "don't want", "clear", "start over", "删", "去掉", "不要",
  "清空", ...).
- a list of adds takes the colours and shapes the message names in its order ("一个红色的跟一个粉的跟一个
  蓝色的和一个咖啡色的大方形" is no two brown squares), and writes every colour and shape it names word
  for word ("... a red star and a pale pink rhombus" is no red star alone);
- a move is a step or a region as the message says ("moved to the right" is one cell, "put it on the
  left" the left side), never to a place said only to be denied ("是靠左上角，不是上面"), and never to the
  first of two regions, the one that names the object ("the diamond at the right edge in the top right");
- a message that names what the world cannot draw ("a walnut line") gets no change; one that begins
  with the verb of a change ("recolor the shape in the corner ruby") gets that change.

Everything else (which object fits a description, where a move goes) is the world's to resolve, and the
world already says "there is no ..." or "which one do you mean?". The check is a few regular
expressions per turn: no model pass.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from . import phrasing_en, phrasing_zh
from .edits import EditError, Op, fields_of, objects_named, parse_edit
from .scene import Scene
from .unknown_words import known_words_en

_REMOVAL_EN = re.compile(
    r"\b(?:remove|delet|eras|get\s*rid|rid of|away|off|out|lose|drop|wipe|toss|ditch|scrap|discard|eliminat|"
    r"don'?t want|do not want|no more|no longer|go|gone|clear|start\s*(?:over|again|afresh)|reset|empty|blank|"
    r"new (?:picture|scene|canvas|drawing|image)|begin again|from scratch|kill|cut)")
# Asking to change what is there: another colour ("换个颜色", "change the colour of ..."), another
# place ("the star should be on the left", "灰菱形应该在左上方"; "there should be a star" adds),
# another object in its place ("replace the square with ...", "换成"), another size ("enlarge", "缩小").
# Never only an add.
# "the star becomes a rhombus", "把橘子色菱形块弄成五星": another shape or colour
_BECOME = r"\bbecomes?\b|\bturns? into\b|[改变换弄]成|[改变]为"
_CHANGES = (("recolor", re.compile(r"换个?颜色|改个?颜色|颜色(?:改|换|变)|(?:change|switch|set)\s+(?:the\s+|its\s+)?colou?r|"
                                   r"recolou?r|" + _BECOME)),
            ("reshape", re.compile(r"\breplac|换成|替换|形状(?:改|换|变)|[改换]个?形状|(?:change|switch)\s+(?:the\s+|its\s+)?"
                                   r"shape|\bthe shape of\b|" + _BECOME)),
            ("move", re.compile(r"(?<!there )\bshould (?:be|go|sit|move)\b|应该在|应该放|应该去|应该挪|应该移")),
            ("resize", re.compile(r"\benlarg|\bshrink|放大|缩小|变大|变小|调大|调小|\btoo (?:small|little|tiny|big|large|huge)\b|"
                                  r"太[大小]")))


def changes_said(message: str) -> tuple[str, ...]:
    """The verbs of the changes to an object that ``message`` says ("换个颜色": recolor; "should be on the
    left": move; "replace": reshape; "enlarge", "缩小": resize), none for an add or anything else."""
    low = message.lower()
    return tuple(verb for verb, pattern in _CHANGES if pattern.search(low))
# Not wanting any more: a removal, never a question about the object.
_NOT_WANTED = re.compile(r"\b(?:don'?t|do not|no longer) want\b|不想要|不再要")
_NOT_WANTED_WHAT = re.compile(r"(?:\b(?:don'?t|do not|no longer) want\b|不想要|不再要)([^,，。!！?？;；]{0,24})")
# A value said only to be denied ("不是灰，是天蓝色", "not red, blue") is no value to set.
_DENIED = re.compile(r"不是[^，,。！!？?；;、]*|\bnot\s+(?:(?:at|in|on|to)\s+)?(?:the\s+|a\s+|an\s+)?[a-z-]+(?:\s+[a-z-]+)?")


def _said_only_denied(message: str, kind: str, value: str) -> bool:
    """Whether ``message`` names ``value`` (word for word) only where it denies it ("不是灰，是天蓝色": gray)."""
    low = message.lower()
    pattern, _, zh = _names(kind, value)
    denied = " ".join(_DENIED.findall(low))
    return bool(pattern.search(denied) or any(w in denied for w in zh)) and not names(_DENIED.sub(" ", low), kind, value)


# Taking away ("i don't want the star", "我不想要褐色蜂窝形了"): a change that takes nothing away
# (no remove, clear, reshape, which replaces, or pick, which completes what was asked) is a misreading.
_TAKE_AWAY = re.compile(r"\b(?:remove|delete|erase|get rid|don't want|do not want|no more|wipe|clear)\b|"
                        r"删|去掉|擦掉|移除|拿掉|拿走|清空|清除|抹掉|不想要|不要")
_TAKING = ("remove", "clear", "reshape", "pick")
_CHANGING = ("add", "copy", "recolor", "resize", "move", *_TAKING)
_REMOVAL_WORDS = ("remove", "delete", "erase", "clear", "wipe", "away", "start", "again", "want", "out", "off")
_REMOVAL_ZH = re.compile(r"删|去掉|去除|擦|移除|拿掉|拿走|清|抹|不要|不想要|别要|重新开始|从头|重来|扔|丢掉|撤掉|空白")

_GLUE = ("a", "an", "the", "in", "on", "at", "of", "to", "and", "one", "two", "me", "some", "light", "dark", "bright",
         "pale", "deep")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")  # "six-sided" is one word: "six" alone is a count
_KIND_OF = {"recolor": "color", "reshape": "shape"}  # what a change's new value is
_UNSAID_COLOR = "blue"  # an unsaid colour is blue (``dialogue.planning``)
_POINTING = ("it", "them", "other", "all")  # descriptions that name no colour or shape of their own
_HEARD = {h: w for w, hs in phrasing_zh.HOMOPHONES.items() for h in hs}  # a homophone typed for a word


def _readings(message: str) -> tuple[str, ...]:
    """``message`` as typed and as meant: the Chinese homophones the world knows read as the words
    they stand for ("猩猩" for 星星), and a character typed twice read once ("斜方方块"), each
    alone and both (棱 is a slip for 菱 in 棱形 but not in 六棱形, and 小小 is a word)."""
    def heard(text: str) -> str:
        for h, w in _HEARD.items():
            if h in text:
                text = text.replace(h, w)
        return text
    once = re.sub(r"([\u3400-\u9fff])\1", r"\1", message)
    return message, heard(message), once, heard(once)


def _slip(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with one letter wrong, missing, added, or two neighbours swapped."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                   and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


@lru_cache(maxsize=None)
def _names(kind: str, value: str) -> tuple[re.Pattern, frozenset, tuple[str, ...]]:
    """The world's names for ``value`` (a colour or shape): an English phrase pattern; the English
    words that name it alone (a name's own words no other value's names use: "circular", "burnt"),
    which a slip may spell wrong; and the Chinese names, with a shade said short ("烟的" for 烟灰色)."""
    table_en = getattr(phrasing_en, f"{kind.upper()}_WORDS")
    en = table_en[value]
    others = {t for v, ws in table_en.items() if v != value for w in ws for t in _WORD.findall(w)}
    joined = {re.sub(r"[\s-]+", "", w) for w in en}  # "babypink", "skyblue": a name of two words run together
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted({*en, *joined}, key=len, reverse=True))
                         + r")(?:e?s)?\b")
    generic = set(phrasing_en.LEXICON["one_n"])  # "round thing": "thing" names no circle
    own = frozenset(t for w in en for t in _WORD.findall(w)
                    if t == value or t not in others and t not in generic and len(t) >= 3)
    zh = getattr(phrasing_zh, f"{kind.upper()}_WORDS")[value]
    short = tuple(w[0] + "的" for w in zh if kind == "color" and len(w) >= 2 and w[0] not in "大小")
    return pattern, own, tuple(zh) + short


def _words(low: str) -> set[str]:
    """The words of a lower-case message, hyphenated ones both whole and in parts."""
    return set(_WORD.findall(low)) | set(re.findall(r"[a-z]+", low))


def _spelt(word: str, name: str, joined: int = 5) -> bool:
    """Whether the message's ``word`` is ``name`` (or its plural) typed with a slip, or run
    together with a neighbour ("tensquares"; a name shorter than ``joined`` letters only with a
    little word: "ared", "diskin", so that no "tan" is read in "tangerine" nor "sage" in "message")."""
    if len(word) > len(name) and name in word:
        if len(name) >= joined or any(word in (glue + name, name + glue) for glue in _GLUE):
            return True
    for w in {word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word}:
        if (_slip(w, name) and len(w) >= 3) if len(name) >= 4 else (len(w) == len(name) and _slip(w, name)):
            return True
    return False


def names(message: str, kind: str, value: str) -> bool:
    """Whether ``message`` names the colour or shape ``value`` (``kind`` "color" or "shape") by any
    word the world knows for it, in either language, a typing slip included."""
    pattern, own, zh = _names(kind, value)
    low = message.lower()
    if pattern.search(low):
        return True
    if re.search(r"[\u3400-\u9fff]", message):
        if any(_said_zh(reading, w, kind, value) for reading in _readings(message) for w in zh):
            return True
    known = known_words_en()  # a word the world's messages hold is no slip: "tell" is no teal, "can" no cyan
    return any(w == s or w not in known and _spelt(w, s) for w in _words(low) for s in own)


@lru_cache(maxsize=None)
def _zh_names(kind: str) -> tuple[tuple[str, str], ...]:
    """Every (Chinese name, value) of ``kind``, the names of the world's that it cannot draw among them
    (value "", 长方形, 椭圆, 乳白色), longest first."""
    table = getattr(phrasing_zh, f"{kind.upper()}_WORDS")
    out_of_world = getattr(phrasing_zh, "OUT_SHAPES" if kind == "shape" else "OUT_COLORS")
    pairs = [(w, v) for v, ws in table.items() for w in ws] + [(w, "") for w in out_of_world]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _said_zh(reading: str, word: str, kind: str, value: str) -> bool:
    """Whether ``word`` (a Chinese name of ``value``) occurs in ``reading`` other than inside a longer
    name of another value: 蓝 in 水蓝色 names cyan, not blue; 方形 in 长方形 a rectangle, no square."""
    # Where the longer names of other values stand in the reading, as (start, end) spans.
    others = [(m.start(), m.end()) for longer, other in _zh_names(kind)
              if other != value and len(longer) > len(word) and word in longer
              for m in re.finditer(re.escape(longer), reading)]
    return any(not any(start <= m.start() and m.end() <= end for start, end in others)
               for m in re.finditer(re.escape(word), reading))


def mentions(message: str, kind: str, value: str) -> int:
    """How many times ``message`` names the colour or shape ``value``, as ``names`` reads names."""
    pattern, own, zh = _names(kind, value)
    low = message.lower()
    english = len(pattern.findall(low))
    if not english:
        english = sum(any(w == s or w not in known_words_en() and _spelt(w, s) for s in own) for w in _WORD.findall(low))
    chinese = 0
    if re.search(r"[\u3400-\u9fff]", message):
        said = re.compile("|".join(re.escape(w) for w in sorted(zh, key=len, reverse=True)))
        chinese = max(len(said.findall(reading)) for reading in _readings(message))
    return english + chinese


@lru_cache(maxsize=None)
def _size_words_en() -> frozenset[str]:
    """The English words the world says a size or a change of size with ("tiny", "bigger", "shrink")."""
    tables = (phrasing_en.SIZE_WORDS, phrasing_en.COMPARATIVE, phrasing_en.TOO, phrasing_en.SCALE)
    words = {t for table in tables for ws in table.values() for w in ws for t in _WORD.findall(w)}
    return frozenset(w for w in words if w not in _GLUE and w not in ("a", "bit", "less", "down", "up"))


def says_size(message: str) -> bool:
    """Whether ``message`` says a size or a change of size, in either language, a slip included: a
    Chinese word with 大 or 小 or one of the world's ("巨型", "袖珍"); English has the world's size words
    and "size" itself."""
    if re.search(r"[大小]", message) or any(w in message for ws in phrasing_zh.SIZE_WORDS.values() for w in ws):
        return True  # "巨型", "袖珍", "微型" too
    known = known_words_en()  # a word the world's messages hold is no slip: "mind" is no mini
    return any(w == s or w not in known and _spelt(w, s, joined=4) for w in _words(message.lower())
               for s in _size_words_en() | {"size", "resize", "scale"})


@lru_cache(maxsize=1)
def _small_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The words the world says "small" with: English (single words) and Chinese."""
    en = frozenset(t for w in phrasing_en.SIZE_WORDS["small"] for t in _WORD.findall(w) if t not in _GLUE)
    return en, tuple(phrasing_zh.SIZE_WORDS["small"])


def says_small(message: str) -> bool:
    """Whether ``message`` says "small" by any word the world knows, a slip included: an unsaid size is large."""
    en, zh = _small_words()
    known = known_words_en()  # "would you mind" says no mini
    return any(w in message for w in zh) or any(w == s or w not in known and _spelt(w, s, joined=4)
                                                for w in _words(message.lower()) for s in en)


def _names_any(message: str) -> bool:
    """Whether ``message`` names any colour or shape the world knows, word for word (a slip may be
    "start" for "star"): "清除那个蓝绿色的" takes one object away, not everything."""
    low = message.lower()
    for kind in ("color", "shape"):
        for value in getattr(phrasing_en, f"{kind.upper()}_WORDS"):
            pattern, _, zh = _names(kind, value)
            if pattern.search(low) or any(w in message for w in zh if len(w) >= 2):
                return True
    return False


def says_removal(message: str) -> bool:
    """Whether ``message`` carries a word that removes or clears, in either language, a slip included."""
    low = message.lower()
    if _REMOVAL_EN.search(low) or _REMOVAL_ZH.search(message):
        return True
    return any(_spelt(w, r, joined=3) for w in re.findall(r"[a-z]+", low) for r in _REMOVAL_WORDS)


_COUNT_EN = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_COUNT_ZH = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _zh_number(numeral: str) -> int:
    """十二 -> 12, 二十 -> 20, 十 -> 10, 三 -> 3."""
    if "十" not in numeral:
        return _COUNT_ZH[numeral]
    tens, _, ones = numeral.partition("十")
    return (_COUNT_ZH[tens] if tens else 1) * 10 + (_COUNT_ZH[ones] if ones else 0)


def stated_counts(message: str) -> list[int]:
    """Every number of objects ``message`` states, 2 to 12, in order of kind ("three stars", "4 boxes",
    "四个三角", "十二个", "十 red stars"); a number inside a name ("five-pointed", "六边形") is no count."""
    low = message.lower()
    found = [int(d) for d in re.findall(r"(?<![\d.])(\d{1,2})(?![\d.])", low)]
    found += [_COUNT_EN[w] for w in _WORD.findall(low) if w in _COUNT_EN]
    found += [_zh_number(c) for c in re.findall(r"([两二三四五六七八九]?十[二三四五六七八九]?|[两二三四五六七八九])"
                                                r"(?:个|颗|只|块|枚|件|样|\s*(?=[a-z]))", low)]
    return [n for n in found if 2 <= n <= 12]


# The words that say each part of a place or a relation, in either language: a place the message
# says nothing of ("add a brown hexagon" read as "at bottom") is the model's guess. English words are
# read with a slip ("boytom", "rigght"); "corner" says any corner, "each side" either side.
_PLACE_PARTS_EN = {"top": ("top", "upper", "up", "above", "high"),
                   "bottom": ("bottom", "lower", "down", "below", "low", "beneath", "under"),
                   "left": ("left",), "right": ("right",), "center": ("center", "centre", "middle", "mid")}
_PLACE_PARTS_ZH = {"top": "上顶", "bottom": "下底", "left": "左", "right": "右", "center": "中间心"}
_CORNER = re.compile(r"corner|(?:个|四|各)角|角落|角各")
_SIDES = re.compile(r"\b(?:each|both|either|two|2) sides?\b|两边|两侧|两旁|左右")
_RELATION_EN = {"left_of": ("left",), "right_of": ("right",), "above": ("above", "over", "top", "up"),
                "below": ("below", "under", "beneath", "bottom", "down"),
                "next_to": ("beside", "by", "alongside", "near", "close", "side", "next to")}
_RELATION_ZH = {"left_of": "左", "right_of": "右", "above": "上顶", "below": "下底", "next_to": "旁边挨靠近隔壁"}


# "墨绿的上方" is above the dark green one, not the top of the picture ("画面的上方" is).
_RELATIVE_ZH = re.compile(r"(?<!画面)(?<!画布)(?<!图)(?<!图片)(?<!图画)的(?:正?上方|上面|上边|正?下方|下面|下边|底下|左边|左侧|左面|"
                          r"右边|右侧|右面|旁边|边上)")


_PLACE_WORDS = ("top", "bottom", "left", "right", "middle", "center", "centre")


_NO_PLACE_EN = {"bright", "brightly", "brighter", "upright", "lowercase"}  # a place word inside, no place said


def _says_en(low: str, words: tuple[str, ...]) -> bool:
    """Whether ``low`` has one of ``words`` (a phrase as typed; a word of four letters or more also inside
    a longer one, "underneath", "inthebottom", or with a slip; a shorter one run together with a little
    word, "thetop")."""
    tokens, known = _words(low) - _NO_PLACE_EN, known_words_en()  # "light" is no slip of right

    def said(t: str, w: str) -> bool:
        return (t == w or len(w) >= 4 and (w in t or t not in known and _spelt(t, w, joined=99))
                or any(t in (g + w, w + g) for g in _GLUE)  # "thetop"
                or any(t in (w + p, p + w) for p in _PLACE_WORDS))  # "topleft"
    return any(w in low if " " in w else any(said(t, w) for t in tokens) for w in words)


def _place_said(message: str, place: str) -> bool:
    """Whether ``message`` says each part of the region ``place`` ("bottom-left": bottom and left),
    or a corner for a corner, or both sides for a side."""
    low = message.lower()
    parts = place.split("-")
    if (len(parts) == 2 and _CORNER.search(low)) or (place in ("left", "right") and _SIDES.search(low)):
        return True
    zh = _NO_PLACE_ZH.sub("", message)
    return all(_says_en(low, _PLACE_PARTS_EN[part]) or any(c in zh for c in _PLACE_PARTS_ZH[part])
               for part in parts)


# One object in each corner or on each side ("one per corner", "四个角落各一个", "左右两边各一个").
_EACH_CORNER = re.compile(r"\b(?:each|every|per) corner|\ball (?:four )?corners|\bfill the corners|[每四]个角")
_EACH_SIDE = re.compile(r"\b(?:each|either|both) sides?\b|\bone left and one right\b|两[边侧]各|左右两[边侧]|在两[边侧]")
_CORNER_PLACES = ("top-left", "top-right", "bottom-left", "bottom-right")


def _each_place(message: str) -> tuple[str, ...]:
    """The places ``message`` puts one object each in: the four corners, the two sides, or none."""
    low = message.lower()
    return _CORNER_PLACES if _EACH_CORNER.search(low) else ("left", "right") if _EACH_SIDE.search(low) else ()


def _not_one_at_each(adds: list, message: str) -> bool:
    """Whether ``message`` says one object at each corner or side and ``adds`` do not put one object,
    the same at each, there."""
    each = _each_place(message)
    placed = [op for op in adds if op.to in each]
    return bool(adds and each) and ({op.to for op in placed} != set(each) or len({op.spec for op in placed}) > 1)


# A move by one cell ("moved to the right", "一个往右挪", "higher") against one to a region ("to the right side",
# "移到右边", "to the top"). In the world's words "to the left" is a step; a region says more (``PLACE_THE``).
_STEP_OF = {"left": "left", "right": "right", "top": "up", "bottom": "down"}
_STEP_EN = {"left": r"\bto the left\b(?![\s-]*(?:hand|side|edge|corner|of|part|half|most|column))|\bleftwards?\b|"
                    r"\b(?:moved?|go|shift(?:ed)?|nudged?|push(?:ed)?|slide|drag(?:ged)?|one|a bit|a little)\s+left\b"
                    r"(?![\s-]*(?:hand|side|edge|corner|of|part|half|most|column))",
            "up": r"\bup(?:wards?)?\b|\bhigher\b|\braise",
            "down": r"\bdown(?:wards?)?\b|\blower\b(?![\s-]*(?:left|right|middle|half|part|edge|cent))"}
_STEP_EN["right"] = _STEP_EN["left"].replace("left", "right")
_STEP_ZH = {"left": "左", "right": "右", "up": "上", "down": "下"}
_REGION_EN = {"left": r"\bleft[\s-]*(?:hand|side|edge|half|part|column|corner)|\b(?:far|very|middle|the|on the|at the) left\b"
                      r"(?!\s+of)",
              "up": r"\btop\b|\bupper\b|\bceiling\b|\bup (?:top|above|high)\b|\b(?:all the|way) up\b",
              "down": r"\bbottom\b|\blower[\s-]*(?:left|right|middle|half|part|edge)|\bdown (?:below|low|under)\b|"
                      r"\b(?:all the|way) down\b"}
_REGION_EN["right"] = _REGION_EN["left"].replace("left", "right")


def _step_words(message: str, step: str) -> bool:
    """Whether ``message`` has words of a one-cell move ``step``: "to the right", "rightwards", "higher", "往右"."""
    return bool(re.search(_STEP_EN[step], message.lower()) or re.search(f"[往向朝]{_STEP_ZH[step]}", message))


def _region_words(message: str, step: str) -> bool:
    """Whether ``message`` has words of the region that way: "the right side", "on the right", "the top", "移到右边"."""
    low = message.lower().replace("to the " + step, "")
    return bool(re.search(_REGION_EN[step], low) or re.search(f"[到在]\\s*(?:最|画面的?|图的?)?{_STEP_ZH[step]}", message))


def _step_said(message: str, step: str) -> bool:
    """Whether ``message`` says a one-cell move ``step`` ("left", "up") and no region that way: "moved to
    the right", "rightwards", "higher", "往右挪", "向上移一格"; not "to the right side", "移到右边", "the top"."""
    return _step_words(message, step) and not _region_words(message, step)


def _region_said(message: str, side: str) -> bool:
    """Whether ``message`` says the region ``side`` ("left" or "right") and no step that way: "put this one on
    the left", "放在左边"; not "move it to the left", "往左挪", "the hexagon at the left edge moved one to the left"."""
    return _region_words(message, side) and not _step_words(message, side)


def _direction_said(message: str, step: str) -> bool:
    """Whether ``message`` says the direction ``step`` at all, in either language (a slip included)."""
    words = {"left": ("left",), "right": ("right",), "up": ("up", "upwards", "higher", "top", "above", "raise"),
             "down": ("down", "downwards", "lower", "bottom", "below")}[step]
    return _says_en(message.lower(), words) or _STEP_ZH[step] in _NO_PLACE_ZH.sub("", message)


@lru_cache(maxsize=1)
def _region_names() -> tuple[tuple[str, str], ...]:
    """Every (name, region) the world says a region of the picture with, in either language, longest first."""
    pairs = {(w, r) for table in (phrasing_en.PLACE_BARE, phrasing_en.AREA_ADJ, phrasing_zh.PLACE, phrasing_zh.AREA)
             for r, ws in table.items() for w in ws}
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _regions_in_order(message: str) -> list[str]:
    """The regions ``message`` names, in its order, a name inside a longer one counted once ("the top right":
    top-right, not top and right)."""
    low, taken, found = message.lower(), [], []
    for name, region in _region_names():
        for m in re.finditer((r"\b" + re.escape(name) + r"\b") if name.isascii() else re.escape(name), low):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                taken.append((m.start(), m.end()))
                found.append((m.start(), region))
    return [region for _, region in sorted(found)]


def place_of_the_object(edit: str, message: str) -> str | None:
    """``edit``, one move of an object described without a place, made the move the message says where it
    names two regions: the object at the first, to the last ("i want the diamond shape at the right edge in the
    top right!" read as a move to the right: ``move diamond @right to top-right``). None otherwise."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    if len(ops) != 1 or ops[0].verb != "move" or not ops[0].to or "@" in ops[0].obj or ops[0].obj in _POINTING:
        return None
    regions = _regions_in_order(message)
    if len(regions) != 2 or regions[0] == regions[1] or ops[0].to != regions[0]:
        return None
    return replace(ops[0], obj=f"{ops[0].obj} @{regions[0]}", to=regions[1]).text()


def said_step(edit: str, message: str, earlier: str = "") -> str | None:
    """``edit`` with its moves made the steps ``message`` says: a region read for a step ("I want the
    lower-right shape moved to the right" read as ``to right``) is the step, a step the other way ("moved one
    to the right" read as left) the one direction the message says, and a step read for a side ("put this
    one on the left" read as one cell left) the side. None when nothing changes or the edit
    then still sets what the message never says."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    for i, op in enumerate(ops):
        if op.verb != "move":
            continue
        if op.to in _STEP_OF and _step_said(message, _STEP_OF[op.to]):
            ops[i] = replace(op, to="", step=_STEP_OF[op.to])
        elif op.step in ("left", "right") and _region_said(message, op.step):
            ops[i] = replace(op, to=op.step, step="")
        elif op.step and not _direction_said(message, op.step):
            said = [d for d in _STEP_ZH if _direction_said(message, d)]
            if len(said) != 1:
                return None
            ops[i] = replace(op, step=said[0])
    text = " ; ".join(op.text() for op in ops)
    return text if text != edit and ungrounded(text, message, earlier) is None else None


def says_a_place(message: str) -> bool:
    """Whether ``message`` says any place of the picture ("on the left", "应该在顶部")."""
    return any(_place_said(message, part) for part in _PLACE_PARTS_EN)


# Chinese words with a place's character that say no place: "添上" (add on; "画上边" is the top side),
# "上一个" (one more, the last one), "其中" (of them), "中文". "再添上上一个藏青色小号圆圈" says no top.
_NO_PLACE_ZH = re.compile(r"[添加画放贴摆补配涂写]上(?![边面方部角头])|(?<![左右靠在往朝向最])上一?个|其中|中文")


# Chinese that says a place of the picture, never a side of an object: "靠左" (to the left), "最上面" (the
# very top), "左上角" (the top left corner), "在下面" / "在正中间" / "在底下" (at the bottom, in the very middle:
# nothing stands between 在 and the side; "在它下面", "在红圆下面" are beside an object).
_PLACE_ONLY_ZH = re.compile(r"靠[左右上下]|最[左右上下]|[左右][上下]角|[上下][左右]角|"
                            r"在正?(?:底下|顶上|[上下左右底顶中][面边方侧部间]?)")


def _relation_said(message: str, rel: str) -> bool:
    return _says_en(message.lower(), _RELATION_EN[rel]) or _relation_said_zh(message, rel)


def _relation_said_zh(message: str, rel: str) -> bool:
    rest = _NO_PLACE_ZH.sub("", _PLACE_ONLY_ZH.sub("", message))  # "添上" (add on) is no "above"
    return any(c in rest for c in _RELATION_ZH[rel])


# A Chinese message that asks for one more object ("还要", "再来", "画一个", "添") and says no change of
# colour ("改成", "变", "换成", "涂", "染", "颜色") asks for no recolour: "还要很大的水蓝色六角形" (one more
# large aqua hexagon) is no hexagon made aqua.
_ADDING_ZH = re.compile(r"还要|再要|再来|再画|画[一个上]|添|加[一个上]|来[一个]")
_CHANGING_ZH = re.compile(r"[成变改换涂染弄为]|颜色")


def _recolor_said(message: str) -> bool:
    """Whether ``message`` can ask for a recolour: any message but a Chinese one that adds and changes nothing."""
    return bool(re.search(r"[a-z]", message.lower())) or not _ADDING_ZH.search(message) or bool(
        _CHANGING_ZH.search(message))


def _slipped_number(message: str) -> bool:
    """Whether a word of ``message`` is an English number word typed with a slip ("tn", "fve")."""
    return any(_number_slip(t, w) for t in _WORD.findall(message.lower()) for w in _COUNT_EN)


def _number_slip(token: str, word: str) -> bool:
    """Whether ``token`` is the number word ``word`` typed with a slip: no word the world's messages hold
    ("then", "to", "on"), no colour or shape ("tan")."""
    return (token != word and len(word) >= 3 and len(token) >= 2 and _slip(token, word)
            and token not in known_words_en() and not _names_any(token))


def _numeral_said(message: str, n: int) -> bool:
    """Whether a number word for ``n`` begins a word of ``message`` ("tensquares", run together) or is one
    typed with a slip ("tn", "mine" for nine; no colour or shape name: "tan"), or a
    Chinese numeral for it stands anywhere outside a shape's name, its classifier dropped or not
    ("两橘黄色星"; not the 五 of 五角星)."""
    low = message.lower()
    if any(re.search(r"\b" + w, low) for w, v in _COUNT_EN.items() if v == n):
        return True
    if any(_number_slip(t, w) for t in _WORD.findall(low) for w, v in _COUNT_EN.items() if v == n):
        return True  # "tn large stars", "mine pale pink triangles": a number typed with a slip (not "tan")
    numerals = {k for k, v in _COUNT_ZH.items() if v == n}
    if not numerals:
        return False
    rest = message
    for name in _zh_shape_names():
        rest = rest.replace(name, " ")
    return any(c in rest for c in numerals)


@lru_cache(maxsize=None)
def _zh_shape_names() -> tuple[str, ...]:
    """The Chinese shape names, longest first (五角星 before 五星)."""
    return tuple(sorted({w for ws in phrasing_zh.SHAPE_WORDS.values() for w in ws}, key=len, reverse=True))


def stated_count(message: str) -> int:
    """The largest number of objects ``message`` states (``stated_counts``), 0 for none."""
    return max(stated_counts(message), default=0)


def _out_of_world(kind: str) -> re.Pattern:
    """The names of the colours or shapes (``kind``) the world cannot draw, in either language."""
    en, zh = (getattr(m, f"OUT_{kind.upper()}S") for m in (phrasing_en, phrasing_zh))
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in en) + r")s?\b|" + "|".join(re.escape(w) for w in zh))


_OUT_OF_WORLD = {kind: _out_of_world(kind) for kind in ("color", "shape")}


def out_of_world_named(message: str) -> list[str]:
    """The kinds ("color", "shape") of which ``message`` names something the world cannot draw ("gold",
    "金色", "a heart"): the world refuses what it cannot draw, so any edit but ``keep`` (or a removal) for such a
    message is a guess ("一个金色六边形" is no blue hexagon, "a walnut line" no recolour)."""
    return [kind for kind, pattern in _OUT_OF_WORLD.items() if pattern.search(message.lower())]


def _run(ops: list, k: int):
    """The operations after ``ops[k]`` equal to it, up to the first that is not."""
    for later in ops[k + 1:]:
        if later != ops[k]:
            return
        yield later


# "A few", "几个": a number of objects that names none. An add or copy for it guesses the number; the
# world asks how many.
_FEW = re.compile(r"\b(?:a few|some|several|a couple of|a bunch of)\b|(?<![大小多少高低])一些|几个|若干")


# Another of what is there says so: "another one", "one more", "the same", "copy", "duplicate", "再来一个",
# "也来一个", "一样的", "复制". "Position of this one" is no copy.
_COPY = re.compile(r"\b(?:another|more|second|same|again|twin|clone|repeat)\b|\bcop(?:y|ies)|\bduplicat|"
                   r"再|多|也|一样|同样|相同|复制|拷贝|照")


_CORRECTING = re.compile(r"\b(?:no|nope|not|wrong|sorry|said|meant|asked for|wanted|told you|instead|rather)\b|"
                         r"不对|不是|不，|错|我说|我要的是|我是说|我想要的是|我刚才")


# A message that begins with the verb of a change says which change: "recolor the shape in the corner ruby".
_LEADING_VERBS = {"recolor": "recolor", "recolour": "recolor", "paint": "recolor", "move": "move", "shift": "move",
                  "drag": "move", "slide": "move", "reshape": "reshape", "resize": "resize", "enlarge": "resize",
                  "shrink": "resize"}
_LEADING_VERB = re.compile(r"^(?:(?:please|pls|now|then|ok|okay|so|and|also)[,!]?\s+)*(" + "|".join(_LEADING_VERBS) + r")\b")


def ungrounded(edit: str, message: str, earlier: str = "") -> str | None:
    """What ``edit`` sets that ``message`` never says ("color cyan", "shape star", "removal"),
    or None when every colour and shape it sets is named and it removes only when asked to.
    The colours and shapes of a correction (several operations, the first on "it": "no, the
    diamond" read as ``recolor it green ; recolor diamond cyan``) may also come from ``earlier``,
    the exchange before, whose reply named the colour put back; an added object may be blue
    unnamed (an unsaid colour is blue). Commands (``undo``, ``redo``) and edits that do not
    parse are not this check's to judge."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    # A correction puts back what the last turn did to "it" and does it to the object meant
    # ("recolor it green ; recolor diamond cyan"): its colours were said in the exchange before. It says
    # that it corrects ("no", "not that one", "I said", "不对", "我说的是"): "请先把那个往左挪挪，再让这个
    # 红六棱形变成大的" read as ``move it left ; recolor red hexagon yellow`` is no correction.
    correction = len(ops) > 1 and ops[0].obj == "it" and bool(earlier) and bool(_CORRECTING.search(message.lower()))
    said = lambda kind, value: names(message, kind, value) or correction and names(earlier, kind, value)
    low = message.lower()
    if changes_said(low) and all(op.verb == "add" for op in ops):
        return "add for a change"
    verbs = {op.verb for op in ops}
    led = _LEADING_VERB.match(low)
    if led and verbs <= {"move", "recolor", "reshape", "resize"} and _LEADING_VERBS[led.group(1)] not in verbs:
        return f"{_LEADING_VERBS[led.group(1)]} said, {sorted(verbs)[0]} written"  # "recolor the shape ... ruby" as a move
    if _TAKE_AWAY.search(low) and verbs & set(_CHANGING) and not verbs & set(_TAKING):
        return "no removal for a removal"
    if _NOT_WANTED.search(low) and verbs <= {"ask", "count", "compare", "check", "keep"}:  # "我不想要那个了" asks nothing
        return "no removal for a removal"
    unwanted = " ".join(m.group(1) for m in _NOT_WANTED_WHAT.finditer(low))
    if unwanted and any(op.verb in _KIND_OF and op.to and names(unwanted, _KIND_OF[op.verb], op.to) for op in ops):
        return "no removal for a removal"  # "我不想要圆了！" read as making it a circle
    adds = [op for op in ops if op.verb == "add"]
    said_counts = stated_counts(message)
    if not said_counts and verbs & {"add", "copy"} and _FEW.search(low):
        return "a number never said"
    most = max(said_counts, default=0)
    if adds and sum(op.count for op in adds) < most:
        return f"{sum(op.count for op in adds)} added for {most} said"
    if _not_one_at_each(adds, message):
        return f"not one at each of {', '.join(_each_place(message))}"
    if adds_in_order(edit, message) is not None:
        return "adds not in the order said"
    for op in adds:  # "a whopping star" is no 9 stars; "3 pink trigons and an aqua hex" no 3 hexagons
        if op.count > 1:
            if op.count in said_counts:
                said_counts.remove(op.count)
            elif not _numeral_said(message, op.count):
                return f"{op.count} added, never said"
    for k, op in enumerate(ops):
        if k and op == ops[k - 1]:
            same = 2 + sum(1 for _ in _run(ops, k))
            if op.verb != "add" or mentions(message, "shape", op.spec[2]) < same:
                return f"repeated {op.text()}"
        if op.verb in ("remove", "clear") and not says_removal(message):
            return "removal"
        if op.verb == "clear" and len(ops) == 1 and _names_any(message):
            return "clear for one named object"
        if op.verb == "resize" and not (says_size(message) or correction and says_size(earlier)):
            return "size"
        if op.verb == "add":
            if op.to and not _place_said(message, op.to):
                return f"place {op.to}"
            if op.to and not any(a.rel for a in adds) and _RELATIVE_ZH.search(message):
                return f"place {op.to} for a relation"
            if op.rel and not _relation_said(message, op.rel):
                return f"relation {op.rel}"
            size, color, shape = op.spec
            if size == "small" and not says_small(message):
                return "size small"
            if not said("shape", shape):
                return f"shape {shape}"
            if color != _UNSAID_COLOR and not said("color", color):
                return f"color {color}"
        if op.verb == "recolor" and op.to and not said("color", op.to):
            return f"color {op.to}"
        if op.verb in ("recolor", "reshape") and op.to and _said_only_denied(message, _KIND_OF[op.verb], op.to):
            return f"{_KIND_OF[op.verb]} {op.to} denied"  # "不是圆，是六边形" read as a circle
        if op.verb == "recolor" and not (_recolor_said(message) or correction):
            return "recolour never asked"
        if op.verb == "copy" and not _COPY.search(low):
            return "copy never asked"
        if op.verb == "reshape" and op.to and not said("shape", op.to):
            return f"shape {op.to}"
        if op.verb == "reshape" and op.to in op.obj.split() and mentions(message, "shape", op.to) < 2:
            return f"shape {op.to} said once, of the object and its new shape"  # "turn the yellow shape into a triangle"
        if op.verb in ("add", "move") and op.to and _place_denied(message, op.to):
            return f"place {op.to} denied"
        if op.verb == "move" and op.to and not _place_said(message, op.to):
            return f"place {op.to}"  # "bring the object at the top left in the lower right" read as bottom-left
        if op.verb == "move" and place_of_the_object(edit, message):
            return f"place {op.to} of the object, not where it goes"
        if op.verb == "move" and op.to in _STEP_OF and _step_said(message, _STEP_OF[op.to]):
            return f"place {op.to} for a step"  # "i want the star moved to the right": one cell, not the right side
        if op.verb == "move" and op.step and not _direction_said(message, op.step):
            return f"step {op.step}"  # "moved one to the right" read as left
        if op.verb == "move" and op.step in ("left", "right") and _region_said(message, op.step):
            return f"step {op.step} for a place"  # "put this one on the left": the left side, not one cell
        for desc in (op.obj, op.anchor):
            fields = fields_of(desc) if desc and desc.split()[0] not in _POINTING else {}
            for kind in ("color", "shape"):
                if kind in fields and not said(kind, fields[kind]):
                    return f"{kind} {fields[kind]} of {desc}"
            if set(fields) == {"size"} and not (says_size(message) or correction and says_size(earlier)):
                return f"size {fields['size']} of {desc}"  # "change the whole thing to cherry" read as the large ones
    outside = out_of_world_named(low)
    if outside and verbs != {"keep"} and not verbs & {"remove", "clear", "undo", "redo"}:
        return "color blue for a colour out of the world" if outside == ["color"] and verbs == {"add"} \
            else f"a {outside[0]} out of the world"  # "a walnut line please" read as a recolour: the world refuses
    if adds:  # "... i'd like a red star and a pale pink rhombus!" read without the rhombus
        written, rest = set(re.findall(r"[a-z]+", edit)), _DENIED.sub(" ", low)
        for kind in ("shape", "color"):
            unwritten = [v for v in _said_in_order(rest, kind) if v and v not in written]
            if unwritten:
                return f"{kind} {unwritten[0]} said, never written"
    return None


# Sizes said of an object: in Chinese only as a word (not the 大 of 放大, 大小).
_SIZE_OF_ZH = {"large": re.compile(r"大的|大号|大型|巨|硕大|特大|超大|很大|好大|大大"),
               "small": re.compile(r"小的|小号|小型|迷你|袖珍|特小|超小|很小|极小|微型|小小")}


def _sizes_named(message: str) -> set[str]:
    words = _words(message.lower())
    return {size for size in ("large", "small")
            if words & {t for w in phrasing_en.SIZE_WORDS[size] for t in _WORD.findall(w)} or _SIZE_OF_ZH[size].search(message)}


def unlike_it(edit: str, message: str, scene: Scene, focus) -> str | None:
    """What ``message`` names of the object that an edit's "it" stands for (``focus`` on ``scene``) and the object
    is not ("不要那个大的了" read as ``remove it`` where it is small; "我不想要这个六棱形了" where it is a circle), or
    None; or, where the message says no "it" ("它"), a description it names that fits several objects ("不要那个大的
    了" where two are large: the world asks which one). Only an edit of one operation on "it" with no other
    object in it is judged; what the operation sets (a recolour's colour, a resize's size) or asks (a size)
    is no description of the object."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    if len(ops) != 1 or ops[0].obj != "it" or ops[0].anchor or ops[0].rel:
        return None
    op, found = ops[0], objects_named(scene, "it", focus)
    if len(found) != 1:
        return None
    obj = scene.objects[found[0]]
    for kind in ("color", "shape"):
        if _KIND_OF.get(op.verb) == kind:
            continue  # "change it to baby blue": the colour said is the new one
        named = {v for v in getattr(phrasing_en, f"{kind.upper()}_WORDS") if names(message, kind, v)}
        if named and getattr(obj, kind) not in named:
            return f"it is {getattr(obj, kind)}, not {' or '.join(sorted(named))}"
    sizes = _sizes_named(message)
    if op.verb not in ("resize", "ask") and len(sizes) == 1 and obj.size not in sizes:  # "how large is it?" asks
        return f"it is {obj.size}, not {sizes.pop()}"
    # "不要那个大的了" where two are large: a description that fits several, said with no "it", is no "it".
    if op.verb != "ask" and not _IT.search(message.lower()):
        said = [v for kind in ("color", "shape") if _KIND_OF.get(op.verb) != kind
                for v in _said_in_order(message, kind) if v]
        if op.verb == "resize":  # "too little!", "a little larger": English size words of a resize say the change
            sizes = {z for z in ("large", "small") if _SIZE_OF_ZH[z].search(message)} - {op.to}
        said += sorted(sizes)
        if said and len(set(said)) == len(said) and len(objects_named(scene, "all " + " ".join(_in_order(said)))) > 1:
            return f"{' '.join(_in_order(said))} fits several, not it alone"
    return None


_IT = re.compile(r"\b(?:it|its|itself)\b|它")


def _in_order(fields: list[str]) -> list[str]:
    """Description words in the world's order: size, colour, shape."""
    rank = {v: 0 for v in ("large", "small")} | {v: 1 for v in phrasing_en.COLOR_WORDS} | {
        v: 2 for v in phrasing_en.SHAPE_WORDS}
    return sorted(fields, key=rank.get)


def it_as_said(edit: str, message: str, scene: Scene, focus) -> str | None:
    """``edit`` with the "it" that ``unlike_it`` doubts replaced by the object the message names, where its
    words name one object of ``scene`` ("我不想要这个六棱形了" read as ``remove it``, it being a square:
    ``remove hexagon``); else None."""
    if unlike_it(edit, message, scene, focus) is None:
        return None
    op = parse_edit(edit)[0]
    fields = []
    sizes = _sizes_named(message)
    if op.verb not in ("resize", "ask") and len(sizes) == 1:
        fields += sizes
    for kind in ("color", "shape"):
        if _KIND_OF.get(op.verb) != kind:
            named = set(_said_in_order(message, kind))  # word for word: "六棱形" is a hexagon alone
            if len(named) > 1 or "" in named:
                return None
            fields += named
    desc = " ".join(fields)
    if not desc or len(objects_named(scene, desc)) != 1:
        return None
    return replace(op, obj=desc).text()


def _said_in_order(message: str, kind: str) -> list[str]:
    """The colours or shapes (``kind``) ``message`` names, in the order it names them, word for word (no slip),
    a name inside a longer one counted once ("baby blue" is cyan, "水蓝色" cyan, "六角星" no hexagon)."""
    return [value for _, _, value in _named_spans(message, kind)]


def _named_spans(message: str, kind: str) -> list[tuple[int, int, str]]:
    """Where ``_said_in_order``'s names stand: (start, end, value), value "" for a name of several values."""
    low, spans = message.lower(), []
    for value in getattr(phrasing_en, f"{kind.upper()}_WORDS"):
        pattern, _, zh = _names(kind, value)
        spans += [(m.start(), m.end(), value) for m in pattern.finditer(low)]
        spans += [(m.start(), m.end(), value) for w in zh for m in re.finditer(re.escape(w), message)]
    spans += [(m.start(), m.end(), "") for w, v in _zh_names(kind) if not v for m in re.finditer(re.escape(w), message)]
    values: dict[tuple[int, int], set[str]] = {}
    for start, end, value in spans:
        values.setdefault((start, end), set()).add(value)
    kept: list[tuple[int, int, str]] = []
    for (start, end), said in sorted(values.items(), key=lambda s: (s[0][0], s[0][0] - s[0][1])):
        if kept and start < kept[-1][1]:
            continue  # inside the longer name before it
        kept.append((start, end, said.pop() if len(said) == 1 else ""))  # "绿的": green or cyan, unknown
    return kept


_COUNT_BEFORE_EN = re.compile(r"\b(\d{1,2}|" + "|".join(_COUNT_EN) + r")\s+(?:[a-z-]+\s+){0,3}$")
_COUNT_BEFORE_ZH = re.compile(r"(\d{1,2}|[两二三四五六七八九十]+)\s*[个只颗块枚]?[^，,。、；;]{0,8}$")


def _shapes_counted(message: str) -> tuple[list[str], list[int]]:
    """The shapes ``message`` names in order, each as many times as the number said just before it ("three
    circles, a red, a blue and a green one, and a yellow square": three circles and a square), and the numbers
    so used."""
    low, shapes, used = message.lower(), [], []
    for start, _, value in _named_spans(message, "shape"):
        before = low[max(0, start - 30):start]
        m = _COUNT_BEFORE_EN.search(before) or _COUNT_BEFORE_ZH.search(before)
        word = m.group(1) if m else ""
        n = int(word) if word.isdigit() else _COUNT_EN.get(word) or (_zh_number(word) if word else 1)
        n = n if 2 <= n <= 12 else 1
        shapes += [value] * n
        used += [n] if n > 1 else []
    return shapes, used


def adds_in_order(edit: str, message: str) -> str | None:
    """``edit``, a list of adds, with the colours (and shapes) the message names one for each add, in its order,
    given to the adds in that order, where the edit gave them otherwise ("底部一个浅棕色球，左上一个鲜红色迷你
    方块和右面一个紫颜色大大三角型" read with two triangles; "一个红色的跟一个粉的跟一个蓝色的和一个咖啡色的大方形" read
    with two brown squares); a name that may be either of two ("绿的": green or cyan) leaves its add as it was.
    A shape said with a number ("three circles, a red, a blue and a green one, and a yellow square") names that
    many adds. Where each add has a shape name of its own, the words up to it say its size ("右方1个橙色小菱形块": small)
    and, in Chinese, its place ("右下角一个大号的紫色钻石形状": bottom-right).
    None when the message names another number of them, the edit is more than adds, the message relates
    them to objects there (whose colours it names too), or nothing changes."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    if len(ops) < 2 or any(op.verb != "add" or op.rel for op in ops):
        return None
    low = message.lower()
    if any(re.search(r"\b" + re.escape(w) + r"\b", low) for ws in phrasing_en.RELATION.values() for w in ws) \
            or any(_relation_said_zh(message, rel) and re.search(r"[的它][左右上下旁]", message) for rel in _RELATION_ZH):
        return None  # "next to the bright red shape, add ...": a colour of an object there
    new = list(ops)
    for kind, at in (("color", 1), ("shape", 2)):
        said = _said_in_order(message, kind)
        if len(said) != len(ops):
            continue
        new = [replace(op, spec=op.spec[:at] + (value,) + op.spec[at + 1:]) if value else op  # "绿的": either
               for op, value in zip(new, said)]
    counted, used = _shapes_counted(message)
    if used and len(counted) == len(ops) and all(op.count == 1 for op in ops):  # "three circles, a red, ... and a square"
        new = [replace(op, spec=op.spec[:2] + (value,)) if value else op for op, value in zip(new, counted)]
    shapes = _named_spans(message, "shape")
    if len(shapes) == len(ops):  # each add's words end with its shape: "...非常大的咖啡色钻石形跟左下方1个浅绿色六棱形"
        ends = [0] + [end for _, end, _ in shapes]
        chinese = not re.search(r"[a-z]", low)  # a Chinese add says its place before its shape: "右下角一个...钻石形状"
        for k, op in enumerate(new):
            words = message[ends[k]:ends[k + 1]]
            size = "small" if says_small(words) else "large"
            if not (says_small(words) and "large" in _sizes_named(words)):
                new[k] = replace(new[k], spec=(size,) + new[k].spec[1:])
            place = _the_place_said(words) if chinese else ""
            if place:
                new[k] = replace(new[k], to=place)
    text = " ; ".join(op.text() for op in new)
    return text if new != ops else None


_MOVING = re.compile(r"\b(?:move|moved|moving|shift|push|drag|slide|nudge|relocate|bring|go|goes)\b|移|挪|搬|走")
# An object already there: "the triangle", "that one", "这个三角形", "把菱形放到..." (not "at the centre").
_DEFINITE = re.compile(r"\b(?:that|this|these|those|it|its)\b|\bthe\b(?!\s+(?:center|centre|middle|top|bottom|left|"
                       r"right|upper|lower|picture|canvas|image|edge|corner|side|far|very)\b)|把|这|那|它")


def adds_meant(edit: str, result: str, message: str) -> bool:
    """Whether ``message`` asks for a new object where ``edit``, one operation the world reported as ``result``,
    changed one that is not there or changed nothing, and it names no object as one there ("the", "that",
    "这个", "把"): a move of an object there is none of, and no word of moving ("绿颜色星星放在中心" read as
    moving a green star), or a change to what the object already is while
    the message names a colour the edit never does ("make a diamond shape in cobalt at the center" read as
    reshaping the diamond there into a diamond)."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return False
    if len(ops) != 1:
        return False
    op, low = ops[0], message.lower()
    if _DEFINITE.search(low):
        return False  # "put the triangle at the centre": a move, whether or not there is one
    if op.verb == "move" and result.startswith("missing") and not _MOVING.search(low):
        return True
    unused = [v for v in phrasing_en.COLOR_WORDS if v not in edit.split() and names(low, "color", v)]
    return op.verb in ("recolor", "reshape", "resize", "move") and result.startswith("same") and bool(unused)


def adds_as_said(edit: str, message: str) -> bool:
    """Whether the world reads ``message`` as ``edit``, a list of adds, word for word: the colours it names, in
    order, are the adds' (an unsaid colour no add's), the shapes too (or the one shape named, every add's, or
    each as often as the number before it says), one size for all (small said, or none said and large), the
    numbers it states the adds' counts (or the number of adds, one each: "three circles: red, green and
    blue"), no place said
    and none set, or one add at the one place said, and nothing else is ``ungrounded``. Such an edit needs no
    model's certainty to be carried out ("来一个灰色的，一个鲜红色的，一个桔色的，一个浅绿色的小三角块")."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return False
    if not ops or any(op.verb != "add" or op.rel for op in ops) or ungrounded(edit, message) is not None:
        return False
    colors, shapes = _said_in_order(message, "color"), _said_in_order(message, "shape")
    counted, used = _shapes_counted(message)
    written = [op.spec[2] for op in ops]
    if colors != [op.spec[1] for op in ops] or not (
            shapes == written or len(shapes) == 1 and set(written) == set(shapes) or counted == written):
        return False
    sizes = {op.spec[0] for op in ops}
    said = ({"small"} if says_small(message) else set()) | (_sizes_named(message) & {"large"})
    if (said or {"large"}) != sizes:
        return False
    counts = sorted(op.count for op in ops if op.count > 1)
    spelt_out = not counts and len(ops) > 1 and (stated_counts(message) == [len(ops)] or counted == written and used)
    if counts != sorted(stated_counts(message)) and not spelt_out:  # "three circles: red, green and blue": three adds
        return False
    places = {op.to for op in ops if op.to}  # one place said, for every add (places in turn are the model's)
    return not places and not says_a_place(message) or len(places) == 1 and len(ops) == 1 and _the_place_said(
        message) in places


def _the_place_said(message: str) -> str:
    """The one region of the picture ``message`` says ("在正中间": center; "top left": top-left), or ""
    for none or several."""
    low, zh = message.lower(), _NO_PLACE_ZH.sub("", message)
    words = _words(low)  # whole words only: "bright" says no right
    parts = [part for part in _PLACE_PARTS_EN
             if words & set(_PLACE_PARTS_EN[part]) or any(c in zh for c in _PLACE_PARTS_ZH[part])]
    if len(parts) == 2 and "center" not in parts and ("top" in parts) != ("bottom" in parts):
        return "-".join(sorted(parts, key=("top", "bottom", "left", "right").index))
    return parts[0] if len(parts) == 1 else ""


def said_of_adds(edit: str, message: str, earlier: str = "") -> str | None:
    """``edit`` with its adds cut back to what ``message`` says, where that alone makes it grounded: a
    number nobody said is one ("we need a whopping star" read as 9 stars; "3 pink trigons and an aqua
    hex" read as 3 hexagons too), a place nobody said is left out ("还要一个巧克力色小号六角形" read as at
    the bottom; half a corner said is no cut), and a relation nobody said (where the message says no other)
    is the one place the message says ("我想在正中间画..." read as above it: at the center), else left
    out; an add written twice over for one name of its shape, once. Adds said one in each corner or on each side ("两个玫瑰色方块，左右两边各一
    个" read as a pink and a blue square) are one of the first add's objects at each. None when nothing
    is cut, or the edit cut back still sets what the message
    never says (``ungrounded``)."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    adds = [op for op in ops if op.verb == "add"]
    if _not_one_at_each(adds, message):  # one of the first add's objects at each place
        spread = [Op("add", spec=adds[0].spec, to=place) for place in _each_place(message)]
        ops = spread + [op for op in ops if op.verb != "add"]
    said_counts, cut = stated_counts(message), []
    for k, op in enumerate(ops):
        if op.verb == "add" and k and op == ops[k - 1] and mentions(message, "shape", op.spec[2]) < 2:
            continue  # "place a biggish navy lozenge shape" read as two: a stutter
        if op.verb != "add":
            cut.append(op)
            continue
        count, to, rel, anchor = op.count, op.to, op.rel, op.anchor
        if count > 1:
            if count in said_counts:
                said_counts.remove(count)
            elif _slipped_number(message):
                return None  # "tn large stars" read as 2: a number was said, mistyped; asked, not cut
            elif not _numeral_said(message, count):
                count = 1
        if to and not _place_said(message, to):
            if any(_place_said(message, part) for part in to.split("-")):
                return None  # half a corner said ("at thetop right") may be the corner: asked, not cut
            to = ""
        if rel and not _relation_said(message, rel):
            words = _words(message.lower())  # whole words: "bright" says no right
            if any(words & {w for w in _RELATION_EN[other] if " " not in w} or _relation_said_zh(message, other)
                   for other in _RELATION_EN):
                return None  # another relation said ("over that red star" read as next to it): not this cut
            to, rel, anchor = _the_place_said(message), "", ""
        cut.append(replace(op, count=count, to=to, rel=rel, anchor=anchor))
    repaired = " ; ".join(op.text() for op in cut)
    if repaired == edit or ungrounded(repaired, message, earlier) is not None:
        return None
    return repaired


def _place_denied(message: str, place: str) -> bool:
    """Whether ``message`` says the region ``place`` only where it denies it ("是靠左上角，不是上面": top)."""
    low = message.lower()
    return _the_place_said(" ".join(_DENIED.findall(low))) == place and _the_place_said(_DENIED.sub(" ", low)) != place


def said_instead(edit: str, message: str, earlier: str = "") -> str | None:
    """``edit`` with a colour or shape that ``message`` only denies ("不是六角形，是正方形" read as a hexagon)
    replaced by the one value of that kind the message says otherwise (the square), and so a place ("是靠左上角，
    不是上面" read with a move to the top as well: one move, to the top left), and a reshape's new shape read
    into the object's description as well ("turn the yellow shape into a triangle": the yellow one). None when no value
    is denied, when the message says no other value or several, or when the edit still sets what the
    message never says."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    rest, changed = _DENIED.sub(" ", message.lower()), False
    instead = _the_place_said(rest)
    for i, op in enumerate(ops):
        if op.verb == "reshape" and op.to in op.obj.split() and mentions(message, "shape", op.to) < 2:
            ops[i], changed = replace(op, obj=" ".join(w for w in op.obj.split() if w != op.to) or "it"), True
            continue  # "turn the canary yellow shape into a triangle" read as the yellow triangle
        if op.verb in ("add", "move") and op.to and _place_denied(message, op.to):
            if not instead:
                return None
            ops[i], changed = replace(op, to=instead), True  # "是靠左上角，不是上面" read with a move to the top
            continue
        kind = _KIND_OF.get(op.verb)
        if kind and op.to and _said_only_denied(message, kind, op.to):
            others = [v for v in getattr(phrasing_en, f"{kind.upper()}_WORDS") if v != op.to and names(rest, kind, v)]
            if len(others) != 1:
                return None
            ops[i], changed = replace(op, to=others[0]), True
    ops = [op for k, op in enumerate(ops) if not (k and op == ops[k - 1] and op.verb == "move")]  # one move, said once
    text = " ; ".join(op.text() for op in ops)
    return text if changed and ungrounded(text, message, earlier) is None else None
