"""Where conversations live between requests and across restarts: one SQLite file in WAL mode by
default, or a PostgreSQL database (``store_postgres``) that several server processes share.
``serve.stores.open_store(db)`` picks the backend from ``db``; both keep the promises below.

A row per conversation holds its id, when it was made and last changed, the ``Chat.state()``
JSON, the number of turns and the title its owner gave it ('' until renamed). Each change is one
committed transaction before the HTTP answer goes out, so a SIGKILL at any moment leaves every
answered turn on disk. Pictures are not stored: they are redrawn from (scene, seed), which give
the same pixels every time.

A second table keeps the states reached by OpenAI-style requests, keyed by a hash of the
messages that led there, so a client that sends the whole thread each time continues from
the saved state instead of replaying every turn.

Nothing is kept for ever: a conversation untouched for ``keep_days`` and a thread state saved
``keep_days`` ago are deleted when the store opens and whenever ``expire`` runs (the server runs it
hourly), and are not read back in between.
"""
from __future__ import annotations

import json
import secrets
import sqlite3
import threading
import time
from pathlib import Path

ID_BYTES = 24  # 192 bits: far beyond guessing, and 32 URL-safe characters
KEEP_DAYS = 30.0  # the default of `dialogan serve --keep-days`

_SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY,
    created REAL NOT NULL,
    updated REAL NOT NULL,
    state TEXT NOT NULL,
    turns INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS thread_states (
    key TEXT PRIMARY KEY,
    created REAL NOT NULL,
    state TEXT NOT NULL
);
"""


class Conflict(RuntimeError):
    """The conversation took another turn since it was read: saving would overwrite that turn."""



def cutoff(keep_days: float, now: float | None = None) -> float:
    """The oldest last-change time a store keeps with ``keep_days`` (as of ``now``, default: this moment);
    ``keep_days`` 0 keeps everything."""
    if not keep_days:
        return float("-inf")
    return (time.time() if now is None else now) - keep_days * 86400


def without_password(db: str | Path) -> str:
    """``db`` as it may be printed: a database URL's password left out."""
    head, at, tail = str(db).rpartition("@")
    if not at or "://" not in head:
        return str(db)
    scheme, _, user = head.partition("://")
    return f"{scheme}://{user.split(':')[0]}@{tail}"


def new_id() -> str:
    """An unguessable conversation id (``secrets``, 192 bits)."""
    return secrets.token_urlsafe(ID_BYTES)


class ConversationStore:
    """A thread-safe SQLite store of conversation states; ``path=":memory:"`` for throwaway use.

    ``keep_days``: how long a conversation is kept after its last change, and a thread state after it
    was saved (0: for ever).
    """

    def __init__(self, path: str | Path, keep_days: float = KEEP_DAYS):
        if not keep_days >= 0:
            raise ValueError(f"keep_days must be 0 (keep for ever) or more, got {keep_days}")
        self.path, self.keep_days = str(path), float(keep_days)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        # One connection shared by the server's worker threads, guarded by a lock: writes are tiny
        # and SQLite serialises writers anyway.
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            # FULL: a committed turn survives even a power cut, not only a killed process.
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(_SCHEMA)
            columns = {row[1] for row in self._db.execute("PRAGMA table_info(conversations)")}
            if "title" not in columns:  # a database made before conversations could be renamed
                self._db.execute("ALTER TABLE conversations ADD COLUMN title TEXT NOT NULL DEFAULT ''")
        self.expire()

    @property
    def journal_mode(self) -> str:
        with self._lock:
            return self._db.execute("PRAGMA journal_mode").fetchone()[0]

    def create(self, state: dict) -> str:
        """Save a new conversation and return its id."""
        now = time.time()
        cid = new_id()
        with self._lock:
            self._db.execute("INSERT INTO conversations (id, created, updated, state, turns) VALUES (?, ?, ?, ?, ?)",
                             (cid, now, now, dump_state(state), len(state.get("history", []))))
        return cid

    def get(self, cid: str) -> dict | None:
        """The saved state of conversation ``cid``, or None when there is none."""
        with self._lock:
            row = self._db.execute("SELECT state FROM conversations WHERE id = ? AND updated >= ?",
                                   (cid, self._cutoff())).fetchone()
        return json.loads(row[0]) if row else None

    def created(self, cid: str) -> float | None:
        with self._lock:
            row = self._db.execute("SELECT created FROM conversations WHERE id = ?", (cid,)).fetchone()
        return row[0] if row else None

    def save(self, cid: str, state: dict, after_turns: int | None = None) -> None:
        """Replace the state of an existing conversation (one committed transaction). With ``after_turns``,
        only if the saved one still has that many turns (else ``Conflict``: another turn came first)."""
        args = (dump_state(state), len(state.get("history", [])), time.time(), cid)
        with self._lock:
            if after_turns is None:
                cur = self._db.execute("UPDATE conversations SET state = ?, turns = ?, updated = ? WHERE id = ?", args)
            else:
                cur = self._db.execute("UPDATE conversations SET state = ?, turns = ?, updated = ? "
                                       "WHERE id = ? AND turns = ?", args + (after_turns,))
            missing = cur.rowcount != 1 and self._db.execute(
                "SELECT 1 FROM conversations WHERE id = ?", (cid,)).fetchone() is None
        if missing:
            raise KeyError(f"no conversation {cid!r}")
        if cur.rowcount != 1:
            raise Conflict(f"conversation {cid!r} no longer has {after_turns} turns")

    def summaries(self, cids: list[str]) -> list[dict]:
        """For each of ``cids`` that exists, in the order given: id, title, created, updated, turns and the
        text of the first turn ('' when none). Unknown ids are left out."""
        found = {}
        with self._lock:
            for cid in dict.fromkeys(cids):
                row = self._db.execute("SELECT id, title, created, updated, turns, state FROM conversations "
                                       "WHERE id = ? AND updated >= ?", (cid, self._cutoff())).fetchone()
                if row:
                    found[cid] = row
        out = []
        for cid, title, created, updated, turns, state in found.values():
            history = json.loads(state).get("history") or []
            out.append({"id": cid, "title": title, "created": created, "updated": updated, "turns": turns,
                        "first_text": history[0].get("text", "") if history else ""})
        return out

    def title(self, cid: str) -> str:
        """The title of conversation ``cid`` ('' when it has none, or there is no such conversation)."""
        with self._lock:
            row = self._db.execute("SELECT title FROM conversations WHERE id = ?", (cid,)).fetchone()
        return row[0] if row else ""

    def rename(self, cid: str, title: str) -> None:
        """Give conversation ``cid`` a title (its last change time stays as it was)."""
        with self._lock:
            cur = self._db.execute("UPDATE conversations SET title = ? WHERE id = ?", (title, cid))
        if cur.rowcount != 1:
            raise KeyError(f"no conversation {cid!r}")

    def delete(self, cid: str) -> bool:
        """Delete conversation ``cid``; whether there was one."""
        with self._lock:
            return self._db.execute("DELETE FROM conversations WHERE id = ?", (cid,)).rowcount == 1

    def count(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM conversations").fetchone()[0]

    # OpenAI-style threads: state reached after a given list of messages.
    def put_thread(self, key: str, state: dict) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO thread_states (key, created, state) VALUES (?, ?, ?)",
                             (key, time.time(), dump_state(state)))

    def get_thread(self, key: str) -> dict | None:
        with self._lock:
            row = self._db.execute("SELECT state FROM thread_states WHERE key = ? AND created >= ?",
                                   (key, self._cutoff())).fetchone()
        return json.loads(row[0]) if row else None

    # Retention.
    def expire(self, now: float | None = None) -> tuple[int, int]:
        """Delete conversations and thread states older than ``keep_days`` (as of ``now``, default: this
        moment); returns how many of each were deleted."""
        cutoff = self._cutoff(now)
        with self._lock:
            conversations = self._db.execute("DELETE FROM conversations WHERE updated < ?", (cutoff,)).rowcount
            threads = self._db.execute("DELETE FROM thread_states WHERE created < ?", (cutoff,)).rowcount
        return conversations, threads

    def _cutoff(self, now: float | None = None) -> float:
        return cutoff(self.keep_days, now)

    def close(self) -> None:
        with self._lock:
            self._db.close()


def dump_state(state: dict) -> str:
    # ensure_ascii keeps any odd code point (a lone surrogate from JSON, say) storable as text.
    return json.dumps(state, ensure_ascii=True, separators=(",", ":"))
