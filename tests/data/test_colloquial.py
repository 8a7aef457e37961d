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
     "remove the square, move circle to center and add another one but small"),
    ("ok now make em both small", "ok now make them both small"),
    ("can u make a reeeally big circle", "can you make a really big circle"),
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
