"""WCAG 2.1 AA in a real browser: axe-core (tests/a11y.py) on every page of the app and on every
activity type's states on the console, the projector and the phone, with zero violations; and
every phone control at least 44×44 px at 360×740.

The console's preview of the phones (/w/CODE/preview) goes through every state with them.
The activity types come from the registry, so a type added later is covered without touching this
file. The console and the projector run in one laptop context, a phone in its own; two more
participants give ideas and answers through their own sockets so that the results have content.
"""
import time

import pytest
import requests
from playwright.sync_api import expect

from a11y import assert_accessible, assert_targets, tab_through
from facilitator import activities
from server import Server, create_workshop
from test_browser import PHONE, join, shot, own_window
from test_server import Client

pytestmark = pytest.mark.browser
LAPTOP = {"width": 1440, "height": 900}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with Server(tmp_path_factory.mktemp("a11y-data")) as running:
        yield running


class Day:
    """A workshop made through the form, its facilitator's socket, and the facilitator's laptop
    (a browser context holding the facilitator's cookie)."""

    def __init__(self, server, browser, **fields):
        self.http = requests.Session()
        self.code = create_workshop(self.http, server.url, language="fi", title="Kehittämispäivä", **fields)
        self.facilitator = Client(server.url, self.code, "facilitator", self.http)
        self.laptop = browser.new_context(viewport=LAPTOP)
        self.laptop.add_cookies([{"name": c.name, "value": c.value, "url": server.url} for c in self.http.cookies])
        self.url = server.url

    def console(self):
        page = self.laptop.new_page()
        page.goto(f"{self.url}/w/{self.code}/console")
        expect(page.get_by_test_id("connection")).to_have_attribute("data-state", "connected", timeout=15000)
        return page


def latest_rev(client):
    return max([c["rev"] for c in client.changes] + [s["rev"] for s in client.snapshots])


def drawn(page, rev, timeout=10):
    """Waits until the page has drawn revision `rev` (body[data-rev], set after each render)."""
    page.wait_for_function("(rev) => Number(document.body.dataset.rev) >= rev", arg=rev, timeout=timeout * 1000)


def settle(facilitator, *pages):
    time.sleep(0.15)  # the change reaches the sockets; the tally follows at its interval
    rev = latest_rev(facilitator)
    for page in pages:
        drawn(page, rev)
    time.sleep(0.25)


def ok(client, event, payload=None):
    answer = client.call(event, payload)
    assert answer["ok"], (event, answer)
    return answer


def agenda():
    """One step of every registered type, an idea step first for the types that work on ideas."""
    names = activities.names()
    public = lambda kind: kind.takes_ideas and not (kind.options.get("private") and kind.options["private"].default)
    first = [n for n in names if public(activities.get(n))]
    return [(first[0], "Ideoidaan")] + [(name, f"Vaihe {name}") for name in names]


def give(participants, step, kind, number):
    """Content for a step: ideas where it takes them, an answer where it asks for one."""
    for index, person in enumerate(participants):
        if kind.takes_ideas:
            person.call("idea.submit", {"client_id": f"a11y{step['id']}x{index}x{number}",
                                        "text": f"Ajatus {number}.{index} yhteisestä kalenterista", "step_id": step["id"]})
        if kind.answer:
            values = list(kind.answer.values(step.get("options") or {}))
            person.call("answer.submit", {"value": values[index % len(values)], "text": "Hyvä näin",
                                          "step_id": step["id"], "round": 1})


def test_every_page_and_every_state_of_every_activity_has_no_axe_violations(server, browser):
    log = {}
    day = Day(server, browser, organisation="Esimerkki Oy")
    code, facilitator, laptop = day.code, day.facilitator, day.laptop
    ok(facilitator, "agenda.clear")
    for name, title in agenda():
        ok(facilitator, "step.add", {"activity": name, "title": title, "prompt": "Mitä ajattelet tästä?"})

    console = day.console()
    projector = own_window(laptop, f"{server.url}/w/{code}/screen")

    phone_context = browser.new_context(**PHONE)
    phone = phone_context.new_page()
    phone.goto(f"{server.url}/{code}")
    assert_accessible(phone, "join page", log)
    join(phone, f"{server.url}/{code}", "Anna")
    others = []
    for nickname in ("Ville", "Sari"):
        person = requests.Session()
        assert person.post(f"{server.url}/{code}/join", data={"nickname": nickname}, allow_redirects=False).status_code == 302
        others.append(Client(server.url, code, "participant", person))

    # The console's preview of the phones, opened at a phone's size.
    preview = own_window(laptop, f"{server.url}/w/{code}/preview", viewport={"width": 360, "height": 740})
    surfaces = {"console": console, "projector": projector, "phone": phone, "preview": preview}
    errors = []
    for where, page in surfaces.items():
        page.on("pageerror", lambda error, where=where: errors.append(f"{where}: {error}"))

    def check(state):
        settle(facilitator, *surfaces.values())
        for where, page in surfaces.items():
            if where == "console":
                page.bring_to_front()
            assert_accessible(page, f"{where}: {state}", log)
        assert_targets(phone, f"phone: {state}")

    check("waiting")
    ok(facilitator, "step.next")
    number = 0
    while True:
        ok(facilitator, "sync")
        time.sleep(0.2)
        snapshot = facilitator.snapshots[-1]
        current = snapshot["workshop"]["current_step_id"]
        if current is None:
            break
        step = next(s for s in snapshot["steps"] if s["id"] == current)
        kind = activities.get(step["activity"])
        label = f"{step['activity']} #{step['position']}"
        if step["position"] == 0:
            phone.get_by_test_id("idea-input").fill("Oma ajatukseni palavereista")
            phone.get_by_test_id("idea-send").click()
            expect(phone.get_by_test_id("my-idea")).to_have_count(1, timeout=10000)
        number += 1
        give(others, step, kind, number)
        check(f"{label} started")
        if kind.submissions:
            ok(facilitator, "submissions.close" if step["submissions_open"] else "submissions.open")
            check(f"{label} submissions toggled")
        if kind.reveal:
            ok(facilitator, "results.reveal")
            check(f"{label} revealed")
        ok(facilitator, "step.next")
    check("ended")
    assert not errors, errors

    # The pages around the day.
    pages = laptop.new_page()
    for path, where in [("/new", "new workshop"), (f"/w/{code}/report.html?view=1", "report"),
                        ("/EIOLE1", "error: no such workshop"), ("/", "enter a code")]:
        pages.goto(server.url + path)
        assert_accessible(pages, where, log)
    stranger = browser.new_context(viewport=LAPTOP).new_page()
    stranger.goto(f"{server.url}/w/{code}/console")
    assert_accessible(stranger, "error: not the facilitator", log)
    print("\naxe-core violations (nodes) per page:", *(f"  {k}: {v}" for k, v in log.items()), sep="\n")
    for client in [facilitator, *others]:
        client.sio.disconnect()


def test_the_phone_text_size_is_chosen_on_the_phone_and_remembered(server, browser):
    day = Day(server, browser)
    facilitator = day.facilitator
    ok(facilitator, "step.next")
    phone = browser.new_context(**PHONE).new_page()
    join(phone, f"{server.url}/{day.code}", "Anna")
    title = phone.get_by_test_id("step-title")
    expect(title).to_be_visible()
    normal = title.evaluate("node => parseFloat(getComputedStyle(node).fontSize)")
    options = phone.get_by_test_id("text-size-option")
    expect(options.first).to_have_attribute("aria-pressed", "true")
    options.last.click()
    expect(options.last).to_have_attribute("aria-pressed", "true")
    largest = title.evaluate("node => parseFloat(getComputedStyle(node).fontSize)")
    assert largest >= normal * 1.4
    phone.reload()
    expect(phone.get_by_test_id("connection")).to_have_attribute("data-state", "connected", timeout=15000)
    expect(phone.get_by_test_id("text-size-option").last).to_have_attribute("aria-pressed", "true")
    assert phone.evaluate("document.documentElement.dataset.textSize") == "1.45"
    # Larger text still fits the phone's width, and everything stays pressable and named.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert_accessible(phone, "phone: largest text")
    assert_targets(phone, "phone: largest text")
    shot(phone, "phone-text-largest")
    facilitator.sio.disconnect()


def test_every_console_control_is_reached_with_tab_and_shows_where_the_focus_is(server, browser):
    day = Day(server, browser)
    facilitator = day.facilitator
    ok(facilitator, "step.next")
    for number in range(3):
        ok(facilitator, "idea.submit", {"client_id": f"keyboard{number:04d}", "text": f"Ajatus {number}"})
    console = day.console()
    expect(console.get_by_test_id("idea")).to_have_count(3)
    for panel in ("facilitator-link-panel", "report-panel", "add-step-panel"):
        console.get_by_test_id(panel).locator("summary").click()
    found = tab_through(console)
    assert len(found["reached"]) > 40, found
    assert not found["unreached"], f"not reached with Tab: {found['unreached']}"
    assert not found["no_ring"], f"focused without a visible ring: {found['no_ring']}"
    facilitator.sio.disconnect()


def test_a_burst_of_ideas_is_announced_once_and_then_summed_up_not_one_by_one(server, browser):
    day = Day(server, browser)
    facilitator = day.facilitator
    ok(facilitator, "step.next")
    console = day.console()
    console.evaluate("""() => {
      window.said = [];
      let last = "";
      new MutationObserver(() => {  // each time the polite region's text changes to something
        const region = document.getElementById("sr-status");
        const text = region ? region.textContent : "";
        if (text !== last && text) window.said.push(text);
        last = text;
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    }""")
    for number in range(12):
        ok(facilitator, "idea.submit", {"client_id": f"burst{number:04d}", "text": f"Ajatus {number}"})
    expect(console.get_by_test_id("idea")).to_have_count(12)
    console.wait_for_function("window.said.some((text) => text.includes('uutta ideaa lisää'))", timeout=10000)
    said = console.evaluate("window.said")
    assert said[0] == "Uusi idea: Ajatus 0"
    assert len(said) <= 3, said  # one idea, then a summary: not twelve announcements
    assert said[-1] == "11 uutta ideaa lisää", said
    # A full board: 60 ideas (the contrast of every card's buttons once failed 238 times here).
    for number in range(12, 60):
        ok(facilitator, "idea.submit", {"client_id": f"burst{number:04d}", "text": f"Ajatus {number} palavereista"})
    expect(console.get_by_test_id("idea")).to_have_count(60, timeout=15000)
    assert_accessible(console, "console: 60 ideas")
    facilitator.sio.disconnect()
