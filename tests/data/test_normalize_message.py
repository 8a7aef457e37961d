"""Messages in their normal form: invisible code points removed, ordinary messages as before."""
import pytest

from dialogan.data.normalize import normalize_message, strip_invisible
from dialogan.world import generate_dialogues

BIDI = ["\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
        "\u2069"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u2060", "\ufeff", "\u00ad", "\u180e", "\u034f", "\x00", "\x07", "\x1b", "\x7f"]


@pytest.mark.parametrize("mark", BIDI + ZERO_WIDTH)
def test_an_invisible_code_point_is_removed_wherever_it_stands(mark):
    assert normalize_message(f"{mark}draw a red{mark} circle{mark}") == "draw a red circle"
    assert normalize_message(f"画一个{mark}红色圆形") == "画一个红色圆形"


def test_a_message_of_invisible_characters_alone_is_empty():
    assert normalize_message("\u202e\u200b\ufeff\u2066\u2069") == ""
    assert " ".join(strip_invisible("\u202e \u200f ").split()) == ""


def test_an_override_cannot_hide_reversed_words():
    # Shown as "draw a red circle", stored reversed behind a right-to-left override.
    assert normalize_message("draw a \u202eelcric der\u202c") == "draw a elcric der"


def test_whitespace_controls_and_separators_become_spaces():
    assert strip_invisible("draw\ta\nred\u2028circle\r") == "draw a red circle "


def test_emoji_sequences_keep_what_they_need():
    coder = "\U0001f469\u200d\U0001f4bb"  # woman, joiner, laptop
    england = "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"  # black flag, tags g b e n g, end
    assert strip_invisible(f"a star {coder} {england}!") == f"a star {coder} {england}!"
    assert strip_invisible("st\u200dar \u200d\U0001f600") == "star \U0001f600"  # a joiner not between emoji goes
    assert strip_invisible("\U000e0067 tag") == " tag"  # a tag letter without its flag goes


def test_strip_invisible_leaves_every_generated_message_as_it_is():
    # Normalisation now also converts traditional characters, drops emoji and collapses spaces, so
    # a message may change there; removing invisible code points alone never changes what is shown.
    for split in ("test", "unseen"):
        for d in generate_dialogues(200, seed=1, split=split):
            for t in d.turns:
                assert strip_invisible(t.text) == t.text, t.text


@pytest.mark.parametrize("typed, read", [
    ("来俩紫色的圆圈", "来两个紫色的圆圈"),
    ("俩个星星", "两个星星"),
    ("a cyan circle in the middle n a brown star above it", "a cyan circle in the middle and a brown star above it"),
    ("a red circle & a blue star", "a red circle and a blue star"),
    ("n make it tiny", "n make it tiny"),  # "n" alone at the start may be "no": left as typed
])
def test_chat_shorthand_for_two_and_and(typed, read):
    assert normalize_message(typed) == read
