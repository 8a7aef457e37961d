"""A thread sent back whole continues from its saved state, rather than being replayed turn by turn."""
import pytest
from fastapi.testclient import TestClient

from dialogan.serve import ChatService, create_app


@pytest.fixture(scope="module")
def service(tiny_checkpoint, tmp_path_factory):
    import torch
    torch.set_num_threads(1)
    return ChatService.load(tiny_checkpoint, tmp_path_factory.mktemp("threads") / "c.db")


def _complete(client, messages):
    r = client.post("/v1/chat/completions", json={"model": "dialogan", "messages": messages})
    assert r.status_code == 200, r.text
    return r.json()


def test_the_reply_as_sent_back_finds_the_saved_state(service, monkeypatch):
    client = TestClient(create_app(service))
    thread = [{"role": "user", "content": "draw a red circle"}]
    first = _complete(client, thread)
    thread += [{"role": "assistant", "content": first["choices"][0]["message"]["content"]},
               {"role": "system", "content": "system prompts do not change the state"},
               {"role": "user", "content": "make a variation"}]
    looked_up = []
    real = service.store.get_thread
    monkeypatch.setattr(service.store, "get_thread", lambda key: looked_up.append(real(key)) or looked_up[-1])
    sends = []
    monkeypatch.setattr("dialogan.chat.Chat.send", _counting(sends))
    _complete(client, thread)
    assert looked_up and looked_up[0] is not None and len(looked_up[0]["history"]) == 1
    assert sends == ["make a variation"]  # only the new message reached the model


def test_an_unknown_thread_is_replayed_from_its_user_messages(service, monkeypatch):
    client = TestClient(create_app(service))
    sends = []
    monkeypatch.setattr("dialogan.chat.Chat.send", _counting(sends))
    done = _complete(client, [{"role": "user", "content": "draw a blue star"},
                              {"role": "assistant", "content": "an answer this server never gave"},
                              {"role": "user", "content": "draw a green square"}])
    assert sends == ["draw a blue star", "draw a green square"]
    assert done["choices"][0]["message"]["content"]


def _counting(seen):
    from dialogan.chat import Chat
    real = Chat.send

    def send(self, text):
        seen.append(text)
        return real(self, text)
    return send
