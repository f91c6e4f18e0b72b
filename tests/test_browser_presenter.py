"""The console as a presenter's tool, in a real browser against the real server: next and previous
from the keyboard (as a presentation clicker sends them), the projector's pause screen, the
agenda keeping the current step in view, the confirmation before new pairs, and the report at
the day's end."""
import io
import re

import pytest
import requests
import zxingcpp
from PIL import Image
from playwright.sync_api import expect

from a11y import assert_accessible, assert_targets
from server import Server
from test_browser import PHONE, create_workshop, join, shot, own_window
from test_browser_a11y import Day
from test_server import Client

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with Server(tmp_path_factory.mktemp("presenter-data")) as running:
        yield running


def current_title(console):
    return console.get_by_test_id("current-step-title")


def in_view(console):
    """The current step's agenda item lies inside the agenda's visible box."""
    return console.evaluate("""() => {
      const item = document.querySelector('#agenda [aria-current="step"]');
      const box = item.closest('.agenda').getBoundingClientRect(), place = item.getBoundingClientRect();
      return place.top >= box.top && place.bottom <= box.bottom;
    }""")


def test_keyboard_only_presenter_flow_with_the_pause_screen(server, browser):
    laptop = browser.new_context(viewport={"width": 1366, "height": 768})
    console = laptop.new_page()
    code = create_workshop(console, server.url, language="fi", title="Kehittämispäivä")
    console.get_by_test_id("add-step-panel").locator("summary").click()
    for number in range(2, 12):  # a long agenda, so that the current step can scroll out of view
        console.get_by_test_id("add-step-title").fill(f"Lisävaihe {number}")
        console.get_by_test_id("add-step-submit").click()
        expect(console.get_by_test_id("step").filter(has_text=f"Lisävaihe {number}")).to_have_count(1)
    projector = own_window(laptop, f"{server.url}/w/{code}/screen")
    phone = browser.new_context(**PHONE).new_page()
    join(phone, f"{server.url}/{code}", "Anna")
    console.bring_to_front()
    steps = console.get_by_test_id("step-title").all_inner_texts()

    console.locator("body").click(position={"x": 700, "y": 5})  # nothing focused: the page has the keys
    console.keyboard.press("PageDown")  # starts the day
    expect(current_title(console)).to_have_text(steps[0])
    console.keyboard.press("PageDown")
    expect(current_title(console)).to_have_text(steps[1])
    expect(phone.get_by_test_id("step-title")).to_have_text(steps[1])
    console.keyboard.press("PageUp")
    expect(current_title(console)).to_have_text(steps[0])
    console.keyboard.press("ArrowRight")
    expect(current_title(console)).to_have_text(steps[1])
    console.keyboard.press("ArrowLeft")
    expect(current_title(console)).to_have_text(steps[0])

    # Typing in a field is typing: the keys do not move the day.
    console.get_by_test_id("add-idea-input").fill("Kalenteri")
    console.get_by_test_id("add-idea-input").press("PageDown")
    console.get_by_test_id("add-idea-input").press("b")
    expect(console.get_by_test_id("add-idea-input")).to_have_value("Kalenterib")
    expect(current_title(console)).to_have_text(steps[0])
    expect(projector.get_by_test_id("pause-screen")).to_be_hidden()

    # B pauses the projector; the phones go on as they were; "." brings the step back.
    console.locator("body").click(position={"x": 700, "y": 5})
    console.keyboard.press("b")
    expect(console.get_by_test_id("unblank-screen")).to_have_attribute("aria-pressed", "true")
    expect(console.get_by_test_id("blank-note")).to_be_visible()
    expect(projector.get_by_test_id("pause-screen")).to_be_visible()
    expect(phone.get_by_test_id("step-title")).to_have_text(steps[0])
    expect(phone.get_by_test_id("idea-input")).to_be_editable()
    projector.bring_to_front()
    shot(projector, "projector-pause-screen")
    assert_accessible(projector, "projector: pause screen")
    console.bring_to_front()
    console.keyboard.press(".")
    expect(projector.get_by_test_id("pause-screen")).to_be_hidden()
    expect(console.get_by_test_id("blank-screen")).to_have_attribute("aria-pressed", "false")
    # The button does the same, and is a plain button reachable with Tab.
    console.get_by_test_id("blank-screen").focus()
    console.keyboard.press("Enter")
    expect(projector.get_by_test_id("pause-screen")).to_be_visible()
    console.get_by_test_id("unblank-screen").click()
    expect(projector.get_by_test_id("pause-screen")).to_be_hidden()

    # Far down the agenda the current step stays in view.
    console.locator("body").click(position={"x": 700, "y": 5})
    for index in range(1, 11):
        console.keyboard.press("PageDown")
        expect(current_title(console)).to_have_text(steps[index])
    assert in_view(console)
    shot(console, "console-presenter-1366")
    console.set_viewport_size({"width": 1440, "height": 900})
    shot(console, "console-presenter-1440")
    box = console.get_by_test_id("next-step").bounding_box()
    assert box["height"] >= 44 and console.get_by_test_id("prev-step").bounding_box()["height"] >= 44

    # The day's end offers the report; deleting stays in its own closed panel.
    for index in range(11, len(steps)):
        console.keyboard.press("PageDown")
        expect(current_title(console)).to_have_text(steps[index])
    console.keyboard.press("PageDown")  # the last step's "finish the day"
    expect(console.get_by_test_id("ended-report")).to_be_visible()
    expect(console.get_by_test_id("ended-report")).to_have_attribute("href", re.compile(rf"/w/{code}/report\.html"))
    expect(console.get_by_test_id("delete-submit")).to_be_hidden()
    shot(console, "console-ended")
    assert_accessible(console, "console: ended")


def test_new_pairs_are_asked_for_before_everyone_is_reshuffled(server, browser):
    day = Day(server, browser)
    code, facilitator = day.code, day.facilitator
    assert facilitator.call("agenda.clear")["ok"]
    assert facilitator.call("step.add", {"activity": "pairing", "title": "Parityö"})["ok"]
    people = []
    for nickname in ("Anna", "Ville", "Sari", "Olli"):
        person = requests.Session()
        person.post(f"{server.url}/{code}/join", data={"nickname": nickname}, allow_redirects=False)
        people.append(Client(server.url, code, "participant", person))
    console = day.console()
    console.get_by_test_id("next-step").click()
    round_label = console.get_by_test_id("pairs-round")
    expect(round_label).to_have_attribute("data-round", "1", timeout=10000)

    asked = []
    console.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.dismiss()))
    console.get_by_test_id("pairs-shuffle").click()
    expect(round_label).to_have_attribute("data-round", "1")
    assert asked and "parit" in asked[0]
    console.once("dialog", lambda dialog: dialog.accept())
    console.get_by_test_id("pairs-shuffle").click()
    expect(round_label).to_have_attribute("data-round", "2", timeout=10000)
    for client in [facilitator, *people]:
        client.sio.disconnect()


def test_the_phone_console_runs_the_day_from_the_facilitators_phone(server, browser):
    laptop = browser.new_context(viewport={"width": 1440, "height": 900})
    console = laptop.new_page()
    code = create_workshop(console, server.url, language="fi", title="Kehittämispäivä")
    projector = own_window(laptop, f"{server.url}/w/{code}/screen")
    console.bring_to_front()
    console.get_by_test_id("facilitator-link-panel").locator("summary").click()
    shot(console, "console-phone-console-qr")
    codes = zxingcpp.read_barcodes(Image.open(io.BytesIO(console.get_by_test_id("remote-qr").screenshot())))
    assert codes and codes[0].text.endswith("?to=remote") and f"/w/{code}/facilitate/" in codes[0].text

    mine = browser.new_context(**PHONE)  # the facilitator's own phone, with no cookie yet
    remote = mine.new_page()
    remote.goto(codes[0].text)
    remote.wait_for_url(re.compile(rf"/w/{code}/remote$"))
    expect(remote.get_by_test_id("connection")).to_have_attribute("data-state", "connected", timeout=15000)
    phone = browser.new_context(**PHONE).new_page()
    join(phone, f"{server.url}/{code}", "Anna")
    expect(remote.get_by_test_id("remote-count")).to_have_text("1", timeout=10000)

    remote.get_by_test_id("remote-next").click()
    first = console.get_by_test_id("step-title").first.inner_text()
    expect(remote.get_by_test_id("remote-step-title")).to_have_text(first)
    expect(projector.get_by_test_id("screen-title")).to_have_text(first)
    expect(phone.get_by_test_id("step-title")).to_have_text(first)
    remote.get_by_test_id("remote-minutes").fill("3")
    remote.get_by_test_id("remote-timer-start").click()
    expect(remote.get_by_test_id("remote-clock")).to_be_visible()
    expect(projector.get_by_test_id("timer")).to_be_visible()
    remote.get_by_test_id("remote-blank").click()
    expect(projector.get_by_test_id("pause-screen")).to_be_visible()
    expect(remote.get_by_test_id("remote-blank")).to_have_attribute("aria-pressed", "true")
    remote.get_by_test_id("remote-lock").click()
    expect(console.get_by_test_id("unlock-room")).to_be_visible()
    remote.get_by_test_id("remote-submissions").click()
    expect(console.get_by_test_id("submissions-state")).to_have_attribute("data-open", "0")
    shot(remote, "phone-console")
    assert_accessible(remote, "phone console")
    assert_targets(remote, "phone console")
    remote.get_by_test_id("remote-timer-stop").click()
    remote.get_by_test_id("remote-blank").click()
    expect(projector.get_by_test_id("pause-screen")).to_be_hidden()
    remote.get_by_test_id("remote-next").click()
    expect(projector.get_by_test_id("screen-title")).not_to_have_text(first)
    remote.get_by_test_id("remote-prev").click()
    expect(projector.get_by_test_id("screen-title")).to_have_text(first)


def test_the_console_previews_the_current_step_as_a_phone_shows_it(server, browser):
    laptop = browser.new_context(viewport={"width": 1440, "height": 900})
    console = laptop.new_page()
    code = create_workshop(console, server.url, language="fi", title="Kehittämispäivä")
    phone = browser.new_context(**PHONE).new_page()
    join(phone, f"{server.url}/{code}", "Anna")
    console.get_by_test_id("next-step").click()
    phone.get_by_test_id("idea-input").fill("Yhteinen kalenteri")
    phone.get_by_test_id("idea-send").click()
    frame_element = console.get_by_test_id("preview-frame")
    assert frame_element.get_attribute("src") is None  # closed: no connection
    console.get_by_test_id("preview-panel").locator("summary").click()
    frame = console.frame_locator("[data-testid=preview-frame]")
    title = console.get_by_test_id("current-step-title").inner_text()
    expect(frame.get_by_test_id("step-title")).to_have_text(title, timeout=10000)
    expect(frame.get_by_test_id("wall-idea").filter(has_text="Yhteinen kalenteri")).to_have_count(1)
    expect(frame.get_by_test_id("my-idea")).to_have_count(0)  # nobody's own: read-only
    expect(frame.get_by_test_id("language-form")).to_have_count(0)
    console.get_by_test_id("next-step").click()
    expect(frame.get_by_test_id("step-title")).not_to_have_text(title)
    expect(frame.get_by_test_id("step-title")).to_have_text(console.get_by_test_id("current-step-title").inner_text())
    console.get_by_test_id("preview-panel").scroll_into_view_if_needed()
    shot(console, "console-preview")
    # The preview may only read: its socket is refused every event but sync.
    box = frame_element.bounding_box()
    assert 350 <= box["width"] <= 400
