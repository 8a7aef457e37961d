"""The SQLite store: WAL mode, unguessable ids, states that survive reopening the file."""
import re

from dialogan.serve.store import ConversationStore, new_id


def test_the_store_uses_write_ahead_logging(tmp_path):
    assert ConversationStore(tmp_path / "c.db").journal_mode == "wal"


def test_ids_are_url_safe_and_carry_at_least_128_random_bits():
    ids = {new_id() for _ in range(1000)}
    assert len(ids) == 1000
    for cid in ids:
        # token_urlsafe: 6 random bits per character
        assert re.fullmatch(r"[A-Za-z0-9_-]+", cid) and len(cid) * 6 >= 128


def test_a_saved_state_is_read_back_after_reopening(tmp_path):
    store = ConversationStore(tmp_path / "c.db")
    cid = store.create({"history": []})
    state = {"history": [{"text": "画一个圆 🎨 '; DROP TABLE conversations; --"}], "cursor": 1}
    store.save(cid, state)
    store.close()
    again = ConversationStore(tmp_path / "c.db")
    assert again.get(cid) == state
    assert again.count() == 1


def test_an_unknown_id_has_no_state(tmp_path):
    store = ConversationStore(tmp_path / "c.db")
    assert store.get(new_id()) is None
    assert store.get("' OR 1=1 --") is None


def test_thread_states_are_kept_by_key(tmp_path):
    store = ConversationStore(tmp_path / "c.db")
    store.put_thread("k", {"cursor": 0})
    assert store.get_thread("k") == {"cursor": 0}
    assert store.get_thread("other") is None


def test_conversations_and_thread_states_past_keep_days_are_deleted(tmp_path):
    import time
    store = ConversationStore(tmp_path / "c.db", keep_days=30)
    cid = store.create({"history": []})
    store.put_thread("k", {"cursor": 0})
    assert store.expire(now=time.time() + 29 * 86400) == (0, 0)
    assert store.expire(now=time.time() + 31 * 86400) == (1, 1)
    assert store.get(cid) is None and store.get_thread("k") is None and store.count() == 0


def test_expired_conversations_are_not_read_back_and_are_deleted_on_opening(tmp_path):
    import time
    store = ConversationStore(tmp_path / "c.db", keep_days=0.5 / 86400)  # half a second
    cid = store.create({"history": []})
    store.put_thread("k", {"cursor": 0})
    assert store.get(cid) == {"history": []}
    time.sleep(0.6)
    assert store.get(cid) is None and store.get_thread("k") is None  # before any expire() runs
    store.close()
    assert ConversationStore(tmp_path / "c.db", keep_days=0.5 / 86400).count() == 0


def test_keep_days_zero_keeps_everything(tmp_path):
    import time
    store = ConversationStore(tmp_path / "c.db", keep_days=0)
    cid = store.create({"history": []})
    assert store.expire(now=time.time() + 1e9) == (0, 0) and store.get(cid) == {"history": []}


def test_negative_keep_days_is_refused(tmp_path):
    import pytest
    with pytest.raises(ValueError, match="keep_days"):
        ConversationStore(tmp_path / "c.db", keep_days=-1)


def test_summaries_name_the_conversations_asked_for_in_that_order(tmp_path):
    store = ConversationStore(tmp_path / "c.db")
    first, second = store.create({"history": []}), store.create({"history": []})
    store.save(second, {"history": [{"text": "draw a red circle"}]})
    rows = store.summaries([second, "no-such-id", first])
    assert [r["id"] for r in rows] == [second, first]
    assert (rows[0]["turns"], rows[0]["first_text"], rows[0]["title"]) == (1, "draw a red circle", "")
    assert (rows[1]["turns"], rows[1]["first_text"]) == (0, "")
    assert rows[0]["updated"] >= rows[0]["created"]


def test_a_renamed_conversation_keeps_its_title_and_a_deleted_one_is_gone(tmp_path):
    store = ConversationStore(tmp_path / "c.db")
    cid = store.create({"history": []})
    store.rename(cid, "我的画")
    store.close()
    store = ConversationStore(tmp_path / "c.db")
    assert store.title(cid) == "我的画" and store.summaries([cid])[0]["title"] == "我的画"
    assert store.delete(cid) and not store.delete(cid)
    assert store.get(cid) is None and store.summaries([cid]) == []


def test_a_database_from_before_titles_gains_the_column(tmp_path):
    import sqlite3

    old = sqlite3.connect(tmp_path / "c.db")
    old.execute("CREATE TABLE conversations (id TEXT PRIMARY KEY, created REAL NOT NULL, updated REAL NOT NULL, "
                "state TEXT NOT NULL, turns INTEGER NOT NULL)")
    old.execute("INSERT INTO conversations VALUES ('old-one', 1e10, 1e10, '{\"history\": []}', 0)")
    old.commit()
    old.close()
    store = ConversationStore(tmp_path / "c.db")
    assert store.title("old-one") == "" and store.get("old-one") == {"history": []}
    store.rename("old-one", "kept")
    assert store.title("old-one") == "kept"
