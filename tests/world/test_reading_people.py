"""How the world reads what people type around and inside a request: remarks, changes of mind, corrections, lists,
places, questions and numbers said the way the eleventh to thirteenth blind probes' writers said them. No model."""
import pytest

from dialogan.data.normalize import in_users_script, normalize_message
from dialogan.world import Scene, apply_edit
from dialogan.world.asking import ask_how_many, is_question
from dialogan.world.grounding import (add_as_said, adds_in_order, adds_listed, ask_as_said, at_the_side_said,
                                      comparison_of_all, count_asked, count_said_instead, instructions_of,
                                      recolor_of_it_as_said, reshape_said_alone, ungrounded, value_said_instead)
from dialogan.world.said import changes_said, out_of_world_named, without_remarks
from dialogan.world.spelling import mend_slips
from dialogan.world.unknown_words import answer_edit, unknown_words


def _scene(edit: str) -> Scene:
    return apply_edit(Scene(()), edit).scene


ONE_SQUARE = _scene("add large green square at center")
TWO = _scene("add large orange diamond at top-left ; add large gray star at bottom-right")


@pytest.mark.parametrize("message, steps", [
    ("she wants three pink stars!! she loves stars", 1),       # the second only remarks on what the first asks for
    ("ok hes decided. a big green triangle at the bottom", 1),
    ("draw a red circle. then a blue square", 2),
    ("hmm actually no, make it orange. wait no. purple. yes purple, sorry!!", 1),  # a change of mind: one step
    ("hmm no wait. green. definitely green", 1),               # said again for emphasis
])
def test_remarks_emphasis_and_changes_of_mind_are_no_steps_of_their_own(message, steps):
    assert len(instructions_of(message)) == steps


def test_remarks_in_words_the_world_never_says_are_dropped_before_the_model_reads():
    text = ("good afternoon, i hope you're keeping well. my granddaughter set this up for me on the tablet so bear "
            "with me. would you draw me a small blue square down in the bottom left corner.")
    assert without_remarks(text) == "would you draw me a small blue square down in the bottom left corner."
    assert without_remarks("ah, i see. a pale grey one in the centre will do nicely, then.") \
        == "ah, i see. a pale grey one in the centre will do nicely, then."  # words the model was trained on: kept
    assert without_remarks("draw a red circle. how many are there?") == "draw a red circle. how many are there?"


def test_a_value_meant_instead_is_the_one_said_last_or_the_one_the_object_is_not():
    red = _scene("add large green triangle at left")
    assert value_said_instead("", "hmm actually no, make it orange. wait no. purple. yes purple, sorry!!", red, 0) \
        == "recolor it purple"
    triangle = _scene("add large purple triangle at right")
    assert value_said_instead("", "不对不对,三角形太尖了,我要的是正方形", triangle, 0) == "reshape it square"
    assert value_said_instead("", "啊打错了 不是菱形 是正方形啦", _scene("add large pink diamond at top-left"), 0) \
        == "reshape it square"
    assert value_said_instead("", "更正:位置应为左下角,并非上方。", _scene("add large pink star at top"), 0) \
        == "move it to bottom-left"


def test_a_reshape_said_among_remarks_and_a_recolour_of_it_said_outright():
    assert reshape_said_alone("hmm i think it stay more beautiful like a diamond.. can you transform it in a diamond?",
                              ONE_SQUARE, 0) == "reshape it diamond"
    assert reshape_said_alone("方的看起来好死板哦,把它换成六边形撒", ONE_SQUARE, 0) == "reshape it hexagon"
    assert reshape_said_alone("把它换成六边形,再画一个红色的圆", ONE_SQUARE, 0) is None  # another instruction
    assert recolor_of_it_as_said("ok now make it orange lmao") == "recolor it orange"
    assert recolor_of_it_as_said("make it orange and move it left") is None


def test_lists_and_places_said_after_the_shape():
    assert adds_listed("right then, for tomorrow's shapes lesson i need three things please: a large red triangle top "
                       "left, a small blue square in the bottom right corner, and a green circle right in the middle. "
                       "cheers!") == ("add large red triangle at top-left ; add small blue square at bottom-right ; "
                                      "add large green circle at center")
    assert adds_in_order("add large blue triangle at right ; add large purple circle at left",
                         "帮我画蓝色三角形在右边,紫色圆形在左边") is None  # each place after its shape: as written
    assert ungrounded("add large blue triangle at right ; add large purple circle at left",
                      "帮我画蓝色三角形在右边,紫色圆形在左边") is None
    assert at_the_side_said("add large blue star left_of it", "左边再画一个蓝色的星星") == "add large blue star at left"
    assert at_the_side_said("add large blue star left_of it", "在它左边画一个星星") is None


def test_adds_said_as_people_say_them():
    assert add_as_said("please draw exactly three hexagons, all of them orange and small.") == "add 3 small orange hexagon"
    assert add_as_said("then one blue 三角形 at bottom right") == "add large blue triangle at bottom-right"
    assert add_as_said("two small yellow stars, 左右各一个") is None  # one at each side: no one add


def test_a_move_said_after_adds_and_a_change_of_an_object_the_step_never_names():
    assert ungrounded("add large gray star at bottom-right ; add large cyan circle at top-left ; add large blue star at "
                      "center", "右下角画一颗灰色星星,左上角画一个青色圆形,然后把星星移到中间") == "add for a move"
    assert ungrounded("recolor star yellow ; move star to top-left", "then make the star 黄色 and move the circle to 左上角") \
        is not None


def test_questions_as_people_ask_them():
    assert ask_as_said("keep", "wait what color did the star come out as", TWO, (0, 1)) == "ask star"
    assert ask_as_said("keep", "那个星星在哪里啊 我眼睛不好看不清楚", TWO, (0, 1)) == "ask star"
    assert comparison_of_all("keep", "这两个哪一个比较大?", TWO) == "compare bigger all"
    assert comparison_of_all("keep", "now tell me this, and i'm only curious, which of the two of them is sitting "
                                     "higher up on the page?", TWO) == "compare higher all"
    assert count_asked("keep", "现在总共几个?") == "count"
    assert count_asked("count green", "画面上现在总共有几个东西啊?") == "count"
    assert count_asked("keep", "再来几个粉色的菱形") is None  # an add of some, no question
    assert not is_question("正方形太无聊了,可以把它改成菱形吗?")  # a remark, then a polite request
    assert is_question("好看吗,能不能把它变大?")


def test_numbers_corrected_down_and_numbers_never_said():
    four = _scene("add 4 large orange circle")
    fewer = count_said_instead("keep", "wah 4 too many liao, 2 enough", four, (0, 1, 2, 3))
    assert fewer == "remove it ; remove it"  # the two newest, top right and top (not the top left, the second)
    assert apply_edit(four, fewer, (0, 1, 2, 3)).scene.text() == "large orange circle 50 50 ; large orange circle 17 17"
    assert ask_how_many("add 5 large pink diamond", "zh") == "你想要几个粉色的菱形？"
    assert ask_how_many("add large red circle ; move it to left", "en") is None


def test_words_people_type_for_what_the_world_cannot_draw():
    assert out_of_world_named("再画一个粉色的爱心") == ["shape"]
    assert unknown_words("方的看起来好死板哦,把它换成六边形撒") == []  # 看起来 names nothing
    assert [u.word for u in unknown_words("画一个酒红色的圆")] == ["酒红色"]
    assert unknown_words("这两个都改成绿色,跟主色调统一") == []  # a tone, no colour


def test_an_answer_may_name_the_word_asked_about_again():
    assert answer_edit("add large red circle at center", [3], "shape", "哦没有 heart 啊,那 star 吧", "heart") \
        == "add large red star at center"
    assert answer_edit("add large red circle at center", [2], "color", "oh, i didn't realise. grey will do nicely then") \
        == "add large gray circle at center"


def test_everyday_english_words_are_no_typing_slips():
    assert mend_slips("i found it, must be the circle") == "i found it, must be the circle"
    assert mend_slips("wait what color did the star come out as") == "wait what color did the star come out as"
    assert mend_slips("drwa a bleu sqaure") == "draw a blue square"


@pytest.mark.parametrize("typed, read", [
    ("在上面化一个紫涩的菱行", "在上面画一个紫色的菱形"),
    ("在有上角话一个黄色的三脚形", "在右上角画一个黄色的三角形"),
    ("老細叫我畫個啡色嘅正方形，擺喺右上角", "老板叫我画个棕色的正方形,放在右上角"),
    ("啊不行不行 还是改回橙色吧", "啊不行不行 还是改成橙色吧"),
    ("左上角画个橙色的菱形 右下角画个灰色的星星", "左上角画个橙色的菱形,右下角画个灰色的星星"),
    ("来，小朋友们，我们画四颗红红的星星呀", "来,孩子们,我们画四颗红色的星星呀"),
    ("hi 可以帮我画一个 teal 的 hexagon 吗 放 top left", "可以帮我画一个 teal 的 hexagon 吗 放 top left"),
])
def test_typing_as_people_type_is_read_in_the_world_s_words(typed, read):
    assert normalize_message(typed) == read


def test_a_reply_is_in_the_script_the_user_writes_in_even_where_a_message_shows_none():
    reply = "好的，在中间画了一个灰色大六边形。"
    assert in_users_script("噉用灰色啦", reply, ("再加個白色六角形",)) == "好的，在中間畫了一個灰色大六邊形。"
    assert in_users_script("噉用灰色啦", reply, ("再加个白色六角形",)) == reply
    assert changes_said("三角形变绿色") == ("recolor",)


def test_a_question_of_its_own_kind_stays_the_model_s():
    assert ask_as_said("around yellow", "那个黄颜色的周周围有什么?", TWO, 0) is None
    assert ask_as_said("around it", "它的旁边是什么?", TWO, 0) is None
