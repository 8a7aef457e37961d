"""Other readings: where the model's edit sets what the message never says, its next most likely edit
that says only what the message says is carried out; nothing else changes."""
import pytest
import torch

import dialogan.chat.session as session
import dialogan.pipeline.misreading as misreading
from dialogan import Chat
from dialogan.models import Decoder
from dialogan.pipeline import build_prompt, other_readings, write_turn
from dialogan.world import Scene

MESSAGE = "还要一个巧克力色小号六角形！"  # "one more small chocolate hexagon": no place said


@pytest.fixture(scope="module")
def chat():
    return Chat.load()


def _no_other_readings(monkeypatch, world_too=True):
    """The chat as it was before other readings: none of the model's, and with ``world_too`` none of the
    world's (a verb the message says, the edit made what the message says)."""
    monkeypatch.setattr(session, "other_readings", lambda *a, **k: [])
    if world_too:
        monkeypatch.setattr(session, "verb_readings", lambda *a, **k: [])
        monkeypatch.setattr(session, "as_said_reading", lambda *a, **k: [])
        monkeypatch.setattr(session, "meant_readings", lambda *a, **k: [])


def _prompt(chat, message, scene=Scene(())):
    return build_prompt(chat.tokenizer, chat.model.cfg.n_ctx, scene.text(), [], message)


def test_next_probs_is_the_distribution_greedy_decoding_takes_its_token_from(chat):
    prompt = _prompt(chat, "draw a red star")
    probs = Decoder(chat.model.lm, prompt).next_probs()
    assert probs.shape == (chat.model.lm.config.vocab_size,)
    assert torch.isclose(probs.sum(), torch.tensor(1.0), atol=1e-4)
    greedy = Decoder(chat.model.lm, prompt)
    first = greedy.generate({chat.tokenizer.end_id}, 1)[0]
    assert first == int(probs.argmax()) and abs(greedy.probs[0] - float(probs.max())) < 1e-4


def test_a_decoder_goes_on_after_next_probs_with_the_token_put_in_pending(chat):
    prompt, stops = _prompt(chat, "draw a red star"), {chat.tokenizer.result_id, chat.tokenizer.end_id}
    whole = Decoder(chat.model.lm, prompt).generate(stops, 20)
    split = Decoder(chat.model.lm, prompt)
    token = int(split.next_probs().argmax())
    split.pending.append(token)
    assert [whole[0]] + split.generate(stops, 19) == whole


def test_every_reading_is_what_write_turn_writes_from_its_start_and_none_is_the_greedy_edit(chat):
    prompt = _prompt(chat, MESSAGE)
    greedy = write_turn(chat.model, chat.tokenizer, prompt, Scene(()))
    readings = other_readings(chat.model, chat.tokenizer, prompt)
    assert readings and all(r.text != greedy.text for r in readings)
    assert [r.probability for r in readings] == sorted((r.probability for r in readings), reverse=True)
    for r in readings:
        assert 0 < r.probability < 1 and 0 < r.sure <= 1
        assert write_turn(chat.model, chat.tokenizer, prompt, Scene(()), edit_start=r.start).text == r.text


def test_a_place_nobody_said_gives_way_to_the_reading_without_it(chat, monkeypatch):
    # The greedy edit adds the hexagon "at bottom", which the message never says: held, offered.
    _no_other_readings(monkeypatch)
    chat.reset()
    held = chat.send(MESSAGE)
    assert held.held and held.edit == "add small brown hexagon at bottom" and held.scene == Scene(())
    # With other readings, the model's next reading ("add small brown hexagon") is grounded and done (the world's
    # own reading of the add said outright, sure, is left out here: it is the model's that is tested).
    monkeypatch.undo()
    monkeypatch.setattr(session, "meant_readings", lambda *a, **k: [])
    chat.reset()
    done = chat.send(MESSAGE)
    assert not done.held and done.edit == "add small brown hexagon"
    assert [(o.size, o.color, o.shape) for o in done.scene.objects] == [("small", "brown", "hexagon")]
    assert done.confidence < chat.threshold  # the changed token's own probability, recorded as it was


def test_a_reading_below_the_floor_is_never_taken(chat, monkeypatch):
    _no_other_readings(monkeypatch)
    monkeypatch.setattr(misreading, "READING_FLOOR", 0.99)
    chat.reset()
    assert chat.send(MESSAGE).held


def _after(chat, talk, reply=None):
    """``chat`` afresh after ``talk``; ``reply``: the last turn's reply as a conversation saved it."""
    chat.reset()
    for message in talk:
        chat.send(message)
    if reply is not None:
        state = chat.state()
        state["history"][-1]["reply"] = reply
        chat.restore(state)


def test_a_question_read_with_a_colour_nobody_said_is_answered_by_the_reading_that_says_it(chat, monkeypatch):
    talk = ["put a blue triangle at the top and a yellow circle at the bottom",
            "which is higher, the blue one or the yellow one?"]
    saved = "Sorry, I could not work out what to change; nothing changed."  # as an earlier version replied
    question = "which is bigger, the blue one or the yellow one?"
    _no_other_readings(monkeypatch)
    _after(chat, talk, saved)
    misread = chat.send(question)  # read as a comparison of a cyan one: there is none
    assert misread.edit == "compare bigger cyan vs yellow" and "cyan" in misread.reply
    monkeypatch.undo()
    _after(chat, talk, saved)
    drawn = chat.scene
    answered = chat.send(question)
    assert answered.edit == "compare bigger blue vs yellow" and answered.scene == drawn
    assert "blue triangle" in answered.reply and "yellow circle" in answered.reply


def test_a_question_read_as_another_kind_of_question_is_answered_by_the_reading_its_form_asks(chat, monkeypatch):
    talk, question = ["画一个红色的六角形", "再画一个蓝色的圆"], "六角形的数量是多少？"  # how many hexagons?
    _no_other_readings(monkeypatch)
    _after(chat, talk)
    misread = chat.send(question)  # read as a question about the hexagon's size
    assert misread.edit == "ask hexagon" and misread.reply == "它是大的。"
    monkeypatch.undo()
    _after(chat, talk)
    counted = chat.send(question)
    assert counted.edit == "count hexagon" and counted.reply == "画面里有1个六边形。"  # worded by the world


def test_a_message_that_says_undo_is_undone_when_the_model_read_it_as_something_else(chat, monkeypatch):
    talk = ["i'd like a grey square in the top middle please.", "this into a diamond shape please",
            "画五个草绿色小号六面形吧"]
    message = "i didn't mean that, go back."
    _no_other_readings(monkeypatch)
    _after(chat, talk)
    misread = chat.send(message)
    assert misread.edit == "ask it" and misread.command == ""
    monkeypatch.undo()
    _after(chat, talk)
    undone = chat.send(message)
    assert undone.command == "undo" and undone.scene == Scene.parse("large gray diamond 50 17")


def test_a_command_read_as_the_other_command_is_the_one_it_says(chat, monkeypatch):
    talk, message = ["draw a red circle", "add a green square"], "算了，撤销。"  # "never mind, undo"
    _no_other_readings(monkeypatch)
    _after(chat, talk)
    misread = chat.send(message)
    assert misread.command == "redo" and len(chat.scene.objects) == 2  # read as redo: nothing to redo
    monkeypatch.undo()
    _no_other_readings(monkeypatch, world_too=False)
    _after(chat, talk)
    undone = chat.send(message)
    assert undone.command == "undo" and chat.scene == Scene.parse("large red circle 50 50")


def test_a_message_that_says_a_command_takes_no_other_reading_than_that_command(chat):
    from dialogan.pipeline import Reading, other_reading

    readings = [Reading((1, 2), "move it to right", 0.6, 0.9), Reading((1, 3), "undo", 0.3, 0.9)]
    chat.reset()
    chat.send("draw a red circle")

    def take(readings):  # as the chat takes a reading
        return other_reading(readings, "取消刚才的操作。", chat.scene, chat.threshold, "",  # "cancel what you just did"
                             write=lambda start: chat.write_turn([0], edit_start=start),
                             hold=lambda w: chat._hold_on_doubt(w, "取消刚才的操作。", ""))

    taken = take(readings)
    assert taken is not None and taken.text == "undo" and taken.confidence == 0.3
    assert take(readings[:1]) is None  # the move is never taken for an undo


TWO_SHAPES = ["draw a big red triangle at the top", "add a large cyan hexagon on the left"]


@pytest.mark.parametrize("message, misread_edit, taken_edit, reply", [
    # "where is that huge triangle in the picture?" read as a comparison: its form asks where.
    ("那个特大三角形在画面的哪个地方？", "compare higher all triangle vs large triangle", "ask large triangle", "它在上方。"),
    # "I don't want the cyan hexagon any more" read as adding one (held): it says a removal.
    ("我不想要青色六边型了。", "add large cyan hexagon", "remove large cyan hexagon", "已删除青色大六边形。"),
    # "the top one should be in the middle" read as a recolour nobody said: it says a place.
    ("最上面那个应该在中间", "recolor @top orange", "move @top to center", "好的，把红色大三角形移到了中间。"),
])
def test_a_verb_the_message_says_begins_the_reading_taken(chat, monkeypatch, message, misread_edit, taken_edit, reply):
    _no_other_readings(monkeypatch)
    _after(chat, TWO_SHAPES)
    drawn = chat.scene
    misread = chat.send(message)
    assert misread.edit == misread_edit and misread.scene == drawn
    monkeypatch.undo()
    _no_other_readings(monkeypatch, world_too=False)  # the world's readings alone
    _after(chat, TWO_SHAPES)
    taken = chat.send(message)
    assert taken.edit == taken_edit and taken.reply == reply and not taken.held
    asking, removing = message.endswith("？"), "remove" in taken_edit
    assert (taken.scene == drawn) == asking and len(taken.scene.objects) == (1 if removing else 2)


def test_a_number_nobody_said_is_cut_back_to_one(chat, monkeypatch):
    message = "we need a whopping chocolate starshape"  # "whopping" is no number
    _no_other_readings(monkeypatch)
    chat.reset()
    drawn = chat.scene
    misread = chat.send(message)
    assert misread.edit == "add 9 large brown star" and misread.scene == drawn  # "only room for 8 more"
    monkeypatch.undo()
    _no_other_readings(monkeypatch, world_too=False)
    chat.reset()
    taken = chat.send(message)
    assert taken.edit == "add large brown star" and taken.confidence >= chat.threshold
    assert len(taken.scene.objects) == 1 and taken.reply.startswith("Added a large brown star")


@pytest.mark.parametrize("talk, message, picked, reply", [
    # "which circle should turn green?" - "the bottom-left ball": it completes the recolour.
    (["画一个红色的圆在左下角", "再画一个蓝色的圆在右上角", "把圆形改成绿色"], "要左下方球", "pick circle @bottom-left",
     "好的，红色大圆形现在是绿色了。"),
    # "where is the circle?" - "which one?" - "the one below": answered, nothing changes.
    (["画一个红色的圆在左下角", "再画一个蓝色的圆在右上角", "那个圆在哪里？"], "下方那个啦。", "pick @bottom", "它在左下角。"),
])
def test_an_answer_to_which_one_is_a_pick(chat, monkeypatch, talk, message, picked, reply):
    _after(chat, talk)
    assert chat.asked
    before = chat.scene
    taken = chat.send(message)
    assert taken.edit == picked and taken.reply == reply and not taken.held
    assert (taken.scene == before) == talk[-1].endswith("？")


@pytest.mark.parametrize("read", ["remove hexagon @top", "pick hexagon @top"])
def test_taking_away_one_the_world_asked_about_for_a_question_takes_it_away(chat, monkeypatch, read):
    # "what colour is the hexagon?" - "which one?" - "the top hexagon, I don't want it any more": removed,
    # whether the model read the removal (no answer to "which one?") or the pick that answers the question.
    _after(chat, ["画两个绿色六边形", "那个六边型是什么颜色的？"])
    assert chat.asked == "ask hexagon"
    write = chat.write_turn
    monkeypatch.setattr(chat, "write_turn", lambda prompt, edit_start=(), picture=None: write(
        prompt, edit_start or (*chat.tokenizer.encode_edit(read), chat.tokenizer.result_id), picture))
    taken = chat.send("最上面六角形不要了。")
    assert taken.edit == "remove hexagon @top" and not taken.held
    assert taken.scene == Scene.parse("large green hexagon 50 50")


@pytest.mark.parametrize("edit, message, asked, verbs", [
    ("ask it", "i didn't mean that, cancel that", None, ("undo",)),
    ("redo", "算了，撤销。", None, ("undo",)),
    ("compare higher all", "这个六边形在画面的哪个地方", None, ("ask",)),
    ("add large cyan hexagon", "我不想要青色六边型了。", None, ("remove",)),
    ("add large gray diamond ; add large red diamond", "灰钻石形换个颜色，大红色", None, ("recolor",)),
    ("add large green star", "enlarge lime green five-pointed star", None, ("resize",)),
    ("recolor @top orange", "最上面那个应该在中间", None, ("move",)),
    ("recolor triangle @center red", "中央三角片的形状改一下，改成方块", None, ("reshape",)),
    ("ask cyan", "我不想要湖蓝色的那个了", None, ("remove",)),
    ("add large blue hexagon", "一个金色六边形，谢谢。", None, ("keep",)),
    ("reshape circle @bottom-left circle", "要左下方球", "recolor circle green", ("pick",)),
    ("move @bottom-right to bottom-right", "recolor the shape in the bottom right-hand corner ruby", None, ("recolor",)),
    ("keep", "我不想要那个了。", None, ("remove",)),
    ("recolor all circle blue", "three more circles in blue please", None, ("add",)),
    # What the model read as the message says: no other verb.
    ("add large red circle", "draw a red circle", None, ()),
    ("resize star @left large ; add large blue diamond at bottom-right ; add large blue diamond at bottom-right",
     "The starry shape on the left side should be giant, and after that in the bottom right, place a biggish navy "
     "lozenge shape", None, ()),  # a repeat held back: the move "should be" says is no verb of this edit
    ("recolor gray diamond red", "粉钻石换个颜色，明黄色", "ask diamond", ()),  # a new instruction, no answer
    ("pick circle @bottom-left", "要左下方球", "recolor circle green", ()),
    # A change said of its own, read as the answer to "which one do you mean?": its verb.
    ("pick small", "小一点吧", "resize square large", ("resize",)),
    ("pick circle @top", "Scale up the ring.", "move circle left", ("resize",)),
    ("pick @center", "At the centre, relocate that one.", "remove star", ("move",)),
    ("pick circle", "I want a disc thanks!", "ask circle", ("add",)),
    ("pick purple", "所有图形都要淡紫色的。", "recolor triangle purple", ("recolor",)),
    ("pick small", "the smaller one", "resize square large", ())])  # an answer: no verb of its own
def test_the_verb_a_message_says(edit, message, asked, verbs):
    from dialogan.pipeline import Written, said_verbs

    assert said_verbs(Written(edit, None, ""), message, "", asked) == verbs


def test_a_change_the_world_could_not_carry_out_is_misread_and_read_by_its_verb():
    from dialogan.pipeline import Written, misread, said_verbs

    message, before = "中央三角片的形状改一下，改成方块", Scene.parse("large red triangle 50 50")
    failed = Written("recolor triangle @center red ; recolor square square square", None, "", error="cannot parse")
    assert misread(failed, failed, message, before, 0.45) and "reshape" in said_verbs(failed, message)
    # An edit the world cannot carry out is misread whatever the message: any reading that passes is better.
    assert misread(failed, failed, "draw a red circle", before, 0.45)


def test_a_colour_the_world_cannot_draw_read_as_blue_is_refused(chat, monkeypatch):
    talk, message = ["画一个红色的圆"], "一个金色六边形，谢谢。"  # "a gold hexagon, thanks"
    _no_other_readings(monkeypatch)
    _after(chat, talk)
    drawn = chat.scene
    misread = chat.send(message)
    assert misread.edit == "add large blue hexagon" and misread.held  # held: the colour was never said
    monkeypatch.undo()
    _no_other_readings(monkeypatch, world_too=False)
    _after(chat, talk)
    refused = chat.send(message)
    assert refused.edit == "keep" and refused.scene == drawn
    assert refused.reply.startswith("抱歉，这个颜色我画不了") and refused.reply.endswith("你想要哪种颜色？")
    # The refusal holds the hexagon for the answer: "那就灰色吧" draws it gray.
    assert refused.held and chat.pending["unknown"] == "color" and chat.pending["word"] == "金色"
    answered = chat.send("那就灰色吧")
    assert answered.scene.objects[-1].color == "gray" and answered.scene.objects[-1].shape == "hexagon"


@pytest.mark.parametrize("talk, message, taken, reply", [
    # A step said ("moved to the right") read as the right side: the step, and the world says it is at the edge.
    (["draw a pink square in the bottom right corner"], "I want lower-right shape moved to the right.",
     "move @bottom-right right", "The large pink square is already at the right edge, so it can't move right."),
    # "put a green star in the centre", said with no word of moving, read as moving a green star there is none of.
    ([], "绿颜色星星放在中心。", "add large green star at center", "好的，在中间画了一个绿色大星形。"),
    # ... and with a brown ball there, "the light brown ball to the top left" moves it.
    (["画一个浅棕色的圆在中间", "画一个红色的方块在上面"], "浅棕色圆球放到左上角", "move brown circle to top-left",
     "好的，把棕色大圆形移到了左上角。"),
    # "first delete the circle, then move the triangle to the bottom left", read as a move of the triangle there
    # is at the bottom left (none): the triangle moved there.
    (["在中间画一个红色圆形，在右上角画一个蓝色三角形"], "先把圆删掉，再把三角形移到左下角",
     "remove circle ; move triangle to bottom-left", "已删除红色大圆形。好的，把蓝色大三角形移到了左下角。"),
    # "the circle too" after a resize, read as a question: the circle made large.
    (["画一个小的红色三角形和一个小的黄色圆形", "把三角形变大"], "圆形也是", "resize circle large", "好的，黄色小圆形现在变大了。"),
    # "now the other one too" after a recolour, read as a resize: the other one made pink.
    (["draw a small green circle on the left and a large green circle on the right", "make the small one pink"],
     "now the other one too", "recolor other pink", "The large green circle is now pink."),
    # A comparison read with a colour nobody said ("all cyan"): the two objects the question names.
    (["put a blue triangle at the top and a yellow circle at the bottom"],
     "which is higher, the blue one or the yellow one?", "compare higher blue vs yellow",
     "The large blue triangle at the top."),
    # "what's in the picture now" (with 啥), read as clear: kept, and the world describes the picture.
    (["画一个红色圆形和一个蓝色正方形"], "画面里现在都有啥", "keep", "画面里有2个图形：中间有一个红色大圆形，左上角有一个蓝色大正方形。"),
    # A list of four colours read as three stars: the four, one of each colour.
    ([], "add four stars - red, orange, yellow and green",
     "add large red star ; add large orange star ; add large yellow star ; add large green star",
     "Added a large red star at the center, a large orange star at the top left, a large yellow star at the top and a "
     "large green star at the top right."),
    # Two objects given a colour each, read as the first alone: both.
    (["draw two stars, one on each side"], "make the left one yellow and the right one pink",
     "recolor @left yellow ; recolor @right pink", "The large blue star is now yellow. The large blue star is now pink."),
    # "All of them except the square" read as the square: all the others.
    (["draw a circle, a square and a triangle"], "remove all of them except the square", "remove circle ; remove triangle",
     "Removed the large blue circle. Removed the large blue triangle."),
    # One of several: one of them, or the world asks which one; the same thing again is a copy.
    (["two blue hexagons please"], "make one of them red", "recolor it red", "The large blue hexagon is now red."),
    (["draw three circles"], "delete one of the circles", "remove circle",
     "Which one do you mean: the large blue circle at the center, the large blue circle at the top left or the large "
     "blue circle at the top?"),
    (["draw a red circle on the left"], "draw the same thing on the right", "copy it at right",
     "Added another large red circle at the right."),
    # "One" of the kind at hand, read as another shape: of its kind.
    (["draw a red circle"], "and a blue one next to it", "add large blue circle next_to it",
     "Added a large blue circle at the right."),
    # "I said the other", read as one change: the last turn's object back as it was, the other given its colour.
    (["draw a red star and a blue star", "make the red one yellow"], "i said the other",
     "recolor it red ; recolor other yellow", "The large yellow star is now red. The large blue star is now yellow."),
    # A change said in mixed words, read as keep: the change.
    (["画一个红色三角形"], "recolor 三角 褐色", "recolor triangle brown", "好的，红色大三角形现在是棕色了。"),
    # A number said before the first of two shapes, read as one of each: that many of the first.
    ([], "let's have two diamonds in lavender plus a green circle", "add 2 large purple diamond ; add large green circle",
     "Added a large purple diamond at the center, a large purple diamond at the top left and a large green circle at the "
     "top."),
    # "Three more circles", read as recolouring the circle there: three more.
    (["draw a red circle"], "three more circles in blue please", "add 3 large blue circle",
     "Added a large blue circle at the top left, a large blue circle at the top and a large blue circle at the top right."),
    # An add said outright after "which one?", read as its answer: the add.
    (["umm draw a giant circular shape at the top right thanks", "make me a blue and a brinht green block.",
      "where did you put the big box shape?"], "I want a disc thanks!", "add large blue circle",
     "Added a large blue circle at the top."),
    # A size said after "oops", read as an undo: the change of the size.
    (["在右边画一个 small purple circle"], "oops 我是说 large 的", "resize it large", "好的，紫色小圆形现在变大了。"),
    # A wish for another shape, after a filler: a reshape, not a removal.
    (["put a big pink hexagon bottom right"], "actually could it be a triangle instead?", "reshape it triangle",
     "The large pink hexagon is now a triangle."),
    # A correction that denies the colour it puts right: that colour once, not the change and its undoing.
    (["左下角画一个 green square", "把它改成 blue"], "sorry 我的意思是 cyan，不是 blue", "recolor it cyan",
     "好的，蓝色大正方形现在是青色了。"),
])
def test_the_world_s_reading_of_a_misread_message_is_taken(chat, talk, message, taken, reply):
    _after(chat, talk)
    turn = chat.send(message)
    assert turn.edit == taken and turn.reply == reply and not turn.held


def test_a_message_of_steps_is_read_one_step_at_a_time_each_on_the_picture_the_last_leaves(chat):
    from dialogan.pipeline import Written, clause_readings
    from dialogan.world import apply_edit
    circle = Scene.parse("small cyan circle 50 50")
    seen = []

    def read(step, scene, focus):  # the model's turn for one step, as the chat would ask for it
        seen.append((step, scene.text()))
        edit = {"把湖绿色的那个往上挪挪": "move cyan up", "我想在左上加一个蓝星形!": "add large blue star at top-left"}[step]
        done = apply_edit(scene, edit, focus)
        return Written(edit, done.scene, "", done.result, focus=done.focus, confidence=0.8 if "add" in edit else 0.9)

    (reading,) = clause_readings(chat.tokenizer, "先把湖绿色的那个往上挪挪，然后我想在左上加一个蓝星形！", circle, None, read)
    assert reading.text == "move cyan up ; add large blue star at top-left" and reading.sure == 0.8
    assert seen == [("把湖绿色的那个往上挪挪", "small cyan circle 50 50"), ("我想在左上加一个蓝星形!", "small cyan circle 50 17")]
    assert chat.tokenizer.decode_edit(list(reading.start[:-1])) == reading.text
    # A step the world cannot carry out, or one that asks, leaves no reading; nor does a message of one step.
    assert clause_readings(chat.tokenizer, "先删掉它，然后告诉我有几个", circle, None,
                           lambda step, scene, focus: Written("count", scene, "", "ok")) == []
    assert clause_readings(chat.tokenizer, "draw a red circle", circle, None, read) == []


def test_a_pick_that_completes_a_move_to_the_edge_says_the_way_the_move_went(chat):
    _after(chat, ["还要两个很大的大红圆！", "把很大的东西往上面挪挪。"])
    assert chat.asked == "move large up"
    taken = chat.send("靠左那个啦。")
    assert taken.edit == "pick @left" and taken.reply == "红色大圆形已经在最上边了，不能再往上移。"
