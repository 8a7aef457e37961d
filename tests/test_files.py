"""Atomic writes: the new content whole, or the old one untouched."""
import pytest

from dialogan.files import atomic_folder, atomic_write


def test_a_file_is_replaced_whole_and_no_temporary_is_left(tmp_path):
    path = tmp_path / "sub" / "a.json"
    atomic_write(path, "old")
    atomic_write(path, b"new")
    assert path.read_text() == "new" and sorted(p.name for p in path.parent.iterdir()) == ["a.json"]
    atomic_write(path, lambda tmp: tmp.write_text("written by a function"))
    assert path.read_text() == "written by a function"


def test_a_failed_write_leaves_the_old_file(tmp_path):
    path = tmp_path / "a.txt"
    atomic_write(path, "old")

    def fails(tmp):
        tmp.write_text("half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        atomic_write(path, fails)
    assert path.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_a_folder_takes_the_old_ones_place_only_when_whole(tmp_path):
    out = tmp_path / "ckpt"
    with atomic_folder(out) as tmp:
        (tmp / "sub").mkdir()
        (tmp / "sub" / "w.bin").write_bytes(b"1")
    with pytest.raises(RuntimeError):
        with atomic_folder(out) as tmp:
            (tmp / "w.bin").write_bytes(b"2")
            raise RuntimeError("killed")
    assert (out / "sub" / "w.bin").read_bytes() == b"1" and [p.name for p in tmp_path.iterdir()] == ["ckpt"]
