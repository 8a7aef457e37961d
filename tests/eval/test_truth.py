"""The evaluator's truth figures: false replies, destructive turns, acted-on turns and their errors."""
import pytest

from dialogan.eval import Detector, ReplaySystem, evaluate, markdown_report
from dialogan.eval.truth import format_case, world_result
from dialogan.world import Scene, generate_dialogues
from stand_ins import Dialogue, Turn

CIRCLE = Scene.parse("large red circle 17 17")
SMALL_CIRCLE = Scene.parse("small red circle 17 17")
WITH_STAR = Scene.parse("large red circle 17 17 ; small blue star 50 50")
SMALL_WITH_STAR = Scene.parse("small red circle 17 17 ; small blue star 50 50")


TEXTS = ("draw a big red circle top left", "how big is the circle?", "how many shapes are there?",
         "add a small blue star in the middle")
TARGET = Dialogue("d", [Turn(TEXTS[0], "Added a large red circle at the top left.", CIRCLE, "add"),
                        Turn(TEXTS[1], "It is large.", CIRCLE, "ask_size"),
                        Turn(TEXTS[2], "There is 1 shape.", CIRCLE, "count"),
                        Turn(TEXTS[3], "Added a small blue star at the center.", WITH_STAR, "add")])
# A system that answers "how big?" by shrinking the circle (a true reply, a destructive turn),
# then miscounts (a false reply), then adds the star to its own, wrong, picture.
SHRINKER = Dialogue("d", [Turn(TEXTS[0], "Added a large red circle at the top left.", CIRCLE, "add"),
                          Turn(TEXTS[1], "The large red circle is now small.", SMALL_CIRCLE, "resize"),
                          Turn(TEXTS[2], "There are 3 shapes.", SMALL_CIRCLE, "count"),
                          Turn(TEXTS[3], "Added a small blue star at the center.", SMALL_WITH_STAR, "add")])


@pytest.fixture(scope="module")
def detector():
    return Detector.load()


def _figures(summary: dict) -> tuple:
    return (summary["false_replies"], summary["destructive"], summary["target_unchanged"], summary["acted_on"],
            summary["acted_on_errors"])


def test_a_system_that_changes_the_picture_on_a_question_and_miscounts(detector):
    result = evaluate(ReplaySystem([SHRINKER]), [TARGET], detector, n_images_for_fd=8, n_diversity_turns=0)
    a = result["all_turns"]
    assert _figures(a) == (1, 1, 2, 3, 2)
    assert a["false_reply_rate"] == 0.25 and a["destructive_rate"] == 0.5
    assert a["acted_on_share"] == 0.75 and a["acted_on_error"] == pytest.approx(2 / 3)
    assert a["destructive_from_target"] == 1 and a["destructive_share_of_turns"] == 0.25
    # Two turns wanted a change (draw, add the star): both changed, neither to the target after the slip.
    assert (a["target_changed"], a["understood"], a["left_alone"], a["wrong_act_share"]) == (2, 1, 0, 0.5)
    turns = result["turns"]
    assert [t["destructive"] for t in turns] == [False, True, False, False]
    assert [t["false_reply"] for t in turns] == [False, False, True, False]
    assert turns[2]["false_facts"] == ["count: the reply says there are 3 shapes, but there are 1"]


def test_the_same_dialogue_played_back_right_has_no_false_reply_and_no_destructive_turn(detector):
    a = evaluate(ReplaySystem([TARGET]), [TARGET], detector, n_images_for_fd=8, n_diversity_turns=0)["all_turns"]
    assert _figures(a) == (0, 0, 2, 2, 0)


@pytest.mark.parametrize("corrupt", [None, "both"])
@pytest.mark.parametrize("teacher_forced", [False, True])
def test_replay_and_the_wrong_generator_tell_the_truth_and_act_only_when_asked(detector, corrupt, teacher_forced):
    # The wrong generator draws wrong pictures, but its scenes and replies are the dialogues' own.
    ds = generate_dialogues(8, seed=11, split="test")
    result = evaluate(ReplaySystem(ds, corrupt=corrupt), ds, detector, n_images_for_fd=8, n_diversity_turns=0,
                      teacher_forced=teacher_forced)
    changed = sum(a.scene != b for d in ds for a, b in zip(d.turns, [Scene(())] + [t.scene for t in d.turns]))
    turns = sum(len(d.turns) for d in ds)
    a = result["all_turns"]
    assert _figures(a) == (0, 0, turns - changed, changed, 0)
    assert set(result["by_lang"]) <= {"en", "zh", "mix"}
    assert sum(g["acted_on"] for g in result["by_lang"].values()) == changed


TWO = Scene.parse("large red circle 17 17 ; large red circle 83 17")
ONE_UP = Scene.parse("large red circle 17 17")
ONE_DOWN = Scene.parse("large red circle 17 50")
ASKS = Dialogue("a", [Turn("two big red circles at the top", "Added 2 large red circles.", TWO, "add"),
                      Turn("move the circle down", "Which one do you mean?", TWO, "ambiguous")])
# Drew one circle where two were asked for; then "the circle" is one, and moving it is right for its picture.
SLIPPED = Dialogue("a", [Turn(ASKS.turns[0].text, "Added a large red circle.", ONE_UP, "add"),
                         Turn(ASKS.turns[1].text, "Moved the large red circle down.", ONE_DOWN, "move")])


def test_a_change_that_follows_an_earlier_slip_is_destructive_but_not_from_the_target_s_picture(detector):
    result = evaluate(ReplaySystem([SLIPPED]), [ASKS], detector, n_images_for_fd=4, n_diversity_turns=0)
    a = result["all_turns"]
    assert (a["destructive"], a["target_unchanged"], a["destructive_from_target"]) == (1, 1, 0)
    assert [t["from_target"] for t in result["turns"]] == [True, False]


def test_the_report_shows_the_truth_figures(detector):
    result = evaluate(ReplaySystem([SHRINKER]), [TARGET], detector, n_images_for_fd=8, n_diversity_turns=0)
    md = markdown_report(result)
    assert "| all turns | 4 | 1 (0.250) | 1 of 2 (0.500) | 1 | 3 (0.750) | 2 (0.667) |" in md


def test_the_cases_list_each_destructive_turn_and_false_reply_with_its_pictures(detector):
    result = evaluate(ReplaySystem([SHRINKER]), [TARGET], detector, n_images_for_fd=8, n_diversity_turns=0)
    shrunk, miscounted = result["cases"]
    assert (shrunk["kind"], shrunk["turn"], shrunk["text"]) == ("destructive", 1, TEXTS[1])
    assert shrunk["before"] == CIRCLE.text() and shrunk["scene"] == SMALL_CIRCLE.text()
    assert shrunk["target"] == CIRCLE.text() and shrunk["reply"] == "The large red circle is now small."
    assert (miscounted["kind"], miscounted["turn"]) == ("false reply", 2)
    assert miscounted["false_facts"] == ["count: the reply says there are 3 shapes, but there are 1"]
    assert "message: 'how big is the circle?'" in format_case(shrunk)
    assert "false:   count: the reply says there are 3 shapes" in format_case(miscounted)


def test_an_edit_that_names_the_chat_s_group_or_other_one_has_no_world_result_without_the_chat():
    # Without the chat's focus the world reads "them"/"other" as missing: not what the chat said.
    stars = Scene.parse("large green star 50 17 ; large blue star 17 83")
    assert world_result("move them up", stars, stars) is None
    assert world_result("move other right", stars, stars) is None
    assert world_result("move star @top up", stars, stars) == "edge large green star top"
