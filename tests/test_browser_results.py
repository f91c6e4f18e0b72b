"""Results that do not mislead and a time's up that does not get stuck, in real browsers: the
projector (1920×1080), phones (360×740) and the console, against `facilitator serve`. The room is
seeded over Socket.IO (tests/wall.py); what is drawn is checked in Debian's chromium.
Screenshots: test-artifacts/results-*.png."""
import re

import pytest
import requests
from playwright.sync_api import expect

from server import Server
from test_browser import PHONE, join, shot
from wall import ADMIN, PROJECTOR, SeededRoom

pytestmark = pytest.mark.browser
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF]")
# Counts the tones the page's Web Audio plays (the chime is made there, no file).
COUNT_TONES = """
window.__tones = 0;
const start = OscillatorNode.prototype.start;
OscillatorNode.prototype.start = function (...args) { window.__tones += 1; return start.apply(this, args); };
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with Server(tmp_path_factory.mktemp("results-data"), extra=ADMIN) as running:
        yield running


def cookies_of(server, room):
    return [{"name": c.name, "value": c.value, "url": server.url} for c in room.http.cookies]


def page_of(browser, server, room, path, **context):
    ctx = browser.new_context(**context)
    ctx.add_cookies(cookies_of(server, room))
    page = ctx.new_page()
    page.on("pageerror", lambda error: print("page error:", error))
    page.goto(f"{server.url}/w/{room.code}/{path}")
    expect(page.get_by_test_id("connection")).to_have_attribute("data-state", "connected", timeout=15000)
    return page


def phone_in(browser, server, room, name):
    page = browser.new_context(**PHONE).new_page()
    join(page, f"{server.url}/{room.code}", name)
    return page


def boxes_meet(page, first, second):
    return page.evaluate("""([a, b]) => {
      const r = document.querySelector(a).getBoundingClientRect(), s = document.querySelector(b).getBoundingClientRect();
      return r.width > 0 && s.width > 0 && r.bottom > s.top + 1 && s.bottom > r.top + 1 && r.right > s.left && s.right > r.left;
    }""", [first, second])


def test_times_up_shows_shrinks_chimes_and_clears_on_the_next_step(server, browser):
    with SeededRoom(server.url, phones=0) as room:
        room.add_step("brainstorm", "Ideat", "Mitä kokeilisimme?")
        room.add_step("scale", "Asteikko", "Missä olemme nyt?")
        console = page_of(browser, server, room, "console", viewport={"width": 1440, "height": 900})
        console.add_init_script(COUNT_TONES)
        console.reload()
        expect(console.get_by_test_id("chime-toggle")).not_to_be_checked()  # off until switched on
        console.get_by_test_id("chime-toggle").check()
        console.reload()
        expect(console.get_by_test_id("chime-toggle")).to_be_checked()  # remembered
        console.get_by_test_id("timer-minutes").click()  # a press on the page lets it make sound
        projector = page_of(browser, server, room, "screen", **PROJECTOR)
        phone = phone_in(browser, server, room, "Aino")
        room.console.call("step.next")
        room.console.call("results.reveal")
        room.console.call("timer.start", {"seconds": 2})
        banner = projector.get_by_test_id("times-up")
        expect(banner).to_be_visible(timeout=6000)
        expect(projector.get_by_test_id("timer")).to_have_text("Aika loppui!")
        assert not boxes_meet(projector, "[data-testid=times-up]", "[data-testid=content]")
        expect(phone.locator("[data-testid=timer].is-banner")).to_have_text("Aika loppui!")
        shot(projector, "results-times-up-projector")
        shot(phone, "results-times-up-phone")
        console.wait_for_function("window.__tones >= 3", timeout=5000)
        # A few seconds on, the banner is gone and the red timer says it.
        expect(banner).to_be_hidden(timeout=10000)
        expect(projector.locator("[data-testid=timer].is-up")).to_have_text("Aika loppui!")
        expect(phone.locator("[data-testid=timer].is-banner")).to_have_count(0)
        expect(phone.get_by_test_id("timer")).to_have_text("Aika loppui!")
        # The next step does not open with the last step's time's up.
        room.console.call("step.next")
        expect(projector.get_by_test_id("screen-title")).to_have_text("Asteikko")
        expect(projector.get_by_test_id("timer")).to_be_hidden()
        expect(banner).to_be_hidden()
        expect(phone.get_by_test_id("step-title")).to_have_text("Asteikko")
        expect(phone.get_by_test_id("timer")).to_be_hidden()
        projector.reload()  # nor after a reload
        expect(projector.get_by_test_id("screen-title")).to_have_text("Asteikko")
        projector.wait_for_timeout(600)
        expect(projector.get_by_test_id("timer")).to_be_hidden()


def test_a_new_consent_round_starts_hidden_and_few_answers_warn(server, browser):
    with SeededRoom(server.url, phones=4) as room:
        room.add_step("consent", "Pelisäännöt", "Kuuntelemme toisiamme")
        console = page_of(browser, server, room, "console", viewport={"width": 1440, "height": 900})
        projector = page_of(browser, server, room, "screen", **PROJECTOR)
        room.console.call("step.next")
        for n, phone in enumerate(room.phones):
            phone.call("answer.submit", {"value": 5 - n})
        room.console.call("results.reveal")
        expect(projector.get_by_test_id("consent-results")).to_be_visible(timeout=10000)
        room.console.call("consent.amend", {"proposal": "Kuuntelemme toisiamme loppuun asti"})
        expect(projector.get_by_test_id("consent-round")).to_have_text("Kierros 2", timeout=10000)
        expect(projector.get_by_test_id("consent-results")).to_have_count(0)
        expect(projector.get_by_test_id("answers-so-far")).to_have_attribute("data-count", "0")
        assert room.step(room.console.fresh()["workshop"]["current_step_id"])["results_revealed"] is False
        # Round 2 has one answer of four: the console warns before recording.
        room.phones[0].call("answer.submit", {"value": 4})
        expect(console.get_by_test_id("consent-responses")).to_have_attribute("data-count", "1", timeout=10000)
        console.get_by_test_id("consent-agreed").click()
        warning = console.get_by_test_id("consent-few-answers")
        expect(warning).to_be_visible()
        expect(warning).to_contain_text("1")
        expect(console.get_by_test_id("consent-outcome")).to_have_attribute("data-outcome", "open")
        shot(console, "results-consent-few-answers")
        console.get_by_test_id("consent-agreed").click()
        expect(console.get_by_test_id("consent-outcome")).to_have_attribute("data-outcome", "agreed", timeout=10000)
        expect(warning).to_be_hidden()


def test_a_tie_is_a_tie_and_phones_read_results_from_the_top(server, browser):
    with SeededRoom(server.url, phones=6) as room:
        source = room.add_step("brainstorm", "Ideat", "Mitä kokeilisimme?")
        vote = room.add_step("dot_vote", "Äänestys", "Mitä kokeilemme ensin?")
        room.console.call("step.next")
        room.write_ideas(source, 14, by_phones=False)
        room.group_ideas(source, clusters=3)
        projector = page_of(browser, server, room, "screen", **PROJECTOR)
        phone = phone_in(browser, server, room, "Eero")
        room.console.call("step.goto", {"step_id": vote})
        room.vote(room.step(vote))  # the first two themes get 6 dots each
        phone.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        assert phone.evaluate("window.scrollY") > 0
        room.console.call("results.reveal")
        for page in (projector, phone):
            first = page.locator("[data-testid=result][data-place='1']")
            expect(first).to_have_count(2, timeout=10000)
            for n in range(2):
                expect(first.nth(n)).to_have_attribute("data-shared", "1")
                expect(first.nth(n).get_by_test_id("result-place")).to_have_text("jaettu 1.")
            colours = page.evaluate("""[...document.querySelectorAll("[data-testid=result][data-place='1'] .bar__fill")]
                                       .map((fill) => getComputedStyle(fill).backgroundColor)""")
            assert len(set(colours)) == 1, colours
        expect(phone.locator("[data-testid=result][data-place='3']").first.get_by_test_id("result-place")).to_have_text("jaettu 3.")
        phone.wait_for_timeout(300)
        assert phone.evaluate("window.scrollY") == 0  # the reveal brings the phone to the top
        shot(projector, "results-tie-projector")
        shot(phone, "results-tie-phone")


def test_scale_answering_stays_open_after_the_reveal_and_hidden_ideas_are_marked(server, browser):
    with SeededRoom(server.url, phones=2) as room:
        ideas = room.add_step("brainstorm", "Ideat", "Mitä kokeilisimme?")
        room.add_step("scale", "Asteikko", "Missä olemme nyt?")
        phone = phone_in(browser, server, room, "Helmi")
        room.console.call("step.next")
        phone.get_by_test_id("idea-input").fill("Kaikki palaverit pois")
        phone.get_by_test_id("idea-send").click()
        expect(phone.get_by_test_id("my-idea")).to_have_count(1, timeout=10000)
        idea = next(i for i in room.console.fresh()["ideas"] if i["step_id"] == ideas)
        room.console.call("idea.hide", {"idea_id": idea["id"]})
        hidden = phone.get_by_test_id("my-idea-hidden")
        expect(hidden).to_contain_text("Kaikki palaverit pois", timeout=10000)
        expect(hidden).to_contain_text("Ohjaaja poisti tämän yhteiseltä seinältä.")
        phone.reload()
        expect(phone.get_by_test_id("my-idea-hidden")).to_contain_text("Kaikki palaverit pois", timeout=10000)
        expect(phone.get_by_test_id("wall-idea")).to_have_count(0)
        shot(phone, "results-hidden-idea-phone")

        room.console.call("step.next")
        for n, other in enumerate(room.phones):
            other.call("answer.submit", {"value": 6 + n})
        room.console.call("results.reveal")
        expect(phone.get_by_test_id("answer-results")).to_be_visible(timeout=10000)
        options = phone.get_by_test_id("scale-option")
        expect(options).to_have_count(11)  # not answered, answering open: the buttons stay
        options.nth(8).click()
        expect(phone.get_by_test_id("my-answer")).to_have_attribute("data-value", "8", timeout=10000)
        room.console.call("submissions.close")
        expect(phone.get_by_test_id("scale-option")).to_have_count(0, timeout=10000)


def test_pair_marks_are_drawn_not_emoji(server, browser):
    with SeededRoom(server.url, phones=5) as room:
        room.add_step("pairing", "Parityö", "Keskustelkaa parin kanssa.")
        projector = page_of(browser, server, room, "screen", **PROJECTOR)
        phone = phone_in(browser, server, room, "Ville")
        room.console.call("step.next")
        marks = projector.get_by_test_id("pair-mark")
        expect(marks).to_have_count(3, timeout=10000)
        shapes = {marks.nth(n).get_attribute("data-shape") for n in range(3)}
        assert len(shapes) == 3  # told apart without colour: by shape (and number)
        mine = phone.get_by_test_id("pair-card").get_by_test_id("pair-mark")
        expect(mine).to_be_visible(timeout=10000)
        number = phone.get_by_test_id("pair-card").get_attribute("data-number")
        expect(mine).to_have_attribute("data-number", number)
        assert mine.bounding_box()["width"] >= 100
        for page in (projector, phone):
            assert not EMOJI.search(page.locator("body").inner_text())
        shot(projector, "results-pairs-projector")
        shot(phone, "results-pairs-phone")
        html = requests.get(f"{server.url}/w/{room.code}/report.html", cookies=room.http.cookies, timeout=30).text
        assert html.count('<svg class="pair-mark"') == 3 and not EMOJI.search(html)
