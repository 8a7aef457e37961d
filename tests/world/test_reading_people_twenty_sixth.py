"""How the world reads the phrasings the twenty-fifth to twenty-seventh blind probes' writers typed: who is typing and
who it is for, one more with what differs, an apology after a correction, Chinese homophones of the world's words,
a doubled key, topics moved and removed, what to keep, one and one with no comma, Zhuyin particles, talk before a
request, how an object is before its change, a list's places, a group's change taken back, a colour like a
rainbow. No model."""
import pytest

from dialogan.data.normalize import normalize_message
from dialogan.pipeline.unknown_words import held_add_answered
from dialogan.world import phrasing_zh
from dialogan.world.dialogue.splits import training_words
from dialogan.world.said import clauses_of


@pytest.mark.parametrize("typed, read", [
    # who is typing, and who it is for: no part of the request
    ("hey there, coach Denis here 👋 can ya throw a crimson disc up in the top right corner",
     "hey there, can you throw a crimson disc up in the top right corner"),
    ("it's nana here. can you draw a dot", "can you draw a dot"),
    ("draw a red heart for the missus would ya", "draw a red heart would you"),
    ("put it here please", "put it here please"),                        # a place, not a name
    ("move it over here can you", "move it over here can you"),
    # one more of the same, what differs said of "that one"
    ("Now one more, but make that one lemon yellow and put it at the bottom.", "now one more but lemon yellow and at the bottom."),
    ("another one but make it red", "another one but red"),
    # particles and frames around a request
    ("hmm turn 佢 into a 星星 la", "hmm turn 它 into a 星星"),
    ("hmm can change it to 三角形 instead?", "please change it to 三角形 instead?"),
    ("can ya change it over", "can you change it"),
    ("我覺得它變成星星會比較可愛ㄟ 可以幫我改嗎", "我觉得它变成星星会比较可爱,可以帮我改吗"),  # ㄟ: a Zhuyin particle
    ("我個孫教我用把聲講就得 幫我喺右上角畫個深藍色嘅四方形 唔該", "帮我在右上角画个深蓝色的四方形 请"),
    # Chinese homophones of the world's words, one or two characters in a word
    ("在右下脚画个篮色的六变型", "在右下角画个蓝色的六边形"),
    ("然后中见加一个红色的三角行", "然后中间加一个红色的三角形"),
    ("再在昨上角畫一個黃色ㄉ圓型", "再在左上角画一个黄色的圆形"),
    ("幫我在又邊畫一個綠色ㄉ六角行", "帮我在右边画一个绿色的六角形"),
    ("画个心形", "画个心形"),                                            # 心形 is a heart, no 星形
    ("有边框吗", "有边框吗"),
    ("彩虹色的圆", "彩虹色的圆"),                                          # rainbow, no red
    # a key struck twice
    ("and a redd trinagle in the centre", "and a red triangle in the centre"),
    # places, topics, removals and what to keep
    ("再画三个紫色星星，位置随便放", "再画三个紫色星星"),
    ("再一個深藍色的圓球放右邊喔", "再画一个深蓝色的圆球放右边喔"),
    ("右边来个大灰菱形，左边来个小橙圆，嘿，对仗工整！", "右边来个大灰菱形,左边来个小橙圆"),
    ("然後把正方形改成黃色，星形移到下方，謝謝。", "然后把正方形改成黄色,星形移到下方,谢谢。"),
    ("画两个黄色的圆，一个在左上角一个在右下角", "画两个黄色的圆,一个在左上角,一个在右下角"),
    ("啲星星我唔要喇 刪咗佢哋", "删掉所有的星星"),
    ("那些圆我都不要了", "删掉所有的圆"),
    ("delete 所有的 circles, 留下 square 就好", "delete 所有的 circles, 只留下 square"),
    ("这三个 star 太抢眼了，全部缩成 small size", "这三个 star 太抢眼了,全部变成 small"),
])
def test_how_people_type_is_read_plainly(typed, read):
    assert normalize_message(typed) == read


def test_homophones_read_are_never_words_the_world_says():
    said = {w for words in training_words("zh").values() for w in words}
    for word in ("六边形", "左上角", "圆形", "星形"):
        alike = phrasing_zh.said_alike(word)
        assert alike and word not in alike and not any("心" in a for a in alike)
        assert normalize_message(f"画一个{alike[0]}") == f"画一个{word}" or alike[0] in said


@pytest.mark.parametrize("message", ["Oh dear, no — I meant blue, not green. Do forgive me.",
                                     "no, I meant blue. please forgive me"])
def test_an_apology_after_a_correction_is_no_step_of_its_own(message):
    assert clauses_of(normalize_message(message)) == [normalize_message(message)]


@pytest.mark.parametrize("answer, edit", [
    ("咁 star 啦", "add large purple star at top-left"),          # Cantonese: then a star
    ("no, a star", "add large purple star at top-left"),
    ("red", "add large red circle at top-left"),
    ("a red star", "add large red star at top-left"),
    ("draw a red square at the bottom", None),                  # a new message
    ("how many shapes are there?", None),
])
def test_a_guess_held_and_answered_with_another_shape_or_colour(answer, edit):
    pending = {"edit": "add large purple circle at top-left", "focus": None, "asked": None}
    assert held_add_answered(pending, answer) == edit


def test_a_held_edit_of_no_add_or_a_count_is_no_guess_to_answer():
    assert held_add_answered({"edit": "remove it", "focus": 0, "asked": None}, "a star") is None
    assert held_add_answered({"edit": "add large pink star", "count": True}, "a star") is None


def test_adds_each_at_a_place_said_are_at_those_places():
    from dialogan.world.grounding import ungrounded
    message = normalize_message("Please put a green triangle on the left and a blue square on the right, then a grey star "
                                "at the bottom.")
    assert ungrounded("add large green triangle at left ; add large blue square at bottom-right ; add large gray star "
                      "at bottom", message, "") == "places left, bottom-right, bottom for left, right, bottom said"
    assert ungrounded("add large green triangle at left ; add large blue square at right ; add large gray star at bottom",
                      message, "") is None


@pytest.mark.parametrize("typed, read", [
    ("個 triangle 我覺得做 circle 會靚啲", "个 triangle 改成circle"),      # an opinion of a change, nothing asked after
    ("我觉得它变成红色会好看点", "它改成红色"),
    ("我覺得它變成星星會比較可愛ㄟ 可以幫我改嗎", "我觉得它变成星星会比较可爱,可以帮我改吗"),  # asked after: as it is
])
def test_a_change_said_as_an_opinion_is_the_change(typed, read):
    assert normalize_message(typed) == read


@pytest.mark.parametrize("typed, read", [
    # talk around a request, however long, where another sentence names what to draw
    ("Good afternoon. My grandson set this contraption up for me and says I've only to type what I'm after, so here goes. "
     "Could you put a scarlet ball up in the top left corner, please?",
     "could you put a scarlet ball up in the top left corner, please?"),
    ("Right then. I'd like three wee yellow stars, if you please. Dinnae fuss about where they go.",
     "right then. i'd like three wee yellow stars."),
    ("你好，我是从日本来的留学生，中文还不太好，请多多关照。请画一个蓝色的六边形在右上角。", "请画一个蓝色的六边形在右上角。"),
    ("今天生意淡，陪你耍会儿。来五个小的黄色三角形，随便你摆哪儿。", "来五个小的黄色三角形。"),
    ("hi, on my break so quick one. put a navy box top left pls", "hi, put a navy box top left pls"),
    ("Thank you! Hmm, they are little bit big for me... could you make both of them yellow and a bit smaller?",
     "thank you! could you make both of them yellow and a bit smaller?"),
    ("Three wee jobs for you, if you've a minute: a brown star in the top right corner, a turquoise diamond over on the "
     "left.", "a brown star in the top right corner, a turquoise diamond over on the left."),
    ("小美說她比較喜歡星星，那我們把這個正方形變成星星好了。", "把这个正方形变成星星好了。"),
    ("電腦，幫我們畫一個 rainbow color 的 star 好嗎？小朋友最喜歡了", "帮我们画一个 rainbow color 的 star 好吗?"),
    ("On reflection I'd prefer it as a triangle. Can you do that?", "please make it a triangle."),
    # what stays: a short acknowledgement, a correction, more of it, a removal
    ("不对。是红色的", "不对。是红色的"),
    ("好的。再来一个", "好的。再来一个"),
    ("这个不好看。把它删了", "这个不好看。把它删了"),
    # Chinese words of more, of all, of no verb
    ("還有一個淺綠色的鑽石，放右邊就好", "再画一个浅绿色的钻石,放在右边"),
    ("將佢哋全部轉晒做灰色", "将它们全部改成灰色"),
    ("那些圆形全部换黄色的咯", "所有圆形全部换黄色的咯"),
    ("要得要得。再搁一个朱红色的方块在它右边。", "好,要得。再画一个朱红色的方块在它右边。"),
    ("then 两个 yellow diamonds please", "then add 两个 yellow diamonds please"),
    ("先在左边画个棕色方块 然后右边画个蓝三角 最后把方块涂成红的", "先在左边画个棕色方块,然后右边画个蓝三角,最后把方块涂成红的"),
])
def test_talk_around_a_request_and_words_of_more_are_read_plainly(typed, read):
    assert normalize_message(typed) == read


def test_adds_listed_are_each_at_the_place_said_in_turn():
    from dialogan.world.grounding import places_as_said
    assert places_as_said("add large brown circle at bottom-right ; add large gray diamond at top-right",
                          "brown circle at the bottom, grey diamond top right") \
        == "add large brown circle at bottom ; add large gray diamond at top-right"


def test_an_add_of_an_object_said_to_move_is_ungrounded():
    from dialogan.world.grounding import ungrounded
    message = normalize_message("然後把正方形改成黃色，星形移到下方，謝謝。")
    assert ungrounded("recolor square yellow ; add large blue star at bottom", message) == "add of the star said to move"
    assert ungrounded("recolor square yellow ; move star to bottom", message) is None


def test_a_change_of_a_group_taken_back_is_of_them_all():
    from dialogan.world import Scene, apply_edit
    from dialogan.world.grounding import them_corrected
    before = apply_edit(Scene(), "add 3 small red star").scene
    after = apply_edit(before, "recolor all green").scene
    assert them_corrected("recolor it purple", "no wait 紫色 is cooler", after, before, (0, 1, 2)) == "recolor them purple"
    assert them_corrected("recolor it purple", "make it purple", after, before, (0, 1, 2)) is None  # no correction
    assert them_corrected("recolor it purple", "no wait 紫色 is cooler", after, before, 2) is None     # one object


def test_make_the_object_a_size_is_a_change_and_a_colour_like_a_rainbow_is_none_the_world_has():
    from dialogan.world.said import changes_said, out_of_world_words
    assert changes_said("then make the circle small") == ("resize",)
    assert changes_said("make a small circle") == () and changes_said("make it a small one") == ()
    assert out_of_world_words("a rainbow color star") == [("color", "rainbow color")]
    assert out_of_world_words("draw a rainbow") == [("shape", "rainbow")]
    assert out_of_world_words("一个彩虹色的星星") == [("color", "彩虹色")]


@pytest.mark.parametrize("typed, read", [
    # written, formal Chinese
    ("煩請繪製兩個綠色三角形及一個紅色圓形，謝謝。", "请绘制两个绿色三角形和一个红色圆形,谢谢。"),
    ("經考慮後，請將兩個三角形均改為紫色。", "请将两个三角形都改为紫色。"),
    ("敬請告知，位於右方之圖形為何種顏色？", "请问在右方的图形是什么颜色?"),
    ("請於左方繪製一個藍色星形，並於右方繪製一個黃色圓形。", "请在左方绘制一个蓝色星形,再在右方绘制一个黄色圆形。"),
    ("請於中央位置繪製一個黑色六邊形。", "请在中间绘制一个黑色六边形。"),
    # Hunan and southwestern words, tags that make a request, a change with no 成
    ("再搞一只墨绿色的方块，放它左边", "再画一个墨绿色的方块,放在它左边"),
    ("现在画面上一共有几只东西咯？", "现在画面上一共有几个东西咯?"),
    ("帮我弄一只猫吧", "帮我弄一只猫吧"),                                 # a cat: no shape, as it is
    ("它的形状我不蛮喜欢，搞成菱形要得不？", "它的形状我不蛮喜欢,改成菱形"),
    ("個圓圈搬去左下角，星星就整細啲", "那个圆圈移到左下角,星星变小点"),
    ("六角形改菱形", "六角形改成菱形"),
    ("好吧，那就画个红色五角星，还是放在正方形右边", "好吧,那就画个红色五角星,放在正方形右边"),
    # homophones and endings typed as they sound
    ("幫我畫一個綠色ㄉ正方行 放右尚角", "帮我画一个绿色的正方形,放右上角"),
    ("再畫一個分紅色的圓型在左下角", "再画一个粉红色的圆形在左下角"),
    ("然後把它便小", "然后把它变小"),
    ("顺便小一点", "顺便小一点"),
    ("make the 星星 in the centr purpul", "make the 星星 in the center purple"),
    ("a circel and a triangal", "a circle and a triangle"),
    # a question that is only talk, before the request
    ("嗨，今天好想家喔…陪我畫畫好嗎？在中間畫一個紫色的圓形", "在中间画一个紫色的圆形"),
])
def test_formal_and_regional_chinese_and_slips_are_read_plainly(typed, read):
    assert normalize_message(typed) == read


def test_more_of_them_smaller_is_that_many_small_ones():
    from dialogan.world import Scene, apply_edit
    from dialogan.world.grounding import one_like_it, ungrounded
    scene = apply_edit(Scene(), "add 3 large brown star").scene
    message = "and two more of them, only smaller"
    assert one_like_it("copy it ; resize them small", message, scene, (0, 1, 2)) == "add 2 small brown star"
    assert ungrounded("add 2 small brown star", message, "draw three brown stars") is None


@pytest.mark.parametrize("typed, read", [
    # a picture described, a simile, how it feels, what it is for
    ("Let there be a crimson disc sitting right in the middle of the page.", "put a crimson disc right in the middle."),
    ("Then, far off in the upper right corner, a tiny navy star, like a lonely sentry.",
     "then, in the upper right corner, a tiny navy star."),
    ("ok. i want three small yellow circles, like little lanterns, and two green triangles too 🏮",
     "ok. i want three small yellow circles, and two green triangles too"),
    ("could there be a pink star in the lower left? pink feels safe", "please put a pink star in the lower left?"),
    ("hmm. it feels too sharp, all those corners. could it be a circle instead? something softer",
     "hmm. could it be a circle instead?"),
    ("Right, for slide four I need a crimson disc right in the middle, please.", "i need a crimson disc right in the middle, please."),
    ("hi! ok so while the pasta's on, draw 3 small yellow stars for Mia", "hi! ok so draw 3 small yellow stars"),
    ("draw a circle for fun", "draw a circle"),
    ("And a further two red diamonds. That should make five in total.", "and two more red diamonds."),
    ("Just so I can reconcile: how many shapes are on the canvas at the moment?", "how many shapes are on the canvas now?"),
    ("Now move the star up by one and recolour the diamond orange.", "now move the star up one and recolour the diamond orange."),
    ("我想看到画面正中间有一个大红色的圆球，像太阳一样暖暖的", "在正中间画一个大红色的圆球"),
    ("請在畫紙正中央，放一顆翠綠色的圓球，像剛冒出來的新芽", "请在画面正中央,放一颗翠绿色的圆球"),
    ("阿公有三個孫子，就畫三個小小的紅色圓圈吧", "画三个小小的红色圆圈吧"),
    ("還有兩個孫女，再加兩個綠色的三角形", "再加两个绿色的三角形"),
    ("我想要三个东西：一个黄色的星星，一个绿色的圆，一个灰色的正方形", "我想要一个黄色的星星,一个绿色的圆,一个灰色的正方形"),
    ("画一个粉色的三角形在上面，再画一个咖啡色的六边形在下面，中间先空着", "画一个粉色的三角形在上面,再画一个咖啡色的六边形在下面"),
    ("两个星星 统一改成紫色", "两个星星 都改成紫色"),
    ("来个大红的球，搁中间，图个吉利", "来个大红的球,放在中间"),
    ("再整一个墨绿色的方块，放它右边儿", "再画一个墨绿色的方块,放在它右边"),
    ("唔使咁多，留三個就夠", "要三个就行"),
    ("嗯… 我觉得做成 square 更整齐，reshape 一下吧", "嗯... 改成square"),
])
def test_pictures_described_and_talk_beside_a_request_are_read_plainly(typed, read):
    assert normalize_message(typed) == read


def test_a_change_of_them_naming_one_shape_is_of_that_shape_and_a_move_with_an_add_must_be_said():
    from dialogan.world import Scene, apply_edit
    from dialogan.world.grounding import all_of_them, ungrounded
    scene = apply_edit(Scene(), "add 2 large blue circle ; add large red square").scene
    said = "actually can you turn the circles yellow, both of them"
    assert all_of_them("recolor them yellow", said, scene) == "recolor all circle yellow"
    assert all_of_them("recolor them yellow", "turn them yellow", scene) is None
    described = normalize_message("Then, far off in the upper right corner, a tiny navy star, like a lonely sentry.")
    assert ungrounded("move it to top-right ; add small blue star at top-right", described) == "move never asked"


def test_a_guess_held_and_answered_with_a_value_denied_and_one_meant():
    pending = {"edit": "add large pink star at bottom-left", "focus": None, "asked": None}
    assert held_add_answered(pending, "actually no, not pink. blue.") == "add large blue star at bottom-left"


@pytest.mark.parametrize("typed, read", [
    ("not that, i asked for plum.", "not that, i asked for purple."),   # what was asked for, a name the dictionary reads
    ("draw 3 small yellow stars for Mia", "draw 3 small yellow stars"),  # who it is for
])
def test_who_it_is_for_is_dropped_and_what_was_asked_for_is_not(typed, read):
    assert normalize_message(typed) == read
