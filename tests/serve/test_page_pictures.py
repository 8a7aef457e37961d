"""The web page over a model grown to 128 px: the picture shows at a whole multiple of its own size,
enlarged by repeating pixels (crisp, not smoothed), and "Download image" saves all 128 x 128 pixels."""
import pytest
from PIL import Image

pytestmark = pytest.mark.slow  # a browser, and a live `dialogan serve` process

REPLIES = "#log li.bot:not(.pending)"
SHOWN = """(sel) => { const img = document.querySelector(sel);
    return {natural: [img.naturalWidth, img.naturalHeight], shown: [img.clientWidth, img.clientHeight],
            rendering: getComputedStyle(img).imageRendering}; }"""


@pytest.fixture(scope="module")
def grown_server(start_server, grown_checkpoint, tmp_path_factory):
    s = start_server(grown_checkpoint, tmp_path_factory.mktemp("page128") / "conversations.db")
    yield s
    s.kill()


def _draw(page, say) -> None:
    say(page, "draw a red circle in the top left")
    page.wait_for_function(f"""() => {{ const img = [...document.querySelectorAll('{REPLIES} img')].pop();
        return img && img.naturalWidth > 0 && document.getElementById('current').naturalWidth > 64; }}""")


def test_the_picture_shows_crisp_at_twice_its_size_and_once_in_the_chat(open_page, grown_server, say):
    page = open_page(grown_server.url + "/")
    _draw(page, say)
    current, bubble = page.evaluate(SHOWN, "#current"), page.evaluate(SHOWN, f"{REPLIES}:last-child img")
    assert current == {"natural": [128, 128], "shown": [256, 256], "rendering": "pixelated"}
    assert bubble == {"natural": [128, 128], "shown": [128, 128], "rendering": "pixelated"}


def test_on_a_phone_the_picture_shows_pixel_for_pixel(open_page, grown_server, say):
    page = open_page(grown_server.url + "/", width=390, height=844)
    _draw(page, say)
    assert page.evaluate(SHOWN, "#current")["shown"] == [128, 128]
    assert page.evaluate(SHOWN, f"{REPLIES}:last-child img")["shown"] == [64, 64]  # all of it at 2 pixels per CSS pixel


def test_download_image_saves_the_models_full_resolution(open_page, grown_server, say, tmp_path):
    page = open_page(grown_server.url + "/")
    _draw(page, say)
    with page.expect_download() as download:
        page.click("#download-image")
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert Image.open(saved).size == (128, 128)
