"""Words the model cannot place: a colour or a shape named by a word it was never trained on.

A model trained from scratch knows the words its training dialogues used and nothing else; asked
for a "cinnamon rhomboid" it guesses, and the guess changes the picture. The world knows which
words training used (``dialogue.splits.training_words``), so it can tell a word no training
message contained from one the model has read, and turn the guess into a question back ("I
don't know 'cinnamon' — which colour do you mean?", ``REPLIES[("unknown_word", kind)]``).

What counts as known, per language: every word of the training lexicon, the text of every template
(a template is grammar, not vocabulary; the held-out ones too), the replies and the number words,
with English plurals; held-out words of other kinds than colour, shape and size (verbs, places,
fillers) stay known, so they are never taken for a colour or shape. A slip the world's own typing
noise makes of a known word is that word mistyped, never unknown: in English ``phrasing_en.typos``
(a swapped, dropped, doubled or neighbouring key), up to two of them in one word, a key held down,
or up to three words run together; in Chinese a pinyin homophone (``phrasing_zh.HOMOPHONES``), a
character typed twice, a dropped particle (``phrasing_zh.DROPPABLE``) or two neighbours swapped.
Unknown are the held-out names, the world's made-up names (``UNKNOWN_WORDS``) and any other word
the world never generates.

Only a word in a colour or shape slot is reported, and only where the slot can be read reliably
(``unknown_words``):

- English: an unknown word before a colour word or a shape noun is a colour ("cinnamon rhomboid",
  "smoke gray"); the last unknown word of a noun phrase ("a red wedge", "the orb in the corner")
  is a shape; after the object of a recolour ("make the circle mauve") a colour.
- Chinese: a word ending in 色 with a character no known word covers is a colour ("银色", "酒红色",
  "薰衣草色"), one ending in 形 or 状 a shape ("锥形", "三边形"); these can name nothing else
  (``UnknownWord.sure``). An uncovered noun right after a classifier or 的 ("一个机器人", "一个方格")
  may be either.

``unplaced_word(message, edit)`` then says whether the model's edit went on without the word: a
colour (or shape) in the edit that no known word of the message names, while an unknown word of
that kind is there (``copy`` guesses both: it takes an existing object's looks); or a sure word that
names nothing the model knows. ``answer_edit`` fills a held edit with the colour or shape the user
names next ("red", "I mean red", "红色的").
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from . import phrasing_en, phrasing_zh
from .dialogue.splits import held_out_words, is_name_group, templates, training_words
from .scene import COLORS, SHAPES

KINDS = ("color", "shape")
_CJK = re.compile(r"[\u3400-\u9fff]")
_TOKEN = re.compile(r"[a-z]+|[^\sa-z]")  # English words, and every other character on its own (a boundary)
# Words that sit in no slot, said by people though the world's messages may not say them.
_CHAT_EN = {"very", "really", "pretty", "quite", "just", "kinda", "sort", "kind", "like", "maybe", "actually",
            "nice", "cute", "lovely", "beautiful", "cool", "new", "same", "more", "much", "bit", "lot", "little",
            "color", "colour", "colored", "coloured", "shaped", "please", "thanks", "oh", "ah", "hmm", "um", "er",
            "canvas", "drawing", "screen", "board", "page", "area", "space", "spot", "kind", "kindly",
            # everyday words a one-slip reading would turn into the world's ("fine" is no "find", "eight" no "right")
            "fine", "none", "eight", "done", "gave", "wide", "soft", "turned", "changed", "looked", "needed", "liked",
            "tried", "used", "filled", "instead", "rather", "guess", "mind", "wrong", "mistake", "lovely", "perfect",
            "great", "awesome", "cute", "okay", "nope", "yep", "yeah", "sure", "quick", "lesson", "tomorrow",
            "class", "kid", "friend", "granddaughter", "grandson", "daughter", "son", "wow", "oops",
            "read", "better", "best", "nicer", "prefer", "think", "thought", "seems", "seem", "wish", "hope", "feel",
            "reflection", "honestly", "probably", "definitely", "totally", "exactly", "maybe", "looks", "works",
            "fits", "sits", "goes", "belongs", "happy", "sad", "ugly", "pretty", "weird", "boring", "plain", "dear",
            "darling", "sweetie", "buddy", "mate", "bro", "dude", "folks", "guys", "thank", "cheers", "bye", "hello",
            "hey", "hiya", "again", "still", "already", "yet", "though", "anyway", "whatever", "cause", "because",
            "since", "while", "when", "where", "whole", "entire", "picture", "image", "scene", "spot", "place",
            "sick", "dope", "lit", "were", "rather", "second", "thought", "yo", "sup", "omg", "lol", "lmao", "bruh", "ty", "tysm", "np", "hi", "hiya",
            # particles of Hong Kong and Malaysian English ("change 佢 to a triangle la"), and who is spoken of
            "la", "ar", "wor", "meh", "boss"}
# English words that name no object but end its phrase: what may follow the head noun of a phrase.
_CLOSERS_EN = {"in", "at", "on", "to", "into", "and", "with", "please", "plus", "next", "near", "beside", "above",
               "below", "under", "over", "by", "as", "too", "for", "now", "thx", "thanks", "pls", "plz", "ok",
               "up", "down", "right", "left", "top", "bottom", "of", "instead", "then", "so", "here",
               "there", "i", "is", "should", "that", "which", "but", "or", "also", "again", "alongside"}
_DETERMINERS_EN = {"a", "an", "the", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                   "twelve", "another", "some", "few", "several", "that", "this", "those", "these", "both", "all",
                   "each", "every", "any", "my", "of", "more"}
_GENERIC_EN = {"one", "ones", "shape", "shapes", "thing", "things", "object", "objects", "figure", "figures",
               "item", "items"}
_RECOLOUR_EN = {"make", "turn", "paint", "color", "colour", "change", "recolor", "recolour", "switch", "set",
                "should", "want", "needs", "instead", "dye", "be"}
_COLOUR_ONLY_EN = {"color", "colour", "paint", "recolor", "recolour", "dye"}
_AFTER_REF_EN = {"it", "them", "that", "this", "one", "to", "be", "in", "into"}
# Characters that end a Chinese word from the left: classifiers, particles, verbs of the slots.
_BOUNDARY_ZH = set("个颗只枚把成为是的要有种用给画加添放摆改换涂染变弄和跟与、及或还再来请吧啊呀，,。.!！?？:：;；~～ 在它就那都也得我你他她")
_ANSWER_FILLERS_EN = {"actually", "wait", "nope", "nah", "haiz", "haih", "aiyo", "aiyoh", "aiya", "alamak", "sigh", "och", "ach", "also", "can", "i", "mean", "meant", "said", "want", "wanted", "the", "a", "an", "it", "its", "s", "is", "one",
                      "fine", "instead", "how", "about", "rather", "maybe", "guess", "lah", "lor", "leh", "la",
                      "please", "pls", "plz", "sorry", "oh", "just", "make", "like", "colour", "color", "shape", "ok",
                      "okay", "um", "uh", "hmm", "well", "no", "yes", "yeah", "let", "go", "with", "use", "try", "then",
                      "thanks", "thx", "that", "should", "be", "was", "d", "m", "in", "plain", "normal",
                      "regular", "simple", "ugh", "meh", "argh", "alright", "sure", "whatever", "guess", "do", "pick",
                      "choose", "take", "ll", "k", "kk", "hm", "ah", "eh", "right", "good", "lets", "us", "will", "nicely", "realise",
                      "realize", "didn", "didnt", "t", "see", "thank", "you", "work", "works", "suit", "suits", "know",
                      # disappointment, then making do: "aw shucks. ok yellow's fine i guess", "oh well, blue will do"
                      "aw", "aww", "shucks", "darn", "dang", "bummer", "shame", "pity", "too", "bad", "fair", "enough",
                      "nvm", "never", "mind", "suppose", "sad", "oops", "oh", "well", "cool", "nah", "gonna", "have",
                      "silly", "me", "doh", "duh", "course", "of", "dear", "right"}
_ANSWER_FILLERS_ZH = set("我说的是要指意思就吧啊呀那个颜色形状用换成改请嗯哦好是，,。.!！~～ 不对了其实应该算啦咯嘛喇嗯噢唉行也可以"
                         "既然如此没有干脆选挑吗喔哈凑合将然明白便")  # "那黄的也凑合", "将就一下", "明白，那改用灰色便可"


_ASKS_WHAT_IS_THERE = re.compile(r"有没有|\b(?:is|are) there\b")


@dataclass(frozen=True)
class UnknownWord:
    """A word of the message the training lexicon lacks, in a slot of ``kind`` ("color", "shape",
    or "either": a word before "shape"/"thing" with nothing to tell which), as typed."""

    word: str
    kind: str
    sure: bool = False  # the word can only name its kind (a Chinese word ending in 色, 形 or 状)


def _tokens_en(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))


def _all_words(table) -> list[str]:
    return [w for ws in table.values() for w in ws]


@lru_cache(maxsize=None)
def known_words_en() -> frozenset[str]:
    """The English word tokens training messages can hold (see the module docstring)."""
    trained = set().union(*(_tokens_en(w) for w in _all_words(training_words("en"))))
    for unseen in (False, True):
        trained |= set().union(*(_tokens_en(t) for _, t in _all_words(templates("en", unseen))))
    trained |= set().union(*(_tokens_en(r) for r in phrasing_en.REPLIES.values()))
    known = (set(phrasing_en.KNOWN_WORDS) - _never_en()) | trained | _CHAT_EN
    return frozenset(known | {w + "s" for w in known} | {w + "es" for w in known})


@lru_cache(maxsize=None)
def _never_en() -> frozenset[str]:
    """Tokens only the held-out names of colours, shapes and sizes and the made-up names have, with their
    plurals: words of the world no training message says. The world's typing noise never makes one
    (``phrasing_en.typos``). Held-out words of other kinds (verbs, places, fillers) name no colour or
    shape and stay known, so they are never taken for one."""
    held = held_out_words("en")
    names = [w for g, ws in held.items() if is_name_group(g) for w in ws] + _all_words(phrasing_en.UNKNOWN_WORDS)
    others = [w for g, ws in held.items() if not is_name_group(g) for w in ws]
    trained = set().union(*(_tokens_en(w) for w in _all_words(training_words("en")) + others))
    never = set().union(*(_tokens_en(w) for w in names)) - trained
    return frozenset(never | {w + "s" for w in never} | {w + "es" for w in never})


@lru_cache(maxsize=None)
def one_slip_en() -> dict[str, frozenset[str]]:
    """Every one-slip misspelling of a known word of three letters or more -> the known words it may be."""
    out: dict[str, set[str]] = {}
    for w in known_words_en():
        if len(w) >= 3:
            for s in phrasing_en.typos(w):  # the world's own slips (never a word the world knows)
                out.setdefault(s, set()).add(w)
    return {s: frozenset(ws) for s, ws in out.items()}


def _unslips(token: str) -> set[str]:
    """Words one slip could have turned into ``token``: the slips undone (a dropped letter put back)."""
    back = set()
    for j in range(len(token) - 1):
        back.add(token[:j] + token[j + 1] + token[j] + token[j + 2:])
    for j in range(1, len(token)):
        back |= {token[:j] + c + token[j:] for c in "abcdefghijklmnopqrstuvwxyz"}
        if token[j] == token[j - 1]:
            back.add(token[:j] + token[j + 1:])
    for j, c in enumerate(token):
        back |= {token[:j] + n + token[j + 1:] for n in phrasing_en.NEIGHBOURS.get(c, "")}
    return back - {token}


@lru_cache(maxsize=4096)
def meant_words_en(token: str) -> frozenset[str]:
    """The known words ``token`` is, or is a slip (one or two) of; empty for a word the model cannot place.
    Two known words run together ("bluesquare") are both meant."""
    known, one = known_words_en(), one_slip_en()
    if token in known:
        return frozenset({token})
    if token in _never_en():
        return frozenset()  # a word of the world no training message says: the noise never makes one
    if token in one:
        return one[token]
    doubled = {token[:j] + token[j + 1:] for j in range(1, len(token)) if token[j] == token[j - 1]}
    if doubled & known:  # a key held down ("darkk", "reed")
        return frozenset(doubled & known)
    if len(token) >= 3:  # two slips in one word (a held-out name never reads as one: it returned above)
        meant = set()
        for u in _unslips(token):
            meant |= one.get(u, frozenset())
        if meant:
            return frozenset(meant)
    return _run_together(token, 3)


def _run_together(token: str, parts: int) -> frozenset[str]:
    """The known words of ``token`` read as up to ``parts`` words typed without spaces ("bluesquare",
    "drawmefour"), each known or (three letters or more) one slip of a known word; empty when none fits."""
    known, one = known_words_en(), one_slip_en()
    piece = lambda w: frozenset({w}) if w in known else one.get(w, frozenset()) if len(w) >= 3 else frozenset()
    for j in range(1, len(token)):
        first = piece(token[:j])
        if not first:
            continue
        rest = piece(token[j:]) or (_run_together(token[j:], parts - 1) if parts > 2 else frozenset())
        if rest:
            return first | rest
    return frozenset()


@lru_cache(maxsize=None)
def _slot_words_en() -> tuple[frozenset, frozenset, frozenset]:
    """(colour tokens, shape-noun tokens, size tokens) of the training lexicon."""
    train = training_words("en")
    pick = lambda prefix: frozenset(t for g, ws in train.items() if g.startswith(prefix)
                                    for w in ws for t in _tokens_en(w))
    shapes = pick("shape_") | _GENERIC_EN
    return pick("color_"), frozenset(shapes | {s + "s" for s in shapes} | {s + "es" for s in shapes}), pick("size_")


def _is_word(tok: str | None) -> bool:
    return tok is not None and tok.isascii() and tok.isalpha()


def _unknown_en(text: str) -> list[UnknownWord]:
    """English words no training message says, read in runs ("jumbo cinnamon rhomboid"), each given the
    slot its neighbours show (see the module docstring); a run whose slot cannot be read is left out."""
    toks = _TOKEN.findall(text)
    colour, shape_nouns, size = _slot_words_en()
    unknown = [_is_word(t) and len(t) > 1 and not meant_words_en(t) for t in toks]
    recolour = any(t in _RECOLOUR_EN for t in toks)
    found, i = [], 0
    while i < len(toks):
        if not unknown[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and (unknown[j + 1] or (toks[j + 1] == "-" and j + 2 < len(toks) and unknown[j + 2])):
            j += 1
        run = [t for t in toks[i:j + 1] if t != "-"]
        prev = toks[i - 1] if i > 0 else None
        nxt = next((t for t in toks[j + 1:] if t != "-"), None)
        if prev == "-" and i >= 2 and _is_word(toks[i - 2]):
            i = j + 1  # the end of a compound ("five-point star", "sky-blue"): read with its known half, not alone
            continue
        prev_word = prev if _is_word(prev) else None
        nxt_meant = meant_words_en(nxt) if _is_word(nxt) else frozenset()
        kinds: list[str | None] = [None] * len(run)
        if nxt_meant & colour or (nxt_meant & shape_nouns and not nxt_meant & _GENERIC_EN):
            kinds = ["color"] * len(run)  # "cinnamon rhomboid" is read at the rhomboid; "smoke gray" names gray
        elif nxt_meant & _GENERIC_EN:  # "a honeycomb shape": the head, or the colour of a shape?
            kinds = ["color"] * (len(run) - 1) + ["shape" if prev_word in colour else "either"]
        elif nxt is None or not _is_word(nxt) or nxt in _CLOSERS_EN:
            if prev_word in shape_nouns | {"it", "them", "that", "this"} | _AFTER_REF_EN and recolour:
                # "make the circle mauve", "change it to puce"; after a verb that only colours ("colour the
                # big hexagon puce") the word can name nothing but a colour
                if len(run) == 1 and any(t in _COLOUR_ONLY_EN for t in toks):
                    found.append(UnknownWord(run[0], "color", sure=True))
                    i = j + 1
                    continue
                kinds = ["color"] * len(run)
            elif prev_word in _DETERMINERS_EN | colour | size or len(run) > 1 or (prev is not None and prev.isdigit()):
                kinds = ["color"] * (len(run) - 1) + ["shape"]  # "a red wedge", "jumbo cinnamon rhomboid"
        found += [UnknownWord(w, k) for w, k in zip(run, kinds) if k is not None]
        i = j + 1
    return found


@lru_cache(maxsize=None)
def _known_zh() -> tuple[str, ...]:
    """The Chinese words training can say, a colour's also without its 色 ("玫瑰" of 玫瑰色), with the homophone
    slips of the noise in them ("亮皇色" for "亮黄色"), and the words of colour and shape themselves (颜色, 形状,
    图形; 色, 形)."""
    words = {w for ws in training_words("zh").values() for w in ws if w}
    bare = phrasing_zh.without_se  # "一个玫瑰的": a colour said without its 色
    words |= {bare(w) for k, ws in training_words("zh").items() if k.startswith("color_") for w in ws if len(bare(w)) >= 2}
    words |= {"颜色", "形状", "图形", "形", "色", "特色", "角色", "出色", "变形", "情形", "地形", "外形", "原形"}
    words |= {w.replace(right, slip) for w in list(words) for right, slips in phrasing_zh.HOMOPHONES.items()
              if right in w for slip in slips}
    return tuple(sorted(words, key=len, reverse=True))


_NUMERALS_ZH = "一二两三四五六七八九十几"


@lru_cache(maxsize=None)
def _known_set_zh() -> frozenset[str]:
    return frozenset(_known_zh())


@lru_cache(maxsize=None)
def _covering_zh() -> tuple[str, ...]:
    """Everything a training message in Chinese is made of: its words, the literal text between the slots
    of every template, and the number words and particles the phrases add. Words and template text are
    also cut at the particles the noise may drop (``phrasing_zh.DROPPABLE``), so a message missing one
    still reads; a lone character left over from such a cut covers nothing (it would cover too much)."""
    pieces = set(_known_zh()) | set(phrasing_zh.NUMBERS.values()) | set("个颗只枚的了和与或还各每都再把将给在是这那哪") | {"非常"} \
        | set(_NUMERALS_ZH)
    texts = list(_known_zh())
    for unseen in (False, True):
        for _, t in _all_words(templates("zh", unseen)):
            between = [unicodedata.normalize("NFKC", p) for p in re.split(r"\{[a-z_0-9]+\}", t)]
            texts += between
            pieces |= {c for p in between for c in re.split(r"[^\u3400-\u9fff]+", p) if c}
    texts += [t.replace(right, slip) for t in texts for right, slips in phrasing_zh.HOMOPHONES.items()
              if right in t for slip in slips]
    droppable = "[^\u3400-\u9fff]|[" + "".join(sorted(phrasing_zh.DROPPABLE)) + "]"
    for t in texts:
        pieces |= {p for p in re.split(droppable, t) if len(p) >= 2}
    return tuple(sorted(pieces, key=len, reverse=True))


def _covered_zh(text: str) -> list[bool]:
    """For each character of ``text``: whether an occurrence of a known piece (``_covering_zh``) holds it."""
    covered = [False] * len(text)
    for w in _covering_zh():
        at = text.find(w)
        while at >= 0:
            covered[at:at + len(w)] = [True] * len(w)
            at = text.find(w, at + 1)
    return covered




def _swapped_known(text: str, start: int, end: int, right_edge: bool = False) -> bool:
    """Whether two neighbouring characters swapped back make ``text[start:end]`` known words: the slip an
    English frame's noise makes of the Chinese in a mixed message ("最左图边形" for "最左边图形"). Both
    characters are inside the word, or with ``right_edge`` the last may be the one after it (a noun read
    up to a slip: "咖啡非色常" for "咖啡色非常")."""
    for i in range(start, min(end, len(text) - 1) if right_edge else end - 1):
        back = text[:i] + text[i + 1] + text[i] + text[i + 2:]
        if all(_covered_zh(back)[start:end]):
            return True
    return False


# What follows a classifier without naming a thing: "要 2 个就行", "一个就够了", "两个都要".
_NO_NOUN_ZH = re.compile(r"就|都|也|还|吧|呢|啊|好|够|便|而已|罢了|即可|可以|行|看|觉|太|很|真|有点|感觉|比较|不|没|他|她|孩子|朋友|老师|妈|爸|伢|宝宝|人")


def _unknown_zh(text: str) -> list[UnknownWord]:
    """Chinese colour and shape words the training lexicon lacks: a word ending in 色 (a colour) or in 形
    or 状 (a shape) with a character no known word covers ("酒红色", "薰衣草色", "三边形", "锥形"), and
    the uncovered noun right after a classifier or 的 ("一个机器人", "一个方格": either kind)."""
    text = re.sub(r"([\u3400-\u9fff])\1", r"\1", text)  # a character typed twice ("咖啡啡色") is the noise's slip
    covered = _covered_zh(text)
    found = []
    for m in re.finditer(r"[色形状]", text):
        if m.group() == "色" and text[m.end():m.end() + 1] in ("调", "系", "彩", "泽", "差"):
            continue  # "跟主色调统一": a tone, no colour's name
        end = m.end()
        start = end - 1
        while start > 0 and text[start - 1] not in _BOUNDARY_ZH and text[start - 1] not in "色形状" \
                and _CJK.match(text[start - 1]) and end - start < 6:
            start -= 1  # (a colour word ends at its 色: "枣红色|环形")
        last = next((k for k in range(end - 1, start - 1, -1) if not covered[k]), None)
        if last is None:
            continue  # every character is a known word's: "超大红色", "天蓝色", "三角形"
        first = last
        while first > start and not covered[first - 1]:
            first -= 1
        while first > start and text[first - 1] in _NUMERALS_ZH:
            first -= 1  # "三边形", not "边形"
        rest = text[last + 1:end]
        # Only a word whose unknown part sits right before its 色/形 or before one known colour or shape
        # word ("酒|红色"): further back, which characters make the word is a guess ("超级大五角星形").
        if end - first >= 2 and (len(rest) <= 1 or rest in _known_set_zh()) and not _swapped_known(text, start, end):
            found.append(UnknownWord(text[first:end], "color" if m.group() == "色" else "shape", sure=True))
    k = 0
    while k < len(text):
        if covered[k] or not _CJK.match(text[k]):
            k += 1
            continue
        end = k
        while end < len(text) and not covered[end] and _CJK.match(text[end]):
            end += 1
        first = k
        before = text[first - 1] if first > 0 else ""
        # After a classifier or 的 the noun may name a thing or a shape. A longer run is more than a noun
        # ("方片以及顶端"): where it ends is a guess. (After a colour word, "栗色方格", the model reads the
        # shape from its characters often enough — 方格 is a square to it — that asking costs more.)
        if 2 <= end - first <= 4 and before and before in "个颗只枚的" and not _NO_NOUN_ZH.match(text[first:end]) \
                and not any(text[first:end] in f.word for f in found) and not _swapped_known(text, first, end, True):
            found.append(UnknownWord(text[first:end], "either"))
        k = end
    return found


def unknown_words(message: str) -> list[UnknownWord]:
    """The words of ``message`` (normalised: ``data.normalize.normalize_message``) in a colour or shape
    slot that the training lexicon lacks and that are no slip of a known word, in message order
    (English words first, then Chinese)."""
    text = message.lower()
    return _unknown_en(text) + (_unknown_zh(text) if _CJK.search(text) else [])


@lru_cache(maxsize=None)
def _names() -> dict[str, dict[str, tuple[tuple[str, ...], ...]]]:
    """kind -> value -> the training words naming it: English as token tuples, Chinese as strings."""
    out: dict[str, dict[str, tuple]] = {}
    for kind in KINDS:
        values = COLORS if kind == "color" else SHAPES
        out[kind] = {}
        for v in values:
            en = tuple(tuple(re.findall(r"[a-z]+", w)) for w in training_words("en")[f"{kind}_{v}"])
            zh = tuple(training_words("zh")[f"{kind}_{v}"])
            zh += tuple(s for w in zh for s in phrasing_zh.HOMOPHONES.get(w, ()))
            out[kind][v] = (en, zh)
    return out


def _singular(token: str) -> frozenset[str]:
    """The known words ``token`` is the plural of ("circles", "boxes"), as ``phrasing_en._plural`` makes them."""
    if token.endswith("es") and token[:-2].endswith(("x", "s")):
        return meant_words_en(token[:-2])
    return meant_words_en(token[:-1]) if token.endswith("s") and len(token) > 3 else frozenset()


def named_values(message: str, kind: str) -> set[str]:
    """The colours (``kind`` "color") or shapes ("shape") a known word of ``message`` names, a slip of
    one and an English plural included ("bleu sqaures" names blue and square)."""
    text = message.lower()
    toks = [t for t in _TOKEN.findall(text) if _is_word(t)]
    meant = [meant_words_en(t) | _singular(t) for t in toks]
    out = set()
    for value, (en, zh) in _names()[kind].items():
        if any(w in text for w in zh) or any(
                all(k + n < len(meant) and phrase[n] in meant[k + n] for n in range(len(phrase)))
                for phrase in en if phrase for k in range(len(meant))):
            out.add(value)
    return out


def guessed_values(edit: str, message: str) -> dict[str, list[int]]:
    """kind -> the positions (in ``edit.split()``) of the colours or shapes the edit uses that no known
    word of ``message`` names; a ``copy`` guesses both kinds (position -1: nothing to fill)."""
    words = edit.split()
    out: dict[str, list[int]] = {}
    for kind, values in (("color", COLORS), ("shape", SHAPES)):
        named = named_values(message, kind)
        at = [k for k, w in enumerate(words) if w in values and w not in named]
        if "copy" in words:
            at.append(-1)
        if at:
            out[kind] = at
    return out


def unplaced_word(message: str, edit: str) -> tuple[UnknownWord, list[int]] | None:
    """For an ``edit`` that changes the picture: the unknown word of ``message`` whose kind the edit
    guessed (its colour or shape named by no known word), with the positions of the guessed values in
    ``edit.split()``, or a word that can only be a colour or shape and names none the model knows (no
    positions); None when neither. A colour is asked about before a shape."""
    unknown = unknown_words(message)
    if not unknown:
        return None
    guessed = guessed_values(edit, message)
    # A word of one kind first (the word nearest the noun is the colour: "a jumbo hazel circle"), then a
    # word that may be either, read as the noun it stands for: a shape. A word that names a known value
    # itself ("smoke gray", "酒红色") is quoted only when no other is there.
    for kind, kinds, pick in (("color", ("color",), -1), ("shape", ("shape", "either"), 0), ("color", ("either",), 0)):
        words = [u for u in unknown if u.kind in kinds]
        if kind in guessed and words:
            blind = [u for u in words if not named_values(u.word, kind)] or words
            return UnknownWord(blind[pick].word, kind), guessed[kind]
    # A word that can only be a colour (or a shape) and names none the model knows ("栗色", "锥形"): the
    # edit went on without it, so whatever it changes is not what was asked. Nothing to fill in.
    for u in unknown:
        if u.sure and not named_values(u.word, u.kind):
            return u, []
    return None


def unknown_word_reply(word: str, kind: str, lang: str) -> str:
    """The world's question back about ``word`` (a "color" or "shape") in ``lang`` ("en" or "zh")."""
    replies = phrasing_zh.REPLIES if lang == "zh" else phrasing_en.REPLIES
    return replies[("unknown_word", kind)].format(word=word)


def word_language(word: str) -> str:
    """"zh" for a word in Chinese characters, else "en": the reply quotes a word in its own language."""
    return "zh" if _CJK.search(word) else "en"


# The words of a place, in both languages: an answer may say again where the held add goes.
_PLACE_WORDS = {"top": ("top", "upper", "上"), "bottom": ("bottom", "lower", "下"), "left": ("left", "左"),
                "right": ("right", "右"), "center": ("center", "centre", "middle", "中间", "中央", "中")}


def _place_of_the_edit_said(edit: str, text: str) -> str:
    """``text`` without the words of the place ``edit`` (one add) puts its object at, where it says that place and
    no other ("still top right", "还是放右上角"); ``text`` as it is otherwise."""
    words = edit.split()
    if "at" not in words or words.index("at") + 1 >= len(words):
        return text
    parts = words[words.index("at") + 1].split("-")
    said = [p for p, names in _PLACE_WORDS.items() if any(n in text for n in names)]
    if sorted(said) != sorted(parts):
        return text
    text = re.sub(r"(?:[上下左右中][上下左右]?(?:角|边|面|方|侧|间|央))|正中", lambda m: m.group() if not any(
        n in m.group() for p in parts for n in _PLACE_WORDS[p]) else " ", text)  # "右上角", not the 边 of "六边形"
    for p in parts:
        for n in _PLACE_WORDS[p]:
            if n.isascii():
                text = re.sub(rf"\b{n}\b", " ", text)
    return re.sub(r"\b(?:corners?|side|still|put|place|at|on|in|there|same|spot)\b|还是|放在|放|还", " ", text)


def answer_edit(edit: str, positions: list[int], kind: str, message: str, asked_word: str = "") -> str | None:
    """``edit`` with the guessed ``positions`` filled by the one colour (``kind`` "color") or shape the
    answer ``message`` names ("red", "I mean red", "红色的"; the word asked about, ``asked_word``, may be said again:
    "哦没有 heart 啊，那 star 吧"), else None: a message that names none, several, another unknown word or anything
    besides the answer is a new message, not the answer."""
    positions = [k for k in positions if k >= 0]
    if _ASKS_WHAT_IS_THERE.search(message):  # "有没有棕色三角形?" asks about the picture: a new message
        return None
    if asked_word:
        message = re.sub(rf"(?<![a-z]){re.escape(asked_word.lower())}(?![a-z])", " ", message)
    if not positions or any(u.word.lower() not in _ANSWER_FILLERS_EN for u in unknown_words(message)):
        return None
    named = named_values(message, kind)
    if len(named) != 1:
        return None
    value = next(iter(named))
    # The answer may name the object's other look too, where the edit adds it: "ok fine, a red star then".
    other = "shape" if kind == "color" else "color"
    others = named_values(message, other) if edit.startswith("add ") and ";" not in edit else set()
    if len(others) > 1:
        return None
    text = _place_of_the_edit_said(edit, message.lower())  # "是 hexagon，还是放 top right": where it goes already
    phrase_words = set()
    for k, v in [(kind, value)] + [(other, o) for o in others]:
        en, zh = _names()[k][v]
        for w in sorted(zh, key=len, reverse=True):
            text = text.replace(w, " ")
        phrase_words |= {t for phrase in en for t in phrase}
    toks = [t for t in _TOKEN.findall(text) if _is_word(t)]
    rest = [t for t in toks if not (meant_words_en(t) & phrase_words) and t not in _ANSWER_FILLERS_EN]
    rest_zh = [c for c in text if _CJK.match(c) and c not in _ANSWER_FILLERS_ZH]
    if rest or rest_zh:
        return None
    words = edit.split()
    for k in positions:
        if k < len(words):
            words[k] = value
    if others:  # add SIZE COLOR SHAPE ...: the colour is the third word, the shape the fourth (after a count, one on)
        at = 3 if words[1].isdigit() else 2
        words[at + (other == "shape")] = next(iter(others))
    return " ".join(words)
