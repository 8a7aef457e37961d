"""The conversation store on PostgreSQL, for several ``dialogan serve`` processes on one database.

The same tables, the same promises and the same methods as the SQLite ``ConversationStore``:
every change is one committed transaction before the answer goes out (PostgreSQL's own
durability), a save with ``after_turns`` refuses to overwrite a turn another process saved
meanwhile (``Conflict``), and nothing past ``keep_days`` is read back. Needs ``psycopg`` 3
(``pip install 'dialogan[postgres]'``).
"""
from __future__ import annotations

import json
import threading
import time

from .store import KEEP_DAYS, Conflict, cutoff, dump_state, new_id, without_password

_SCHEMA = [
    """CREATE TABLE IF NOT EXISTS conversations (
        id TEXT PRIMARY KEY,
        created DOUBLE PRECISION NOT NULL,
        updated DOUBLE PRECISION NOT NULL,
        state TEXT NOT NULL,
        turns INTEGER NOT NULL,
        title TEXT NOT NULL DEFAULT '')""",
    # a database made before conversations had titles gains the column
    "ALTER TABLE conversations ADD COLUMN IF NOT EXISTS title TEXT NOT NULL DEFAULT ''",
    """CREATE TABLE IF NOT EXISTS thread_states (
        key TEXT PRIMARY KEY,
        created DOUBLE PRECISION NOT NULL,
        state TEXT NOT NULL)""",
]
_SCHEMA_LOCK = 0x6469616C  # an advisory lock: processes starting together create the tables one at a time


class PostgresStore:
    """A thread-safe store of conversation states in the PostgreSQL database at ``url``
    (``postgresql://user@host:port/dbname``)."""

    def __init__(self, url: str, keep_days: float = KEEP_DAYS):
        try:
            import psycopg
        except ImportError:
            raise ImportError("--db postgresql://... needs psycopg 3: pip install 'dialogan[postgres]'") from None
        if not keep_days >= 0:
            raise ValueError(f"keep_days must be 0 (keep for ever) or more, got {keep_days}")
        self.path, self.keep_days = url, float(keep_days)
        self._psycopg = psycopg
        # One autocommit connection shared by the worker threads, guarded by a lock: each statement is
        # its own committed transaction, and the statements are tiny.
        self._lock = threading.Lock()
        self._db = self._connect()
        with self._lock:
            self._db.execute("SELECT pg_advisory_lock(%s)", (_SCHEMA_LOCK,))
            try:
                for statement in _SCHEMA:
                    self._db.execute(statement)
            finally:
                self._db.execute("SELECT pg_advisory_unlock(%s)", (_SCHEMA_LOCK,))
        self.expire()

    def _connect(self):
        try:
            return self._psycopg.connect(self.path, autocommit=True)
        except self._psycopg.OperationalError as e:
            first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
            raise ConnectionError(f"cannot open the PostgreSQL database {without_password(self.path)}: {first}") from None

    def _run(self, sql: str, args: tuple = ()):
        """Run one statement; a connection the server dropped (a restart) is opened again once."""
        with self._lock:
            try:
                return self._db.execute(sql, args)
            except self._psycopg.OperationalError:
                if not self._db.closed:
                    raise
                self._db = self._connect()
                return self._db.execute(sql, args)

    def create(self, state: dict) -> str:
        """Save a new conversation and return its id."""
        now, cid = time.time(), new_id()
        self._run("INSERT INTO conversations (id, created, updated, state, turns) VALUES (%s, %s, %s, %s, %s)",
                  (cid, now, now, dump_state(state), len(state.get("history", []))))
        return cid

    def get(self, cid: str) -> dict | None:
        """The saved state of conversation ``cid``, or None when there is none."""
        row = self._run("SELECT state FROM conversations WHERE id = %s AND updated >= %s",
                        (cid, self._cutoff())).fetchone()
        return json.loads(row[0]) if row else None

    def created(self, cid: str) -> float | None:
        row = self._run("SELECT created FROM conversations WHERE id = %s", (cid,)).fetchone()
        return row[0] if row else None

    def save(self, cid: str, state: dict, after_turns: int | None = None) -> None:
        """Replace the state of an existing conversation; with ``after_turns``, only if the saved one still
        has that many turns (else ``Conflict``)."""
        args = (dump_state(state), len(state.get("history", [])), time.time(), cid)
        if after_turns is None:
            cur = self._run("UPDATE conversations SET state = %s, turns = %s, updated = %s WHERE id = %s", args)
        else:
            cur = self._run("UPDATE conversations SET state = %s, turns = %s, updated = %s "
                            "WHERE id = %s AND turns = %s", args + (after_turns,))
        if cur.rowcount == 1:
            return
        if self._run("SELECT 1 FROM conversations WHERE id = %s", (cid,)).fetchone() is None:
            raise KeyError(f"no conversation {cid!r}")
        raise Conflict(f"conversation {cid!r} no longer has {after_turns} turns")

    def summaries(self, cids: list[str]) -> list[dict]:
        """For each of ``cids`` that exists, in the order given: id, title, created, updated, turns and the
        text of the first turn ('' when none). Unknown ids are left out."""
        wanted = list(dict.fromkeys(cids))
        rows = self._run("SELECT id, title, created, updated, turns, state FROM conversations "
                         "WHERE id = ANY(%s) AND updated >= %s", (wanted, self._cutoff())).fetchall()
        found = {row[0]: row for row in rows}
        out = []
        for cid in wanted:
            if cid not in found:
                continue
            _, title, created, updated, turns, state = found[cid]
            history = json.loads(state).get("history") or []
            out.append({"id": cid, "title": title, "created": created, "updated": updated, "turns": turns,
                        "first_text": history[0].get("text", "") if history else ""})
        return out

    def title(self, cid: str) -> str:
        """The title of conversation ``cid`` ('' when it has none, or there is no such conversation)."""
        row = self._run("SELECT title FROM conversations WHERE id = %s", (cid,)).fetchone()
        return row[0] if row else ""

    def rename(self, cid: str, title: str) -> None:
        """Give conversation ``cid`` a title (its last change time stays as it was)."""
        if self._run("UPDATE conversations SET title = %s WHERE id = %s", (title, cid)).rowcount != 1:
            raise KeyError(f"no conversation {cid!r}")

    def delete(self, cid: str) -> bool:
        """Delete conversation ``cid``; whether there was one."""
        return self._run("DELETE FROM conversations WHERE id = %s", (cid,)).rowcount == 1

    def count(self) -> int:
        return self._run("SELECT COUNT(*) FROM conversations").fetchone()[0]

    def put_thread(self, key: str, state: dict) -> None:
        self._run("INSERT INTO thread_states (key, created, state) VALUES (%s, %s, %s) "
                  "ON CONFLICT (key) DO UPDATE SET created = EXCLUDED.created, state = EXCLUDED.state",
                  (key, time.time(), dump_state(state)))

    def get_thread(self, key: str) -> dict | None:
        row = self._run("SELECT state FROM thread_states WHERE key = %s AND created >= %s",
                        (key, self._cutoff())).fetchone()
        return json.loads(row[0]) if row else None

    def expire(self, now: float | None = None) -> tuple[int, int]:
        """Delete conversations and thread states older than ``keep_days``; how many of each."""
        cutoff = self._cutoff(now)
        conversations = self._run("DELETE FROM conversations WHERE updated < %s", (cutoff,)).rowcount
        threads = self._run("DELETE FROM thread_states WHERE created < %s", (cutoff,)).rowcount
        return conversations, threads

    def _cutoff(self, now: float | None = None) -> float:
        return cutoff(self.keep_days, now)

    def close(self) -> None:
        with self._lock:
            self._db.close()

