"""The report and the data's life cycle from the console, in a real browser: download, continue
the work in a second session that opens with a review, delete for good."""
import re

import pytest
from playwright.sync_api import expect

from test_browser import PHONE, create_workshop, join, shot
from server import Server

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with Server(tmp_path_factory.mktemp("report-data")) as running:
        yield running


def test_download_continue_in_a_series_and_delete(server, browser, tmp_path):
    laptop = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)
    console = laptop.new_page()
    code = create_workshop(console, server.url, language="fi", title="Syksyn kehittämispäivä")
    phone = browser.new_context(**PHONE).new_page()
    join(phone, f"{server.url}/{code}", "")
    console.get_by_test_id("next-step").click()
    phone.get_by_test_id("idea-input").fill("Yhteinen kalenteri käyttöön")
    phone.get_by_test_id("idea-send").click()
    expect(console.get_by_test_id("idea")).to_have_count(1, timeout=10000)
    console.get_by_test_id("add-step-panel").click()
    console.get_by_test_id("add-step-activity").select_option("action_plan")
    console.get_by_test_id("add-step-title").fill("Toimintasuunnitelma")
    console.get_by_test_id("add-step-submit").click()
    console.get_by_test_id("step").last.get_by_test_id("step-goto").click()
    console.get_by_test_id("action-new-what").fill("Kalenterikokeilu tammikuussa")
    console.get_by_test_id("action-new-who").fill("Sari")
    console.get_by_test_id("action-add").click()
    expect(console.get_by_test_id("action-row")).to_have_count(1)

    console.get_by_test_id("report-panel").locator("summary").click()
    with console.expect_download() as pdf:
        console.get_by_test_id("report-pdf").click()
    path = tmp_path / "report.pdf"
    pdf.value.save_as(path)
    assert path.read_bytes().startswith(b"%PDF") and pdf.value.suggested_filename.endswith(".pdf")
    with console.expect_download() as export:
        console.get_by_test_id("report-json").click()
    assert b"Kalenterikokeilu tammikuussa" in open(export.value.path(), "rb").read()

    # The next session continues this one and opens with a review of its actions.
    console.goto(server.url + "/new")
    console.get_by_test_id("new-title").fill("Seurantatapaaminen")
    console.get_by_test_id("new-language").select_option("fi")
    console.get_by_test_id("new-continue").click()
    console.get_by_test_id("new-continue-from").fill(code)
    console.get_by_test_id("new-submit").click()
    console.wait_for_url(re.compile(r"/w/[A-Z0-9]{6}/console$"))
    console.get_by_test_id("next-step").click()  # first what has gone well, then the statuses
    expect(console.get_by_test_id("current-step-title")).to_have_text("Mikä on mennyt hyvin?")
    console.get_by_test_id("next-step").click()
    expect(console.get_by_test_id("action-row")).to_have_count(1)
    row = console.get_by_test_id("action-row").first
    expect(row.get_by_test_id("action-what")).to_have_value("Kalenterikokeilu tammikuussa")
    expect(console.get_by_test_id("action-new-form")).to_have_count(0)  # a review adds nothing new
    row.get_by_test_id("action-status").select_option("done")
    phone_two = browser.new_context(**PHONE).new_page()
    second = console.url.split("/w/")[1].split("/")[0]
    join(phone_two, f"{server.url}/{second}", "")
    expect(phone_two.get_by_test_id("action-status")).to_have_attribute("data-status", "done", timeout=10000)
    shot(console, "fi-series-review-console")

    # Deleting the first workshop asks for its code, then removes it.
    console.goto(f"{server.url}/w/{code}/console")
    console.get_by_test_id("report-panel").locator("summary").click()
    console.get_by_test_id("delete-confirm").fill(code.lower())
    console.get_by_test_id("delete-submit").click()
    expect(console.get_by_test_id("message")).to_be_visible()
    assert console.goto(f"{server.url}/w/{code}/console").status == 404
