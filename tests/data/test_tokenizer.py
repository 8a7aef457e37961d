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
