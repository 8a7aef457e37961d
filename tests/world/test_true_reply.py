"""The world's own reply: the dialogues' reply for every edit result, and the truth in place of a false one."""
from dialogan.world import (REPLIES_EN, REPLIES_ZH, Scene, apply_edit, generate_dialogues, mend_broken,
                            reads_as_out_of_world)
from dialogan.world.reply_check import false_facts
from dialogan.world.true_reply import world_reply

PICTURE = Scene.parse("large red circle 17 17 ; small blue star 50 50 ; large green hexagon 50 17 ; "
                      "large green hexagon 83 17")


def test_the_world_says_what_the_dialogues_say_for_every_turn_with_facts():
    worded = 0
    for split in ("test", "unseen"):
        for d in generate_dialogues(40, seed=2, split=split):
            before, focus, asked = Scene(()), None, None
            for t in d.turns:
                if t.command:  # undo and redo walk the chat's own stack
                    break
                done = apply_edit(before, t.edit, focus, asked)
                said = world_reply(t.reply, before, t.edit, done, asked=asked, focus=focus)
                if t.act in ("greet", "thanks", "help"):
                    assert said is None
                else:
                    assert said == t.reply, (t.text, t.edit, done.result)
                    worded += 1
                before, focus, asked = done.scene, done.focus, done.asked
    assert worded > 200


def test_a_false_description_is_replaced_by_the_picture_as_it_is():
    wrong = ("The picture has 4 shapes: a large red circle at the top left, a small blue hexagon at the top and a "
             "large green hexagon at the top right.")
    said = world_reply(wrong, PICTURE, "keep", apply_edit(PICTURE, "keep"))
    assert said == ("The picture has 4 shapes: a large red circle at the top left, a small blue star at the center, "
                    "a large green hexagon at the top and a large green hexagon at the top right.")
    assert false_facts(wrong, PICTURE) and not false_facts(said, PICTURE)


def test_an_answer_keeps_its_kind_and_takes_the_world_facts():
    asked = apply_edit(PICTURE, "ask star")
    assert world_reply("It is red.", PICTURE, "ask star", asked) == "It is blue."
    assert world_reply("它在左上角。", PICTURE, "ask star", asked) == "它在中间。"
    assert world_reply("No, there isn't.", PICTURE, "ask star", asked) == "Yes, there is one at the center."
    none = apply_edit(PICTURE, "ask orange hexagon")
    assert world_reply("有，在中间。", PICTURE, "ask orange hexagon", none) == "没有。"
    assert world_reply("There are 7 green shapes.", PICTURE, "count green", apply_edit(PICTURE, "count green")) == \
        "There are 2 green shapes."


def test_chit_chat_is_left_to_the_model():
    assert world_reply("Hello! Tell me what to draw.", PICTURE, "keep", apply_edit(PICTURE, "keep")) is None


def test_several_operations_are_answered_one_sentence_each_at_their_own_step():
    edit = "add small red diamond at bottom-right ; move it to bottom-left"
    done = apply_edit(PICTURE, edit)
    assert world_reply("Added a star.", PICTURE, edit, done) == \
        "Added a small red diamond at the bottom right. Moved the small red diamond to the bottom left."
    assert world_reply("好的。", PICTURE, edit, done) == "好的，在右下角画了一个红色小菱形。好的，把红色小菱形移到了左下角。"


def test_questions_the_world_answers_from_the_scene():
    around = apply_edit(PICTURE, "around star")
    assert world_reply("Nothing is next to the small blue star.", PICTURE, "around star", around) == \
        "Next to the small blue star: a large green hexagon at the top."
    check = apply_edit(PICTURE, "check star above circle")
    assert world_reply("Yes.", PICTURE, "check star above circle", check) == \
        "No, the small blue star is at the center and the large red circle at the top left."
    asked = apply_edit(PICTURE, "ask star")
    assert world_reply("It is large.", PICTURE, "ask star", asked) == "It is small."


OLD_REFUSAL = {"en": ("Sorry, I can only draw circles, squares, triangles, stars, diamonds and hexagons "
                      "in red, orange, yellow, green, cyan, blue, purple, pink, brown or gray."),
               "zh": "抱歉，我只能画红色、橙色、黄色、绿色、青色、蓝色、紫色、粉色、棕色或灰色的圆形、正方形、三角形、星形、菱形和六边形。"}


def test_every_refusal_of_something_out_of_the_world_asks_back():
    for replies, mark in ((REPLIES_EN, "?"), (REPLIES_ZH, "？")):
        refusals = {k: v for k, v in replies.items() if k[0] == "out_of_world"}
        assert set(refusals) == {("out_of_world", o) for o in ("ok", "color", "shape")}
        assert all(v.endswith(mark) for v in refusals.values()), refusals


def test_the_generated_refusals_ask_back_and_leave_the_picture_alone():
    seen = set()
    for d in generate_dialogues(300, seed=11):
        prev = Scene(())
        for t in d.turns:
            if t.act == "out_of_world":
                assert t.edit == "keep" and t.scene == prev
                assert t.reply.endswith(("?", "？")), t.reply
                seen.add((t.phrasing.split(".")[0], t.reply.split("：")[0].split(":")[0]))
            prev = t.scene
    keys = {k for k, _ in seen}
    assert keys == {"out_of_world", "out_of_world@recolor", "out_of_world@chat"}
    assert ("out_of_world@recolor", "Sorry, I can't draw that colour") in seen
    assert ("out_of_world@recolor", "抱歉，这个颜色我画不了") in seen


def test_a_refusal_in_an_earlier_wording_becomes_the_question_back():
    done = apply_edit(PICTURE, "keep")
    for lang, replies in (("en", REPLIES_EN), ("zh", REPLIES_ZH)):
        assert reads_as_out_of_world(OLD_REFUSAL[lang])
        assert world_reply(OLD_REFUSAL[lang], PICTURE, "keep", done) == replies[("out_of_world", "ok")]
        for outcome in ("ok", "color", "shape"):  # the current wording keeps its kind of question
            said = replies[("out_of_world", outcome)]
            assert reads_as_out_of_world(said) and not false_facts(said, PICTURE, PICTURE, done.result)
            assert world_reply(said, PICTURE, "keep", done) == said


def test_a_quoted_word_with_cut_bytes_is_taken_from_the_message():
    broken = "我不认识'胭\ufffd形'这个形状，你指的是哪种形状？"
    assert mend_broken(broken, "画一个胭脂形") == "我不认识'胭脂形'这个形状，你指的是哪种形状？"
    assert mend_broken("抱歉\ufffd\ufffd。", "画一条狗") == "抱歉。"  # nothing to take it from: dropped
    assert mend_broken("Added a small red circle at the center.", "x") == "Added a small red circle at the center."
    assert "\ufffd" not in mend_broken("我不认识'\ufffd'这个颜色", "把它涂成黛色")


def test_nothing_where_a_place_was_named_is_said_with_the_place():
    right = Scene.parse("large cyan square 83 50")
    for edit in ("remove @left", "recolor red @top-left red"):
        done = apply_edit(right, edit)
        for lang in ("en", "zh"):
            said = world_reply("", right, edit, done, lang=lang)
            assert false_facts(said, done.scene, right, done.result) == [], said
    done = apply_edit(right, "remove @left")
    assert world_reply("", right, "remove @left", done, lang="en") == "There is no shape on the left side."
    assert world_reply("", right, "remove @left", done, lang="zh") == "画面里没有左边的图形。"
