"""Dates as the workshop's language writes them (12.3.2026, 12 Mar 2026), and as people type them."""
from datetime import date

from conftest import Room
from facilitator.domain.dates import as_shown, date_text, parse_date


def test_dates_are_written_as_the_language_writes_them():
    assert date_text("2026-03-12", "fi") == "12.3.2026"
    assert date_text(date(2026, 11, 30), "en") == "30 Nov 2026"


def test_a_typed_date_is_read_as_day_month_year():
    assert parse_date("12.3.2026") == parse_date("12/3/2026") == parse_date("2026-03-12") == date(2026, 3, 12)
    assert parse_date(" 30.11. ", this_year=2026) == date(2026, 11, 30)
    assert parse_date("30 Nov 2026") == date(2026, 11, 30)
    assert parse_date("30.11.") is None and parse_date("31.2.2026") is None and parse_date("syksyllä") is None


def test_a_due_date_is_shown_in_the_language_and_other_texts_as_written():
    assert as_shown("30.11.", "fi", 2026) == "30.11.2026"
    assert as_shown("2026-11-30", "en") == "30 Nov 2026"
    assert as_shown("ennen joulua", "fi") == "ennen joulua"


def test_the_new_workshop_form_takes_a_finnish_date_and_says_how_to_write_one(app):
    http = app.test_client()
    answer = http.post("/new", data={"title": "Kehittämispäivä", "date": "24.11.2026", "language": "fi"},
                       headers={"Accept-Language": "fi"})
    assert answer.status_code == 302
    console = http.get(answer.headers["Location"]).get_data(as_text=True)
    assert "24.11.2026" in console and "2026-11-24" not in console
    refused = http.post("/new", data={"title": "Kehittämispäivä", "date": "2026/24/11", "language": "fi"},
                        headers={"Accept-Language": "fi"})
    assert refused.status_code == 400
    assert "Anna päivämäärä muodossa p.k.vvvv, esimerkiksi 12.3.2026." in refused.get_data(as_text=True)


def test_the_projector_gets_the_date_as_the_room_reads_it(app):
    room = Room(app, language="fi")
    projector = room.projector()
    projector.ok("sync")
    workshop = projector.received("snapshot")[-1]["workshop"]
    assert workshop["date"] == "2026-11-24" and workshop["date_text"] == "24.11.2026"
