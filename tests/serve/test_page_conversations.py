"""The web page as a chat people know: what is sent shows at once, past conversations in a sidebar
(open, rename, delete), details on demand, pictures named in words, an API key asked for in a dialog,
and a phone-sized screen that keeps the picture and the message box in view."""
import pytest

pytestmark = pytest.mark.slow  # a browser, and a live `dialogan serve` process

REPLIES = "#log li.bot:not(.pending)"


def test_the_message_shows_at_once_and_a_pending_bubble_waits_for_the_reply(page):
    held = []
    page.route("**/messages", lambda route: held.append(route))  # the reply waits until the test lets it go
    page.fill("#message", "draw a red circle in the top left")
    page.click("#send")
    page.wait_for_selector("#log li.bot.pending .typing")
    _wait_until(page, lambda: held)
    assert page.locator("#log li.user").last.text_content() == "draw a red circle in the top left"
    assert page.locator("#message").input_value() == ""
    assert page.locator(REPLIES).count() == 0
    held[0].continue_()
    page.wait_for_function(f"document.querySelectorAll('{REPLIES}').length == 1", timeout=60000)
    assert page.locator("#log li.pending").count() == 0


def test_scene_text_and_seed_hide_behind_a_details_toggle_in_the_page_language(page, say):
    say(page, "draw a red circle in the top left")
    toggle = page.locator(f"{REPLIES} .details-toggle").last
    details = page.locator(f"{REPLIES} .details").last
    assert toggle.text_content() == "Details" and toggle.get_attribute("aria-expanded") == "false"
    assert details.is_hidden()
    toggle.click()
    assert details.is_visible() and toggle.get_attribute("aria-expanded") == "true"
    assert "Scene" in details.text_content() and "Seed" in details.text_content()
    page.click("#lang-zh")
    assert toggle.text_content() == "详情"
    assert "场景" in details.text_content() and "种子" in details.text_content()


def test_pictures_are_named_in_words_in_english_and_in_chinese(page):
    from dialogan.world import Scene, render_scene

    assert page.get_attribute("#current", "alt") == "The picture is empty."
    picture = render_scene(Scene.parse("large red circle 17 17 ; small blue star 50 50"), 64)
    page.set_input_files("#upload", files=[{"name": "mine.png", "mimeType": "image/png", "buffer": _png(picture)}])
    page.wait_for_function(f"document.querySelectorAll('{REPLIES}').length == 1", timeout=60000)
    said = "The picture has 2 shapes: a large red circle at the top left and a small blue star at the center."
    assert page.get_attribute(f"{REPLIES} img", "alt") == said
    page.wait_for_function(f"document.getElementById('current').alt == {said!r}")
    # The upload shows in the thread as the user's own bubble.
    page.wait_for_function("document.querySelector('#log li.user img.upload-preview').naturalWidth > 0")
    page.click("#lang-zh")
    assert page.get_attribute("#current", "alt") == "画面里有2个图形：左上角有一个红色大圆形，中间有一个蓝色小星形。"


def test_past_conversations_are_listed_and_reopened(page, say):
    say(page, "draw a red circle in the top left")
    first = page.evaluate("location.hash")
    page.click("#new")
    assert page.locator("#log li").count() == 0 and page.evaluate("location.hash") == ""
    say(page, "add a small blue star on the right")
    items = page.locator("#conversations li.conversation")
    page.wait_for_function("document.querySelectorAll('#conversations li.conversation').length == 2")
    assert items.nth(0).locator(".title").text_content() == "add a small blue star on the right"
    assert items.nth(1).locator(".title").text_content() == "draw a red circle in the top left"
    assert items.nth(0).locator(".open").get_attribute("aria-current") == "page"
    page.wait_for_function("[...document.querySelectorAll('#conversations .thumb')].every("
                           "(img) => img.src.startsWith('blob:') && img.naturalWidth > 0)")
    items.nth(1).locator(".open").click()
    page.wait_for_function(f"location.hash == {first!r}")
    assert page.locator("#log li.user").all_text_contents() == ["draw a red circle in the top left"]


def test_a_conversation_is_renamed_and_deleted_after_asking(page, say):
    say(page, "draw a red circle in the top left")
    item = page.locator("#conversations li.conversation").first
    item.locator(".rename").click()
    page.fill("#ask-input", "My red circle")
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('#conversations .title').textContent == 'My red circle'")
    page.reload()
    page.wait_for_selector("body[data-ready]")
    page.wait_for_function("document.querySelector('#conversations .title').textContent == 'My red circle'")
    cid = page.evaluate("location.hash.slice(3)")

    item.locator(".delete").click()
    assert page.locator("#ask").is_visible() and "My red circle" in page.locator("#ask-text").text_content()
    page.click("#ask-cancel")  # asked, and said no: nothing is deleted
    assert page.locator("#conversations li.conversation").count() == 1
    item.locator(".delete").click()
    page.click("#ask-ok")
    page.wait_for_function("document.querySelectorAll('#conversations li.conversation').length == 0")
    assert page.locator("#log li").count() == 0 and page.evaluate("location.hash") == ""
    gone = page.request.get(page.url.split("#")[0] + f"api/conversations/{cid}")
    assert gone.status == 404


def test_a_link_to_a_conversation_that_is_gone_says_so(open_page, server):
    page = open_page(server.url + "/#c=" + "x" * 32)
    assert page.locator("#notice").text_content() == "This conversation doesn't exist any more — started a new one."
    assert page.locator("#log li").count() == 0 and page.evaluate("location.hash") == ""


def test_every_control_is_reached_by_keyboard(page):
    page.focus("#message")
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.id") == "upload-button"
    choosers = []
    page.on("filechooser", lambda chooser: choosers.append(chooser))
    page.evaluate("0")  # a round trip: Playwright turns on catching file choosers without waiting for it
    page.keyboard.press("Enter")
    _wait_until(page, lambda: choosers)
    assert choosers[0].element.get_attribute("id") == "upload"
    for control in page.locator("button:visible, textarea:visible").all():
        assert control.get_attribute("tabindex") != "-1"
        named = control.text_content().strip() or control.get_attribute("aria-label")
        assert named, control.evaluate("n => n.outerHTML")


def test_on_a_phone_the_picture_and_the_message_box_stay_in_view(open_page, server, say):
    page = open_page(server.url + "/", width=390, height=844)
    for text in ("draw a red circle in the top left", "add a small blue star on the right", "make the circle green",
                 "add a large green square at the bottom", "what is in the picture?"):
        say(page, text)
    for selector in ("#current", "#composer", "#send", "#upload-button"):
        box = page.locator(selector).bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= 844, (selector, box)
    assert page.evaluate("document.scrollingElement.scrollHeight") <= 844
    assert page.locator("#sidebar").is_hidden()
    page.click("#drawer-toggle")
    page.wait_for_function("document.querySelector('#sidebar').getBoundingClientRect().left >= 0")
    assert page.locator("#conversations li.conversation").count() >= 1
    page.keyboard.press("Escape")
    page.wait_for_function("getComputedStyle(document.querySelector('#sidebar')).visibility == 'hidden'")


def test_a_wrong_api_key_is_refused_and_asked_for_again(open_page, start_server, tiny_checkpoint, tmp_path):
    server = start_server(tiny_checkpoint, tmp_path / "keyed.db", "--api-key", "open-sesame")
    try:
        page = open_page(server.url + "/")
        posted = []
        page.on("request", lambda r: posted.append(r.url) if r.method == "POST" else None)
        page.fill("#message", "draw a red circle in the top left")
        page.click("#send")
        page.wait_for_selector("#ask[open]")
        assert page.locator("#ask-problem").is_hidden()
        page.fill("#ask-input", "wrong-key")
        page.click("#ask-ok")
        page.wait_for_function("document.getElementById('ask-problem').hidden === false")
        refused = "The server did not accept that key. Check it and try again."
        assert page.locator("#ask-problem").text_content() == refused
        assert page.evaluate("localStorage.getItem('dialogan.key')") is None
        page.fill("#ask-input", "open-sesame")
        page.click("#ask-ok")
        page.wait_for_function(f"document.querySelectorAll('{REPLIES}').length == 1", timeout=60000)
        assert page.evaluate("localStorage.getItem('dialogan.key')") == "open-sesame"
        assert not any("/null/" in url or "/undefined/" in url for url in posted), posted
        assert page.locator("#log li.user").last.text_content() == "draw a red circle in the top left"
    finally:
        server.kill()


def test_without_a_key_nothing_is_sent_and_the_page_says_why_in_plain_words(open_page, start_server, tiny_checkpoint,
                                                                          tmp_path):
    server = start_server(tiny_checkpoint, tmp_path / "keyed.db", "--api-key", "open-sesame")
    try:
        page = open_page(server.url + "/")
        page.fill("#message", "draw a red circle")
        page.click("#send")
        page.wait_for_selector("#ask[open]")
        page.click("#ask-cancel")
        page.wait_for_selector("#error:not([hidden])")
        assert page.locator("#error").text_content() == "This server needs an API key, so nothing was sent."
        assert page.locator("#log li.user.failed .failed-note").text_content() == "Not sent"
        assert page.locator("#message").input_value() == "draw a red circle"
    finally:
        server.kill()


def _wait_until(page, ready, seconds: float = 10) -> None:
    """Let the page run (and Playwright deliver its events) until ``ready()`` is true."""
    for _ in range(int(seconds * 10)):
        if ready():
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"still not ready after {seconds} s")


def _png(image) -> bytes:
    import io

    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()
