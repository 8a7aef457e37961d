"""A blind probe of dialogan.Chat: dialogues never trained on, scored like the acceptance set.

How it was written: by hand, in the way people type (British and American spelling, colour
and shape synonyms, typos, emoji, no punctuation, traditional Chinese, English and Chinese in
one message), before any of these messages was sent to the model and without reading the
world's dialogue generator or its wording (world/phrasing_en.py, world/phrasing_zh.py,
world/dialogue/, tests/world/). Its sources were the README (what the world can draw, its
placement rules, the edit grammar) and the acceptance scorer ../shared/acceptance/check.py.
Keep it out of training data and out of the generator's phrase lists: once trained on, it no
longer measures anything. A case may change only when it is wrong under the world's own rules.

Same shape as the acceptance CASES: object spec "[small|large] color shape [@region]"; a size
or region left out is not checked (the user did not ask for one); relations (i, rel, j) on the
final objects; per-turn checks keyed by turn index ("unchanged", "n_objects", "reply_any",
"reply_all", "reply_nonempty"). Each case has an unambiguous right answer under the README's
rules: an object placed without a region takes the first free one of center, top-left, top,
top-right, left, right, bottom-left, bottom, bottom-right; a correction replaces what it
corrects; a question changes nothing; a colour the world does not have changes nothing and the
reply asks back.

Two limits of the scorer shape how cases are written:
- ``match_final`` assigns specs to objects greedily in spec order, looking at the region only
  after assigning, so specs with a size come before unsized ones of the same colour and shape,
  and identical objects at named places are listed in reading order (top-left, top, top-right,
  left, ...), the order a person names them in and the world adds them in.
- Reply checks are substrings, so a question's check names a word only the right answer says
  (the colour of the object asked about, "yes"); Chinese yes/no questions are not asked,
  because "不是"/"不对" contain "是"/"对".

Ids are ``LANG-probe-NN`` with LANG one of en (English), zhs (simplified Chinese), zht
(traditional Chinese), mix (English and Chinese mixed); ``cat`` is the kind of dialogue.
"""

LANGUAGES = ("en", "zhs", "zht", "mix")
KINDS = ("synonyms", "numbers", "multi", "correction", "plural", "reshape", "question", "typo", "unknown")
ASKS_BACK = ["?", "？"]


def C(cid, turns, final, rel=(), checks=None, cat="edit"):
    return dict(id=cid, turns=list(turns), final=list(final), rel=[list(r) for r in rel],
                checks={str(k): v for k, v in (checks or {}).items()}, cat=cat)


def language_of(case) -> str:
    """The language group of a case, from its id: en, zhs, zht or mix."""
    return case["id"].split("-probe-")[0]


def _q(reply_any):
    """A question: the picture stays as it was and the reply holds the fact."""
    return {"unchanged": True, "reply_any": reply_any}


def _unknown(n_objects):
    """A request the world cannot draw: nothing changes and the reply asks back."""
    return {"unchanged": True, "n_objects": n_objects, "reply_any": ASKS_BACK}


CASES = [
    # English.
    C("en-probe-01", ["can you draw a crimson disc up in the top left corner", "and a tiny navy box dead centre"],
      ["red circle @top-left", "small blue square @center"], cat="synonyms"),
    C("en-probe-02", ["Put a huge teal rhombus in the lower right.", "Now a lilac hexagon on the left-hand side",
                      "and a silver dot at the very top"],
      ["large cyan diamond @bottom-right", "purple hexagon @left", "gray circle @top"], cat="synonyms"),
    C("en-probe-03", ["3 squares please: red, green and blue"], ["red square", "green square", "blue square"],
      checks={0: {"n_objects": 3}}, cat="numbers"),
    C("en-probe-04", ["put a big purple hexagon in the middle", "now two little yellow stars, one on each side of it"],
      ["large purple hexagon @center", "small yellow star @left", "small yellow star @right"],
      checks={1: {"n_objects": 3}}, cat="numbers"),
    C("en-probe-05", ["draw a blue star and a red square", "make the star green and delete the square"],
      ["green star"], checks={1: {"n_objects": 1}}, cat="multi"),
    C("en-probe-06", ["put a pink circle top left and an orange triangle bottom right",
                      "move the circle to the middle, then make the triangle small"],
      ["pink circle @center", "small orange triangle @bottom-right"], cat="multi"),
    C("en-probe-07", ["draw a red circle", "no, a triangle"], ["red triangle @center"],
      checks={1: {"n_objects": 1}}, cat="correction"),
    C("en-probe-08", ["draw a green circle in the center", "add a blue square on the left",
                      "no no, I said green, not blue"],
      ["green circle @center", "green square @left"], checks={2: {"n_objects": 2}}, cat="correction"),
    C("en-probe-09", ["draw a red circle and a blue square", "make both of them yellow"],
      ["yellow circle", "yellow square"], checks={1: {"n_objects": 2}}, cat="plural"),
    C("en-probe-10", ["draw three circles, a red, a blue and a green one, and a yellow square",
                      "make all the circles grey"],
      ["gray circle", "gray circle", "gray circle", "yellow square"], checks={0: {"n_objects": 4}}, cat="plural"),
    C("en-probe-11", ["draw a small green circle on the left and a large green circle on the right",
                      "make the small one pink", "now the other one too"],
      ["small pink circle @left", "large pink circle @right"], cat="plural"),
    C("en-probe-12", ["draw a brown triangle in the top right", "another one please"],
      ["brown triangle @top-right", "brown triangle"], checks={1: {"n_objects": 2}}, cat="plural"),
    C("en-probe-13", ["draw a big orange square in the top left", "turn the square into a star"],
      ["large orange star @top-left"], checks={1: {"n_objects": 1}}, cat="reshape"),
    C("en-probe-14", ["put a cyan circle at the bottom and a red triangle at the top",
                      "can the circle be a hexagon instead?"],
      ["cyan hexagon @bottom", "red triangle @top"], checks={1: {"n_objects": 2}}, cat="reshape"),
    C("en-probe-15", ["draw a brown circle, a green square and a pink star", "how many shapes are there now?"],
      ["brown circle", "green square", "pink star"], checks={1: _q(["3", "three"])}, cat="question"),
    C("en-probe-16", ["put a blue star top left and a yellow circle bottom right", "is the star to the left of the circle?"],
      ["blue star @top-left", "yellow circle @bottom-right"], checks={1: _q(["yes"])}, cat="question"),
    C("en-probe-17", ["draw a cyan hexagon and a pink diamond", "what colour is the hexagon"],
      ["cyan hexagon", "pink diamond"], checks={1: _q(["cyan"])}, cat="question"),
    C("en-probe-18", ["put a blue triangle at the top and a yellow circle at the bottom",
                      "which is higher, the blue one or the yellow one?"],
      ["blue triangle @top", "yellow circle @bottom"], checks={1: _q(["blue"])}, cat="question"),
    C("en-probe-19", ["drwa a bleu sqaure"], ["blue square"], checks={0: {"n_objects": 1}}, cat="typo"),
    C("en-probe-20", ["PUT A GREEN TRIANGLE IN THE TOP RIGHT CORNER", "now make it red pls 😊"],
      ["red triangle @top-right"], cat="typo"),
    C("en-probe-21", ["add a purpel hexgon on the lft", "make it smal"], ["small purple hexagon @left"], cat="typo"),
    C("en-probe-22", ["draw a red square", "make it black"], ["red square"],
      checks={1: _unknown(1)}, cat="unknown"),
    C("en-probe-23", ["draw a white circle in the middle"], [], checks={0: _unknown(0)}, cat="unknown"),

    # Simplified Chinese.
    C("zhs-probe-01", ["在正中间画一个超大的大红色圆圈", "再在靠左的位置放一个迷你的墨绿色方块"],
      ["large red circle @center", "small green square @left"], cat="synonyms"),
    C("zhs-probe-02", ["右下方来一个咖啡色的五角星", "左上方加一个粉红色的菱形"],
      ["brown star @bottom-right", "pink diamond @top-left"], cat="synonyms"),
    C("zhs-probe-03", ["在每个角放一个黄色的小圆"],
      ["small yellow circle @top-left", "small yellow circle @top-right", "small yellow circle @bottom-left",
       "small yellow circle @bottom-right"], checks={0: {"n_objects": 4}}, cat="numbers"),
    C("zhs-probe-04", ["画三个正方形，分别是红色、绿色和蓝色", "再画2个紫色三角形"],
      ["red square", "green square", "blue square", "purple triangle", "purple triangle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),
    C("zhs-probe-05", ["在中间画一个红色圆形，在右上角画一个蓝色三角形", "先把圆删掉，再把三角形移到左下角"],
      ["blue triangle @bottom-left"], checks={1: {"n_objects": 1}}, cat="multi"),
    C("zhs-probe-06", ["在上面画一个绿色星形，下面画一个橙色六边形", "把星形改成紫色，然后把六边形变小"],
      ["purple star @top", "small orange hexagon @bottom"], cat="multi"),
    C("zhs-probe-07", ["在左上角画一个大的蓝色星形", "在右上角画一个小的蓝色星形", "把它改成红色", "不是这个，是那个大的"],
      ["large red star @top-left", "small blue star @top-right"], checks={3: {"n_objects": 2}}, cat="correction"),
    C("zhs-probe-08", ["画一个绿色的圆形", "不对，我要的是正方形"], ["green square @center"],
      checks={1: {"n_objects": 1}}, cat="correction"),
    C("zhs-probe-09", ["画一个红色三角形和一个黄色圆形", "把它们都改成蓝色"], ["blue triangle", "blue circle"],
      checks={1: {"n_objects": 2}}, cat="plural"),
    C("zhs-probe-10", ["左右两边各画一个小的灰色菱形", "把左边那个变大", "另一个改成橙色"],
      ["large gray diamond @left", "small orange diamond @right"], cat="plural"),
    C("zhs-probe-11", ["在中间画一个粉色的圆", "把圆改成三角形"], ["pink triangle @center"],
      checks={1: {"n_objects": 1}}, cat="reshape"),
    C("zhs-probe-12", ["在右边画一个小的青色正方形", "把它变成六边形吧"], ["small cyan hexagon @right"],
      checks={1: {"n_objects": 1}}, cat="reshape"),
    C("zhs-probe-13", ["画一个红色圆形、一个蓝色正方形和一个绿色三角形", "现在一共有几个图形？"],
      ["red circle", "blue square", "green triangle"], checks={1: _q(["3", "三"])}, cat="question"),
    C("zhs-probe-14", ["画一个大的橙色正方形和一个小的棕色圆形", "哪个更大？"],
      ["large orange square", "small brown circle"], checks={1: _q(["正方形", "橙"])}, cat="question"),
    C("zhs-probe-15", ["在左上角画一个紫色星形，在右下角画一个黄色圆形", "星形是什么颜色的？"],
      ["purple star @top-left", "yellow circle @bottom-right"], checks={1: _q(["紫"])}, cat="question"),
    C("zhs-probe-16", ["画一个兰色的园形"], ["blue circle"], checks={0: {"n_objects": 1}}, cat="typo"),
    C("zhs-probe-17", ["在右上角画个红色的三角型！！！😂", "再来个绿色的正方型在左下角"],
      ["red triangle @top-right", "green square @bottom-left"], cat="typo"),
    C("zhs-probe-18", ["画一个黑色的正方形"], [], checks={0: _unknown(0)}, cat="unknown"),
    C("zhs-probe-19", ["在中间画一个蓝色圆形", "把它改成白色"], ["blue circle @center"],
      checks={1: _unknown(1)}, cat="unknown"),

    # Traditional Chinese.
    C("zht-probe-01", ["在正中間畫一個大紅色的五角星", "右下角再放一個墨綠色的小方塊"],
      ["red star @center", "small green square @bottom-right"], cat="synonyms"),
    C("zht-probe-02", ["在最上面畫一個超大的咖啡色圓圈", "靠右放一個粉紅色的菱形"],
      ["large brown circle @top", "pink diamond @right"], cat="synonyms"),
    C("zht-probe-03", ["給我畫三個小星星，一個紅的、一個黃的、一個紫的"],
      ["small red star", "small yellow star", "small purple star"], checks={0: {"n_objects": 3}}, cat="numbers"),
    C("zht-probe-04", ["畫兩個藍色的六邊形", "再加3個橘色的圓形"],
      ["blue hexagon", "blue hexagon", "orange circle", "orange circle", "orange circle"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 5}}, cat="numbers"),
    C("zht-probe-05", ["畫一個紅色圓形和一個綠色正方形", "把圓形改成黃色，再把正方形刪掉"], ["yellow circle"],
      checks={1: {"n_objects": 1}}, cat="multi"),
    C("zht-probe-06", ["在左邊畫一個紫色星形", "在右邊加一個灰色六邊形，然後把星形移到左上角"],
      ["purple star @top-left", "gray hexagon @right"], cat="multi"),
    C("zht-probe-07", ["在左下角畫一個藍色三角形", "不對，是右下角"], ["blue triangle @bottom-right"],
      checks={1: {"n_objects": 1}}, cat="correction"),
    C("zht-probe-08", ["畫一個小的粉色菱形", "我說的是大的"], ["large pink diamond"],
      checks={1: {"n_objects": 1}}, cat="correction"),
    C("zht-probe-09", ["畫一個紅色圓形、一個紅色正方形和一個黃色星形", "把紅色的都改成藍色"],
      ["blue circle", "blue square", "yellow star"], checks={1: {"n_objects": 3}}, cat="plural"),
    C("zht-probe-10", ["在左上角畫一個橙色圓形", "在右上角再畫一個", "把兩個都變小"],
      ["small orange circle @top-left", "small orange circle @top-right"], cat="plural"),
    C("zht-probe-11", ["在中間畫一個綠色正方形", "把正方形改成圓形"], ["green circle @center"],
      checks={1: {"n_objects": 1}}, cat="reshape"),
    C("zht-probe-12", ["在左邊畫一個大的黃色三角形", "把它變成星形"], ["large yellow star @left"],
      checks={1: {"n_objects": 1}}, cat="reshape"),
    C("zht-probe-13", ["畫兩個紅色圓形和一個藍色正方形", "紅色的有幾個？"],
      ["red circle", "red circle", "blue square"], checks={1: _q(["2", "兩", "两", "二"])}, cat="question"),
    C("zht-probe-14", ["在左上角畫一個紫色菱形", "它是什麼顏色？"], ["purple diamond @top-left"],
      checks={1: _q(["紫"])}, cat="question"),
    C("zht-probe-15", ["在上面畫一個黃色星形，在下面畫一個青色圓形", "哪個比較高？"],
      ["yellow star @top", "cyan circle @bottom"],
      checks={1: _q(["黃", "黄", "星形比較高", "星形比较高", "星形更高", "星形在上"])}, cat="question"),
    C("zht-probe-16", ["幫我畫ㄧ個蘭色的園形"], ["blue circle"], checks={0: {"n_objects": 1}}, cat="typo"),
    C("zht-probe-17", ["在右上角畫個紅色的正方型啦 🙏🙏", "把它移到左下角～～"], ["red square @bottom-left"],
      cat="typo"),
    C("zht-probe-18", ["畫一個黑色的星星"], [], checks={0: _unknown(0)}, cat="unknown"),
    C("zht-probe-19", ["在中間畫一個綠色圓形", "把它塗成透明的"], ["green circle @center"],
      checks={1: _unknown(1)}, cat="unknown"),

    # English and Chinese in one message.
    C("mix-probe-01", ["画一个 crimson 的 circle 在正中间", "再加一个 navy 的 box 在 top left"],
      ["red circle @center", "blue square @top-left"], cat="synonyms"),
    C("mix-probe-02", ["在 lower right 放一个超大的 silver 菱形", "然后 a lilac star 靠左"],
      ["large gray diamond @bottom-right", "purple star @left"], cat="synonyms"),
    C("mix-probe-03", ["draw 三个 squares: 红, 绿, 蓝"], ["red square", "green square", "blue square"],
      checks={0: {"n_objects": 3}}, cat="numbers"),
    C("mix-probe-04", ["在中间放一个 big purple hexagon", "two small yellow stars, 左右各一个"],
      ["large purple hexagon @center", "small yellow star @left", "small yellow star @right"],
      checks={1: {"n_objects": 3}}, cat="numbers"),
    C("mix-probe-05", ["draw a blue star and a red square", "把星星改成绿色, and delete the square"],
      ["green star"], checks={1: {"n_objects": 1}}, cat="multi"),
    C("mix-probe-06", ["put a pink circle 在左上角 and an orange triangle 在右下角", "move the circle 到中间，然后把三角形变小"],
      ["pink circle @center", "small orange triangle @bottom-right"], cat="multi"),
    C("mix-probe-07", ["draw a red circle", "不对, I meant a triangle"], ["red triangle @center"],
      checks={1: {"n_objects": 1}}, cat="correction"),
    C("mix-probe-08", ["画一个 green hexagon 在右边", "no wait, 我要的是左边"], ["green hexagon @left"],
      checks={1: {"n_objects": 1}}, cat="correction"),
    C("mix-probe-09", ["add two pink stars", "make them 小一点"], ["small pink star", "small pink star"],
      checks={1: {"n_objects": 2}}, cat="plural"),
    C("mix-probe-10", ["draw a red circle and a blue circle", "把 all the circles 都改成 yellow"],
      ["yellow circle", "yellow circle"], checks={1: {"n_objects": 2}}, cat="plural"),
    C("mix-probe-11", ["draw a big orange square 在左上角", "turn the square 变成 star"],
      ["large orange star @top-left"], checks={1: {"n_objects": 1}}, cat="reshape"),
    C("mix-probe-12", ["在中间 draw a cyan circle", "把 circle 改成 triangle"], ["cyan triangle @center"],
      checks={1: {"n_objects": 1}}, cat="reshape"),
    C("mix-probe-13", ["画一个 brown circle 和一个 green square", "how many 图形?"], ["brown circle", "green square"],
      checks={1: _q(["2", "two", "两", "二"])}, cat="question"),
    C("mix-probe-14", ["put a blue triangle 在左边 and a yellow circle 在右边", "is the triangle 在 circle 的左边?"],
      ["blue triangle @left", "yellow circle @right"], checks={1: _q(["yes", "是的", "没错"])}, cat="question"),
    C("mix-probe-15", ["在右上角 draw a purple diamond", "what colour is it?"], ["purple diamond @top-right"],
      checks={1: _q(["purple", "紫"])}, cat="question"),
    C("mix-probe-16", ["drwa a bleu 正方形 pls"], ["blue square"], checks={0: {"n_objects": 1}}, cat="typo"),
    C("mix-probe-17", ["PUT A GREEN TRIANGLE 在右上角!!!", "把它变红 🔴"], ["red triangle @top-right"], cat="typo"),
    C("mix-probe-18", ["draw a 黑色 square"], [], checks={0: _unknown(0)}, cat="unknown"),
    C("mix-probe-19", ["画一个 blue circle", "make it rainbow 色的"], ["blue circle"],
      checks={1: _unknown(1)}, cat="unknown"),
]

# The second probe: written on 2026-12-03 the same way, before any of its messages was sent to any
# model (the shipped one or its retrain), to measure again once the first had been read closely while
# the world's readings were built. `score.py --set second` scores it.
SECOND = [
    # English.
    C("en-probe-51", ["could you draw me a scarlet ring in the upper left corner", "then an emerald tile at the bottom middle"],
      ["red circle @top-left", "green square @bottom"], cat="synonyms"),
    C("en-probe-52", ["I'd like four orange triangles"],
      ["orange triangle", "orange triangle", "orange triangle", "orange triangle"], checks={0: {"n_objects": 4}},
      cat="numbers"),
    C("en-probe-53", ["put a yellow star on the left and a purple square on the right",
                      "delete the star and make the square bigger"],
      ["large purple square @right"], checks={1: {"n_objects": 1}}, cat="multi"),
    C("en-probe-54", ["draw a blue hexagon at the top", "sorry, I meant at the bottom"], ["blue hexagon @bottom"],
      checks={1: {"n_objects": 1}}, cat="correction"),
    C("en-probe-55", ["draw a red star, a red circle and a green square", "make all the red shapes blue"],
      ["blue star", "blue circle", "green square"], checks={1: {"n_objects": 3}}, cat="plural"),
    C("en-probe-56", ["put a small gray circle in the center", "change it into a diamond"],
      ["small gray diamond @center"], checks={1: {"n_objects": 1}}, cat="reshape"),
    C("en-probe-57", ["draw a large green star and a small red triangle", "which one is smaller?"],
      ["large green star", "small red triangle"], checks={1: _q(["triangle", "red"])}, cat="question"),
    C("en-probe-58", ["put an orange circle on the left", "how many circles are in the picture?"],
      ["orange circle @left"], checks={1: _q(["1", "one"])}, cat="question"),
    C("en-probe-59", ["drawa purple tringle in teh middle plz"], ["purple triangle @center"],
      checks={0: {"n_objects": 1}}, cat="typo"),
    C("en-probe-60", ["draw a red heart in the middle"], [], checks={0: _unknown(0)}, cat="unknown"),

    # Simplified Chinese.
    C("zhs-probe-51", ["在左下角画一个橘色的小圆点", "右上角再来一个草绿色的六角形"],
      ["small orange circle @bottom-left", "green hexagon @top-right"], cat="synonyms"),
    C("zhs-probe-52", ["画两个大的红色菱形"], ["large red diamond", "large red diamond"], checks={0: {"n_objects": 2}},
      cat="numbers"),
    C("zhs-probe-53", ["画一个黄色的星星和一个蓝色的圆", "把星星删了，圆改成红色"], ["red circle"],
      checks={1: {"n_objects": 1}}, cat="multi"),
    C("zhs-probe-54", ["在右边画一个绿色三角形", "错了，是左边"], ["green triangle @left"], checks={1: {"n_objects": 1}},
      cat="correction"),
    C("zhs-probe-55", ["左上角画一个橙色方块，右上角画一个橙色圆", "把它们都变小"],
      ["small orange square @top-left", "small orange circle @top-right"], checks={1: {"n_objects": 2}}, cat="plural"),
    C("zhs-probe-56", ["在中间画一个紫色的菱形", "把菱形换成星星"], ["purple star @center"],
      checks={1: {"n_objects": 1}}, cat="reshape"),
    C("zhs-probe-57", ["在上面画一个红色圆，在下面画一个蓝色方块", "上面的是什么颜色？"],
      ["red circle @top", "blue square @bottom"], checks={1: _q(["红"])}, cat="question"),
    C("zhs-probe-58", ["画一个绿色三角形和一个黄色六边形", "一共几个？"], ["green triangle", "yellow hexagon"],
      checks={1: _q(["2", "两", "二"])}, cat="question"),
    C("zhs-probe-59", ["在左边画一个红色的三脚形"], ["red triangle @left"], checks={0: {"n_objects": 1}}, cat="typo"),
    C("zhs-probe-60", ["画一个红色的爱心"], [], checks={0: _unknown(0)}, cat="unknown"),

    # Traditional Chinese.
    C("zht-probe-51", ["在左上角畫一個橘色的圓點", "右下角放一個大大的紫色方塊"],
      ["orange circle @top-left", "large purple square @bottom-right"], cat="synonyms"),
    C("zht-probe-52", ["畫三個綠色的小三角形"], ["small green triangle", "small green triangle", "small green triangle"],
      checks={0: {"n_objects": 3}}, cat="numbers"),
    C("zht-probe-53", ["在中間畫一個藍色星星，在右邊畫一個紅色圓形", "把星星變成黃色，再把圓形刪掉"],
      ["yellow star @center"], checks={1: {"n_objects": 1}}, cat="multi"),
    C("zht-probe-54", ["畫一個粉紅色的正方形", "我說的是圓形啦"], ["pink circle @center"], checks={1: {"n_objects": 1}},
      cat="correction"),
    C("zht-probe-55", ["畫一個紅色圓形和一個紅色星星", "把它們都改成綠色"], ["green circle", "green star"],
      checks={1: {"n_objects": 2}}, cat="plural"),
    C("zht-probe-56", ["在下面畫一個灰色的三角形", "把三角形改成六邊形"], ["gray hexagon @bottom"],
      checks={1: {"n_objects": 1}}, cat="reshape"),
    C("zht-probe-57", ["在左邊畫一個棕色的星星", "星星在哪裡？"], ["brown star @left"], checks={1: _q(["左"])},
      cat="question"),
    C("zht-probe-58", ["畫一個大的藍色圓形和一個小的黃色方塊", "哪個比較大？"],
      ["large blue circle", "small yellow square"], checks={1: _q(["圓", "藍"])}, cat="question"),
    C("zht-probe-59", ["畫一個籃色的圓形"], ["blue circle"], checks={0: {"n_objects": 1}}, cat="typo"),
    C("zht-probe-60", ["在右邊畫一個白色的菱形"], [], checks={0: _unknown(0)}, cat="unknown"),

    # English and Chinese mixed.
    C("mix-probe-51", ["draw 一个 crimson 的 star 在右上角"], ["red star @top-right"], checks={0: {"n_objects": 1}},
      cat="synonyms"),
    C("mix-probe-52", ["画 two 个 blue circles"], ["blue circle", "blue circle"], checks={0: {"n_objects": 2}},
      cat="numbers"),
    C("mix-probe-53", ["画一个 red square 和一个 green circle", "delete the square, 然后把 circle 变大"],
      ["large green circle"], checks={1: {"n_objects": 1}}, cat="multi"),
    C("mix-probe-54", ["add a yellow hexagon on the left", "不是左边, right side"], ["yellow hexagon @right"],
      checks={1: {"n_objects": 1}}, cat="correction"),
    C("mix-probe-55", ["draw 两个 purple stars", "make them both orange"], ["orange star", "orange star"],
      checks={1: {"n_objects": 2}}, cat="plural"),
    C("mix-probe-56", ["在中间 draw a cyan square", "把它 change 成 triangle"], ["cyan triangle @center"],
      checks={1: {"n_objects": 1}}, cat="reshape"),
    C("mix-probe-57", ["draw a red circle 在左边 and a blue star 在右边", "what color is the star?"],
      ["red circle @left", "blue star @right"], checks={1: _q(["blue", "蓝"])}, cat="question"),
    C("mix-probe-58", ["画一个 green triangle 和一个 pink circle", "一共有 how many shapes?"],
      ["green triangle", "pink circle"], checks={1: _q(["2", "two", "两", "二"])}, cat="question"),
    C("mix-probe-59", ["plz drwa a greeen 圆形 top left"], ["green circle @top-left"], checks={0: {"n_objects": 1}},
      cat="typo"),
    C("mix-probe-60", ["画一个 black 的 hexagon"], [], checks={0: _unknown(0)}, cat="unknown"),
]
