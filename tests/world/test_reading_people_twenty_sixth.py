"""How the world reads the phrasings the twenty-fifth and twenty-sixth blind probes' writers typed: who is typing and
who it is for, one more with what differs, an apology after a correction, Chinese homophones of the world's words,
a doubled key, topics moved and removed, what to keep, one and one with no comma, Zhuyin particles. No model."""
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
