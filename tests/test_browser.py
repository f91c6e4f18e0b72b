"""A real browser against the real server: the projector, three phones and the console.

Debian's chromium driven by Playwright; the server is `facilitator serve` on eventlet. The join
URL is read from the projector's QR code as a phone's camera would. Screenshots go to
test-artifacts/ (git ignores it).
"""
import io
import re
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from playwright.sync_api import expect

from a11y import assert_accessible, assert_targets
from server import Server

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True,
         "device_scale_factor": 2}
XSS = '<img src=x onerror="window.pwned=1">'


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with Server(tmp_path_factory.mktemp("browser-data")) as running:
        yield running


def own_window(context, url=None, viewport=None):
    """A page of the facilitator's laptop in a window of its own (the projector on the second screen,
    the phones' preview), with the console's cookies, so that it is authorised as the console is.
    Opened as another tab of the console's context instead, one of the two is drawn at about two
    frames a second by headless Chromium, and every press there waits for its frames."""
    window = context.browser.new_context(storage_state=context.storage_state(),
                                         viewport=viewport or {"width": 1920, "height": 1080})
    page = window.new_page()
    if url is not None:
        page.goto(url)
    return page


def shot(page, name):
    """A screenshot in test-artifacts/, and axe-core's WCAG 2.1 AA check of what it shows (on a
    phone also that every control is at least 44×44 px)."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)
    assert_accessible(page, name)
    if page.viewport_size["width"] <= 400:
        assert_targets(page, name)


def join_url_from_qr(projector):
    """Decodes the QR code on the projector from its pixels."""
    image = Image.open(io.BytesIO(projector.get_by_test_id("qr").screenshot()))
    codes = zxingcpp.read_barcodes(image)
    assert codes, "the projector's QR code did not decode"
    return codes[0].text


def create_workshop(console, base, language="en", title="Team development day"):
    console.goto(base + "/new")
    console.get_by_test_id("new-title").fill(title)
    console.get_by_test_id("new-organisation").fill("Example Oy")
    console.get_by_test_id("new-language").select_option(language)
    console.get_by_test_id("new-question").fill("How could we work better together?")
    console.get_by_test_id("new-submit").click()
    console.wait_for_url(re.compile(r"/w/[A-Z0-9]{6}/console$"))
    return console.url.split("/w/")[1].split("/")[0]


def join(phone, url, nickname):
    phone.goto(url)
    phone.get_by_test_id("nickname-input").fill(nickname)
    phone.get_by_test_id("join-submit").click()
    expect(phone.get_by_test_id("connection")).to_have_attribute("data-state", "connected", timeout=15000)


def drag(page, source, target):
    """A pointer drag with intermediate moves, as a hand with a mouse does (SortableJS fallback)."""
    for element in (source, target):  # the board redraws after each drop: wait for the new one
        element.wait_for(state="visible")
        element.scroll_into_view_if_needed()
    start, end = source.bounding_box(), target.bounding_box()
    page.mouse.move(start["x"] + start["width"] / 2, start["y"] + start["height"] / 2)
    page.mouse.down()
    for step in range(1, 16):
        page.mouse.move(start["x"] + (end["x"] + 20 - start["x"]) * step / 15,
                        start["y"] + (end["y"] + 20 - start["y"]) * step / 15)
        page.wait_for_timeout(20)
    # Rest over the target before letting go, as a hand does: SortableJS's fallback looks at the
    # pointer every 50 ms and must see it there.
    page.mouse.move(end["x"] + 24, end["y"] + 22)
    page.wait_for_timeout(150)
    page.mouse.up()


def cluster_column(console, title):
    """The console's column of the cluster with this title (its ideas' menus name other clusters)."""
    return console.get_by_test_id("cluster").filter(
        has=console.get_by_test_id("cluster-title").get_by_text(title, exact=True))


def test_a_whole_workshop_in_real_browsers(server, browser):
    facilitator = browser.new_context(viewport={"width": 1440, "height": 900})
    console = facilitator.new_page()
    code = create_workshop(console, server.url)
    projector = own_window(facilitator, f"{server.url}/w/{code}/screen")
    expect(projector.get_by_test_id("join-code")).to_contain_text(code)
    join_url = join_url_from_qr(projector)
    assert join_url.endswith("/" + code)

    phones = []
    for number, name in enumerate(["Anna", "Ville", "Sari"]):
        context = browser.new_context(**PHONE)
        page = context.new_page()
        page.on("dialog", lambda dialog: dialog.accept())
        join(page, join_url, name)
        phones.append(page)
    expect(projector.get_by_test_id("participant-count")).to_have_text("3", timeout=10000)

    console.get_by_test_id("next-step").click()  # brainstorm
    ideas = [["Shared calendar", "Weekly check-in"], ["More pair work", XSS], ["Clear roles"]]
    for page, texts in zip(phones, ideas):
        for text in texts:
            page.get_by_test_id("idea-input").fill(text)
            page.get_by_test_id("idea-send").click()
    for text in ["Shared calendar", "Weekly check-in", "More pair work", "Clear roles", XSS]:
        expect(projector.get_by_test_id("wall-idea").filter(has_text=text)).to_have_count(1, timeout=10000)
    assert projector.evaluate("window.pwned") is None  # user text is text, never HTML
    expect(phones[0].get_by_test_id("my-idea")).to_have_count(2)
    shot(projector, "projector-ideas")
    shot(phones[1], "phone-brainstorm")

    console.get_by_test_id("next-step").click()  # clustering
    # The projector opened in a second tab of the same browser; a real facilitator has it in its
    # own window. A background tab gets no animation frames, and dragging needs them.
    console.bring_to_front()
    for title in ["Tools", "People"]:
        console.get_by_test_id("new-cluster-input").fill(title)
        console.get_by_test_id("new-cluster-submit").click()
    expect(console.get_by_test_id("cluster")).to_have_count(2)
    for text, cluster in [("Shared calendar", "Tools"), ("More pair work", "People"), ("Weekly check-in", "People")]:
        card = console.get_by_test_id("idea").filter(has_text=text).locator(".card__text")  # not its buttons
        target = cluster_column(console, cluster).get_by_test_id("idea-list")
        drag(console, card, target)
        expect(target.get_by_test_id("idea").filter(has_text=text)).to_have_count(1, timeout=5000)
    people = projector.get_by_test_id("wall-cluster").filter(has_text="People")
    expect(people.get_by_test_id("wall-idea")).to_have_count(2, timeout=10000)
    shot(console, "console-clusters")

    console.get_by_test_id("next-step").click()  # dot vote: 3 dots, at most 2 on one
    for page in phones:
        target = page.get_by_test_id("vote-target").filter(has_text="People")
        target.get_by_test_id("vote-add").click()
        expect(target).to_have_attribute("data-my-dots", "1")
        target.get_by_test_id("vote-add").click()
        expect(target).to_have_attribute("data-my-dots", "2")
        expect(target.get_by_test_id("vote-add")).to_be_disabled()
        page.get_by_test_id("vote-target").filter(has_text="Clear roles").get_by_test_id("vote-add").click()
        expect(page.get_by_test_id("vote-budget")).to_have_attribute("data-left", "0")
    shot(phones[2], "phone-vote")
    console.get_by_test_id("reveal-results").click()
    top = projector.get_by_test_id("result").first
    expect(top).to_contain_text("People", timeout=10000)
    expect(top).to_have_attribute("data-dots", "6")
    expect(projector.get_by_test_id("result").filter(has_text="Clear roles")).to_have_attribute("data-dots", "3")
    expect(phones[0].get_by_test_id("result").first).to_contain_text("People", timeout=10000)
    shot(projector, "projector-results")
    shot(phones[0], "phone-results")
    assert not [m for m in projector_errors(projector)]


def projector_errors(page):
    return page.evaluate("window.__errors || []")


def test_pages_ride_out_a_server_restart_and_unsent_ideas_arrive_once(tmp_path, browser):
    data = tmp_path / "data"
    first = Server(data).start()
    facilitator = browser.new_context(viewport={"width": 1440, "height": 900})
    console = facilitator.new_page()
    code = create_workshop(console, first.url, language="fi", title="Kehittämispäivä")
    projector = own_window(facilitator, f"{first.url}/w/{code}/screen")
    phone = browser.new_context(**PHONE).new_page()
    join(phone, f"{first.url}/{code}", "Anna")
    console.get_by_test_id("next-step").click()
    phone.get_by_test_id("idea-input").fill("Ennen katkoa")
    phone.get_by_test_id("idea-send").click()
    expect(projector.get_by_test_id("wall-idea").filter(has_text="Ennen katkoa")).to_have_count(1, timeout=10000)

    assert first.stop() == 0
    for page in (phone, projector, console):
        expect(page.get_by_test_id("connection")).not_to_have_attribute("data-state", "connected", timeout=15000)
    phone.get_by_test_id("idea-input").fill("Kirjoitettu katkon aikana")
    phone.get_by_test_id("idea-send").click()
    expect(phone.get_by_test_id("my-idea-pending")).to_have_count(1)
    assert "Kirjoitettu katkon aikana" in phone.evaluate(f"localStorage.getItem('facilitator.outbox.{code}')")

    second = Server(data, port=first.port).start()
    try:
        for page in (phone, projector, console):
            expect(page.get_by_test_id("connection")).to_have_attribute("data-state", "connected", timeout=30000)
        wall = projector.get_by_test_id("wall-idea")
        expect(wall.filter(has_text="Kirjoitettu katkon aikana")).to_have_count(1, timeout=15000)
        expect(wall).to_have_count(2)
        expect(phone.get_by_test_id("my-idea-pending")).to_have_count(0)
        expect(phone.get_by_test_id("my-idea")).to_have_count(2)
        assert phone.evaluate(f"localStorage.getItem('facilitator.outbox.{code}')") is None
        expect(projector.locator("html")).to_have_attribute("lang", "fi")
        shot(phone, "phone-after-restart")
    finally:
        second.stop()
