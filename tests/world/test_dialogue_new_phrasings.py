"""Phrasings the probe found missing (refusals of colours the world lacks, reshapes, numbered lists):
generated in training, with a held-out share that only "unseen" says, and each edit doing what was asked."""
import pytest

from dialogan.world import Scene, apply_edit, generate_dialogues, template_ids


@pytest.fixture(scope="module")
def by_split():
    return {split: [t for d in generate_dialogues(400, seed=23, split=split) for t in d.turns]
            for split in ("train", "unseen")}


def _ids(turns, key):
    """The ids of ``key``'s templates said in one language (a mix names its template by its frame's index)."""
    return {t.phrasing for t in turns if t.phrasing.split(".")[0] == key and ".mix." not in t.phrasing}


@pytest.mark.parametrize("key", ["out_of_world@recolor", "reshape@shape", "add_list@ones", "multi"])
def test_a_new_phrasing_trains_and_keeps_a_held_out_share_for_unseen(by_split, key):
    train, unseen = _ids(by_split["train"], key), _ids(by_split["unseen"], key)
    assert train and unseen
    assert train <= template_ids("train") and not train & template_ids("unseen")
    assert unseen <= template_ids("unseen")
    for lang in ("en", "zh"):
        assert any(f".{lang}." in i for i in template_ids("unseen") if i.startswith(key + "."))


def test_a_reshape_changes_the_shape_of_the_one_object_it_names_and_nothing_else():
    said = set()
    for d in generate_dialogues(300, seed=29):
        prev, focus, asked = Scene(()), None, None
        for t in d.turns:
            if t.command:  # undo and redo walk the chat's own stack
                break
            done = apply_edit(prev, t.edit, focus, asked)
            assert done.scene == t.scene, (t.text, t.edit)
            if t.act == "reshape":
                said.add(t.phrasing.split(".")[0])
                shape = t.edit.split()[-1]
                changed = [(a, b) for a, b in zip(prev.objects, t.scene.objects) if a != b]
                assert len(prev) == len(t.scene) and len(changed) <= 1, (t.text, t.edit)
                if changed:
                    (a, b), = changed
                    assert (b.shape, b.color, b.size, b.x, b.y) == (shape, a.color, a.size, a.x, a.y), t.text
                else:
                    assert done.result.startswith(("same", "blocked")), (t.text, done.result)
            prev, focus, asked = done.scene, done.focus, done.asked
    assert said == {"reshape", "reshape@shape"}


def test_a_count_with_one_colour_each_adds_one_object_per_colour_named():
    seen = 0
    for d in generate_dialogues(300, seed=31):
        prev = Scene(())
        for t in d.turns:
            if t.phrasing.startswith("add_list@ones.") and len(t.scene) > len(prev):  # not "no room"
                seen += 1
                added = [o for o in t.scene.objects if o not in prev.objects]
                colours = [op.split()[2] for op in t.edit.split(" ; ")]
                assert [o.color for o in added] == colours and len({o.shape for o in added}) == 1, t.text
                assert apply_edit(prev, t.edit).scene == t.scene
                one = "一个" if t.lang == "zh" else "one "
                assert t.text.lower().count(one) >= len(colours), t.text
            prev = t.scene
    assert seen >= 10
