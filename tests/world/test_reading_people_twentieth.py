"""How the world reads the phrasings the twentieth to twenty-fourth blind probes' writers typed, and the words of no
number: answers to "how many?", the other one of two, a removal said of another object, an add beside one named by its
shape, one on each of two sides, addresses, sighs and asides, Cantonese topics and slips, a change of mind, a slip of a
name only the dictionary knows. No model."""
import pytest

from dialogan.data.normalize import normalize_message
from dialogan.world import Scene, apply_edit
from dialogan.world.asking import add_of_no_number, is_question, number_answered
from dialogan.world.dialogue.splits import held_out_words, training_words
from dialogan.world.grounding import beside_the_one_named, instructions_of, ungrounded
from dialogan.world.said import changes_said, each_place, names_no_number
from dialogan.world.unknown_words import answer_edit


@pytest.mark.parametrize("message, add", [
    ("畫幾個粉紅色嘅星星", "add large pink star"),                  # an unsaid size is large
    ("draw some small green squares", "add small green square"),
    ("add a few stars", "add large blue star"),                     # an unsaid colour is blue
    ("draw a few red and blue stars", None),                        # two colours: no one add
    ("画几个圆形和三角形", None),
])
def test_the_add_a_how_many_question_holds(message, add):
    assert add_of_no_number(normalize_message(message)) == add


@pytest.mark.parametrize("answer, edit", [
    ("三個啦，唔該", "add 3 large pink star"),
    ("just 2 please", "add 2 large pink star"),
    ("make it four", "add 4 large pink star"),
    ("three pink stars", "add 3 large pink star"),                  # the add's own words said again
    ("两个就够了", "add 2 large pink star"),
    ("umm 三个 I guess", "add 3 large pink star"),
    ("仨，仨就得了您呐", "add 3 large pink star"),                    # said twice, in Beijing words
    ("4 个 lah", "add 4 large pink star"),
    ("4 please, thanks bud", "add 4 large pink star"),
    ("1", "add large pink star"),
    ("3 red stars", None),                                          # another colour: a new message
    ("draw a red circle", None),
    ("yes", None),
    ("20", None),                                                   # more than the picture holds
])
def test_a_number_answers_how_many(answer, edit):
    assert number_answered(normalize_message(answer), "add large pink star") == edit


def test_a_couple_of_is_two_and_the_world_says_so():
    assert normalize_message("a couple of green dots please") == "two green dots please"
    assert not names_no_number("two green dots please")
    words = [w for ws in (training_words("en")["few_n"], held_out_words("en")["few_n"]) for w in ws]
    assert "a couple of" not in words and "a handful of" in words and names_no_number("a handful of stars")


def test_the_other_one_of_two_objects_is_the_one_not_in_focus():
    drawn = apply_edit(Scene(()), "add large red circle ; add large red triangle").scene
    changed = apply_edit(drawn, "recolor circle blue")
    done = apply_edit(changed.scene, "recolor it red ; recolor other blue", changed.focus).scene
    assert done.text() == "large red circle 50 50 ; large blue triangle 17 17"


@pytest.mark.parametrize("message", ["make the triangle green, remove the square",
                                     "ok, 将那个 triangle 改成 green, remove the square"])
def test_a_removal_of_the_object_said_to_change_is_ungrounded(message):
    assert ungrounded("remove triangle ; recolor square green", message) == "removal of the triangle, said of another"
    assert ungrounded("recolor triangle green ; remove square", message) is None


def test_removals_listed_are_grounded():
    assert ungrounded("remove circle ; remove square", "remove the circle and the square") is None
    assert ungrounded("remove circle ; recolor triangle blue", "把圆删掉，三角形改成蓝色") is None


def test_a_question_of_what_is_there_answers_no_held_question():
    held = "add large red circle"
    assert answer_edit(held, [2], "color", normalize_message("有没有栗色三边形？")) is None
    assert answer_edit(held, [2], "color", normalize_message("is there a red one?")) is None
    assert answer_edit(held, [2], "color", normalize_message("那黄的也凑合")) == "add large yellow circle"
    assert answer_edit(held, [2], "color", normalize_message("haiz then 紫色 lor")) == "add large purple circle"


@pytest.mark.parametrize("typed, read", [
    ("lets draw 2 blue circles boys and girls", "lets draw 2 blue circles"),        # the people spoken to
    ("ok kids, draw a red star", "ok, draw a red star"),
    ("ok kiddos want stars!! can you put three yellow stars please", "can you put three yellow stars please"),
    ("my son wants a red star. and a blue one", "my son wants a red star. and a blue one"),  # a count: the request
    ("hi sorry long shift. can u put a navy ring in the top right corner",
     "hi sorry can u put a navy ring in the top right corner"),                      # no shift of an object
    ("然後將個正方形搬去中間，三角形就刪咗佢", "然后将那个正方形移到中间,删掉三角形"),   # Cantonese: as for the triangle
    ("ok, 將個 triangle 改做 green, 個 square 就刪咗佢", "ok, 将那个 triangle 改成 green, remove the square"),
    ("再嚟多 3 個一樣嘅", "再来3 个一样的"),
    ("宝宝又改主意了，想把圆圈变成星星", "想把圆圈变成星星"),                       # a change of mind, then the request
    ("哎呀我说错了，要棕色的，不要粉的", "哎呀我说错了,要棕色的"),                   # what is not wanted, after what is
    ("我要红色的，不要了", "我要红色的,不要了"),
    ("嗯…圓的好像怪怪的 可以把它改成星形嗎", "嗯...圆的好像怪怪的,可以把它改成星形吗"),  # a request after a space
    ("ach I'd rather it was a triangle tbh", "i'd rather it was a triangle"),               # a sigh before it
    ("aiya wrong colour, I mean orange 橙色的", "wrong colour, i mean orange 橙色的"),
    ("sorry o, not left. I meant the right side", "sorry, not left. i meant the right side"),  # Nigerian "o"
    ("呢個圓形唔係幾好睇，改做菱形啦", "这个圆形不太好看,改成菱形啦"),                     # Cantonese 唔係幾好睇
    ("再畫個黃色既六邊型係右邊", "再画个黄色的六边型在右边"),                            # 既 for 嘅, 係 for 喺
    ("係咪紅色？", "是不是红色?"),
    ("draw one gold colour circle for my grandson, 他最喜欢金色", "draw one gold colour circle"),  # why, after it
    ("等一下，五角星到底是什么颜色？我这屏幕有点偏色", "等一下,五角星是什么颜色?"),          # on earth; an aside
    ("把它移到底部", "把它移到底部"),                                                      # 到底 of a place stays
    ("Now take away the circle and make the triangle orange, good man",
     "now take away the circle and make the triangle orange"),                            # the man spoken to
    ("乖孫教我用這個，阿嬤想要一個大紅色ㄉ圓圈放中間", "阿嬷想要一个大红色的圆圈放中间"),     # who taught the user
    ("家人们谁懂啊 帮我在左上角整个粉色五角星 再在右下角来个绿色的圆 谢谢宝",
     "帮我在左上角画个粉色五角星,再在右下角来个绿色的圆 谢谢"),                           # the internet's greetings
    ("再在左变画个粽色的正方型", "再在左边画个棕色的正方形"),                              # 粽 typed for 棕
    ("幫手喺右下角整個朱古力色嘅圓形", "帮手在右下角画个巧克力色的圆形"),                    # Cantonese chocolate
    ("draw 一個 yellow hexagon at the bottom 同 一個 blue square at the top",
     "draw 一个 yellow hexagon at the bottom and 一个 blue square at the top"),            # Cantonese 同, and
    ("唔要粒 star 喇, and make 個 circle small", "不要那个 star 喇, and make the circle small"),
    ("要得，再在它上头弄个大红色的圆圈", "好,再在它上面弄个大红色的圆圈"),                   # Sichuan 要得, 上头
    ("邊個 higher ar?", "哪个 higher?"),                                                  # a question's particle
    ("boss say triangle not nice, change to diamond shape pls",
     "boss say triangle not nice, change to diamond shape pls"),                          # no slip of "boxs"
    ("gday mate, chuck a big scarlet ball up the top right", "put a big scarlet ball up the top right"),  # no "gray"
    ("nah sorry bredda, mi did mean orange", "no sorry, i meant orange"),                  # Jamaican English
    ("eh remove all the diamonds 啦", "remove all the diamonds 啦"),
    ("在底部中间画个黄色的三角形", "在底部画个黄色的三角形"),                                # the bottom's middle
    ("这个方方正正的不太好看，给它换成六角形吧", "这个方的不太好看,给它换成六角形吧"),
    ("忙着呢，长话短说。画五个咖啡色三角形", "画五个咖啡色三角形"),                          # busy: no request
    ("an a single grey diamond too, that'll do 🤠", "and a single grey diamond too"),
    ("Good evening! Just finished my shift. Kindly draw three yellow triangles",
     "good evening! please draw three yellow triangles"),                                  # no shift of an object
    ("ta. now a grene sqaure right underneath it", "now a green square directly below it"),
    ("can u draw a black triangle for my art homework", "can u draw a black triangle"),      # who it is for
    ("六边形弄小点儿，菱形挪到右上角去", "六边形变小一点,菱形挪到右上角去"),                  # 儿 of Beijing
    ("嘿，您受累，给左上角整一个红色的圆圈儿，右下角再来个蓝方块儿，齐活！",
     "嘿,给左上角画一个红色的圆圈,右下角再来个蓝方块"),
    ("您给数数，这会儿一共几个玩意儿了？", "数一下,现在一共几个东西了?"),
    ("那不然灰色好了", "那就灰色好了"),
    ("哎呀说错了，不要粉的，要红的", "哎呀说错了,要红的"),                                   # what is not wanted first
    ("欸不對，不要大的，改成小的", "欸不对,改成小的"),
    ("Eish, sorry, wrong corner - it belongs in the bottom left.",
     "sorry, wrong corner - it belongs in the bottom left."),                              # a South African sigh
    ("then delete the hexagon and move circle go 中间", "then delete the hexagon and move circle to 中间"),
])
def test_how_people_type_is_read_plainly(typed, read):
    assert normalize_message(typed) == read


def test_a_slip_of_a_name_only_the_dictionary_knows_is_that_name():
    assert normalize_message("draw a small olivw circle") == "draw a small green circle"
    assert normalize_message("a pentagarm please") == "a star please"  # pentagram, two letters swapped
    assert normalize_message("a fuchsia star") == "a fuchsia star"  # a name the world does not know stays


@pytest.mark.parametrize("message", ["可以麻煩您在正下方畫一個鵝黃色的方塊嗎？謝謝～", "請您在左邊畫一個紅色的圓"])
def test_a_request_to_you_politely_is_no_question(message):
    assert not is_question(normalize_message(message))


def test_one_on_the_left_and_right_each():
    assert each_place(normalize_message("請幫我在左邊跟右邊各畫一個橘色的星星")) == ("left", "right")


@pytest.mark.parametrize("edit, message, beside", [
    ("add large pink star at top ; add large green circle right", "a pink star at the top, and a light green circle "
     "to the right of the star", "add large pink star at top ; add large green circle right_of pink star"),
    ("add large pink star at top ; add large green circle at right", "宝宝 wants a 粉色 star at the top lah, and a 浅绿 "
     "circle 在星星右边", "add large pink star at top ; add large green circle right_of pink star"),
    ("add large red square at center ; add large blue star at top", "a red square in the middle and a blue star at the "
     "top", None),                                                  # a side of the picture: as written
    ("add large pink star at top ; add large green circle at left", "a pink star at the top, and a green circle to the "
     "right of the star", None),                                    # put at another side: not this reading's to mend
])
def test_an_add_beside_the_one_named_by_its_shape(edit, message, beside):
    assert beside_the_one_named(edit, normalize_message(message)) == beside


def test_make_the_object_a_colour_is_a_change_and_make_a_new_one_is_not():
    assert changes_said("make the triangle orange") == ("recolor",)
    assert changes_said("make a triangle orange") == ()


def test_give_me_one_then_where_is_one_instruction():
    assert len(instructions_of(normalize_message("畀個粉紅色嘅六角形我，放喺右上角"))) == 1


def test_the_other_one_corrects_the_last_change_whatever_the_model_read():
    from dialogan.world.grounding import correction_of_object
    before = apply_edit(Scene(()), "add large red circle at left ; add large yellow circle at right").scene
    done = apply_edit(before, "recolor circle @left purple")
    fixed = correction_of_object("remove other", "no the other one", done.scene, before, done.focus)
    assert fixed == "recolor it red ; recolor other purple"


def test_an_opinion_then_change_it_is_one_instruction():
    message = "hmm, on reflection i think it'd look nicer as a hexagon. would you mind changing it?"
    assert len(instructions_of(message)) == 1 and ungrounded("reshape it hexagon", message) is None


def test_an_add_of_a_number_typed_apart():
    from dialogan.world.grounding import add_as_said
    assert add_as_said("帮我画 4 个 yellow star 啦, thanks boss") == "add 4 large yellow star"


def test_an_object_is_named_as_it_is_and_them_for_an_other_never_said():
    from dialogan.world.grounding import object_as_it_is, them_for_the_other
    two = apply_edit(Scene(()), "add large gray circle at center ; add large red star at top").scene
    assert object_as_it_is("resize small star small ; move circle to bottom", two) == \
        "resize star small ; move circle to bottom"
    assert object_as_it_is("resize star small", two) is None
    assert them_for_the_other("recolor them blue ; resize other small", "把它们都改成蓝色,顺便都缩小一点") == \
        "recolor them blue ; resize them small"
    assert them_for_the_other("recolor it red ; recolor other blue", "no, the other one") is None


def test_fewer_of_a_group_takes_away_its_newest_in_turn():
    from dialogan.world.grounding import count_said_instead
    four = apply_edit(Scene(()), "add 4 large green triangle")
    fewer = count_said_instead("keep", normalize_message("歹勢 按錯了 兩個就好"), four.scene, four.focus)
    done = apply_edit(four.scene, fewer, four.focus)
    assert fewer == "remove it ; remove it" and done.focus == (0, 1)
    assert done.scene.text() == "large green triangle 50 50 ; large green triangle 17 17"


def test_the_object_meant_is_the_one_not_denied():
    from dialogan.world.grounding import correction_of_object
    before = apply_edit(Scene(()), "add large red diamond at center ; add large red circle at top").scene
    done = apply_edit(before, "recolor diamond yellow")
    message = "oh no sorry i got muddled, i meant the circle not the diamond"
    assert correction_of_object("recolor it green ; recolor diamond yellow", message, done.scene, before, done.focus,
                                already=True) == "recolor it red ; recolor circle yellow"


def test_a_bare_removal_after_the_removal_said_is_the_same_one():
    assert len(instructions_of("圆形全部不要了,删掉")) == 1


def test_one_here_one_there_typed_with_a_space():
    assert each_place("画两个 gray triangle,一个在 top 一个在 bottom") == ("top", "bottom")


def test_one_move_said_outright():
    from dialogan.world.grounding import move_as_said
    two = apply_edit(Scene(()), "add large red circle at top-left ; add large blue square at bottom-right").scene
    assert move_as_said(normalize_message("wah nice, then 把 square 移去 center lor"), two) == "move square to center"
    assert move_as_said("move the square to the center and make it red", two) is None   # more than the move
    assert move_as_said("move it to the center", two) is None                             # no object named
    assert move_as_said("把左上角的圆形移到中间", two) is None                                 # two places said


def test_i_d_prefer_it_as_is_an_opinion_and_its_value():
    square = apply_edit(Scene(()), "add large brown square at center").scene
    from dialogan.world.grounding import reshape_said_alone
    message = "on reflection, i'd prefer that box as a five-pointed star. would you change it?"
    assert reshape_said_alone(message, square, 0) == "reshape it star" and len(instructions_of(message)) == 1
