"""Both stores keep the same promises: SQLite (the default) and PostgreSQL (to scale out)."""
import time

import pytest

from dialogan.serve.store import Conflict, ConversationStore, new_id
from dialogan.serve.stores import open_store


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def store_url(request, tmp_path):
    """Where a fresh store lives: a SQLite file, or a new database on the session's PostgreSQL server."""
    if request.param == "sqlite":
        return str(tmp_path / "c.db")
    return request.getfixturevalue("postgres").new_database()


def test_the_url_picks_the_backend(store_url):
    store = open_store(store_url)
    assert isinstance(store, ConversationStore) == (not store_url.startswith("postgresql://"))


def test_a_saved_state_is_read_back_after_reopening(store_url):
    store = open_store(store_url)
    cid = store.create({"history": []})
    state = {"history": [{"text": "画一个圆 🎨 '; DROP TABLE conversations; --"}], "cursor": 1}
    store.save(cid, state)
    store.close()
    again = open_store(store_url)
    assert again.get(cid) == state and again.count() == 1
    assert again.get(new_id()) is None and again.get("' OR 1=1 --") is None


def test_a_save_after_another_turn_is_a_conflict_not_an_overwrite(store_url):
    store = open_store(store_url)
    cid = store.create({"history": []})
    store.save(cid, {"history": [{"text": "first"}]}, after_turns=0)
    with pytest.raises(Conflict):
        store.save(cid, {"history": [{"text": "second"}]}, after_turns=0)  # it read 0 turns; there is 1 now
    assert store.get(cid) == {"history": [{"text": "first"}]}
    with pytest.raises(KeyError, match="no conversation"):
        store.save(new_id(), {"history": []}, after_turns=0)


def test_titles_summaries_and_deleting_work_alike(store_url):
    store = open_store(store_url)
    first, second = store.create({"history": []}), store.create({"history": []})
    store.save(second, {"history": [{"text": "draw a red circle"}]})
    store.rename(first, "画画")
    listed = store.summaries([second, new_id(), first, second])  # in the order asked, unknown and repeats left out
    assert [(s["id"], s["title"], s["turns"], s["first_text"]) for s in listed] == [
        (second, "", 1, "draw a red circle"), (first, "画画", 0, "")]
    assert store.title(first) == "画画" and store.title(new_id()) == ""
    with pytest.raises(KeyError, match="no conversation"):
        store.rename(new_id(), "x")
    assert store.delete(first) and not store.delete(first)
    assert store.get(first) is None and store.count() == 1


def test_thread_states_are_kept_by_key_and_replaced(store_url):
    store = open_store(store_url)
    store.put_thread("k", {"cursor": 0})
    store.put_thread("k", {"cursor": 1})
    assert store.get_thread("k") == {"cursor": 1} and store.get_thread("other") is None


def test_what_is_past_keep_days_is_deleted_and_zero_keeps_everything(store_url):
    store = open_store(store_url, keep_days=30)
    cid = store.create({"history": []})
    store.put_thread("k", {"cursor": 0})
    assert store.expire(now=time.time() + 29 * 86400) == (0, 0)
    assert store.expire(now=time.time() + 31 * 86400) == (1, 1)
    assert store.get(cid) is None and store.count() == 0
    forever = open_store(store_url, keep_days=0)
    kept = forever.create({"history": []})
    assert forever.expire(now=time.time() + 1e9) == (0, 0) and forever.get(kept) == {"history": []}


def test_an_unreachable_postgresql_is_named_in_one_line():
    pytest.importorskip("psycopg", reason="psycopg is not installed: pip install 'dialogan[postgres]'")
    with pytest.raises(ConnectionError, match=r"cannot open the PostgreSQL database postgresql://u@127\.0\.0\.1:1/x"):
        open_store("postgresql://u:secret@127.0.0.1:1/x")


def test_a_database_url_is_printed_without_its_password():
    from dialogan.serve.store import without_password
    assert without_password("postgresql://app:s3cret@db.internal:5432/dialogan") == \
        "postgresql://app@db.internal:5432/dialogan"
    assert without_password("runs/dialogan.db") == "runs/dialogan.db"
