"""The native REST API over real HTTP: create, send, undo, redo, variation, history, pictures."""
import io

import pytest
from PIL import Image

pytestmark = pytest.mark.slow  # a live `dialogan serve` process


def _png_size(data: bytes) -> tuple[int, int]:
    return Image.open(io.BytesIO(data)).size


def test_a_conversation_runs_through_every_action(http):
    cid = http.post("/api/conversations").json()["id"]
    sent = http.post(f"/api/conversations/{cid}/messages", json={"text": "draw a red circle in the top left"})
    assert sent.status_code == 200, sent.text
    turn = sent.json()
    assert turn["index"] == 0 and turn["text"] == "draw a red circle in the top left" and turn["reply"]
    varied = http.post(f"/api/conversations/{cid}/variation").json()
    assert varied["command"] == "variation" and varied["seed"] != turn["seed"]
    undone = http.post(f"/api/conversations/{cid}/undo").json()
    assert undone["command"] == "undo" and undone["seed"] == turn["seed"]
    redone = http.post(f"/api/conversations/{cid}/redo").json()
    assert redone["seed"] == varied["seed"]
    conv = http.get(f"/api/conversations/{cid}").json()
    assert [t["command"] for t in conv["turns"]] == ["", "variation", "undo", "redo"]
    assert conv["seed"] == varied["seed"] and conv["can_undo"] and not conv["can_redo"]


def test_pictures_come_back_as_png(http):
    cid = http.post("/api/conversations").json()["id"]
    http.post(f"/api/conversations/{cid}/messages", json={"text": "draw a blue star"})
    current = http.get(f"/api/conversations/{cid}/image.png")
    assert current.headers["content-type"] == "image/png" and _png_size(current.content)[0] >= 32
    first = http.get(f"/api/conversations/{cid}/turns/0/image.png")
    assert first.content == current.content  # one turn: the current picture is the first one
    assert http.get(f"/api/conversations/{cid}/turns/5/image.png").status_code == 404
    board = http.get(f"/api/conversations/{cid}/storyboard.png")
    assert board.status_code == 200 and _png_size(board.content)[0] > _png_size(current.content)[0]


def test_button_words_set_the_reply_language(http):
    cid = http.post("/api/conversations").json()["id"]
    assert http.post(f"/api/conversations/{cid}/undo", json={"text": "撤销"}).json()["reply"] == "没有可以撤销的操作。"


def test_an_uploaded_picture_becomes_the_scene(http):
    from dialogan.world import Scene, SceneObject, render_scene

    scene = Scene((SceneObject("circle", "red", "large", 0.2, 0.2), SceneObject("star", "blue", "large", 0.8, 0.8)))
    buf = io.BytesIO()
    render_scene(scene, 64).save(buf, format="PNG")
    cid = http.post("/api/conversations").json()["id"]
    turn = http.post(f"/api/conversations/{cid}/picture", files={"file": ("mine.png", buf.getvalue(), "image/png")},
                     data={"text": "here is my picture"}).json()
    assert turn["command"] == "picture"
    # Snapped to region centres, where the dialogue model has always seen objects.
    assert turn["scene"] == "large red circle 17 17 ; large blue star 83 83"
    assert turn["reply"] == "I see: a large red circle (top-left), a large blue star (bottom-right)."
    # Undo returns to the empty canvas the conversation had before the upload.
    assert http.post(f"/api/conversations/{cid}/undo").json()["scene"] == "empty"


def test_unknown_conversations_are_404(http):
    assert http.get("/api/conversations/not-a-real-id-but-long-enough").status_code == 404
    assert http.post("/api/conversations/x/messages", json={"text": "hi"}).status_code == 404


def test_the_api_is_described_by_the_openapi_schema(http):
    paths = http.get("/openapi.json").json()["paths"]
    for path in ("/api/conversations", "/api/conversations/{cid}/messages", "/api/conversations/{cid}/undo",
                 "/api/conversations/{cid}/redo", "/api/conversations/{cid}/variation",
                 "/api/conversations/{cid}", "/api/conversations/{cid}/image.png", "/v1/chat/completions"):
        assert path in paths, path


def test_shapes_sharing_a_region_keep_one_and_say_so(http):
    from dialogan.world import Scene, SceneObject, render_scene

    crowded = Scene((SceneObject("circle", "red", "small", 0.07, 0.07), SceneObject("square", "green", "small", 0.27, 0.27)))
    buf = io.BytesIO()
    render_scene(crowded, 64).save(buf, format="PNG")
    cid = http.post("/api/conversations").json()["id"]
    turn = http.post(f"/api/conversations/{cid}/picture", content=buf.getvalue(),
                     headers={"Content-Type": "image/png"}, params={"text": "这是我的图"}).json()
    assert len(turn["objects"]) == 1 and turn["objects"][0]["region"] == "top-left"
    assert turn["reply"].startswith("我在图片中看到：左上角的") and "略去了 1 个" in turn["reply"]
