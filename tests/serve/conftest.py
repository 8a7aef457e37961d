"""A real ``dialogan serve`` process on a free port, over the tiny checkpoint, for the HTTP tests; and a
real PostgreSQL server from Debian's package in a temporary folder, for the database tests."""
import glob
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
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

    def __init__(self, checkpoint: Path, db: Path | str, *extra: str, log_dir: Path | None = None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = (log_dir / f"serve.{self.port}.log") if log_dir else Path(db).with_suffix(f".{self.port}.log")
        cmd = [sys.executable, "-m", "dialogan.cli", "serve", "--checkpoint", str(checkpoint), "--db", str(db),
               "--port", str(self.port), "--threads", "1", "--device", "cpu", *extra]
        # Its own process group, so that kill() stops the worker processes of `--workers N` too.
        self.proc = subprocess.Popen(cmd, stdout=self.log.open("w"), stderr=subprocess.STDOUT, env=ENV,
                                     start_new_session=True)
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
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:  # the group is gone already
            pass
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


# The web page in Debian's Chromium, driven by Playwright (the browser tests are slow and skip without either).
CHROMIUM = "/usr/bin/chromium"
# No downloads, no GPU, no sandbox (tests run as root in CI), nothing phoning home.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip(f"{CHROMIUM} missing (make test installs it: apt-get install chromium)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def open_page(browser):
    """``open_page(url, width=1280, height=800, lang="en") -> Page``, ready once the page has started."""
    contexts = []

    def open_(url: str, width: int = 1280, height: int = 800, lang: str = "en"):
        # bypass_csp only lets Playwright evaluate its own checks; the page's policy is tested in test_safety.
        context = browser.new_context(bypass_csp=True, locale="en-US", viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        page.add_init_script("if (!localStorage.getItem('dialogan.lang')) "
                             f"localStorage.setItem('dialogan.lang', '{lang}')")
        page.goto(url)
        page.wait_for_selector("body[data-ready]")
        return page
    yield open_
    for context in contexts:
        context.close()


@pytest.fixture()
def page(open_page, server):
    return open_page(server.url + "/")


REPLIES = "#log li.bot:not(.pending)"


@pytest.fixture()
def say():
    """``say(page, text)``: type a message, send it and wait for its reply."""
    def say_(page, text: str) -> None:
        n = page.locator(REPLIES).count()
        page.fill("#message", text)
        page.click("#send")
        page.wait_for_function(f"document.querySelectorAll('{REPLIES}').length > {n}", timeout=60000)
    return say_


def postgres_bin() -> Path | None:
    """The folder of PostgreSQL's server programs (initdb, pg_ctl), or None when not installed."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(versions[-1]).parent if versions else None


class Postgres:
    """A PostgreSQL server of our own: a temporary data folder, a free port on loopback, trust login for
    one user. As root it runs as the ``postgres`` user (PostgreSQL refuses to run as root)."""

    def __init__(self, bin_dir: Path):
        self.bin, self.port = bin_dir, free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="dialogan-pg-"))
        self.data = self.dir / "data"
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_user:
            shutil.chown(self.dir, "postgres")
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "dialogan", "--auth=trust",
                  "--encoding=UTF8", "--no-sync")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.dir / "log"), "-w", "start",
                  "-o", f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off")

    def _run(self, *cmd: str) -> None:
        done = subprocess.run([*self.as_user, *cmd], capture_output=True, text=True, cwd=self.dir)
        if done.returncode:
            raise RuntimeError(f"{Path(cmd[0]).name} failed:\n{done.stdout}{done.stderr}")

    def new_database(self) -> str:
        """The URL of a fresh, empty database on this server."""
        import psycopg
        name = "t_" + secrets.token_hex(6)
        with psycopg.connect(self.url("postgres"), autocommit=True) as db:
            db.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def url(self, database: str) -> str:
        return f"postgresql://dialogan@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres():
    """One PostgreSQL server for the session's database tests; skipped only where PostgreSQL or psycopg is
    not installed (`make test` installs both)."""
    bin_dir = postgres_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL's server programs (initdb, pg_ctl) are not installed: apt-get install postgresql")
    pytest.importorskip("psycopg", reason="psycopg is not installed: pip install 'dialogan[postgres]'")
    server = Postgres(bin_dir)
    yield server
    server.stop()
