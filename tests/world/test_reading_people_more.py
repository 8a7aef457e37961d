"""How the world reads the phrasings the fourteenth to nineteenth blind probes' writers typed: requests with a
question's tag, opinions that carry a value, regional words, "a few" with no number, adds said in turn, groups,
corrections of a named object, places said again. No model."""
import pytest

from dialogan.data.normalize import normalize_message
from dialogan.world import Scene, apply_edit
from dialogan.world.asking import how_many_asked, is_question
from dialogan.world.grounding import (add_by_it_as_said, adds_listed, adds_said_in_turn, comparison_of_all,
                                      count_asked, count_said_instead, every_one_as_said, instructions_of,
                                      put_there_as_said, removal_but, reshape_as_said, reshape_said_alone, ungrounded,
                                      value_said_instead)
from dialogan.world.said import clauses_of, out_of_world_named, without_remarks
from dialogan.world.spelling import mend_slips


def _scene(edit: str) -> Scene:
    return apply_edit(Scene(()), edit).scene


GRAY_SQUARE = _scene("add large gray square at bottom-left")
TWO_CIRCLES = _scene("add 2 large brown circle ; add large cyan triangle")


@pytest.mark.parametrize("message, asks", [
    ("put a grey square in the centre, would you?", False),       # a request with a question's tag
    ("ahoy there! put a scarlet ball right in the middle for me, would you?", False),
    ("可以在正中央画一个粉红色的五角星吗?", False),                     # a place before the verb, then 吗
    ("能在右上角放一个红色圆形吗？", False),
    ("do you know, i reckon that'd look smarter as a triangle. would you change it to one?", False),
    ("可以告诉我星形在哪里吗?", True),                                 # a question stays one
    ("能看见红色圆形吗", True),
    ("do you know where the star is?", True),
    ("what is in the centre, could you?", True),
])
def test_requests_with_a_question_s_tag_are_requests(message, asks):
    assert is_question(message) is asks


@pytest.mark.parametrize("message, reshape", [
    ("hmm, i think it looks better as a hexagon. could you change the shape, please?", "reshape it hexagon"),
    ("hmm, actually i think it'd look nicer as a star. could you make it a star instead?", "reshape it star"),
    ("do you know, i reckon that'd look smarter as a triangle. would you change it to one?", "reshape it triangle"),
    ("hmm 不够 nice leh, change 它 to a star lah", "reshape it star"),
])
def test_an_opinion_beside_a_request_gives_it_its_value(message, reshape):
    assert reshape_said_alone(message, GRAY_SQUARE, 0) == reshape
    assert len(instructions_of(message)) == 1


@pytest.mark.parametrize("typed, read", [
    ("老铁，给我整仨红色五角星", "给我画三个红色五角星"),                  # northern: 整 makes, 仨 is three
    ("这菱形贼丑，给它整成圆的", "这菱形很丑,给它改成圆的"),
    ("嘎哈呢，帮我整个翠绿的圆球搁右上角", "帮我画个翠绿的圆球放在右上角"),
    ("粉红色那个在啥子位置哦", "粉红色那个在什么位置哦"),                # Sichuan 啥子
    ("把整个画面清空", "把整个画面清空"),                              # 整个画面, the whole picture, stays
    ("将個三角形變做紅色，個圓圈搬去中間", "将那个三角形变成红色,那个圆圈移到中间"),  # Cantonese 个 as "the"
    ("唔係呢粒呀，係另外嗰粒", "不是这个呀,是另外那个"),
    ("而家總共有幾多個圖形呀？", "现在总共有多少个图形呀?"),
    ("再畫一個翠綠色ㄉ正方形 放右上角 謝謝你", "再画一个翠绿色的正方形,放右上角 谢谢你"),  # zhuyin ㄉ
    ("在有上角画一个篮色的原形", "在右上角画一个蓝色的圆形"),              # pinyin slips
    ("再在做边画个黄涩的三脚形", "再在左边画个黄色的三角形"),
    ("and a orenge diamnod top rigth eh", "and a orange diamond top right eh"),  # a vowel as it sounds
    ("now put an ornage triangel abov it", "now put an orange triangle above it"),  # a last letter dropped
    ("ditch both squares", "remove both squares"),
    ("ngl kinda empty, chuck in 2 green ones too", "kinda empty, add 2 green ones too"),  # ("throw in": the world's)
    ("aw shucks. ok yellow's fine i guess", "aw shucks. ok yellow is fine i guess"),
    ("circle 轉做 purple，square delete 咗佢", "circle 改成 purple,remove the square"),
    ("然後 delete 個 star，hexagon 就轉 pink", "然后 delete the star,hexagon 就变 pink"),  # 个 after a verb: "the"
    ("畫 four 個 yellow triangle 先", "画 four 个 yellow triangle 先"),              # after a number: a count
])
def test_regional_words_and_slips_are_read_as_the_world_s_words(typed, read):
    assert normalize_message(typed) == read


def test_found_and_must_are_still_no_slips():
    assert mend_slips("i found it, must be the circle") == "i found it, must be the circle"


@pytest.mark.parametrize("message, asked", [
    ("ok now put a few stars next to it", "How many stars would you like?"),
    ("再 add 一些 orange circles 在旁边", "你想要几个橙色的圆形？"),
    ("旁边再画几个绿色方块", "你想要几个绿色的正方形？"),
    ("put three stars next to it", None),
    ("有几个绿色方块", None),                                          # a question of how many: counted
])
def test_adds_of_a_few_are_asked_how_many(message, asked):
    assert how_many_asked(message, "zh" if any("\u4e00" <= c <= "\u9fff" for c in message) else "en") == asked
    assert is_question("旁边再画几个绿色方块") is False


def test_adds_said_in_turn_or_beside_the_one_before_keep_their_places():
    assert adds_said_in_turn("请画一个大的咖啡色三角形,放在左侧;再画一个小的灰色六角形,放在右侧。") \
        == "add large brown triangle at left ; add small gray hexagon at right"
    assert adds_listed("put a cyan circle in the middle and a brown star above it") \
        == "add large cyan circle at center ; add large brown star above it"
    assert add_by_it_as_said("then beneath it, a navy rhombus, please.") == "add large blue diamond below it"
    assert add_by_it_as_said("then one 浅灰色 box 在它上面 lah") == "add large gray square above it"
    # a place written where the side said puts it, beside the add before, stands; a place for "above it" alone does not
    assert ungrounded("add large gray hexagon at center ; add large orange circle at top ; add large pink star at "
                      "bottom-left", "draw a grey hexagon in the middle, then an orange circle above it and a pink "
                      "star at the bottom left.") is None
    assert ungrounded("add large blue diamond at bottom", "then beneath it, a navy rhombus, please.") \
        == "place bottom for a relation"
    assert ungrounded("add large orange triangle", "now put an orange triangle above it") \
        == "relation said, never written"


def test_an_object_put_at_a_place_is_an_add_only_where_no_move_is_said():
    circle = _scene("add large red circle at center")
    assert put_there_as_said("move brown square to bottom-right", "咖啡色的方框放在右下角噻", circle) \
        == "add large brown square at bottom-right"
    assert put_there_as_said("move pink square to bottom-right", "桃红色正方形换到右下吧。", circle) is None
    assert put_there_as_said("move brown square left", "深棕色方块往左侧挪一下", circle) is None


def test_groups_said_before_the_value_and_removals_of_all_but_one():
    assert every_one_as_said("resize circle large", "now, please make both of the circles small.", TWO_CIRCLES, 2) \
        == "resize all circle small"
    assert ungrounded("resize circle large", "now, please make both of the circles small.") \
        == "size large, small said"
    hexagons = _scene("add 3 large purple hexagon")
    assert every_one_as_said("resize all purple large", "the hexagons 全部 make small lah", hexagons, 2) \
        == "resize all hexagon small"
    stars = _scene("add 3 large gray star ; add large orange square")
    assert removal_but("remove all square", "除了 square 其他都 删掉", stars) == "remove all star"
    assert len(instructions_of("菱形都不要了，全部删掉")) == 1


def test_corrections_of_a_named_object_and_numbers_corrected_down():
    two = _scene("add large pink diamond at bottom ; add large yellow circle at top")
    assert value_said_instead("keep", "哎呀,菱形不是粉色,是蓝色", two, 1) == "recolor diamond blue"
    assert clauses_of("not upper left. i wanted the lower left.") == ["not upper left. i wanted the lower left."]
    assert len(instructions_of("och no, not orange. purple i meant")) == 1
    four = _scene("add 4 large pink circle")
    assert count_said_instead("keep", "aiyo 太多了, 3 can already", four, (0, 1, 2, 3)) == "remove it"  # the newest
    assert count_said_instead("keep", "hmm 太多喇 留下三个就行了", four, (0, 1, 2, 3)) == "remove it"


def test_questions_of_the_aspect_said_and_of_how_many_in_all():
    two = _scene("add large brown triangle at left ; add small gray hexagon at right")
    assert comparison_of_all("compare higher them", "请问这两个图形,哪一个比较大?", two) == "compare bigger all"
    assert comparison_of_all("compare higher circle vs star", "哪个比较大?", two) == "compare bigger circle vs star"
    assert comparison_of_all("keep", "now which of the pair is sitting higher, do you reckon?", two) \
        == "compare higher all"
    assert count_asked("count cyan", "帮我数一下 现在画起有几个了") == "count"
    assert reshape_as_said("", "i'd rather that square were a star", GRAY_SQUARE, 0) == "reshape it star"


def test_remarks_people_wrap_around_a_request():
    assert without_remarks("then a tiny lemon coloured box in the lower right corner. bottom right, precisely.") \
        == "then a tiny lemon coloured box in the lower right corner."
    assert without_remarks("i am teaching counting to my jss1 pupils, so please draw four yellow stars.") \
        == "please draw four yellow stars."
    assert without_remarks("drawing with my son (he's 4) and he wants a big red ball") \
        == "drawing with my son and he wants a big red ball"
    assert without_remarks("draw a star (a red one)") == "draw a star (a red one)"  # an aside that names a colour
    assert out_of_world_named("再画一个 orange 的 cloud") == ["shape"]
