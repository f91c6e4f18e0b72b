"""Every ready day is a real day: it starts at 8.30 with coffee and an opening, ends with a concrete
action plan, an evaluation of at least 25 minutes with a spoken closing round and the next
meeting's date; the library card's minutes are the agenda's; the facilitator's notes reach the
console and the run-sheet, never the phones or the projector."""
import io

import pytest
from pypdf import PdfReader

from conftest import Room
from facilitator.library import load
from facilitator.web.console import library_for_console

LIBRARY = load()
WORK = ("brainstorm", "cluster", "dot_vote", "pairing", "scale")


def applied(app, day_id, language="fi", choices=None):
    room = Room(app, language=language)
    console = room.facilitator()
    console.ok("agenda.clear")
    console.ok("agenda.apply_day", {"day_id": day_id, **({"choices": choices} if choices else {})})
    console.ok("sync")
    return room, console, console.received("snapshot")[-1]


@pytest.mark.parametrize("day_id", sorted(LIBRARY.days))
def test_every_ready_day_ends_with_a_plan_an_evaluation_and_the_next_meeting(app, day_id):
    room, console, snapshot = applied(app, day_id)
    steps = snapshot["steps"]
    kinds = [s["activity"] for s in steps]
    assert kinds[0] == "break" and "opening" in kinds[:3] and kinds[-1] == "closing"
    assert snapshot["workshop"]["start_minutes"] == 8 * 60 + 30 and steps[0]["clock"]["start"] == 510
    end = steps[-1]["clock"]["end"]
    assert 14 * 60 + 15 <= end <= 15 * 60 + 45, f"{day_id} ends at {end // 60}.{end % 60:02d}"
    assert sum(1 for k in kinds if k == "break") >= 3  # coffee on arrival, a coffee break, lunch
    assert any(s["method_id"] == "energiser" for s in steps)
    # The plan: an action plan after the last vote, what/who/by when.
    last_plan = max(i for i, k in enumerate(kinds) if k == "action_plan")
    assert last_plan > max(i for i, k in enumerate(kinds) if k == "dot_vote")
    # The evaluation just before the closing: at least 25 minutes, with a spoken round.
    evaluation = [s for s in steps if s["block"] == steps[-2]["block"]]
    assert evaluation[0]["method_id"] == "evaluation"
    assert sum(s["time_box_minutes"] for s in evaluation) >= 25
    assert any(s["activity"] == "discussion" for s in evaluation)
    # Voting comes after clustering where a step gathers many ideas: every vote's source is
    # clustered, or it is a vote on a few prompts.
    for vote in (s for s in steps if s["activity"] == "dot_vote"):
        source = vote["source_step_id"]
        between = [s["activity"] for s in steps if source is not None and s["position"] > next(
            x["position"] for x in steps if x["id"] == source) and s["position"] < vote["position"]]
        assert "cluster" in between, f"{day_id}: the vote {vote['title']!r} comes before any clustering"
    # The card says what the agenda says.
    card = next(d for d in library_for_console(LIBRARY, "fi")["days"] if d["id"] == day_id)
    assert card["minutes"] == sum(s["time_box_minutes"] or 0 for s in steps)


@pytest.mark.parametrize("method_id", sorted(LIBRARY.methods))
def test_a_methods_card_and_its_steps_on_the_agenda_agree(app, method_id):
    room = Room(app, language="fi")
    console = room.facilitator()
    console.ok("agenda.clear")
    console.ok("agenda.add_method", {"method_id": method_id})
    console.ok("sync")
    steps = console.received("snapshot")[-1]["steps"]
    card = next(m for m in library_for_console(LIBRARY, "fi")["methods"] if m["id"] == method_id)
    assert card["minutes"] == sum(s["time_box_minutes"] or 0 for s in steps) == LIBRARY.method(method_id).minutes
    for step in steps:  # a minimum is never above the time box
        assert step["min_minutes"] is None or step["min_minutes"] <= step["time_box_minutes"]


def test_the_customer_is_named_as_the_organisation_names_them(app):
    _, _, snapshot = applied(app, "customer_focus", choices={"customer": "kuntalainen"})
    titles = [s["title"] for s in snapshot["steps"] if s["method_id"] == "customer_focus"]
    assert titles[:3] == ["Kuntalaisen silmin", "Keitä kuntalaisemme ovat?", "Mitä kuntalaisemme odottavat?"]
    assert not any("asiakas" in s["prompt"].lower() for s in snapshot["steps"] if s["method_id"] == "customer_focus")
    _, _, english = applied(app, "customer_focus", "en", {"customer": "potilas"})
    assert "Who are our patients?" in [s["title"] for s in english["steps"]]
    room = Room(app, language="fi")
    assert room.facilitator().send("agenda.apply_day", {"day_id": "customer_focus", "choices": {"customer": "x"}})[
        "code"] == "bad_payload"


def test_notes_reach_the_console_and_the_run_sheet_never_the_phones_or_the_projector(app):
    room, console, snapshot = applied(app, "values_and_ground_rules")
    phone, projector = room.phone("Anna"), room.projector()
    secret = "Kysy hiljaisilta ensin – ÄLÄ NÄYTÄ"
    step_id = snapshot["steps"][1]["id"]
    console.ok("step.edit", {"step_id": step_id, "notes": secret, "min_minutes": 5, "optional": True})
    assert console.send("step.edit", {"step_id": step_id, "min_minutes": 500})["code"] == "bad_payload"
    assert console.send("step.edit", {"step_id": step_id, "min_minutes": 11})["code"] == "bad_minimum"
    assert console.send("step.edit", {"step_id": step_id, "optional": "yes"})["code"] == "bad_payload"
    assert console.send("step.edit", {"step_id": step_id, "notes": "x" * 4001})["code"] == "too_long"
    console.ok("step.next")
    assert secret in repr([m for m in console.received() if m.get("kind") == "steps"])  # the console's own change
    for client in (phone, projector):
        client.ok("sync")
        assert secret not in repr(client.received())  # no snapshot, no change
    console.ok("sync")
    seen = next(s for s in console.received("snapshot")[-1]["steps"] if s["id"] == step_id)
    assert seen["notes"] == secret and seen["optional"] and seen["min_minutes"] == 5
    # The run-sheet: clock times, the steps, their prompts and the notes; facilitator only.
    answer = room.facilitator_http.get(f"/w/{room.code}/runsheet.pdf")
    assert answer.status_code == 200 and answer.mimetype == "application/pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(answer.data)).pages)
    assert "Käsikirjoitus" in text and "8.30–8.45" in text and "Tervetuloa" in text and "ÄLÄ NÄYTÄ" in text
    assert phone.http.get(f"/w/{room.code}/runsheet.pdf").status_code == 403
    # The report's agenda has the same clock times.
    report = room.facilitator_http.get(f"/w/{room.code}/report.html").get_data(as_text=True)
    assert "8.45" in report and secret not in report


def test_start_time_and_next_meeting_are_checked_on_the_server(room):
    console = room.facilitator()
    assert console.send("workshop.start_time", {"start_time": "25.00"})["code"] == "bad_time"
    assert console.send("workshop.start_time", {"start_time": ["8.30"]})["code"] == "bad_time"
    assert room.phone().send("workshop.start_time", {"start_time": "9.00"})["code"] == "forbidden"
    console.ok("workshop.start_time", {"start_time": "9.15"})
    steps = [c for c in console.changes() if c["kind"] == "steps"][-1]["steps"]
    assert steps[0]["clock"]["start"] == 9 * 60 + 15 and steps[1]["clock"]["start"] == 9 * 60 + 25
    assert console.send("workshop.next_meeting", {"next_meeting": "2027-02-30"})["code"] == "bad_payload"
    console.ok("workshop.next_meeting", {"next_meeting": None})


def test_the_command_line_exports_the_run_sheet(app, tmp_path):
    from facilitator.cli import main as cli
    room, console, snapshot = applied(app, "existing_values")
    target = tmp_path / "kasikirjoitus.pdf"
    assert cli(["export", room.code, "--format", "runsheet.pdf", "-o", str(target),
                "--data-dir", app.config["DATA_DIR"]]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert "Käsikirjoitus" in text and "Mitä arvo tarkoittaa meidän työssämme?" in text
    closing = snapshot["steps"][-1]["clock"]
    assert f"{closing['start'] // 60}.{closing['start'] % 60:02d}–{closing['end'] // 60}.{closing['end'] % 60:02d}" in text


def test_the_report_lists_a_break_in_the_agenda_and_gives_it_no_section(app):
    room, console, snapshot = applied(app, "values_and_ground_rules")
    breaks = [s for s in snapshot["steps"] if s["activity"] == "break"]
    work = [s for s in snapshot["steps"] if s["activity"] in WORK]
    assert breaks and work
    report = room.facilitator_http.get(f"/w/{room.code}/report.html").get_data(as_text=True)
    agenda = report.split('data-testid="report-step"', 1)[0]
    assert breaks[0]["title"] in agenda  # the agenda table has every step with its clock time
    sections = report.count('data-testid="report-step"')
    assert sections == len([s for s in snapshot["steps"] if s["activity"] not in ("break", "opening", "discussion")]) - \
        len([s for s in snapshot["steps"] if s["activity"] == "closing"])  # no next meeting set: nothing to say
    markdown = room.facilitator_http.get(f"/w/{room.code}/report.md").get_data(as_text=True)
    headings = [line for line in markdown.splitlines() if line[:5].startswith("### ") and line[4:5].isdigit()]
    assert len(headings) == sections and not any(breaks[0]["title"] in line for line in headings)
    number = next(i for i, s in enumerate(snapshot["steps"], 1) if s["id"] == work[0]["id"])
    assert f"### {number}. " in markdown  # a section keeps its step's number in the agenda
