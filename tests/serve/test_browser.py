"""The web page in Debian's Chromium, driven by Playwright: talk, see the picture, undo, and stay safe."""

import pytest

pytestmark = pytest.mark.slow  # a browser, and a live `dialogan serve` process

BOTS = "#log li.bot:not(.pending)"


def _say(page, text: str) -> None:
    n = page.locator(BOTS).count()
    page.fill("#message", text)
    page.click("#send")
    page.wait_for_function(f"document.querySelectorAll('{BOTS}').length > {n}", timeout=30000)


def _last_image_loaded(page) -> None:
    page.wait_for_function("""(sel) => {
        const img = [...document.querySelectorAll(sel)].pop();
        return img && img.complete && img.naturalWidth > 0;
    }""", arg=f"{BOTS} img", timeout=30000)


def test_send_see_the_picture_and_undo(page):
    _say(page, "draw a red circle in the top left")
    _last_image_loaded(page)
    assert page.locator("#log li.user").last.text_content() == "draw a red circle in the top left"
    assert page.locator(f"{BOTS} .reply").last.text_content().strip()
    page.wait_for_function("document.getElementById('current').naturalWidth > 0")
    page.click("#variation")
    page.wait_for_function(f"document.querySelectorAll('{BOTS}').length == 2")
    page.wait_for_function("!document.getElementById('undo').disabled")
    page.click("#undo")
    page.wait_for_function(f"document.querySelectorAll('{BOTS}').length == 3")
    assert page.locator(f"{BOTS} .reply").last.text_content() == "Undid the last change."
    _last_image_loaded(page)


def test_html_in_a_message_is_shown_as_text(page):
    evil = "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\"><b>bold</b>"
    _say(page, evil)
    assert page.locator("#log li.user").last.text_content() == evil
    assert page.locator("#log b, #log script, #log img[src='x']").count() == 0
    assert page.evaluate("window.__pwned") is None


def test_the_page_speaks_chinese(page):
    page.click("#lang-zh")
    assert page.locator("#send").text_content() == "发送"
    assert page.locator("#undo").text_content() == "撤销"
    _say(page, "在左上角画一个红色圆形")
    _last_image_loaded(page)
    page.reload()  # the conversation lives in the URL: a reload shows it again
    page.wait_for_function(f"document.querySelectorAll('{BOTS}').length == 1")
    assert page.locator("#log li.user").last.text_content() == "在左上角画一个红色圆形"


def test_downloads_and_an_uploaded_picture(page, tmp_path):
    from dialogan.world import Scene, SceneObject, render_scene

    picture = tmp_path / "mine.png"
    render_scene(Scene((SceneObject("hexagon", "purple", "large", 0.5, 0.5),)), 64).save(picture)
    page.set_input_files("#upload", str(picture))
    page.wait_for_function(f"document.querySelectorAll('{BOTS}').length == 1", timeout=30000)
    assert page.locator(f"{BOTS} .reply").last.text_content() == "I see: a large purple hexagon (center)."
    page.wait_for_function("document.querySelector('#scene li') && "
                           "document.querySelector('#scene li').textContent.includes('large purple hexagon')")
    for button, suffix in (("#download-image", ".png"), ("#download-story", "-storyboard.png")):
        with page.expect_download() as download:
            page.click(button)
        assert download.value.suggested_filename.endswith(suffix)
        saved = tmp_path / download.value.suggested_filename
        download.value.save_as(saved)
        assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
