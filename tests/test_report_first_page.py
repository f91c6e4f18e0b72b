"""The report as the deliverable: its first page says what was agreed (the agreed wording, the top
themes with ties as ties, the action plan with owners and due dates in d.m.yyyy, the next
meeting), the steps follow the agenda, the action plan starts from the agreed wording, volunteering
is named, and no export links a promised-anonymous answer to anyone."""
import csv
import io
import json

from conftest import Room, new_id
from facilitator.db import transaction
from facilitator.domain import workshops
from facilitator.report import formats
from facilitator.report.dump import dump
from facilitator.report.model import Report

RULES = "Kuuntelemme toisiamme.\nSovitut asiat pidetään."


def document_of(app, room):
    with transaction(app.extensions["facilitator.engine"]) as conn:
        return dump(conn, workshops.by_code(conn, room.code)["id"])


def in_app(app, writer, document):
    with app.app_context():
        return writer(document)


def ground_rules_day(app, anonymous=True):
    """Ideas, a vote with a tie, a consent round agreed after one amendment, an action plan."""
    room = Room(app, language="fi", anonymous=anonymous)
    facilitator = room.facilitator()
    phones = [room.phone(nickname) for nickname in ("Qarolina", "Zebulon")]
    facilitator.ok("agenda.clear")
    for activity, title in (("brainstorm", "Ideat"), ("dot_vote", "Äänestys"), ("consent", "Pelisäännöt"),
                            ("action_plan", "Toimenpiteet"), ("feedback", "Palaute")):
        facilitator.ok("step.add", {"activity": activity, "title": title})
    facilitator.ok("step.next")
    ideas = [phones[0].ok("idea.submit", {"client_id": new_id(), "text": text})["idea"]
             for text in ("Kuunnellaan", "Pidetään sovitut", "Tauot")]
    facilitator.ok("step.next")
    for phone in phones:  # "Pidetään sovitut" 2, "Kuunnellaan" 1 and "Tauot" 1: a tie for second
        phone.ok("vote.add", {"client_id": new_id(), "target_type": "idea", "target_id": ideas[1]["id"]})
    phones[0].ok("vote.add", {"client_id": new_id(), "target_type": "idea", "target_id": ideas[2]["id"]})
    phones[1].ok("vote.add", {"client_id": new_id(), "target_type": "idea", "target_id": ideas[0]["id"]})
    facilitator.ok("step.next")
    facilitator.ok("consent.amend", {"proposal": RULES})
    for phone in phones:
        phone.ok("answer.submit", {"value": 4})
    facilitator.ok("consent.decide", {"outcome": "agreed"})
    facilitator.ok("step.next")
    return room, facilitator, phones


def test_the_action_plan_starts_from_the_wording_the_group_agreed(app):
    room, facilitator, _phones = ground_rules_day(app)
    facilitator.ok("sync")
    actions = facilitator.received("snapshot")[-1]["actions"]
    assert [a["what"] for a in actions] == RULES.split("\n")


def test_the_first_page_holds_the_rules_the_themes_and_the_plan(app):
    room, facilitator, phones = ground_rules_day(app)
    facilitator.ok("sync")
    first = facilitator.received("snapshot")[-1]["actions"][0]
    facilitator.ok("action.edit", {"action_id": first["id"], "who": "Tiimivastaava", "due": "30.11."})
    phones[1].ok("action.volunteer", {"action_id": first["id"], "willing": True})
    document = document_of(app, room)
    document["workshop"]["next_meeting"] = "2027-01-12"  # as a closing step keeps it
    report = in_app(app, lambda d: Report(d).build(), document)
    summary = report["summary"]
    assert summary["agreed"] == [{"step": "Pelisäännöt", "rules": RULES.split("\n")}]
    (vote,) = summary["themes"]
    assert [(t["place"], t["text"], t["dots"]) for t in vote["top"]] == [
        (1, "Pidetään sovitut", 2), (2, "Kuunnellaan", 1), (2, "Tauot", 1)]  # a tie, in the wall's order
    assert summary["next_meeting"] == "12.1.2027"
    plan = report["actions"][0]
    assert (plan["who"], plan["due"], plan["volunteer_names"]) == ("Tiimivastaava", "30.11.2026", ["Zebulon"])
    html = in_app(app, formats.html, document)
    first_page = html[html.index('id="agreed"'):html.index(">" + "Ohjelma" + "<")]
    for expected in ("Mitä sovimme", "Kuuntelemme toisiamme.", "Tärkeimmät teemat", "Toimenpidesuunnitelma",
                     "Tiimivastaava", "30.11.2026", "Zebulon", "Seuraava tapaaminen", "12.1.2027"):
        assert expected in first_page, expected
    markdown = in_app(app, formats.markdown, document)
    assert "2\\. Kuunnellaan" in markdown and "2\\. Tauot" in markdown
    assert "| Kuuntelemme toisiamme. | Tiimivastaava, Zebulon | 30.11.2026 |" in markdown


def test_the_confidentiality_statement_says_what_the_report_names(app):
    room, facilitator, phones = ground_rules_day(app)
    facilitator.ok("sync")
    first = facilitator.received("snapshot")[-1]["actions"][0]
    phones[1].ok("action.volunteer", {"action_id": first["id"], "willing": True})
    html = in_app(app, formats.html, document_of(app, room))
    statement = html[html.index('data-testid="confidentiality"'):]
    assert "Raportissa ei näy kenenkään nimeä minkään idean, vastauksen tai äänen yhteydessä." in statement
    assert "ilmoittautuneiden nimet" in statement and "vähintään 1" in statement
    # An anonymous workshop names the volunteer and nobody else, anywhere.
    assert "Zebulon" in html and "Qarolina" not in html


def test_steps_follow_the_agenda_after_a_move(app):
    room, facilitator, _phones = ground_rules_day(app)
    facilitator.ok("sync")
    steps = facilitator.received("snapshot")[-1]["steps"]
    feedback = next(s for s in steps if s["title"] == "Palaute")
    facilitator.ok("step.move", {"step_id": feedback["id"], "position": 0})
    report = in_app(app, lambda d: Report(d).build(), document_of(app, room))
    assert [s["title"] for s in report["agenda"]] == ["Palaute", "Ideat", "Äänestys", "Pelisäännöt", "Toimenpiteet"]
    html = in_app(app, formats.html, document_of(app, room))
    assert html.index("1. Palaute") < html.index("2. Ideat")


def test_volunteering_is_named_in_an_anonymous_workshops_export_and_nothing_else(app):
    room, facilitator, phones = ground_rules_day(app)
    facilitator.ok("sync")
    first = facilitator.received("snapshot")[-1]["actions"][0]
    phones[0].ok("action.volunteer", {"action_id": first["id"], "willing": True})
    exported = json.loads(in_app(app, formats.as_json, document_of(app, room)))
    volunteer = exported["action_volunteers"][0]["participant_id"]
    assert exported["participants"][volunteer - 1]["nickname"] == "Qarolina"
    others = [ref for table in ("ideas", "votes", "responses") for ref in
              (row["participant_id"] for row in exported[table])]
    assert volunteer not in others
    assert [p for p in exported["participants"] if p["nickname"]] == [exported["participants"][volunteer - 1]]


def test_a_named_workshops_export_keeps_feedback_apart_from_the_nicknames(app):
    room, facilitator, phones = ground_rules_day(app, anonymous=False)
    facilitator.ok("step.next")  # the feedback
    for phone in phones:
        phone.ok("answer.submit", {"value": 5, "text": "Hyvä päivä"})
    exported = json.loads(in_app(app, formats.as_json, document_of(app, room)))
    feedback_step = next(ref for ref, s in enumerate(exported["steps"], 1) if s["activity"] == "feedback")
    consent_step = next(ref for ref, s in enumerate(exported["steps"], 1) if s["activity"] == "consent")
    promised = [r["participant_id"] for r in exported["responses"] if r["step_id"] in (feedback_step, consent_step)]
    assert len(promised) == 4 and len(set(promised)) == 4
    named = {ref for ref, p in enumerate(exported["participants"], 1) if p["nickname"]}
    assert named and not named & set(promised)
    # What the named workshop shows with names still does: who wrote the ideas.
    assert {row["participant_id"] for row in exported["ideas"]} <= named


def test_csv_opens_in_an_english_spreadsheet_with_commas(app):
    room = Room(app, language="en")
    room.facilitator().ok("step.next")
    room.phone().ok("idea.submit", {"client_id": new_id(), "text": "Lunch together, on Fridays"})
    text = in_app(app, formats.as_csv, document_of(app, room))
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert text.startswith("\ufeff") and rows[0][:3] == ["Step", "Step title", "Cluster"]
    assert rows[1][4] == "Lunch together, on Fridays"
