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


TWENTY = ["draw a red circle in the top left", "add a blue square at the bottom right", "make it small",
          "how many shapes are there?", "move the circle to the center", "画一个绿色的星星在右上角",
          "is there a yellow hexagon?", "recolor the square purple", "undo", "add a large orange triangle at the top",
          "what colour is the star?", "remove the circle", "redo", "把三角形变小", "add a small pink diamond on the left",
          "which one is higher?", "make the star big", "hello there", "add a gray hexagon at the bottom",
          "describe the picture"]


def test_a_whole_thread_of_twenty_messages_is_replayed_to_the_scene_they_make(service):
    client = TestClient(create_app(service))
    thread = []
    for k, text in enumerate(TWENTY[:-1]):
        thread += [{"role": "user", "content": text}, {"role": "assistant", "content": f"words never said {k}"}]
    thread.append({"role": "user", "content": TWENTY[-1]})
    done = _complete(client, thread)
    one_by_one = service.new_chat()
    for text in TWENTY:
        last = one_by_one.send(text)
    assert done["dialogan"]["scene"] == last.scene.text()
    assert len(TWENTY) > service.history_turns  # more than the prompt's history holds: no cut


def test_a_thread_longer_than_the_replay_limit_is_refused_in_openai_words(service, monkeypatch):
    from dialogan.serve.openai_api import MAX_REPLAYED_TURNS
    client = TestClient(create_app(service))
    sends = []
    monkeypatch.setattr("dialogan.chat.Chat.send", _counting(sends))
    thread = [{"role": "user", "content": f"add a red circle {k}"} for k in range(MAX_REPLAYED_TURNS + 1)]
    r = client.post("/v1/chat/completions", json={"model": "dialogan", "messages": thread})
    assert r.status_code == 400
    error = r.json()["error"]
    assert error["type"] == "invalid_request_error"
    assert str(MAX_REPLAYED_TURNS) in error["message"] and f"{MAX_REPLAYED_TURNS + 1} user messages" in error["message"]
    assert sends == []  # refused before any work
