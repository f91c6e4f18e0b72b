"""The domain on its own: plain Python over the database, no Flask."""
import subprocess
import sys

import pytest

from facilitator.activities.dot_vote import domain as votes
from facilitator.db import make_engine, transaction
from facilitator.domain import clusters, ideas, participants, steps, workshops
from facilitator.domain.errors import DomainError


@pytest.fixture
def conn(tmp_path):
    with transaction(make_engine(f"sqlite:///{tmp_path}/d.db")) as connection:
        yield connection


@pytest.fixture
def day(conn):
    workshop = workshops.create(conn, title="Kehittämispäivä", language="fi")
    for activity in ("brainstorm", "cluster", "dot_vote"):
        steps.add(conn, workshop["id"], activity=activity, title=activity)
    return workshop


def fresh(conn, workshop):
    return workshops.get(conn, workshop["id"])


def states(conn, workshop):
    return [s["state"] for s in steps.rows(conn, workshop["id"])]


def test_domain_imports_no_web_framework():
    """The core's domain, and every activity type's declaration and domain code (all of its
    modules but its socket events, report section and strings)."""
    code = ("import sys, pkgutil, importlib, facilitator.domain as d, facilitator.activities as a; "
            "[importlib.import_module('facilitator.domain.' + m.name) for m in pkgutil.iter_modules(d.__path__)]; "
            "kinds = a.all_types(); assert len(kinds) >= 9, kinds; "
            "[importlib.import_module(k.package + '.' + m.name) for k in kinds "
            " for m in pkgutil.iter_modules([str(k.folder)]) if m.name not in ('events', 'report', 'strings')]; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('flask', 'flask_socketio', 'socketio', "
            "'engineio', 'eventlet', 'gevent', 'flask_babel')]; print(bad); sys.exit(bool(bad))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_codes_are_short_and_unambiguous(conn):
    codes = {workshops.create(conn, title=f"W{i}")["code"] for i in range(50)}
    assert len(codes) == 50
    for code in codes:
        assert len(code) == 6 and not set(code) & set("0O1IL2Z5S8B")
    some = next(iter(codes))
    assert workshops.by_code(conn, f" {some.lower()[:3]}-{some.lower()[3:]} ")["code"] == some
    assert workshops.by_code(conn, "OOOOOO") is None and workshops.by_code(conn, None) is None


def test_new_workshop_validation(conn):
    with pytest.raises(DomainError) as error:
        workshops.create(conn, title="")
    assert error.value.code == "empty"
    with pytest.raises(DomainError) as error:
        workshops.create(conn, title="x", language="sv")
    assert error.value.params["field"] == "language"
    assert workshops.create(conn, title="x", date="24.11.2026")["date"] == "2026-11-24"  # as Finns type it
    for bad in ("31.2.2026", "ensi tiistaina", "24.11."):
        with pytest.raises(DomainError) as error:
            workshops.create(conn, title="x", date=bad)
        assert error.value.params["field"] == "date"


def test_step_engine_moves_one_pointer_through_explicit_states(conn, day):
    assert states(conn, day) == ["pending"] * 3 and not fresh(conn, day)["started"]
    with pytest.raises(DomainError):
        steps.advance(conn, day["id"], -1)  # nothing to go back to before the start
    steps.advance(conn, day["id"], +1)
    assert states(conn, day) == ["active", "pending", "pending"]
    first = steps.current(conn, fresh(conn, day))
    assert first["submissions_open"]  # a brainstorm opens when it starts
    steps.advance(conn, day["id"], +1)
    assert states(conn, day) == ["done", "active", "pending"]
    assert not steps.current(conn, fresh(conn, day))["submissions_open"]  # clustering takes no input
    steps.advance(conn, day["id"], -1)
    assert states(conn, day) == ["active", "pending", "pending"]
    steps.goto(conn, day["id"], steps.rows(conn, day["id"])[2]["id"])
    assert states(conn, day) == ["done", "pending", "active"]
    steps.advance(conn, day["id"], +1)
    assert states(conn, day) == ["done", "pending", "done"]
    assert fresh(conn, day)["current_step_id"] is None and fresh(conn, day)["started"]
    with pytest.raises(DomainError):
        steps.advance(conn, day["id"], +1)
    steps.advance(conn, day["id"], -1)  # back into the day from its end
    assert states(conn, day)[2] == "active"


def test_agenda_editing(conn, day):
    ids = [s["id"] for s in steps.rows(conn, day["id"])]
    steps.move(conn, day["id"], ids[2], 0)
    assert [s["id"] for s in steps.rows(conn, day["id"])] == [ids[2], ids[0], ids[1]]
    steps.edit(conn, day["id"], ids[2], {"title": "Äänestys", "options": {"dots_per_person": 5}})
    agenda = steps.serialize(steps.rows(conn, day["id"]))
    assert agenda[0]["options"] == {"dots_per_person": 5, "max_dots_per_item": 2}
    assert agenda[0]["source_step_id"] is None  # no brainstorm before it any more
    steps.advance(conn, day["id"], +1)
    with pytest.raises(DomainError):
        steps.remove(conn, day["id"], ids[2])  # the current step stays
    steps.remove(conn, day["id"], ids[1])
    assert [s["position"] for s in steps.rows(conn, day["id"])] == [0, 1]


def test_source_is_the_nearest_earlier_brainstorm(conn, day):
    steps.add(conn, day["id"], activity="brainstorm", title="second")
    steps.add(conn, day["id"], activity="dot_vote", title="vote again")
    agenda = steps.serialize(steps.rows(conn, day["id"]))
    assert agenda[2]["source_step_id"] == agenda[0]["id"]
    assert agenda[4]["source_step_id"] == agenda[3]["id"]


def test_ideas_clusters_and_tally(conn, day):
    steps.advance(conn, day["id"], +1)
    anna = participants.join(conn, fresh(conn, day), "Anna")
    made = [ideas.submit(conn, fresh(conn, day), anna, f"client-id-{i}", f"idea {i}")[0] for i in range(4)]
    again, change = ideas.submit(conn, fresh(conn, day), anna, "client-id-0", "idea 0 again")
    assert again == made[0] and change is None
    steps.advance(conn, day["id"], +1)
    group, _ = clusters.create(conn, fresh(conn, day), "cluster-1", "Ryhmä")
    ideas.move(conn, fresh(conn, day), made[0]["id"], group["id"])
    change = ideas.move(conn, fresh(conn, day), made[1]["id"], group["id"], 0)
    assert change.data["order"] == [made[1]["id"], made[0]["id"]]
    ideas.set_hidden(conn, fresh(conn, day), made[3]["id"], True)
    steps.advance(conn, day["id"], +1)
    vote_step = steps.current(conn, fresh(conn, day))
    targets = {(t["type"], t["id"]) for t in votes.ranked(conn, vote_step)}
    assert targets == {("cluster", group["id"]), ("idea", made[2]["id"])}
    ville = participants.join(conn, fresh(conn, day), "Ville")
    votes.add(conn, fresh(conn, day), ville, "dot-00001", "cluster", group["id"])
    votes.add(conn, fresh(conn, day), ville, "dot-00002", "idea", made[2]["id"])
    with pytest.raises(DomainError) as hidden:
        votes.add(conn, fresh(conn, day), ville, "dot-00003", "idea", made[3]["id"])
    assert hidden.value.code == "not_found"
    tally = votes.tally(conn, steps.current(conn, fresh(conn, day)))
    assert tally["dots_spent"] == 2 and tally["voters"] == 1
    clusters.delete(conn, fresh(conn, day), group["id"])
    assert {i["cluster_id"] for i in ideas.listed(conn, fresh(conn, day), include_hidden=True)} == {None}


def test_locked_room_refuses_new_participants(conn, day):
    workshops.set_locked(conn, day["id"], True)
    with pytest.raises(DomainError) as error:
        participants.join(conn, fresh(conn, day))
    assert error.value.code == "locked"


def test_authors_show_only_when_not_anonymous(conn):
    named = workshops.create(conn, title="Named", anonymous=False)
    steps.add(conn, named["id"], activity="brainstorm", title="b")
    steps.advance(conn, named["id"], +1)
    anna = participants.join(conn, fresh(conn, named), "Anna")
    assert ideas.submit(conn, fresh(conn, named), anna, "client-id-9", "x")[0]["author"] == "Anna"
