"""A dataset folder as a training source: each turn keeps its own picture; ranks share epochs."""
import numpy as np

from dialogan.data.examples import FolderSource


def _colour(picture: np.ndarray) -> tuple[int, int, int]:
    return tuple(int(round(v * 255)) for v in picture.reshape(-1, 3).mean(0))


def test_turns_that_share_a_caption_each_keep_their_own_picture(caption_dataset):
    source = FolderSource(caption_dataset, seed=0, image_size=32)
    assert len(source) == 12 and len({ctx.text for ctx, _ in source.items}) == 2
    colours = [_colour(source.picture(i)) for i in range(len(source))]
    assert len(set(colours)) == 12  # every picture reachable, none shadowed by a turn of the same text
    for (ctx, _), rgb in zip(source.items, colours):
        assert (rgb[0] > 90) == ("red" in ctx.text) and (rgb[2] > 90) == ("blue" in ctx.text)


def test_an_epoch_deals_every_turn_once_across_the_ranks(caption_dataset):
    source = FolderSource(caption_dataset, seed=3, image_size=32)
    # 12 turns, 2 ranks, 3 a step: steps 0 and 1 of each rank are one epoch
    shares = [source.indices(0, 3, rank, 2) + source.indices(1, 3, rank, 2) for rank in (0, 1)]
    assert sorted(shares[0] + shares[1]) == list(range(12))
    assert source.indices(2, 3, 0, 2) + source.indices(3, 3, 0, 2) != shares[0]  # a new epoch, a new order
    assert FolderSource(caption_dataset, seed=3, image_size=32).indices(5, 3, 1, 2) == source.indices(5, 3, 1, 2)


def test_held_out_pictures_take_all_their_turns_out_of_training(caption_dataset):
    source = FolderSource(caption_dataset, seed=0, image_size=32)
    source.hold_out(2)
    held = {source.items[i][1] for i in source.held_out}
    assert len(held) == 2 and len(source.train_indices) == 10
    trained = {source.items[i][1] for step in range(8) for i in source.indices(step, 4)}
    assert trained.isdisjoint(held) and len(trained) == 10
