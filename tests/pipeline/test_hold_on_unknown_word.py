"""A colour or shape named by a word the model never read: the picture stays, the reply asks which one
is meant, quoting the word as typed, and the answer next turn fills in the held edit.

The words used are names held out of training ("cinnamon", "栗色"), which the world's dictionary would
read as their training names before the model sees them; it is off here, as with ``eval run
--no-dictionary``, so that these are words the model never read. The last test turns it on."""
import pytest

from dialogan import Chat
from dialogan.pipeline import Written, answered_edit, hold_on_unknown_word
from dialogan.world import Scene, apply_edit
from dialogan.world.dictionary import use_dictionary


@pytest.fixture(autouse=True)
def words_the_model_never_read():
    use_dictionary(False)
    yield
    use_dictionary(True)

EMPTY = Scene(())
CIRCLE = Scene.parse("large red circle 50 50")


def _written(edit: str, before: Scene = EMPTY, reply: str = "Added it.") -> Written:
    return Written(edit, apply_edit(before, edit).scene, reply, "ok", confidence=0.99)


@pytest.fixture(scope="module")
def chat():
    return Chat.load()


def test_a_guessed_colour_is_held_and_the_word_asked_about_as_typed():
    held, pending = hold_on_unknown_word(_written("add large red circle"), "Draw a CINNAMON circle!", EMPTY)
    assert held.scene == EMPTY and held.reply == "I don't know 'CINNAMON' — which colour do you mean?"
    assert pending == {"edit": "add large red circle", "focus": None, "asked": None, "unknown": "color", "fill": [2],
                       "word": "CINNAMON"}


def test_a_chinese_word_is_asked_about_in_chinese_whatever_the_message_s_frame():
    held, pending = hold_on_unknown_word(_written("add large orange circle"), "I need 一个栗色的 circle", EMPTY)
    assert held.scene == EMPTY and held.reply == "我不认识'栗色'这个颜色，你指的是哪种颜色？"
    assert pending["unknown"] == "color"


def test_a_guessed_shape_is_held():
    held, pending = hold_on_unknown_word(_written("add large red triangle"), "来一个红色的锥形", EMPTY)
    assert held.scene == EMPTY and held.reply == "我不认识'锥形'这个形状，你指的是哪种形状？"
    assert pending["fill"] == [3]


def test_known_words_and_edits_that_change_nothing_pass_through():
    written = _written("add large red circle")
    assert hold_on_unknown_word(written, "draw a red circle", EMPTY) == (written, None)
    assert hold_on_unknown_word(written, "drwa a rde cirlce", EMPTY) == (written, None)
    kept = Written("keep", EMPTY, "Which colour?", "ok")
    assert hold_on_unknown_word(kept, "draw a cinnamon circle", EMPTY) == (kept, None)
    counted = Written("count", CIRCLE, "There is 1 shape.", "ok 1")
    assert hold_on_unknown_word(counted, "how many cinnamon circles?", CIRCLE) == (counted, None)


def test_a_question_about_a_guessed_colour_is_asked_back_and_the_answer_answers_what_it_asked(chat):
    counted = Written("count red circle", CIRCLE, "There is 1 red circle.", "ok 1")
    held, pending = hold_on_unknown_word(counted, "how many cinnamon circles?", CIRCLE)
    assert held.reply == "I don't know 'cinnamon' — which colour do you mean?" and held.scene == CIRCLE
    assert pending["fill"] == [1] and "kind" in pending  # what a question asks (None: no one kind)
    chat.reset()
    drawn = chat.send("draw a red circle and a pink star").scene
    asked = chat.send("what colour is the mauve one?")
    assert asked.held and asked.reply == "I don't know 'mauve' — which colour do you mean?" and asked.scene == drawn
    answered = chat.send("I mean the pink one")
    assert answered.reply == "It is pink." and answered.scene == drawn


def test_a_recolour_that_happens_to_change_nothing_still_asks():
    same = Written("recolor it red", CIRCLE, "The large red circle is already red.", "same large red circle")
    held, pending = hold_on_unknown_word(same, "make it cinnamon", CIRCLE, focus=0)
    assert held.reply == "I don't know 'cinnamon' — which colour do you mean?" and pending["focus"] == 0


def test_the_answer_fills_the_held_edit():
    pending = {"edit": "add large red circle", "focus": None, "asked": None, "unknown": "color", "fill": [2]}
    assert answered_edit(pending, "I mean brown") == "add large brown circle"
    assert answered_edit(pending, "棕色的") == "add large brown circle"
    assert answered_edit(pending, "draw a blue square") is None
    assert answered_edit({"edit": "add large red circle", "focus": None, "asked": None}, "brown") is None


def test_the_shipped_model_asks_back_and_draws_what_the_answer_names(chat):
    chat.reset()
    asked = chat.send("draw a cinnamon circle")
    assert asked.held and asked.scene == EMPTY
    assert asked.reply == "I don't know 'cinnamon' — which colour do you mean?"
    drawn = chat.send("I mean brown")
    assert [(o.color, o.shape) for o in drawn.scene] == [("brown", "circle")] and not drawn.held
    chat.reset()
    asked = chat.send("畫一個栗色的圓形")  # traditional characters: the question comes back in them
    # The model refuses rather than guesses; the refusal becomes the question about the word it did not know.
    assert asked.scene == EMPTY and "栗色" in asked.reply and "顏色" in asked.reply and asked.reply.endswith("？")


def test_yes_to_the_question_does_not_carry_out_the_guess_and_the_question_survives_a_restore(chat):
    chat.reset()
    chat.send("draw a cinnamon circle")
    saved = chat.state()
    assert saved["pending"]["unknown"] == "color"
    chat.restore(saved)
    assert chat.send("brown").scene[0].color == "brown"
    chat.reset()
    chat.send("draw a cinnamon circle")
    said_yes = chat.send("yes")  # names no colour: the guess held back is not carried out, the question stands
    assert said_yes.scene == EMPTY and said_yes.reply == "I don't know 'cinnamon' — which colour do you mean?"
    assert chat.send("red").scene[0].color == "red"


def test_the_model_s_own_question_quotes_a_word_of_the_message():
    # A model trained on the world's made-up names may recall one of them instead of the word it was given.
    recalled = Written("keep", EMPTY, "I don't know 'zorange' — which colour do you mean?", "ok")
    mended, pending = hold_on_unknown_word(recalled, "it should be blorple!", EMPTY)
    assert pending is None and mended.scene == EMPTY and mended.corrected
    assert mended.reply == "I don't know 'blorple' — which colour do you mean?"
    mended, _ = hold_on_unknown_word(Written("keep", EMPTY, "我不认识'藕荷色'这个颜色，你指的是哪种颜色？", "ok"),
                                     "给我放一个大型的宝蓝色的叶形", EMPTY)
    assert mended.reply == "我不认识'叶形'这个形状，你指的是哪种形状？"
    # Nothing unknown to ask about: the reply asks what to draw, as a refusal does.
    mended, _ = hold_on_unknown_word(Written("keep", EMPTY, "我不认识'缃色'这个颜色，你指的是哪种颜色？", "ok"),
                                     "谢谢，画得不错", EMPTY)
    assert mended.reply.startswith("抱歉，这个我画不了") and mended.reply.endswith("你想让我画什么？")
    right = Written("keep", EMPTY, "I don't know 'fuchsia' — which colour do you mean?", "ok")
    assert hold_on_unknown_word(right, "draw a fuchsia circle", EMPTY) == (right, None)
    # A question begun and never finished (the model ran on into its help text) is asked as the world asks it.
    broken = Written("keep", EMPTY, "I don't know ' can draw circles, squares, triangles, stars, diamonds and "
                     "hexagons, small or large.", "ok")
    mended, _ = hold_on_unknown_word(broken, "How about a pumpkin prange delta?", EMPTY)
    assert mended.reply == "I don't know 'delta' — which shape do you mean?" and mended.corrected


def test_with_the_dictionary_a_held_out_name_is_drawn_and_a_made_up_one_still_asked(chat):
    use_dictionary(True)
    chat.reset()
    drawn = chat.send("draw a cinnamon circle")
    assert [(o.color, o.shape) for o in drawn.scene] == [("brown", "circle")] and not drawn.held
    asked = chat.send("make it fuchsia")  # a name the world does not know
    assert asked.scene == drawn.scene and "'fuchsia'" in asked.reply


def test_a_word_the_model_itself_asked_about_is_filled_in_by_the_answer(chat):
    use_dictionary(True)
    chat.reset()
    chat.send("画一个黄色的 hexagon 在 bottom")
    asked = chat.send("make it 马卡龙色 pls")  # the model keeps the picture and asks about the word itself
    assert asked.held and "马卡龙色" in asked.reply
    answered = chat.send("ok 那就 orange 吧")
    assert [(o.color, o.shape) for o in answered.scene] == [("orange", "hexagon")]


def test_the_stand_in_is_a_value_neither_the_message_nor_the_picture_has():
    from dialogan.pipeline import with_a_stand_in
    reply = "I don't know 'fuchsia' — which colour do you mean?"
    assert with_a_stand_in("make it fuchsia", reply, avoid={"red"}) == ("make it orange", "color", "fuchsia", "orange")
    assert with_a_stand_in("make it fuchsia", "Added a large red circle.") is None
    assert with_a_stand_in("is it fuchsia?", reply) is None  # a question asks back as it is


def test_a_colour_the_world_cannot_draw_is_asked_about_and_the_answer_draws_it(chat):
    use_dictionary(True)
    chat.reset()
    refused = chat.send("中间整个黑色的圆")
    assert refused.scene == EMPTY and refused.reply.endswith("？")
    drawn = chat.send("那就灰色吧")
    assert [(o.color, o.shape) for o in drawn.scene] == [("gray", "circle")]


def test_an_answer_may_name_the_object_s_other_look_and_a_correction_may_name_its_place(chat):
    use_dictionary(True)
    chat.reset()
    chat.send("draw a red heart in the middle plz")  # a shape the world cannot draw: refused, held with a stand-in
    drawn = chat.send("ok fine, a red star then")
    assert [(o.color, o.shape) for o in drawn.scene] == [("red", "star")]
    chat.reset()
    chat.send("put a green square on the left and another green square on the right")
    chat.send("make the left one red")
    fixed = chat.send("oops, wrong one, I meant the one on the right")
    assert [(o.color, round(o.x, 2)) for o in fixed.scene] == [("green", 0.17), ("red", 0.83)]
