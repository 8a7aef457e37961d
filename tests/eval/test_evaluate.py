"""The evaluator on hand-made dialogues with the stand-in systems, and its reports."""
import pytest
from PIL import Image

from dialogan.eval import Detector, ReplaySystem, evaluate, question_kind, to_json_ready, write_report
from dialogan.world import Scene
from stand_ins import Dialogue, Turn


def _dialogues():
    s1 = Scene.parse("large red circle 17 17")
    s2 = Scene.parse("large red circle 17 17 ; small blue star 83 83")
    s3 = Scene.parse("large red circle 17 17 ; small blue star 83 83 ; large green hexagon 50 50")
    z1 = Scene.parse("small yellow triangle 50 17")
    z2 = Scene.parse("small yellow triangle 50 17 ; large purple square 17 83")
    return [
        Dialogue("en-1", [Turn("add a big red circle top left", "Done.", s1, "add", "en", edit="add large red circle at top-left"),
                          Turn("put a small blue star bottom right", "OK.", s2, "add", "en"),
                          Turn("how many shapes are there?", "There are 2 shapes.", s2, "count", "en"),
                          Turn("add a large green hexagon in the middle", "Added.", s3, "add", "en")]),
        Dialogue("zh-1", [Turn("在上面画一个黄色的小三角形", "好的。", z1, "add", "zh"),
                          Turn("左下角加一个大的紫色正方形", "好的。", z2, "add", "zh"),
                          Turn("有红色的圆吗？", "没有。", z2, "exists", "zh"),
                          Turn("三角形是什么颜色？", "是黄色的。", z2, "color", "zh")]),
    ]


@pytest.fixture(scope="module")
def detector():
    return Detector.load()


@pytest.fixture(scope="module")
def results(detector):
    ds = _dialogues()
    return (evaluate(ReplaySystem(ds), ds, detector, n_images_for_fd=50),
            evaluate(ReplaySystem(ds, corrupt="both"), ds, detector, n_images_for_fd=50))


def test_replay_scores_like_the_detector(results):
    replay, _ = results
    assert replay["all_turns"]["f1"] == pytest.approx(1.0)
    assert replay["all_turns"]["state_match"] == 1.0
    assert replay["all_turns"]["reply_accuracy"] == 1.0
    assert replay["all_turns"]["questions"] == 3
    assert replay["all_turns"]["rsim"] == pytest.approx(1.0)
    assert set(replay["by_lang"]) == {"en", "zh"}
    assert replay["final_turns"]["turns"] == 2
    assert [r["edit"] for r in replay["turns"]] == [r["expected_edit"] for r in replay["turns"]] == ["add large red circle at top-left"] + ["keep"] * 7


def test_wrong_generator_loses_image_f1_but_not_state(results):
    replay, wrong = results
    assert wrong["all_turns"]["f1"] < 0.2 < replay["all_turns"]["f1"]
    assert wrong["all_turns"]["rsim"] < 0.2
    assert wrong["all_turns"]["state_match"] == 1.0  # the scene it reports is right; only the picture is wrong
    assert wrong["fd"]["value"] > replay["fd"]["value"]


def test_latency_and_diversity_are_reported(results):
    replay, _ = results
    lat = replay["latency"]
    assert 0 <= lat["p50_ms"] <= lat["p95_ms"]
    assert replay["diversity"]["value"] > 0  # different render seeds give different backgrounds


def test_replay_refuses_a_turn_it_does_not_hold():
    ds = _dialogues()
    system = ReplaySystem(ds)
    system.reset()
    with pytest.raises(ValueError, match="expected turn 0 text"):
        system.send("something else")


def test_reports_are_written(results, tmp_path):
    import json
    replay, _ = results
    md, png = write_report(replay, tmp_path, meta={"system": "replay"})
    text = md.read_text(encoding="utf-8")
    assert "NOT Inception-FID" in text and "By language" in text and "| zh |" in text
    board = Image.open(png)
    assert board.width > 400 and board.height > 8 * 128  # 8 turns, one row each
    json.dumps(to_json_ready(replay), ensure_ascii=False)  # the JSON form holds no images


@pytest.mark.parametrize("act, reply, kind", [
    ("count", "", "count"), ("ask_color", "", "color"), ("ask_exists", "", "exists"), ("recolor", "Done.", None),
    ("question", "There are 4.", "count"), ("question", "It is red.", "color"), ("question", "没有。", "exists"),
    ("add", "Done.", None),
])
def test_question_kind(act, reply, kind):
    assert question_kind(act, reply) == kind


class _Redrawing:
    """Like Chat: no variations(), but image(seed=...) redraws the current scene."""

    def __init__(self, dialogues):
        self.inner = ReplaySystem(dialogues)

    def reset(self):
        self.inner.reset()

    def send(self, text):
        self.turn = self.inner.send(text)
        return self.turn

    def image(self, scene=None, seed=None):
        from dialogan.world import render_scene
        return render_scene(self.turn.scene, 64, seed or 0)


def test_diversity_through_image_seed(detector):
    ds = _dialogues()
    res = evaluate(_Redrawing(ds), ds, detector, n_images_for_fd=10)
    assert res["diversity"]["turns"] > 0 and res["diversity"]["value"] > 0
    assert res["all_turns"]["f1"] == pytest.approx(1.0)


class _StandStill:
    """A system that never changes its picture: it shows whatever scene it was last given."""

    def __init__(self):
        self.scene = Scene(())

    def reset(self):
        self.scene = Scene(())

    def set_history(self, turns):
        self.scene = turns[-1].scene if turns else Scene(())

    def send(self, text):
        return type("T", (), {"reply": "", "scene": self.scene, "image": None})()


def test_teacher_forcing_starts_every_turn_from_the_true_earlier_turns(detector):
    ds = _dialogues()
    turns = [(d.turns[i - 1].scene if i else Scene(()), t.scene) for d in ds for i, t in enumerate(d.turns)]
    unchanged = sum(before == after for before, after in turns) / len(turns)
    forced = evaluate(_StandStill(), ds, detector, teacher_forced=True)["all_turns"]["state_match"]
    own = evaluate(_StandStill(), ds, detector)["all_turns"]["state_match"]
    assert forced == pytest.approx(unchanged) and own == 0.0  # its own (empty) picture never matches
    no_forcing = type("NoForcing", (), {"reset": lambda self: None, "send": _StandStill().send})()
    with pytest.raises(ValueError, match="NoForcing offers no set_history"):
        evaluate(no_forcing, ds, detector, teacher_forced=True)


def test_kid_and_seed_diversity_are_reported(results):
    replay, wrong = results
    assert replay["kid"]["value"] is not None and replay["kid"]["stderr"] >= 0
    assert wrong["kid"]["value"] > replay["kid"]["value"]  # wrong colours and shapes are far from the renders
    seeds = replay["seed_diversity"]
    # The replay's variations are renders too: its variety across seeds is the renderer's.
    assert seeds["size"] == 64 and seeds["turns"] > 0
    assert seeds["generator"] > 0 and 0.5 < seeds["ratio"] < 2.0


class _SeedBlind(_Redrawing):
    """Draws the same picture whatever seed it is given: a collapsed generator."""

    def image(self, scene=None, seed=None):
        return super().image(seed=1)


def test_a_system_that_ignores_its_seed_has_seed_diversity_ratio_zero(detector):
    ds = _dialogues()
    seeds = evaluate(_SeedBlind(ds), ds, detector, n_images_for_fd=10)["seed_diversity"]
    assert seeds["generator"] == 0.0 and seeds["renderer"] > 0 and seeds["ratio"] == 0.0


@pytest.mark.parametrize("pictures", [2, 3])
def test_too_few_pictures_for_kid_give_a_frechet_distance_and_no_kid(detector, pictures):
    ds = _dialogues()
    out = evaluate(ReplaySystem(ds), ds, detector, n_images_for_fd=pictures)  # `eval run --n 1`: a short dialogue
    assert out["fd"]["value"] is not None and out["fd"]["images"] == pictures
    assert out["kid"]["value"] is None and out["kid"]["stderr"] is None


def test_the_storyboard_shows_a_large_picture_at_its_full_resolution():
    import numpy as np
    from dialogan.eval import storyboard
    from dialogan.world import render_scene
    picture = render_scene(Scene.parse("large red circle 17 17 ; small blue star 83 83"), 256, 3)
    board = storyboard([{"id": "x", "turns": [{"text": "hi", "reply": "ok", "image": picture}]}])
    pad, title = 8, 15 + 5 + 2 * 8  # the storyboard's padding and title row (font 15)
    shown = np.asarray(board)[title + pad:title + pad + 256, pad:pad + 256]
    assert np.array_equal(shown, np.asarray(picture))  # pixel for pixel, not scaled down to 128


def test_the_storyboard_enlarges_a_small_picture_by_repeating_pixels():
    import numpy as np
    from dialogan.eval import storyboard
    from dialogan.world import render_scene
    picture = render_scene(Scene.parse("large red circle 17 17"), 64, 3)
    board = storyboard([{"id": "x", "turns": [{"text": "hi", "reply": "ok", "image": picture}]}])
    title = 15 + 5 + 2 * 8
    shown = np.asarray(board)[title + 8:title + 8 + 128, 8:8 + 128]
    assert np.array_equal(shown[::2, ::2], np.asarray(picture))
