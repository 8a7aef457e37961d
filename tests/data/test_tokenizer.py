from dialogan.data.tokenizer import DialogueTokenizer

TEXTS = ["draw a large red circle in the top left", "在右下角画一个小的绿色圆形", "large red circle 17 17 ; small blue star 50 83",
         "There are 2 shapes.", "画面里有2个图形。"] * 20


def test_any_utf8_round_trips_chinese_emoji_and_typos():
    tok = DialogueTokenizer.train(TEXTS, vocab_size=400)
    for text in ["画一条狗 🐶", "a cirlce plz!!", "ÄÖÜ ß", "在中间画一个黄色三角形"]:
        assert tok.decode(tok.encode(text)) == text


def test_scene_spans_cover_each_object_exactly():
    tok = DialogueTokenizer.train(TEXTS, vocab_size=400)
    scene = "large red circle 17 17 ; small blue star 50 83 ; large gray hexagon 83 83"
    enc = tok.encode_scene(scene)
    pieces = [tok.decode(enc.ids[a:b]).strip() for a, b in enc.spans]
    assert pieces == scene.split(" ; ")
    assert tok.decode_scene(enc.ids) == scene


def test_prompt_holds_the_scene_the_history_and_the_message_in_order(tmp_path):
    tok = DialogueTokenizer.train(TEXTS, vocab_size=400)
    ids = tok.encode_prompt("empty", [("hi", "Hello!")], "draw a red circle")
    sp = tok.special
    assert ids[0] == sp["<|prev|>"] and ids[-1] == sp["<|scene|>"]
    assert [i for i in ids if i in sp.values()] == [sp[t] for t in ("<|prev|>", "<|user|>", "<|assistant|>",
                                                                     "<|user|>", "<|scene|>")]
    tok.save(tmp_path / "tokenizer.json")
    assert DialogueTokenizer.load(tmp_path / "tokenizer.json").encode_prompt("empty", [], "x") == tok.encode_prompt("empty", [], "x")


def test_the_model_reads_a_message_in_capitals_or_full_width_as_the_plain_one_but_replies_keep_their_case():
    tok = DialogueTokenizer.train(TEXTS, vocab_size=400)
    plain = tok.encode_prompt("empty", [("draw a star", "There is 1 shape.")], "draw a red circle, ok?")
    shouted = tok.encode_prompt("empty", [("DRAW A STAR", "There is 1 shape.")], "ＤＲＡＷ A Red Circle， OK？")
    assert shouted == plain
    assert tok.encode_prompt("empty", [("x", "THERE")], "x") != tok.encode_prompt("empty", [("x", "there")], "x")
    assert tok.encode_prompt("empty", [], "把它改成紫色，好吗？") == tok.encode_prompt("empty", [], "把它改成紫色,好吗?")


def test_an_edit_turn_learns_the_edit_and_the_reply_and_reads_the_worlds_result():
    from dialogan.data.examples import IGNORE, TurnContext, build_example
    from dialogan.world import Scene

    tok = DialogueTokenizer.train(TEXTS + ["add small blue star at top", "ok small blue star top"] * 20, vocab_size=400)
    ctx = TurnContext("empty", (), "draw a small blue star at the top", "small blue star 50 17", "Done.",
                      Scene.parse("small blue star 50 17"), "en", edit="add small blue star at top",
                      result="ok small blue star top")
    ex = build_example(tok, ctx, 192)
    prompt = tok.encode_prompt("empty", [], ctx.text)
    edit, result = tok.encode(" " + ctx.edit), tok.encode(" " + ctx.result)
    reply = tok.encode(" Done.")
    assert ex.ids == prompt + edit + [tok.result_id] + result + [tok.reply_id] + reply + [tok.end_id]
    learned = [i for i, label in zip(ex.ids, ex.labels) if label != IGNORE]
    assert learned == edit + [tok.result_id] + reply + [tok.end_id]  # the result and <|reply|> are given


def test_an_edit_is_encoded_operation_by_operation_and_decodes_back():
    tok = DialogueTokenizer.train(TEXTS + ["add small blue star at top ; remove the red circle"] * 20, vocab_size=400)
    edit = "add small blue star at top ; remove the red circle"
    ids = tok.encode_edit(edit)
    assert ids == tok.encode(" add small blue star at top") + tok.separator_ids + tok.encode(" remove the red circle")
    assert tok.decode_edit(ids) == edit
