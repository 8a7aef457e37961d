"""How people type, written in the world's words: polite frames, chat shorthand, Cantonese words."""
import pytest

from dialogan.data.colloquial import plainly
from dialogan.data.normalize import normalize_message


@pytest.mark.parametrize("typed, read", [
    ("Good afternoon. Would you be so kind as to draw a crimson disc in the middle?",
     "please draw a crimson disc in the middle?"),
    ("Thank you ever so much. Might I also trouble you for a navy box?", "please also add a navy box?"),
    ("Which of the two is the larger, if you don't mind my asking?", "which of the two is the larger?"),
    ("Oh dear, I do beg your pardon, I meant orange", "sorry, i meant orange"),
    ("rm the sq, mv circle to center + add another one but small",
     "remove the square, move circle to center and add another one but small"),  # "rm" names only a template slot
    ("ok now make em both small", "ok now make them both small"),
    ("can u make a reeeally big circle", "can u make a really big circle"),  # "u": a word of the world already
    ("move the new one to the left", "move it to the left"),
    ("唔該畀我喺左上角畫個啡色嘅圓圈", "请给我在左上角画个棕色的圆圈"),
    ("兩個都整細啲", "两个都整小点"),
    ("五角星旁边有啥？", "五角星旁边有什么?"),
    ("把刚加的那个挪到右下角", "把它挪到右下角"),
])
def test_people_s_typing_is_read_plainly(typed, read):
    assert normalize_message(typed) == read


def test_the_world_s_own_words_are_left_as_they_are():
    for text in ("draw a large red circle at the top left", "把它移到左边", "what colour is the square?",
                 "make it a bit bigger", "add 2 small blue stars"):
        assert plainly(text) == text


def test_a_mandarin_word_holding_a_cantonese_one_is_left_whole():
    assert normalize_message("加三个咖啡色很小六角形吧") == "加三个咖啡色很小六角形吧"  # coffee, not 咖 + brown


def test_the_world_s_dialogues_are_read_as_they_are_but_for_its_sha():
    from dialogan.data.normalize import to_simplified
    from dialogan.world import generate_dialogues
    for d in generate_dialogues(400, 5, split="train", typo_rate=0.0):
        for t in d.turns:
            text = " ".join(to_simplified(t.text).casefold().split())
            if not any(w in text for w in ("hi", "hey", "hello", "good ")):  # a greeting before "can we draw ...?"
                assert plainly(text) == text.replace("啥", "什么"), text


def test_a_request_ended_by_can_and_slips_of_corners():
    assert normalize_message("change it to 三角形 can?") == "change it to 三角形"
    assert normalize_message("在右上脚画一个绿色的正放形") == "在右上角画一个绿色的正方形"
