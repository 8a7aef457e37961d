"""The OpenAI-compatible API, driven by the ``openai`` package exactly as a user's program would."""
import base64
import io
import re

import openai
import pytest
from PIL import Image

pytestmark = pytest.mark.slow  # a live `dialogan serve` process

DATA_URL = re.compile(r"!\[[^\]]*\]\(data:image/png;base64,([A-Za-z0-9+/=]+)\)")


@pytest.fixture()
def client(server):
    return openai.OpenAI(base_url=server.url + "/v1", api_key="unused", max_retries=0, timeout=60)


def _picture(content: str) -> Image.Image:
    match = DATA_URL.search(content)
    assert match, content[:200]
    return Image.open(io.BytesIO(base64.b64decode(match.group(1))))


def test_models_lists_dialogan(client):
    assert [m.id for m in client.models.list()] == ["dialogan"]


def test_a_plain_completion_holds_the_reply_and_the_picture(client):
    done = client.chat.completions.create(model="dialogan",
                                          messages=[{"role": "user", "content": "draw a red circle in the top left"}])
    message = done.choices[0].message
    assert message.role == "assistant" and done.choices[0].finish_reason == "stop"
    reply = message.content.split("\n\n![")[0]
    assert reply.strip()
    assert _picture(message.content).size[0] >= 32
    assert done.usage.total_tokens > 0


def test_a_streamed_completion_adds_up_to_the_plain_one(client):
    messages = [{"role": "user", "content": "在左上角画一个红色圆形"}]
    plain = client.chat.completions.create(model="dialogan", messages=messages).choices[0].message.content
    chunks = list(client.chat.completions.create(model="dialogan", messages=messages, stream=True))
    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[-1].choices[0].finish_reason == "stop"
    streamed = "".join(c.choices[0].delta.content or "" for c in chunks)
    assert streamed == plain  # same thread, same model, same seed: the same words and pixels


def test_a_thread_sent_back_continues_its_conversation(client):
    first = [{"role": "user", "content": "draw a red circle"}]
    answer = client.chat.completions.create(model="dialogan", messages=first).choices[0].message.content
    thread = first + [{"role": "assistant", "content": answer}, {"role": "user", "content": "undo"}]
    undone = client.chat.completions.create(model="dialogan", messages=thread)
    # "undo" on a one-turn conversation is known to the model or the stack; either way the thread went on.
    assert undone.choices[0].message.content
    extra = undone.model_extra["dialogan"]
    assert set(extra) >= {"scene", "seed", "command"}


def test_a_picture_part_is_read_into_the_scene(client):
    from dialogan.world import Scene, SceneObject, render_scene

    buf = io.BytesIO()
    render_scene(Scene((SceneObject("square", "green", "large", 0.5, 0.5),)), 64).save(buf, format="PNG")
    url = "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()
    done = client.chat.completions.create(model="dialogan", messages=[{"role": "user", "content": [
        {"type": "image_url", "image_url": {"url": url}}]}])
    assert done.model_extra["dialogan"]["scene"] == "large green square 50 50"
    assert "large green square" in done.choices[0].message.content


def test_images_generations_returns_base64_pngs(client):
    # The tiny model draws 32 px pictures: by default they come at that size.
    out = client.images.generate(model="dialogan", prompt="draw a blue star", n=2)
    pictures = [Image.open(io.BytesIO(base64.b64decode(d.b64_json))) for d in out.data]
    assert [p.size for p in pictures] == [(32, 32), (32, 32)]
    assert pictures[0].tobytes() != pictures[1].tobytes()  # n > 1: a new seed each


def test_images_generations_honours_size_up_to_the_models_and_refuses_larger(client):
    same = client.images.generate(model="dialogan", prompt="draw a blue star", size="32x32").data[0]
    small = client.images.generate(model="dialogan", prompt="draw a blue star", size="16x16").data[0]
    assert Image.open(io.BytesIO(base64.b64decode(same.b64_json))).size == (32, 32)
    assert Image.open(io.BytesIO(base64.b64decode(small.b64_json))).size == (16, 16)
    with pytest.raises(openai.BadRequestError, match=r"larger than this model's pictures \(32x32\)"):
        client.images.generate(model="dialogan", prompt="draw a blue star", size="64x64")


def test_errors_come_back_in_openai_shape(client):
    with pytest.raises(openai.NotFoundError, match="unknown model"):
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
    with pytest.raises(openai.BadRequestError, match="last message"):
        client.chat.completions.create(model="dialogan", messages=[{"role": "assistant", "content": "hi"}])
    with pytest.raises(openai.APIStatusError, match="limit is 2000"):
        client.chat.completions.create(model="dialogan", messages=[{"role": "user", "content": "x" * 2001}])
    with pytest.raises(openai.BadRequestError, match="data: URLs"):
        client.chat.completions.create(model="dialogan", messages=[{"role": "user", "content": [
            {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}}]}])
