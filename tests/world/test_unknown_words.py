"""Words the model cannot place: a colour or shape word no training message said is found in its slot;
a known word, mistyped or not, never is; a guess the model made from one is caught."""
import pytest

from dialogan.data.normalize import normalize_message
from dialogan.world import (answer_edit, generate_dialogues, held_out_words, phrasing_en, phrasing_zh,
                            unknown_word_reply, unknown_words, unplaced_word)
from dialogan.world.dialogue.splits import training_words
from dialogan.world.dictionary import use_dictionary
from dialogan.world.unknown_words import named_values


@pytest.fixture
def dictionary_off():
    """Held-out names as the model alone reads them (the world's dictionary would write them as training names)."""
    use_dictionary(False)
    yield
    use_dictionary(True)


def _found(message: str) -> list[tuple[str, str]]:
    return [(u.word, u.kind) for u in unknown_words(normalize_message(message))]


@pytest.mark.parametrize("split, seed, n", [("train", 616170, 2000), ("test", 616171, 2000), ("unseen", 616172, 1000)])
def test_no_word_of_a_message_worded_from_the_training_lexicon_is_flagged(split, seed, n):
    # Typing noise included: a slip of a known word is that word, never an unknown one. Only the turns
    # that name a made-up colour or shape on purpose (act "unknown_word") are left out.
    turns = [t for d in generate_dialogues(n, seed, split=split) for t in d.turns if t.act != "unknown_word"]
    assert len(turns) > 4 * n
    flagged = [(t.text, _found(t.text)) for t in turns if _found(t.text)]
    assert flagged == []


def test_held_out_colour_and_shape_names_are_found_in_their_slots(dictionary_off):
    assert _found("draw a cinnamon rhomboid") == [("cinnamon", "color"), ("rhomboid", "shape")]
    assert _found("Put a RED WEDGE in the top left") == [("wedge", "shape")]
    assert _found("make the circle mauve please") == [("mauve", "color")]
    assert _found("I want two plum orbs") == [("plum", "color"), ("orbs", "shape")]
    assert _found("画一个栗色的锥形") == [("栗色", "color"), ("锥形", "shape")]
    assert _found("把它涂成薰衣草色") == [("薰衣草色", "color")]
    assert _found("来一个鹅黄色的三边形") == [("鹅黄色", "color"), ("三边形", "shape")]
    assert _found("在右上加一个机器人") == [("机器人", "either")]


def test_every_held_out_name_reads_as_unknown_and_every_made_up_one_is_found(dictionary_off):
    held = {w for g, ws in held_out_words("en").items() if g.startswith(("color_", "shape_")) for w in ws}
    said = {t for ws in training_words("en").values() for w in ws for t in w.split()}  # "cherry" of "cherry red"
    for word in sorted(held - said):
        if " " not in word and "-" not in word:  # one-word names
            assert _found(f"draw a {word} circle") or _found(f"draw a red {word}"), word
    for word in phrasing_en.UNKNOWN_WORDS["color"]:
        assert _found(f"draw a {word} circle") == [(word, "color")]
    for word in phrasing_en.UNKNOWN_WORDS["shape"]:
        assert _found(f"draw a red {word}") == [(word, "shape")]
    for word in phrasing_zh.UNKNOWN_WORDS["shape"]:
        assert _found(f"画一个红色的{word}") == [(word, "shape")]
    for word in [w for w in phrasing_zh.UNKNOWN_WORDS["color"] if w.endswith("色")]:
        assert _found(f"把它改成{word}") == [(word, "color")]


def test_a_mistyped_known_word_is_that_word_not_an_unknown_one():
    for word in ["red", "blue", "purple", "square", "triangle", "circle", "hexagon", "diamond"]:
        for slip in phrasing_en.typos(word):
            assert _found(f"draw a {slip} star") == [] and _found(f"draw a green {slip}") == [], slip
    assert _found("drwa a bleu sqaure") == []
    assert _found("draw a bluesquare in the centre") == []
    assert _found("画一个兰色的园形") == []           # pinyin homophones of 蓝色 and 圆形
    assert _found("画一个蓝蓝色的圆形") == []         # a character typed twice


def test_the_edit_guessed_a_colour_no_known_word_names():
    found, fill = unplaced_word("draw a cinnamon circle", "add large red circle")
    assert (found.word, found.kind, fill) == ("cinnamon", "color", [2])
    found, fill = unplaced_word("draw a red orb", "add large red circle")
    assert (found.word, found.kind, fill) == ("orb", "shape", [3])
    # Words that name what the edit did: nothing was guessed.
    assert unplaced_word("draw a smoke gray star", "add large gray star") is None
    assert unplaced_word("画一个鹅黄色的圆形", "add large yellow circle") is None
    assert unplaced_word("draw a red circle", "add large red circle") is None
    # A Chinese colour word that names none the model knows: any change went without it.
    found, fill = unplaced_word("三个菱块，紫色、栗色和红色各一个", "add large purple diamond ; add large red diamond")
    assert (found.word, found.kind, fill) == ("栗色", "color", [])


def test_a_colour_phrase_cut_short_at_the_end_of_a_message_names_nothing():
    assert named_values("make the cinnamon one dark", "color") == set()
    assert named_values("make it dark red", "color") == {"red"}


def test_the_reply_quotes_the_word_in_its_language():
    assert unknown_word_reply("cinnamon", "color", "en") == "I don't know 'cinnamon' — which colour do you mean?"
    assert unknown_word_reply("锥形", "shape", "zh") == "我不认识'锥形'这个形状，你指的是哪种形状？"


def test_an_answer_naming_one_colour_fills_the_held_edit_anything_else_does_not():
    for answer in ["brown", "I mean brown", "brown please", "Brown.", "棕色", "我说的是棕色的"]:
        assert answer_edit("add large red circle", [2], "color", normalize_message(answer)) == "add large brown circle"
    assert answer_edit("add large red circle", [3], "shape", "a star") == "add large red star"
    for other in ["draw a brown square", "brown or gray", "fuchsia", "move it left", "yes"]:
        assert answer_edit("add large red circle", [2], "color", normalize_message(other)) is None, other
    assert answer_edit("copy it", [-1], "color", "brown") is None  # nothing in the edit to fill
