import hashlib
import json
import os
import subprocess
import sys

from pycocotools.coco import COCO

from dialogan.cli import main
from dialogan.data import read_dialogues


def _tree_hash(root) -> str:
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file():
            h.update(str(p.relative_to(root)).encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def _make(out, seed=5, split="train"):
    return main(["data", "make", "--out", str(out), "--dialogues", "12", "--seed", str(seed), "--size", "32",
                 "--split", split, "--quiet"])


def test_make_twice_gives_byte_identical_datasets(tmp_path):
    assert _make(tmp_path / "a") == 0 and _make(tmp_path / "b") == 0
    assert _tree_hash(tmp_path / "a") == _tree_hash(tmp_path / "b")
    assert _make(tmp_path / "a") == 0  # remaking over an existing dataset replaces it, same bytes
    assert _tree_hash(tmp_path / "a") == _tree_hash(tmp_path / "b")
    assert _make(tmp_path / "c", seed=6) == 0 and _tree_hash(tmp_path / "c") != _tree_hash(tmp_path / "a")


def test_made_dataset_reads_back_and_loads_in_pycocotools(tmp_path):
    assert _make(tmp_path / "d", split="unseen") == 0
    records = read_dialogues(tmp_path / "d")
    assert len(records) == 12 and all(t.scene() is not None for d in records for t in d.turns)
    coco = COCO(str(tmp_path / "d" / "captions.json"))
    assert len(coco.imgs) == sum(len(d.turns) for d in records) == len(coco.anns)
    assert coco.dataset["info"]["split"] == "unseen"


def test_make_will_not_overwrite_other_files(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("keep me")
    assert _make(tmp_path) == 2
    assert "not a dialogan dataset" in capsys.readouterr().err
    assert (tmp_path / "notes.txt").read_text() == "keep me"


def test_show_prints_statistics_and_writes_the_sheet(shapes_dir, capsys):
    assert main(["data", "show", str(shapes_dir)]) == 0
    out = capsys.readouterr().out
    assert "dialogues: 2" in out and "objects per scene" in out
    assert (shapes_dir / "contact_sheet.png").is_file()


def test_export_coco_and_folder(shapes_dir, image_folder, tmp_path):
    assert main(["data", "export-coco", "--coco", str(shapes_dir / "captions.json"), "--images",
                 str(shapes_dir / "images"), "--out", str(tmp_path / "c"), "--size", "16", "--quiet"]) == 0
    assert len(read_dialogues(tmp_path / "c")) == 5
    assert main(["data", "export-coco", "--folder", str(image_folder), "--out", str(tmp_path / "f"),
                 "--skip-bad", "--quiet"]) == 0
    assert len(read_dialogues(tmp_path / "f")) == 4


def test_export_errors_name_the_file_or_argument(shapes_dir, image_folder, tmp_path, capsys):
    not_coco = tmp_path / "instances.json"
    not_coco.write_text(json.dumps({"images": [], "categories": []}))
    assert main(["data", "export-coco", "--coco", str(not_coco), "--images", str(shapes_dir),
                 "--out", str(tmp_path / "x")]) == 2
    assert "instances.json: not a COCO captions file: field 'annotations' is missing" in capsys.readouterr().err
    assert main(["data", "export-coco", "--folder", str(image_folder), "--out", str(tmp_path / "y"),
                 "--quiet"]) == 2
    assert "broken.jpg: cannot read image" in capsys.readouterr().err
    assert not (tmp_path / "y").exists()  # nothing half-written
    assert main(["data", "export-coco", "--coco", str(not_coco), "--out", str(tmp_path / "z")]) == 2
    assert "--coco needs --images" in capsys.readouterr().err


def test_same_bytes_across_processes_with_different_hash_seeds(tmp_path):
    # Set iteration order changes with PYTHONHASHSEED; a fresh process per run catches that.
    code = ("import sys; from dialogan.data import write_shapes_dataset; "
            "write_shapes_dataset(sys.argv[1], 6, seed=2, size=32, progress=False)")
    for name, hash_seed in (("a", "1"), ("b", "2")):
        env = dict(os.environ, PYTHONHASHSEED=hash_seed)
        subprocess.run([sys.executable, "-c", code, str(tmp_path / name)], check=True, env=env)
    assert _tree_hash(tmp_path / "a") == _tree_hash(tmp_path / "b")
