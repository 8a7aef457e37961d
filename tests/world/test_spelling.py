"""English typing slips of the world's words are mended before the model reads them; nothing else is."""
import pytest

from dialogan.data.normalize import normalize_message
from dialogan.world import generate_dialogues
from dialogan.world.spelling import mend_slips
from dialogan.world.unknown_words import known_words_en


@pytest.mark.parametrize("typed, meant", [
    ("drwa a bleu sqaure", "draw a blue square"),  # two letters swapped
    ("delte the circel", "delete the circle"),  # a letter dropped, two swapped
    ("put a yelow trangle in the midle", "put a yellow triangle in the middle"),
    ("mkae it grene", "make it green"),
    ("undo teh last one", "undo the last one"),  # "teh": a swap of "the" before "ten" with h struck for n
    ("moev the sqaure to the rigth", "move the square to the right"),
    ("画一个兰色的园形", "画一个蓝色的圆形"),  # the pinyin input method's first offer
    ("话一个皇色猩猩", "画一个黄色星星"),
    ("把棱形删出", "把菱形删除"),
])
def test_one_slip_of_a_known_word_is_that_word(typed, meant):
    assert mend_slips(typed) == meant


@pytest.mark.parametrize("text", [
    "two plum orbs", "a cinnamon rhomboid", "make it mauve",  # names the model never read: asked about
    "draw a red circle at the top left", "tensquares please", "bow many",  # known words; run together; "bow"
    "给我画一个非常小的粉六棱形",  # 棱形 is a slip for 菱形, but 六棱形 is a hexagon
    "两个橘子色正六边形",  # 子色 is a slip for 紫色, but 橘子色 (tangerine) is orange
])
def test_known_words_and_words_that_are_no_slip_stay_as_typed(text):
    assert mend_slips(text) == text


def test_the_model_reads_messages_mended_and_the_world_s_own_words_are_never_changed():
    assert normalize_message("DRWA a Bleu SQAURE 🙂") == "draw a blue square"
    # Every word of the world's own clean messages is known, so mending changes none of them.
    for d in generate_dialogues(150, seed=5, split="test", typo_rate=0.0):
        for t in d.turns:
            text = " ".join(t.text.casefold().split())
            assert mend_slips(text) == text, t.text
    assert "square" in known_words_en()


@pytest.mark.parametrize("typed, meant", [
    ("在坐下角画一个黄色的三脚形", "在左下角画一个黄色的三角形"),  # zuo, jiao
    ("在右邊畫一個籃色的菱型", "在右边画一个蓝色的菱形"),  # 型 for 形, 篮 for 蓝
    ("帮我画个兰色的园在右上角", "帮我画个蓝色的圆在右上角"),
    ("在画一个黄色的三角在它下面", "再画一个黄色的三角在它下面"),  # 在 for 再 before a verb of drawing
    ("在画面的左边画一个圆", "在画面的左边画一个圆"),  # ...but not in 画面 (a guard after the slip)
    ("现在画了些什么", "现在画了些什么"),  # nor in 现在
])
def test_pinyin_slips_people_type_are_read_as_the_word_meant(typed, meant):
    assert normalize_message(typed) == meant


def test_everyday_words_are_no_slips_of_the_world_s():
    assert mend_slips("ok fine, eight of them, none of it") == "ok fine, eight of them, none of it"
