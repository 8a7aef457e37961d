"""Asking or instructing, a plain yes, and the world's question back, in both languages."""
import pytest

from dialogan.world import (Scene, apply_edit, expected_verbs, false_facts, is_answer, is_question, is_yes, off_form,
                            propose, question_kind, says_an_action, says_command)

QUESTIONS = ["how big is the circle?", "which one is higher?", "is there an orange hexagon?", "what color is the star",
             "where is it", "how many shapes are there", "can you see a red circle?", "一共有幾個圖形？",
             "有没有红色的圆", "圆形是什么颜色", "星形多大", "哪个更高",
             # tag questions: a statement checked with the listener
             "the star is in the middle, right", "the circle is red, isn't it", "蓝色方块在左边对吧", "那是个星形是吧", "这样对不对",
             "橘色大号五角星和浅棕色蜂窝形谁更大", "谁在上面", "有钻石没有", "刚才那个大不大", "can i see the red star?",
             "now about the circle, is it red?", "what colour can the circle be?"]
INSTRUCTIONS = ["can you draw a red circle?", "could jou please throw away this?", "can yuo draw a red star?",
                "could you add a blue star?", "How about a blue rhombus?",
                "would you mind to insert a small hex please?", "draw a red circle", "please remove the square",
                "alright, make the hexagon less big", "能不能画一个红色圆形？", "帮我画一个星星", "把它移到左边好吗？",
                "画一个红色的圆", "请把圆形变大", "move it right", "画一个圆吧", "put the star on the right",
                "不对不对，我说的是正上方", "它们几个都改成灰。",  # "no, no, I said the very top"; "these few"
                "好，在棕褐色三角块下边画上一个墨绿小星形好吗。", "不对对不对，紫色", "那个，生成三个很小圆盘好吗。",
                "yow about a royal blur circle? 😊", "could I get a red star?", "can i have two blue squares?",
                "can the circle be a hexagon instead?", "could it go a bit higher?", "could that one get bigger?"]


@pytest.mark.parametrize("message", QUESTIONS)
def test_a_question_asks(message):
    assert is_question(message)


@pytest.mark.parametrize("message", INSTRUCTIONS)
def test_a_polite_request_or_an_order_instructs(message):
    assert not is_question(message)


def test_a_plain_yes_in_either_language_is_yes_and_anything_longer_is_not():
    assert all(is_yes(m) for m in ["yes", "Yeah!", "ok", "sure", "是的", "好", "对。"])
    assert not any(is_yes(m) for m in ["no", "yes, and draw a star", "不要", "draw it"])
    assert is_answer("no") and is_answer("算了") and not is_answer("draw a star")


def test_a_question_about_one_object_says_what_it_asks():
    assert question_kind("what colour is the star?") == "ask_color"
    assert question_kind("星形在哪里？") == "ask_where"
    assert question_kind("how big is the circle?") == "ask_size"
    assert question_kind("有没有红色圆形？") == "ask_exists"
    assert question_kind("how many shapes?") is None


def test_the_question_back_names_the_edit_in_the_message_language_and_states_nothing_false():
    scene = Scene.parse("large red circle 17 17")
    assert propose(scene, "add large orange hexagon at top-right", "en") == "Do you want me to add a large orange hexagon?"
    assert propose(scene, "add large orange hexagon at top-right", "zh") == "你是想让我添加一个橙色大六边形吗？"
    assert propose(scene, "recolor circle blue", "en") == "Do you want me to make the large red circle blue?"
    assert propose(scene, "move it to center", "zh", focus=0) == "你是想让我把红色大圆形移到中间吗？"
    assert propose(scene, "clear", "en") == "Do you want me to clear the picture?"
    assert propose(scene, "undo", "zh") == "你是想让我撤销上一步吗？"
    for edit in ("add large orange hexagon at top-right", "remove circle", "resize circle small", "move circle left"):
        for lang in ("en", "zh"):
            assert false_facts(propose(scene, edit, lang), scene, scene) == []
    assert apply_edit(scene, "remove circle").scene != scene  # the offer is of a real change


def test_after_a_group_it_in_the_question_back_is_the_groups_newest_member():
    scene = Scene.parse("large red circle 17 17 ; small blue star 50 50")
    assert propose(scene, "recolor it green", "en", focus=(0, 1)) == "Do you want me to make the small blue star green?"
    assert propose(scene, "recolor it green", "en", focus=[0, 1]) == "Do you want me to make the small blue star green?"


def test_the_question_back_names_them_and_the_other_one_as_the_world_finds_them():
    scene = Scene.parse("large red circle 17 17 ; small blue circle 50 50 ; large green star 83 83")
    assert propose(scene, "recolor other green", "en", focus=0) == "Do you want me to make the small blue circle green?"
    assert propose(scene, "recolor them green", "en", focus=(0, 1)) == "Do you want me to make them green?"
    assert propose(scene, "remove other", "zh", focus=2) == "你是想让我删除另一个吗？"  # no other star: named as said


def test_a_size_question_is_a_size_question_whatever_colour_it_names():
    for message in ("is this big or small please?", "告诉我那个红颜色圆盘的大小", "它大不大？", "this is what size"):
        assert is_question(message) and question_kind(message) == "ask_size", message
    assert question_kind("what colour is the large circle?") == "ask_color"


@pytest.mark.parametrize("message,verbs", [
    ("how many stars are there?", ("count",)), ("六角形的数量是多少？", ("count",)), ("有几个圆？", ("count",)),
    ("which one is higher, the star or the circle?", ("compare",)), ("Tell me which one is biggest?", ("compare",)),
    ("哪个最大？", ("compare",)), ("where is the star?", ("ask",)), ("这个六边形在画面的哪个地方？", ("ask",)),
    ("which part of the canvas is the silver pyramid in?", None),  # "silver" is no comparative
    ("刚才那个的大小是多少？", None),  # a size, not a count
    ("is the star left of the circle?", None), ("draw a star", None),
    ("它们几个都改成灰。", None), ("这几个变成红色", None),  # "these few": no question, no count
    # The picture described: nothing done. "画面" (the picture) is no "画" (draw); what is next to one object is no
    # description of the picture.
    ("画面里现在都有啥", ("keep",)), ("what's on the canvas?", ("keep",)), ("告诉我画面里有哪些图形", ("keep",)),
    ("圆形旁边有什么？", None), ("画面里有什么颜色的圆？", None), ("画面上画一个圆", None)])
def test_a_question_s_form_says_what_its_edit_does(message, verbs):
    assert expected_verbs(message) == verbs


def test_only_a_count_of_what_the_world_draws_is_off_form_as_keep():
    # "现在一共几个？" read as keep, asking back how many diamonds: the world counts what it draws.
    assert off_form("keep", "现在一共几个？") and off_form("keep", "how many are there?")
    assert not off_form("keep", "how many hearts are there?")  # the world's refusal answers it
    assert not off_form("keep", "我要几个正方形") and not off_form("keep", "呃，生成几个小的绿色方块，谢谢。")  # some
    assert not off_form("keep", "which one is higher?") and not off_form("keep", "where is the star?")
    assert off_form("ask it", "how many stars are there?") and not off_form("count star", "how many stars are there?")


def test_an_answer_to_which_one_says_no_action():
    assert not says_an_action("要左下方球") and not says_an_action("the one i mean is 右侧东西!")
    assert not says_an_action("i mean the lower hexagon.")
    assert says_an_action("粉钻石换个颜色，明黄色") and says_an_action("move the red one") and says_an_action("删掉它")


@pytest.mark.parametrize("message,command", [
    ("i didn't mean that, go back.", "undo"), ("scratch that", "undo"), ("撤销上一步", "undo"),
    ("undo the undo", "redo"), ("麻烦撤消刚才的撤销！", "redo"), ("put it back please", "redo"), ("撤销刚才的撤销", "redo"), ("就是还原回来。", "redo"),
    ("move it back to the left", None), ("go to the top", None), ("draw a star", None), ("上一个是什么颜色？", None)])
def test_undo_and_redo_are_read_in_the_world_s_words(message, command):
    assert says_command(message) == command


def test_a_copy_is_offered_as_another_of_the_object():
    circle = Scene.parse("large red circle 50 50")
    assert propose(circle, "copy it", "en", focus=0) == "Do you want me to draw another large red circle?"
    assert propose(circle, "copy red circle", "zh") == "你是想让我再画一个红色大圆形吗？"
    assert propose(circle, "copy it", "en") == "Do you want me to draw another one like it?"
