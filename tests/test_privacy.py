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
