"""The model shipped inside the package loads offline and follows a short conversation."""
from dialogan import Chat
from dialogan.world import Scene


def test_the_shipped_model_draws_edits_answers_and_undoes():
    chat = Chat.load()
    first = chat.send("draw a large red circle in the center")
    assert first.scene == Scene.parse("large red circle 50 50") and first.image.size == (128, 128)
    assert chat.send("make it blue").scene == Scene.parse("large blue circle 50 50")
    assert "1" in chat.send("how many shapes are there?").reply
    assert chat.send("undo").scene == first.scene
    chat.reset()
    assert chat.send("在左上角画一个小的绿色三角形").scene == Scene.parse("small green triangle 17 17")


def test_a_pronoun_with_nothing_drawn_is_answered_in_the_world_s_words():
    chat = Chat.load()
    assert chat.send("把它放到右边").reply == "画面里没有图形。"  # not a shape or colour nobody named
    chat.reset()
    assert chat.send("make it red").reply == "There is no shape in the picture."
