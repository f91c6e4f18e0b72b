"""A phone the server refuses for good (docs/protocol.md: `connect_error` with a code) stops
retrying and shows the way back in, in the phone's language. A real Chromium, the real server."""
import re

import pytest
from playwright.sync_api import expect

from test_browser_outbox import Day

pytestmark = pytest.mark.browser


def refused(phone, code, link_text):
    notice = phone.get_by_test_id("fatal")
    expect(notice).to_be_visible(timeout=15000)
    link = notice.get_by_role("link", name=link_text)
    expect(link).to_have_attribute("href", f"/{code}")
    expect(phone.get_by_test_id("connection")).to_have_attribute("data-state", "offline")
    box = link.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 44
    return notice


def test_a_phone_without_its_cookie_and_one_whose_workshop_is_gone_stop_and_offer_to_join(browser, tmp_path):
    day = Day(browser, tmp_path / "data", language="fi")
    try:
        day.facilitator.call("step.next")
        other = day.context.browser.new_context(viewport={"width": 360, "height": 740}).new_page()
        other.goto(f"{day.server.url}/{day.code}")
        other.get_by_test_id("join-submit").click()
        expect(other.get_by_test_id("connection")).to_have_attribute("data-state", "connected", timeout=15000)

        # The participant cookie gone: when the connection comes back the server refuses it.
        day.context.clear_cookies(name=re.compile("^participant_"))
        start = day.restart()
        start()
        notice = refused(day.phone, day.code, "Liity uudelleen")
        expect(notice).to_contain_text("Liity")
        day.phone.screenshot(path=str(tmp_path / "refused.png"))
        requests_after = []
        day.phone.on("request", lambda request: requests_after.append(request.url))
        day.phone.wait_for_timeout(6000)
        assert not [url for url in requests_after if "/socket.io/" in url], "a refused phone kept retrying"

        # The workshop deleted from the console: a phone in it is told so and offered the way back.
        console = day.context.browser.new_context(viewport={"width": 1280, "height": 900})
        console.add_cookies([{"name": c.name, "value": c.value, "url": day.server.url} for c in day.http.cookies])
        page = console.new_page()
        page.goto(f"{day.server.url}/w/{day.code}/console")
        page.locator("details:has([data-testid=delete-form]) > summary").click()
        page.get_by_test_id("delete-confirm").fill(day.code)
        page.get_by_test_id("delete-submit").click()
        refused(other, day.code, "Liity uudelleen")
        other.screenshot(path="/tmp/ob-shots/phone-workshop-deleted.png")
    finally:
        day.close()
