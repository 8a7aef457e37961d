"""How people type, written the way the model reads: polite frames, chat shorthand, Cantonese words.

The world's dialogues say "please draw a red circle"; people also say "Would you be so kind as to draw
a crimson disc?", "rm the sq", "can u make a reeeally big circle", "畀我喺左上角畫個啡色嘅圓圈" (Cantonese:
give me a brown circle at the top left). ``plainly`` writes each of these in the words the world uses,
on text already casefolded and in simplified characters (``normalize.normalize_message`` calls it):

- a polite frame around a request is "please" ("would you be so kind as to", "could I trouble you
  for", "I wonder whether you might"); a greeting, thanks or praise before such a request is dropped,
  and an apology's long form ("I do beg your pardon") is "sorry";
- chat shorthand is its word ("sq": square, "rm": remove, "mv": move, "em": them, "+": and), and a
  letter held down is the word it stretches where the world knows that word ("reeeally": really);
- "the new one", "the copy", "刚加的那个" (the one just added) is "it", "它";
- Cantonese words are their Mandarin ones (喺 在, 畀 给, 嘅 的, 佢哋 它们, 啡色 棕色, 细 小, 啲 点, 边个
  哪个, 咩 什么, 摆喺 放在, 一粒 一个, 噉 那; 老细, the boss, is no 小), colloquial 啥 is 什么, 改回 (change back to)
  a colour is 改成 it, and written 移至 is 移到;
- written, formal Chinese is plain (烦请 请, 绘画 画, 位于右方之图形 在右方的图形, 为何种颜色 是什么颜色), and so are
  regional Mandarin words (northern 整 and 搁, southwestern 搞 and 要得不, 只 of a shape is 个);
- who is typing, who it is for, the children or the machine spoken to, and a day at work ("coach Denis here", "for
  the missus", "小朋友们", "电脑，", "on my break") are no part of the request.

Nothing else is touched: a message in the world's own words comes back as it was (tested on the world's
dialogues; only its 啥 becomes 什么).
"""
from __future__ import annotations

import re

from ..world import known_words_en
from ..world.dictionary import trained_name_of

# English, in order: each (pattern, replacement) on casefolded text.
_REQUEST = r"(?=(?:would|could|can|will|might|may|please|kindly|i wonder|i was wondering|i'd|i would)\b)"
_POLITE_EN = [
    (r"^(?:good (?:morning|afternoon|evening|day)|hello|hi there|hey there|hi|hey)[,.!]+\s+" + _REQUEST, ""),
    (r"^(?:thank you(?: (?:ever so|so|very) much)?|thanks(?: a lot)?|how lovely|lovely|perfect|wonderful|"
     r"excellent|great|awesome)[,.!]+\s+" + _REQUEST, ""),
    (r"\b(?:i (?:do )?beg your pardon|pardon me|my apologies|apologies|excuse me|my bad)\b", "sorry"),
    (r"\boh dear\b[,!]*\s*", ""),
    (r"\b(?:would|could|will|can) you (?:please )?(?:be so kind as to|kindly|possibly|perhaps)\b", "please"),
    (r"\bkindly\b", "please"),
    (r"\bi (?:wonder|was wondering|wondered) (?:whether|if) you (?:might|could|would|can)\b", "please"),
    (r"\b(?:might|may|could|can) i (also )?(?:trouble you for|ask you for|have|get|request)\b", r"please \1add"),
    (r"[,\s]*\bif you (?:would be so kind|don'?t mind(?: my asking)?|please|would|could|will)\b", ""),
    (r"[,\s]*\b(?:may i ask|if i may)\b", ""),
    (r"[,\s]*\bif (?:it'?s|it is) (?:no|not too much) (?:trouble|bother)(?: (?:to|for) you)?(?: at all)?\b", ""),
    (r"^(?:hi|hello|hey)[,!.\s]+(?=[\u3400-\u9fff])", ""),
    (r"^right[,.!]+\s+(?=[a-z])", ""),  # "right, let's start with ...": no side  # "hi 可以帮我画一个 teal 的 hexagon 吗"
    (r"[,\s]*\bthere'?s a (?:good )?(?:lad|lass|dear|love|boy|girl|chap)\b", ""),
    (r",\s*(?:for me,?\s*)?(?:would|will|could) you,\s*", " "),  # "put two squares on the page for me, would you, one ..."
    (r"\s+(?:can|can or not|or not|can not|cannot)\s*\?*\s*$", ""),  # "change it to 三角形 can?": a request
    (r"^(?:(?:hi|hey|hello|ok|okay|hmm+|um+|uh+|so|and|then|oh|ah)[,!.]?\s+)?(?:can|could)\s+(?:help me\s+)?(?=(?:draw|add|put|place|make|change|move|turn|"
     r"remove|delete|give)\b)", "please "),  # "can draw one ...?", "hi can draw 一个 red star ... 吗"
    (r"^(please .*?)\s*吗\s*\W*$", r"\1"),  # "please draw 一个 red star at top left ... 吗": a request
    (r"\b(?:delete|remove|erase)\s*(?:掉|了)", "删掉"),  # "其他都 delete 掉"
    # Removal in words the world never says: "ditch both squares", "scrap the circle", "nuke it".
    (r"\b(?:ditch|scrap|trash|nuke|axe|yeet|zap|dump|kill|toss|bin)\s+(?=(?:the|it|that|this|both|all|them|those|these|every|em|my)\b)",
     "remove "),
    (r"\b(small|big|tiny|large|little)\s+\1\b", r"\1"),  # "make small small lah": reduplicated for stress
    # Adding in everyday words: "throw in 2 green ones", "pop a scarlet ball in the middle", "bung in a star".
    (r"\b(?:chuck|toss|bung|pop|stick|plonk|whack|slap)\s+in\b", "add"),
    (r"(?:^|(?<=[.!?,] ))((?:(?:ok|okay|alright|now|then|and|so)[,\s]+)*)(?:pop|plonk|whack|slap|bung|chuck)\b"
     r"(?=\s+(?:a|an|one|two|three|\d)\b)", r"\1put"),
    (r"\b(?:ngl|tbh|imo|imho|lol|lmao)\b[,\s]*", ""),  # chat asides
    (r",\s*(?:love|dear|darling|mate|pal|hun|hon|sweetie|sweetheart|my dear|luv|good man|my man|boss|sir|madam|"
     r"ma'am|pet|hen|son|lad|kid|buddy|bro)(?=\s*[?!.]*\s*$)", ""),  # "..., love?", "..., good man"
    (r"\s+for (?:my|our|the) (?:art |maths |math |school |little |wee |baby )?(?:pupils|students|class|kids|children|son|daughter|grandson|granddaughter|team|boss|"
     r"presentation|project|homework|lesson|mum|mom|dad|missus|missis|wife|hubby|husband|girlfriend|boyfriend|partner|"
     r"baby|toddler|one|nan|nana|gran|granny|grandma|grandpa|grandkids|niece|nephew|sister|brother|sis|family|"
     r"slides?|poster|card|website|assignment)\b", ""),  # who it is for: "... in the top left corner for my pupils", "for the missus"
    # Who is typing ("hey there, coach Denis here 👋 can ya ...", "it's nana here. ..."): no part of the request.
    (r"(?:^|(?<=[,.!] ))(?:it'?s |this is )?(?:(?:coach|mr|mrs|ms|miss|dr|uncle|auntie|aunty|aunt|teacher|nana|nan|"
     r"grandpa|grandma|granny|papa|mama|mum|mom|dad|daddy|mommy|mummy) )?(?!(?:right|over|up|down|just|it|one|them|that|"
     r"this|in|out|on|put|place|move|draw|add|and|then|now|go|come|stay|star|circle|square|one)\b)[a-z]+ here\b[,.!]*\s*"
     r"(?=(?:can|could|would|will|please|pls|plz|i|ok|okay|so|just|draw|add|put|make)\b)", ""),
    (r"\b([a-z]+)'s\s+(?=(?:fine|ok|okay|good|great|better|alright|all right|perfect|better)\b)", r"\1 is "),  # "yellow's fine"
    # The people spoken to ("lets draw 2 blue circles boys and girls", "ok kids, ..."): no part of the request.
    (r"[,\s]+(?:boys and girls|kids|kiddos|guys|you guys|everyone|everybody|children|class|folks|y'all)(?=\s*[?!.,]|\s*$)", ""),
    (r"^((?:ok|okay|right|alright|now|so)[,!.]?\s+)?(?:boys and girls|kids|kiddos|guys|everyone|children|class)[,!.]+\s*",
     r"\1"),
    # What someone else wants, named in a kind and no number, before the request itself: "ok kiddos want stars!! can
    # you put three yellow stars please" asks for three.
    (r"^(?:(?:ok|okay|so|right)[,!.]?\s+)?(?:the |my |our )?(?:kids|kiddos|children|class|students|pupils|son|daughter|"
     r"grandson|granddaughter|boss|he|she|they)\s+(?:wants?|would like|loves?|likes?|asked for|asks for)\s+(?:[a-z]+\s+)?"
     r"[a-z]+s\s*[!.]+\s*(?=\S)", ""),
    # A sigh or a cry before the message ("ach I'd rather it was a triangle", "aiya wrong colour, ..."), and the
    # particle "o" of Nigerian English ("sorry o, not left"): no part of the request.
    (r"^(?:ach|och|aiya|aiyah|aiyo|aiyoh|alamak|walao|haiz|haih|eh|eish)\b[,!.\s]*(?=\S)", ""),
    (r"(?<=[a-z]) go (?=(?:[\u4e00-\u9fff]|the |top|bottom|left|right|cent|middle))", " to "),  # "move circle go 中间"
    (r"\b(sorry|please|ok|okay|thanks|yes|no|abeg|oya) o\b", r"\1"),
    (r"\s+(?:ar|ah|hor|meh|wor|lah|la|lor|leh)(?=\s*[?？]+\s*$)", ""),  # a question's particle: "邊個 higher ar?"
    (r"^g'?day\b[,!.\s]*(?:mate\b[,!.\s]*)?", ""),  # "gday mate, chuck a big scarlet ball ..." (no "gray")
    (r"\s+(?:bredda|bruv|blud|fam|mate|bro)(?=\s*[,!.])", ""),  # "nah sorry bredda, ...": the one spoken to
    (r"\b(?:i|mi) did mean\b", "i meant"),  # Jamaican "mi did mean orange"
    (r"^an (?=(?:a|an|one|two|three|\d)\b)", "and "),  # "an a single grey diamond too": and
    (r"[,\s]+that'?ll do\b[!.]*", ""),  # "..., that'll do"
    (r"\b(would|could|will|can) ya\b", r"\1 you"),
    # A number and a kind with no verb, after "then" ("then 两个 yellow diamonds please"): an add.
    (r"^((?:ok |okay |then |and |now |and then |plus |also )+)(?=[一两三四五六七八九十\d]+\s*个\s*[a-z])", r"\1add "),
    # What the listener would do, asked after an opinion of the change ("On reflection I'd prefer it as a triangle. Can
    # you do that?"): the change.
    (r"(?<=[.!] )(?:so )?(?:can|could|would|will) you (?:please )?do (?:that|it|this)(?: for me)?(?: please)?\s*\?*\s*$", "please change it."),
    (r"\b(?:let'?s|we'?ll|we will) (?:count|learn|practi[cs]e|say) (?:it |them )?in english(?: together)?\b[~!.,]*\s*", ""),
    (r"\b(?:i'?d|i would|i) (?:prefer|like|rather have|want) (it|that|this|them) as (an? [a-z]+)[.!]?\s*(?:please )?"
     r"(?:change it|do that)\b[.!?]*", r"please make \1 \2."),  # "I'd prefer it as a triangle. Can you do that?"
    (r"(?:^|(?<=[,.!] ))(?:actually,? )?on (?:second )?reflection\b,?\s*", ""),
    (r"^let'?s (?:try|do|see|start with) [^:.!?]{0,40}:\s*(?=\S)", ""),  # "Let's try several jobs in one message: ..."
    (r"\b(chang(?:e|ing)|switch(?:ing)?|swap(?:ping)?) (it|that|this|them) over\b", r"\1 \2"),  # "can ya change it over"
    # A picture described, not asked for ("Let there be a crimson disc sitting right in the middle of the page.", "Then,
    # far off in the upper right corner, a tiny navy star, like a lonely sentry."): the request it is.
    (r"^let there be\b", "put"), (r"^(?:could|can|would|will) there be\b", "please put"),
    (r"\b(?:sitting|sat|placed|resting|floating|standing|hanging) (?=(?:right |just |all alone |alone )?(?:in|at|on|near)\b)", ""),
    (r"\b(?:far off|way off|far away|way out) (?=in the (?:upper|lower|top|bottom|far)\b)", ""),
    (r"\s+of the (?:page|screen|paper|slide|frame)\b", ""),
    (r",\s*like (?:a |an |the |little |some |two |three |tiny |big )?[a-z' ]{2,30}?(?=\s*(?:,|\.|!|\?|$))", ""),  # a simile
    # Why, how it feels, and what it is for, said beside the request ("pink feels safe", "something softer", "for slide
    # four", "while the pasta's on", "I will be counting them.", "That should make five in total."): no part of it.
    (r"(?:^|(?<=[.!?,] ))(?!(?:it|that|this|they|those|these) )(?:[a-z]+ )?(?:feels?|seems?) (?:so |more |a bit |really |much |too )?(?:safe|calm|calmer|nicer|right|"
     r"good|warm|warmer|cozy|cosy|soft|softer|happy|happier|peaceful|friendly|sharp|harsh|cold)(?: today| now| to me)?"
     r"(?=\s*[.!?,]|\s*$)", ""),
    (r"(?:^|(?<=[.!?] ))something (?:softer|nicer|calmer|rounder|warmer|simpler|gentler)[.!]*", ""),
    (r"(?:^|\s+)for (?:slide|page|part|step|lesson|chapter|question|section) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b,?",
     ""),
    (r"(?<!\bask)(?<!\basked)(?<!\basking)(?<!\bwent)(?<!\bgo)(?<!\bopted)(?<!\blooking)(?<!\bhoping)(?<!\bmeant)"
     r"\s+for (?!me\b|us\b|you\b|it\b|them\b|now\b|the\b|a\b|an\b|my\b|our\b)([a-z]+)\s*(?=[.!]*$)",
     lambda m: m.group() if m.group(1) in known_words_en() or m.group(1) in trained_name_of() else ""),  # "... for Mia"
    (r"(?:^|(?<=[,.!] )|(?<=\bso ))while (?:the |my |i'?m |we'?re )?[a-z' ]{2,30}?,\s*", ""),  # "while the pasta's on, draw ..."
    (r"(?:^|(?<=[.!?] ))i(?:'ll| will| am going to|'m going to) (?:be )?count(?:ing)? (?:them|it|those)[.!]*", ""),
    (r"(?:^|(?<=[.!?] ))(?:that|this) (?:should|will|would) make (?:it )?[a-z0-9]+(?: (?:shapes|things))?(?: in total| altogether| in all)?[.!]*", ""),
    (r"\bjust so i can [a-z]+[,:]\s*", ""),
    (r"\b(?:at the moment|right now|currently)\b", "now"),
    (r"\ba further (\w+)\b", r"\1 more"),  # "And a further two red diamonds"
    (r"\b(up|down|left|right) by one\b", r"\1 one"),
    # How many things are asked, before the list of them ("Three wee jobs for you, if you've a minute: a brown star ..."):
    # the list says them.
    (r"^(?:(?:ok|okay|right|so|now)[,!.]?\s+)?(?:two|three|four|five|a few|some|a couple of|2|3|4|5) (?:wee |little |quick |small |more )?"
     r"(?:jobs|things|tasks|requests|bits|orders)(?: for you)?[,\s]*(?:if you'?ve (?:got )?a (?:minute|moment|sec|second)[,\s]*)?:\s*", ""),
    # One more of the same, with what differs said as a change of "that one" ("now one more, but make that one lemon
    # yellow and put it at the bottom"): one more, yellow, at the bottom.
    (r"\b(one more|another(?: one)?)\s*,?\s*but (?:make|colou?r|paint) (?:that|this|the new|it)(?: one)?\s+([^,.!?;]+?)"
     r"(?:,?\s*and (?:put|place|stick|pop) (?:it|that one|this one)\s+((?:at|in|on) [^,.!?;]+))?(?=[,.!?;]|$)",
     lambda m: f"{m[1]} but {m[2]}" + (f" and {m[3]}" if m[3] else "")),
    (r"\s+(?:la|lor|leh|hor|wor|meh)[.!~]*$", ""),  # a sentence's particle at its end: "turn 佢 into a 星星 la"
    (r"(?<!the )\bright (?:underneath|under|below|beneath)\b", "directly below"),  # "right underneath it" ("right above": the world's)
    (r"(?:^|(?<=[.!?] ))(?:i )?(?:just )?(?:finished|started|finishing|starting|done with|off) (?:my |the |a )?(?:\w+ )?shift\b[!.,]*\s*", ""),
    # A working day for a reason ("hi sorry long shift. can u put ..."): no shift of an object.
    (r"\b(?:(?:a|my) )?(?:long|night|late|early|double|busy|hard|tough|rough) (?:shift|day|week)\b[!.,]*", ""),
    # A break, and a quick one ("hi, on my break so quick one. put a navy box top left pls"): no part of the request.
    (r"\b(?:i'?m )?(?:on|taking|having) (?:my|a) (?:(?:lunch|coffee|tea|short) )?break\b[,.!]*\s*", ""),
    (r"(?:^|(?<=[,.!] ))(?:so |just )?(?:a )?quick one\b[,.!:]*\s*(?=\S)", ""),
]
_SHORTHAND = {"sq": "square", "sqs": "squares", "sqr": "square", "rm": "remove", "del": "delete", "mv": "move",
                 "tri": "triangle", "tris": "triangles", "circ": "circle", "em": "them", "u": "you", "ur": "your",
                 "k": "ok", "kk": "ok", "lgtm": "ok", "blu": "blue", "wee": "small", "lil": "little", "smol": "small", "w/": "with", "thru": "through",
                 "gimme": "give me", "thn": "then", "tht": "that", "wat": "what", "bigr": "bigger", "biggr": "bigger", "smallr": "smaller", "smllr": "smaller",
                 "nah": "no", "naw": "no", "yuh": "you", "fi": "for"}
_NEW_ONE_EN = r"\bthe (?:new|newest|latest) one\b|\bthe one (?:you )?just (?:added|drew|made|put)\b|\bthe copy\b"
# Chinese, after traditional characters are simplified: Cantonese words, then colloquial Mandarin (patterns: the
# 啡色 of Cantonese is brown, the 咖啡色 of Mandarin is left for the world's words).
_CANTONESE = [("唔该晒", "谢谢"), ("嚟", "来"), ("老细", "老板"), ("唔该", "请"), ("唔要", "不要"), ("唔系", "不是"), ("系咪", "是不是"), ("就系", "就是"), ("唔啱", "不对"),
              ("而家", "现在"), ("呢(?=个|啲|两个|几个|粒)", "这"), ("(?<=[这那呢嗰𠮶哪])粒", "个"), ("(?<![一两二三四五六七八九十\\d])粒(?= ?[a-z])", "那个"), ("(?:^|(?<=[,，。!！ ]))啲(?=(?:[红橙黄绿青蓝紫粉棕灰啡]色的?)?(?:正方形|三角形|六边形|圆形|星形|菱形|星星|圆圈|方块|圆|方形|三角))", "所有"),
              ("(?:^|(?<=[,，。!！ ]))啲(?=[\u4e00-\u9fff])", "那些"),
              ("(?<=delete |remove |change |rotate )个(?= ?[a-z])", "the"), ("(?<=move |make |turn )个(?= ?[a-z])", "the"), ("(?<=[将把])个(?= ?[a-z])", "那个"), ("(?:(?<=[a-z] )|(?<=[就再都]))转(?= ?[a-z])", "变"), ("(?<=[形型星圆圈块])\\s*系(?=[左右上中下正])", "在"), ("(?<=[色大小])既(?!然)", "的"), ("(?:唔系|不是)几(?=好)", "不太"), ("好睇", "好看"),
              ("(?:^|(?<=[,，。!！ ]))系(?!统|列)", "是"), ("细细粒(?:嘅)?", "小小的"), ("(?:(?<=^)|(?<=[,，。;；将把]))个(?=[\u4e00-\u9fff]{0,3}(?:形|圈|星|块|圆))", "那个"),
              ("搬去", "移到"), ("移去(?=[^掉除])", "移到"), ("朱古力", "巧克力"), ("同埋", "和"), ("(?<=[a-z] )同(?= )", "and"), (r"再(?:来)?多\s*(?=[一两二三四五六七八九十\d]+\s*个)", "再来"), ("几多", "多少"), ("ㄉ", "的"), ("[ㄟㄚㄛㄝ]", ""), ("ㄇ", "吗"), ("(?<!圆)圈圈", "圆圈"), ("留返", "留下"), ("得啦", "就行了"), ("啱啱", "刚刚"), ("啱", "对"), ("唔", "不"), ("跟住", "然后"), ("讲紧", "说的是"), ("[𠮶嗰]啲", "那些"), ("[𠮶嗰]", "那"),
              ("边度", "哪里"), ("([画加整放])多(?:一)?个", r"再\1一个"), ("俾", "给"), ("畀", "给"), ("喺", "在"), ("嘅", "的"), ("咗", "了"),
              ("佢哋", "它们"), ("(?<=[转改变换])晒(?=做|成)", ""), ("(?<=全部)(?:都)?晒", ""), ("佢", "它"), ("系咩", "是什么"), ("咩", "什么"), ("(?<![上下左右旁里外那这])边个", "哪个"), ("(?<!咖)啡色", "棕色"),
              ("细细", "小小"), ("细", "小"), ("啲", "点"), ("转做", "改成"), ("([改变换整])做", r"\1成"), ("change 它做", "把它改成"), ("冇", "没有"), ("都系", "都是"),
              ("咁", "那"), ("噉", "那"), ("靓", "好看"), ("摆(?=[在到])", "放"), ("(?<=[再也])压(?=一?个)", "放"), (r"([一两二三四五六七八九十几\d]) ?粒", r"\1个")]
# Colloquial and written Mandarin: 俩 is 两个, 仨 三个, 统统 全部, 搞成 改成; northern 整 (make) is 画 before what it makes
# ("给我整仨红色五角星", "整个翠绿的圆球"; 整个画面, the whole picture, stays) and 整成 is 改成, 搁 is 放, 贼丑 很丑, and
# a greeting or a name for the listener before a request (嘎哈呢, 老铁) is dropped; Sichuan 啥子 is 什么, written 置于 放在; "改回橙色" (change back to orange) is 改成;
# "红红的" is 红色的; 小朋友 (a child, nothing small) is 孩子; written 移至 is 移到, 何处 哪里, 该菱形
# 那个菱形; 接著 is 接着, and the 则 of "六边形则改为灰色" (as for the hexagon) is dropped.
_COLLOQUIAL_ZH = [("^(?:老铁|哥们儿?|兄弟|亲)[,!]+", ""), ("^嘎哈呢?[,!]+", ""), ("啥子", "什么"), ("啥", "什么"), ("仨", "三个"),
                  ("整成", "改成"), ("改画", "画"), ("随便(?:摆|放|画)?(?:哪点|哪里|哪儿|哪)(?:都)?(?:要得|可以|行|好|ok)", ""),
                  ("[,，]\\s*随(?:便)?你(?:摆|放|画)?(?:在)?(?:哪点|哪里|哪儿|哪)?(?:都)?(?:要得|可以|行|好|ok)?(?=[,，。!！~]|$)", ""),
                  ("[,，]\\s*(?:(?:位置|地方)(?:就)?随(?:便|意)(?:放|摆|画)?|随(?:便|意)(?:放|摆|画))(?:吧|啦|就行|就好|都行|都可以)?(?=[,，。!！~]|$)", ""), (r"(?<![把将])整(?=(?:[一两二三四五六七八九十几\d]|好几)?个(?!画面|图|屏|都|儿)|[一两三几])", "画"),
                  ("贼(?=[丑难土怪大小好])", "很"), ("搁(?=[在到])", "放"), ("(?<=再)搁(?=一?个)", "画"),
                  (r"(?<![把将])搞(?=(?:[一两三四五六七八九十几\d]|好几)?[个只])", "画"), (r"(?<=[一两二三四五六七八九十几\d])只(?=[^,，。!！?？]{0,6}(?:形|星|圆|块|圈|东西))", "个"),
                  ("[,，]?\\s*(?:要得不|行不行|可以不|好不好|行不|好不|可不可以)[?？]*$", ""),  # "..., 搞成菱形要得不？": a request
                  ("(?<=[形星圆圈块])就(?=[整弄变调缩放])", ""),  # "星星就整细啲": as for the star, make it small
                  ("(?<=[形星圆圈块])(?:整|弄|搞)(?=[小大])", "变"),
                  # A picture described ("我想看到画面正中间有一个大红色的圆球，像太阳一样暖暖的"), what it is for ("图个吉利"),
                  # and who the objects stand for ("阿公有三个孙子，就画三个..."): the request it is.
                  ("[,，]\\s*像[^,，。!！?？]{1,14}$", ""), ("[,，]\\s*图个[^,，。!！?？]{1,4}$", ""),
                  ("^我想(?:看到|看见|要)(?:画面|画里|画布)?([^,，。!！有]{0,6})有(?=[一两二三四五六七八九十\\d]个)", "在\\1画"),
                  ("画纸", "画面"),
                  ("^[^,，。!！]{0,8}有[一两二三四五六七八九十\\d]个[^,，。!！形星圆圈块]{1,6}[,，]\\s*(?:所以|那)?(?:就)?(?=画|再|加|来)", ""),
                  ("^还有[一两二三四五六七八九十\\d]个[^,，。!！形星圆圈块]{1,6}[,，]\\s*(?=再)", ""),
                  ("[一两二三四五六七八九十\\d]+(?:个|样)东西[:：]\\s*", ""),  # "我想要三个东西：一个黄色的星星，..."
                  ("[,，]\\s*(?:[^,，。!！]{1,4})?先?空着(?:吧)?[。!！]*$", ""),  # "..., 中间先空着"
                  ("统一(?=改|变|换|涂)", "都"), ("(?<=[左右上下])边儿", "边"),
                  ("(?:不使|不用)那(?:么)?多[,，]\\s*", ""), ("留(?:下)?([一两二三四五六七八九十\\d]+)个就(?:够|好|行|可以)", "要\\1个就行"),
                  ("(?<=[形星圆圈块])改(?=[^成为\\s,，。]{1,3}(?:形|星|圆|块|圈))", "改成"),  # "六角形改菱形"
                  ("还是(?=放在|放到|在[^,，。]{0,6}[左右上下]边)", ""),  # "..., 还是放在正方形右边": still there
                  ("搁(?=[左右上下中旁])", "放在"),
                  # Written, formal Chinese ("煩請繪製兩個綠色三角形及一個紅色圓形", "位於右方之圖形為何種顏色"): plain words.
                  ("^(?:敬请告知|请问一下|烦请告知)[,，:：]?\\s*", "请问"), ("烦请|敬请|恳请", "请"), ("绘画|描绘", "画"), ("位于([^,，。之]{1,4})之", "在\\1的"),
                  ("(?<=[形色星圆块])及(?=[一两二三四五六七八九十\\d])", "和"), ("并于", "再在"), ("(?<=[请再])于(?=[左右上下中])", "在"),
                  ("(?<=[方边角间])之(?=[\u4e00-\u9fff]{0,4}(?:图形|形状|东西))", "的"), ("为何种颜色", "是什么颜色"), ("为何种形状", "是什么形状"),
                  ("^经(?:过)?(?:考虑|思考|再三考虑)(?:后|之后)?[,，]\\s*", ""), ("(?<=[形星块圈])均(?=改|变|换|涂)", "都"),
                  ("中央位置", "中间"), ("便可|即可", "就可以"),
                  ("置于", "放在"), ("放(?=它[左右上下](?:边|面))", "放在"), ("(?<![一])另(?=[画加添放])", "再"), ("俩", "两个"), ("统统", "全部"), ("搞成", "改成"), ("set 做", "改成"), ("小朋友", "孩子"), ("伢", "孩子"),
                  (r"([红黄绿蓝紫粉灰])\1的", r"\1色的"), ("何处", "哪里"), ("现时", "现在"),
                  ("该(?=[菱星圆方六三正])", "那个"), (r"([改变换])回(?=[^,，。.!！?？ ]{0,3}色)", r"\1成"), ("移至", "移到"), ("接著", "接着"),
                  ("(?<=[形星圆])则", ""),
                  # A change of mind said before the new request ("宝宝又改主意了，想把圆圈变成星星"): the request says it.
                  ("^[^,，。!！]{0,4}?(?:又|突然)?改(?:变)?了?主意了?[,，。!！~]+(?=\\S)", ""),
                  ("到底(?=是|有|什么|怎么|为什么|多少|几|哪|在哪)", ""),
                  ("(?<=底部|下方|底下|下边|顶部|上方|顶上|上边)中间", ""),  # "底部中间": the bottom's middle, the bottom
                  ("方方正正(?:的)?", "方的"), ("(?:忙着呢|长话短说|赶时间|说重点)[,，。!！ ]*", ""),
                  ("(?<=[它的])上头", "上面"),
                  # Objects no longer wanted, then "delete them" ("啲星星我唔要喇 刪咗佢哋"): all of them removed.
                  ("(?:那些|这些|所有的?)([^,，。!！我]{1,8}?)我?都?不要(?:了|喇|啦|咯)?(?:[,，\\s]\\s*(?:删|去)(?:了|掉)*它们)?(?=[,，。!！~]|$)",
                   "删掉所有的\\1"),
                  # Those of a kind, all of them ("那些圆形全部换黄色的咯"; 那些 alone is "them").
                  ("(?:那些|这些)(?=(?:[红橙黄绿青蓝紫粉棕灰]色的?)?(?:正方形|三角形|六边形|圆形|星形|菱形|星星|圆圈|方块|方形)(?:都|全))", "所有"),
                  # What to keep, said after a removal ("delete 所有的 circles, 留下 square 就好"): only that one stays.
                  ("([,，]\\s*)留下([^,，。!！]+?)\\s*就(?:好|行|可以|够了)", "\\1只留下\\2"),
                  ("缩成", "变成"), ("\\b(small|large|tiny|huge|big) ?size\\b", "\\1"),
                  # One of several and its place, then the next without a comma ("一个在左上角一个在右下角").
                  ("(一个在[^,，。!！一]{1,4}[角边间方])(?=一个(?:在|放))", "\\1,"),
                  # A change said as an opinion, and nothing asked after it ("個 triangle 我覺得做 circle 會靚啲"): the change.
                  ("(?:我)?(?:觉得|感觉)(它)?(?:做成|做|变成|改成|换成|变)\\s*([^,，。!！]{1,12}?)\\s*(?:会|应该)?(?:比较|更|就)?"
                   "(?:好看|漂亮|可爱|顺眼|整齐|舒服)(?:点|一点|些|好多|多了)?(?:[,，]\\s*(?:reshape|change|改|换)[^,，。!！]{0,6})?[!！~。]*$",
                   "\\1改成\\2"),
                  # What someone else said, before the request it leads to ("小美说她比较喜欢星星，那我们把这个正方形变成星星好了"):
                  # the request says it. The user's own "我说" is a correction, and stays.
                  ("^(?![我你])[^,，。!！我]{1,6}说[^,，。!！]*[,，]\\s*那?(?:我们|咱们)?(?=把|就|画|来|再|给)", ""),
                  ("^(?:电脑|小电脑|机器人|助手)[,，!！]\\s*", ""),  # the machine spoken to
                  ("^(?:孩子们|小朋友们|同学们|大家)[,，!！~]*\\s*(?=\\S)", ""),  # the children spoken to
                  ("[。!！]?\\s*(?:孩子|宝宝|小朋友|她|他|我女儿|我儿子)(?:们)?(?:最|很|超)?(?:喜欢|爱)(?:了|的|啦)?[。!！~]*$", ""),
                  # "还有一个浅绿色的钻石,放右边就好": one more, drawn, at the place said.
                  ("^还有(?=一个)(?![^,，。!！]*[画加添来整弄])", "再画"),
                  ("([,，]\\s*)放(?:在)?([左右上下中][^,，。!！]{0,3}?)(?:就好|就行|就可以|吧)(?=[,，。!！~]|$)", "\\1放在\\2"),
                  # "再一个深蓝色的圆球放右边": one more, its verb unsaid, is drawn.
                  ("(?:^|(?<=[,，。!！ ]))再(?=(?:[一两二三四五六七八九十\\d]|几)个[^,，。!！画加添来整弄]*[放摆][左右上下中])", "再画"),
                  # A cry and a remark after the request ("..., 嘿，对仗工整！"): no part of it.
                  ("[,，]\\s*(?:嘿嘿?|哈哈*|嘻嘻|哇塞?)[,，!！]\\s*[^,，。!！?？a-z0-9]{2,8}[!！~。]*$", ""),
                  ("([大小])点儿", r"\1一点"), ("(?<=[圈块角形星球])儿", ""), ("您受累[,，]?|[,，]?齐活[!！。]?", ""),
                  ("玩意儿?", "东西"), ("(?:要)?不然(?=[^,，。!！]{0,4}色)", "就"), ("这会儿", "现在"), ("您?给数数", "数一下"), ("(?<=[它的])下头", "下面"), ("^要得[,，!！]*", "好,"),
                  # Who taught the user, and the internet's greetings ("乖孫教我用這個，", "家人们谁懂啊", "谢谢宝"): no request.
                  ("^[^,，。!！ ]*教我[^,，。!！ ]*[,，。!！ ]+\\s*(?=\\S)", ""),
                  ("^(?:家人们|姐妹们|兄弟们|宝子们|朋友们|集美们)[,，!！~ ]*(?:谁懂啊?|救命啊?|绝了)?[,，!！。~ ]*", ""),
                  ("谢谢宝(?:宝|子)?", "谢谢"),  # "五角星到底是什么颜色": on earth, not the bottom
                  # Why, after the request ("..., 他最喜欢金色"), and an aside on the screen ("我这屏幕有点偏色").
                  ("[,，]\\s*(?:他|她|孩子|宝宝|我儿子|我女儿|我孙子|我孙女)(?:最|很|特别)?(?:喜欢|爱)[^,，。!！?？]*$", ""),
                  ("(?<=[,，。!！?？])\\s*(?:我这|我的)?(?:屏幕|手机|电脑|显示器)[^,，。!！?？]*$", ""),
                  # What is not wanted, before what is ("不要粉的，要红的", "不要大的，改成小的"): the want says it.
                  ("(?:^|(?<=[,，。!！ ]))不要(?!了)[^,，。!！]{1,4}?的?[,，]\\s*(?=(?:我)?(?:要|改成|换成|变成))", ""),
                  # What is not wanted, after what is ("要棕色的，不要粉的"): the want says it.
                  ("(要[^,，。!！]{1,8})[,，]\\s*不要(?!了)[^,，。!！]{1,4}?的?(?=\\s*[,，。!！~]?\\s*$)", r"\1")]
_NEW_ONE_ZH = r"(?:刚才?|新)(?:加|画|添|放|来)?的?那个"
# A thing named, then removed as "it": "square delete 咗佢" (Cantonese: delete it, the square) removes the square.
_TOPIC_REMOVED = re.compile(r"(?:(?<![一两二三四五六七八九十\d])个 *)?\b([a-z]+) +(?:就 *)?(?:delete|remove|erase|删掉?|去掉) *(?:了|掉)? *它(?![们\w])")
# The same in Chinese: "三角形就删咗佢" (as for the triangle, delete it) removes the triangle.
_TOPIC_REMOVED_ZH = re.compile(r"(?<![把将])((?:[红橙黄绿青蓝紫粉棕灰]色的?)?(?:正方形|三角形|六边形|圆形|星形|菱形|星星|圆圈|方块))"
                               r"就(?:删|去)(?:掉|了)*它(?![们\w])")

_RULES_EN = [(re.compile(p), r) for p, r in _POLITE_EN]
# Only shorthand the world's own words lack: "tri", "u" and "pls" are words of the world's dialogues already.
# "rm" is among the world's known words only as the name of a template slot ("{v_rm}"), never said to the model.
_SHORTHAND_EN = {short: word for short, word in _SHORTHAND.items() if short not in known_words_en() or short == "rm"}
_SHORTHAND_WORD = re.compile(r"(?<![\w'])(" + "|".join(re.escape(w) for w in sorted(_SHORTHAND_EN, key=len, reverse=True))
                             + r")(?![\w'])")
_PLUS = re.compile(r"(?<=\w) *\+ *(?=[a-z])")
_CJK = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[a-z]+")
_HELD = re.compile(r"([a-z])\1{2,}")


def _unstretched(match: re.Match) -> str:
    """A word with a letter held down ("reeeally", "biiig") as the known word it stretches, else as typed."""
    word = match.group()
    if not _HELD.search(word):
        return word
    for times in (2, 1):
        short = _HELD.sub(lambda m: m.group(1) * times, word)
        if short in known_words_en():
            return short
    return word


def plainly(text: str) -> str:
    """``text`` (casefolded, simplified) with polite frames, chat shorthand, "the new one" and Cantonese
    words written in the world's words (see the module's docstring)."""
    if re.search(r"[a-z]", text):
        for pattern, replacement in _RULES_EN:
            text = pattern.sub(replacement, text)
        text = _SHORTHAND_WORD.sub(lambda m: _SHORTHAND_EN[m.group(1)], text)
        text = _PLUS.sub(" and ", text)
        text = _WORD.sub(_unstretched, text)
        text = re.sub(_NEW_ONE_EN, "it", text)
    if _CJK.search(text):
        for word, meant in (*_CANTONESE, *_COLLOQUIAL_ZH):
            text = re.sub(word, meant, text)
        text = re.sub(_NEW_ONE_ZH, "它", text)
        text = _TOPIC_REMOVED.sub(r"remove the \1", text)
        text = _TOPIC_REMOVED_ZH.sub(r"删掉\1", text)
        text = _SPACE_BETWEEN_STEPS.sub(_comma_between_steps, text)
    return " ".join(text.split())


# A space typed for a comma between two Chinese instructions, each with a verb of its own: "左上角画个橙色的菱形 右下角
# 画个灰色的星星" is "左上角画个橙色的菱形,右下角画个灰色的星星" (the comma NFKC makes of "，").
_SPACE_BETWEEN_STEPS = re.compile(r"(?<=[\u3400-\u9fff]) +(?=[\u3400-\u9fff])")
_LISTED_ITEM = re.compile(r"(?:[左右上下]|中间|正中|角|边|下方|上方)*[一两二三四五六七八九十\d]个")  # "右上角一个紫色菱形"
_STEP_VERB = re.compile(r"[画加放添来整弄删移挪改换变涂染缩拿]|不要|去掉")
_REQUEST_ZH = re.compile(r"可以|可不可以|能不能|能否|你能|帮我|请|麻烦")


def _comma_between_steps(match: re.Match) -> str:
    text, at = match.string, match.start()
    before = re.split(r"[\s,，。;；!！?？]", text[:at])[-1]
    after = re.split(r"[\s,，。;；!！?？]", text[match.end():])[0]
    steps = len(before) >= 4 and len(after) >= 4 and _STEP_VERB.search(before) and _STEP_VERB.search(after)
    steps = steps or len(before) >= 3 and after.startswith("再") and len(after) >= 4 and _STEP_VERB.search(after)
    listed = len(before) >= 3 and _LISTED_ITEM.match(after) and re.search(r"个", before)  # "画一个黄色六边形 一个粉红色圆形"
    asked = len(before) >= 3 and _REQUEST_ZH.match(after) and _STEP_VERB.search(after)  # "圆的好像怪怪的 可以把它改成星形吗"
    return "," if steps or listed or asked else " "
