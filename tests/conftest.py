"""Shared fixtures: one tiny checkpoint, trained once per test session (seconds)."""
import pytest


@pytest.fixture(scope="session")
def tiny_checkpoint(tmp_path_factory):
    from dialogan.train import train

    out = tmp_path_factory.mktemp("tiny") / "model"
    train("tiny", out, overrides={"seed": 3})
    return out


@pytest.fixture(scope="session")
def grown_checkpoint(tmp_path_factory):
    """A tiny model drawing 128 px pictures, made as the shipped one is: trained at 64 px, then
    grown with ``train --image-size 128 --init-from`` (two steps). Seconds."""
    from dialogan.train import train

    root = tmp_path_factory.mktemp("grown")
    small = train("tiny", root / "model64", overrides={"seed": 3, "image_size": 64})
    return train("tiny", root / "model128", overrides={"seed": 3, "image_size": 128, "steps": 2},
                 init_from=str(small))


CAPTION_CLASSES = {"red_ball": 0, "blue_cube": 2}  # class folder -> the colour channel its pictures fill


@pytest.fixture
def caption_dataset(tmp_path):
    """A caption dataset as `dialogan data export-coco --folder` writes it: 2 class folders of 6
    pictures each, every picture one flat colour of its own (class red: channel 0, class blue:
    channel 2, at 6 different levels), so the 6 turns of a class share one caption text
    ("a photo of a red ball") and differ only in their pictures."""
    from PIL import Image

    from dialogan.data import ImageFolderCaptions

    folder = tmp_path / "pictures"
    for name, channel in CAPTION_CLASSES.items():
        (folder / name).mkdir(parents=True)
        for k in range(6):
            rgb = [20, 20, 20]
            rgb[channel] = 100 + 30 * k
            Image.new("RGB", (40, 40), tuple(rgb)).save(folder / name / f"{k}.png")
    out = tmp_path / "dataset"
    ImageFolderCaptions(folder, size=32).export(out, progress=False)
    return out


@pytest.fixture(scope="session")
def dialogue_prompts():
    """``dialogue_prompts(tok, n=12)``: the prompts of every turn of ``n`` held-out dialogues, as the chat builds them."""
    from dialogan.world import generate_dialogues

    def prompts(tok, n=12):
        out = []
        for d in generate_dialogues(n, seed=8, split="test"):
            prev, history = "empty", []
            for t in d.turns:
                out.append(tok.encode_prompt(prev, history[-2:], t.text))
                prev = t.scene.text()
                history.append((t.text, t.reply))
        return out
    return prompts
