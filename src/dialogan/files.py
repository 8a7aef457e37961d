"""Atomic writes: a file or a folder appears whole under its name, or not at all.

Everything is written next to its destination first (same folder, so the same file system),
flushed to disk, and renamed into place; a crash leaves the old version, never half of a new one.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator


def atomic_write(path: str | os.PathLike, data: bytes | str | Callable[[Path], None], encoding: str = "utf-8") -> Path:
    """Replace ``path`` by ``data`` (bytes, text in ``encoding``, or a function that writes the
    file it is given) in one step: readers see the old file or the new one, never a mix."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(name)
    try:
        with open(fd, "wb") as f:
            if not callable(data):
                f.write(data.encode(encoding) if isinstance(data, str) else data)
        if callable(data):
            data(tmp)
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes it private; what we write is meant to be read
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


@contextmanager
def atomic_folder(out: str | os.PathLike, fsync: bool = True) -> Iterator[Path]:
    """Write a folder atomically: the ``with`` block writes the files into the fresh folder it is
    given, next to ``out``; on a clean exit that folder takes ``out``'s place (the old one is kept as
    ``OUT.old`` meanwhile, so an interrupted swap leaves a whole folder under one of the two names),
    on an exception it is removed and ``out`` is left as it was. ``fsync=False`` skips flushing each
    file (a dataset of thousands of pictures that can be made again)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        yield tmp
        os.chmod(tmp, 0o755)  # mkdtemp makes it private; what we write is meant to be shared
        for f in tmp.rglob("*"):
            os.chmod(f, 0o755 if f.is_dir() else 0o644)
            if fsync and f.is_file():
                with open(f, "rb") as fh:
                    os.fsync(fh.fileno())
        old = out.with_name(out.name + ".old")
        if out.exists():
            shutil.rmtree(old, ignore_errors=True)
            os.replace(out, old)
        os.replace(tmp, out)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
