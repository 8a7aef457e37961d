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


def test_conversations_are_listed_by_the_ids_asked_for_renamed_and_deleted(http):
    first = http.post("/api/conversations").json()["id"]
    http.post(f"/api/conversations/{first}/messages", json={"text": "draw a red circle in the top left"})
    empty = http.post("/api/conversations").json()["id"]
    listed = http.get("/api/conversations", params={"ids": f"{empty},never-made-this-one-0000000,{first}"}).json()
    assert [c["id"] for c in listed["conversations"]] == [empty, first]
    drawn = listed["conversations"][1]
    assert drawn["title"] == "draw a red circle in the top left" and drawn["turns"] == 1
    assert http.get(drawn["first_image_url"]).headers["content-type"] == "image/png"
    assert listed["conversations"][0]["first_image_url"] is None
    renamed = http.patch(f"/api/conversations/{first}", json={"title": "  my   circle "})
    assert renamed.json() == {"id": first, "title": "my circle"}
    assert http.get(f"/api/conversations/{first}").json()["title"] == "my circle"
    assert http.delete(f"/api/conversations/{first}").status_code == 204
    assert http.get(f"/api/conversations/{first}").status_code == 404
    assert http.delete(f"/api/conversations/{first}").status_code == 404
    assert http.get("/api/conversations", params={"ids": first}).json() == {"conversations": []}


def test_a_rename_must_be_a_short_string(http):
    cid = http.post("/api/conversations").json()["id"]
    assert http.patch(f"/api/conversations/{cid}", json={"title": 5}).status_code == 422
    assert http.patch(f"/api/conversations/{cid}", json={"title": "x" * 201}).status_code == 413


def test_every_picture_is_described_in_both_languages(http):
    cid = http.post("/api/conversations").json()["id"]
    turn = http.post(f"/api/conversations/{cid}/picture", content=_render("large red circle 17 17"),
                     headers={"Content-Type": "image/png"}).json()
    assert turn["described"] == {"en": "The picture has 1 shape: a large red circle at the top left.",
                                 "zh": "画面里有1个图形：左上角有一个红色大圆形。"}
    assert http.get(f"/api/conversations/{cid}").json()["described"] == turn["described"]


def _render(scene_text: str) -> bytes:
    from dialogan.world import Scene, render_scene

    buf = io.BytesIO()
    render_scene(Scene.parse(scene_text), 64).save(buf, format="PNG")
    return buf.getvalue()
