"""A small group's answers stay unreadable: with fewer answers than MIN_ANSWERS_SHOWN (5 by
default) a step's results are withheld from every audience and from the report; from five on
they show. Four answers are not shown, five are."""
import pytest

from conftest import FAST, Room, new_id
from facilitator.app import DEFAULTS, create_app
from facilitator.db import transaction
from facilitator.domain import workshops
from facilitator.report import formats
from facilitator.report.dump import dump


@pytest.fixture
def app(tmp_path):
    # The real threshold (the other tests' rooms are small and show results from one answer).
    return create_app({"DATA_DIR": str(tmp_path), "TALLY_INTERVAL": 0.05, **FAST,
                       "MIN_ANSWERS_SHOWN": DEFAULTS["MIN_ANSWERS_SHOWN"]})


def test_the_default_threshold_is_five():
    assert DEFAULTS["MIN_ANSWERS_SHOWN"] == 5


def snapshots(room, *clients):
    found = []
    for client in clients:
        client.ok("sync")
        found.append(client.received("snapshot")[-1]["tally"])
    return found


def scale_room(app, answers):
    room = Room(app, language="fi")
    facilitator, projector = room.facilitator(), room.projector()
    facilitator.ok("agenda.clear")
    facilitator.ok("step.add", {"activity": "scale", "title": "Missä olemme nyt?"})
    facilitator.ok("step.next")
    phones = [room.phone() for _ in range(answers)]
    for value, phone in zip((2, 9, 9, 4, 7), phones):
        phone.ok("answer.submit", {"value": value})
    facilitator.ok("results.reveal")
    return room, facilitator, projector, phones


def report_html(app, room):
    with app.app_context(), transaction(app.extensions["facilitator.engine"]) as conn:
        return formats.html(dump(conn, workshops.by_code(conn, room.code)["id"]))


def test_four_answers_are_not_shown_anywhere(app):
    room, facilitator, projector, phones = scale_room(app, 4)
    streamed = projector.wait_for("tally", lambda t: t.get("revealed"))
    assert streamed["withheld"] and "counts" not in streamed
    for tally in snapshots(room, facilitator, projector, phones[0]):
        assert tally["withheld"] and tally["min_answers"] == 5 and tally["responses"] == 4
        assert "counts" not in tally and "median" not in tally and "average" not in tally
    html = report_html(app, room)
    assert "Tulokset näytetään, kun vastauksia on vähintään 5" in html
    assert "mediaani" not in html.lower()


def test_five_answers_are_shown(app):
    room, facilitator, projector, phones = scale_room(app, 5)
    for tally in snapshots(room, facilitator, projector, phones[0]):
        assert not tally.get("withheld") and tally["responses"] == 5
        assert tally["counts"][9] == 2 and tally["median"] == 7
    html = report_html(app, room)
    assert "Tulokset näytetään, kun vastauksia on vähintään" not in html
    assert "mediaani 7" in html


@pytest.mark.parametrize("voters", [4, 5])
def test_a_dot_vote_shows_from_five_voters(app, voters):
    room = Room(app, language="fi")
    facilitator, projector = room.facilitator(), room.projector()
    phones = [room.phone() for _ in range(voters)]
    facilitator.ok("step.next")  # the first agenda: ideas, clustering, a dot vote
    idea = phones[0].ok("idea.submit", {"client_id": new_id(), "text": "Yhteinen kahvihetki"})["idea"]
    facilitator.ok("step.next")
    facilitator.ok("step.next")
    for phone in phones:
        phone.ok("vote.add", {"client_id": new_id(), "target_type": "idea", "target_id": idea["id"]})
    facilitator.ok("results.reveal")
    (tally,) = snapshots(room, projector)
    assert tally["voters"] == voters and bool(tally.get("withheld")) == (voters < 5)
    assert ("counts" in tally) == (voters >= 5)


def test_a_named_step_in_an_anonymous_workshop_names_its_ideas_and_only_them(app):
    import json
    room = Room(app, language="fi")
    facilitator = room.facilitator()
    facilitator.ok("agenda.clear")
    facilitator.ok("step.add", {"activity": "brainstorm", "title": "Nimettömät ideat"})
    facilitator.ok("step.add", {"activity": "brainstorm", "title": "Allekirjoitetut lupaukset", "options": {"named": 1}})
    phone = room.phone("Qarolina")
    facilitator.ok("step.next")
    phone.ok("idea.submit", {"client_id": new_id(), "text": "Palaverit lyhyemmiksi"})
    facilitator.ok("step.next")
    phone.ok("idea.submit", {"client_id": new_id(), "text": "Lupaan kysyä ennen kuin oletan"})
    phone.ok("sync")
    ideas = {i["text"]: i["author"] for i in phone.received("snapshot")[-1]["ideas"]}
    assert ideas == {"Palaverit lyhyemmiksi": None, "Lupaan kysyä ennen kuin oletan": "Qarolina"}
    with app.app_context(), transaction(app.extensions["facilitator.engine"]) as conn:
        document = dump(conn, workshops.by_code(conn, room.code)["id"])
        html, exported = formats.html(document), json.loads(formats.as_json(document))
    assert "Lupaan kysyä ennen kuin oletan <span class=\"author\">(Qarolina)</span>" in html
    assert html.count("Qarolina") == 1  # the signed idea, nowhere else
    assert "Allekirjoitetut lupaukset" in html[html.index('data-testid="confidentiality"'):]
    by_text = {i["text"]: i["participant_id"] for i in exported["ideas"]}
    named, plain = by_text["Lupaan kysyä ennen kuin oletan"], by_text["Palaverit lyhyemmiksi"]
    assert named != plain  # the signed idea does not link the anonymous one to its writer
    assert exported["participants"][named - 1]["nickname"] == "Qarolina"
    assert exported["participants"][plain - 1]["nickname"] is None


def test_only_a_brainstorm_can_be_named(app):
    room = Room(app)
    refused = room.facilitator().send("step.add", {"activity": "scale", "title": "x", "options": {"named": 1}})
    assert not refused["ok"] and refused["code"] == "bad_payload"
