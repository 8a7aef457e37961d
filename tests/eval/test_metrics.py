"""Metrics against values worked out by hand."""
import math

import numpy as np
import pytest

from dialogan.eval.metrics import (PRF, centre_errors, diversity, frechet_distance, kid, match_objects, object_prf,
                                   reply_correct, rsim, seed_distance, state_match)
from dialogan.world import SceneObject


def obj(shape, color, size, x, y):
    return SceneObject(shape, color, size, x, y)


def test_prf_counts_duplicates_once_and_misses():
    target = [obj("circle", "red", "small", .2, .2), obj("circle", "red", "small", .8, .2),
              obj("square", "blue", "large", .5, .5), obj("star", "green", "small", .2, .8)]
    detected = [obj("circle", "red", "small", .21, .2), obj("circle", "red", "small", .79, .2),
                obj("circle", "red", "small", .5, .8),  # a third red circle: a duplicate, false positive
                obj("square", "blue", "large", .5, .5),
                obj("star", "yellow", "small", .2, .8)]  # wrong colour: a false positive and a miss
    # tp = 2 red circles + blue square = 3; fp = 5 - 3 = 2; fn = 4 - 3 = 1 (the green star).
    prf = object_prf(detected, target)
    assert (prf.tp, prf.fp, prf.fn) == (3, 2, 1)
    assert prf.precision == pytest.approx(3 / 5)
    assert prf.recall == pytest.approx(3 / 4)
    assert prf.f1 == pytest.approx(2 * 0.6 * 0.75 / (0.6 + 0.75))  # = 6/9


def test_matching_pairs_nearest_copy_first():
    target = [obj("circle", "red", "small", .2, .2), obj("circle", "red", "small", .8, .2)]
    detected = [obj("circle", "red", "small", .78, .2), obj("circle", "red", "small", .22, .2)]
    assert match_objects(detected, target) == [(1, 0), (0, 1)]
    assert centre_errors(detected, target) == pytest.approx([0.02, 0.02])


def test_empty_against_empty_is_perfect():
    assert object_prf([], []).f1 == 1.0
    assert rsim([], []) == 1.0
    assert object_prf([], [obj("star", "red", "small", .5, .5)]).f1 == 0.0


def test_rsim_hand_worked():
    # Target: A (0.2, 0.3), B (0.7, 0.6), C (0.5, 0.8). Detected: A at (0.25, 0.3), B wrongly at
    # (0.15, 0.6) (now left of A), C missed, plus an unrelated false positive D.
    a, b, c = obj("circle", "red", "small", .2, .3), obj("square", "blue", "small", .7, .6), obj("star", "green", "small", .5, .8)
    detected = [obj("circle", "red", "small", .25, .3), obj("square", "blue", "small", .15, .6),
                obj("hexagon", "pink", "large", .8, .8)]
    # Matched: A, B (k = 2); recall = 2/3.
    # Ground truth over [A, B]: X = [[sgn(.2-.5), sgn(.2-.7)], [sgn(.7-.2), sgn(.7-.5)]] = [[-1, -1], [+1, +1]]
    #                           Y = [[sgn(.3-.5), sgn(.3-.6)], [sgn(.6-.3), sgn(.6-.5)]] = [[-1, -1], [+1, +1]]
    # Detected over [A, B]:     X = [[sgn(.25-.5), sgn(.25-.15)], [sgn(.15-.25), sgn(.15-.5)]] = [[-1, +1], [-1, -1]]
    #                           Y = [[-1, -1], [+1, +1]]
    # X agrees on 1 of 4 entries (A's diagonal), Y on 4 of 4: 5 / 8 = 0.625; times recall 2/3 = 0.41667.
    assert rsim(detected, [a, b, c]) == pytest.approx(0.625 * 2 / 3)
    assert rsim([a, b, c], [a, b, c]) == pytest.approx(1.0)


def test_state_match_ignores_order_not_position():
    a, b = obj("circle", "red", "small", .2, .3), obj("square", "blue", "small", .7, .6)
    assert state_match([b, a], [a, b])
    assert not state_match([a, b.moved(.7, .61)], [a, b])
    assert not state_match([a], [a, b])


def test_frechet_distance_of_a_shift_is_its_squared_length():
    rng = np.random.default_rng(0)
    real = rng.normal(size=(400, 5))
    shift = np.array([1.0, 2.0, 0.0, 0.0, 2.0])  # |shift|^2 = 9, covariances equal
    assert frechet_distance(real, real) == pytest.approx(0.0, abs=1e-6)
    assert frechet_distance(real, real + shift) == pytest.approx(9.0, abs=1e-6)
    with pytest.raises(ValueError, match="at least 2"):
        frechet_distance(real[:1], real)


def test_frechet_distance_of_a_scaled_gaussian():
    # Covariances S and 4S (the same points doubled, equal means 0 up to sampling): the trace term is
    # Tr(S + 4S - 2 * (4 S^2)^(1/2)) = Tr(S + 4S - 4S) = Tr(S), plus |mu|^2 from doubling the mean.
    rng = np.random.default_rng(1)
    x = rng.normal(size=(20000, 3))
    expected = np.trace(np.cov(x, rowvar=False)) + (x.mean(0) ** 2).sum()
    assert frechet_distance(x, 2 * x) == pytest.approx(expected, rel=1e-9)
    assert expected == pytest.approx(3.0, rel=0.05)  # Tr(I) for unit Gaussians


def test_diversity_is_mean_pairwise_distance():
    assert diversity(np.array([[0.0, 0.0], [3.0, 4.0]])) == pytest.approx(5.0)
    # Three points: distances 5, 5 (to (0, 0) and (6, 8)) and 10 -> mean 20 / 3.
    assert diversity(np.array([[0.0, 0.0], [3.0, 4.0], [6.0, 8.0]])) == pytest.approx(20 / 3)
    assert diversity(np.ones((4, 2))) == 0.0


@pytest.mark.parametrize("reply, expected, kind, ok", [
    ("There are 3 shapes.", "There are 3 objects.", "count", True),
    ("There are three shapes.", "There are 3 objects.", "count", True),
    ("There are 2 shapes.", "There are 3 objects.", "count", False),
    ("画面里有3个图形。", "有三个。", "count", True),
    ("It is blue.", "The star is blue.", "color", True),
    ("它是蓝色的。", "The star is blue.", "color", True),
    ("It is red.", "The star is blue.", "color", False),
    ("Yes, there is.", "Yes.", "exists", True),
    ("No, there isn't.", "Yes.", "exists", False),
    ("没有。", "没有红色的圆。", "exists", True),
    ("有。", "没有红色的圆。", "exists", False),
    ("是的，有一个。", "有。", "exists", True),
])
def test_reply_correct(reply, expected, kind, ok):
    assert reply_correct(reply, expected, kind) is ok


def test_prf_adds_up():
    assert PRF(1, 2, 3) + PRF(1, 0, 0) == PRF(2, 2, 3)
    assert math.isclose(PRF(2, 2, 3).f1, 4 / 9)


@pytest.mark.parametrize("reply, colours", [
    ("它是粉红色的。", {"pink"}), ("它是橘黄色的。", {"orange"}), ("它是蓝绿色的", {"cyan"}),
    ("It is royal blue.", {"blue"}), ("one is grey, one is red", {"gray", "red"}), ("It is tan.", {"brown"}),
    ("Done.", set()),
])
def test_reply_colors_read_synonyms_longest_first(reply, colours):
    from dialogan.eval.metrics import reply_colors
    assert reply_colors(reply) == colours


def test_rsim_treats_a_small_difference_as_a_tie():
    # Target: A (0.17, 0.17) and B (0.17, 0.83), one column. Detected: B at (0.18, 0.83).
    # Exact signs (GeNeVA, tie=0): X_gt[A, B] = sgn(0) = 0 but X_pred[A, B] = sgn(0.17 - 0.18) = -1, and
    # X[B, A] likewise: X agrees on 2 of 4, Y on 4 of 4 -> 6/8 = 0.75. Within the default tie of 0.05: 1.
    a, b = obj("circle", "red", "small", .17, .17), obj("star", "blue", "small", .17, .83)
    detected = [a, b.moved(.18, .83)]
    assert rsim(detected, [a, b], tie=0.0) == pytest.approx(0.75)
    assert rsim(detected, [a, b]) == pytest.approx(1.0)


def test_kid_worked_by_hand():
    # d = 2, k(x, y) = (x.y / 2 + 1)^3. Real: k(r1, r2) = (8/2 + 1)^3 = 125, k(r1, r3) = k(r2, r3) = 1,
    # so the real term is 2 (125 + 1 + 1) / (3 * 2) = 127/3; fake rows are all zero: every k is 1,
    # the fake term is 1 and the cross term 2 * 9 / 9 = 2. MMD^2 = 127/3 + 1 - 2 = 124/3.
    real = np.array([[2.0, 2.0], [2.0, 2.0], [0.0, 0.0]])
    fake = np.zeros((3, 2))
    value, stderr = kid(real, fake, subsets=5, subset_size=3)
    assert value == pytest.approx(124 / 3)
    assert stderr == pytest.approx(0.0)  # every subset is the whole set


def test_kid_is_near_zero_for_one_distribution_and_large_for_two():
    rng = np.random.default_rng(0)
    a, b = rng.normal(size=(400, 8)), rng.normal(size=(400, 8))
    same, same_se = kid(a, b, subsets=20, subset_size=200)
    apart, apart_se = kid(a, b + 1.0, subsets=20, subset_size=200)
    assert abs(same) < 0.1 and same_se > 0
    assert apart > 50 * abs(same) and apart > 20 * apart_se


def test_kid_refuses_mismatched_widths():
    with pytest.raises(ValueError, match="one width"):
        kid(np.zeros((3, 2)), np.zeros((3, 4)))


def test_seed_distance_is_the_mean_over_pairs_of_mean_absolute_pixel_difference():
    pictures = [np.full((2, 2, 3), v, np.uint8) for v in (0, 10, 40)]
    assert seed_distance(pictures) == pytest.approx((10 + 40 + 30) / 3)
    assert seed_distance(pictures[:1] * 3) == 0.0
    with pytest.raises(ValueError, match="at least 2"):
        seed_distance(pictures[:1])


def test_paired_kid_compares_different_scenes_so_same_distributions_come_near_zero():
    # Row i of each side shows scene i: own pairs are far closer than any other, which drags the
    # plain estimate below zero; the paired one takes each subset's sides from different rows.
    rng = np.random.default_rng(0)
    scenes = 2 * rng.normal(size=(300, 8))
    real, fake = scenes + 0.3 * rng.normal(size=scenes.shape), scenes + 0.3 * rng.normal(size=scenes.shape)
    plain, plain_se = kid(real, fake, subsets=50, subset_size=150)
    paired, paired_se = kid(real, fake, subsets=50, subset_size=150, paired=True)
    shifted, _ = kid(real, fake + 1.0, subsets=50, subset_size=150, paired=True)
    assert plain < -10 * plain_se
    assert abs(paired) < 3 * paired_se + 0.1 and shifted > 50 * abs(paired)
    with pytest.raises(ValueError, match="as many real rows"):
        kid(real, fake[:-1], paired=True)
