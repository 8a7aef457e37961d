"""The held-out share of phrasings (``dialogue.splits``): what train never sees and unseen always uses."""
import re

import pytest

from dialogan.world import ACTS, SPLITS, generate_dialogues, held_out_words, phrasing_counts, template_ids
from dialogan.world.dialogue import splits
from dialogan.world.phrasing import LANGUAGES


def test_unseen_phrasings_never_appear_in_training():
    train_ids, unseen_ids = template_ids("train"), template_ids("unseen")
    assert train_ids and unseen_ids and not train_ids & unseen_ids
    train = generate_dialogues(400, seed=11, split="train")
    unseen = generate_dialogues(200, seed=11, split="unseen")

    def base_ids(ds):  # mixed phrasings name their frame's template by index; check both languages
        return {t.phrasing for d in ds for t in d.turns}
    for pid in base_ids(train):
        key, lang, i = pid.rsplit(".", 2)
        langs = ("en", "zh") if lang == "mix" else (lang,)
        assert any(f"{key}.{l}.{i}" in train_ids for l in langs), pid
    for pid in base_ids(unseen):
        key, lang, i = pid.rsplit(".", 2)
        langs = ("en", "zh") if lang == "mix" else (lang,)
        assert any(f"{key}.{l}.{i}" in unseen_ids for l in langs), pid
    # The unseen sentences are worded with training words only: the split measures sentences, not words.
    unseen_text = " ".join(t.text.lower() for d in unseen for t in d.turns)
    assert not [w for w in _rare_held_words("en", names_only=True) if re.search(rf"\b{re.escape(w)}\b", unseen_text)]


def _rare_held_words(lang, names_only=False):
    """Held-out words that are no part of any training word (so finding one in a text means it was said);
    ``names_only``: the names of colours, shapes and sizes (other words, such as "它下边", are also what
    two training words make side by side)."""
    train_words = {w for ws in splits.training_words(lang).values() for w in ws}
    return {w for g, ws in held_out_words(lang).items() for w in ws if splits.is_name_group(g) or not names_only
            if len(w.strip()) >= (5 if lang == "en" else 2) and not any(w in tw for tw in train_words)
            and not any(w in t for ts in LANGUAGES[lang].TEMPLATES.values() for t in ts)}


def _says(text, words):
    text = text.lower()
    return [w for w in words if (re.search(rf"(?<![a-z]){re.escape(w.strip())}(?![a-z])", text)
                                 if re.search("[a-z]", w) else w.strip() in text)]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_held_out_name_appears_in_training_messages(lang):
    rare = _rare_held_words(lang, names_only=True)
    assert len(rare) >= 20, rare
    train = generate_dialogues(400, seed=12, split="train", typo_rate=0)
    said = [t.text for d in train for t in d.turns if _says(t.text, rare)]
    assert not said, said[:5]


def test_unseen_words_messages_say_held_out_words_in_training_sentences():
    dialogues = generate_dialogues(300, seed=21, split="unseen-words", typo_rate=0)
    held = {w for lang in ("en", "zh") for ws in held_out_words(lang).values() for w in ws if w.strip()}
    turns = [t for d in dialogues for t in d.turns]
    train_ids = template_ids("train")
    for t in turns:
        key, lang, i = t.phrasing.rsplit(".", 2)
        assert any(f"{key}.{l}.{i}" in train_ids for l in (("en", "zh") if lang == "mix" else (lang,))), t.phrasing
    saying = [t for t in turns if _says(t.text, held)]
    assert len(saying) / len(turns) > 0.85
    for act in ("add", "recolor", "remove", "missing"):  # meanings that name colours and shapes say a new one
        of_act = [t for t in turns if t.act == act]
        assert of_act and sum(t in saying for t in of_act) / len(of_act) > 0.95, act
    # Colour and shape names are among them, in both languages.
    names = {lang: {w for g, ws in held_out_words(lang).items() if g.startswith(("color_", "shape_")) for w in ws}
             for lang in ("en", "zh")}
    text = " ".join(t.text for t in turns)
    assert all(_says(text, names[lang]) for lang in names)


def test_a_share_of_the_names_for_colours_shapes_and_sizes_is_held_out():
    for lang, mod in LANGUAGES.items():
        names = {g: ws for g, ws in mod.LEXICON.items() if splits.is_name_group(g)}
        held = sum(len(ws) for g, ws in held_out_words(lang).items() if g in names)
        share = held / sum(len(ws) - 1 for ws in names.values())
        assert 0.15 < share <= splits.NAME_SHARE + 0.01, (lang, share)


def test_spellings_are_never_held_out():
    words = splits.training_words("en")
    assert "colour" in words["colour_n"] and "grey" in words["color_gray"] and "centre" in words["bare_center"]
    assert "light grey" in words["color_gray"] and "dead centre" in words["at_center"]
    assert "桔色" in splits.training_words("zh")["color_orange"]


def test_what_most_people_say_always_trains():
    """Lists are written most common first; nothing from the first half of one is held out."""
    for lang, mod in LANGUAGES.items():
        held = held_out_words(lang)
        for group, words in mod.LEXICON.items():
            assert not set(words[:(len(words) + 1) // 2]) & set(held.get(group, ())), (lang, group)
        unseen = {t for _, ts in splits.templates(lang, unseen=True).items() for _, t in ts}
        for key, temps in mod.TEMPLATES.items():
            assert not set(temps[:(len(temps) + 1) // 2]) & unseen, (lang, key)
    assert "turn" in splits.training_words("en")["v_make"] and "shape" in splits.training_words("en")["one_n"]
    assert "clear" in {t for _, t in splits.templates("en", unseen=False)["clear"]}
    assert "请{v_add}{obj}" in {t for _, t in splits.templates("zh", unseen=False)["add"]}


def test_phrasing_counts_cover_every_act_and_hold_some_out():
    all_, train, unseen = phrasing_counts(), phrasing_counts("train"), phrasing_counts("unseen")
    for act in ACTS:
        for lang in ("en", "zh"):
            assert all_[(act, lang)] == train[(act, lang)] + unseen[(act, lang)]
            assert train[(act, lang)] >= 3 and unseen[(act, lang)] >= 1, (act, lang)
    held = sum(unseen.values()) / sum(all_.values())
    assert 0.1 < held < 0.3


def test_the_splits_are_the_ones_the_commands_offer():
    assert SPLITS == ("train", "test", "unseen", "unseen-words")
    assert phrasing_counts("unseen-words") == phrasing_counts("train")
    with pytest.raises(ValueError, match="split='dev'"):
        generate_dialogues(1, seed=0, split="dev")


def test_phrasing_counts_names_a_bad_split():
    with pytest.raises(ValueError, match="split='dev'"):
        phrasing_counts("dev")


@pytest.mark.parametrize("split", ["train", "test", "unseen"])
def test_only_unseen_words_draws_held_out_words(split):
    import random

    for lang, mod in LANGUAGES.items():
        held = held_out_words(lang)
        picker = splits.WordPicker(random.Random(0), lang, split)
        for group in held:
            drawn = {picker.word(group) for _ in range(60)}
            assert not drawn & set(held[group]), (lang, group)
        new = splits.WordPicker(random.Random(0), lang, "unseen-words")
        assert all(new.word(g) in held[g] for g in held if splits.is_name_group(g))


def test_word_counts_name_every_kind_in_both_languages():
    counts = splits.word_counts()
    for lang in ("en", "zh"):
        for kind in ("colour", "shape", "size", "place"):
            n, held = counts[(lang, kind)]
            assert n >= 25 and 0 < held < n / 2, (lang, kind, n, held)
