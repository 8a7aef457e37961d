"""Which store a database name opens: a ``postgresql://`` URL is PostgreSQL, anything else a SQLite file."""
from __future__ import annotations

from pathlib import Path

from .store import KEEP_DAYS, ConversationStore


def open_store(db: str | Path, keep_days: float = KEEP_DAYS):
    """The store at ``db``: a ``postgresql://`` (or ``postgres://``) URL opens PostgreSQL, anything else
    is a SQLite file path (``:memory:`` for throwaway use)."""
    if str(db).startswith(("postgresql://", "postgres://")):
        from .store_postgres import PostgresStore

        return PostgresStore(str(db), keep_days)
    return ConversationStore(db, keep_days)
