import pytest

from dialogan.chat import Chat, session
from dialogan.pipeline import Written, misreading
from dialogan.world import Scene, SceneError, apply_edit

CIRCLE = "large red circle 17 17"
BOTH = "large red circle 17 17 ; small blue star 83 50"
ADD_CIRCLE = "add large red circle at top-left"
ADD_STAR = "add small blue star at right"


@pytest.fixture
def chat(tiny_checkpoint):
    return Chat.load(tiny_checkpoint)


@pytest.fixture
def model_writes(monkeypatch):
    """Make the model write the given (edit or command, reply) pairs, one per turn, in order; the
    world carries the edits out as ``write_turn`` does."""
    def script(*outputs):
        queue = list(outputs)

        def write(model, tok, prompt, scene, focus=None, asked=None, edit_start=()):
            assert not edit_start, "a scripted model has no other readings"
            text, reply = queue.pop(0)
            if text in ("undo", "redo"):
                return Written(text, None, "")
            try:
                done = apply_edit(scene, text, focus, asked)
            except SceneError as e:
                return Written(text, None, "", error=str(e))
            return Written(text, done.scene, reply, done.result, focus=done.focus, asked=done.asked)
        monkeypatch.setattr(session, "write_turn", write)
        monkeypatch.setattr(misreading, "READING_FLOOR", 2.0)  # the script's edits are the only readings
    return script


def test_a_turn_has_a_reply_a_scene_a_picture_and_a_seed(chat, model_writes):
    model_writes((ADD_CIRCLE, "Added a large red circle at the top left."))
    turn = chat.send("draw a red circle in the top left")
    assert turn.reply == "Added a large red circle at the top left."
    assert turn.scene == Scene.parse(CIRCLE) and turn.image.mode == "RGB" and turn.image.size == (32, 32)
    assert chat.history == [turn] and turn.edit == ADD_CIRCLE  # what the model wrote, for the curious


def test_undo_and_redo_walk_the_stack_said_or_called(chat, model_writes):
    model_writes((ADD_CIRCLE, "ok"), (ADD_STAR, "ok"), ("undo", "whatever the model says"), ("redo", ""))
    chat.send("a red circle in the top left")
    chat.send("a small blue star on the right")
    undone = chat.send("撤销")
    assert undone.scene.text() == CIRCLE and undone.reply == "已撤销上一步。" and undone.command == "undo"
    assert chat.send("redo").scene.text() == BOTH
    assert chat.redo().reply == "There is nothing to redo."
    assert chat.undo().scene.text() == CIRCLE and chat.undo().scene.text() == "empty"
    assert chat.undo().reply == "There is nothing to undo."


def test_same_scene_and_seed_give_the_same_picture_and_a_variation_a_new_seed(chat, model_writes):
    model_writes((ADD_CIRCLE, "ok"))
    first = chat.send("a red circle in the top left")
    again = chat.image(first.scene, first.seed)
    assert first.image.tobytes() == again.tobytes()
    other = chat.variation()
    assert other.scene == first.scene and other.seed != first.seed
    assert other.image.tobytes() != first.image.tobytes()
    assert chat.undo().seed == first.seed


def test_an_edit_that_cannot_be_carried_out_leaves_the_picture_and_says_so(chat, model_writes):
    model_writes((ADD_CIRCLE, "ok"), ("add large red cat", "Added a cat."))
    chat.send("a red circle in the top left")
    turn = chat.send("draw a cat")
    assert turn.scene.text() == CIRCLE and "nothing changed" in turn.reply


def test_bad_messages_get_clear_errors_or_a_prompt_and_nothing_is_lost(chat, model_writes):
    model_writes((ADD_CIRCLE, "ok"))
    chat.send("a red circle in the top left")
    with pytest.raises(ValueError, match="limit is 2000"):
        chat.send("x" * 2001)
    with pytest.raises(TypeError, match="str"):
        chat.send(b"bytes")
    assert "Say something" in chat.send("   ").reply
    assert chat.scene.text() == CIRCLE and len(chat.history) == 2


def test_state_restores_a_conversation_exactly(chat, model_writes, tiny_checkpoint):
    model_writes((ADD_CIRCLE, "ok"), (ADD_STAR, "ok"))
    chat.send("a red circle in the top left")
    chat.send("a small blue star on the right")
    chat.undo()
    other = Chat.load(tiny_checkpoint)
    other.restore(chat.state())
    assert other.state() == chat.state() and other.redo().scene.text() == BOTH
    with pytest.raises(ValueError, match="malformed"):
        other.restore({"states": "nope"})


def test_set_history_makes_the_true_earlier_turns_the_conversation(chat):
    from types import SimpleNamespace as T
    a, b = Scene.parse(CIRCLE), Scene.parse(BOTH)
    chat.set_history([T(text="a", reply="ok", scene=a), T(text="b", reply="ok", scene=b),
                      T(text="undo", reply="Undone.", scene=a, command="undo")])
    assert chat.scene == a and [t.text for t in chat.history] == ["a", "b", "undo"]
    assert chat.redo().scene == b and chat.undo().scene == a


def test_an_edit_that_cannot_be_read_leaves_the_picture_and_says_so_in_the_users_language(chat, model_writes):
    model_writes((ADD_CIRCLE, "ok"), ("remove dragon", "Removed it."), ("remove dragon", "已删除。"))
    chat.send("a red circle in the top left")
    turn = chat.send("get rid of the diamond")
    assert turn.reply == "Sorry, I could not work out what to change; nothing changed." and turn.edit == "remove dragon"
    turn = chat.send("去掉菱形")
    assert turn.reply == "抱歉，我没能理解要改什么，画面没有改变。" and turn.scene.text() == CIRCLE


def test_a_question_that_cannot_be_read_is_answered_as_a_question(chat, model_writes):
    model_writes((ADD_CIRCLE, "ok"), ("compare higher all circle vs circle", "?"), ("ask dragon", "?"))
    chat.send("a red circle in the top left")
    turn = chat.send("where is the circle?")
    assert turn.reply == "Sorry, I could not work out what you are asking; nothing changed." and turn.scene.text() == CIRCLE
    assert chat.send("圆在哪里？").reply == "抱歉，我没听懂这个问题，画面没有改变。"


@pytest.mark.parametrize("message", ["赤い円を左上に描いて", "нарисуй красный круг", "빨간 원을 그려 줘",
                                     "Zeichne einen roten Kreis", "dessine un cercle rouge", "dibuja un círculo rojo"])
def test_a_message_in_a_language_the_model_never_read_gets_a_plain_answer_and_changes_nothing(chat, model_writes,
                                                                                               message):
    model_writes((ADD_CIRCLE, "ok"))
    chat.send("a red circle in the top left")
    turn = chat.send(message)
    assert turn.scene.text() == CIRCLE and "English and Chinese" in turn.reply and "英文和中文" in turn.reply
    assert turn.edit == "" and chat.history[-1].text == message


def test_it_is_the_object_the_last_turn_added_touched_or_asked_about(chat, model_writes):
    model_writes((ADD_CIRCLE, "ok"), (ADD_STAR, "ok"), ("ask circle", "It is red."), ("recolor it green", "ok"),
                 ("remove it", "ok"), ("recolor it blue", "Which one?"))
    chat.send("a red circle in the top left"), chat.send("a small blue star on the right")
    assert chat.focus == 1
    chat.send("what colour is the circle?")
    assert chat.focus == 0
    assert chat.send("make it green").scene.text() == "large green circle 17 17 ; small blue star 83 50"
    assert chat.send("remove it").scene.text() == "small blue star 83 50" and chat.focus is None
    turn = chat.send("make it blue")  # nothing is "it" now: the world says so and nothing changes
    assert turn.scene.text() == "small blue star 83 50"
    chat.undo()  # back to the picture before the removal, and to what "it" named there
    assert chat.focus == 0


def test_undo_and_redo_return_to_what_it_named_in_that_picture(chat, model_writes):
    model_writes((ADD_CIRCLE, "ok"), (ADD_STAR, "ok"), ("recolor circle green", "ok"), ("recolor it blue", "ok"))
    chat.send("a red circle in the top left"), chat.send("a small blue star on the right"), chat.send("make the circle green")
    assert chat.focus == 0
    chat.undo()
    assert chat.focus == 1  # the star, as when this picture was last shown
    chat.redo()
    assert chat.send("make it blue").scene.text() == "large blue circle 17 17 ; small blue star 83 50"
    chat.variation()
    assert chat.focus == 0
    saved = chat.state()
    other = Chat(chat.model, chat.tokenizer)
    other.restore(saved)
    other.undo(), other.undo()
    assert other.focus == 0 and other.scene.text() == "large green circle 17 17 ; small blue star 83 50"
    old = {k: v for k, v in saved.items() if k != "foci"}  # saved before foci were kept: only the current one
    other.restore(old)
    assert other.focus == 0 and other.undo() and other.focus is None
    with pytest.raises(ValueError, match="focus 5 is not an object of state 1"):
        other.restore(dict(saved, foci=[None, 5] + saved["foci"][2:]))
    with pytest.raises(ValueError, match="2 foci for"):
        other.restore(dict(saved, foci=[None, None]))


def test_the_focus_is_saved_with_the_conversation_and_replayed_from_true_turns(chat, model_writes):
    from types import SimpleNamespace as T
    model_writes((ADD_CIRCLE, "ok"))
    chat.send("a red circle in the top left")
    other = Chat(chat.model, chat.tokenizer)
    other.restore(chat.state())
    assert other.focus == 0
    with pytest.raises(ValueError, match="focus 3"):
        other.restore(dict(chat.state(), focus=3))
    a, b = Scene.parse(CIRCLE), Scene.parse(BOTH)
    other.set_history([T(text="a", reply="ok", scene=a, edit=ADD_CIRCLE), T(text="b", reply="ok", scene=b, edit=ADD_STAR),
                       T(text="c", reply="red", scene=b, edit="ask red")])
    assert other.focus == 0


def test_pick_completes_what_which_one_asked_about(chat, model_writes):
    model_writes(("add 2 large green square", "ok"), ("recolor green square red", "Which one?"),
                 ("pick @top-left", "ok"), ("pick @center", "?"))
    chat.send("two green squares")
    turn = chat.send("make the green square red")
    assert turn.scene.text() == "large green square 50 50 ; large green square 17 17"
    assert chat.asked == "recolor green square red"
    saved = chat.state()
    assert chat.send("the one at the top left").scene.text() == "large green square 50 50 ; large red square 17 17"
    assert chat.asked is None and chat.focus == 1
    assert chat.send("the middle one").scene.text() == "large green square 50 50 ; large red square 17 17"
    other = Chat(chat.model, chat.tokenizer)
    other.restore(saved)
    assert other.asked == "recolor green square red"
    other.undo()
    assert other.asked is None
    with pytest.raises(ValueError, match="asked 'remove it' is not one operation"):
        other.restore(dict(saved, asked="remove it"))
    with pytest.raises(ValueError, match="asked 'frobnicate'"):
        other.restore(dict(saved, asked="frobnicate"))


def test_them_names_the_group_the_last_turn_added_and_survives_a_saved_conversation(chat, model_writes):
    import json
    model_writes(("add 2 large red circle", "ok"))
    chat.send("draw two red circles")
    assert chat.focus == (0, 1)
    other = Chat(chat.model, chat.tokenizer)
    other.restore(json.loads(json.dumps(chat.state())))  # as the server stores it: the group becomes a list
    assert other.focus == (0, 1)
    model_writes(("recolor them blue", "ok"))
    assert [o.color for o in other.send("make both of them blue").scene] == ["blue", "blue"]
    with pytest.raises(ValueError, match=r"focus \[0, 7\] is not an object"):
        other.restore({**json.loads(json.dumps(chat.state())), "focus": [0, 7]})


def test_a_message_in_traditional_characters_gets_a_traditional_reply(chat, model_writes):
    model_writes(("add large blue circle", "好的，在中间画了一个蓝色大圆形。"),
                 ("add large red star", "好的，在左上角画了一个红色大星形。"))
    assert chat.send("畫一個藍色的圓形").reply == "好的，在中間畫了一個藍色大圓形。"
    assert chat.send("画一个红色的星形").reply == "好的，在左上角画了一个红色大星形。"


def test_how_many_is_answered_with_a_number_and_carried_out(chat, model_writes):
    model_writes(("keep", "How many stars would you like?"))
    turn = chat.send("draw a few small pink stars")
    assert turn.reply == "How many pink stars would you like?" and turn.scene.text() == "empty"
    assert chat.pending == {"edit": "add small pink star", "focus": None, "asked": None, "count": True}
    saved = chat.state()
    turn = chat.send("just 3 please")  # no model turn: the answer fills the number in
    assert turn.scene.text() == "small pink star 50 50 ; small pink star 17 17 ; small pink star 50 17"
    other = Chat(chat.model, chat.tokenizer)
    other.restore(saved)
    assert other.send("三個啦，唔該").scene == turn.scene  # in Cantonese, from the saved conversation
    with pytest.raises(ValueError, match="pending"):
        other.restore(dict(saved, pending=dict(saved["pending"], edit="add 2 small pink star")))


def test_a_new_message_after_how_many_is_read_as_new(chat, model_writes):
    model_writes(("keep", "How many stars would you like?"), ("keep", "How many stars would you like?"),
                 (ADD_CIRCLE, "ok"))
    chat.send("draw a few stars")
    turn = chat.send("yes")  # a yes says no number: nothing is added, and the question stands
    assert turn.scene.text() == "empty" and turn.reply == "How many stars would you like?" and chat.pending["count"]
    assert chat.send("2").scene.text() == "large blue star 50 50 ; large blue star 17 17"
    chat.send("draw a few stars")
    assert chat.send("a red circle in the top left").scene.text() != "empty" and chat.pending is None


def test_a_fixed_english_reply_to_a_chinese_message_is_given_in_chinese(chat, model_writes):
    model_writes(("keep", "You're welcome!"), ("keep", "You're welcome!"))
    assert chat.send("好的").reply == "不客气！"
    assert chat.send("ok 好的").reply == "You're welcome!"  # English words: the reply as written


def test_a_guess_asked_about_and_answered_with_another_shape_is_that_shape(chat, model_writes):
    model_writes(("keep", "ok"))
    chat.pending = {"edit": "add large purple circle at top-left", "focus": None, "asked": None}  # "畫個 purple 嘅 moon"
    turn = chat.send("咁 star 啦")  # no model turn: the answer names the shape the guess had wrong
    assert turn.scene.text() == "large purple star 17 17" and chat.pending is None
    chat.pending = {"edit": "add large purple circle at top-left", "focus": None, "asked": None}
    assert chat.send("draw a red square").scene.text() == "large purple star 17 17"  # a new message: the script's keep


def test_an_unknown_shape_in_an_add_read_as_a_copy_is_asked_and_the_answer_adds_it(chat, model_writes):
    model_writes(("add large blue circle", "ok"), ("copy it", "ok"))
    chat.send("画一个蓝色的圆")
    turn = chat.send("再画一个红色的月亮")  # "draw one more, a red moon": no copy of the circle, and no moon to draw
    assert turn.scene.text() == "large blue circle 50 50" and "月亮" in turn.reply
    assert chat.pending["edit"].startswith("add large red ") and chat.pending["unknown"] == "shape"
    assert chat.send("那就星星吧").scene.text() == "large blue circle 50 50 ; large red star 17 17"  # no model turn
