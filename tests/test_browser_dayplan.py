"""A rebuilt ready day in Finnish in real browsers, from the morning coffee to the closing: the
clock plan on the console, the ahead/behind figure against it (a break taken to time is on
schedule), a late-day proposal accepted, the next meeting set, and the run-sheet and the report
downloaded. Screenshots of the new step kinds: test-artifacts/dayplan-*.png (console 1440×900,
projector 1920×1080, phone 360×740)."""
import re
import time
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from server import Server
from test_browser import PHONE, create_workshop, join, shot, own_window

pytestmark = pytest.mark.browser
DAY = "collaboration"


def midday_zone():
    """A fixed-offset zone where it is about noon now, so that moving the start an hour back never
    crosses midnight whenever the test runs (the room's zone is the server's setting)."""
    offset = (12 - datetime.now(timezone.utc).hour + 12) % 24 - 12
    return "Etc/GMT" if offset == 0 else f"Etc/GMT{-offset:+d}"


ZONE = midday_zone()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with Server(tmp_path_factory.mktemp("dayplan-data"), env={"FACILITATOR_TIMEZONE": ZONE}) as running:
        yield running


def room_minutes(offset=0):
    """Minutes after midnight in the room's time zone, `offset` minutes from now."""
    now = datetime.now(ZoneInfo(ZONE))
    return now.hour * 60 + now.minute + offset


def set_start(console, minutes):
    console.get_by_test_id("day-span").click()
    field = console.get_by_test_id("day-start-input")
    field.fill(f"{minutes // 60}.{minutes % 60:02d}")
    console.get_by_test_id("day-start-save").click()
    expect(console.get_by_test_id("day-time")).to_have_attribute("data-start", str(minutes))


def behind(console):
    return int(console.get_by_test_id("day-time").get_attribute("data-behind"))


def next_step(console, expected_activity=None):
    """Moves to the next step and waits until the console shows it as the current one."""
    current = console.locator("[data-testid=step][data-state=active]")
    before = current.get_attribute("data-step-id") if current.count() else None
    console.get_by_test_id("next-step").click()
    if before is not None:
        expect(current).not_to_have_attribute("data-step-id", before)
    expect(current).to_have_count(1)
    if expected_activity:
        expect(current).to_have_attribute("data-activity", expected_activity)


def test_a_ready_day_runs_by_the_clock(server, browser, tmp_path):
    laptop = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)
    console = laptop.new_page()
    errors = []
    console.on("pageerror", lambda error: errors.append(str(error)))
    code = create_workshop(console, server.url, language="fi", title="Yhteistyöpäivä")
    console.get_by_test_id("clear-agenda").click()
    console.get_by_test_id("clear-agenda-confirm").click()
    day = console.get_by_test_id("day").and_(console.locator(f"[data-day-id={DAY}]"))
    day.get_by_test_id("day-use").click()
    steps = console.get_by_test_id("step")
    expect(steps.first).to_have_attribute("data-activity", "break")
    count = steps.count()
    assert count > 30 and steps.last.get_attribute("data-activity") == "closing"

    # The clock plan: 8.30 onwards, each step's clock time on the agenda.
    clock = console.get_by_test_id("day-time")
    expect(clock).to_have_attribute("data-start", "510")
    expect(console.get_by_test_id("day-span")).to_contain_text("klo 8.30–15.11")
    expect(steps.first.get_by_test_id("step-time")).to_contain_text("klo 8.30–8.45")
    expect(steps.nth(1).get_by_test_id("step-time")).to_contain_text("klo 8.45–8.55")
    # A bad start time is refused by the server, in Finnish.
    console.get_by_test_id("day-span").click()
    console.get_by_test_id("day-start-input").fill("25.10")
    console.get_by_test_id("day-start-save").click()
    expect(console.get_by_test_id("toast").last).to_contain_text("esimerkiksi 8.30")
    console.get_by_test_id("day-start-input").press("Escape")
    expect(console.get_by_test_id("day-span")).to_be_visible()

    projector = own_window(laptop, f"{server.url}/w/{code}/screen")
    phone = browser.new_context(**PHONE).new_page()
    join(phone, f"{server.url}/{code}", "Aino")
    console.bring_to_front()

    # The day starts now: the morning coffee is a break, on the projector and the phone the time
    # the room continues.
    start = room_minutes()
    set_start(console, start)
    next_step(console, "break")
    # 15 minutes after it began (it began within the minute the day starts).
    resumes = "|".join(f"{m // 60}\\.{m % 60:02d}" for m in (start + 15, start + 16))
    expect(projector.get_by_test_id("break-resumes")).to_have_text(re.compile(f"^Jatkamme klo ({resumes})$"))
    expect(phone.get_by_test_id("break-resumes")).to_have_text(re.compile(f"^Tauko. Jatkamme klo ({resumes}).$"))
    expect(console.get_by_test_id("day-on-track")).to_have_text("Aikataulussa")
    shot(console, "dayplan-console-break")
    shot(projector, "dayplan-projector-break")
    shot(phone, "dayplan-phone-break")

    # The opening: the programme with clock times on the projector, the notes on the console.
    next_step(console, "opening")
    expect(projector.get_by_test_id("programme-item").first).to_contain_text("Aamukahvi ja liittyminen")
    expect(projector.get_by_test_id("screen-prompt")).to_contain_text("jää tähän huoneeseen")
    expect(phone.get_by_test_id("plenary-together")).to_be_visible()
    active = console.locator("[data-testid=step][data-state=active]")
    expect(active.get_by_test_id("step-notes")).to_contain_text("Esittele itsesi")
    expect(phone.get_by_test_id("step-notes")).to_have_count(0)
    shot(console, "dayplan-console-opening")
    shot(projector, "dayplan-projector-opening")
    shot(phone, "dayplan-phone-opening")

    # On to the mid-morning coffee break; the plan is set so that the day is on time when the
    # break begins, and stays so while the break runs: a break is not overrun.
    active = console.locator("[data-testid=step][data-state=active]")
    next_step(console)
    while active.get_attribute("data-activity") != "break":
        next_step(console)
    expect(active.get_by_test_id("step-title")).to_have_text("Kahvitauko")
    offset = int(active.get_by_test_id("step-time").get_attribute("data-clock-start")) - int(clock.get_attribute("data-start"))
    set_start(console, room_minutes(-offset))
    expect(console.get_by_test_id("day-on-track")).to_be_visible()
    assert abs(behind(console)) <= 1
    time.sleep(11)  # the console recounts every ten seconds: a break within its time stays on schedule
    expect(console.get_by_test_id("day-on-track")).to_be_visible()
    assert abs(behind(console)) <= 1
    shot(console, "dayplan-console-coffee")
    shot(projector, "dayplan-projector-coffee")

    # The day runs 40 minutes late: a proposal, with the new end time; accepted.
    set_start(console, room_minutes(-offset - 40))
    expect(console.get_by_test_id("day-behind")).to_contain_text("myöhässä aikataulusta")
    proposal = console.get_by_test_id("proposal")
    expect(proposal).to_be_visible(timeout=15000)
    end_before = int(clock.get_attribute("data-end"))
    target = proposal.get_attribute("data-step-id")
    new_end = int(proposal.get_attribute("data-end"))
    expect(console.get_by_test_id("proposal-end")).to_contain_text("Päivä päättyy silloin klo")
    shot(console, "dayplan-console-proposal")
    console.get_by_test_id("proposal-accept").click()
    expect(console.get_by_test_id("toast").last).to_contain_text("Ohjelmaa on muutettu")
    expect(clock).not_to_have_attribute("data-end", str(end_before))
    assert int(clock.get_attribute("data-end")) < end_before
    assert abs(int(clock.get_attribute("data-end")) + behind(console) - new_end) <= 1
    changed = console.locator(f"[data-testid=step][data-step-id='{target}']")
    assert changed.count() == 0 or int(changed.get_by_test_id("step-time").get_attribute("data-planned")) < 45

    # On to the closing: the next meeting, suggested four weeks on, saved and shown.
    while console.locator("[data-testid=step][data-state=active]").get_attribute("data-activity") != "closing":
        next_step(console)
    suggested = console.get_by_test_id("next-meeting-input").input_value()  # as the room writes it
    day, month, year = (int(part) for part in suggested.split("."))
    assert date(year, month, day) >= date.today() + timedelta(weeks=3)
    meeting = date(year, month, day) + timedelta(weeks=1)  # typed in d.m.yyyy, as a Finn types it
    finnish = f"{meeting.day}.{meeting.month}.{meeting.year}"
    console.get_by_test_id("next-meeting-input").fill(finnish)
    console.get_by_test_id("next-meeting-save").click()
    expect(projector.get_by_test_id("next-meeting")).to_have_text(f"Seuraava tapaaminen: {finnish}")
    expect(phone.get_by_test_id("next-meeting")).to_have_text(f"Seuraava tapaaminen: {finnish}")
    shot(console, "dayplan-console-closing")
    shot(projector, "dayplan-projector-closing")
    shot(phone, "dayplan-phone-closing")

    # The run-sheet and the report, from the console.
    console.get_by_test_id("report-panel").locator("summary").click()
    with console.expect_download() as sheet:
        console.get_by_test_id("runsheet-pdf").click()
    text = " ".join(page.extract_text() for page in PdfReader(sheet.value.path()).pages)
    assert "Käsikirjoitus" in text and "Tervetuloa" in text and "Esittele itsesi" in text
    assert "Aamukahvi ja liittyminen" in text and finnish in text
    with console.expect_download() as report:
        console.get_by_test_id("report-pdf").click()
    report_text = " ".join(page.extract_text() for page in PdfReader(report.value.path()).pages)
    assert finnish in report_text and "Esittele itsesi" not in report_text
    # Both carry the same clock plan: the closing's planned time in each.
    closing = int(steps.last.get_by_test_id("step-time").get_attribute("data-clock-start"))
    at = f"{closing // 60}.{closing % 60:02d}"
    assert f"{at}–" in text and at in report_text
    assert not errors, errors
