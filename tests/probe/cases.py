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

# The third probe: 60 dialogues written on 2026-12-03 by a writer who never read the world's dialogue
# generator, its wording, its tests or the data code (world/phrasing_en.py, world/phrasing_zh.py,
# world/dialogue/, tests/world/, src/dialogan/data/), from the README, the acceptance scorer and the rules
# above alone, before any of its messages was sent to a model. `score.py --set third` scores it.
THIRD = [
    # English.
    C("en-probe-71", ["could you pop a scarlet disc in the lower left",
                      "and a huge violet rhombus up in the corner on the right"],
      ["red circle @bottom-left", "large purple diamond @top-right"], checks={1: {"n_objects": 2}}, cat="synonyms"),
    C("en-probe-72", ["umm can u stick a tiny emerald pentagram dead centre", "now a charcoal box at the bottom middle pls"],
      ["small green star @center", "gray square @bottom"], checks={1: {"n_objects": 2}}, cat="synonyms"),
    C("en-probe-73", ["give me five little lilac dots"], ["small purple circle"] * 5,
      checks={0: {"n_objects": 5}}, cat="numbers"),
    C("en-probe-74", ["two navy hexagons please, one in each top corner", "plus 1 more at the bottom"],
      ["blue hexagon @top-left", "blue hexagon @top-right", "blue hexagon @bottom"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 3}}, cat="numbers"),
    C("en-probe-75", ["draw a red star in the top left, then move it down one and make it tiny"],
      ["small red star @left"], checks={0: {"n_objects": 1}}, cat="multi"),
    C("en-probe-76", ["put a yellow circle in the middle and an orange square on the right",
                      "make the circle purple, move the square to the bottom right corner and add a green triangle at the top"],
      ["purple circle @center", "orange square @bottom-right", "green triangle @top"],
      checks={1: {"n_objects": 3}}, cat="multi"),
    C("en-probe-77", ["put a green diamond in the middle", "hmm not there, higher"], ["green diamond @top"],
      checks={1: {"n_objects": 1}}, cat="correction"),
    C("en-probe-78", ["draw a brown hexagon on the left", "no wait I meant pink, sorry"], ["pink hexagon @left"],
      checks={1: {"n_objects": 1}}, cat="correction"),
    C("en-probe-79", ["draw a blue circle, a blue triangle and a red square", "make both blue ones tiny"],
      ["small blue circle", "small blue triangle", "red square"], checks={1: {"n_objects": 3}}, cat="plural"),
    C("en-probe-80", ["put a big pink hexagon bottom right", "actually could it be a triangle instead?"],
      ["large pink triangle @bottom-right"], checks={1: {"n_objects": 1}}, cat="reshape"),
    C("en-probe-81", ["draw a small orange circle on the left and a large grey star on the right", "which one's bigger?"],
      ["small orange circle @left", "large gray star @right"], checks={1: _q(["star", "grey", "gray"])}, cat="question"),
    C("en-probe-82", ["put a teal triangle at the bottom and a red circle at the top", "where's the triangle?"],
      ["cyan triangle @bottom", "red circle @top"], checks={1: _q(["bottom"])}, cat="question"),
    C("en-probe-83", ["draw a green square in the top right and a purple circle in the bottom left",
                      "IS THE SQUARE HIGHER UP THAN THE CIRCLE??"],
      ["green square @top-right", "purple circle @bottom-left"], checks={1: _q(["yes"])}, cat="question"),
    C("en-probe-84", ["pleaes draw a yelow trinagle in the bottm right corner"], ["yellow triangle @bottom-right"],
      checks={0: {"n_objects": 1}}, cat="typo"),
    C("en-probe-85", ["draw a blue square on the right", "put a purple crescent above it"], ["blue square @right"],
      checks={1: _unknown(1)}, cat="unknown"),

    # Simplified Chinese.
    C("zhs-probe-71", ["在左下角来个柠檬黄的小圆点", "右上方再放一个特大号的藏青色菱形"],
      ["small yellow circle @bottom-left", "large blue diamond @top-right"], checks={1: {"n_objects": 2}},
      cat="synonyms"),
    C("zhs-probe-72", ["正中央画个巧克力色的五角星", "最上面加一个浅灰的六角形"],
      ["brown star @center", "gray hexagon @top"], checks={1: {"n_objects": 2}}, cat="synonyms"),
    C("zhs-probe-73", ["帮我画4个粉红色的小方块吧"], ["small pink square"] * 4,
      checks={0: {"n_objects": 4}}, cat="numbers"),
    C("zhs-probe-74", ["来三个三角形，红的、橙的、紫的各一个"], ["red triangle", "orange triangle", "purple triangle"],
      checks={0: {"n_objects": 3}}, cat="numbers"),
    C("zhs-probe-75", ["在中间画一个绿色的大圆，再在它右边放一个黄色星星", "把圆变小，星星挪到左上角"],
      ["small green circle @center", "yellow star @top-left"], checks={0: {"n_objects": 2}, 1: {"n_objects": 2}},
      cat="multi"),
    C("zhs-probe-76", ["左上角画一个青色三角形，右下角画一个棕色正方形，中间再画一个粉色圆"],
      ["cyan triangle @top-left", "brown square @bottom-right", "pink circle @center"],
      checks={0: {"n_objects": 3}}, cat="multi"),
    C("zhs-probe-77", ["在左边画一个蓝色的星形", "不对不对，要放在右上角"], ["blue star @top-right"],
      checks={1: {"n_objects": 1}}, cat="correction"),
    C("zhs-probe-78", ["画一个大的灰色正方形", "哎呀说错了，要小的"], ["small gray square"],
      checks={1: {"n_objects": 1}}, cat="correction"),
    C("zhs-probe-79", ["上面画一个红色圆，下面画一个红色三角形", "它们都往左移一格"],
      ["red circle @top-left", "red triangle @bottom-left"], checks={1: {"n_objects": 2}}, cat="plural"),
    C("zhs-probe-80", ["在右边画一个小的紫色方块", "形状换成五角星"], ["small purple star @right"],
      checks={1: {"n_objects": 1}}, cat="reshape"),
    C("zhs-probe-81", ["左上角画一个绿色六边形，右下角画一个橙色圆", "六边形在哪儿？"],
      ["green hexagon @top-left", "orange circle @bottom-right"], checks={1: _q(["左上"])}, cat="question"),
    C("zhs-probe-82", ["画三个蓝色星星和一个黄色方块", "蓝色的一共几个？"],
      ["blue star", "blue star", "blue star", "yellow square"], checks={1: _q(["3", "三"])}, cat="question"),
    C("zhs-probe-83", ["在上面画一个大的粉色菱形，在下面画一个小的青色圆", "哪个更靠下？"],
      ["large pink diamond @top", "small cyan circle @bottom"], checks={1: _q(["圆", "青"])}, cat="question"),
    C("zhs-probe-84", ["在右上角画一个洪色的猩猩", "再在左下角画个兰色的六遍形"],
      ["red star @top-right", "blue hexagon @bottom-left"], checks={1: {"n_objects": 2}}, cat="typo"),
    C("zhs-probe-85", ["在中间画一个绿色圆形", "再画一个金色的五角星"], ["green circle @center"],
      checks={1: _unknown(1)}, cat="unknown"),

    # Traditional Chinese.
    C("zht-probe-71", ["在右下角畫一個超大的深藍色圓圈", "左上角再來一個迷你的大紅色三角形"],
      ["large blue circle @bottom-right", "small red triangle @top-left"], checks={1: {"n_objects": 2}},
      cat="synonyms"),
    C("zht-probe-72", ["正中間放一顆紫羅蘭色的星星", "最下面加一個褐色的菱形"],
      ["purple star @center", "brown diamond @bottom"], checks={1: {"n_objects": 2}}, cat="synonyms"),
    C("zht-probe-73", ["畫兩個大的綠色六邊形，左邊一個右邊一個"],
      ["large green hexagon @left", "large green hexagon @right"], checks={0: {"n_objects": 2}}, cat="numbers"),
    C("zht-probe-74", ["來四個星星：紅、黃、藍、灰"], ["red star", "yellow star", "blue star", "gray star"],
      checks={0: {"n_objects": 4}}, cat="numbers"),
    C("zht-probe-75", ["在中間畫一個橘色的方塊", "把它變小，再往下移一格，然後在最上面加一個粉紅色的圓"],
      ["small orange square @bottom", "pink circle @top"], checks={1: {"n_objects": 2}}, cat="multi"),
    C("zht-probe-76", ["左邊畫一個藍色三角形，右邊畫一個黃色圓形", "把三角形刪掉，圓形改成紫色，再把它移到中間"],
      ["purple circle @center"], checks={1: {"n_objects": 1}}, cat="multi"),
    C("zht-probe-77", ["畫一個大的紅色六邊形", "錯了，顏色要橘色的"], ["large orange hexagon"],
      checks={1: {"n_objects": 1}}, cat="correction"),
    C("zht-probe-78", ["在中間畫一個黃色菱形", "不是那裡，往左一點"], ["yellow diamond @left"],
      checks={1: {"n_objects": 1}}, cat="correction"),
    C("zht-probe-79", ["畫一個紅色圓形、一個綠色圓形和一個藍色正方形", "把所有的圓形都刪掉"], ["blue square"],
      checks={1: {"n_objects": 1}}, cat="plural"),
    C("zht-probe-80", ["在左下角畫一個青色的星星", "把星星改成六角形"], ["cyan hexagon @bottom-left"],
      checks={1: {"n_objects": 1}}, cat="reshape"),
    C("zht-probe-81", ["在左邊畫一個紅色方塊，右邊畫一個藍色圓形", "右邊那個是什麼顏色？"],
      ["red square @left", "blue circle @right"], checks={1: _q(["藍", "蓝"])}, cat="question"),
    C("zht-probe-82", ["畫兩個黃色星星和三個灰色圓形", "一共有多少個圖形？"],
      ["yellow star", "yellow star", "gray circle", "gray circle", "gray circle"], checks={1: _q(["5", "五"])},
      cat="question"),
    C("zht-probe-83", ["在左上角畫一個小的紫色三角形，在右下角畫一個大的橙色菱形", "哪一個比較小？"],
      ["small purple triangle @top-left", "large orange diamond @bottom-right"], checks={1: _q(["三角", "紫"])},
      cat="question"),
    C("zht-probe-84", ["在中間畫一個黃色的園圈", "再在右邊加一個綠色的正方型～😄"],
      ["yellow circle @center", "green square @right"], checks={1: {"n_objects": 2}}, cat="typo"),
    C("zht-probe-85", ["在右上角畫一個紫色的月亮"], [], checks={0: _unknown(0)}, cat="unknown"),

    # English and Chinese mixed.
    C("mix-probe-71", ["在 bottom right 画一个 huge 的 scarlet 六角形", "再来一个 teal 的小 dot 在最上面"],
      ["large red hexagon @bottom-right", "small cyan circle @top"], checks={1: {"n_objects": 2}}, cat="synonyms"),
    C("mix-probe-72", ["put a 墨绿色的 rhombus in the dead centre", "then a 小小的 chocolate box 靠左"],
      ["green diamond @center", "small brown square @left"], checks={1: {"n_objects": 2}}, cat="synonyms"),
    C("mix-probe-73", ["我要 a pair of 紫色 stars and 3 个 grey discs"],
      ["purple star", "purple star", "gray circle", "gray circle", "gray circle"], checks={0: {"n_objects": 5}},
      cat="numbers"),
    C("mix-probe-74", ["put 两个 big red circles, one on the left 一个在右边", "中间再放个 green star"],
      ["large red circle @left", "large red circle @right", "green star @center"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 3}}, cat="numbers"),
    C("mix-probe-75", ["draw a blue hexagon 在左上角", "把它移到右下角 and make it pink"], ["pink hexagon @bottom-right"],
      checks={1: {"n_objects": 1}}, cat="multi"),
    C("mix-probe-76", ["上面放一个 brown star，下面放一个 cyan triangle", "move the star down one 格, and 把三角形变大"],
      ["brown star @center", "large cyan triangle @bottom"], checks={1: {"n_objects": 2}}, cat="multi"),
    C("mix-probe-77", ["在右边画一个 small purple circle", "oops 我是说 large 的"], ["large purple circle @right"],
      checks={1: {"n_objects": 1}}, cat="correction"),
    C("mix-probe-78", ["左下角画一个 green square", "把它改成 blue", "sorry 我的意思是 cyan，不是 blue"],
      ["cyan square @bottom-left"], checks={2: {"n_objects": 1}}, cat="correction"),
    C("mix-probe-79", ["draw a small pink star 和一个 small pink diamond", "both of them 变大 pls"],
      ["large pink star", "large pink diamond"], checks={1: {"n_objects": 2}}, cat="plural"),
    C("mix-probe-80", ["在 top left 画一个 gray square", "把 square 变成 diamond", "再来一个 same 的 在 bottom right"],
      ["gray diamond @top-left", "gray diamond @bottom-right"], checks={1: {"n_objects": 1}, 2: {"n_objects": 2}},
      cat="reshape"),
    C("mix-probe-81", ["draw a yellow circle 在左边 and a green star 在右边", "哪个更靠右?"],
      ["yellow circle @left", "green star @right"], checks={1: _q(["star", "星", "green", "绿"])}, cat="question"),
    C("mix-probe-82", ["画三个 blue squares 和一个 red circle", "how many squares 有?"],
      ["blue square", "blue square", "blue square", "red circle"], checks={1: _q(["3", "three", "三"])},
      cat="question"),
    C("mix-probe-83", ["左上角画一个 purple triangle，右下角画一个 cyan hexagon", "triangle 在哪里?"],
      ["purple triangle @top-left", "cyan hexagon @bottom-right"], checks={1: _q(["左上", "top left", "top-left"])},
      cat="question"),
    C("mix-probe-84", ["plz put a ornage 星星 in teh middel 😅"], ["orange star @center"],
      checks={0: {"n_objects": 1}}, cat="typo"),
    C("mix-probe-85", ["draw a 黄色 arrow 在上面"], [], checks={0: _unknown(0)}, cat="unknown"),
]

# The fourth probe: 64 dialogues written on 2026-12-04 by two writers who never read the world's dialogue
# generator, its wording, its tests or the code (src/, tests/), from the README's world section and the
# acceptance scorer alone, each in personas of their own (writer A: a fast-typing British teenager, a polite
# American parent, a user in Taipei; writer B: a student in Shanghai on a pinyin keyboard, a code-switching
# engineer, a non-native English speaker), before any of its messages was sent to a model. `score.py --set
# fourth` scores it.
FOURTH = [
    # English (writer A).
    C("en-probe-101", ["Can you draw a scarlet circle in the top left corner, please?",
                        "And a navy blue box right in the middle."],
      ["red circle @top-left", "blue square @center"], cat="synonyms"),
    C("en-probe-102", ["gimme a massive lime green ball down the bottom",
                        "now a teeny violet star top right"],
      ["large green circle @bottom", "small purple star @top-right"], cat="synonyms"),
    C("en-probe-103", ["Could you please draw three small yellow stars?",
                        "Now make the star blue.",
                        "The one in the center, please.",
                        "How many yellow stars are there now?"],
      ["small blue star @center", "small yellow star @top-left", "small yellow star @top"],
      checks={1: _q(["?", "？"]), 3: _q(["2", "two"])}, cat="numbers"),
    C("en-probe-104", ["Please draw a large green diamond in the center and a small red circle in the bottom right corner.",
                        "Now move the diamond to the top and make the circle blue."],
      ["large green diamond @top", "small blue circle @bottom-right"], cat="multi"),
    C("en-probe-105", ["draw a red triangle up top",
                        "nah i meant blue not red"],
      ["blue triangle @top"], checks={1: {"n_objects": 1}}, cat="correction"),
    C("en-probe-106", ["Please draw two green triangles, one in the top left corner and one in the top right corner.",
                        "Make the triangle on the left pink.",
                        "No, sorry, the other one."],
      ["green triangle @top-left", "pink triangle @top-right"], cat="correction"),
    C("en-probe-107", ["2 circles pls one red one blue",
                        "make them both massive",
                        "n one more red one"],
      ["large red circle", "large blue circle", "red circle"], checks={1: {"n_objects": 2}}, cat="plural"),
    C("en-probe-108", ["draw a grey box in the middle",
                        "actually make the box a diamond tbh",
                        "n make it tiny"],
      ["small gray diamond @center"], cat="reshape"),
    C("en-probe-109", ["Draw a small blue star at the top right and a large orange hexagon at the bottom left.",
                        "Which one is bigger?",
                        "Is the hexagon to the left of the star?"],
      ["small blue star @top-right", "large orange hexagon @bottom-left"],
      checks={1: _q(["orange", "hexagon"]), 2: _q(["yes"])}, cat="question"),
    C("en-probe-110", ["put a cyan circle in the middle n a brown star above it",
                        "add an orange square bottom right",
                        "whats next to the circle",
                        "undo"],
      ["cyan circle @center", "brown star @top"],
      checks={2: _q(["brown", "star"]), 3: {"n_objects": 2}}, cat="question"),
    C("en-probe-111", ["drw a smal yelow triangle in the midle pls",
                        "now a purpel diamnod bottom rihgt"],
      ["small yellow triangle @center", "purple diamond @bottom-right"], cat="typo"),
    C("en-probe-112", ["Please draw a red circle in the center.",
                        "Could you make it gold?",
                        "Oh, okay. Make it yellow then."],
      ["yellow circle @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_nonempty": True}}, cat="unknown"),

    # Simplified Chinese (writer A).
    C("zhs-probe-113", ["在左上角画一个大红色的五角星",
                         "再在右下角画一个墨绿色的圆圈"],
      ["red star @top-left", "green circle @bottom-right"], cat="synonyms"),
    C("zhs-probe-114", ["画三个粉色的菱形",
                         "再加两个",
                         "现在一共几个？"],
      ["pink diamond", "pink diamond", "pink diamond", "pink diamond", "pink diamond"],
      checks={1: {"n_objects": 5}, 2: _q(["5", "五"])}, cat="numbers"),
    C("zhs-probe-115", ["在正中间画一个蓝色六边形，在它左边放一个黄色的正方形",
                         "把正方形删掉，六边形改成红色，再移到右上角"],
      ["red hexagon @top-right"], cat="multi"),
    C("zhs-probe-116", ["画一个大的橙色星星在左下角",
                         "不对不对，我要小的"],
      ["small orange star @bottom-left"], checks={1: {"n_objects": 1}}, cat="correction"),
    C("zhs-probe-117", ["画两个正方形，一个灰色一个棕色",
                         "把它们都变大",
                         "全部改成黄色"],
      ["large yellow square", "large yellow square"], cat="plural"),
    C("zhs-probe-118", ["在上面画一个紫色三角形",
                         "再来一个一样的",
                         "把它改成圆形"],
      ["purple triangle @top", "purple circle @center"], cat="reshape"),
    C("zhs-probe-119", ["在左边画一个红色的圆，在右边画一个绿色的星星，在上面画一个蓝色的正方形",
                         "哪个在最上面？",
                         "星星在哪儿？"],
      ["red circle @left", "green star @right", "blue square @top"],
      checks={1: _q(["蓝", "藍", "方形"]), 2: _q(["右"])}, cat="question"),
    C("zhs-probe-120", ["在坐下角画一个黄色的三脚形",
                         "再画个分色的星星"],
      ["yellow triangle @bottom-left", "pink star @center"], cat="typo"),

    # Traditional Chinese (writer A).
    C("zht-probe-121", ["幫我在右上角畫一個橘色的星星喔",
                         "然後左下角放一個咖啡色的方塊啦"],
      ["orange star @top-right", "brown square @bottom-left"], cat="synonyms"),
    C("zht-probe-122", ["幫我畫兩個大大的紫色星星跟三個小的黃色圓形",
                         "黃色的有幾個啊？"],
      ["large purple star", "large purple star", "small yellow circle", "small yellow circle", "small yellow circle"],
      checks={1: _q(["3", "三"])}, cat="numbers"),
    C("zht-probe-123", ["畫一個紅色三角形跟一個黃色菱形",
                         "把它們都往下移一格啦"],
      ["red triangle @bottom", "yellow diamond @left"], cat="plural"),
    C("zht-probe-124", ["在左上方畫一個紫色的六角形",
                         "在畫面正下方畫一個灰色的圓形",
                         "哪個比較靠左邊？",
                         "總共有幾個圖形啊？"],
      ["purple hexagon @top-left", "gray circle @bottom"],
      checks={2: _q(["紫", "六角", "六边", "六邊"]), 3: _q(["2", "两", "二", "兩"])}, cat="question"),
    C("zht-probe-125", ["欸 幫我在中間畫一個紅色的愛心",
                         "蛤 不能喔？那畫紅色的星星好了"],
      ["red star @center"], checks={0: _unknown(0)}, cat="unknown"),
    C("zht-probe-126", ["在右邊畫一個籃色的菱型",
                         "再畫一個紅色的圓型在它上面"],
      ["blue diamond @right", "red circle @top-right"], rel=[(1, "above", 0)], cat="typo"),

    # Mixed English / Chinese (writer A).
    C("mix-probe-127", ["畫 2 個 triangle，一個 red 一個 green",
                         "再加一個 purple 的"],
      ["red triangle", "green triangle", "purple triangle"], checks={1: {"n_objects": 3}}, cat="numbers"),
    C("mix-probe-128", ["put a big orange hexagon in the top right",
                         "然后在左下角画一个小的青色星星，再把六边形删掉"],
      ["small cyan star @bottom-left"], cat="multi"),
    C("mix-probe-129", ["draw a pink diamond on the left",
                         "不是 pink，是 purple 啦"],
      ["purple diamond @left"], checks={1: {"n_objects": 1}}, cat="correction"),
    C("mix-probe-130", ["在中間畫一個 large 的 brown square",
                         "把那個 square 改成 circle 啦",
                         "再來一個一樣的放 top right，but 要 pink"],
      ["large brown circle @center", "large pink circle @top-right"], cat="reshape"),
    C("mix-probe-131", ["画一个黄色的 hexagon 在 bottom",
                         "make it 马卡龙色 pls",
                         "ok 那就 orange 吧"],
      ["orange hexagon @bottom"], checks={1: _unknown(1)}, cat="unknown"),
    C("mix-probe-132", ["画两个红色的 circle，一个在 left 一个在 right",
                         "make them both 绿色 pls"],
      ["green circle @left", "green circle @right"], cat="plural"),

    # English (writer B).
    C("en-probe-133", ["please draw one circle navy color at the top right corner", "and also crimson square in bottom left"],
      ["blue circle @top-right", "red square @bottom-left"], cat="synonyms"),
    C("en-probe-134", ["can you draw 3 tiny purple stars", "make the one in the center big please"],
      ["large purple star @center", "small purple star", "small purple star"],
      checks={0: {"n_objects": 3}}, cat="numbers"),
    C("en-probe-135", ["draw red circle", "make the circle small size, and put orange diamond below of it"],
      ["small red circle @center", "orange diamond @bottom"], rel=[(1, "below", 0)], cat="multi"),
    C("en-probe-136", ["put a blue square at top left", "no no sorry, I mean triangle, not square"],
      ["blue triangle @top-left"], checks={1: {"n_objects": 1}}, cat="correction"),
    C("en-probe-137", ["put 2 pink hexagon please", "both of them should be grey", "now one more same like that"],
      ["gray hexagon", "gray hexagon", "gray hexagon"], checks={1: {"n_objects": 2}}, cat="plural"),
    C("en-probe-138", ["draw a big brown star on the right side and small cyan circle on left side", "which one is more big?"],
      ["large brown star @right", "small cyan circle @left"],
      checks={1: {"unchanged": True, "reply_any": ["brown", "star"]}}, cat="question"),
    C("en-probe-139", ["make a orange square in the middle", "change the square into star shape", "and color it red"],
      ["red star @center"], cat="reshape"),
    C("en-probe-140", ["drwa a yelow cirlce at the botom", "mvoe it to the lfet"],
      ["yellow circle @bottom-left"], cat="typo"),
    # Simplified Chinese (writer B).
    C("zhs-probe-141", ["帮我在右上角整一个大红的五角星", "再在左下弄个草绿色的小方块"],
      ["red star @top-right", "small green square @bottom-left"], cat="synonyms"),
    C("zhs-probe-142", ["来俩紫罗兰色的圆圈", "再整四个迷你的黄色三角"],
      ["small yellow triangle", "small yellow triangle", "small yellow triangle", "small yellow triangle",
       "purple circle", "purple circle"], checks={0: {"n_objects": 2}}, cat="numbers"),
    C("zhs-probe-143", ["给我来红黄蓝三个圆呗", "然后再加两个灰灰的小方块"],
      ["red circle", "yellow circle", "blue circle", "small gray square", "small gray square"],
      checks={0: {"n_objects": 3}}, cat="numbers"),
    C("zhs-probe-144", ["先在中间画个大的橙色六边形，然后在它上面放一个小的蓝色圆，顺便在左下角整个咖啡色的三角", "嗯嗯，三角再往右挪一下"],
      ["large orange hexagon @center", "small blue circle @top", "brown triangle @bottom"],
      rel=[(1, "above", 0)], checks={0: {"n_objects": 3}}, cat="multi"),
    C("zhs-probe-145", ["左边画个绿色的方块，右边也来一个绿色的方块", "把方块改成深蓝色", "嗯，左边那个"],
      ["blue square @left", "green square @right"],
      checks={1: {"unchanged": True, "reply_any": ["?", "？"]}}, cat="plural"),
    C("zhs-probe-146", ["上面画个红色的圆，下面也画一个", "把上面的圆改成蓝色", "错了，是另一个"],
      ["red circle @top", "blue circle @bottom"], checks={0: {"n_objects": 2}}, cat="correction"),
    C("zhs-probe-147", ["弄两个黄色的五角星", "都改成紫色", "再把它们都变小"],
      ["small purple star", "small purple star"], cat="plural"),
    C("zhs-probe-148", ["画一个红色方块、一个蓝色圆和一个绿色三角", "全部改成灰色的吧，然后把圆删掉"],
      ["gray square", "gray triangle"], checks={1: {"n_objects": 2}}, cat="plural"),
    C("zhs-probe-149", ["左上角画个大的蓝色圆，右下角画个小的橙色星星", "谁在上面？"],
      ["large blue circle @top-left", "small orange star @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["蓝", "藍", "圆", "圓", "blue", "circle"]}}, cat="question"),
    C("zhs-probe-150", ["在底部画一个浅粉色的方块", "把方块变成六角形吧", "嗯，再大一点"],
      ["large pink hexagon @bottom"], cat="reshape"),
    C("zhs-probe-151", ["帮我画个兰色的园在右上角", "在画一个黄色的三角在它下面"],
      ["blue circle @top-right", "yellow triangle @right"], rel=[(1, "below", 0)], cat="typo"),
    C("zhs-probe-152", ["中间画个红色的圆", "帮我在旁边画只猫呗"],
      ["red circle @center"], checks={1: _unknown(1)}, cat="unknown"),
    # Traditional Chinese (writer B).
    C("zht-probe-153", ["幫我在左上角畫一個深藍色的菱形", "再在正中間放一個紫羅蘭色的六邊形"],
      ["blue diamond @top-left", "purple hexagon @center"], cat="synonyms"),
    C("zht-probe-154", ["畫一個綠色的圓和兩個黃色的正方形", "現在總共有幾個圖形？"],
      ["green circle", "yellow square", "yellow square"],
      checks={1: {"unchanged": True, "reply_any": ["3", "三", "three"]}}, cat="question"),
    C("zht-probe-155", ["畫一個籃色的園形在右邊", "把它往左移一下"],
      ["blue circle @center"], cat="typo"),
    C("zht-probe-156", ["在下面畫一個橘色的星星", "把它改成金色的"],
      ["orange star @bottom"], checks={1: _unknown(1)}, cat="unknown"),
    # Mixed English / Chinese (writer B).
    C("mix-probe-157", ["add 一个 navy 的 square 在左下角", "再来一个 crimson 的 circle 在它右边"],
      ["blue square @bottom-left", "red circle @bottom"], rel=[(1, "right_of", 0)], cat="synonyms"),
    C("mix-probe-158", ["帮我 draw 三个 small 的 green triangles", "再加 a pair of 大的 orange diamonds"],
      ["small green triangle", "small green triangle", "small green triangle",
       "large orange diamond", "large orange diamond"], checks={0: {"n_objects": 3}}, cat="numbers"),
    C("mix-probe-159", ["top-left 画一个 red circle，bottom-right 画一个 yellow star", "把那个 circle 改成 blue 吧，然后 star 删掉"],
      ["blue circle @top-left"], checks={1: {"n_objects": 1}}, cat="multi"),
    C("mix-probe-160", ["add 一个 star 在右上角, purple 的", "然后 bottom 放一个 green circle", "撤回", "啊不, redo 一下吧, circle 还是要的"],
      ["purple star @top-right", "green circle @bottom"], checks={2: {"n_objects": 1}}, cat="correction"),
    C("mix-probe-161", ["画一个 big 的 teal diamond 在中间", "再来一个一样的, but smaller"],
      ["large cyan diamond @center", "small cyan diamond @top-left"], cat="plural"),
    C("mix-probe-162", ["在中间整一个 orange 的 square，上面再放个 green circle", "把 square 变成 star 吧"],
      ["orange star @center", "green circle @top"], rel=[(1, "above", 0)], cat="reshape"),
    C("mix-probe-163", ["draw a red circle 在左边 and a blue star 在右边", "star 是什么颜色的？"],
      ["red circle @left", "blue star @right"],
      checks={1: {"unchanged": True, "reply_any": ["blue", "蓝", "藍"]}}, cat="question"),
    C("mix-probe-164", ["画一个 pink 的 circle", "把它改成 rainbow color"],
      ["pink circle"], checks={1: _unknown(1)}, cat="unknown"),
]

# The fifth probe: 64 dialogues written on 2026-12-04 by two more writers who never read the code, the earlier
# probes or the world's wording, from the README's world section and the acceptance scorer alone (writer C: a
# formal retired teacher, a terse gamer, a Hong Kong user, a Beijing office worker; writer D: a child, a designer
# naming colours and places precisely, a grandmother in Taiwan on voice input, a code-switching product manager),
# before any of its messages was sent to a model. `score.py --set fifth` scores it.
FIFTH = [
    # English (writer C).
    # retired teacher, colour + shape synonyms
    C("en-probe-165",
      ["Good afternoon. Would you be so kind as to draw a crimson disc right in the middle of the canvas?",
       "Thank you ever so much. Might I also trouble you for a navy box in the upper right-hand corner?"],
      ["red circle @center", "blue square @top-right"], cat="synonyms"),
    # gamer, terse synonyms (teal, hex, tiny, violet, rhombus)
    C("en-probe-166",
      ["add teal hex top left",
       "add tiny violet rhombus bottom right"],
      ["cyan hexagon @top-left", "small purple diamond @bottom-right"], cat="synonyms"),
    # teacher, numbers as words, "more of those", how many
    C("en-probe-167",
      ["Would you be so kind as to draw two large pink stars and one small brown diamond, please?",
       "How lovely. Could I trouble you for three more of those stars?",
       "How many stars are there now, may I ask?"],
      ["large pink star", "large pink star", "pink star", "pink star", "pink star", "small brown diamond"],
      checks={1: {"n_objects": 6}, 2: {"unchanged": True, "reply_any": ["5", "five"]}}, cat="numbers"),
    # gamer, three instructions in one message incl. "another one but small"
    C("en-probe-168",
      ["add red sq left and big blue circle right",
       "rm the sq, mv circle to center + add another one but small"],
      ["small blue circle @top-left", "large blue circle @center"],
      checks={0: {"n_objects": 2}}, cat="multi"),
    # teacher corrects the colour of the last turn
    C("en-probe-169",
      ["I wonder whether you might draw a large purple hexagon at the top, please.",
       "Oh dear, I do beg your pardon \u2014 I meant orange, not purple."],
      ["large orange hexagon @top"],
      checks={1: {"n_objects": 1}}, cat="correction"),
    # gamer corrects the place of the last turn
    C("en-probe-170",
      ["add pink diamond bottom right",
       "add green star top",
       "nah top left"],
      ["pink diamond @bottom-right", "green star @top-left"],
      checks={2: {"n_objects": 2}}, cat="correction"),
    # gamer: ambiguous "hex", answer "the left one", then "em both"
    C("en-probe-171",
      ["add 2 green hex",
       "make hex blue",
       "the left one",
       "ok now make em both small"],
      ["small blue hexagon @top-left", "small green hexagon @center"],
      checks={1: {"unchanged": True, "reply_any": ["?", "\uff1f"]}}, cat="plural"),
    # teacher reshapes an earlier object (not the last one)
    C("en-probe-172",
      ["Would you please draw a cyan star in the bottom right-hand corner?",
       "And a red circle in the top left, if you would be so kind.",
       "Would you be so kind as to turn the star into a diamond?"],
      ["cyan diamond @bottom-right", "red circle @top-left"], cat="reshape"),
    # teacher: which is larger, then "that one"
    C("en-probe-173",
      ["Please draw a small yellow circle at the top left and a large blue triangle at the bottom right.",
       "Which of the two is the larger, if you don't mind my asking?",
       "Then kindly colour that one pink."],
      ["small yellow circle @top-left", "large pink triangle @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["triangle"]}}, cat="question"),
    # gamer: is X left of Y (yes), which is further right
    C("en-probe-174",
      ["add red star top left, green sq bottom right",
       "is the star left of the sq",
       "k which one is further right"],
      ["red star @top-left", "green square @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["yes"]},
              2: {"unchanged": True, "reply_any": ["square"]}}, cat="question"),
    # gamer typos
    C("en-probe-175",
      ["add purpel trinagle top rigth",
       "make it smal"],
      ["small purple triangle @top-right"], cat="typo"),
    # teacher asks for a colour the world cannot draw, then settles for grey
    C("en-probe-176",
      ["Would you kindly draw a white circle in the centre for me?",
       "Ah, I see. A pale grey one in the centre will do nicely, then."],
      ["gray circle @center"],
      checks={0: _unknown(0)}, cat="unknown"),

    # Simplified Chinese (writer C).
    # Beijing office worker: 大红, 圆圈, 墨绿, 五角星
    C("zhs-probe-177",
      ["中间弄个大红的圆圈",
       "右上角再整个墨绿的五角星"],
      ["red circle @center", "green star @top-right"], cat="synonyms"),
    # numbers as words: 三, 俩
    C("zhs-probe-178",
      ["整三个紫色的三角",
       "再来俩"],
      ["purple triangle", "purple triangle", "purple triangle", "purple triangle", "purple triangle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),
    # list in one message, then two instructions in one message
    C("zhs-probe-179",
      ["左边弄个黄色六边形，右边弄个灰色菱形，中间放个小的橙色圆",
       "六边形删了，菱形挪左下角去"],
      ["gray diamond @bottom-left", "small orange circle @center"],
      checks={0: {"n_objects": 3}}, cat="multi"),
    # colour correction of the last turn
    C("zhs-probe-180",
      ["右上角弄个小的粉色菱形",
       "不是粉的，要棕色的"],
      ["small brown diamond @top-right"],
      checks={1: {"n_objects": 1}}, cat="correction"),
    # 都 / 它们
    C("zhs-probe-181",
      ["弄两个红色的圆",
       "再来个黄色三角形",
       "两个圆都换成蓝色，再把它们弄小点"],
      ["small blue circle", "small blue circle", "yellow triangle"],
      checks={0: {"n_objects": 2}}, cat="plural"),
    # reshape everything
    C("zhs-probe-182",
      ["左边弄个绿色正方形，右边弄个橙色圆形",
       "全都改成六边形"],
      ["green hexagon @left", "orange hexagon @right"], cat="reshape"),
    # what is next to X (diagonal does not count), where is X
    C("zhs-probe-183",
      ["中间画个红色五角星，左边画个蓝色圆，右上角画个黄色三角形",
       "五角星旁边有啥？",
       "三角在哪儿？"],
      ["red star @center", "blue circle @left", "yellow triangle @top-right"],
      checks={1: {"unchanged": True, "reply_any": ["圆", "圓", "circle"]},
              2: {"unchanged": True, "reply_any": ["右上", "top-right", "top right"]}}, cat="question"),
    # pinyin slips: 六遍形 (六边形), 吧 (把)
    C("zhs-probe-184",
      ["在左下角画个橙色的六遍形",
       "吧它挪到右下角"],
      ["orange hexagon @bottom-right"], cat="typo"),
    # black is not drawable; follow-up says grey
    C("zhs-probe-185",
      ["中间整个黑色的圆",
       "那就灰色吧"],
      ["gray circle @center"],
      checks={0: _unknown(0)}, cat="unknown"),

    # Traditional Chinese, Hong Kong (writer C).
    # 啡色 (brown), 圓圈, 粉紅色, 星星
    C("zht-probe-186",
      ["唔該畀我喺左上角畫個啡色嘅圓圈",
       "再喺右下角擺個粉紅色嘅星星"],
      ["brown circle @top-left", "pink star @bottom-right"], cat="synonyms"),
    # 四個細細嘅 ..., then 兩個 more with the shape left out
    C("zht-probe-187",
      ["畀我畫四個細細嘅綠色三角形",
       "再加兩個藍色嘅"],
      ["small green triangle", "small green triangle", "small green triangle", "small green triangle",
       "blue triangle", "blue triangle"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 6}}, cat="numbers"),
    # undo, then redo
    C("zht-probe-188",
      ["喺中間畫個黃色六角形",
       "再擺個紫色菱形喺上面",
       "撤回上一步",
       "都係要返佢，重做"],
      ["yellow hexagon @center", "purple diamond @top"],
      checks={2: {"n_objects": 1}, 3: {"n_objects": 2}}, cat="correction"),
    # 佢哋全部, 兩個都
    C("zht-probe-189",
      ["喺左邊畫個紅色正方形，右邊畫個紅色三角形",
       "唔要紅色喇，將佢哋全部轉做藍色",
       "兩個都整細啲"],
      ["small blue square @left", "small blue triangle @right"], cat="plural"),
    # which is higher, what colour
    C("zht-probe-190",
      ["喺上面畫個大嘅紫色星星，喺下面畫個細嘅啡色圓形",
       "邊個高啲？",
       "咁星星係咩顏色？"],
      ["large purple star @top", "small brown circle @bottom"],
      checks={1: {"unchanged": True, "reply_any": ["星", "star"]},
              2: {"unchanged": True, "reply_any": ["紫", "purple"]}}, cat="question"),

    # Mixed English / Chinese (writer C).
    # digits and words, English nouns in Chinese sentences
    C("mix-probe-191",
      ["加 3 个 pink 的 square",
       "再加两个 gray triangle"],
      ["pink square", "pink square", "pink square", "gray triangle", "gray triangle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),
    # English first turn, Chinese two-instruction second turn
    C("mix-probe-192",
      ["draw a large green circle at the top left",
       "再在右下角画一个小的橙色方形，然后把圆形移到中间"],
      ["large green circle @center", "small orange square @bottom-right"], cat="multi"),
    # "no, the other one" in Chinese after an English recolour
    C("mix-probe-193",
      ["put a purple star on the left and a purple star on the right",
       "make the star on the left pink",
       "不对，是另一个"],
      ["purple star @left", "pink star @right"],
      checks={2: {"n_objects": 2}}, cat="plural"),
    # copy ("same again"), then reshape the new one
    C("mix-probe-194",
      ["在中间画个 cyan square",
       "same again pls",
       "把新的那个变成 triangle"],
      ["cyan square @center", "cyan triangle @top-left"],
      checks={1: {"n_objects": 2}}, cat="reshape"),
    # English typos inside Chinese sentences
    C("mix-probe-195",
      ["右上角画个 yelow 的 hexgon",
       "mvoe it to 左下角"],
      ["yellow hexagon @bottom-left"], cat="typo"),
    # a shape the world cannot draw, then what was meant
    C("mix-probe-196",
      ["画一个 heart 在中间",
       "ok 那就 red star 吧"],
      ["red star @center"],
      checks={0: _unknown(0)}, cat="unknown"),

    # English (writer D).
    C("en-probe-197", ["can u make a reeeally big red circel!!!",
                        "now a tiny blu star in the top rigth corner pls"],
      ["large red circle @center", "small blue star @top-right"],
      checks={1: {"n_objects": 2}}, cat="typo"),
    C("en-probe-198", ["draw a gren triangel at the botom", "make it purpel!!", "now make it smal plz"],
      ["small purple triangle @bottom"],
      checks={2: {"n_objects": 1}}, cat="typo"),
    C("en-probe-199", ["Place a crimson disc in the upper-left corner.",
                        "Add a navy rhombus dead center, and a teal box along the bottom edge."],
      ["red circle @top-left", "blue diamond @center", "cyan square @bottom"], cat="synonyms"),
    C("en-probe-200", ["draw three yellow stars", "and a couple of green dots", "now a few more dots pls"],
      ["yellow star", "yellow star", "yellow star", "green circle", "green circle"],
      checks={1: {"n_objects": 5}, 2: _unknown(5)}, cat="numbers"),
    C("en-probe-201", ["put a gray triangle at the top", "now a big orange hexagon on the right",
                        "oops no, on the left side"],
      ["gray triangle @top", "large orange hexagon @left"],
      checks={2: {"n_objects": 2}}, cat="correction"),
    C("en-probe-202", ["draw two big red squares, one in the top left and one in the bottom right",
                        "make both of them blue", "now shrink the one at the bottom right"],
      ["small blue square @bottom-right", "large blue square @top-left"], cat="plural"),
    C("en-probe-203", ["draw a small purple star on the left and a large green circle on the right",
                        "which one is bigger?", "and which one is further left?"],
      ["small purple star @left", "large green circle @right"],
      checks={1: {"unchanged": True, "reply_any": ["circle", "green"]},
              2: {"unchanged": True, "reply_any": ["star", "purple"]}}, cat="question"),
    C("en-probe-204", ["draw a yellow square in the middle", "now put a little heart next to it",
                        "ok never mind, just put a pink star to the right of the square"],
      ["yellow square @center", "pink star @right"], rel=[(1, "right_of", 0)],
      checks={1: _unknown(1)}, cat="unknown"),
    C("en-probe-205", ["draw a blue triangle at the top and a red star at the bottom",
                        "make the triangle orange, move the star to the bottom left corner, "
                        "and add a small gray diamond in the middle"],
      ["orange triangle @top", "red star @bottom-left", "small gray diamond @center"],
      checks={1: {"n_objects": 3}}, cat="multi"),
    # Simplified Chinese (writer D).
    C("zhs-probe-206", ["在左上角画一个大红色的圆点", "右下方再放一个藏青色的菱形", "正中间来个柠檬黄的五角星"],
      ["red circle @top-left", "blue diamond @bottom-right", "yellow star @center"], cat="synonyms"),
    C("zhs-probe-207", ["画3个小的紫色六边形", "再来两个粉红色的圆圈", "现在一共有几个图形？"],
      ["small purple hexagon", "small purple hexagon", "small purple hexagon", "pink circle", "pink circle"],
      checks={2: {"unchanged": True, "reply_any": ["5", "五", "five"]}}, cat="numbers"),
    C("zhs-probe-208", ["在左边画一个绿色三角形，右边画一个蓝色正方形，中间再放一个大的橙色星星",
                         "把三角形删掉，正方形改成灰色"],
      ["gray square @right", "large orange star @center"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 2}}, cat="multi"),
    C("zhs-probe-209", ["在上面画一个小的黄色圆", "不对，是红色的", "再在它下面画一个青色的方块"],
      ["small red circle @top", "cyan square @center"], rel=[(1, "below", 0)],
      checks={1: {"n_objects": 1}}, cat="correction"),
    C("zhs-probe-210", ["画两个绿色的星星", "把它们都变大", "然后都改成棕色"],
      ["large brown star", "large brown star"], checks={2: {"n_objects": 2}}, cat="plural"),
    C("zhs-probe-211", ["在中间画一个大的粉色正方形，左边画一个小的粉色三角形", "把粉色的都变成星星"],
      ["large pink star @center", "small pink star @left"], cat="reshape"),
    C("zhs-probe-212", ["在左下角画一个灰色菱形，右上角画一个紫色的圆", "哪个更高？", "菱形是什么颜色的？"],
      ["gray diamond @bottom-left", "purple circle @top-right"],
      checks={1: {"unchanged": True, "reply_any": ["圆", "圓", "紫", "circle", "purple"]},
              2: {"unchanged": True, "reply_any": ["灰", "gray", "grey"]}}, cat="question"),
    C("zhs-probe-213", ["在中间画一个篮色的原形", "在它右边加一个律色的三脚形"],
      ["blue circle @center", "green triangle @right"], rel=[(1, "right_of", 0)], cat="typo"),
    C("zhs-probe-214", ["画一个绿色的正方形", "在它上面画一个金色的星星",
                         "没有金色的话，就在正方形上面画一个橙色的星星吧"],
      ["green square @center", "orange star @top"], rel=[(1, "above", 0)],
      checks={1: _unknown(1)}, cat="unknown"),
    C("zhs-probe-215", ["中间画一个红色的圆，左边画一个蓝色的六边形，右下角画一个黄色的三角形",
                         "圆旁边有什么？", "三角形在哪儿？"],
      ["red circle @center", "blue hexagon @left", "yellow triangle @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["六边", "六邊", "六角", "蓝", "藍", "hexagon", "blue"]},
              2: {"unchanged": True, "reply_any": ["右下", "bottom-right", "bottom right"]}}, cat="question"),
    C("zhs-probe-216", ["在左上角画一个小的青色菱形", "再来一个一样的", "把刚加的那个挪到右下角"],
      ["small cyan diamond @top-left", "small cyan diamond @bottom-right"],
      checks={1: {"n_objects": 2}}, cat="plural"),
    # Traditional Chinese (writer D).
    C("zht-probe-217", ["幫我畫一個紅色的圓形放在中間，然後那個左上角再畫一個綠色的正方形，然後右上角就是畫一個黃色的星星",
                         "然後那個正方形幫我改成藍色的，星星就不要了"],
      ["red circle @center", "blue square @top-left"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 2}}, cat="multi"),
    C("zht-probe-218", ["幫我畫兩個藍色的圓，一個在左邊一個在右邊", "然後那個左邊的圓幫我改成紅色",
                         "不是啦，我是說另外一個啦"],
      ["blue circle @left", "red circle @right"], checks={2: {"n_objects": 2}}, cat="correction"),
    C("zht-probe-219", ["幫我在右邊畫一個咖啡色的正方形", "那個正方形幫我變成菱形好了", "然後再幫我把它移到最左邊"],
      ["brown diamond @left"], cat="reshape"),
    C("zht-probe-220", ["幫我在左上角畫一個橘色的六角形，然後右下角畫一個灰色的圓圈",
                         "那個圓圈是什麼顏色啊？", "畫面上現在總共有幾個東西啊？"],
      ["orange hexagon @top-left", "gray circle @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["灰", "gray", "grey"]},
              2: {"unchanged": True, "reply_any": ["2", "兩", "两", "二", "two"]}}, cat="question"),
    C("zht-probe-221", ["幫我畫四個小小的黃色星星", "然後就是再畫一個大大的藍色正方形", "嗯那個…再幫我加幾個圓形好了"],
      ["small yellow star", "small yellow star", "small yellow star", "small yellow star", "large blue square"],
      checks={1: {"n_objects": 5}, 2: _unknown(5)}, cat="numbers"),
    # Mixed English / Chinese (writer D).
    C("mix-probe-222", ["帮我 add 一个 hexagon，color 用 navy", "再来一个 crimson 的 dot，放 top right"],
      ["blue hexagon @center", "red circle @top-right"], cat="synonyms"),
    C("mix-probe-223", ["在 center 画一个 small 的 green square", "把它的 shape 换成 triangle", "size 再调大一点"],
      ["large green triangle @center"], cat="reshape"),
    C("mix-probe-224", ["画一个 small 的 purple star 在 left", "再来一个一样的，放 right", "两个 star 的 color 都换成 orange"],
      ["small orange star @left", "small orange star @right"], checks={1: {"n_objects": 2}}, cat="plural"),
    C("mix-probe-225", ["top-left 放一个 red circle，bottom-right 放一个 blue square", "把 circle 移到 center",
                         "undo 一下", "现在 circle 在哪？"],
      ["red circle @top-left", "blue square @bottom-right"],
      checks={2: {"n_objects": 2},
              3: {"unchanged": True, "reply_any": ["左上", "top-left", "top left", "upper left", "upper-left"]}},
      cat="question"),
    C("mix-probe-226", ["帮我 add 三个 yellow 的 triangle", "sorry 打错了，要 2 个就行"],
      ["yellow triangle", "yellow triangle"], checks={0: {"n_objects": 3}, 1: {"n_objects": 2}}, cat="correction"),
    C("mix-probe-227", ["add 一个 pink diamond 在 top，再 add 一个 gray star 在 bottom",
                         "把 diamond 删掉，star 的 size 调小，然后 move 到 top-right corner",
                         "undo 一下", "算了还是 redo 吧"],
      ["small gray star @top-right"], checks={1: {"n_objects": 1}, 2: {"n_objects": 2}, 3: {"n_objects": 1}},
      cat="multi"),
    C("mix-probe-228", ["center 放一个 yellow circle", "top right 再 add 一个 octagon",
                         "sorry 是 hexagon，color 用 teal，还是放 top right"],
      ["yellow circle @center", "cyan hexagon @top-right"], checks={1: _unknown(1)}, cat="unknown"),
]

# The sixth probe: 48 dialogues written on 2026-12-04 by a fifth writer who never read the code, the earlier probes
# or the world's wording, from the README's world section and the acceptance scorer alone, in the voices of many
# different people, before any of its messages was sent to a model. One word was changed because it was wrong under
# the world's rules: "magenta", written as a colour the world does not know, is one of its names for pink, so that
# case says "fuchsia" (which the README names as unknown). `score.py --set sixth` scores it.
SIXTH = [
    # English.
    # teenager, colour + shape synonyms
    C("en-probe-229", ["hey could you draw me a scarlet star up in the top right corner?",
                       "and a navy box right in the middle"],
      ["red star @top-right", "blue square @center"], cat="synonyms"),
    # gamer kid, number words + size words
    C("en-probe-230", ["gimme three tiny lime circles",
                       "now one huge violet circle in the bottom right corner"],
      ["large purple circle @bottom-right", "small green circle", "small green circle", "small green circle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 4}}, cat="numbers"),
    # teacher preparing a lesson, three adds in one message
    C("en-probe-231", ["OK, for tomorrow's lesson I need a yellow triangle on the left, a green hexagon on the right and an orange diamond down at the bottom."],
      ["yellow triangle @left", "green hexagon @right", "orange diamond @bottom"], cat="multi"),
    # correction of which object was meant
    C("en-probe-232", ["put a green square on the left and another green square on the right",
                       "make the left one red",
                       "oops, wrong one, I meant the one on the right"],
      ["green square @left", "red square @right"], checks={2: {"n_objects": 2}}, cat="correction"),
    # office worker on a break, "two more ... ones"
    C("en-probe-233", ["Can you draw four grey squares?", "And two more, pink ones this time."],
      ["gray square", "gray square", "gray square", "gray square", "pink square", "pink square"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 6}}, cat="numbers"),
    # "both of them"
    C("en-probe-234", ["could I get two blue squares", "make both of them orange, and small"],
      ["small orange square", "small orange square"], cat="plural"),
    # designer, reshape with "that"
    C("en-probe-235", ["I'd like a large cyan circle right in the centre",
                       "hmm, could you turn that into a diamond?"],
      ["large cyan diamond @center"], cat="reshape"),
    # non-native speaker, which is further left
    C("en-probe-236", ["Please draw red circle at left side and blue star at right side.",
                       "Which one is more to the left?"],
      ["red circle", "blue star"], rel=[(0, "left_of", 1)],
      checks={1: {"unchanged": True, "reply_any": ["circle"]}}, cat="question"),
    # casual, silver / emerald, bottom middle / up top
    C("en-probe-237", ["can you do a silver diamond in the bottom middle", "and an emerald circle up top"],
      ["gray diamond @bottom", "green circle @top"], cat="synonyms"),
    # fast typist
    C("en-probe-238", ["pls draw a purpel hexgon in the midle", "thx now a yelow trinagle top rigth"],
      ["purple hexagon @center", "yellow triangle @top-right"], cat="typo"),
    # teenager asks for a shape the world has not got
    C("en-probe-239", ["draw a red heart in the middle plz", "ok fine, a red star then"],
      ["red star"], checks={0: _unknown(0)}, cat="unknown"),
    # kid: ambiguous "the star", then the answer
    C("en-probe-240", ["draw 2 pink stars!!", "paint the star blue", "the middle one"],
      ["blue star @center", "pink star"],
      checks={1: {"unchanged": True, "reply_any": ["?", "？"]}}, cat="plural"),
    # yes/no about height
    C("en-probe-241", ["draw a blue diamond in the upper left, then a brown square in the lower right",
                       "quick q, is the diamond higher up than the square?"],
      ["blue diamond @top-left", "brown square @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),
    # undo
    C("en-probe-242", ["draw a teal hexagon at the bottom", "put a green star at the top", "hmm no, undo that"],
      ["cyan hexagon @bottom"], checks={2: {"n_objects": 1}}, cat="correction"),
    # grandparent, reshape "all of them"
    C("en-probe-243", ["Could you please make three small yellow squares for my granddaughter?",
                       "Lovely. Now could you turn all of them into stars?"],
      ["small yellow star", "small yellow star", "small yellow star"], cat="reshape"),
    # designer, add + copy + recolour in one message
    C("en-probe-244", ["big green triangle in the middle please, then copy it to the top right corner and make the copy blue"],
      ["large green triangle @center", "large blue triangle @top-right"], cat="multi"),

    # Simplified Chinese.
    C("zhs-probe-245", ["麻烦在正中间画一个大红色的五角星", "再在右下角来个墨绿色的小正方形"],
      ["red star @center", "small green square @bottom-right"], cat="synonyms"),
    C("zhs-probe-246", ["弄个柠檬黄的菱形放左边", "右边再整一个宝蓝色的圆圈"],
      ["yellow diamond @left", "blue circle @right"], cat="synonyms"),
    # office worker making a diagram
    C("zhs-probe-247", ["帮我弄个示意图：左上角画个黄色圆形，右上角画个紫色菱形，下面中间放个灰色六边形"],
      ["yellow circle @top-left", "purple diamond @top-right", "gray hexagon @bottom"], cat="multi"),
    C("zhs-probe-248", ["在左边画一个橙色的正方形", "不对，是右边"],
      ["orange square @right"], checks={1: {"n_objects": 1}}, cat="correction"),
    # move up one cell, undo, redo
    C("zhs-probe-249", ["画个蓝色的六边形", "往上挪一点", "撤销", "算了，重做"],
      ["blue hexagon @top"], checks={2: {"n_objects": 1}}, cat="correction"),
    C("zhs-probe-250", ["来4个小小的橙色星星", "再加一个超大的紫色六边形，放右下角"],
      ["large purple hexagon @bottom-right", "small orange star", "small orange star", "small orange star",
       "small orange star"], checks={0: {"n_objects": 4}, 1: {"n_objects": 5}}, cat="numbers"),
    C("zhs-probe-251", ["画三个绿色的菱形", "全部改成黄色", "把中间那个删了"],
      ["yellow diamond @top-left", "yellow diamond @top"], checks={2: {"n_objects": 2}}, cat="plural"),
    C("zhs-probe-252", ["在右上角弄个青色的正方形", "把它改成六边形"],
      ["cyan hexagon @top-right"], cat="reshape"),
    C("zhs-probe-253", ["左边画一个棕色菱形，右边画一个粉色的圆", "圆在哪？", "那菱形是啥颜色？"],
      ["brown diamond @left", "pink circle @right"],
      checks={1: {"unchanged": True, "reply_any": ["右", "right"]},
              2: {"unchanged": True, "reply_any": ["棕", "brown", "咖啡"]}}, cat="question"),
    C("zhs-probe-254", ["在上面画一个大的蓝色正方形，在下面画一个小的红色三角形", "哪个比较大？"],
      ["large blue square @top", "small red triangle @bottom"],
      checks={1: {"unchanged": True, "reply_any": ["正方", "蓝", "藍", "square", "blue"]}}, cat="question"),
    # pinyin slips: 脚/角, 涩/色, 型/形
    C("zhs-probe-255", ["在左上脚画一个黄涩的三角型"],
      ["yellow triangle @top-left"], cat="typo"),
    # pinyin slip: 行/形
    C("zhs-probe-256", ["帮忙画两个紫色的六边行"],
      ["purple hexagon", "purple hexagon"], checks={0: {"n_objects": 2}}, cat="typo"),
    C("zhs-probe-257", ["给我画个红色的爱心", "那还是画个红色的星星吧"],
      ["red star"], checks={0: _unknown(0)}, cat="unknown"),
    C("zhs-probe-258", ["在中间画一个绿色的正方形", "再在它上面画一个橙色的梯形"],
      ["green square @center"], checks={1: _unknown(1)}, cat="unknown"),

    # Traditional Chinese.
    C("zht-probe-259", ["請在右邊畫一個深藍色的六角形", "左邊再畫一個淺灰色的圓"],
      ["blue hexagon @right", "gray circle @left"], cat="synonyms"),
    # Taiwanese student: "the other one"
    C("zht-probe-260", ["畫兩個藍色的三角形", "把中間那個改成紅色", "不對，是另一個啦"],
      ["red triangle @top-left", "blue triangle @center"], checks={2: {"n_objects": 2}}, cat="correction"),
    C("zht-probe-261", ["在中間畫一個大的橘色圓形", "把它換成正方形"],
      ["large orange square @center"], cat="reshape"),
    C("zht-probe-262", ["畫兩個綠色的星星跟一個藍色的菱形", "現在總共有幾個圖形？"],
      ["green star", "green star", "blue diamond"],
      checks={1: {"unchanged": True, "reply_any": ["3", "三", "three"]}}, cat="question"),
    # slips: 各/個, 型/形
    C("zht-probe-263", ["在右上角畫一各紅色的正方型"],
      ["red square @top-right"], cat="typo"),
    C("zht-probe-264", ["在中間畫一個藍色的圓", "旁邊再加一個黃色的月亮"],
      ["blue circle @center"], checks={1: _unknown(1)}, cat="unknown"),
    C("zht-probe-265", ["畫兩個藍色的圓", "它們都改成咖啡色"],
      ["brown circle", "brown circle"], cat="plural"),
    C("zht-probe-266", ["在左上角畫一個紅色星星，然後把它移到右下角，再在中間加一個綠色的菱形"],
      ["red star @bottom-right", "green diamond @center"], cat="multi"),

    # Mixed English / Chinese.
    # programmer code-switching
    C("mix-probe-267", ["帮我画一个 navy 的 circle 在右上角", "再来一个 crimson 的 hexagon 放左下角"],
      ["blue circle @top-right", "red hexagon @bottom-left"], cat="synonyms"),
    C("mix-probe-268", ["来 2 个 small purple diamonds", "再加一个 big one 在 bottom right"],
      ["large purple diamond @bottom-right", "small purple diamond", "small purple diamond"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 3}}, cat="numbers"),
    # bilingual teacher, fills the canvas to 8
    C("mix-probe-269", ["draw five small green triangles", "再来三个"],
      ["small green triangle", "small green triangle", "small green triangle", "small green triangle",
       "small green triangle", "small green triangle", "small green triangle", "small green triangle"],
      checks={0: {"n_objects": 5}, 1: {"n_objects": 8}}, cat="numbers"),
    C("mix-probe-270", ["add a red square on the left，然后在右边加一个 green triangle"],
      ["red square @left", "green triangle @right"], cat="multi"),
    C("mix-probe-271", ["put an orange hexagon in the middle", "不对不对，要紫色的"],
      ["purple hexagon @center"], checks={1: {"n_objects": 1}}, cat="correction"),
    C("mix-probe-272", ["在下面画一个 pink square", "change it into a star 吧"],
      ["pink star @bottom"], cat="reshape"),
    C("mix-probe-273", ["plz draw a greeen sqaure 在左边"],
      ["green square @left"], cat="typo"),
    C("mix-probe-274", ["画一个 fuchsia 的三角形", "那就画个 purple 的三角形吧"],
      ["purple triangle"], checks={0: _unknown(0)}, cat="unknown"),
    C("mix-probe-275", ["two orange circles please", "把它们都放大"],
      ["large orange circle", "large orange circle"], cat="plural"),
    C("mix-probe-276", ["画一个 gray hexagon 在中间，再在它右边画一个 yellow circle", "what's next to the hexagon?"],
      ["gray hexagon @center", "yellow circle @right"],
      checks={1: {"unchanged": True, "reply_any": ["circle", "圆", "圓"]}}, cat="question"),
]

# The seventh probe: 48 dialogues written on 2026-12-04 by a sixth writer who never read the code, the earlier
# probes or the world's wording (a nurse, a child, an architect, an exchange student, a retired engineer in Taipei,
# a Chengdu vendor, a Singaporean teenager, a parent on voice input), from the README's world section and the
# acceptance scorer alone, before any of its messages was sent to a model; scored blind on the stop's final code.
# `score.py --set seventh` scores it.
SEVENTH = [
    # English.
    C("en-probe-277", ["hi, could you pop a scarlet dot in the upper left corner please",
                       "and a navy blue block smack in the middle, thanks"],
      ["red circle @top-left", "blue square @center"], cat="synonyms"),
    C("en-probe-278", ["can you draw three yellow stars pleeease", "and another one!!", "now 2 green ones too"],
      ["yellow star", "yellow star", "yellow star", "yellow star", "green star", "green star"],
      checks={1: {"n_objects": 4}}, cat="numbers"),
    C("en-probe-279", ["Large charcoal hexagon, top centre. Small orange triangles in both bottom corners."],
      ["large gray hexagon @top", "small orange triangle @bottom-left", "small orange triangle @bottom-right"],
      cat="multi"),
    C("en-probe-280", ["add a purple circle on the right", "sorry no I meant a square"],
      ["purple square @right"], checks={1: {"n_objects": 1}}, cat="correction"),
    C("en-probe-281", ["can I get two red triangles and a red diamond", "make all of them tiny"],
      ["small red triangle", "small red triangle", "small red diamond"], cat="plural"),
    C("en-probe-282", ["Please, draw one blue circle at the middle.", "Can you change this circle into hexagon form?"],
      ["blue hexagon @center"], cat="reshape"),
    C("en-probe-283", ["green square top left, yellow circle bottom right", "which of them sits higher?"],
      ["green square @top-left", "yellow circle @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["square", "green"]}}, cat="question"),
    C("en-probe-284", ["drwa a purpel triangel in the midle", "now mvoe it to teh top rigth"],
      ["purple triangle @top-right"], cat="typo"),
    C("en-probe-285", ["can you draw a fuchsia star for my daughter", "ok, hot pink"],
      ["pink star"], checks={0: _unknown(0)}, cat="unknown"),
    C("en-probe-286", ["draw an orange circle at the top", "add a brown square at the bottom", "hmm undo that",
                       "actually no, redo it"],
      ["orange circle @top", "brown square @bottom"],
      checks={2: {"n_objects": 1}, 3: {"n_objects": 2}}, cat="correction"),
    C("en-probe-287", ["put a red star on the left and another red star on the right", "make the left one yellow",
                       "no, the other one"],
      ["red star @left", "yellow star @right"], cat="plural"),
    C("en-probe-288", ["ok so three pink circles and a grey diamond", "how many shapes are on there now"],
      ["pink circle", "pink circle", "pink circle", "gray diamond"],
      checks={1: {"unchanged": True, "reply_any": ["4", "four"]}}, cat="question"),
    C("en-probe-289", ["I'd like a huge violet rhombus in the bottom right corner",
                       "and a tiny lime green ball directly above it"],
      ["large purple diamond @bottom-right", "small green circle @right"], rel=[(1, "above", 0)], cat="synonyms"),
    C("en-probe-290", ["put a yellow square at the top and a cyan square at the bottom",
                       "okay turn both of the squares into stars"],
      ["yellow star @top", "cyan star @bottom"], cat="reshape"),
    C("en-probe-291", ["add a red circle pls", "and a blue star", "where's the star now?"],
      ["red circle @center", "blue star @top-left"],
      checks={2: {"unchanged": True, "reply_any": ["top left", "top-left", "upper left", "左上"]}}, cat="question"),
    C("en-probe-292", ["Black hexagon, top right corner please.", "Dark grey then."],
      ["gray hexagon @top-right"], checks={0: _unknown(0)}, cat="unknown"),

    # Simplified Chinese.
    C("zhs-probe-293", ["来嘛，正中间给我画个红彤彤的圆圈", "左上角再整一个深绿色的方块噻"],
      ["red circle @center", "green square @top-left"], cat="synonyms"),
    C("zhs-probe-294", ["画2个小的粉红五角星，外加一个橘色三角形"],
      ["small pink star", "small pink star", "orange triangle"], cat="numbers"),
    C("zhs-probe-295", ["先在左边画个蓝色圆形，然后把它挪到右下角，最后涂成紫色"],
      ["purple circle @bottom-right"], cat="multi"),
    C("zhs-probe-296", ["在上面画一个黄色菱形", "不对不对，是下面"],
      ["yellow diamond @bottom"], checks={1: {"n_objects": 1}}, cat="correction"),
    C("zhs-probe-297", ["画三个绿色的圆", "把它们都变成红色"],
      ["red circle", "red circle", "red circle"], cat="plural"),
    C("zhs-probe-298", ["在右上角画个灰色正方形", "把这个方块改成六边形"],
      ["gray hexagon @top-right"], cat="reshape"),
    C("zhs-probe-299", ["左边画一个棕色星星，右边画一个青色菱形", "星星是什么颜色的？"],
      ["brown star @left", "cyan diamond @right"],
      checks={1: {"unchanged": True, "reply_any": ["棕", "brown", "褐", "咖啡"]}}, cat="question"),
    C("zhs-probe-300", ["在右上脚画一个绿色的正放形", "再在中间画一个紫色的凌形"],
      ["green square @top-right", "purple diamond @center"], cat="typo"),
    C("zhs-probe-301", ["画一个品红色的六边形", "算了，那就粉色吧"],
      ["pink hexagon"], checks={0: _unknown(0)}, cat="unknown"),
    C("zhs-probe-302", ["中间画一个红色方块，它右边画一个蓝色圆，左下角画一个黄色星星", "方块旁边有什么？"],
      ["red square @center", "blue circle @right", "yellow star @bottom-left"],
      checks={1: {"unchanged": True, "reply_any": ["圆", "圓", "circle"]}}, cat="question"),
    C("zhs-probe-303", ["给我画5个咖啡色的小圆点", "再加3个", "再来一个"],
      ["small brown circle"] * 8,
      checks={1: {"n_objects": 8}, 2: {"unchanged": True, "n_objects": 8, "reply_nonempty": True}}, cat="numbers"),
    C("zhs-probe-304", ["画两个橙色的菱形，一个在左上角，一个在右下角", "把左上角那个改成黄色", "不是这个，是另一个"],
      ["orange diamond @top-left", "yellow diamond @bottom-right"], cat="correction"),
    C("zhs-probe-305", ["在左边画一个大的紫色六边形", "复制一个放到右边"],
      ["large purple hexagon @left", "large purple hexagon @right"], cat="plural"),
    C("zhs-probe-306", ["左边画一个大的绿色三角形，右边画一个小的绿色三角形", "哪个大一点？"],
      ["large green triangle @left", "small green triangle @right"],
      checks={1: {"unchanged": True, "reply_any": ["左", "left"]}}, cat="question"),

    # Traditional Chinese.
    C("zht-probe-307", ["請在右下角畫一個深藍色的六角形", "左上角再加一個銀灰色的圓"],
      ["blue hexagon @bottom-right", "gray circle @top-left"], cat="synonyms"),
    C("zht-probe-308", ["中間畫一個紅色星形，右邊畫一個綠色正方形", "請問正方形在哪裡？"],
      ["red star @center", "green square @right"],
      checks={1: {"unchanged": True, "reply_any": ["右", "right"]}}, cat="question"),
    C("zht-probe-309", ["畫三個黃色的圓形", "把它們全部改成菱形"],
      ["yellow diamond", "yellow diamond", "yellow diamond"], cat="reshape"),
    C("zht-probe-310", ["在左下腳畫一個桔色的三角型", "再把它變大一點"],
      ["large orange triangle @bottom-left"], cat="typo"),
    C("zht-probe-311", ["畫一個紫色的星星", "再畫一個粉紅色的菱形", "剛剛那個不要，回到上一步"],
      ["purple star"], checks={2: {"n_objects": 1}}, cat="correction"),
    C("zht-probe-312", ["畫四個小小的綠色方塊", "再加兩個紅色的"],
      ["small green square", "small green square", "small green square", "small green square",
       "red square", "red square"], cat="numbers"),
    C("zht-probe-313", ["幫我畫一隻貓", "那畫一個橘色的圓形好了"],
      ["orange circle"], checks={0: _unknown(0)}, cat="unknown"),
    C("zht-probe-314", ["左邊畫一個藍色三角形，右邊畫一個咖啡色圓形", "三角形改成紅色，圓形移到最上面中間"],
      ["red triangle @left", "brown circle @top"], cat="multi"),

    # Mixed English/Chinese.
    C("mix-probe-315", ["eh can help me draw one 大大的 orange star at top right corner or not",
                        "then one 迷你 lilac diamond below it lah"],
      ["large orange star @top-right", "small purple diamond @right"], rel=[(1, "below", 0)], cat="synonyms"),
    C("mix-probe-316", ["pls draw 两个 blue circles and 三个 yellow triangles"],
      ["blue circle", "blue circle", "yellow triangle", "yellow triangle", "yellow triangle"], cat="numbers"),
    C("mix-probe-317", ["画一个 red square and 一个 red circle", "make 它们 both green"],
      ["green square", "green circle"], cat="plural"),
    C("mix-probe-318", ["draw a pink star at 左边 and a gray hexagon at 右边", "which one more left ah?"],
      ["pink star @left", "gray hexagon @right"],
      checks={1: {"unchanged": True, "reply_any": ["star", "星"]}}, cat="question"),
    C("mix-probe-319", ["中间 draw one green circle for me", "change it to 三角形 can?"],
      ["green triangle @center"], cat="reshape"),
    C("mix-probe-320", ["pls drwa a 红色 sqaure at the bottm"],
      ["red square @bottom"], cat="typo"),
    C("mix-probe-321", ["draw a gold star 在中间", "ok then 黄色 lor"],
      ["yellow star @center"], checks={0: _unknown(0)}, cat="unknown"),
    C("mix-probe-322", ["put a cyan diamond at the top left", "不是 cyan 啦, 是 blue"],
      ["blue diamond @top-left"], checks={1: {"n_objects": 1}}, cat="correction"),
    C("mix-probe-323", ["draw a red circle and a blue square", "remove the circle then 把 square 移到 center"],
      ["blue square @center"], cat="multi"),
    C("mix-probe-324", ["画 a yellow circle 在 left, a purple triangle 在 right", "is the circle left of the triangle?"],
      ["yellow circle @left", "purple triangle @right"],
      checks={1: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),
]




EIGHTH = [
    # writer P. 
    # writer P:
    # Blind probe cases 325-356 for dialogan.
    #
    # Personas (invented for this probe):
    #  - Jayden, 15, Chinese-American, texts in lowercase with slang, "u", "pls", "+", emoji and
    #    typos; goes to weekend Mandarin school, so drops simplified Chinese words into English.
    #  - Margaret, 71, retired British primary-school teacher: full, very polite sentences, British
    #    spelling ("grey", "centre", "colour"), "left-hand corner", "dear".
    #  - 王丽 (Wang Li), busy mum in Hangzhou typing simplified Chinese one-handed while cooking:
    #    pinyin-input slips, fillers (哎呀, 啊), colloquial 俩/来个; sometimes types English shape
    #    and colour words she learned from her kid's homework.
    #  - 陳家朗 Kelvin, Hong Kong Form 5 student: Cantonese-flavoured traditional Chinese (唔該, 畀, 喺,
    #    嘅, 佢, 佢哋, 嗰個, 咗, 跟住, 啲) and Hong Kong-style code-switching with English.

    # ---------------- English ----------------

    # typo: Jayden's dropped/swapped/doubled letters; second object placed under "it"
    C("en-probe-325",
      ["ok quick one draw a blu traingle top right pls",
       "and a grren circel under it"],
      ["blue triangle @top-right", "green circle @right"],
      rel=[(1, "below", 0)], cat="typo"),

    # synonyms: Margaret's "scarlet ball", "little violet box", "top left-hand corner", "centre"
    C("en-probe-326",
      ["Good afternoon! Could you please put a large scarlet ball right in the centre of the picture?",
       "Lovely, thank you. Now I'd like a little violet box up in the top left-hand corner."],
      ["large red circle @center", "small purple square @top-left"],
      cat="synonyms"),

    # numbers: digit and word numbers, emoji, slang; unplaced groups
    C("en-probe-327",
      ["yo draw 3 yellow stars \U0001F31F",
       "sick. now two gray hexagons"],
      ["yellow star", "yellow star", "yellow star", "gray hexagon", "gray hexagon"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),

    # correction: colour denied and replaced ("I meant orange, not green"), then a colour question
    C("en-probe-328",
      ["Please draw a green triangle on the right-hand side.",
       "Oh dear, no, I meant orange, not green. My apologies.",
       "What colour is the triangle now?"],
      ["orange triangle @right"],
      checks={1: {"n_objects": 1}, 2: {"unchanged": True, "reply_any": ["orange"]}}, cat="correction"),

    # question: "+" shorthand add of two, then a yes/no relation question and a colour question
    C("en-probe-329",
      ["gimme a pink diamond at the bottom + a brown star up top",
       "wait is the star above the diamond??",
       "what color is the one at the bottom"],
      ["pink diamond @bottom", "brown star @top"],
      checks={1: {"unchanged": True, "reply_any": ["yes"]},
              2: {"unchanged": True, "reply_any": ["pink"]}}, cat="question"),

    # unknown: a colour the world cannot draw asks back; the next message answers with a colour
    C("en-probe-330",
      ["can u do a black square",
       "ugh fine purple then"],
      ["purple square"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "\uff1f"]}}, cat="unknown"),

    # plural: "both of them" after adding two
    C("en-probe-331",
      ["I should like two orange hexagons, please.",
       "Splendid. Now could you make both of them small?"],
      ["small orange hexagon", "small orange hexagon"],
      checks={1: {"n_objects": 2}}, cat="plural"),

    # reshape: polite "could you change that square into a hexagon", British "grey"
    C("en-probe-332",
      ["Please draw a large grey square in the bottom left corner.",
       "Actually, could you change that square into a hexagon, please?"],
      ["large gray hexagon @bottom-left"],
      checks={1: {"n_objects": 1}}, cat="reshape"),

    # ---------------- simplified Chinese ----------------

    # typo: pinyin slips 左下脚 (角), 篮色 (蓝), 圆型 (形), 红涩 (色), 中见 (间)
    C("zhs-probe-333",
      ["帮我在左下脚画个篮色的圆型",
       "再来一个红涩的五角星放中见"],
      ["blue circle @bottom-left", "red star @center"],
      cat="typo"),

    # synonyms: 大红 (a colour, not a size), 五角星, 墨绿, 小方块, "in its left"
    C("zhs-probe-334",
      ["画一个大红色的五角星，放右上角",
       "再来个墨绿的小方块在它左边"],
      ["red star @top-right", "small green square @top"],
      rel=[(1, "left_of", 0)], cat="synonyms"),

    # numbers: colloquial 俩 and 三个 in one message, one group small
    C("zhs-probe-335",
      ["画俩紫色圆圈，再来三个黄色小星星"],
      ["purple circle", "purple circle", "small yellow star", "small yellow star", "small yellow star"],
      checks={0: {"n_objects": 5}}, cat="numbers"),

    # multi: three steps in one message (先...然后...最后...)
    C("zhs-probe-336",
      ["先在左边画一个粉色六边形，然后在右边画个青色菱形，最后把六边形弄小一点"],
      ["small pink hexagon @left", "cyan diamond @right"],
      checks={0: {"n_objects": 2}}, cat="multi"),

    # correction: shape denied and replaced ("要的是三角形，不是方形")
    C("zhs-probe-337",
      ["在正中间画一个黄色的正方形",
       "哎呀搞错了，我要的是三角形，不是方形"],
      ["yellow triangle @center"],
      checks={1: {"n_objects": 1}}, cat="correction"),

    # question: count and colour-of-place questions change nothing
    C("zhs-probe-338",
      ["左上角画个咖啡色的圆，右下角画个蓝色六边形，中间再来个绿色星星",
       "现在一共有几个图形啊",
       "右下角那个是什么颜色的？"],
      ["brown circle @top-left", "blue hexagon @bottom-right", "green star @center"],
      checks={1: {"unchanged": True, "reply_any": ["3", "三"]},
              2: {"unchanged": True, "reply_any": ["蓝", "blue"]}}, cat="question"),

    # unknown: a heart shape the world does not have asks back; then a drawable request
    C("zhs-probe-339",
      ["给我女儿画一个粉色的爱心",
       "那画个粉色的星星吧"],
      ["pink star"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),

    # plural: remove every square ("把方块全删了"), the triangle stays
    C("zhs-probe-340",
      ["画三个红色方块和一个绿色三角形",
       "把方块全删了"],
      ["green triangle"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 1}}, cat="plural"),

    # ---------------- traditional Chinese (Hong Kong / Cantonese-flavoured) ----------------

    # synonyms: Cantonese 啡色 (brown), 圓圈, 淺灰色, 整個, 佢下面
    C("zht-probe-341",
      ["唔該幫我喺正中間畫個大嘅啡色圓圈",
       "再喺佢下面整個淺灰色嘅菱形"],
      ["large brown circle @center", "gray diamond @bottom"],
      rel=[(1, "below", 0)], cat="synonyms"),

    # numbers: one plus five in one message (Cantonese final 先), then a count question
    C("zht-probe-342",
      ["畫個紅色正方形先，然後再加五個黃色星星",
       "總共有幾多個圖形？"],
      ["red square", "yellow star", "yellow star", "yellow star", "yellow star", "yellow star"],
      checks={0: {"n_objects": 6}, 1: {"unchanged": True, "reply_any": ["6", "六"]}}, cat="numbers"),

    # correction: recolour the left one, then "no, the other one" (另一個)
    C("zht-probe-343",
      ["喺左邊畫個藍色三角形，右邊畫個紫色三角形",
       "將左邊嗰個轉做綠色",
       "唔係呀，我講緊另一個！"],
      ["blue triangle @left", "green triangle @right"],
      checks={2: {"n_objects": 2}}, cat="correction"),

    # reshape: Cantonese pronoun 佢 and 變做
    C("zht-probe-344",
      ["畫個橙色正方形喺右下角",
       "將佢變做六角形啦"],
      ["orange hexagon @bottom-right"],
      checks={1: {"n_objects": 1}}, cat="reshape"),

    # question: "which is bigger" (邊個大啲) and "where is the star" (喺邊度)
    C("zht-probe-345",
      ["喺左上角畫個細細嘅紅色星星，再喺右下角畫個大嘅青色圓形",
       "邊個大啲？",
       "星星喺邊度呀？"],
      ["small red star @top-left", "large cyan circle @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["青", "cyan"]},
              2: {"unchanged": True, "reply_any": ["左上", "top left", "top-left"]}}, cat="question"),

    # unknown: 幾個 names no number, so it asks how many; then a full request with a number
    C("zht-probe-346",
      ["畫幾個紫色嘅六角形",
       "三個紫色六角形啦"],
      ["purple hexagon", "purple hexagon", "purple hexagon"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]},
              1: {"n_objects": 3}}, cat="unknown"),

    # plural: 佢哋兩個都縮細啲 (make both of them smaller)
    C("zht-probe-347",
      ["畫兩個粉紅色嘅正方形",
       "將佢哋兩個都縮細啲"],
      ["small pink square", "small pink square"],
      checks={1: {"n_objects": 2}}, cat="plural"),

    # multi: add, add, then delete in one message (跟住刪咗)
    C("zht-probe-348",
      ["喺最上面畫一個綠色嘅菱形，最下面畫一個紅色六邊形，跟住刪咗個菱形"],
      ["red hexagon @bottom"],
      checks={0: {"n_objects": 1}}, cat="multi"),

    # ---------------- mixed English and Chinese ----------------

    # synonyms: 紫色 inside English, "lime" for green, 圆圈 for circle, "under it"
    C("mix-probe-349",
      ["draw a 紫色 star top left",
       "and a lime 圆圈 under it"],
      ["purple star @top-left", "green circle @left"],
      rel=[(1, "below", 0)], cat="synonyms"),

    # multi: Hong Kong code-switching, two adds in one message, then a removal
    C("mix-probe-350",
      ["畫個 red circle 喺中間, then 加個 blue square 喺右邊",
       "remove the circle 唔該"],
      ["blue square @right"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 1}}, cat="multi"),

    # question: count and colour questions with English shape words in Chinese sentences
    C("mix-probe-351",
      ["画一个yellow hexagon和一个green diamond",
       "现在有几个shapes?",
       "diamond是什么颜色"],
      ["yellow hexagon", "green diamond"],
      checks={1: {"unchanged": True, "reply_any": ["2", "two", "两", "二"]},
              2: {"unchanged": True, "reply_any": ["green", "绿"]}}, cat="question"),

    # reshape: "make it a 三角形 instead"
    C("mix-probe-352",
      ["put a pink square in the middle",
       "nah make it a 三角形 instead"],
      ["pink triangle @center"],
      checks={1: {"n_objects": 1}}, cat="reshape"),

    # unknown: gold cannot be drawn, asks back; "咁 yellow 啦" answers with a colour
    C("mix-probe-353",
      ["畫個 gold 色嘅 star",
       "咁 yellow 啦"],
      ["yellow star"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),

    # plural: 它们 after adding three, colour in English
    C("mix-probe-354",
      ["画三个blue circles",
       "把它们都改成pink的"],
      ["pink circle", "pink circle", "pink circle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 3}}, cat="plural"),

    # correction: place denied and replaced ("我是说左下 not 右下")
    C("mix-probe-355",
      ["draw a big orange diamond bottom right",
       "wait no 我是说左下 not 右下"],
      ["large orange diamond @bottom-left"],
      checks={1: {"n_objects": 1}}, cat="correction"),

    # typo: misspelt English colour/shape words in mixed messages, "喺佢右邊"
    C("mix-probe-356",
      ["draw a grean 三角形 at the top pls",
       "再加個 yelow circel 喺佢右邊"],
      ["green triangle @top", "yellow circle @top-right"],
      rel=[(1, "right_of", 0)], cat="typo"),
    # writer Q. 
    # writer Q:
    # Blind probe, ids 357-388. Personas (my own invention):
    # - Oksana (en): a Ukrainian engineer whose English is fluent but non-native: long, polite,
    #   slightly off grammar ("can you to draw", "more high", "right bottom corner").
    # - Mireille (en): a graphic designer who names colours precisely (scarlet, navy, charcoal) and
    #   shapes with designer words (disc, tile), British spelling, formal sentences.
    # - Dev (en): an impatient office worker typing lowercase on a phone, slang, typos, "pls", "em".
    # - 陈奶奶 (zhs): a grandmother talking to the app like to a grandchild, chatty, "哎呀".
    # - 小周 (zhs): a college student in a hurry, colloquial ("来个", "呗", "啥"), emoji.
    # - 林小姐 (zht): a Taiwanese office worker, polite ("麻煩", "喔", "啦"), Zhuyin/pinyin slips, Taiwan
    #   words (橘色, 咖啡色, 方塊); her Hong Kong colleague 阿Ken types a little Cantonese (喺, 嘅, 唔該).
    # - Kevin (mix): a bilingual programmer mixing English and simplified Chinese mid-sentence.
    # - Amy (mix): a Taiwanese office worker who drops English nouns into traditional Chinese.

    # --- English ---
    # synonyms: designer colour/shape words (scarlet disc, navy tile), British "centre", two placed adds
    C("en-probe-357",
      ["Morning! For this mock-up I need a scarlet disc right in the centre and a navy tile in the top-left corner, thanks."],
      ["red circle @center", "blue square @top-left"], cat="synonyms"),
    # numbers: "three" as a word, non-native grammar, then one placed large add
    C("en-probe-358",
      ["Hello! Please, can you to draw three small stars, the colour is green. Thank you so much 🙏",
       "And also I want one big pink triangle, put it in the right bottom corner please."],
      ["small green star", "small green star", "small green star", "large pink triangle @bottom-right"],
      checks={0: {"n_objects": 3}}, cat="numbers"),
    # correction: recolour, then "i meant yellow not orange" replaces the denied colour
    C("en-probe-359",
      ["purple hexagon on the left pls", "make it orange", "no wait i meant yellow not orange"],
      ["yellow hexagon @left"], checks={2: {"n_objects": 1}}, cat="correction"),
    # question: comparison of height with non-native wording; picture unchanged, answer names the brown one
    C("en-probe-360",
      ["Please draw for me a brown triangle on top and a turquoise circle on the bottom.",
       "Sorry, I am little bit confused - which of them is more high, the triangle or the circle?"],
      ["brown triangle @top", "cyan circle @bottom"],
      checks={1: {"unchanged": True, "reply_any": ["brown"]}}, cat="question"),
    # plural: digit count, then "em both" recolours the group, British "grey"
    C("en-probe-361",
      ["gimme 2 red squares", "actually make em both grey"],
      ["gray square", "gray square"], checks={1: {"n_objects": 2}}, cat="plural"),
    # reshape: circle becomes a hexagon, keeping colour, size and place
    C("en-probe-362",
      ["Please place a large charcoal circle in the bottom-left corner.",
       "On reflection, that circle would read better as a hexagon. Same colour, same spot."],
      ["large gray hexagon @bottom-left"], checks={1: {"n_objects": 1}}, cat="reshape"),
    # typo: slips in verb, shape and place words; second add placed below the first by pronoun
    C("en-probe-363",
      ["plz drwa a yellow trinagle in the top rigth corner", "now a smal blue circel rigth under it"],
      ["yellow triangle @top-right", "small blue circle @right"], rel=[(1, "below", 0)], cat="typo"),
    # unknown: white cannot be drawn -> nothing changes, the reply asks back
    C("en-probe-364",
      ["Good evening. Please draw one small purple star at the right side.",
       "Thank you! Now please put a white circle under the star."],
      ["small purple star @right"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- simplified Chinese ---
    # synonyms: 大红, 圆圈, 墨绿, 方块, colloquial 来个/呗
    C("zhs-probe-365",
      ["正中间来个大红色的圆圈呗", "左上角再来一个墨绿的方块~"],
      ["red circle @center", "green square @top-left"], cat="synonyms"),
    # numbers: 两个 small + 四个, grandmother's chatty request
    C("zhs-probe-366",
      ["小朋友，帮奶奶画两个小的紫色三角形好不好😊", "再画四个橙色的星星"],
      ["small purple triangle", "small purple triangle", "orange star", "orange star", "orange star", "orange star"],
      checks={1: {"n_objects": 6}}, cat="numbers"),
    # multi: two placed adds and a recolour in one message
    C("zhs-probe-367",
      ["左下角画个粉色菱形，右上角画个蓝色的六边形，然后把菱形改成绿色"],
      ["green diamond @bottom-left", "blue hexagon @top-right"], checks={0: {"n_objects": 2}}, cat="multi"),
    # correction: 不是黄色，是橙色 recolours the square just drawn
    C("zhs-probe-368",
      ["在右边画一个黄色的正方形", "哎呀不对，不是黄色，是橙色的"],
      ["orange square @right"], checks={1: {"n_objects": 1}}, cat="correction"),
    # question: colour of the star, colloquial 啥...来着; nothing changes
    C("zhs-probe-369",
      ["上面画个灰色星星，下面画个绿色的圆", "等下，那个星星是啥颜色来着？"],
      ["gray star @top", "green circle @bottom"],
      checks={1: {"unchanged": True, "reply_any": ["灰", "gray", "grey"]}}, cat="question"),
    # plural: 它们 ... 都改小 resizes all three
    C("zhs-probe-370",
      ["画三个咖啡色的圆", "它们太大了，都改小一点"],
      ["small brown circle", "small brown circle", "small brown circle"], checks={1: {"n_objects": 3}}, cat="plural"),
    # reshape: 换成五角星 on the triangle
    C("zhs-probe-371",
      ["奶奶想要一个蓝色的三角形，放在左边", "这个三角形不好看，换成五角星吧"],
      ["blue star @left"], checks={1: {"n_objects": 1}}, cat="reshape"),
    # unknown: 几个 gives no number -> unchanged, asks back
    C("zhs-probe-372",
      ["在中间画一个红色正方形", "再随便来几个黄色的星星吧"],
      ["red square @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- traditional Chinese (Taiwan / Hong Kong) ---
    # typo: input slips 蘭色 (藍), 園形 (圓), 三角型; second add above the first
    C("zht-probe-373",
      ["麻煩幫我在右下角畫一個蘭色的園形，謝謝", "然後在它上面放一個紅色的三角型"],
      ["blue circle @bottom-right", "red triangle @right"], rel=[(1, "above", 0)], cat="typo"),
    # synonyms: Taiwan words 橘色, 咖啡色, 方塊
    C("zht-probe-374",
      ["幫我畫一個橘色的菱形在左上角喔", "然後正中間再放一個咖啡色的方塊"],
      ["orange diamond @top-left", "brown square @center"], cat="synonyms"),
    # numbers: 五個小小的 + one large placed hexagon
    C("zht-probe-375",
      ["請在畫面上畫五個小小的粉紅色星星", "再多一個大的綠色六邊形，放在右下角"],
      ["small pink star", "small pink star", "small pink star", "small pink star", "small pink star",
       "large green hexagon @bottom-right"],
      checks={0: {"n_objects": 5}}, cat="numbers"),
    # question: count with 總共有幾個東西啊; nothing changes
    C("zht-probe-376",
      ["畫一個紫色的圓形、一個紅色正方形跟一個黃色三角形", "現在畫面上總共有幾個東西啊？"],
      ["purple circle", "red square", "yellow triangle"],
      checks={1: {"unchanged": True, "reply_any": ["3", "三"]}}, cat="question"),
    # correction: 另一個 after a recolour swaps which star is blue
    C("zht-probe-377",
      ["左邊畫一個綠色的星星，右邊也畫一個綠色的星星", "把左邊那個改成藍色", "啊不是啦，我是說另一個"],
      ["green star @left", "blue star @right"], cat="correction"),
    # multi: add, move by pronoun, add, all in one message
    C("zht-probe-378",
      ["在上面畫一個灰色的六邊形，再把它移到左下角，然後中間加一個紅色的圓"],
      ["gray hexagon @bottom-left", "red circle @center"], checks={0: {"n_objects": 2}}, cat="multi"),
    # unknown: Cantonese request for a gold star asks back; the answer 黃色 carries the add out
    C("zht-probe-379",
      ["唔該幫我喺正中間畫一個金色嘅星星", "那就用黃色吧"],
      ["yellow star @center"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),
    # plural: 它們兩個 reshaped together
    C("zht-probe-380",
      ["畫兩個青色的正方形", "把它們兩個都改成圓形"],
      ["cyan circle", "cyan circle"], checks={1: {"n_objects": 2}}, cat="plural"),

    # --- mixed English / Chinese ---
    # numbers: 三个 inside English, then a placed small add
    C("mix-probe-381",
      ["hey 帮我 draw 三个 blue triangles", "然后右下角 add 一个 small red circle"],
      ["blue triangle", "blue triangle", "blue triangle", "small red circle @bottom-right"],
      checks={0: {"n_objects": 3}}, cat="numbers"),
    # correction: 不是 hexagon，是 diamond reshapes it
    C("mix-probe-382",
      ["在左边 draw a pink hexagon", "oops 不是 hexagon，是 diamond"],
      ["pink diamond @left"], checks={1: {"n_objects": 1}}, cat="correction"),
    # question: where is the square, asked half in Chinese; nothing changes
    C("mix-probe-383",
      ["幫我畫一個 orange 的 square 在右上角，還有一個 green circle 在左下角", "欸 square 是在哪裡?"],
      ["orange square @top-right", "green circle @bottom-left"],
      checks={1: {"unchanged": True, "reply_any": ["top right", "top-right", "右上"]}}, cat="question"),
    # plural: all the stars removed, the circle stays
    C("mix-probe-384",
      ["add two yellow stars and one gray circle", "把 all the stars 都删掉"],
      ["gray circle"], cat="plural"),
    # typo: gren traingle, smal; "smal 一点" is a resize to small
    C("mix-probe-385",
      ["pls 在中间画一个 gren traingle", "make it smal 一点"],
      ["small green triangle @center"], checks={1: {"n_objects": 1}}, cat="typo"),
    # multi: add on the right, then an add to its left, in one mixed message
    C("mix-probe-386",
      ["draw 一个红色的 box on the right, 然后在它左边 put a blue circle"],
      ["red square @right", "blue circle @center"], rel=[(1, "left_of", 0)], cat="multi"),
    # reshape: polite 可以...嗎 request is an instruction
    C("mix-probe-387",
      ["在 bottom 畫一個 brown 的 star", "可以幫我把它 change 成 triangle 嗎"],
      ["brown triangle @bottom"], checks={1: {"n_objects": 1}}, cat="reshape"),
    # unknown: a heart shape cannot be drawn -> unchanged, asks back
    C("mix-probe-388",
      ["draw 一个 purple circle", "再 add 一个 pink 的 heart 在右边"],
      ["purple circle"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),
]


NINTH = [
    # writer T:
    # Blind probe T, ids 453-484. Personas (my own):
    #  - Maggie, a night-shift nurse on a break: terse, lowercase, abbreviations, typos, no greetings.
    #  - Mr. Okafor, a primary-school teacher demoing to a class: several instructions per message, chatty.
    #  - 小宇, a ten-year-old in Shanghai: simplified Chinese, 呀/哦/好伐, childish words, pinyin slips.
    #  - 林老先生, an elderly gentleman in Taipei: formal traditional Chinese (煩請, 勞駕, 老朽, 此).
    #  - Wei Ling, a Singaporean office worker: English and Chinese mixed, lah/lor/ah/aiyo, "can or not".

    # en synonyms: "navy" (blue) and "disc" (circle), terse place without preposition
    C("en-probe-453", ["need a navy disc top left. thx"], ["blue circle @top-left"], cat="synonyms"),
    # en numbers: digit count with size, no place -> three small red stars
    C("en-probe-454", ["3 small red stars pls. quick"], ["small red star", "small red star", "small red star"],
      checks={0: {"n_objects": 3}}, cat="numbers"),
    # en multi: teacher gives three adds in one message with sizes and places
    C("en-probe-455", ["Alright class, watch closely: first a big yellow triangle right in the middle, then a little "
                       "green square down in the bottom right corner, and finally a purple diamond up top."],
      ["large yellow triangle @center", "small green square @bottom-right", "purple diamond @top"], cat="multi"),
    # en correction: colour corrected on the next turn
    C("en-probe-456", ["Could you draw an orange hexagon on the right for us?", "Oh no, sorry, I meant pink, not orange."],
      ["pink hexagon @right"], cat="correction"),
    # en question: colour of one object asked, picture unchanged
    C("en-probe-457", ["grey box center", "red dot bottom left", "what colour is the dot"],
      ["gray square @center", "red circle @bottom-left"],
      checks={2: {"unchanged": True, "reply_any": ["red"]}}, cat="question"),
    # en plural: every circle recoloured, the star untouched
    C("en-probe-458", ["Let's start with two cyan circles and one brown star.", "Now, everybody, make all the circles purple."],
      ["purple circle", "purple circle", "brown star"], checks={1: {"n_objects": 3}}, cat="plural"),
    # en typo: swapped and dropped letters everywhere
    C("en-probe-459", ["drwa a grene triangel on teh left"], ["green triangle @left"], cat="typo"),
    # en unknown: a shape the world does not have -> ask back, nothing changes
    C("en-probe-460", ["blue square middle", "add a red octagon next to it"], ["blue square @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # zhs synonyms: 墨绿 (green), 五角星 (star), 好伐 filler
    C("zhs-probe-461", ["我要一个墨绿色的五角星，放在右上角好伐"], ["green star @top-right"], cat="synonyms"),
    # zhs reshape: the child dislikes the triangle and asks for a hexagon
    C("zhs-probe-462", ["画个黄色的三角形呀", "不好看，把它换成六边形吧"], ["yellow hexagon"], cat="reshape"),
    # zhs numbers: 两个 with size
    C("zhs-probe-463", ["帮我画两个紫色的小正方形哦"], ["small purple square", "small purple square"],
      checks={0: {"n_objects": 2}}, cat="numbers"),
    # zhs question: colour of the star asked, nothing changes
    C("zhs-probe-464", ["在左边画一个粉红色的星星", "右边再画个绿色的圆", "星星是什么颜色的呀？"],
      ["pink star @left", "green circle @right"],
      checks={2: {"unchanged": True, "reply_any": ["粉", "pink"]}}, cat="question"),
    # zhs correction: 不对，我要的是蓝色的 -> recolour
    C("zhs-probe-465", ["在下面画一个橙色的菱形", "不对不对，我要的是蓝色的"], ["blue diamond @bottom"], cat="correction"),
    # zhs multi: two adds and a resize in one message
    C("zhs-probe-466", ["左上角画一个大大的红色圆形，右下角画一个灰色三角形，然后把三角形变小一点"],
      ["large red circle @top-left", "small gray triangle @bottom-right"], cat="multi"),
    # zhs typo: pinyin slips 坐上角, 兰色, 园形
    C("zhs-probe-467", ["在坐上角画一个兰色的园形"], ["blue circle @top-left"], cat="typo"),
    # zhs plural: all stars removed, then a new square
    C("zhs-probe-468", ["画三个黄色的星星", "把星星全部删掉", "再画一个棕色的正方形"], ["brown square"],
      checks={1: {"n_objects": 0}}, cat="plural"),

    # zht synonyms: 深紅 (red), 正中央 (center), formal frame
    C("zht-probe-469", ["您好，煩請於畫面正中央繪製一個深紅色的圓形，謝謝。"], ["red circle @center"], cat="synonyms"),
    # zht reshape: 此正方形改為三角形
    C("zht-probe-470", ["請在右側畫一個紫色的正方形。", "麻煩將此正方形改為三角形。"], ["purple triangle @right"], cat="reshape"),
    # zht question: count of shapes, nothing changes
    C("zht-probe-471", ["請在左上角畫一個黃色的菱形，再於右下角畫一個藍色的星形。", "請問，畫面上共有幾個圖形？"],
      ["yellow diamond @top-left", "blue star @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["2", "兩", "二", "两"]}}, cat="question"),
    # zht correction: 不是綠色，是橘色
    C("zht-probe-472", ["請在下方畫一個綠色的六邊形。", "抱歉，老朽說錯了，不是綠色，是橘色。"], ["orange hexagon @bottom"],
      cat="correction"),
    # zht numbers: 四個 small gray circles
    C("zht-probe-473", ["勞駕，畫四個小的灰色圓形。"], ["small gray circle"] * 4, checks={0: {"n_objects": 4}}, cat="numbers"),
    # zht unknown: trapezoid (梯形) is no shape of the world -> ask back
    C("zht-probe-474", ["請先畫一個棕色的圓形。", "再麻煩您畫一個紅色的梯形。"], ["brown circle"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),
    # zht multi: two adds with sizes and places in one formal sentence
    C("zht-probe-475", ["請將一個大的粉紅色星形置於左側，另於右上角畫一個小的青色正方形。"],
      ["large pink star @left", "small cyan square @top-right"], cat="multi"),
    # zht plural: 它們 -> both triangles recoloured
    C("zht-probe-476", ["請畫兩個紅色的三角形。", "請將它們都改成綠色。"], ["green triangle", "green triangle"],
      checks={1: {"n_objects": 2}}, cat="plural"),

    # mix synonyms: "box" (square) with 橙色, Singlish "can ... or not" request
    C("mix-probe-477", ["eh can draw one 橙色 box at the bottom right or not"], ["orange square @bottom-right"],
      cat="synonyms"),
    # mix typo: "yelow" plus 星星 and lah
    C("mix-probe-478", ["wah pls draw a yelow 星星 at the top lah"], ["yellow star @top"], cat="typo"),
    # mix correction: shape corrected, 是 circle
    C("mix-probe-479", ["draw one 红色 triangle at the left", "aiyo not triangle lah, 是 circle"], ["red circle @left"],
      cat="correction"),
    # mix reshape: change it to star shape lor
    C("mix-probe-480", ["put a green 正方形 in the middle can", "hmm change it to star shape lor"], ["green star @center"],
      cat="reshape"),
    # mix question: which is bigger -> the (large) blue circle, nothing changes
    C("mix-probe-481", ["draw 一个 big blue circle on the right and one small pink diamond on the left",
                        "which one bigger ah?"],
      ["large blue circle @right", "small pink diamond @left"],
      checks={1: {"unchanged": True, "reply_any": ["blue", "蓝"]}}, cat="question"),
    # mix numbers: five small purple stars
    C("mix-probe-482", ["add 5 small 紫色 stars can?"], ["small purple star"] * 5, checks={0: {"n_objects": 5}},
      cat="numbers"),
    # mix numbers: "a few" is no number -> ask back how many
    C("mix-probe-483", ["draw a few 绿色 hexagons lah"], [],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="numbers"),
    # mix plural: all diamonds removed, circle stays
    C("mix-probe-484", ["draw 2 gray diamonds and 1 brown circle", "remove all the diamonds 谢谢"], ["brown circle"],
      checks={1: {"n_objects": 1}}, cat="plural"),
]


TENTH = [
    # writer R:
    # Blind probe R, ids 389-420. Personas (all invented for this probe):
    #  - Dev, a nurse on a night shift in Leeds: types between rounds, terse, lowercase, abbreviations,
    #    digits, "pls"/"thx", hardly any punctuation (English).
    #  - Ms Harriet Lowe, a primary teacher preparing tomorrow's shapes lesson: polite, British spelling,
    #    several instructions in one message (English).
    #  - 小雨, ten years old, Shanghai: exclamation marks, emoji, reduplication, pinyin-input slips (simplified).
    #  - 林老先生, a retired civil servant in Taipei: formal written traditional Chinese (勞駕, 煩請, 繪製, 可否).
    #    One case is his grandson in Hong Kong, writing Cantonese-flavoured traditional Chinese.
    #  - Jun Hao, an office admin in Tampines, Singapore: mixes English and Chinese in one line with Singlish
    #    particles (lah, leh, sia, anot, liao, can or not).

    # en / teacher: three adds in one message, each with its own size and place
    C("en-probe-389", ["Right then, for tomorrow's shapes lesson I need three things please: a large red triangle top left, "
                       "a small blue square in the bottom right corner, and a green circle right in the middle. Cheers!"],
      ["large red triangle @top-left", "small blue square @bottom-right", "green circle @center"], cat="multi"),

    # en / nurse: digit counts, "+" shorthand, "dot" for circle
    C("en-probe-390", ["3 yellow stars", "+ 1 pink dot top right. thx"],
      ["yellow star", "yellow star", "yellow star", "pink circle @top-right"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 4}}, cat="numbers"),

    # en / nurse: yes/no relation question without a question mark, "hex" for hexagon
    C("en-probe-391", ["blue hexagon, left side", "orange diamond right side", "is the hex left of the diamond"],
      ["blue hexagon @left", "orange diamond @right"],
      checks={2: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),

    # en / teacher: colour correction "not X, I meant Y" keeps shape and place
    C("en-probe-392", ["Could you pop a purple star in the top right corner, please?",
                       "Oh sorry, not purple - I meant pink. My mistake!"],
      ["pink star @top-right"], cat="correction"),

    # en / teacher: two adds with British "centre"/"grey", then a reshape of one of them
    C("en-probe-393", ["Put a big orange square in the centre and a small grey circle at the bottom, please.",
                       "Actually, let's make that square a hexagon instead - more sides for them to spot."],
      ["large orange hexagon @center", "small gray circle @bottom"], cat="reshape"),

    # en / nurse: shape the world does not have (heart) -> nothing changes, asks back
    C("en-probe-394", ["green triangle", "red heart next to it"],
      ["green triangle"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # en / teacher in a rush: misspelt verb, colour, shape and place; add "above it"
    C("en-probe-395", ["drw a yelow diamnod in the botom left", "and a purpel cirlce above it pls"],
      ["yellow diamond @bottom-left", "purple circle @left"], rel=[(1, "above", 0)], cat="typo"),

    # en / nurse: two of a kind, "both" resize, then remove the one at the centre (unplaced: center, top-left)
    C("en-probe-396", ["2 cyan squares", "both small", "rm the one in the middle"],
      ["small cyan square @top-left"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 2}, 2: {"n_objects": 1}}, cat="plural"),

    # zhs / 小雨: colour and shape synonyms (大红, 五角星, 草绿, 方块)
    C("zhs-probe-397", ["我要在左上角画一个大红色的五角星！！", "再来一个草绿色的小方块，放在右下角😄"],
      ["red star @top-left", "small green square @bottom-right"], cat="synonyms"),

    # zhs / 小雨: counts in Chinese numerals over two turns
    C("zhs-probe-398", ["画三个紫色的三角形😊", "还要两个黄色的圆圈"],
      ["purple triangle", "purple triangle", "purple triangle", "yellow circle", "yellow circle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),

    # zhs / 小雨: where-question about one object changes nothing
    C("zhs-probe-399", ["在右边画一个橙色的菱形", "左边再画一个蓝色的星星", "菱形在哪边呀？"],
      ["orange diamond @right", "blue star @left"],
      checks={2: {"unchanged": True, "reply_any": ["右", "right"]}}, cat="question"),

    # zhs / 小雨: "不是X，要Y" colour correction
    C("zhs-probe-400", ["在中间画一个绿色的圆形", "不对不对，不是绿色，我要粉红色的！"],
      ["pink circle @center"], cat="correction"),

    # zhs / 小雨: two hexagons (咖啡色 = brown), then 它们 resized and recoloured
    C("zhs-probe-401", ["画两个咖啡色的六边形", "把它们都变小", "再把它们都涂成灰色"],
      ["small gray hexagon", "small gray hexagon"],
      checks={1: {"n_objects": 2}, 2: {"n_objects": 2}}, cat="plural"),

    # zhs / 小雨: pinyin-input slips (皇色 for 黄色, 三角行, 橙涩, 正方型)
    C("zhs-probe-402", ["在左上角画一个皇色的三角行", "再在右边画个橙涩的正方型"],
      ["yellow triangle @top-left", "orange square @right"], cat="typo"),

    # zhs / 小雨: "一些" gives no number -> nothing changes, asks back
    C("zhs-probe-403", ["先画一个紫色的圆", "再在它旁边画一些小星星"],
      ["purple circle"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # zhs / 小雨: polite reshape request "可以把它改成...吗？" is an instruction
    C("zhs-probe-404", ["在正中间画一个大大的黄色正方形", "正方形太无聊了，可以把它改成菱形吗？"],
      ["large yellow diamond @center"], cat="reshape"),

    # zht / 林老先生: formal wording, colour synonyms (墨綠, 深藍), 圓球 for circle, 正中央
    C("zht-probe-405", ["勞駕，請在畫面正中央繪製一個墨綠色的菱形。", "另外，煩請於右下方添一個深藍色的圓球，多謝。"],
      ["green diamond @center", "blue circle @bottom-right"], cat="synonyms"),

    # zht / 林老先生: two adds in one message, then a move and a recolour in one message (橘色 = orange)
    C("zht-probe-406", ["請在左下角畫一個小的紫色星形，並在右上角畫一個大的橘色六邊形。",
                        "接著請將星形移至正上方，六邊形則改為灰色。"],
      ["small purple star @top", "large gray hexagon @top-right"], cat="multi"),

    # zht / 林老先生: formal where-question, picture unchanged
    C("zht-probe-407", ["麻煩您在右邊畫一個紅色的正方形", "再於左下角畫一個黃色的三角形", "請問，那個三角形目前在什麼位置？"],
      ["red square @right", "yellow triangle @bottom-left"],
      checks={2: {"unchanged": True, "reply_any": ["左下", "bottom-left", "bottom left"]}}, cat="question"),

    # zht / 林老先生: shape correction "不是A，應該是B"
    C("zht-probe-408", ["請為我畫一個藍色的圓形。", "抱歉，老朽說錯了，不是圓形，應該是六邊形。"],
      ["blue hexagon"], cat="correction"),

    # zht / 林老先生: "可否將此三角形改為星形？" polite reshape
    C("zht-probe-409", ["請在中間畫一個粉紅色的三角形", "可否將此三角形改為星形？謝謝您。"],
      ["pink star @center"], cat="reshape"),

    # zht / grandson in Hong Kong: Cantonese 畀/嘅/佢哋, recolour the whole group
    C("zht-probe-410", ["畀我畫三個綠色嘅圓形", "將佢哋全部改成紅色"],
      ["red circle", "red circle", "red circle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 3}}, cat="plural"),

    # zht / 林老先生: two counts in one formal sentence
    C("zht-probe-411", ["請繪製兩個黃色的菱形，以及四個青色的圓形。"],
      ["yellow diamond", "yellow diamond", "cyan circle", "cyan circle", "cyan circle", "cyan circle"],
      checks={0: {"n_objects": 6}}, cat="numbers"),

    # zht / 林老先生: gold cannot be drawn -> asks back; his answer (yellow) carries the add out
    C("zht-probe-412", ["請在中央畫一個金色的星形", "既然如此，那就用黃色吧。"],
      ["yellow star @center"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),

    # mix / Jun Hao: Singlish "can ... or not", 大红 / navy / box synonyms
    C("mix-probe-413", ["eh can help me draw one 大红色 box at the top left or not",
                        "then put 一个 navy colour circle bottom right lah"],
      ["red square @top-left", "blue circle @bottom-right"], cat="synonyms"),

    # mix / Jun Hao: two adds in one message, then every triangle recoloured
    C("mix-probe-414", ["ok first draw 两个 yellow triangles, then add 一个 small pink hexagon at the bottom",
                        "make the triangles 绿色 leh"],
      ["green triangle", "green triangle", "small pink hexagon @bottom"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 3}}, cat="multi"),

    # mix / Jun Hao: slips (grren, smal, orage, sqaure), "anot", add "below it"
    C("mix-probe-415", ["can draw a grren star 在右边 anot", "n then one smal orage sqaure below it"],
      ["green star @right", "small orange square @bottom-right"], rel=[(1, "below", 0)], cat="typo"),

    # mix / Jun Hao: comparison question "which one higher ah?", nothing changes
    C("mix-probe-416", ["draw 一个 purple circle at the top", "and 一个 brown diamond at the bottom pls",
                        "wah which one higher ah?"],
      ["purple circle @top", "brown diamond @bottom"],
      checks={2: {"unchanged": True, "reply_any": ["purple", "紫"]}}, cat="question"),

    # mix / Jun Hao: colour correction "I mean 紫色 not red"
    C("mix-probe-417", ["画一个 red 的 star 在左边", "aiyo typo sia, I mean 紫色 not red"],
      ["purple star @left"], cat="correction"),

    # mix / Jun Hao: three small diamonds and a big square; "the diamonds 全部" recoloured, square untouched
    C("mix-probe-418", ["add 三个 small blue diamonds pls", "also 一个 big grey square",
                        "ok the diamonds 全部 change to red"],
      ["small red diamond", "small red diamond", "small red diamond", "large gray square"],
      checks={1: {"n_objects": 4}, 2: {"n_objects": 4}}, cat="plural"),

    # mix / Jun Hao: "a few" gives no number -> nothing changes, asks back
    C("mix-probe-419", ["画一个 green 的 hexagon", "then add a few 小星星 on the right lah"],
      ["green hexagon"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # mix / Jun Hao: count corrected down ("2 enough"): the newest go
    C("mix-probe-420", ["pls draw 4 个 orange circles", "wah 4 too many liao, 2 enough"],
      ["orange circle", "orange circle"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 2}}, cat="numbers"),
    # writer S:
    # Blind probe S, ids 421-452 (8 en, 8 zhs, 8 zht, 8 mix).
    # Personas (my own):
    #  - "Kev", a gamer who types fast: lowercase, abbreviations (pls, n, lol, nah, gimme, +), no punctuation, slips.
    #  - "Ms. Halvorsen", a careful architect: full sentences, names exact cells and relations, British spelling.
    #  - "陳生", a Hong Kong stationery-shop owner: Cantonese particles (嘅, 喺, 佢哋, 啦, 喇), drops English words in.
    #  - "小鹿", a Beijing university student: internet slang (绝绝子, yysy, 救命, 冲冲冲, 整), pinyin slips.
    #  - "Dana", who keeps changing her mind mid-dialogue (appears in English, Chinese and mixed cases).

    # gamer: letter swaps/drops in colour, shape and place words, two adds at named corners
    C("en-probe-421", ["yo draw a bleu sqaure top rigth", "now a yelow triangel bottom lft"],
      ["blue square @top-right", "yellow triangle @bottom-left"], cat="typo"),
    # gamer: a digit count, then one more with "+" shorthand and "dot" for a circle
    C("en-probe-422", ["gimme 3 green stars", "ok + a red dot pls"],
      ["green star", "green star", "green star", "red circle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 4}}, cat="numbers"),
    # Dana: recolours twice, the last colour wins, the circle stays put
    C("en-probe-423", ["Hi! could you draw an orange circle right in the middle?", "actually... make it purple",
                       "hmm no wait. green. definitely green"],
      ["green circle @center"], cat="correction"),
    # architect: relation add, then a yes/no relation question that must not change anything
    C("en-probe-424", ["Place a large brown square in the upper left corner.",
                       "Next, a small cyan triangle directly below the square.",
                       "Is the triangle below the square?"],
      ["large brown square @top-left", "small cyan triangle @left"], rel=[(1, "below", 0)],
      checks={2: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),
    # architect: three adds with three exact places in one message, British "centre" and "grey"
    C("en-probe-425", ["Please draw the following: a red hexagon at the exact centre, a blue diamond in the "
                       "bottom-right corner, and a grey star at the top middle."],
      ["red hexagon @center", "blue diamond @bottom-right", "gray star @top"], cat="multi"),
    # gamer: "box" for square, then reshape with "turn it into"
    C("en-probe-426", ["draw purple box on the left", "nah turn it into a star lol"],
      ["purple star @left"], cat="reshape"),
    # Dana: a colour the world cannot draw asks back; the answer carries the add out at the place said
    C("en-probe-427", ["Can I have a gold star in the top right?", "hmm ok then orange I guess"],
      ["orange star @top-right"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),
    # architect: two circles one per corner, then both resized by the plural shape name
    C("en-probe-428", ["Draw two pink circles: one in the top-left corner, one in the top-right corner.",
                       "Now reduce both circles to the small size, please."],
      ["small pink circle @top-left", "small pink circle @top-right"], cat="plural"),

    # student: slang frame, colour synonyms 草绿 (green) and 深蓝 (blue), 圆球/方块 for circle/square
    C("zhs-probe-429", ["绝绝子 帮我整一个草绿色的圆球放左下角呗", "再来个深蓝的方块 放右上"],
      ["green circle @bottom-left", "blue square @top-right"], cat="synonyms"),
    # student: 俩 means two, then three more of another kind
    C("zhs-probe-430", ["画俩紫色的菱形", "再整三个粉色五角星 冲冲冲🔥"],
      ["purple diamond", "purple diamond", "pink star", "pink star", "pink star"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 5}}, cat="numbers"),
    # Dana: recolour, then changes her mind back to the first colour
    C("zhs-probe-431", ["在右边画一个橙色的三角形", "算了 改成黄色吧", "啊不行不行 还是改回橙色吧"],
      ["orange triangle @right"], cat="correction"),
    # student: where-question about the second (unplaced, so top-left) object; nothing changes
    C("zhs-probe-432", ["画个红色五角星，再画个绿色六边形", "yysy 六边形现在在哪个位置啊"],
      ["red star @center", "green hexagon @top-left"],
      checks={1: {"unchanged": True, "reply_any": ["左上", "top left", "top-left"]}}, cat="question"),
    # student: complains the square looks tacky and asks for a circle instead, same place and colour
    C("zhs-probe-433", ["中间画一个棕色的正方形", "emmm 这方块看着好土啊 换成圆形吧"],
      ["brown circle @center"], cat="reshape"),
    # student: three triangles, then all of them recoloured via the shape name + 全都
    C("zhs-probe-434", ["画三个蓝色的三角形", "救命 蓝色太丑了 把三角形全都弄成红色"],
      ["red triangle", "red triangle", "red triangle"],
      checks={1: {"n_objects": 3}}, cat="plural"),
    # pinyin slips: 化(画) 紫涩(紫色) 菱行(菱形) 右下脚(右下角) 三角型(三角形)
    C("zhs-probe-435", ["在上面化一个紫涩的菱行", "再在右下脚画个黄色三角型"],
      ["purple diamond @top", "yellow triangle @bottom-right"], cat="typo"),
    # vague number 几颗: nothing added, the reply asks how many
    C("zhs-probe-436", ["画一个橙色的圆", "再来几颗粉色的钻石"],
      ["orange circle"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # shop owner: Cantonese 啡色 for brown, 粒 classifier, 跟住 for "then"
    C("zht-probe-437", ["老細叫我畫個啡色嘅正方形，擺喺右上角", "跟住喺正中間加一粒紫色嘅星 唔該晒🙏"],
      ["brown square @top-right", "purple star @center"], cat="synonyms"),
    # shop owner: two circles, then 佢哋兩個 recoloured together
    C("zht-probe-438", ["畫兩個黃色嘅圓形", "唔該幫我將佢哋兩個都改做綠色"],
      ["green circle", "green circle"],
      checks={1: {"n_objects": 2}}, cat="plural"),
    # Taiwan style: count question phrased with 東西, must not change the picture
    C("zht-probe-439", ["請在左邊畫一個藍色的六邊形", "再在右邊畫一個紅色的三角形", "現在畫布上有多少個東西啊？"],
      ["blue hexagon @left", "red triangle @right"],
      checks={2: {"unchanged": True, "reply_any": ["2", "兩", "二"]}}, cat="question"),
    # Dana: 不是X是Y fixes the shape of the object just drawn, keeping colour and place
    C("zht-probe-440", ["畫一個粉紅色的菱形在左上角", "啊打錯了 不是菱形 是正方形啦"],
      ["pink square @top-left"], cat="correction"),
    # shop owner: Cantonese reshape 轉做
    C("zht-probe-441", ["喺正中間畫個橙色嘅三角形", "將個三角形轉做六角形啦"],
      ["orange hexagon @center"], cat="reshape"),
    # two placed adds and a move of the first, all in one message
    C("zht-probe-442", ["右下角畫一顆灰色星星，左上角畫一個青色圓形，然後把星星移到中間"],
      ["gray star @center", "cyan circle @top-left"], cat="multi"),
    # homophone slips in traditional script: 話(畫) 紅涩(紅色) 原形(圓形); then "a bit smaller" is small
    C("zht-probe-443", ["在右邊話一個紅涩的原形", "把它變小一點"],
      ["small red circle @right"], cat="typo"),
    # white cannot be drawn: asks back; the Cantonese answer 灰色 carries the held add out
    C("zht-probe-444", ["畫一個紫色的正方形", "再畫一個白色的正方形", "咁用灰色啦"],
      ["purple square", "gray square"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}, 2: {"n_objects": 2}},
      cat="unknown"),

    # gamer mixing: digit + 個, then cut back to two (the newest go)
    C("mix-probe-445", ["draw 4 個 orange hexagons", "啊 too many 兩個就夠"],
      ["orange hexagon @top-left", "orange hexagon @center"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 2}}, cat="numbers"),
    # student mixing: size comparison question answered by the colour of the bigger one
    C("mix-probe-446", ["画一个 big 黄色 circle 在 top left", "再来个 small 紫色 star 在 bottom right",
                        "which one is bigger 啊"],
      ["large yellow circle @top-left", "small purple star @bottom-right"],
      checks={2: {"unchanged": True, "reply_any": ["yellow", "黄"]}}, cat="question"),
    # shop owner mixing: Cantonese reshape with English shape words
    C("mix-probe-447", ["幫我喺 bottom 畫個 pink 嘅 square", "change 佢做 diamond 啦"],
      ["pink diamond @bottom"], cat="reshape"),
    # two placed adds and a recolour in one mixed message
    C("mix-probe-448", ["左上角 draw a red star, 右下角 draw a blue circle, and make the star yellow"],
      ["yellow star @top-left", "blue circle @bottom-right"], cat="multi"),
    # colour synonyms emerald (green) / violet (purple), "ball" for circle, add to the right of it
    C("mix-probe-449", ["帮我 draw 一个 emerald 色的 ball 在中间", "and a violet 六角形 to the right of it"],
      ["green circle @center", "purple hexagon @right"], rel=[(1, "right_of", 0)], cat="synonyms"),
    # plural removal by shape name leaves the star where it was placed (third free cell: top)
    C("mix-probe-450", ["add 两个 red squares 和 一个 blue star", "把 squares 都 delete 掉"],
      ["blue star @top"], checks={1: {"n_objects": 1}}, cat="plural"),
    # Dana mixing: unknown shape asks back; answering with a shape carries the add out
    C("mix-probe-451", ["画个 red heart 在 center", "哦没有 heart 啊，那 star 吧"],
      ["red star @center"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),
    # gamer mixing: slips in both scripts (drwa, gren, 右上脚, mkae, smal)
    C("mix-probe-452", ["plz drwa a gren 三角形 在右上脚", "and mkae it smal"],
      ["small green triangle @top-right"], cat="typo"),
    # writer U:
    # Probe U (ids 485-516). Personas (my own):
    #  - "Kai", a gamer who types fast: lowercase, abbreviations, no punctuation, typos ("gimme", "em", "drwa").
    #  - "Ms. Lindqvist", a careful architect who names exact places and relations in full sentences.
    #  - "陳生", a Hong Kong stationery-shop owner mixing Cantonese and English (喺, 嘅, 跟住, 唔係, draw 個 ...).
    #  - "小王", a Beijing university student using internet slang (家人们, 绝绝子, 整一个, 俩, emmm).
    #  - "Dana", who keeps changing their mind mid-dialogue (actually, no wait, on second thought).

    # en typo: swapped/dropped letters in colour, shape and place; then a recolour with a dropped letter
    C("en-probe-485", ["yo draw purpel sqaure top rigth", "ok now make it gren"],
      ["green square @top-right"], cat="typo"),
    # en multi: architect, two adds in one sentence, second placed relative to the first (navy, crimson)
    C("en-probe-486", ["Please place a large navy hexagon in the top-left corner, and a small crimson triangle immediately to the right of it."],
      ["large blue hexagon @top-left", "small red triangle @top"], rel=[(1, "right_of", 0)],
      checks={0: {"n_objects": 2}}, cat="multi"),
    # en correction: Dana recolours, then corrects the recolour
    C("en-probe-487", ["can u draw a red star", "hmm actually make it orange", "no wait, I meant yellow, sorry!!"],
      ["yellow star"], checks={2: {"n_objects": 1}}, cat="correction"),
    # en question: comparison of height, answered by name, nothing changes (turquoise, violet)
    C("en-probe-488", ["Put a turquoise circle in the bottom-right corner and a violet diamond exactly in the middle.",
                       "Of those two, which one sits higher on the page?"],
      ["cyan circle @bottom-right", "purple diamond @center"],
      checks={1: {"unchanged": True, "reply_any": ["diamond"]}}, cat="question"),
    # en plural: three stars, then all of them recoloured via "em"
    C("en-probe-489", ["gimme 3 green stars", "make em all blue lol"],
      ["blue star", "blue star", "blue star"], checks={0: {"n_objects": 3}}, cat="plural"),
    # en unknown: a heart is not a shape of the world; picture stays, reply asks back
    C("en-probe-490", ["draw a small red circle pls", "and a pink heart next to it 💕"],
      ["small red circle"], checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),
    # en numbers: numbers as words, two groups in one message, British "grey"
    C("en-probe-491", ["I need two grey squares plus four orange triangles, thank you."],
      ["gray square", "gray square", "orange triangle", "orange triangle", "orange triangle", "orange triangle"],
      checks={0: {"n_objects": 6}}, cat="numbers"),
    # en reshape: Dana changes her mind about the shape, place and colour stay
    C("en-probe-492", ["put a brown circle on the left", "hmm, on second thought I'd rather it were a diamond"],
      ["brown diamond @left"], cat="reshape"),

    # zhs synonyms: 墨绿, 五角星, 大红, 方块; second placed right of the first
    C("zhs-probe-493", ["家人们，帮我整一个墨绿色的五角星放左上角", "再来个大红的方块，放它右边哈"],
      ["green star @top-left", "red square @top"], rel=[(1, "right_of", 0)], cat="synonyms"),
    # zhs question: colour of one object, nothing changes
    C("zhs-probe-494", ["画一个黄色的圆和一个紫色的三角", "那个圆是啥颜色来着？"],
      ["yellow circle", "purple triangle"],
      checks={1: {"unchanged": True, "reply_any": ["黄", "yellow"]}}, cat="question"),
    # zhs numbers: five small stars, size said separately
    C("zhs-probe-495", ["绝绝子 给我来五个粉色的星星，要小号的"],
      ["small pink star", "small pink star", "small pink star", "small pink star", "small pink star"],
      checks={0: {"n_objects": 5}}, cat="numbers"),
    # zhs correction: the place was wrong, 不是...是...
    C("zhs-probe-496", ["在右上角画个蓝色菱形", "不对不对，不是右上角，是左下角！"],
      ["blue diamond @bottom-left"], checks={1: {"n_objects": 1}}, cat="correction"),
    # zhs unknown: an arrow is not a shape of the world
    C("zhs-probe-497", ["先来个灰色正方形", "再整一个黄色的箭头"],
      ["gray square"], checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),
    # zhs plural: both triangles recoloured
    C("zhs-probe-498", ["画两个绿色三角形", "两个都改成棕色吧，谢谢"],
      ["brown triangle", "brown triangle"], checks={1: {"n_objects": 2}}, cat="plural"),
    # zhs reshape: square called 方的, changed into a hexagon
    C("zhs-probe-499", ["在正中间画一个红色正方形", "emmm 这个方的有点丑，换成六边形吧"],
      ["red hexagon @center"], cat="reshape"),
    # zhs typo: pinyin slips 有上角 (右上角), 话 (画), 三脚形 (三角形)
    C("zhs-probe-500", ["在有上角话一个黄色的三脚形"],
      ["yellow triangle @top-right"], cat="typo"),

    # zht synonyms: Cantonese 啡色, 粉紅, 圓圈; second placed above the first
    C("zht-probe-501", ["唔該幫我喺右下角畫個啡色嘅正方形", "再喺佢上面加個粉紅色嘅圓圈"],
      ["brown square @bottom-right", "pink circle @right"], rel=[(1, "above", 0)], cat="synonyms"),
    # zht numbers: three diamonds
    C("zht-probe-502", ["畫三個綠色嘅菱形吖"],
      ["green diamond", "green diamond", "green diamond"], checks={0: {"n_objects": 3}}, cat="numbers"),
    # zht question: where is the star, nothing changes
    C("zht-probe-503", ["喺左邊畫個紅色星星", "個星星而家喺邊度呀？"],
      ["red star @left"], checks={1: {"unchanged": True, "reply_any": ["左", "left"]}}, cat="question"),
    # zht correction: 唔係 colour, the other colour meant
    C("zht-probe-504", ["畫個橙色三角形吖", "唔係橙色呀，我要紫色"],
      ["purple triangle"], checks={1: {"n_objects": 1}}, cat="correction"),
    # zht reshape: Cantonese 將佢變做
    C("zht-probe-505", ["喺中間畫個藍色圓形", "將佢變做星形啦"],
      ["blue star @center"], cat="reshape"),
    # zht multi: two adds joined by 跟住, each at its own corner
    C("zht-probe-506", ["畫一個黃色正方形喺左上角，跟住喺右上角畫個灰色六角形"],
      ["yellow square @top-left", "gray hexagon @top-right"], checks={0: {"n_objects": 2}}, cat="multi"),
    # zht typo: 圓型, 中閒 (中間), 移刀 (移到); move one step right from the centre
    C("zht-probe-507", ["幫我畫一個綠色的圓型在中閒", "再把它移刀右邊"],
      ["green circle @right"], cat="typo"),
    # zht unknown: white cannot be drawn, asks back; answer 灰色 carries the add out
    C("zht-probe-508", ["畫個細細嘅紅色正方形", "再加個白色六角形", "噉用灰色啦"],
      ["small red square", "gray hexagon"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}, 2: {"n_objects": 2}}, cat="unknown"),

    # mix multi: HK owner, English colours/shapes/places inside Cantonese, two adds
    C("mix-probe-509", ["幫我 draw 個 red circle 喺 top left，跟住再 add 個 green square 喺 bottom right 呀"],
      ["red circle @top-left", "green square @bottom-right"], checks={0: {"n_objects": 2}}, cat="multi"),
    # mix numbers: 俩 = two
    C("mix-probe-510", ["来俩 blue 的 triangle 呗"],
      ["blue triangle", "blue triangle"], checks={0: {"n_objects": 2}}, cat="numbers"),
    # mix synonyms: navy, crimson; second above the first
    C("mix-probe-511", ["put a navy 正方形 on the left", "再加一个 crimson 的 circle 在它上面"],
      ["blue square @left", "red circle @top-left"], rel=[(1, "above", 0)], cat="synonyms"),
    # mix correction: typed the wrong colour, 应该是 pink
    C("mix-probe-512", ["draw a green hexagon", "oops 我打错了 应该是 pink 的"],
      ["pink hexagon"], checks={1: {"n_objects": 1}}, cat="correction"),
    # mix plural: all three squares made small
    C("mix-probe-513", ["画三个 orange squares", "把 squares 全部变 small"],
      ["small orange square", "small orange square", "small orange square"], checks={1: {"n_objects": 3}}, cat="plural"),
    # mix question: count in mixed language, nothing changes
    C("mix-probe-514", ["draw a gray star on the right and a cyan diamond on the left", "一共有多少个 shapes 啊"],
      ["gray star @right", "cyan diamond @left"],
      checks={1: {"unchanged": True, "reply_any": ["2", "两", "two", "二"]}}, cat="question"),
    # mix reshape: object named in Chinese, new shape in English
    C("mix-probe-515", ["画一个 brown circle", "turn the 圆形 into a hexagon pls"],
      ["brown hexagon"], cat="reshape"),
    # mix typo: gamer, drwa/yelow/botom with a Chinese shape word
    C("mix-probe-516", ["drwa a yelow 星星 at the botom"],
      ["yellow star @bottom"], cat="typo"),
]


ELEVENTH = [
    # writer V:
    # Blind probe V, ids 517-548 (8 per language: en, zhs, zht, mix).
    # Personas:
    #  - Lucas, a Brazilian exchange student writing English: Portuguese word order and prepositions
    #    ("in the left side", "transform it in"), "ops", friendly and chatty, lowercase.
    #  - Jürgen, a German mechanical engineer writing English: formal, precise ("exactly", "positioned",
    #    "additionally"), fast typing with letter slips.
    #  - 陈婆婆, a Guangzhou grandmother dictating simplified Chinese by voice input: no punctuation, fillers
    #    (嗯, 哎呀), homophone slips from the recogniser (话/画, 篮/蓝, 皇/黄, 三脚形, 六边行), Cantonese-flavoured
    #    Mandarin ("我讲的是").
    #  - 林小姐, a Taipei graphic designer writing traditional Chinese with design jargon (主視覺, 構圖, 點綴,
    #    主色調, 置中, 排版).
    #  - Wei Jie, a Malaysian Chinese student who switches between English and Chinese mid-sentence, with
    #    Manglish particles (lah, leh, ah, aiyo, "can?").

    # ---------------- en ----------------
    # synonyms: ball/crimson/big, box/navy/little, "upper right corner", "in the middle" (Brazilian)
    C("en-probe-517",
      ["hello!! can you make one big ball in the colour crimson in the middle please",
       "and one little navy box at the upper right corner, thanks!!"],
      ["large red circle @center", "small blue square @top-right"], cat="synonyms"),

    # numbers: words for counts, size and colour said once for the whole group (German engineer)
    C("en-probe-518",
      ["Please draw exactly three hexagons, all of them orange and small.",
       "Now please add two grey diamonds as well. Thank you."],
      ["small orange hexagon", "small orange hexagon", "small orange hexagon",
       "gray diamond", "gray diamond"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),

    # correction: recolour of an earlier object named by shape, value denied and value meant (Brazilian)
    C("en-probe-519",
      ["put a pink star in the left side",
       "and a yellow triangle in the right side",
       "ops no, the star i wanted purple, not pink, sorry"],
      ["purple star @left", "yellow triangle @right"],
      checks={2: {"n_objects": 2}}, cat="correction"),

    # question: yes/no relation question in formal wording; the picture must not change (German)
    C("en-probe-520",
      ["Draw a large cyan circle in the upper left corner and a small brown triangle in the lower right corner.",
       "Is the triangle positioned to the right of the circle?"],
      ["large cyan circle @top-left", "small brown triangle @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),

    # reshape: non-native phrasing "transform it in a diamond" (Brazilian)
    C("en-probe-521",
      ["draw me a green square in the center pls",
       "hmm i think it stay more beautiful like a diamond.. can you transform it in a diamond?"],
      ["green diamond @center"], cat="reshape"),

    # typo: several swapped/dropped letters, then an add below "it" with no verb (German typing fast)
    C("en-probe-522",
      ["Pleaes drwa a smal yelow star in teh top rihgt corner.",
       "Now a red hexagno directly below it."],
      ["small yellow star @top-right", "red hexagon @right"],
      rel=[(1, "below", 0)], cat="typo"),

    # unknown: a heart is no shape of the world -> nothing changes, asks back (Brazilian)
    C("en-probe-523",
      ["draw a blue circle",
       "now put a heart next to it, in red colour"],
      ["blue circle"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # plural: "both stars" recoloured together, the square untouched (German)
    C("en-probe-524",
      ["Add two small green stars and one large purple square.",
       "Please change the colour of both stars to blue."],
      ["small blue star", "small blue star", "large purple square"],
      checks={1: {"n_objects": 3}}, cat="plural"),

    # ---------------- zhs ----------------
    # typo: voice-input homophones 话(画) 篮色(蓝色) 皇色(黄色) 三脚形(三角形), add above "它" (grandmother)
    C("zhs-probe-525",
      ["嗯 帮我话一个篮色的圆圈 放在中间",
       "再画一个皇色的三脚形 放在它上面"],
      ["blue circle @center", "yellow triangle @top"],
      rel=[(1, "above", 0)], cat="typo"),

    # numbers: 两个 / 三个 with sizes said as 小小的那种 / 要大的 (grandmother)
    C("zhs-probe-526",
      ["给我画两个红色的星星 小小的那种",
       "再来三个绿色的方块 要大的"],
      ["small red star", "small red star",
       "large green square", "large green square", "large green square"],
      checks={1: {"n_objects": 5}}, cat="numbers"),

    # correction: 不是紫色 ... 我讲的是粉红色 -> recolour, with voice slip 六边行 (grandmother)
    C("zhs-probe-527",
      ["在左边画个紫色的六边行",
       "哎呀不是紫色 我讲的是粉红色"],
      ["pink hexagon @left"],
      checks={1: {"n_objects": 1}}, cat="correction"),

    # question: where is the star, asked with chatter; nothing changes (grandmother)
    C("zhs-probe-528",
      ["左上角画个橙色的菱形 右下角画个灰色的星星",
       "那个星星在哪里啊 我眼睛不好看不清楚"],
      ["orange diamond @top-left", "gray star @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["右下"]}}, cat="question"),

    # unknown: a moon is no shape of the world -> nothing changes, asks back (grandmother)
    C("zhs-probe-529",
      ["在中间画一个红色的正方形",
       "上面再画一个黄色的月亮"],
      ["red square @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # multi: recolour one object and remove another in one message, spoken style (grandmother)
    C("zhs-probe-530",
      ["画一个蓝色的三角形 再画一个绿色的圆形",
       "三角形给我换成红色的 那个圆的就不要了"],
      ["red triangle"],
      checks={1: {"n_objects": 1}}, cat="multi"),

    # plural: 它们两个都弄大一点 after two small hexagons (grandmother)
    C("zhs-probe-531",
      ["帮我画两个黄色的六边形 要小的",
       "哎呀太小了 它们两个都弄大一点"],
      ["large yellow hexagon", "large yellow hexagon"],
      checks={1: {"n_objects": 2}}, cat="plural"),

    # reshape: 把它变成圆形, keeps colour and place (grandmother)
    C("zhs-probe-532",
      ["在右边画一个咖啡色的正方形",
       "嗯 还是圆的好看 把它变成圆形吧"],
      ["brown circle @right"], cat="reshape"),

    # ---------------- zht ----------------
    # synonyms: 酒紅 (red), 墨綠 (green), 正中央, 大圓, design jargon around the instructions (designer)
    C("zht-probe-533",
      ["畫布正中央放一個酒紅色的大圓，當主視覺",
       "左下角再壓一個墨綠色的小菱形，平衡一下構圖"],
      ["large red circle @center", "small green diamond @bottom-left"], cat="synonyms"),

    # numbers: 三顆 with measure word 顆, then 兩個; 淺灰 and 橘色 (designer)
    C("zht-probe-534",
      ["做三顆淺灰色的小星星當點綴",
       "再補兩個橘色的方塊"],
      ["small gray star", "small gray star", "small gray star",
       "orange square", "orange square"],
      checks={1: {"n_objects": 5}}, cat="numbers"),

    # correction: 不對 ... 我要的是正方形 -> the triangle becomes a square, colour and place kept (designer)
    C("zht-probe-535",
      ["右邊放一個紫色的三角形",
       "不對不對，三角形太尖了，我要的是正方形"],
      ["purple square @right"],
      checks={1: {"n_objects": 1}}, cat="correction"),

    # question: which of the two is bigger -> the blue hexagon; nothing changes (designer)
    C("zht-probe-536",
      ["左上放一個大的藍色六角形，右下放一個小的黃色圓形",
       "這兩個哪一個比較大？"],
      ["large blue hexagon @top-left", "small yellow circle @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["藍", "蓝", "blue"]}}, cat="question"),

    # reshape: 置中 (centered), 幫我把它換成星形 (designer)
    C("zht-probe-537",
      ["置中放一個粉紅色的方塊",
       "感覺有點死板，幫我把它換成星形"],
      ["pink star @center"], cat="reshape"),

    # multi: three placed adds in one message, 下面中間 is the bottom (designer)
    C("zht-probe-538",
      ["排版先這樣：右上角放一個灰色圓形，左邊放一個橘色三角形，下面中間放一個紫色菱形"],
      ["gray circle @top-right", "orange triangle @left", "purple diamond @bottom"],
      checks={0: {"n_objects": 3}}, cat="multi"),

    # plural: 這兩個都改成綠色 after two blue circles (designer)
    C("zht-probe-539",
      ["畫兩個藍色的圓形",
       "這兩個都改成綠色，跟主色調統一"],
      ["green circle", "green circle"],
      checks={1: {"n_objects": 2}}, cat="plural"),

    # unknown: 幾個 names no number -> nothing changes, asks how many (designer)
    C("zht-probe-540",
      ["先放一個紅色圓形在中間",
       "旁邊再灑幾個小三角形當點綴"],
      ["red circle @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # ---------------- mix ----------------
    # typo: cirlce, blu, rigth inside code-switched Manglish (Malaysian student)
    C("mix-probe-541",
      ["eh draw one 红色 cirlce at the top left lah",
       "then one blu 三角形 at bottom rigth can?"],
      ["red circle @top-left", "blue triangle @bottom-right"], cat="typo"),

    # correction: count said instead, 4 -> 3 (Malaysian student)
    C("mix-probe-542",
      ["draw 4 个 small purple diamonds",
       "aiyo too many la, 3 个 enough"],
      ["small purple diamond", "small purple diamond", "small purple diamond"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 3}}, cat="correction"),

    # question: where is the yellow one, asked half in Chinese; nothing changes (Malaysian student)
    C("mix-probe-543",
      ["left side put one green square, right side put one yellow circle",
       "eh the yellow one 在哪里 ah?"],
      ["green square @left", "yellow circle @right"],
      checks={1: {"unchanged": True, "reply_any": ["right", "右"]}}, cat="question"),

    # unknown: black cannot be drawn -> nothing changes, asks back (Malaysian student)
    C("mix-probe-544",
      ["draw a 紫色 hexagon first",
       "now one black circle beside it lah"],
      ["purple hexagon"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # reshape: "make it hexagon instead" after a Chinese-framed add (Malaysian student)
    C("mix-probe-545",
      ["center 画一个 cyan 的 triangle",
       "hmm 不够 nice leh, make it hexagon instead"],
      ["cyan hexagon @center"], cat="reshape"),

    # multi: two adds in one message, then recolour + move in one message (Malaysian student)
    C("mix-probe-546",
      ["add a big red star at the top and 一个小的 gray 圆 at the bottom",
       "then make the star 黄色 and move the circle to 左上角"],
      ["large yellow star @top", "small gray circle @top-left"],
      checks={1: {"n_objects": 2}}, cat="multi"),

    # plural: "all of them 小的" after three squares (Malaysian student)
    C("mix-probe-547",
      ["draw three 橙色 squares",
       "make all of them 小的 please, too big already"],
      ["small orange square", "small orange square", "small orange square"],
      checks={1: {"n_objects": 3}}, cat="plural"),

    # synonyms: teal (cyan) 钻石 (diamond), navy (blue) 圆圈 (circle), "on top of it" = above (Malaysian student)
    C("mix-probe-548",
      ["can draw one teal 钻石 at the right side?",
       "and one navy 圆圈 on top of it"],
      ["cyan diamond @right", "blue circle @top-right"],
      rel=[(1, "above", 0)], cat="synonyms"),
    # writer W:
    # Blind probe, ids 549-580. Personas (invented by this writer):
    #  - Kayla, 15, American, texting from her phone: all lowercase, slang ("ngl", "lol", "u"), autocorrect
    #    slips and swapped letters, emoji.
    #  - Harold, 71, retired accountant from Ohio: formal and polite, counts everything, says "exactly",
    #    "kindly", British "centre" from years of reading ledgers from the London office.
    #  - Xiao Tang, Chengdu office worker typing fast in simplified Chinese on a pinyin IME: homophone slips
    #    (兰/洪/猩/坐/园), Sichuan particles (哈, 撒, 嘛, 要得, 整一个).
    #  - Ka-yan, Hong Kong secondary student writing traditional Chinese with Cantonese words (喺, 畫個, 嘅,
    #    佢哋, 唔係, 跟住, 啡色, 細) and Cantonese-homophone slips (籃色, 園形).
    #  - Leo, Shenzhen backend developer who mixes English tech words into Chinese (add, delete 掉, LGTM,
    #    refactor, batch, sorry typo 了).

    # --- English ---------------------------------------------------------------------------------

    # synonyms: "tiny" = small, "scarlet" = red, "ball" = circle, "big navy box" = large blue square,
    # placed "right under it" (the cell below top-right)
    C("en-probe-549",
      ["omg ok so can u put a tiny scarlet ball in the top right corner",
       "and a big navy box right under it lol"],
      ["small red circle @top-right", "large blue square"],
      rel=[(1, "below", 0)], cat="synonyms"),

    # numbers: "three" as a word, then "a single ... just the one"; unplaced triangles fill free regions
    C("en-probe-550",
      ["Good afternoon. Three green triangles, please - exactly three.",
       "Next, a single yellow star in the bottom right corner. Just the one."],
      ["green triangle", "green triangle", "green triangle", "yellow star @bottom-right"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 4}}, cat="numbers"),

    # typo: swapped/dropped letters in colour, shape, place and verb words, emoji at the end
    C("en-probe-551",
      ["draw a purpel cirlce in teh middle pls 🙏",
       "ok now mkae it orage lmao"],
      ["orange circle @center"], cat="typo"),

    # correction of the place just used: the hexagon goes to the left side instead
    C("en-probe-552",
      ["Please draw a large brown hexagon on the right-hand side.",
       "Correction: I meant the left-hand side. My mistake."],
      ["large brown hexagon @left"], cat="correction"),

    # question: colour of an object drawn with a synonym ("teal" is cyan); nothing changes
    C("en-probe-553",
      ["put a teal star top left and a lemon yellow diamond bottom right",
       "wait what color did the star come out as"],
      ["cyan star @top-left", "yellow diamond @bottom-right"],
      checks={1: {"unchanged": True, "n_objects": 2, "reply_any": ["cyan", "teal"]}}, cat="question"),

    # plural: "both of the circles" removes the two circles, the square stays
    C("en-probe-554",
      ["Draw two small pink circles and one large gray square.",
       "Kindly remove both of the circles now."],
      ["large gray square"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 1}}, cat="plural"),

    # reshape: "make it a triangle instead", keeps colour and place
    C("en-probe-555",
      ["can u draw a green hexagon on the left side",
       "ngl that looks weird, make it a triangle instead"],
      ["green triangle @left"], cat="reshape"),

    # unknown: an octagon is not a shape of the world -> nothing changes, asks back
    C("en-probe-556",
      ["Please place one blue diamond in the centre.",
       "Now add a red octagon at the top, please."],
      ["blue diamond @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- Simplified Chinese ----------------------------------------------------------------------

    # synonyms: 草绿 = green, 圆球 = circle, 深蓝 = blue, 小方块 = small square, 整一个 = add one
    C("zhs-probe-557",
      ["麻烦在正中间画个草绿色的圆球哈",
       "左上角再整一个深蓝色的小方块，要得"],
      ["green circle @center", "small blue square @top-left"], cat="synonyms"),

    # typo: pinyin slips 兰色(蓝色) 五角猩(五角星) 坐上角(左上角) 洪色(红色) 园形(圆形)
    C("zhs-probe-558",
      ["在右下角画一个兰色的五角猩",
       "再在坐上角画个洪色的园形"],
      ["blue star @bottom-right", "red circle @top-left"], cat="typo"),

    # numbers: 两个 then digits "4个", with the slip 菱型
    C("zhs-probe-559",
      ["画两个紫色的三角形",
       "再来4个小的黄色菱型"],
      ["purple triangle", "purple triangle",
       "small yellow diamond", "small yellow diamond", "small yellow diamond", "small yellow diamond"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 6}}, cat="numbers"),

    # multi: three placed adds in one message, then a removal and a move in one message
    C("zhs-probe-560",
      ["上边画一个橙色六边形，下边画一个灰色星星，中间来个粉色的三角",
       "然后把星星删了，三角形移到右边去"],
      ["orange hexagon @top", "pink triangle @right"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 2}}, cat="multi"),

    # correction: the shape was wrong ("我要的是圆形不是方块"), colour and place stay
    C("zhs-probe-561",
      ["左下角画一个黄色的方块",
       "哎呀打错了 我要的是圆形不是方块"],
      ["yellow circle @bottom-left"], cat="correction"),

    # question: how many shapes after three adds; nothing changes
    C("zhs-probe-562",
      ["左边画一个棕色菱形，右边画一个青色的圆",
       "上面再加个红色星星",
       "现在画面上一共有几个图形了"],
      ["brown diamond @left", "cyan circle @right", "red star @top"],
      checks={2: {"unchanged": True, "n_objects": 3, "reply_any": ["3", "三"]}}, cat="question"),

    # reshape: 它 换成六边形, size colour and place stay
    C("zhs-probe-563",
      ["中间画一个大的橙色正方形",
       "方的看起来好死板哦，把它换成六边形撒"],
      ["large orange hexagon @center"], cat="reshape"),

    # unknown: a heart (爱心) is not a shape of the world -> nothing changes, asks back
    C("zhs-probe-564",
      ["画一个蓝色三角形",
       "再画一个粉色的爱心"],
      ["blue triangle @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- Traditional Chinese (Hong Kong, Cantonese words) ----------------------------------------

    # synonyms: 啡色 = brown, 細 = small, 圓點 = circle, 深紫 = purple
    C("zht-probe-565",
      ["喂 喺右上角畫個啡色細圓點吖",
       "跟住喺中間加個深紫色嘅大菱形"],
      ["small brown circle @top-right", "large purple diamond @center"], cat="synonyms"),

    # multi: two placed adds in one message, then a recolour and a removal in one message
    C("zht-probe-566",
      ["畫個黃色三角形喺左邊，再畫個綠色正方形喺右邊",
       "將個三角形變藍色，跟住刪咗個正方形"],
      ["blue triangle @left"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 1}}, cat="multi"),

    # plural: 佢哋全部 = all of them, recoloured together
    C("zht-probe-567",
      ["畫三個細嘅粉紅色星星",
       "將佢哋全部變做橙色"],
      ["small orange star", "small orange star", "small orange star"],
      checks={1: {"n_objects": 3}}, cat="plural"),

    # question: where is the hexagon (喺邊度); nothing changes
    C("zht-probe-568",
      ["喺左下角畫個灰色六邊形",
       "喺正中間畫個紅色圓形",
       "個六邊形喺邊度呀？"],
      ["gray hexagon @bottom-left", "red circle @center"],
      checks={2: {"unchanged": True, "n_objects": 2, "reply_any": ["左下", "bottom left", "bottom-left"]}},
      cat="question"),

    # correction: 唔係大嘅, 要細嘅 -> the star becomes small, stays where it is
    C("zht-probe-569",
      ["畫個大嘅青色星星喺上面",
       "唔係呀，我要細嘅，唔係大嘅"],
      ["small cyan star @top"], cat="correction"),

    # typo: Cantonese homophone slips 籃色(藍色) 園形(圓形) 三角型(三角形)
    C("zht-probe-570",
      ["幫我喺右邊畫個籃色園形",
       "跟住喺下面加個綠色嘅三角型"],
      ["blue circle @right", "green triangle @bottom"], cat="typo"),

    # numbers: 五個 small circles then 兩個 large squares (7 in all)
    C("zht-probe-571",
      ["我要五個細細粒嘅紫色圓形",
       "再加兩個大嘅啡色方塊"],
      ["small purple circle", "small purple circle", "small purple circle", "small purple circle",
       "small purple circle", "large brown square", "large brown square"],
      checks={0: {"n_objects": 5}, 1: {"n_objects": 7}}, cat="numbers"),

    # reshape: 鑽石 (diamond) turned into a hexagon with 佢
    C("zht-probe-572",
      ["喺左上角畫個黃色嘅鑽石",
       "嗯…我覺得六角形靚啲，幫我將佢轉做六角形啦"],
      ["yellow hexagon @top-left"], cat="reshape"),

    # --- Mixed English / Chinese (Shenzhen developer) --------------------------------------------

    # multi: two placed adds in one message, then a recolour and a move in one message
    C("mix-probe-573",
      ["帮我在 top-left add 一个 blue star, 然后 bottom-right 放一个 yellow hexagon",
       "LGTM 👍 star 改成 green，hexagon move 到 center"],
      ["green star @top-left", "yellow hexagon @center"], cat="multi"),

    # plural: "这些 diamonds 全部 delete 掉" removes the four diamonds, the square stays
    C("mix-probe-574",
      ["来 4 个 small 的 red diamond 和一个 big 的 blue square",
       "这些 diamonds 全部 delete 掉"],
      ["large blue square"],
      checks={0: {"n_objects": 5}, 1: {"n_objects": 1}}, cat="plural"),

    # unknown number: 几个 stars -> nothing changes, asks how many
    C("mix-probe-575",
      ["画一个 orange triangle 在 center",
       "OK 再 add 几个 cyan stars"],
      ["orange triangle @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # synonyms: violet = purple, rhombus = diamond, coffee = brown, dot = circle
    C("mix-probe-576",
      ["右边放一个 violet 的 rhombus",
       "左边再来个 small 的 coffee 色 dot"],
      ["purple diamond @right", "small brown circle @left"], cat="synonyms"),

    # question: colour of the hexagon drawn as turquoise (cyan); nothing changes
    C("mix-probe-577",
      ["top 放一个 turquoise hexagon，bottom-left 放一个 green triangle",
       "等下，hexagon 现在是啥 color？"],
      ["cyan hexagon @top", "green triangle @bottom-left"],
      checks={1: {"unchanged": True, "n_objects": 2, "reply_any": ["cyan", "青", "turquoise"]}},
      cat="question"),

    # correction: "不是 circle 是 star" -> the circle becomes a star, size colour place stay
    C("mix-probe-578",
      ["帮我 add 一个 large purple circle 在 left",
       "sorry typo 了，不是 circle 是 star"],
      ["large purple star @left"], cat="correction"),

    # numbers: digits "3 个" then the word "two 个", British "grey"
    C("mix-probe-579",
      ["batch 生成 3 个 orange squares",
       "再加 two 个 grey triangles 谢谢"],
      ["orange square", "orange square", "orange square", "gray triangle", "gray triangle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),

    # reshape: "把它 refactor 一下，改成 circle"
    C("mix-probe-580",
      ["center 画一个 red square",
       "emmm 不太好看，把它 refactor 一下，改成 circle 吧 haha"],
      ["red circle @center"], cat="reshape"),
    # writer X:
    # Probe dialogues 581-612 (blind; written without reading the program's code or tests).
    #
    # Personas:
    #  - Parent drawing with a four-year-old, typing fast on a phone and relaying the child's wishes
    #    ("he says...", "she wants...", 孩子要...), typos, lowercase, the odd emoji.
    #  - A very indecisive person who keeps changing their mind inside one message ("orange. wait no. purple").
    #  - Maureen, an Irish pensioner: long, chatty, polite messages full of asides ("there's a good lad", "grand").
    #  - 王老师, a Beijing middle-school teacher: tidy, fully punctuated simplified Chinese, "请", "同学们".
    #  - 陳老闆, a Taichung shop owner: traditional Chinese, very short, 幫我/給我, spaces instead of commas,
    #    occasional Zhuyin/pinyin slips (有上角, 三角型).
    #  - Wei Ling, a Singaporean who mixes Mandarin and English with lah/leh/ah/can, and gets a bit impatient.

    # --- English -----------------------------------------------------------------------------------
    # synonyms: "big", "scarlet", "ball", "middle", "lemon yellow", "top right corner"; parent relays child
    C("en-probe-581",
      ["hi! drawing with my son (he's 4) and he wants a big scarlet ball right in the middle please 🙂",
       "ok he says now a lemon yellow star up in the top right corner, like the sun lol"],
      ["large red circle @center", "yellow star @top-right"], cat="synonyms"),

    # correction: indecisive, two colours denied inside one message, only purple survives
    C("en-probe-582",
      ["can you put a green triangle on the left",
       "hmm actually no, make it orange. wait no. purple. yes purple, sorry!!"],
      ["purple triangle @left"], cat="correction"),

    # question: chatty pensioner asks which of two is higher; nothing may change
    C("en-probe-583",
      ["Good afternoon, I hope you're keeping well. My granddaughter set this up for me on the tablet so "
       "bear with me. Would you draw me a small blue square down in the bottom left corner, there's a good lad.",
       "Lovely, that's grand. And a big orange circle up at the top, if it's no trouble to you.",
       "Now tell me this, and I'm only curious, which of the two of them is sitting higher up on the page?"],
      ["small blue square @bottom-left", "large orange circle @top"],
      checks={2: {"unchanged": True, "reply_any": ["orange"]}}, cat="question"),

    # numbers: number as a word, then one more object; counts after each turn
    C("en-probe-584",
      ["she wants three pink stars!! she loves stars",
       "and one green hexagon for her brother"],
      ["pink star", "pink star", "pink star", "green hexagon"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 4}}, cat="numbers"),

    # unknown: black cannot be drawn; picture unchanged and the reply asks back
    C("en-probe-585",
      ["a brown diamond in the centre pls",
       "umm could you maybe do a black circle next to it? or... yeah. black"],
      ["brown diamond @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # plural: "the both of them" after two small squares placed one per side
    C("en-probe-586",
      ["Hello again, it's only me. Put two little grey squares on the page for me, would you, one over on "
       "the left and one over on the right. My eyes aren't what they were so I like them tidy.",
       "Ah they look a bit lonely and dreary like that. Make the both of them green, like the fields back "
       "home in Mayo."],
      ["small green square @left", "small green square @right"], cat="plural"),

    # reshape: indecisive, a shape floated and dropped ("or a diamond... no"), hexagon kept
    C("en-probe-587",
      ["put a cyan star at the top left",
       "hmm. not loving the star tbh. could it be a hexagon instead? or a diamond... no, hexagon. hexagon's fine"],
      ["cyan hexagon @top-left"], cat="reshape"),

    # typo: misspelt size, colour, shape and place words; "jsut to the left of it"
    C("en-probe-588",
      ["ok hes decided. a bigg gren trinagle at the botom",
       "now a yelow dot jsut to the left of it"],
      ["large green triangle @bottom", "yellow circle @bottom-left"],
      rel=[(1, "left_of", 0)], cat="typo"),

    # --- Simplified Chinese ------------------------------------------------------------------------
    # multi: two adds in one message, then a recolour and a move in one message
    C("zhs-probe-589",
      ["请在左上角画一个红色的圆形，再在右下角画一个蓝色的正方形，谢谢。",
       "现在把圆形改成绿色，然后把正方形移到正中间。"],
      ["green circle @top-left", "blue square @center"], cat="multi"),

    # synonyms: 草绿色, 五角星, 深蓝色, 右侧
    C("zhs-probe-590",
      ["同学们请看，我先在画面正中间画一个草绿色的五角星。",
       "接着，在五角星的右侧画一个深蓝色的菱形。"],
      ["green star @center", "blue diamond @right"],
      rel=[(1, "right_of", 0)], cat="synonyms"),

    # numbers: 两个 then 三个, with a size on the second group
    C("zhs-probe-591",
      ["请画两个紫色的六边形。",
       "再加三个橙色的小三角形。"],
      ["purple hexagon", "purple hexagon", "small orange triangle", "small orange triangle",
       "small orange triangle"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 5}}, cat="numbers"),

    # question: colour of one named object; nothing changes
    C("zhs-probe-592",
      ["在左边画一个棕色的圆形，在右边画一个粉色的星形。",
       "请问，右边那个星形是什么颜色的？"],
      ["brown circle @left", "pink star @right"],
      checks={1: {"unchanged": True, "reply_any": ["粉", "pink"]}}, cat="question"),

    # correction: the place was wrong (不是上面，是下面)
    C("zhs-probe-593",
      ["在上面画一个黄色的三角形。",
       "不好意思，我说错了，不是上面，是下面。"],
      ["yellow triangle @bottom"],
      checks={1: {"n_objects": 1}}, cat="correction"),

    # reshape: square turned into a diamond, said with a reason first
    C("zhs-probe-594",
      ["在右上角画一个灰色的正方形。",
       "嗯，正方形显得太呆板了，请把它换成菱形。"],
      ["gray diamond @top-right"], cat="reshape"),

    # plural: child's wish relayed; both stars made small
    C("zhs-probe-595",
      ["孩子要两个红色的星星，一个放左下角，一个放右下角。",
       "她又说，两个星星都要变小。"],
      ["small red star @bottom-left", "small red star @bottom-right"], cat="plural"),

    # unknown: gold cannot be drawn -> ask back; the next message answers with 柠檬黄
    C("zhs-probe-596",
      ["请在中间画一个金色的圆形。",
       "嗯……那就改用柠檬黄吧。"],
      ["yellow circle @center"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- Traditional Chinese -----------------------------------------------------------------------
    # synonyms: 橘色, 圓圈, 咖啡色, 方塊; terse shop-owner style
    C("zht-probe-597",
      ["幫我畫一個橘色的圓圈 放中間",
       "再給我一個咖啡色方塊 左上角"],
      ["orange circle @center", "brown square @top-left"], cat="synonyms"),

    # numbers: 四顆 with the colour said after ("紅的")
    C("zht-probe-598",
      ["給我四顆星星 紅的",
       "再一個綠色菱形"],
      ["red star", "red star", "red star", "red star", "green diamond"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 5}}, cat="numbers"),

    # multi: two placed adds, then a removal and a move in one message
    C("zht-probe-599",
      ["幫我畫藍色三角形在右邊，紫色圓形在左邊",
       "三角形刪掉 圓形移到右下角"],
      ["purple circle @bottom-right"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 1}}, cat="multi"),

    # question: how many in total
    C("zht-probe-600",
      ["幫我畫一個黃色六邊形 一個粉紅色圓形 一個灰色正方形",
       "現在總共幾個？"],
      ["yellow hexagon", "pink circle", "gray square"],
      checks={1: {"unchanged": True, "reply_any": ["3", "三"]}}, cat="question"),

    # correction: 不是綠色 是藍色啦
    C("zht-probe-601",
      ["給我一個綠色的星星 右下角",
       "不是綠色 是藍色啦"],
      ["blue star @bottom-right"],
      checks={1: {"n_objects": 1}}, cat="correction"),

    # typo: 三角型, 有上角 (右上角), 菱型
    C("zht-probe-602",
      ["幫我畫一個紫色三角型 放在有上角",
       "再給我一個黃色的菱型 在它下面"],
      ["purple triangle @top-right", "yellow diamond @right"],
      rel=[(1, "below", 0)], cat="typo"),

    # reshape: both circles become hexagons
    C("zht-probe-603",
      ["給我兩個灰色圓形",
       "兩個都幫我改成六角形"],
      ["gray hexagon", "gray hexagon"],
      checks={1: {"n_objects": 2}}, cat="reshape"),

    # unknown: 幾個 gives no number -> nothing changes, the reply asks how many
    C("zht-probe-604",
      ["給我一個橘色星星在中間",
       "再來幾個藍色三角形"],
      ["orange star @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- Mixed English / Chinese -------------------------------------------------------------------
    # synonyms: 大大的, ball, centre, 深绿色; Singlish particles
    C("mix-probe-605",
      ["hello, help me draw one 大大的 紫色 ball at the centre lah",
       "then top left put one 深绿色 star leh"],
      ["large purple circle @center", "green star @top-left"], cat="synonyms"),

    # numbers: 两个 then one more of the same
    C("mix-probe-606",
      ["draw 两个 yellow squares can",
       "eh 再加一个 same one lah"],
      ["yellow square", "yellow square", "yellow square"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 3}}, cat="numbers"),

    # correction: count corrected down from 5 to 3
    C("mix-probe-607",
      ["add 5 个 red triangles",
       "aiyo too many already, 3 个 enough lah"],
      ["red triangle", "red triangle", "red triangle"],
      checks={0: {"n_objects": 5}, 1: {"n_objects": 3}}, cat="correction"),

    # reshape: "this one change to star shape can?" is a request, not a question
    C("mix-probe-608",
      ["帮我画个 orange diamond at bottom right",
       "hmm this one change to star shape can?"],
      ["orange star @bottom-right"], cat="reshape"),

    # question: where is the hexagon; nothing changes
    C("mix-probe-609",
      ["put a blue circle on the left and a red hexagon on the right",
       "那个 hexagon 在哪里 ah?"],
      ["blue circle @left", "red hexagon @right"],
      checks={1: {"unchanged": True, "reply_any": ["right", "右"]}}, cat="question"),

    # multi: two placed adds across languages, then a resize and a recolour in one message
    C("mix-probe-610",
      ["draw a cyan hexagon at the top and 一个棕色的 circle at the bottom",
       "then 把 hexagon 变 small, and the circle make it pink"],
      ["small cyan hexagon @top", "pink circle @bottom"], cat="multi"),

    # typo: grren, centr, 篮色 (蓝色), squre, rihgt
    C("mix-probe-611",
      ["pls draw a grren 三角形 in the centr",
       "and one 篮色 squre on its rihgt"],
      ["green triangle @center", "blue square @right"],
      rel=[(1, "right_of", 0)], cat="typo"),

    # plural: a list of three coloured circles, then all of them made small
    C("mix-probe-612",
      ["give me 三个 circles: one pink, one yellow, one gray",
       "ok now all of them 变 small lah 😅"],
      ["small pink circle", "small yellow circle", "small gray circle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 3}}, cat="plural"),
]


TWELFTH = [
    # writer Y:
    # Blind probe Y, ids 613-644 (8 en, 8 zhs, 8 zht, 8 mix).
    # Personas:
    #   - Dazza, an Australian tradie typing on his phone between jobs: big thumbs, typos, "mate", "chuck", "whack", "ta".
    #   - Morag, a Scottish grandmother in Perth: long, polite, complete sentences, "dear", "wee", apologises a lot.
    #   - 小杨, a university student in Xi'an: types in short bursts, no punctuation, internet slang and a bit of
    #     Shaanxi dialect ("整一个", "嘹咋咧", "hhh", "emmm", "搁").
    #   - 阿芬, a nurse in Kaohsiung typing traditional Chinese on Zhuyin input: Taiwanese particles (喔, 欸, 啦, 耶),
    #     Taiwan words (橘色, 一顆), and the odd homophone slip.
    #   - Kevin, a Chinese-American student in Vancouver who code-switches mid-sentence ("lol", "ngl", "tbh", "pls").

    # ---------------- en ----------------
    # synonyms: navy -> blue, ball -> circle, crimson -> red, box -> square; Aussie "chuck", "ta"
    C("en-probe-613",
      ["g'day mate, chuck a big navy ball in the middle would ya",
       "n a crimson box up the top right ta"],
      ["large blue circle @center", "red square @top-right"], cat="synonyms"),

    # typo: big-thumb slips in verb, colour, shape and place, then a recolour with a slip
    C("en-probe-614",
      ["drw a grene trianlge bottm left mate",
       "cheers now make it purpel"],
      ["purple triangle @bottom-left"], cat="typo"),

    # numbers: "three wee" (small) stars in words, then two more of another kind
    C("en-probe-615",
      ["Hello there, I hope you're keeping well. I wonder if you might draw three wee pink stars for my granddaughter, she's awfully fond of them.",
       "Oh, and two orange diamonds as well, if it's no bother at all."],
      ["small pink star", "small pink star", "small pink star", "orange diamond", "orange diamond"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),

    # correction: the colour said first was a mistake; the hexagon stays where it is
    C("en-probe-616",
      ["Could you please put a yellow hexagon on the right-hand side of the picture, dear?",
       "Oh goodness, I do apologise, I meant green rather than yellow. My eyes aren't what they once were."],
      ["green hexagon @right"], checks={1: {"n_objects": 1}}, cat="correction"),

    # question: yes/no about a left-of relation, must not change the picture
    C("en-probe-617",
      ["whack a red star up the top left n a blue square down the bottom right",
       "is the star to the left of the square mate"],
      ["red star @top-left", "blue square @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),

    # plural: "both of the circles" recolours the two circles and leaves the triangle alone
    C("en-probe-618",
      ["Good morning! I'd like two purple circles, please, and a brown triangle as well.",
       "Lovely. Now would you be a dear and make both of the circles orange? Thank you ever so much."],
      ["orange circle", "orange circle", "brown triangle"], checks={1: {"n_objects": 3}}, cat="plural"),

    # reshape: diamond -> star via "make it a star instead", then a one-cell shove left from the centre
    C("en-probe-619",
      ["put a pink diamond in the centre mate",
       "actually can ya make it a star instead",
       "sweet as, n shove it over to the left"],
      ["pink star @left"], checks={2: {"n_objects": 1}}, cat="reshape"),

    # unknown: black cannot be drawn -> ask back, nothing drawn; "grey then" carries the held square out
    C("en-probe-620",
      ["Might I have a black square in the middle, please?",
       "Oh, I didn't realise. Grey will do nicely then, thank you."],
      ["gray square @center"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),

    # ---------------- zhs ----------------
    # multi: two adds in one burst, then a removal and a recolour in one burst
    C("zhs-probe-621",
      ["画个蓝色方块在中间 再来个黄色三角形放右下角",
       "方块删了 三角形变绿色 快快快"],
      ["green triangle @bottom-right"], checks={0: {"n_objects": 2}, 1: {"n_objects": 1}}, cat="multi"),

    # typo: pinyin-input homophone slips (篮色=蓝色, 六变形=六边形, 皇色=黄色, 三脚形=三角形)
    C("zhs-probe-622",
      ["右边画个篮色的六变形",
       "然后左上角来一个皇色三脚形"],
      ["blue hexagon @right", "yellow triangle @top-left"], cat="typo"),

    # numbers: 4 in digits, then cut back to "俩" (two)
    C("zhs-probe-623",
      ["来4个粉色的星星！！",
       "啊不对 多了 俩就够了"],
      ["pink star", "pink star"], checks={0: {"n_objects": 4}, 1: {"n_objects": 2}}, cat="numbers"),

    # question: colour of the diamond asked in slang ("啥颜色来着"), picture unchanged
    C("zhs-probe-624",
      ["中间整一个紫色菱形",
       "右下再来个橙色的圆",
       "等下 菱形啥颜色来着"],
      ["purple diamond @center", "orange circle @bottom-right"],
      checks={2: {"unchanged": True, "reply_any": ["紫", "purple"]}}, cat="question"),

    # plural: "三角形统统" recolours all three triangles, not the square
    C("zhs-probe-625",
      ["画三个绿色三角形 再加一个棕色正方形",
       "三角形统统换成红的"],
      ["red triangle", "red triangle", "red triangle", "brown square"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 4}}, cat="plural"),

    # reshape: "换成六边形吧" keeps size, colour and place
    C("zhs-probe-626",
      ["左下角画个大的灰色正方形",
       "emmm 有点丑 换成六边形吧"],
      ["large gray hexagon @bottom-left"], cat="reshape"),

    # unknown: a heart is not a shape of the world -> ask back, the circle stays alone
    C("zhs-probe-627",
      ["先画个黄色的圆 放中间",
       "再来个粉色爱心 要可爱的那种 hhh"],
      ["yellow circle @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # synonyms: 墨绿 -> green, 球 -> circle, 大红 -> red, 方块 -> square; dialect 嘹咋咧 / 搁
    C("zhs-probe-628",
      ["嘹咋咧 来个墨绿色的球 放正中间",
       "再搁个大红的方块 最上面"],
      ["green circle @center", "red square @top"], cat="synonyms"),

    # ---------------- zht ----------------
    # synonyms: 咖啡色 -> brown, 圓球 -> circle, 橘色 -> orange, 鑽石 -> diamond
    C("zht-probe-629",
      ["幫我畫一顆咖啡色的圓球喔 放左邊就好",
       "右邊再放一個橘色的鑽石啦 謝謝耶"],
      ["brown circle @left", "orange diamond @right"], cat="synonyms"),

    # correction: "不是正方形啦 是三角形" -> the square becomes a triangle in place
    C("zht-probe-630",
      ["在中間畫一個綠色的正方形喔",
       "欸 不是正方形啦 是三角形"],
      ["green triangle @center"], checks={1: {"n_objects": 1}}, cat="correction"),

    # question: how many things in total, picture unchanged
    C("zht-probe-631",
      ["畫兩個黃色星星跟一個藍色圓形喔",
       "現在總共有幾個圖案啊？"],
      ["yellow star", "yellow star", "blue circle"],
      checks={1: {"unchanged": True, "reply_any": ["3", "三"]}}, cat="question"),

    # multi: two placed adds in one message, then a move and a recolour in one message
    C("zht-probe-632",
      ["先在左下角畫紅色三角形，然後右上角畫一個灰色六角形，謝謝喔",
       "欸 三角形移到中間，六角形改粉紅色啦"],
      ["red triangle @center", "pink hexagon @top-right"], cat="multi"),

    # plural: all stars removed, then a circle drawn instead (lands in the freed centre)
    C("zht-probe-633",
      ["幫我畫三顆橘色星星",
       "嗯…星星全部刪掉好了 改畫一個藍色圓形"],
      ["blue circle @center"], checks={0: {"n_objects": 3}, 1: {"n_objects": 1}}, cat="plural"),

    # numbers: "幾個" gives no number -> ask back; then five said outright
    C("zht-probe-634",
      ["欸 畫幾個紫色的圓圈好不好",
       "喔喔 那就五個紫色圓圈吧"],
      ["purple circle", "purple circle", "purple circle", "purple circle", "purple circle"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}, 1: {"n_objects": 5}},
      cat="numbers"),

    # reshape: big circle -> star via 它, then "縮小一點" makes it small, still in the middle
    C("zht-probe-635",
      ["中間畫一個大的紅色圓形",
       "欸 把它改成星星好了 比較可愛耶",
       "然後再縮小一點啦"],
      ["small red star @center"], checks={2: {"n_objects": 1}}, cat="reshape"),

    # typo: Zhuyin homophone slips (蘭色=藍色, 鈴形=菱形, 皇色=黃色, 園形=圓形)
    C("zht-probe-636",
      ["幫我畫一個蘭色的鈴形在右下角喔",
       "再一個皇色的園形 放左上角"],
      ["blue diamond @bottom-right", "yellow circle @top-left"], cat="typo"),

    # ---------------- mix ----------------
    # synonyms across languages: teal -> cyan, maroon -> red, dot -> circle
    C("mix-probe-637",
      ["hi 可以帮我画一个 teal 的 hexagon 吗 放 top left",
       "然后 bottom right 来个 maroon 的 dot"],
      ["cyan hexagon @top-left", "red circle @bottom-right"], cat="synonyms"),

    # question: where is the pink one, answered without change
    C("mix-probe-638",
      ["draw 一个 orange triangle 在左边 and 一个 pink circle 在右边",
       "粉色那个在哪 lol 我忘了"],
      ["orange triangle @left", "pink circle @right"],
      checks={1: {"unchanged": True, "reply_any": ["right", "右"]}}, cat="question"),

    # correction: "not that one, the other one" after a recolour swaps which star is yellow
    C("mix-probe-639",
      ["画两个 stars: 一个 blue 的在 top，一个 green 的在 bottom",
       "把上面那个 star 改成 yellow",
       "oops 不是那个啦，是另一个 😅"],
      ["blue star @top", "yellow star @bottom"], checks={2: {"n_objects": 2}}, cat="correction"),

    # numbers: digit 3 with a Chinese measure word, then "two more 一样的" of the same kind
    C("mix-probe-640",
      ["can u draw 3个 purple diamonds 😊",
       "再加 two more 一样的"],
      ["purple diamond", "purple diamond", "purple diamond", "purple diamond", "purple diamond"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),

    # reshape: "换成 star 吧" on the one square, place and colour kept
    C("mix-probe-641",
      ["put a brown square in the 左下角 pls",
       "hmm 换成 star 吧 ngl looks better"],
      ["brown star @bottom-left"], checks={1: {"n_objects": 1}}, cat="reshape"),

    # unknown: heart is not a shape of the world -> ask back, only the circle remains
    C("mix-probe-642",
      ["画个 green circle 在中间",
       "then a purple heart 在 right side 💜"],
      ["green circle @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # multi: a move and a removal in one mixed message; the small circle keeps its size
    C("mix-probe-643",
      ["draw a small red circle top left 然后 a blue square 在 bottom right",
       "把 circle move 到 center and delete the square"],
      ["small red circle @center"], checks={0: {"n_objects": 2}, 1: {"n_objects": 1}}, cat="multi"),

    # plural: "both triangles 小一点" shrinks both triangles, not the star
    C("mix-probe-644",
      ["画 two yellow triangles and a gray star",
       "tbh make both triangles 小一点"],
      ["small yellow triangle", "small yellow triangle", "gray star"],
      checks={1: {"n_objects": 3}}, cat="plural"),
    # writer Z:
    # Blind probe Z, ids 645-676 (8 per language).
    # Personas:
    #  - Ravi (en): a software tester from Pune; precise but non-native English ("kindly", "one big ...",
    #    "colour" after the colour, "only"/"itself" for emphasis, "at right side").
    #  - Kev (en): a bored teenager; one or two words, lowercase, typos, "em", "lol".
    #  - 王老师 (zhs): a Hangzhou kindergarten teacher talking to her class while drawing; 呀/哦/小朋友,
    #    reduplication (大大的, 红红的), pinyin-input slips.
    #  - 陳先生 (zht): a Macau civil servant writing formal traditional Chinese (煩請, 繪製, 該, 並, 謹).
    #  - Mei Ling (mix): a Kuala Lumpur office worker mixing English and Mandarin with Malaysian
    #    particles (lah, lor, ah, aiyo, "can or not", "boss").

    # en synonyms: scarlet/ball/big -> large red circle; navy/box -> blue square; "bottom right side"
    C("en-probe-645", ["Hello, kindly draw one big scarlet colour ball in the top left corner.",
                       "Also please add one small navy box at bottom right side."],
      ["large red circle @top-left", "small blue square @bottom-right"], cat="synonyms"),
    # en numbers: counts as words, "dots" = circles, no verb
    C("en-probe-646", ["uhh three green stars", "and two pink dots i guess"],
      ["green star", "green star", "green star", "pink circle", "pink circle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),
    # en correction: colour denied and the meant one said instead -> recolour
    C("en-probe-647", ["Please draw a triangle of orange colour in the centre.",
                       "Sorry, my mistake. I wanted purple only, not orange."],
      ["purple triangle @center"], cat="correction"),
    # en question: yes/no relation question, the picture must not change
    C("en-probe-648", ["Good morning. Draw one green hexagon at right side and one pink diamond at left side, please.",
                       "Query: is the diamond placed to the left of the hexagon?"],
      ["green hexagon @right", "pink diamond @left"], rel=[(1, "left_of", 0)],
      checks={1: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),
    # en plural: "em both" after two adds recolours both
    C("en-probe-649", ["two grey squares", "make em both purple"],
      ["purple square", "purple square"], checks={1: {"n_objects": 2}}, cat="plural"),
    # en reshape: "convert ... into star shape" keeps colour and place
    C("en-probe-650", ["Kindly put one cyan circle at the bottom.",
                       "Now please convert the same circle into a star, in the same position itself."],
      ["cyan star @bottom"], cat="reshape"),
    # en typo: swapped/misspelled colour, shape, verb and place
    C("en-probe-651", ["draw bleu triangel", "moev it to top rigth"],
      ["blue triangle @top-right"], cat="typo"),
    # en unknown: a heart is no shape of the world -> nothing changes, asks back
    C("en-probe-652", ["yellow star pls", "add a red heart next to it lol"],
      ["yellow star"], checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # zhs synonyms: 柠檬黄 -> yellow, 圆圈 -> circle, 墨绿 -> green, 方块 -> square, 大大的/小小的 sizes, "在它右边"
    C("zhs-probe-653", ["小朋友们看好哦，我们先在正中间画一个大大的柠檬黄圆圈呀",
                        "然后在它右边画一个小小的墨绿色方块哦"],
      ["large yellow circle @center", "small green square @right"], rel=[(1, "right_of", 0)], cat="synonyms"),
    # zhs numbers: 四颗 / 两个, reduplicated colour 红红的
    C("zhs-probe-654", ["来，小朋友们，我们画四颗红红的星星呀", "再画两个紫色的三角形哦"],
      ["red star", "red star", "red star", "red star", "purple triangle", "purple triangle"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 6}}, cat="numbers"),
    # zhs question: count question in teacher talk, nothing changes
    C("zhs-probe-655", ["我们先在左下角画一个粉红色的菱形哦", "再在右上角画一个橙色的六边形呀",
                        "小朋友们数一数，现在画上一共有几个图形呀？"],
      ["pink diamond @bottom-left", "orange hexagon @top-right"],
      checks={2: {"unchanged": True, "reply_any": ["2", "两", "二"]}}, cat="question"),
    # zhs correction: 不是三角形，是五角星 -> reshape, colour and place kept
    C("zhs-probe-656", ["在左上角画一个蓝色的三角形呀", "哎呀不对不对，不是三角形，是五角星哦"],
      ["blue star @top-left"], cat="correction"),
    # zhs reshape: "把它变成圆形" with a reason given first
    C("zhs-probe-657", ["画一个咖啡色的正方形放在下面哦", "有个小朋友说正方形不好看呀，我们把它变成圆形吧"],
      ["brown circle @bottom"], cat="reshape"),
    # zhs typo: pinyin slips 有下角 (右下角), 三脚形 (三角形), 中见 (中间)
    C("zhs-probe-658", ["在有下角画一个黄色的三脚形呀", "再在中见画一个紫色的圆形哦"],
      ["yellow triangle @bottom-right", "purple circle @center"], cat="typo"),
    # zhs unknown: 彩虹色 is no colour of the world -> nothing changes, asks back
    C("zhs-probe-659", ["画一个绿色的圆点哦", "再在旁边画一个彩虹色的星星呀"],
      ["green circle"], checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),
    # zhs multi: three placed adds in one message, then an erase plus a recolour in one message
    C("zhs-probe-660", ["小朋友们，今天我们画三样东西哦：左上角一个红色的圆形，右上角一个黄色的星星，下面中间一个蓝色的正方形",
                        "嗯…然后把红色的圆形擦掉，把星星涂成绿色的呀"],
      ["green star @top-right", "blue square @bottom"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 2}}, cat="multi"),

    # zht multi: two formal adds, then a move and a deletion in one message
    C("zht-probe-661", ["煩請於畫面左上角繪製一個紅色圓形，並於右下角繪製一個綠色正方形。",
                        "另請將該紅色圓形移至正中央，並將綠色正方形刪除，謝謝。"],
      ["red circle @center"], checks={1: {"n_objects": 1}}, cat="multi"),
    # zht plural: 它們全部 recoloured and made small
    C("zht-probe-662", ["請繪製兩個藍色的三角形。", "請將它們全部改為橙色，並予以縮小。"],
      ["small orange triangle", "small orange triangle"], checks={1: {"n_objects": 2}}, cat="plural"),
    # zht question: where is it, formal wording
    C("zht-probe-663", ["請在畫面右方繪製一個紫色菱形。", "請問該菱形現時位於畫面何處？"],
      ["purple diamond @right"], checks={1: {"unchanged": True, "reply_any": ["右", "right"]}}, cat="question"),
    # zht question: count of one colour
    C("zht-probe-664", ["請繪製一個黃色星形、一個黃色圓形及一個灰色六邊形。", "敬請告知，畫面中黃色的圖形共有多少個？"],
      ["yellow star", "yellow circle", "gray hexagon"],
      checks={1: {"unchanged": True, "reply_any": ["2", "兩", "两", "二", "two"]}}, cat="question"),
    # zht correction: place corrected ("應為左下角，並非上方") -> move
    C("zht-probe-665", ["請於畫面上方繪製一個粉紅色星形。", "更正：位置應為左下角，並非上方。"],
      ["pink star @bottom-left"], cat="correction"),
    # zht synonyms: 深藍 -> blue, 大型 -> large, 淺灰 -> gray, 小圓圈 -> small circle, "其左側"
    C("zht-probe-666", ["敬請繪製一個深藍色的大型菱形。", "另請於其左側加上一個淺灰色的小圓圈。"],
      ["large blue diamond @center", "small gray circle @left"], rel=[(1, "left_of", 0)], cat="synonyms"),
    # zht reshape: formal "更改為六邊形", 褐色 -> brown
    C("zht-probe-667", ["請在中央繪製一個褐色的正方形。", "經考慮後，擬將該正方形更改為六邊形，煩請處理。"],
      ["brown hexagon @center"], cat="reshape"),
    # zht unknown: 心形 is no shape of the world -> nothing changes, asks back
    C("zht-probe-668", ["請於正中央繪製一個綠色的三角形。", "另請於右上角繪製一個紅色的心形圖案。"],
      ["green triangle @center"], checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # mix multi: two placed adds in one message with "then", then a mixed move
    C("mix-probe-669", ["eh boss, draw one 红色 circle at top left lah, then one 蓝色 square at bottom right",
                        "wah nice, then 把 square 移去 center lor"],
      ["red circle @top-left", "blue square @center"], checks={0: {"n_objects": 2}}, cat="multi"),
    # mix plural: "all of them" after three adds
    C("mix-probe-670", ["画三个 green triangle can ah", "ok now make all of them 黄色 lah"],
      ["yellow triangle", "yellow triangle", "yellow triangle"], checks={1: {"n_objects": 3}}, cat="plural"),
    # mix typo: purpel, sqaure, plus "on its right"
    C("mix-probe-671", ["pls draw a purpel 星星 at the centre", "then put a 橙色 sqaure on its right lor"],
      ["purple star @center", "orange square @right"], rel=[(1, "right_of", 0)], cat="typo"),
    # mix question: which is bigger, nothing changes, answer names the hexagon
    C("mix-probe-672", ["draw a big pink hexagon and a small cyan diamond",
                        "which one bigger ah, the 六边形 or the 菱形?"],
      ["large pink hexagon", "small cyan diamond"],
      checks={1: {"unchanged": True, "reply_any": ["hexagon", "六边形", "六邊形"]}}, cat="question"),
    # mix correction: count corrected after the add, the newest go
    C("mix-probe-673", ["add 4 个 brown circles", "aiyo sorry 打错, only need 2 lah"],
      ["brown circle", "brown circle"], checks={0: {"n_objects": 4}, 1: {"n_objects": 2}}, cat="correction"),
    # mix synonyms: 大红色 -> red, "chocolate colour" -> brown, 方块 -> square, "can ... or not" request
    C("mix-probe-674", ["can help me draw one 大红色 star at the 右上角 or not",
                        "also one chocolate colour 方块 at the bottom left"],
      ["red star @top-right", "brown square @bottom-left"], cat="synonyms"),
    # mix reshape: "change it to 三角形"
    C("mix-probe-675", ["draw one grey 圆形 in the middle", "hmm change it to 三角形 la, nicer"],
      ["gray triangle @center"], cat="reshape"),
    # mix numbers: "some" stars gives no number -> nothing changes, asks how many
    C("mix-probe-676", ["put one small 绿色 diamond at the bottom first", "then add some 紫色 stars also"],
      ["small green diamond @bottom"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="numbers"),
    # writer AA:
    # Blind probe AA, ids 677-708 (8 en, 8 zhs, 8 zht, 8 mix).
    # Personas:
    #  - Imogen, a graphic designer in London: design vocabulary (artboard, swatch, "reads heavy"),
    #    British spelling, designer colour names (teal, charcoal, navy, crimson), types fast with slips.
    #  - Harold, a forgetful elderly man: polite, "dear", refers back vaguely ("that purple thing",
    #    "the other circle"), drawing for his family.
    #  - 王姐, a Wuhan mother helping her son (伢) with homework: simplified Chinese, Wuhan particles
    #    (撒, 咧, 几多, 搞成), pinyin-input slips.
    #  - 小晴, a Taipei high-school student: traditional Chinese, zhuyin slips (ㄉ, ㄚ, ㄏㄏ, 籃色, 正方型),
    #    internet slang, no punctuation.
    #  - Kelvin, a Hong Kong office worker: Cantonese in traditional characters, English words dropped
    #    into the sentence (set 做, change 佢, total 有幾多個).

    # en synonyms: designer colour/shape words (teal -> cyan, disc -> circle, charcoal -> gray, tile -> square)
    C("en-probe-677", ["morning! could you pop a teal disc right in the middle of the artboard",
                       "lovely. now a small charcoal tile in the top right corner please"],
      ["cyan circle @center", "small gray square @top-right"], cat="synonyms"),

    # en numbers: "two" in words with a size, then one more placed object
    C("en-probe-678", ["right, let's start with two small navy stars",
                       "plus one crimson rhombus at the bottom"],
      ["small blue star", "small blue star", "red diamond @bottom"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 3}}, cat="numbers"),

    # en correction: recolour applied to the wrong circle, "I meant the other circle" swaps it over
    C("en-probe-679", ["could you draw me two circles dear, a red one and a blue one",
                       "now colour the red one yellow",
                       "oh dear, wrong one. I meant the other circle"],
      ["red circle", "yellow circle"], checks={0: {"n_objects": 2}}, cat="correction"),

    # en question: vague "that purple thing" where-question, then a tag question about above
    C("en-probe-680", ["draw a yellow star at the top, and a purple box down in the bottom right corner",
                       "now where did that purple thing go again?",
                       "and the star... that's higher up than the box, isn't it?"],
      ["yellow star @top", "purple square @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["bottom right", "bottom-right"]},
              2: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),

    # en reshape: designer says the hexagon "feels heavy", make it a triangle, size and place kept
    C("en-probe-681", ["can I get a large orange hexagon over on the left",
                       "hmm the hex feels a bit heavy visually. make it a triangle instead?"],
      ["large orange triangle @left"], cat="reshape"),

    # en plural: "both the stars" recolours the two stars, not the hexagon
    C("en-probe-682", ["my granddaughter wants two pink stars, can you do that",
                       "and one of them hexagon shapes as well, brown",
                       "oh she's changed her mind again, make both the stars blue"],
      ["blue star", "blue star", "brown hexagon"], checks={1: {"n_objects": 3}, 2: {"n_objects": 3}},
      cat="plural"),

    # en typo: swapped/dropped letters in verb, size, colour, shape and place
    C("en-probe-683", ["drwa a smal pruple diamnod top lfet",
                       "thn a yelow cirlce in teh middle thx"],
      ["small purple diamond @top-left", "yellow circle @center"], cat="typo"),

    # en unknown: a heart is not a shape of the world -> nothing changes, asks back
    C("en-probe-684", ["draw a red square for me please",
                       "lovely. now put one of those heart shapes next to it, for my wife"],
      ["red square"], checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # zhs multi: three adds with their own places in one message
    C("zhs-probe-685", ["伢的作业要画图，你先在左上角画一个红色三角形，再在右下角画一个蓝色的圆，中间再放个黄色的正方形"],
      ["red triangle @top-left", "blue circle @bottom-right", "yellow square @center"], cat="multi"),

    # zhs numbers: three stars (五角星 says no five), then two small squares
    C("zhs-probe-686", ["老师说要画三个黄色的五角星，你帮我画一下撒",
                        "再加两个小的绿色正方形"],
      ["yellow star", "yellow star", "yellow star", "small green square", "small green square"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),

    # zhs correction: 不是紫色，是粉红色 recolours the diamond
    C("zhs-probe-687", ["在正中间画一个紫色的菱形",
                        "哎呀搞错了，不是紫色，是粉红色"],
      ["pink diamond @center"], cat="correction"),

    # zhs question: which is on the left, and a Wuhan-style count question (几多个)
    C("zhs-probe-688", ["左边画个橙色的六边形，右边画个灰色的正方形",
                        "伢问我哪个在左边咧？",
                        "那一共有几多个图形？"],
      ["orange hexagon @left", "gray square @right"],
      checks={1: {"unchanged": True, "reply_any": ["橙", "orange"]},
              2: {"unchanged": True, "reply_any": ["2", "两", "二", "two"]}}, cat="question"),

    # zhs synonyms: 大红 (colour, not size), 墨绿, 方块, 咖啡色, 最下面
    C("zhs-probe-689", ["帮我画一个大红色的圆圈",
                        "再来个墨绿色的方块，放右上角",
                        "最下面再加一个咖啡色的小星星"],
      ["red circle", "green square @top-right", "small brown star @bottom"], cat="synonyms"),

    # zhs typo: pinyin slips 脚(角), 篮(蓝), 话(画), 正放形(正方形)
    C("zhs-probe-690", ["在右下脚画一个篮色的圆形",
                        "再在中间话个红色的正放形"],
      ["blue circle @bottom-right", "red square @center"], cat="typo"),

    # zhs plural: 把两个圆都搞成紫色 recolours both circles, star stays
    C("zhs-probe-691", ["画两个绿色的圆",
                        "再画一个黄色的星星",
                        "伢说要紫色的，把两个圆都搞成紫色"],
      ["purple circle", "purple circle", "yellow star"], cat="plural"),

    # zhs unknown: 几个 gives no number -> nothing changes, asks how many
    C("zhs-probe-692", ["先画一个红色的正方形",
                        "再画几个小星星给伢看看"],
      ["red square"], checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # zht multi: two placed adds in one unpunctuated message with zhuyin ㄉ, then one more
    C("zht-probe-693", ["欸幫我畫一個紫色ㄉ星星在右上角 然後左下角放一個綠色的圓形 感恩🙏",
                        "中間再一個橘色的菱形 謝啦"],
      ["purple star @top-right", "green circle @bottom-left", "orange diamond @center"], cat="multi"),

    # zht reshape: 把它變成六邊形, size/colour/place kept
    C("zht-probe-694", ["畫一個大大的橘色正方形在中間",
                        "嗯…它看起來好醜 把它變成六邊形啦"],
      ["large orange hexagon @center"], cat="reshape"),

    # zht question: colour of the triangle, place of the unplaced square (second free region: top-left)
    C("zht-probe-695", ["畫一個粉紅色的三角形跟一個咖啡色的正方形",
                        "三角形是什麼顏色ㄚ",
                        "那正方形在哪裡？"],
      ["pink triangle", "brown square"],
      checks={1: {"unchanged": True, "reply_any": ["粉", "pink"]},
              2: {"unchanged": True, "reply_any": ["左上", "top left", "top-left"]}}, cat="question"),

    # zht typo: zhuyin homophone 籃色, common 正方型/三角型, ㄉ, ㄏㄏ
    C("zht-probe-696", ["幫我在左邊畫一個籃色ㄉ正方型",
                        "再一個黃色的三角型在右邊 ㄏㄏ"],
      ["blue square @left", "yellow triangle @right"], cat="typo"),

    # zht correction: count corrected, three stars -> only two
    C("zht-probe-697", ["幫我畫三顆紅色星星",
                        "啊打錯了 兩顆就好"],
      ["red star", "red star"], checks={0: {"n_objects": 3}, 1: {"n_objects": 2}}, cat="correction"),

    # zht synonyms (Cantonese): 啡色 -> brown, 鑽石形 -> diamond, 淺綠 -> green, 圓圈, 最上面
    C("zht-probe-698", ["喺右下角整個啡色嘅鑽石形",
                        "再喺最上面加個淺綠色嘅圓圈啦"],
      ["brown diamond @bottom-right", "green circle @top"], cat="synonyms"),

    # zht numbers (Cantonese): 四個細細嘅 = four small, 整多一個大嘅 = one more large
    C("zht-probe-699", ["幫我畫四個細細嘅藍色三角形",
                        "再整多一個大嘅黃色六邊形"],
      ["small blue triangle", "small blue triangle", "small blue triangle", "small blue triangle",
       "large yellow hexagon"], checks={0: {"n_objects": 4}, 1: {"n_objects": 5}}, cat="numbers"),

    # zht unknown: 愛心 (heart) is not a shape of the world -> unchanged, asks back
    C("zht-probe-700", ["先畫一個綠色的圓形",
                        "旁邊再畫一個愛心 ❤️ 拜託"],
      ["green circle"], checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # mix multi: Cantonese frame, English colours/shapes/places, two adds in one message
    C("mix-probe-701", ["唔該喺 top left 畫個 purple square，跟住 bottom right 整個 orange circle"],
      ["purple square @top-left", "orange circle @bottom-right"], cat="multi"),

    # mix plural: 啲 stars 全部 set 做 small resizes both stars only
    C("mix-probe-702", ["畫兩個 green star 先",
                        "再 add 個 red hexagon",
                        "啲 stars 全部 set 做 small 啦"],
      ["small green star", "small green star", "red hexagon"], checks={2: {"n_objects": 3}}, cat="plural"),

    # mix reshape: change 佢做 star
    C("mix-probe-703", ["畫個 yellow square 喺 center",
                        "個 square 好 boring 呀，change 佢做 star 啦"],
      ["yellow star @center"], cat="reshape"),

    # mix correction: Taipei student corrects the colour she said
    C("mix-probe-704", ["畫一個 blue 的 triangle 在右邊",
                        "sorry 我說錯了 顏色要 pink 才對啦"],
      ["pink triangle @right"], cat="correction"),

    # mix question: where is the hexagon, total count in Cantonese + English
    C("mix-probe-705", ["畫個 red diamond 喺 left，再畫個 cyan hexagon 喺 right",
                        "hexagon 喺邊度呀?",
                        "而家 total 有幾多個 shapes?"],
      ["red diamond @left", "cyan hexagon @right"],
      checks={1: {"unchanged": True, "reply_any": ["right", "右"]},
              2: {"unchanged": True, "reply_any": ["2", "two", "兩", "两", "二"]}}, cat="question"),

    # mix synonyms: navy ring -> blue circle, scarlet box -> red square
    C("mix-probe-706", ["幫我畫一個 navy 的 ring 在 top",
                        "再來一個 scarlet 的 box 放 bottom 謝啦"],
      ["blue circle @top", "red square @bottom"], cat="synonyms"),

    # mix unknown: black cannot be drawn -> unchanged, asks back
    C("mix-probe-707", ["畫個 pink circle 喺 top right",
                        "再喺佢旁邊整個 black 色嘅 star"],
      ["pink circle @top-right"], checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # mix numbers: digit 2 then the English word three inside Chinese
    C("mix-probe-708", ["幫我畫 2 個 small 的 orange diamond",
                        "再加 three 個紫色 circle"],
      ["small orange diamond", "small orange diamond", "purple circle", "purple circle", "purple circle"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 5}}, cat="numbers"),
]


THIRTEENTH = [
    # writer AB:
    # Blind probe AB, ids 709-740 (8 each: en, zhs, zht, mix).
    # Personas:
    #  - Coach Dave: a Canadian minor-league hockey coach, types fast, slangy ("gimme", "eh", "boys"),
    #    switches to ALL CAPS when excited, misspells a lot when he does.
    #  - Keiko: a careful Japanese learner of English, polite, full sentences, slightly textbook grammar,
    #    apologises, British "centre"/"grey" from her school books.
    #  - 王老师: a retired teacher in Nanjing typing slowly in simplified Chinese, full sentences with
    #    punctuation, very polite (麻烦你, 请), occasionally a pinyin-input slip he does not notice.
    #  - 阿珠姐: a Tainan restaurant owner typing traditional Chinese between orders, no punctuation,
    #    欸/啦/齁, a 在/再 mix-up and 注音 slips.
    #  - Wei Jie: a Penang uni student, Manglish with Hokkien/Malay flavour (lah, leh, liao, paiseh,
    #    aiyo, salah) mixing English and simplified Mandarin in one line.

    # ---------------- en ----------------
    # synonyms: "big" = large, "scarlet" = red, "lime green" = green, "ball" = circle; "just under it" = below
    C("en-probe-709",
      ["ok boys listen up, gimme a big scarlet star top left",
       "NOW A LIME GREEN BALL JUST UNDER IT!!! 🏒"],
      ["large red star @top-left", "green circle @left"],
      rel=[(1, "below", 0)], cat="synonyms"),

    # typo: caps plus misspelt colour, shape and place words
    C("en-probe-710",
      ["ALRIGHT DRAW ME A PURPEL HEXAGAN SMACK DAB IN THE MIDDEL",
       "and a orenge diamnod top rigth eh"],
      ["purple hexagon @center", "orange diamond @top-right"],
      cat="typo"),

    # numbers: number as a word, then one more object on a side; counts after each turn
    C("en-probe-711",
      ["Good evening. I would like to have three small pink stars, please.",
       "Also, one big grey square on the right side, please. Thank you very much."],
      ["small pink star", "small pink star", "small pink star", "large gray square @right"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 4}}, cat="numbers"),

    # correction of the place just said ("upper left" -> "lower left"): the same diamond, not a second one
    C("en-probe-712",
      ["Excuse me, please draw a green diamond at the upper left.",
       "I am sorry, I made a mistake. Not upper left. I wanted the lower left."],
      ["green diamond @bottom-left"],
      checks={1: {"n_objects": 1}}, cat="correction"),

    # question: comparison (which is lower) and a count, both leave the picture alone
    C("en-probe-713",
      ["gimme a blue circle up top and an orange triangle down at the bottom",
       "WHICH ONES LOWER, THE CIRCLE OR THE TRIANGLE??",
       "ok how many shapes we got out there"],
      ["blue circle @top", "orange triangle @bottom"],
      checks={1: {"unchanged": True, "reply_any": ["orange"]},
              2: {"unchanged": True, "reply_any": ["2", "two"]}},
      cat="question"),

    # reshape said indirectly ("better as a hexagon ... change the shape"), polite request form
    C("en-probe-714",
      ["Please draw a large red square in the centre.",
       "Hmm, I think it looks better as a hexagon. Could you change the shape, please?"],
      ["large red hexagon @center"],
      cat="reshape"),

    # unknown: gold cannot be drawn -> asks back; the answer "yellow" carries the star out
    C("en-probe-715",
      ["draw a gold star for my MVP!!",
       "aw shucks. ok yellow's fine i guess"],
      ["yellow star"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # plural: "both of the circles" resizes the two circles, not the triangle
    C("en-probe-716",
      ["Please draw two brown circles and one cyan triangle.",
       "Now, please make both of the circles small."],
      ["small brown circle", "small brown circle", "cyan triangle"],
      checks={0: {"n_objects": 3}}, cat="plural"),

    # ---------------- zhs ----------------
    # multi: two adds with two places in one polite sentence
    C("zhs-probe-717",
      ["你好，请你帮我在左上角画一个红色的圆，再在右下角画一个绿色的三角形，谢谢。"],
      ["red circle @top-left", "green triangle @bottom-right"],
      checks={0: {"n_objects": 2}}, cat="multi"),

    # synonyms: 朱红 = red, 五角星 = star, 正中间 = center, 咖啡色 = brown; "它的下面" = below it
    C("zhs-probe-718",
      ["麻烦你画一个朱红色的五角星，放在正中间。",
       "再在它的下面画一个咖啡色的菱形。"],
      ["red star @center", "brown diamond @bottom"],
      rel=[(1, "below", 0)], cat="synonyms"),

    # numbers: four, then "only two are enough" -> two stay
    C("zhs-probe-719",
      ["我想要四个小的蓝色方块。",
       "哎呀，多了多了，只要两个就够了。"],
      ["small blue square", "small blue square"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 2}}, cat="numbers"),

    # question: colour of the object on the right, then a count
    C("zhs-probe-720",
      ["请在左边画一个紫色的六边形，在右边画一个橙色的圆。",
       "请问右边那个图形是什么颜色的？",
       "现在一共有几个图形了？"],
      ["purple hexagon @left", "orange circle @right"],
      checks={1: {"unchanged": True, "reply_any": ["橙"]},
              2: {"unchanged": True, "reply_any": ["2", "两", "二"]}},
      cat="question"),

    # correction of the colour: 不是黄色，是粉红色 -> recolour, still one object
    C("zhs-probe-721",
      ["帮我画一个黄色的三角形，放在上面。",
       "不对不对，我说错了，不是黄色，是粉红色。"],
      ["pink triangle @top"],
      checks={1: {"n_objects": 1}}, cat="correction"),

    # unknown number: 几个 -> nothing changes, asks how many
    C("zhs-probe-722",
      ["请画一个灰色的正方形在中间。",
       "再画几个绿色的星星吧。"],
      ["gray square @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # reshape as a polite 能不能 request with a reason
    C("zhs-probe-723",
      ["请你在右上角画一个青色的菱形。",
       "我老眼昏花，菱形看不太清楚，能不能把它变成六边形？"],
      ["cyan hexagon @top-right"],
      cat="reshape"),

    # typo: pinyin slips 有上角(右上角) 子色(紫色) 三脚形(三角形) 左下脚(左下角) 六变形(六边形)
    C("zhs-probe-724",
      ["请在有上角画一个子色的三脚形。",
       "再在左下脚画一个黄色的六变形。"],
      ["purple triangle @top-right", "yellow hexagon @bottom-left"],
      cat="typo"),

    # ---------------- zht ----------------
    # plural: "星星都" recolours both stars, not the square
    C("zht-probe-725",
      ["欸幫我畫兩個紅色的星星跟一個藍色的方塊",
       "星星都改成橘色啦 快點"],
      ["orange star", "orange star", "blue square"],
      checks={0: {"n_objects": 3}}, cat="plural"),

    # multi: two adds, then a removal and a move in one message
    C("zht-probe-726",
      ["左下角畫一個綠色圓圈 右上角一個紫色菱形 趕快",
       "然後圓圈刪掉 菱形移到中間"],
      ["purple diamond @center"],
      checks={1: {"n_objects": 1}}, cat="multi"),

    # synonyms: 咖啡色 = brown, 粉紅 = pink, 方塊 = square; "放它左邊" = left of it
    C("zht-probe-727",
      ["畫一個咖啡色的大三角形在右邊",
       "再一個粉紅的小方塊放它左邊"],
      ["large brown triangle @right", "small pink square @center"],
      rel=[(1, "left_of", 0)], cat="synonyms"),

    # question: colour of the lower one, then where the star is
    C("zht-probe-728",
      ["中間畫個黃色六角形 下面畫個灰色星星",
       "下面那個是什麼顏色",
       "星星在哪裡"],
      ["yellow hexagon @center", "gray star @bottom"],
      checks={1: {"unchanged": True, "reply_any": ["灰"]},
              2: {"unchanged": True, "reply_any": ["下"]}},
      cat="question"),

    # correction of the shape: 不是圓形啦 是星星 -> the circle becomes a star in place
    C("zht-probe-729",
      ["幫我畫一個藍色的圓形在左上角",
       "啊不是圓形啦 是星星"],
      ["blue star @top-left"],
      checks={1: {"n_objects": 1}}, cat="correction"),

    # numbers: digit "3", then one more with size and place
    C("zht-probe-730",
      ["先來3個綠色小菱形",
       "再加一個大的紅色圓形在右下角"],
      ["small green diamond", "small green diamond", "small green diamond", "large red circle @bottom-right"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 4}}, cat="numbers"),

    # unknown shape: a heart -> asks back; then a circle drawn (no place said, so the center)
    C("zht-probe-731",
      ["畫一個紅色的愛心在中間",
       "好啦那畫紅色圓形就好"],
      ["red circle @center"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # typo: 右下腳 (角), 正方行 (形), 在 for 再; then shrink it
    C("zht-probe-732",
      ["幫我在右下腳畫一個大的紫色正方行 謝",
       "在把它縮小一點"],
      ["small purple square @bottom-right"],
      cat="typo"),

    # ---------------- mix ----------------
    # synonyms: light green = green, ball = circle, 深蓝色 = blue, box = square; "它右边" = right of it
    C("mix-probe-733",
      ["wah bro draw 一个 light green 的 ball lah, 放 top left",
       "then 它右边 put one 深蓝色 box"],
      ["green circle @top-left", "blue square @top"],
      rel=[(1, "right_of", 0)], cat="synonyms"),

    # correction of the colour in Manglish ("salah" = wrong): orange -> yellow
    C("mix-probe-734",
      ["paiseh ah, help me draw 一个 orange circle 在中间",
       "aiyo salah already, I mean 黄色 one, not orange"],
      ["yellow circle @center"],
      checks={1: {"n_objects": 1}}, cat="correction"),

    # plural: "the hexagons 全部" with reduplicated "small small"
    C("mix-probe-735",
      ["draw three 紫色 hexagons pls",
       "the hexagons 全部 make small small lah"],
      ["small purple hexagon", "small purple hexagon", "small purple hexagon"],
      checks={0: {"n_objects": 3}}, cat="plural"),

    # question: an English yes/no relation check, then a mixed colour question
    C("mix-probe-736",
      ["画一个 brown star 在 top right, 再一个 cyan diamond 在 bottom left",
       "is the star above the diamond ah?",
       "那个 diamond 什么颜色 ah?"],
      ["brown star @top-right", "cyan diamond @bottom-left"],
      checks={1: {"unchanged": True, "reply_any": ["yes"]},
              2: {"unchanged": True, "reply_any": ["cyan", "青"]}},
      cat="question"),

    # unknown number: "some" -> asks back; then a plain instruction with a number
    C("mix-probe-737",
      ["draw some 蓝色 squares lah",
       "ok ok 那画两个 blue squares"],
      ["blue square", "blue square"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]},
              1: {"n_objects": 2}},
      cat="unknown"),

    # reshape in mixed words: "change 它 to a star"
    C("mix-probe-738",
      ["help me 画一个 grey triangle on the left side, thanks ya",
       "hmm 不够 nice leh, change 它 to a star lah"],
      ["gray star @left"],
      cat="reshape"),

    # multi: add + add above it, then remove + recolour in one message
    C("mix-probe-739",
      ["画一个 red square 在中间 and 一个 green hexagon 在它上面",
       "then remove the square 然后 hexagon 变 purple"],
      ["purple hexagon @top"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 1}}, cat="multi"),

    # numbers: four, one in each corner (with a typo "yelow"), then one small one in the middle
    C("mix-probe-740",
      ["wah exam habis liao! draw 4 个 yelow star, 每个角落一个",
       "then 中间 put one small pink circle"],
      ["yellow star @top-left", "yellow star @top-right", "yellow star @bottom-left",
       "yellow star @bottom-right", "small pink circle @center"],
      checks={0: {"n_objects": 4}}, cat="numbers"),
    # writer AC:
    # Blind probe AC, ids 741-772 (8 dialogues each: en, zhs, zht, mix).
    # Personas:
    #  - Architect (en): a South African architect, exact about positions, British spelling,
    #    a little SA slang ("Howzit", "Lekker").
    #  - Student (en/mix): a sleepy university student at 3am; lowercase, typos, "lol", "pls", "u".
    #  - Hotpot waiter (zhs): a Chongqing hotpot-shop waiter typing fast in dialect-flavoured
    #    simplified Chinese ("整", "噻", "哈", "搞快点", "啥子"), with pinyin-input slips.
    #  - Grandma (zht): a Hong Kong grandmother dictating to her phone in traditional Chinese,
    #    Cantonese words, no punctuation, homophone slips from voice input.
    #  - PM (mix): a Shanghai product manager mixing English product jargon into Chinese.

    # --- English ---------------------------------------------------------------
    # synonyms: scarlet ball = red circle, tiny lemon coloured box = small yellow square, placed
    C("en-probe-741",
      ["Morning. I'd like a scarlet ball placed exactly in the centre of the canvas, please.",
       "Then a tiny lemon coloured box in the lower right corner. Bottom right, precisely."],
      ["red circle @center", "small yellow square @bottom-right"], cat="synonyms"),

    # correction: a place corrected in the next turn moves the hexagon, nothing new is added
    C("en-probe-742",
      ["Please put a large grey hexagon in the upper left corner.",
       "Apologies, my sketch was mirrored. I meant the upper right, not the upper left."],
      ["large gray hexagon @top-right"], checks={1: {"n_objects": 1}}, cat="correction"),

    # question: unplaced adds go center then top-left; "which is higher" answers the diamond
    C("en-probe-743",
      ["draw a green star and a purple diamond",
       "wait which ones higher up lol my eyes r closing"],
      ["green star @center", "purple diamond @top-left"],
      checks={1: {"unchanged": True, "reply_any": ["purple", "diamond"]}}, cat="question"),

    # typo: misspelt size, colour, shape, place words; then a misspelt "bigger"
    C("en-probe-744",
      ["can u draw a smal blu triangel in teh bottom left",
       "nd make it bigr pls"],
      ["large blue triangle @bottom-left"], cat="typo"),

    # plural: number word + plural synonym, then "them all" recolours the group
    C("en-probe-745",
      ["yo can i get three orange dots",
       "actually make them all pink lol"],
      ["pink circle", "pink circle", "pink circle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 3}}, cat="plural"),

    # unknown: a heart is not a shape of the world; nothing changes, the reply asks back
    C("en-probe-746",
      ["Add a turquoise hexagon on the left-hand side, please.",
       "Now a heart directly above it, in red. Exactly one cell up."],
      ["cyan hexagon @left"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # numbers: "Four little" = 4 small, then one big circle at a named corner
    C("en-probe-747",
      ["Howzit! Four little brown squares, please.",
       "Lekker. Now one big grey circle in the bottom right corner."],
      ["small brown square", "small brown square", "small brown square", "small brown square",
       "large gray circle @bottom-right"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 5}}, cat="numbers"),

    # reshape: square -> star, then a one-cell move down (top-left -> left)
    C("en-probe-748",
      ["draw a big yellow square top left",
       "hmm turn it into a star",
       "and nudge it down one"],
      ["large yellow star @left"], cat="reshape"),

    # --- Simplified Chinese ----------------------------------------------------
    # multi: two adds in one dialect-flavoured message, each with its own place
    C("zhs-probe-749",
      ["喂 中间给我整一个大红色的圆圈 左下角再来个绿色的小三角形 搞快点哈"],
      ["red circle @center", "small green triangle @bottom-left"],
      checks={0: {"n_objects": 2}}, cat="multi"),

    # correction: 不是蓝色 是紫色 after the add recolours the star
    C("zhs-probe-750",
      ["帮我画个蓝色的星星嘛",
       "哎呀 搞错了 不是蓝色 是紫色噻"],
      ["purple star"], checks={1: {"n_objects": 1}}, cat="correction"),

    # numbers: 两个 then 三个小的
    C("zhs-probe-751",
      ["给我来两个黄色的六边形",
       "再加三个小的灰色菱形，要得"],
      ["yellow hexagon", "yellow hexagon", "small gray diamond", "small gray diamond", "small gray diamond"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 5}}, cat="numbers"),

    # question: where is the pink one (top right); the picture stays
    C("zhs-probe-752",
      ["右上角画个粉红色的正方形",
       "左下角再画个棕色的圆",
       "粉红色那个在啥子位置哦"],
      ["pink square @top-right", "brown circle @bottom-left"],
      checks={2: {"unchanged": True, "reply_any": ["右上", "top right", "top-right"]}}, cat="question"),

    # typo: pinyin-input slips 左上脚, 绿涩, 三脚形, 右下脚, 正方行
    C("zhs-probe-753",
      ["在左上脚画个绿涩的三脚形",
       "再在右下脚来个黄色正方行"],
      ["green triangle @top-left", "yellow square @bottom-right"], cat="typo"),

    # reshape: 把它弄成六边形 keeps colour and place
    C("zhs-probe-754",
      ["中间整个橙色的菱形",
       "这个菱形看起怪兮兮的，把它弄成六边形算了"],
      ["orange hexagon @center"], checks={1: {"n_objects": 1}}, cat="reshape"),

    # plural: both circles removed, the square (placed third: top) stays
    C("zhs-probe-755",
      ["画两个青色的圆 再画一个蓝色的正方形",
       "两个圆圈都不要了 删咯"],
      ["blue square @top"], checks={0: {"n_objects": 3}, 1: {"n_objects": 1}}, cat="plural"),

    # unknown: 几个 names no number; nothing changes and the reply asks how many
    C("zhs-probe-756",
      ["先在中间画个黄色圆",
       "旁边再整几个绿色方块"],
      ["yellow circle @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- Traditional Chinese ---------------------------------------------------
    # synonyms: 深藍 = blue, 鑽石 = diamond, 啡色 = brown, 圓圈 = circle; 佢上面 = above it
    C("zht-probe-757",
      ["唔該你幫我喺正中間畫個深藍色嘅鑽石",
       "再喺佢上面畫個啡色嘅圓圈"],
      ["blue diamond @center", "brown circle @top"], rel=[(1, "above", 0)], cat="synonyms"),

    # correction: 唔係三角形 我講緊星星 -> the triangle becomes a star, still pink
    C("zht-probe-758",
      ["畫個粉紅色嘅三角形",
       "唔係三角形呀 我講緊星星呀"],
      ["pink star"], checks={1: {"n_objects": 1}}, cat="correction"),

    # question: colour of the one on the right (yellow); nothing changes
    C("zht-probe-759",
      ["喺左邊畫個綠色正方形喺右邊畫個黃色三角形",
       "右邊嗰個係咩顏色呀"],
      ["green square @left", "yellow triangle @right"],
      checks={1: {"unchanged": True, "reply_any": ["黃", "黄", "yellow"]}}, cat="question"),

    # numbers: five small circles fill center..left, the star goes to its named corner
    C("zht-probe-760",
      ["請幫我畫五個小小的紫色圓形",
       "再加一個大的藍色星星在右下角"],
      ["small purple circle", "small purple circle", "small purple circle", "small purple circle",
       "small purple circle", "large blue star @bottom-right"],
      checks={0: {"n_objects": 5}, 1: {"n_objects": 6}}, cat="numbers"),

    # typo: voice-input homophones 籃色 (藍色), 六變形 (六邊形), 左下腳 (左下角)
    C("zht-probe-761",
      ["喺右上角畫個籃色嘅六變形",
       "跟住喺左下腳畫個綠色星星"],
      ["blue hexagon @top-right", "green star @bottom-left"], cat="typo"),

    # plural: 佢哋都 recolours both squares; then one more small shape
    C("zht-probe-762",
      ["畫兩個灰色嘅正方形",
       "將佢哋都變成橙色",
       "然後再加一個細嘅橙色三角形"],
      ["orange square", "orange square", "small orange triangle"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 2}}, cat="plural"),

    # reshape: circle -> square (Cantonese 改做), then made small
    C("zht-probe-763",
      ["喺中間畫個大嘅青色圓形",
       "將個圓形改做正方形啦",
       "整細啲佢"],
      ["small cyan square @center"], cat="reshape"),

    # unknown: 彩虹色 is no colour of the world; nothing changes, reply asks back
    C("zht-probe-764",
      ["喺左上角畫個紅色星星",
       "再畫個彩虹色嘅星星喺右下角"],
      ["red star @top-left"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- Mixed ------------------------------------------------------------------
    # multi: two placed adds in one mixed message
    C("mix-probe-765",
      ["hi，帮我在 top left 放一个 red 的 circle，然后 bottom right 放个 blue square，thx"],
      ["red circle @top-left", "blue square @bottom-right"],
      checks={0: {"n_objects": 2}}, cat="multi"),

    # correction: the colour corrected next turn recolours the hexagon
    C("mix-probe-766",
      ["画一个 cyan 的 hexagon",
       "sorry 我 typo 了，颜色应该是 green"],
      ["green hexagon"], checks={1: {"n_objects": 1}}, cat="correction"),

    # question: which diamond is bigger -> the large orange one; nothing changes
    C("mix-probe-767",
      ["先放一个 large 的橙色 diamond 在 center，再放一个 small 的灰色 diamond 在 right",
       "哪个 diamond 比较大？"],
      ["large orange diamond @center", "small gray diamond @right"],
      checks={1: {"unchanged": True, "reply_any": ["橙", "orange"]}}, cat="question"),

    # numbers: 6 then "3 个就够了" keeps three (the newest go)
    C("mix-probe-768",
      ["draw 6 个 pink triangles pls",
       "啊不对 太多了 3 个就够了"],
      ["pink triangle", "pink triangle", "pink triangle"],
      checks={0: {"n_objects": 6}, 1: {"n_objects": 3}}, cat="numbers"),

    # synonyms: huge emerald ball = large green circle; tiny violet hexagon to its right
    C("mix-probe-769",
      ["我们 align 一下：canvas 中间放一个 huge 的 emerald 色 ball",
       "然后它右边 add 一个 tiny 的 violet hexagon"],
      ["large green circle @center", "small purple hexagon @right"],
      rel=[(1, "right_of", 0)], cat="synonyms"),

    # reshape: 换成 star keeps the brown colour and the corner
    C("mix-probe-770",
      ["bottom left 画一个 brown triangle",
       "嗯 这个 triangle 的 design 不太 ok，换成 star 试试"],
      ["brown star @bottom-left"], checks={1: {"n_objects": 1}}, cat="reshape"),

    # typo: purpel, traingle, rihgt, gren, sqaure; 在它下面 = below it
    C("mix-probe-771",
      ["hii can u 画一个 purpel 的 traingle 在 top rihgt",
       "thx 再加个 gren 的 sqaure 在它下面"],
      ["purple triangle @top-right", "green square @right"],
      rel=[(1, "below", 0)], cat="typo"),

    # unknown: 一些 names no number; nothing changes, the reply asks back
    C("mix-probe-772",
      ["先放一个 blue 的 star 在 center",
       "再 add 一些 orange circles 在旁边"],
      ["blue star @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),
    # writer AD:
    # Blind probe AD, ids 773-804 (en 773-780, zhs 781-788, zht 789-796, mix 797-804).
    # Personas:
    #  - Mrs Adebayo, a secondary-school maths teacher in Lagos: polite, formal Nigerian English
    #    ("kindly", "o", "altogether"), British spelling, sometimes types fast on her phone with slips.
    #  - Hamish, a sheep farmer near Gore, New Zealand: terse and dry, lowercase, no punctuation,
    #    "yeah nah", "chuck", "righto", "reckon".
    #  - 老张, an engineer in Harbin typing simplified Chinese with northeastern slang
    #    (整, 嘎哈, 贼, 仨/俩, 搁, 瞅, 啥色儿), and quick pinyin-input slips.
    #  - 林爺爺, a retired grandfather in Taipei writing formal, courteous traditional Chinese
    #    (煩請, 於, 其, 置於, 可否).
    #  - Xin Yi, a Singaporean secondary-school girl in Singlish with Mandarin words
    #    (lah, lor, ah, can or not, aiyo, wah), emoji, typos.

    # --- English: teacher & farmer ---

    # synonyms: "scarlet ball" = red circle, "navy box" = blue square; "under it" is the cell below
    C("en-probe-773",
      ["Good morning o. Please draw a scarlet ball at the top-left corner for me.",
       "Thank you. Kindly put a navy box directly under it."],
      ["red circle @top-left", "blue square @left"],
      rel=[(1, "below", 0)], cat="synonyms"),

    # numbers: "four" in words, then two small ones (placed in the next free cells), then a count question
    C("en-probe-774",
      ["Good afternoon. I am teaching counting to my JSS1 pupils, so kindly draw four yellow stars.",
       "Very good. Now add two small green triangles.",
       "Class, how many shapes do we have on the board altogether?"],
      ["yellow star", "yellow star", "yellow star", "yellow star",
       "small green triangle", "small green triangle"],
      checks={1: {"n_objects": 6}, 2: {"unchanged": True, "reply_any": ["6", "six"]}},
      cat="numbers"),

    # correction: terse "yeah nah, green not orange" recolours the triangle just drawn, no new object
    C("en-probe-775",
      ["chuck an orange triangle in the middle",
       "yeah nah. green not orange"],
      ["green triangle @center"],
      checks={1: {"n_objects": 1}}, cat="correction"),

    # plural: "both squares" removes the two squares, the circle stays
    C("en-probe-776",
      ["two brown squares and a red circle cheers",
       "ditch both squares"],
      ["red circle"],
      checks={1: {"n_objects": 1}}, cat="plural"),

    # question: yes/no relation question then a colour question; picture never changes
    C("en-probe-777",
      ["Please draw a purple hexagon on the right-hand side and a small pink diamond on the left-hand side.",
       "Is the hexagon to the right of the diamond?",
       "Good. And what colour is the diamond, please?"],
      ["purple hexagon @right", "small pink diamond @left"],
      checks={1: {"unchanged": True, "reply_any": ["yes"]},
              2: {"unchanged": True, "reply_any": ["pink"]}},
      cat="question"),

    # reshape: "make that a star" keeps colour and place
    C("en-probe-778",
      ["g'day. blue square top right corner",
       "righto make that a star"],
      ["blue star @top-right"],
      checks={1: {"n_objects": 1}}, cat="reshape"),

    # typo: smal/yelow/cirlce/botom, orage/trianlge; "just above it" is the cell above the bottom-right
    C("en-probe-779",
      ["pls draw a smal yelow cirlce at the botom right",
       "then an orage trianlge just above it"],
      ["small yellow circle @bottom-right", "orange triangle @right"],
      rel=[(1, "above", 0)], cat="typo"),

    # unknown: a heart is no shape of the world -> nothing changes, asks back
    C("en-probe-780",
      ["red square on the left. dont get fancy",
       "now stick a green heart next to it"],
      ["red square @left"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # --- Simplified Chinese: 老张 from Harbin ---

    # numbers: 仨 = three, 俩 = two, northeastern counting words
    C("zhs-probe-781",
      ["老铁，给我整仨红色五角星",
       "再整俩小的蓝圆圈"],
      ["red star", "red star", "red star", "small blue circle", "small blue circle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),

    # multi: three adds in one message, then a move and a removal in one message
    C("zhs-probe-782",
      ["左上角整个绿三角，右下角整个紫色方块，中间再来个黄圆",
       "三角挪到右上角去，方块不要了"],
      ["green triangle @top-right", "yellow circle @center"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 2}}, cat="multi"),

    # correction: 不是右边，是左边 -> the hexagon goes to the left, still one object
    C("zhs-probe-783",
      ["在右边整一个咖啡色的六边形",
       "哎呀整错了，不是右边，是左边"],
      ["brown hexagon @left"],
      checks={1: {"n_objects": 1}}, cat="correction"),

    # reshape: 贼丑 ... 整成圆的 -> the diamond becomes a circle, colour and place kept
    C("zhs-probe-784",
      ["中间画个橙色菱形",
       "这菱形贼丑，给它整成圆的"],
      ["orange circle @center"],
      checks={1: {"n_objects": 1}}, cat="reshape"),

    # question: count with 瞅一眼, colour with 啥色儿; neither changes the picture
    C("zhs-probe-785",
      ["底下整个大的灰色正方形，上边整个小的粉星星",
       "瞅一眼，现在一共几个图形？",
       "那星星啥色儿的？"],
      ["large gray square @bottom", "small pink star @top"],
      checks={1: {"unchanged": True, "reply_any": ["2", "两", "二"]},
              2: {"unchanged": True, "reply_any": ["粉"]}},
      cat="question"),

    # synonyms: 翠绿 = green, 圆球 = circle, 柠檬黄 = yellow, 方块 = square; 搁 = put; left of it -> top
    C("zhs-probe-786",
      ["嘎哈呢，帮我整个翠绿的圆球搁右上角",
       "再来个柠檬黄的方块，放它左边"],
      ["green circle @top-right", "yellow square @top"],
      rel=[(1, "left_of", 0)], cat="synonyms"),

    # typo: pinyin slips 皇色 (黄色), 宗色 (棕色), 零形 (菱形), 三角型
    C("zhs-probe-787",
      ["左下角画个皇色的三角型",
       "中间再整个宗色的零形"],
      ["yellow triangle @bottom-left", "brown diamond @center"],
      cat="typo"),

    # plural: two hexagons one per side, then 它俩都 recolours both
    C("zhs-probe-788",
      ["整俩黄色六边形，左边一个右边一个",
       "把它俩都改成紫的"],
      ["purple hexagon @left", "purple hexagon @right"],
      checks={1: {"n_objects": 2}}, cat="plural"),

    # --- Traditional Chinese: 林爺爺 in Taipei ---

    # synonyms: 深藍色 = blue, 圓圈 = circle, 橘色 = orange, 方塊 = square; 其正下方 = directly below it
    C("zht-probe-789",
      ["您好，麻煩您在畫面正上方畫一個深藍色的圓圈。",
       "謝謝。再請於其正下方添一個橘色的方塊。"],
      ["blue circle @top", "orange square @center"],
      rel=[(1, "below", 0)], cat="synonyms"),

    # multi: two adds in one message, then recolour + move in one message
    C("zht-probe-790",
      ["請在左上角畫一個紅色星形，並於右下角畫一個綠色菱形。",
       "好。請將星形改為黃色，再將菱形移至正中央。"],
      ["yellow star @top-left", "green diamond @center"],
      checks={1: {"n_objects": 2}}, cat="multi"),

    # question: which is bigger (the triangle), then the hexagon's colour (gray)
    C("zht-probe-791",
      ["請畫一個大的咖啡色三角形，置於左側；另畫一個小的灰色六角形，置於右側。",
       "請問這兩個圖形，哪一個比較大？",
       "那六角形是什麼顏色呢？"],
      ["large brown triangle @left", "small gray hexagon @right"],
      checks={1: {"unchanged": True, "reply_any": ["三角"]},
              2: {"unchanged": True, "reply_any": ["灰"]}},
      cat="question"),

    # correction: 我要的是紫色，不是粉紅色 -> the circle is recoloured purple, stays top-right
    C("zht-probe-792",
      ["請在右上角畫一個粉紅色的圓形。",
       "抱歉，老眼昏花打錯字了，我要的是紫色，不是粉紅色。"],
      ["purple circle @top-right"],
      checks={1: {"n_objects": 1}}, cat="correction"),

    # reshape: polite 可否將這個方形換成六角形 -> square becomes hexagon
    C("zht-probe-793",
      ["請在左邊畫一個青色的正方形。",
       "可否將這個方形換成六角形？謝謝。"],
      ["cyan hexagon @left"],
      checks={1: {"n_objects": 1}}, cat="reshape"),

    # unknown: a moon (月亮) is no shape of the world -> nothing changes, asks back
    C("zht-probe-794",
      ["請在正中央畫一個藍色的三角形。",
       "再請於右上角畫一彎黃色的月亮。"],
      ["blue triangle @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # numbers: five small circles, then "three is enough" -> the newest two go
    C("zht-probe-795",
      ["請畫五個小的綠色圓形。",
       "太多了，三個就夠了。"],
      ["small green circle @top-left", "small green circle @top", "small green circle @center"],
      checks={0: {"n_objects": 5}, 1: {"n_objects": 3}}, cat="numbers"),

    # plural: remove every orange shape (circle and triangle), the green square stays
    C("zht-probe-796",
      ["請在上方畫一個橙色圓形，下方畫一個橙色三角形，左側畫一個綠色正方形。",
       "請把橙色的圖形全部刪掉。"],
      ["green square @left"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 1}}, cat="plural"),

    # --- Mixed: Xin Yi from Singapore ---

    # multi: two adds in one message, then move + recolour in one Singlish message
    C("mix-probe-797",
      ["eh can draw one 红色 circle top left, then one 蓝色 square bottom right",
       "ok now shift the circle to the centre and the square make 绿色 lah"],
      ["red circle @center", "green square @bottom-right"],
      checks={1: {"n_objects": 2}}, cat="multi"),

    # typo: pruple/rihgt/yelow; "on top of it" is the cell above the right
    C("mix-probe-798",
      ["wah can draw a pruple 星星 at the rihgt side",
       "then one small yelow 三角形 on top of it"],
      ["purple star @right", "small yellow triangle @top-right"],
      rel=[(1, "above", 0)], cat="typo"),

    # unknown: 爱心 (heart) cannot be drawn -> asks back; then she settles for a pink circle
    C("mix-probe-799",
      ["can draw one pink 爱心 in the centre or not 🥺",
       "ok nvm, pink circle lor"],
      ["pink circle @center"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # question: colour of "the small one", then a count; nothing changes
    C("mix-probe-800",
      ["draw a 大 brown hexagon on the left and a 小 cyan circle on the right",
       "the small one what colour ah",
       "got how many 图形 now?"],
      ["large brown hexagon @left", "small cyan circle @right"],
      checks={1: {"unchanged": True, "reply_any": ["cyan", "青"]},
              2: {"unchanged": True, "reply_any": ["2", "two", "两", "二"]}},
      cat="question"),

    # correction: not 橙色, 粉红色 -> the diamond is recoloured pink in place
    C("mix-probe-801",
      ["draw a 橙色 diamond at the top pls",
       "aiyo not 橙色 lah, i mean 粉红色 😅"],
      ["pink diamond @top"],
      checks={1: {"n_objects": 1}}, cat="correction"),

    # synonyms: emerald = green, 球 = circle, silver = gray, 方块 = square; right of it -> bottom
    C("mix-probe-802",
      ["bro draw one emerald 球 at the bottom left corner",
       "then one silver 方块 to the right of it"],
      ["green circle @bottom-left", "gray square @bottom"],
      rel=[(1, "right_of", 0)], cat="synonyms"),

    # reshape: "change it to 星星 can?" -> the violet (purple) triangle becomes a star
    C("mix-probe-803",
      ["put a violet triangle in the middle",
       "eh change it to 星星 can?"],
      ["purple star @center"],
      checks={1: {"n_objects": 1}}, cat="reshape"),

    # numbers: two + 一个 in one message, then "4 more" small circles -> seven in all
    C("mix-probe-804",
      ["can help me draw two 蓝色 stars and 一个 yellow hexagon",
       "add 4 more 小 red 圆形 thank u 🙏"],
      ["blue star", "blue star", "yellow hexagon",
       "small red circle", "small red circle", "small red circle", "small red circle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 7}}, cat="numbers"),
]


FOURTEENTH = [
    # writer AE:
    # Blind probe AE, ids 805-836.
    # Personas:
    #  (A) Maureen, a Yorkshire beekeeper on a mud-smeared phone: British spelling, "love", "ta", chatty.
    #  (B) Jaylen, a 15-year-old speedrunner typing between runs: lowercase, typos, "yo", "lol", "n" for "and".
    #  (C) 王阿姨, a Chengdu grandmother using voice input: fillers (嗯, 那个, 哈), long run-on sentences.
    #  (D) 小刘, a Shenzhen food-delivery rider typing one-handed at red lights: terse, no punctuation.
    #  (E) 阿美, a Taipei night-market bubble-tea vendor: 欸/啦/喔, Zhuyin homophone slips.
    #  (F) 陳生, a Hong Kong dim-sum restaurant manager typing Cantonese.
    #  (G) Ms Chan, a Hong Kong secondary-school teacher who code-switches mid-sentence.
    #  (H) Wei Ming, a Singaporean QA tester: Singlish particles, "pls", "thx".

    # --- English ---
    # (A) colour and shape synonyms (scarlet=red, ball=circle, violet=purple, rhombus=diamond), chatty add with no verb
    C("en-probe-805", ["morning love, could you put a scarlet ball up in the top left corner",
                       "ta. and a violet rhombus along the bottom please"],
      ["red circle @top-left", "purple diamond @bottom"], cat="synonyms"),
    # (B) typos in colour/shape/place words, then a typo'd recolour of "it"
    C("en-probe-806", ["yo draw a bleu triangel on teh right side asap", "now make it grean lol"],
      ["green triangle @right"], cat="typo"),
    # (A) digits and words for counts, then "four more"
    C("en-probe-807", ["evening! I'd like 2 grey squares and one yellow circle please",
                       "and four more yellow circles, if it's no bother"],
      ["gray square", "gray square", "yellow circle", "yellow circle", "yellow circle", "yellow circle",
       "yellow circle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 7}}, cat="numbers"),
    # (A) comparison question over the whole picture ("which one's bigger") must not change anything
    C("en-probe-808", ["could you put a big brown star over on the left, and a little cyan hexagon on the right",
                       "so which one's bigger then?"],
      ["large brown star @left", "small cyan hexagon @right"],
      checks={1: {"unchanged": True, "reply_any": ["brown"]}}, cat="question"),
    # (B) colour correction "no wait i meant X not Y"
    C("en-probe-809", ["can u do a green diamond in the middle", "no wait i meant orange not green"],
      ["orange diamond @center"], cat="correction"),
    # (B) shape named in the plural = every one of them
    C("en-probe-810", ["ok gimme 2 blue circles n a red square", "switch the circles to yellow"],
      ["yellow circle", "yellow circle", "red square"], cat="plural"),
    # (A) three instructions in one message: reshape, move, resize ("tiny")
    C("en-probe-811", ["stick a purple hexagon in the bottom right for me",
                       "ok, turn it into a star, shove it up to the top left and make it tiny"],
      ["small purple star @top-left"], cat="multi"),
    # (B) "a few" is no number: nothing changes, asks how many
    C("en-probe-812", ["gimme a green circle", "ok now chuck a few stars next to it"],
      ["green circle"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- Simplified Chinese ---
    # (C) colour/shape synonyms with erhua and reduplication (深蓝=blue, 方块儿=square, 草绿=green, 圈圈=circle)
    C("zhs-probe-813", ["嗯 那个 给我在左下角弄个深蓝色的方块儿", "再来个草绿色的圈圈 放右上"],
      ["blue square @bottom-left", "green circle @top-right"], cat="synonyms"),
    # (D) two counts and sizes in one terse message
    C("zhs-probe-814", ["画两个小紫色三角形 再画一个大橙色星星 快点"],
      ["small purple triangle", "small purple triangle", "large orange star"],
      checks={0: {"n_objects": 3}}, cat="numbers"),
    # (C) steps 先…然后…最后…: two adds and a move in one message
    C("zhs-probe-815", ["先在上边画个红色六边形，然后下边画个黄色的圆，最后把六边形挪到右上角去"],
      ["red hexagon @top-right", "yellow circle @bottom"], cat="multi"),
    # (C) 不是…是… colour correction
    C("zhs-probe-816", ["在中间画个粉色的菱形哈", "哎呀不对不对，不是粉色，是棕色"],
      ["brown diamond @center"], cat="correction"),
    # (C) colour question about one object, asked colloquially
    C("zhs-probe-817", ["左边画个绿色的星星，右边画个蓝色的三角形", "那个三角形是啥颜色来着？"],
      ["green star @left", "blue triangle @right"],
      checks={1: {"unchanged": True, "reply_any": ["蓝", "blue"]}}, cat="question"),
    # (C) reshape said with a complaint, referring to "这个方的"
    C("zhs-probe-818", ["画一个灰色的正方形", "这个方的看着太死板了 改成圆的吧"],
      ["gray circle"], cat="reshape"),
    # (D) plural: all circles enlarged
    C("zhs-probe-819", ["来三个小的青色圆形", "把圆都放大"],
      ["large cyan circle", "large cyan circle", "large cyan circle"], cat="plural"),
    # (C) unknown shape 月牙 (crescent): nothing changes, asks back
    C("zhs-probe-820", ["画一个红色的圆", "旁边再画一个蓝色的月牙"],
      ["red circle"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- Traditional Chinese ---
    # (E) synonyms: 咖啡色=brown, 圓點=circle, 寶藍=blue; second add placed "正上方"
    C("zht-probe-821", ["欸 幫我在右下角畫一個咖啡色的圓點", "再來一個寶藍色的菱形 放正上方喔"],
      ["brown circle @bottom-right", "blue diamond @top"], cat="synonyms"),
    # (E) Zhuyin homophone slips: 化=畫, 三角型=三角形, 承=成
    C("zht-probe-822", ["在左上角化一個黃色的三角型", "把它改承綠色"],
      ["green triangle @top-left"], cat="typo"),
    # (E) two counts of two kinds joined by 跟
    C("zht-probe-823", ["幫我畫兩個紅色正方形跟三個藍色的圓形啦"],
      ["red square", "red square", "blue circle", "blue circle", "blue circle"],
      checks={0: {"n_objects": 5}}, cat="numbers"),
    # (E) relative add above "it", then a count question
    C("zht-probe-824", ["在中間畫一個大的紫色六角形", "在它上面加一個小的橘色三角形", "現在總共有幾個圖形？"],
      ["large purple hexagon @center", "small orange triangle @top"], rel=[(1, "above", 0)],
      checks={2: {"unchanged": True, "reply_any": ["2", "兩", "两", "二"]}}, cat="question"),
    # (F) Cantonese place correction: 唔係…右邊 → the star ends on the right
    C("zht-probe-825", ["喺左邊畫個綠色嘅星", "唔係呀 我想要喺右邊㗎"],
      ["green star @right"], cat="correction"),
    # (F) Cantonese plural removal: all diamonds go
    C("zht-probe-826", ["畫兩個粉紅色嘅菱形同一個黃色圓形", "啲菱形全部刪咗佢"],
      ["yellow circle"], cat="plural"),
    # (F) Cantonese reshape of 佢
    C("zht-probe-827", ["喺正中間畫個橙色三角形", "將佢變做六角形啦"],
      ["orange hexagon @center"], cat="reshape"),
    # (E) 幾個 gives no number: nothing changes, asks how many
    C("zht-probe-828", ["畫一個藍色正方形", "旁邊再畫幾個圓形好了"],
      ["blue square"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- Mixed ---
    # (G) two placed adds, English words in Cantonese frame
    C("mix-probe-829", ["draw 一個 red circle 喺 top left，再 draw 一個 blue square 喺 bottom right"],
      ["red circle @top-left", "blue square @bottom-right"], cat="multi"),
    # (H) English typos inside a Chinese sentence
    C("mix-probe-830", ["帮我画个 yelow hexagn 在中间 thx"],
      ["yellow hexagon @center"], cat="typo"),
    # (H) count correction: four added, only two wanted (newest go)
    C("mix-probe-831", ["add 四个 small green stars", "oops 太多了 只要 two 个就好"],
      ["small green star", "small green star"],
      checks={1: {"n_objects": 2}}, cat="correction"),
    # (G) English yes/no relation question after mixed adds
    C("mix-probe-832", ["画一个 orange triangle 在左边，再 draw 一个 purple circle 在右边",
                        "is the triangle to the left of the circle?"],
      ["orange triangle @left", "purple circle @right"], rel=[(0, "left_of", 1)],
      checks={1: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),
    # (H) plural pronoun 它们全部 recoloured
    C("mix-probe-833", ["draw three cyan diamonds pls", "把它们全部变成 red lah"],
      ["red diamond", "red diamond", "red diamond"], cat="plural"),
    # (G) reshape said with an opinion, Cantonese + English shape words
    C("mix-probe-834", ["在右边画一个 brown square", "嗯… 我覺得 triangle 會好啲，幫我將個 square 轉做 triangle"],
      ["brown triangle @right"], cat="reshape"),
    # (H) English colour synonyms (emerald=green, lemon=yellow) with Chinese shape word 五角星
    C("mix-probe-835", ["帮我 add 一个 emerald 色的五角星 在 bottom", "再来一个 lemon 色 triangle, top right 那边"],
      ["green star @bottom", "yellow triangle @top-right"], cat="synonyms"),
    # (H) unknown shape "heart": nothing changes, asks back
    C("mix-probe-836", ["draw a blue star 先", "then 加一个 red heart 在它旁边 ❤️"],
      ["blue star"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),
    # writer AF:
    # Blind probe AF, ids 837-868 (en 837-844, zhs 845-852, zht 853-860, mix 861-868).
    # Personas (invented for this probe):
    #  - Maeve, 66, retired nurse in Cork, Ireland: polite, chatty, British/Irish spelling ("grey",
    #    "centre"), full sentences, "love", "if it's no bother", little remarks about herself.
    #  - Dale, 41, truck dispatcher in Lubbock, Texas, typing between phone calls: all lowercase,
    #    terse, no articles, slips ("teh", "drwa"), "gimme", "thx", "em".
    #  - 俊豪, 9, primary-school boy in Chengdu on his dad's phone: pinyin-input slips, 哈哈, emoji,
    #    no punctuation, 星星 not 星形.
    #  - 刘姐, 47, accountant in Shenyang: northeastern colloquial (整、搁、瞅着不得劲、啥…来着).
    #  - 陳阿嬤, 73, grandmother in Taichung using zhuyin input: 阿嬤 about herself, ㄉ for 的,
    #    spaces instead of commas, 喔/好了, homophone slips (皇色, 圓型).
    #  - Kelvin, 16, Form 4 student in Sha Tin, Hong Kong: written Cantonese (喺、嘅、佢、啲、而家),
    #    drops English words into Chinese.
    #  - Ah Seng, 55, kopitiam owner in Penang: Manglish ("boss", "can", "lah"), Chinese colour
    #    words inside English, typos.
    #  - Vivian, 28, marketing exec in Shanghai: 中英夹杂, "emmm", "oops", 😅.

    # --- English ---------------------------------------------------------------------------
    # synonyms: scarlet -> red, ball -> circle, little -> small, emerald -> green; polite frames
    C("en-probe-837",
      ["Hello there! Could you pop a scarlet ball up in the top right corner for me, please?",
       "Lovely. And a little emerald diamond down in the bottom left, if it's no bother."],
      ["red circle @top-right", "small green diamond @bottom-left"], cat="synonyms"),
    # numbers: digit count then "two more of em" (like the ones at hand) -> five stars
    C("en-probe-838",
      ["gimme 3 purple stars", "plus two more of em"],
      ["purple star", "purple star", "purple star", "purple star", "purple star"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),
    # correction: "I meant yellow. Not orange." recolours the triangle just drawn; remark ignored
    C("en-probe-839",
      ["Could you draw an orange triangle in the middle, please?",
       "Oh no, sorry love, I meant yellow. Not orange. My eyes aren't what they used to be!"],
      ["yellow triangle @center"], checks={1: {"n_objects": 1}}, cat="correction"),
    # question: left-of check answered yes, picture kept
    C("en-probe-840",
      ["red square top left and a blue circle bottom right", "is the square left of the circle?"],
      ["red square @top-left", "blue circle @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),
    # plural: "one on the left and one on the right", then "both of them" made small
    C("en-probe-841",
      ["Two pink hexagons please, one on the left and one on the right.",
       "Now could you make both of them small?"],
      ["small pink hexagon @left", "small pink hexagon @right"], checks={1: {"n_objects": 2}}, cat="plural"),
    # typo: swapped/dropped letters in every content word
    C("en-probe-842",
      ["drwa a gren triangel at teh bottom thx"],
      ["green triangle @bottom"], cat="typo"),
    # reshape: said as "would look nicer as a star ... make it a star instead"
    C("en-probe-843",
      ["Put a grey square in the centre, would you?",
       "Hmm, actually I think it'd look nicer as a star. Could you make it a star instead?"],
      ["gray star @center"], checks={1: {"n_objects": 1}}, cat="reshape"),
    # unknown: a heart is no shape of the world -> nothing changes, asks back
    C("en-probe-844",
      ["yellow circle in the middle", "now a heart top right"],
      ["yellow circle @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- Simplified Chinese ----------------------------------------------------------------
    # synonyms: 宝蓝 -> blue, 圆圈 -> circle, 橘黄 -> orange, 方块 -> square; 整/搁 colloquial; add left of it
    C("zhs-probe-845",
      ["妹子 给我整个宝蓝色的圆圈 搁右边", "再整个橘黄色的小方块 搁它左边哈"],
      ["blue circle @right", "small orange square @center"], rel=[(1, "left_of", 0)], cat="synonyms"),
    # typo: pinyin slips 篮色 (蓝色), 三脚形 (三角形), emoji at the end
    C("zhs-probe-846",
      ["画个篮色的三脚形 放左下角😆"],
      ["blue triangle @bottom-left"], cat="typo"),
    # plural: three stars, then 它们全都 recoloured
    C("zhs-probe-847",
      ["我要三个黄色星星", "哈哈哈 把它们全都变成粉红色的"],
      ["pink star", "pink star", "pink star"], checks={0: {"n_objects": 3}, 1: {"n_objects": 3}}, cat="plural"),
    # correction: place denied and replaced (不是上边 是下边)
    C("zhs-probe-848",
      ["上边给我画个绿色菱形", "不对不对 不是上边 是下边"],
      ["green diamond @bottom"], checks={1: {"n_objects": 1}}, cat="correction"),
    # question: colour of the object at a place, colloquial 啥…来着; nothing changes
    C("zhs-probe-849",
      ["左上角画个紫的六边形，右下角画个灰的圆", "左上那个是啥颜色来着？"],
      ["purple hexagon @top-left", "gray circle @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["紫", "purple"]}}, cat="question"),
    # numbers: digits mixed into Chinese, two kinds in one add
    C("zhs-probe-850",
      ["画2个红色正方形还有1个绿色的圆圈"],
      ["red square", "red square", "green circle"], checks={0: {"n_objects": 3}}, cat="numbers"),
    # reshape: "瞅着不得劲" remark + 换成圆形 for the triangle
    C("zhs-probe-851",
      ["中间整个黄色三角形", "这三角瞅着不得劲儿 给我换成圆形吧"],
      ["yellow circle @center"], checks={1: {"n_objects": 1}}, cat="reshape"),
    # unknown: 几个 gives no number -> nothing changes, asks how many
    C("zhs-probe-852",
      ["画一个蓝色的圆", "再画几个小星星✨"],
      ["blue circle"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- Traditional Chinese ---------------------------------------------------------------
    # synonyms: 粉紅 -> pink, 圓圈 -> circle, 翠綠 -> green; zhuyin ㄉ for 的, spaces for commas
    C("zht-probe-853",
      ["你好 幫阿嬤畫一個粉紅色ㄉ圓圈 在中間喔", "再畫一個翠綠色ㄉ正方形 放右上角 謝謝你"],
      ["pink circle @center", "green square @top-right"], cat="synonyms"),
    # question: Cantonese count question (幾多個), nothing changes
    C("zht-probe-854",
      ["上面畫個橙色三角形，下面畫個藍色星", "而家畫咗幾多個圖形呀"],
      ["orange triangle @top", "blue star @bottom"],
      checks={1: {"unchanged": True, "reply_any": ["2", "兩", "两", "二", "two"]}}, cat="question"),
    # multi: a recolour and an add in one message, space between the two instructions
    C("zht-probe-855",
      ["畫一個紅色星星在左上角", "把星星改成綠色 再在右下角畫一個藍色菱形"],
      ["green star @top-left", "blue diamond @bottom-right"], checks={1: {"n_objects": 2}}, cat="multi"),
    # correction: Cantonese 唔係…我想要… colour, 啡色 -> brown
    C("zht-probe-856",
      ["喺右上角畫個紫色嘅六角形", "唔係紫色呀 我想要啡色"],
      ["brown hexagon @top-right"], checks={1: {"n_objects": 1}}, cat="correction"),
    # plural: all three circles made small (細嘅)
    C("zht-probe-857",
      ["畫三個綠色嘅圓形", "啲圓形全部改做細嘅"],
      ["small green circle", "small green circle", "small green circle"],
      checks={1: {"n_objects": 3}}, cat="plural"),
    # typo: zhuyin homophone slips 皇色 (黃色), 圓型 (圓形)
    C("zht-probe-858",
      ["幫我畫一個皇色的圓型 在下面喔"],
      ["yellow circle @bottom"], cat="typo"),
    # reshape: remark about the look, then 改成六角形 with no object named
    C("zht-probe-859",
      ["畫一個灰色的正方形", "阿嬤覺得方方的不好看 改成六角形好了"],
      ["gray hexagon"], checks={1: {"n_objects": 1}}, cat="reshape"),
    # unknown: 箭嘴 (arrow) is no shape of the world -> nothing changes, asks back
    C("zht-probe-860",
      ["畫個藍色正方形", "跟住喺佢上面畫個紅色箭嘴"],
      ["blue square"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- Mixed English / Chinese -----------------------------------------------------------
    # synonyms: box -> square, ball -> circle, Chinese colours inside Manglish; add below it
    C("mix-probe-861",
      ["boss draw one 橙色 box at top left can", "then one 紫色 ball below it lah"],
      ["orange square @top-left", "purple circle @left"], rel=[(1, "below", 0)], cat="synonyms"),
    # correction: colour typed wrong, the one meant said after (pink, not cyan)
    C("mix-probe-862",
      ["帮我 draw 一个 cyan 的 star 在 bottom right", "oops 颜色打错了 我是要 pink 的 不是 cyan"],
      ["pink star @bottom-right"], checks={1: {"n_objects": 1}}, cat="correction"),
    # numbers: four triangles, then keep only three (the newest one goes)
    C("mix-probe-863",
      ["畫 four 個 yellow triangle 先", "hmm 太多喇 留返三個得啦"],
      ["yellow triangle", "yellow triangle", "yellow triangle"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 3}}, cat="numbers"),
    # question: which is bigger -> the big blue circle; nothing changes
    C("mix-probe-864",
      ["左边放一个 big blue circle，右边放一个 small red square", "which one is bigger?"],
      ["large blue circle @left", "small red square @right"],
      checks={1: {"unchanged": True, "reply_any": ["blue", "蓝", "藍"]}}, cat="question"),
    # plural: "the stars" removes both stars, the diamonds stay
    C("mix-probe-865",
      ["draw 2 green star and 2 brown diamond", "the stars 全部 remove lah"],
      ["brown diamond", "brown diamond"], checks={0: {"n_objects": 4}, 1: {"n_objects": 2}}, cat="plural"),
    # reshape: hexagon 换成 triangle, colour kept
    C("mix-probe-866",
      ["画一个 purple hexagon", "emmm 感觉不太对 hexagon 换成 triangle 吧"],
      ["purple triangle"], checks={1: {"n_objects": 1}}, cat="reshape"),
    # typo: "bule" (blue), "rigth" (right), Chinese 三角 for triangle
    C("mix-probe-867",
      ["pls draw a bule 三角 at the rigth side"],
      ["blue triangle @right"], cat="typo"),
    # multi: recolour one object and delete the other in one Cantonese/English message
    C("mix-probe-868",
      ["畫個 red circle 喺 top，再整個 green square 喺 bottom", "circle 轉做 purple，square delete 咗佢"],
      ["purple circle @top"], checks={1: {"n_objects": 1}}, cat="multi"),
    # writer AG:
    # Blind probe AG, ids 869-900.
    # Personas:
    #   Priya   (en)  - a London graphic designer, fussy about exact colour names, British spelling, polite.
    #   Dave    (en)  - a sleepy American dad typing one-handed on his phone at night: lowercase, typos, "lol", emoji.
    #   小林    (zhs) - a Chengdu middle-school kid: internet slang, 来个/整/俩, 哈哈, exclamation marks.
    #   张老师  (zhs) - a retired Beijing engineer: formal, complete sentences, 请/请问.
    #   林媽媽  (zht) - a Taipei mum: polite, 喔/呀/好嗎, Taiwan wording and zhuyin-input slips.
    #   阿傑    (zht) - a Hong Kong delivery rider: Cantonese written in traditional characters (喺, 嘅, 唔係, 細).
    #   Kelvin  (mix) - a Singapore software engineer who switches between English and Chinese mid-sentence.

    # --- English ---
    # synonyms: emerald -> green, rhombus -> diamond, lilac -> purple, "one" = a diamond placed right of it
    C("en-probe-869",
      ["Hello! Could you pop an emerald rhombus in the bottom left corner, please?",
       "Perfect. And a lilac one just to the right of it."],
      ["green diamond @bottom-left", "purple diamond @bottom"],
      rel=[(1, "right_of", 0)], cat="synonyms"),

    # typo: misspelled verb, colours, shapes and place; unplaced first add
    C("en-probe-870",
      ["drwa a big yelow trinagle", "now a smal purpel sqaure bottom rihgt 😴"],
      ["large yellow triangle", "small purple square @bottom-right"],
      cat="typo"),

    # correction: recolour "it" (the newest star), then "not that one, the other one"
    C("en-probe-871",
      ["Morning! I'd like a pink star in the upper left, please.",
       "And a violet star down at the bottom right.",
       "Make it orange.",
       "Ugh, no. Not that one, the other one."],
      ["orange star @top-left", "purple star @bottom-right"],
      cat="correction"),

    # question: where-question and a yes/no relation question, both leave the picture alone
    C("en-probe-872",
      ["put a green dot in the bottom left and a grey box at the top",
       "wheres the green one again lol",
       "and is the box above the dot?"],
      ["green circle @bottom-left", "gray square @top"],
      checks={1: {"unchanged": True, "reply_any": ["bottom left", "bottom-left"]},
              2: {"unchanged": True, "reply_any": ["yes"]}},
      cat="question"),

    # plural: three small adds, then "them all" recoloured with a colour synonym (charcoal grey -> gray)
    C("en-probe-873",
      ["Three small lime triangles, please. Anywhere is fine.",
       "Right, now make them all charcoal grey."],
      ["small gray triangle", "small gray triangle", "small gray triangle"],
      checks={1: {"n_objects": 3}},
      cat="plural"),

    # reshape: "could it be a star instead" keeps colour and place
    C("en-probe-874",
      ["can u draw a blue hexagon in the middle",
       "eh that looks weird. could it be a star instead"],
      ["blue star @center"],
      cat="reshape"),

    # unknown: black cannot be drawn -> ask back; the answer "charcoal" carries the held add out
    C("en-probe-875",
      ["Could I have a jet black circle on the left, please?",
       "Fine, charcoal then."],
      ["gray circle @left"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # multi: two adds in one message, then a resize and a removal in one message
    C("en-probe-876",
      ["ok draw a red circle top left and a brown square bottom right",
       "now make the circle tiny and ditch the square pls"],
      ["small red circle @top-left"],
      checks={1: {"n_objects": 1}},
      cat="multi"),

    # --- Simplified Chinese ---
    # numbers: 三个 and colloquial 俩, with a size on the second group
    C("zhs-probe-877",
      ["来三个紫色的星星！", "再来俩小的橘色圆圈哈哈"],
      ["purple star", "purple star", "purple star",
       "small orange circle", "small orange circle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}},
      cat="numbers"),

    # synonyms: 墨绿 -> green, 咖啡色 -> brown, 方块 -> square
    C("zhs-probe-878",
      ["请在左上角画一个墨绿色的菱形。", "然后在右下角画一个咖啡色的方块。"],
      ["green diamond @top-left", "brown square @bottom-right"],
      cat="synonyms"),

    # correction: 不是黄色，是粉色 changes the colour of the circle just drawn, size kept
    C("zhs-probe-879",
      ["画个黄色的大圆", "不对不对，不是黄色，是粉色！"],
      ["large pink circle"],
      checks={1: {"n_objects": 1}},
      cat="correction"),

    # question: colour question and count question change nothing
    C("zhs-probe-880",
      ["在正中间画一个红色三角形，在最上面画一个蓝色圆形。",
       "请问三角形是什么颜色的？",
       "画面上一共有几个图形？"],
      ["red triangle @center", "blue circle @top"],
      checks={1: {"unchanged": True, "reply_any": ["红", "red"]},
              2: {"unchanged": True, "reply_any": ["2", "两", "二", "two"]}},
      cat="question"),

    # typo: pinyin slips 篮色 (蓝色), 正方型, 宏色 (红色), 三脚形 (三角形)
    C("zhs-probe-881",
      ["在右边画一个篮色的正方型", "再在左边来个宏色的三脚形"],
      ["blue square @right", "red triangle @left"],
      cat="typo"),

    # reshape: 还是改成圆的吧 turns the hexagon into a circle, colour and place kept
    C("zhs-probe-882",
      ["左下角画一个灰色的六边形。", "嗯……这个不太好看，还是改成圆的吧。"],
      ["gray circle @bottom-left"],
      cat="reshape"),

    # multi: three placed adds in one message, then a removal and a move in one message
    C("zhs-probe-883",
      ["给我来：左上角一个绿星星，右上角一个紫色菱形，中间再放个黄色的大方块",
       "星星不要了，菱形挪到左下角去"],
      ["purple diamond @bottom-left", "large yellow square @center"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 2}},
      cat="multi"),

    # unknown: a heart is no shape of the world -> ask back, circle stays alone
    C("zhs-probe-884",
      ["先画一个橙色的圆形。", "再画一个粉色的爱心。"],
      ["orange circle"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # --- Traditional Chinese ---
    # plural: two circles, then 它們都 recolours both
    C("zht-probe-885",
      ["幫我畫兩個紅色的圓形好嗎？", "把它們都改成綠色喔"],
      ["green circle", "green circle"],
      checks={0: {"n_objects": 2}},
      cat="plural"),

    # numbers: four small triangles, then "only two" keeps two of them
    C("zht-probe-886",
      ["請畫四個小的黃色三角形", "太多了啦，只要兩個就好"],
      ["small yellow triangle", "small yellow triangle"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 2}},
      cat="numbers"),

    # question: colour of the diamond, then where the square is
    C("zht-probe-887",
      ["在左邊畫一個紫色的正方形，右邊畫一個橘色的菱形",
       "請問菱形是什麼顏色呀？",
       "那正方形在哪裡？"],
      ["purple square @left", "orange diamond @right"],
      checks={1: {"unchanged": True, "reply_any": ["橘", "橙", "orange"]},
              2: {"unchanged": True, "reply_any": ["左", "left"]}},
      cat="question"),

    # correction (Cantonese): 唔係...右下角 -- the hexagon belongs at the bottom right
    C("zht-probe-888",
      ["喺右上角畫個灰色嘅六角形", "唔係呀，我講緊係右下角"],
      ["gray hexagon @bottom-right"],
      checks={1: {"n_objects": 1}},
      cat="correction"),

    # synonyms: 正中央, 粉紅色, 五角星, 淺灰色, 圓圈; "在它上面" puts the circle in the cell above
    C("zht-probe-889",
      ["可以在正中央畫一個粉紅色的五角星嗎？", "再加一個淺灰色的圓圈在它上面"],
      ["pink star @center", "gray circle @top"],
      rel=[(1, "above", 0)], cat="synonyms"),

    # unknown (Cantonese): white cannot be drawn -> ask back; 啡色 answers it
    C("zht-probe-890",
      ["畫個白色嘅正方形", "咁就啡色啦"],
      ["brown square"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # typo: zhuyin slips 皇色 (黃色), 六變形 (六邊形)
    C("zht-probe-891",
      ["在右下角畫一個皇色的圓型", "再畫一個綠色的六變形"],
      ["yellow circle @bottom-right", "green hexagon"],
      cat="typo"),

    # multi (Cantonese): two sized adds, then a recolour and a move in one message
    C("zht-probe-892",
      ["左上角畫個大嘅藍色菱形，右下角畫個細嘅紅色圓形",
       "將菱形變綠色，圓形移去中間"],
      ["large green diamond @top-left", "small red circle @center"],
      cat="multi"),

    # --- Mixed English / Chinese ---
    # reshape: "make it a hexagon 吧" after a complaint, colour and place kept
    C("mix-probe-893",
      ["帮我 draw 一个 orange square 在 top left",
       "这个 square 看起来怪怪的, make it a hexagon 吧"],
      ["orange hexagon @top-left"],
      cat="reshape"),

    # numbers: 2 big hexagons, then "three 个 small ones" of the same kind
    C("mix-probe-894",
      ["draw 2 个 big cyan hexagons", "再加 three 个 small ones"],
      ["large cyan hexagon", "large cyan hexagon",
       "small cyan hexagon", "small cyan hexagon", "small cyan hexagon"],
      checks={1: {"n_objects": 5}},
      cat="numbers"),

    # plural: three stars, then "make them all 小一点" shrinks the whole group
    C("mix-probe-895",
      ["画三个 purple stars 给我", "hmm 太大了, make them all 小一点"],
      ["small purple star", "small purple star", "small purple star"],
      cat="plural"),

    # question: yes/no relation question, then a colour question in Chinese about an English-named object
    C("mix-probe-896",
      ["draw a 红色 circle at the center and a 蓝色 triangle 在 bottom",
       "is the triangle below the circle?",
       "那 circle 是什么颜色?"],
      ["red circle @center", "blue triangle @bottom"],
      checks={1: {"unchanged": True, "reply_any": ["yes"]},
              2: {"unchanged": True, "reply_any": ["red", "红"]}},
      cat="question"),

    # correction: "我是说 yellow 不是 green" recolours the star just drawn, place kept
    C("mix-probe-897",
      ["画一个 green star 在右边", "oops 我是说 yellow 不是 green"],
      ["yellow star @right"],
      checks={1: {"n_objects": 1}},
      cat="correction"),

    # synonyms: navy -> blue, ball -> circle, scarlet -> red, box -> square, middle / upper right
    C("mix-probe-898",
      ["在 middle 放一个 navy 的 ball", "然后 upper right 来个 scarlet 的 box"],
      ["blue circle @center", "red square @top-right"],
      cat="synonyms"),

    # multi: two placed adds, then a removal and a resize in one mixed message
    C("mix-probe-899",
      ["draw a brown triangle 左边, a cyan circle 右边",
       "then 把 triangle 删掉, circle 变 big"],
      ["large cyan circle @right"],
      checks={1: {"n_objects": 1}},
      cat="multi"),

    # unknown: "几个" names no number -> nothing changes, the reply asks back
    C("mix-probe-900",
      ["draw a gray hexagon", "再来几个 stars"],
      ["gray hexagon"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}},
      cat="unknown"),
]


FIFTEENTH = [
    # writer AH:
    # Blind probe AH, ids 901-932 (en 901-908, zhs 909-916, zht 917-924, mix 925-932).
    # Personas:
    #  - Mr Bolaji Adeyemi: a Lagos secondary-school maths teacher making a worksheet for his pupils. Formal,
    #    polite, British spelling ("colour", "grey", "centre"), "kindly", full sentences with a greeting.
    #  - kai: a 15-year-old Chinese-American speedrunner from San Jose. Lowercase, slang, typos, emoji; from
    #    Sunday Chinese school he drops simplified Chinese words into English.
    #  - 陈阿姨: a Guangzhou wholesale-market stall-keeper typing simplified Chinese on a phone with pinyin
    #    input; colloquial, lots of 哈/嘛/哎呀, spaces instead of commas, homophone slips.
    #  - 阿偉: a Kaohsiung scooter mechanic typing traditional Chinese with Zhuyin input (homophone slips,
    #    啦/齁/欸), and who mixes English words like "color", "size", "center" into his Chinese.

    # --- English ---
    # synonyms: "crimson" = red, "disc" = circle, "navy" = blue, "rhombus" = diamond, "beneath it" = below
    C("en-probe-901",
      ["Good afternoon. Kindly place a crimson disc in the top left corner of the board for my pupils.",
       "Then beneath it, a navy rhombus, please."],
      ["red circle @top-left", "blue diamond @left"], rel=[(1, "below", 0)], cat="synonyms"),

    # numbers: a number as a word with a size; then a count question
    C("en-probe-902",
      ["ok so can i get four small yellow squares pls",
       "how many r there now"],
      ["small yellow square", "small yellow square", "small yellow square", "small yellow square"],
      checks={0: {"n_objects": 4}, 1: {"unchanged": True, "reply_any": ["4", "four"]}}, cat="numbers"),

    # multi: two adds in one sentence, then a removal and a recolour in one message
    C("en-probe-903",
      ["Please draw a large green triangle at the bottom right, and a small grey star at the top.",
       "Kindly remove the star and change the triangle to orange."],
      ["large orange triangle @bottom-right"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 1}}, cat="multi"),

    # correction: the place is corrected in the next turn
    C("en-probe-904",
      ["put a purple circle on the right side",
       "nah i meant left side lol"],
      ["purple circle @left"], cat="correction"),

    # plural: two of the same at named corners, then "both of them" resized
    C("en-probe-905",
      ["Could you draw two teal circles, one in the top left and one in the bottom right?",
       "Good. Now make both of them small, please."],
      ["small cyan circle @top-left", "small cyan circle @bottom-right"], cat="plural"),

    # reshape: "box" = square, slang remark, then "turn it into a star"
    C("en-probe-906",
      ["draw a gray box in the middle",
       "ngl it looks kinda boring... turn it into a star"],
      ["gray star @center"], cat="reshape"),

    # question: a yes/no relation question and a colour question, neither changes the picture
    C("en-probe-907",
      ["Please draw a brown hexagon on the left side and a pink diamond on the right side.",
       "Is the hexagon to the left of the diamond?",
       "And what colour is the diamond, please?"],
      ["brown hexagon @left", "pink diamond @right"],
      checks={1: {"unchanged": True, "reply_any": ["yes"]},
              2: {"unchanged": True, "reply_any": ["pink"]}}, cat="question"),

    # typo: swapped/dropped letters in colour, shape, place and size words
    C("en-probe-908",
      ["draw a yelow triangel at teh botom",
       "mkae it smal 🙏"],
      ["small yellow triangle @bottom"], cat="typo"),

    # --- Simplified Chinese ---
    # synonyms: 草绿色 = green, 圆圈 = circle, 粉红 = pink, 五角星 = star, "在它下面" = below it
    C("zhs-probe-909",
      ["老板，帮我在左上角整一个草绿色的圆圈，再在它下面来个粉红的五角星"],
      ["green circle @top-left", "pink star @left"], rel=[(1, "below", 0)], cat="synonyms"),

    # numbers: two then three more (digit), then how many in all
    C("zhs-probe-910",
      ["给我画两个蓝色三角形哈",
       "再加3个橙色的小菱形",
       "现在一共几个了"],
      ["blue triangle", "blue triangle", "small orange diamond", "small orange diamond", "small orange diamond"],
      checks={1: {"n_objects": 5}, 2: {"unchanged": True, "reply_any": ["5", "五"]}}, cat="numbers"),

    # multi: three adds separated by spaces instead of commas
    C("zhs-probe-911",
      ["右下角画个紫色六边形 左下角画个黄色正方形 中间再放个青色圆形"],
      ["purple hexagon @bottom-right", "yellow square @bottom-left", "cyan circle @center"],
      checks={0: {"n_objects": 3}}, cat="multi"),

    # correction: 不是灰色，是橙色 after adding a grey star
    C("zhs-probe-912",
      ["在右边画一个灰色的星星",
       "哎呀不对，不是灰色，是橙色的"],
      ["orange star @right"], cat="correction"),

    # reshape: a remark then 把它改成六角形
    C("zhs-probe-913",
      ["在下面画一个棕色的正方形",
       "方方正正的不好看，把它改成六角形吧"],
      ["brown hexagon @bottom"], cat="reshape"),

    # question: colour of the star, then which one is higher (star at top-left, diamond at center)
    C("zhs-probe-914",
      ["画一个红色的菱形和一个绿色的星星",
       "那个星星是啥颜色来着",
       "哪个在上面"],
      ["red diamond @center", "green star @top-left"],
      checks={1: {"unchanged": True, "reply_any": ["绿"]},
              2: {"unchanged": True, "reply_any": ["星"]}}, cat="question"),

    # typo: pinyin homophone slips 有上角(右上角) 篮色(蓝色) 原形(圆形) 做边(左边) 黄涩(黄色) 三脚形(三角形)
    C("zhs-probe-915",
      ["在有上角画一个篮色的原形",
       "再在做边画个黄涩的三脚形"],
      ["blue circle @top-right", "yellow triangle @left"], cat="typo"),

    # unknown: a colour the world cannot draw, asked back; the answer carries the recolour out
    C("zhs-probe-916",
      ["中间画个黄色正方形",
       "帮我把它涂成彩虹色",
       "紫的也行"],
      ["purple square @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- Traditional Chinese ---
    # synonyms: 橘色 = orange, 星星 = star, 咖啡色 = brown, 圓 = circle
    C("zht-probe-917",
      ["欸 幫我在右上角畫一顆橘色的星星啦",
       "然後左下角再來一個咖啡色的圓"],
      ["orange star @top-right", "brown circle @bottom-left"], cat="synonyms"),

    # numbers: five small circles, one large square, then how many in all
    C("zht-probe-918",
      ["我要五個紫色的小圓形",
       "再畫一個大的綠色正方形",
       "現在總共有幾個"],
      ["small purple circle", "small purple circle", "small purple circle", "small purple circle",
       "small purple circle", "large green square"],
      checks={2: {"unchanged": True, "reply_any": ["6", "六"]}}, cat="numbers"),

    # plural: one at the top and "也畫一個" at the bottom, then both recoloured (它們兩個都)
    C("zht-probe-919",
      ["上面畫一個粉紅色三角形，下面也畫一個",
       "把它們兩個都改成藍色的啦"],
      ["blue triangle @top", "blue triangle @bottom"], cat="plural"),

    # correction: 不是啦 我是說右邊 moves the hexagon
    C("zht-probe-920",
      ["在左邊畫一個大的灰色六角形",
       "啊不是啦 我是說右邊啦"],
      ["large gray hexagon @right"], cat="correction"),

    # reshape: a remark, then 換成正方形
    C("zht-probe-921",
      ["中間畫一個紅色的圓",
       "齁 這個圓看起來怪怪的 換成正方形好了"],
      ["red square @center"], cat="reshape"),

    # question: where is the diamond, and what colour is the star (reply may be in either script)
    C("zht-probe-922",
      ["幫我畫一個黃色的星星在左上角，再一個綠色的菱形在右下角",
       "菱形在哪裡啊",
       "星星咧？什麼顏色"],
      ["yellow star @top-left", "green diamond @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["右下"]},
              2: {"unchanged": True, "reply_any": ["黃", "黄"]}}, cat="question"),

    # typo: Zhuyin homophone slips 再(在) 話(畫) 員形(圓形) 變曉(變小)
    C("zht-probe-923",
      ["再中間話一個藍色的員形",
       "把它變曉一點"],
      ["small blue circle @center"], cat="typo"),

    # unknown: "幾個" gives no number, so nothing changes and the reply asks back
    C("zht-probe-924",
      ["在右邊畫一個深藍色正方形",
       "再幫我畫幾個黃色的三角形"],
      ["blue square @right"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- Mixed English / Chinese ---
    # numbers: digit count in a mixed sentence, then one big star added
    C("mix-probe-925",
      ["yo 画 3 个 green hexagons",
       "and 一个 big pink star 谢啦"],
      ["green hexagon", "green hexagon", "green hexagon", "large pink star"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 4}}, cat="numbers"),

    # multi: two adds in one message, then a removal and a move in one message
    C("mix-probe-926",
      ["左上畫一個 blue square，右上畫一個 red triangle",
       "然後 square 刪掉，triangle 移到 center"],
      ["red triangle @center"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 1}}, cat="multi"),

    # correction: "orange not yellow" denies the colour said before
    C("mix-probe-927",
      ["make a yellow circle at the bottom left",
       "oops 说错了 I want orange not yellow"],
      ["orange circle @bottom-left"], cat="correction"),

    # plural: three stars, then all of them made small
    C("mix-probe-928",
      ["畫三個 gray 的 star",
       "它們全部都變 small"],
      ["small gray star", "small gray star", "small gray star"], cat="plural"),

    # reshape: remark, then 把它换成 hexagon
    C("mix-probe-929",
      ["draw a purple triangle in the middle",
       "hmm 不太好看 把它换成 hexagon 吧"],
      ["purple hexagon @center"], cat="reshape"),

    # question: colour of the circle, then a count, in mixed words
    C("mix-probe-930",
      ["畫一個 brown 的 diamond 在左邊，一個 cyan 的 circle 在右邊",
       "circle 是什麼 color?",
       "那總共幾個 shape"],
      ["brown diamond @left", "cyan circle @right"],
      checks={1: {"unchanged": True, "reply_any": ["cyan", "青"]},
              2: {"unchanged": True, "reply_any": ["2", "two", "两", "兩", "二"]}}, cat="question"),

    # typo: scrambled English words with a Chinese thank-you, then "smal"
    C("mix-probe-931",
      ["plz draw a pnik sqaure in teh top rihgt 谢谢",
       "n make it smal"],
      ["small pink square @top-right"], cat="typo"),

    # unknown: a shape the world does not have is asked back; then an orange star is asked for
    C("mix-probe-932",
      ["左下角畫一個 green 的 hexagon",
       "再畫一個 orange 的 cloud",
       "那就 orange star 好了"],
      ["green hexagon @bottom-left", "orange star"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),
    # writer AI:
    # Blind probe for dialogan, ids 933-964 (en 933-940, zhs 941-948, zht 949-956, mix 957-964).
    #
    # Personas (my own):
    #  - Gwen, 68, retired primary-school teacher in Cardiff (en): British spelling, whole polite sentences,
    #    "dear", "lovely", the odd remark about her grandson.
    #  - Kai, 19, uni student in Brisbane typing on his phone (en): lowercase, Aussie slang ("chuck", "cheers"),
    #    "u", "pls", typos, emoji.
    #  - 老周, 55, taxi driver in Zhengzhou (zhs): no punctuation, spaces instead of commas, northern words (仨, 啥),
    #    pinyin-input slips he never fixes.
    #  - 小鹿, 21, college student in Chengdu (zhs): 亲～, 呗, 哈哈, emmm, emoji.
    #  - 阿珍, 45, bubble-tea shop owner in Taichung (zht): 欸, 喔, 耶, 啦, typed with Zhuyin so homophone slips.
    #  - 陳生, 63, retired ferry mechanic in Hong Kong (zht): writes Cantonese (畀, 嘅, 嗰, 幾多, 唔該).
    #  - Mei Ling, 34, accountant in Kuala Lumpur (mix): Manglish, "lah", "can or not", Chinese words dropped in.
    #  - Ken, 29, product manager in Shenzhen (mix): office Chinglish, English nouns inside Chinese sentences.

    # --- English -------------------------------------------------------------------------------

    # synonyms: crimson -> red, disc -> circle, navy blue -> blue, box -> square; "below it" as a relation
    C("en-probe-933",
      ["Good morning! Could you please draw a crimson disc in the top left corner for me?",
       "Lovely. And a navy blue box just below it, please."],
      ["red circle @top-left", "blue square @left"],
      rel=[(1, "below", 0)], cat="synonyms"),

    # numbers: "three" in words, unplaced stars fill the first free regions; slang "chuck"; "one" for the add
    C("en-probe-934",
      ["hey can u chuck three lime green stars on there",
       "cheers mate, now one purple triangle in the bottom right corner"],
      ["green star", "green star", "green star", "purple triangle @bottom-right"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 4}}, cat="numbers"),

    # correction: "no, I meant orange, not yellow" recolours the circle in place
    C("en-probe-935",
      ["Please draw a yellow circle in the middle.",
       "Oh dear, no, I meant orange, not yellow. Sorry!"],
      ["orange circle @center"],
      checks={1: {"n_objects": 1}}, cat="correction"),

    # question: yes/no relation question, grey spelling, double question mark; nothing changes
    C("en-probe-936",
      ["draw a pink star on the right and a grey hexagon on the left",
       "quick q, is the hexagon to the left of the star??"],
      ["pink star @right", "gray hexagon @left"],
      checks={1: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),

    # typo: drwa/bleu/trinagle/teh, then words run together and a dropped letter (nowmake, smal)
    C("en-probe-937",
      ["drwa a bleu trinagle at teh top",
       "ok nowmake it smal pls"],
      ["small blue triangle @top"], cat="typo"),

    # unknown: a remark sentence, then a heart (a shape the world lacks): nothing changes, asks back
    C("en-probe-938",
      ["My grandson showed me this programme on the tablet. Would you draw a green square in the centre, please?",
       "Now I'd like a red heart right next to it."],
      ["green square @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # plural: digit count, then "both of em" recolours the whole group
    C("en-probe-939",
      ["gimme 2 red circles",
       "now turn both of em blue 😎"],
      ["blue circle", "blue circle"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 2}}, cat="plural"),

    # multi: two adds in one message, then a move and a British "colour ... purple" in one message
    C("en-probe-940",
      ["Hello dear. I'd like a brown triangle at the bottom left and a grey star at the top right, please.",
       "Now could you move the star to the centre and colour the triangle purple?"],
      ["purple triangle @bottom-left", "gray star @center"], cat="multi"),

    # --- Simplified Chinese --------------------------------------------------------------------

    # synonyms: 大红 -> red, 五角星 -> star, 墨绿 -> green, 方块 -> square; 亲～/呗/哈哈
    C("zhs-probe-941",
      ["亲～帮我在右上角画个大红色的五角星呗",
       "再在左下角来个墨绿色的方块哈哈"],
      ["red star @top-right", "green square @bottom-left"], cat="synonyms"),

    # numbers: 两个 then northern 仨 (three), 圆圈 for circle
    C("zhs-probe-942",
      ["画两个黄色的三角形",
       "再来仨蓝色圆圈"],
      ["yellow triangle", "yellow triangle", "blue circle", "blue circle", "blue circle"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 5}}, cat="numbers"),

    # multi: three placed adds in one message, then a removal and a recolour in one message
    C("zhs-probe-943",
      ["左边画一个粉色的菱形，右边画一个橙色的六边形，中间再来个灰色圆形～",
       "然后把菱形删掉，圆形改成紫色"],
      ["orange hexagon @right", "purple circle @center"],
      checks={0: {"n_objects": 3}}, cat="multi"),

    # correction: 不是正方形 是三角形 reshapes the one square, no punctuation
    C("zhs-probe-944",
      ["在中间画个红色的正方形",
       "不对不对 不是正方形 是三角形"],
      ["red triangle @center"],
      checks={1: {"n_objects": 1}}, cat="correction"),

    # reshape: a remark (好丑) plus 换成六边形吧 keeps colour and place
    C("zhs-probe-945",
      ["画一个青色的星星放在下面",
       "emmm这个星星好丑 换成六边形吧"],
      ["cyan hexagon @bottom"], cat="reshape"),

    # question: colour of the diamond, asked colloquially (啥颜色), nothing changes
    C("zhs-probe-946",
      ["在左上角画个棕色的圆 在右下角画个蓝色的菱形",
       "那个菱形是啥颜色的"],
      ["brown circle @top-left", "blue diamond @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["蓝"]}}, cat="question"),

    # typo: pinyin slips 律色(绿) 三脚形(三角) 做上角(左上角) 又边(右边) 皇色(黄) 正方型
    C("zhs-probe-947",
      ["画一个律色的三脚形 放在做上角",
       "在又边再画个皇色的正方型"],
      ["green triangle @top-left", "yellow square @right"], cat="typo"),

    # unknown: 爱心 (heart) is no shape of the world: nothing changes, asks back
    C("zhs-probe-948",
      ["帮我画个紫色的圆圈～",
       "再在它旁边画个爱心吧❤️"],
      ["purple circle"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- Traditional Chinese -------------------------------------------------------------------

    # synonyms: 紫羅蘭色 -> purple, 圓球 -> circle, 咖啡色 -> brown; Taiwanese 欸/喔
    C("zht-probe-949",
      ["欸 幫我畫一個紫羅蘭色的菱形在正中間",
       "再來一個咖啡色的圓球放右上角喔"],
      ["purple diamond @center", "brown circle @top-right"], cat="synonyms"),

    # plural: Cantonese 嗰兩個星 (those two stars) all recoloured
    C("zht-probe-950",
      ["唔該畫兩個綠色星星",
       "嗰兩個星都轉做黃色啦"],
      ["yellow star", "yellow star"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 2}}, cat="plural"),

    # reshape: hedged opinion 我覺得它改成三角形比較好看耶
    C("zht-probe-951",
      ["在左邊畫一個橘色的正方形",
       "嗯…我覺得它改成三角形比較好看耶"],
      ["orange triangle @left"], cat="reshape"),

    # question: Cantonese 幾多個 (how many), nothing changes
    C("zht-probe-952",
      ["喺右上角畫個藍色三角形，再喺左下角畫個紅色六角形",
       "而家總共有幾多個圖形呀？"],
      ["blue triangle @top-right", "red hexagon @bottom-left"],
      checks={1: {"unchanged": True, "reply_any": ["2", "兩", "二"]}}, cat="question"),

    # correction: 不是粉紅色 是紅色 (the denied word contains the meant one)
    C("zht-probe-953",
      ["畫一個粉紅色的星星在下面",
       "啊不是粉紅色啦 是紅色"],
      ["red star @bottom"],
      checks={1: {"n_objects": 1}}, cat="correction"),

    # numbers: three squares, then "two is enough" in Cantonese: one goes
    C("zht-probe-954",
      ["畫三個啡色嘅正方形",
       "唔好意思 要兩個就夠"],
      ["brown square", "brown square"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 2}}, cat="numbers"),

    # multi: two placed adds with 然後, then a move and a removal in one message
    C("zht-probe-955",
      ["右下角放一個灰色的圓形，然後左上角放一個黃色的六邊形",
       "把圓形移到正中間，六邊形刪掉好了"],
      ["gray circle @center"],
      checks={1: {"n_objects": 1}}, cat="multi"),

    # typo: Zhuyin homophone slips 劃(畫) 籃色(藍) 員形(圓) 左下腳(角) 菱行(形); add right of it
    C("zht-probe-956",
      ["幫我劃一個籃色的員形在左下腳",
       "再劃一個綠色的菱行在它右邊"],
      ["blue circle @bottom-left", "green diamond @bottom"],
      rel=[(1, "right_of", 0)], cat="typo"),

    # --- Mixed English / Chinese ---------------------------------------------------------------

    # synonyms in English words inside Chinese: navy -> blue, scarlet -> red, ring -> circle; 在它下面
    C("mix-probe-957",
      ["帮我 draw 一个 navy 的 hexagon 在 top left",
       "再 add 一个 scarlet 的 ring 在它下面"],
      ["blue hexagon @top-left", "red circle @left"],
      rel=[(1, "below", 0)], cat="synonyms"),

    # reshape: Manglish request, then "change it to 星形"
    C("mix-probe-958",
      ["can draw one orange circle at the centre or not",
       "aiyo not nice lah, change it to 星形 pls"],
      ["orange star @center"], cat="reshape"),

    # plural: 两个 triangles, then 它们都 resize small
    C("mix-probe-959",
      ["加两个 pink 的 triangle",
       "把它们都 resize 成 small 的"],
      ["small pink triangle", "small pink triangle"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 2}}, cat="plural"),

    # unknown: 金色 (gold) cannot be drawn: nothing, asks back; the answer 黄色 carries the star out
    C("mix-probe-960",
      ["can draw a 金色 star for me or not",
       "hmm then 黄色 lah"],
      ["yellow star"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}, 1: {"n_objects": 1}},
      cat="unknown"),

    # question: where is the circle, asked in Chinese about English-named objects; nothing changes
    C("mix-probe-961",
      ["在 center 画一个 purple square，再在 bottom right 画一个 green circle",
       "那个 circle 在哪里？"],
      ["purple square @center", "green circle @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["bottom right", "bottom-right", "右下"]}}, cat="question"),

    # correction of place: "no no, I mean 左边 lah, not right" moves the diamond
    C("mix-probe-962",
      ["put one grey diamond at the right side",
       "no no, I mean 左边 lah, not right"],
      ["gray diamond @left"],
      checks={1: {"n_objects": 1}}, cat="correction"),

    # multi: 先 ... then ... two adds, then a recolour and a move joined by "and"
    C("mix-probe-963",
      ["先画一个 yellow star 在 top，then 在 bottom 画一个 blue triangle",
       "把 star 改成 red 的，and 把 triangle 移到 top left"],
      ["red star @top", "blue triangle @top-left"], cat="multi"),

    # numbers: Chinese numeral 四个 with English size/colour, then one big hexagon placed
    C("mix-probe-964",
      ["draw 四个 small purple 圆 pls",
       "then one big orange hexagon at bottom right lah"],
      ["small purple circle", "small purple circle", "small purple circle", "small purple circle",
       "large orange hexagon @bottom-right"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 5}}, cat="numbers"),
    # writer AJ:
    # Probe AJ, ids 965-996.
    # Personas:
    #  - Hamish (en): a retired Scottish merchant sailor, British spelling, "aye", "och", "lad", full sentences
    #    and polite asides about his eyesight.
    #  - kai (en): a 15-year-old gamer, all lowercase, "yo", "ngl", "lol", digits for numbers, fast sloppy typing.
    #  - 老王 (zhs): a Northeastern (东北) uncle: 整一个, 搁, 儿化, 啥色儿.
    #  - 小林 (zhs): a Chengdu uni student typing fast on pinyin input, homophone slips, 诶/嗯.
    #  - 陳老師 (zht): a Taiwanese kindergarten teacher talking to her class, 喔/呢/～, 注音 homophone slips.
    #  - Ada (zht): a Hong Kong office worker typing Cantonese: 畀我, 喺, 啡色, 細, 跟住, 唔係.
    #  - Wei Ming (mix): a Singaporean engineer, Singlish particles (lah, lor, can or not) mixed with Chinese.
    #  - Vivian (mix): a Shanghai marketing exec who drops English nouns into Chinese sentences.

    # --- English -------------------------------------------------------------------------------
    # synonyms: scarlet -> red, ball -> circle, "right in the middle", emerald -> green, corner phrasing
    C("en-probe-965", ["Ahoy there! Pop a scarlet ball right in the middle for me, would you?",
                       "Grand. Now stick an emerald square up in the top right corner."],
      ["red circle @center", "green square @top-right"], cat="synonyms"),

    # numbers: digit count, then "2 ... ones" taking the shape at hand
    C("en-probe-966", ["yo draw 3 purple stars", "ngl kinda empty, throw in 2 green ones too"],
      ["purple star", "purple star", "purple star", "green star", "green star"],
      checks={1: {"n_objects": 5}}, cat="numbers"),

    # correction: colour corrected with "no, I meant X, not Y" plus a remark
    C("en-probe-967", ["Put a yellow triangle over on the left-hand side, if you would.",
                       "Och, no - I meant orange, not yellow. My eyes aren't what they were."],
      ["orange triangle @left"], checks={1: {"n_objects": 1}}, cat="correction"),

    # question: comparison "which is higher" answered from the world, picture unchanged
    C("en-probe-968", ["draw a big pink hexagon top left n a small cyan diamond bottom right",
                       "wait which 1 is higher"],
      ["large pink hexagon @top-left", "small cyan diamond @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["pink"]}}, cat="question"),

    # reshape: subjunctive "I'd rather that square were a star"
    C("en-probe-969", ["Draw us a grey square down at the bottom, there's a good lad.",
                       "Hmm. On reflection I'd rather that square were a star."],
      ["gray star @bottom"], cat="reshape"),

    # unknown: a shape the world does not have (heart) -> nothing changes, asks back
    C("en-probe-970", ["draw a blue circle", "now a red heart next to it lol"],
      ["blue circle"], checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # plural: "both of the triangles" recoloured together
    C("en-probe-971", ["Right then, two red triangles and a blue hexagon, please.",
                       "Now paint both of the triangles purple."],
      ["purple triangle", "purple triangle", "blue hexagon"], cat="plural"),

    # typo: swapped/dropped letters in verb, colour, place and size words
    C("en-probe-972", ["drwa a yelow star in teh top rigth corner pls", "mkae it smaler"],
      ["small yellow star @top-right"], cat="typo"),

    # --- Simplified Chinese ------------------------------------------------------------------------
    # multi: two adds in one message, dialect verbs 整/搁
    C("zhs-probe-973", ["老弟，给我整一个红色的圆，搁左上角，再整一个绿色三角形搁右下角"],
      ["red circle @top-left", "green triangle @bottom-right"], cat="multi"),

    # typo: pinyin homophones 话(画) 三脚形(三角形) 诺(挪)
    C("zhs-probe-974", ["帮我在右边话一个黄色的三脚形", "然后把它诺到中间"],
      ["yellow triangle @center"], cat="typo"),

    # question: colour of the square asked in dialect, unchanged
    C("zhs-probe-975", ["给我画个棕色方块搁上边儿，再画个粉色星星搁下边儿", "上边那方块啥色儿来着？"],
      ["brown square @top", "pink star @bottom"],
      checks={1: {"unchanged": True, "reply_any": ["棕", "咖啡", "brown"]}}, cat="question"),

    # numbers: five, then a count correction down to three
    C("zhs-probe-976", ["画五个小小的青色菱形", "哦不对，三个就够了"],
      ["small cyan diamond", "small cyan diamond", "small cyan diamond"],
      checks={0: {"n_objects": 5}, 1: {"n_objects": 3}}, cat="numbers"),

    # unknown: crescent shape 月牙 is not in the world -> asks back, nothing changes
    C("zhs-probe-977", ["整一个蓝色的圆", "再来个黄色的月牙儿"],
      ["blue circle"], checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # reshape: "can it become a hexagon" after a complaint
    C("zhs-probe-978", ["在中间画个大的橙色正方形", "嗯……方块太死板了，能不能变成六边形的"],
      ["large orange hexagon @center"], cat="reshape"),

    # plural: all three stars recoloured
    C("zhs-probe-979", ["来三个紫星星，随便放", "三个星星都给我染成灰的"],
      ["gray star", "gray star", "gray star"], cat="plural"),

    # synonyms: 草绿 -> green, 圆点 -> circle, 紫罗兰 -> purple, 钻石 -> diamond
    C("zhs-probe-980", ["左下角来个草绿色的小圆点", "右上角再画个紫罗兰色的大钻石"],
      ["small green circle @bottom-left", "large purple diamond @top-right"], cat="synonyms"),

    # --- Traditional Chinese -----------------------------------------------------------------------
    # synonyms: 寶藍 -> blue, 圓圈圈 -> circle, 檸檬黃 -> yellow, 一顆 星星, add right of it
    C("zht-probe-981", ["請幫我在正中央畫一個寶藍色的圓圈圈喔～", "然後在它右邊放一顆檸檬黃的小星星"],
      ["blue circle @center", "small yellow star @right"], rel=[(1, "right_of", 0)], cat="synonyms"),

    # correction: Cantonese "not green, I want purple"
    C("zht-probe-982", ["畀我喺右上角畫個綠色正方形", "哎呀唔係綠色，我要紫色㗎"],
      ["purple square @top-right"], checks={1: {"n_objects": 1}}, cat="correction"),

    # question: where is the blue one, asked to the class; unchanged
    C("zht-probe-983", ["小朋友看喔～老師先在左邊畫一個紅色三角形，再在右邊畫一個藍色圓形",
                        "藍色的那個在哪裡呢？大家猜猜看"],
      ["red triangle @left", "blue circle @right"],
      checks={1: {"unchanged": True, "reply_any": ["右", "right"]}}, cat="question"),

    # multi: two adds with sizes in Cantonese, then recolour + remove in one message
    C("zht-probe-984", ["幫我喺左下角畫個大啡色六角形，跟住喺正中間畫個細粉紅色星星",
                        "將星星改做橙色，再刪咗個六角形"],
      ["small orange star @center"], checks={0: {"n_objects": 2}}, cat="multi"),

    # numbers: four small circles then two more of the same
    C("zht-probe-985", ["老師要畫四個綠色的小圓形喔", "再多兩個一樣的"],
      ["small green circle"] * 6, checks={0: {"n_objects": 4}, 1: {"n_objects": 6}}, cat="numbers"),

    # reshape: Cantonese "it'd look nicer as a diamond"
    C("zht-probe-986", ["畫個黃色圓形喺上面", "我覺得佢做菱形會靚啲，幫我轉做菱形"],
      ["yellow diamond @top"], cat="reshape"),

    # typo: 注音 homophones 腳(角) 話(畫) 型(形) 他(它)
    C("zht-probe-987", ["在右下腳話一個紅色的小正方型", "把他變大一點"],
      ["large red square @bottom-right"], cat="typo"),

    # unknown: 彩虹色 is no colour of the world -> asks back
    C("zht-probe-988", ["左上角畫個灰色正方形先", "跟住畀我畫個彩虹色嘅星星"],
      ["gray square @top-left"], checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # --- Mixed English / Chinese -------------------------------------------------------------------
    # multi: two placed adds, Singlish "can ... or not"
    C("mix-probe-989", ["eh can draw 一个红色 circle at top left, then 一个 blue 的 square at bottom right or not"],
      ["red circle @top-left", "blue square @bottom-right"], cat="multi"),

    # correction: shape corrected, "要的是 hexagon 不是 triangle"
    C("mix-probe-990", ["在中间加一个 green 的 triangle", "oops 我打错了，要的是 hexagon 不是 triangle"],
      ["green hexagon @center"], checks={1: {"n_objects": 1}}, cat="correction"),

    # plural: both stars recoloured, colour in Chinese
    C("mix-probe-991", ["draw 两个 orange stars lah", "both 都 change to 粉红色 can?"],
      ["pink star", "pink star"], cat="plural"),

    # question: which one is on the left, answered by name; unchanged
    C("mix-probe-992", ["画一个 purple 的 diamond 在 left，再画一个 yellow circle 在 right",
                        "which one is on the left ah?"],
      ["purple diamond @left", "yellow circle @right"],
      checks={1: {"unchanged": True, "reply_any": ["purple", "紫"]}}, cat="question"),

    # numbers: "some" gives no number -> asks back; then a full request with 三个
    C("mix-probe-993", ["wah can draw some brown hexagons for me or not", "ok 三个 brown hexagons lor"],
      ["brown hexagon", "brown hexagon", "brown hexagon"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}, 1: {"n_objects": 3}},
      cat="numbers"),

    # reshape: "变成 triangle 好了" after calling it boring
    C("mix-probe-994", ["top right 画一个 cyan square", "这个 square 感觉太 boring 了，变成 triangle 好了"],
      ["cyan triangle @top-right"], cat="reshape"),

    # synonyms: maroon -> red, lime -> green, British "centre", "colour"
    C("mix-probe-995", ["draw one maroon colour circle at the centre, then one lime 色的 star at the top"],
      ["red circle @center", "green star @top"], cat="synonyms"),

    # typo: misspelt English words inside Chinese; small add to the left of it
    C("mix-probe-996", ["帮我画一个 purpel 的 hexgon 在 bottm", "再画一个 smal 的 yelow circel 在它左边"],
      ["purple hexagon @bottom", "small yellow circle @bottom-left"], rel=[(1, "left_of", 0)], cat="typo"),
]


SIXTEENTH = [
    # writer AK:
    # Blind probe AK, ids 997-1028.
    # Personas (invented for this probe):
    #  - Dev: a hospital porter on the night shift in Leeds, typing one-thumbed on his tea break; British
    #    spelling, "cheers", "ta", "pop a ...", terse, sometimes tired and full of typos.
    #  - Kayla: a ten-year-old on her mum's phone; lowercase, CAPS when annoyed, emoji, "u", "pls", "hiiii".
    #  - 退休的上海中学化学老师: formal and polite simplified Chinese, "您好", "麻烦", "请", full punctuation.
    #  - 东北出租车司机: northeastern slang ("整俩", "来个", "啥色儿"), pinyin input slips, no patience.
    #  - 台南早餐店老闆娘: Taiwanese Mandarin in traditional characters, "欸", "喔", "啦", "歹勢".
    #  - 香港茶餐廳伙記: Cantonese in traditional characters ("唔該", "喺", "嗰個", "跟住", "啡色").
    #  - Singapore poly student: Singlish plus Chinese ("can or not", "lah", "leh", "aiyo", "den").
    #  - 深圳 IT office worker: Chinese sentences with English words for colours, shapes and places.

    # en: synonyms -- "scarlet" = red, "dot" = circle, "navy" = blue, "box" = square; British "pop", "cheers"
    C("en-probe-997",
      ["evening. could you pop a scarlet dot right in the middle please",
       "cheers. and a navy box up in the top right corner"],
      ["red circle @center", "blue square @top-right"], cat="synonyms"),

    # en: numbers -- number in caps as a word, then a digit; emoji mid-message
    C("en-probe-998",
      ["hiiii can u make THREE yellow stars \U0001F31F\U0001F31F", "now 2 green triangles pls"],
      ["yellow star", "yellow star", "yellow star", "green triangle", "green triangle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),

    # en: multi -- three placed adds with sizes in one message, then a recolour plus a removal in one message
    C("en-probe-999",
      ["right, I need a big orange hexagon bottom left, a small grey diamond at the top and a pink triangle on the right",
       "make the hexagon purple and get rid of the triangle"],
      ["large purple hexagon @bottom-left", "small gray diamond @top"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 2}}, cat="multi"),

    # en: correction -- colour corrected after the add ("i meant pink not cyan")
    C("en-probe-1000",
      ["can u draw a cyan star at the bottom", "NO i meant pink not cyan \U0001F624"],
      ["pink star @bottom"], checks={1: {"n_objects": 1}}, cat="correction"),

    # en: plural -- two circles, "make them both large", then an unrelated placed add
    C("en-probe-1001",
      ["two small purple circles please", "lovely. make them both large",
       "and a brown square in the bottom right ta"],
      ["large purple circle", "large purple circle", "brown square @bottom-right"],
      checks={1: {"n_objects": 2}, 2: {"n_objects": 3}}, cat="plural"),

    # en: question -- a yes/no question about left-of, which must not change the picture
    C("en-probe-1002",
      ["ok draw a red triangle on the left side and a green circle on the right side",
       "wait is the triangle on the left of the circle??"],
      ["red triangle @left", "green circle @right"], rel=[(0, "left_of", 1)],
      checks={1: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),

    # en: typo -- misspelt colours, shapes and places, no punctuation
    C("en-probe-1003",
      ["draw a yelow hexgon in the top rihgt", "now a purpel sqaure bottom lfet"],
      ["yellow hexagon @top-right", "purple square @bottom-left"], cat="typo"),

    # en: unknown -- a heart is no shape of the world: nothing changes, it asks back; the answer carries it out
    C("en-probe-1004",
      ["draw an orange circle", "now a green heart next to it pls \U0001F49A", "ugh fine a star then"],
      ["orange circle", "green star"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}, 2: {"n_objects": 2}},
      cat="unknown"),

    # zhs: synonyms -- 深红 = red, 圆圈 = circle, 藏青 = blue, 方块 = square; formal politeness
    C("zhs-probe-1005",
      ["您好，麻烦在左上角画一个深红色的圆圈，谢谢。", "请再在右下角添一个藏青色的方块。"],
      ["red circle @top-left", "blue square @bottom-right"], cat="synonyms"),

    # zhs: numbers -- 俩 = two, 五个; northeastern verb 整
    C("zhs-probe-1006",
      ["来，整俩橘色的三角形", "再整五个灰色星星"],
      ["orange triangle", "orange triangle", "gray star", "gray star", "gray star", "gray star", "gray star"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 7}}, cat="numbers"),

    # zhs: multi -- add + add above it in one message, then move + remove in one message
    C("zhs-probe-1007",
      ["请在正中间画一个大的紫色六边形，在它上面画一个小的黄色菱形。", "然后把六边形移到最下面，把菱形删掉。"],
      ["large purple hexagon @bottom"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 1}}, cat="multi"),

    # zhs: correction -- count corrected after the add: four circles, "两个就够" keeps two
    C("zhs-probe-1008",
      ["给我画四个粉色的圆", "哎呀多了多了，两个就够"],
      ["pink circle", "pink circle"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 2}}, cat="correction"),

    # zhs: reshape -- polite reshape of the square into a five-pointed star
    C("zhs-probe-1009",
      ["请在右边画一个绿色的正方形。", "这个正方形看着有些呆板，麻烦您把它改成五角星吧。"],
      ["green star @right"], checks={1: {"n_objects": 1}}, cat="reshape"),

    # zhs: question -- colour of the triangle asked in slang; answer red, picture unchanged
    C("zhs-probe-1010",
      ["左下角来个蓝色的圆，右上角来个红色的三角", "那三角是啥色儿的？"],
      ["blue circle @bottom-left", "red triangle @top-right"],
      checks={1: {"unchanged": True, "reply_any": ["红", "紅"]}}, cat="question"),

    # zhs: typo -- pinyin slips 坐上 (左上), 三脚 (三角), 有下 (右下), 菱行 (菱形)
    C("zhs-probe-1011",
      ["在坐上角画一个黄色的三脚形", "再在有下角画个紫色的菱行"],
      ["yellow triangle @top-left", "purple diamond @bottom-right"], cat="typo"),

    # zhs: plural -- 它们 names the group of three for a recolour and then a resize
    C("zhs-probe-1012",
      ["请画三个小的棕色圆形。", "把它们都改成青色，谢谢。", "再把它们都放大一点。"],
      ["large cyan circle", "large cyan circle", "large cyan circle"],
      checks={1: {"n_objects": 3}, 2: {"n_objects": 3}}, cat="plural"),

    # zht: synonyms -- 咖啡色 = brown, 圓球 = circle, 淺灰 = gray, 方塊 = square; add to the right of it
    C("zht-probe-1013",
      ["欸幫我在中間畫一顆咖啡色的圓球", "然後在它右邊放一個淺灰色的方塊喔"],
      ["brown circle @center", "gray square"], rel=[(1, "right_of", 0)], cat="synonyms"),

    # zht: numbers -- Cantonese 六粒 細細粒 (six small), then 兩個 大 (two large)
    C("zht-probe-1014",
      ["唔該畫六粒細細粒嘅紫色星星", "再加兩個大嘅橙色圓形"],
      ["small purple star", "small purple star", "small purple star", "small purple star", "small purple star",
       "small purple star", "large orange circle", "large orange circle"],
      checks={0: {"n_objects": 6}, 1: {"n_objects": 8}}, cat="numbers"),

    # zht: correction -- "歹勢打錯，我是要黃色的" recolours the triangle just added
    C("zht-probe-1015",
      ["在右上角畫一個綠色三角形喔", "啊歹勢打錯，我是要黃色的啦"],
      ["yellow triangle @top-right"], checks={1: {"n_objects": 1}}, cat="correction"),

    # zht: reshape -- Cantonese "轉做六角形" after calling it ugly (核突)
    C("zht-probe-1016",
      ["喺左邊整個紅色嘅菱形", "嗰個菱形好核突，幫我轉做六角形吖"],
      ["red hexagon @left"], checks={1: {"n_objects": 1}}, cat="reshape"),

    # zht: question -- which is bigger; the large blue star, picture unchanged
    C("zht-probe-1017",
      ["畫一個大的藍色星星跟一個小的粉紅色圓形", "請問哪一個比較大？"],
      ["large blue star", "small pink circle"],
      checks={1: {"unchanged": True, "reply_any": ["藍", "蓝", "blue"]}}, cat="question"),

    # zht: plural -- Cantonese "將啲正方形全部刪走" removes both squares, keeps the circle
    C("zht-probe-1018",
      ["畫兩個啡色正方形同一個綠色圓形", "將啲正方形全部刪走"],
      ["green circle"], checks={0: {"n_objects": 3}, 1: {"n_objects": 1}}, cat="plural"),

    # zht: unknown -- 莫蘭迪色 is no colour of the world: nothing changes, it asks back; "紫色" answers
    C("zht-probe-1019",
      ["先畫一個橘色的正方形在左上角", "再來一個莫蘭迪色的星星", "那就紫色好了"],
      ["orange square @top-left", "purple star"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}, 2: {"n_objects": 2}},
      cat="unknown"),

    # zht: multi -- Cantonese two adds joined by 跟住, then a recolour and a move in one message
    C("zht-probe-1020",
      ["喺右下角畫個藍色三角形，跟住喺左上角畫個黃色圓圈", "將個三角形變做紅色，個圓圈搬去中間"],
      ["red triangle @bottom-right", "yellow circle @center"],
      checks={1: {"n_objects": 2}}, cat="multi"),

    # mix: synonyms -- "lime" = green, "maroon" = red, in Chinese sentences with English places
    C("mix-probe-1021",
      ["帮我 add 一个 lime 色的 triangle 在 bottom right", "再来一个 maroon 的 hexagon，放左上角"],
      ["green triangle @bottom-right", "red hexagon @top-left"], cat="synonyms"),

    # mix: numbers -- 四个 in Singlish, then "两个一样的" copies two more
    C("mix-probe-1022",
      ["eh can draw 四个 pink diamond or not", "ok 再 add 两个一样的 lah"],
      ["pink diamond", "pink diamond", "pink diamond", "pink diamond", "pink diamond", "pink diamond"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 6}}, cat="numbers"),

    # mix: multi -- an add and an add below it, then a move and a recolour, code-switched
    C("mix-probe-1023",
      ["在中间画一个 big red star, then 在它下面放一个 small blue circle", "把 star 移到 top left，circle 改成 orange"],
      ["large red star @top-left", "small orange circle @bottom"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 2}}, cat="multi"),

    # mix: correction -- shape corrected after the add ("是 triangle 不是 square")
    C("mix-probe-1024",
      ["draw one 紫色 square at the left side can", "aiyo sorry 我讲错 lah, 是 triangle 不是 square"],
      ["purple triangle @left"], checks={1: {"n_objects": 1}}, cat="correction"),

    # mix: plural -- "两个 circle 都" resizes both circles, the square stays
    C("mix-probe-1025",
      ["画两个 green circle 跟一个 yellow square", "两个 circle 都 resize 成 small 的"],
      ["small green circle", "small green circle", "yellow square"],
      checks={1: {"n_objects": 3}}, cat="plural"),

    # mix: reshape -- Singlish "change it to star lah" after calling it ugly
    C("mix-probe-1026",
      ["put a grey 六边形 at the top can", "hmm ugly leh, change it to star lah"],
      ["gray star @top"], checks={1: {"n_objects": 1}}, cat="reshape"),

    # mix: question -- where is the diamond; answered top right, picture unchanged
    C("mix-probe-1027",
      ["在 top right 画一个 brown diamond，再在 bottom left 画一个 cyan square", "diamond 现在在哪里？"],
      ["brown diamond @top-right", "cyan square @bottom-left"],
      checks={1: {"unchanged": True, "reply_any": ["右上", "top right", "top-right"]}}, cat="question"),

    # mix: typo -- smal/oragne/circel, pinyin slip 右下脚, bleu/triangel, then an add to the left of it
    C("mix-probe-1028",
      ["pls draw one smal oragne circel at 右下脚", "den put a bleu triangel 在它左边"],
      ["small orange circle @bottom-right", "blue triangle"], rel=[(1, "left_of", 0)], cat="typo"),
    # writer AL:
    # Blind probe AL, ids 1029-1060 (8 per language: en, zhs, zht, mix).
    # Personas (my own):
    #  - Marguerite, 71, retired primary-school teacher in Adelaide, Australia. Types on a tablet: whole
    #    polite sentences, Australian/British spelling ("colour", "grey", "centre"), "dear", "love", remarks
    #    about her grandkids. (en)
    #  - Priya, 29, software tester in Kuala Lumpur. Writes plain English when rushed (lowercase, "u",
    #    "pls", slips) and Manglish with Chinese mixed in ("can or not", "lah", "aiyo", "leh"). (en, mix)
    #  - 老周, 58, taxi driver in Wuhan. Voice input / pinyin at red lights: no punctuation, spaces for
    #    commas, "搞个", "整", "喂", homophone slips. (zhs)
    #  - 阿凱, 16, high-school student in Kaohsiung. Traditional characters, "欸", "啦", "XD", emoji,
    #    Zhuyin-input homophone slips like 籃色 for 藍色. (zht)

    # en synonyms: crimson -> red, disc -> circle, navy blue -> blue, box -> square; polite placement phrases
    C("en-probe-1029",
      ["Good morning dear. Could you please put a crimson disc in the upper left corner for me?",
       "Lovely, thank you. And a navy blue box down in the lower right, if you don't mind."],
      ["red circle @top-left", "blue square @bottom-right"], cat="synonyms"),
    # en typo: swapped/dropped letters everywhere, lowercase, no punctuation
    C("en-probe-1030",
      ["pls drwa a yelow trinagle in teh middle",
       "now a smal purpel star botom left"],
      ["yellow triangle @center", "small purple star @bottom-left"], cat="typo"),
    # en correction: "I meant orange, not green" recolours the star just drawn, keeps it large
    C("en-probe-1031",
      ["I'd like a green star please, a big one.",
       "Oh no, I meant orange, not green. Sorry love, my glasses are somewhere."],
      ["large orange star"], cat="correction"),
    # en plural: three small grey hexagons, then "all of them" recoloured
    C("en-probe-1032",
      ["Can you do 3 little grey hexagons for me?",
       "Hmm, they look a bit dull. Could you turn all of them pink?"],
      ["small pink hexagon", "small pink hexagon", "small pink hexagon"], cat="plural"),
    # en question: comparison "which is higher up" -> the cyan triangle (right row is above bottom row); no change
    C("en-probe-1033",
      ["Please draw a small cyan triangle on the right and a big brown circle at the bottom.",
       "Which of the two is higher up?"],
      ["small cyan triangle @right", "large brown circle @bottom"],
      checks={1: {"unchanged": True, "n_objects": 2, "reply_any": ["cyan"]}}, cat="question"),
    # en reshape: casual "turn that square into a diamond"
    C("en-probe-1034",
      ["put a red square in the middle",
       "actually can u turn that square into a diamond"],
      ["red diamond @center"], cat="reshape"),
    # en unknown: a heart is no shape of the world -> nothing changes, reply asks back
    C("en-probe-1035",
      ["A blue circle in the centre please.",
       "Now could you add a pink heart next to it? It's for my granddaughter, she adores hearts."],
      ["blue circle @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),
    # en multi: two adds in one message, each on its own side, colour synonyms lime/violet
    C("en-probe-1036",
      ["hey! add a lime triangle on the left side and a violet hexagon on the right side pls"],
      ["green triangle @left", "purple hexagon @right"], rel=[(0, "left_of", 1)], cat="multi"),

    # zhs synonyms: 墨绿 -> green, 圆球 -> circle, 咖啡色 -> brown, 方块 -> square, "放它上面" = above it
    C("zhs-probe-1037",
      ["喂 搞个墨绿色的圆球 放左下角",
       "再来个咖啡色方块 放它上面"],
      ["green circle @bottom-left", "brown square"], rel=[(1, "above", 0)], cat="synonyms"),
    # zhs numbers: 两个 then 三个, five objects in all
    C("zhs-probe-1038",
      ["画两个小的黄三角形",
       "再来三个蓝的菱形"],
      ["small yellow triangle", "small yellow triangle", "blue diamond", "blue diamond", "blue diamond"],
      cat="numbers"),
    # zhs correction: 不是紫色 是橙色 -> recolour the hexagon
    C("zhs-probe-1039",
      ["在中间画个紫色六边形",
       "不对不对 不是紫色 是橙色"],
      ["orange hexagon @center"], cat="correction"),
    # zhs question: where is the grey one -> top-left; nothing changes
    C("zhs-probe-1040",
      ["左上角画个灰色星星 右下角画个粉色圆",
       "灰色那个在哪里"],
      ["gray star @top-left", "pink circle @bottom-right"],
      checks={1: {"unchanged": True, "n_objects": 2, "reply_any": ["左上"]}}, cat="question"),
    # zhs unknown: 一些 gives no number -> nothing changes, reply asks how many
    C("zhs-probe-1041",
      ["画个蓝色三角形放中间",
       "再来一些绿色六边形"],
      ["blue triangle @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),
    # zhs plural: 把这三个圆都弄小一点 -> all three small
    C("zhs-probe-1042",
      ["画三个橙色的圆",
       "把这三个圆都弄小一点"],
      ["small orange circle", "small orange circle", "small orange circle"], cat="plural"),
    # zhs reshape: the square on the right becomes a hexagon, keeps colour and place
    C("zhs-probe-1043",
      ["右边画一个青色正方形",
       "把右边那个方块改成六边形"],
      ["cyan hexagon @right"], cat="reshape"),
    # zhs typo: pinyin slips 右上脚 (右上角), 正方型, 坐边 (左边), 星型
    C("zhs-probe-1044",
      ["在右上脚画一个小的粉色正方型",
       "再在坐边画个紫色星型"],
      ["small pink square @top-right", "purple star @left"], cat="typo"),

    # zht multi: two adds in one message, each with its own size and place
    C("zht-probe-1045",
      ["欸幫我畫一個藍色的大圓形在左邊 然後右邊放一個黃色小星星"],
      ["large blue circle @left", "small yellow star @right"], rel=[(0, "left_of", 1)], cat="multi"),
    # zht numbers: four pink diamonds, then a count question
    C("zht-probe-1046",
      ["畫四個粉紅色的菱形XD",
       "現在總共幾個啊"],
      ["pink diamond", "pink diamond", "pink diamond", "pink diamond"],
      checks={1: {"unchanged": True, "n_objects": 4, "reply_any": ["4", "四"]}}, cat="numbers"),
    # zht correction of place: 不是啦 我是要左下角 -> the triangle goes to the bottom left
    C("zht-probe-1047",
      ["在右下角畫一個綠色的三角形",
       "啊不是啦 我是要左下角啦"],
      ["green triangle @bottom-left"], cat="correction"),
    # zht reshape: 把它變成星星 -> purple star in the centre
    C("zht-probe-1048",
      ["中間畫一個紫色正方形",
       "欸還是把它變成星星好了"],
      ["purple star @center"], cat="reshape"),
    # zht question: colour of the circle -> orange; nothing changes
    C("zht-probe-1049",
      ["畫一個咖啡色的六角形跟一個橘色的圓",
       "圓形是什麼顏色啊"],
      ["brown hexagon", "orange circle"],
      checks={1: {"unchanged": True, "n_objects": 2, "reply_any": ["橙", "橘"]}}, cat="question"),
    # zht unknown: 愛心 (heart) is no shape of the world -> nothing changes, reply asks back
    C("zht-probe-1050",
      ["上面畫一個灰色圓形",
       "旁邊再畫一顆紅色愛心💕"],
      ["gray circle @top"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),
    # zht plural: 它們兩個都塗成紅色 -> both hexagons red
    C("zht-probe-1051",
      ["畫兩個綠色的六邊形",
       "把它們兩個都塗成紅色"],
      ["red hexagon", "red hexagon"], cat="plural"),
    # zht typo: Zhuyin homophone slips 籃色 (藍色), 三角行 (三角形)
    C("zht-probe-1052",
      ["幫我在右上角畫個籃色的三角行"],
      ["blue triangle @top-right"], cat="typo"),

    # mix synonyms: 深蓝色 -> blue, ball -> circle, Manglish "can ... or not"
    C("mix-probe-1053",
      ["hi can help me draw one 深蓝色 ball at the top or not"],
      ["blue circle @top"], cat="synonyms"),
    # mix numbers: Chinese numeral inside English
    C("mix-probe-1054",
      ["draw 五个 small red stars lah"],
      ["small red star", "small red star", "small red star", "small red star", "small red star"],
      cat="numbers"),
    # mix correction: shape said instead ("I want 圆形 not square")
    C("mix-probe-1055",
      ["画一个 yellow square 在 center",
       "aiyo wrong already, I want 圆形 not square"],
      ["yellow circle @center"], cat="correction"),
    # mix question: yes/no relation check in English after a mixed add
    C("mix-probe-1056",
      ["put a green diamond on the left and 一个紫色的 hexagon 在右边",
       "is the diamond left of the hexagon ah?"],
      ["green diamond @left", "purple hexagon @right"], rel=[(0, "left_of", 1)],
      checks={1: {"unchanged": True, "n_objects": 2, "reply_any": ["yes"]}}, cat="question"),
    # mix multi: two adds, places in Chinese, shapes in English, box -> square
    C("mix-probe-1057",
      ["左上角 draw a small pink triangle, then 右下角 put a big grey box"],
      ["small pink triangle @top-left", "large gray square @bottom-right"], cat="multi"),
    # mix plural: remove every hexagon, the star stays
    C("mix-probe-1058",
      ["add two brown hexagons and one cyan star",
       "all the hexagons 全部删掉"],
      ["cyan star"], cat="plural"),
    # mix reshape: "make it into a 菱形 instead"
    C("mix-probe-1059",
      ["can u draw one orange circle in the middle?",
       "嗯 not so nice leh, make it into a 菱形 instead"],
      ["orange diamond @center"], cat="reshape"),
    # mix unknown: "some" gives no number -> nothing changes, reply asks how many
    C("mix-probe-1060",
      ["put one red circle 在左边",
       "then add some 蓝色 squares pls"],
      ["red circle @left"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),
    # writer AM:
    # Blind probe AM (ids 1061-1092), written without reading the program's code or tests.
    # Personas:
    #  - Morag MacLeod, 71, retired lighthouse keeper from Stornoway: chatty, polite, British spelling
    #    ("grey", "centre", "wee"), remarks about her grandson and her eyesight.  (English)
    #  - Auntie Lim, ward nurse in Singapore: Singlish, terse, typos from typing on the phone between
    #    rounds, "lah", "can or not", "anot", switches freely between English and Mandarin.  (English, mix)
    #  - 老谭, runs a hotpot shop in Chengdu: Sichuan flavour (整一个, 要得, 巴适, 嘛, 哪点), no punctuation,
    #    pinyin-input slips when he types in a hurry.  (simplified Chinese)
    #  - 陳太, Hong Kong office clerk: writes Cantonese (唔該, 喺, 嘅, 佢哋, 唔係) in traditional characters,
    #    sometimes plain written Chinese like her Taiwanese colleagues (注音 slips such as 籃色, 圓型).  (traditional)

    # --- English ---------------------------------------------------------------------------

    # synonyms: "scarlet disc" is a red circle; "navy one just below it" is a blue circle below it
    C("en-probe-1061",
      ["Good morning! My grandson tells me you can paint wee shapes. Could you put a scarlet disc up in the top right-hand corner, please?",
       "Lovely. And a navy one just below it."],
      ["red circle @top-right", "blue circle @right"], rel=[(1, "below", 0)], cat="synonyms"),

    # correction: colour said instead ("I meant violet, not green") recolours, it adds nothing
    C("en-probe-1062",
      ["Right, now a green square in the middle if you'd be so kind.",
       "Och no, I meant violet, not green. My eyes aren't what they were."],
      ["purple square @center"], checks={1: {"n_objects": 1}}, cat="correction"),

    # question: which of two is higher, answered without changing the picture
    C("en-probe-1063",
      ["Pop a grey star down at the bottom and an orange triangle at the top, would you.",
       "Now which of the pair is sitting higher, do you reckon?"],
      ["gray star @bottom", "orange triangle @top"],
      checks={1: {"unchanged": True, "reply_any": ["orange", "triangle"]}}, cat="question"),

    # plural: "them both" recolours both small hexagons, sizes kept
    C("en-probe-1064",
      ["hi can draw two small pink hexagon for me 😊",
       "ok now make them both yellow lah"],
      ["small yellow hexagon", "small yellow hexagon"], checks={1: {"n_objects": 2}}, cat="plural"),

    # numbers: number as a word, "wee" as the size, no place given
    C("en-probe-1065",
      ["I'd like four wee green triangles now, anywhere you fancy."],
      ["small green triangle", "small green triangle", "small green triangle", "small green triangle"],
      checks={0: {"n_objects": 4}}, cat="numbers"),

    # typo: misspelt verb, colour, shape and place words; add right of the diamond lands in the centre
    C("en-probe-1066",
      ["drwa a blu daimond on teh left",
       "now ad a yelow cirlce rigth of it"],
      ["blue diamond @left", "yellow circle @center"], rel=[(1, "right_of", 0)], cat="typo"),

    # unknown: white cannot be drawn -> asks back; the answer "pink" carries the held add out
    C("en-probe-1067",
      ["Could you do me a white circle in the centre?",
       "Silly me. Pink it is, then."],
      ["pink circle @center"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),

    # multi: a recolour and a move in one message, chat-style synonyms (ball, box, shift)
    C("en-probe-1068",
      ["draw red ball center and green box at top",
       "ok change the ball to orange and shift the box to bottom right can"],
      ["orange circle @center", "green square @bottom-right"], cat="multi"),

    # --- simplified Chinese ----------------------------------------------------------------

    # reshape: Sichuan remark, then triangle becomes a hexagon in place
    C("zhs-probe-1069",
      ["师傅 帮我在中间整一个蓝色的三角形",
       "这个三角形看起不巴适 换成六边形嘛"],
      ["blue hexagon @center"], cat="reshape"),

    # numbers: 大红 is a colour, 小 the size; three of them, anywhere
    C("zhs-probe-1070",
      ["来三个大红的小星星 随便摆哪点都要得"],
      ["small red star", "small red star", "small red star"],
      checks={0: {"n_objects": 3}}, cat="numbers"),

    # correction of a count: five circles, then only two wanted
    C("zhs-probe-1071",
      ["画五个紫色的圆圈",
       "哎呀多了多了 只要两个就够了"],
      ["purple circle", "purple circle"], checks={1: {"n_objects": 2}}, cat="correction"),

    # question: how many, after three adds separated by spaces
    C("zhs-probe-1072",
      ["画一个绿色菱形 一个橙色的圆 再来个灰色方块",
       "帮我数一下 现在画起有几个了"],
      ["green diamond", "orange circle", "gray square"],
      checks={1: {"unchanged": True, "reply_any": ["3", "三"]}}, cat="question"),

    # typo: pinyin slips 做上角 皇色 三脚形 / 右下脚 子色 六变形
    C("zhs-probe-1073",
      ["在做上角画一个皇色的三脚形",
       "再在右下脚加个子色六变形"],
      ["yellow triangle @top-left", "purple hexagon @bottom-right"], cat="typo"),

    # unknown number: 几个 asks how many; then a full instruction with the number
    C("zhs-probe-1074",
      ["整几个青色的方块来看看",
       "那就画四个青色方块嘛"],
      ["cyan square", "cyan square", "cyan square", "cyan square"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),

    # plural: remove all the stars, the circle stays
    C("zhs-probe-1075",
      ["画两个咖啡色的星星 再画一个蓝色的圆",
       "星星全部拿掉 不要了"],
      ["blue circle"], checks={1: {"n_objects": 1}}, cat="plural"),

    # synonyms: 深绿 圆圈 / 橘色 / 银灰 五角星, three placed adds in one breath
    C("zhs-probe-1076",
      ["中间画个深绿色的圆圈 左下角来个橘色的菱形 右边再整一个银灰色的五角星"],
      ["green circle @center", "orange diamond @bottom-left", "gray star @right"], cat="synonyms"),

    # --- traditional Chinese ---------------------------------------------------------------

    # synonyms: Cantonese, 深藍 方塊, then 粉紅 星星 with classifier 粒
    C("zht-probe-1077",
      ["你好呀，想喺正中間放個深藍色嘅方塊，唔該晒",
       "跟住喺右上角加粒粉紅色嘅星星"],
      ["blue square @center", "pink star @top-right"], cat="synonyms"),

    # reshape: Taiwan-style, remark then "把它改成菱形"
    C("zht-probe-1078",
      ["在左下角畫一個橘色的正方形",
       "嗯…感覺怪怪的，還是把它改成菱形好了"],
      ["orange diamond @bottom-left"], cat="reshape"),

    # question: colour of the one on top, picture unchanged
    C("zht-probe-1079",
      ["畫一個綠色的星星在上面，再畫一個紫色三角形在下面",
       "請問上面那個是什麼顏色？🙏"],
      ["green star @top", "purple triangle @bottom"],
      checks={1: {"unchanged": True, "reply_any": ["綠", "绿", "green"]}}, cat="question"),

    # correction: Cantonese 唔係藍色…紅色 recolours the hexagon
    C("zht-probe-1080",
      ["畫個藍色六角形",
       "唔係藍色呀，我要紅色㗎"],
      ["red hexagon"], checks={1: {"n_objects": 1}}, cat="correction"),

    # plural: 佢哋全部 recolours all three small squares
    C("zht-probe-1081",
      ["畫三個細嘅黃色正方形",
       "將佢哋全部改做灰色"],
      ["small gray square", "small gray square", "small gray square"],
      checks={1: {"n_objects": 3}}, cat="plural"),

    # numbers: 兩顆 large stars plus one small circle, sizes each their own
    C("zht-probe-1082",
      ["幫我畫兩顆大的藍色星星跟一個小的紅色圓形"],
      ["large blue star", "large blue star", "small red circle"],
      checks={0: {"n_objects": 3}}, cat="numbers"),

    # typo: 注音 slips 籃色 圓型 三角型; add above it goes to the top right
    C("zht-probe-1083",
      ["在右邊畫一個籃色的圓型",
       "再加一個黃色三角型 放在它上面"],
      ["blue circle @right", "yellow triangle @top-right"], rel=[(1, "above", 0)], cat="typo"),

    # unknown shape: a heart asks back; then a star instead
    C("zht-probe-1084",
      ["畫一個粉紅色的愛心",
       "好吧 那改畫粉紅色的星星"],
      ["pink star"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- mixed English / Chinese -----------------------------------------------------------

    # multi: two placed adds in one Singlish-Mandarin message
    C("mix-probe-1085",
      ["hello, can help me draw 一个 red triangle at top left, then 一个 blue square 在下面 or not"],
      ["red triangle @top-left", "blue square @bottom"], cat="multi"),

    # question: colour of the one on the right, asked in a mixed sentence
    C("mix-probe-1086",
      ["left side 放 green circle, right side 放 yellow circle",
       "the one on the right 是什么颜色 ah?"],
      ["green circle @left", "yellow circle @right"],
      checks={1: {"unchanged": True, "reply_any": ["yellow", "黄", "黃"]}}, cat="question"),

    # correction: shape said instead, "我是说 hexagon 不是 star"
    C("mix-probe-1087",
      ["add 一个 purple star pls",
       "aiyo no lah, 我是说 hexagon 不是 star"],
      ["purple hexagon"], checks={1: {"n_objects": 1}}, cat="correction"),

    # reshape: "change 它 to square can?" is a request, not a question
    C("mix-probe-1088",
      ["画一个 orange 的 circle 在 center",
       "hmm change 它 to square can?"],
      ["orange square @center"], cat="reshape"),

    # typo: misspelt English words inside Chinese sentences
    C("mix-probe-1089",
      ["pls drw 一个 pnik diamnod 在右上角",
       "also one gren stra 在左下"],
      ["pink diamond @top-right", "green star @bottom-left"], cat="typo"),

    # numbers: five small cyan dots, number as an English word, Singlish "anot"
    C("mix-probe-1090",
      ["can draw five small 青色 dots anot 👍"],
      ["small cyan circle", "small cyan circle", "small cyan circle", "small cyan circle", "small cyan circle"],
      checks={0: {"n_objects": 5}}, cat="numbers"),

    # plural: "all of them 变 small" resizes all three
    C("mix-probe-1091",
      ["画一个 green square, 一个 pink circle, 一个 gray star",
       "all of them 变 small can"],
      ["small green square", "small pink circle", "small gray star"], cat="plural"),

    # unknown colour: black cannot be drawn -> asks back; "brown" carries the held add out
    C("mix-probe-1092",
      ["can draw 一个 black triangle 在 top right?",
       "ok then 用 brown lah"],
      ["brown triangle @top-right"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),
]


SEVENTEENTH = [
    # writer AN:
    # Blind probe for dialogan, ids 1093-1124.
    # Personas (my own):
    #  - Ruth: a British night-shift nurse typing on her break; quick, British spelling, "cheers", "ta".
    #  - Earl: a retired Texan rancher with big thumbs; folksy ("howdy", "reckon", "big ol'"), typos.
    #  - 东北大姨 (zhs): Dongbei auntie; 整, 搁, 俩, 仨, 哎呀.
    #  - 成都大学生 (zhs): Chengdu student; 嘛, 哦, 下头, pinyin-input slips when rushing.
    #  - 台北上班族小姐 (zht): Taipei office lady; 欸, 喔, 啦, 耶, 好了, ～; zhuyin-input homophone slips.
    #  - 香港退休的士司機 (zht): Hong Kong retired cab driver typing Cantonese (喺, 畀, 嘅, 啡色, 細, 幾多).
    #  - Singapore hawker auntie (mix): Singlish, "lah", "aiyo", "one" as article.
    #  - 上海外企 PM (mix): Chinglish office talk, "帮我...", "不太 OK", "change to".

    # en synonyms: scarlet->red, disc->circle, teal->cyan, rhombus->diamond, "bang in the middle"->center
    C("en-probe-1093", ["evening! pop a scarlet disc up in the top right corner would you",
                        "and a teal rhombus bang in the middle, cheers"],
      ["red circle @top-right", "cyan diamond @center"], checks={1: {"n_objects": 2}}, cat="synonyms"),
    # en numbers: words for numbers, "boxes" for squares, two turns adding
    C("en-probe-1094", ["howdy there. I'd like three yellow stars if ya don't mind",
                        "now put in two green boxes too"],
      ["yellow star", "yellow star", "yellow star", "green square", "green square"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),
    # en correction: colour corrected right after, place kept
    C("en-probe-1095", ["can I have a pink hexagon on the left please",
                        "oh sorry, not pink - purple i meant"],
      ["purple hexagon @left"], checks={1: {"n_objects": 1}}, cat="correction"),
    # en question: comparison of size, answered with the brown square, nothing changes
    C("en-probe-1096", ["put a big ol' brown square down at the bottom",
                        "and a little orange triangle up top",
                        "which one of them's bigger?"],
      ["large brown square @bottom", "small orange triangle @top"],
      checks={2: {"unchanged": True, "reply_any": ["brown"]}}, cat="question"),
    # en plural: "them all" recolours the three circles; British "grey"
    C("en-probe-1097", ["three grey circles please, anywhere",
                        "actually make them all blue"],
      ["blue circle", "blue circle", "blue circle"], checks={1: {"n_objects": 3}}, cat="plural"),
    # en typo: every word slipped, one message
    C("en-probe-1098", ["drwa a grean triangel in teh bottom rigth corner"],
      ["green triangle @bottom-right"], checks={0: {"n_objects": 1}}, cat="typo"),
    # en unknown: a heart is no shape of the world -> nothing changes, asks back
    C("en-probe-1099", ["stick a blue square in the middle for me",
                        "and a red heart next to it ta"],
      ["blue square @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),
    # en reshape: said indirectly ("look better as a star"), unplaced circle sits at center
    C("en-probe-1100", ["draw a cyan circle",
                        "nah I reckon that'd look better as a star"],
      ["cyan star @center"], checks={1: {"n_objects": 1}}, cat="reshape"),

    # zhs synonyms: 大红->red, 圆球->circle, 草绿->green, 方块儿->square, 搁->put
    C("zhs-probe-1101", ["整一个大红的圆球搁左上角",
                         "再整一个草绿色的方块儿，搁右下角"],
      ["red circle @top-left", "green square @bottom-right"], checks={1: {"n_objects": 2}}, cat="synonyms"),
    # zhs multi: three adds with places in one message
    C("zhs-probe-1102", ["帮我画个蓝色三角形放中间，再在左下角画个粉红的星星，然后右上角来个灰色菱形嘛"],
      ["blue triangle @center", "pink star @bottom-left", "gray diamond @top-right"],
      checks={0: {"n_objects": 3}}, cat="multi"),
    # zhs correction: 不对，是橙色的
    C("zhs-probe-1103", ["在右边画个黄色的六边形",
                         "哎呀不对不对，是橙色的"],
      ["orange hexagon @right"], checks={1: {"n_objects": 1}}, cat="correction"),
    # zhs question: colour of the lower one (下头), nothing changes
    C("zhs-probe-1104", ["画一个紫色的圆在上面",
                         "再画一个绿色正方形在下面",
                         "下头那个是啥颜色哦？"],
      ["purple circle @top", "green square @bottom"],
      checks={2: {"unchanged": True, "reply_any": ["绿", "green"]}}, cat="question"),
    # zhs numbers: colloquial 俩 (2) and 仨 (3)
    C("zhs-probe-1105", ["给我画俩蓝色的星星",
                         "再来仨红色的圆"],
      ["blue star", "blue star", "red circle", "red circle", "red circle"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 5}}, cat="numbers"),
    # zhs reshape: "方的不好看，改成圆的"
    C("zhs-probe-1106", ["中间画个棕色的正方形",
                         "感觉方的不好看，改成圆的吧"],
      ["brown circle @center"], checks={1: {"n_objects": 1}}, cat="reshape"),
    # zhs typo: pinyin slips 三脚形 (三角形), 篮色 (蓝色), 星行 (星形)
    C("zhs-probe-1107", ["在左边画一个黄色的三脚形，再在右边画个篮色的星行"],
      ["yellow triangle @left", "blue star @right"], checks={0: {"n_objects": 2}}, cat="typo"),
    # zhs unknown: 几个 gives no number -> nothing changes, asks how many
    C("zhs-probe-1108", ["画个绿色的正方形",
                         "再整几个三角"],
      ["green square"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # zht synonyms: 寶藍->blue, 圓圈圈->circle, 咖啡色->brown, placed below "it"
    C("zht-probe-1109", ["欸幫我畫一個寶藍色的圓圈圈放在右上角好嗎～",
                         "然後在它下面加一個咖啡色的菱形喔"],
      ["blue circle @top-right", "brown diamond"], rel=[(1, "below", 0)],
      checks={1: {"n_objects": 2}}, cat="synonyms"),
    # zht multi: Cantonese, two adds in one message, 四方形->square, 三角->triangle
    C("zht-probe-1110", ["喺正中間整個紅色四方形，右邊再加個紫色三角啦"],
      ["red square @center", "purple triangle @right"], checks={0: {"n_objects": 2}}, cat="multi"),
    # zht plural: 它們都改成綠色
    C("zht-probe-1111", ["畫兩個橘色的星星喔",
                         "欸它們都改成綠色的好了啦"],
      ["green star", "green star"], checks={1: {"n_objects": 2}}, cat="plural"),
    # zht question: Cantonese count 幾多個, nothing changes
    C("zht-probe-1112", ["喺左上角整粒黃色星星",
                         "右下角再畫個藍色圓圈",
                         "而家總共有幾多個圖形呀？"],
      ["yellow star @top-left", "blue circle @bottom-right"],
      checks={2: {"unchanged": True, "reply_any": ["2", "兩", "二", "两"]}}, cat="question"),
    # zht correction: shape corrected, 不是六角形啦 我是要三角形
    C("zht-probe-1113", ["在上面畫一個灰色的六角形喔",
                         "啊不是六角形啦 我是要三角形"],
      ["gray triangle @top"], checks={1: {"n_objects": 1}}, cat="correction"),
    # zht typo: zhuyin homophone slips 又邊 (右邊), 話 (畫), 原形 (圓形), 作上角 (左上角)
    C("zht-probe-1114", ["在又邊話一個紅色的原形",
                         "再在作上角話一個綠色的星星"],
      ["red circle @right", "green star @top-left"], checks={1: {"n_objects": 2}}, cat="typo"),
    # zht numbers + sizes: Cantonese 細 (small), 啡色 (brown), 大嘅 (large)
    C("zht-probe-1115", ["畫三個啡色嘅細三角形",
                         "再加返一個大嘅粉紅色六邊形"],
      ["small brown triangle", "small brown triangle", "small brown triangle", "large pink hexagon"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 4}}, cat="numbers"),
    # zht reshape: 把它變成星星, with chatty remark before
    C("zht-probe-1116", ["中間畫一個紫色的正方形",
                         "嗯…這個感覺怪怪的耶，把它變成星星好了"],
      ["purple star @center"], checks={1: {"n_objects": 1}}, cat="reshape"),

    # mix multi: English places/colours/shapes inside Chinese frame, two adds
    C("mix-probe-1117", ["帮我在 top left 画个 red circle，然后 bottom right 放一个 yellow square"],
      ["red circle @top-left", "yellow square @bottom-right"], checks={0: {"n_objects": 2}}, cat="multi"),
    # mix synonyms: 深蓝色->blue, box->square, 草绿色->green, ball->circle, Singlish
    C("mix-probe-1118", ["draw one 深蓝色 box in the middle lah",
                         "then one 草绿色 ball on the left side pls"],
      ["blue square @center", "green circle @left"], checks={1: {"n_objects": 2}}, cat="synonyms"),
    # mix unknown: octagon is no shape of the world -> nothing changes, asks back
    C("mix-probe-1119", ["帮我画个 orange 的 triangle 在 right side",
                         "再加一个 octagon, 颜色 pink"],
      ["orange triangle @right"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),
    # mix question: colour of the one at a place, nothing changes
    C("mix-probe-1120", ["put one red star top right and one blue star bottom left",
                         "top right 那颗是什么颜色 ah?"],
      ["red star @top-right", "blue star @bottom-left"],
      checks={1: {"unchanged": True, "reply_any": ["red", "红", "紅"]}}, cat="question"),
    # mix plural: "both of them" resized small
    C("mix-probe-1121", ["画 two green hexagons",
                         "把 both of them 变成 small 的"],
      ["small green hexagon", "small green hexagon"], checks={1: {"n_objects": 2}}, cat="plural"),
    # mix correction: "I want 橙色 not yellow"
    C("mix-probe-1122", ["draw a 黄色 circle at the bottom",
                         "aiyo wrong lah, I want 橙色 not yellow"],
      ["orange circle @bottom"], checks={1: {"n_objects": 1}}, cat="correction"),
    # mix reshape: "diamond 不太 OK, change to hexagon"
    C("mix-probe-1123", ["左边画一个 brown 的 diamond",
                         "嗯 diamond 不太 OK, change to hexagon 吧"],
      ["brown hexagon @left"], checks={1: {"n_objects": 1}}, cat="reshape"),
    # mix numbers: 四个 purple triangles, then one more like them in pink
    C("mix-probe-1124", ["can help me draw 四个 purple triangles",
                         "then one more, pink colour"],
      ["purple triangle", "purple triangle", "purple triangle", "purple triangle", "pink triangle"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 5}}, cat="numbers"),
    # writer AO:
    # Blind probe for dialogan, ids 1125-1156 (8 en, 8 zhs, 8 zht, 8 mix).
    # Personas (invented for this probe):
    #  - Morag, 68, retired ferry ticket clerk from Stornoway (Outer Hebrides): full polite
    #    sentences, British spelling ("centre", "grey", "colour"), "dear", "kindly".
    #  - Jasmine, 19, nursing student in Kuching, Sarawak: phone typing, all lowercase, Manglish
    #    tags ("lah", "leh", "ah", "or not"), shorthand (u, plz, thx, n), typos, emoji; mixes in
    #    simplified Chinese.
    #  - Lao Zhou (老周), 55, taxi driver in Chongqing: voice-input style, no care for punctuation,
    #    Sichuan fillers (嘛, 噻, 哈, 巴适), "给我画个".
    #  - Kelvin Chan (陳), 35, insurance agent in Hong Kong: traditional characters, Cantonese
    #    (喺, 嘅, 佢, 畀, 唔該, 跟住) in chat, 書面語 when in office mode, Kongish code-switching,
    #    Cangjie/pinyin-ish homophone slips (皇色, 籃色, 三腳形).
    # Default placement order (README): center, top-left, top, top-right, left, right, bottom-left,
    # bottom, bottom-right.

    # ---------------- English ----------------
    # synonyms: "scarlet" = red, "ball" = circle, "silver" = gray, "rhombus" = diamond; "beneath it" = below
    C("en-probe-1125",
      ["Good afternoon! I'd like a scarlet ball up in the top left corner, please.",
       "Lovely. Now a silver rhombus just beneath it, if you'd be so kind."],
      ["red circle @top-left", "gray diamond @left"], rel=[(1, "below", 0)], cat="synonyms"),

    # typo: swapped/dropped/doubled letters and run-together words, lowercase, no punctuation
    C("en-probe-1126",
      ["helo can u drwa a grene triangel at the botom right",
       "thx makeit bigg"],
      ["large green triangle @bottom-right"], cat="typo"),

    # correction: colour corrected with "I meant X, not Y"
    C("en-probe-1127",
      ["Please draw a yellow star in the centre.",
       "Oh dear, no - I meant orange, not yellow. Sorry!"],
      ["orange star @center"], cat="correction"),

    # question: which is lower (compare), answered by colour, picture unchanged
    C("en-probe-1128",
      ["put a purple hexagon at the top n a pink box at the bottom",
       "ok which one lower ah"],
      ["purple hexagon @top", "pink square @bottom"],
      checks={1: {"unchanged": True, "reply_any": ["pink"]}}, cat="question"),

    # numbers: number words with size words, two turns of multiple adds
    C("en-probe-1129",
      ["Could I have three little green triangles, please? Thank you kindly.",
       "And two large brown stars as well, please."],
      ["small green triangle", "small green triangle", "small green triangle",
       "large brown star", "large brown star"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),

    # plural: "both circles" recolours every circle, not the star
    C("en-probe-1130",
      ["draw 2 blue circles and a yellow star",
       "eh make both circles red lah"],
      ["red circle", "red circle", "yellow star"], cat="plural"),

    # reshape: polite request to turn the square into a hexagon, size/colour/place kept
    C("en-probe-1131",
      ["Draw a large grey square in the middle, please.",
       "Hmm, on reflection, could you turn that square into a hexagon instead?"],
      ["large gray hexagon @center"], cat="reshape"),

    # unknown: a heart is not a shape of the world -> nothing changes, asks back
    C("en-probe-1132",
      ["draw a orange circle",
       "now add a heart shape beside it pls \U0001F495"],
      ["orange circle"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # ---------------- Simplified Chinese ----------------
    # multi: two adds with places in one voice-input message, Sichuan filler
    C("zhs-probe-1133",
      ["喂 帮我画个红色圆圈放左上角 再来一个蓝色三角形放右下角噻"],
      ["red circle @top-left", "blue triangle @bottom-right"], cat="multi"),

    # question: how many shapes in total, picture unchanged
    C("zhs-probe-1134",
      ["画三个黄色的星星嘛",
       "现在画面上一共几个了哦？"],
      ["yellow star", "yellow star", "yellow star"],
      checks={1: {"unchanged": True, "reply_any": ["3", "三"]}}, cat="question"),

    # correction: 不对...我要的是紫色，不是绿色 -> recolour to purple
    C("zhs-probe-1135",
      ["正中间给我画个绿的正方形",
       "不对不对，我要的是紫色，不是绿色哈"],
      ["purple square @center"], cat="correction"),

    # synonyms: 咖啡色 = brown, 方块儿 = square, 紫罗兰色 = purple, 五角星 = star; add above it
    C("zhs-probe-1136",
      ["右边给我画个咖啡色的方块儿",
       "在它上面再放一颗紫罗兰色的五角星"],
      ["brown square @right", "purple star @top-right"], rel=[(1, "above", 0)], cat="synonyms"),

    # plural: 把菱形都删了 removes both diamonds, keeps the circle
    C("zhs-probe-1137",
      ["画两个橙色的菱形，再画一个灰色的圆",
       "把菱形都给我删了"],
      ["gray circle"], checks={0: {"n_objects": 3}, 1: {"n_objects": 1}}, cat="plural"),

    # numbers: 四个 / 两个 with small size
    C("zhs-probe-1138",
      ["帮我画四个小的粉红色六边形哈",
       "再加两个绿色的小圆"],
      ["small pink hexagon", "small pink hexagon", "small pink hexagon", "small pink hexagon",
       "small green circle", "small green circle"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 6}}, cat="numbers"),

    # reshape: dialect remark + 改成圆形 keeps size, colour and place
    C("zhs-probe-1139",
      ["中间画个大的橙色三角形",
       "这个三角形看起来不巴适 改成圆形嘛"],
      ["large orange circle @center"], cat="reshape"),

    # unknown: 几个 gives no number -> nothing changes, asks back
    C("zhs-probe-1140",
      ["左下角画个蓝色的星星",
       "再随便画几个别的颜色的"],
      ["blue star @bottom-left"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # ---------------- Traditional Chinese ----------------
    # typo: homophone slips 皇色 (黃色), 三腳形 (三角形), 籃色 (藍色) in Cantonese; add below it
    C("zht-probe-1141",
      ["幫我喺右上角畫個皇色嘅三腳形",
       "再喺佢下面畫個籃色嘅圓形"],
      ["yellow triangle @top-right", "blue circle @right"], rel=[(1, "below", 0)], cat="typo"),

    # plural: 佢哋全部 = all three squares recoloured
    C("zht-probe-1142",
      ["畫三個藍色嘅正方形",
       "將佢哋全部變成紫色"],
      ["purple square", "purple square", "purple square"], cat="plural"),

    # question: where is the pink one (Cantonese 喺邊度), picture unchanged
    C("zht-probe-1143",
      ["左邊畫一個粉紅色星星，右下角畫一個灰色六角形",
       "請問粉紅色嗰個喺邊度？"],
      ["pink star @left", "gray hexagon @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["左", "left"]}}, cat="question"),

    # correction of the place: 唔係中間，係左上角 -> the circle moves, keeps size and colour
    C("zht-probe-1144",
      ["喺中間畫個大嘅綠色圓形",
       "唔係中間呀，我講嘅係左上角"],
      ["large green circle @top-left"], cat="correction"),

    # synonyms (written style): 深紅 = red, 檸檬黃 = yellow, 圓圈 = circle, 正上方 = top
    C("zht-probe-1145",
      ["請在左下角畫一個深紅色的菱形。",
       "另外在正上方加一個檸檬黃的圓圈，謝謝。"],
      ["red diamond @bottom-left", "yellow circle @top"], cat="synonyms"),

    # multi: a move and a resize in one Cantonese message (square center -> right, star at top-left made small)
    C("zht-probe-1146",
      ["畫一個紅色正方形同一個藍色星星",
       "將正方形移去右邊，然後星星變細"],
      ["red square @right", "small blue star @top-left"], cat="multi"),

    # reshape: 將佢改做星形 with politeness 吖 / 唔該
    C("zht-probe-1147",
      ["畫個啡色嘅六角形",
       "幫我將佢改做星形吖，唔該"],
      ["brown star @center"], cat="reshape"),

    # unknown: 螢光色 is no colour of the world -> nothing changes, asks back
    C("zht-probe-1148",
      ["喺正中間畫個紫色正方形",
       "佢旁邊再加個螢光色嘅圓形"],
      ["purple square @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # ---------------- Mixed ----------------
    # multi: two placed adds in one code-switched polite message
    C("mix-probe-1149",
      ["hi can draw 一个 red star at top left and 一个 green hexagon at bottom right 吗 \U0001F60A"],
      ["red star @top-left", "green hexagon @bottom-right"], cat="multi"),

    # numbers: "five 個" then a count correction to 三個 (the newest go)
    C("mix-probe-1150",
      ["我想要 five 個 small cyan dots",
       "oops 打錯字, 三個就夠"],
      ["small cyan circle", "small cyan circle", "small cyan circle"],
      checks={0: {"n_objects": 5}, 1: {"n_objects": 3}}, cat="numbers"),

    # question: English yes/no check after Cantonese-English adds (square left of diamond: yes)
    C("mix-probe-1151",
      ["draw 一個 blue diamond 喺中間",
       "跟住 on its left 加個 yellow square",
       "is the square left of the diamond?"],
      ["blue diamond @center", "yellow square @left"], rel=[(1, "left_of", 0)],
      checks={2: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),

    # typo: misspelt English words inside a mixed message, then resize
    C("mix-probe-1152",
      ["plz drw a purpel triangle 在右边 ok",
       "thn make it smal \U0001F64F"],
      ["small purple triangle @right"], cat="typo"),

    # correction of the shape: not circle, hexagon 才对
    C("mix-probe-1153",
      ["画一个 pink circle 在中间",
       "sorry 我讲错了 not circle, hexagon 才对"],
      ["pink hexagon @center"], cat="correction"),

    # plural: remove all except the square
    C("mix-probe-1154",
      ["add 3 gray stars and 1 orange square",
       "除了 square 其他都 delete 掉"],
      ["orange square"], checks={0: {"n_objects": 4}, 1: {"n_objects": 1}}, cat="plural"),

    # reshape: Manglish "can ... or not" request to make it a 三角形, size/colour/place kept
    C("mix-probe-1155",
      ["draw a big brown circle 在右上角",
       "hmm i think nicer as 三角形 leh, can change it to 三角形 or not"],
      ["large brown triangle @top-right"], cat="reshape"),

    # unknown: "some" gives no number -> nothing changes, asks how many
    C("mix-probe-1156",
      ["draw 一粒 blue circle",
       "now add some 红色 stars around it lah"],
      ["blue circle"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),
    # writer AP:
    # Blind probe for dialogan, ids 1157-1188 (8 en, 8 zhs, 8 zht, 8 mix).
    # Personas:
    #   Dougie  - retired ferry engineer from Oban, Scotland. Chatty, British spelling, "aye", "wee", "ach", "cheers".
    #   Priya   - ER nurse in Chicago typing on her phone between patients: lowercase, terse, typos, no punctuation.
    #   刘婆婆  - a grandmother in Chengdu, Sichuan flavour ("嘛", "哈", "要得"), calls herself 婆婆.
    #   老赵    - a barbecue-stall owner from Shenyang, Northeastern slang ("老铁", "整", "俩", "来着").
    #   阿哲    - a university student in Taipei, Taiwanese internet tone ("欸", "der", "啦", "超"), zhuyin-input slips.
    #   陳生    - a cha chaan teng owner in Hong Kong typing Cantonese in traditional characters ("唔該", "喺", "啡色", "而家").
    #   Wei Ling - a software engineer in Singapore, Singlish mixing ("can or not", "lah", "ah").
    #   Kelly   - an HR manager at a foreign company in Beijing, drops English nouns into Chinese sentences.

    # en synonyms: crimson -> red, ball -> circle, navy -> blue, box -> square; "slap bang in the middle" for the centre
    C("en-probe-1157",
      ["Evening! Could ye pop a crimson ball up in the top left corner for me?",
       "Cheers. And a navy box slap bang in the middle, please."],
      ["red circle @top-left", "blue square @center"], cat="synonyms"),

    # en numbers: digits and words, "tiny" as small, "grey", then a count question
    C("en-probe-1158",
      ["need 3 lime stars asap",
       "and two tiny grey diamonds",
       "how many we got now"],
      ["green star", "green star", "green star", "small gray diamond", "small gray diamond"],
      checks={2: {"unchanged": True, "reply_any": ["5", "five"]}}, cat="numbers"),

    # en multi: two adds in one message ("wee" = small), then a move and a British "colour" recolour in one message
    C("en-probe-1159",
      ["Right, I'd like a wee yellow triangle on the right hand side, and a purple hexagon at the bottom if you'd be so kind.",
       "Now shift the triangle up to the top right corner and colour the hexagon orange."],
      ["small yellow triangle @top-right", "orange hexagon @bottom"], cat="multi"),

    # en correction: terse "no sorry meant red" after an add, then a move by pronoun
    C("en-probe-1160",
      ["draw a green square pls",
       "no sorry meant red",
       "put it bottom right corner"],
      ["red square @bottom-right"], cat="correction"),

    # en plural: list add, "both of the circles" recolour, then removal of the star
    C("en-probe-1161",
      ["Draw two pink circles and a brown star, would you.",
       "Ach, make both of the circles blue.",
       "Get rid of the star now, ta."],
      ["blue circle", "blue circle"],
      checks={2: {"n_objects": 2}}, cat="plural"),

    # en reshape: "turn that into" a hexagon keeps size, colour and place
    C("en-probe-1162",
      ["big orange triangle center",
       "actually turn that into a hexagon"],
      ["large orange hexagon @center"], cat="reshape"),

    # en question: yes/no relation question changes nothing
    C("en-probe-1163",
      ["Put a green diamond on the left and a red star on the right, please.",
       "Grand. Is the diamond sitting to the left of the star, then?"],
      ["green diamond @left", "red star @right"],
      checks={1: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),

    # en typo: misspelled colour, shape, place and verb
    C("en-probe-1164",
      ["draw a purpel cirlce in teh top rigth",
       "mkae it smal thx"],
      ["small purple circle @top-right"], cat="typo"),

    # zhs synonyms: 大红 -> red (a colour, not a size), 圆球 -> circle, 墨绿 -> green, 方块 -> square, placed right of it
    C("zhs-probe-1165",
      ["乖乖，帮婆婆画个大红色的圆球嘛",
       "再在它右边画个墨绿的方块哈"],
      ["red circle", "green square"], rel=[(1, "right_of", 0)], cat="synonyms"),

    # zhs numbers: 五个 and colloquial 俩 (two), Northeastern verb 整
    C("zhs-probe-1166",
      ["老铁，给我整五个黄的星星",
       "再整俩紫色的三角"],
      ["yellow star", "yellow star", "yellow star", "yellow star", "yellow star",
       "purple triangle", "purple triangle"],
      checks={1: {"n_objects": 7}}, cat="numbers"),

    # zhs multi: two placed adds in one message, then a move and a recolour in one message
    C("zhs-probe-1167",
      ["在左上角画个粉红的三角形，右下角画个灰色的六边形",
       "把三角形挪到正中间，六边形改成橙色的嘛"],
      ["pink triangle @center", "orange hexagon @bottom-right"], cat="multi"),

    # zhs correction: 不是蓝的，是绿的 after an add at the right
    C("zhs-probe-1168",
      ["整一个蓝色的菱形，放右边",
       "哎呀不对，不是蓝的，是绿的"],
      ["green diamond @right"], cat="correction"),

    # zhs plural: 它们都 resize every circle of the group just added
    C("zhs-probe-1169",
      ["画三个咖啡色的圆圈",
       "把它们都弄小一点嘛"],
      ["small brown circle", "small brown circle", "small brown circle"],
      checks={1: {"n_objects": 3}}, cat="plural"),

    # zhs question: colour of the star, asked colloquially, changes nothing
    C("zhs-probe-1170",
      ["右上角整个紫色的大星星",
       "左下角再来个青色的正方形",
       "那个星星是啥颜色来着？"],
      ["large purple star @top-right", "cyan square @bottom-left"],
      checks={2: {"unchanged": True, "reply_any": ["紫"]}}, cat="question"),

    # zhs typo: pinyin slips 左上脚 (角), 篮色 (蓝), 三脚形 (三角形), 黄涩 (黄色)
    C("zhs-probe-1171",
      ["在左上脚画个篮色的三脚形",
       "再在右边画个黄涩的六边型"],
      ["blue triangle @top-left", "yellow hexagon @right"], cat="typo"),

    # zhs unknown: 几个 gives no number, so nothing changes and it asks how many
    C("zhs-probe-1172",
      ["中间整个橙色的圆",
       "旁边再整几个三角形"],
      ["orange circle @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # zht synonyms: 紫羅蘭色 -> purple, 五角星 -> star, 檸檬黃 -> yellow, 鑽石形 -> diamond, placed below it; trailing remark
    C("zht-probe-1173",
      ["欸 幫我畫一顆紫羅蘭色的五角星",
       "然後在它下面加個檸檬黃的鑽石形 超可愛der 😆"],
      ["purple star", "yellow diamond"], rel=[(1, "below", 0)], cat="synonyms"),

    # zht numbers: Cantonese 兩個, 加多三個 (three more), 細 = small, 啡色 = brown
    C("zht-probe-1174",
      ["唔該畫兩個綠色嘅六角形",
       "再加多三個啡色嘅細正方形"],
      ["green hexagon", "green hexagon", "small brown square", "small brown square", "small brown square"],
      checks={1: {"n_objects": 5}}, cat="numbers"),

    # zht correction: recolour to blue, then 不是啦 我說的是紅色 replaces it with red
    C("zht-probe-1175",
      ["在右上角畫一個橘色的圓形",
       "改成藍色",
       "啊不是啦 我說的是紅色"],
      ["red circle @top-right"], cat="correction"),

    # zht plural: 兩個都 recolours both objects (Cantonese)
    C("zht-probe-1176",
      ["喺左邊畫個粉紅色圓圈，右邊畫個粉紅色星星",
       "兩個都改做灰色啦"],
      ["gray circle @left", "gray star @right"], cat="plural"),

    # zht reshape: 大大的 = large; 把它換成三角形 among a remark
    C("zht-probe-1177",
      ["畫一個大大的綠色正方形在中間",
       "嗯...感覺怪怪的 把它換成三角形好了"],
      ["large green triangle @center"], cat="reshape"),

    # zht question: Cantonese count question 而家總共有幾多個 changes nothing
    C("zht-probe-1178",
      ["喺右下角畫個藍色三角形",
       "跟住喺左上角畫個黃色菱形",
       "而家總共有幾多個圖形呀？"],
      ["blue triangle @bottom-right", "yellow diamond @top-left"],
      checks={2: {"unchanged": True, "reply_any": ["2", "兩", "两", "二"]}}, cat="question"),

    # zht typo: homophone slips 六邊行 (形), 又上角 (右上角)
    C("zht-probe-1179",
      ["幫我畫一個綠色的六邊行在左下角",
       "再畫一個紅色菱形在又上角"],
      ["green hexagon @bottom-left", "red diamond @top-right"], cat="typo"),

    # zht unknown: 月亮 is no shape of the world -> asks back; then a plain purple star instead
    C("zht-probe-1180",
      ["喺中間畫個紫色嘅月亮",
       "咁畫個紫色星星算啦"],
      ["purple star @center"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),

    # mix multi: two placed adds mixing languages, then remove + resize (大一点) in one message
    C("mix-probe-1181",
      ["eh can help me draw a red 三角形 at top left and a small blue circle 在右下角",
       "then remove the triangle and make the circle 大一点 lah"],
      ["large blue circle @bottom-right"],
      checks={1: {"n_objects": 1}}, cat="multi"),

    # mix correction: four stars, then "only two" -> the newest two go
    C("mix-probe-1182",
      ["帮我 add 四个 orange stars",
       "oops 多了，只要两个就好"],
      ["orange star", "orange star"],
      checks={1: {"n_objects": 2}}, cat="correction"),

    # mix plural: recolour all the diamonds, Singlish tag words
    C("mix-probe-1183",
      ["draw 3 green diamonds can",
       "all the diamonds 都变 pink 色 lah"],
      ["pink diamond", "pink diamond", "pink diamond"], cat="plural"),

    # mix reshape: square -> hexagon said with "change 成"
    C("mix-probe-1184",
      ["在 center 放一个 purple square",
       "这个 square 不太 nice，change 成 hexagon 吧"],
      ["purple hexagon @center"], cat="reshape"),

    # mix question: which one is higher, asked in mixed words; nothing changes
    C("mix-probe-1185",
      ["put a yellow star top right and a cyan hexagon bottom left",
       "which one 比较高 ah?"],
      ["yellow star @top-right", "cyan hexagon @bottom-left"],
      checks={1: {"unchanged": True, "reply_any": ["yellow", "黄"]}}, cat="question"),

    # mix unknown: an arrow is no shape of the world -> nothing changes, asks back
    C("mix-probe-1186",
      ["先画个 brown circle 在 left",
       "再加一个 green arrow 在 right"],
      ["brown circle @left"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # mix synonyms: "can ... or not" is a request; navy blue -> blue, ball -> circle, 浅灰色 -> gray, box -> square, above it
    C("mix-probe-1187",
      ["can draw one navy blue ball in the middle or not",
       "then one 浅灰色 box 在它上面 lah"],
      ["blue circle @center", "gray square"], rel=[(1, "above", 0)], cat="synonyms"),

    # mix numbers: "two 个 small" and "1 个 big", with a place for the single add
    C("mix-probe-1188",
      ["帮我画 two 个 small 红色 hexagons",
       "再来 1 个 big yellow 的 triangle 在 bottom right"],
      ["small red hexagon", "small red hexagon", "large yellow triangle @bottom-right"],
      checks={1: {"n_objects": 3}}, cat="numbers"),
]


EIGHTEENTH = [
    # writer AQ:
    # Blind probe AQ, ids 1189-1220 (8 each: en, zhs, zht, mix).
    # Personas (all invented for this probe):
    #   - Morag (en): 70, retired Glasgow bus driver, first time on a tablet. Scots fillers ("hen", "och",
    #     "aye", "ye", "wee"), British spelling, says a lot in one go, slow two-finger typing with slips.
    #   - 老周 (zhs): Chengdu hotpot-restaurant cook, types on his phone between orders. Sichuan words
    #     ("巴适", "啥子", "整", "搁"), orders shapes like dishes ("老板，来五个..."), pinyin-input slips.
    #   - 陳生 (zht): Hong Kong minibus driver, traditional characters, mostly spoken Cantonese
    #     ("喺", "嘅", "佢", "啲", "跟住", "唔係"), sometimes plain written Chinese.
    #   - Wei Ling (mix): Singapore nursing student, Singlish ("can ... or not", "lah", "aiya", "eh"),
    #     switches between English and Chinese mid-sentence, all lowercase, emoji, spelling slips.

    # --- en (Morag) ---
    # synonyms: "scarlet ball" = red circle, "navy box" = blue square, "down the bottom" = bottom
    C("en-probe-1189",
      ["hiya, could ye pop a scarlet ball in the top right corner",
       "and a navy box down the bottom"],
      ["red circle @top-right", "blue square @bottom"], cat="synonyms"),
    # numbers: "four" as a word, "wee" = small, "emerald" = green; no place said
    C("en-probe-1190",
      ["ok hen, I'd like four wee emerald stars please"],
      ["small green star", "small green star", "small green star", "small green star"],
      checks={0: {"n_objects": 4}}, cat="numbers"),
    # multi: three adds in one sentence, the second placed relative to "it" (the hexagon)
    C("en-probe-1191",
      ["Draw a grey hexagon in the middle, then an orange circle above it and a pink star at the bottom left."],
      ["gray hexagon @center", "orange circle @top", "pink star @bottom-left"],
      rel=[(1, "above", 0)], cat="multi"),
    # correction of place: "not the left, I meant the right hand side" moves it
    C("en-probe-1192",
      ["a green triangle on the left please",
       "och no, not the left, I meant the right hand side"],
      ["green triangle @right"], cat="correction"),
    # plural: digit count, then "both of them" recoloured with British verb "colour"
    C("en-probe-1193",
      ["can I have 2 yellow circles",
       "lovely. now colour both of them blue"],
      ["blue circle", "blue circle"], checks={1: {"n_objects": 2}}, cat="plural"),
    # question: yes/no about a relation, then a colour question; neither changes anything
    C("en-probe-1194",
      ["put a purple diamond at the top and a brown square at the bottom",
       "is the diamond above the square?",
       "grand. and what colour's the square again"],
      ["purple diamond @top", "brown square @bottom"],
      checks={1: {"unchanged": True, "reply_any": ["yes"]},
              2: {"unchanged": True, "reply_any": ["brown"]}}, cat="question"),
    # typo: swapped letters in draw/red/the, "big" = large, British "centre"
    C("en-probe-1195",
      ["drwa a big rde hexagon in teh centre"],
      ["large red hexagon @center"], cat="typo"),
    # unknown: an arrow is no shape of the world -> nothing changes, asks back
    C("en-probe-1196",
      ["red square top left please",
       "now a wee green arrow next to it"],
      ["red square @top-left"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- zhs (老周) ---
    # synonyms: 大红色 = red, 圆球 = circle, 咖啡色 = brown, 方块 = square, 整/搁 as verbs
    C("zhs-probe-1197",
      ["师傅，帮我在正中间整一个大红色的圆球",
       "再在左下角搁一个咖啡色的方块"],
      ["red circle @center", "brown square @bottom-left"], cat="synonyms"),
    # numbers: 五个, ordered like a dish, 柠檬黄 = yellow, 小的 = small, emoji at the end
    C("zhs-probe-1198",
      ["老板，来五个小的柠檬黄星星👍"],
      ["small yellow star", "small yellow star", "small yellow star", "small yellow star", "small yellow star"],
      checks={0: {"n_objects": 5}}, cat="numbers"),
    # multi: two adds and a recolour in one message
    C("zhs-probe-1199",
      ["右上角画个绿色三角形，左边画个紫色六边形，然后把三角形改成橙色"],
      ["orange triangle @top-right", "purple hexagon @left"], cat="multi"),
    # correction: 不是粉色，是蓝色 about the diamond after another object was added
    C("zhs-probe-1200",
      ["在下面画一个粉色的菱形",
       "上面再来个黄色的圆",
       "哎呀，菱形不是粉色，是蓝色"],
      ["blue diamond @bottom", "yellow circle @top"], cat="correction"),
    # reshape: Sichuan "不巴适", 换成五角星
    C("zhs-probe-1201",
      ["在右边画个灰色正方形",
       "这个方块不巴适，给它换成五角星嘛"],
      ["gray star @right"], cat="reshape"),
    # question: colour of the object at a place, Sichuan 啥子; picture unchanged
    C("zhs-probe-1202",
      ["左上角画个黄色圆，右下角画个绿色三角形",
       "左上角那个是啥子颜色？"],
      ["yellow circle @top-left", "green triangle @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["黄", "yellow"]}}, cat="question"),
    # typo: pinyin slips 录色 (绿色), 三角型, 黄涩 (黄色)
    C("zhs-probe-1203",
      ["在左边画个录色的三角型",
       "再在中间画一个黄涩的星星"],
      ["green triangle @left", "yellow star @center"], cat="typo"),
    # unknown: 几个 names no number -> nothing changes, asks how many
    C("zhs-probe-1204",
      ["中间来一个橘色的圆",
       "旁边再来几个星星"],
      ["orange circle @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- zht (陳生) ---
    # synonyms: 深藍色 = blue, 翠綠色 = green, 圓點 = circle; second placed right of 佢 (it)
    C("zht-probe-1205",
      ["唔該喺正中間畫個深藍色嘅菱形",
       "再喺佢右邊加個翠綠色嘅圓點"],
      ["blue diamond @center", "green circle @right"],
      rel=[(1, "right_of", 0)], cat="synonyms"),
    # numbers: 兩個細嘅 then 再畫多一個大嘅 (one more of the same kind, large)
    C("zht-probe-1206",
      ["畫兩個細嘅橙色星星",
       "再畫多一個大嘅"],
      ["large orange star", "small orange star", "small orange star"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 3}}, cat="numbers"),
    # multi: two adds then a move (跟住 = then), one message
    C("zht-probe-1207",
      ["上面畫一個紅色六角形，下面畫一個灰色正方形，跟住將個正方形移去右下角"],
      ["red hexagon @top", "gray square @bottom-right"], cat="multi"),
    # correction of shape: 唔係呀，我要嘅係三角形
    C("zht-probe-1208",
      ["左邊畫一個紫色嘅星",
       "唔係呀，我要嘅係三角形"],
      ["purple triangle @left"], cat="correction"),
    # plural: 啲圓形全部 = all the circles, the square keeps its colour
    C("zht-probe-1209",
      ["畫三個黃色嘅圓形，再加一個藍色正方形",
       "啲圓形全部轉做綠色"],
      ["green circle", "green circle", "green circle", "blue square"],
      checks={1: {"n_objects": 4}}, cat="plural"),
    # reshape: 改做圓形, place and colour kept
    C("zht-probe-1210",
      ["右下角畫個橙色嘅菱形",
       "呢個菱形改做圓形啦"],
      ["orange circle @bottom-right"], cat="reshape"),
    # question: count with Cantonese 幾多個; nothing changes
    C("zht-probe-1211",
      ["左邊畫個紅色圓形，右邊畫個藍色星形",
       "而家畫面有幾多個圖案？"],
      ["red circle @left", "blue star @right"],
      checks={1: {"unchanged": True, "reply_any": ["2", "兩", "两", "二", "two"]}}, cat="question"),
    # unknown: a moon is no shape of the world -> nothing drawn, asks back
    C("zht-probe-1212",
      ["喺右上角畫個黃色月亮"],
      [],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- mix (Wei Ling) ---
    # synonyms: violet = purple, 方块 = square, "lemon yellow" = yellow; "can ... or not" is a request
    C("mix-probe-1213",
      ["hello can help me draw one violet 方块 at the top or not",
       "then bottom right put one lemon yellow 三角形 lah"],
      ["purple square @top", "yellow triangle @bottom-right"], cat="synonyms"),
    # numbers: 两个 inside English, then a digit
    C("mix-probe-1214",
      ["eh give me 两个 big pink hexagons 😊",
       "and 1 small grey star"],
      ["large pink hexagon", "large pink hexagon", "small gray star"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 3}}, cat="numbers"),
    # multi: three adds across both languages, aqua = cyan
    C("mix-probe-1215",
      ["draw a red star in the middle, 然后左上角加一个 green diamond, 右边再放一个 aqua circle"],
      ["red star @center", "green diamond @top-left", "cyan circle @right"], cat="multi"),
    # correction of colour: "aiya wrong colour, 应该是 brown"
    C("mix-probe-1216",
      ["put a orange circle 在右上角",
       "aiya wrong colour, 应该是 brown"],
      ["brown circle @top-right"], cat="correction"),
    # plural: remove every triangle, the circle stays
    C("mix-probe-1217",
      ["draw two 小 green triangles and one big purple circle",
       "delete 所有的 triangles"],
      ["large purple circle"], checks={1: {"n_objects": 1}}, cat="plural"),
    # reshape: Singlish "can change ... or not" asks for it done
    C("mix-probe-1218",
      ["画一个 yellow square 在中间",
       "can change the square into hexagon or not"],
      ["yellow hexagon @center"], cat="reshape"),
    # question: colour of the square asked half in Chinese; nothing changes
    C("mix-probe-1219",
      ["draw a pink circle on the left and a grey square on the right",
       "the square 是什么颜色 ah?"],
      ["pink circle @left", "gray square @right"],
      checks={1: {"unchanged": True, "reply_any": ["gray", "grey", "灰"]}}, cat="question"),
    # typo: smal / oragne / purpel / dimond with Chinese places
    C("mix-probe-1220",
      ["pls draw one smal oragne star 在左下角",
       "and one purpel dimond 在右上角"],
      ["small orange star @bottom-left", "purple diamond @top-right"], cat="typo"),
    # writer AR:
    # Blind probe, ids 1221-1252 (8 en, 8 zhs, 8 zht, 8 mix).
    # Personas:
    #  - Hamish, 68, retired Glasgow bus driver: polite, full sentences, British spelling ("colour", "centre"),
    #    says "cheers", "lovely", talks about his wife and his eyes.
    #  - Kaylee, 9, from Ohio: lowercase, exclamation marks, emoji, misspells words, "u" for "you".
    #  - Dev, 23, Bay Area software intern: terse chat shorthand, no punctuation, "+" for add, "nah".
    #  - 陈嬢嬢, 52, runs a hotpot shop in Chengdu: Sichuan particles (嘛, 噻, 巴适).
    #  - 老赵, 66, retired railway worker in Harbin: northern words (整, 俩, 方块儿).
    #  - 小林, 19, Shenzhen university student: no punctuation, spaces between clauses, pinyin-input slips.
    #  - 阿志, 45, Taipei night-market fried-chicken vendor: calls everyone 老闆, zhuyin-style ㄉ, 耶/啦.
    #  - 梁太, 61, retired Hong Kong insurance agent: written Cantonese (畀, 嘅, 喺, 啡色, 啲).
    #  - 小瑜, 27, Kaohsiung nurse: casual Taiwanese Mandarin, 啦/好了.
    #  - Mei Ling, 38, Kuala Lumpur accountant: Manglish mixed with Chinese, "lah", "alamak".
    #  - 周总, 34, Shanghai product manager: Chinese sentences with English product words.
    #  - Ethan, 16, Toronto-born Chinese-Canadian: English with a few Chinese words, typos.

    # --- English ---
    # synonyms: "crimson" -> red, "dot" -> circle, "navy blue box" -> blue square, "bang in the middle" -> center
    C("en-probe-1221",
      ["Good afternoon. Could you put a crimson dot up in the top left corner please, cheers",
       "And a navy blue box bang in the middle of the picture."],
      ["red circle @top-left", "blue square @center"], cat="synonyms"),
    # numbers: a number written as a word, "lemon colored" -> yellow, emoji at the end
    C("en-probe-1222",
      ["can u make three lemon colored stars!!! \u2b50"],
      ["yellow star", "yellow star", "yellow star"], cat="numbers"),
    # correction: "the other one" after a recolour moves the change to the other triangle
    C("en-probe-1223",
      ["add 2 green triangles one top left and one bottom right",
       "make the top left one red",
       "nah not that one the other one"],
      ["green triangle @top-left", "red triangle @bottom-right"], cat="correction"),
    # question: colour of the object named by its place; the question must not change anything
    C("en-probe-1224",
      ["Please draw a large violet diamond in the centre and a small orange circle at the bottom.",
       "Sorry, my eyes aren't what they were. What colour is the one at the bottom?"],
      ["large purple diamond @center", "small orange circle @bottom"],
      checks={1: {"unchanged": True, "reply_any": ["orange", "橙"]}}, cat="question"),
    # plural: "them both" after adding two, "super tiny" -> small
    C("en-probe-1225",
      ["draw two pink hexagons",
       "now make them both super tiny"],
      ["small pink hexagon", "small pink hexagon"], cat="plural"),
    # reshape: shorthand add with "+", then "can it be a star instead" asks for a reshape
    C("en-probe-1226",
      ["+ grey triangle, bottom right",
       "actually can it be a star instead"],
      ["gray star @bottom-right"], cat="reshape"),
    # typo: swapped/neighbour-key letters in every word; "above it" puts the square in the cell above
    C("en-probe-1227",
      ["drwa a bluw cirlce on teh left",
       "and a yelow sqaure abvoe it"],
      ["blue circle @left", "yellow square @top-left"], rel=[(1, "above", 0)], cat="typo"),
    # unknown: a heart is not a shape of the world -> nothing changes, the reply asks back
    C("en-probe-1228",
      ["Draw me a green square please.",
       "Lovely. Now a red heart to the right of it, for my wife."],
      ["green square"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "\uff1f"]}}, cat="unknown"),

    # --- Simplified Chinese ---
    # synonyms: 大红色 -> red, 五角星 -> star, 墨绿 -> green, 整个 (northern/Sichuan "make one")
    C("zhs-probe-1229",
      ["帮我在右上角画个大红色的五角星嘛",
       "再在左下角整个墨绿色的方块"],
      ["red star @top-right", "green square @bottom-left"], cat="synonyms"),
    # numbers: 俩 = two, 咖啡色 -> brown, 方块儿 with erhua
    C("zhs-probe-1230",
      ["给我整俩咖啡色的小方块儿"],
      ["small brown square", "small brown square"], cat="numbers"),
    # multi: two adds in one message separated only by a space, each with its own place
    C("zhs-probe-1231",
      ["左下角画个黄色三角 右边再来个粉红色的圆圈"],
      ["yellow triangle @bottom-left", "pink circle @right"], cat="multi"),
    # correction: 不是菱形，是六边形 -> the diamond becomes a hexagon, same colour and place
    C("zhs-probe-1232",
      ["中间画一个橘色的菱形",
       "不对不对，不是菱形噻，是六边形"],
      ["orange hexagon @center"], cat="correction"),
    # question: count after three adds in one message; nothing changes
    C("zhs-probe-1233",
      ["画一个青色圆，一个紫色星星，还有一个灰色方块",
       "现在一共几个图形了"],
      ["cyan circle", "purple star", "gray square"],
      checks={1: {"unchanged": True, "reply_any": ["3", "三"]}}, cat="question"),
    # plural: 三角形都删了 removes both triangles, the circle stays
    C("zhs-probe-1234",
      ["画一个红色圆形 再画两个绿色三角形",
       "三角形都删了吧"],
      ["red circle"], cat="plural"),
    # reshape: a complaint plus 换成圆形 -> the square becomes a circle, keeps size/colour/place
    C("zhs-probe-1235",
      ["在右下角画一个小的蓝色正方形",
       "这个方块看起不巴适，给我换成圆形嘛"],
      ["small blue circle @bottom-right"], cat="reshape"),
    # typo: pinyin-input slips 皇色 (黄色) and 三脚形 (三角形)
    C("zhs-probe-1236",
      ["在最上边画一个皇色的三脚形"],
      ["yellow triangle @top"], cat="typo"),

    # --- Traditional Chinese ---
    # synonyms: 淺灰色 -> gray, zhuyin ㄉ for 的, 正中間 -> center, 老闆 as a filler
    C("zht-probe-1237",
      ["老闆～幫我畫一個淺灰色ㄉ小菱形放正中間"],
      ["small gray diamond @center"], cat="synonyms"),
    # numbers: Cantonese 畀我畫四個 -> four red triangles
    C("zht-probe-1238",
      ["唔該畀我畫四個紅色嘅三角形"],
      ["red triangle", "red triangle", "red triangle", "red triangle"], cat="numbers"),
    # multi: Cantonese, an add and a second add above it (佢上面) in one message, each its own size
    C("zht-probe-1239",
      ["喺右邊畫個大嘅綠色六角形，再喺佢上面畫個細嘅橙色圓形"],
      ["large green hexagon @right", "small orange circle @top-right"], rel=[(1, "above", 0)], cat="multi"),
    # correction: 不是紫色啦 我是說咖啡色 -> recolour to brown
    C("zht-probe-1240",
      ["在下面畫一個紫色的圓",
       "啊不是紫色啦 我是說咖啡色"],
      ["brown circle @bottom"], cat="correction"),
    # question: where is the star? answer names the right side; nothing changes
    C("zht-probe-1241",
      ["左邊畫一個藍色方塊 右邊畫一顆黃色星星",
       "那顆星星現在在哪裡啊"],
      ["blue square @left", "yellow star @right"],
      checks={1: {"unchanged": True, "reply_any": ["右", "right"]}}, cat="question"),
    # plural: 它們 ... 都放大 resizes both small circles to large
    C("zht-probe-1242",
      ["畫兩個小小的青色圓圈",
       "它們太小了 都放大一點好了"],
      ["large cyan circle", "large cyan circle"], cat="plural"),
    # reshape: an opinion (變成星星比較好看) plus 幫我改一下 -> triangle becomes a star
    C("zht-probe-1243",
      ["右下角畫一個橘色三角形",
       "嗯…我覺得它變成星星比較好看耶 幫我改一下"],
      ["orange star @bottom-right"], cat="reshape"),
    # unknown: Cantonese 一啲 = "some", no number -> nothing changes, the reply asks how many
    C("zht-probe-1244",
      ["畫個啡色嘅正方形",
       "再加一啲紫色嘅菱形喺隔籬"],
      ["brown square"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "\uff1f"]}}, cat="unknown"),

    # --- Mixed English / Chinese ---
    # synonyms: "emerald" -> green, Manglish "lah", place in English inside a Chinese frame
    C("mix-probe-1245",
      ["帮我 draw 一个 emerald 色的 diamond 在 top right lah"],
      ["green diamond @top-right"], cat="synonyms"),
    # numbers: digit 5 with 个, 圆点 -> circle, small
    C("mix-probe-1246",
      ["add 5 个 small red 圆点, 谢谢"],
      ["small red circle", "small red circle", "small red circle", "small red circle", "small red circle"],
      cat="numbers"),
    # multi: two adds joined by "and", places in Chinese after each object
    C("mix-probe-1247",
      ["put a brown star 左下角 and a cyan square 右上角"],
      ["brown star @bottom-left", "cyan square @top-right"], cat="multi"),
    # correction: "放错位置了, should be at top left" -> move the hexagon, no new one
    C("mix-probe-1248",
      ["draw a green hexagon 在中间",
       "alamak 放错位置了, should be at top left lah"],
      ["green hexagon @top-left"], cat="correction"),
    # question: which is bigger -> the large pink circle; nothing changes
    C("mix-probe-1249",
      ["画一个 big pink circle 和一个 small yellow star",
       "quick check, 哪个比较大?"],
      ["large pink circle", "small yellow star"],
      checks={1: {"unchanged": True, "reply_any": ["pink", "粉"]}}, cat="question"),
    # plural: 把它们全部 ... small after adding three
    C("mix-probe-1250",
      ["draw three orange triangles",
       "hmm too big, make 它们 all small"],
      ["small orange triangle", "small orange triangle", "small orange triangle"], cat="plural"),
    # reshape: "这个 square 不太 OK, 换成 triangle" -> reshape, colour and place kept
    C("mix-probe-1251",
      ["中间放一个 red square",
       "这个 square 不太 OK, 换成 triangle"],
      ["red triangle @center"], cat="reshape"),
    # typo: "purpel", "botom"; then a one-cell move of "it" to the left (bottom -> bottom-left)
    C("mix-probe-1252",
      ["draw a purpel 星星 at the botom pls",
       "then move it 到左边"],
      ["purple star @bottom-left"], cat="typo"),
    # writer AS:
    # Blind probe for dialogan, ids 1253-1284 (8 per language: en, zhs, zht, mix).
    # Personas:
    #  - Hamish, a retired Glasgow ship engineer: terse, British spelling, drops verbs, "naw", "cheers".
    #  - Coach Darnell, a Texas high-school football coach: loud, caps, slang ("gimme", "em", "slap").
    #  - Mrs Adebayo, a Lagos software tester: formal and polite ("Kindly", "On second thought").
    #  - 老陈, a Chengdu hotpot-shop owner: Sichuan flavour (整, 搁, 嘛, 美女).
    #  - 小周, a Shenzhen product manager: fast typing with pinyin slips, PM jargon (迭代, 需求).
    #  - 阿秀姨, a Taichung night-market auntie: 台灣國語, 齁, 啦, ㄉ, 橘色.
    #  - 阿Ken, a Hong Kong secondary-school student: Cantonese (喺, 畀, 嘅, 啡色, 唔係, 細).
    #  - Mix: Jia Hui, a Singaporean uni student (lah, leh, can?); Wei Liang, a Malaysian-Chinese
    #    engineer; Kayla, a Vancouver-born teen who types fast and misspells.

    # en: colour and shape synonyms (scarlet, ball, emerald, rhombus), second add without a verb
    C("en-probe-1253", ["Evening. Could you pop a scarlet ball in the top left corner",
                        "Emerald rhombus, bottom right. Cheers."],
      ["red circle @top-left", "green diamond @bottom-right"], cat="synonyms"),
    # en: numbers in words and digits, "little" as small, shouting
    C("en-probe-1254", ["GIVE ME THREE PURPLE STARS", "ok and 2 little orange hexagons, lets go"],
      ["purple star", "purple star", "purple star", "small orange hexagon", "small orange hexagon"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),
    # en: two adds and a resize in one polite message
    C("en-probe-1255", ["Good afternoon. Kindly draw a yellow triangle on the right and a grey square on the left, then shrink the triangle."],
      ["small yellow triangle @right", "gray square @left"], cat="multi"),
    # en: colour correction after an add ("naw, meant green")
    C("en-probe-1256", ["Put a blue hexagon up the top right.", "Naw sorry, meant green."],
      ["green hexagon @top-right"], checks={1: {"n_objects": 1}}, cat="correction"),
    # en: group recolour with "both of em", British grey
    C("en-probe-1257", ["Gimme two red balls!!", "nice. now turn both of em grey"],
      ["gray circle", "gray circle"], checks={1: {"n_objects": 2}}, cat="plural"),
    # en: reshape said as a preference, formal
    C("en-probe-1258", ["Please add a brown star at the bottom.",
                        "On second thought, I would prefer that star to be a hexagon."],
      ["brown hexagon @bottom"], checks={1: {"n_objects": 1}}, cat="reshape"),
    # en: comparison question "further left", must not change the picture
    C("en-probe-1259", ["Stick a cyan triangle in the middle and a purple circle on the left.",
                        "Which one's further left?"],
      ["cyan triangle @center", "purple circle @left"], rel=[(1, "left_of", 0)],
      checks={1: {"unchanged": True, "reply_any": ["purple"]}}, cat="question"),
    # en: a shape the world does not have (heart) -> nothing changes, asks back
    C("en-probe-1260", ["draw a yellow star", "now slap a big pink heart next to it!!"],
      ["yellow star"], checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # zhs: pinyin slips 紫涩 (色), 三脚形 (三角形), 左下脚 (左下角)
    C("zhs-probe-1261", ["右上角画一个紫涩的三脚形", "再在左下脚加个黄色的星星"],
      ["purple triangle @top-right", "yellow star @bottom-left"], cat="typo"),
    # zhs: Sichuan verbs and colour synonyms (鲜红, 圆球, 翠绿), add right of it
    C("zhs-probe-1262", ["美女，给我整个鲜红的圆球，搁正中间嘛", "再来个翠绿的菱形，放它右边"],
      ["red circle @center", "green diamond @right"], rel=[(1, "right_of", 0)], cat="synonyms"),
    # zhs: counts with 两 and northern 仨
    C("zhs-probe-1263", ["OK，先画两个灰色的方块", "再来仨粉色三角形"],
      ["gray square", "gray square", "pink triangle", "pink triangle", "pink triangle"],
      checks={1: {"n_objects": 5}}, cat="numbers"),
    # zhs: 不是黄色，是橙色 correction of the colour just drawn
    C("zhs-probe-1264", ["在左边画个黄色的星星", "哎呀不对，不是黄色，是橙色嘛"],
      ["orange star @left"], checks={1: {"n_objects": 1}}, cat="correction"),
    # zhs: two placed adds, then both shrunk
    C("zhs-probe-1265", ["右上角放一个紫色圆形，左下角也放一个紫色圆形", "这两个圆都缩小一点"],
      ["small purple circle @top-right", "small purple circle @bottom-left"],
      checks={1: {"n_objects": 2}}, cat="plural"),
    # zhs: counting question with Sichuan particle, picture unchanged
    C("zhs-probe-1266", ["画个蓝色的三角形，再画个粉红色的正方形", "现在一共有几个图形了嘛？"],
      ["blue triangle", "pink square"],
      checks={1: {"unchanged": True, "reply_any": ["2", "两", "二"]}}, cat="question"),
    # zhs: reshape in PM jargon (迭代一下, 换成菱形)
    C("zhs-probe-1267", ["中间放一个绿色正方形", "方块这个形状再迭代一下，换成菱形"],
      ["green diamond @center"], checks={1: {"n_objects": 1}}, cat="reshape"),
    # zhs: unknown shape 梯形 (trapezoid) -> nothing changes, asks back
    C("zhs-probe-1268", ["先画个棕色的圆形", "再给我画个红色的梯形"],
      ["brown circle"], checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # zht: Cantonese typing slips 右下腳 (角) and 棱形 (菱形), 啡色 = brown
    C("zht-probe-1269", ["喺右下腳畫個啡色嘅棱形"],
      ["brown diamond @bottom-right"], cat="typo"),
    # zht: Taiwanese synonyms (圓圈, 紫羅蘭色, 鑽石形, 最上面), ㄉ particle
    C("zht-probe-1270", ["欸幫我畫一個粉紅色ㄉ圓圈放在最上面", "再一個紫羅蘭色的鑽石形，放左下角齁"],
      ["pink circle @top", "purple diamond @bottom-left"], cat="synonyms"),
    # zht: Cantonese count and sizes (五個細嘅, 加多個大嘅)
    C("zht-probe-1271", ["畀我畫五個細嘅黃色星星", "再加多個大嘅藍色正方形"],
      ["small yellow star", "small yellow star", "small yellow star", "small yellow star", "small yellow star",
       "large blue square"], checks={0: {"n_objects": 5}, 1: {"n_objects": 6}}, cat="numbers"),
    # zht: add, move it, add again, all in one message of steps
    C("zht-probe-1272", ["先在右邊畫一個綠色三角形，然後把它移到左上角，再加一個灰色正方形在中間"],
      ["green triangle @top-left", "gray square @center"], cat="multi"),
    # zht: Cantonese place correction 唔係左上角，係右下角
    C("zht-probe-1273", ["喺左上角畫個紅色六邊形", "唔係左上角呀，係右下角"],
      ["red hexagon @bottom-right"], checks={1: {"n_objects": 1}}, cat="correction"),
    # zht: 它們全部 recolour to Taiwanese 橘色
    C("zht-probe-1274", ["畫三個藍色的方塊", "它們全部都改成橘色啦"],
      ["orange square", "orange square", "orange square"], checks={1: {"n_objects": 3}}, cat="plural"),
    # zht: Cantonese colour question about the circle
    C("zht-probe-1275", ["中間畫個紫色星星，右邊畫個青色圓形", "個圓形係咩顏色呀？"],
      ["purple star @center", "cyan circle @right"],
      checks={1: {"unchanged": True, "reply_any": ["青", "cyan"]}}, cat="question"),
    # zht: 幾個 (no number given) -> asks how many, nothing changes
    C("zht-probe-1276", ["畫一個黃色的圓形在中間", "再隨便畫幾個粉紅色的星星好不好"],
      ["yellow circle @center"], checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # mix: English typos (triagnle, botom) around a Chinese colour
    C("mix-probe-1277", ["pls draw a 紅色 triagnle at the botom"],
      ["red triangle @bottom"], cat="typo"),
    # mix: Singlish with 咖啡色 box, emerald 星星 to its right
    C("mix-probe-1278", ["Can help me draw one 咖啡色 box at the 左上角 lah", "then one emerald 星星 to its right can?"],
      ["brown square @top-left", "green star @top"], rel=[(1, "right_of", 0)], cat="synonyms"),
    # mix: two counts with sizes in one message
    C("mix-probe-1279", ["add 两个 small 绿色 diamonds, then one big 紫色 circle"],
      ["small green diamond", "small green diamond", "large purple circle"],
      checks={0: {"n_objects": 3}}, cat="numbers"),
    # mix: reshape with Chinese target shape, Singlish tag
    C("mix-probe-1280", ["put a 橙色 circle in the middle", "hmm circle looks boring leh, turn it into a 六角形 can?"],
      ["orange hexagon @center"], checks={1: {"n_objects": 1}}, cat="reshape"),
    # mix: yes/no relation question in English after a mixed add
    C("mix-probe-1281", ["draw a grey star top left and a 黄色 diamond bottom right", "eh is the star above the diamond?"],
      ["gray star @top-left", "yellow diamond @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),
    # mix: remove both triangles named in the plural, the square stays
    C("mix-probe-1282", ["draw a red square at the top", "add two 蓝色 triangles", "ok 把那两个 triangles 都删了"],
      ["red square @top"], checks={1: {"n_objects": 3}, 2: {"n_objects": 1}}, cat="plural"),
    # mix: count correction (4 -> 3), the newest one goes
    C("mix-probe-1283", ["add 4 yellow 星星", "oops 打多了, 3 个就好"],
      ["yellow star", "yellow star", "yellow star"], checks={0: {"n_objects": 4}, 1: {"n_objects": 3}},
      cat="correction"),
    # mix: "some" with no number -> asks how many, nothing changes
    C("mix-probe-1284", ["draw a blue circle in the middle", "then add some 绿色 squares around it lah"],
      ["blue circle @center"], checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}},
      cat="unknown"),
]


NINETEENTH = [
    # writer AT:
    # Blind probe 19 -- ids 1285..1316 (en 1285-1292, zhs 1293-1300, zht 1301-1308, mix 1309-1316).
    #
    # Personas:
    # - Angus (en): a retired trawler skipper in Aberdeen. Gruff, British spelling, "aye", "wee", "och", "ye",
    #   calls everyone "son", mostly lowercase.
    # - Destiny (en): a 15-year-old in Ohio between rounds of a video game. Texting slang ("u", "ngl", "lol",
    #   "mid", "gimme"), sloppy fast typing, emoji.
    # - 小敏 (zhs): a primary-school teacher in Hangzhou making slides for her class. Careful, polite, full
    #   punctuation, "您好", "谢谢", talks about the children.
    # - 老彭 (zhs): owns a hotpot restaurant in Chongqing, types by voice/pinyin on his phone between orders.
    #   Sichuan words (整, 搁, 啥子, 嘛), no punctuation, pinyin slips.
    # - 阿嬤 (zht): a retired lady in Kaohsiung whose grandson set the app up. Zhuyin slips (ㄉ, ㄧ), polite "請問",
    #   "好嗎", mentions 阿孫.
    # - 阿朗 (zht): a Hong Kong secondary-school boy typing Cantonese (畀, 喺, 嘅, 佢哋, 唔係, 整).
    # - Wei Ling (mix): a Singapore logistics coordinator, Singlish with Mandarin ("lah", "leh", "aiyo",
    #   "can already", "change 去").
    # - Kevin 陈 (mix): a Shenzhen startup product manager who drops English nouns and verbs into Chinese,
    #   types fast and makes English typos.

    # en: colour and shape synonyms (scarlet, navy, ball, box) with size words (wee, big) and places
    C("en-probe-1285", ["aye hello there. put a wee scarlet ball up in the top right corner for me",
                        "and a big navy box right in the middle, cheers"],
      ["small red circle @top-right", "large blue square @center"], cat="synonyms"),

    # en: typing slips (drwa, yelow, triangel, grene, rigth); unplaced object goes to the center; "right of it"
    C("en-probe-1286", ["yo can u drwa a yelow triangel", "ok now put a grene star rigth of it lol"],
      ["yellow triangle @center", "green star @right"], rel=[(1, "right_of", 0)], cat="typo"),

    # en: correction of a recolour ("not orange. purple i meant") -- one recolour to the value said last
    C("en-probe-1287", ["can ye draw a grey diamond on the left", "now make it orange",
                        "och no, not orange. purple i meant"],
      ["purple diamond @left"], checks={2: {"n_objects": 1}}, cat="correction"),

    # en: comparison question in slang; picture unchanged, answer names the pink one
    C("en-probe-1288", ["add a pink circle top left and a blue hexagon bottom right", "wait which one's higher"],
      ["pink circle @top-left", "blue hexagon @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["pink"]}}, cat="question"),

    # en: three small objects in words, then "them all" resized large
    C("en-probe-1289", ["three wee green stars please, son", "now make them all big"],
      ["large green star", "large green star", "large green star"], checks={1: {"n_objects": 3}}, cat="plural"),

    # en: a shape the world does not have (heart) -> nothing changes, the reply asks back
    C("en-probe-1290", ["draw a brown square at the bottom", "now add a red heart next to it pls"],
      ["brown square @bottom"], checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # en: two adds in one message, then a move and a recolour in one message
    C("en-probe-1291", ["put a big yellow circle in the centre and a wee cyan triangle up top",
                        "now shift the circle to the bottom right and paint the triangle pink"],
      ["large yellow circle @bottom-right", "small pink triangle @top"], cat="multi"),

    # en: reshape wrapped in a slang remark ("kinda mid ngl")
    C("en-probe-1292", ["put a purple star in the bottom right corner",
                        "hmm kinda mid ngl. can u make it a diamond instead"],
      ["purple diamond @bottom-right"], cat="reshape"),

    # zhs: colour/shape synonyms (柠檬黄, 圆点, 墨绿, 方块) with sizes and places, polite wording
    C("zhs-probe-1293", ["您好，请在左下角画一个柠檬黄的小圆点。", "再在上方画一个大的墨绿色方块，谢谢！"],
      ["small yellow circle @bottom-left", "large green square @top"], cat="synonyms"),

    # zhs: Sichuan 整 with counts; "再整两个绿的" is two more of the kind at hand (stars)
    C("zhs-probe-1294", ["帮我整三个大红色的星星嘛", "再整两个绿的"],
      ["red star", "red star", "red star", "green star", "green star"], checks={1: {"n_objects": 5}},
      cat="numbers"),

    # zhs: reshape asked politely with a reason ("能不能把它改成六边形")
    C("zhs-probe-1295", ["请在中间画一个橙色的三角形。", "三角形太尖了，孩子们会害怕，能不能把它改成六边形？"],
      ["orange hexagon @center"], cat="reshape"),

    # zhs: colour question in Sichuan words (啥子颜色); picture unchanged
    C("zhs-probe-1296", ["在右边整个紫色的菱形", "左边再整个灰的圆", "那个菱形是啥子颜色嘛"],
      ["purple diamond @right", "gray circle @left"],
      checks={2: {"unchanged": True, "reply_any": ["紫", "purple"]}}, cat="question"),

    # zhs: place correction "不是右上角，是左上角" -> the star moves
    C("zhs-probe-1297", ["请帮我画一个粉红色的五角星，放在右上角。", "不对不对，不是右上角，是左上角。"],
      ["pink star @top-left"], checks={1: {"n_objects": 1}}, cat="correction"),

    # zhs: pinyin slips (篮色, 圆行, 三脚形) and "在它左边"
    C("zhs-probe-1298", ["画个篮色的圆行 搁右下角", "在它左边再画个黄色的三脚形"],
      ["blue circle @bottom-right", "yellow triangle @bottom"], rel=[(1, "left_of", 0)], cat="typo"),

    # zhs: two circles and a square, then both circles removed
    C("zhs-probe-1299", ["请画两个青色的圆形和一个棕色的正方形。", "把两个圆形都删掉吧。"],
      ["brown square"], checks={1: {"n_objects": 1}}, cat="plural"),

    # zhs: "几个" names no number -> nothing changes, the reply asks how many
    C("zhs-probe-1300", ["在中间整个咖啡色的方块", "旁边再整几个星星"],
      ["brown square @center"], checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # zht (Cantonese): 細 = small, 朱紅 = red, 圓點 = circle, 銀色 = gray, 方塊 = square
    C("zht-probe-1301", ["喂 幫我喺右下角整個細嘅朱紅色圓點", "再喺正中間畫個大嘅銀色方塊"],
      ["small red circle @bottom-right", "large gray square @center"], cat="synonyms"),

    # zht: count question after two adds (zhuyin slips ㄧ, ㄉ); picture unchanged
    C("zht-probe-1302", ["幫我畫ㄧ個綠色ㄉ三角形 在左邊", "再畫一個紅色的星星在右邊", "請問現在總共有幾個圖形"],
      ["green triangle @left", "red star @right"],
      checks={2: {"unchanged": True, "reply_any": ["2", "兩", "两", "二", "two"]}}, cat="question"),

    # zht (Cantonese): recolour then "唔係黃色呀 係橙色" correction
    C("zht-probe-1303", ["畫個藍色嘅六角形", "轉做黃色啦", "唔係黃色呀 係橙色"],
      ["orange hexagon"], checks={2: {"n_objects": 1}}, cat="correction"),

    # zht: reshape with a remark about the grandson, polite "好嗎"
    C("zht-probe-1304", ["在正中央畫一個紫色的正方形", "阿孫說圓的比較好看，幫我把它改成圓形好嗎"],
      ["purple circle @center"], cat="reshape"),

    # zht (Cantonese): three small stars, then all of them made large (佢哋全部)
    C("zht-probe-1305", ["畀三粒細細粒嘅粉紅色星星我", "都係太細喇，佢哋全部整大啲"],
      ["large pink star", "large pink star", "large pink star"], checks={1: {"n_objects": 3}}, cat="plural"),

    # zht: typing slips (ㄧ個, ㄉ, 菱行, 園圈) and "在它下面"
    C("zht-probe-1306", ["幫我畫ㄧ個黃色ㄉ菱行 在右上角", "再畫一個藍色ㄉ園圈在它下面"],
      ["yellow diamond @top-right", "blue circle @right"], rel=[(1, "below", 0)], cat="typo"),

    # zht (Cantonese): two small squares, then "再加多一個" -> one more like them
    C("zht-probe-1307", ["整兩個細嘅綠色正方形", "再加多一個"],
      ["small green square", "small green square", "small green square"], checks={1: {"n_objects": 3}},
      cat="numbers"),

    # zht: a colour the world cannot draw (黑色) -> asks back; "那就用咖啡色好了" carries it out in brown
    C("zht-probe-1308", ["畫一個黑色的圓形", "那就用咖啡色好了"],
      ["brown circle"], checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # mix: an add, then an add plus a recolour in one mixed message
    C("mix-probe-1309", ["先在 bottom left 画一个蓝色 circle",
                         "然后在 top right 加一个 small 橙色 star，顺便把 circle 改成 green"],
      ["green circle @bottom-left", "small orange star @top-right"], cat="multi"),

    # mix (Singlish): request as "可以...吗", then a colour question about "the one on the left"
    C("mix-probe-1310", ["可以画一个 purple triangle 在 right side 吗", "also 一个黄色 star on the left lah",
                         "the one on the left 什么颜色 ah?"],
      ["purple triangle @right", "yellow star @left"],
      checks={2: {"unchanged": True, "reply_any": ["yellow", "黄", "黃"]}}, cat="question"),

    # mix (Singlish): four circles, then "太多了, 3 can already" -> the newest one goes
    C("mix-probe-1311", ["draw 4 pink circle leh", "aiyo 太多了, 3 can already"],
      ["pink circle", "pink circle", "pink circle"], checks={1: {"n_objects": 3}}, cat="correction"),

    # mix: reshape said as "switch 成 star"
    C("mix-probe-1312", ["中间放一个 grey 的 square", "square 有点 boring 啊，switch 成 star 吧"],
      ["gray star @center"], cat="reshape"),

    # mix: 咖啡色 dot = brown circle, 翠绿 rhombus = green diamond, tiny = small; "to the right of it"
    C("mix-probe-1313", ["draw one big 咖啡色 dot at the top pls", "and a tiny 翠绿 rhombus to the right of it"],
      ["large brown circle @top", "small green diamond @top-right"], rel=[(1, "right_of", 0)], cat="synonyms"),

    # mix: English typos inside Chinese (cneter, yelow, hexgon, purpel, trangle) and "在它上面"
    C("mix-probe-1314", ["在 cneter 画一个 yelow 的 hexgon", "再在它上面加个 purpel 的 trangle"],
      ["yellow hexagon @center", "purple triangle @top"], rel=[(1, "above", 0)], cat="typo"),

    # mix (Singlish): "the squares 全部" recolours every square, the star stays blue
    C("mix-probe-1315", ["draw 两个 red square and 一个 blue star", "the squares 全部 change 去 orange"],
      ["orange square", "orange square", "blue star"], checks={1: {"n_objects": 3}}, cat="plural"),

    # mix: a shape the world does not have (cloud) -> nothing changes, the reply asks back
    C("mix-probe-1316", ["先画个 red circle", "然后旁边加一朵 blue 的 cloud ☁️"],
      ["red circle"], checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}},
      cat="unknown"),
    # writer AU:
    # Blind probe for dialogan, ids 1317-1348 (8 each: en, zhs, zht, mix).
    # Personas:
    #  - Marg, 71, retired piano teacher in Aberdeen. Types slowly and politely in whole sentences,
    #    British spelling ("colour", "centre"), "please", "lovely", "if you would".
    #  - Jaylen Zhou, 14, Chinese-American kid in Houston. All lowercase, slang ("yo", "bruh", "k", "lol"),
    #    sloppy typos, emoji; mixes in simplified Chinese he picked up at home.
    #  - 老秦, 56, taxi driver in Xi'an, types with one thumb on pinyin input: no punctuation, spaces instead of
    #    commas, northern words (整, 搁, 俩, 上头), pinyin slips (六遍形, 左下脚, 三脚形).
    #  - Kelly, 38, insurance agent in Hong Kong. Traditional characters, Cantonese (喺, 嘅, 畀, 嗰, 粒, 啲),
    #    code-switches to English nouns mid-sentence, "唔該", smileys.

    # en synonyms: "crimson disc" = red circle, "navy box" = blue square; greeting and remark around it
    C("en-probe-1317",
      ["Good morning. Could you please put a crimson disc in the upper right corner?",
       "Thank you. And a navy box right in the middle, if you don't mind."],
      ["red circle @top-right", "blue square @center"], cat="synonyms"),

    # en numbers: "three" as a word, "2" as a digit, sizes as "tiny"/"big"; unplaced adds
    C("en-probe-1318",
      ["yo gimme three tiny yellow stars lol",
       "now 2 big green triangles 🔥"],
      ["small yellow star", "small yellow star", "small yellow star",
       "large green triangle", "large green triangle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),

    # en multi: two adds in one message, then a move and a recolour in one polite question-shaped request
    C("en-probe-1319",
      ["I'd like a small green triangle in the bottom left corner and a large orange hexagon at the top, please.",
       "Lovely. Now would you move the triangle over to the bottom right, and colour the hexagon purple?"],
      ["small green triangle @bottom-right", "large purple hexagon @top"], cat="multi"),

    # en correction: recolour, then "i meant pink" replaces the colour just given
    C("en-probe-1320",
      ["put a blue circle on the left side",
       "make it red",
       "nah my bad i meant pink"],
      ["pink circle @left"], cat="correction"),

    # en question: which is lower (the diamond), then a yes/no about left-of; neither changes anything
    C("en-probe-1321",
      ["Please draw a large purple star in the top left, and a small cyan diamond in the bottom right.",
       "Which of the two is lower down on the page?",
       "And is the star to the left of the diamond?"],
      ["large purple star @top-left", "small cyan diamond @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["cyan"]},
              2: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),

    # en typo: dropped/swapped letters everywhere; "above it" puts the triangle in the cell above the centre
    C("en-probe-1322",
      ["drw a grene sqaure in teh midle",
       "now put an ornage triangel abov it"],
      ["green square @center", "orange triangle @top"], rel=[(1, "above", 0)], cat="typo"),

    # en unknown: a heart is not a shape of the world -> nothing changes, the reply asks back
    C("en-probe-1323",
      ["Please put a yellow circle at the top.",
       "And beside it, a little red heart, if you would."],
      ["yellow circle @top"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # en plural: "both hexagons" resizes every hexagon, the star stays as it is
    C("en-probe-1324",
      ["draw 2 brown hexagons pls",
       "add a pink star in the bottom right corner",
       "k now make both hexagons tiny"],
      ["small brown hexagon", "small brown hexagon", "pink star @bottom-right"], cat="plural"),

    # zhs synonyms: 大红 = red, 圆球 = circle, 墨绿 = green, 方块 = square; 整/搁 northern words
    C("zhs-probe-1325",
      ["你好 帮我整一个大红色的圆球 搁左上角",
       "再来个墨绿的方块 放正中间"],
      ["red circle @top-left", "green square @center"], cat="synonyms"),

    # zhs numbers: 四个 and 俩 (two); unplaced adds fill six regions
    C("zhs-probe-1326",
      ["来四个黄的小三角",
       "再加俩蓝色星星"],
      ["small yellow triangle", "small yellow triangle", "small yellow triangle", "small yellow triangle",
       "blue star", "blue star"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 6}}, cat="numbers"),

    # zhs correction: 不是菱形 是六边形 corrects the shape of the diamond just drawn; the circle stays
    C("zhs-probe-1327",
      ["先画个灰色圆形",
       "右边再画个紫色的菱形",
       "错了错了 不是菱形 是六边形"],
      ["gray circle @center", "purple hexagon @right"], cat="correction"),

    # zhs plural: 统统删掉 removes all three circles; the square (4th unplaced add, top-right) stays
    C("zhs-probe-1328",
      ["画三个绿色的圆",
       "再画一个红色方块",
       "绿色的圆统统删掉"],
      ["red square @top-right"], checks={2: {"n_objects": 1}}, cat="plural"),

    # zhs reshape: star becomes a diamond, colour and place kept (橘色 = orange)
    C("zhs-probe-1329",
      ["左下角画个橘色五角星",
       "星星看着别扭 给它换成菱形吧"],
      ["orange diamond @bottom-left"], cat="reshape"),

    # zhs question: colour of the triangle, then where the circle is; both keep the picture
    C("zhs-probe-1330",
      ["画一个粉色的大圆 再画一个蓝色的小三角形",
       "三角形是啥颜色",
       "那个圆在哪儿呢"],
      ["large pink circle @center", "small blue triangle @top-left"],
      checks={1: {"unchanged": True, "reply_any": ["蓝", "blue"]},
              2: {"unchanged": True, "reply_any": ["中间", "中央", "中心", "正中", "center"]}}, cat="question"),

    # zhs typo: pinyin slips 六遍形 (六边形), 左下脚 (左下角), 三脚形 (三角形); "它右边" = next cell to the right
    C("zhs-probe-1331",
      ["紫色的六遍形放左下脚",
       "再来个黄色三脚形 搁它右边"],
      ["purple hexagon @bottom-left", "yellow triangle @bottom"], rel=[(1, "right_of", 0)], cat="typo"),

    # zhs unknown: a crescent (月牙) is no shape of the world -> unchanged, asks back
    C("zhs-probe-1332",
      ["画个青色的正方形",
       "再整个黄色的月牙儿 搁它上头"],
      ["cyan square"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # zht synonyms (Cantonese): 深藍 = blue, 四方形 = square, 啡色 = brown, 圓點 = circle, 正中間 = centre
    C("zht-probe-1333",
      ["唔該幫我畫個深藍色嘅四方形喺右上角",
       "再加個啡色圓點喺正中間"],
      ["blue square @top-right", "brown circle @center"], cat="synonyms"),

    # zht multi: two adds with sizes in one message, then a move plus a recolour in one message
    C("zht-probe-1334",
      ["喺左邊畫個大嘅橙色三角形，跟住喺右邊畫個細嘅灰色星星",
       "將三角形搬去左上角，星星就轉做紫色"],
      ["large orange triangle @top-left", "small purple star @right"], cat="multi"),

    # zht correction: "not this one, the other one" after a recolour swaps which star got green
    C("zht-probe-1335",
      ["左上角畫粒黃色星星，右下角都畫一粒黃色星星",
       "將右下角嗰粒轉做綠色",
       "唔係呢粒呀，係另外嗰粒"],
      ["green star @top-left", "yellow star @bottom-right"], cat="correction"),

    # zht plural: 啲星星全部 recolours the three stars only, the purple circle stays purple
    C("zht-probe-1336",
      ["畫三粒紫色星星同一個紫色圓形",
       "啲星星全部轉做橙色啦"],
      ["orange star", "orange star", "orange star", "purple circle"],
      checks={0: {"n_objects": 4}}, cat="plural"),

    # zht reshape: change of mind "都係...好啲" turns the square into a hexagon, colour and place kept
    C("zht-probe-1337",
      ["喺中間畫個紅色正方形",
       "嗯…都係幫我改做六角形好啲"],
      ["red hexagon @center"], cat="reshape"),

    # zht question: which one is higher up (the brown diamond), then where the circle is
    C("zht-probe-1338",
      ["左下角畫個青色嘅圓形，右上角畫個棕色嘅菱形",
       "邊個喺上面啲？",
       "個圓形喺邊度？"],
      ["cyan circle @bottom-left", "brown diamond @top-right"],
      checks={1: {"unchanged": True, "reply_any": ["棕", "啡", "菱", "brown", "diamond"]},
              2: {"unchanged": True, "reply_any": ["左下", "bottom-left", "bottom left"]}}, cat="question"),

    # zht unknown: 幾粒 (a few) gives no number -> unchanged, asks how many
    C("zht-probe-1339",
      ["喺右邊畫個粉紅色六角形",
       "再加幾粒藍色星星吖"],
      ["pink hexagon @right"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # zht numbers: 五個 small circles (細細嘅), then one large triangle at a named corner
    C("zht-probe-1340",
      ["畫五個細細嘅綠色圓圈",
       "再喺右下角加一個大嘅紅色三角形"],
      ["small green circle", "small green circle", "small green circle", "small green circle",
       "small green circle", "large red triangle @bottom-right"],
      checks={0: {"n_objects": 5}, 1: {"n_objects": 6}}, cat="numbers"),

    # mix synonyms: English colour/shape/place words inside Cantonese: navy = blue, lime green = green, box = square
    C("mix-probe-1341",
      ["幫我畫個 navy 色嘅 circle 喺 top left 😊",
       "再嚟個 lime green 嘅 box 喺 bottom right"],
      ["blue circle @top-left", "green square @bottom-right"], cat="synonyms"),

    # mix numbers: Chinese numerals 三个/一个 inside English sentences
    C("mix-probe-1342",
      ["can u draw 三个 red triangles",
       "and 一个 big purple star at the bottom"],
      ["red triangle", "red triangle", "red triangle", "large purple star @bottom"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 4}}, cat="numbers"),

    # mix multi: add beside "佢" (it), then delete + recolour in one message
    C("mix-probe-1343",
      ["畫個 orange star 喺中間，再喺佢右邊畫個 grey hexagon",
       "然後 delete 個 star，hexagon 就轉 pink"],
      ["pink hexagon @right"], checks={0: {"n_objects": 2}, 1: {"n_objects": 1}}, cat="multi"),

    # mix correction: "要 diamond 不是 square" corrects the shape just added, colour and place kept
    C("mix-probe-1344",
      ["put a yellow square on the right side pls",
       "wait 我说错了 要 diamond 不是 square"],
      ["yellow diamond @right"], cat="correction"),

    # mix reshape: opinion plus "change 佢" turns the triangle into a circle
    C("mix-probe-1345",
      ["畫個 purple triangle 喺 bottom left",
       "個 triangle 我覺得做 circle 會靚啲，change 佢啦"],
      ["purple circle @bottom-left"], cat="reshape"),

    # mix question: where is the diamond (2nd unplaced add -> top-left), then how many shapes
    C("mix-probe-1346",
      ["draw a blue hexagon and a pink diamond",
       "那个 diamond 在哪里 bro",
       "how many shapes 现在"],
      ["blue hexagon @center", "pink diamond @top-left"],
      checks={1: {"unchanged": True, "reply_any": ["top-left", "top left", "左上"]},
              2: {"unchanged": True, "reply_any": ["2", "two", "两", "二"]}}, cat="question"),

    # mix typo: gren/triangel/bleu/sqaure typos in a Cantonese frame; "佢下面" = cell below the triangle
    C("mix-probe-1347",
      ["畫個 gren triangel 喺 centre",
       "再加個 bleu sqaure 喺佢下面"],
      ["green triangle @center", "blue square @bottom"], rel=[(1, "below", 0)], cat="typo"),

    # mix unknown: an arrow (箭头) is no shape of the world -> unchanged, asks back
    C("mix-probe-1348",
      ["draw a orange circle",
       "now put a purple 箭头 next to it"],
      ["orange circle"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),
    # writer AV:
    # Blind probe for dialogan, written without reading the code or running the program.
    # Personas (one per language, each with a voice of their own):
    #   en  - Gareth, 71, retired sheep farmer near Aberystwyth. His granddaughter put the app on his
    #         tablet. Chatty, British spelling ("colour", "centre", "grey"), calls everyone "love", says
    #         "ta", and his big fingers slip on the keys now and then.
    #   zhs - 王姐, 45, runs a hotpot restaurant in Chengdu and types on her phone between tables: short,
    #         fast, Sichuan words (嘛, 噻, 哦, 搁, 整, 啥子), pinyin-input slips when she is in a hurry.
    #   zht - 小妤, 16, high-school student in Kaohsiung doing a class project: 注音 shortcuts (ㄍ, ㄉ),
    #         emoji, ～ and ><, sentence-final 啦/欸/喔, spaces instead of commas.
    #   mix - Mr Lim, 38, accountant in Singapore: Singlish ("can", "lah", "leh", "liao", "lor", "aiyo"),
    #         switching between English and Chinese in the middle of a sentence.

    # --- English (Gareth) ---

    # synonyms: "scarlet ball" = red circle, "navy box" = blue square, two place idioms
    C("en-probe-1349",
      ["Afternoon! Could you pop a scarlet ball up in the top right corner for me, love?",
       "Lovely. Now a navy box slap bang in the middle, please."],
      ["red circle @top-right", "blue square @center"], cat="synonyms"),

    # numbers: a number written as a word, "little" = small, a remark around it; then a count question
    C("en-probe-1350",
      ["Right then. Four little orange stars please, the grandkids will be chuffed.",
       "How many's that on there now?"],
      ["small orange star", "small orange star", "small orange star", "small orange star"],
      checks={0: {"n_objects": 4}, 1: {"unchanged": True, "reply_any": ["4", "four"]}}, cat="numbers"),

    # correction: a place corrected ("not the top left, I meant ...") moves the object, adds nothing
    C("en-probe-1351",
      ["Put a purple hexagon in the top left, would you.",
       "Oh no, not the top left. I meant bottom right, sorry love."],
      ["purple hexagon @bottom-right"], checks={1: {"n_objects": 1}}, cat="correction"),

    # question: yes/no relation question; the diamond is on the left, so "yes"; nothing changes
    C("en-probe-1352",
      ["Morning! I'd like a green diamond on the left and a pink star on the right.",
       "Just so I've got it straight, is the diamond to the left of the star?"],
      ["green diamond @left", "pink star @right"],
      checks={1: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),

    # plural: "rings" = circles, then "colour them both" recolours the pair
    C("en-probe-1353",
      ["Could I have two brown rings please?",
       "Actually, colour them both yellow, please."],
      ["yellow circle", "yellow circle"], checks={0: {"n_objects": 2}, 1: {"n_objects": 2}}, cat="plural"),

    # reshape: an opinion ("look smarter as a triangle") beside a polite request changes the shape only
    C("en-probe-1354",
      ["Put a grey square down in the bottom left corner please.",
       "Do you know, I reckon that'd look smarter as a triangle. Would you change it to one?"],
      ["gray triangle @bottom-left"], checks={1: {"n_objects": 1}}, cat="reshape"),

    # typo: fat-finger slips in the verb, colour, shape and "the"
    C("en-probe-1355",
      ["cna you drwa a bule hexagn at teh top"],
      ["blue hexagon @top"], cat="typo"),

    # unknown: white cannot be drawn -> nothing changes, the reply asks back
    C("en-probe-1356",
      ["Put a red circle in the centre for me.",
       "And a white star beside it, ta."],
      ["red circle @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- Simplified Chinese (王姐, Chengdu) ---

    # numbers: 两个 large, then 三个 small, colour said after the shape
    C("zhs-probe-1357",
      ["给我整两个大的绿三角",
       "再来三个小方块，橙色的哈"],
      ["large green triangle", "large green triangle",
       "small orange square", "small orange square", "small orange square"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 5}}, cat="numbers"),

    # synonyms: 大红 (a colour, not a size), 圆球 = circle, 咖啡色 = brown, 方框 = square, 搁 = put
    C("zhs-probe-1358",
      ["正当中给我画个大红的圆球嘛",
       "咖啡色的方框搁右下角噻"],
      ["red circle @center", "brown square @bottom-right"], cat="synonyms"),

    # correction: 不是粉色，是紫色 recolours the hexagon just drawn
    C("zhs-probe-1359",
      ["画一个粉色的六边形",
       "哎呀不对不对，不是粉色，是紫色"],
      ["purple hexagon"], checks={1: {"n_objects": 1}}, cat="correction"),

    # question: colour of the object named by its place (the star on the right is orange)
    C("zhs-probe-1360",
      ["左边画个青色三角形，右边画个橙色的星星",
       "右边那个是啥子颜色哦？"],
      ["cyan triangle @left", "orange star @right"],
      checks={1: {"unchanged": True, "reply_any": ["橙"]}}, cat="question"),

    # multi: three steps in one message: add, add at a place, recolour the first
    C("zhs-probe-1361",
      ["中间画个蓝圆，然后左下角加个灰色星星，最后把圆改成黄的"],
      ["yellow circle @center", "gray star @bottom-left"], checks={0: {"n_objects": 2}}, cat="multi"),

    # plural: remove every diamond (两个) and keep the square
    C("zhs-probe-1362",
      ["右上角来个红色正方形",
       "再画两个紫色菱形",
       "菱形都不要了，全部删掉"],
      ["red square @top-right"], checks={1: {"n_objects": 3}, 2: {"n_objects": 1}}, cat="plural"),

    # typo: pinyin slips 有(右)上角, 篮(蓝)色, 三角行(形)
    C("zhs-probe-1363",
      ["在有上角画一个篮色的三角行"],
      ["blue triangle @top-right"], cat="typo"),

    # unknown: 几个 gives no number -> nothing changes, the reply asks how many
    C("zhs-probe-1364",
      ["先画一个绿色的五角星",
       "再给我弄几个橙色的圆圈嘛"],
      ["green star"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- Traditional Chinese (小妤, Kaohsiung) ---

    # synonyms: 一顆...星星, 粉紅色 = pink, 淺灰色 = gray, 方塊 = square, 正中間
    C("zht-probe-1365",
      ["幫我在正中間畫一顆粉紅色的星星✨",
       "左下角再加一個淺灰色的方塊"],
      ["pink star @center", "gray square @bottom-left"], cat="synonyms"),

    # numbers: 兩個 大大的 (large), then 三個 小小的 (small)
    C("zht-probe-1366",
      ["畫兩個大大的藍色圓形～",
       "再來三個小小的紅色三角形 ><"],
      ["large blue circle", "large blue circle",
       "small red triangle", "small red triangle", "small red triangle"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 5}}, cat="numbers"),

    # reshape: a complaint plus 改成六邊形 changes only the shape; colour and place stay
    C("zht-probe-1367",
      ["中間畫一個黃色正方形",
       "欸這個正方形好醜喔 幫我改成六邊形啦"],
      ["yellow hexagon @center"], checks={1: {"n_objects": 1}}, cat="reshape"),

    # question: where is the diamond? (top-left); nothing changes
    C("zht-probe-1368",
      ["左上角畫一個紫色菱形，右下角畫一個橙色圓形",
       "欸那個菱形在哪裡？"],
      ["purple diamond @top-left", "orange circle @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["左上", "top-left", "top left"]}}, cat="question"),

    # correction: 不是上面啦 是下面 moves the star from the top to the bottom, adds nothing
    C("zht-probe-1369",
      ["在上面畫一個綠色星星⭐",
       "不是上面啦 是下面"],
      ["green star @bottom"], checks={1: {"n_objects": 1}}, cat="correction"),

    # plural: 它們全部 recolours all three small squares
    C("zht-probe-1370",
      ["畫三個小的咖啡色正方形",
       "把它們全部變成綠色"],
      ["small green square", "small green square", "small green square"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 3}}, cat="plural"),

    # typo: 注音 shortcuts ㄍ (個) and ㄉ (的), place said after the shape, emoji
    C("zht-probe-1371",
      ["畫一ㄍ紫色ㄉ三角形在左邊😆"],
      ["purple triangle @left"], cat="typo"),

    # unknown: black cannot be drawn -> nothing changes, the reply asks back
    C("zht-probe-1372",
      ["右上角畫一個橙色圓形",
       "再在它旁邊畫一顆黑色的星星"],
      ["orange circle @top-right"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- Mixed English/Chinese (Mr Lim, Singapore) ---

    # synonyms: crimson = red, violet = purple, Chinese shape and place words inside English
    C("mix-probe-1373",
      ["hi can help me draw one crimson 星星 at the 右下角",
       "then one violet 圆圈 at top left ok"],
      ["red star @bottom-right", "purple circle @top-left"], cat="synonyms"),

    # numbers: English number word after a Chinese verb
    C("mix-probe-1374",
      ["画 five small pink circles lah"],
      ["small pink circle", "small pink circle", "small pink circle", "small pink circle",
       "small pink circle"],
      checks={0: {"n_objects": 5}}, cat="numbers"),

    # multi: recolour "it" and add a triangle to its left in one message
    C("mix-probe-1375",
      ["draw a green 方块 in the middle",
       "ok now make it 蓝色 and add a yellow triangle on its left"],
      ["blue square @center", "yellow triangle"], rel=[(1, "left_of", 0)],
      checks={1: {"n_objects": 2}}, cat="multi"),

    # question: which is higher? hexagon goes to the centre, diamond to the top-left -> the purple one
    C("mix-probe-1376",
      ["draw 一个 orange hexagon and a purple diamond",
       "which one higher ah, the hexagon or the diamond?"],
      ["orange hexagon", "purple diamond"], rel=[(1, "above", 0)],
      checks={1: {"unchanged": True, "reply_any": ["purple", "紫"]}}, cat="question"),

    # correction: a count corrected, four stars down to three
    C("mix-probe-1377",
      ["add 4 blue stars",
       "aiyo too many liao, 三个 enough"],
      ["blue star", "blue star", "blue star"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 3}}, cat="correction"),

    # reshape: a complaint in Chinese, the new shape in English
    C("mix-probe-1378",
      ["put a red circle top left",
       "hmm the circle 不好看 leh, make it a diamond instead"],
      ["red diamond @top-left"], checks={1: {"n_objects": 1}}, cat="reshape"),

    # typo: misspelt colour and shape in English, place in Chinese
    C("mix-probe-1379",
      ["draw a purpel sqaure 在中间 plz"],
      ["purple square @center"], cat="typo"),

    # unknown: gold cannot be drawn -> asks back; the next message's colour carries the add out
    C("mix-probe-1380",
      ["画一个 gray triangle at the bottom",
       "and a 金色 star next to it",
       "oh ok then orange lor"],
      ["gray triangle @bottom", "orange star"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}, 2: {"n_objects": 2}},
      cat="unknown"),
]


TWENTIETH = [
    # writer AW:
    # Blind probe AW for dialogan.
    # Personas:
    #  - Dee, a tired night-shift nurse typing on her phone between rounds: lowercase, "u", "pls", typos, apologises a lot.
    #  - Kai, a 15-year-old gamer: "yo", "ngl", "bruh", "lol", emoji, chat slang; mixes in Chinese with his cousin's phone.
    #  - Mr Hargreaves, a retired civil engineer: full sentences, British spelling, very precise placement words.
    #  - Ada, a Hong Kong office worker on her lunch break: Cantonese particles (唔該, 喺, 嘅, 咗, 啦) mixed with English.
    #  - 上海宝妈 drawing for her toddler ("宝宝要..."), and 东北大叔 ("整", "俩", "不对不对").
    #  - 台湾研究生 (欸, 啦, ㄉ, zhuyin/pinyin slips) and 阿嬤 who talks about herself in the third person.

    # --- English ---
    # synonyms: navy -> blue, ring -> circle, crimson -> red, box -> square (nurse)
    C("en-probe-1381",
      ["hi sorry long shift. can u put a navy ring in the top right corner",
       "thx. also a crimson box bottom left"],
      ["blue circle @top-right", "red square @bottom-left"],
      cat="synonyms"),
    # numbers: number as a word, then "two ... ones" of the same shape in another colour (gamer)
    C("en-probe-1382",
      ["yo put three red dots on there",
       "and like two blue ones too 😎"],
      ["red circle", "red circle", "red circle", "blue circle", "blue circle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}},
      cat="numbers"),
    # multi: two adds with sizes and a relation in one message, then remove + move in one message (engineer)
    C("en-probe-1383",
      ["Good afternoon. Please draw a large yellow hexagon in the centre, and a small grey diamond immediately to the right of it.",
       "Thank you. Kindly remove the hexagon, and then move the diamond to the top-left corner."],
      ["small gray diamond @top-left"],
      checks={0: {"n_objects": 2}},
      cat="multi"),
    # correction: recolour then "no i meant" another colour (nurse)
    C("en-probe-1384",
      ["make a pink star",
       "turn it orange",
       "no sorry i meant purple"],
      ["purple star"],
      checks={2: {"n_objects": 1}},
      cat="correction"),
    # question: yes/no relation question, teal -> cyan, "above it" (engineer)
    C("en-probe-1385",
      ["Draw a brown square in the lower right, please.",
       "Now a teal circle directly above it.",
       "Is the circle above the square?"],
      ["brown square @bottom-right", "cyan circle @right"],
      rel=[(1, "above", 0)],
      checks={2: {"unchanged": True, "reply_any": ["yes"]}},
      cat="question"),
    # unknown: a shape the world does not have (heart) -> nothing changes, asks back (gamer)
    C("en-probe-1386",
      ["yo make a red star",
       "now add a pink heart next to it lol"],
      ["red star"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}},
      cat="unknown"),
    # typo: misspelt verb, size, colour, shape, place words (nurse, half asleep)
    C("en-probe-1387",
      ["cn u draw a smal yelow triangel in teh top rihgt",
       "now mvoe it to bottm left corner"],
      ["small yellow triangle @bottom-left"],
      cat="typo"),
    # plural: remove all hexagons named in the plural, keep the star (gamer)
    C("en-probe-1388",
      ["can i get 2 blue hexagons and a yellow star",
       "ok now get rid of the hexagons, keep the star"],
      ["yellow star"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 1}},
      cat="plural"),

    # --- Simplified Chinese ---
    # reshape: toddler changes her mind, circle -> star (上海宝妈)
    C("zhs-probe-1389",
      ["宝宝要一个粉色的圆圈，放中间哈",
       "宝宝又改主意了，想把圆圈变成星星"],
      ["pink star @center"],
      checks={1: {"n_objects": 1}},
      cat="reshape"),
    # typo: pinyin-input slips 篮色(蓝色) 三角型 原形(圆形) (大学生)
    C("zhs-probe-1390",
      ["帮我在左下角画个篮色的三角型",
       "右上角再来个黄色的原形"],
      ["blue triangle @bottom-left", "yellow circle @top-right"],
      cat="typo"),
    # numbers: four small squares, then "俩就够" keeps two (东北大叔)
    C("zhs-probe-1391",
      ["给我整四个绿色的小方块",
       "多了多了，俩就够"],
      ["small green square", "small green square"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 2}},
      cat="numbers"),
    # question: colour of one object, asked casually (宝妈)
    C("zhs-probe-1392",
      ["画一个大的橙色三角形在上面，再画一个小的紫色圆在下面",
       "三角形是啥颜色来着？"],
      ["large orange triangle @top", "small purple circle @bottom"],
      checks={1: {"unchanged": True, "reply_any": ["橙", "orange"]}},
      cat="question"),
    # synonyms: 草绿色 -> green, 圆球 -> circle, 咖啡色 -> brown, 钻石 -> diamond, 紫罗兰色 -> purple, 六角形 -> hexagon
    C("zhs-probe-1393",
      ["来个草绿色的圆球",
       "再加一个咖啡色的钻石，还有一个紫罗兰色的六角形"],
      ["green circle", "brown diamond", "purple hexagon"],
      checks={1: {"n_objects": 3}},
      cat="synonyms"),
    # correction: colour denied and replaced right after the add (东北大叔)
    C("zhs-probe-1394",
      ["在右边整个灰色的六边形",
       "不对不对，不是灰的，要棕色的"],
      ["brown hexagon @right"],
      checks={1: {"n_objects": 1}},
      cat="correction"),
    # plural: recolour every star, the square stays (宝妈)
    C("zhs-probe-1395",
      ["画一个蓝色的正方形",
       "再画三个黄色的小星星",
       "把星星全部涂成红色"],
      ["blue square", "small red star", "small red star", "small red star"],
      checks={2: {"n_objects": 4}},
      cat="plural"),
    # unknown: 爱心 is not a shape of the world -> nothing changes, asks back (大学生)
    C("zhs-probe-1396",
      ["在中间画一个紫色的六边形",
       "再在左上角加一个橙色的爱心"],
      ["purple hexagon @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # --- Traditional Chinese ---
    # multi: two adds in one message, then move one and delete the other in one Cantonese message (Ada)
    C("zht-probe-1397",
      ["唔該幫我喺左上角畫個紅色正方形，再喺右下角畫個綠色三角形",
       "然後將個正方形搬去中間，三角形就刪咗佢"],
      ["red square @center"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 1}},
      cat="multi"),
    # reshape: diamond -> hexagon, place kept (台湾研究生)
    C("zht-probe-1398",
      ["欸幫我畫一個藍色的菱形在右上",
       "嗯…感覺怪怪的，把菱形改成六角形好了"],
      ["blue hexagon @top-right"],
      cat="reshape"),
    # question: how many things, asked by grandma (阿嬤); reduplicated sizes
    C("zht-probe-1399",
      ["幫阿嬤畫一個大大的黃色圓形",
       "再畫一個小小的綠色星星",
       "現在總共有幾個東西啊？"],
      ["large yellow circle", "small green star"],
      checks={2: {"unchanged": True, "reply_any": ["2", "兩", "二", "two"]}},
      cat="question"),
    # plural: Cantonese "刪晒" all the hexagons (Ada)
    C("zht-probe-1400",
      ["畫兩個紫色嘅六角形同一個橙色圓形",
       "將啲六角形全部刪晒"],
      ["orange circle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 1}},
      cat="plural"),
    # synonyms: 橘色 -> orange, 方框 -> square, 深藍色 -> blue, 圓點 -> circle (台湾研究生)
    C("zht-probe-1401",
      ["可以幫我畫一個橘色的方框嗎",
       "再來一個深藍色的圓點，放左邊"],
      ["orange square", "blue circle @left"],
      cat="synonyms"),
    # numbers: "幾個" -> asks how many, then the number is given (Ada)
    C("zht-probe-1402",
      ["畫幾個粉紅色嘅星星",
       "三個啦，唔該"],
      ["pink star", "pink star", "pink star"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}, 1: {"n_objects": 3}},
      cat="numbers"),
    # correction: "不是啦，我是說另一個" after a recolour -> the other red object gets the colour, circle back to red
    C("zht-probe-1403",
      ["畫一個紅色的圓形和一個紅色的三角形",
       "把圓形改成藍色",
       "不是啦，我是說另一個"],
      ["red circle", "blue triangle"],
      checks={2: {"n_objects": 2}},
      cat="correction"),
    # typo: 化(畫), ㄉ(的), 在(再), 腳(角) (台湾研究生 typing fast on zhuyin)
    C("zht-probe-1404",
      ["幫我化一個綠色ㄉ正方形",
       "在把它移到右下腳"],
      ["green square @bottom-right"],
      cat="typo"),

    # --- Mixed English / Chinese ---
    # unknown: "crescent moon" is not a shape of the world -> nothing changes, asks back (Ada)
    C("mix-probe-1405",
      ["first 畫一個 yellow star",
       "then 加個紫色 crescent moon 喺右邊"],
      ["yellow star"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}},
      cat="unknown"),
    # reshape: square -> hexagon said with an opinion (Kai with his cousin)
    C("mix-probe-1406",
      ["画个 red square 在 top left",
       "ngl 这个 square 有点丑, 改成 hexagon 吧"],
      ["red hexagon @top-left"],
      cat="reshape"),
    # multi: two adds in one message, then recolour one and delete the other in one message (Ada)
    C("mix-probe-1407",
      ["幫我 add 一個 blue triangle 喺 top，同埋一個 small orange square 喺 bottom",
       "ok, 將個 triangle 改做 green, 個 square 就刪咗佢"],
      ["green triangle @top"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 1}},
      cat="multi"),
    # question: where is the (unplaced) triangle -> center
    C("mix-probe-1408",
      ["在 bottom right 画一个 gray circle",
       "draw 一个 pink triangle too",
       "那个 triangle 在哪里?"],
      ["gray circle @bottom-right", "pink triangle @center"],
      checks={2: {"unchanged": True, "reply_any": ["center", "centre", "middle", "中"]}},
      cat="question"),
    # correction: place corrected right after the add (Kai)
    C("mix-probe-1409",
      ["加一个 orange circle 在 right",
       "oops 我是说 left 不是 right"],
      ["orange circle @left"],
      checks={1: {"n_objects": 1}},
      cat="correction"),
    # synonyms: scarlet -> red, rhombus -> diamond, aqua -> cyan, disc -> circle (Ada)
    C("mix-probe-1410",
      ["幫我畫個 scarlet 色嘅 rhombus",
       "再加一個 aqua 色 disc 喺 top right 唔該"],
      ["red diamond", "cyan circle @top-right"],
      cat="synonyms"),
    # plural: three hexagons, then all of them made small (Kai)
    C("mix-probe-1411",
      ["来三个 pink hexagons",
       "它们太大了 lol, all of them 变 small 吧"],
      ["small pink hexagon", "small pink hexagon", "small pink hexagon"],
      checks={1: {"n_objects": 3}},
      cat="plural"),
    # numbers: digits, then three more of the same (Ada)
    C("mix-probe-1412",
      ["畫 2 個 orange diamonds",
       "再嚟多 3 個一樣嘅"],
      ["orange diamond", "orange diamond", "orange diamond", "orange diamond", "orange diamond"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 5}},
      cat="numbers"),
    # writer AX:
    # Blind probe AX -- personas:
    #  * Dazza, an Australian tradesman typing on his phone between jobs: "g'day", "mate", "chuck", "whack",
    #    "reckon", "heaps", "righto"; casual, drops words.
    #  * A terse software engineer: lowercase, no articles, digits for numbers, as few words as possible.
    #  * 王奶奶, a mainland grandmother using voice input: no punctuation, talks to the "小朋友" on the screen,
    #    homophone slips from speech recognition (篮色 for 蓝色, 左上脚 for 左上角, 又下角 for 右下角).
    #  * 小瑜, a Taiwanese university student: traditional characters, 欸/啦/好了, zhuyin slips (ㄧ, ㄉ), emoji.
    #  * A Hong Kong / Singapore office worker who mixes English shape words into Cantonese or Mandarin.

    # en synonyms: navy->blue, box->square, scarlet->red, dot->circle, big/tiny sizes, Aussie place phrasing
    C("en-probe-1413",
      ["g'day mate, chuck a big navy box up in the top right corner would ya",
       "good on ya. now a tiny scarlet dot down the bottom left"],
      ["large blue square @top-right", "small red circle @bottom-left"], cat="synonyms"),

    # en numbers: terse engineer, digits, count of objects after two adds
    C("en-probe-1414",
      ["add 3 green triangles",
       "also 1 small yellow hexagon"],
      ["green triangle", "green triangle", "green triangle", "small yellow hexagon"],
      checks={1: {"n_objects": 4}}, cat="numbers"),

    # en correction: colour changed right after the add ("meant orange not red")
    C("en-probe-1415",
      ["whack a red star smack in the middle mate",
       "nah hang on, meant orange not red. my bad"],
      ["orange star @center"], checks={1: {"n_objects": 1}}, cat="correction"),

    # en question: comparison of height, must not change the picture
    C("en-probe-1416",
      ["draw pink diamond top left, brown circle bottom right",
       "which is higher?"],
      ["pink diamond @top-left", "brown circle @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["pink", "diamond"]}}, cat="question"),

    # en plural: "both circles" recolours the two circles only, not the star
    C("en-probe-1417",
      ["add 2 small cyan circles and 1 large cyan star",
       "make both circles orange"],
      ["small orange circle", "small orange circle", "large cyan star"],
      checks={1: {"n_objects": 3}}, cat="plural"),

    # en reshape: opinion + "turn it into one", British "centre", "grey"
    C("en-probe-1418",
      ["pop a grey square in the centre for us",
       "reckon it'd look heaps better as a hexagon mate, turn it into one"],
      ["gray hexagon @center"], checks={1: {"n_objects": 1}}, cat="reshape"),

    # en typo: swapped/dropped letters in verb, colour, shape and place, then a misspelt recolour
    C("en-probe-1419",
      ["drwa a yelow trinagle on teh rigth side pls",
       "thx now make it purpel"],
      ["purple triangle @right"], cat="typo"),

    # en unknown: a heart is no shape of the world -> nothing changes, asks back
    C("en-probe-1420",
      ["righto, whack a green star on there",
       "and a red heart next to it for the missus"],
      ["green star"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # zhs typo: voice-input homophones 篮色(蓝色), 左上脚(左上角), 又下角(右下角), no punctuation
    C("zhs-probe-1421",
      ["小朋友帮奶奶画一个篮色的圆圈放在左上脚",
       "再画一个黄色的星星放在又下角"],
      ["blue circle @top-left", "yellow star @bottom-right"], cat="typo"),

    # zhs synonyms: 大红->red, 五角星->star, 中央, 草绿->green, 方块->square
    C("zhs-probe-1422",
      ["来个大红色的五角星，放中央",
       "右下角再来个草绿色的小方块"],
      ["red star @center", "small green square @bottom-right"], cat="synonyms"),

    # zhs numbers: 三个 in words, 2 in digits
    C("zhs-probe-1423",
      ["给我画三个黄星星",
       "再加2个紫色三角形吧"],
      ["yellow star", "yellow star", "yellow star", "purple triangle", "purple triangle"],
      checks={1: {"n_objects": 5}}, cat="numbers"),

    # zhs question: colour of one object, with a remark in front
    C("zhs-probe-1424",
      ["画一个橙色的圆 再画一个粉色的菱形",
       "奶奶眼睛不好使 那个菱形是什么颜色的呀"],
      ["orange circle", "pink diamond"],
      checks={1: {"unchanged": True, "reply_any": ["粉", "pink"]}}, cat="question"),

    # zhs correction: place denied and replaced (不是左边 是右边) -> move, not a second object
    C("zhs-probe-1425",
      ["在左边画一个绿色的六边形",
       "哎呀说错了 不是左边 是右边"],
      ["green hexagon @right"], checks={1: {"n_objects": 1}}, cat="correction"),

    # zhs plural: 两个方块都 recolours both squares, leaves the circle
    C("zhs-probe-1426",
      ["画两个蓝色的正方形和一个黄色的圆",
       "把两个方块都涂成红色"],
      ["red square", "red square", "yellow circle"], cat="plural"),

    # zhs multi: three adds in one message, each with its own place, one with a size
    C("zhs-probe-1427",
      ["左上角画个紫色的星星，右下角画个黄色的菱形，中间再画个小的灰色三角形"],
      ["purple star @top-left", "yellow diamond @bottom-right", "small gray triangle @center"], cat="multi"),

    # zhs unknown: 爱心 (heart) is no shape of the world -> unchanged, asks back
    C("zhs-probe-1428",
      ["先画一个粉色的圆",
       "再画一颗红色的爱心给我孙女"],
      ["pink circle"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # zht synonyms: 橘色->orange, 方塊->square, 咖啡色->brown, 圓點->circle, 左下 place
    C("zht-probe-1429",
      ["欸幫我在右上角畫一個橘色的方塊",
       "再一個咖啡色的小圓點放左下"],
      ["orange square @top-right", "small brown circle @bottom-left"], cat="synonyms"),

    # zht reshape: polite request to change the shape of it
    C("zht-probe-1430",
      ["在中間畫一個紫色的圓形",
       "嗯…圓的好像怪怪的 可以把它改成星形嗎"],
      ["purple star @center"], checks={1: {"n_objects": 1}}, cat="reshape"),

    # zht question: where is the triangle -> answer says left, nothing changes
    C("zht-probe-1431",
      ["左邊畫一個藍色三角形 右邊畫一個黃色星星",
       "三角形現在在哪裡呀"],
      ["blue triangle @left", "yellow star @right"],
      checks={1: {"unchanged": True, "reply_any": ["左", "left"]}}, cat="question"),

    # zht correction: colour denied and replaced, size kept
    C("zht-probe-1432",
      ["畫一個小小的綠色菱形",
       "不是綠色啦 我要的是藍色 😅"],
      ["small blue diamond"], checks={1: {"n_objects": 1}}, cat="correction"),

    # zht plural: 它們 ... 全部縮小 shrinks all three
    C("zht-probe-1433",
      ["畫三個粉紅色的六角形",
       "它們太大了 全部縮小一點"],
      ["small pink hexagon", "small pink hexagon", "small pink hexagon"], cat="plural"),

    # zht typo: zhuyin slips ㄧ (一) and ㄉ (的), 三角型 for 三角形
    C("zht-probe-1434",
      ["幫我畫ㄧ個紅色ㄉ三角型 放右下角"],
      ["red triangle @bottom-right"], cat="typo"),

    # zht multi: steps in one message, the second placed above the first
    C("zht-probe-1435",
      ["先在中間畫一個灰色的圓，然後在它上面放一個黃色的正方形"],
      ["gray circle @center", "yellow square @top"], rel=[(1, "above", 0)], cat="multi"),

    # zht unknown: 月亮 (moon) is no shape of the world -> unchanged, asks back
    C("zht-probe-1436",
      ["幫我畫一個橘色星星",
       "旁邊再加一個月亮 🌙"],
      ["orange star"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # mix multi: two adds joined by Cantonese 同埋, English places
    C("mix-probe-1437",
      ["pls draw a red circle at top left 同埋一個藍色 square 喺 bottom right"],
      ["red circle @top-left", "blue square @bottom-right"], cat="multi"),

    # mix numbers: "4 个" digits with English objects, then "one big"
    C("mix-probe-1438",
      ["帮我 add 4 个 small yellow stars 谢谢",
       "再来 one big green diamond"],
      ["small yellow star", "small yellow star", "small yellow star", "small yellow star",
       "large green diamond"],
      checks={1: {"n_objects": 5}}, cat="numbers"),

    # mix correction: Cantonese 唔係 ... 係 ... with English colour words
    C("mix-probe-1439",
      ["畫個 purple hexagon 喺中間",
       "唔係 purple 呀，係 green"],
      ["green hexagon @center"], checks={1: {"n_objects": 1}}, cat="correction"),

    # mix reshape: "turn 它 into a circle", colour kept
    C("mix-probe-1440",
      ["draw 一个橙色的 triangle",
       "嗯 turn 它 into a circle 吧"],
      ["orange circle"], checks={1: {"n_objects": 1}}, cat="reshape"),

    # mix question: count asked in mixed words, nothing changes
    C("mix-probe-1441",
      ["add a blue star and a pink square",
       "现在 canvas 上一共有几个 shapes?"],
      ["blue star", "pink square"],
      checks={1: {"unchanged": True, "reply_any": ["2", "两", "兩", "two"]}}, cat="question"),

    # mix typo: doubled/dropped letters in English words, Chinese thanks
    C("mix-probe-1442",
      ["plz draw a greeen hexgon in the midle 谢谢"],
      ["green hexagon @center"], cat="typo"),

    # mix plural: "diamonds 全部删掉" removes both diamonds, keeps the circle
    C("mix-probe-1443",
      ["add 2 grey diamonds and 1 red circle",
       "ok 把 diamonds 全部删掉"],
      ["red circle"], checks={1: {"n_objects": 1}}, cat="plural"),

    # mix synonyms: navy->blue, box->square, violet->purple, ball->circle, Cantonese frame
    C("mix-probe-1444",
      ["畫一個 navy 色嘅 box 喺 top",
       "再嚟一個 violet 嘅 small ball 喺 bottom"],
      ["blue square @top", "small purple circle @bottom"], cat="synonyms"),
    # writer AY:
    # Blind probe AY (ids 1445-1476).
    # Personas:
    #  - Priya: an IT project coordinator in Bangalore, Indian English ("kindly", "do the needful",
    #    "itself", "only", "colour"), polite, sometimes typing fast on her phone.
    #  - Ms. Dana: a kindergarten teacher drawing on the class tablet with the children, chatty,
    #    relays what the kids say, lowercase, exclamation marks and emoji.
    #  - 老王: a Beijing taxi driver at a red light, northern slang (整, 来俩, 仨, 搁, 儿化), no patience.
    #  - 小周: a mainland university student, casual simplified Chinese, pinyin-input slips.
    #  - 林老師: a Taiwanese kindergarten teacher, traditional Chinese, 喔/～ particles, 橘色 for orange.
    #  - 阿Ken: a Hong Kong office worker typing Cantonese in traditional characters.
    #  - Wei Jie: a Malaysian Chinese student mixing English, simplified Chinese and Manglish (lah, lor, can?).

    # en synonyms: "navy blue ball" = blue circle at top-right; "scarlet box just below it" = red square below it
    C("en-probe-1445",
      ["Good morning! Kindly draw one navy blue ball in the top right corner itself.",
       "and one scarlet box just below it"],
      ["blue circle @top-right", "red square @right"], rel=[(1, "below", 0)], cat="synonyms"),

    # en numbers: number as a word, then a placed single add among chatter
    C("en-probe-1446",
      ["ok kiddos want stars!! can you put three yellow stars please",
       "and a green square down at the bottom for Maya"],
      ["yellow star", "yellow star", "yellow star", "green square @bottom"], cat="numbers"),

    # en correction: colour corrected in Indian English ("orange colour only, not red"), place kept
    C("en-probe-1447",
      ["Please make a red triangle on the left hand side.",
       "Sorry sorry, I meant orange colour only, not red"],
      ["orange triangle @left"], cat="correction"),

    # en question: comparison of height asked with a remark; picture unchanged, answer names cyan
    C("en-probe-1448",
      ["let's do a purple diamond at the bottom and a cyan circle up top",
       "which one is higher? Noah wants to know"],
      ["purple diamond @bottom", "cyan circle @top"],
      checks={1: {"unchanged": True, "reply_any": ["cyan"]}}, cat="question"),

    # en multi: three adds in one message with places and one size, wrapped in politeness
    C("en-probe-1449",
      ["Hello, please do the needful: one green hexagon in the center, one brown square at bottom right "
       "and a small gray star top left. Thanks in advance."],
      ["green hexagon @center", "brown square @bottom-right", "small gray star @top-left"], cat="multi"),

    # en plural: digit count, then "both circles" recoloured, then "them both" resized
    C("en-probe-1450",
      ["lets draw 2 blue circles boys and girls",
       "change both circles to pink please",
       "now make them both tiny"],
      ["small pink circle", "small pink circle"], cat="plural"),

    # en typo: misspelt colour/shape/side, British "centre", move to the right side
    C("en-probe-1451",
      ["pls draw a yelow sqaure in the centre",
       "now shift it to the rigth side"],
      ["yellow square @right"], cat="typo"),

    # en unknown: white moon cannot be drawn -> ask back, nothing changes; then a fresh add
    C("en-probe-1452",
      ["first a red circle in the middle",
       "can we put a white moon next to it please",
       "never mind, a yellow star beside the circle then"],
      ["red circle @center", "yellow star"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # zhs synonyms: 墨绿 = green, 方块儿 = square, 大红 = red, 三角 = triangle, 搁 = put
    C("zhs-probe-1453",
      ["给我整一个墨绿的方块儿，搁左下角",
       "右上角再来个大红的三角"],
      ["green square @bottom-left", "red triangle @top-right"], cat="synonyms"),

    # zhs numbers: 俩 = 2, 仨 = 3
    C("zhs-probe-1454",
      ["来俩紫色的五角星",
       "再来仨橙色三角形"],
      ["purple star", "purple star", "orange triangle", "orange triangle", "orange triangle"], cat="numbers"),

    # zhs correction: colour corrected by "要X，不要Y", place kept
    C("zhs-probe-1455",
      ["在右上角画个粉色的菱形",
       "哎呀我说错了，要棕色的，不要粉的"],
      ["brown diamond @top-right"], cat="correction"),

    # zhs plural: all circles removed by "圆圈都不要了，全删了", star stays
    C("zhs-probe-1456",
      ["画三个绿色的圆圈，再在右下角画一个灰色五角星",
       "圆圈都不要了，全删了吧"],
      ["gray star @bottom-right"], cat="plural"),

    # zhs reshape: the square ("方的") becomes a hexagon, colour and place kept
    C("zhs-probe-1457",
      ["在中间画一个橙色正方形",
       "方的太呆板了，改成六角形试试"],
      ["orange hexagon @center"], cat="reshape"),

    # zhs question: where is the triangle (left), then how many (2); nothing changes
    C("zhs-probe-1458",
      ["画一个红色三角形在左边，再画一个蓝色的星星在右边",
       "三角形现在在哪边呀",
       "一共画了多少个了"],
      ["red triangle @left", "blue star @right"],
      checks={1: {"unchanged": True, "reply_any": ["左"]}, 2: {"unchanged": True, "reply_any": ["2", "两", "二"]}},
      cat="question"),

    # zhs typo: pinyin slips 上脚 (上角), 三角型 (三角形), 有下角 (右下角)
    C("zhs-probe-1459",
      ["在左上脚画一个黄色的三角型",
       "把它移到有下角"],
      ["yellow triangle @bottom-right"], cat="typo"),

    # zhs unknown: gold cannot be drawn -> ask back; the answer "黄的" carries the star out in yellow
    C("zhs-probe-1460",
      ["整个金色的五角星",
       "那黄的也凑合"],
      ["yellow star"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),

    # zht multi: three placed adds in one message, teacher's particles
    C("zht-probe-1461",
      ["來～我們在中間畫一個黃色圓形，左上角畫一個綠色的三角形，右上角再畫一個紫色星星喔"],
      ["yellow circle @center", "green triangle @top-left", "purple star @top-right"], cat="multi"),

    # zht synonyms: 橘色 = orange, 鑽石 = diamond, 深紫色 = purple, 圓圈 = circle, 正中間 = center
    C("zht-probe-1462",
      ["在左下角畫一個橘色的鑽石",
       "再加一個深紫色的圓圈在正中間"],
      ["orange diamond @bottom-left", "purple circle @center"], cat="synonyms"),

    # zht plural: 它們都 made smaller
    C("zht-probe-1463",
      ["畫兩個粉紅色的正方形",
       "把它們都變小一點點"],
      ["small pink square", "small pink square"], cat="plural"),

    # zht correction (Cantonese): place corrected "唔係右上，係左上角" -> moved to top-left
    C("zht-probe-1464",
      ["右上角畫個藍色六角形",
       "搞錯咗，唔係右上，係左上角呀"],
      ["blue hexagon @top-left"], cat="correction"),

    # zht reshape: request with a question tag "好不好？" turns the circle into a star
    C("zht-probe-1465",
      ["下面畫一個紅色圓形",
       "圓形太普通了，我們把它變成星星好不好？"],
      ["red star @bottom"], cat="reshape"),

    # zht question (Cantonese): colour of the triangle, then how many shapes
    C("zht-probe-1466",
      ["畫一個大嘅灰色圓形同一個細嘅綠色三角形",
       "個三角形係咩顏色？",
       "而家總共有幾多個圖形？"],
      ["large gray circle", "small green triangle"],
      checks={1: {"unchanged": True, "reply_any": ["綠", "绿", "green"]},
              2: {"unchanged": True, "reply_any": ["2", "兩", "两", "二", "two"]}}, cat="question"),

    # zht numbers: 四顆 stars, then one 咖啡色 (brown) square
    C("zht-probe-1467",
      ["我們來畫四顆藍色的星星！",
       "再畫一個咖啡色的正方形"],
      ["blue star", "blue star", "blue star", "blue star", "brown square"], cat="numbers"),

    # zht unknown: a heart is not a shape of the world -> ask back, triangle stays
    C("zht-probe-1468",
      ["在右邊畫一個綠色的三角形",
       "再來一個紫色的愛心♥"],
      ["green triangle @right"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # mix typo: "cirlce", "trinagle" in Manglish with Chinese colours and place
    C("mix-probe-1469",
      ["eh draw one 红色 cirlce at 左上角 lah",
       "then one 蓝色 trinagle beside it"],
      ["red circle @top-left", "blue triangle"], cat="typo"),

    # mix multi: two placed adds, one small, in a "can help me ... 吗" request
    C("mix-probe-1470",
      ["can help me add 一个 blue square 在中间 and 一个 small orange star at bottom right 吗"],
      ["blue square @center", "small orange star @bottom-right"], cat="multi"),

    # mix question: where is the purple one (right), then how many (2)
    C("mix-probe-1471",
      ["左边画个 green hexagon, 右边 one purple hexagon",
       "the purple one where ah?",
       "now got how many shapes?"],
      ["green hexagon @left", "purple hexagon @right"],
      checks={1: {"unchanged": True, "reply_any": ["right", "右"]},
              2: {"unchanged": True, "reply_any": ["2", "two", "两", "二"]}}, cat="question"),

    # mix correction: colour corrected "no lah 我要 green 的"
    C("mix-probe-1472",
      ["draw a 黄色 triangle pls",
       "eh no lah 我要 green 的"],
      ["green triangle"], cat="correction"),

    # mix plural: three small red diamonds, then "them all" recoloured blue
    C("mix-probe-1473",
      ["add 三个 small 红色 diamonds",
       "把 them all 变 blue"],
      ["small blue diamond", "small blue diamond", "small blue diamond"], cat="plural"),

    # mix reshape: Manglish "change it into a 星星 can?" is a request
    C("mix-probe-1474",
      ["中间 put a pink square",
       "hmm change it into a 星星 can?"],
      ["pink star @center"], cat="reshape"),

    # mix unknown: black cannot be drawn -> ask back; answer "紫色" carries the star out on the right
    C("mix-probe-1475",
      ["draw a 黑色 star 在右边",
       "haiz then 紫色 lor"],
      ["purple star @right"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),

    # mix numbers: five circles, then "只要 3 个" -> the newest two go (center, top-left, top stay)
    C("mix-probe-1476",
      ["draw 5 个 cyan circles",
       "oops 太多了 just 3 enough"],
      ["cyan circle @top-left", "cyan circle @top", "cyan circle @center"], cat="numbers"),
]


TWENTY_FIRST = [
    # writer AZ:
    # Blind probe AZ (ids 1477-1508). Personas:
    #  - en:  Hamish, a sheep farmer in Aberdeenshire drawing on his phone between jobs; Scots words
    #         ("aye", "wee", "och", "naw", "gie's", "noo", "us" for me), few capitals, fat-finger typos.
    #  - zhs: Vivian, a Shanghai graphic designer who is fussy about colours; uses designer colour names
    #         (宝蓝, 翠绿, 柠檬黄, 明黄, 咖啡色, 浅灰), comments on taste, changes her mind.
    #  - zht: Ka-ho, a Form 3 pupil in Hong Kong typing fast Cantonese: 喺/嘅/啲/畀/整個/細, no punctuation,
    #         the usual HK slips (既 for 嘅, 係 for 喺, 型 for 形).
    #  - mix: Auntie Lim, a Singaporean auntie making pictures for her grandson; Singlish particles
    #         (lah, ah, aiyo, "can or not", "got how many"), English and Chinese words in one sentence,
    #         drops plural -s, some typos.

    # --- en: Hamish ---

    # synonyms: crimson -> red, ball -> circle, navy -> blue, box -> square; Scots fillers
    C("en-probe-1477",
      ["mornin. can ye pit a crimson ball up in the top left corner for us",
       "an a navy box doon at the bottom right, cheers"],
      ["red circle @top-left", "blue square @bottom-right"], cat="synonyms"),

    # numbers: "three wee" (number as a word, Scots "wee" = small), then one big hexagon on a side
    C("en-probe-1478",
      ["aye, three wee yellow stars please",
       "and one big green hexagon over on the right hand side"],
      ["small yellow star", "small yellow star", "small yellow star", "large green hexagon @right"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 4}}, cat="numbers"),

    # correction: "naw sorry, I meant pink" replaces the colour just drawn
    C("en-probe-1479",
      ["draw us a purple diamond in the middle",
       "naw sorry, I meant pink"],
      ["pink diamond @center"], checks={1: {"n_objects": 1}}, cat="correction"),

    # question: yes/no on a left-of relation, British "grey"; picture must not change
    C("en-probe-1480",
      ["stick a grey triangle on the left and an orange circle on the right",
       "quick question - is the triangle left of the circle?"],
      ["gray triangle @left", "orange circle @right"], rel=[(0, "left_of", 1)],
      checks={1: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),

    # unknown: black cannot be drawn -> ask back; the answer "brown then" carries the held add out
    C("en-probe-1481",
      ["put a green square in the middle, that's the field",
       "now a black diamond up top",
       "och, brown then"],
      ["green square @center", "brown diamond @top"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # plural: remove a shape named in the plural ("the hexagons"), with a remark in the first turn
    C("en-probe-1482",
      ["two pink hexagons and a pink star, it's for my granddaughter's card",
       "get rid o the hexagons"],
      ["pink star"], checks={0: {"n_objects": 3}, 1: {"n_objects": 1}}, cat="plural"),

    # reshape: said as a preference ("I'd rather it was a triangle"), size and place kept
    C("en-probe-1483",
      ["a big orange square at the bottom left",
       "ach I'd rather it was a triangle tbh"],
      ["large orange triangle @bottom-left"], cat="reshape"),

    # typo: drwa/yelow/rigth/bleu/botom, then "noo mak the circle purpel"
    C("en-probe-1484",
      ["drwa a yelow star at the top rigth and a bleu circle at the botom",
       "cheers pal, noo mak the circle purpel"],
      ["yellow star @top-right", "purple circle @bottom"], cat="typo"),

    # --- zhs: Vivian ---

    # synonyms: 宝蓝 -> blue, 翠绿 -> green, 圆 -> circle, "要大一点的" -> large
    C("zhs-probe-1485",
      ["帮我在正中间画一个宝蓝色的圆，要大一点的",
       "右上角再放个翠绿的菱形"],
      ["large blue circle @center", "green diamond @top-right"], cat="synonyms"),

    # correction: 不是大红，要橘色 -> orange (大红 is a colour, not a size)
    C("zhs-probe-1486",
      ["左下角来个大红色三角形",
       "不对不对，不是大红，要橘色的"],
      ["orange triangle @bottom-left"], checks={1: {"n_objects": 1}}, cat="correction"),

    # question: colour of the star, asked with a remark about the screen; nothing changes
    C("zhs-probe-1487",
      ["画一个咖啡色的五角星和一个浅灰色的六边形",
       "等一下，五角星到底是什么颜色？我这屏幕有点偏色"],
      ["brown star", "gray hexagon"],
      checks={1: {"unchanged": True, "reply_any": ["棕", "咖啡", "brown"]}}, cat="question"),

    # reshape: 方的太硬了，改成圆形吧 -> the square becomes a circle in place
    C("zhs-probe-1488",
      ["在左边画一个粉色的正方形",
       "方的太硬了，改成圆形吧"],
      ["pink circle @left"], cat="reshape"),

    # plural: 把它们都换成柠檬黄 -> all three stars recoloured yellow, still small
    C("zhs-probe-1489",
      ["画三个紫色的小星星",
       "把它们都换成柠檬黄"],
      ["small yellow star", "small yellow star", "small yellow star"], cat="plural"),

    # unknown: 莫兰迪色 is no hue -> nothing changes, asks back
    C("zhs-probe-1490",
      ["在中间画个蓝色方块",
       "嗯…颜色不太对，换成莫兰迪色"],
      ["blue square @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # multi: three adds in one message, each with its own size/colour/place (明黄 -> yellow, 三角 -> triangle)
    C("zhs-probe-1491",
      ["左上角放一个小的青色圆，右下角放一个大的紫色六边形，下面中间再来一个明黄色三角"],
      ["small cyan circle @top-left", "large purple hexagon @bottom-right", "yellow triangle @bottom"],
      cat="multi"),

    # numbers: four dots, then "留两个就行" -> two remain
    C("zhs-probe-1492",
      ["来四个粉色的圆点",
       "太多了太多了，留两个就行"],
      ["pink circle", "pink circle"], checks={0: {"n_objects": 4}, 1: {"n_objects": 2}}, cat="numbers"),

    # --- zht: Ka-ho ---

    # synonyms: Cantonese 啡色 -> brown, 深藍 -> blue, 四方形 -> square, 整個 = make one
    C("zht-probe-1493",
      ["喂 喺中間畫個啡色嘅圓 快啲",
       "右上角再整個深藍色四方形"],
      ["brown circle @center", "blue square @top-right"], cat="synonyms"),

    # typo: HK slips 既 for 嘅, 係 for 喺, 六邊型 for 六邊形
    C("zht-probe-1494",
      ["畫個綠色既星星係左邊",
       "再畫個黃色既六邊型係右邊"],
      ["green star @left", "yellow hexagon @right"], cat="typo"),

    # correction of the place: 唔係呀 我講緊右下角 -> the triangle ends at the bottom right, still one object
    C("zht-probe-1495",
      ["喺左下角畫個紫色三角形",
       "唔係呀 我講緊右下角"],
      ["purple triangle @bottom-right"], checks={1: {"n_objects": 1}}, cat="correction"),

    # plural: 將啲星全部變做綠色 -> both stars green, circle untouched
    C("zht-probe-1496",
      ["畫兩個紅色嘅星 同埋一個藍色嘅圓",
       "將啲星全部變做綠色"],
      ["green star", "green star", "blue circle"], cat="plural"),

    # question: where is the circle (個圓喺邊度呀); 細 = small; space between two instructions
    C("zht-probe-1497",
      ["左上角畫個大嘅橙色菱形 右邊畫個細嘅灰色圓",
       "個圓喺邊度呀"],
      ["large orange diamond @top-left", "small gray circle @right"],
      checks={1: {"unchanged": True, "reply_any": ["右", "right"]}}, cat="question"),

    # reshape: 將佢變做六角形啦, with a remark
    C("zht-probe-1498",
      ["中間畫個粉紅色嘅正方形",
       "將佢變做六角形啦 正方形好悶"],
      ["pink hexagon @center"], cat="reshape"),

    # unknown: a heart (心心) is no shape of the world -> nothing changes, asks back
    C("zht-probe-1499",
      ["喺左邊畫個黃色星",
       "旁邊加個紅色心心 ❤️"],
      ["yellow star @left"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # numbers: digit 4 and word 兩, each group with its own size (細 / 大)
    C("zht-probe-1500",
      ["畫4個黃色嘅細圓 再畫兩個紫色嘅大正方形"],
      ["small yellow circle", "small yellow circle", "small yellow circle", "small yellow circle",
       "large purple square", "large purple square"],
      checks={0: {"n_objects": 6}}, cat="numbers"),

    # --- mix: Auntie Lim ---

    # synonyms/mix: "can ... or not" is a request; 绿绿的 -> green; "on top" -> top cell
    C("mix-probe-1501",
      ["hello ah, can help me draw one 红色 circle in the middle or not",
       "then put one 绿绿的 star on top lah"],
      ["red circle @center", "green star @top"], cat="synonyms"),

    # multi: three adds in one mixed message, each with its own place
    C("mix-probe-1502",
      ["aiyo draw 一个 pink colour 的 square at top left, 一个 orange 的 triangle at bottom right, and one grey 的 diamond at the left"],
      ["pink square @top-left", "orange triangle @bottom-right", "gray diamond @left"], cat="multi"),

    # correction: not 紫色 lah, 要 blue
    C("mix-probe-1503",
      ["draw a 紫色 hexagon at the right side",
       "aiya wrong already, not 紫色 lah, 要 blue"],
      ["blue hexagon @right"], checks={1: {"n_objects": 1}}, cat="correction"),

    # question: Singlish count question "now got how many shapes ah?"
    C("mix-probe-1504",
      ["draw 3 yellow 星星",
       "now got how many shapes ah?"],
      ["yellow star", "yellow star", "yellow star"],
      checks={1: {"unchanged": True, "reply_any": ["3", "three", "三"]}}, cat="question"),

    # unknown: gold cannot be drawn -> ask back; the next message names yellow and the circle is drawn
    C("mix-probe-1505",
      ["draw one gold colour circle for my grandson, 他最喜欢金色",
       "then 黄色 also can lah"],
      ["yellow circle"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),

    # reshape: "this one change to 圆形 can?" is a request, not a question
    C("mix-probe-1506",
      ["put a 蓝色 square in the centre pls",
       "hmm this one change to 圆形 can?"],
      ["blue circle @center"], cat="reshape"),

    # plural: "the circles 全部 remove" removes both circles, keeps the triangle
    C("mix-probe-1507",
      ["draw two brown circle and one 粉红 triangle",
       "the circles 全部 remove"],
      ["pink triangle"], checks={0: {"n_objects": 3}, 1: {"n_objects": 1}}, cat="plural"),

    # typo: drow/grean/diamnd, then "make it smal"
    C("mix-probe-1508",
      ["pls drow a grean diamnd at the top",
       "and make it smal"],
      ["small green diamond @top"], cat="typo"),
    # writer BA:
    # Blind probe BA, ids en 1509-1516, zhs 1517-1524, zht 1525-1532, mix 1533-1540.
    #
    # Personas (invented for this probe):
    #  - Jaylen, 15, American high-schooler texting on his phone: lowercase, slang ("ok bet", "lmao"),
    #    "u" for you, emoji, no punctuation.
    #  - Kevin Zhao, a Chinese PhD student in Vancouver: careful but slightly non-native English with
    #    Canadian/British spelling ("centre", "colour"), types fast and makes slips, and mixes Chinese and
    #    English freely when he is relaxed.
    #  - 王嬢嬢, who runs a small snack shop in Chengdu: Sichuan words (整, 搁, 啥子, 嘛, 哦), casual, short.
    #  - 林小姐, an office assistant in Taipei: very polite traditional Chinese (麻煩您, 不好意思, 謝謝, 請問),
    #    Taiwanese words (橘色, 方塊, 鵝黃) and the occasional zhuyin-input slip.

    # --- English -------------------------------------------------------------------------------
    # synonyms: "teal" -> cyan, "dot" -> circle, "tiny" -> small, place with "up in ... corner"; teen slang + emoji
    C("en-probe-1509", ["yo can u put a tiny teal dot up in the top right corner 😎"],
      ["small cyan circle @top-right"], cat="synonyms"),

    # correction: colour corrected by naming the intended one (scarlet -> navy), place and size kept
    C("en-probe-1510", ["Hello, could you please draw a large scarlet square in the centre?",
                        "Sorry, my mistake. I wanted navy, not scarlet."],
      ["large blue square @center"], checks={1: {"n_objects": 1}}, cat="correction"),

    # numbers: number in words, then a count correction keeps only two
    C("en-probe-1511", ["can u draw four yellow triangles real quick",
                        "wait thats way too many lmao just two"],
      ["yellow triangle", "yellow triangle"], checks={0: {"n_objects": 4}, 1: {"n_objects": 2}}, cat="numbers"),

    # question: yes/no check of a relation; the picture must not change
    C("en-probe-1512", ["Please draw a green circle on the left side and a brown diamond on the right side.",
                        "Is the circle on the left of the diamond?"],
      ["green circle @left", "brown diamond @right"],
      checks={1: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),

    # unknown: a shape the world does not have (heart) -> nothing changes, asks back
    C("en-probe-1513", ["draw a blue star pls", "ok now put a heart next to it 💖"],
      ["blue star"], checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # reshape: said as a preference about "it", politely hedged
    C("en-probe-1514", ["Please draw an orange triangle at the top.",
                        "Actually, I would prefer it as a hexagon, if it's not too much trouble."],
      ["orange hexagon @top"], cat="reshape"),

    # multi: recolour "it" plus two placed adds in one run-on message
    C("en-probe-1515", ["draw a gray square in the middle",
                        "ok bet. make it red then throw a green circle in the bottom left and a yellow star top right"],
      ["red square @center", "green circle @bottom-left", "yellow star @top-right"], cat="multi"),

    # typo: slips in verb, size, colour and place words, then a slipped move of "it"
    C("en-probe-1516", ["Plese draw a smal pinkk hexagon in the bottm right",
                        "thanks, now mvoe it to the top lefft corner"],
      ["small pink hexagon @top-left"], cat="typo"),

    # --- Simplified Chinese --------------------------------------------------------------------
    # synonyms: 草绿 -> green, 方块 -> square, 紫罗兰色 -> purple, 圆球 -> circle; Sichuan 整/搁
    C("zhs-probe-1517", ["帮我整一个草绿色的方块，搁到右上角嘛", "再来个紫罗兰色的圆球，搁左下角"],
      ["green square @top-right", "purple circle @bottom-left"], cat="synonyms"),

    # plural: three stars added, then all of them ("它们全部") recoloured
    C("zhs-probe-1518", ["给我整三个粉红的星星嘛", "把它们全部都弄成紫色的嘛"],
      ["purple star", "purple star", "purple star"], checks={1: {"n_objects": 3}}, cat="plural"),

    # correction: "不是三角形…要的是菱形" right after the add -> the shape is corrected in place
    C("zhs-probe-1519", ["在正中间画个黄色三角形", "哎呀搞错了，不是三角形哦，我要的是菱形"],
      ["yellow diamond @center"], checks={1: {"n_objects": 1}}, cat="correction"),

    # question: colour of the object at a named place, Sichuan "啥子"; nothing changes
    C("zhs-probe-1520", ["左下角画一个咖啡色的圆，右下角画一个蓝色的六边形", "左下角那个是啥子颜色哦？"],
      ["brown circle @bottom-left", "blue hexagon @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["棕", "咖啡", "brown"]}}, cat="question"),

    # unknown: 爱心 is not a shape of the world -> unchanged, asks back
    C("zhs-probe-1521", ["先整个红色的圆", "再在旁边整个爱心嘛"],
      ["red circle"], checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # multi: a move and a removal in one message
    C("zhs-probe-1522", ["画一个红色的方块和一个绿色的三角形", "把方块挪到右下角去，三角形删了"],
      ["red square @bottom-right"], checks={1: {"n_objects": 1}}, cat="multi"),

    # reshape: remark + "把它变成星星"
    C("zhs-probe-1523", ["在左边画个紫色的圆圈", "圆圈看起来怪怪的，把它变成星星嘛"],
      ["purple star @left"], cat="reshape"),

    # typo: pinyin slips 有上角 (右上角), 化 (画), 正方型 (正方形)
    C("zhs-probe-1524", ["帮我在有上角化个橙色的正方型"],
      ["orange square @top-right"], cat="typo"),

    # --- Traditional Chinese -------------------------------------------------------------------
    # numbers: two small triangles, then three more circles -> five in all
    C("zht-probe-1525", ["不好意思，麻煩您幫我畫兩個小的綠色三角形，謝謝", "另外再加三個咖啡色的圓形喔"],
      ["small green triangle", "small green triangle", "brown circle", "brown circle", "brown circle"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 5}}, cat="numbers"),

    # correction: the place was wrong -> the star ends at the corrected corner
    C("zht-probe-1526", ["您好，請在右上角畫一個藍色的星形", "抱歉，我剛剛說錯了，應該是左上角才對"],
      ["blue star @top-left"], checks={1: {"n_objects": 1}}, cat="correction"),

    # question: how many shapes, polite form with 多少個; nothing changes
    C("zht-probe-1527", ["麻煩您畫一個紫色的圓形、一個黃色的正方形，還有一個粉紅色的菱形",
                         "請問一下，現在畫面裡總共有多少個圖形呢？"],
      ["purple circle", "yellow square", "pink diamond"],
      checks={1: {"unchanged": True, "reply_any": ["3", "三"]}}, cat="question"),

    # plural: one on each side (各畫一個), then both recoloured
    C("zht-probe-1528", ["請幫我在左邊跟右邊各畫一個橘色的星星", "麻煩把它們兩個都改成藍色，謝謝您"],
      ["blue star @left", "blue star @right"], cat="plural"),

    # synonyms: 鵝黃 -> yellow, 方塊 -> square, 正下方 -> bottom, 深紅 -> red, 圓球 -> circle, 它上面 -> above it
    C("zht-probe-1529", ["可以麻煩您在正下方畫一個鵝黃色的方塊嗎？謝謝～", "再麻煩在它上面放一個深紅色的圓球"],
      ["yellow square @bottom", "red circle"], rel=[(1, "above", 0)], cat="synonyms"),

    # reshape: polite question form is a request to reshape
    C("zht-probe-1530", ["麻煩在右下角畫一個灰色的正方形", "不好意思，可以把它改成圓形嗎？"],
      ["gray circle @bottom-right"], cat="reshape"),

    # unknown: black cannot be drawn -> unchanged, asks back
    C("zht-probe-1531", ["請在中間畫一個綠色的圓形", "再麻煩您在它上面畫一個黑色的三角形"],
      ["green circle @center"], checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # typo: zhuyin homophone slips 又下角 (右下角), 話 (畫), 正方型, trailing ㄛ
    C("zht-probe-1532", ["幫我在又下角話一個紫色的正方型ㄛ"],
      ["purple square @bottom-right"], cat="typo"),

    # --- Mixed English / Chinese ---------------------------------------------------------------
    # multi: two placed adds, languages switched mid-sentence
    C("mix-probe-1533", ["hi 帮我画个 red circle 在 top left, then 中间放一个 blue square"],
      ["red circle @top-left", "blue square @center"], cat="multi"),

    # correction: colour corrected with "说错了，应该是 purple"
    C("mix-probe-1534", ["add a 绿色 hexagon at the bottom", "sorry 说错了，应该是 purple 的"],
      ["purple hexagon @bottom"], checks={1: {"n_objects": 1}}, cat="correction"),

    # numbers: digit count with mixed words, plus one placed large star
    C("mix-probe-1535", ["can you 画 3 个 small pink circles, 再加一个 big 紫色 star 在 bottom right"],
      ["small pink circle", "small pink circle", "small pink circle", "large purple star @bottom-right"],
      checks={0: {"n_objects": 4}}, cat="numbers"),

    # unknown: "a handful" gives no number -> unchanged, asks how many
    C("mix-probe-1536", ["first 画一个 brown triangle", "ok 再加 a handful of 绿色 dots"],
      ["brown triangle"], checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # plural: both small diamonds made bigger -> large
    C("mix-probe-1537", ["画两个 small gray diamonds", "把 both of them 变大一点"],
      ["large gray diamond", "large gray diamond"], checks={1: {"n_objects": 2}}, cat="plural"),

    # question: colour of the star asked half in Chinese; nothing changes
    C("mix-probe-1538", ["put a 橙色的 triangle on the right, 再在 left 放一个 pink star", "the star 是什么颜色来着？"],
      ["orange triangle @right", "pink star @left"],
      checks={1: {"unchanged": True, "reply_any": ["pink", "粉"]}}, cat="question"),

    # reshape: "这个 square 换成 star shape"
    C("mix-probe-1539", ["draw a large 蓝色 square in the middle", "emm 这个 square 换成 star shape 吧"],
      ["large blue star @center"], cat="reshape"),

    # typo: English slips (yelow, triangel) and a pinyin slip 录色 (绿色); add below "it"
    C("mix-probe-1540", ["pls draw a yelow triangel 在右上角", "and a 录色 circle below it"],
      ["yellow triangle @top-right", "green circle"], rel=[(1, "below", 0)], cat="typo"),
    # writer BB:
    # Blind probe BB (ids 1541-1572). Personas, invented for this probe:
    #  - Emeka: a Lagos accountant typing Nigerian English on his phone during lunch ("abeg", "oya", "o",
    #    "please I need"), quick thumbs, sometimes sloppy spelling.
    #  - 老王: a factory worker from Shenyang typing simplified Chinese with northeastern words
    #    (整, 搁, 俩, 老铁, 瞅着不得劲), pinyin-input slips when he hurries.
    #  - 陳師傅: a retired Cantonese-speaking chef in Hong Kong typing traditional Chinese, mostly spoken
    #    Cantonese (唔該, 畀, 喺, 嘅, 啲, 佢, 細), now and then plain written Chinese the way he learnt it.
    #  - Mei: a Singaporean mum drawing with her toddler, switching between English and Chinese inside a
    #    sentence, Singlish particles (lah, leh), reporting what the kid wants.

    # --- English ---------------------------------------------------------------------------------
    # synonyms: crimson -> red, disc -> circle, navy -> blue, box -> square; Nigerian English frame
    C("en-probe-1541",
      ["good evening o! abeg draw me a crimson disc for the top right corner",
       "oya add one navy box down at the bottom left 🙏"],
      ["red circle @top-right", "blue square @bottom-left"], cat="synonyms"),
    # numbers: word numbers in one message, then "2 more" of the stars (copies of the star kind)
    C("en-probe-1542",
      ["Please I need three yellow stars and two green triangles, thank you",
       "add 2 more of the yellow stars"],
      ["yellow star", "yellow star", "yellow star", "yellow star", "yellow star",
       "green triangle", "green triangle"],
      checks={0: {"n_objects": 5}, 1: {"n_objects": 7}}, cat="numbers"),
    # correction: place corrected in the next turn ("not left. I meant the right side")
    C("en-probe-1543",
      ["put a purple hexagon on the left side",
       "sorry o, not left. I meant the right side"],
      ["purple hexagon @right"], cat="correction"),
    # question: comparison of size, answered by the orange diamond; picture unchanged
    C("en-probe-1544",
      ["draw a big orange diamond in the middle and a small pink star at the bottom",
       "Which of them is larger?"],
      ["large orange diamond @center", "small pink star @bottom"],
      checks={1: {"unchanged": True, "reply_any": ["orange", "diamond"]}}, cat="question"),
    # reshape: Mei reports her son's change of mind; circle -> triangle, colour kept
    C("en-probe-1545",
      ["my son wants a green circle lah",
       "he changed his mind 😅 turn the circle into a triangle pls"],
      ["green triangle"], cat="reshape"),
    # multi: three operations in one message (move to a corner, recolour, remove)
    C("en-probe-1546",
      ["draw a blue square, a red star and a grey hexagon",
       "ok now move the star down to the bottom right corner, make the square orange and remove the hexagon abeg"],
      ["orange square @center", "red star @bottom-right"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 2}}, cat="multi"),
    # typo: swapped/dropped letters everywhere, then a pronoun move with more slips
    C("en-probe-1547",
      ["drwa a smal yelow trinagle at teh top",
       "moev it to the botom rihgt pls"],
      ["small yellow triangle @bottom-right"], cat="typo"),
    # unknown: a shape the world does not have (heart) -> nothing changes, asks back
    C("en-probe-1548",
      ["draw a brown square",
       "now put a red heart beside it"],
      ["brown square"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- simplified Chinese ----------------------------------------------------------------------
    # synonyms: 墨绿 -> green, 方块 -> square, 咖啡色 -> brown, 五角星 -> star; northeastern 整/搁
    C("zhs-probe-1549",
      ["老铁，给我整一个墨绿色的方块，搁正中间",
       "再来个咖啡色五角星，放最下面"],
      ["green square @center", "brown star @bottom"], cat="synonyms"),
    # numbers: 俩 (two) and 四个 in one message, the second add small
    C("zhs-probe-1550",
      ["整俩橙色三角形，再整四个小灰圆"],
      ["orange triangle", "orange triangle",
       "small gray circle", "small gray circle", "small gray circle", "small gray circle"],
      checks={0: {"n_objects": 6}}, cat="numbers"),
    # correction: colour denied and replaced (不是黄的，是紫的)
    C("zhs-probe-1551",
      ["在右下角画个黄色菱形",
       "不对不对，不是黄的，是紫的"],
      ["purple diamond @bottom-right"], cat="correction"),
    # multi: three placed adds in one message, then a removal and a recolour in one message
    C("zhs-probe-1552",
      ["左上角画个粉色圆形，右下角画个绿色三角形，中间再来个棕色星星",
       "把圆形删了，三角形改成红色"],
      ["red triangle @bottom-right", "brown star @center"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 2}}, cat="multi"),
    # question: where is the square? answer names the right side; no question mark typed
    C("zhs-probe-1553",
      ["画一个紫色正方形在右边，再画个橙色圆在左边",
       "那个正方形在哪儿呢"],
      ["purple square @right", "orange circle @left"],
      checks={1: {"unchanged": True, "reply_any": ["右", "right"]}}, cat="question"),
    # plural: all three diamonds removed by a plural reference, the circle stays
    C("zhs-probe-1554",
      ["画三个青色菱形和一个黄色圆",
       "那些菱形都不要了，全给我去掉"],
      ["yellow circle"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 1}}, cat="plural"),
    # reshape: a remark (瞅着不得劲) plus a reshape of 它 into a hexagon
    C("zhs-probe-1555",
      ["整个红色正方形搁右上角",
       "这方块瞅着不得劲，给它改成六边形吧"],
      ["red hexagon @top-right"], cat="reshape"),
    # typo: pinyin-input slips 篮色(蓝色) 圆行(圆形) 右下脚(右下角) 黄涩(黄色) 三脚形(三角形)
    C("zhs-probe-1556",
      ["画一个篮色的圆行在右下脚",
       "再画一个黄涩的三脚形"],
      ["blue circle @bottom-right", "yellow triangle"], cat="typo"),

    # --- traditional Chinese (Hong Kong) ---------------------------------------------------------
    # synonyms: 粉紅 -> pink, 星星 -> star, 淺灰 -> gray, 方塊 -> square; Cantonese frames
    C("zht-probe-1557",
      ["早晨！唔該幫我喺右上角畫個粉紅色嘅星星",
       "再喺左下角整個淺灰色嘅方塊"],
      ["pink star @top-right", "gray square @bottom-left"], cat="synonyms"),
    # numbers: 五個 small (細細) triangles, then 加多兩個 circles
    C("zht-probe-1558",
      ["幫我畫五個細細嘅藍色三角形",
       "再加多兩個綠色圓形"],
      ["small blue triangle", "small blue triangle", "small blue triangle", "small blue triangle",
       "small blue triangle", "green circle", "green circle"],
      checks={0: {"n_objects": 5}, 1: {"n_objects": 7}}, cat="numbers"),
    # correction: Cantonese 唔係...我要嘅係... correcting the place
    C("zht-probe-1559",
      ["喺左邊畫個橙色六角形",
       "唔係左邊呀，我要嘅係右邊"],
      ["orange hexagon @right"], cat="correction"),
    # question: written-Chinese comparison (哪一個比較大), answered by the green square
    C("zht-probe-1560",
      ["畫一個大的綠色正方形和一個小的紫色圓形",
       "哪一個比較大？"],
      ["large green square", "small purple circle"],
      checks={1: {"unchanged": True, "reply_any": ["綠", "绿", "green", "正方", "square"]}}, cat="question"),
    # reshape: opinion + 改做菱形 (Cantonese "change into")
    C("zht-probe-1561",
      ["喺中間畫個黃色圓形",
       "呢個圓形唔係幾好睇，改做菱形啦"],
      ["yellow diamond @center"], cat="reshape"),
    # plural: 把星星都改成紫色 recolours both stars, the square keeps its colour
    C("zht-probe-1562",
      ["畫兩個紅色星星跟一個藍色方塊",
       "把星星都改成紫色"],
      ["purple star", "purple star", "blue square"],
      checks={0: {"n_objects": 3}}, cat="plural"),
    # unknown: 幾個 (a few) names no number -> nothing changes, asks how many
    C("zht-probe-1563",
      ["喺左上角畫個啡色六角形",
       "再加幾個綠色三角形"],
      ["brown hexagon @top-left"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),
    # typo: 籃色 (for 藍色), 三角型 (for 三角形), then 佢 moved to a corner
    C("zht-probe-1564",
      ["唔該畫個籃色嘅三角型喺右下角",
       "將佢移去左上角"],
      ["blue triangle @top-left"], cat="typo"),

    # --- mixed English / Chinese -----------------------------------------------------------------
    # multi: two adds in one message, the second placed relative to the first (在星星右边)
    C("mix-probe-1565",
      ["宝宝 wants a 粉色 star at the top lah, and a 浅绿 circle 在星星右边"],
      ["pink star @top", "green circle @top-right"], rel=[(1, "right_of", 0)], cat="multi"),
    # numbers: 两个 / 1 个 / 三个 mixed with English nouns in plural
    C("mix-probe-1566",
      ["draw 两个 yellow hexagons and 1 个 red square please",
       "再来三个 blue diamonds"],
      ["yellow hexagon", "yellow hexagon", "red square", "blue diamond", "blue diamond", "blue diamond"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 6}}, cat="numbers"),
    # correction: "wrong colour, I mean orange 橙色的" after a cyan diamond
    C("mix-probe-1567",
      ["画一个 cyan 的 diamond 在 bottom right",
       "aiya wrong colour, I mean orange 橙色的"],
      ["orange diamond @bottom-right"], cat="correction"),
    # question: colour of the star asked in mixed words; picture unchanged
    C("mix-probe-1568",
      ["put a green star top left and a blue circle bottom right",
       "the star 是什么颜色?"],
      ["green star @top-left", "blue circle @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["green", "绿", "綠"]}}, cat="question"),
    # reshape: 把 square 变成圆形, size colour and place kept
    C("mix-probe-1569",
      ["draw a big purple square in the middle",
       "my girl says 把 square 变成圆形 leh"],
      ["large purple circle @center"], cat="reshape"),
    # plural: "make them all 大一点" resizes the three small stars just added
    C("mix-probe-1570",
      ["draw 三个 small orange stars",
       "hmm too small, make them all 大一点"],
      ["large orange star", "large orange star", "large orange star"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 3}}, cat="plural"),
    # unknown: "some 小星星" names no number -> nothing changes, asks how many
    C("mix-probe-1571",
      ["draw a red triangle in the middle",
       "now add some 小星星 for her, blue ones ok"],
      ["red triangle @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),
    # typo: drw/gren/purpel/rigth around Chinese shape and place words, two adds in one line
    C("mix-probe-1572",
      ["drw a gren 三角形 at the 左边 and a purpel 圆圈 on the rigth"],
      ["green triangle @left", "purple circle @right"], cat="typo"),
]


TWENTY_SECOND = [
    # writer BC:
    # Blind probe BC (ids en 1573-1580, zhs 1581-1588, zht 1589-1596, mix 1597-1604).
    # Personas:
    #  - Maureen, 78, a retired shop assistant from Cork (en): chatty, Irish turns of phrase ("would you ever",
    #    "right so", "thanks a million"), British spelling, remarks about her grandson and late husband, and
    #    shaky fingers on the tablet (swapped/dropped letters).
    #  - 阿伟 Ah Wai, a Guangzhou food-delivery rider (zhs) who dictates into his phone between orders: run-on
    #    sentences with no punctuation, fillers ("嗯", "那个", "喂"), "搞一个", and homophone slips from the
    #    voice/pinyin input (篮色, 又边, 三角型).
    #  - 秀蘭阿嬤, a grandmother in Tainan (zht) learning the iPad her grandson set up: calls herself 阿嬤,
    #    ends sentences with 喔/啦/好不好, types ㄉ for 的, talks about her eyesight.
    #  - Kevin 小凯, 8, a Chinese-American kid in San Jose (mix) who goes to Saturday Chinese school: mixes
    #    English and Mandarin inside one sentence, lowercase, "u", "plz", "lol", emoji, kid spelling.

    # --- English: Maureen from Cork ---
    # synonyms: scarlet -> red, ring -> circle, navy -> blue, box -> square, little -> small; remarks around requests
    C("en-probe-1573",
      ["Hello there, my grandson Cian set this up for me. Would you ever put a scarlet ring up in the top right corner for me",
       "Lovely. And a little navy box down in the bottom left, please"],
      ["red circle @top-right", "small blue square @bottom-left"], cat="synonyms"),
    # numbers: "three" in words (unplaced), then "one big" placed at the bottom
    C("en-probe-1574",
      ["Right so, could I have three yellow stars please",
       "and one big green diamond at the very bottom, thanks a million"],
      ["yellow star", "yellow star", "yellow star", "large green diamond @bottom"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 4}}, cat="numbers"),
    # multi: two adds in one message, then a removal and a recolour in one message; British "centre"/"grey"
    C("en-probe-1575",
      ["draw a pink circle in the centre and a grey triangle over on the left",
       "Now take away the circle and make the triangle orange, good man"],
      ["orange triangle @left"], cat="multi"),
    # correction: place corrected ("I meant ... not the top") -> the hexagon goes to the bottom
    C("en-probe-1576",
      ["Put a purple hexagon at the top there please",
       "Ah no, sorry, I meant down at the bottom, not the top. My eyes aren't the best"],
      ["purple hexagon @bottom"], cat="correction"),
    # question: which is bigger -> the large red square; the picture must not change
    C("en-probe-1577",
      ["A big red square on the right hand side please, and a small blue circle on the left",
       "Which of the two is the bigger one? I can't make it out on this screen at all"],
      ["large red square @right", "small blue circle @left"],
      checks={1: {"unchanged": True, "reply_any": ["red", "square"]}}, cat="question"),
    # typo: swapped/dropped/doubled letters in verb, colour, shape and place words
    C("en-probe-1578",
      ["cna you draw a brwon hexagn in the top lefft",
       "thnaks a milion. now moev it to the bottom rihgt corner"],
      ["brown hexagon @bottom-right"], cat="typo"),
    # unknown: a heart is not a shape of the world -> nothing changes, asks back
    C("en-probe-1579",
      ["put a green star in the middle for me, would you",
       "and a red heart next to it, that's for my Dermot, God rest him"],
      ["green star @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),
    # reshape: an opinion remark, then "change it to a diamond instead"; turquoise -> cyan, "a big one" -> large
    C("en-probe-1580",
      ["Could you do me a turquoise triangle, a big one, up in the top left",
       "Hmm, that looks like a road sign. Would you change it to a diamond instead"],
      ["large cyan diamond @top-left"], cat="reshape"),

    # --- Simplified Chinese: Ah Wai, delivery rider on voice input ---
    # plural: two circles, then 它们两个都 recoloured
    C("zhs-probe-1581",
      ["帮我画两个紫色的圆圈",
       "嗯那个把它们两个都改成黄色的"],
      ["yellow circle", "yellow circle"],
      checks={1: {"n_objects": 2}}, cat="plural"),
    # correction: 不是X是Y with no punctuation (voice input) -> recolour to brown
    C("zhs-probe-1582",
      ["喂你帮我在右上角画一个橙色的六边形",
       "不对不对不是橙色是咖啡色"],
      ["brown hexagon @top-right"], cat="correction"),
    # question: which one is higher -> the blue star; nothing changes
    C("zhs-probe-1583",
      ["那个左下角画一个绿色的三角形然后右上角画一个蓝色的星星",
       "那哪个在上面啊"],
      ["green triangle @bottom-left", "blue star @top-right"], rel=[(1, "above", 0)],
      checks={1: {"unchanged": True, "reply_any": ["蓝", "星"]}}, cat="question"),
    # typo: homophone input slips 篮色 (蓝色), 又边 (右边), 三角型; add to the right of "it"
    C("zhs-probe-1584",
      ["在中间画一个篮色的圆形",
       "在它又边再画一个黄色三角型"],
      ["blue circle @center", "yellow triangle @right"], rel=[(1, "right_of", 0)], cat="typo"),
    # reshape: 方块 -> 六边形 with a remark-like complaint, colour/size/place kept
    C("zhs-probe-1585",
      ["给我搞一个大的粉色方块放左边",
       "嗯这个方块看着怪怪的变成六边形算了"],
      ["large pink hexagon @left"], cat="reshape"),
    # numbers: digit 3 with 小小的, then 两个 大的
    C("zhs-probe-1586",
      ["帮我画3个小小的红色五角星",
       "然后再来两个大的灰色圆圈"],
      ["small red star", "small red star", "small red star", "large gray circle", "large gray circle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),
    # multi: two adds, then a move and a removal joined by 然后
    C("zhs-probe-1587",
      ["画一个青色的菱形和一个棕色的圆",
       "嗯那个把菱形挪到右下角然后那个圆删掉吧"],
      ["cyan diamond @bottom-right"], cat="multi"),
    # unknown: 几个 names no number -> nothing changes, asks how many
    C("zhs-probe-1588",
      ["右上角来一个紫色的星星",
       "嗯再来几个黄色的圆圈随便放哪里都行"],
      ["purple star @top-right"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- Traditional Chinese: 秀蘭阿嬤 in Tainan ---
    # synonyms: 大紅色 is a colour (no size said), ㄉ for 的, 墨綠色 -> green, 方塊 -> square, remark first
    C("zht-probe-1589",
      ["乖孫教我用這個，阿嬤想要一個大紅色ㄉ圓圈放中間",
       "再一個墨綠色的小方塊，放在右下角喔"],
      ["red circle @center", "small green square @bottom-right"], cat="synonyms"),
    # plural: three stars, 全部 recoloured, then the top-left one removed
    C("zht-probe-1590",
      ["畫三個黃色ㄉ星星給阿嬤看",
       "全部都改成粉紅色",
       "左上角那個拿掉好了"],
      ["pink star @top", "pink star @center"],
      checks={1: {"n_objects": 3}, 2: {"n_objects": 2}}, cat="plural"),
    # question: colour of the triangle -> brown; remark about eyesight after the question
    C("zht-probe-1591",
      ["右邊畫一個小的咖啡色三角形",
       "左邊畫一個大的藍色六角形",
       "那個三角形是什麼顏色啊？阿嬤眼睛不好看不清楚"],
      ["small brown triangle @right", "large blue hexagon @left"],
      checks={2: {"unchanged": True, "reply_any": ["棕", "咖啡", "啡", "brown"]}}, cat="question"),
    # reshape: 圓的 -> 星星 with a 好不好 tag (a request, not a question)
    C("zht-probe-1592",
      ["幫阿嬤在上面畫一個橘色的圓形",
       "嗯…圓的太普通了，換成星星好不好"],
      ["orange star @top"], cat="reshape"),
    # correction: place corrected 不是左下角啦，是右上角 -> moved to top-right
    C("zht-probe-1593",
      ["畫一個灰色的菱形在左下角",
       "哎呀不是左下角啦，是右上角"],
      ["gray diamond @top-right"], cat="correction"),
    # numbers: 兩個 small + 一個 large in one message, then 一顆 with measure word
    C("zht-probe-1594",
      ["阿嬤要兩個小的綠色圓圈跟一個大的紫色正方形",
       "再加一顆黃色星星"],
      ["small green circle", "small green circle", "large purple square", "yellow star"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 4}}, cat="numbers"),
    # unknown: black cannot be drawn -> nothing changes, asks back
    C("zht-probe-1595",
      ["在中間畫一個藍色的正方形",
       "旁邊再畫一個黑色ㄉ圓圈"],
      ["blue square @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),
    # multi: two adds after a colon, then resize (大一點) and recolour in one message
    C("zht-probe-1596",
      ["幫我畫：左上角一個小的紅色三角形，右下角一個藍色圓形",
       "三角形弄大一點，圓形換成綠色的"],
      ["large red triangle @top-left", "green circle @bottom-right"], cat="multi"),

    # --- Mixed: Kevin 小凯, 8, San Jose ---
    # synonyms: 大大的 -> large, lime -> green, ball -> circle, violet -> purple, 星星 -> star, 小 -> small
    C("mix-probe-1597",
      ["hi!! can u draw a 大大的 lime 色 ball in the middle 😀",
       "and a 小 violet 星星 on top"],
      ["large green circle @center", "small purple star @top"], cat="synonyms"),
    # plural: 两个 squares + 一个 triangle, then "both squares" recoloured
    C("mix-probe-1598",
      ["draw 两个 red squares and 一个 blue triangle",
       "make both squares 黄色的 plz"],
      ["yellow square", "yellow square", "blue triangle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 3}}, cat="plural"),
    # typo: yuo, pruple, rigth, smal around a Chinese shape word
    C("mix-probe-1599",
      ["can yuo draw a pruple 六边形 on the rigth side",
       "make it smal pls"],
      ["small purple hexagon @right"], cat="typo"),
    # question: colour of the 菱形 -> pink; nothing changes
    C("mix-probe-1600",
      ["put a orange star at the top left and a pink diamond at the bottom right",
       "wait what color is the 菱形 again? i forgot lol"],
      ["orange star @top-left", "pink diamond @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["pink", "粉"]}}, cat="question"),
    # multi: two mixed adds, then a move to a corner and a delete in one message
    C("mix-probe-1601",
      ["画一个 brown circle 在 top and 一个 gray star 在 bottom",
       "ok now move the circle to the 左下角 and delete the star"],
      ["brown circle @bottom-left"], cat="multi"),
    # correction: "the other one" after a recolour -> left back to red, right one purple
    C("mix-probe-1602",
      ["draw a red circle on the left and a yellow circle on the right",
       "make the 左边的 circle purple",
       "nooo the other one 😭"],
      ["red circle @left", "purple circle @right"], cat="correction"),
    # reshape: "turn it into a 三角形", colour and place kept
    C("mix-probe-1603",
      ["我要一个 green square 在 center",
       "ummm can u turn it into a 三角形"],
      ["green triangle @center"], cat="reshape"),
    # numbers: 五个 (Chinese numeral) dots, then digit 1 big box placed
    C("mix-probe-1604",
      ["i want 五个 cyan dots!!",
       "and 1 big orange box in the bottom right corner"],
      ["cyan circle", "cyan circle", "cyan circle", "cyan circle", "cyan circle", "large orange square @bottom-right"],
      checks={0: {"n_objects": 5}, 1: {"n_objects": 6}}, cat="numbers"),
    # writer BD:
    # Blind probe BD (ids 1605-1636).
    # Personas:
    #  - Thandi (en): a South African structural engineer in Durban, terse, British spelling,
    #    SA slang ("howzit", "lekker", "ag", "ja", "hey"), types fast on site, lots of slips.
    #  - Teacher Zhou (zhs): a Hangzhou primary-school teacher showing the tool to her class,
    #    talks to "同学们/小朋友们", warm fillers, pinyin-input slips when she hurries.
    #  - Ah Fai (zht): a Macau casino dealer typing Cantonese on his phone between shifts,
    #    唔該/畀/喺/嘅/啦, measure word 粒, short messages.
    #  - Vivian (mix): a Hong Kong private banker who writes half English half Cantonese,
    #    "pls", "thx", "ar", "la", abbreviations, code-switches mid-sentence.

    # en synonyms: "navy" -> blue, "ring" -> circle; "scarlet" -> red, "box" -> square; remark "lekker."
    C("en-probe-1605",
      ["howzit! pop a navy ring in the top right corner for me",
       "lekker. now a scarlet box smack in the middle"],
      ["blue circle @top-right", "red square @center"], cat="synonyms"),

    # en numbers: digit and word counts in one message, sizes "small" / "big", unplaced
    C("en-probe-1606",
      ["Right, I need 3 small yellow triangles, then two big grey hexagons as well."],
      ["small yellow triangle", "small yellow triangle", "small yellow triangle",
       "large gray hexagon", "large gray hexagon"],
      checks={0: {"n_objects": 5}}, cat="numbers"),

    # en multi: recolour one object and move another in one message
    C("en-probe-1607",
      ["Morning. Green star on the left side, pink diamond on the right side please.",
       "make the star orange and shift the diamond down to the bottom right corner"],
      ["orange star @left", "pink diamond @bottom-right"],
      checks={1: {"n_objects": 2}}, cat="multi"),

    # en correction: "I meant brown, not purple" right after the add -> recolour, place kept
    C("en-probe-1608",
      ["put a purple hexagon up at the top",
       "ag sorry, I meant brown, not purple"],
      ["brown hexagon @top"],
      checks={1: {"n_objects": 1}}, cat="correction"),

    # en reshape: "rather make it a star hey" turns the circle into a star in place
    C("en-probe-1609",
      ["chuck a red circle in the bottom left corner",
       "hmm, rather make it a star hey"],
      ["red star @bottom-left"], cat="reshape"),

    # en question: colour of "the round one" and a yes/no about above; nothing changes
    C("en-probe-1610",
      ["a teal square top left and an orange circle bottom right, thanks",
       "what colour is the round one?",
       "is the square sitting above the circle?"],
      ["cyan square @top-left", "orange circle @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["orange"]},
              2: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),

    # en typo: transposed / dropped letters; "to the right" from the centre lands on the right
    C("en-probe-1611",
      ["pls drwa a smal pruple diamnod in the centre",
       "now mvoe it to the rihgt"],
      ["small purple diamond @right"], cat="typo"),

    # en unknown: a heart is not a shape of the world -> nothing changes, asks back
    C("en-probe-1612",
      ["a green triangle on the right please",
       "and put a red heart next to it"],
      ["green triangle @right"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # zhs synonyms: 草绿色 -> green, 方块 -> square; 枣红色 -> red, 五角星 -> star
    C("zhs-probe-1613",
      ["同学们注意看，老师先在左上角画一个草绿色的方块",
       "然后右下角再来一个枣红色的五角星"],
      ["green square @top-left", "red star @bottom-right"], cat="synonyms"),

    # zhs numbers: 四个 + 一个 in one message, then a count question (5)
    C("zhs-probe-1614",
      ["小朋友们跟老师一起数：先画四个橙色三角形，再画一个紫色的圆",
       "好，现在画面上一共有几个图形呀？"],
      ["orange triangle", "orange triangle", "orange triangle", "orange triangle", "purple circle"],
      checks={0: {"n_objects": 5}, 1: {"unchanged": True, "reply_any": ["5", "五"]}}, cat="numbers"),

    # zhs multi: three adds each with its own place in one sentence
    C("zhs-probe-1615",
      ["老师要在左边画一个粉色的菱形，右边画一个咖啡色的六边形，中间再放一个灰色的圆"],
      ["pink diamond @left", "brown hexagon @right", "gray circle @center"],
      checks={0: {"n_objects": 3}}, cat="multi"),

    # zhs correction: 不是三角形，是正方形 -> reshape in place, colour kept
    C("zhs-probe-1616",
      ["在最上面画一个蓝色的三角形",
       "哎呀，老师说错了，不是三角形，是正方形"],
      ["blue square @top"],
      checks={1: {"n_objects": 1}}, cat="correction"),

    # zhs plural: every circle recoloured and shrunk (这几个 / 全部)
    C("zhs-probe-1617",
      ["画三个绿色的圆",
       "把这几个圆都换成紫色的，然后全部变小"],
      ["small purple circle", "small purple circle", "small purple circle"],
      checks={1: {"n_objects": 3}}, cat="plural"),

    # zhs question: colour of the star, place of the square; nothing changes
    C("zhs-probe-1618",
      ["在右上角画一个黄色的星星，左下角画一个红色的正方形",
       "星星是什么颜色的呀？",
       "那正方形在哪儿呢？"],
      ["yellow star @top-right", "red square @bottom-left"],
      checks={1: {"unchanged": True, "reply_any": ["黄", "黃", "yellow"]},
              2: {"unchanged": True, "reply_any": ["左下", "bottom left", "bottom-left"]}}, cat="question"),

    # zhs unknown: 梯形 (trapezoid) is not a shape of the world -> unchanged, asks back
    C("zhs-probe-1619",
      ["先在中间画一个红色圆形",
       "再画一个蓝色的梯形给小朋友们看看"],
      ["red circle @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # zhs typo: pinyin slips 右变/左变 (边), 篮色 (蓝), 三角行 (形), 粽色 (棕), 正方型
    C("zhs-probe-1620",
      ["在右变画一个篮色的三角行",
       "再在左变画个粽色的正方型"],
      ["blue triangle @right", "brown square @left"], cat="typo"),

    # zht synonyms (Cantonese): 朱古力色 -> brown; 檸檬黃 -> yellow, 粒星 -> star
    C("zht-probe-1621",
      ["幫手喺右下角整個朱古力色嘅圓形",
       "再喺左上角加粒檸檬黃色嘅星"],
      ["brown circle @bottom-right", "yellow star @top-left"], cat="synonyms"),

    # zht plural: 兩個都 recolours both squares (四方形 -> square)
    C("zht-probe-1622",
      ["我想要兩個藍色嘅四方形",
       "兩個都轉做綠色啦，唔該"],
      ["green square", "green square"],
      checks={1: {"n_objects": 2}}, cat="plural"),

    # zht reshape: 改做菱形 after a remark that it looks bad; colour and place kept
    C("zht-probe-1623",
      ["喺左邊畫個橙色嘅三角形",
       "個三角形唔係幾好睇，改做菱形啦"],
      ["orange diamond @left"], cat="reshape"),

    # zht correction of place: 唔係右上角，我要左下角 -> moved to bottom-left
    C("zht-probe-1624",
      ["畀個粉紅色嘅六角形我，放喺右上角",
       "唔係右上角呀，我要左下角"],
      ["pink hexagon @bottom-left"],
      checks={1: {"n_objects": 1}}, cat="correction"),

    # zht question (Cantonese): where is the star (邊度), what colour is the circle (咩色)
    C("zht-probe-1625",
      ["上面畫個紅色嘅圓形，下面畫個青色嘅星",
       "個星喺邊度呀？",
       "圓形係咩色？"],
      ["red circle @top", "cyan star @bottom"],
      checks={1: {"unchanged": True, "reply_any": ["下", "bottom"]},
              2: {"unchanged": True, "reply_any": ["紅", "红", "red"]}}, cat="question"),

    # zht numbers: 五粒細細 small diamonds, then 加多兩個 -> 7 objects
    C("zht-probe-1626",
      ["唔該畫五粒細細嘅黃色菱形",
       "再加多兩個紫色圓形"],
      ["small yellow diamond", "small yellow diamond", "small yellow diamond", "small yellow diamond",
       "small yellow diamond", "purple circle", "purple circle"],
      checks={0: {"n_objects": 5}, 1: {"n_objects": 7}}, cat="numbers"),

    # zht multi: unplaced square -> center, circle -> top-left; then move + recolour in one message
    C("zht-probe-1627",
      ["畫個灰色正方形同埋一個紅色圓形",
       "將個方形移去右邊，跟住個圓形轉做黃色"],
      ["gray square @right", "yellow circle @top-left"],
      checks={1: {"n_objects": 2}}, cat="multi"),

    # zht unknown colour: black cannot be drawn -> asks back; answer 紫色 carries the add out
    C("zht-probe-1628",
      ["畫個黑色嘅三角形",
       "咁就紫色啦"],
      ["purple triangle"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]},
              1: {"n_objects": 1}}, cat="unknown"),

    # mix synonyms: maroon -> red, violet -> purple, with Cantonese frame
    C("mix-probe-1629",
      ["hi 幫我 draw 一個 maroon 色嘅 diamond 喺 top left, thx",
       "再加個 violet hexagon 喺 bottom right"],
      ["red diamond @top-left", "purple hexagon @bottom-right"], cat="synonyms"),

    # mix plural: "all of them 大啲" resizes the three stars
    C("mix-probe-1630",
      ["畫 three pink stars pls",
       "make all of them 大啲"],
      ["large pink star", "large pink star", "large pink star"],
      checks={1: {"n_objects": 3}}, cat="plural"),

    # mix reshape: "change 佢 to a triangle" in the centre, colour kept
    C("mix-probe-1631",
      ["add 一個 orange circle in the middle",
       "hmm 唔夠 sharp, change 佢 to a triangle la"],
      ["orange triangle @center"], cat="reshape"),

    # mix correction of count: 4 triangles then "只要 two 個" -> the newest two go
    C("mix-probe-1632",
      ["放 4 個 green triangles",
       "aiya typo 呀, 我只要 two 個 咋"],
      ["green triangle", "green triangle"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 2}}, cat="correction"),

    # mix question: which is higher (the blue square), then how many (2); nothing changes
    C("mix-probe-1633",
      ["draw 一個 yellow hexagon at the bottom 同 一個 blue square at the top",
       "邊個 higher ar?",
       "how many shapes 而家?"],
      ["yellow hexagon @bottom", "blue square @top"],
      checks={1: {"unchanged": True, "reply_any": ["blue", "square", "藍", "蓝", "方"]},
              2: {"unchanged": True, "reply_any": ["2", "two", "兩", "两", "二"]}}, cat="question"),

    # mix typo: grren / triangel / purpel / teh inside mixed sentences
    C("mix-probe-1634",
      ["pls add a grren triangel 喺 right side",
       "then 一個 purpel star at teh top"],
      ["green triangle @right", "purple star @top"], cat="typo"),

    # mix multi: three placed adds in one message, then remove + resize in one message
    C("mix-probe-1635",
      ["一個 red circle top right, 一個 gray star bottom left, and 中間放個 brown diamond",
       "唔要粒 star 喇, and make 個 circle small"],
      ["small red circle @top-right", "brown diamond @center"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 2}}, cat="multi"),

    # mix numbers: 6 small dots + 2 big squares = 8 (the limit); one more cannot fit -> unchanged
    C("mix-probe-1636",
      ["gimme 6 個 細 cyan dots",
       "再 add 2 個 big purple squares",
       "one more red star pls"],
      ["small cyan circle", "small cyan circle", "small cyan circle", "small cyan circle",
       "small cyan circle", "small cyan circle", "large purple square", "large purple square"],
      checks={1: {"n_objects": 8}, 2: {"unchanged": True, "n_objects": 8, "reply_nonempty": True}},
      cat="numbers"),
    # writer BE:
    # Blind probe BE, ids en 1637-1644, zhs 1645-1652, zht 1653-1660, mix 1661-1668.
    #
    # Personas:
    # - Dougie: a 71-year-old retired bus driver from Dundee, new to tablets. Polite, a bit long-winded,
    #   British spelling and words ("wee", "grey", "centre", "ta").
    # - Priya: a rushed Toronto UX designer typing on her phone: lowercase, no punctuation, fat-finger typos,
    #   shorthand ("pls", "em"). Renee, her Montreal-born colleague, is chattier and uses designer colour names.
    # - 小鹿: a Wuhan college sophomore typing in internet slang (家人们谁懂啊, 瓦特了, emmm), pinyin-input slips;
    #   老周: a Chengdu hotpot restaurant owner who talks Sichuanese (整, 搁, 要得, 啥子, 嘛).
    # - 陳爸: a Taichung dad drawing for his 7-year-old son 小宇, Taiwanese particles (欸, 啦, 喔), zhuyin slips;
    #   阿欣: a Hong Kong secondary-school girl typing Cantonese (喺, 畀, 嘅, 佢哋, 同埋, 跟住).
    # - Mei Ling: a Kuala Lumpur office clerk in Manglish with Chinese words ("can or not", "lah", "tq", "alamak");
    #   Kevin 张: a Shanghai product manager who mixes English nouns and verbs into Chinese.

    # --- English ---------------------------------------------------------------------------------------

    # synonyms: "wee" = small, "navy" = blue, "ball" = circle, "dead middle" = centre; "crimson box" = red
    # square, "up in the top right corner" (Dougie)
    C("en-probe-1637",
      ["Hello there. Could you pop a wee navy ball right in the dead middle for me please",
       "Lovely. And a crimson box up in the top right corner, ta"],
      ["small blue circle @center", "red square @top-right"], cat="synonyms"),

    # correction: a recolour then "no i meant pink not orange" (Priya, lowercase, no punctuation)
    C("en-probe-1638",
      ["yellow star top left",
       "make it orange",
       "ugh no i meant pink not orange"],
      ["pink star @top-left"], cat="correction"),

    # question: comparison of height asked in a roundabout way; nothing changes (Dougie)
    C("en-probe-1639",
      ["Draw a big green triangle at the bottom, and a purple diamond at the top please.",
       "Which of the two is higher up, would you say, the triangle or the diamond?"],
      ["large green triangle @bottom", "purple diamond @top"],
      checks={1: {"unchanged": True, "reply_any": ["purple"]}}, cat="question"),

    # plural: three at once with a digit, then "turn em all grey" recolours every one (Priya)
    C("en-probe-1640",
      ["3 red hexagons pls",
       "ok now turn em all grey"],
      ["gray hexagon", "gray hexagon", "gray hexagon"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 3}}, cat="plural"),

    # reshape: opinion plus "swap the shape"; "aqua" = cyan, "on the right side" (Renee)
    C("en-probe-1641",
      ["Hey! Can I get a large aqua square on the right side?",
       "Hmm, I think it'd look way better as a hexagon, can you swap the shape?"],
      ["large cyan hexagon @right"], cat="reshape"),

    # typo: swapped/dropped letters everywhere, "above it" (Priya)
    C("en-probe-1642",
      ["drwa a blue cricle in teh bottom rigth",
       "now a yelow trinagle abvoe it"],
      ["blue circle @bottom-right", "yellow triangle"], rel=[(1, "above", 0)], cat="typo"),

    # unknown: a heart is no shape of the world -> nothing changes, it asks back (Renee)
    C("en-probe-1643",
      ["Could you draw an orange star in the centre?",
       "Great, now a little pink heart beside it \U0001F495"],
      ["orange star @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "\uff1f"]}}, cat="unknown"),

    # numbers: numbers as words, "Right then" is a filler not a place; 4 + 2 objects (Dougie)
    C("en-probe-1644",
      ["Right then, could I have four small brown circles please.",
       "And two big grey squares as well, if it's no bother."],
      ["small brown circle", "small brown circle", "small brown circle", "small brown circle",
       "large gray square", "large gray square"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 6}}, cat="numbers"),

    # --- Simplified Chinese ----------------------------------------------------------------------------

    # multi: two adds in one slangy message with a remark in front, spaces for commas (小鹿)
    C("zhs-probe-1645",
      ["家人们谁懂啊 帮我在左上角整个粉色五角星 再在右下角来个绿色的圆 谢谢宝"],
      ["pink star @top-left", "green circle @bottom-right"], cat="multi"),

    # synonyms: 墨绿 = green, 方块 = square, 正中间, 上头 = above; 大红 is a colour, not a size (老周)
    C("zhs-probe-1646",
      ["给我整个墨绿色的方块，搁到正中间嘛",
       "要得，再在它上头弄个大红色的圆圈"],
      ["green square @center", "red circle @top"], rel=[(1, "above", 0)], cat="synonyms"),

    # correction: place corrected with 不是...是... (小鹿)
    C("zhs-probe-1647",
      ["画个紫色的菱形在右边",
       "啊不对不对 不是右边 是左边 我脑子瓦特了"],
      ["purple diamond @left"], cat="correction"),

    # question: where is the yellow one? three unplaced stars fill centre, top-left, top in that order (老周)
    C("zhs-probe-1648",
      ["画三个星星，一个红的一个黄的一个蓝的",
       "黄的那个在啥子位置嘛？"],
      ["red star @center", "yellow star @top-left", "blue star @top"],
      checks={1: {"unchanged": True, "reply_any": ["左上", "top left", "top-left"]}}, cat="question"),

    # plural: two and two, then "把三角形全删了" removes both triangles; 咖啡色 = brown (小鹿)
    C("zhs-probe-1649",
      ["来两个小的橙色三角形",
       "再来两个大的咖啡色圆",
       "把三角形全删了 留圆就行"],
      ["large brown circle", "large brown circle"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 4}, 2: {"n_objects": 2}}, cat="plural"),

    # typo: pinyin slips 花(画) 涩(色) 六变形(六边形) 篮色(蓝色) 正方型; add left of it (小鹿)
    C("zhs-probe-1650",
      ["在下面花一个黄涩的六变形",
       "再在它左边加个篮色的正方型"],
      ["yellow hexagon @bottom", "blue square @bottom-left"], rel=[(1, "left_of", 0)], cat="typo"),

    # unknown: "几个" gives no number -> nothing changes, asks how many (老周)
    C("zhs-probe-1651",
      ["先画个大的橙色圆在中间",
       "再整几个小三角在旁边嘛"],
      ["large orange circle @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "\uff1f"]}}, cat="unknown"),

    # reshape: remark + "换成圆的吧" turns the star into a circle where it is (小鹿)
    C("zhs-probe-1652",
      ["整一个蓝色的星星放右上角",
       "emmm 感觉星星有点土 换成圆的吧"],
      ["blue circle @top-right"], cat="reshape"),

    # --- Traditional Chinese ---------------------------------------------------------------------------

    # numbers: 五個 small stars, colour said after the noun, then one more placed (陳爸)
    C("zht-probe-1653",
      ["兒子說要畫五個小星星，黃色的喔",
       "再畫一個大的紅色圓形放右下角"],
      ["small yellow star", "small yellow star", "small yellow star", "small yellow star", "small yellow star",
       "large red circle @bottom-right"],
      checks={0: {"n_objects": 5}, 1: {"n_objects": 6}}, cat="numbers"),

    # multi: Cantonese, two adds joined by 跟住 (then) (阿欣)
    C("zht-probe-1654",
      ["喺左下角畫個紫色三角形，跟住喺右上角整個橙色嘅菱形"],
      ["purple triangle @bottom-left", "orange diamond @top-right"], cat="multi"),

    # correction: 不是綠色啦 ... 要紅的 -> recolour to red (陳爸)
    C("zht-probe-1655",
      ["幫我畫一個綠色的正方形",
       "欸不是綠色啦，我兒子說要紅的"],
      ["red square"], checks={1: {"n_objects": 1}}, cat="correction"),

    # question: Cantonese "big or small?" about the circle; 細 = small, 啡色 = brown (阿欣)
    C("zht-probe-1656",
      ["畫一個細嘅啡色圓形同埋一個大嘅灰色星星",
       "個圓形係大定細呀？"],
      ["small brown circle", "large gray star"],
      checks={1: {"unchanged": True, "reply_any": ["小", "細", "small"]}}, cat="question"),

    # reshape: circle becomes a triangle, stays in the middle (陳爸)
    C("zht-probe-1657",
      ["在中間畫一個藍色的圓形",
       "小宇說圓形太無聊了，改成三角形好了"],
      ["blue triangle @center"], cat="reshape"),

    # plural: three hexagons, then Cantonese "佢哋全部" recolours all of them (阿欣)
    C("zht-probe-1658",
      ["畫三個青色嘅六角形",
       "將佢哋全部變做粉紅色"],
      ["pink hexagon", "pink hexagon", "pink hexagon"],
      checks={1: {"n_objects": 3}}, cat="plural"),

    # typo: zhuyin slips 一ㄍ(一個) ㄉ(的), 三角型 (陳爸)
    C("zht-probe-1659",
      ["在右上角畫一ㄍ橘色ㄉ星星",
       "再在左下角畫一個紫色的三角型"],
      ["orange star @top-right", "purple triangle @bottom-left"], cat="typo"),

    # synonyms: 深藍 = blue, 方框 = square, 正上方 = top, 最下面 = bottom, 銀色 = gray, 圓點 = circle (陳爸)
    C("zht-probe-1660",
      ["幫我在正上方畫一個深藍色的方框",
       "再在最下面加一個銀色的圓點"],
      ["blue square @top", "gray circle @bottom"], cat="synonyms"),

    # --- Mixed English and Chinese ---------------------------------------------------------------------

    # multi: an add and a recolour in one mixed message (Kevin)
    C("mix-probe-1661",
      ["先画一个 green triangle 放中间",
       "ok 然后在 top left add 一个 red circle，顺便把中间的 triangle 改成 purple"],
      ["red circle @top-left", "purple triangle @center"], cat="multi"),

    # numbers: digit 2, then Chinese 三个 inside English (Mei Ling)
    C("mix-probe-1662",
      ["hi can draw 2 blue diamond or not",
       "ok lah add 三个 small yellow circles also"],
      ["blue diamond", "blue diamond", "small yellow circle", "small yellow circle", "small yellow circle"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 5}}, cat="numbers"),

    # question: which one is further left -> the cyan star; nothing changes (Kevin)
    C("mix-probe-1663",
      ["画一个 orange 的 hexagon 在右边，再画一个 cyan star 在左边",
       "which one 比较靠左？"],
      ["orange hexagon @right", "cyan star @left"],
      checks={1: {"unchanged": True, "reply_any": ["cyan", "青", "star", "星"]}}, cat="question"),

    # correction: "not bottom right, is top right lah" moves the square (Mei Ling)
    C("mix-probe-1664",
      ["pls draw one big pink square at bottom right tq",
       "alamak wrong already, not bottom right, is top right lah"],
      ["large pink square @top-right"], cat="correction"),

    # unknown: 金色 (gold) cannot be drawn -> asks back; "ok then yellow lah" carries it out (Mei Ling)
    C("mix-probe-1665",
      ["draw one red star in middle",
       "add one 金色 circle at left can",
       "ok then yellow lah"],
      ["red star @center", "yellow circle @left"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "\uff1f"]}, 2: {"n_objects": 2}},
      cat="unknown"),

    # typo: purpel, hexgon, grren; "one like it" placed right of it (Kevin)
    C("mix-probe-1666",
      ["帮我画个 purpel hexgon 在 bottom left",
       "再来一个 grren 的在它 right 边"],
      ["purple hexagon @bottom-left", "green hexagon"], rel=[(1, "right_of", 0)], cat="typo"),

    # reshape: "change to diamond shape" after a remark about the boss (Mei Ling)
    C("mix-probe-1667",
      ["can draw one brown 三角形 at center",
       "boss say triangle not nice, change to diamond shape pls"],
      ["brown diamond @center"], cat="reshape"),

    # synonyms: emerald = green, block = square, middle = center, scarlet = red, ring = circle, 下面 = below (Kevin)
    C("mix-probe-1668",
      ["给我一个 emerald 色的 block 放在 middle",
       "再加一个 scarlet ring 在它下面"],
      ["green square @center", "red circle @bottom"], rel=[(1, "below", 0)], cat="synonyms"),
]


TWENTY_THIRD = [
    # writer BF:
    # Blind probe BF: ids en 1669-1676, zhs 1677-1684, zht 1685-1692, mix 1693-1700.
    #
    # Personas:
    # - Gwen, a Welsh librarian in her sixties. She makes signs for the children's corner. Polite and
    #   British ("colour", "grey", "centre", "ta", "lovely"), full sentences, a little chatty.
    # - 老张 (Lao Zhang), a taxi dispatcher in Xi'an. He types between radio calls, curt and northern
    #   ("整", "搁", "俩", "啥", "麻利点"), and calls everyone 师傅 out of habit.
    # - 阿玲 (Ah Ling), a Hong Kong nurse on a ten-minute break. She types fast in Cantonese traditional
    #   characters with homophone slips (腳/角, 蘭/藍, 園/圓, 型/形) and mixes in English.
    # - Wei Jie, a Singaporean civil engineer. He writes Singlish English ("can or not", "lah"), simplified
    #   Chinese, or both in one line, and types sloppily on his phone.

    # synonyms: scarlet ball -> red circle, silver rhombus -> gray diamond, British phrasing
    C("en-probe-1669",
      ["Good morning! Could you pop a scarlet ball up in the top left corner, please?",
       "Lovely. Now a silver rhombus down in the bottom right, ta."],
      ["red circle @top-left", "gray diamond @bottom-right"],
      cat="synonyms"),

    # typo: misspelt colour, shape and place words, no capitals or punctuation
    C("en-probe-1670",
      ["pls draw purpel triangel on the rihgt side",
       "now a grene star at the botom"],
      ["purple triangle @right", "green star @bottom"],
      cat="typo"),

    # question: colour of the object named by size ("the little one"); picture unchanged
    C("en-probe-1671",
      ["Please draw a large yellow star in the centre and a small pink hexagon at the top.",
       "Sorry, my eyes aren't what they were. What colour is the little one?"],
      ["large yellow star @center", "small pink hexagon @top"],
      checks={0: {"n_objects": 2}, 1: {"unchanged": True, "reply_any": ["pink"]}},
      cat="question"),

    # correction: Singlish "not X lah, I meant Y" recolours the square
    C("en-probe-1672",
      ["eh can help me draw one orange square at bottom left or not",
       "wait no, not orange lah, I meant brown"],
      ["brown square @bottom-left"],
      checks={1: {"n_objects": 1}},
      cat="correction"),

    # plural: three navy dots, then recolour all of them
    C("en-probe-1673",
      ["Could I have three navy dots?",
       "Actually, could you make them all pink instead?"],
      ["pink circle", "pink circle", "pink circle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 3}},
      cat="plural"),

    # reshape: an opinion and a polite request to change the shape
    C("en-probe-1674",
      ["I'd like a green triangle on the left-hand side, please.",
       "Hmm, on reflection I think it'd look nicer as a hexagon. Would you mind changing it?"],
      ["green hexagon @left"],
      checks={1: {"n_objects": 1}},
      cat="reshape"),

    # unknown: a heart is no shape of the world, so it asks back and the circle stays alone
    C("en-probe-1675",
      ["draw a blue circle in the middle can",
       "beside it put one red heart also"],
      ["blue circle @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # numbers: counts written as words, grey/turquoise synonyms
    C("en-probe-1676",
      ["Right then, four grey triangles, please.",
       "Marvellous. Add two turquoise squares as well, would you?"],
      ["gray triangle", "gray triangle", "gray triangle", "gray triangle", "cyan square", "cyan square"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 6}},
      cat="numbers"),

    # synonyms: 深蓝 -> blue, 圆球 -> circle, 草绿 -> green, 方块 -> square; 整/搁 as verbs
    C("zhs-probe-1677",
      ["师傅，左上角给整个深蓝的圆球",
       "右下角再搁一个草绿色方块，麻利点"],
      ["blue circle @top-left", "green square @bottom-right"],
      cat="synonyms"),

    # numbers: 五个, then 俩 (two), after a remark
    C("zhs-probe-1678",
      ["忙着呢，长话短说。画五个咖啡色三角形",
       "再来俩灰色菱形"],
      ["brown triangle", "brown triangle", "brown triangle", "brown triangle", "brown triangle",
       "gray diamond", "gray diamond"],
      checks={0: {"n_objects": 5}, 1: {"n_objects": 7}},
      cat="numbers"),

    # correction: 不是紫色，要粉红色 recolours the hexagon
    C("zhs-probe-1679",
      ["帮我在右边画一个紫色的六边形",
       "啊不对不对，不是紫色，我要粉红色的"],
      ["pink hexagon @right"],
      checks={1: {"n_objects": 1}},
      cat="correction"),

    # multi: three adds, each with its own place, in one terse message
    C("zhs-probe-1680",
      ["中间来个黄色五角星，左边一个青色三角，右边一个红圆圈"],
      ["yellow star @center", "cyan triangle @left", "red circle @right"],
      checks={0: {"n_objects": 3}},
      cat="multi"),

    # question: colour of the diamond, asked colloquially; nothing changes
    C("zhs-probe-1681",
      ["上边画个橙色菱形",
       "下边画个蓝色圆",
       "那菱形是啥色来着？"],
      ["orange diamond @top", "blue circle @bottom"],
      checks={2: {"unchanged": True, "reply_any": ["橙", "orange"]}},
      cat="question"),

    # plural: 它们都 + "a bit smaller" makes both squares small
    C("zhs-probe-1682",
      ["画两个绿色的正方形",
       "把它们都弄小一点"],
      ["small green square", "small green square"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 2}},
      cat="plural"),

    # reshape: a northern complaint with a reshape to a hexagon
    C("zhs-probe-1683",
      ["右上角画个灰色的圆",
       "这圆看着不得劲，给换成六边形"],
      ["gray hexagon @top-right"],
      checks={1: {"n_objects": 1}},
      cat="reshape"),

    # unknown: 几个 gives no number, so it asks back and the three stars stay
    C("zhs-probe-1684",
      ["画三个红色五角星",
       "再来几个紫色三角形"],
      ["red star", "red star", "red star"],
      checks={1: {"unchanged": True, "n_objects": 3, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # synonyms: Cantonese 啡色 -> brown, 圓圈 -> circle, 淺綠 -> green, 鑽石 -> diamond
    C("zht-probe-1685",
      ["唔該喺中間畫個啡色圓圈",
       "左下角再整個淺綠色嘅鑽石，快啲"],
      ["brown circle @center", "green diamond @bottom-left"],
      cat="synonyms"),

    # typo: homophone input slips 腳(角), 蘭(藍), 型(形), 園(圓)
    C("zht-probe-1686",
      ["右上腳畫個蘭色嘅三角型",
       "中間再加個黃色園形"],
      ["blue triangle @top-right", "yellow circle @center"],
      cat="typo"),

    # correction: the place was wrong, so the hexagon ends at the top left
    C("zht-probe-1687",
      ["喺右上角畫個大嘅橙色六邊形",
       "唔係右上角呀，我係話左上角"],
      ["large orange hexagon @top-left"],
      checks={1: {"n_objects": 1}},
      cat="correction"),

    # question: where is the triangle (Cantonese 喺邊度); nothing changes
    C("zht-probe-1688",
      ["左下角畫個紅色三角形，右上角畫個藍色圓形",
       "個三角形喺邊度呀？"],
      ["red triangle @bottom-left", "blue circle @top-right"],
      checks={1: {"unchanged": True, "reply_any": ["左下", "bottom left", "bottom-left"]}},
      cat="question"),

    # plural: three small stars (細細嘅), then 佢哋全部 recoloured
    C("zht-probe-1689",
      ["畫三個細細嘅黃色星星",
       "將佢哋全部變做紫色"],
      ["small purple star", "small purple star", "small purple star"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 3}},
      cat="plural"),

    # unknown: gold cannot be drawn, so it asks back; the next turn answers with yellow
    C("zht-probe-1690",
      ["喺中間畫個金色嘅圓形",
       "咁用黃色啦"],
      ["yellow circle @center"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # multi: remove one object, then move the other, in one message
    C("zht-probe-1691",
      ["畫個綠色正方形同一個藍色圓形",
       "刪咗個正方形，然後將個圓形搬去右下角"],
      ["blue circle @bottom-right"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 1}},
      cat="multi"),

    # reshape: Taiwan-style "還是...好了" changes the diamond into a star
    C("zht-probe-1692",
      ["在上面畫一個灰色的菱形",
       "嗯…還是把菱形改成星星好了"],
      ["gray star @top"],
      checks={1: {"n_objects": 1}},
      cat="reshape"),

    # synonyms: violet -> purple, lime -> green, mixed into Chinese sentences
    C("mix-probe-1693",
      ["帮我 draw 一个 violet colour 的 star at the top right",
       "再加一个 lime 的 triangle 在 bottom"],
      ["purple star @top-right", "green triangle @bottom"],
      cat="synonyms"),

    # numbers: a digit and a Chinese numeral in mixed sentences
    C("mix-probe-1694",
      ["畫 2 個 pink 色嘅 circle",
       "再加三個 grey squares 唔該"],
      ["pink circle", "pink circle", "gray square", "gray square", "gray square"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 5}},
      cat="numbers"),

    # correction: 不是 diamond，是 hexagon changes the shape and keeps colour and place
    C("mix-probe-1695",
      ["put a cyan diamond 在左边",
       "sorry typo, 不是 diamond，是 hexagon 才对"],
      ["cyan hexagon @left"],
      checks={1: {"n_objects": 1}},
      cat="correction"),

    # question: an English yes/no about the relation between two objects drawn in mixed language
    C("mix-probe-1696",
      ["draw 一个 blue square 在中间 and 一个 yellow circle 在右边",
       "is the circle to the right of the square?"],
      ["blue square @center", "yellow circle @right"],
      rel=[(1, "right_of", 0)],
      checks={1: {"unchanged": True, "reply_any": ["yes"]}},
      cat="question"),

    # plural: two small triangles, then 兩個都 made large
    C("mix-probe-1697",
      ["畫兩個細嘅 red triangles",
       "ok 兩個都要變大"],
      ["large red triangle", "large red triangle"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 2}},
      cat="plural"),

    # typo: drwa/orenge/hexgon/bleu, then an add placed right of "it" (它) in Chinese
    C("mix-probe-1698",
      ["pls drwa a orenge hexgon at top left",
       "then 在它右边 one bleu star 👍"],
      ["orange hexagon @top-left", "blue star @top"],
      rel=[(1, "right_of", 0)],
      cat="typo"),

    # unknown: a moon is no shape, so it asks back; the answer "star" carries the add out
    C("mix-probe-1699",
      ["畫個 purple 嘅 moon 喺左上角",
       "咁 star 啦"],
      ["purple star @top-left"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # multi: a recolour and a move of two different objects in one mixed message
    C("mix-probe-1700",
      ["add a orange circle 喺 top 同埋 a grey star 喺 bottom",
       "then 將個 circle 改做 green，個 star 搬去 bottom left corner"],
      ["green circle @top", "gray star @bottom-left"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 2}},
      cat="multi"),
    # writer BG:
    # Blind probe BG, ids 1701-1732.
    # Personas (invented for this probe):
    #  - Bruce, a sheep-and-beef farmer near Gore, New Zealand, 60s, big thumbs on a phone: lowercase,
    #    kiwi slang ("chuck", "gday", "nah mate", "cheers", "the missus"), British spelling, typos.   (en)
    #  - Auntie Wang (王阿姨), a Nanjing retiree whose grandson set the tablet up for her: polite, chatty,
    #    remarks about herself, pinyin-input slips (涩 for 色, 行 for 形).                              (zhs)
    #  - An (小安), a Taipei senior-high student typing zhuyin: ㄉ for 的, 型 for 形, 各 for 個, 阿 for 啊,
    #    emoji, 喔/啦/欸, sometimes English words with typos.                                           (zht, mix)
    #  - Kelvin, a Hong Kong IT support guy: Cantonese (畀, 喺, 嘅, 佢哋, 刪咗) mixed with English nouns
    #    and colours, terse.                                                                           (zht, mix)

    # --- en: Bruce ---
    # synonyms: scarlet -> red, ball -> circle, navy -> blue, box -> square, big/little sizes, kiwi place phrases
    C("en-probe-1701",
      ["gday mate, chuck a big scarlet ball up the top right",
       "and a little navy box down the bottom left cheers"],
      ["large red circle @top-right", "small blue square @bottom-left"], cat="synonyms"),

    # numbers: "three" as a word, "2" as a digit, no places (first free regions)
    C("en-probe-1702",
      ["righto gimme three yellow stars",
       "and 2 green triangles as well"],
      ["yellow star", "yellow star", "yellow star", "green triangle", "green triangle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),

    # multi: two adds in one message, then a move and a recolour in one message
    C("en-probe-1703",
      ["put a purple diamond in the middle and an orange hexagon on the right",
       "now shift the diamond to the top left corner and make the hexagon grey"],
      ["purple diamond @top-left", "gray hexagon @right"], cat="multi"),

    # correction: "a green one" = green triangle; recolour the bottom one; "nah mate the other one" swaps it
    C("en-probe-1704",
      ["draw us a pink triangle down the bottom and a green one up top",
       "make the bottom one brown",
       "nah mate the other one"],
      ["pink triangle @bottom", "brown triangle @top"], cat="correction"),

    # plural: list of three adds, then "ditch the stars" removes both stars and keeps the circle (3rd free region = top)
    C("en-probe-1705",
      ["chuck in a green star, a red star and a blue circle",
       "ah nah ditch the stars, leave the circle"],
      ["blue circle @top"], checks={1: {"n_objects": 1}}, cat="plural"),

    # question: yes/no about relative height; the picture must not change
    C("en-probe-1706",
      ["pop a big green square top left and a little purple star bottom right",
       "is the square higher up than the star?"],
      ["large green square @top-left", "small purple star @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["yes", "green"]}}, cat="question"),

    # typo: swapped/dropped/doubled letters, British "centre", "mkae it bigg" = make it large
    C("en-probe-1707",
      ["drwa a ornage tringle in teh centre",
       "mkae it bigg"],
      ["large orange triangle @center"], cat="typo"),

    # unknown: a heart is no shape of the world -> nothing drawn, asks back; then a plain new request
    C("en-probe-1708",
      ["draw a red heart for the missus would ya",
       "no worries, just do a red star then"],
      ["red star"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- zhs: Auntie Wang ---
    # synonyms: 深蓝 -> blue, 方块 -> square, 墨绿 -> green, 五角星 -> star, 小 size
    C("zhs-probe-1709",
      ["你好呀，麻烦在右上角画个深蓝色的小方块",
       "再在左下角画一个墨绿的五角星，谢谢啦🙏"],
      ["small blue square @top-right", "green star @bottom-left"], cat="synonyms"),

    # numbers: a remark before the request, 两个 then 三个 with no places
    C("zhs-probe-1710",
      ["孙子说这个能画画，我试试看。帮我画两个紫色的三角形",
       "再来三个橘色的圆圈"],
      ["purple triangle", "purple triangle", "orange circle", "orange circle", "orange circle"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 5}}, cat="numbers"),

    # multi: two adds at two places, then a move to a corner and a recolour in one message
    C("zhs-probe-1711",
      ["在左边画一个粉色的菱形，右边画一个灰色的六边形",
       "把菱形挪到右下角，六边形改成黄色的"],
      ["pink diamond @bottom-right", "yellow hexagon @right"], cat="multi"),

    # correction: 不是右边，是左边 -> the triangle goes to the left
    C("zhs-probe-1712",
      ["我想画个绿色的三角形，放在右边吧",
       "哎呀弄错了，不是右边，是左边"],
      ["green triangle @left"], cat="correction"),

    # reshape: an opinion plus 换成六角形, the square becomes a hexagon in place
    C("zhs-probe-1713",
      ["在中间画个橙色的正方形",
       "这个方方正正的不太好看，给它换成六角形吧"],
      ["orange hexagon @center"], cat="reshape"),

    # question: colour of the star, with a remark; nothing changes
    C("zhs-probe-1714",
      ["画一个蓝色的星星和一个红色的菱形",
       "我眼神不好，请问那个星星是什么颜色的呀？"],
      ["blue star", "red diamond"],
      checks={1: {"unchanged": True, "reply_any": ["蓝", "藍", "blue"]}}, cat="question"),

    # typo: pinyin slips 黄涩 (黄色), 三角行 (三角形), 正方行 (正方形), place said after the shape
    C("zhs-probe-1715",
      ["帮我在左上角画一个黄涩的三角行",
       "再画个紫色的正方行在右下角"],
      ["yellow triangle @top-left", "purple square @bottom-right"], cat="typo"),

    # unknown: black cannot be drawn -> asks back; 那就用咖啡色吧 answers it (large brown circle)
    C("zhs-probe-1716",
      ["请帮我画一个黑色的大圆圈",
       "那就用咖啡色吧"],
      ["large brown circle"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- zht: An (Taipei) and Kelvin (Hong Kong) ---
    # synonyms: 超大 -> large, 圓球 -> circle, 迷你 -> small, 淺紫 -> purple, ㄉ for 的
    C("zht-probe-1717",
      ["欸幫我在中間畫一個超大ㄉ橘色圓球",
       "然後右上角放一個迷你的淺紫色菱形 ✨"],
      ["large orange circle @center", "small purple diamond @top-right"], cat="synonyms"),

    # plural: Cantonese 佢哋全部 recolours both hexagons
    C("zht-probe-1718",
      ["畀我畫兩個綠色嘅六角形",
       "將佢哋全部轉做藍色"],
      ["blue hexagon", "blue hexagon"], checks={1: {"n_objects": 2}}, cat="plural"),

    # reshape: opinion + 改成星星, triangle becomes a star where it is
    C("zht-probe-1719",
      ["畫一個紅色的三角形在左下角",
       "三角形好醜喔😂 改成星星啦"],
      ["red star @bottom-left"], cat="reshape"),

    # question: Cantonese count question 總共有幾多個; nothing changes
    C("zht-probe-1720",
      ["左邊畫個灰色嘅正方形，右邊畫個黃色嘅圓形",
       "咁而家總共有幾多個圖形？"],
      ["gray square @left", "yellow circle @right"],
      checks={1: {"unchanged": True, "reply_any": ["2", "兩", "两", "二", "two"]}}, cat="question"),

    # correction: 不是藍色啦 是綠色 -> recolour green, stays at the top
    C("zht-probe-1721",
      ["在上面畫一個藍色的六邊形",
       "不是藍色啦 是綠色"],
      ["green hexagon @top"], cat="correction"),

    # typo: zhuyin slips 一各 (一個), ㄉ (的), 圓型/三角型 (形), 阿 (啊)
    C("zht-probe-1722",
      ["幫我畫一各粉紅色ㄉ圓型在右邊",
       "阿還有一個咖啡色ㄉ三角型放左上角"],
      ["pink circle @right", "brown triangle @top-left"], cat="typo"),

    # numbers: Cantonese classifier 三粒, 加多兩個
    C("zht-probe-1723",
      ["畫三粒黃色嘅星星",
       "再加多兩個紫色菱形"],
      ["yellow star", "yellow star", "yellow star", "purple diamond", "purple diamond"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),

    # multi: two sized adds in one message, then move one and delete the other in one message
    C("zht-probe-1724",
      ["喺左上角畫個細嘅紅色正方形，再喺右下角畫個大嘅藍色圓形",
       "將個正方形移去中間，個圓形就刪咗佢"],
      ["small red square @center"], checks={0: {"n_objects": 2}, 1: {"n_objects": 1}}, cat="multi"),

    # --- mix ---
    # reshape (Kelvin): Cantonese + English, square -> hexagon in place
    C("mix-probe-1725",
      ["draw 一個 orange 嘅 square 喺右邊",
       "呢個 square 唔夠靚，轉做 hexagon 啦"],
      ["orange hexagon @right"], cat="reshape"),

    # plural (An): list add, then all the circles recoloured; the square (3rd free region) stays at top
    C("mix-probe-1726",
      ["add 兩個紅色的 circles 跟一個 blue 的 square 🙏",
       "把 circles 全部改成 green"],
      ["green circle", "green circle", "blue square @top"], checks={1: {"n_objects": 3}}, cat="plural"),

    # unknown (Kelvin): 幾粒 = "a few" -> no number given, nothing changes and it asks how many
    C("mix-probe-1727",
      ["幫我喺中間畫個 yellow star",
       "再 add 幾粒 yellow star 喺隔籬 please"],
      ["yellow star @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # question (An): where is the circle; answer must say right
    C("mix-probe-1728",
      ["畫一個 purple 的 triangle 在左邊 然後一個 green 的 circle 在右邊",
       "那個 circle 在哪裡？"],
      ["purple triangle @left", "green circle @right"],
      checks={1: {"unchanged": True, "reply_any": ["right", "右"]}}, cat="question"),

    # correction (Kelvin): the shape was mis-said, triangle not hexagon; colour and place kept
    C("mix-probe-1729",
      ["畫個 cyan 嘅 hexagon 喺 top left",
       "oops 我講錯咗，係 triangle 唔係 hexagon"],
      ["cyan triangle @top-left"], cat="correction"),

    # multi (An): steps with "先...然後", add above it; then resize one and move the other in one message
    C("mix-probe-1730",
      ["先畫一個 gray 的 circle 在 center，然後 add 一個 red star 在它上面",
       "star 改成 small，circle 移到 bottom"],
      ["gray circle @bottom", "small red star @top"], cat="multi"),

    # synonyms (Kelvin): charcoal -> gray, disc -> circle, violet -> purple, rhombus -> diamond
    C("mix-probe-1731",
      ["can u draw 一個 charcoal 色嘅 disc 喺 bottom right",
       "同埋一個 violet 嘅 rhombus 喺 top 😎"],
      ["gray circle @bottom-right", "purple diamond @top"], cat="synonyms"),

    # typo (An): English words misspelt inside Chinese: yelow, sqaure, grene, hexgon
    C("mix-probe-1732",
      ["幫我畫一個 yelow 的 sqaure 在左上",
       "再一個 grene 的 hexgon 在中間"],
      ["yellow square @top-left", "green hexagon @center"], cat="typo"),
    # writer BH:
    # Blind probe BH: ids en 1733-1740, zhs 1741-1748, zht 1749-1756, mix 1757-1764.
    #
    # Personas (invented for this probe):
    #  - Shanice, a Jamaican university student in Kingston: lowercase, patois fillers
    #    ("wah gwaan", "mi", "yuh", "fi", "pon di", "bredda", "bless up").
    #  - Margaret, a retired nurse in Leeds, and Dave, an impatient London office worker who
    #    types fast and sloppily (British English).
    #  - 陈总, a Shenzhen start-up founder: terse, impatient, simplified Chinese ("快点", "搞错了").
    #  - 阿伯, a fisherman in Kaohsiung: Taiwanese Mandarin in traditional characters ("啦", "欸",
    #    "歹勢", "讚啦", zhuyin ㄉ), and 梁老師, a retired Hong Kong teacher who writes Cantonese.
    #  - Ah Seng, a char kway teow hawker in Penang: Hokkien-flavoured Manglish ("boss", "lah",
    #    "aiyo", "ah") mixed with simplified Chinese.

    # ---------------- English ----------------
    # synonyms: "big crimson ball" = large red circle; "navy box" = blue square; "just under it" = below
    C("en-probe-1733",
      ["wah gwaan! draw mi a big crimson ball inna di top right corner",
       "bless up. now put a navy box just under it"],
      ["large red circle @top-right", "blue square @right"],
      rel=[(1, "below", 0)], cat="synonyms"),

    # numbers: number words, two adds across turns, placement order for unplaced objects
    C("en-probe-1734",
      ["yo can yuh draw three purple stars fi mi",
       "an two lime triangles too pls"],
      ["purple star @top-left", "purple star @top", "purple star @center",
       "green triangle @top-right", "green triangle @left"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),

    # correction: colour corrected in the next turn, place and shape kept
    C("en-probe-1735",
      ["can u put a yellow hexagon down at the bottom left",
       "nah sorry bredda, mi did mean orange"],
      ["orange hexagon @bottom-left"], cat="correction"),

    # question: comparison "nearer the top" (diamond goes to center, circle to top-left)
    C("en-probe-1736",
      ["Hello love, could you draw a teal diamond and a pink circle for me please",
       "Which of the two is nearer the top?"],
      ["cyan diamond @center", "pink circle @top-left"],
      checks={1: {"unchanged": True, "reply_any": ["pink"]}}, cat="question"),

    # plural: "the squares" = both squares recoloured, circle untouched
    C("en-probe-1737",
      ["need 2 red squares and a blue circle, quick",
       "now turn the squares green"],
      ["green square", "green square", "blue circle @top"],
      checks={1: {"n_objects": 3}}, cat="plural"),

    # reshape: opinion + "turn it into a star", size and place kept
    C("en-probe-1738",
      ["draw a tiny brown triangle pon di left side",
       "mi nuh like how it look, turn it into a star"],
      ["small brown star @left"], cat="reshape"),

    # typo: heavy keyboard slips in every content word
    C("en-probe-1739",
      ["drwa a grene cirlce in teh midle",
       "now a yelow sqaure bottm rihgt"],
      ["green circle @center", "yellow square @bottom-right"], cat="typo"),

    # unknown: a heart is not a shape of the world -> nothing changes, asks back
    C("en-probe-1740",
      ["put a blue circle on the right",
       "an a purple heart beside it"],
      ["blue circle @right"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # ---------------- Simplified Chinese ----------------
    # multi: two adds in one message, then recolour + removal in one message
    C("zhs-probe-1741",
      ["左上角画个红色的圆，右下角来个蓝色方块，快点",
       "圆改成黄色，方块不要了"],
      ["yellow circle @top-left"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 1}}, cat="multi"),

    # numbers: 五个 small triangles, then 两个 stars; placement order
    C("zhs-probe-1742",
      ["给我画五个小的橙色三角形",
       "再加两个绿色的星星"],
      ["small orange triangle @top-left", "small orange triangle @top", "small orange triangle @top-right",
       "small orange triangle @left", "small orange triangle @center",
       "green star @right", "green star @bottom-left"],
      checks={0: {"n_objects": 5}, 1: {"n_objects": 7}}, cat="numbers"),

    # correction: shape corrected ("我要的是菱形，不是六边形"), colour and place kept
    C("zhs-probe-1743",
      ["在正中间画一个紫色六边形",
       "搞错了，我要的是菱形，不是六边形"],
      ["purple diamond @center"], cat="correction"),

    # question: how many shapes, picture unchanged; relation "在它右边"
    C("zhs-probe-1744",
      ["画一个咖啡色的大星星，再在它右边画个青色的小圆",
       "画面上总共多少个形状了？"],
      ["large brown star @center", "small cyan circle @right"],
      rel=[(1, "right_of", 0)],
      checks={1: {"unchanged": True, "reply_any": ["2", "两", "二", "two"]}}, cat="question"),

    # unknown: "几个" gives no number -> nothing changes, asks how many
    C("zhs-probe-1745",
      ["先画一个灰色正方形",
       "再来几个粉色的菱形"],
      ["gray square @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # synonyms: 翠绿 = green, 圆球 = circle, 朱红 = red, 方框 = square, 最左边 = left
    C("zhs-probe-1746",
      ["在最左边画一个翠绿色的圆球，右上角再来个朱红色的方框"],
      ["green circle @left", "red square @top-right"], cat="synonyms"),

    # reshape: opinion + "换成六边形"; "底部中间" is the bottom side, not the centre
    C("zhs-probe-1747",
      ["在底部中间画个黄色的三角形",
       "这个三角形看着太丑了，换成六边形"],
      ["yellow hexagon @bottom"], cat="reshape"),

    # plural: "它们都" recolour and shrink all three circles
    C("zhs-probe-1748",
      ["画三个红色的圆",
       "把它们都改成蓝色，顺便都缩小一点"],
      ["small blue circle @top-left", "small blue circle @top", "small blue circle @center"],
      checks={1: {"n_objects": 3}}, cat="plural"),

    # ---------------- Traditional Chinese ----------------
    # synonyms: 大大的 = large, 粉紅色 = pink, 紫羅蘭色 = purple
    C("zht-probe-1749",
      ["欸 幫我在左下角畫一個大大的粉紅色星星啦",
       "再來右上角一個紫羅蘭色的菱形 讚啦"],
      ["large pink star @bottom-left", "purple diamond @top-right"], cat="synonyms"),

    # numbers: 兩個 hexagons (zhuyin ㄉ for 的), then one square; placement order
    C("zht-probe-1750",
      ["幫阿伯畫兩個橘色ㄉ六角形",
       "再一個灰色的正方形喔"],
      ["orange hexagon @top-left", "orange hexagon @center", "gray square @top"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 3}}, cat="numbers"),

    # correction: count corrected from four to two (the newest go)
    C("zht-probe-1751",
      ["畫四個綠色三角形",
       "歹勢 按錯了 兩個就好"],
      ["green triangle @top-left", "green triangle @center"],
      checks={1: {"n_objects": 2}}, cat="correction"),

    # question (Cantonese): colour of the square; picture unchanged
    C("zht-probe-1752",
      ["喺正中間畫個啡色嘅正方形",
       "再喺左邊加個黃色三角形",
       "個正方形係咩顏色呀？"],
      ["brown square @center", "yellow triangle @left"],
      checks={2: {"unchanged": True, "reply_any": ["棕", "啡", "brown"]}}, cat="question"),

    # multi: two adds, then a move and a recolour in one message
    C("zht-probe-1753",
      ["中間畫一個藍色圓形，右邊畫一顆紅色星星",
       "圓形移去左上角，星星換綠色的"],
      ["blue circle @top-left", "green star @right"], cat="multi"),

    # reshape (Cantonese): "將佢變做五角星"
    C("zht-probe-1754",
      ["喺右下角畫個青色正方形",
       "將佢變做五角星"],
      ["cyan star @bottom-right"], cat="reshape"),

    # typo: zhuyin/pinyin slips 有上角 (右上角), 蘭色 (藍色), 園形 (圓形), 三角行 (三角形)
    C("zht-probe-1755",
      ["在有上角畫一個蘭色的園形",
       "再畫一個紅色的三角行"],
      ["blue circle @top-right", "red triangle @center"], cat="typo"),

    # unknown: 愛心 is not a shape of the world -> nothing changes, asks back
    C("zht-probe-1756",
      ["中間先畫一個黃色的菱形",
       "旁邊再加一個紅色的愛心"],
      ["yellow diamond @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # ---------------- Mixed English/Chinese ----------------
    # synonyms: 大红色 = red, ball = circle, navy = blue, 方块 = square; below top-left is left
    C("mix-probe-1757",
      ["boss, draw one 大红色 ball at top left lah",
       "then one navy 方块 below it ok"],
      ["red circle @top-left", "blue square @left"],
      rel=[(1, "below", 0)], cat="synonyms"),

    # numbers: digit 4 in a Chinese frame, then one more at a named place
    C("mix-probe-1758",
      ["帮我画 4 个 yellow star 啦, thanks boss",
       "wah nice, add 1 more 红色 triangle at the bottom"],
      ["yellow star @top-left", "yellow star @top", "yellow star @top-right", "yellow star @center",
       "red triangle @bottom"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 5}}, cat="numbers"),

    # correction: "not pink lah, 是 purple"
    C("mix-probe-1759",
      ["draw a pink 圆形 in the center",
       "aiyo not pink lah, 是 purple 才对"],
      ["purple circle @center"], cat="correction"),

    # plural: "all the diamonds" removed, circle stays where it was
    C("mix-probe-1760",
      ["画 two green diamonds and one orange circle",
       "eh remove all the diamonds 啦"],
      ["orange circle @top"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 1}}, cat="plural"),

    # question: where is the hexagon; picture unchanged
    C("mix-probe-1761",
      ["add a big blue hexagon at the right side",
       "那个 hexagon 在哪里 ah?"],
      ["large blue hexagon @right"],
      checks={1: {"unchanged": True, "reply_any": ["right", "右"]}}, cat="question"),

    # multi: two adds and a resize in one mixed message
    C("mix-probe-1762",
      ["put a red triangle at bottom left and a cyan star at top right, then 把 triangle 变 small"],
      ["small red triangle @bottom-left", "cyan star @top-right"], cat="multi"),

    # typo: purpel, bottum, grey sqare, mixed with Chinese shape/place words
    C("mix-probe-1763",
      ["pls draw purpel 六边形 at bottum lah",
       "and a grey sqare 在左边"],
      ["purple hexagon @bottom", "gray square @left"], cat="typo"),

    # unknown: "a few" gives no number -> nothing changes, asks how many
    C("mix-probe-1764",
      ["draw a small gray star in the middle",
       "ok now give me a few blue 三角形 lah"],
      ["small gray star @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),
]


TWENTY_FOURTH = [
    # writer BI:
    # Blind probe BI, ids 1765-1796.
    # Personas:
    #  - Dale, a Texan cattle rancher sketching brand ideas on his phone: drawls, "reckon", "y'all",
    #    lowercase, clipped words, the odd cowboy emoji (en).
    #  - 老赵, a Harbin ice sculptor planning a festival piece: northeastern words (整, 搁, 仨, 俩, 完了),
    #    blunt and quick, types with pinyin and picks the wrong same-sound character now and then (zhs).
    #  - Mandy, a Hong Kong property agent between viewings: written Cantonese (喺, 嘅, 畫個, 佢哋, 啡色),
    #    terse; her Taiwanese colleague 阿芬 sometimes types for her with zhuyin habits (ㄉ, 型 for 形) (zht).
    #  - 小林, a Chinese exchange student in Melbourne: switches between English and Chinese mid-sentence,
    #    Aussie slang ("mate", "whack"), "u", "pls", "thx" (mix).

    # en: colour/shape/place synonyms (navy ball, lemon yellow box, smack in the middle, lower right corner)
    C("en-probe-1765", ["howdy! reckon you could rustle me up a navy blue ball smack in the middle",
                        "and a lemon yellow box down in the lower right corner while you're at it"],
      ["blue circle @center", "yellow square @bottom-right"], cat="synonyms"),
    # en: numbers as words across two turns, colour synonyms tangerine/grey
    C("en-probe-1766", ["well shoot, put four tangerine stars on there",
                        "an a single grey diamond too, that'll do 🤠"],
      ["orange star", "orange star", "orange star", "orange star", "gray diamond"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 5}}, cat="numbers"),
    # en: two adds in one message, then a move and a recolour in one message
    C("en-probe-1767", ["put a green triangle up top and a pink hexagon down at the bottom",
                        "shift that triangle over to the left side and paint the hexagon violet"],
      ["green triangle", "purple hexagon @bottom"], rel=[(0, "left_of", 1)], cat="multi"),
    # en: colour correction after an add ("no, i meant blue, not red")
    C("en-probe-1768", ["put a big ol red box in the upper left",
                        "aw heck, no, i meant blue, not red"],
      ["large blue square @top-left"], checks={1: {"n_objects": 1}}, cat="correction"),
    # en: reshape said as an opinion plus a request with "it"
    C("en-probe-1769", ["draw a cyan circle on the right",
                        "hmm reckon that'd look a whole lot better as a diamond. change it over would ya"],
      ["cyan diamond @right"], cat="reshape"),
    # en: yes/no question about relative height; nothing changes
    C("en-probe-1770", ["stick a little yellow star in the bottom left and a big brown circle top right",
                        "say, is that star sittin lower than the circle?"],
      ["small yellow star @bottom-left", "large brown circle @top-right"],
      checks={1: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),
    # en: typos in every content word (drwa, purpel, hexgon, teh, mkae, smal), British centre
    C("en-probe-1771", ["drwa a purpel hexgon in teh centre", "now mkae it smal"],
      ["small purple hexagon @center"], cat="typo"),
    # en: a shape the world does not have (heart) -> nothing changes, asks back
    C("en-probe-1772", ["draw me a green star on the left", "now add a red heart right next to it"],
      ["green star @left"], checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # zhs: colour/shape synonyms (草绿 方块, 银灰 五角星), northeastern verbs 整/搁
    C("zhs-probe-1773", ["老铁，给我整个草绿色的方块，搁左上角", "再来个银灰色的五角星，放右下角"],
      ["green square @top-left", "gray star @bottom-right"], cat="synonyms"),
    # zhs: dialect numbers 仨 and 俩, colour without 色
    C("zhs-probe-1774", ["先来仨红三角", "完了再整俩黄圆圈"],
      ["red triangle", "red triangle", "red triangle", "yellow circle", "yellow circle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),
    # zhs: add + add beside it in one message; then resize + move in one message
    C("zhs-probe-1775", ["先在中间画个蓝色六边形，再在它上边画一个粉色菱形", "六边形弄小点儿，菱形挪到右上角去"],
      ["small blue hexagon @center", "pink diamond @top-right"], cat="multi"),
    # zhs: colour correction "不是紫的，要橙色的"
    C("zhs-probe-1776", ["在右边画一个紫色的星星", "哎呀整错了，不是紫的，要橙色的"],
      ["orange star @right"], checks={1: {"n_objects": 1}}, cat="correction"),
    # zhs: two objects one on each side, then both recoloured with 它俩
    C("zhs-probe-1777", ["画两个咖啡色的圆，左边一个右边一个", "把它俩都整成绿的"],
      ["green circle @left", "green circle @right"], cat="plural"),
    # zhs: question about the colour of the object at a place; nothing changes
    C("zhs-probe-1778", ["上面画一个大的黄色三角形，下面画个蓝色的小圆", "下面那个是啥色儿的？"],
      ["large yellow triangle @top", "small blue circle @bottom"],
      checks={1: {"unchanged": True, "reply_any": ["蓝", "藍", "blue"]}}, cat="question"),
    # zhs: same-pinyin slips (成色=橙色, 三脚形=三角形, 话=画, 律色=绿色, 正方行=正方形)
    C("zhs-probe-1779", ["帮我在右上角画个成色的三脚形", "再话一个律色的正方行"],
      ["orange triangle @top-right", "green square"], cat="typo"),
    # zhs: a shape the world does not have (雪花) -> nothing changes, asks back
    C("zhs-probe-1780", ["在中间画个蓝色的五角星", "旁边再整一个雪花形状的"],
      ["blue star @center"], checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # zht: Cantonese with synonyms (粉紅 圓點, 深紫 菱形, 正中間)
    C("zht-probe-1781", ["唔該幫我喺右上角畫個粉紅色嘅圓點", "再喺正中間加個深紫色嘅菱形"],
      ["pink circle @top-right", "purple diamond @center"], cat="synonyms"),
    # zht: three added, then all of them (佢哋全部) recoloured
    C("zht-probe-1782", ["畫三個啡色嘅正方形", "將佢哋全部變做黃色"],
      ["yellow square", "yellow square", "yellow square"], checks={1: {"n_objects": 3}}, cat="plural"),
    # zht: two adds in one message, then a removal and a move in one message
    C("zht-probe-1783", ["左下角畫個綠色六角形，右上角畫個橙色星星", "跟住將星星刪咗佢，六角形搬去中間"],
      ["green hexagon @center"], cat="multi"),
    # zht: shape correction "唔係三角形，係正方形"
    C("zht-probe-1784", ["喺左邊畫個灰色三角形", "唔係三角形呀，我講嘅係正方形"],
      ["gray square @left"], checks={1: {"n_objects": 1}}, cat="correction"),
    # zht: Taiwanese phrasing, reshape a large circle into a hexagon
    C("zht-probe-1785", ["請在下方畫一個大大的紅色圓形", "嗯…把圓形換成六邊形好了，謝謝"],
      ["large red hexagon @bottom"], cat="reshape"),
    # zht: where-question in Cantonese about the star; nothing changes
    C("zht-probe-1786", ["喺右上角畫粒細細嘅藍色星星，中間畫個大紫色圓形", "頭先嗰粒星星喺邊度呀？"],
      ["small blue star @top-right", "large purple circle @center"],
      checks={1: {"unchanged": True, "reply_any": ["右上", "top right", "top-right"]}}, cat="question"),
    # zht: zhuyin typing habits (ㄉ for 的, 三角型), no punctuation, then resize to large
    C("zht-probe-1787", ["畫一個小小ㄉ黃色三角型在左上角", "太小了啦 幫我把它變大一點"],
      ["large yellow triangle @top-left"], cat="typo"),
    # zht: count corrected after the add ("多咗，其實三個就得") -> three remain
    C("zht-probe-1788", ["畫五個青色嘅菱形", "哎呀多咗，其實三個就得"],
      ["cyan diamond", "cyan diamond", "cyan diamond"],
      checks={0: {"n_objects": 5}, 1: {"n_objects": 3}}, cat="numbers"),

    # mix: English synonyms inside Chinese frames (navy box, lime green ball)
    C("mix-probe-1789", ["hey mate 帮我画个 navy 的 box 在 top left 哈", "再来一个 lime green 的 ball 在 bottom right"],
      ["blue square @top-left", "green circle @bottom-right"], cat="synonyms"),
    # mix: two triangles then both made small (它们 both 变小)
    C("mix-probe-1790", ["can u draw two pink triangles 谢谢", "它们 both 变小 please 😂"],
      ["small pink triangle", "small pink triangle"], checks={1: {"n_objects": 2}}, cat="plural"),
    # mix: colour correction "打错 color 了, should be yellow not orange"
    C("mix-probe-1791", ["put a orange hexagon on the right side", "oops 打错 color 了，should be yellow not orange"],
      ["yellow hexagon @right"], checks={1: {"n_objects": 1}}, cat="correction"),
    # mix: reshape with opinion, "change it to 星星"
    C("mix-probe-1792", ["在 center 画一个 gray square", "emm 感觉 star 更好看，change it to 星星吧"],
      ["gray star @center"], cat="reshape"),
    # mix: colour question about the object on the right; nothing changes
    C("mix-probe-1793", ["draw a red circle on the left and 一个绿色的 triangle on the right",
                         "the one on the right 是什么颜色?"],
      ["red circle @left", "green triangle @right"],
      checks={1: {"unchanged": True, "reply_any": ["green", "绿", "綠"]}}, cat="question"),
    # mix: "some" stars -> asks how many; the answer "三个" adds three
    C("mix-probe-1794", ["can u whack some 紫色的 stars on the canvas", "umm 三个 I guess"],
      ["purple star", "purple star", "purple star"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}, 1: {"n_objects": 3}},
      cat="unknown"),
    # mix: two adds in one message, then a move and a recolour in one mixed message
    C("mix-probe-1795", ["draw a brown diamond at the top and a cyan star at the bottom",
                         "把 diamond 挪到 top right，然后 star 改成 red 色"],
      ["brown diamond @top-right", "red star @bottom"], cat="multi"),
    # mix: English typos (yelow circel, gren hexgon) in Chinese frames, add beside "it"
    C("mix-probe-1796", ["画一个 yelow circel 在中间 pls", "再加个 gren hexgon 在它左边"],
      ["yellow circle @center", "green hexagon @left"], rel=[(1, "left_of", 0)], cat="typo"),
    # writer BJ:
    # Blind probe BJ, ids 1797-1828. Personas (invented):
    #  - Marites (en): a Filipino nurse in Dubai, types on her phone after night duty; polite
    #    ("kindly", "pls", "thank u"), British-ish spelling from school (colour, centre), typos when tired.
    #  - 亮仔 (zhs): a Changsha livestreamer drawing for his viewers; talks to "家人们/老铁们",
    #    northern/Changsha slang (整, 嘴瓢, 嘛), pinyin slips when typing fast.
    #  - 陳阿姨 (zht): a Tainan temple volunteer in her sixties, Taiwan usage (歹勢, 喔, 啦, 好了),
    #    注音 shortcuts (ㄉ, ㄍ) and homophone slips.
    #  - Kayden (mix): a Vancouver teen of Hong Kong parents; lowercase English with Cantonese bits
    #    (喺, 唔係, 佢哋, 細, 靚), chat shorthand.

    # ---------------- English (Marites) ----------------
    # synonyms: navy -> blue, disc -> circle, scarlet -> red, tile -> square; "under it" = cell below
    C("en-probe-1797",
      ["hello good day! pls put a navy disc at the upper right corner",
       "also a scarlet tile just under it, thank u"],
      ["blue circle @top-right", "red square @right"],
      rel=[(1, "below", 0)], cat="synonyms"),

    # numbers: number as a word, then as a digit with a size
    C("en-probe-1798",
      ["Good evening! Just finished my shift. Kindly draw three yellow triangles",
       "then 2 small green diamonds too, thanks"],
      ["yellow triangle", "yellow triangle", "yellow triangle",
       "small green diamond", "small green diamond"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),

    # correction: colour corrected after the add, then place corrected
    C("en-probe-1799",
      ["pls draw a purple hexagon at the bottom",
       "sorry wrong colour, i meant orange",
       "and not at the bottom, upper left pls"],
      ["orange hexagon @top-left"], cat="correction"),

    # question: yes/no about left-of, then colour question; neither changes the picture
    C("en-probe-1800",
      ["put a grey star in the centre and a pink ring on the left",
       "is the ring on the left side of the star?",
       "what colour is the star again"],
      ["gray star @center", "pink circle @left"],
      rel=[(1, "left_of", 0)],
      checks={1: {"unchanged": True, "reply_any": ["yes"]},
              2: {"unchanged": True, "reply_any": ["gray", "grey"]}}, cat="question"),

    # typo: swapped/dropped letters in verb, colour, shape, place and size
    C("en-probe-1801",
      ["drwa a gren sqaure top rigth",
       "mkae it smal pls"],
      ["small green square @top-right"], cat="typo"),

    # unknown: heart is no shape of the world -> asks back, nothing changes; then a real add above
    C("en-probe-1802",
      ["a blue circle in the middle pls",
       "now a heart on top of it 💕",
       "oh ok. a pink star above the circle then"],
      ["blue circle @center", "pink star @top"],
      rel=[(1, "above", 0)],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # plural: two small circles made large together with "both circles"; box -> square
    C("en-probe-1803",
      ["can you draw two small orange circles",
       "and a brown box",
       "make both circles big pls"],
      ["large orange circle", "large orange circle", "brown square"], cat="plural"),

    # reshape: "want it diamond shape not square", then recolour with crimson -> red
    C("en-probe-1804",
      ["Hi! green square at bottom right pls",
       "on second thought i want it diamond shape not square",
       "make it crimson pls"],
      ["red diamond @bottom-right"], cat="reshape"),

    # ---------------- Simplified Chinese (亮仔) ----------------
    # multi: two adds in one message, then a move and a recolour in one message
    C("zhs-probe-1805",
      ["家人们看好了啊！左上角整一个红色五角星，右下角再来个蓝色的圆圈",
       "五角星挪到正中间，圆圈改成黄色"],
      ["red star @center", "yellow circle @bottom-right"], cat="multi"),

    # numbers: digit with 小号, then 两个 with colour word without 色
    C("zhs-probe-1806",
      ["来5个小号的紫色菱形",
       "再加两个黄六边形，冲！"],
      ["small purple diamond", "small purple diamond", "small purple diamond",
       "small purple diamond", "small purple diamond", "yellow hexagon", "yellow hexagon"],
      checks={0: {"n_objects": 5}, 1: {"n_objects": 7}}, cat="numbers"),

    # correction: 不是…是… colour, then the place corrected (center -> right)
    C("zhs-probe-1807",
      ["中间画个绿色三角形",
       "不是绿色，是橙色，刚刚嘴瓢了",
       "位置也不对，放右边去"],
      ["orange triangle @right"], cat="correction"),

    # question: colour of one object and a count; 大红 is a colour, 咖啡色 is brown
    C("zhs-probe-1808",
      ["画一个咖啡色方块，再在它上面画个大红色圆圈",
       "圆圈是啥颜色来着？",
       "现在画面上一共几个？"],
      ["brown square @center", "red circle @top"],
      rel=[(1, "above", 0)],
      checks={1: {"unchanged": True, "reply_any": ["红"]},
              2: {"unchanged": True, "reply_any": ["2", "两", "二"]}}, cat="question"),

    # typo: pinyin slips 左下脚, 兰色, 园形, 该成, 洪色
    C("zhs-probe-1809",
      ["在左下脚画个兰色的园形",
       "把它该成洪色"],
      ["red circle @bottom-left"], cat="typo"),

    # plural: all three stars recoloured, then all made small
    C("zhs-probe-1810",
      ["画三个灰色星星",
       "把星星全都变成粉色的",
       "然后它们都缩小一点"],
      ["small pink star", "small pink star", "small pink star"], cat="plural"),

    # unknown: 爱心 is no shape -> asks back; then a real star
    C("zhs-probe-1811",
      ["先在正中间画一个黄色的圆",
       "旁边再整个粉色爱心，比心比心",
       "哦哦 那画个粉色五角星嘛"],
      ["yellow circle @center", "pink star"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # reshape: square -> hexagon with 换成, wrapped in a remark about viewers
    C("zhs-probe-1812",
      ["右上角画个青色的正方形",
       "家人们都说这个不好看，给它换成六边形"],
      ["cyan hexagon @top-right"], cat="reshape"),

    # ---------------- Traditional Chinese (陳阿姨) ----------------
    # synonyms: 橘色 -> orange, 深藍色 -> blue, 圓球 -> circle
    C("zht-probe-1813",
      ["阿姨要一個橘色ㄉ菱形，放在左邊",
       "再一個深藍色的圓球放右邊喔"],
      ["orange diamond @left", "blue circle @right"], cat="synonyms"),

    # numbers: polite 可以…嗎 request with 四個 small, then 兩個 large
    C("zht-probe-1814",
      ["可以幫我畫四個小小的綠色三角形嗎",
       "再來兩個大的咖啡色正方形"],
      ["small green triangle", "small green triangle", "small green triangle",
       "small green triangle", "large brown square", "large brown square"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 6}}, cat="numbers"),

    # correction: place corrected (歹勢 我是說…), then colour corrected
    C("zht-probe-1815",
      ["在右上角畫一個紅色的星星",
       "歹勢 我是說左上角啦",
       "顏色也弄錯了，要黃色的"],
      ["yellow star @top-left"], cat="correction"),

    # question: where the (unplaced, second) star is -> top-left; then a count
    C("zht-probe-1816",
      ["畫一個大的紫色六角形跟一個小的粉紅色星星",
       "那個星星在哪裡？",
       "現在總共有幾個圖案？"],
      ["large purple hexagon", "small pink star"],
      checks={1: {"unchanged": True, "reply_any": ["左上", "top-left", "top left"]},
              2: {"unchanged": True, "reply_any": ["2", "兩", "二"]}}, cat="question"),

    # plural: both diamonds recoloured with 兩個…都, then the circle removed with 不要了
    C("zht-probe-1817",
      ["畫兩個藍色的菱形跟一個紅色的圓形",
       "兩個菱形都改成綠色",
       "圓形不要了"],
      ["green diamond", "green diamond"], cat="plural"),

    # typo: 注音 shortcuts 一ㄍ/ㄉ, homophone slips 變程, 三腳形
    C("zht-probe-1818",
      ["在下面畫一ㄍ黃色ㄉ正方形",
       "把它變程三腳形"],
      ["yellow triangle @bottom"], cat="typo"),

    # unknown: white cannot be drawn -> asks back, nothing changes; the answer gray carries it out
    C("zht-probe-1819",
      ["可以畫一個白色的圓形給我嗎",
       "那不然灰色好了"],
      ["gray circle"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),

    # multi: three adds with places and one size, then a move and a removal in one message
    C("zht-probe-1820",
      ["右下角放一個棕色星星，左上角放一個青色的六角形，然後中間一個小的紅色菱形",
       "星星移到右上角，然後把六角形刪掉"],
      ["brown star @top-right", "small red diamond @center"], cat="multi"),

    # ---------------- Mixed (Kayden) ----------------
    # synonyms: 粉紅色 pentagram -> pink star, navy box -> blue square, below it
    C("mix-probe-1821",
      ["yo draw a 粉紅色 pentagram at the top",
       "then 一個 navy 嘅 box below it"],
      ["pink star @top", "blue square @center"],
      rel=[(1, "below", 0)], cat="synonyms"),

    # numbers: Chinese numeral with English nouns, then digit + 個
    C("mix-probe-1822",
      ["can u draw 三個 red circles",
       "and 2 個 small yellow stars thx"],
      ["red circle", "red circle", "red circle", "small yellow star", "small yellow star"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),

    # correction: 唔係 X 呀, i meant Y -> recolour in place
    C("mix-probe-1823",
      ["add an orange hexagon 喺左下角",
       "唔係 orange 呀, i meant brown"],
      ["brown hexagon @bottom-left"], cat="correction"),

    # question: count and colour asked in mixed language; nothing changes
    C("mix-probe-1824",
      ["draw a green diamond on the right and a cyan triangle on the left",
       "而家 how many shapes 呀?",
       "the triangle 係咩色?"],
      ["green diamond @right", "cyan triangle @left"],
      checks={1: {"unchanged": True, "reply_any": ["2", "two", "兩", "两", "二"]},
              2: {"unchanged": True, "reply_any": ["cyan", "青"]}}, cat="question"),

    # plural: them all small (細), then 佢哋全部 green
    C("mix-probe-1825",
      ["draw 4 個 purple squares",
       "make them all 細 la",
       "then 將佢哋全部變做 green"],
      ["small green square", "small green square", "small green square", "small green square"],
      cat="plural"),

    # reshape: the triangle (not the newest object) named and turned into a star
    C("mix-probe-1826",
      ["put a red triangle in the middle",
       "and a gray circle at the bottom",
       "hmm 個 triangle 唔夠靚 la, 將個 triangle 變做 star"],
      ["red star @center", "gray circle @bottom"], cat="reshape"),

    # typo: blu, hexagn, smll in a mixed message
    C("mix-probe-1827",
      ["draw a blu hexagn at the 右上角",
       "now make it smll"],
      ["small blue hexagon @top-right"], cat="typo"),

    # unknown: 心心 (heart) is no shape -> asks back; then a pink diamond instead
    C("mix-probe-1828",
      ["一個 blue circle at the bottom pls",
       "add a pink 心心 beside it",
       "ok nvm, pink diamond then"],
      ["blue circle @bottom", "pink diamond"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),
    # writer BK:
    # Blind probe BK: ids en 1829-1836, zhs 1837-1844, zht 1845-1852, mix 1853-1860.
    #
    # Personas (invented for this probe):
    #  - Priya, 34, a Londoner with dyslexia: swaps and drops letters, British words ("pop", "ta",
    #    "cheers", "love", "centre"), worries she has mixed up left and right. (en)
    #  - Lao Zhang, 61, Tianjin crosstalk (xiangsheng) fan: northern slang ("整", "仨", "劳驾", "您受累",
    #    "齐活", erhua), jokes and asides, types fast with pinyin slips. (zhs)
    #  - Kevin Lin, 29, semiconductor process engineer in Hsinchu: traditional Chinese with English
    #    terms dropped in, Taiwanese particles ("欸", "喔", "啦"), terse. (zht, mix)
    #  - Wei Ling, 10, Primary 4 pupil in Singapore: Singlish ("lah", "lor", "can or not", "aiyo"),
    #    simplified Chinese from school, mixes English and Chinese freely. (en, zhs, mix)

    # --- English ---------------------------------------------------------------------------
    # typo: Priya's swapped letters in colour/shape/place words; then an add below "it".
    C("en-probe-1829",
      ["hiya, cna you draw a rde circel in the top rihgt pls",
       "ta. now a grene sqaure right underneath it"],
      ["red circle @top-right", "green square @right"],
      rel=[(1, "below", 0)], cat="typo"),

    # synonyms: "scarlet ball" = red circle, "big" = large, "tiny violet" = small purple, British address.
    C("en-probe-1830",
      ["could you pop a big scarlet ball in the middle, love",
       "and a tiny violet diamond down in the bottom left corner, cheers"],
      ["large red circle @center", "small purple diamond @bottom-left"], cat="synonyms"),

    # numbers: digit then word number, "two more" of the kind at hand but in another colour.
    C("en-probe-1831",
      ["hello!! my teacher say must draw 3 yellow star",
       "then add two more star, blue colour one"],
      ["yellow star", "yellow star", "yellow star", "blue star", "blue star"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),

    # question: yes/no relation check phrased with self-doubt; must not change the picture.
    C("en-probe-1832",
      ["right, a pink hexagon on the left side and an orange triangle over on the right pls",
       "just checking, is the hexagon left of the triangle? i always get them backwards"],
      ["pink hexagon @left", "orange triangle @right"],
      checks={1: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),

    # plural: Singlish "can ... or not" request, then "both of them" recoloured.
    C("en-probe-1833",
      ["can draw 2 green circle or not",
       "wah so nice. now make both of them orange colour"],
      ["orange circle", "orange circle"],
      checks={1: {"n_objects": 2}}, cat="plural"),

    # reshape: polite British reshape of the square into a star, place kept.
    C("en-probe-1834",
      ["pop a brown square in the top left pls",
       "actually could you make that square into a star shape instead? cheers"],
      ["brown star @top-left"], cat="reshape"),

    # unknown: black cannot be drawn -> nothing changes, asks back; the answer gives the colour.
    C("en-probe-1835",
      ["can u draw a black triangle for my art homework",
       "ok then purple lor"],
      ["purple triangle"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),

    # correction: recolour went to the wrong object; she meant the circle, not the diamond.
    C("en-probe-1836",
      ["add a red diamond in the centre and a red circle at the top",
       "make the diamond yellow",
       "oh no sorry i got muddled, i meant the circle not the diamond"],
      ["red diamond @center", "yellow circle @top"], cat="correction"),

    # --- Simplified Chinese ----------------------------------------------------------------
    # multi: two adds with places in one northern-slang message, erhua on the shape words.
    C("zhs-probe-1837",
      ["嘿，您受累，给左上角整一个红色的圆圈儿，右下角再来个蓝方块儿，齐活！"],
      ["red circle @top-left", "blue square @bottom-right"], cat="multi"),

    # numbers: "几个" asks how many; "仨" answers three.
    C("zhs-probe-1838",
      ["来几个黄星星，图个吉利嘛",
       "仨，仨就得了您呐"],
      ["yellow star", "yellow star", "yellow star"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]},
              1: {"n_objects": 3}}, cat="numbers"),

    # correction: "不是绿的，是紫的" with a joking aside.
    C("zhs-probe-1839",
      ["中间给画个绿色三角",
       "哎哟喂，瞧我这嘴，不是绿的，是紫的"],
      ["purple triangle @center"], cat="correction"),

    # plural: a pupil calls the system "老师"; remove all the circles, the square stays.
    C("zhs-probe-1840",
      ["老师，我要画两个粉红色的圆形和一个橙色的正方形",
       "圆形全部不要了，删掉"],
      ["orange square"],
      checks={1: {"n_objects": 1}}, cat="plural"),

    # question: compact adds ("小橙圆"), then a chatty count question.
    C("zhs-probe-1841",
      ["右边来个大灰菱形，左边来个小橙圆，嘿，对仗工整！",
       "您给数数，这会儿一共几个玩意儿了？"],
      ["large gray diamond @right", "small orange circle @left"],
      checks={1: {"unchanged": True, "reply_any": ["2", "两", "兩", "二"]}}, cat="question"),

    # synonyms: 柠檬黄 = yellow, 圆球 = circle, 草绿色 = green, 五角星 = star, 正下方/最上边 places.
    C("zhs-probe-1842",
      ["劳驾，在正下方画个柠檬黄的大圆球，最上边再来个草绿色的小五角星"],
      ["large yellow circle @bottom", "small green star @top"], cat="synonyms"),

    # reshape: a complaint then a request to change the triangle into a hexagon.
    C("zhs-probe-1843",
      ["在右上角画一个蓝色的三角形",
       "嗯…三角形太尖了，我想要六边形的，帮我改一下好吗"],
      ["blue hexagon @top-right"], cat="reshape"),

    # typo: pinyin-input slips (左下脚, 篮色, 三脚形, 黄涩, 正放形) and an add right of "it".
    C("zhs-probe-1844",
      ["在左下脚画一个篮色的三脚形",
       "再在它右边加个黄涩的正放形"],
      ["blue triangle @bottom-left", "yellow square @bottom"],
      rel=[(1, "right_of", 0)], cat="typo"),

    # --- Traditional Chinese ---------------------------------------------------------------
    # synonyms: 深咖啡色 = brown, 圓點 = circle, 橘色 (Taiwan) = orange, 方塊 = square.
    C("zht-probe-1845",
      ["幫我在右上角畫一個深咖啡色的圓點",
       "左邊再放一個橘色的方塊"],
      ["brown circle @top-right", "orange square @left"], cat="synonyms"),

    # multi: three steps in one message: add, move it, add a small one elsewhere.
    C("zht-probe-1846",
      ["先在中間畫個紫色星星，然後把它移到右下角，最後左上角加一個小的粉紅色菱形"],
      ["purple star @bottom-right", "small pink diamond @top-left"], cat="multi"),

    # question: colour of the object at a place; answer may be in either script or English.
    C("zht-probe-1847",
      ["左邊畫一個綠色六角形，右邊畫一個黃色圓形",
       "欸 右邊那個是什麼顏色啊"],
      ["green hexagon @left", "yellow circle @right"],
      checks={1: {"unchanged": True, "reply_any": ["黃", "黄", "yellow"]}}, cat="question"),

    # correction: Taiwanese "復原上一步" (undo, as in Ctrl+Z) takes back the last add.
    C("zht-probe-1848",
      ["上面畫一個紅色正方形",
       "下面再來一個藍色三角形",
       "欸不對，復原上一步"],
      ["red square @top"],
      checks={2: {"n_objects": 1}}, cat="correction"),

    # reshape: square becomes a circle, with an aside that the colour stays.
    C("zht-probe-1849",
      ["左下角畫一個大的灰色正方形",
       "把那個正方形改成圓形，顏色不用動"],
      ["large gray circle @bottom-left"], cat="reshape"),

    # plural: three stars, then "它們全部" made smaller.
    C("zht-probe-1850",
      ["畫三個橘色星星",
       "它們全部都縮小一點"],
      ["small orange star", "small orange star", "small orange star"],
      checks={1: {"n_objects": 3}}, cat="plural"),

    # unknown: gold cannot be drawn -> asks back; "那就用黃色好了" carries the held add out.
    C("zht-probe-1851",
      ["在正中央畫一顆金色的星星",
       "那就用黃色好了"],
      ["yellow star @center"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),

    # numbers: 五 as a character with a doubled size word, then one more of the same.
    C("zht-probe-1852",
      ["畫五個小小的青色菱形喔",
       "再多一個一樣的"],
      ["small cyan diamond"] * 6,
      checks={0: {"n_objects": 5}, 1: {"n_objects": 6}}, cat="numbers"),

    # --- Mixed English / Chinese -----------------------------------------------------------
    # multi: two adds, English colour/shape/place words inside a traditional Chinese frame.
    C("mix-probe-1853",
      ["幫我 draw 一個 red triangle 在 top left，然後 bottom right 放一個 blue circle"],
      ["red triangle @top-left", "blue circle @bottom-right"], cat="multi"),

    # typo: dropped/doubled letters, emoji, then an add above "it" with a Chinese thank-you.
    C("mix-probe-1854",
      ["can u draw one yelow hexagn at the botom 🙏",
       "and then one pinkk sqare on top of it 谢谢"],
      ["yellow hexagon @bottom", "pink square @center"],
      rel=[(1, "above", 0)], cat="typo"),

    # question: which is bigger, asked in Chinese about mixed-language adds; nothing changes.
    C("mix-probe-1855",
      ["畫一個大的 purple star 跟一個小的 green diamond",
       "哪一個比較大？"],
      ["large purple star", "small green diamond"],
      checks={1: {"unchanged": True, "reply_any": ["purple", "紫"]}}, cat="question"),

    # unknown: a heart (爱心) is no shape of the world -> asks back; the answer names a star.
    C("mix-probe-1856",
      ["我要一个 red 爱心 in the middle",
       "ok then star lor"],
      ["red star @center"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),

    # synonyms: "aqua" = cyan, "hex" = hexagon, "emerald" = green, "ball" = circle.
    C("mix-probe-1857",
      ["幫我在右邊放一個 aqua 色的 hex",
       "再在左邊加一個 emerald 的 ball"],
      ["cyan hexagon @right", "green circle @left"], cat="synonyms"),

    # correction: wrong side said; "不是 left 啦，是 right side" puts it on the right side.
    C("mix-probe-1858",
      ["draw one orange circle on the left side",
       "aiyo 不是 left 啦，是 right side"],
      ["orange circle @right"],
      checks={1: {"n_objects": 1}}, cat="correction"),

    # reshape: two triangles one at top one at bottom, then both become diamonds.
    C("mix-probe-1859",
      ["畫兩個 gray triangle，一個在 top 一個在 bottom",
       "兩個都換成 diamond"],
      ["gray diamond @top", "gray diamond @bottom"],
      checks={1: {"n_objects": 2}}, cat="reshape"),

    # numbers: "some" has no number -> asks how many; "4 个 lah" answers.
    C("mix-probe-1860",
      ["draw some 紫色 squares pls",
       "4 个 lah"],
      ["purple square"] * 4,
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]},
              1: {"n_objects": 4}}, cat="numbers"),
]


TWENTY_FIFTH = [
    # writer BL:
    # Blind probe, writer BL. Personas (invented, used across the 32 dialogues):
    #  - Prof. Margaret "Peggy" Hollis, 64, teaches medieval literature at a Boston college: long courteous
    #    sentences, "if you would be so kind", a touch pedantic; when she types on her phone between classes
    #    she makes lots of keyboard slips. (en)
    #  - 汪子涵, 高二 student in Hefei, types fast on a phone with pinyin input: 整/来/俩, 哈喽, emmm, emoji,
    #    no punctuation, the odd homophone slip. (zhs)
    #  - 梁伯 (Mr Leung), retired Hong Kong civil servant: traditional characters, Cantonese words
    #    (喺, 嘅, 唔該, 啡色, 四方形, 粒), polite, sometimes switches to formal written Chinese. (zht)
    #  - Jun Hao, 22, Chinese-Malaysian gamer from Penang: Manglish ("can ah", "lah", "siao", "liao", "bro"),
    #    English with Chinese words dropped in, short commands. (mix)

    # --- English: Prof. Hollis ---
    # synonyms: "crimson" = red, "disc" = circle, "rather large" = large, "upper right-hand corner" = top-right
    C("en-probe-1861",
      ["Good afternoon. I should like a rather large crimson disc placed in the upper right-hand corner, if you would be so kind."],
      ["large red circle @top-right"], cat="synonyms"),

    # numbers: "three" as a word; unplaced stars fill the free cells; "one more" of another colour at a place
    C("en-probe-1862",
      ["Please draw three navy blue stars for me.",
       "Splendid. Now one more, but make that one lemon yellow and put it at the bottom."],
      ["blue star", "blue star", "blue star", "yellow star @bottom"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 4}}, cat="numbers"),

    # multi: two adds with sizes in one message, then a move and a shrink in one message
    C("en-probe-1863",
      ["Could you draw a small orange triangle on the left and a large violet diamond on the right?",
       "Thank you. Now please move the triangle up to the top left corner, and shrink the diamond."],
      ["small orange triangle @top-left", "small purple diamond @right"], cat="multi"),

    # correction: colour corrected right after the add ("I meant blue, not green")
    C("en-probe-1864",
      ["a green hexagon in the middle please",
       "Oh dear, no \u2014 I meant blue, not green. Do forgive me."],
      ["blue hexagon @center"], cat="correction"),

    # reshape: "that box" becomes a star; "five-pointed" is no number
    C("en-probe-1865",
      ["Would you place a chocolate-brown square in the centre?",
       "On reflection, I'd prefer that box as a five-pointed star. Would you change it?"],
      ["brown star @center"], cat="reshape"),

    # question: colour of one object ("charcoal" = gray); the question changes nothing
    C("en-probe-1866",
      ["Please draw a pink circle near the top.",
       "And a charcoal triangle along the bottom, thank you.",
       "Remind me, what colour did the triangle end up?"],
      ["pink circle @top", "gray triangle @bottom"],
      checks={2: {"unchanged": True, "reply_any": ["gray", "grey"]}}, cat="question"),

    # typo: phone typing between classes, swapped/dropped letters, then a recolour by pronoun
    C("en-probe-1867",
      ["pls drwa a yelow sqaure in teh bottom rigth",
       "thnaks. now mak it purpel"],
      ["purple square @bottom-right"], cat="typo"),

    # unknown: an octagon is not a shape of the world; nothing changes, it asks back
    C("en-probe-1868",
      ["Could you draw a red star at the top left?",
       "Lovely. Now add a green octagon just beside it."],
      ["red star @top-left"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "\uff1f"]}}, cat="unknown"),

    # --- Simplified Chinese: 汪子涵 ---
    # synonyms: 整个 = draw one, 草绿色 = green, 小圆球 = small circle
    C("zhs-probe-1869",
      ["哈喽～帮我在左下角整个草绿色的小圆球"],
      ["small green circle @bottom-left"], cat="synonyms"),

    # numbers: 俩 = two, 三个; colour 橘色 = orange, 三角 = triangle
    C("zhs-probe-1870",
      ["画俩紫色的菱形", "再来三个橘色的三角"],
      ["purple diamond", "purple diamond", "orange triangle", "orange triangle", "orange triangle"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 5}}, cat="numbers"),

    # multi: two adds in one message with a space for a comma, then a move and a removal in one message
    C("zhs-probe-1871",
      ["右上角来个红色的星星 最下面中间再放一个小蓝方块",
       "星星挪到左上角去，方块不要了"],
      ["red star @top-left"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 1}}, cat="multi"),

    # correction: the place was wrong ("不是左边 是右边")
    C("zhs-probe-1872",
      ["在左边画一个粉色的六边形",
       "啊不对不对 不是左边 是右边 手滑了😅"],
      ["pink hexagon @right"], cat="correction"),

    # plural: remove every circle ("圆圈全删了"), the square stays
    C("zhs-probe-1873",
      ["来三个黄色的圆", "再加个绿色正方形", "emmm 圆圈全删了吧 看着好乱"],
      ["green square"],
      checks={0: {"n_objects": 3}, 2: {"n_objects": 1}}, cat="plural"),

    # question: how many in all, asked casually; nothing changes
    C("zhs-probe-1874",
      ["中间画个橙色五角星", "左上角再加一个紫色的圆", "现在画面上总共几个东西了？"],
      ["orange star @center", "purple circle @top-left"],
      checks={2: {"unchanged": True, "reply_any": ["2", "两", "二"]}}, cat="question"),

    # typo: pinyin slips 右下脚 (角), 三脚形 (三角形), then a recolour by pronoun
    C("zhs-probe-1875",
      ["在右下脚画一个紫色的三脚形", "把它变成绿色吧 谢谢"],
      ["green triangle @bottom-right"], cat="typo"),

    # unknown: a heart shape is not in the world; nothing changes, it asks back
    C("zhs-probe-1876",
      ["画一个青色的方块", "再来个爱心形状的，放右边"],
      ["cyan square"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "\uff1f"]}}, cat="unknown"),

    # --- Traditional Chinese: 梁伯 ---
    # synonyms: Cantonese 啡色 = brown, 四方形 = square, 正中間 = center
    C("zht-probe-1877",
      ["唔該，喺正中間畫一個啡色嘅大四方形"],
      ["large brown square @center"], cat="synonyms"),

    # plural: both diamonds recoloured ("兩個菱形都轉做橙色")
    C("zht-probe-1878",
      ["畫兩個藍色嘅菱形", "麻煩你將兩個菱形都轉做橙色，多謝"],
      ["orange diamond", "orange diamond"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 2}}, cat="plural"),

    # multi: two placed adds in one message, then a move and a recolour in one message (written Chinese)
    C("zht-probe-1879",
      ["左上角畫一個黃色的圓形，右下角畫一個灰色的星星，謝謝",
       "把圓形移到中間，星星改成粉紅色"],
      ["yellow circle @center", "pink star @bottom-right"], cat="multi"),

    # correction: colour denied and replaced ("唔係綠色呀，我要紫色")
    C("zht-probe-1880",
      ["幫我喺底部畫個綠色三角形", "唔係綠色呀，我要紫色"],
      ["purple triangle @bottom"], cat="correction"),

    # reshape: an opinion, then "改做六角形"
    C("zht-probe-1881",
      ["喺右邊畫個紅色正方形", "呢個正方形唔係幾好睇，不如改做六角形啦"],
      ["red hexagon @right"], cat="reshape"),

    # question: colour of the object named by its place; nothing changes
    C("zht-probe-1882",
      ["喺最上面畫一個青色嘅菱形", "最下面再畫一個紫色嘅六邊形", "請問下面嗰個係咩顏色？"],
      ["cyan diamond @top", "purple hexagon @bottom"],
      checks={2: {"unchanged": True, "reply_any": ["紫"]}}, cat="question"),

    # numbers: "幾粒" names no number -> asks how many; "四粒" answers it
    C("zht-probe-1883",
      ["幫我畫幾粒紅色星星", "四粒啦，唔該"],
      ["red star", "red star", "red star", "red star"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "\uff1f"]}, 1: {"n_objects": 4}},
      cat="numbers"),

    # unknown: black is a colour the world cannot draw; nothing changes, it asks back
    C("zht-probe-1884",
      ["喺左邊畫個紅色四方形", "再喺右邊畫個黑色嘅圓形"],
      ["red square @left"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "\uff1f"]}}, cat="unknown"),

    # --- Mixed: Jun Hao ---
    # plural: three stars, then "all the stars" made small
    C("mix-probe-1885",
      ["bro draw 3 个 green star can ah", "ok now make all the stars 变 small lah"],
      ["small green star", "small green star", "small green star"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 3}}, cat="plural"),

    # reshape: Manglish place phrase, then "change it to 菱形"
    C("mix-probe-1886",
      ["center there put one 红色 square", "eh actually change it to 菱形 lah, nicer"],
      ["red diamond @center"], cat="reshape"),

    # question: yes/no about a relation between two objects; nothing changes
    C("mix-probe-1887",
      ["draw a blue circle 在左边 and 一个 yellow triangle 在右边", "is the circle on the left of the triangle?"],
      ["blue circle @left", "yellow triangle @right"], rel=[(0, "left_of", 1)],
      checks={1: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),

    # typo: "hexgaon", "rigth", "smalll"; resize by pronoun
    C("mix-probe-1888",
      ["draw one hexgaon at top rigth, colour 紫色", "siao, too big liao, make it smalll pls"],
      ["small purple hexagon @top-right"], cat="typo"),

    # correction: "I want it 橙色 not pink" after the add
    C("mix-probe-1889",
      ["give me a 粉色 diamond at the bottom left", "wait no lah, I want it 橙色 not pink"],
      ["orange diamond @bottom-left"], cat="correction"),

    # multi: two placed adds, then a removal and a move in one message
    C("mix-probe-1890",
      ["draw 一个 cyan hexagon at top and 一个 brown circle at bottom",
       "then delete the hexagon and move circle go 中间"],
      ["brown circle @center"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 1}}, cat="multi"),

    # synonyms: "gimme", "big" = large, 深蓝色 = blue, "ball" = circle, 右上角 = top-right
    C("mix-probe-1891",
      ["gimme one big 深蓝色 ball at 右上角"],
      ["large blue circle @top-right"], cat="synonyms"),

    # numbers: "two" boxes unplaced, then "one more" at a place
    C("mix-probe-1892",
      ["put two 灰色 boxes pls", "add one more 灰色 box at bottom right"],
      ["gray square", "gray square", "gray square @bottom-right"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 3}}, cat="numbers"),
    # writer BM:
    # Blind probe BM, ids 1893-1924.
    # Personas:
    #  - Mrs Achieng, a primary schoolteacher in Kisumu, Kenya: polite, British spelling ("grey",
    #    "centre"), "kindly", the odd "eish", sometimes types fast on a cheap phone (typos).
    #  - Lao Zhang, a Qingdao fisherman in his fifties: northern colloquial Mandarin (俺, 整, 搁, 来个),
    #    short sentences, pinyin-input slips.
    #  - 陳經理, a factory manager in Taoyuan: Taiwanese traditional Chinese, brisk, 欸/喔/啦/就好,
    #    says 橘色 and 咖啡色.
    #  - Kelvin, a Hong Kong-born Londoner: code-switches English / Cantonese / Mandarin in one line,
    #    "cheers", "hiya", 唔該, 佢, 啦, lowercase, typos.

    # --- English (Mrs Achieng) ---
    # synonyms: "scarlet" = red, "ball" = circle, "upper right corner"; "violet" = purple, "beneath it"
    C("en-probe-1893",
      ["Good morning! Kindly put a scarlet ball in the upper right corner for my pupils.",
       "Thank you. Now a violet diamond just beneath it, please."],
      ["red circle @top-right", "purple diamond"], rel=[(1, "below", 0)], cat="synonyms"),

    # numbers: "six" as a word with "little" as size, then "one big" in a second turn
    C("en-probe-1894",
      ["Hello there, I need six little pink hexagons 😊",
       "and one big brown square as well"],
      ["small pink hexagon", "small pink hexagon", "small pink hexagon", "small pink hexagon",
       "small pink hexagon", "small pink hexagon", "large brown square"], cat="numbers"),

    # multi: three adds with places in one sentence, "then", British "grey"
    C("en-probe-1895",
      ["Please put a green triangle on the left and a blue square on the right, then a grey star at the bottom."],
      ["green triangle @left", "blue square @right", "gray star @bottom"], cat="multi"),

    # correction: wrong corner, said as "it belongs in the bottom left" -> a move, not a second hexagon
    C("en-probe-1896",
      ["Could you draw a brown hexagon at the top left?",
       "Eish, sorry, wrong corner - it belongs in the bottom left."],
      ["brown hexagon @bottom-left"], checks={1: {"n_objects": 1}}, cat="correction"),

    # question: comparison of size, answered by naming the larger one; nothing changes
    C("en-probe-1897",
      ["Draw a big cyan diamond and a small red star.",
       "Which of the two is larger?"],
      ["large cyan diamond", "small red star"],
      checks={1: {"unchanged": True, "reply_any": ["cyan"]}}, cat="question"),

    # unknown: a crescent moon is no shape of the world -> nothing changes, asks back
    C("en-probe-1898",
      ["Put a yellow circle in the middle please",
       "Now draw a crescent moon next to it"],
      ["yellow circle @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # plural: "all the circles" recolours both circles, not the square
    C("en-probe-1899",
      ["Draw two blue circles and a yellow square.",
       "Make all the circles green."],
      ["green circle", "green circle", "yellow square"], cat="plural"),

    # typo: several misspellings in one lowercase line
    C("en-probe-1900",
      ["pls drwa a purpel triangel in the botom right corner"],
      ["purple triangle @bottom-right"], cat="typo"),

    # --- Simplified Chinese (Lao Zhang, Qingdao) ---
    # synonyms: 深蓝 = blue, 方块 = square, 搁 = put; 枣红 = red, 圆球 = circle, 底下 = below it
    C("zhs-probe-1901",
      ["师傅，给俺整个深蓝色的方块，搁左上角",
       "再在它底下来个枣红色的圆球"],
      ["blue square @top-left", "red circle"], rel=[(1, "below", 0)], cat="synonyms"),

    # reshape: dislikes the triangle, wants it as a diamond; colour and place kept
    C("zhs-probe-1902",
      ["在中间画个绿色的三角形",
       "这三角形看着别扭，给它换成菱形得了"],
      ["green diamond @center"], cat="reshape"),

    # numbers: 两个 then 三个 over two turns
    C("zhs-probe-1903",
      ["先画两个紫色的圆",
       "再来三个橙色正方形"],
      ["purple circle", "purple circle", "orange square", "orange square", "orange square"], cat="numbers"),

    # correction: 不要粉的，要红的 -> recolour the diamond red, no new object
    C("zhs-probe-1904",
      ["在右边画个粉色的菱形",
       "哎呀说错了，不要粉的，要红的"],
      ["red diamond @right"], checks={1: {"n_objects": 1}}, cat="correction"),

    # question: colour of the circle, asked casually; nothing changes
    C("zhs-probe-1905",
      ["在左下角画一个灰色六边形，右上角画一个棕色的圆",
       "那个圆是啥颜色来着？"],
      ["gray hexagon @bottom-left", "brown circle @top-right"],
      checks={1: {"unchanged": True, "reply_any": ["棕", "brown", "咖啡"]}}, cat="question"),

    # multi: 先...然后在它右边...最后挪到左上角 in one message
    C("zhs-probe-1906",
      ["先画个青色的五角星，然后在它右边加个灰色正方形，最后把五角星挪到左上角"],
      ["cyan star @top-left", "gray square @right"], cat="multi"),

    # plural: 圆形全都 -> all three small circles become blue, the triangle stays
    C("zhs-probe-1907",
      ["画三个红色小圆，再画一个黄色的大三角",
       "圆形全都换成蓝的"],
      ["small blue circle", "small blue circle", "small blue circle", "large yellow triangle"], cat="plural"),

    # typo: pinyin slips 脚 for 角, 涩 for 色
    C("zhs-probe-1908",
      ["嗯 在左上脚画个黄涩的三脚形"],
      ["yellow triangle @top-left"], cat="typo"),

    # --- Traditional Chinese (陳經理, Taoyuan) ---
    # synonyms: 橘色 = orange, 方塊 = square; 咖啡色 = brown, 圓點 = circle
    C("zht-probe-1909",
      ["欸幫我畫一個橘色的方塊，放右上角",
       "然後左下角再一個咖啡色的圓點"],
      ["orange square @top-right", "brown circle @bottom-left"], cat="synonyms"),

    # reshape: star to hexagon, place and colour kept
    C("zht-probe-1910",
      ["畫一個紫色的星星在中間",
       "星星不太好看，把它改成六角形的"],
      ["purple hexagon @center"], cat="reshape"),

    # unknown: gold cannot be drawn -> asks back; answering yellow carries it out
    C("zht-probe-1911",
      ["幫我畫一個金色的星星",
       "那用黃色就好了"],
      ["yellow star"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),

    # question: where is the triangle; nothing changes
    C("zht-probe-1912",
      ["左上角畫個紅色三角形，右下角畫個綠色菱形",
       "請問三角形現在在哪個位置？"],
      ["red triangle @top-left", "green diamond @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["左上", "top left", "top-left"]}}, cat="question"),

    # correction: size corrected from large to small, still one object
    C("zht-probe-1913",
      ["畫一個大的灰色圓形",
       "欸不對，不要大的，改成小的"],
      ["small gray circle"], checks={1: {"n_objects": 1}}, cat="correction"),

    # multi: two adds with places and a recolour in one message
    C("zht-probe-1914",
      ["上面畫一個黃色星星，下面畫一個藍色六角形，然後把星星改成紅色"],
      ["red star @top", "blue hexagon @bottom"], cat="multi"),

    # numbers: 兩個 and 四個小的 in one message, then a count question
    C("zht-probe-1915",
      ["幫我畫兩個橘色的三角形跟四個小的藍色圓形",
       "現在總共有幾個？"],
      ["orange triangle", "orange triangle", "small blue circle", "small blue circle",
       "small blue circle", "small blue circle"],
      checks={1: {"unchanged": True, "reply_any": ["6", "六"]}}, cat="numbers"),

    # plural: 它們全部 -> all three squares become small
    C("zht-probe-1916",
      ["畫三個綠色的正方形",
       "把它們全部改小一點"],
      ["small green square", "small green square", "small green square"], cat="plural"),

    # --- Mixed (Kelvin, Hong Kong-born Londoner) ---
    # synonyms: "lime green" = green, 菱形, "centre"; "tangerine" = orange, 圓圈 = circle
    C("mix-probe-1917",
      ["hiya, put a lime green 菱形 in the centre 唔該",
       "and a tangerine 圓圈 top left cheers"],
      ["green diamond @center", "orange circle @top-left"], cat="synonyms"),

    # reshape: Cantonese pronoun 佢 with English verb, square -> star
    C("mix-probe-1918",
      ["draw a pink square 喺右邊",
       "hmm turn 佢 into a 星星 la"],
      ["pink star @right"], cat="reshape"),

    # unknown: a heart is no shape of the world -> nothing changes, asks back
    C("mix-probe-1919",
      ["画个 orange circle 先",
       "然后 add 一个 heart shape on top"],
      ["orange circle"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # question: which is higher, mixed words; answer names the blue star
    C("mix-probe-1920",
      ["draw a blue star at the top and a yellow triangle at the bottom",
       "哪个 is higher?"],
      ["blue star @top", "yellow triangle @bottom"],
      checks={1: {"unchanged": True, "reply_any": ["blue", "蓝", "藍"]}}, cat="question"),

    # multi: add, move, add above it, in one mixed message
    C("mix-probe-1921",
      ["ok so 画一个 red square top right, then move it to the bottom left, and add a 灰色 circle above it"],
      ["red square @bottom-left", "gray circle"], rel=[(1, "above", 0)], cat="multi"),

    # typo: misspelled English around Chinese shape words, incl. 正方型
    C("mix-probe-1922",
      ["drw a yelow 三角形 in teh middle pls",
       "and a smal grene 正方型 at the bottm"],
      ["yellow triangle @center", "small green square @bottom"], cat="typo"),

    # correction: "the other one" after a recolour -> left gets red back, right becomes blue
    C("mix-probe-1923",
      ["draw a red circle on the left and a red circle on the right",
       "make the left one blue",
       "no 唔係嗰個, 另一個啦"],
      ["red circle @left", "blue circle @right"], cat="correction"),

    # numbers: Cantonese frame with English number words, then a count question
    C("mix-probe-1924",
      ["畀我畫 two cyan diamonds 同埋 one big brown square 唔該",
       "而家有幾多個 shapes?"],
      ["cyan diamond", "cyan diamond", "large brown square"],
      checks={1: {"unchanged": True, "reply_any": ["3", "three", "三"]}}, cat="numbers"),
    # writer BN:
    # Blind probe BN (ids 1925-1956).
    # Personas:
    #  - en:  Coach Denis, a Canadian minor-hockey coach from Saskatoon: casual, "eh", "bud", slang, lowercase.
    #  - zhs: 阿芳, a flower seller at a Kunming market: Yunnan-flavoured colloquial ("整一个", "嘛", "哦", "老板").
    #  - zht: 陳老師, a university lecturer in Taichung: polite Taiwanese typing ("麻煩", "請問", "欸", "ㄉ"), zhuyin slips.
    #  - mix: Maya, a 9-year-old American kid at an international school in Shanghai, mixing English and Chinese.

    # en synonyms: crimson disc -> red circle, navy box -> blue square; Canadian remark "beauty."
    C("en-probe-1925",
      ["hey there, coach Denis here 👋 can ya throw a crimson disc up in the top right corner",
       "beauty. now a navy box down in the bottom left eh"],
      ["red circle @top-right", "blue square @bottom-left"], cat="synonyms"),

    # en numbers: "a few" is asked back, the answer "4" adds four
    C("en-probe-1926",
      ["alright, put down a few orange stars for the boys",
       "4 please, thanks bud"],
      ["orange star", "orange star", "orange star", "orange star"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}, 1: {"n_objects": 4}},
      cat="numbers"),

    # en multi: recolour + add with a place in one message
    C("en-probe-1927",
      ["Draw a green triangle smack in the middle",
       "ok now make the triangle yellow and stick a purple hexagon on the left side of the screen"],
      ["yellow triangle @center", "purple hexagon @left"], cat="multi"),

    # en correction: place corrected -> move, British "grey"
    C("en-probe-1928",
      ["can you draw a grey diamond in the bottom right",
       "no no, I meant bottom LEFT, my bad"],
      ["gray diamond @bottom-left"], cat="correction"),

    # en plural: "em both" resized large after two small ones
    C("en-probe-1929",
      ["two small pink circles please",
       "now make em both big"],
      ["large pink circle", "large pink circle"],
      checks={1: {"n_objects": 2}}, cat="plural"),

    # en reshape: "oughta be a star instead"
    C("en-probe-1930",
      ["put a brown square up at the top",
       "hmm, that square oughta be a star instead"],
      ["brown star @top"], cat="reshape"),

    # en question: relation check, yes; nothing changes
    C("en-probe-1931",
      ["draw a blue hexagon on the right and a red star on the left",
       "so is the star to the left of the hexagon or what"],
      ["blue hexagon @right", "red star @left"],
      checks={1: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),

    # en typo: misspelt colours, shapes and places
    C("en-probe-1932",
      ["draw a yelow circel in the centre pls",
       "now a purpel triangel at the botom"],
      ["yellow circle @center", "purple triangle @bottom"], cat="typo"),

    # zhs synonyms: 大红 = red (not size), 圆球 = circle, 墨绿 = green, 方块 = square; 老板 is an address
    C("zhs-probe-1933",
      ["老板，帮我在正中间整一个大红色的圆球嘛",
       "再在左上角来个墨绿色的方块"],
      ["red circle @center", "green square @top-left"], cat="synonyms"),

    # zhs numbers: 两颗 + 三个 across two turns
    C("zhs-probe-1934",
      ["帮我画两颗粉色的五角星哦",
       "再整三个紫色的菱形"],
      ["pink star", "pink star", "purple diamond", "purple diamond", "purple diamond"],
      checks={1: {"n_objects": 5}}, cat="numbers"),

    # zhs multi: move then add in one message
    C("zhs-probe-1935",
      ["右下角画一个黄色的三角形",
       "把三角形挪到左下角去，然后右上角加个青色的六边形"],
      ["yellow triangle @bottom-left", "cyan hexagon @top-right"], cat="multi"),

    # zhs correction: 不要橙色的，我要咖啡色的 -> recolour brown, place kept
    C("zhs-probe-1936",
      ["在上面画一个橙色的圆圈",
       "哎呀搞错了，不要橙色的，我要咖啡色的"],
      ["brown circle @top"], cat="correction"),

    # zhs plural: remove all circles, keep the triangle
    C("zhs-probe-1937",
      ["画一个红色三角形和两个绿色圆形",
       "把圆形都删了，三角形留着"],
      ["red triangle"], checks={1: {"n_objects": 1}}, cat="plural"),

    # zhs reshape: 方块 -> 六边形 with a remark
    C("zhs-probe-1938",
      ["在下面画一个灰色的正方形",
       "这个方块看着不舒服，改成六边形嘛"],
      ["gray hexagon @bottom"], cat="reshape"),

    # zhs question: colour of the diamond, nothing changes
    C("zhs-probe-1939",
      ["左上角画一个紫色菱形，右下角画一个橙色的圆",
       "菱形是什么颜色来着？"],
      ["purple diamond @top-left", "orange circle @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["紫"]}}, cat="question"),

    # zhs unknown: a heart shape is not in the world -> asks back, picture kept
    C("zhs-probe-1940",
      ["画个蓝色的圆",
       "再给我画一个红色的爱心嘛"],
      ["blue circle"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # zht synonyms: 深藍色 = blue, 圓點 = circle, 橘色 = orange, 方塊 = square
    C("zht-probe-1941",
      ["麻煩在正中央畫一個深藍色的圓點，謝謝",
       "右下角再加一個橘色的方塊"],
      ["blue circle @center", "orange square @bottom-right"], cat="synonyms"),

    # zht typo: zhuyin slips 右上腳 (角), 星行 (形), ㄉ (的), 六變形 (邊)
    C("zht-probe-1942",
      ["幫我在右上腳畫一個紫色的星行",
       "再畫一個黃色ㄉ六變形在中間"],
      ["purple star @top-right", "yellow hexagon @center"], cat="typo"),

    # zht multi: recolour one, move the other, in one message (square took the center, triangle top-left)
    C("zht-probe-1943",
      ["請畫一個紅色的正方形和一個藍色的三角形",
       "把正方形改成綠色，三角形移到右下角"],
      ["green square @center", "blue triangle @bottom-right"], cat="multi"),

    # zht correction: 不是左下角啦，是右上角 -> move
    C("zht-probe-1944",
      ["左下角畫一個粉紅色的星星",
       "欸不是左下角啦，是右上角"],
      ["pink star @top-right"], cat="correction"),

    # zht plural: both small diamonds recoloured, the circle untouched
    C("zht-probe-1945",
      ["先在中間畫一個黃色圓形",
       "再畫兩個小的灰色菱形",
       "把這兩個菱形都改成紫色"],
      ["yellow circle @center", "small purple diamond", "small purple diamond"], cat="plural"),

    # zht reshape: triangle -> circle with a remark, place kept
    C("zht-probe-1946",
      ["在上面畫一個橘色的三角形",
       "嗯…三角形太尖了，請幫我改成圓形"],
      ["orange circle @top"], cat="reshape"),

    # zht question: how many shapes (no triangle, so 三 only comes from the count)
    C("zht-probe-1947",
      ["畫一個紅色的星星、一個綠色的圓形跟一個藍色的六角形",
       "請問現在總共有幾個圖形？"],
      ["red star", "green circle", "blue hexagon"],
      checks={1: {"unchanged": True, "reply_any": ["3", "三"]}}, cat="question"),

    # zht unknown: black cannot be drawn -> asks back; answer gray carries the held add out at the center
    C("zht-probe-1948",
      ["在中間畫一個黑色的正方形",
       "那用灰色好了"],
      ["gray square @center"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),

    # mix numbers: 两个 red stars 和 one blue circle
    C("mix-probe-1949",
      ["can you draw 两个 red stars 和 one blue circle"],
      ["red star", "red star", "blue circle"],
      checks={0: {"n_objects": 3}}, cat="numbers"),

    # mix typo: purpel, hexagn, grene, bottm in mixed sentences
    C("mix-probe-1950",
      ["画一个 purpel 的 hexagn 在 top left",
       "然后 a grene 三角形 at the bottm"],
      ["purple hexagon @top-left", "green triangle @bottom"], cat="typo"),

    # mix unknown: 彩虹色 is no colour of the world -> asks back; "pink" answers it
    C("mix-probe-1951",
      ["draw a 彩虹色 circle!!",
       "ok 那就 pink 吧"],
      ["pink circle"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),

    # mix question: where is the diamond, nothing changes
    C("mix-probe-1952",
      ["put a 黄色 diamond in the 右上角 please",
       "add 一个 purple square 在 middle",
       "where is the diamond 呀?"],
      ["yellow diamond @top-right", "purple square @center"],
      checks={2: {"unchanged": True, "reply_any": ["top right", "top-right", "右上"]}}, cat="question"),

    # mix correction: count said instead, three -> two
    C("mix-probe-1953",
      ["画三个 orange circles",
       "oops 我只要 two 个"],
      ["orange circle", "orange circle"],
      checks={1: {"n_objects": 2}}, cat="correction"),

    # mix synonyms: 巧克力色 ball -> brown circle, lime 色 box -> green square
    C("mix-probe-1954",
      ["draw a 巧克力色 ball in the 正中间",
       "then a lime 色 box bottom right"],
      ["brown circle @center", "green square @bottom-right"], cat="synonyms"),

    # mix multi: recolour + remove in one mixed message
    C("mix-probe-1955",
      ["画一个 red circle 在左边, and a blue star on the right side",
       "now 把 circle 变成 green 然后 delete the star"],
      ["green circle @left"], cat="multi"),

    # mix reshape: big square -> triangle, size and place kept
    C("mix-probe-1956",
      ["draw a big cyan square at the bottom",
       "我不喜欢 square, can u change it into a triangle?"],
      ["large cyan triangle @bottom"], cat="reshape"),
]


TWENTY_SIXTH = [
    # writer BO:
    # Blind probe BO, ids 1957-1988. Everyone here is typing quickly on a phone between other things.
    # Personas:
    #  - Dev: a food-delivery rider in Leeds on a ten-minute break, one thumb, lowercase, British spelling,
    #    "mate", "ta", "cheers", plenty of slips.
    #  - Xiaoyu (小雨): a junior-secondary student in Guangzhou doing this after homework; simplified Chinese,
    #    emoji, "哈哈哈", "emmm", the odd English word when she feels like it.
    #  - Lao Zhou (老周): a delivery rider in Shenzhen typing pinyin while waiting for orders; terse, no
    #    punctuation, homophone slips from the input method.
    #  - Mrs Chen (陳老師): a retired primary-school teacher in Taipei; traditional characters, polite,
    #    full-width punctuation, says 請 and 謝謝.
    #  - Ah Ming (阿明): a Hong Kong rider who types Cantonese (畀, 嘅, 嚟, 佢哋, 細) in traditional characters.
    #  - Jasmine: a Singaporean office worker on her lunch break mixing English and Chinese, "lah", "ah", "can?".

    # --- English ---
    # synonyms: "navy blue" -> blue, "box" -> square, "scarlet" -> red, "ball" -> circle, "dead in the middle" -> center
    C("en-probe-1957",
      ["alright mate, chuck a navy blue box in the top left corner",
       "and a scarlet ball dead in the middle cheers"],
      ["blue square @top-left", "red circle @center"],
      checks={1: {"n_objects": 2}}, cat="synonyms"),

    # numbers: "two" as a word, then "3" as a digit with a size word "tiny"
    C("en-probe-1958",
      ["hiya can u do two purple stars for me",
       "and 3 tiny orange triangles ta"],
      ["purple star", "purple star",
       "small orange triangle", "small orange triangle", "small orange triangle"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 5}}, cat="numbers"),

    # multi: three adds at three places in one message, wrapped in a remark, British "grey"
    C("en-probe-1959",
      ["ok quick one before i head off again: stick a red triangle top right, green hexagon bottom left and a grey diamond in the middle"],
      ["red triangle @top-right", "green hexagon @bottom-left", "gray diamond @center"],
      checks={0: {"n_objects": 3}}, cat="multi"),

    # correction: the place is corrected right after the add; one small yellow star, at the bottom
    C("en-probe-1960",
      ["could you put a little yellow star at the top please",
       "oh sorry not the top, i meant the bottom"],
      ["small yellow star @bottom"],
      checks={1: {"n_objects": 1}}, cat="correction"),

    # plural: three circles added, then "them" recoloured and shrunk as a group
    C("en-probe-1961",
      ["three green dots please",
       "now make them all blue",
       "and make them smaller"],
      ["small blue circle", "small blue circle", "small blue circle"],
      checks={1: {"n_objects": 3}, 2: {"n_objects": 3}}, cat="plural"),

    # question: comparison of height answered by name, picture unchanged
    C("en-probe-1962",
      ["draw a brown star in the bottom right and a pink diamond top left",
       "which one's higher up?"],
      ["brown star @bottom-right", "pink diamond @top-left"],
      rel=[(1, "above", 0)],
      checks={1: {"unchanged": True, "n_objects": 2, "reply_any": ["pink", "diamond"]}}, cat="question"),

    # typo: misspelt verb, colours, shapes and direction; second object to the right of the first
    C("en-probe-1963",
      ["drwa a yelow trianlge",
       "now put a blu sqaure to the rigth of it"],
      ["yellow triangle @center", "blue square @right"],
      rel=[(1, "right_of", 0)], cat="typo"),

    # unknown: a heart is no shape of the world -> asks back, nothing changes; then a real shape
    C("en-probe-1964",
      ["draw an orange hexagon",
       "n a red heart next to it pls",
       "fine, a red diamond then"],
      ["orange hexagon", "red diamond"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}, 2: {"n_objects": 2}},
      cat="unknown"),

    # --- Simplified Chinese ---
    # synonyms: 大红色 -> red (a colour, not a size), 圆圈 -> circle, 墨绿 -> green, 方块 -> square
    C("zhs-probe-1965",
      ["帮我在右下角画个大红色的圆圈 哈哈哈",
       "左上角再来个墨绿的方块😂"],
      ["red circle @bottom-right", "green square @top-left"],
      checks={1: {"n_objects": 2}}, cat="synonyms"),

    # numbers: 两个 in characters, then 4 as a digit with 小的
    C("zhs-probe-1966",
      ["来两个黄三角",
       "再加4个小的紫色菱形"],
      ["yellow triangle", "yellow triangle",
       "small purple diamond", "small purple diamond", "small purple diamond", "small purple diamond"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 6}}, cat="numbers"),

    # multi: three adds in one message with 最上面 / 最下面 / 中间
    C("zhs-probe-1967",
      ["哈喽 在最上面画一个粉色五角星，最下面画一个青色六边形，然后中间放个灰色的方块"],
      ["pink star @top", "cyan hexagon @bottom", "gray square @center"],
      checks={0: {"n_objects": 3}}, cat="multi"),

    # correction: 不是蓝色 是绿色 right after the add; still one circle on the left
    C("zhs-probe-1968",
      ["左边画个蓝色的圆",
       "打错了 不是蓝色 是绿色"],
      ["green circle @left"],
      checks={1: {"n_objects": 1}}, cat="correction"),

    # reshape: an opinion ("方的好丑") and then 把它变成星星; colour and place stay
    C("zhs-probe-1969",
      ["在中间画个橙色的正方形",
       "emmm 方的好丑 把它变成星星吧✨"],
      ["orange star @center"],
      checks={1: {"n_objects": 1}}, cat="reshape"),

    # question: asking the colour of one object; nothing changes
    C("zhs-probe-1970",
      ["右上角画个紫色的大菱形",
       "左下角来个小的黄色圆",
       "那个菱形是啥颜色来着"],
      ["large purple diamond @top-right", "small yellow circle @bottom-left"],
      checks={2: {"unchanged": True, "n_objects": 2, "reply_any": ["紫", "purple"]}}, cat="question"),

    # typo: pinyin homophone slips 又边(右边) 皇色(黄色) 三脚形(三角形) 正方行(正方形); add above "it"
    C("zhs-probe-1971",
      ["在又边画一个皇色的三脚形",
       "再在它上面加个绿色正方行"],
      ["yellow triangle @right", "green square @top-right"],
      rel=[(1, "above", 0)], cat="typo"),

    # unknown: a moon is no shape of the world -> asks back, unchanged; then a star instead
    C("zhs-probe-1972",
      ["在左上角画个黄色的月亮🌙",
       "算了 那画个黄色五角星吧"],
      ["yellow star"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}, 1: {"n_objects": 1}},
      cat="unknown"),

    # --- Traditional Chinese ---
    # synonyms: 正中央 -> center, 深藍色 -> blue, 淺灰色 -> gray, 六角形 -> hexagon; polite frame
    C("zht-probe-1973",
      ["您好，請幫我在畫面正中央畫一個深藍色的菱形，謝謝。",
       "再麻煩您在右上角加一個淺灰色的六角形。"],
      ["blue diamond @center", "gray hexagon @top-right"],
      checks={1: {"n_objects": 2}}, cat="synonyms"),

    # numbers: Cantonese, 三個 then 兩個 with 細細 (small)
    C("zht-probe-1974",
      ["畀我畫三個啡色嘅星星",
       "再嚟兩個細細嘅橙色正方形"],
      ["brown star", "brown star", "brown star",
       "small orange square", "small orange square"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),

    # multi: two adds in one message, then a recolour and a move in one message
    C("zht-probe-1975",
      ["請在左邊畫一個綠色的正方形，在右邊畫一個紫色的星形。",
       "然後把正方形改成黃色，星形移到下方，謝謝。"],
      ["yellow square @left", "purple star @bottom"],
      checks={1: {"n_objects": 2}}, cat="multi"),

    # correction: recolour of the wrong one of two identical triangles, then 另一個 -> the other gets the green
    C("zht-probe-1976",
      ["在左邊畫一個粉紅色的三角形，右邊也畫一個粉紅色的三角形。",
       "把左邊那個三角形改成綠色。",
       "不好意思，我說的是另一個。"],
      ["pink triangle @left", "green triangle @right"],
      checks={2: {"n_objects": 2}}, cat="correction"),

    # plural: Cantonese 佢哋 / 兩個都 change both hexagons, colour then size
    C("zht-probe-1977",
      ["畫兩個黃色嘅六角形",
       "佢哋全部轉藍色啦",
       "兩個都整細啲"],
      ["small blue hexagon", "small blue hexagon"],
      checks={1: {"n_objects": 2}, 2: {"n_objects": 2}}, cat="plural"),

    # reshape: an opinion with a polite request; colour and place stay
    C("zht-probe-1978",
      ["請在下方畫一個咖啡色的正方形。",
       "我覺得它改成圓形比較好看，麻煩您幫我改一下。"],
      ["brown circle @bottom"],
      checks={1: {"n_objects": 1}}, cat="reshape"),

    # question: how many objects, answered 3, nothing changes
    C("zht-probe-1979",
      ["在左上角畫一個紅色星形，在右上角畫一個橘色菱形，中間畫一個綠色圓形。",
       "請問現在畫面上總共有幾個圖形呢？"],
      ["red star @top-left", "orange diamond @top-right", "green circle @center"],
      checks={1: {"unchanged": True, "n_objects": 3, "reply_any": ["3", "三"]}}, cat="question"),

    # unknown: 幾個 gives no number -> asks how many, unchanged; the answer 四個 adds four
    C("zht-probe-1980",
      ["畫幾個紫色嘅圓形",
       "四個啦"],
      ["purple circle", "purple circle", "purple circle", "purple circle"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}, 1: {"n_objects": 4}},
      cat="unknown"),

    # --- Mixed English and Chinese ---
    # synonyms: 橘色 box -> orange square, violet 圆球 -> purple circle; Singlish "can?"
    C("mix-probe-1981",
      ["hi can draw one 橘色 box at bottom right? thanks ah",
       "then one violet 圆球 top left"],
      ["orange square @bottom-right", "purple circle @top-left"],
      checks={1: {"n_objects": 2}}, cat="synonyms"),

    # numbers: 五个 in Chinese inside English, then "one more"
    C("mix-probe-1982",
      ["can help me draw 五个 small green stars",
       "add one more big 红色 diamond also"],
      ["small green star", "small green star", "small green star", "small green star", "small green star",
       "large red diamond"],
      checks={0: {"n_objects": 5}, 1: {"n_objects": 6}}, cat="numbers"),

    # multi: two adds in one mixed message with places in both languages, then a third add
    C("mix-probe-1983",
      ["左边画一个 yellow circle 然后 right side 来个 blue triangle",
       "top 再加个 pink hexagon 😊"],
      ["yellow circle @left", "blue triangle @right", "pink hexagon @top"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 3}}, cat="multi"),

    # correction: a count corrected down from 4 to 3
    C("mix-probe-1984",
      ["give me 4 cyan squares",
       "aiyo typo, only want 3 个 lah"],
      ["cyan square", "cyan square", "cyan square"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 3}}, cat="correction"),

    # plural: "the circles" removes both circles, the star stays
    C("mix-probe-1985",
      ["draw 2 grey circles and 1 purple star",
       "actually the circles 全部 delete 掉"],
      ["purple star"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 1}}, cat="plural"),

    # reshape: question-shaped request to change the shape; colour and place stay
    C("mix-probe-1986",
      ["在右上角画一个 red square",
       "hmm can change it to 三角形 instead?"],
      ["red triangle @top-right"],
      checks={1: {"n_objects": 1}}, cat="reshape"),

    # question: where is the star (bottom), nothing changes
    C("mix-probe-1987",
      ["put a brown diamond at the top and a cyan star at the bottom",
       "eh the star 在哪里 ah?"],
      ["brown diamond @top", "cyan star @bottom"],
      checks={1: {"unchanged": True, "n_objects": 2, "reply_any": ["bottom", "下"]}}, cat="question"),

    # typo: "purpel", "六边行", "ornage"; second object to the left of the first
    C("mix-probe-1988",
      ["pls draw a purpel 六边行 in the centre",
       "and a ornage 三角 on its left"],
      ["purple hexagon @center", "orange triangle @left"],
      rel=[(1, "left_of", 0)], cat="typo"),
    # writer BP:
    # Blind probe BP, ids 1989-2020 (8 per language: en 1989-1996, zhs 1997-2004, zht 2005-2012, mix 2013-2020).
    # Personas:
    #  - Lucas, an English learner from Brazil: polite, greets a lot ("good night!" as an evening hello),
    #    Portuguese word order ("I would like that you draw", "in the left", "and after", "is above of"), "a orange".
    #  - Davo, an Australian tradesman: "g'day mate", "chuck/whack/stick a ...", "reckon", "heaps", "ta", "bugger".
    #  - Ah Por (阿婆), a Hong Kong grandmother dictating by voice input: Cantonese, traditional characters, no
    #    punctuation, spaces where she pauses, homophone slips from the recogniser (園形, 左下腳, 正方型).
    #  - Vivian, a Shanghai designer: writes simplified Chinese, drops English design words in (canvas, center,
    #    shape, size, top right) and English colour/shape names; sometimes plain Chinese with pinyin-input slips.

    # --- English ---
    # synonyms: "navy" = blue, "box" = square, "big" = large, "crimson" = red, "dot" = circle, "little" = small;
    # Aussie frame "chuck a ... would ya", place phrases "up the top left", "smack in the middle"
    C("en-probe-1989",
      ["g'day mate, chuck a big navy box up the top left would ya",
       "ta. and a little crimson dot smack in the middle"],
      ["large blue square @top-left", "small red circle @center"],
      checks={0: {"n_objects": 1}, 1: {"n_objects": 2}}, cat="synonyms"),

    # numbers: digits and words across two turns from a learner ("I would like that you draw")
    C("en-probe-1990",
      ["Hello! I would like that you draw two yellow triangles, please",
       "and also 3 green circles. thank you very much :)"],
      ["yellow triangle", "yellow triangle", "green circle", "green circle", "green circle"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 5}}, cat="numbers"),

    # correction of the place only: "wrong spot. meant bottom right" moves the one hexagon ("grey" spelling)
    C("en-probe-1991",
      ["righto, stick a grey hexagon in the bottom left corner",
       "bugger, wrong spot. meant bottom right"],
      ["gray hexagon @bottom-right"],
      checks={1: {"n_objects": 1}}, cat="correction"),

    # question: a yes/no relation question in learner word order (no inversion), answer yes; picture unchanged
    C("en-probe-1992",
      ["good night! draw for me a pink diamond in the top and a brown square in the bottom",
       "the diamond is above of the square?"],
      ["pink diamond @top", "brown square @bottom"], rel=[(0, "above", 1)],
      checks={1: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),

    # reshape said as an opinion plus "change it over"
    C("en-probe-1993",
      ["whack a red triangle in the middle for us",
       "hmm reckon it'd look heaps better as a star. can ya change it over"],
      ["red star @center"],
      checks={1: {"n_objects": 1}}, cat="reshape"),

    # plural: "both of them" after two adds in one message, made small
    C("en-probe-1994",
      ["please make one blue circle in the left and one blue circle in the right",
       "now I want that both of them become small 😊"],
      ["small blue circle @left", "small blue circle @right"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 2}}, cat="plural"),

    # unknown shape: a heart is not in the world; nothing changes and the reply asks back
    C("en-probe-1995",
      ["chuck a green square in the top right",
       "and a heart next to it, the missus loves em"],
      ["green square @top-right"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # multi: add + add beside "it" in one message, then remove + move in one message ("take ... to")
    C("en-probe-1996",
      ["hi, please draw a orange hexagon in the bottom right, and after put a purple circle above it",
       "thank you. now remove the hexagon and take the circle to the center"],
      ["purple circle @center"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 1}}, cat="multi"),

    # --- Simplified Chinese ---
    # synonyms: 深绿色 = green, 圆点 = circle, 柠檬黄 = yellow, 方块 = square; 画布中央 = center
    C("zhs-probe-1997",
      ["帮我在画布中央画一个深绿色的圆点",
       "右上角再放个柠檬黄的方块"],
      ["green circle @center", "yellow square @top-right"],
      checks={1: {"n_objects": 2}}, cat="synonyms"),

    # numbers: one small triangle placed, then 三个 stars with "随便放" (no place)
    C("zhs-probe-1998",
      ["左下角来一个小小的粉色三角形",
       "再画三个紫色星星，位置随便放"],
      ["small pink triangle @bottom-left", "purple star", "purple star", "purple star"],
      checks={1: {"n_objects": 4}}, cat="numbers"),

    # multi: three adds, each with its own place, in one message; 顶部中间 is the top side
    C("zhs-probe-1999",
      ["左边画一个橙色六边形，右边画一个蓝色菱形，顶部中间再放一个灰色的圆"],
      ["orange hexagon @left", "blue diamond @right", "gray circle @top"],
      checks={0: {"n_objects": 3}}, cat="multi"),

    # correction: 不是正方形 是三角形 (space for comma) reshapes the one square, keeps colour and place
    C("zhs-probe-2000",
      ["画一个红色的正方形在左上角",
       "哎呀 不是正方形 是三角形"],
      ["red triangle @top-left"],
      checks={1: {"n_objects": 1}}, cat="correction"),

    # question: colour of the star; answer brown; nothing changes
    C("zhs-probe-2001",
      ["中间放个棕色五角星，左下放个青色的菱形",
       "星星是什么颜色的？"],
      ["brown star @center", "cyan diamond @bottom-left"],
      checks={1: {"unchanged": True, "reply_any": ["棕", "brown"]}}, cat="question"),

    # plural: 它们都 after two circles placed in two corners
    C("zhs-probe-2002",
      ["画两个黄色的圆，一个在左上角一个在右下角",
       "把它们都改成粉色"],
      ["pink circle @top-left", "pink circle @bottom-right"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 2}}, cat="plural"),

    # reshape with a designer's reason: 太死板了，改成六边形; size and colour stay
    C("zhs-probe-2003",
      ["右边画个大的紫色正方形",
       "这个方块太死板了，改成六边形吧"],
      ["large purple hexagon @right"],
      checks={1: {"n_objects": 1}}, cat="reshape"),

    # typo: pinyin-input slips 右下脚, 篮色, 六变型, 中见, 三角行
    C("zhs-probe-2004",
      ["在右下脚画个篮色的六变型",
       "然后中见加一个红色的三角行"],
      ["blue hexagon @bottom-right", "red triangle @center"],
      checks={1: {"n_objects": 2}}, cat="typo"),

    # --- Traditional Chinese (Hong Kong, voice input) ---
    # synonyms: 深藍色 = blue, 四方形 = square, 翠綠色 = green, 圓球 = circle; a remark about the grandson first
    C("zht-probe-2005",
      ["我個孫教我用把聲講就得 幫我喺右上角畫個深藍色嘅四方形 唔該",
       "再喺中間畫個翠綠色嘅圓球"],
      ["blue square @top-right", "green circle @center"],
      checks={1: {"n_objects": 2}}, cat="synonyms"),

    # numbers: 兩個細嘅 (two small) then 三個 (three), Cantonese 仲要
    C("zht-probe-2006",
      ["幫我畫兩個細嘅紫色菱形 唔該晒",
       "仲要三個橙色嘅六角形"],
      ["small purple diamond", "small purple diamond", "orange hexagon", "orange hexagon", "orange hexagon"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 5}}, cat="numbers"),

    # question: how many in Cantonese (幾多個), answer 3; nothing changes
    C("zht-probe-2007",
      ["畫一個灰色嘅圓形 一個粉紅色嘅星 同埋一個綠色嘅正方形",
       "而家總共有幾多個圖案呀"],
      ["gray circle", "pink star", "green square"],
      checks={0: {"n_objects": 3}, 1: {"unchanged": True, "reply_any": ["3", "三"]}}, cat="question"),

    # correction of the place: 唔係呀 我講錯咗 要放喺右邊 moves the one triangle to the right
    C("zht-probe-2008",
      ["喺左邊畫個橙色嘅三角形",
       "唔係呀 我講錯咗 要放喺右邊先啱"],
      ["orange triangle @right"],
      checks={1: {"n_objects": 1}}, cat="correction"),

    # plural: 啲星星 ... 刪咗佢哋 removes both stars, the square stays
    C("zht-probe-2009",
      ["畫兩個紅色嘅星星同一個藍色嘅正方形",
       "啲星星我唔要喇 刪咗佢哋"],
      ["blue square"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 1}}, cat="plural"),

    # reshape: 佢變做圓形好睇啲 幫我改吓 (opinion + request); large and green stay
    C("zht-probe-2010",
      ["中間畫個大嘅綠色菱形",
       "我覺得佢變做圓形好睇啲 幫我改吓"],
      ["large green circle @center"],
      checks={1: {"n_objects": 1}}, cat="reshape"),

    # unknown shape: 月亮 (moon) is not in the world; nothing changes, the reply asks back
    C("zht-probe-2011",
      ["畫個藍色嘅正方形喺中間",
       "再喺上面畫個黃色嘅月亮 我孫女最鍾意月亮"],
      ["blue square @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # typo: voice-recogniser homophones 左下腳, 園形, 正方型
    C("zht-probe-2012",
      ["喺左下腳畫一個紅色嘅園形",
       "跟住喺右邊畫個紫色嘅正方型"],
      ["red circle @bottom-left", "purple square @right"],
      checks={1: {"n_objects": 2}}, cat="typo"),

    # --- Mixed English and Chinese ---
    # synonyms in English inside Chinese: royal blue = blue, lavender = purple
    C("mix-probe-2013",
      ["canvas center 放一个 royal blue 的 circle",
       "top right 再加个 lavender 色的 star ✨"],
      ["blue circle @center", "purple star @top-right"],
      checks={1: {"n_objects": 2}}, cat="synonyms"),

    # multi: three adds with English shapes/colours and mixed places in one message
    C("mix-probe-2014",
      ["左边一个 red triangle，右边一个 yellow hexagon，bottom 再放个 gray 的 square，谢谢"],
      ["red triangle @left", "yellow hexagon @right", "gray square @bottom"],
      checks={0: {"n_objects": 3}}, cat="multi"),

    # correction of the colour: 我刚说错了，应该是 orange 的 不是 cyan
    C("mix-probe-2015",
      ["center 放个 diamond，颜色用 cyan",
       "啊我刚说错了，应该是 orange 的 不是 cyan"],
      ["orange diamond @center"],
      checks={1: {"n_objects": 1}}, cat="correction"),

    # question: where is the hexagon; answer top left; nothing changes
    C("mix-probe-2016",
      ["top left 画个 brown hexagon，bottom right 画个 pink circle",
       "那个 hexagon 现在在哪里？"],
      ["brown hexagon @top-left", "pink circle @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["top left", "top-left", "左上"]}}, cat="question"),

    # plural: 这三个 star ... 全部缩成 small size
    C("mix-probe-2017",
      ["画 3 个 green stars",
       "这三个 star 太抢眼了，全部缩成 small size"],
      ["small green star", "small green star", "small green star"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 3}}, cat="plural"),

    # numbers not given: 几颗 yellow stars asks how many; nothing changes
    C("mix-probe-2018",
      ["right side 放一个 purple square",
       "然后随便加几颗 yellow stars 做点缀"],
      ["purple square @right"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="numbers"),

    # reshape: 这个 shape 换成 triangle, with a designer's aside
    C("mix-probe-2019",
      ["在 bottom left 画一个 blue square",
       "这个 shape 换成 triangle 吧，更有 dynamic 感"],
      ["blue triangle @bottom-left"],
      checks={1: {"n_objects": 1}}, cat="reshape"),

    # typo: swapped/dropped letters in the English words (oragne, cirlce, rihgt, gren, traingle)
    C("mix-probe-2020",
      ["画一个 oragne 的 cirlce 在 top rihgt",
       "再加个 gren 的 traingle 在 left"],
      ["orange circle @top-right", "green triangle @left"],
      checks={1: {"n_objects": 2}}, cat="typo"),
    # writer BQ:
    # Blind probe cases, ids 2021-2052 (8 per language).
    # Personas (people who talk to the machine as to a person):
    #  - Jenna: a chatty American mom drawing with her toddler Milo on the couch; lowercase, emoji,
    #    narrates what the kid wants ("milo says ..."), everyday colour words.
    #  - Rohan: an Indian software tester in Bengaluru who pokes at edge cases; Indian English
    #    ("kindly", "only", "both the circles"), exact counts, fast typing with typos, and he
    #    code-switches to Chinese because his team is in Shanghai.
    #  - 小瑜: a Taiwanese university student typing with Zhuyin input; writes ㄉ for 的, 惹 for 了,
    #    ㄋ for 呢, tone/homophone slips (又邊, 昨上角, 六角行), mixes English words into Chinese.
    #  - 老王: an impatient northern Chinese uncle; 整/搁/俩/仨/啥, short barked orders, "快点".
    # Phrasings are my own; expected results follow the README's rules only.

    # synonyms: "big" + "crimson ball" -> large red circle; "little navy box" -> small blue square
    C("en-probe-2021",
      ["hi there!! milo wants a big crimson ball right in the middle please 😊",
       "ooh and now a little navy box up in the top right corner"],
      ["large red circle @center", "small blue square @top-right"], cat="synonyms"),

    # numbers: word number then digit number, no places -> counts only
    C("en-probe-2022",
      ["ok first test - add exactly three green triangles pls",
       "now 2 pink diamonds also"],
      ["green triangle", "green triangle", "green triangle", "pink diamond", "pink diamond"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),

    # correction: recolour, then "he wanted purple not orange" -> purple, star stays at the top
    C("en-probe-2023",
      ["can you put a yellow star at the top for us",
       "make it orange",
       "no wait, sorry, he wanted purple not orange"],
      ["purple star @top"], checks={2: {"n_objects": 1}}, cat="correction"),

    # reshape: Indian-English "kindly convert ... only"; colour, size and place kept
    C("en-probe-2024",
      ["Please draw one large cyan hexagon on the right side.",
       "Kindly convert the hexagon into a diamond, same colour and size only."],
      ["large cyan diamond @right"], cat="reshape"),

    # question: yes/no about a relation, then a colour question; neither changes the picture
    C("en-probe-2025",
      ["okay we need an orange circle in the bottom left and a brown star in the top right",
       "milo wants to know, is the star above the circle?",
       "and what color is the round one"],
      ["orange circle @bottom-left", "brown star @top-right"],
      checks={1: {"reply_any": ["yes"], "unchanged": True},
              2: {"reply_any": ["orange"], "unchanged": True}}, cat="question"),

    # typo: swapped/dropped/doubled letters across colour, shape, size, place and verb
    C("en-probe-2026",
      ["drwa a smal blue sqaure in teh top left",
       "and a redd trinagle in the centre"],
      ["small blue square @top-left", "red triangle @center"], cat="typo"),

    # unknown: a heart is no shape of the world -> nothing changes, reply asks back
    C("en-probe-2027",
      ["can we get a green triangle please",
       "ooh now a pink heart next to it!! milo LOVES hearts 💕"],
      ["green triangle"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # plural: "both the circles" recolours the two circles, not the star
    C("en-probe-2028",
      ["Add two yellow circles and one gray star.",
       "Now make both the circles pink."],
      ["pink circle", "pink circle", "gray star"],
      checks={1: {"n_objects": 3}}, cat="plural"),

    # synonyms (northern): 整/搁, 大红 -> red, 墨绿 -> green, 小方块 -> small square
    C("zhs-probe-2029",
      ["给我整一个大红的五角星，搁正中间！快点",
       "再来个墨绿色的小方块，放左下角"],
      ["red star @center", "small green square @bottom-left"], cat="synonyms"),

    # numbers: 俩 = 2, 仨 = 3
    C("zhs-probe-2030",
      ["画俩蓝圆圈，别磨蹭",
       "再来仨橙色的三角"],
      ["blue circle", "blue circle", "orange triangle", "orange triangle", "orange triangle"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 5}}, cat="numbers"),

    # multi: one message moves the diamond, removes the hexagon and adds a circle at the top
    C("zhs-probe-2031",
      ["左上角画个黄色菱形，右下角画个紫色六边形",
       "把菱形挪到中间，六边形删了，顺便在上边加个粉色圆"],
      ["yellow diamond @center", "pink circle @top"],
      checks={1: {"n_objects": 2}}, cat="multi"),

    # correction of the place: "我说的是右边，不是左边" -> the circle goes to the right
    C("zhs-probe-2032",
      ["在左边画个棕色圆",
       "哎不对不对，我说的是右边，不是左边"],
      ["brown circle @right"], checks={1: {"n_objects": 1}}, cat="correction"),

    # plural: 星星都 -> every star recoloured; the remark about pink is no instruction
    C("zhs-probe-2033",
      ["来三个粉星星",
       "粉的看着别扭，星星都给我改成蓝色的"],
      ["blue star", "blue star", "blue star"],
      checks={1: {"n_objects": 3}}, cat="plural"),

    # question: count, then colour of the square (啥颜色来着); picture stays
    C("zhs-probe-2034",
      ["左边画个红方块，右边画个绿圆",
       "一共几个了？",
       "方块啥颜色来着？"],
      ["red square @left", "green circle @right"],
      checks={1: {"reply_any": ["2", "两", "二", "two"], "unchanged": True},
              2: {"reply_any": ["红", "red"], "unchanged": True}}, cat="question"),

    # typo: pinyin slips 右上脚(角) 篮色(蓝色) 三脚形(三角形) 左下脚 正方行(正方形)
    C("zhs-probe-2035",
      ["在右上脚画一个篮色的三脚形",
       "再在左下脚画个黄色正方行"],
      ["blue triangle @top-right", "yellow square @bottom-left"], cat="typo"),

    # unknown: a crescent (月牙) is no shape of the world -> unchanged, asks back
    C("zhs-probe-2036",
      ["中间画个蓝色六边形，快点的",
       "旁边再给我整个红月牙儿"],
      ["blue hexagon @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # synonyms (Taiwan): 檸檬黃 -> yellow, 咖啡色 -> brown, 顆/圓圈 with zhuyin ㄉ
    C("zht-probe-2037",
      ["幫我在右下角畫一顆檸檬黃ㄉ星星",
       "然後左上角一個咖啡色ㄉ圓圈"],
      ["yellow star @bottom-right", "brown circle @top-left"], cat="synonyms"),

    # numbers: five diamonds, then two more of the same -> seven
    C("zht-probe-2038",
      ["畫五個紫色ㄉ菱形",
       "再多兩個一樣ㄉ"],
      ["purple diamond"] * 7,
      checks={0: {"n_objects": 5}, 1: {"n_objects": 7}}, cat="numbers"),

    # multi: three adds in one message, the square above "它" (the circle), hexagon on the right
    C("zht-probe-2039",
      ["中間畫一個紅色圓形，它上面放一個藍色正方形，然後右邊再一個橘色六角形"],
      ["red circle @center", "blue square @top", "orange hexagon @right"],
      rel=[(1, "above", 0)], cat="multi"),

    # correction of the colour: 不是粉紅色啦 是紫色 -> purple diamond stays on the left
    C("zht-probe-2040",
      ["在左邊畫一個粉紅色ㄉ菱形",
       "欸不是粉紅色啦 是紫色"],
      ["purple diamond @left"], checks={1: {"n_objects": 1}}, cat="correction"),

    # reshape said with an opinion and a polite request (可以幫我改嗎 is a request)
    C("zht-probe-2041",
      ["畫一個灰色大正方形在正中間",
       "我覺得它變成星星會比較可愛ㄟ 可以幫我改嗎"],
      ["large gray star @center"], cat="reshape"),

    # question: where is the triangle, what colour is the circle (ㄋ for 呢); space as comma
    C("zht-probe-2042",
      ["右上角畫一個青色三角形 左下角畫一個橘色圓形",
       "三角形在哪裡啊",
       "那圓形是什麼顏色ㄋ"],
      ["cyan triangle @top-right", "orange circle @bottom-left"],
      checks={1: {"reply_any": ["右上", "top right", "top-right"], "unchanged": True},
              2: {"reply_any": ["橙", "橘", "orange"], "unchanged": True}}, cat="question"),

    # typo (zhuyin homophone/tone slips): 又邊(右邊) 六角行(六角形) 昨上角(左上角) 圓型
    C("zht-probe-2043",
      ["幫我在又邊畫一個綠色ㄉ六角行",
       "再在昨上角畫一個黃色ㄉ圓型"],
      ["green hexagon @right", "yellow circle @top-left"], cat="typo"),

    # plural: both stars shrink, the diamond keeps its size (unchecked)
    C("zht-probe-2044",
      ["畫兩個藍色星星 跟 一個紅色菱形",
       "幫我把兩顆星星都縮小一點"],
      ["small blue star", "small blue star", "red diamond"],
      checks={1: {"n_objects": 3}}, cat="plural"),

    # multi (mixed): two adds with English colour/shape/place words inside Chinese
    C("mix-probe-2045",
      ["幫我畫一個 purple 的 triangle 在 center，然後 bottom 放一個 yellow star"],
      ["purple triangle @center", "yellow star @bottom"], cat="multi"),

    # correction (mixed): the place said instead -> hexagon on the right
    C("mix-probe-2046",
      ["add a 橙色 hexagon on the left",
       "oops 不是 left，是 right 啦"],
      ["orange hexagon @right"], checks={1: {"n_objects": 1}}, cat="correction"),

    # reshape (mixed): circle -> diamond, colour and place kept
    C("mix-probe-2047",
      ["在中间画一个 pink circle",
       "hmm 把这个 circle 换成 diamond 吧"],
      ["pink diamond @center"], cat="reshape"),

    # question (mixed): count, then the star's colour
    C("mix-probe-2048",
      ["draw 一个 blue star 和一个 green square",
       "how many 图形 now?",
       "那个 star 是什么 color?"],
      ["blue star", "green square"],
      checks={1: {"reply_any": ["2", "two", "两", "二"], "unchanged": True},
              2: {"reply_any": ["blue", "蓝", "藍"], "unchanged": True}}, cat="question"),

    # unknown (mixed): white cannot be drawn -> asks back; the colour answer carries the add out
    C("mix-probe-2049",
      ["畫一個 white 的 circle 在中間",
       "那 yellow 好了"],
      ["yellow circle @center"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),

    # numbers (mixed): "一些" names no number -> asks how many; "four 顆" answers it
    C("mix-probe-2050",
      ["畫一些 orange 星星給我",
       "four 顆好了"],
      ["orange star"] * 4,
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]},
              1: {"n_objects": 4}}, cat="numbers"),

    # synonyms (mixed): 深蓝色 disc -> blue circle; emerald box -> green square
    C("mix-probe-2051",
      ["please draw one big 深蓝色 disc at top right",
       "and 一个 emerald 的 small box 在 bottom"],
      ["large blue circle @top-right", "small green square @bottom"], cat="synonyms"),

    # plural (mixed): every circle deleted, the square kept
    C("mix-probe-2052",
      ["draw 三个 purple 圆形 and 一个 yellow square",
       "delete 所有的 circles, 留下 square 就好"],
      ["yellow square"], checks={0: {"n_objects": 4}, 1: {"n_objects": 1}}, cat="plural"),
]


TWENTY_SEVENTH = [
    # writer BR:
    # Blind probe BR, ids 2053-2084. Personas (people in a hurry or distracted):
    #  - Dee, a nurse on a night shift: types on her break, lowercase, terse, British spellings,
    #    half-asleep corrections ("en" cases 2053, 2055, 2056, 2058, 2060).
    #  - Kai, a gamer who types in abbreviations and digits ("sq", "+", "ty", "lol", "teh"):
    #    "en" 2054, 2057, 2059 and "mix" 2077, 2078.
    #  - Ah Seng, a Malaysian Chinese shop owner between customers: simplified Chinese with
    #    Malaysian/Hokkien-flavoured particles (咯, 啦, 啊, 粒) and Manglish ("can or not", "lah",
    #    "got how many", "aiyo"): "zhs" 2061-2068 and "mix" 2080, 2081, 2082, 2084.
    #  - Wing, a Hong Kong secondary student writing Cantonese in traditional characters, with
    #    homophone slips (籃 for 藍, 型 for 形) and English words dropped in: "zht" 2069-2076 and
    #    "mix" 2079, 2083.

    # --- English ---------------------------------------------------------------------------
    # synonyms: navy -> blue, box -> square, scarlet -> red, dot -> circle; places said tersely
    C("en-probe-2053",
      ["hi, on my break so quick one. put a navy box top left pls",
       "and a scarlet dot bottom right thx"],
      ["blue square @top-left", "red circle @bottom-right"], cat="synonyms"),

    # numbers: digits in gamer shorthand, "+" as add; counts after each turn
    C("en-probe-2054",
      ["yo gimme 3 purple stars lol",
       "+ 2 green triangles"],
      ["purple star", "purple star", "purple star", "green triangle", "green triangle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),

    # correction: colour corrected in a fragment, with a remark about being tired
    C("en-probe-2055",
      ["can you do a pink hexagon in the middle",
       "sorry not pink. orange. I'm half asleep"],
      ["orange hexagon @center"], cat="correction"),

    # multi: two adds and a resize in one unpunctuated-ish message, British "grey"
    C("en-probe-2056",
      ["brown circle at the bottom, grey diamond top right, then make the circle small"],
      ["small brown circle @bottom", "gray diamond @top-right"],
      checks={0: {"n_objects": 2}}, cat="multi"),

    # question: yes/no about a relation, "sq" shorthand; answer is yes, picture unchanged
    C("en-probe-2057",
      ["ok so cyan star on the left + yellow sq on the right",
       "is the star to the left of the sq?"],
      ["cyan star @left", "yellow square @right"],
      checks={1: {"reply_any": ["yes"], "unchanged": True}}, cat="question"),

    # reshape: "make that square a star instead" after a hesitation, British "centre"
    C("en-probe-2058",
      ["green square in the centre please",
       "hmm no, make that square a star instead"],
      ["green star @center"], cat="reshape"),

    # unknown: a heart is not a shape the world has -> nothing changes, asks back
    C("en-probe-2059",
      ["blue square pls",
       "ty. now a pink heart next to it"],
      ["blue square"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # plural: "the circles" removes both circles, the star stays
    C("en-probe-2060",
      ["yellow circle, yellow star and a blue circle please",
       "get rid of the circles, only want the star"],
      ["yellow star"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 1}}, cat="plural"),

    # --- Simplified Chinese -----------------------------------------------------------------
    # typo: pinyin slips 涩 for 色 and 行 for 形, Malaysian particle 咯
    C("zhs-probe-2061",
      ["帮我画个黄涩三角行 放在左上角咯",
       "再画个绿色的正方行在右下角"],
      ["yellow triangle @top-left", "green square @bottom-right"], cat="typo"),

    # synonyms: 柠檬黄 -> yellow, 五角星 -> star, 宝蓝色 -> blue, 圆圈 -> circle
    C("zhs-probe-2062",
      ["给我一个柠檬黄的五角星，放中间就好",
       "右边再放个宝蓝色圆圈"],
      ["yellow star @center", "blue circle @right"], cat="synonyms"),

    # numbers: Chinese numerals, measure word 粒, 六角形 for hexagon
    C("zhs-probe-2063",
      ["帮我画四个橘色菱形啦",
       "再加两粒紫色六角形"],
      ["orange diamond", "orange diamond", "orange diamond", "orange diamond",
       "purple hexagon", "purple hexagon"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 6}}, cat="numbers"),

    # correction: place corrected with 不是...是...
    C("zhs-probe-2064",
      ["在右上角画一个粉色的星星",
       "哎呀不是右上角，是左下角"],
      ["pink star @bottom-left"], cat="correction"),

    # question: colour of the object at a place; answer green, nothing changes
    C("zhs-probe-2065",
      ["下面画一个棕色正方形，上面画一个绿色三角形",
       "上面那个是什么颜色的？"],
      ["brown square @bottom", "green triangle @top"],
      checks={1: {"reply_any": ["绿", "綠", "green"], "unchanged": True}}, cat="question"),

    # plural: "那些圆形全部" recolours both circles, not the square
    C("zhs-probe-2066",
      ["画两个红色圆形和一个蓝色正方形",
       "那些圆形全部换黄色的咯"],
      ["yellow circle", "yellow circle", "blue square"],
      checks={1: {"n_objects": 3}}, cat="plural"),

    # multi: steps 先...然后...最后 in one message; star above the hexagon, hexagon made smaller
    C("zhs-probe-2067",
      ["先在中间画个灰色六边形，然后在它上面放一颗紫色星星，最后把六边形弄小一点"],
      ["small gray hexagon @center", "purple star"], rel=[(1, "above", 0)],
      checks={0: {"n_objects": 2}}, cat="multi"),

    # unknown: 彩虹色 (rainbow) is no colour of the world -> nothing changes, asks back
    C("zhs-probe-2068",
      ["画一个红色正方形",
       "再来一个彩虹色的星星，要闪闪的那种"],
      ["red square"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- Traditional Chinese (Cantonese, Hong Kong) ------------------------------------------
    # typo: homophone slip 籃 for 藍 and 型 for 形, Cantonese 喺/畫個/唔該
    C("zht-probe-2069",
      ["喺右下角畫個籃色三角型啊唔該"],
      ["blue triangle @bottom-right"], cat="typo"),

    # reshape: remark "好核突" (so ugly) then 將佢轉做六角形
    C("zht-probe-2070",
      ["喺中間畫個黃色正方形",
       "好核突呀 將佢轉做六角形啦"],
      ["yellow hexagon @center"], cat="reshape"),

    # question: where is the diamond -> bottom right; nothing changes
    C("zht-probe-2071",
      ["畫一個紅色嘅圓形喺左上角，再畫個綠色菱形喺右下角",
       "菱形喺邊度呀？"],
      ["red circle @top-left", "green diamond @bottom-right"],
      checks={1: {"reply_any": ["右下", "bottom right", "bottom-right"], "unchanged": True}},
      cat="question"),

    # correction: colour corrected with 唔係...係..., 啡色 = brown
    C("zht-probe-2072",
      ["畫個啡色星星喺上面",
       "唔係啡色呀 係粉紅色"],
      ["pink star @top"], cat="correction"),

    # synonyms: 深紫色 -> purple, 鑽石 -> diamond, 銀灰色 -> gray, 五角星 -> star
    C("zht-probe-2073",
      ["畫粒深紫色嘅鑽石喺左邊，仲有個銀灰色五角星喺右邊"],
      ["purple diamond @left", "gray star @right"], cat="synonyms"),

    # numbers: 五個細細嘅 (five small), then two more of the same
    C("zht-probe-2074",
      ["畫五個細細嘅青色圓形",
       "再加多兩個一樣嘅"],
      ["small cyan circle"] * 7,
      checks={0: {"n_objects": 5}, 1: {"n_objects": 7}}, cat="numbers"),

    # multi: move then remove in one message (搬去 ... 跟住 ... 刪咗)
    C("zht-probe-2075",
      ["畫個藍色正方形同一個紅色三角形",
       "將正方形搬去右上角 跟住將個三角形刪咗"],
      ["blue square @top-right"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 1}}, cat="multi"),

    # plural: 佢哋全部 recolours all three stars
    C("zht-probe-2076",
      ["畫三個橙色星星",
       "將佢哋全部轉晒做灰色"],
      ["gray star", "gray star", "gray star"],
      checks={1: {"n_objects": 3}}, cat="plural"),

    # --- Mixed English / Chinese -------------------------------------------------------------
    # typo: "trinagle", "teh" in a mixed message
    C("mix-probe-2077",
      ["pls draw a 紫色 trinagle at teh top"],
      ["purple triangle @top"], cat="typo"),

    # unknown: camo is no colour the world has -> nothing drawn, asks back
    C("mix-probe-2078",
      ["gg now draw me a camo 色 star 在 top right"],
      [],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),

    # reshape: Cantonese with English shape words, request with 得唔得 tag
    C("mix-probe-2079",
      ["畫個 green square 喺中間",
       "個 square 好 boring，轉做 diamond 得唔得"],
      ["green diamond @center"], cat="reshape"),

    # question: Manglish "now got how many ... ah?" -> 3, nothing changes
    C("mix-probe-2080",
      ["画一个 yellow circle",
       "再 add 一个 pink square 和一个 brown star",
       "now got how many 图形 ah?"],
      ["yellow circle", "pink square", "brown star"],
      checks={2: {"reply_any": ["3", "three", "三"], "unchanged": True}}, cat="question"),

    # numbers: "some" names no number -> asks how many; the answer "3 lah" adds three
    C("mix-probe-2081",
      ["boss, draw some 蓝色 circle can or not",
       "3 lah"],
      ["blue circle", "blue circle", "blue circle"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]},
              1: {"n_objects": 3}}, cat="numbers"),

    # correction: count corrected after four stars -> two left
    C("mix-probe-2082",
      ["帮我 draw 4 个 red star",
       "aiyo too many lah, 2 个 enough already"],
      ["red star", "red star"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 2}}, cat="correction"),

    # synonyms: violet -> purple, rhombus -> diamond, lime -> green, ball -> circle
    C("mix-probe-2083",
      ["喺左下角畫個 violet 色嘅 rhombus，再喺右上角放個 lime 色嘅 ball"],
      ["purple diamond @bottom-left", "green circle @top-right"], cat="synonyms"),

    # multi: a move and an add in one mixed message
    C("mix-probe-2084",
      ["先画一个 brown hexagon 在 center",
       "then 把 hexagon 移去 left, 还有 add 一个 red diamond 在 right 咯"],
      ["brown hexagon @left", "red diamond @right"],
      checks={1: {"n_objects": 2}}, cat="multi"),
    # writer BS:
    # Blind probe, ids 2085-2116. Personas (long, polite or roundabout writers):
    #  - Hamish, a retired Scottish civil engineer: long courteous sentences, British spelling, Scots words
    #    ("wee", "och", "dinnae"), remarks about his grandson and his eyesight.        (en)
    #  - Yuki, a Japanese exchange student: careful textbook English with small grammar slips, and Chinese
    #    as a second language with pinyin-input slips; mixes English into Chinese.      (en, zhs, mix)
    #  - 老陈, a Chengdu tea-house owner: chatty Sichuan words (整, 搁, 要得, 啥子, 耍一哈), asides about
    #    business and his wife; picks up English words from his grandson.              (zhs, mix)
    #  - 林老師, a Taipei kindergarten teacher narrating to her class: 小朋友們, 喔, 呀, zhuyin slips (ㄉ),
    #    and some English for teaching.                                                 (zht, mix)

    # en synonyms: scarlet ball / royal blue cube, placed below the first one (below top-left = left)
    C("en-probe-2085",
      ["Good afternoon. My grandson set this contraption up for me and says I've only to type what I'm after, so here goes. Could you put a scarlet ball up in the top left corner, please?",
       "Grand. Now, if it's no bother, a royal blue cube directly underneath that one."],
      ["red circle @top-left", "blue square @left"], rel=[(1, "below", 0)], cat="synonyms"),

    # en numbers: "three wee" stars, then a roundabout count question
    C("en-probe-2086",
      ["Right then. I'd like three wee yellow stars, if you please. Dinnae fuss about where they go.",
       "And how many shapes have you got on there now, all told?"],
      ["small yellow star", "small yellow star", "small yellow star"],
      checks={1: {"unchanged": True, "reply_any": ["3", "three"]}}, cat="numbers"),

    # en correction of the place: bottom right -> bottom left, still one object
    C("en-probe-2087",
      ["Och, I'd be grateful for a green triangle down in the bottom right corner, thank you kindly.",
       "No, no, my mistake entirely \u2014 I meant the bottom left. My eyes aren't what they were."],
      ["green triangle @bottom-left"], checks={1: {"n_objects": 1}}, cat="correction"),

    # en question: yes/no relation question from a non-native speaker (answer: no)
    C("en-probe-2088",
      ["Hello! Excuse me, I am exchange student from Osaka and my English is not so good. Please draw one pink hexagon at the right side and one orange diamond at the left side.",
       "Thank you very much. Sorry, one question: is the pink hexagon on the left of the orange diamond?"],
      ["pink hexagon @right", "orange diamond @left"],
      checks={1: {"unchanged": True, "reply_any": ["no"]}}, cat="question"),

    # en reshape: square in the middle becomes a hexagon, said with an opinion and a polite ask
    C("en-probe-2089",
      ["Put a grey square slap bang in the middle, would you.",
       "Actually, on reflection, I think that'd sit better as a hexagon. Would you mind changing it over?"],
      ["gray hexagon @center"], cat="reshape"),

    # en unknown: "tartan" is no colour of the world -> asks back; the answer "purple" carries it out
    C("en-probe-2090",
      ["Now here's one to test you: a tartan circle along the top, in honour of my clan.",
       "Ah well, I suppose that's asking a lot of a computer. Purple will do then."],
      ["purple circle @top"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "\uff1f"]}}, cat="unknown"),

    # en plural: "both of them" recoloured and made smaller
    C("en-probe-2091",
      ["Hi, good evening. Can I have two blue triangles, please?",
       "Thank you! Hmm, they are little bit big for me... could you make both of them yellow and a bit smaller?"],
      ["small yellow triangle", "small yellow triangle"], cat="plural"),

    # en multi: three adds in one long message, each with its own place
    C("en-probe-2092",
      ["Three wee jobs for you, if you've a minute: a brown star in the top right corner, a turquoise diamond over on the left, and an orange circle along the bottom. Much obliged."],
      ["brown star @top-right", "cyan diamond @left", "orange circle @bottom"], cat="multi"),

    # zhs synonyms: 草绿色 圆圈, 朱红色 方块 to its right (right of bottom-left = bottom), Sichuan words
    C("zhs-probe-2093",
      ["你好噻，我是开茶馆的老陈，今天下午没得啥子客人，来耍一哈。帮我在左下角整一个草绿色的圆圈嘛。",
       "要得要得。再搁一个朱红色的方块在它右边。"],
      ["green circle @bottom-left", "red square @bottom"], rel=[(1, "right_of", 0)], cat="synonyms"),

    # zhs numbers: five small triangles, then a count question
    C("zhs-probe-2094",
      ["今天生意淡，陪你耍会儿。来五个小的黄色三角形，随便你摆哪儿。",
       "数一哈，现在一共有几个图形了？"],
      ["small yellow triangle"] * 5,
      checks={1: {"unchanged": True, "reply_any": ["5", "五"]}}, cat="numbers"),

    # zhs correction: 不是蓝色的，是橙色的 -> recolour, still one object
    C("zhs-probe-2095",
      ["你好，我是从日本来的留学生，中文还不太好，请多多关照。请画一个蓝色的六边形在右上角。",
       "对不起，我刚才说错了。不是蓝色的，是橙色的。"],
      ["orange hexagon @top-right"], checks={1: {"n_objects": 1}}, cat="correction"),

    # zhs question: colour of the circle on the right, Sichuan 啥子颜色
    C("zhs-probe-2096",
      ["在正中间画个棕色的星星，再在右边画个粉红色的圆。",
       "我眼睛有点花，右边那个圆圈是啥子颜色哦？"],
      ["brown star @center", "pink circle @right"],
      checks={1: {"unchanged": True, "reply_any": ["粉", "pink"]}}, cat="question"),

    # zhs multi: a move of "it" and an add in one message
    C("zhs-probe-2097",
      ["先来一个灰色的正方形，搁到左上角。",
       "要得。现在把它挪到右下角去，顺便在正中间添个青色的三角形。"],
      ["gray square @bottom-right", "cyan triangle @center"], cat="multi"),

    # zhs typo: pinyin-input slips 又下角(右下角) 皇色(黄色) 三脚形(三角形) 篮色(蓝色) 正放形(正方形)
    C("zhs-probe-2098",
      ["你好，请在又下角画一个皇色的三脚形，谢谢",
       "再画一个篮色的正放形。"],
      ["yellow triangle @bottom-right", "blue square"], cat="typo"),

    # zhs plural: 这两个六边形都换成紫色, the circle untouched
    C("zhs-probe-2099",
      ["整一个红色的圆圈搁到上边。",
       "再来两个绿色的六边形。",
       "绿的不好看，把这两个六边形都换成紫色嘛。"],
      ["red circle @top", "purple hexagon", "purple hexagon"], cat="plural"),

    # zhs unknown: a heart (爱心) is no shape of the world -> nothing changes, asks back
    C("zhs-probe-2100",
      ["在左边画一个紫色的圆。",
       "再在它旁边画一个红色的爱心，我要拿给我老婆看。"],
      ["purple circle @left"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # zht synonyms: 橘色 星星, 咖啡色 方塊 said 大大的 (large), teacher narrating
    C("zht-probe-2101",
      ["小朋友們坐好喔～老師要請電腦幫我們畫畫。請在右上角畫一顆橘色的星星。",
       "哇，好漂亮！接下來在左下角放一個咖啡色的方塊，要大大的喔。"],
      ["orange star @top-right", "large brown square @bottom-left"], cat="synonyms"),

    # zht numbers: three pink circles, then 總共有幾個 count question
    C("zht-probe-2102",
      ["我們班今天有三位小朋友過生日，所以請幫我畫三個粉紅色的圓形。",
       "大家一起數數看～現在畫面上總共有幾個圖形呀？"],
      ["pink circle", "pink circle", "pink circle"],
      checks={1: {"unchanged": True, "reply_any": ["3", "三"]}}, cat="numbers"),

    # zht question: colour of the triangle, wrapped in talk to the class
    C("zht-probe-2103",
      ["請在正中央畫一個大大的綠色三角形，然後在最上面畫一個小小的黃色圓形。",
       "小朋友先猜猜看喔！電腦電腦，那個三角形是什麼顏色呢？"],
      ["large green triangle @center", "small yellow circle @top"],
      checks={1: {"unchanged": True, "reply_any": ["綠", "绿", "green"]}}, cat="question"),

    # zht correction of place: 不是左邊，是右邊 -> move, one object
    C("zht-probe-2104",
      ["請在左邊畫一個紫色的菱形。",
       "哎呀，老師講錯了，不是左邊，是右邊啦！"],
      ["purple diamond @right"], checks={1: {"n_objects": 1}}, cat="correction"),

    # zht reshape: square becomes a star, with a remark about a child who likes stars
    C("zht-probe-2105",
      ["請幫我們畫一個藍色的正方形。",
       "小美說她比較喜歡星星，那我們把這個正方形變成星星好了。"],
      ["blue star"], cat="reshape"),

    # zht typo: 坐上角(左上角) ㄉ(的) 六變形(六邊形) 錄色(綠色) 三角行(三角形)
    C("zht-probe-2106",
      ["小朋友安靜一下喔～請在坐上角畫一個黃色ㄉ六變形",
       "再畫一個錄色的三角行"],
      ["yellow hexagon @top-left", "green triangle"], cat="typo"),

    # zht multi: a house -- square at the bottom, triangle above it (center), sun at top right
    C("zht-probe-2107",
      ["我們來畫一間小房子！請在下面畫一個咖啡色的正方形，在它上面畫一個紅色的三角形，然後在右上角畫一個黃色的圓形當太陽。"],
      ["brown square @bottom", "red triangle @center", "yellow circle @top-right"],
      rel=[(1, "above", 0)], cat="multi"),

    # zht plural: 把星星都拿掉 removes both stars, the circle stays
    C("zht-probe-2108",
      ["請畫兩個藍色的星星和一個橘色的圓形。",
       "小朋友說星星太多了，那我們把星星都拿掉吧。"],
      ["orange circle"], checks={1: {"n_objects": 1}}, cat="plural"),

    # mix synonyms: violet ball, 橘色 box
    C("mix-probe-2109",
      ["Hello~ 请帮我画一个 violet 的 ball 在 top left，thank you!",
       "还有 a 橘色 box at the bottom right please 🙏"],
      ["purple circle @top-left", "orange square @bottom-right"], cat="synonyms"),

    # mix numbers: "four 個小的 green stars", then an English count question
    C("mix-probe-2110",
      ["小朋友們 let's count in English together～ 請畫 four 個小的 green stars！",
       "OK everyone, how many stars are there now?"],
      ["small green star"] * 4,
      checks={1: {"unchanged": True, "reply_any": ["4", "four", "四"]}}, cat="numbers"),

    # mix correction of colour: "I mean pink, not gray"
    C("mix-probe-2111",
      ["please draw 一个 gray 的 triangle",
       "oh sorry 我打错了，I mean pink, not gray 🙏"],
      ["pink triangle"], checks={1: {"n_objects": 1}}, cat="correction"),

    # mix question: English yes/no after a mixed add (answer: yes)
    C("mix-probe-2112",
      ["我孙娃儿教我的英文：在 top 画个红色的 diamond，在 bottom 画个蓝色的 hexagon",
       "is the diamond above the hexagon?"],
      ["red diamond @top", "blue hexagon @bottom"], rel=[(0, "above", 1)],
      checks={1: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),

    # mix reshape: circle -> triangle with an opinion in Chinese
    C("mix-probe-2113",
      ["帮我 draw 一个 brown circle 在中间",
       "emm 我觉得 circle 有点无聊, turn it into a triangle 吧"],
      ["brown triangle @center"], cat="reshape"),

    # mix unknown: "rainbow color" cannot be drawn -> asks back; "那就 yellow 吧" answers it
    C("mix-probe-2114",
      ["電腦，幫我們畫一個 rainbow color 的 star 好嗎？小朋友最喜歡了",
       "OK 那就 yellow 吧"],
      ["yellow star"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),

    # mix typo: purpel hexgon, smal oragne circel, places in Chinese
    C("mix-probe-2115",
      ["plz draw a purpel hexgon 在右边 thx",
       "and a smal oragne circel 在左边"],
      ["purple hexagon @right", "small orange circle @left"], cat="typo"),

    # mix plural: the two diamonds made smaller, the circle untouched
    C("mix-probe-2116",
      ["draw a blue circle first",
       "then 两个 yellow diamonds please",
       "把这两个 diamonds 都 make smaller 一点吧"],
      ["blue circle", "small yellow diamond", "small yellow diamond"], cat="plural"),
    # writer BT:
    # Blind probe BT, ids 2117-2148. People who test, tease or change their minds.
    # Personas:
    #  - Margaret: a sceptical tech journalist writing a review (English). She sets traps, asks
    #    "gotcha" questions and wraps her requests in dry remarks.
    #  - Leo: a ten-year-old who changes his mind (mostly colours) every turn; lowercase, typos,
    #    caps when excited, emoji. Types English at home and simplified Chinese (as 小乐) at school,
    #    and mixes both with his bilingual classmates.
    #  - 老王: a Beijing taxi driver dictating by voice at red lights: no punctuation, spaces for pauses,
    #    northern words (仨, 俩, 搁, 整, 得嘞, 啥).
    #  - 林記者: a Taipei journalist testing the app on her phone with zhuyin input (traditional
    #    characters, Taiwanese usage like 橘色, homophone slips, ㄉ for 的).
    #  - 阿傑: a Hong Kong secondary-school student teasing the bot in written Cantonese.
    #  - Kevin: a Canadian-Chinese software engineer in Vancouver who switches between English and
    #    Chinese mid-sentence.

    # --- English ---------------------------------------------------------------------------
    # synonyms: "scarlet" = red, "dot" = circle, "navy" = blue, "box" = square; "underneath it" = below
    C("en-probe-2117",
      ["Right. Let's see if this thing is as clever as the press release says. Put a scarlet dot up in the top right corner.",
       "Now a navy box just underneath it, if you can manage that."],
      ["red circle @top-right", "blue square @right"],
      rel=[(1, "below", 0)], cat="synonyms"),

    # question: a comparison question and a count question change nothing and are answered
    C("en-probe-2118",
      ["Draw a green triangle on the left and a purple star on the right, please.",
       "Quick test. Which one's further to the left?",
       "Hm, fair enough. And how many shapes have you got on there in total?"],
      ["green triangle @left", "purple star @right"],
      checks={1: {"unchanged": True, "reply_any": ["green"]},
              2: {"unchanged": True, "reply_any": ["2", "two"]}},
      cat="question"),

    # unknown: a heart is not a shape of the world -> nothing changes, the reply asks back
    C("en-probe-2119",
      ["Draw an orange star in the middle.",
       "Let's see how you cope with this one: a teal heart right beside it."],
      ["orange star @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # correction: the child changes the colour twice in one message; the last value said wins
    C("en-probe-2120",
      ["hiiii can you draw a BIG green circle",
       "actually make it yellow",
       "no wait purple... no PINK!!! 💖"],
      ["large pink circle"],
      checks={1: {"n_objects": 1}, 2: {"n_objects": 1}},
      cat="correction"),

    # plural: "them both" recolours and then resizes both stars of a two-colour list
    C("en-probe-2121",
      ["draw 2 stars a red one and a blue one",
       "now make them both orange!!",
       "and make them both teeny tiny"],
      ["small orange star", "small orange star"],
      checks={0: {"n_objects": 2}, 2: {"n_objects": 2}},
      cat="plural"),

    # reshape: reshape said as a preference ("I'd prefer it as a triangle"), size and place kept
    C("en-probe-2122",
      ["Next one. A big brown square, bottom middle.",
       "On reflection I'd prefer it as a triangle. Can you do that?"],
      ["large brown triangle @bottom"],
      checks={1: {"n_objects": 1}},
      cat="reshape"),

    # typo: misspelt verb, colours, shape and places; "one" = another hexagon
    C("en-probe-2123",
      ["drwa a purpel hexagn in the top lefft",
       "now a grean one to the rigth of it"],
      ["purple hexagon @top-left", "green hexagon @top"],
      rel=[(1, "right_of", 0)], cat="typo"),

    # multi: two adds and a move in one message after a colon
    C("en-probe-2124",
      ["Let's try several jobs in one message: put a grey diamond in the top left, a cyan circle in the bottom right, then move the diamond to the centre."],
      ["gray diamond @center", "cyan circle @bottom-right"],
      checks={0: {"n_objects": 2}},
      cat="multi"),

    # --- simplified Chinese -------------------------------------------------------------------
    # numbers: 仨 = 3 and 俩 = 2 (Beijing), voice dictation without punctuation
    C("zhs-probe-2125",
      ["得嘞 给我来仨大号的蓝菱形",
       "再整俩黄圆圈"],
      ["large blue diamond", "large blue diamond", "large blue diamond", "yellow circle", "yellow circle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}},
      cat="numbers"),

    # synonyms: 正当中 = center, 正红 = red, 圆球 = circle, 搁 = put, 翠绿 = green, 方块 = square
    C("zhs-probe-2126",
      ["在正当中给我画一个正红色的圆球",
       "左下角那儿再搁一个翠绿的方块"],
      ["red circle @center", "green square @bottom-left"],
      cat="synonyms"),

    # correction: the child changes the star's colour twice; still one star
    C("zhs-probe-2127",
      ["我要画一个粉色的五角星！",
       "不对不对 我要紫色的",
       "还是换成橙色吧 嘻嘻"],
      ["orange star"],
      checks={1: {"n_objects": 1}, 2: {"n_objects": 1}},
      cat="correction"),

    # question: colour and place questions about one object, answered, picture unchanged
    C("zhs-probe-2128",
      ["左上角画个黄星星 右下角画个灰圆圈",
       "哎我问你 那星星是啥颜色来着",
       "圆圈搁哪儿呢"],
      ["yellow star @top-left", "gray circle @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["黄"]},
              2: {"unchanged": True, "reply_any": ["右下"]}},
      cat="question"),

    # typo: pinyin-input slips 绿涩, 三脚形, 右上脚, 六边行; "在它下面" = below it
    C("zhs-probe-2129",
      ["帮我画个绿涩的三脚形 放在右上脚",
       "再画一个紫色六边行在它下面"],
      ["green triangle @top-right", "purple hexagon @right"],
      rel=[(1, "below", 0)], cat="typo"),

    # multi: three steps in one dictated message (先...然后...最后...)
    C("zhs-probe-2130",
      ["先在左边画个棕色方块 然后右边画个蓝三角 最后把方块涂成红的"],
      ["red square @left", "blue triangle @right"],
      checks={0: {"n_objects": 2}},
      cat="multi"),

    # unknown: a moon is no shape of the world -> ask back; the answer 星星 carries the add out
    C("zhs-probe-2131",
      ["画一个蓝色的圆",
       "再画一个红色的月亮",
       "那就星星吧"],
      ["blue circle", "red star"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]},
              2: {"n_objects": 2}},
      cat="unknown"),

    # reshape: request with a 好不好 tag and a remark; size, colour and place kept
    C("zhs-probe-2132",
      ["在下面画一个大的橙色正方形",
       "把它变成六边形好不好 那样更酷"],
      ["large orange hexagon @bottom"],
      checks={1: {"n_objects": 1}},
      cat="reshape"),

    # --- traditional Chinese ----------------------------------------------------------------
    # numbers: five circles, then a count correction keeps three (the newest go)
    C("zht-probe-2133",
      ["好，先測試一下數量：請畫五個小的青色圓形。",
       "嗯…太多了，三個就好。"],
      ["small cyan circle", "small cyan circle", "small cyan circle"],
      checks={0: {"n_objects": 5}, 1: {"n_objects": 3}},
      cat="numbers"),

    # plural: Cantonese 佢哋兩個 (both of them) recoloured, then both shrunk (縮細啲 = smaller)
    C("zht-probe-2134",
      ["畫兩個紅色嘅三角形吖",
       "佢哋兩個都要變藍色",
       "仲要一齊縮細啲"],
      ["small blue triangle", "small blue triangle"],
      checks={1: {"n_objects": 2}, 2: {"n_objects": 2}},
      cat="plural"),

    # question: a count question and a colour question (Taiwan 橘色 = orange)
    C("zht-probe-2135",
      ["在右上角畫一個紫色的菱形，左下角畫一顆橘色的星星。",
       "請問現在畫面上總共有幾個圖形？",
       "那菱形是什麼顏色？"],
      ["purple diamond @top-right", "orange star @bottom-left"],
      checks={1: {"unchanged": True, "reply_any": ["2", "兩", "两", "二"]},
              2: {"unchanged": True, "reply_any": ["紫"]}},
      cat="question"),

    # correction: place corrected (不是左邊，是右邊) -> the hexagon moves, no second one
    C("zht-probe-2136",
      ["畫一個灰色的六角形在左邊",
       "不是左邊啦，我是說右邊"],
      ["gray hexagon @right"],
      checks={1: {"n_objects": 1}},
      cat="correction"),

    # synonyms: 檸檬黃 = yellow, 顆 star, 畫面下方中間 = bottom, 深藍 = blue, 方塊 = square, 淺綠 = green, 鑽石 = diamond
    C("zht-probe-2137",
      ["幫我在左上角畫一顆檸檬黃的星星",
       "畫面下方中間再放一個深藍色的方塊",
       "還有一個淺綠色的鑽石，放右邊就好"],
      ["yellow star @top-left", "blue square @bottom", "green diamond @right"],
      cat="synonyms"),

    # reshape: Cantonese "改做圓形得唔得" (can it be a circle instead?) with a complaint
    C("zht-probe-2138",
      ["喺右下角畫個細細嘅粉紅色正方形",
       "正方形好悶，改做圓形得唔得"],
      ["small pink circle @bottom-right"],
      checks={1: {"n_objects": 1}},
      cat="reshape"),

    # typo: zhuyin slips 六邊型, 做下角 (左下角), ㄉ (的), 右編 (右邊)
    C("zht-probe-2139",
      ["欸幫我畫一個藍色的六邊型在做下角",
       "再畫一個紅色ㄉ圓形在它右編"],
      ["blue hexagon @bottom-left", "red circle @bottom"],
      rel=[(1, "right_of", 0)], cat="typo"),

    # multi: three adds in one message, then a removal and a recolour (啡色 = brown) in one
    C("zht-probe-2140",
      ["喺左邊畫個黃色三角形，右邊畫個紫色圓形，中間畫粒綠色星星",
       "刪咗個三角形，再將個圓形變做啡色"],
      ["brown circle @right", "green star @center"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 2}},
      cat="multi"),

    # --- mixed English / Chinese ---------------------------------------------------------------
    # numbers: 几个 names no number -> ask back; "四个 please" adds four
    C("mix-probe-2141",
      ["ok so 帮我 draw 几个 yellow hexagons",
       "四个 please"],
      ["yellow hexagon", "yellow hexagon", "yellow hexagon", "yellow hexagon"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]},
              1: {"n_objects": 4}},
      cat="numbers"),

    # unknown: 箭头 (arrow) is no shape of the world -> nothing changes, the reply asks back
    C("mix-probe-2142",
      ["draw a 蓝色 circle in the middle",
       "then 在它左边 add a red 箭头"],
      ["blue circle @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}},
      cat="unknown"),

    # plural: three small stars recoloured together, then the child changes his mind for all of them
    C("mix-probe-2143",
      ["can u draw three 小小的 red stars",
       "now make them all 绿色!!",
       "no wait 紫色 is cooler"],
      ["small purple star", "small purple star", "small purple star"],
      checks={1: {"n_objects": 3}, 2: {"n_objects": 3}},
      cat="plural"),

    # correction: place said wrongly, corrected in the next message -> a move, not a second diamond
    C("mix-probe-2144",
      ["put a cyan diamond 在右上角",
       "oh wait 我说错了, 应该是 bottom right"],
      ["cyan diamond @bottom-right"],
      checks={1: {"n_objects": 1}},
      cat="correction"),

    # question: "which one is bigger 啊?" and a yes/no relation question in English
    C("mix-probe-2145",
      ["画一个 big orange square on the left, and a small gray triangle 在右边",
       "which one is bigger 啊?",
       "ok cool. is the square to the left of the triangle?"],
      ["large orange square @left", "small gray triangle @right"],
      checks={1: {"unchanged": True, "reply_any": ["orange", "橙"]},
              2: {"unchanged": True, "reply_any": ["yes"]}},
      cat="question"),

    # reshape: opinion plus "switch it" -> the circle becomes a hexagon in place
    C("mix-probe-2146",
      ["draw a 紫色 circle 在中间",
       "actually 我觉得 hexagon 会更好看, switch it to that"],
      ["purple hexagon @center"],
      checks={1: {"n_objects": 1}},
      cat="reshape"),

    # synonyms: 草绿色 = green, ball = circle, 深紫 = purple, box = square, 左下 = bottom-left
    C("mix-probe-2147",
      ["draw a 草绿色 ball at the top",
       "and a 深紫 box 在左下"],
      ["green circle @top", "purple square @bottom-left"],
      cat="synonyms"),

    # multi: two placed adds (with slips "trianlge", "bleu") and a move, in one mixed message
    C("mix-probe-2148",
      ["quick: 左上 a red trianlge, 右下 a bleu star, 然后 move the triangle to 中间"],
      ["red triangle @center", "blue star @bottom-right"],
      checks={0: {"n_objects": 2}},
      cat="multi"),
]


TWENTY_EIGHTH = [
    # writer BU:
    # Blind probe BU, ids 2149-2180.
    # Personas (people new to computers or who type with difficulty):
    #  - Paddy, 78, a dairy farmer in Co. Clare: polite, chatty, Irish-English turns of phrase
    #    ("grand", "for the laugh", "only" meaning "but"), full sentences, remarks about his family.
    #  - Jayden, 15, dyslexic, at an international school in Hong Kong: phonetic spellings, dropped
    #    and swapped letters, "u", "n", "pls", mixes in Chinese words he knows better than the English.
    #  - 老刘, 46, a factory worker from Hunan typing Mandarin with pinyin: Hunan habits
    #    ("一只" for everything, 咯, 搞, 要得, 除开, 不蛮), homophone slips (涩 for 色).
    #  - 陳姨, 64, a Hong Kong auntie who grew up in Guangdong, writes Cantonese with handwriting
    #    input (look-alike characters slip in) and drops in English words her grandchildren use.

    # en synonyms: scarlet -> red, ball -> circle, navy -> blue, box -> square; corners in farmer's words
    C("en-probe-2149",
      ["Hello there. My grandson says I'm to type in here what I want drawn. Would you put a scarlet ball up in the top left corner for me",
       "Grand. And a navy box down in the bottom right hand corner, if it's no bother."],
      ["red circle @top-left", "blue square @bottom-right"], cat="synonyms"),
    # en typo: misspelt colour, shape, place; then an add to the right of "it" with more slips
    C("en-probe-2150",
      ["draw a purpel triangel in the midle",
       "now a grean star to the rigth of it"],
      ["purple triangle @center", "green star @right"], rel=[(1, "right_of", 0)], cat="typo"),
    # en correction: "no, I meant X, not Y" recolours the square just drawn, size and place kept; remark after it
    C("en-probe-2151",
      ["Put a big green square in the middle there, please",
       "Ah no, I meant orange, not green. Sorry, my eyes aren't what they used to be."],
      ["large orange square @center"], cat="correction"),
    # en question: colour question with typos ("wat") changes nothing, answered with the hexagon's colour
    C("en-probe-2152",
      ["can u draw a pink hexagon and a yelow circle",
       "wat colour is the hexagon"],
      ["pink hexagon", "yellow circle"],
      checks={1: {"unchanged": True, "reply_any": ["pink"]}}, cat="question"),
    # en numbers: "three" in words, then "two more of them, only smaller" = two small copies
    C("en-probe-2153",
      ["Good morning to you. Could you draw three brown stars, please",
       "And two more of them, only smaller"],
      ["small brown star", "small brown star", "brown star", "brown star", "brown star"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),
    # en plural: "them both" after two adds in one message recolours both
    C("en-probe-2154",
      ["put a red circle on the left side and a red triangle on the right side pls",
       "ok now make them both blue 👍"],
      ["blue circle @left", "blue triangle @right"], cat="plural"),
    # en unknown: gold is a colour the world cannot draw; nothing changes, it asks back
    C("en-probe-2155",
      ["Put a green circle up in the top right corner",
       "Would you colour it gold for me, like the old sovereign my father kept in the dresser"],
      ["green circle @top-right"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),
    # en reshape: "turn it in to a star insted" with slips keeps colour and place
    C("en-probe-2156",
      ["drw a orange squar at the top",
       "actualy can u turn it in to a star insted"],
      ["orange star @top"], cat="reshape"),

    # zhs synonyms: 大红 -> red (a colour, not a size), 墨绿 -> green, 方块 -> square, 放它左边 = left of it
    C("zhs-probe-2157",
      ["师傅，帮我搞一只大红的五角星放中间咯",
       "再搞一只墨绿色的方块，放它左边"],
      ["red star @center", "green square"], rel=[(1, "left_of", 0)], cat="synonyms"),
    # zhs multi: two adds in one message (涩 slip for 色), then a removal and a recolour in one message
    C("zhs-probe-2158",
      ["右上角画只黄涩三角形，左下角画只绿色的圆圈",
       "三角形删咯，圆圈换成红色"],
      ["red circle @bottom-left"], checks={1: {"n_objects": 1}}, cat="multi"),
    # zhs numbers: 两只 then digits 3只 with the Hunan classifier
    C("zhs-probe-2159",
      ["给我画两只紫色的菱形",
       "再加3只橙色的圆圈咯"],
      ["purple diamond", "purple diamond", "orange circle", "orange circle", "orange circle"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 5}}, cat="numbers"),
    # zhs correction: 不是A是B about the place moves the hexagon
    C("zhs-probe-2160",
      ["左上角画个蓝色六边形",
       "哎呀搞错了咯，不是左上角，是右下角"],
      ["blue hexagon @bottom-right"], cat="correction"),
    # zhs question: how many in all, a question changes nothing
    C("zhs-probe-2161",
      ["画一个灰色圆圈，一个粉色星星，一个青色方块",
       "现在画面上一共有几只东西咯？"],
      ["gray circle", "pink star", "cyan square"],
      checks={1: {"unchanged": True, "reply_any": ["3", "三"]}}, cat="question"),
    # zhs plural: 除开X，其他的统统删掉 removes all but the star
    C("zhs-probe-2162",
      ["画一个咖啡色的圆，一个紫色的方块，一个橙色的星星",
       "除开星星，其他的统统删掉"],
      ["orange star"], cat="plural"),
    # zhs reshape: opinion about its shape, then 搞成菱形 with a tag 要得不
    C("zhs-probe-2163",
      ["中间画一只蓝色的正方形",
       "它的形状我不蛮喜欢，搞成菱形要得不？"],
      ["blue diamond @center"], cat="reshape"),
    # zhs unknown: 几只 gives no number; nothing changes and it asks how many
    C("zhs-probe-2164",
      ["画一个绿色的圆",
       "旁边再来几只星星咯"],
      ["green circle"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # zht multi: two Cantonese adds (啡色 = brown, 最上面中間 = top), then a move and a resize in one message
    C("zht-probe-2165",
      ["早晨！唔該幫我喺右邊畫個啡色嘅圓圈，再喺最上面中間畫粒粉紅色星星",
       "個圓圈搬去左下角，星星就整細啲"],
      ["brown circle @bottom-left", "small pink star @top"], cat="multi"),
    # zht typo: handwriting look-alikes 録 for 綠, 彤 for 形, plus 菱型
    C("zht-probe-2166",
      ["幫我畫個録色菱型喺左下角",
       "再畫個黃色三角彤喺右上角"],
      ["green diamond @bottom-left", "yellow triangle @top-right"], cat="typo"),
    # zht correction: 唔係紫色，要橙色 recolours, the large size and first free place (center) kept
    C("zht-probe-2167",
      ["畫個大嘅紫色六角形",
       "唔係紫色呀，我想要橙色㗎"],
      ["large orange hexagon @center"], cat="correction"),
    # zht question: where is the blue square, in Cantonese; changes nothing
    C("zht-probe-2168",
      ["喺左上角畫個細嘅藍色正方形，再喺中間畫個紅色圓圈",
       "個藍色正方形喺邊度呀？"],
      ["small blue square @top-left", "red circle @center"],
      checks={1: {"unchanged": True, "reply_any": ["左上", "top-left", "top left"]}}, cat="question"),
    # zht plural: 兩粒星都轉做灰色 recolours both stars
    C("zht-probe-2169",
      ["畫兩個綠色星星，一個喺左邊一個喺右邊",
       "兩粒星都轉做灰色啦，唔該晒🙏"],
      ["gray star @left", "gray star @right"], cat="plural"),
    # zht numbers: 四個 細細粒 (small) circles, then 加多兩個 large triangles
    C("zht-probe-2170",
      ["幫我畫四個細細粒嘅橙色圓圈",
       "再加多兩個大嘅綠色三角形"],
      ["small orange circle", "small orange circle", "small orange circle", "small orange circle",
       "large green triangle", "large green triangle"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 6}}, cat="numbers"),
    # zht reshape: 將佢變做星星 keeps colour, size and place
    C("zht-probe-2171",
      ["中間畫個大嘅黃色正方形",
       "將佢變做星星啦，唔該"],
      ["large yellow star @center"], cat="reshape"),
    # zht unknown: a heart is a shape the world does not have; nothing changes, it asks back
    C("zht-probe-2172",
      ["喺中間畫個紅色嘅圓圈",
       "再畫個粉紅色嘅心形"],
      ["red circle @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # mix multi: three adds in one message, each beside the circle, Chinese colour words in English
    C("mix-probe-2173",
      ["draw a 紅色 circle in the middle, put a 藍色 square above it and a 黃色 triangle under the circle"],
      ["red circle @center", "blue square @top", "yellow triangle @bottom"],
      rel=[(1, "above", 0), (2, "below", 0)], cat="multi"),
    # mix typo: digits, misspelt colours, then the one at the centre is recoloured
    C("mix-probe-2174",
      ["pls drw 3 yelow 星星",
       "make the 星星 in the centr purpul"],
      ["purple star @center", "yellow star", "yellow star"], cat="typo"),
    # mix unknown: "rainbow" colour cannot be drawn; nothing changes, it asks back
    C("mix-probe-2175",
      ["喺右下角畫個綠色 circle",
       "再畫個 rainbow 色嘅 triangle 喺左邊"],
      ["green circle @bottom-right"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),
    # mix correction: 唔係 star，係 diamond corrects the shape, colour and corner kept
    C("mix-probe-2176",
      ["畫個 pink 色嘅 star 喺左上角",
       "哎呀 唔係 star，係 diamond 呀"],
      ["pink diamond @top-left"], cat="correction"),
    # mix question: yes/no in English about left of, naming the hexagon in Chinese; answer is yes
    C("mix-probe-2177",
      ["put a green triangel on the left n a 橙色 hexagon on the rigth",
       "is the triangel to the left of the 六邊形?"],
      ["green triangle @left", "orange hexagon @right"],
      checks={1: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),
    # mix numbers: digit 2 then the word three inside Cantonese
    C("mix-probe-2178",
      ["幫我畫 2 個 cyan 色嘅 square",
       "再 add three 個 brown 嘅 diamond"],
      ["cyan square", "cyan square", "brown diamond", "brown diamond", "brown diamond"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 5}}, cat="numbers"),
    # mix plural: "all the 星星" removes both stars, the circle stays
    C("mix-probe-2179",
      ["draw a red star, a blue star n a green circle",
       "take away all the 星星 pls"],
      ["green circle"], checks={1: {"n_objects": 1}}, cat="plural"),
    # mix reshape: polite Cantonese frame around "change 做 circle"
    C("mix-probe-2180",
      ["畫個紫色 square 喺中間",
       "可唔可以將佢 change 做 circle 呀"],
      ["purple circle @center"], cat="reshape"),
    # writer BV:
    # Blind probe, ids 2181-2212.
    # Personas:
    #  - Priya, a London graphic designer: talks of her canvas and swatches, uses designer colour names
    #    (scarlet, emerald, chocolate, lime, navy), types fast and casually, lowercase, emoji.
    #  - Mr Whitfield / 王老师, a maths teacher (English and simplified Chinese): precise about counts
    #    ("exactly three", "4 个") and cells, addresses the class, polite and formal.
    #  - 阿凱, a Taiwanese firmware engineer: terse, command-like traditional Chinese (橘色, 方框), drops verbs,
    #    zhuyin/homophone slips, mixes English keywords like he writes code comments.
    #  - 陳大律師, a Hong Kong barrister: formal written traditional Chinese (煩請, 敬請告知, 均改為) or Cantonese
    #    (嘅, 佢哋, 唔該, 啡色, 細) with English terms dropped in.

    # --- English ---
    # synonyms: scarlet -> red, disc -> circle, emerald -> green, rhombus -> diamond; a remark ("love it.") in between
    C("en-probe-2181",
      ["hey there! drop a scarlet disc up in the top right corner of my canvas pls",
       "love it. and an emerald rhombus down in the bottom left \U0001F44C"],
      ["red circle @top-right", "green diamond @bottom-left"], cat="synonyms"),

    # numbers: "exactly three" in words, then "a single" small one in a named cell
    C("en-probe-2182",
      ["Good morning. Please place exactly three violet triangles on the canvas.",
       "Thank you. Now a single small yellow star in the bottom-right cell, please."],
      ["purple triangle", "purple triangle", "purple triangle", "small yellow star @bottom-right"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 4}}, cat="numbers"),

    # multi: three adds in one impatient message, the last placed relative to the first
    C("en-probe-2183",
      ["ok quick one - grey box smack in the middle, pink star top left, and a blue circle just right of the box. thx"],
      ["gray square @center", "pink star @top-left", "blue circle @right"],
      rel=[(2, "right_of", 0)], cat="multi"),

    # correction: the place was misspoken; the hexagon must end on the right, still one object
    C("en-probe-2184",
      ["Please draw a yellow hexagon on the left-hand side.",
       "Apologies, I misspoke: it should be on the right-hand side, not the left."],
      ["yellow hexagon @right"], checks={1: {"n_objects": 1}}, cat="correction"),

    # plural: "the stars" removes both stars, the circle stays (chocolate -> brown, lime -> green)
    C("en-probe-2185",
      ["can I get two chocolate stars and one lime circle",
       "nah scrap the stars, circle stays"],
      ["green circle"], checks={1: {"n_objects": 1}}, cat="plural"),

    # question: which of two is lower -> the pink circle; nothing changes
    C("en-probe-2186",
      ["Draw a large blue square in the top-left corner and a small pink circle in the bottom-right corner.",
       "Which of the two sits lower on the canvas?"],
      ["large blue square @top-left", "small pink circle @bottom-right"],
      checks={1: {"unchanged": True, "reply_any": ["pink"]}}, cat="question"),

    # typo: swapped/dropped letters in verb, colour, shape, place and size words
    C("en-probe-2187",
      ["drwa an ornage triangel in teh centre pls",
       "mak it smaler"],
      ["small orange triangle @center"], cat="typo"),

    # unknown: a heart is not a world shape -> ask back, nothing changes; then the star is drawn
    C("en-probe-2188",
      ["pop a navy box in the middle please",
       "now can you add a pink heart to the top left corner?",
       "ok fine, a pink star in the top left then"],
      ["blue square @center", "pink star @top-left"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- Simplified Chinese ---
    # synonyms: 墨绿 -> green, 方块 -> square, 咖啡色 -> brown, 五角星 -> star; teacher addresses the class
    C("zhs-probe-2189",
      ["同学们注意看，先在左上角画一个墨绿色的方块",
       "再在右下角放一颗咖啡色的五角星"],
      ["green square @top-left", "brown star @bottom-right"], cat="synonyms"),

    # numbers: digits, 4 small triangles then 1 large square in a named corner
    C("zhs-probe-2190",
      ["请画 4 个黄色的小三角形，谢谢",
       "再加 1 个大的红色正方形，放在右下角"],
      ["small yellow triangle", "small yellow triangle", "small yellow triangle", "small yellow triangle",
       "large red square @bottom-right"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 5}}, cat="numbers"),

    # correction: 不是粉色，是紫色 -> recolour, still one hexagon in the middle
    C("zhs-probe-2191",
      ["在正中间画一个粉色的六边形",
       "哎呀我说错了，不是粉色，是紫色"],
      ["purple hexagon @center"], checks={1: {"n_objects": 1}}, cat="correction"),

    # reshape: opinion plus "把它变成圆形" turns the triangle into a circle in place
    C("zhs-probe-2192",
      ["在右边画一个橙色三角形",
       "三角形看着太尖了，你帮我把它变成圆形"],
      ["orange circle @right"], cat="reshape"),

    # question: where is the blue one? (unplaced adds: star centre, square top-left)
    C("zhs-probe-2193",
      ["画一个绿色的星星和一个蓝色的正方形",
       "蓝色的那个现在在什么位置？"],
      ["green star @center", "blue square @top-left"],
      checks={1: {"unchanged": True, "reply_any": ["左上", "top-left", "top left"]}}, cat="question"),

    # typo: pinyin homophone slips 又上角(右上角) 皇色(黄色) 三脚形(三角形) 子色(紫色) 原形(圆形)
    C("zhs-probe-2194",
      ["帮我在又上角画个皇色的三脚形",
       "再在它下边画个子色的原形"],
      ["yellow triangle @top-right", "purple circle @right"],
      rel=[(1, "below", 0)], cat="typo"),

    # unknown: 爱心 is not a world shape -> ask back, nothing changes; then a red star right of the square
    C("zhs-probe-2195",
      ["先在左边画一个灰色的正方形",
       "再在它右边画一个红色的爱心",
       "好吧，那就画个红色五角星，还是放在正方形右边"],
      ["gray square @left", "red star @center"], rel=[(1, "right_of", 0)],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # multi: a list after a colon, then remove + move in one message
    C("zhs-probe-2196",
      ["我要三样：左上角一个红色圆形，正中间一个蓝色菱形，右下角一个黄色六边形",
       "先把圆形删掉，然后把菱形挪到最下面"],
      ["blue diamond @bottom", "yellow hexagon @bottom-right"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 2}}, cat="multi"),

    # --- Traditional Chinese ---
    # synonyms: Taiwanese 橘色 -> orange, 圓點 -> circle, 深藍 -> blue, 方框 -> square; terse engineer
    C("zht-probe-2197",
      ["左上角 畫個 橘色圓點",
       "右邊 再加 深藍色方框"],
      ["orange circle @top-left", "blue square @right"], cat="synonyms"),

    # plural: formal request, then both triangles recoloured; the circle stays red
    C("zht-probe-2198",
      ["煩請繪製兩個綠色三角形及一個紅色圓形，謝謝。",
       "經考慮後，請將兩個三角形均改為紫色。"],
      ["purple triangle", "purple triangle", "red circle"],
      checks={1: {"n_objects": 3}}, cat="plural"),

    # reshape: terse "六角形改菱形"
    C("zht-probe-2199",
      ["中間 畫 灰色六角形",
       "六角形改菱形"],
      ["gray diamond @center"], cat="reshape"),

    # question: formal "what colour is the shape on the right" -> yellow; nothing changes
    C("zht-probe-2200",
      ["請於左方繪製一個藍色星形，並於右方繪製一個黃色圓形。",
       "敬請告知，位於右方之圖形為何種顏色？"],
      ["blue star @left", "yellow circle @right"],
      checks={1: {"unchanged": True, "reply_any": ["黃", "黄", "yellow"]}}, cat="question"),

    # correction: terse "不對 是左下" moves the star, no second star
    C("zht-probe-2201",
      ["右下 加 紅色 星星",
       "不對 是左下"],
      ["red star @bottom-left"], checks={1: {"n_objects": 1}}, cat="correction"),

    # numbers: Cantonese 三個 / 加多兩個, 啡色 -> brown, 細 -> small
    C("zht-probe-2202",
      ["麻煩你畫三個啡色嘅菱形",
       "再加多兩個細嘅粉紅色圓形，唔該"],
      ["brown diamond", "brown diamond", "brown diamond", "small pink circle", "small pink circle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),

    # typo: zhuyin ㄉ for 的, homophones 正方行(正方形) 右尚角(右上角) 便小(變小)
    C("zht-probe-2203",
      ["幫我畫一個綠色ㄉ正方行 放右尚角",
       "然後把它便小"],
      ["small green square @top-right"], cat="typo"),

    # unknown: black cannot be drawn -> ask back, nothing changes; the answer gives grey
    C("zht-probe-2204",
      ["請於中央位置繪製一個黑色六邊形。",
       "明白，那改用灰色便可。"],
      ["gray hexagon @center"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- Mixed English / Chinese ---
    # multi: two adds in one message, then a move and a recolour in one message
    C("mix-probe-2205",
      ["Please 喺 top left 畫一個 red square，然後喺 bottom right 加一個 green star，thank you。",
       "Also，請將個 square 移去 centre，同埋將個 star 改做 yellow。"],
      ["red square @center", "yellow star @bottom-right"],
      checks={1: {"n_objects": 2}}, cat="multi"),

    # plural: 佢哋全部 -> all three hexagons recoloured
    C("mix-probe-2206",
      ["請畫 3 個 cyan hexagons 先",
       "OK，將佢哋全部轉做 orange，唔該"],
      ["orange hexagon", "orange hexagon", "orange hexagon"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 3}}, cat="plural"),

    # reshape: circle -> diamond, said with 換成
    C("mix-probe-2207",
      ["中間 畫一個 purple circle",
       "把 circle 換成 diamond shape thx"],
      ["purple diamond @center"], cat="reshape"),

    # question: Cantonese count question with English nouns -> 3; nothing changes
    C("mix-probe-2208",
      ["Please draw a brown triangle, a pink circle 同埋 a gray star。",
       "請問而家 canvas 上總共有幾多個 shapes？"],
      ["brown triangle", "pink circle", "gray star"],
      checks={1: {"unchanged": True, "reply_any": ["3", "three", "三個", "三个"]}}, cat="question"),

    # synonyms: lemon yellow -> yellow, rhombus -> diamond, ruby -> red, pentagram -> star
    C("mix-probe-2209",
      ["bottom left 放一個 lemon yellow 的 rhombus",
       "top 再來一個 ruby 色 pentagram 謝啦"],
      ["yellow diamond @bottom-left", "red star @top"], cat="synonyms"),

    # correction: 我要嘅係 green，唔係 blue -> recolour, size and place kept
    C("mix-probe-2210",
      ["Please add 一個 small blue circle 喺中間。",
       "Sorry，我要嘅係 green，唔係 blue。"],
      ["small green circle @center"], checks={1: {"n_objects": 1}}, cat="correction"),

    # numbers: five in words, then "only two" cuts back to two
    C("mix-probe-2211",
      ["畫 five 個 small red stars",
       "oops 只要 two 就好 \U0001F64F"],
      ["small red star", "small red star"],
      checks={0: {"n_objects": 5}, 1: {"n_objects": 2}}, cat="numbers"),

    # unknown: 幾個 gives no number -> ask back, nothing changes; the answer 三個 adds three
    C("mix-probe-2212",
      ["畫幾個 yellow squares 給我",
       "三個 thanks"],
      ["yellow square", "yellow square", "yellow square"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}, 1: {"n_objects": 3}},
      cat="unknown"),
    # writer BW:
    # Blind probe BW, ids 2213-2244. Personas (casual, emotional chat):
    #  - Kayla, 14, lives on TikTok: lowercase, "omg", "bestie", "no cap", "lowkey", "em", emoji (en).
    #  - Uncle Lim, Singaporean retiree: Singlish "can or not", "lah", "leh", "one" for "a", and
    #    Mandarin mixed in (en, zhs, mix).
    #  - 王婆婆, a Wuhan grandmother on the tablet her grandson set up: "孙伢", "搞个", "上头",
    #    slow pinyin typing with slips, chatty remarks (zhs).
    #  - 阿霖, a homesick Taiwanese student in Manchester who talks to the machine like a friend:
    #    traditional characters, "喔", "欸", ellipses, code-switching (zht, mix).

    # en / synonyms: crimson = red, ball = circle, huge = large, "top right corner", emoji
    C("en-probe-2213", ["omg hiii ok so can u make a huge crimson ball in the top right corner 😍"],
      ["large red circle @top-right"], cat="synonyms"),
    # en / numbers: number as a word, Singlish singular, then a navy box placed
    C("en-probe-2214", ["Eh boss, draw three lime green triangle for me can",
                        "then put one navy box at bottom right lah"],
      ["green triangle", "green triangle", "green triangle", "blue square @bottom-right"],
      checks={0: {"n_objects": 3}}, cat="numbers"),
    # en / multi: two adds in one message, then a removal and a recolour in one message
    C("en-probe-2215", ["ok bestie i need a pink star on the left and a purple hexagon on the right, no cap",
                        "also lowkey get rid of the star and make the hexagon yellow"],
      ["yellow hexagon @right"], checks={0: {"n_objects": 2}}, cat="multi"),
    # en / correction: Singlish "can ... or not" request, then "I mean brown, not orange"
    C("en-probe-2216", ["Can draw one orange diamond in the middle or not?",
                        "Aiyo wrong already, I mean brown, not orange"],
      ["brown diamond @center"], cat="correction"),
    # en / plural: two small circles, "both of them" resized, "em" recoloured
    C("en-probe-2217", ["draw 2 small cyan circles pls", "actually make both of them huge",
                        "and turn em grey too lol"],
      ["large gray circle", "large gray circle"], cat="plural"),
    # en / reshape: "change it to a star" wrapped in Singlish complaint
    C("en-probe-2218", ["Put one red square at top left please",
                        "Wah this square damn boring leh, change it to a star lah"],
      ["red star @top-left"], cat="reshape"),
    # en / question: yes/no about a relation, must not change the picture
    C("en-probe-2219", ["yo draw a blue triangle at the bottom and a green star up top",
                        "wait is the star above the triangle??"],
      ["blue triangle @bottom", "green star @top"],
      checks={1: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),
    # en / unknown: a heart is no shape of the world -> nothing changes, asks back
    C("en-probe-2220", ["Draw one purple circle top left corner for uncle",
                        "now put a pink heart beside it lah, my wife birthday today mah"],
      ["purple circle @top-left"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # zhs / typo: remark first, then pinyin slips 篮色 (蓝色) and 三角行 (三角形)
    C("zhs-probe-2221", ["孙伢教我用的这个，我搞不太清楚。帮我在中间画个篮色的三角行"],
      ["blue triangle @center"], cat="typo"),
    # zhs / synonyms: 草绿 = green, 方块 = square, 深蓝 = blue, 上头 = above it
    C("zhs-probe-2222", ["在左下角搞个草绿色的小方块", "再在它上头画个深蓝色的五角星"],
      ["small green square @bottom-left", "blue star @left"], rel=[(1, "above", 0)], cat="synonyms"),
    # zhs / numbers: five small stars then two hexagons, addressed as 老板
    C("zhs-probe-2223", ["老板，帮我画五个小小的黄色星星", "再加两个紫色的六边形，谢谢哦"],
      ["small yellow star"] * 5 + ["purple hexagon"] * 2,
      checks={0: {"n_objects": 5}, 1: {"n_objects": 7}}, cat="numbers"),
    # zhs / correction: place corrected with 不是...是...
    C("zhs-probe-2224", ["在左边画一个红色的圆", "哎呀搞错了，不是左边，是右边"],
      ["red circle @right"], cat="correction"),
    # zhs / question: colour of one object, with a remark about her eyes; 橘色 = orange
    C("zhs-probe-2225", ["画一个橘色的菱形，再画一个褐色的六边形", "菱形是什么颜色的啊？我老花眼看不清"],
      ["orange diamond", "brown hexagon"],
      checks={1: {"unchanged": True, "reply_any": ["橙", "橘", "orange"]}}, cat="question"),
    # zhs / plural: three circles, 它们 recoloured, then 它们 made small
    C("zhs-probe-2226", ["画三个粉红色的圆圈", "它们都改成绿色吧", "再把它们都变小一点"],
      ["small green circle"] * 3, cat="plural"),
    # zhs / multi: two adds with places, then a move and a recolour in one message
    C("zhs-probe-2227", ["在上面画个灰色的星星，下面画个紫色的三角形", "把星星挪到右上角，三角形换成黄色的"],
      ["gray star @top-right", "yellow triangle @bottom"], checks={0: {"n_objects": 2}}, cat="multi"),
    # zhs / unknown: a moon is no shape of the world -> nothing changes, asks back
    C("zhs-probe-2228", ["先画一个蓝色的正方形", "再在右上角画个黄色的月亮，跟中秋节那个一样"],
      ["blue square"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # zht / reshape: homesick remark and a friendly question wrapped round the request, then 改成六邊形
    C("zht-probe-2229", ["嗨，今天好想家喔…陪我畫畫好嗎？在中間畫一個紫色的圓形", "嗯…把它改成六邊形好了"],
      ["purple hexagon @center"], cat="reshape"),
    # zht / typo: 籃色 (藍色), 三角型, 分紅色 (粉紅色), 圓型, place after the shape
    C("zht-probe-2230", ["幫我畫一個籃色的三角型在右上角", "再畫一個分紅色的圓型在左下角"],
      ["blue triangle @top-right", "pink circle @bottom-left"], cat="typo"),
    # zht / multi: three adds in one message, each with its own place and one with a size
    C("zht-probe-2231", ["畫一顆橘色的星星在左邊，然後右邊放一個綠色的菱形，中間再來一個小小的灰色正方形"],
      ["orange star @left", "green diamond @right", "small gray square @center"], cat="multi"),
    # zht / question: how many, asked casually with a space for a comma
    C("zht-probe-2232", ["在左上角畫一個紅色的六邊形", "在右下角畫一個藍色的星星", "欸 現在畫面上總共有幾個東西啊"],
      ["red hexagon @top-left", "blue star @bottom-right"],
      checks={2: {"unchanged": True, "reply_any": ["2", "兩", "两", "二"]}}, cat="question"),
    # zht / correction: count corrected after four were drawn -> two remain
    C("zht-probe-2233", ["畫四個黃色的菱形", "啊不對 我手滑了 兩個就夠了啦"],
      ["yellow diamond", "yellow diamond"], checks={0: {"n_objects": 4}, 1: {"n_objects": 2}},
      cat="correction"),
    # zht / synonyms: 咖啡色 = brown, 圓圈 = circle, 淺綠 = green, 旁邊 = next to it
    C("zht-probe-2234", ["可以幫我畫一個咖啡色的大圓圈嗎？放在最下面", "旁邊再畫一個淺綠色的小三角形"],
      ["large brown circle @bottom", "small green triangle"], cat="synonyms"),
    # zht / numbers: a number inside a homesick remark (101) must not count; 兩個 and 三顆
    C("zht-probe-2235", ["好想念台北的101喔…幫我畫兩個大的灰色正方形", "再加三顆小星星，粉紅色的"],
      ["large gray square"] * 2 + ["small pink star"] * 3,
      checks={0: {"n_objects": 2}, 1: {"n_objects": 5}}, cat="numbers"),
    # zht / plural: two hexagons removed with 它們, the circle stays
    C("zht-probe-2236", ["畫兩個橘色的六邊形跟一個藍色的圓形", "那兩個六邊形不要了，把它們刪掉"],
      ["blue circle"], checks={0: {"n_objects": 3}}, cat="plural"),

    # mix / typo: yelow, circel, Singlish, beside it
    C("mix-probe-2237", ["uncle want one yelow 星星 at the top leh", "then one 紫色 circel beside it lah"],
      ["yellow star @top", "purple circle"], cat="typo"),
    # mix / unknown: rainbow is no colour of the world -> nothing changes, asks back
    C("mix-probe-2238", ["好累 today… draw me a green diamond at the bottom left pls",
                         "然後一個 rainbow colour 的 star 在 top right 😭"],
      ["green diamond @bottom-left"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),
    # mix / reshape: 把它 turn into a diamond
    C("mix-probe-2239", ["在 center 画一个 orange triangle", "hmm 不太好看, 把它 turn into a diamond 吧"],
      ["orange diamond @center"], cat="reshape"),
    # mix / question: colour of the hexagon, answered without changing anything
    C("mix-probe-2240", ["draw 一个 pink hexagon on the left, 还有一个 cyan star on the right",
                         "the hexagon 是什么颜色 ah? uncle colour blind one"],
      ["pink hexagon @left", "cyan star @right"],
      checks={1: {"unchanged": True, "reply_any": ["pink", "粉"]}}, cat="question"),
    # mix / correction: place corrected ("should be bottom right") -> a move, size kept
    C("mix-probe-2241", ["put a small blue circle at the top right 謝謝", "oops 我打錯了, should be bottom right"],
      ["small blue circle @bottom-right"], cat="correction"),
    # mix / multi: first ... then ... adds, then a removal and a resize in one message
    C("mix-probe-2242", ["first 画一个 brown square at the top left, then 一个 gray triangle at the bottom right",
                         "ok now 把 square 删掉 and make the triangle 小一点"],
      ["small gray triangle @bottom-right"], checks={0: {"n_objects": 2}}, cat="multi"),
    # mix / numbers: digit with 个, then "a couple of" = two
    C("mix-probe-2243", ["can draw 4 个 green hexagons or not", "ok 再来 a couple of red diamonds lah"],
      ["green hexagon"] * 4 + ["red diamond"] * 2,
      checks={0: {"n_objects": 4}, 1: {"n_objects": 6}}, cat="numbers"),
    # mix / synonyms: navy = blue, big ball = large circle, little 粉紅 box = small pink square
    C("mix-probe-2244", ["homesick 到爆… 畫一個 navy 的 big ball 給我 at the bottom",
                         "再來一個 little 粉紅 box on the left"],
      ["large blue circle @bottom", "small pink square @left"], cat="synonyms"),
]


TWENTY_NINTH = [
    # writer BX:
    # Blind probe BX, ids 2245-2276 (en 2245-2252, zhs 2253-2260, zht 2261-2268, mix 2269-2276).
    # Personas (people giving instructions while doing something else):
    #  - Dana, a parent cooking dinner and dictating to the tablet for the kids: chatty asides,
    #    typos from wet hands, "pls", lowercase, remarks about the kitchen.
    #  - Dr Whitcombe, a university lecturer preparing slides: British spelling, polite, precise;
    #    in the mixed cases she code-switches into Mandarin with her TA.
    #  - 小王, a student in Xi'an typing fast with pinyin input: few punctuation marks, pinyin slips
    #    (篮色, 正方行, 右上叫), Shaanxi words (额 = 我, 俩, 整, 嘹咋咧).
    #  - Ah Keng, a Macau casino worker on a break: mixes Cantonese (喺, 嘅, 唔該, 佢, 將), English
    #    and Mandarin, the odd Portuguese word ("obrigado"), addresses the bot as 靚仔.
    #  - A Taiwanese parent cooking (traditional Chinese, zhuyin slips like ㄉ, 型 for 形).

    # --- English ---
    # synonyms: crimson -> red, disc -> circle, navy -> blue, box -> square; British "centre" phrasing
    C("en-probe-2245",
      ["Right, for slide four I need a crimson disc right in the middle, please.",
       "Lovely. And a navy box in the upper right corner."],
      ["red circle @center", "blue square @top-right"], cat="synonyms"),

    # numbers: digits and number words, sizes on one add only; unplaced adds
    C("en-probe-2246",
      ["hi! ok so while the pasta's on, draw 3 small yellow stars for Mia",
       "and also two purple triangles pls"],
      ["small yellow star", "small yellow star", "small yellow star", "purple triangle", "purple triangle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),

    # multi: two adds in one message, then a recolour and a move in one message (British "colour", "grey")
    C("en-probe-2247",
      ["Please draw a grey diamond at the top and a pink circle at the bottom.",
       "Now colour the diamond purple and shift the circle into the bottom left corner, thanks."],
      ["purple diamond @top", "pink circle @bottom-left"], cat="multi"),

    # correction: place corrected after an add ("I meant top RIGHT"), with a kitchen aside
    C("en-probe-2248",
      ["put a green star in the top left corner",
       "no wait, I meant top RIGHT. sorry, kids are yelling"],
      ["green star @top-right"], checks={1: {"n_objects": 1}}, cat="correction"),

    # plural: "the circles ... both of them" recolours every circle, not the square
    C("en-probe-2249",
      ["draw two blue circles and a red square",
       "actually can you turn the circles yellow, both of them"],
      ["yellow circle", "yellow circle", "red square"], cat="plural"),

    # question: yes/no relation question changes nothing; the triangle is left of the star
    C("en-probe-2250",
      ["Draw a large brown triangle on the left and a small cyan star on the right.",
       "Is the triangle to the left of the star?"],
      ["large brown triangle @left", "small cyan star @right"],
      checks={1: {"unchanged": True, "reply_any": ["yes"]}}, cat="question"),

    # typo: several slips per message (purpel, midle, smal, orage, circel, botom)
    C("en-probe-2251",
      ["draw a purpel hexagon in the midle",
       "now a smal orage circel at the botom"],
      ["purple hexagon @center", "small orange circle @bottom"], cat="typo"),

    # unknown: a heart is not a shape the world has -> nothing changes, asks back
    C("en-probe-2252",
      ["hiya, draw me a red square in the middle",
       "ooh and a little pink heart on top of it for Grandma"],
      ["red square @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- Simplified Chinese ---
    # synonyms: 墨绿 -> green, 圆球 -> circle, 咖啡色 -> brown, 方块 -> square; Shaanxi 额
    C("zhs-probe-2253",
      ["给额画个墨绿的圆球放左上角",
       "再来个咖啡色方块 放右下"],
      ["green circle @top-left", "brown square @bottom-right"], cat="synonyms"),

    # numbers: 俩 = two, 四个 = four, northern verb 整
    C("zhs-probe-2254",
      ["帮我画俩小的红色三角形 谢谢",
       "嗯 然后再整四个黄星星"],
      ["small red triangle", "small red triangle", "yellow star", "yellow star", "yellow star", "yellow star"],
      checks={0: {"n_objects": 2}, 1: {"n_objects": 6}}, cat="numbers"),

    # multi: two adds in one message without punctuation, then recolour + move in one message
    C("zhs-probe-2255",
      ["在中间画个橙色六边形 左边画个粉色圆",
       "把六边形改成紫色 然后把圆移到右上角"],
      ["purple hexagon @center", "pink circle @top-right"], cat="multi"),

    # correction: 不是绿的是青色的 -> the star becomes cyan, stays on the right
    C("zhs-probe-2256",
      ["右边画个绿色五角星",
       "哎呀打错了 不是绿的是青色的"],
      ["cyan star @right"], checks={1: {"n_objects": 1}}, cat="correction"),

    # reshape: lecturer wants the square on her slide to be a diamond instead
    C("zhs-probe-2257",
      ["请在正中间画一个大的灰色正方形",
       "方块在课件上显得太呆板了 换成菱形试试"],
      ["large gray diamond @center"], cat="reshape"),

    # question: colour of the object at the top; place said after the shape
    C("zhs-probe-2258",
      ["画一个黄色三角形在上面 再画一个红色圆在下面",
       "上面那个是啥颜色"],
      ["yellow triangle @top", "red circle @bottom"],
      checks={1: {"unchanged": True, "reply_any": ["黄", "yellow"]}}, cat="question"),

    # typo: pinyin-input slips 右上叫 (角), 篮色 (蓝色), 正方行 (正方形), 三脚形 (三角形)
    C("zhs-probe-2259",
      ["在右上叫画个篮色的正方行",
       "再画个小的粉色三脚形"],
      ["blue square @top-right", "small pink triangle"], cat="typo"),

    # unknown: 几个 gives no number -> nothing changes, asks how many
    C("zhs-probe-2260",
      ["在左边画个紫色菱形",
       "再来几个小星星"],
      ["purple diamond @left"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # --- Traditional Chinese ---
    # synonyms: 大紅 -> red (colour, not size), 深藍 -> blue, 方塊 -> square; Cantonese 喺/嘅/唔該
    C("zht-probe-2261",
      ["唔該，喺中間畫個大紅色嘅菱形",
       "再喺左上角畫個深藍色嘅方塊"],
      ["red diamond @center", "blue square @top-left"], cat="synonyms"),

    # numbers: Taiwanese parent cooking, aside first, then 三個 small circles and one big hexagon
    C("zht-probe-2262",
      ["等我一下 鍋子在滾… 好 幫我畫三個小的綠色圓形",
       "然後再來一個大大的橘色六角形"],
      ["small green circle", "small green circle", "small green circle", "large orange hexagon"],
      checks={1: {"n_objects": 4}}, cat="numbers"),

    # multi: two adds in one message, then a move and a removal in one message
    C("zht-probe-2263",
      ["請在左邊放一個黃色星形，右邊放一個紫色三角形",
       "把星形移到右上角，三角形刪掉"],
      ["yellow star @top-right"], checks={1: {"n_objects": 1}}, cat="multi"),

    # correction: Cantonese 唔係圓形 ... 我想要六角形 -> the circle becomes a hexagon, stays put
    C("zht-probe-2264",
      ["喺右邊畫個橙色嘅圓形",
       "哎呀唔係圓形呀 我想要六角形"],
      ["orange hexagon @right"], checks={1: {"n_objects": 1}}, cat="correction"),

    # plural: 那兩個正方形都不要了 removes both squares, keeps the star
    C("zht-probe-2265",
      ["畫兩個藍色的正方形跟一個紅色的星星",
       "那兩個正方形都不要了 拿掉"],
      ["red star"], checks={1: {"n_objects": 1}}, cat="plural"),

    # reshape: Cantonese 將佢變做星形 (pronoun 佢 = the triangle)
    C("zht-probe-2266",
      ["喺左下角畫個紫色嘅三角形",
       "將佢變做星形啦"],
      ["purple star @bottom-left"], cat="reshape"),

    # question: how big is the diamond -> small; nothing changes
    C("zht-probe-2267",
      ["在上方畫一個大的綠色圓形，在下方畫一個小的灰色菱形",
       "那個菱形多大？"],
      ["large green circle @top", "small gray diamond @bottom"],
      checks={1: {"unchanged": True, "reply_any": ["小", "small"]}}, cat="question"),

    # typo: zhuyin/Taiwan slips 右上腳 (角), ㄉ (的), 正方型, 六邊型; 咖啡色 -> brown
    C("zht-probe-2268",
      ["幫我在右上腳畫一個黃色ㄉ正方型",
       "再畫一個咖啡色ㄉ六邊型"],
      ["yellow square @top-right", "brown hexagon"], cat="typo"),

    # --- Mixed English / Chinese ---
    # synonyms: scarlet -> red, charcoal -> gray, box -> square; Cantonese + English + Portuguese thanks
    C("mix-probe-2269",
      ["hi 靚仔, draw 一個 scarlet 色嘅 star at top left 唔該",
       "再加個 charcoal 嘅 box 喺 bottom 啦, obrigado"],
      ["red star @top-left", "gray square @bottom"], cat="synonyms"),

    # numbers: "five 个" + one big hexagon; Shaanxi remark 嘹咋咧 at the end
    C("mix-probe-2270",
      ["帮我画 five 个小的 cyan 菱形",
       "再来一个 big 红色 hexagon 嘹咋咧"],
      ["small cyan diamond", "small cyan diamond", "small cyan diamond", "small cyan diamond",
       "small cyan diamond", "large red hexagon"],
      checks={0: {"n_objects": 5}, 1: {"n_objects": 6}}, cat="numbers"),

    # multi: two adds in one message, then a move and a resize in one message (Cantonese/English)
    C("mix-probe-2271",
      ["draw 一個綠色 triangle on the right, 同埋一個 orange 圓形 on the left",
       "then move the triangle 去 top right, 個圓形就 make it small"],
      ["green triangle @top-right", "small orange circle @left"], cat="multi"),

    # correction: place corrected after the add ("应该在 bottom left") -> moved, not a second hexagon
    C("mix-probe-2272",
      ["Please add a blue hexagon at the bottom right 谢谢",
       "啊 sorry 我讲错了 应该在 bottom left"],
      ["blue hexagon @bottom-left"], checks={1: {"n_objects": 1}}, cat="correction"),

    # plural: "all the circles" recolours the three circles, not the square
    C("mix-probe-2273",
      ["first 畫個 blue square 喺中間",
       "then three yellow circles 唔該",
       "all the circles 轉 pink 色"],
      ["blue square @center", "pink circle", "pink circle", "pink circle"],
      checks={1: {"n_objects": 4}, 2: {"n_objects": 4}}, cat="plural"),

    # reshape: opinion + "给它变成 hexagon" -> the square becomes a hexagon in place
    C("mix-probe-2274",
      ["画个 red square 在中间",
       "emmm 感觉 hexagon 更好看 给它变成 hexagon"],
      ["red hexagon @center"], cat="reshape"),

    # question: count of everything, asked in mixed words; nothing changes
    C("mix-probe-2275",
      ["add a small pink triangle at the top, a large brown star at the bottom and a green circle on the left",
       "ok 现在一共有多少个 shapes?"],
      ["small pink triangle @top", "large brown star @bottom", "green circle @left"],
      checks={1: {"unchanged": True, "reply_any": ["3", "three", "三个", "三個"]}}, cat="question"),

    # unknown: black cannot be drawn -> asks back; the answer "purple" carries out the add
    C("mix-probe-2276",
      ["can draw 一個 black 色 diamond 喺右邊 please",
       "咁 purple 啦"],
      ["purple diamond @right"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),
    # writer BY:
    # Blind probe BY, ids 2277-2308.
    # Personas (people who describe the picture they want rather than give commands):
    #  - Dana: an art-therapy patient, writes in English, lowercase, soft and hesitant, explains feelings,
    #    some typos and an emoji now and then.
    #  - Evelyn: a novelist, writes in full descriptive British-English sentences ("centre", "grey").
    #  - Mei (美美): the same kind of art-therapy patient but typing simplified Chinese, gentle and chatty.
    #  - 林阿公: a Taiwanese grandfather typing traditional Chinese, poetic asides, refers to himself as 阿公,
    #    occasional zhuyin/pinyin input slips.
    #  - Kevin 陈: a Shenzhen product manager, writes in bullet-like fragments mixing English terms,
    #    both in plain simplified Chinese and in Chinese-English mix.

    # EN synonyms: crimson->red, disc->circle, tiny->small, navy->blue, pentagram-ish star, descriptive phrasing
    C("en-probe-2277",
      ["Let there be a crimson disc sitting right in the middle of the page.",
       "Then, far off in the upper right corner, a tiny navy star, like a lonely sentry."],
      ["red circle @center", "small blue star @top-right"], cat="synonyms"),

    # EN numbers: a remark-only opening turn, then numbers as words for two groups
    C("en-probe-2278",
      ["hi. my therapist says it helps if i describe the picture i want instead of drawing it myself",
       "ok. i want three small yellow circles, like little lanterns, and two green triangles too \U0001F3EE"],
      ["small yellow circle", "small yellow circle", "small yellow circle", "green triangle", "green triangle"],
      checks={0: {"n_objects": 0}, 1: {"n_objects": 5}}, cat="numbers"),

    # EN multi: three placed adds described in novelistic sentences, no draw verb
    C("en-probe-2279",
      ["The scene opens with a grey hexagon in the top left corner. An orange square sits on the right, "
       "and at the very bottom lies a purple diamond."],
      ["gray hexagon @top-left", "orange square @right", "purple diamond @bottom"],
      checks={0: {"n_objects": 3}}, cat="multi"),

    # EN correction: change of mind on colour right after adding
    C("en-probe-2280",
      ["could there be a pink star in the lower left? pink feels safe",
       "actually no, not pink. blue. blue feels calmer today"],
      ["blue star @bottom-left"], checks={1: {"n_objects": 1}}, cat="correction"),

    # EN question: where-question and colour question, both leave the picture alone
    C("en-probe-2281",
      ["Picture a large brown square in the centre and, just to its right, a small green triangle.",
       "Where exactly has the little triangle ended up?",
       "And what colour did you give the square, remind me?"],
      ["large brown square @center", "small green triangle @right"], rel=[(1, "right_of", 0)],
      checks={1: {"unchanged": True, "reply_any": ["right"]},
              2: {"unchanged": True, "reply_any": ["brown"]}}, cat="question"),

    # EN reshape: box -> circle via a feeling-laden "could it be ... instead"
    C("en-probe-2282",
      ["i'd like a red box in the middle of the page please",
       "hmm. it feels too sharp, all those corners. could it be a circle instead? something softer"],
      ["red circle @center"], checks={1: {"n_objects": 1}}, cat="reshape"),

    # EN unknown: a heart is not a shape the world has -> nothing changes, asks back
    C("en-probe-2283",
      ["Let us begin with a small yellow star in the top right corner.",
       "Beneath it, I see a heart, blushing pink."],
      ["small yellow star @top-right"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # EN typo: misspelled verb, colours, shapes and direction
    C("en-probe-2284",
      ["cn you drwa a grene triangel at the top pls",
       "and a purpel circel to the rigth of it"],
      ["green triangle @top", "purple circle"], rel=[(1, "right_of", 0)], cat="typo"),

    # ZHS synonyms: 大红->red, 圆球->circle, 墨绿->green, 方块->square, with a simile remark
    C("zhs-probe-2285",
      ["我想看到画面正中间有一个大红色的圆球，像太阳一样暖暖的",
       "左下角再放一个墨绿色的小方块"],
      ["red circle @center", "small green square @bottom-left"], cat="synonyms"),

    # ZHS plural: two stars placed, then "两个星星统一改" recolours both
    C("zhs-probe-2286",
      ["需求：右上角 一个橙色五角星；左下角 再一个橙色五角星",
       "两个星星 统一改成紫色"],
      ["purple star @top-right", "purple star @bottom-left"], cat="plural"),

    # ZHS multi: two adds with place after the shape, plus a remark to leave the middle empty
    C("zhs-probe-2287",
      ["画一个粉色的三角形在上面，再画一个咖啡色的六边形在下面，中间先空着"],
      ["pink triangle @top", "brown hexagon @bottom"], checks={0: {"n_objects": 2}}, cat="multi"),

    # ZHS correction: wrong side, corrected to the right side
    C("zhs-probe-2288",
      ["左边加个蓝色菱形",
       "不对不对，是放在右边的"],
      ["blue diamond @right"], checks={1: {"n_objects": 1}}, cat="correction"),

    # ZHS question: count question and colour question, nothing changes
    C("zhs-probe-2289",
      ["我想要三个东西：一个黄色的星星，一个绿色的圆，一个灰色的正方形",
       "现在画里一共有几样东西呀",
       "那个星星是什么颜色的来着"],
      ["yellow star", "green circle", "gray square"],
      checks={1: {"unchanged": True, "reply_any": ["3", "三", "three"]},
              2: {"unchanged": True, "reply_any": ["黄", "yellow"]}}, cat="question"),

    # ZHS numbers: 俩 = two, then 四个
    C("zhs-probe-2290",
      ["先来俩青色的小圆圈",
       "再加四个棕色三角"],
      ["small cyan circle", "small cyan circle", "brown triangle", "brown triangle", "brown triangle",
       "brown triangle"], checks={0: {"n_objects": 2}, 1: {"n_objects": 6}}, cat="numbers"),

    # ZHS reshape: square -> hexagon, "换成...试试"
    C("zhs-probe-2291",
      ["在右边画一个紫色的正方形",
       "看着有点闷，把它换成六边形试试"],
      ["purple hexagon @right"], checks={1: {"n_objects": 1}}, cat="reshape"),

    # ZHS unknown: "几个" has no number -> asks back; the answer then adds two
    C("zhs-probe-2292",
      ["中间放一个绿色圆形",
       "再加几个红色方块吧",
       "两个就够"],
      ["green circle @center", "red square", "red square"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}, 2: {"n_objects": 3}},
      cat="unknown"),

    # ZHT synonyms: 翠綠->green, 圓球->circle, 橘色->orange, 方塊->square, poetic asides
    C("zht-probe-2293",
      ["請在畫紙正中央，放一顆翠綠色的圓球，像剛冒出來的新芽",
       "右上角再來一個橘色的小方塊，像遠方人家的窗"],
      ["green circle @center", "small orange square @top-right"], cat="synonyms"),

    # ZHT typo: homophone input slips 籃色(藍色) 圓行(圓形) 星行(星形) 右下腳(右下角)
    C("zht-probe-2294",
      ["在左上角畫一個籃色的圓行",
       "再畫一個黃色的星行在右下腳"],
      ["blue circle @top-left", "yellow star @bottom-right"], cat="typo"),

    # ZHT plural: 它們兩個 recolours both triangles
    C("zht-probe-2295",
      ["左邊畫一個灰色的三角形，右邊也畫一個灰色的三角形",
       "把它們兩個都塗成粉紅色吧，春天到了"],
      ["pink triangle @left", "pink triangle @right"], cat="plural"),

    # ZHT correction: 不是咖啡色，是紫色 after a remark about bad eyesight
    C("zht-probe-2296",
      ["在上方畫一個咖啡色的菱形",
       "唉呀，老花眼看錯了，不是咖啡色，是紫色"],
      ["purple diamond @top"], checks={1: {"n_objects": 1}}, cat="correction"),

    # ZHT question: which one is higher -> the hexagon at top right; picture unchanged
    C("zht-probe-2297",
      ["阿公想看到左下角一顆黃色的星星，右上角一個藍色的六角形",
       "這兩個，哪一個比較高呢？"],
      ["yellow star @bottom-left", "blue hexagon @top-right"],
      checks={1: {"unchanged": True, "reply_any": ["六角", "六边", "六邊", "藍", "蓝", "hexagon", "blue"]}},
      cat="question"),

    # ZHT numbers: 三個 small circles (with a matching remark about grandsons), then 兩個 more triangles
    C("zht-probe-2298",
      ["阿公有三個孫子，就畫三個小小的紅色圓圈吧",
       "還有兩個孫女，再加兩個綠色的三角形"],
      ["small red circle", "small red circle", "small red circle", "green triangle", "green triangle"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),

    # ZHT multi: three placed adds in one message, 淺灰->gray, 橘色->orange
    C("zht-probe-2299",
      ["在最上面畫一個粉紅色的正方形，最下面畫一個淺灰色的圓形，然後在左邊畫一顆橘色的星星"],
      ["pink square @top", "gray circle @bottom", "orange star @left"],
      checks={0: {"n_objects": 3}}, cat="multi"),

    # ZHT reshape: triangle -> circle, reason given in a poetic remark
    C("zht-probe-2300",
      ["正中央畫一個紫色的三角形",
       "三角形太尖了，像把刀，阿公看了不舒服，換成圓形好了"],
      ["purple circle @center"], checks={1: {"n_objects": 1}}, cat="reshape"),

    # MIX plural: two diamonds at two corners, then both resized small
    C("mix-probe-2301",
      ["draw 两个 yellow diamonds，一个 top left 一个 bottom right",
       "两个都 resize 成 small"],
      ["small yellow diamond @top-left", "small yellow diamond @bottom-right"], cat="plural"),

    # MIX unknown: an arrow is not a shape of the world -> nothing changes, asks back
    C("mix-probe-2302",
      ["中间加个 blue hexagon",
       "右边再加一个 red arrow"],
      ["blue hexagon @center"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # MIX typo: purpel, triangel, organe in mixed fragments
    C("mix-probe-2303",
      ["帮我画个 purpel 的 triangel，放 bottom left",
       "再来个 organe star 放 top"],
      ["purple triangle @bottom-left", "orange star @top"], cat="typo"),

    # MIX question: size of one object, then total count
    C("mix-probe-2304",
      ["layout 如下：center 放 large green square，right 放 small pink circle",
       "circle 现在是什么 size？",
       "总共几个 shape"],
      ["large green square @center", "small pink circle @right"],
      checks={1: {"unchanged": True, "reply_any": ["small", "小"]},
              2: {"unchanged": True, "reply_any": ["2", "两", "二", "two"]}}, cat="question"),

    # MIX synonyms: navy->blue, ball->circle, lemon yellow->yellow, tile->square
    C("mix-probe-2305",
      ["canvas 中间放一个 navy 色的 ball",
       "左上角加个 lemon yellow 的 tile"],
      ["blue circle @center", "yellow square @top-left"], cat="synonyms"),

    # MIX multi: a todo list of three placed adds in one message
    C("mix-probe-2306",
      ["todo：左边 add 一个 cyan star；右边 add 一个 brown diamond；顶部 add 一个 red hexagon"],
      ["cyan star @left", "brown diamond @right", "red hexagon @top"],
      checks={0: {"n_objects": 3}}, cat="multi"),

    # MIX correction: 不是 circle，是 hexagon -> the same object becomes a hexagon
    C("mix-probe-2307",
      ["top right 加个 orange circle",
       "sorry 不是 circle，是 hexagon"],
      ["orange hexagon @top-right"], checks={1: {"n_objects": 1}}, cat="correction"),

    # MIX numbers: five stars in digits, then cut back to three
    C("mix-probe-2308",
      ["先 draw 5 个 gray star",
       "多了多了，keep 3 个就行"],
      ["gray star", "gray star", "gray star"],
      checks={0: {"n_objects": 5}, 1: {"n_objects": 3}}, cat="numbers"),
    # writer BZ:
    # Blind probe BZ, ids 2309-2340 (8 per language).
    # Personas:
    #  - Margaret, a careful accountant (English, and English mixed with simplified Chinese at the office):
    #    counts everything, states totals, corrects numbers, asks "how many" to reconcile.
    #  - Lily / 小美, a small child learning colours (English and simplified Chinese): mixes up colour
    #    words and fixes them, types sloppily, adds emoji and "pls".
    #  - 陳老師, a Hong Kong primary-school teacher: traditional Chinese with Cantonese words (喺, 嘅, 佢, 嗰個,
    #    啡色, 細), often dropping in English shape and colour names as she would in class.
    #  - 老马, a Tianjin comedian (simplified Chinese): northern slang (仨, 搁, 整, 眼神儿), jokes while asking,
    #    and types fast with pinyin-input slips.

    # en, numbers: counts written as words across two turns; accountant states a running total (remark only)
    C("en-probe-2309",
      ["Morning! Could you draw exactly three green triangles for me? I will be counting them.",
       "And a further two red diamonds. That should make five in total."],
      ["green triangle", "green triangle", "green triangle", "red diamond", "red diamond"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 5}}, cat="numbers"),

    # en, correction of a count: five stars, then "only 3, not 5" keeps three (the newest go)
    C("en-probe-2310",
      ["Add 5 yellow stars.",
       "Hang on, my mistake, that's too many. Only 3 of them, not 5."],
      ["yellow star", "yellow star", "yellow star"],
      checks={0: {"n_objects": 5}, 1: {"n_objects": 3}}, cat="correction"),

    # en, question: a list of three adds (navy = blue), then a count question that must not change anything
    C("en-probe-2311",
      ["Please draw a navy square, an orange circle and a purple hexagon.",
       "Just so I can reconcile: how many shapes are on the canvas at the moment?"],
      ["blue square", "orange circle", "purple hexagon"],
      checks={1: {"reply_any": ["3", "three"], "unchanged": True}}, cat="question"),

    # en, unknown: black cannot be drawn -> nothing drawn, asks back; then a drawable colour is given in full
    C("en-probe-2312",
      ["hi!! can u draw a black star like the night sky 🌙",
       "ok a purple star then"],
      ["purple star"],
      checks={0: {"unchanged": True, "n_objects": 0, "reply_any": ["?", "？"]}}, cat="unknown"),

    # en, synonyms: little = small, dot = circle, chocolate = brown, BIG = large, box = square
    C("en-probe-2313",
      ["can you make a little dot the colour of chocolate",
       "and a BIG yellow box on the right side 🍌"],
      ["small brown circle", "large yellow square @right"], cat="synonyms"),

    # en, reshape said as a preference, keeping colour and place
    C("en-probe-2314",
      ["Please put a red square in the top right corner.",
       "On reflection, I'd prefer that as a triangle. Same colour, same spot."],
      ["red triangle @top-right"], cat="reshape"),

    # en, typo: dropped/swapped/doubled letters in verbs, colours, shapes and places
    C("en-probe-2315",
      ["drw a yelow trinagle at the botom",
       "now a brwon cirlce top left"],
      ["yellow triangle @bottom", "brown circle @top-left"], cat="typo"),

    # en, multi: two placed adds in one message, then a one-cell move and a recolour in one message
    C("en-probe-2316",
      ["Two items please: one grey diamond smack in the middle, one cyan star in the bottom right corner.",
       "Now move the star up by one and recolour the diamond orange."],
      ["orange diamond @center", "cyan star @right"], cat="multi"),

    # zhs, plural: 仨 = three stars, then recolour all of them (它们仨)
    C("zhs-probe-2317",
      ["嘿，您猜怎么着？给我来仨红色的五角星，要多喜庆有多喜庆！",
       "哎呦，红得我眼晕，把它们仨全换成紫色的"],
      ["purple star", "purple star", "purple star"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 3}}, cat="plural"),

    # zhs, correction: child said the wrong colour, 不是黄色，是橙色 recolours the circle
    C("zhs-probe-2318",
      ["我要画一个黄色的圆圈",
       "不对不对，我说错啦，不是黄色，是橙色！"],
      ["orange circle"], cat="correction"),

    # zhs, question: colour of the object at a named place, asked with jokes around it
    C("zhs-probe-2319",
      ["左边画个蓝三角，右边画个粉方块",
       "哎我这眼神儿，您给瞧瞧，右边那个是啥颜色的？"],
      ["blue triangle @left", "pink square @right"],
      checks={1: {"reply_any": ["粉", "pink"], "unchanged": True}}, cat="question"),

    # zhs, unknown: gold cannot be drawn -> asks back, nothing changes; then yellow is asked for in full
    C("zhs-probe-2320",
      ["画一个绿色的正方形",
       "再画一个金色的星星，亮晶晶的",
       "那就画黄色的星星吧"],
      ["green square", "yellow star"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # zhs, synonyms: 大红 is a colour (red, no size), 球 = circle, 搁 = put, 墨绿 = green, 方块 = square
    C("zhs-probe-2321",
      ["来个大红的球，搁中间，图个吉利",
       "再整一个墨绿色的方块，放它右边儿"],
      ["red circle @center", "green square @right"], cat="synonyms"),

    # zhs, numbers: four diamonds, then two more of the same kind makes six
    C("zhs-probe-2322",
      ["我要四个绿色的菱形！",
       "再加两个一样的"],
      ["green diamond", "green diamond", "green diamond", "green diamond", "green diamond", "green diamond"],
      checks={0: {"n_objects": 4}, 1: {"n_objects": 6}}, cat="numbers"),

    # zhs, typo: pinyin-input slips 又上角 (右上角), 三脚形 (三角形), 中见 (中间), 星行 (星形)
    C("zhs-probe-2323",
      ["在又上角画个紫色的三脚形",
       "再在中见画个橙色的星行，哈哈打字手抖"],
      ["purple triangle @top-right", "orange star @center"], cat="typo"),

    # zhs, reshape: 把它变成六边形, colour kept
    C("zhs-probe-2324",
      ["画一个粉红色的正方形",
       "把它变成六边形吧，正方形太无聊了"],
      ["pink hexagon"], cat="reshape"),

    # zht, plural: two triangles and a square, then remove all triangles
    C("zht-probe-2325",
      ["請畫兩個橙色三角形同一個藍色正方形",
       "好，依家將所有三角形刪除"],
      ["blue square"],
      checks={0: {"n_objects": 3}, 1: {"n_objects": 1}}, cat="plural"),

    # zht, multi: two placed adds in one message (啡色 = brown), then a move and a recolour in one message
    C("zht-probe-2326",
      ["喺左上角畫一個黃色六邊形，再喺右下角畫一個啡色菱形",
       "六邊形移去中間，菱形就改做粉紅色"],
      ["yellow hexagon @center", "pink diamond @bottom-right"], cat="multi"),

    # zht, question: add above "佢", then ask the colour of the top one (cyan)
    C("zht-probe-2327",
      ["喺正中間畫一個紅色星形",
       "喺佢上面加一個青色圓形",
       "同學們，上面嗰個圖形係咩顏色？"],
      ["red star @center", "cyan circle @top"],
      checks={2: {"reply_any": ["青", "cyan"], "unchanged": True}}, cat="question"),

    # zht, correction of place: 唔係左下角，係右下角 moves the small square
    C("zht-probe-2328",
      ["喺左下角畫一個細嘅灰色正方形",
       "唔好意思，我講錯咗，唔係左下角，係右下角"],
      ["small gray square @bottom-right"], cat="correction"),

    # zht, synonyms: 深藍 = blue, 圓圈 = circle, 橘色 = orange, 方塊 = square
    C("zht-probe-2329",
      ["畫一個大嘅深藍色圓圈",
       "再加一個橘色嘅方塊喺左邊"],
      ["large blue circle", "orange square @left"], cat="synonyms"),

    # zht, reshape: triangle judged ugly, 變成菱形, colour and place kept
    C("zht-probe-2330",
      ["喺右邊畫一個綠色三角形",
       "呢個三角形唔係幾好睇，不如變成菱形啦"],
      ["green diamond @right"], cat="reshape"),

    # zht, numbers: six diamonds, then "only three are enough" keeps three
    C("zht-probe-2331",
      ["幫我畫六個粉紅色菱形",
       "唔使咁多，留三個就夠"],
      ["pink diamond", "pink diamond", "pink diamond"],
      checks={0: {"n_objects": 6}, 1: {"n_objects": 3}}, cat="numbers"),

    # zht, unknown: a heart shape does not exist -> nothing changes, asks back
    C("zht-probe-2332",
      ["畫一個紅色嘅正方形",
       "喺佢旁邊再畫一個粉紅色嘅心形"],
      ["red square"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),

    # mix, plural: two circles and a square, then both circles (兩個 circle 都) recoloured
    C("mix-probe-2333",
      ["同學們，我哋畫兩個 blue circle 同一個 red square",
       "將兩個 circle 都變成 yellow"],
      ["yellow circle", "yellow circle", "red square"],
      checks={1: {"n_objects": 3}}, cat="plural"),

    # mix, multi: two placed adds, then a removal and a move in one mixed message
    C("mix-probe-2334",
      ["draw 一個 orange triangle 喺 top left，再 add 一個 green hexagon 喺 bottom",
       "then remove 個 triangle，同埋將 hexagon move 去 center"],
      ["green hexagon @center"], cat="multi"),

    # mix, typo: English slips inside Chinese sentences; add left of "它"
    C("mix-probe-2335",
      ["pls 画一个 purpel hexgon 在 rigth side",
       "再加一个 yelow stra 在它 left"],
      ["purple hexagon @right", "yellow star"], rel=[(1, "left_of", 0)], cat="typo"),

    # mix, synonyms: crimson = red, disc = circle, violet = purple, rhombus = diamond
    C("mix-probe-2336",
      ["幫我畫一個 crimson 色嘅 disc",
       "再嚟一個 violet 嘅 rhombus 喺 top right"],
      ["red circle", "purple diamond @top-right"], cat="synonyms"),

    # mix, question: count of one colour only (two cyan stars, not the brown triangle)
    C("mix-probe-2337",
      ["please add 一个 brown triangle and 两个 cyan stars",
       "ok let me double check 一下, how many cyan ones are there?"],
      ["brown triangle", "cyan star", "cyan star"],
      checks={1: {"reply_any": ["2", "two", "两", "二"], "unchanged": True}}, cat="question"),

    # mix, correction of shape: 唔係 star，係 hexagon
    C("mix-probe-2338",
      ["畫一個 pink star 喺 left",
       "oops 我打錯咗，唔係 star，係 hexagon"],
      ["pink hexagon @left"], cat="correction"),

    # mix, reshape said as an opinion plus "reshape 一下"
    C("mix-probe-2339",
      ["add a gray circle 在中间",
       "嗯… 我觉得做成 square 更整齐，reshape 一下吧"],
      ["gray square @center"], cat="reshape"),

    # mix, unknown number: 几个 -> asks how many, nothing changes; the answer adds two
    C("mix-probe-2340",
      ["draw a blue 三角形",
       "然后加几个 green stars",
       "两个就好"],
      ["blue triangle", "green star", "green star"],
      checks={1: {"unchanged": True, "n_objects": 1, "reply_any": ["?", "？"]}}, cat="unknown"),
]
