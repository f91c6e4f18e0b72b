"""The report in every format, checked against a workshop built by a whole day's flow."""
import csv
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from conftest import FAST, new_id
from facilitator.cli import main as cli
from facilitator.db import transaction
from facilitator.domain import workshops
from facilitator.report import formats
from facilitator.report.dump import dump, load
from test_methods import Day, current, last_steps

# Names no Finnish or English text contains by chance ("Anna" is also Finnish for "give").
NICKNAMES = ("Qarolina", "Zebulon", "Xaveria")
INJECTION = '<b>lihava</b><img src=x onerror="alert(1)">'
FORMULA = '=HYPERLINK("http://evil.example","klikkaa")'
HIDDEN = "Tämä poistetaan moderoinnissa"
FINNISH_PROMPT = "Mikä on meille työssämme todella tärkeää?"


def run_day(app, anonymous=True):
    day = Day(app, "fi", names=(NICKNAMES[0], "", *NICKNAMES[1:]))
    if not anonymous:
        with transaction(app.extensions["facilitator.engine"]) as conn:
            conn.execute(workshops.workshops.update().values(anonymous=False))
    day.facilitator.ok("agenda.apply_day", {"day_id": "values_and_ground_rules"})
    for number, _step in enumerate(day.fresh_snapshot()["steps"]):
        day.facilitator.ok("step.next")
        step = current(last_steps(day.facilitator))
        if step["prompt"].startswith(FINNISH_PROMPT):  # special texts before the phones' ideas
            for text in (INJECTION, FORMULA, HIDDEN):
                idea = day.phones[0].ok("idea.submit", {"client_id": new_id(), "text": text})["idea"]
            day.facilitator.ok("idea.hide", {"idea_id": idea["id"]})
        day.play(step)
    day.facilitator.ok("step.next")
    return day


@pytest.fixture(scope="module")
def finished(tmp_path_factory):
    from facilitator.app import create_app
    app = create_app({"DATA_DIR": str(tmp_path_factory.mktemp("report")), "TALLY_INTERVAL": 0.02, **FAST})
    day = run_day(app)
    with app.app_context(), transaction(app.extensions["facilitator.engine"]) as conn:
        document = dump(conn, workshops.by_code(conn, day.room.code)["id"])
        outputs = {"html": formats.html(document), "md": formats.markdown(document),
                   "csv": formats.as_csv(document), "json": formats.as_json(document),
                   "pdf": "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(formats.pdf(document))).pages)}
    return app, day, document, outputs


def test_pdf_holds_the_finnish_prompts_and_ideas_intact(finished):
    _app, _day, _document, outputs = finished
    text = " ".join(outputs["pdf"].split())
    for expected in (FINNISH_PROMPT, "Hyväksyntäkierros", "Ajatus 0 – Ehdotukset pelisäännöiksi",
                     "Tärkeimmät arvot", "Team day"):
        assert expected in text, expected
    assert "ä" in text and "ö" in text


def test_every_format_carries_the_days_outcomes(finished):
    _app, _day, _document, outputs = finished
    for name in ("html", "md", "pdf"):
        text = " ".join(outputs[name].split())
        assert FINNISH_PROMPT in text, name
        assert "Kokeillaan kuukausi ja arvioidaan." in text, name  # the agreed wording
    assert "Liian ehdoton sanamuoto" in outputs["html"]  # the consent round's objection


def test_moderated_ideas_stay_out_of_every_format(finished):
    _app, _day, _document, outputs = finished
    for name in ("html", "md", "csv", "pdf"):
        assert HIDDEN not in outputs[name], name


def test_html_injection_is_inert_in_html_and_pdf(finished):
    _app, _day, _document, outputs = finished
    assert "<b>lihava</b>" not in outputs["html"] and "<img src=x" not in outputs["html"]
    assert "&lt;b&gt;lihava&lt;/b&gt;" in outputs["html"]
    assert "<b>lihava</b><img src=x" in " ".join(outputs["pdf"].split())  # printed as text, not run


def test_csv_has_a_row_per_idea_and_escapes_formulas(finished):
    _app, _day, document, outputs = finished
    # As a Finnish Excel opens it: UTF-8 with the byte-order mark, cells split at semicolons.
    assert outputs["csv"].encode("utf-8").startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(outputs["csv"].encode("utf-8").decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Vaihe", "Vaiheen otsikko", "Teema", "Teeman pisteet", "Idea", "Idean pisteet"]
    visible = [i for i in document["ideas"] if not i["hidden"]]
    assert len(rows) - 1 == len(visible)
    formula = [r for r in rows if "HYPERLINK" in r[4]]
    assert formula and formula[0][4] == "'" + FORMULA
    # The dots given to a theme are the theme's: its ideas carry none of their own, not a 0 each.
    clustered = [r for r in rows[1:] if r[2]]
    assert clustered and all(r[3].isdigit() and r[5] == "" for r in clustered)
    assert any(int(r[3]) > 0 for r in clustered)
    assert not any(cell.startswith(("=", "+", "@")) for row in rows for cell in row)


def test_anonymous_workshop_names_nobody_in_any_format(finished):
    _app, _day, _document, outputs = finished
    for name, output in outputs.items():
        for nickname in NICKNAMES:
            assert nickname not in output, (name, nickname)


def participant_refs(exported):
    """Every (table, participant ref) the JSON export holds."""
    return [(table, row[field]) for table, rows in exported.items() if isinstance(rows, list)
            for row in rows if isinstance(row, dict)
            for field in ("participant_id",) if row.get(field) is not None]


def test_anonymous_json_export_links_no_two_records_to_one_person(finished):
    _app, _day, document, outputs = finished
    exported = json.loads(outputs["json"])
    refs = [ref for _table, ref in participant_refs(exported)]
    assert len(refs) > 40 and len(refs) == len(set(refs))
    assert len(exported["participants"]) >= len(refs)
    assert len({p["joined_at"] for p in exported["participants"]}) == 1  # no joining order either
    # The dump the server reports from still knows who is who (the participation figures).
    inside = [ref for _table, ref in participant_refs(document)]
    assert len(set(inside)) < len(inside) <= len(refs)


def test_named_workshop_shows_authors(tmp_path):
    from facilitator.app import create_app
    app = create_app({"DATA_DIR": str(tmp_path), "TALLY_INTERVAL": 0.02, **FAST})
    day = run_day(app, anonymous=False)
    with app.app_context(), transaction(app.extensions["facilitator.engine"]) as conn:
        document = dump(conn, workshops.by_code(conn, day.room.code)["id"])
        html = formats.html(document)
    assert f"({NICKNAMES[0]})" in html
    refs = [ref for _table, ref in participant_refs(json.loads(formats.as_json(document)))]
    assert len(set(refs)) < len(refs)  # a named workshop's export keeps who wrote what


def test_json_export_import_export_is_identical(finished):
    app, day, document, outputs = finished
    with transaction(app.extensions["facilitator.engine"]) as conn:
        copy = load(conn, json.loads(outputs["json"]))
        again = formats.as_json(dump(conn, copy["id"]))
    assert again == outputs["json"]
    assert copy["code"] != day.room.code
    assert day.room.code not in outputs["json"] and "secret" not in outputs["json"]


def test_import_refuses_what_is_not_an_export(finished):
    app = finished[0]
    with pytest.raises(ValueError), transaction(app.extensions["facilitator.engine"]) as conn:
        load(conn, {"format": "something else"})


def test_downloads_are_for_the_facilitator_only(finished):
    app, day, _document, _outputs = finished
    for extension, mimetype in formats.FORMATS.items():
        answer = day.room.facilitator_http.get(f"/w/{day.room.code}/report.{extension}")
        assert answer.status_code == 200 and answer.mimetype == mimetype
        assert 'attachment; filename="team-day-2026-11-24.' in answer.headers["Content-Disposition"]
        assert app.test_client().get(f"/w/{day.room.code}/report.{extension}").status_code == 403
        assert day.phones[0].http.get(f"/w/{day.room.code}/report.{extension}").status_code == 403
    assert day.room.facilitator_http.get(f"/w/{day.room.code}/report.exe").status_code == 404


def test_command_line_export_and_import(finished, tmp_path, capsys):
    app, day, _document, outputs = finished
    data_dir = str(Path(app.config["DATA_DIR"]))
    target = tmp_path / "day.json"
    assert cli(["export", day.room.code, "--format", "json", "-o", str(target), "--data-dir", data_dir]) == 0
    assert target.read_text(encoding="utf-8") == outputs["json"]
    assert cli(["export", day.room.code, "--format", "pdf", "-o", str(tmp_path / "day.pdf"), "--data-dir", data_dir]) == 0
    assert (tmp_path / "day.pdf").read_bytes().startswith(b"%PDF")
    assert cli(["import", str(target), "--data-dir", data_dir]) == 0
    assert "Imported 'Team day' as workshop" in capsys.readouterr().out
    assert cli(["export", "ACDEFG", "--format", "md", "-o", "-", "--data-dir", data_dir]) == 1
    (tmp_path / "bad.json").write_text("{}")
    assert cli(["import", str(tmp_path / "bad.json"), "--data-dir", data_dir]) == 1
