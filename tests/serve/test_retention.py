"""A running server deletes conversations past --keep-days on its own, not only when it starts."""
import time

from fastapi.testclient import TestClient

from dialogan.serve import ChatService, ConversationStore, create_app


def test_a_running_server_deletes_expired_conversations_now_and_then(tiny_checkpoint, tmp_path, monkeypatch):
    import torch
    torch.set_num_threads(1)
    monkeypatch.setattr("dialogan.serve.app.EXPIRE_EVERY_S", 0.2)
    loaded = ChatService.load(tiny_checkpoint, ":memory:")
    store = ConversationStore(tmp_path / "c.db", keep_days=2 / 86400)  # two seconds
    with TestClient(create_app(ChatService(loaded.model, loaded.tokenizer, store))) as client:
        client.post("/api/conversations")
        assert store.count() == 1
        deadline = time.time() + 10
        while store.count() and time.time() < deadline:
            time.sleep(0.1)
        assert store.count() == 0
