"""User text in the one form the model reads (``data.normalize``), and replies in the user's script."""
from dialogan.data import in_other_language, in_users_script, is_traditional, normalize_message


def test_traditional_characters_read_as_simplified():
    assert normalize_message("畫一個藍色的圓形") == "画一个蓝色的圆形"


def test_full_width_forms_and_case_read_as_plain_lowercase():
    assert normalize_message("ＤＲＡＷ A ＲＥＤ STAR") == "draw a red star"
    assert normalize_message("画一个红色圆形！") == "画一个红色圆形!"


def test_emoji_and_their_joiners_are_dropped_but_shape_symbols_stay():
    assert normalize_message("draw a red star 🙂👍🏽❤️ pls") == "draw a red star pls"
    assert normalize_message("👨‍👩‍👧 画一个圆形 ✏️") == "画一个圆形"
    assert normalize_message("draw a ★ and a ●") == "draw a ★ and a ●"


def test_control_characters_and_runs_of_space_are_dropped():
    assert normalize_message("draw\u200b a\tred\n\n circle\x07") == "draw a red circle"


def test_simplified_text_is_left_as_it_is():
    for text in ("画一个蓝色的圆形", "把左边那个三角形删掉", "draw a blue square"):
        assert normalize_message(text) == text
        assert not is_traditional(text)


def test_a_reply_goes_back_in_the_users_script():
    reply = "好的，在中间画了一个蓝色大圆形。"
    assert in_users_script("畫一個藍色的圓形", reply) == "好的，在中間畫了一個藍色大圓形。"
    assert in_users_script("画一个蓝色的圆形", reply) == reply
    assert in_users_script("draw a blue circle", "Added a large blue circle at the center.") \
        == "Added a large blue circle at the center."


def test_a_message_in_neither_english_nor_chinese_is_told_apart():
    for other in ["赤い円を左上に描いて", "нарисуй красный круг", "Zeichne einen roten Kreis", "dessine un cercle rouge",
                  "disegna un cerchio rosso", "teken een rode cirkel"]:
        assert in_other_language(other), other
    # English with a slip or a foreign colour word, Chinese, and a mix of the two are English and Chinese.
    for ours in ["draw a red circle", "drwa a rde circl", "make it rouge", "add a verde star please", "画一个红色圆形",
                 "画一个 red circle", "put the star links", "uno more star"]:
        assert not in_other_language(ours), ours


def test_a_pair_is_said_as_two():
    assert normalize_message("draw a pair of green squares") == "draw two green squares"
    assert normalize_message("画一对红色的星星") == "画两个红色的星星"


def test_homophones_people_type_that_the_world_never_types_are_mended_too():
    assert normalize_message("再在左下角画个兰色的六遍形") == "再在左下角画个蓝色的六边形"
