"""Wording (``dialogue.wording``, ``mixing``, ``messages``): meanings into words, one language or two."""
import re

from dialogan.world import generate_dialogues
from dialogan.world.dialogue.mixing import mixable, tidy

CJK, LATIN = re.compile(r"[\u4e00-\u9fff]"), re.compile(r"[A-Za-z]")


def test_a_mixed_message_has_words_of_both_languages():
    mixed = [t.text for d in generate_dialogues(1500, seed=3) for t in d.turns if t.lang == "mix"]
    both = [m for m in mixed if CJK.search(m) and LATIN.search(m)]
    # A template that is all one slot ("{obj}") said in the other language is the rest.
    assert len(mixed) > 300 and len(both) / len(mixed) > 0.95


def test_a_mixed_message_leaves_no_space_beside_chinese_punctuation():
    mixed = [t.text for d in generate_dialogues(800, seed=4) for t in d.turns if t.lang == "mix"]
    assert mixed and not [m for m in mixed if re.search(r" [，。？！：、]|[，。？！：、] ", m)]
    assert tidy("画一个 red circle ，谢谢 。") == "画一个 red circle，谢谢。"


def test_only_templates_with_a_switchable_slot_are_mixable():
    assert mixable("{pre}{v_add} {obj}{post}") and mixable("{relph}{v_add}{obj}")
    assert not mixable("{undo_core}") and not mixable("{cmp} please")
