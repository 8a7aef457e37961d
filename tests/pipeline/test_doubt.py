"""Nothing changes on doubt: questions and unsure edits leave the picture and ask back; a yes does it.
Facts come from the world: a reply that states something untrue is replaced by the world's words."""
import pytest

from dialogan import Chat
from dialogan.pipeline import Written, hold_on_doubt, true_reply
from dialogan.world import Scene, apply_edit, false_facts

CIRCLE = Scene.parse("large red circle 17 17")


@pytest.fixture(scope="module")
def chat():
    return Chat.load()


def test_a_false_reply_is_replaced_by_the_world_s_own_words():
    done = apply_edit(CIRCLE, "add large green star at top-right")
    said, replaced = true_reply("Added a small blue square at the bottom left.", CIRCLE,
                                "add large green star at top-right", done)
    assert replaced and said == "Added a large green star at the top right."
    assert false_facts(said, done.scene, CIRCLE, done.result) == []
    counted = apply_edit(CIRCLE, "count")
    said, replaced = true_reply("画面里有3个图形。", CIRCLE, "count", counted)
    assert replaced and "1" in said and "3" not in said


def test_a_reply_the_world_cannot_read_is_replaced_by_its_own_words():
    # "move it left of the left one" with no room: the model wrote a stutter that states nothing.
    scene = Scene.parse("large cyan square 17 50 ; large purple square 50 50")
    done = apply_edit(scene, "move it left_of @left", focus=1)
    said, replaced = true_reply("There is no no no no shape in the picture.", scene, "move it left_of @left", done,
                                focus=1)
    assert replaced and said == "There is no room to move the large purple square there."
    cut = apply_edit(CIRCLE, "add small cyan circle at left ; add small blue circle at top-right")
    said, replaced = true_reply("Added a small cyan circle at the left and", CIRCLE,
                                "add small cyan circle at left ; add small blue circle at top-right", cut)
    assert replaced and said.startswith("Added a small cyan circle at the left") and "top right" in said


def test_a_broken_reply_to_keep_is_the_world_s_refusal_of_what_the_message_names():
    kept = apply_edit(CIRCLE, "keep")
    broken = ("Sorry, I can't draw that colour: I can draw circles, squares, triangles, stars, diamonds and hexagons "
              "in red, orange, yellow, yellow, orange, brown or gray.")
    said, replaced = true_reply(broken, CIRCLE, "keep", kept, message="A mocha oval please!")
    assert replaced and said.startswith("Sorry, I can't draw that") and "yellow, yellow" not in said
    said, _ = true_reply("画面满了", CIRCLE, "keep", kept, message="今天天气怎么样")
    assert said.startswith("抱歉")
    assert true_reply("Hello! Tell me what to draw.", CIRCLE, "keep", kept, message="hi") == \
        ("Hello! Tell me what to draw.", False)


def test_a_true_reply_stands():
    done = apply_edit(CIRCLE, "count")
    assert true_reply("There is 1 shape.", CIRCLE, "count", done) == ("There is 1 shape.", False)


def test_an_unsure_edit_is_held_and_offered_a_sure_one_is_done():
    grown = apply_edit(CIRCLE, "resize circle small").scene
    unsure = Written("resize circle small", grown, "The circle is now small.", "ok", confidence=0.3)
    held = hold_on_doubt(unsure, "make the circle small", CIRCLE, threshold=0.6)
    assert held.held == "resize circle small" and held.scene == CIRCLE
    assert held.reply == "Do you want me to make the large red circle small?"
    sure = Written("resize circle small", grown, "The circle is now small.", "ok", confidence=0.9)
    assert hold_on_doubt(sure, "make the circle small", CIRCLE, threshold=0.6) == sure


def test_a_question_never_changes_the_picture_however_sure_the_model_is():
    cleared = Written("clear", Scene(()), "画面已清空。", "ok", confidence=1.0)
    held = hold_on_doubt(cleared, "一共有幾個圖形？", CIRCLE, threshold=0.0)
    assert held.scene == CIRCLE and held.reply == "你是想让我清空画面吗？"


def test_questions_in_both_languages_leave_the_shipped_model_s_picture(chat):
    chat.reset()
    drawn = chat.send("draw a red circle in the top left").scene
    for question in ["how big is the circle?", "一共有幾個圖形？", "which one is higher?", "is there an orange hexagon?",
                     "圆形是什么颜色？"]:
        turn = chat.send(question)
        assert turn.scene == drawn, question
        assert false_facts(turn.reply, turn.scene, drawn) == [], (question, turn.reply)


def test_yes_carries_out_the_held_edit_and_anything_else_drops_it(chat):
    # A threshold above every probability holds every edit that would change the picture, whatever
    # the model writes (the shipped model now reads "一共有幾個圖形？" simplified, and only counts), except
    # adds the world reads word for word ("draw a red circle in the top left"): two places are the model's.
    wary = Chat(chat.model, chat.tokenizer, threshold=1.01)
    assert not wary.send("draw a red circle in the top left").held
    wary.reset()
    offer = wary.send("draw a red circle in the top left and a blue star at the bottom")
    assert offer.held and offer.scene == Scene(()) and wary.pending is not None
    saved = wary.state()
    assert saved["pending"]["edit"] == offer.edit
    again = Chat(chat.model, chat.tokenizer)
    again.restore(saved)
    assert again.pending == wary.pending
    done = again.send("好")
    assert done.scene == apply_edit(Scene(()), offer.edit).scene != Scene(()) and again.pending is None
    dropped = wary.send("how many shapes are there?")
    assert wary.pending is None and dropped.scene == Scene(()) and not dropped.held


def test_a_restored_pending_edit_must_fit_the_scene(chat):
    chat.reset()
    chat.send("draw a red circle in the top left")
    state = chat.state()
    state["pending"] = {"edit": "remove it", "focus": 5, "asked": None}
    with pytest.raises(ValueError, match="pending"):
        Chat(chat.model, chat.tokenizer).restore(state)


def test_a_message_of_invisible_characters_only_gets_the_empty_message_prompt(chat):
    chat.reset()
    turn = chat.send("\u200b\u202e\u2066\ufeff")
    assert turn.reply.startswith("Say something") and turn.scene == Scene(())


def test_a_question_about_one_object_is_answered_with_what_it_asks():
    found = apply_edit(CIRCLE, "ask circle")
    asked = Written("ask circle", found.scene, "Yes, there is one at the top left.", found.result, confidence=0.9)
    assert hold_on_doubt(asked, "what colour is the circle?", CIRCLE).reply == "It is red."
    assert hold_on_doubt(asked, "圆形在哪里？", CIRCLE).reply == "它在左上角。"
    assert hold_on_doubt(asked, "is there a circle?", CIRCLE) == asked  # already the answer asked for


TWO_TRIANGLES = Scene.parse("large blue triangle 83 17 ; large cyan triangle 50 17")


def test_a_sure_edit_that_sets_a_colour_nobody_said_is_held_and_offered():
    guessed = apply_edit(Scene(()), "add large cyan hexagon")
    written = Written("add large cyan hexagon", guessed.scene, "Added a large cyan hexagon at the center.",
                      guessed.result, confidence=0.99)
    held = hold_on_doubt(written, "a coquelicot hex shape please.", Scene(()))
    assert held.held == "add large cyan hexagon" and held.scene == Scene(())
    assert held.reply == "Do you want me to add a large cyan hexagon?"
    said = hold_on_doubt(written, "a turquoise hex shape please.", Scene(()))
    assert said == written  # the same edit, said in the world's words, is carried out


def test_a_colour_from_the_exchange_before_grounds_a_correction():
    scene = Scene.parse("large cyan diamond 17 50 ; large yellow diamond 50 50")
    done = apply_edit(scene, "recolor it green ; recolor diamond @center cyan", focus=0)
    # (only a correction's colours may come from before: "change it to chartreuse" is no brown after "brown")
    written = Written("recolor it green ; recolor diamond @center cyan", done.scene, "", done.result, confidence=0.95)
    assert hold_on_doubt(written, "No, the middle rhombus!", scene, focus=0).held
    assert hold_on_doubt(written, "No, the middle rhombus!", scene, focus=0,
                         earlier="make the diamond sky blue The large green diamond is now cyan.") == written


def test_a_removal_nobody_asked_for_is_held_even_when_sure():
    written = Written("remove circle", Scene(()), "Removed the large red circle.", "ok large red circle",
                      confidence=1.0)
    assert hold_on_doubt(written, "make the circle smaller", CIRCLE).scene == CIRCLE
    assert hold_on_doubt(written, "get rid of the circle", CIRCLE) == written


def test_after_a_question_which_one_leaves_a_question_not_an_edit():
    # "position of that trigon?" read as copy: the world asks which one, and the answer must not copy.
    done = apply_edit(TWO_TRIANGLES, "copy triangle")
    assert done.scene == TWO_TRIANGLES and done.asked == "copy triangle"
    written = Written("copy triangle", done.scene, "Which one do you mean?", done.result, asked=done.asked,
                      confidence=0.9)
    kept = hold_on_doubt(written, "position of that trigon?", TWO_TRIANGLES)
    assert kept.asked == "ask triangle" and kept.scene == TWO_TRIANGLES
    answered = apply_edit(TWO_TRIANGLES, "pick blue", asked=kept.asked)
    assert answered.scene == TWO_TRIANGLES
    assert hold_on_doubt(written, "copy the triangle", TWO_TRIANGLES).asked == "copy triangle"  # an instruction


def test_the_shipped_model_s_guesses_leave_the_picture(chat):
    chat.reset()
    turn = chat.send("a coquelicot hex shape please.")
    assert turn.scene == Scene(()) and (turn.held or turn.edit == "keep"), (turn.edit, turn.reply)
    chat.reset()
    drawn = chat.send("we need a whopping cobalt triangle in the corner at the top right as well as a whopping "
                      "aqua triangle shape at the top.").scene
    assert drawn == TWO_TRIANGLES
    chat.send("position of that trigon?")
    assert chat.send("oh, navy one.").scene == TWO_TRIANGLES


def test_grounding_reads_the_message_as_the_model_does_traditional_and_upper_case_alike():
    added = apply_edit(Scene(()), "add large blue circle")
    written = Written("add large blue circle", added.scene, "Added a large blue circle at the center.", added.result,
                      confidence=0.99)
    assert hold_on_doubt(written, "畫一個藍色的圓形", Scene(())) == written
    assert hold_on_doubt(written, "DRAW A NAVY DISC", Scene(())) == written
