"""A series of sessions: the next one opens by reviewing what was promised last time."""
import io
import json

from flask_babel import force_locale

from conftest import Room, new_id
from facilitator.db import transaction
from facilitator.domain import workshops
from facilitator.report import formats
from facilitator.report.dump import dump


def first_session(app):
    room = Room(app, language="fi")
    facilitator = room.facilitator()
    room.phone("Qarolina")  # a nickname the report must not show
    facilitator.ok("agenda.clear")
    facilitator.ok("workshop.goals", {"goals": "Asiakaspalvelu sujuvammaksi"})
    facilitator.ok("step.add", {"activity": "action_plan", "title": "Toimintasuunnitelma"})
    facilitator.ok("step.next")
    for what, who in (("Palautelomake verkkoon", "Sari"), ("Viikkopalaveri", "Ville"), ("Uusi ohje", "Anna")):
        facilitator.ok("action.create", {"client_id": new_id(), "what": what, "who": who, "due": "2026-12-31"})
    facilitator.ok("step.next")
    return room


def second_session(app, http, **form):
    answer = http.post("/new", data={"title": "Seurantatapaaminen", "language": "fi", "date": "2027-01-15",
                                     "anonymous": "1", **form}, content_type="multipart/form-data")
    assert answer.status_code == 302, answer.data
    return answer.headers["Location"].split("/")[2]


def review_flow(app, room, code):
    facilitator = Room.__new__(Room)
    facilitator.app, facilitator.facilitator_http, facilitator.code = app, room.facilitator_http, code
    console = facilitator.facilitator()
    snapshot = console.received("snapshot")[-1]
    went_well, review = snapshot["steps"][:2]
    assert went_well["activity"] == "brainstorm" and "hyvin" in went_well["title"]  # what helped, first
    assert review["activity"] == "review" and "viime kerralla" in review["title"]  # in Finnish
    assert snapshot["workshop"]["goals"] == "Asiakaspalvelu sujuvammaksi"
    carried = [a for a in snapshot["actions"] if a["step_id"] == review["id"]]
    assert [a["what"] for a in carried] == ["Palautelomake verkkoon", "Viikkopalaveri", "Uusi ohje"]
    console.ok("step.next")
    for action, status in zip(carried, ("done", "in_progress", "dropped")):
        console.ok("action.edit", {"action_id": action["id"], "status": status})
    with app.app_context(), transaction(app.extensions["facilitator.engine"]) as conn:
        return formats.html(dump(conn, workshops.by_code(conn, code)["id"]))


def test_second_session_reviews_the_first_on_the_same_server(app):
    room = first_session(app)
    code = second_session(app, room.facilitator_http, continue_from=room.code.lower())
    html = review_flow(app, room, code)
    series = html[html.index('<section id="series">'):]
    series = series[:series.index("</section>")]
    with app.test_request_context(), force_locale("fi"):
        labels = formats.statuses()
    rows = {row.split("<td>")[1].split("</td>")[0]: row for row in series.split("<tr>")[2:]}
    assert set(rows) == {"Palautelomake verkkoon", "Viikkopalaveri", "Uusi ohje"}
    # Then (when agreed) not started; now as set in the review.
    for what, now in (("Palautelomake verkkoon", "done"), ("Viikkopalaveri", "in_progress"), ("Uusi ohje", "dropped")):
        assert rows[what].count("<td>") == 4
        assert f"<td>{labels['not_started']}</td><td>{labels[now]}</td>" in rows[what]
    assert "Qarolina" not in html


def test_second_session_from_the_first_ones_json_export(app):
    room = first_session(app)
    export = room.facilitator_http.get(f"/w/{room.code}/report.json").data
    other_laptop = app.test_client()
    code = second_session(app, other_laptop, continue_file=(io.BytesIO(export), "team-day.json"))
    room.facilitator_http = other_laptop
    review_flow(app, room, code)


def test_only_the_earlier_facilitator_may_carry_it_over(app):
    room = first_session(app)
    stranger = app.test_client()
    answer = stranger.post("/new", data={"title": "Ryöstö", "language": "fi", "continue_from": room.code},
                           content_type="multipart/form-data")
    assert answer.status_code == 400
    bad_file = stranger.post("/new", data={"title": "x", "language": "fi",
                                           "continue_file": (io.BytesIO(b"not json"), "x.json")},
                             content_type="multipart/form-data")
    assert bad_file.status_code == 400
    json.loads(room.facilitator_http.get(f"/w/{room.code}/report.json").data)  # still there, intact
