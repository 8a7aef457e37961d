"""The shipped detector reads renders back; any picture mode is accepted; non-images are refused."""
import numpy as np
import pytest
from PIL import Image

from dialogan.errors import DialoganError
from dialogan.eval import Detector, object_prf, to_input
from dialogan.eval.detector import DEFAULT_DIR, DetectorTrainConfig, train_detector
from dialogan.world import Scene, random_scene, render_scene


@pytest.fixture(scope="module")
def detector():
    return Detector.load()


def test_shipped_detector_reads_renders(detector):
    rng = np.random.default_rng(424242)
    scenes = [random_scene(rng, 1, 8, free=bool(i % 2)) for i in range(12)]
    found = detector.detect_batch([render_scene(s, 64, seed=i) for i, s in enumerate(scenes)])
    for scene, dets in zip(scenes, found):
        assert object_prf(dets, scene).f1 == 1.0, (scene.text(), [d.text() for d in dets])


def test_detect_reports_positions(detector):
    scene = Scene.parse("large red circle 17 17 ; small blue star 83 50")
    dets = sorted(detector.detect(render_scene(scene, 64, seed=3)), key=lambda o: o.x)
    assert [d.name for d in dets] == ["large red circle", "small blue star"]
    for d, o in zip(dets, scene):
        assert abs(d.x - o.x) < 0.03 and abs(d.y - o.y) < 0.03


def test_empty_canvas_has_nothing(detector):
    assert detector.detect(render_scene(Scene(()), 64, seed=5)) == []


def test_other_sizes_and_modes(detector):
    scene = Scene.parse("large green square 50 50 ; small orange triangle 17 83")
    want = sorted(o.name for o in scene)
    big = render_scene(scene, 256, seed=1)
    rgba = render_scene(scene, 128, seed=2).convert("RGBA")
    palette = render_scene(scene, 64, seed=3).convert("P", palette=Image.ADAPTIVE, colors=256)
    odd = render_scene(scene, 128, seed=4).resize((97, 97), Image.BICUBIC)
    for img in (big, rgba, palette, odd):
        assert sorted(o.name for o in detector.detect(img)) == want, img.mode


def test_grayscale_becomes_three_channels():
    gray = render_scene(Scene.parse("large gray circle 50 50"), 64).convert("L")
    x = to_input(gray)
    assert x.shape == (64, 64, 3) and x.dtype == np.float32
    assert np.allclose(x[..., 0], x[..., 2])


def test_transparent_pixels_become_white():
    clear = Image.new("RGBA", (40, 40), (255, 0, 0, 0))
    assert np.allclose(to_input(clear), 1.0)


def test_paths_and_bytes(detector, tmp_path):
    scene = Scene.parse("small cyan diamond 50 50")
    path = tmp_path / "pic.png"
    render_scene(scene, 64, seed=0).save(path)
    assert [o.name for o in detector.detect(str(path))] == ["small cyan diamond"]
    assert [o.name for o in detector.detect(path.read_bytes())] == ["small cyan diamond"]


def test_not_an_image_names_the_file(detector, tmp_path):
    bad = tmp_path / "notes.png"
    bad.write_text("this is not a picture")
    with pytest.raises(ValueError, match="notes.png: not a readable image"):
        detector.detect(str(bad))
    with pytest.raises(ValueError, match="<bytes>: not a readable image"):
        detector.detect(b"\x00\x01garbage")
    with pytest.raises(DialoganError, match="missing.png: no such image file"):
        detector.detect(str(tmp_path / "missing.png"))


def test_features_shape(detector):
    imgs = [render_scene(Scene(()), 64, seed=s) for s in range(3)]
    f = detector.features(imgs)
    assert f.shape == (3, 2 * detector.cfg.widths[-1]) and np.isfinite(f).all()


def test_a_few_training_steps_save_a_loadable_detector(tmp_path):
    cfg = DetectorTrainConfig(steps=3, batch=4, seed=7)
    train_detector(cfg, tmp_path, log=lambda s: None, val_n=4)
    again = Detector.load(tmp_path)
    assert isinstance(again.detect(render_scene(Scene(()), 32, seed=0)), list)
    with pytest.raises(DialoganError, match="config.json"):
        Detector.load(tmp_path / "nowhere")


def test_training_refuses_the_shipped_detector_folder_before_any_step():
    with pytest.raises(ValueError, match="refusing to write into the package's shipped assets"):
        train_detector(DetectorTrainConfig(steps=1, batch=2), DEFAULT_DIR, log=lambda s: None, val_n=2)
