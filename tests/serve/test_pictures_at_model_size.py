"""Every picture the server hands out is the model's own: a model grown to 128 px gives 128 px pictures
from the REST API, the page's download, the storyboard and both OpenAI endpoints, and refuses a larger size."""
import base64
import io

import numpy as np
import openai
import pytest
from fastapi.testclient import TestClient
from PIL import Image

from dialogan.serve import ChatService, create_app

STORYBOARD_TILE = (8 + 15 + 5 + 2 * 8, 8)  # (top, left) of the first turn's picture: padding, title row, padding


@pytest.fixture(scope="module")
def http(grown_checkpoint, tmp_path_factory):
    import torch
    torch.set_num_threads(1)
    service = ChatService.load(grown_checkpoint, tmp_path_factory.mktemp("pictures") / "c.db")
    assert service.model.cfg.image_size == 128
    with TestClient(create_app(service)) as client:
        yield client


@pytest.fixture()
def client(http):
    """The ``openai`` package as a user's program drives it, talking to the app in this process."""
    return openai.OpenAI(base_url="http://testserver/v1", api_key="unused", max_retries=0, http_client=http)


def _png(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def _generated(out) -> list[Image.Image]:
    return [_png(base64.b64decode(d.b64_json)) for d in out.data]


def test_images_generate_gives_the_models_full_size_by_default(client):
    pictures = _generated(client.images.generate(model="dialogan", prompt="draw a red circle", n=2))
    assert [p.size for p in pictures] == [(128, 128), (128, 128)]


def test_images_generate_honours_any_size_up_to_the_models(client):
    assert _generated(client.images.generate(model="dialogan", prompt="draw a red circle", size="auto"))[0].size \
        == (128, 128)
    for n in (128, 64, 100):
        out = client.images.generate(model="dialogan", prompt="draw a red circle", size=f"{n}x{n}")
        assert _generated(out)[0].size == (n, n)


@pytest.mark.parametrize("size", ["256x256", "1024x1024"])
def test_images_generate_refuses_a_size_above_the_models_and_names_it(client, size):
    with pytest.raises(openai.BadRequestError,
                       match=rf"size {size} is larger than this model's pictures \(128x128\); ask for 128x128 or less"):
        client.images.generate(model="dialogan", prompt="draw a red circle", size=size)


@pytest.mark.parametrize("size", ["128x64", "large", "8x8"])
def test_images_generate_names_the_sizes_it_takes_when_size_is_malformed(client, size):
    with pytest.raises(openai.BadRequestError,
                       match=r"size must be 'NxN' with N from 16 to 128, or 'auto' \(128x128\)"):
        client.images.generate(model="dialogan", prompt="draw a red circle", size=size)


def test_a_chat_completion_carries_the_picture_at_the_models_size(client):
    import re
    out = client.chat.completions.create(model="dialogan", messages=[{"role": "user", "content": "draw a blue star"}])
    found = re.search(r"data:image/png;base64,([A-Za-z0-9+/=]+)\)", out.choices[0].message.content)
    assert found and _png(base64.b64decode(found.group(1))).size == (128, 128)


def test_the_current_picture_the_download_and_each_turns_picture_are_128_px(http):
    cid = http.post("/api/conversations").json()["id"]
    turn = http.post(f"/api/conversations/{cid}/messages", json={"text": "draw a red circle in the top left"}).json()
    varied = http.post(f"/api/conversations/{cid}/variation").json()
    current = http.get(f"/api/conversations/{cid}/image.png")  # what the page's "Download image" saves
    assert current.headers["content-type"] == "image/png" and _png(current.content).size == (128, 128)
    for t in (turn, varied):
        assert _png(http.get(t["image_url"]).content).size == (128, 128)


def test_the_storyboard_shows_each_picture_pixel_for_pixel(http):
    cid = http.post("/api/conversations").json()["id"]
    http.post(f"/api/conversations/{cid}/messages", json={"text": "draw a large green square"})
    picture = np.asarray(_png(http.get(f"/api/conversations/{cid}/image.png").content).convert("RGB"))
    board = np.asarray(_png(http.get(f"/api/conversations/{cid}/storyboard.png").content).convert("RGB"))
    top, left = STORYBOARD_TILE
    tile = board[top:top + 128, left:left + 128]
    # Equal pixels, not only equal size: a 64 px picture enlarged to the tile would show 2x2 blocks.
    assert np.array_equal(tile, picture)
    assert tile.std() > 0  # a drawn picture, not the empty frame
