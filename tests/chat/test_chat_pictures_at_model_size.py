"""A model grown to 128 px draws 128 px everywhere a picture leaves the chat: each turn, a variation, a
redraw with another seed, the PNGs ``dialogan chat`` saves, and the storyboard of ``dialogan eval run``."""
import io

import numpy as np
import pytest
from PIL import Image

from dialogan.chat import Chat
from dialogan.cli import main


@pytest.fixture(scope="module")
def chat(grown_checkpoint):
    import torch
    torch.set_num_threads(1)
    return Chat.load(grown_checkpoint)


def test_every_picture_of_a_conversation_is_the_models_size(chat):
    chat.reset()
    turns = [chat.send("draw a red circle in the top left"), chat.variation(), chat.send("add a small blue star")]
    assert chat.model.cfg.image_size == 128
    assert [t.image.size for t in turns] == [(128, 128)] * 3
    assert chat.image(seed=12345).size == (128, 128)


def test_the_terminal_chat_saves_128_px_pngs(grown_checkpoint, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("draw a green square\n/variation\n/quit\n"))
    assert main(["chat", "--checkpoint", str(grown_checkpoint), "--images", str(tmp_path), "--threads", "1"]) == 0
    saved = sorted(tmp_path.glob("turn_*.png"))
    assert [Image.open(p).size for p in saved] == [(128, 128), (128, 128)]


def test_the_evaluation_storyboard_shows_the_models_pictures_pixel_for_pixel(chat, tmp_path):
    from dialogan.eval import write_report
    from dialogan.eval.detector import Detector
    from dialogan.eval.evaluate import evaluate
    from dialogan.world import generate_dialogues

    dialogues = generate_dialogues(1, seed=4, split="test")
    result = evaluate(chat, dialogues, Detector.load(None), n_images_for_fd=4, n_variations=2, n_diversity_turns=1,
                      keep_images=1)
    assert result["seed_diversity"]["size"] == 128  # the renderer is compared at the model's size
    first = np.asarray(result["storyboard"][0]["turns"][0]["image"].convert("RGB"))
    _, png = write_report(result, tmp_path)
    board = np.asarray(Image.open(png).convert("RGB"))
    top, left = 8 + 15 + 5 + 2 * 8, 8  # padding, the title row (font 15), padding
    assert first.shape == (128, 128, 3) and np.array_equal(board[top:top + 128, left:left + 128], first)
