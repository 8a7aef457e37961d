"""A real ``dialogan serve`` process on a free port, over the tiny checkpoint, for the HTTP tests."""
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ENV = dict(os.environ, OMP_NUM_THREADS="1", PYTHONUNBUFFERED="1")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``dialogan serve`` as a child process; ``kill()`` is SIGKILL, as a crash would be."""

    def __init__(self, checkpoint: Path, db: Path, *extra: str):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = db.with_suffix(f".{self.port}.log")
        cmd = [sys.executable, "-m", "dialogan.cli", "serve", "--checkpoint", str(checkpoint), "--db", str(db),
               "--port", str(self.port), "--threads", "1", "--device", "cpu", *extra]
        self.proc = subprocess.Popen(cmd, stdout=self.log.open("w"), stderr=subprocess.STDOUT, env=ENV)
        deadline = time.time() + 90
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"dialogan serve exited with {self.proc.returncode}:\n{self.log.read_text()}")
            try:
                if httpx.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        self.kill()
        raise RuntimeError(f"dialogan serve did not answer within 90 s:\n{self.log.read_text()}")

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)


@pytest.fixture(scope="session")
def start_server():
    """``start_server(checkpoint, db, *args) -> Server``: a fresh process, for tests that kill one."""
    return Server


@pytest.fixture(scope="session")
def server(tiny_checkpoint, tmp_path_factory):
    """One server for the HTTP, OpenAI-client and browser tests (no API key)."""
    s = Server(tiny_checkpoint, tmp_path_factory.mktemp("serve") / "conversations.db")
    yield s
    s.kill()


@pytest.fixture()
def http(server):
    with httpx.Client(base_url=server.url, timeout=60) as client:
        yield client
