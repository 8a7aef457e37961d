"""The world's dictionary: held-out colour, shape and size names are read as the training names of their groups."""
import pytest

from dialogan.data.normalize import normalize_message
from dialogan.world.dialogue.splits import held_out_words, is_name_group, training_words
from dialogan.world.dictionary import dictionary_in_use, in_trained_names, trained_name_of, use_dictionary


@pytest.fixture
def dictionary_off():
    use_dictionary(False)
    yield
    use_dictionary(True)


def test_every_held_out_name_is_read_as_a_training_name_of_its_own_group():
    for lang in ("en", "zh"):
        trained = training_words(lang)
        every = {w for ws in trained.values() for w in ws}
        for group, words in held_out_words(lang).items():
            if is_name_group(group):
                for word in words:
                    if word in trained_name_of():
                        assert trained_name_of()[word] in trained[group], (lang, group, word)
                    else:  # only a Chinese name inside a training word ("六角" in "六角形") is left out
                        assert lang == "zh" and any(word in w and word != w for w in every), word


@pytest.mark.parametrize("message, read", [
    ("draw an olive square", "draw a green square"),
    ("two jumbo pentagrams", "two large stars"),
    ("a teal blue orb", "a cyan circle"),
    ("a charcoal tile at the top", "a gray square at the top"),
    ("画一个银色的方框", "画一个灰色的正方形"),
    ("画个葡萄紫色的五角星形", "画个紫色的星形"),
])
def test_held_out_names_are_written_as_training_names(message, read):
    assert in_trained_names(message) == read


@pytest.mark.parametrize("message, read", [
    ("a cherry red circle", "a cherry red circle"),  # a training name that holds a held-out one ("cherry")
    ("a grape rhombus", "a grape rhombus"),  # a training name that begins with one ("rhomb")
    ("sketch a red circle", "sketch a red circle"),  # a held-out verb: no name, read by the model as it is
    ("the message, in sage", "the message, in green"),  # a name inside another word is none
])
def test_training_names_and_other_words_stay(message, read):
    assert in_trained_names(message) == read


def test_normalize_message_reads_held_out_names_through_the_dictionary():
    assert normalize_message("Draw an OLIVE Square 🙂") == "draw a green square"
    assert normalize_message("畫一個銀色的圓") == "画一个灰色的圆"


def test_the_dictionary_can_be_turned_off_to_measure_the_model_alone(dictionary_off):
    assert not dictionary_in_use()
    assert normalize_message("draw an olive square") == "draw an olive square"


def test_no_training_word_is_written_over():
    for lang in ("en", "zh"):
        for group, words in training_words(lang).items():
            for word in words:
                assert in_trained_names(word.lower()) == word.lower(), (lang, group, word)
