"""Nothing lost on the phone: what a phone gives while its connection is away (the browser
offline, the server stopped, the page reloaded meanwhile) arrives once the connection returns,
exactly once. A real Chromium against the real server; the server's state is read through a
facilitator's socket."""
import time

import pytest
import requests
from playwright.sync_api import expect

from server import Server, create_workshop
from test_browser import PHONE, join, shot
from test_server import Client

pytestmark = pytest.mark.browser


class Day:
    """A workshop on the real server with a facilitator's socket and one phone in Chromium."""

    def __init__(self, browser, data_dir, language="en"):
        self.server = Server(data_dir).start()
        self.http = requests.Session()
        self.code = create_workshop(self.http, self.server.url, language=language, question="What first?")
        self.facilitator = Client(self.server.url, self.code, "facilitator", self.http)
        self.context = browser.new_context(**PHONE)
        self.phone = self.context.new_page()
        join(self.phone, f"{self.server.url}/{self.code}", "Anna")

    def state(self):
        """A fresh facilitator's snapshot from the server."""
        assert self.facilitator.back(), "the facilitator's socket did not come back"
        before = len(self.facilitator.snapshots)
        self.facilitator.call("sync")
        deadline = time.monotonic() + 5
        while len(self.facilitator.snapshots) == before and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.facilitator.snapshots[-1]

    def eventually(self, check, timeout=10):
        """Waits until `check(snapshot)` holds; returns the snapshot."""
        deadline = time.monotonic() + timeout
        while True:
            state = self.state()
            if check(state) or time.monotonic() > deadline:
                assert check(state), state
                return state
            time.sleep(0.3)

    def step_of(self, activity):
        return next(s["id"] for s in self.state()["steps"] if s["activity"] == activity)

    def restart(self):
        """Stops the server; returns a function that starts it again on the same port and data."""
        assert self.server.stop() == 0
        expect(self.phone.get_by_test_id("connection")).not_to_have_attribute("data-state", "connected", timeout=15000)
        return lambda: setattr(self, "server", Server(self.server.args[self.server.args.index("--data-dir") + 1],
                                                      port=self.server.port).start())

    def close(self):
        self.context.close()
        self.facilitator.sio.disconnect()
        self.server.stop()


@pytest.fixture
def day(browser, tmp_path):
    running = Day(browser, tmp_path / "data")
    yield running
    running.close()


def write(phone, text):
    phone.get_by_test_id("idea-input").fill(text)
    phone.get_by_test_id("idea-send").click()
    expect(phone.get_by_test_id("idea-input")).to_have_value("")


def stored_once(text):
    return lambda state: [i["text"] for i in state["ideas"]].count(text) == 1


def test_ideas_given_without_a_connection_are_stored_exactly_once(day):
    phone = day.phone
    day.facilitator.call("step.next")
    expect(phone.get_by_test_id("idea-input")).to_be_visible(timeout=10000)

    # (a) The browser offline: the idea waits on the phone, saying so, and goes when it is back.
    day.context.set_offline(True)
    write(phone, "Written offline")
    pending = phone.get_by_test_id("my-idea-pending")
    expect(pending).to_have_count(1)
    expect(pending.get_by_test_id("send-again")).to_be_visible()
    shot(phone, "phone-idea-offline")
    day.context.set_offline(False)
    day.eventually(stored_once("Written offline"))
    expect(pending).to_have_count(0, timeout=10000)

    # (b) The connection cut at the instant of sending.
    phone.get_by_test_id("idea-input").fill("Sent as the line went")
    phone.get_by_test_id("idea-send").click()
    day.context.set_offline(True)
    phone.wait_for_timeout(1500)
    day.context.set_offline(False)
    day.eventually(stored_once("Sent as the line went"))
    # Its answer may have been lost with the line: it is sent again (and taken once) until one comes.
    expect(pending).to_have_count(0, timeout=20000)

    # (c) The server stopped and started again on the same port and data.
    start = day.restart()
    write(phone, "Written while the server was down")
    expect(pending).to_have_count(1)
    start()
    day.eventually(stored_once("Written while the server was down"))

    # (d) Written while the server is down, the page reloaded as it comes back.
    start = day.restart()
    write(phone, "Written, then the page reloaded")
    assert "Written, then the page reloaded" in phone.evaluate(f"localStorage.getItem('facilitator.outbox.{day.code}')")
    start()
    phone.reload()
    expect(phone.get_by_test_id("connection")).to_have_attribute("data-state", "connected", timeout=15000)
    state = day.eventually(stored_once("Written, then the page reloaded"))
    assert sorted(i["text"] for i in state["ideas"]) == sorted([
        "Written offline", "Sent as the line went", "Written while the server was down", "Written, then the page reloaded"])
    expect(pending).to_have_count(0, timeout=10000)
    expect(phone.get_by_test_id("my-idea")).to_have_count(4)
    assert phone.evaluate(f"localStorage.getItem('facilitator.outbox.{day.code}')") is None


def test_a_dot_and_a_consent_answer_given_offline_arrive(day):
    phone = day.phone
    day.facilitator.call("step.next")
    write(phone, "Something to vote on")
    day.eventually(stored_once("Something to vote on"))
    day.facilitator.call("step.goto", {"step_id": day.step_of("dot_vote")})
    target = phone.get_by_test_id("vote-target")
    expect(target).to_have_count(1, timeout=10000)

    day.context.set_offline(True)
    target.get_by_test_id("vote-add").click()
    expect(target).to_have_attribute("data-my-dots", "1")
    expect(phone.get_by_test_id("dots-not-sent")).to_be_visible()
    shot(phone, "phone-dot-offline")
    day.context.set_offline(False)
    day.eventually(lambda s: s["tally"] and s["tally"].get("dots_spent") == 1)
    expect(phone.get_by_test_id("dots-not-sent")).to_have_count(0, timeout=10000)

    step = day.facilitator.call("step.add", {"activity": "consent", "title": "Shall we?"})["step_id"]
    day.facilitator.call("step.goto", {"step_id": step})
    day.facilitator.call("consent.amend", {"proposal": "We try it for a month."})
    expect(phone.get_by_test_id("consent-option")).not_to_have_count(0, timeout=10000)

    # A low answer, saved at the tap; the concern follows offline and updates the same answer.
    day.context.set_offline(True)
    phone.get_by_test_id("consent-option").and_(phone.locator("[data-value='1']")).click()
    expect(phone.get_by_test_id("not-sent")).to_be_visible()
    phone.get_by_test_id("consent-objection").fill("Not before the holidays.")
    phone.get_by_test_id("consent-send").click()
    shot(phone, "phone-consent-offline")
    day.context.set_offline(False)
    state = day.eventually(lambda s: s["tally"] and s["tally"]["responses"] == 1
                           and s["tally"]["rounds"][-1]["objections"] == ["Not before the holidays."])
    assert state["tally"]["rounds"][-1]["counts"][1] == 1
    expect(phone.get_by_test_id("not-sent")).to_have_count(0, timeout=10000)
    expect(phone.get_by_test_id("answer-status")).to_have_attribute("data-value", "1")


def test_a_half_typed_idea_stays_with_its_step(day):
    phone = day.phone
    day.facilitator.call("step.next")
    first = day.step_of("brainstorm")
    second = day.facilitator.call("step.add", {"activity": "brainstorm", "title": "Another question"})["step_id"]
    field = phone.get_by_test_id("idea-input")
    field.fill("Half a thought")
    day.facilitator.call("step.goto", {"step_id": second})
    expect(phone.get_by_test_id("step-title")).to_have_text("Another question", timeout=10000)
    expect(field).to_have_value("")
    day.facilitator.call("step.goto", {"step_id": first})
    expect(phone.get_by_test_id("step-title")).not_to_have_text("Another question", timeout=10000)
    expect(field).to_have_value("Half a thought")


def test_a_dot_and_an_answer_kept_on_the_phone_survive_a_reload(day):
    phone = day.phone
    day.facilitator.call("step.next")
    write(phone, "Worth a dot")
    day.eventually(stored_once("Worth a dot"))
    # An outbox an earlier version of the page left behind is still sent.
    phone.evaluate(f"""localStorage.setItem('facilitator.outbox.{day.code}',
        JSON.stringify([{{client_id: 'legacyidea0001', text: 'Left by the old page'}}]))""")
    phone.reload()
    day.eventually(stored_once("Left by the old page"))
    day.facilitator.call("step.goto", {"step_id": day.step_of("dot_vote")})
    target = phone.get_by_test_id("vote-target").first
    expect(target).to_be_visible(timeout=10000)

    start = day.restart()
    target.get_by_test_id("vote-add").click()
    expect(phone.get_by_test_id("dots-not-sent")).to_be_visible()
    start()
    phone.reload()
    day.eventually(lambda s: s["tally"] and s["tally"].get("dots_spent") == 1)
    expect(phone.get_by_test_id("vote-target").first).to_have_attribute("data-my-dots", "1", timeout=10000)

    scale = day.facilitator.call("step.add", {"activity": "scale", "title": "How are we doing?"})["step_id"]
    day.facilitator.call("step.goto", {"step_id": scale})
    expect(phone.get_by_test_id("scale-option")).not_to_have_count(0, timeout=10000)
    start = day.restart()
    phone.get_by_test_id("scale-option").and_(phone.locator("[data-value='7']")).click()
    expect(phone.get_by_test_id("not-sent")).to_contain_text("Saved on this phone")
    shot(phone, "phone-scale-offline")
    start()
    phone.reload()
    day.eventually(lambda s: s["tally"] and s["tally"]["responses"] == 1 and s["tally"]["counts"][7] == 1)
    expect(phone.get_by_test_id("answer-status")).to_have_attribute("data-value", "7", timeout=10000)
    expect(phone.get_by_test_id("not-sent")).to_have_count(0)
