"""Whether a message asks or instructs, whether it says yes, and the world's question back.

Nothing changes on doubt: a message that asks ("how big is the circle?", "一共有几个图形？")
never changes the picture, and an edit the chat holds back is put to the user as a question
worded by the world from the edit itself (``propose``): "Do you want me to add a large orange
hexagon?" / "你是想让我添加一个橙色大六边形吗？". A plain yes next turn (``is_yes``) carries
it out; anything else drops it.

``is_question`` reads the message as the chat sees it (spaces collapsed; simplified Chinese
after the tokenizer's normalising is not needed: the markers are the same in both forms).
A polite request is an instruction, not a question: "can you draw a red circle?", "could you
add a star", "能不能画一个圆", "帮我画一个星星", "把它移到左边好吗？".
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import phrasing_en, phrasing_zh
from .edits import EditError, Op, apply_edit, describe, fields_of, objects_named, parse_edit
from .said import number_of, out_of_world_named, said_in_order, says_adds_of_no_number, sizes_named
from .scene import Scene

# 1. Asking or instructing.
_ACTION_EN = (r"(?:draw|add|put|place|make|paint|create|insert|remove|delete|erase|get rid|take|move|shift|push|"
              r"drag|slide|change|turn|recolou?r|colou?r|resize|shrink|enlarge|grow|clear|wipe|empty|reset|undo|"
              r"redo|swap|replace|give|set|bring|throw|pick|select|choose|use|go|start|show me|sketch|drop|fill|relocate|"
              r"scale|copy|duplicate|clone|rm|del|mv)\b")
_FILLER_EN = (r"^(?:(?:ok(?:ay)?|alright|all right|hey|hi|so|and|now|then|also|um+|uh+|hmm+|well|oh|right|actually|"
              r"wait|sorry|oops|ah+|hello|good (?:morning|afternoon|evening|day)|thank you(?: (?:ever so|so|very) much)?|"
              r"thanks(?: a lot)?|how lovely|lovely|great|perfect|wonderful|oh dear|[a-z]{2,12}(?=[,!.]))[,!.]?\s+)*")
# A polite request asks for something done: "can you draw ...", "would you mind (to) add ...",
# "how about a blue star?" (a slip of "how" too: "yow about"; of "you": "could jou"), "can i get ...", "i'd like ...", and a wish for what
# is there ("can the circle be a hexagon instead?", "could it go higher?"). Only verbs of looking and telling make
# it a question.
_TELL_EN = (r"(?:see|tell|find|count|describe|spot|say|guess|check|confirm|hear|read|explain|remember|recall|"
            r"show me (?:where|how|what|which)|list|name|spell|understand|know|notice|summari[sz]e|go over)\b")
_POLITE_EN = re.compile(_FILLER_EN +
                        r"(?:(?:(?:can|could|would|will|won't|wouldn't|can't|couldn't)\s+(?:you|u|ya|ye|[a-z]ou|y[a-z]u|yo[a-z]?|yuo|oyu)\s+"
                        r"(?:please\s+|pls\s+|kindly\s+|just\s+|maybe\s+|also\s+|now\s+)*(?!" + _TELL_EN + r")\w"
                        r"|(?:would|do)\s+(?:you|u)\s+mind\s+(?:to\s+)?(?!" + _TELL_EN + r")\w"
                        r"|(?:can|could)\s+(?:it|they|this(?:\s+one)?|that(?:\s+one)?|the\s+[a-z' -]{1,30}?)\s+"
                        r"(?:be|go|get|become|turn)\s"
                        r"|(?:how|what|(?!now)[a-z]ow|h[a-z]w|wh?at)\s+about\s|(?:can|could|may|might)\s+(?:i|we)\s+(?:also\s+)?"
                        r"(?:get|have|trouble\s+you|ask\s+(?:you\s+)?for)\s|i\s+wonder(?:ed)?\s+(?:whether|if)\s+you\s|"
                        r"i\s+want\s|i'?d\s+like\s|i\s+would\s+like\s|i\s+need\s|"
                        r"give\s+me\s|let\s+me\s+have\s|please\s|pls\s|plz\s|kindly\s|let's\s|let\s+us\s))")
_START_EN = re.compile(_FILLER_EN + _ACTION_EN)
_WH_EN = re.compile(_FILLER_EN + r"(?:what|what's|whats|which|where|where's|wheres|how|how's|who|whose|why|when|"
                    r"is|are|isn't|aren't|was|were|does|do|did|doesn't|don't|has|have|hasn't|haven't|"
                    r"tell me|describe|count|any)\b")
_ACTION_ZH = r"(?:画(?![面布里])|生成|绘制|加|添|放|摆|删|去掉|去除|拿掉|移|挪|搬|把|换|改|清|撤|涂|变|弄|做|来|再画|再加|重做|恢复|给)"
_POLITE_ZH = re.compile(r"^(?:好的?|那|那么|然后|再|现在|嗯|哦|喂)?[，,。]?\s*"
                        r"(?:请[你您]?|麻烦[你您]?|帮我|帮忙|给我|你能不能|你可不可以|你可以|你能|能不能|能否|可不可以|可以|"
                        r"你帮我|请帮我|能帮我|可以帮我|能不能帮我)+\s*" + _ACTION_ZH)
_START_ZH = re.compile(r"^(?:好的?|那|那么|然后|再|现在|嗯|哦|喂)?[，,。]?\s*" + _ACTION_ZH)
_POLITE_TAIL_ZH = re.compile(r"(?:好吗|好不好|行吗|行不行|可以吗|可不可以|好么|行么|可以么|吧)\s*[?？!！。.~～]*\s*$")
# "它们几个" / "这几个" / "那几个" (these few) and "不对不对" / "不对对不对" (no, no) ask nothing.
_ASK_ZH = re.compile(r"吗|呢|(?<![们这那画加来放添要弄搞])几|多少|哪|什么|啥|谁|是否|有没有|^有.*没有|([大小高低])不\1|是不是|(?<!不)(?<!不对)对不对|对吧|是吧|没错吧|有多|多大|多高|多远|多长|怎么样|如何|列出|描述|介绍|说说|告诉我")
_ASK_END = re.compile(r"[?？]\s*\W*$")
_AS_YOU_KNOW = re.compile(r"^(?:do you know|you know|y'know|guess what)[,!]\s*", re.IGNORECASE)
# A request with a question's tag ("..., would you?") or a polite modal before a place ("可以在正中央画...吗？").
_TAG_REQUEST_EN = re.compile(r"[,\s]+(?:would|will|could|can|won't)\s+(?:you|ya|u)(?:\s+please)?\s*\W*$")
_MODAL_ZH = re.compile(r"^(?:好的?|那|那么|然后|再|现在|嗯|哦|喂)?[，,。]?\s*(?:请[你您]?|麻烦[你您]?|你能不能|你可不可以|你可以|你能|能不能|能否|可不可以|可以|能)")
_POLITE_END_ZH = re.compile(r"(?:吗|么|嘛|好吗|行吗|可以吗|好不好)?\s*[?？!！。.~～]*\s*(?:(?:谢谢|多谢|感谢)[你您]?[!！。.~～]*\s*)?$")
# English question words that ask wherever they stand: "this is what size", "the star is which colour".
_ASK_EN = re.compile(r"\b(?:is|are) (?:what|which|where)\b|\bwhat (?:size|colou?r|shape)\b|\b(?:big|large) or small\b"
                     r"|, (?:right|correct|isn't it|aren't they|is that right)\W*$")  # tag questions


def is_question(message: str) -> bool:
    """True when ``message`` asks rather than instructs: a question mark (either width), a
    Chinese question word (吗 呢 几 多少 哪 什么 是否 有没有 ...) or an English question word at
    the start (what, which, where, how, is, are, does ...) make a question; a polite request for
    something the world does ("can you draw ...", "could you add ...", "please ...", "能不能画...",
    "帮我画...", "把它移到左边好吗？"), also after a remark ("正方形太无聊了，可以把它改成菱形吗？"), and a message
    that starts with such a verb do not."""
    text = _AS_YOU_KNOW.sub("", " ".join(message.split()).strip())  # "do you know, i reckon ...": no question of its own
    low = text.lower()
    if _POLITE_EN.match(low) or _POLITE_ZH.match(text):
        return False
    # "正方形太无聊了，可以把它改成菱形吗？": a remark, then the polite request.
    parts = re.split(r"(?<=[，,。.!！~～])\s*(?=\S)", text)
    for k in range(1, len(parts)):  # "..., could you change the shape, please?": the request from where it starts
        rest = " ".join(parts[k:])
        polite = _POLITE_EN.match(rest.lower()) or _POLITE_ZH.match(rest) \
            or _START_EN.match(rest.lower()) and _TAG_REQUEST_EN.search(rest.lower())  # "ahoy there! put a ..., would you?"
        if polite and not is_question(" ".join(parts[:k])):
            return False
    if _START_ZH.match(text) and (not _ASK_END.search(text) or _POLITE_TAIL_ZH.search(text)) \
            and not re.search(r"是否|有没有|是不是|多少|什么|哪", text):
        return False
    # "好，在三角形下边画上一个小星形好吗。": a request said anywhere, asked politely at the end.
    tail = _POLITE_TAIL_ZH.search(text)
    if tail and re.search(_ACTION_ZH, text[:tail.start()]) and not _ASK_ZH.search(text[:tail.start()]):
        return False
    if _START_EN.match(low) and (not _ASK_END.search(text) or _TAG_REQUEST_EN.search(low)):
        return False  # "put a grey square in the centre, would you?": a request with a tag
    modal = _MODAL_ZH.match(text)
    if modal and re.search(_ACTION_ZH, text[modal.end():]) and not _ASK_ZH.search(_POLITE_END_ZH.sub("", text)):
        return False  # "可以在正中央画一个粉红色的五角星吗？": a request, a place said before its verb
    if _ASK_END.search(text) or _ASK_ZH.search(text) or _ASK_EN.search(low):
        return True
    return bool(_WH_EN.match(low))


# Size first: a size question may name the object by its colour ("红颜色圆盘的大小").
_KINDS = (("ask_size", re.compile(r"how big|how large|how small|what size|\bsize\b|large or small|small or large|"
                                  r"big or small|多大|大小|大还是小|小还是大|大不大|小不小|是大是小")),
          ("ask_color", re.compile(r"colou?r|颜色|顏色|什么色|啥色")),
          ("ask_which", re.compile(r"\bwhich(?: one| shape| thing| object)?(?:'s| is| sits) (?:at|in|on)\b|"
                                   r"\bwhat(?:'s| is) (?:at|in|on) the\b|是(?:什么|哪个|哪一个|啥)|哪个是|哪一个是|哪个在|哪一个在")),
          ("ask_where", re.compile(r"\bwhere|哪|什么(?:位置|地方)")),
          ("ask_exists", re.compile(r"^(?:is|are) there|^do you have|^any\b|有没有|^有.*吗|^画里有.*吗")))


def question_kind(message: str) -> str | None:
    """What a question about one object asks: ``ask_color``, ``ask_size``, ``ask_where`` or
    ``ask_exists`` ("what colour is the star?", "星形在哪里？"); None when it is none of these."""
    low = " ".join(message.lower().split())
    for kind, pattern in _KINDS:
        if pattern.search(low):
            return kind
    return None


# What a question's form leaves an edit to do: "how many ...?" counts, "which is bigger ...?" compares,
# "what's in the picture?" keeps it as it is (the reply describes it), "where is ...?" asks. Questions of other
# forms (yes or no, what is next to ...) are not read here.
_COMPARED_EN = (r"(?:higher|highest|lower|lowest|bigger|biggest|smaller|smallest|larger|largest|taller|tallest|"
                r"further|furthest|farther|farthest|more|most|less|least|leftmost|rightmost|topmost|bottommost|"
                r"uppermost|lowermost)")
_FORMS = (("count", re.compile(r"how many|number of|多少个|有多少|数量|(?<![们这那画加来放添要弄搞])几[个只颗]")),
          ("compare", re.compile(r"\b(?:which|who)\b.*\b" + _COMPARED_EN + r"\b|"
                                 r"(?:哪个|哪一个|谁).*(?:更|最|比较)")),
          # "what's in the picture?", "画面里现在都有啥": the picture described, nothing done (``keep``).
          ("keep", re.compile(r"\bdescribe\b|\bwhat(?:'s| is| do we have| have we got|'ve we got)\s+(?:got\s+)?(?:in|on)\s+"
                              r"(?:the|my|your|our)\s+(?:picture|canvas|image|drawing|scene)|"
                              r"(?:画面|画布|图片|图|画)[里上中]?面?(?:现在|目前)?(?:都|一共|总共)?有(?:些|哪些)?(?:啥|什么|哪些)"
                              r"(?!颜色|形状|样|的)|描述一下|画了(?:些)?(?:什么|啥)")),
          ("ask", re.compile(r"\bwhere\b|在哪|哪里|哪儿|什么地方|什么位置|哪个地方|哪个位置")))


def expected_verbs(message: str) -> tuple[str, ...] | None:
    """The edit verbs a question's form leaves ("how many stars?": count; "which is higher, ...?":
    compare; "where is the star?": ask), None for a question of another form or no question."""
    low = " ".join(message.lower().split())
    if not is_question(message):
        return None
    for verb, pattern in _FORMS:
        if pattern.search(low):
            return (verb,)
    return None


def _command_phrases(command: str) -> tuple[str, ...]:
    """The world's phrases for ``command`` ("undo" or "redo") in both languages, longest first."""
    phrases = phrasing_en.LEXICON[f"{command}_core"] + phrasing_zh.LEXICON[f"{command}_core"]
    return tuple(sorted(phrases, key=len, reverse=True))


def says_command(message: str) -> str | None:
    """"undo" or "redo" when ``message`` says it by one of the world's phrases ("go back", "scratch that",
    "撤销", "put it back", "还原回来"), the undo of an undo read as a redo; else None."""
    low = " ".join(message.lower().split()).replace("撤消", "撤销")  # two spellings of one word
    for command in ("redo", "undo"):
        for phrase in _command_phrases(command):
            if re.search(r"(?<![a-z])" + re.escape(phrase) + r"(?![a-z])", low):
                return command
    return None


def says_an_action(message: str) -> bool:
    """Whether ``message`` says anywhere a verb of what the world does ("draw", "move", "画", "换", "删"):
    an answer to "which one do you mean?" ("要左下方球", "the one i mean is 右侧东西!") says none."""
    return bool(re.search(r"\b" + _ACTION_EN, message.lower()) or re.search(_ACTION_ZH, message))


_WANTS = re.compile(r"\b(?:want|need|like|give)\b|要|想")


def off_form(edit: str, message: str) -> bool:
    """Whether ``edit`` does what the question ``message``'s form does not leave to do: "which is biggest?"
    read as ``ask it``, "这个六边形在画面的哪个地方？" as ``compare higher all`` (``expected_verbs``).
    A ``keep`` is off form only for "how many ...?" of what the world draws, wanting nothing ("现在一共几个？"
    read as ``keep``, asking back how many diamonds): the world counts anything it draws; a refusal or a
    question back answers any other question, and "我要几个正方形" (some squares) is asked how many."""
    verbs = expected_verbs(message)
    first = edit.split()[0] if edit.split() else ""
    if first == "keep":
        wants = _WANTS.search(message.lower()) or says_an_action(message)
        return verbs == ("count",) and not wants and not out_of_world_named(message)
    return verbs is not None and first not in verbs and ";" not in edit


_YES = {"yes", "y", "yeah", "yep", "yup", "yea", "ok", "okay", "k", "sure", "please", "yes please", "do it",
        "go ahead", "right", "correct", "that's right", "exactly", "yes do it", "ok do it", "sure thing", "of course",
        "是", "是的", "好", "好的", "对", "对的", "嗯", "行", "可以", "没错", "对啊", "是啊", "好啊", "要", "确定"}


_NO = {"no", "n", "nope", "nah", "no thanks", "no thank you", "cancel", "never mind", "nevermind", "don't", "stop",
       "wrong", "not that", "不", "不是", "不要", "不用", "不用了", "算了", "不对", "错了", "没有", "别"}


def _plain(message: str) -> str:
    return " ".join(re.sub(r"[^\w\s']+", " ", message.lower()).split())


def is_yes(message: str) -> bool:
    """True when ``message`` is a plain yes ("yes", "yeah", "ok", "sure", "是的", "好", "对"),
    punctuation and case aside; anything longer is a new message, not a yes."""
    return _plain(message) in _YES


def is_answer(message: str) -> bool:
    """True when ``message`` is a plain yes or no ("no", "nope", "不用", "算了"): an answer, which
    with nothing asked instructs nothing."""
    return _plain(message) in _YES or _plain(message) in _NO


# 2. The world's question back: the edit worded as an offer.
def _plural(shape: str) -> str:
    return shape + ("es" if shape.endswith(("s", "x", "ch", "sh")) else "s")


# What a pointing word is called when it names no one object: (English, Chinese).
_POINTED = {"it": ("it", "它"), "them": ("them", "它们"), "other": ("the other one", "另一个")}


def _name_of(lang: str, scene: Scene, desc: str, focus) -> str:
    """The object ``desc`` names in ``scene`` by its full name, else the description as said."""
    mod = phrasing_en if lang == "en" else phrasing_zh
    hits = objects_named(scene, desc, focus) if desc else []  # "it": a group's newest member
    if len(hits) == 1:
        o = scene[hits[0]]
        return mod.object_name(o.size, o.color, o.shape)
    if desc in _POINTED:
        return _POINTED[desc][lang != "en"]
    return mod.desc_name(fields_of(desc))


def _phrase(lang: str, scene: Scene, op: Op, focus: int | None) -> str:
    """One operation as the object of "Do you want me to ..." / "你是想让我...吗"; "" for none."""
    en = lang == "en"
    mod = phrasing_en if en else phrasing_zh
    if op.verb == "add":
        name = mod.object_name(*op.spec)
        if op.count > 1:
            return f"add {op.count} {op.spec[0]} {op.spec[1]} {_plural(op.spec[2])}" if en else f"添加{op.count}个{name}"
        return f"add a {name}" if en else f"添加一个{name}"
    if op.verb == "clear":
        return "clear the picture" if en else "清空画面"
    if op.verb in ("keep", "ask", "count", "pick"):
        return ""
    name = _name_of(lang, scene, op.obj, focus)
    the = "" if not en or name in ("it", "them", "the other one") else "the "
    if op.verb == "remove":
        return f"remove {the}{name}" if en else f"删除{name}"
    if op.verb == "recolor":
        return f"make {the}{name} {op.to}" if en else f"把{name}改成{phrasing_zh.COLOR_WORDS[op.to][0]}"
    if op.verb == "resize":
        return f"make {the}{name} {op.to}" if en else f"把{name}变{phrasing_zh.SIZE_NAMES[op.to]}"
    if op.verb == "reshape":
        return f"make {the}{name} a {op.to}" if en else f"把{name}变成{phrasing_zh.SHAPE_WORDS[op.to][0]}"
    if op.verb == "move":
        if op.to:
            return f"move {the}{name} to the {mod.region_name(op.to)}" if en else f"把{name}移到{mod.region_name(op.to)}"
        if op.step:
            return f"move {the}{name} {op.step}" if en else f"把{name}往{phrasing_zh.SIDE[op.step][0]}移"
        return f"move {the}{name}" if en else f"移动{name}"
    if op.verb == "copy":
        pointed = op.obj in _POINTED and name == _POINTED[op.obj][not en]
        if en:
            return f"draw another one like {name}" if pointed else f"draw another {name}"
        return f"再画一个和{name}一样的" if pointed else f"再画一个{name}"
    return ""


def ask_how_many(edit: str, lang: str) -> str | None:
    """The world's question of how many, where ``edit`` adds objects of one colour and shape for a message that says
    no number ("再来几颗粉色的钻石" read as ``add 5 large pink diamond``): "你想要几个粉色的菱形？"; None otherwise."""
    try:
        ops = parse_edit(edit)
    except EditError:
        return None
    specs = {op.spec[1:] for op in ops if op.verb == "add"}
    if len(specs) != 1 or any(op.verb != "add" for op in ops):
        return None
    (color, shape), = specs
    return _how_many_question({"color": color, "shape": shape}, lang)


def how_many_asked(message: str, lang: str) -> str | None:
    """The world's question of how many for a message that asks for adds of "a few" or "some" of one kind
    (``said.says_adds_of_no_number``: "再 add 一些 orange circles 在旁边"), whatever else it is read as; None otherwise."""
    return how_many_of(message, lang) if says_adds_of_no_number(message) else None


def how_many_of(message: str, lang: str) -> str | None:
    """The world's question of how many, for a message that asks for "a few" or "some" of one shape in at most one
    colour ("ok now chuck a few stars next to it": "How many stars would you like?"); None otherwise."""
    shapes = [s for s in dict.fromkeys(said_in_order(message, "shape")) if s]
    colors = [c for c in dict.fromkeys(said_in_order(message, "color")) if c]
    if len(shapes) != 1 or len(colors) > 1:
        return None
    return _how_many_question({"shape": shapes[0], **({"color": colors[0]} if colors else {})}, lang)


def add_of_no_number(message: str) -> str | None:
    """The add of one that a how-many question about ``message`` holds for its answer's number ("画几个粉红色嘅星星":
    ``add large pink star``; an unsaid colour is blue, an unsaid size large), where it names one shape, at most one
    colour and at most one size; None otherwise."""
    shapes = [s for s in dict.fromkeys(said_in_order(message, "shape")) if s]
    colors = [c for c in dict.fromkeys(said_in_order(message, "color")) if c]
    sizes = sizes_named(message)
    if len(shapes) != 1 or len(colors) > 1 or len(sizes) > 1:
        return None
    return f"add {next(iter(sizes), 'large')} {next(iter(colors), 'blue')} {shapes[0]}"


def number_answered(message: str, add: str) -> str | None:
    """``add`` (an add of one) for the number ``message`` answers a how-many question with ("三個啦，唔該", "just 2
    please", "make it four"), the add's own colour and shape words allowed besides; None where it says anything
    else (a new message)."""
    low = message.lower()
    _, size, color, shape = add.split()
    own = [w for mod in (phrasing_en, phrasing_zh) for w in (*mod.COLOR_WORDS[color], *mod.SHAPE_WORDS[shape])]
    for w in sorted(own, key=len, reverse=True):
        low = re.sub(rf"(?<![a-z]){re.escape(w)}(?:e?s)?(?![a-z])", " ", low)
    said = " ".join(re.sub(r"[,，.。!！~～?？]", " ", low).split())
    said = re.sub(r"^(\S{1,6}?) \1(?=\S| |$)", r"\1", said)  # "三个 三个就得了您呐": the number said twice
    match = _NUMBER_ANSWER.fullmatch(said)
    if match is None:
        return None
    n = number_of(match.group("n"))
    if not n or n > 12:
        return None
    return f"add {n} {size} {color} {shape}" if n > 1 else add


_NUMBER_ANSWER = re.compile(
    r"(?:(?:ok|okay|u+m+|u+h+|h+m+|e+r+m*|just|only|maybe|let'?s say|say|make it|i want|i'?d like|give me|draw|add|lets do|let'?s do|"
    r"嗯|那|就|要|来|画|给我|我要|那就|大概)\s*)*"
    r"(?P<n>\d{1,2}|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|十[一二]?|[一两二三四五六七八九])"
    r"\s*(?:个|颗|只|of them|ones?)?\s*(?:(?:please|pls|plz|thanks|thx|thank you|then|is fine|will do|is enough|"
    r"i guess|i think|i suppose|lah|lor|la|leh|ah|ba|呗|就得了|得了|您呐|您哪|bud|buddy|mate|man|boss|love|dear|"
    r"吧|啦|啊|呀|就行了?|就够了?|就好了?|好了|可以了?|请|谢谢|就可以了?)\s*)*")


def _how_many_question(named: dict, lang: str) -> str:
    """"How many red stars would you like?" / "你想要几个红色的星形？" of the colour (if any) and shape ``named``."""
    mod = phrasing_zh if lang == "zh" else phrasing_en
    return mod.REPLIES[("no_number", "ok")].format(what=mod.count_name(named, 2))


def propose(before: Scene, edit: str, lang: str, focus: int | None = None, asked: str | None = None) -> str:
    """The world's question offering ``edit`` on ``before`` (``focus`` is what "it" names,
    ``asked`` the operation a "pick" completes), naming objects as the world names them and
    stating no place, so it claims nothing about the picture: "Do you want me to add a large
    orange hexagon?", "你是想让我把红色大圆形改成蓝色吗？". ``undo``/``redo`` offer themselves."""
    en = lang == "en"
    if edit in ("undo", "redo"):
        what = {"undo": ("undo the last change", "撤销上一步"), "redo": ("redo the change", "重做这一步")}[edit]
    else:
        try:
            ops = parse_edit(edit)
        except EditError:
            ops = []
        if ops and ops[0].verb == "pick" and asked:
            [op] = parse_edit(asked)
            ops = [replace(op, obj=describe({**fields_of(op.obj), **fields_of(ops[0].obj)}))]
        phrases, scene = [], before
        for op in ops:
            phrases.append(_phrase(lang, scene, op, focus))
            try:
                done = apply_edit(scene, [op], focus)
            except EditError:
                break
            scene, focus = done.scene, done.focus
        phrases = [p for p in phrases if p]
        what = (" and ".join(phrases), "，再".join(phrases)) if phrases else ("change the picture", "修改画面")
    return f"Do you want me to {what[0]}?" if en else f"你是想让我{what[1]}吗？"
