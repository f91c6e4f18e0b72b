"""The report a client forwards to its staff, in a real browser: a Finnish day agrees its ground
rules in a consent round, the action plan starts from the agreed wording, the facilitator writes
owners and due dates (typed as 30.11.), a phone volunteers (and is told that it is named); the
report's first page, as HTML and as the PDF's first page, holds the rules and the plan with its
owners and due dates in d.m.yyyy."""
import subprocess

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from server import Server
from test_browser import ARTIFACTS, PHONE, join, shot, own_window

pytestmark = pytest.mark.browser
RULES = ["Kuuntelemme toisiamme loppuun.", "Sovitut asiat pidetään."]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with Server(tmp_path_factory.mktemp("first-page-data")) as running:
        yield running


def add_step(console, activity, title):
    console.get_by_test_id("add-step-panel").click()
    console.get_by_test_id("add-step-activity").select_option(activity)
    console.get_by_test_id("add-step-title").fill(title)
    console.get_by_test_id("add-step-submit").click()


def test_the_reports_first_page_holds_the_rules_and_the_plan(server, browser, tmp_path):
    laptop = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)
    console = laptop.new_page()
    console.goto(server.url + "/new")
    console.get_by_test_id("new-title").fill("Pelisääntöpäivä")
    console.get_by_test_id("new-organisation").fill("Lastensuojelun tiimi")
    console.get_by_test_id("new-date").fill("24.11.2026")  # as a Finn types a date
    console.get_by_test_id("new-language").select_option("fi")
    console.get_by_test_id("new-submit").click()
    console.wait_for_url("**/console")
    expect(console.get_by_test_id("workshop-title")).to_have_text("Pelisääntöpäivä")
    code = console.url.split("/w/")[1].split("/")[0]
    phones = [browser.new_context(**PHONE).new_page() for _ in range(2)]
    for phone, nickname in zip(phones, ("Aino", "Veikko")):
        join(phone, f"{server.url}/{code}", nickname)
    console.get_by_test_id("clear-agenda").click()
    console.get_by_test_id("clear-agenda-confirm").click()
    add_step(console, "consent", "Pelisäännöt")
    add_step(console, "action_plan", "Toimenpiteet")
    expect(console.get_by_test_id("step")).to_have_count(2)
    console.get_by_test_id("next-step").click()

    # The ground rules: the facilitator words them, both phones accept, the round is agreed.
    console.get_by_test_id("consent-amend-input").fill("\n".join(RULES))
    console.get_by_test_id("consent-amend").click()
    for phone in phones:
        expect(phone.get_by_test_id("consent-proposal")).to_contain_text(RULES[0], timeout=10000)
        # The plural forms come from the server's catalog: one finger, four fingers.
        option = phone.get_by_test_id("consent-option")
        expect(option.and_(phone.locator("[data-value='1']"))).to_have_attribute("aria-label", "1 sormi: Isoja huolia")
        expect(option.and_(phone.locator("[data-value='4']"))).to_have_attribute("aria-label", "4 sormea: Hyvä ehdotus")
        phone.locator('[data-testid="consent-option"][data-value="4"]').click()
        expect(phone.get_by_test_id("answer-status")).to_have_attribute("data-value", "4", timeout=10000)
    expect(console.get_by_test_id("consent-responses")).to_have_attribute("data-count", "2", timeout=10000)
    console.get_by_test_id("consent-agreed").click()  # two answers: the console asks once more
    expect(console.get_by_test_id("consent-few-answers")).to_be_visible()
    console.get_by_test_id("consent-agreed").click()
    expect(console.get_by_test_id("consent-outcome")).to_have_attribute("data-outcome", "agreed")

    # The plan starts from the agreed wording; owners and due dates go in.
    console.get_by_test_id("next-step").click()
    rows = console.get_by_test_id("action-row")
    expect(rows).to_have_count(2, timeout=10000)
    expect(rows.nth(0).get_by_test_id("action-what")).to_have_value(RULES[0])
    for row, who, due in ((rows.nth(0), "Tiimivastaava", "30.11."), (rows.nth(1), "Kaikki", "15.1.2027")):
        row.get_by_test_id("action-who").fill(who)
        row.get_by_test_id("action-who").press("Tab")
        row.get_by_test_id("action-due").fill(due)
        row.get_by_test_id("action-due").press("Tab")
    expect(rows.nth(0).get_by_test_id("action-due")).to_have_value("30.11.2026", timeout=10000)
    console.get_by_test_id("workshop-title").click()  # done editing: the table follows the room again

    # A phone is told before it joins in that joining in is named, then joins in.
    named = phones[1].get_by_test_id("volunteer-named")
    expect(named).to_contain_text("Veikko", timeout=10000)
    expect(phones[1].get_by_test_id("action-due").first).to_have_text("Määräaika: 30.11.2026")
    shot(phones[1], "fi-phone-volunteer-named")
    phones[1].get_by_test_id("action-volunteer").first.click()
    expect(rows.nth(0).get_by_test_id("action-volunteers")).to_have_attribute("data-count", "1", timeout=10000)

    console.get_by_test_id("report-panel").locator("summary").click()
    with console.expect_download() as html_download:
        console.get_by_test_id("report-html").click()
    html_path = tmp_path / "report.html"
    html_download.value.save_as(html_path)
    report = laptop.new_page()
    report.set_viewport_size({"width": 900, "height": 1200})
    report.goto(html_path.as_uri())
    first_page = report.locator("#agreed")
    expect(first_page.get_by_test_id("agreed-rules").locator("li")).to_have_text(RULES)
    plan = first_page.locator("table.actions tbody tr")
    expect(plan).to_have_count(2)
    expect(plan.nth(0)).to_contain_text("Tiimivastaava")
    expect(plan.nth(0)).to_contain_text("Veikko")
    expect(plan.nth(0).locator("td.due")).to_have_text("30.11.2026")
    expect(plan.nth(1).locator("td.due")).to_have_text("15.1.2027")
    expect(report.locator(".cover")).to_contain_text("24.11.2026")
    # The first page comes before the agenda and the steps.
    assert report.evaluate("""() => document.querySelector('#agreed').compareDocumentPosition(
        document.querySelector('[data-testid=report-step]')) & Node.DOCUMENT_POSITION_FOLLOWING""")
    ARTIFACTS.mkdir(exist_ok=True)
    report.screenshot(path=str(ARTIFACTS / "fi-report-first-page.png"))

    with console.expect_download() as pdf_download:
        console.get_by_test_id("report-pdf").click()
    pdf_path = tmp_path / "report.pdf"
    pdf_download.value.save_as(pdf_path)
    first = " ".join(PdfReader(str(pdf_path)).pages[0].extract_text().split())
    for expected in ("Mitä sovimme", *RULES, "Toimenpidesuunnitelma", "Tiimivastaava", "30.11.2026", "15.1.2027"):
        assert expected in first, expected
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "1", str(pdf_path),
                    str(ARTIFACTS / "fi-report-pdf")], check=True)


def test_four_answers_are_withheld_on_every_page_and_five_are_shown(tmp_path, browser):
    """A small group with the real threshold (5): the projector, the phones and the console say
    why the results do not show; the fifth answer brings the chart."""
    with Server(tmp_path / "small-group", env={"FACILITATOR_MIN_ANSWERS_SHOWN": "5"}) as server:
        console = browser.new_context(viewport={"width": 1440, "height": 900}).new_page()
        console.goto(server.url + "/new")
        console.get_by_test_id("new-title").fill("Tiimin tilannekuva")
        console.get_by_test_id("new-language").select_option("fi")
        console.get_by_test_id("new-submit").click()
        console.wait_for_url("**/console")
        code = console.url.split("/w/")[1].split("/")[0]
        projector = own_window(console.context, f"{server.url}/w/{code}/screen")
        console.get_by_test_id("clear-agenda").click()
        console.get_by_test_id("clear-agenda-confirm").click()
        add_step(console, "scale", "Missä olemme nyt?")
        expect(console.get_by_test_id("step")).to_have_count(1)
        console.get_by_test_id("next-step").click()
        phones = [browser.new_context(**PHONE).new_page() for _ in range(5)]
        for number, phone in enumerate(phones[:4]):
            join(phone, f"{server.url}/{code}", "")
            phone.locator(f'[data-testid="scale-option"][data-value="{number + 5}"]').click()
            expect(phone.get_by_test_id("answer-status")).to_have_attribute("data-value", str(number + 5), timeout=10000)
        expect(console.get_by_test_id("answers-count")).to_have_attribute("data-count", "4", timeout=10000)
        console.get_by_test_id("reveal-results").click()
        for page in (projector, phones[0], console):
            note = page.get_by_test_id("results-withheld")
            expect(note).to_be_visible(timeout=10000)
            expect(note).to_contain_text("vähintään 5")
        expect(projector.get_by_test_id("distribution")).to_have_count(0)
        shot(projector, "fi-projector-withheld")
        shot(phones[0], "fi-phone-withheld")
        console.get_by_test_id("hide-results").click()  # one more answer, then the results again
        join(phones[4], f"{server.url}/{code}", "")
        phones[4].locator('[data-testid="scale-option"][data-value="9"]').click()
        expect(console.get_by_test_id("answers-count")).to_have_attribute("data-count", "5", timeout=10000)
        console.get_by_test_id("reveal-results").click()
        expect(projector.get_by_test_id("distribution")).to_be_visible(timeout=10000)
        expect(projector.get_by_test_id("results-withheld")).to_have_count(0)
        expect(phones[0].get_by_test_id("distribution")).to_be_visible(timeout=10000)
        shot(projector, "fi-projector-five-answers")
