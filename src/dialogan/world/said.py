"""What a message says, read word for word by the world's own lexicon (``phrasing_en``/``phrasing_zh``).

The colours and shapes it names (every name the world knows, in both languages, with the typing slips
the world knows: one wrong, missing, extra or swapped letter in an English word of four letters or more
that no message of the world's holds, and the Chinese homophones), sizes, numbers, places and relations,
steps and sides, removals, changes of what is there, values said only to be denied, and what the world
cannot draw. ``grounding`` judges an edit by these readings; nothing here knows edits. A few regular
expressions per reading: no model pass.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import phrasing_en, phrasing_zh
from .common_words_en import COMMON_EN
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
_BECOME = (r"\bbecomes?\b|\bturns? into\b|\b(?:turn|transform|convert) (?:it|this|that|them|this one|that one|the [a-z-]+(?: [a-z-]+)?) in(?:to)?\b|"
           r"\b(?:better|nicer|best|smarter|cooler|prettier|neater|cuter|lovelier) as\b|"
           r"\brather (?:it|this|that|they|(?:the|that|this) [a-z]+) (?:were|was|be|became)\b|"
           r"\bprefer (?:it|that|this|them|(?:the|that|this) [a-z]+) as\b|[改变换弄]成|[改变]为|\b(?:change|turn|switch|make)\s*成|"
           r"\bchange (?:it|this|that|them|它们?|the [a-z-]+(?: [a-z-]+)?) ?(?:in)?to\b")
# "make the box a diamond", "make it into a star": another shape said as what the object is to be.
_MADE_A_SHAPE = (r"\bmake (?:it|that|this|that one|this one|它们?|(?:the|that|this) [a-z-]+(?: [a-z-]+)?) (?:into )?(?:an? )?(?:"
                 + "|".join(re.escape(w) for w in sorted({w for ws in phrasing_en.SHAPE_WORDS.values() for w in ws},
                                                          key=len, reverse=True)) + r")\b")
# "make the triangle orange": another colour said as what the object is to be ("make a triangle orange" adds one).
_MADE_A_COLOUR = (r"\bmake (?:it|that|this|that one|this one|(?:the|that|this) [a-z-]+(?: [a-z-]+)?) (?:"
                  + "|".join(re.escape(w) for w in sorted({w for ws in phrasing_en.COLOR_WORDS.values() for w in ws},
                                                           key=len, reverse=True)) + r")\b")
_CHANGES = (("recolor", re.compile(_MADE_A_COLOUR + r"|换个?颜色|改个?颜色|颜色(?:改|换|变)|(?:change|switch|set)\s+(?:the\s+|its\s+)?colou?r|"
                                   r"(?<![大小])[改变换涂染](?![大小])(?=[^个颜用\s,，。]{1,3}色)|"  # "三角形变绿色", "六角形改粉红色"
                                   r"[涂染刷](?:成|上|为)?[红橙黄绿青蓝紫粉棕灰]|"  # "把方块涂成红的"
                                   r"recolou?r|" + _BECOME)),
            ("reshape", re.compile(_MADE_A_SHAPE + r"|(?:帮我|给我)?(?:改|换|变)(?:一下|改|换)(?![成为颜大小])|\b(?:it|that|this|one) be an? (?!bit\b|little\b|tad\b)|\breplac|换成|替换|形状(?:改|换|变)|[改换]个?形状|(?:change|switch)\s+(?:the\s+|its\s+)?"
                                   r"shape|\bthe shape of\b|" + _BECOME)),
            ("move", re.compile(r"(?<!there )\bshould (?:be|go|sit|move)\b|\brelocat|应该在|应该放|应该去|应该挪|应该移")),
            ("resize", re.compile(r"\bmake (?:it|that|this|that one|this one|them|those|both|(?:the|that|this|both) [a-z-]+(?: [a-z-]+)?) "
                                  r"(?:small|big|large|tiny|huge|little)\b(?!\s+(?:one|circle|square|triangle|star|diamond|hexagon)s?\b)|"
                                  r"\benlarg|\bshrink|\bscale (?:it |this |that |them )?(?:up|down)\b|\b(?:reduce|downsize|blow (?:it |this |that )?up|expand)\b|放大|缩小|变大|变小|调大|调小|\btoo (?:small|little|tiny|big|large|huge)\b|"
                                  r"太[大小]")))


def changes_said(message: str) -> tuple[str, ...]:
    """The verbs of the changes to an object that ``message`` says ("换个颜色": recolor; "should be on the
    left": move; "replace": reshape; "enlarge", "缩小": resize), none for an add or anything else."""
    low = message.lower()
    return tuple(verb for verb, pattern in _CHANGES if pattern.search(low))


# A value said only to be denied ("不是灰，是天蓝色", "not red, blue") is no value to set; the denial ends where a
# want is said or a particle closes it ("不是紫色呀 我想要棕色").
DENIED = re.compile(r"(?:不是+|并非)(?:(?!而?是|我?要的?是|我?想要|我要)[^，,。！!？?；;、呀啊啦喇嘛哦噢])*|\bnot\s+(?:(?:at|in|on|to)\s+)?(?:the\s+|a\s+|an\s+)?"
                    r"(?:[a-z-]+(?:\s+[a-z-]+)?|[\u4e00-\u9fff]{1,6})")


def said_only_denied(message: str, kind: str, value: str) -> bool:
    """Whether ``message`` names ``value`` (word for word) only where it denies it ("不是灰，是天蓝色": gray)."""
    low = message.lower()
    pattern, _, zh = _names(kind, value)
    denied = " ".join(DENIED.findall(low))
    return bool(pattern.search(denied) or any(w in denied for w in zh)) and not names(DENIED.sub(" ", low), kind, value)


_REMOVAL_WORDS = ("remove", "delete", "erase", "clear", "wipe", "away", "start", "again", "want", "out", "off")
_REMOVAL_ZH = re.compile(r"删|去掉|去除|擦|移除|拿掉|拿走|清|抹|不要|不想要|别要|重新开始|从头|重来|扔|丢掉|撤掉|空白")


_GLUE = ("a", "an", "the", "in", "on", "at", "of", "to", "and", "one", "two", "me", "some", "light", "dark", "bright",
         "pale", "deep")


_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")  # "six-sided" is one word: "six" alone is a count
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
                         + r")(?:e?s)?\b", re.ASCII)  # ASCII: "hexagon和一个" ends the word at 和
    generic = set(phrasing_en.LEXICON["one_n"])  # "round thing": "thing" names no circle
    own = frozenset(t for w in en for t in _WORD.findall(w)
                    if t == value or t not in others and t not in generic and len(t) >= 3)
    return pattern, own, _zh_words(kind)[value]


@lru_cache(maxsize=None)
def _zh_words(kind: str) -> dict[str, tuple[str, ...]]:
    """The world's Chinese names of each value of ``kind``, a colour's also said without its 色 or 颜色
    ("一个浅紫的", "玫红"; one character left only before 的: "一个咖的")."""
    table = getattr(phrasing_zh, f"{kind.upper()}_WORDS")
    if kind != "color":
        return {value: tuple(words) for value, words in table.items()}
    bare = phrasing_zh.without_se
    return {value: tuple(dict.fromkeys([*words, *(bare(w) if len(bare(w)) >= 2 else bare(w) + "的" for w in words)]))
            for value, words in table.items()}


def words_of(low: str) -> set[str]:
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
    return any(w == s or w not in known and w not in COMMON_EN and _spelt(w, s)  # nor an everyday word: "clan"
               for w in words_of(low) for s in own)


@lru_cache(maxsize=None)
def _zh_names(kind: str) -> tuple[tuple[str, str], ...]:
    """Every (Chinese name, value) of ``kind``, the names of the world's that it cannot draw among them
    (value "", 长方形, 椭圆, 乳白色), longest first."""
    out_of_world = getattr(phrasing_zh, "OUT_SHAPES" if kind == "shape" else "OUT_COLORS")
    pairs = [(w, v) for v, ws in _zh_words(kind).items() for w in ws] + [(w, "") for w in out_of_world]
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
    return any(w == s or w not in known and _spelt(w, s, joined=4) for w in words_of(message.lower())
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
                                                for w in words_of(message.lower()) for s in en)


def colors_named(message: str) -> list[str]:
    """Every colour ``message`` names by any word the world knows for it (``names``: a typing slip included), in the
    world's order of colours."""
    return [value for value in phrasing_en.COLOR_WORDS if names(message, "color", value)]


def names_any(message: str) -> bool:
    """Whether ``message`` names any colour or shape the world knows, word for word (a slip may be
    "start" for "star"): "清除那个蓝绿色的" takes one object away, not everything."""
    low = message.lower()
    for kind in ("color", "shape"):
        for value in getattr(phrasing_en, f"{kind.upper()}_WORDS"):
            pattern, _, zh = _names(kind, value)
            if pattern.search(low) or any(w in message for w in zh if len(w) >= 2):
                return True
    return False


def says_removal(message: str, slips: bool = True) -> bool:
    """Whether ``message`` carries a word that removes or clears, in either language, a slip of one included
    (unless not ``slips``; a word the world knows is no slip: "way" of "away")."""
    low = message.lower()
    if _REMOVAL_EN.search(low) or _REMOVAL_ZH.search(message):
        return True
    known = known_words_en()  # "way too little" says no "away"
    return slips and any(_spelt(w, r, joined=3) for w in re.findall(r"[a-z]+", low) if w not in known
                         for r in _REMOVAL_WORDS)


_COUNT_EN = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_COUNT_ZH = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def number_of(word: str) -> int:
    """The number a word says: digits, an English number word or a Chinese numeral ("3", "three", "三", "十二"); 0 for
    none."""
    if word.isdigit():
        return int(word)
    return _COUNT_EN.get(word) or (1 if word == "一" else _zh_number(word))


def _zh_number(numeral: str) -> int:
    """十二 -> 12, 二十 -> 20, 十 -> 10, 三 -> 3, 三三 -> 3 (a character typed twice); 0 for no one number
    ("三四", three or four)."""
    numeral = re.sub(r"(.)\1+", r"\1", numeral)
    tens, ten, ones = numeral.partition("十")
    if not ten:
        return _COUNT_ZH.get(numeral, 0)
    if len(tens) > 1 or len(ones) > 1:
        return 0
    return (_COUNT_ZH.get(tens, 0) if tens else 1) * 10 + (_COUNT_ZH.get(ones, 0) if ones else 0)


_GLUED_COUNT = re.compile(r"\b(?:draw|add|put|make|give|want|need|paint|sketch|place|insert|create)(" + "|".join(
    w for w in _COUNT_EN if len(w) >= 3) + r")\b")


def stated_counts(message: str) -> list[int]:
    """Every number of objects ``message`` states, 2 to 12, in order of kind ("three stars", "4 boxes",
    "四个三角", "十二个", "十 red stars"); a number inside a name ("five-pointed", "六边形") is no count."""
    low = message.lower()
    found = [int(d) for d in re.findall(r"(?<![\d.])(\d{1,2})(?![\d.])", low)]
    found += [_COUNT_EN[w] for w in _WORD.findall(low) if w in _COUNT_EN]
    found += [_COUNT_EN[m.group(1)] for m in _GLUED_COUNT.finditer(low)]  # "drawtwelve purple dots"
    found += [_zh_number(c) for c in re.findall(r"([两二三四五六七八九]?十[二三四五六七八九]?|[两二三四五六七八九])"
                                                r"(?:个|颗|只|块|枚|件|样|\s*(?=[a-z]))", low)]
    return [n for n in found if 2 <= n <= 12]


# The words that say each part of a place or a relation, in either language: a place the message
# says nothing of ("add a brown hexagon" read as "at bottom") is the model's guess. English words are
# read with a slip ("boytom", "rigght"); "corner" says any corner, "each side" either side.
_PLACE_PARTS_EN = {"top": ("top", "upper", "up", "above", "high"),
                   "bottom": ("bottom", "lower", "down", "below", "low", "beneath", "under"),
                   "left": ("left",), "right": ("right",), "center": ("center", "centre", "middle", "mid", "central")}


# A side whose middle is said ("middle left", "top centre", "左边中间", "中间偏左") is that side alone.
# "right" as in "right by" or "right next to" is no side.
_SIDE_MIDDLE = (re.compile(r"\b(?:in the |at the )?(?:middle|centre|center|mid)(?:[\s-]+of the)?[\s-]*(left|right)\b"
                           r"(?![\s-]+(?:by|next|beside|near|in|at|on|above|below|under|over|there|here|now|away)\b)"),
                re.compile(r"\b(top|bottom|upper|lower|left|right)[\s-]*(?:middle|centre|center)\b"),
                re.compile(r"([上下左右][面边侧方])的?(?:中间|正中)|中间((?:偏|靠)[上下左右])"))


def _sides_alone(message: str) -> str:
    """``message`` lower-cased, with a side's middle said as the side alone ("middle left": left)."""
    low = message.lower()
    for side_middle in _SIDE_MIDDLE:
        low = side_middle.sub(lambda m: m.group(1) or m.group(2), low)
    return low


_PLACE_PARTS_ZH = {"top": "上顶", "bottom": "下底", "left": "左", "right": "右", "center": "中间心"}
_CORNER = re.compile(r"corner|(?:个|四|各)角|角落|角各")


_SIDES = re.compile(r"\b(?:each|both|either|two|2) sides?\b|两边|两侧|两旁|左右")
RELATION_EN = {"left_of": ("left",), "right_of": ("right",), "above": ("above", "over", "top", "up"),
                "below": ("below", "under", "beneath", "bottom", "down"),
                "next_to": ("beside", "by", "alongside", "near", "close", "side", "next to")}


RELATION_ZH = {"left_of": "左", "right_of": "右", "above": "上顶", "below": "下底", "next_to": "旁边挨靠近隔壁"}


# "墨绿的上方" is above the dark green one, not the top of the picture ("画面的上方" is).
RELATIVE_ZH = re.compile(r"(?:(?<!画面)(?<!画布)(?<!图)(?<!图片)(?<!图画)的|它)(?:正?上方|上面|上边|正?下方|下面|下边|底下|左边|左侧|左面|"
                          r"右边|右侧|右面|旁边|边上)")


_PLACE_WORDS = ("top", "bottom", "left", "right", "middle", "center", "centre")
_NO_PLACE_EN = {"bright", "brightly", "brighter", "upright", "lowercase"}  # a place word inside, no place said


def _says_en(low: str, words: tuple[str, ...]) -> bool:
    """Whether ``low`` has one of ``words`` (a phrase as typed; a word of four letters or more also inside
    a longer one, "underneath", "inthebottom", or with a slip; a shorter one run together with a little
    word, "thetop")."""
    tokens, known = words_of(low) - _NO_PLACE_EN, known_words_en()  # "light" is no slip of right

    def said(t: str, w: str) -> bool:
        return (t == w or len(w) >= 4 and (w in t or t not in known and _spelt(t, w, joined=99))
                or any(t in (g + w, w + g) for g in _GLUE)  # "thetop"
                or any(t in (w + p, p + w) for p in _PLACE_WORDS))  # "topleft"
    return any(w in low if " " in w else any(said(t, w) for t in tokens) for w in words)


def place_said(message: str, place: str) -> bool:
    """Whether ``message`` says each part of the region ``place`` ("bottom-left": bottom and left),
    or a corner for a corner, or both sides for a side."""
    low = _sides_alone(message)
    parts = place.split("-")
    if (len(parts) == 2 and _CORNER.search(low)) or (place in ("left", "right") and _SIDES.search(low)):
        return True
    zh = _NO_PLACE_ZH.sub("", low)
    return all(_says_en(low, _PLACE_PARTS_EN[part]) or any(c in zh for c in _PLACE_PARTS_ZH[part])
               for part in parts)


# One object in each corner or on each side ("one per corner", "四个角落各一个", "左右两边各一个", "左边一个右边一个",
# "one on the left and one on the right").
_EACH_CORNER = re.compile(r"\b(?:each|every|per) corner|\ball (?:four )?corners|\bfill the corners|[每四]个角|四角")
_ONE_LEFT = r"(?:\bone (?:[a-z-]+ ){0,4}?(?:on|at|to) the left(?: side)?|一个(?:在|放)?\s*(?:左[边侧面]|left\b)|左[边侧面](?:放|画)?一个)"
_ONE_RIGHT = (r"(?:\b(?:one|another|the other)(?: one)? (?:on|at|to) the right\b|(?:另)?一个(?:在|放)?\s*(?:右[边侧面]|right\b)|"
              r"右[边侧面](?:放|画)?一个)")
_EACH_SIDE = re.compile(r"\b(?:each|either|both) sides?\b|\bone left and one right\b|两[边侧][各都]|左右两[边侧]|在两[边侧]|左右各|"
                        r"左[边侧面]?(?:跟|和|与|及|、)右[边侧面]?各|"
                        + _ONE_LEFT + r"[,，、;；\s]*(?:and\s+)?" + _ONE_RIGHT)
# One in each of the two top (or bottom) corners: "one in each top corner", "上面两个角各一个".
_EACH_TOP_CORNER = re.compile(r"\b(?:each|both|every) (?:of the )?(?:top|upper) corners?\b|上面?两个角|上方两个角")
_EACH_BOTTOM_CORNER = re.compile(r"\b(?:each|both|every) (?:of the )?(?:bottom|lower) corners?\b|下面?两个角|下方两个角")


_CORNER_PLACES = ("top-left", "top-right", "bottom-left", "bottom-right")


def each_place(message: str) -> tuple[str, ...]:
    """The places ``message`` puts one object each in: the four corners, the two top or bottom corners, the two
    sides, or none."""
    low = message.lower()
    if _EACH_TOP_CORNER.search(low):
        return ("top-left", "top-right")
    if _EACH_BOTTOM_CORNER.search(low):
        return ("bottom-left", "bottom-right")
    if _EACH_CORNER.search(low):
        return _CORNER_PLACES
    if _EACH_SIDE.search(low):
        return ("left", "right")
    # "画两个橙色的菱形，一个在左上角，一个在右下角", "two stars, one top left and one bottom right": as many places as
    # the one number said, for objects of one kind.
    if _ONE_AND_ONE.search(low) and len(set(said_in_order(message, "shape"))) == 1 \
            and len(set(said_in_order(message, "color"))) <= 1:
        regions = regions_in_order(message)
        if len(regions) >= 2 and len(set(regions)) == len(regions) and stated_counts(message) == [len(regions)]:
            return tuple(regions)
    return ()


_ONE_AND_ONE = re.compile(r"(?:一个|\bone\b)[^,，;；]{0,28}?(?:[,，;；]|\band\b|\s)\s*(?:另|and\s+)?(?:一个|\bone\b)")


# A move by one cell ("moved to the right", "往右挪", "higher") against one to a region ("to the right side",
# "移到右边", "to the top"). In the world's words "to the left" is a step; a region says more (``PLACE_THE``).
_STEP_EN = {"left": r"\bto the left\b(?![\s-]*(?:hand|side|edge|corner|of|part|half|most|column))|\bleftwards?\b|"
                    r"\b(?:moved?|go|shift(?:ed)?|nudged?|push(?:ed)?|slide|drag(?:ged)?|one|a bit|a little|step|cell|space|notch)\s+left\b"
                    r"(?![\s-]*(?:hand|side|edge|corner|of|part|half|most|column))",
            "up": r"\bup(?:wards?)?\b|\bhigher\b|\braise",
            "down": r"\bdown(?:wards?)?\b|\blower\b(?![\s-]*(?:left|right|middle|half|part|edge|cent))"}
_STEP_EN["right"] = _STEP_EN["left"].replace("left", "right")


STEP_ZH = {"left": "左", "right": "右", "up": "上", "down": "下"}
_CORNER_SIDE = "".join(f"(?<!{w}{sep})" for w in ("top", "bottom", "upper", "lower") for sep in "- ")  # "top-right corner"
_REGION_EN = {"left": _CORNER_SIDE + r"\bleft[\s-]*(?:hand|side|edge|half|part|column|corner)|"
                      r"\b(?:far|very|middle|the|on the|at the) left\b(?!\s+of)",
              "up": r"\btop\b|\bupper\b|\bceiling\b|\bup (?:top|above|high)\b|\b(?:all the|way) up\b",
              "down": r"\bbottom\b|\blower[\s-]*(?:left|right|middle|half|part|edge)|\bdown (?:below|low|under)\b|"
                      r"\b(?:all the|way) down\b"}
_REGION_EN["right"] = _REGION_EN["left"].replace("left", "right")


def _step_words(message: str, step: str) -> bool:
    """Whether ``message`` has words of a one-cell move ``step``: "to the right", "rightwards", "higher", "往右"."""
    return bool(re.search(_STEP_EN[step], message.lower()) or re.search(f"[往向朝]{STEP_ZH[step]}", message))


def _region_words(message: str, step: str) -> bool:
    """Whether ``message`` has words of the region that way: "the right side", "on the right", "the top", "移到右边"."""
    low = message.lower().replace("to the " + step, "")
    return bool(re.search(_REGION_EN[step], low) or re.search(f"[到在]\\s*(?:最|画面的?|图的?)?{STEP_ZH[step]}", message))


def step_said(message: str, step: str) -> bool:
    """Whether ``message`` says a one-cell move ``step`` ("left", "up") and no region that way: "moved to
    the right", "rightwards", "higher", "往右挪", "向上移一格"; not "to the right side", "移到右边", "the top"."""
    return _step_words(message, step) and not _region_words(message, step)


def region_said(message: str, side: str) -> bool:
    """Whether ``message`` says the region ``side`` ("left" or "right") and no step that way: "put this one on
    the left", "放在左边"; not "move it to the left", "往左挪", "the hexagon at the left edge moved one to the left"."""
    return _region_words(message, side) and not _step_words(message, side)


def direction_said(message: str, step: str) -> bool:
    """Whether ``message`` says the direction ``step`` at all, in either language (a slip included)."""
    words = {"left": ("left",), "right": ("right",), "up": ("up", "upwards", "higher", "top", "above", "raise"),
             "down": ("down", "downwards", "lower", "bottom", "below")}[step]
    return _says_en(message.lower(), words) or STEP_ZH[step] in _NO_PLACE_ZH.sub("", message)


@lru_cache(maxsize=1)
def _region_names() -> tuple[tuple[str, str], ...]:
    """Every (name, region) the world says a region of the picture with, in either language, longest first."""
    pairs = {(w, r) for table in (phrasing_en.PLACE_BARE, phrasing_en.AREA_ADJ, phrasing_zh.PLACE, phrasing_zh.AREA)
             for r, ws in table.items() for w in ws}
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


# "right" that says no side: "right in the middle", "just right of that", "alright".
_RIGHT_NO_SIDE = re.compile(r"(?<!top )(?<!top-)(?<!bottom )(?<!bottom-)(?<!upper )(?<!lower )(?<!the )\bright(?=[\s-]+(?:in|into|"
                            r"on|at|by|next|beside|near|there|here|now|away|above|below|under|over|behind|after|before|"
                            r"then|where|of)\b)|\ball right\b")


def regions_in_order(message: str) -> list[str]:
    """The regions ``message`` names, in its order, a name inside a longer one counted once ("the top right":
    top-right, not top and right); "right" that says no side ("right in the middle") names none."""
    low, taken, found = _RIGHT_NO_SIDE.sub(lambda m: " " * len(m.group()), message.lower()), [], []
    for name, region in _region_names():
        for m in re.finditer((r"\b" + re.escape(name) + r"\b") if name.isascii() else re.escape(name), low):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                taken.append((m.start(), m.end()))
                found.append((m.start(), region))
    return [region for _, region in sorted(found)]


def says_a_place(message: str) -> bool:
    """Whether ``message`` says any place of the picture ("on the left", "应该在顶部")."""
    return any(place_said(message, part) for part in _PLACE_PARTS_EN)


# Chinese words with a place's character that say no place: "添上" (add on; "画上边" is the top side),
# "上一个" (one more, the last one), "其中" (of them), "中文". "再添上上一个藏青色小号圆圈" says no top.
_NO_PLACE_ZH = re.compile(r"[添加画放贴摆补配涂写]上(?![边面方部角头])|(?<![左右靠在往朝向最])上一?个|其中|中文|接下来|一下|等下|下次|下一步")


# Chinese that says a place of the picture, never a side of an object: "靠左" (to the left), "最上面" (the
# very top), "左上角" (the top left corner), "在下面" / "在正中间" / "在底下" (at the bottom, in the very middle:
# nothing stands between 在 and the side; "在它下面", "在红圆下面" are beside an object).
_PLACE_ONLY_ZH = re.compile(r"靠[左右上下]|最[左右上下]|[左右][上下]角|[上下][左右]角|"
                            r"在正?(?:底下|顶上|[上下左右底顶中][面边方侧部间]?)|"
                            r"(?<=[放摆挪移])(?:到|在)?正?(?:[上下左右底顶中][面边方侧部间])")


def relation_said(message: str, rel: str) -> bool:
    return _says_en(_RIGHT_THERE.sub(" ", message.lower()), RELATION_EN[rel]) or relation_said_zh(message, rel)


# "right" that says no side of an object: "right in the centre", "right there", "alright".
_RIGHT_THERE = re.compile(r"\bright(?=\s+(?:in|into|at|on|there|here|now|away|above|below|under|over|behind|after|"
                          r"before|then|where)\b)|\ball right\b|\balright\b")


def relation_said_zh(message: str, rel: str) -> bool:
    rest = _NO_PLACE_ZH.sub("", _PLACE_ONLY_ZH.sub("", message))  # "添上" (add on) is no "above"
    return any(c in rest for c in RELATION_ZH[rel])


# A Chinese message that asks for one more object ("还要", "再来", "画一个", "添") and says no change of
# colour ("改成", "变", "换成", "涂", "染", "颜色") asks for no recolour: "还要很大的水蓝色六角形" (one more
# large aqua hexagon) is no hexagon made aqua.
_ADDING_ZH = re.compile(r"还要|再要|再来|再画|画[一个上]|添|加[一个上]|来[一个]")
_CHANGING_ZH = re.compile(r"[成变改换涂染弄为]|颜色")


def recolor_said(message: str) -> bool:
    """Whether ``message`` can ask for a recolour: any message but a Chinese one that adds and changes nothing."""
    return bool(re.search(r"[a-z]", message.lower())) or not _ADDING_ZH.search(message) or bool(
        _CHANGING_ZH.search(message))


def slipped_number(message: str) -> bool:
    """Whether a word of ``message`` is an English number word typed with a slip ("tn", "fve")."""
    return any(_number_slip(t, w) for t in _WORD.findall(message.lower()) for w in _COUNT_EN)


def _number_slip(token: str, word: str) -> bool:
    """Whether ``token`` is the number word ``word`` typed with a slip: no word the world's messages hold
    ("then", "to", "on"), no colour or shape ("tan")."""
    return (token != word and len(word) >= 3 and len(token) >= 2 and _slip(token, word)
            and token not in known_words_en() and not names_any(token))


# An English shape name with a number in it: "five-pointed", "six-sided", "4-cornered".
_NUMBERED_SHAPE_EN = re.compile(r"\b(?:three|four|five|six|eight|[34568])[- ]?(?:pointed|sided|cornered|edged)\b")


def numeral_said(message: str, n: int) -> bool:
    """Whether a number word for ``n`` begins a word of ``message`` ("tensquares", run together; not the five of
    "five-pointed") or is one typed with a slip ("tn", "mine" for nine; no colour or shape name: "tan"), or a
    Chinese numeral for it stands anywhere outside a shape's name, its classifier dropped or not
    ("两橘黄色星"; not the 五 of 五角星)."""
    low = _NUMBERED_SHAPE_EN.sub(" ", message.lower())  # "five-pointed star" says no five
    if any(re.search(r"\b" + w, low) for w, v in _COUNT_EN.items() if v == n):
        return True
    if any(_COUNT_EN[m.group(1)] == n for m in _GLUED_COUNT.finditer(low)):
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
    en, zh = (getattr(m, f"OUT_{kind.upper()}S") + getattr(m, f"READ_OUT_{kind.upper()}S", []) for m in (phrasing_en, phrasing_zh))
    en = [w if "(?" in w else re.escape(w) for w in en]  # a name read only where no colour word follows it: "rainbow"
    return re.compile(r"\b(?:" + "|".join(en) + r")s?\b|" + "|".join(re.escape(w) for w in zh))


_OUT_OF_WORLD = {kind: _out_of_world(kind) for kind in ("color", "shape")}


def out_of_world_named(message: str) -> list[str]:
    """The kinds ("color", "shape") of which ``message`` names something the world cannot draw ("gold",
    "金色", "a heart"): the world refuses what it cannot draw, so any edit but ``keep`` (or a removal) for such a
    message is a guess ("一个金色六边形" is no blue hexagon, "a walnut line" no recolour). The 心形 of 中心形状 (the
    shape at the centre) is no heart."""
    low = message.lower()
    return [kind for kind, pattern in _OUT_OF_WORLD.items()
            if any(not _inside_a_place(low, m.start()) for m in pattern.finditer(low))]


def out_of_world_words(message: str) -> list[tuple[str, str]]:
    """(kind, word) for each thing ``message`` names that the world cannot draw ("gold", "黑色", "heart"), in order."""
    low = message.lower()
    found = [(m.start(), kind, m.group()) for kind, pattern in _OUT_OF_WORLD.items() for m in pattern.finditer(low)
             if not _inside_a_place(low, m.start())]
    return [(kind, word) for _, kind, word in sorted(found)]


def _inside_a_place(message: str, start: int) -> bool:
    """Whether a name found at ``start`` begins inside a Chinese place word: the 心 of 中心 (中心形状 names no 心形)."""
    return message[start:start + 1] == "心" and message[start - 1:start] == "中"


# Sizes said of an object: in Chinese only as a word (not the 大 of 放大, 大小).
SIZE_OF_ZH = {"large": re.compile(r"大的|大号|大型|巨|硕大|特大|超大|很大|好大|大大"),
              "small": re.compile(r"小的|小号|小型|迷你|袖珍|特小|超小|很小|极小|微型|小小")}


# An add said outright: a verb of drawing and one new object ("画一个蓝色大圆形", "draw a red circle", "给我来个方块").
_ADD_SAID_EN = re.compile(r"\b(?:draw|add|put|place|paint|sketch|create|insert|make|want|need|do|get|give|show|stick|pop|"
                          r"drop|throw|whip up|have|gimme|(?:'d|would) like|wanna|start with|begin with)\s+(?:me\s+|us\s+|in\s+)?"
                          r"(?:(?:a|an|one|another|two|three|four|five|six|seven|eight|\d)\b|[一两二三四五六七八]\s*个)")
_BARE_ADD_EN = re.compile(r"^(?:(?:next|then|and|also|now|ok|okay|plus)[,.]?\s+)*"
                          r"(?:(?:beneath|below|under|underneath|above|over|next to|beside|(?:to the )?(?:left|right) of|in|at|on)"
                          r"\s+[a-z ]{1,24}?,\s+)?"  # "then beneath it, a navy rhombus"
                          r"(?:a|an|one|a single|another|two|three|four|five|six|seven|eight|\d)\s+\S")
_ADD_SAID_ZH = re.compile(r"(?:画|添|加|来|生成|绘制|放|要|整|弄|搞|给(?:我)?)(?:上|出)?\s*(?:一|1|[两二三四五六七八九十]|\d{1,2})?\s*[个颗只枚]|(?:加上|添上|画上|添加|画出)")
_FEW = re.compile(r"\b(?:a few|some|several|a handful of|a bunch of)\b|(?<![大小多少高低])一些|几[个颗粒只块条枚张片]|若干")


def says_adds_of_no_number(message: str) -> bool:
    """Whether ``message`` asks for adds of "a few" or "some" of a kind ("put a few stars next to it", "再 add 一些
    orange circles 在旁边", "旁边再画几个绿色方块"): how many is never said."""
    return bool(_ADDS_OF_NO_NUMBER.search(message.lower()))


_ADDS_OF_NO_NUMBER = re.compile(r"\b(?:add|draw|put|place|give me|want|need|get|throw in)\s+(?:me\s+)?(?:a few|some|several|"
                                r"a handful of|a bunch of)\s+(?:[a-z]+\s+){0,2}[a-z]+s\b|"
                                r"(?:画|加|来|放|添|要|add)\s*(?:几个|一些|好几个|若干个?)")


def names_no_number(message: str) -> bool:
    """Whether ``message`` asks for objects in a word that names no number ("a few", "some", "几个"): the world
    asks how many."""
    return bool(_FEW.search(message.lower()))


_SOME = re.compile(r"\b(?:some|several|few|many|how)\b|几|多少|一些|好些")


_MORE_OF_EN = re.compile(r"\b(?:\d{1,2}|an?|another|" + "|".join(_COUNT_EN) + r")\s+more\s+(?:[a-z-]+\s+){0,3}$")
_MORE_OF_ZH = re.compile(r"(?:再|还|多)(?:来|加|画|要|添|放)?(?:\d{1,2}|[一两二三四五六七八九十]+)\s*[个只颗块枚][^，,。、；;]{0,8}$")


def says_more_of(message: str) -> bool:
    """Whether ``message`` asks for more objects of a shape it names ("three more circles in blue", "one more
    star", "再来两个圆"): new objects, whatever is there already."""
    low = message.lower()
    return any(_MORE_OF_EN.search(low[max(0, start - 40):start]) or _MORE_OF_ZH.search(message[max(0, start - 20):start])
               for start, _, _ in named_spans(message, "shape"))


def says_an_add(message: str) -> bool:
    """Whether ``message`` says outright the add of objects of one kind the world draws: a verb of drawing before
    "a" or a number ("一个", "三个"), a shape the world draws named, no number left open ("几个", "some") and
    nothing it cannot draw."""
    low = message.lower()
    bare = any(_BARE_ADD_EN.match(s) for s in re.split(r"(?<=[.!?])\s+", low.strip()))  # "next, a single yellow star"
    return bool((_ADD_SAID_EN.search(low) or _ADD_SAID_ZH.search(low) or bare) and said_in_order(low, "shape")
                and not _SOME.search(low) and not out_of_world_named(low))


# Where a message of steps goes on to its next step ("..., then ...", "；", "。再", "然后", "接着"), and how a first
# step begins ("first", "先", "首先", "第一步").
_NEXT_STEP = re.compile(r"\s*(?:[;；]|[.。!！]\s+(?=[a-z\u3400-\u9fff])|[.。!！](?=[\u3400-\u9fff]))\s*"
                        r"|\s*[,，]?\s*\b(?:and then|then|after that|afterwards)\b(?:\s*next\b)?[,，]?\s*"
                        r"|\s*[,，。]?\s*(?:然后|接着|之后|随后|顺便|最后)[,，]?\s*|\s*[,，。；;]\s*再(?=[把在给画加添来让将我帮这那它移挪放]|往[上下左右][边面]?[移挪走])",
                        re.IGNORECASE)
_FIRST_STEP = re.compile(r"^\s*(?:(?:please|pls|ok(?:ay)?|so)[,，]?\s+)?(?:first(?: of all)?|firstly|to start)\b[,，]?\s*"
                         r"|^\s*(?:请|麻烦)?(?:首先|先|第一步)(?:帮我|请)?[,，]?\s*", re.IGNORECASE)


_THEN_AFTER_FIRST_ZH = re.compile(r"\s*[,，。；;]\s*再")


def sizes_changed_to(message: str) -> set[str]:
    """The sizes a message changes to by a word of change ("a bit smaller": small; "变大": large)."""
    low = message.lower()
    return {size for size, change in _SIZE_CHANGE.items() if change.search(low)}


def size_change_said(message: str) -> str | None:
    """The one size a message changes to by a word of change, None for none or both ("make the smaller one
    bigger")."""
    said = sizes_changed_to(message)
    return said.pop() if len(said) == 1 else None


_SIZE_CHANGE = {"large": re.compile(r"\b(?:bigger|larger|huger|greater|chunkier|enlarge[sd]?|grow)\b|变大|放大|调大|弄大|整大|大一点|大点|大些"),
                "small": re.compile(r"\b(?:smaller|tinier|littler|teenier|shrink|shrunk)\b|变小|缩小|调小|弄小|整小|小一点|小点|小些")}


def clauses_of(message: str) -> list[str]:
    """The steps of a message that says them in turn ("先把湖绿色的那个往上挪挪，然后我想在左上加一个蓝星形",
    "first ..., then ...", "...; ..."), each as a message of its own, without its "first" or "then"; the
    message alone when it says no next step."""
    parts = _NEXT_STEP.split(message.strip())
    if len(parts) == 1 and _FIRST_STEP.match(message):  # "请先..., 再左边图形换个颜色": after a first step, any 再
        parts = _THEN_AFTER_FIRST_ZH.split(message.strip())
    steps, mind_changed = [], False
    for step in (_FIRST_STEP.sub("", part).strip(" ,，") for part in parts):
        if len(step) <= 1:
            continue
        if _ACKNOWLEDGING.match(step):
            mind_changed = mind_changed or bool(CHANGE_OF_MIND.search(step))
            continue
        if _ONLY_STRESS.match(step.lower()):
            continue  # "a single yellow star in the bottom right corner. just the one.": the step before, stressed
        if _ONLY_DENIED.match(step.lower()):
            continue  # "Not upper left. I wanted the lower left.": the denial is part of the step it corrects
        if mind_changed and steps:
            steps[-1] = step  # "make it orange. wait no. purple": purple instead, one step
        else:
            steps.append(step)
        mind_changed = False
    steps = [step for k, step in enumerate(steps) if not k or _SAID_AGAIN.sub("", step) != _SAID_AGAIN.sub("", steps[k - 1])]
    steps = [step for k, step in enumerate(steps) if not _a_remark(step, steps[:k] + steps[k + 1:])]
    return steps if len(steps) > 1 else [message]


def _a_remark(step: str, others: list[str]) -> bool:
    """Whether ``step`` of a message only remarks ("ok hes decided. a big green triangle", "three pink stars!! she
    loves stars", "i think it stay more beautiful like a diamond.. can you transform it in a diamond?"): it says no
    change, removal, colour, size, place, number, group or command, no verb of the world's, and no shape that none of
    the ``others`` steps names."""
    low = NOT_A_VERB_ZH.sub(" ", step.lower().strip())
    if OPINION_AS.search(low) and any(changes_said(other.lower()) or _A_CHANGE.search(other.lower()) for other in others):
        return True  # "i think it'd look nicer as a star. could you make it a star instead?": the change says it
    if changes_said(low) or _REMOVAL_SAID.search(low) or regions_in_order(low) or stated_counts(low) \
            or said_in_order(low, "color") or sizes_named(low) or _POINTED_OR_COMMAND.search(low) \
            or _VERB_SAID.search(low) or _ASKED.match(low) or sizes_changed_to(low) or _NEED.search(low):
        return False
    return all(shape and any(names(b, "shape", shape) for b in others) for shape in said_in_order(low, "shape"))


# An opinion of how an object would look ("it looks better as a hexagon"): the wish a request beside it carries out.
_A_CHANGE = re.compile(r"\b(?:chang(?:e|ing)|switch(?:ing)?|swap(?:ping)?) (?:it|that|this|them)\b|[改换变]")
OPINION_AS = re.compile(r"\b(?:looks?|look(?:ed|ing)|would look|'d look|reads?|would read|'d read|be|is|seems?|think|"
                        r"sits?|would sit|'d sit|works?|would work|'d work)\s+"
                        r"(?:much\s+|way\s+|heaps\s+|loads\s+|a lot\s+|a whole lot\s+|a bit\s+)?(?:better|nicer|best|smarter|cooler|prettier|neater|cuter|"
                        r"lovelier)\s+(?:as|like)\b|"
                        r"\bprefer (?:it|that|this|them|(?:the|that|this) [a-z]+) as\b|"
                        r"(?:我觉得|我感觉|感觉|我看)[^,，。.!！?？]*(?:好看|漂亮|更好|靓|可爱|顺眼|酷)")  # "我觉得它做菱形会好看点"
_POINTED_OR_COMMAND = re.compile(r"\b(?:both|all|each|every|one|ones|another|other|undo|redo|clear|"
                                 r"reset|start over|same|copy)\b|都|全|另|撤销|重做|清空|重来|复制|一样")
_REMOVAL_SAID = re.compile(r"\b(?:remove|delete|erase|clear|get rid|take away|take off|wipe)\b|删|去掉|擦|不要|拿掉")
_NEED = re.compile(r"\b(?:needs?|should|must|goes|go|has to|have to)\b|应该|得是")
_ASKED = re.compile(r"^(?:how|what|which|where|is|are|does|do|can|could|would|will|did)\b")
# A verb of the world's, or a question: the step says something to do or asks.
_VERB_SAID = re.compile(r"\b(?:add|draw|put|place|make|give|move|turn|change|swap|delete|remove|erase|shift|paint|"
                        r"colou?r|recolou?r|reshape|resize|grow|shrink|want|need|(?:would|'d) like|please|pls)\b|[画加放添来弄整移挪改换变删去擦要想把让给几哪吗么啥什谁多]|"
                        r"\?|？")
# Words that hold a verb of the world's without saying it: "看起来" (looks), "本来" (at first).
NOT_A_VERB_ZH = re.compile(r"看起来|看上去|起来|看来|来说|原来|本来|后来|要不|想想|觉得|画图|画画")


# A step that only stresses the number of the one before: "just the one.", "exactly three!", "no more, no less".
_ONLY_STRESS = re.compile(r"^(?:(?:just|only) (?:the )?one|exactly (?:one|two|three|four|five|six|that many)|"
                          r"no more,? no less|one only|only one)[\s.!~]*$")
# A step that only denies ("not upper left.", "不是红色"): no instruction of its own.
_ONLY_DENIED = re.compile(r"^(?:(?:sorry|no|nope|nah|oh|och|ah|aw|um+|uh|er|hm+|oops|whoops|wait|actually|ugh)[,!\s]+)*(?:"
                          + DENIED.pattern + r")[\s.!。！~]*$")
# An acknowledging step that takes the step before back: "wait no", "actually no", "不对".
CHANGE_OF_MIND = re.compile(r"\b(?:no+|nope|wait|actually|on second thought|scratch that)\b|不对|不是|不行|算了|还是",
                            re.IGNORECASE)
# A step said again for emphasis ("green. definitely green"): the same step, once.
_SAID_AGAIN = re.compile(r"\b(?:definitely|really|absolutely|just|yes|yeah|i said|sorry|please|pls|ok|okay)\b|[\s,，.。!！~]+")


# A part that only acknowledges ("oh, okay. make it yellow then", "好吧。那画个星星") is no step of its own.
_ACKNOWLEDGING = re.compile(r"^(?:(?:oh|ok|okay|alright|all right|right|sure|fine|cool|great|nice|yes|yeah|yep|hm+|"
                            r"lovely|how lovely|perfect|wonderful|excellent|awesome|good|very good|brilliant|splendid|"
                            r"super|marvell?ous|fantastic|terrific|amazing|sweet|neat|sick|dope|wow|ooh|yay|hooray|"
                            r"ha(?:ha)+|lol|nice one|good job|well done|looks? good|love it|hi|hello|hey|yo|"
                            r"good (?:morning|afternoon|evening)|"
                            r"(?:(?:and |but )?(?:the )?same (?:colou?r|size|place|spot|position|shape)(?: as before)?)|"
                            r"thx|ty|pls|plz|please|quick(?:ly)?|asap|now|hurry|fast|"
                            r"(?:keep (?:the|its) (?:colou?r|size|place|spot|position))|"
                            r"(?:颜色|大小|位置|其他|别的|其余)(?:都)?不变|"
                            r"oh dear|thank you(?: (?:ever so|so|very) much)?|fair enough|next(?: one| up)?|moving on|"
                            r"(?:thanks|thank you|cheers) in advance|much obliged|many thanks|"
                            r"(?:(?:do|please) )?(?:forgive|excuse|bear with) me|"
                            r"um+|uh+|ah+|well|thanks|thank you|sorry|oops|wait|i see|got it|no+|nope|actually|"
                            r"my (?:mistake|bad|fault)|(?:sorry,? )?typo|aiyo+|aiya+|sia|lah|cheers|ta|(?:that'?s )?grand|that'?s (?:lovely|great|nice|perfect)|"
                            r"打错了?|搞错了?|不好意思|抱歉|对不起|哎呀|哎哟|唉|要得|得嘞|好嘞|"
                            r"好的?|好吧|行吧?|嗯+|哦+|噢|啊|呃|那好|可以|谢谢|明白了?|知道了|懂了|太好了|不错|很好|真棒|棒|"
                            r"好看|漂亮|哇+|哈哈+|厉害|你好|您好|嗨|好嘢|正|来嘛|来吧|来|快点?|喂|嘿|哈喽|好啦|好嘞|好滴|收到)"
                            r"[\s,，.。!！~]*)+$",
                            re.IGNORECASE)


def without_remarks(message: str) -> str:
    """``message`` without the sentences in words the world never says that only acknowledge ("Lovely, that's
    grand.") or remark (``_a_remark``:
    "Good afternoon, I hope you're keeping well. My granddaughter set this up for me on the tablet so bear with me.
    Would you draw me a small blue square ..."), or are only talk around the request another sentence makes
    (``_only_talk``: "你好,我是从日本来的留学生,中文还不太好,请多多关照。"), or say how an object is before the change
    that mends it ("hmm, they are little bit big for me..."), where at least one sentence is left; a short remark
    stays, and so does one in words the world's dialogues say (the model reads it as it was trained to)."""
    message = _ASIDE.sub(lambda m: m.group() if _names_anything(m.group(1)) else "", message)  # "(he's 4)"
    sentences = [s for s in _SENTENCE_END.split(message.strip()) if s]
    sentences = [part for s in sentences for part in _so_request(s)]
    if len(sentences) < 2:
        return message.strip()
    others = lambda k: sentences[:k] + sentences[k + 1:]
    talk = [_long_enough(s) and (_CJK_CHAR.search(s) or not _known(s)) and _only_talk(s)
            and any(_names_anything(o) for o in others(k))
            or _HOW_IT_IS.match(s.lower()) and any(changes_said(o.lower()) or sizes_changed_to(o.lower()) for o in others(k))
            for k, s in enumerate(sentences)]
    kept = [s for k, s in enumerate(sentences)
            if not talk[k] and (_known(s) and not _place_said_again(s, sentences[:k])
                                or _names_anything(s) and OPINION_AS.search(s.lower())
                                or not (acknowledges(s) or _place_said_again(s, sentences[:k])
                                        or _long_enough(s) and _a_remark(s, sentences[:k] + sentences[k + 1:])))]
    return " ".join(kept) if kept and len(kept) < len(sentences) else message


_ASIDE = re.compile(r"\s*[(（]([^()（）]{1,40})[)）]")


def _only_talk(sentence: str) -> bool:
    """Whether ``sentence`` is talk around a request, however many words it takes ("My grandson set this contraption up
    for me and says I've only to type what I'm after, so here goes.", "你好,我是从日本来的留学生,中文还不太好,请多多关照。",
    "今天生意淡,陪你耍会儿。"): it names no colour, shape, size, place or number, points at no object, says no change,
    removal, command, correction or question, and asks for nothing more ("再来一个")."""
    low = sentence.lower()
    return not (_names_anything(low) or changes_said(low) or _REMOVAL_SAID.search(low) or stated_counts(low)
                or _POINTED_OR_COMMAND.search(low) or sizes_changed_to(low) or _ASKED.match(low) or _TALK_IS_MORE.search(low)
                or DENIED.search(low) or CHANGE_OF_MIND.search(low))


_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
# How an object is, said before the change that mends it ("hmm, they are little bit big for me... could you make both of
# them yellow and a bit smaller?"): the change says it.
_HOW_IT_IS = re.compile(r"^(?:(?:hmm+|um+|well|oh|ah)[,.\s]+)?(?:they|it|that|this|those|these|the \w+)(?:'re|'s| are| is| looks?| seems?| feels?)"
                        r"\b[^.!?]*[.!?]*$")
# What makes a sentence more than talk: an object pointed at, more of it, a correction, a question.
_TALK_IS_MORE = re.compile(r"\b(?:it|them|again|too|also|instead|meant|mean|wrong|back|more|bigger|smaller|larger|"
                           r"draw|add|put|place|make|move|turn|change|colou?r|paint|is there|are there)\b|"
                           r"[它再也又哪谁]|什么|还有|还是|多少|几|"
                           r"[一两二三四五六七八九十几]\s*[个颗粒只块份]")


def _names_anything(text: str) -> bool:
    """Whether ``text`` names a colour, shape, size or place of the world."""
    low = text.lower()
    return bool(said_in_order(low, "color") or said_in_order(low, "shape") or sizes_named(low) or regions_in_order(low))


def _so_request(sentence: str) -> list[str]:
    """``sentence`` split before a request it leads to with "so" ("i am teaching counting to my pupils, so please draw
    four yellow stars."): the reason, then the request."""
    at = _SO_PLEASE.search(sentence)
    return [sentence[:at.start()] + ".", sentence[at.end():]] if at else [sentence]


_SO_PLEASE = re.compile(r",\s*so\s+(?=(?:please|kindly|pls|can you|could you|would you|draw|add|put|make)\b)")


def _place_said_again(sentence: str, before: list[str]) -> bool:
    """Whether ``sentence`` only says again a place a sentence before it said ("... in the lower right corner. Bottom
    right, precisely.")."""
    places = regions_in_order(sentence.lower())
    rest = _PLACE_AND_STRESS.sub(" ", sentence.lower())
    return bool(places) and not rest.strip(" ,.!") and all(
        any(p in regions_in_order(b.lower()) for b in before) for p in places)


_PLACE_AND_STRESS = re.compile(r"\b(?:top|bottom|upper|lower|left|right|middle|centre|center|corner|side|precisely|exactly|"
                               r"please|pls|i mean|mind you|there|just|the|in|at|on|yes|yeah|ok|okay|dead|smack|right)\b|"
                               r"[上下左右中间边角正就是的哦喔啊呀吧嘛在]")


_SENTENCE_END = re.compile(r"(?<=[.!?。！？:：])\s*(?![.!?。！？:：])")


def _known(sentence: str) -> bool:
    """Whether every English word of ``sentence`` is one the world's dialogues say ("ah, i see." is; "lovely, that's
    grand." is not: the model reads the one as it was trained to, and never read the other)."""
    return set(re.findall(r"[a-z]+", sentence.lower())) <= known_words_en()


def _long_enough(sentence: str) -> bool:
    return len(re.findall(r"[a-z']+", sentence.lower())) >= 4 or len(re.findall(r"[\u3400-\u9fff]", sentence)) >= 6


def acknowledges(part: str) -> bool:
    """Whether ``part`` of a message only acknowledges or greets ("oh, okay.", "好吧", "来嘛"): no step of its own."""
    return bool(_ACKNOWLEDGING.match(part.strip()))


_ANOTHER_OF_IT = re.compile(r"\b(?:another(?: one)?|one more|same again|a second one|the same (?:thing|one|shape)|"
                            r"(?<!it )(?<!them )(?<!is )(?<!be )(?<!are )(?<!look )(?<!looks )"
                            r"the same(?=\s+(?:but|only|just|except|again|please|pls)\b|\s*[,.!]|\s*$)|"
                            r"cop(?:y|ies)|duplicate)\b|复制|"
                            r"再来一个|再画一个|再来个|再画个|"
                            r"再加一个|一样的|同样的|再来一份")


def says_another_of_it(message: str) -> bool:
    """Whether ``message`` asks for one more of the object at hand, naming no colour or shape of its own
    ("draw another one", "再来一个一样的"): a copy of it."""
    return bool(_ANOTHER_OF_IT.search(message.lower())) and not said_in_order(message, "shape") \
        and not said_in_order(message, "color")


def sizes_named(message: str) -> set[str]:
    words = words_of(message.lower())
    return {size for size in ("large", "small")
            if words & {t for w in phrasing_en.SIZE_WORDS[size] for t in _WORD.findall(w)} or SIZE_OF_ZH[size].search(message)}


def said_in_order(message: str, kind: str) -> list[str]:
    """The colours or shapes (``kind``) ``message`` names, in the order it names them, word for word (no slip),
    a name inside a longer one counted once ("baby blue" is cyan, "水蓝色" cyan, "六角星" no hexagon)."""
    return [value for _, _, value in named_spans(message, kind)]


def named_spans(message: str, kind: str) -> list[tuple[int, int, str]]:
    """Where ``said_in_order``'s names stand: (start, end, value), value "" for a name of several values."""
    low, spans = message.lower(), []
    for value in getattr(phrasing_en, f"{kind.upper()}_WORDS"):
        pattern, _, zh = _names(kind, value)
        spans += [(m.start(), m.end(), value) for m in pattern.finditer(low)]
        spans += [(m.start(), m.end(), value) for w in zh for m in re.finditer(re.escape(w), message)]
    spans += [(m.start(), m.end(), "") for w, v in _zh_names(kind) if not v for m in re.finditer(re.escape(w), message)]
    values: dict[tuple[int, int], set[str]] = {}
    for start, end, value in spans:
        if _inside_a_place(message, start):
            continue  # the 心形 of 中心形状
        values.setdefault((start, end), set()).add(value)
    kept: list[tuple[int, int, str]] = []
    for (start, end), said in sorted(values.items(), key=lambda s: (s[0][0], s[0][0] - s[0][1])):
        if kept and start < kept[-1][1]:
            continue  # inside the longer name before it
        kept.append((start, end, said.pop() if len(said) == 1 else ""))  # "绿的": green or cyan, unknown
    return kept


_COUNT_BEFORE_EN = re.compile(r"\b(\d{1,2}|" + "|".join(_COUNT_EN) + r")\s+(?:(?:[a-z-]+|[\u3400-\u9fff]{1,4})\s*){0,3}$")
_COUNT_BEFORE_ZH = re.compile(r"(\d{1,2}|[两二三四五六七八九十]+)\s*[个只颗块枚]?[^，,。、；;]{0,8}$")


def shape_counts(message: str) -> list[tuple[str, int]]:
    """Each shape ``message`` names, in order, with the number said just before it, 1 where none is ("two
    diamonds in lavender plus a green lozenge": (diamond, 2), (diamond, 1); "2个紫颜色球跟天蓝色五芒星": the 2 is the
    balls' alone); a shape "" for a name of several."""
    spans, counts = named_spans(message, "shape"), []
    low = list(message.lower())
    for start, end, _ in spans:  # a number inside a shape's name is none: the 三 of "三角型和一个红的三角型"
        low[start:end] = " " * (end - start)
    low = "".join(low)
    ends = [0] + [end for _, end, _ in spans]
    for (start, _, value), after_last in zip(spans, ends):  # a number said before the shape before is that one's
        before = low[max(after_last, start - 30):start]
        m = _COUNT_BEFORE_EN.search(before) or _COUNT_BEFORE_ZH.search(before)
        word = m.group(1) if m else ""
        n = int(word) if word.isdigit() else _COUNT_EN.get(word) or (_zh_number(word) if word else 1)
        counts.append((value, n if 2 <= n <= 12 else 1))
    return counts


def shapes_counted(message: str) -> tuple[list[str], list[int]]:
    """The shapes ``message`` names in order, each as many times as the number said just before it ("three
    circles, a red, a blue and a green one, and a yellow square": three circles and a square), and the numbers
    so used."""
    counts = shape_counts(message)
    return [value for value, n in counts for _ in range(n)], [n for _, n in counts if n > 1]


def the_place_said(message: str) -> str:
    """The one region of the picture ``message`` says ("在正中间": center; "top left": top-left), or ""
    for none or several; a "right" that says no side ("right in the middle") is none."""
    low = _sides_alone(_RIGHT_NO_SIDE.sub(lambda m: " " * len(m.group()), message.lower()))
    zh = _NO_PLACE_ZH.sub("", low)
    words = words_of(low)  # whole words only: "bright" says no right
    parts = [part for part in _PLACE_PARTS_EN
             if words & set(_PLACE_PARTS_EN[part]) or any(c in zh for c in _PLACE_PARTS_ZH[part])]
    if len(parts) == 2 and "center" not in parts and ("top" in parts) != ("bottom" in parts):
        return "-".join(sorted(parts, key=("top", "bottom", "left", "right").index))
    return parts[0] if len(parts) == 1 else ""


def place_denied(message: str, place: str) -> bool:
    """Whether ``message`` says the region ``place`` only where it denies it ("是靠左上角，不是上面": top)."""
    low = message.lower()
    return the_place_said(" ".join(DENIED.findall(low))) == place and the_place_said(DENIED.sub(" ", low)) != place
