"""The held-out share of phrasings (``dialogue.splits``): what train never sees and unseen always uses."""
import re

import pytest

from dialogan.world import ACTS, generate_dialogues, held_out_words, phrasing_counts, template_ids
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
    # Distinctive held-out English words never show up in training text.
    train_words = {w for ws in splits.training_words("en").values() for w in ws}
    rare = {w for ws in held_out_words("en").values() for w in ws
            if len(w) >= 5 and " " not in w and not any(w in tw for tw in train_words)}
    text = " ".join(t.text.lower() for d in train for t in d.turns)
    assert rare and not [w for w in rare if re.search(rf"\b{re.escape(w)}\b", text)]
    assert any(re.search(rf"\b{re.escape(w)}\b", " ".join(t.text.lower() for d in unseen for t in d.turns))
               for w in rare)


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


def test_phrasing_counts_names_a_bad_split():
    with pytest.raises(ValueError, match="split='dev'"):
        phrasing_counts("dev")
