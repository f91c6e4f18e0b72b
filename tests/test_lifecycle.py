"""The data's life cycle: deletion is real, retention deletes old days, no one is tracked."""
import time
from pathlib import Path

from sqlalchemy import select

from conftest import Room, new_id
from facilitator import db
from facilitator.db import transaction
from facilitator.domain import lifecycle, workshops

MARKER = "Luottamuksellinen-merkkijono-Q7X"
AGENT = "FacilitatorTestAgent/9.9 (tracking-check)"


def database_bytes(app):
    folder = Path(app.config["DATA_DIR"])
    return b"".join(path.read_bytes() for path in folder.glob("facilitator.db*"))


def busy_workshop(app):
    room = Room(app)
    facilitator, phone = room.facilitator(), room.phone(MARKER + "-nimi")
    facilitator.ok("step.next")
    for number in range(30):
        phone.ok("idea.submit", {"client_id": new_id(), "text": f"{MARKER} idea {number}"})
    facilitator.ok("cluster.create", {"client_id": new_id(), "title": MARKER + " ryhmä"})
    facilitator.ok("workshop.goals", {"goals": MARKER + " tavoite"})
    facilitator.ok("step.add", {"activity": "action_plan", "title": MARKER + " vaihe"})
    return room, facilitator


def test_delete_leaves_no_row_and_no_text_in_the_file(app):
    keep = Room(app)  # another workshop, which must survive
    room, facilitator = busy_workshop(app)
    assert MARKER.encode() in database_bytes(app)
    with transaction(app.extensions["facilitator.engine"]) as conn:
        deleted_id = workshops.by_code(conn, room.code)["id"]
    refused = room.facilitator_http.post(f"/w/{room.code}/delete", data={"confirm": "wrong"})
    assert refused.status_code == 400
    assert room.phone().http.post(f"/w/{room.code}/delete", data={"confirm": room.code}).status_code == 403
    done = room.facilitator_http.post(f"/w/{room.code}/delete", data={"confirm": room.code.lower()})
    assert done.status_code == 200
    with transaction(app.extensions["facilitator.engine"]) as conn:
        assert workshops.by_code(conn, room.code) is None
        for table in db.metadata.sorted_tables:
            rows = conn.execute(select(table)).mappings().all()
            if table is db.workshops:
                assert [r["code"] for r in rows] == [keep.code]
            elif "workshop_id" in table.c:
                assert all(r["workshop_id"] != deleted_id for r in rows), table.name
            else:  # a table reached through its parent (the action plan's volunteers): the kept
                # workshop has none, so nothing may remain
                assert rows == [], table.name
    assert MARKER.encode() not in database_bytes(app)
    assert room.facilitator_http.get(f"/w/{room.code}/console").status_code == 404
    assert keep.facilitator_http.get(f"/w/{keep.code}/console").status_code == 200


def test_retention_deletes_only_days_that_ended_long_enough_ago(app):
    ended, running = Room(app), Room(app)
    console = ended.facilitator()
    for _ in range(4):
        console.ok("step.next")  # three steps, then the end of the day
    running.facilitator().ok("step.next")
    engine = app.extensions["facilitator.engine"]
    assert lifecycle.purge(engine, days=30) == 0
    assert lifecycle.purge(engine, days=30, now=time.time() + 31 * 86400) == 1
    with transaction(engine) as conn:
        assert workshops.by_code(conn, ended.code) is None
        assert workshops.by_code(conn, running.code) is not None


def test_no_ip_address_or_browser_identification_is_stored(app):
    client = app.test_client()
    headers = {"User-Agent": AGENT, "X-Forwarded-For": "203.0.113.77"}
    code = client.post("/new", data={"title": "x", "language": "fi"}, headers=headers).headers["Location"].split("/")[2]
    phone = app.test_client()
    phone.post(f"/{code}/join", data={"nickname": ""}, headers=headers)
    socket = app.extensions["facilitator.socketio"].test_client(
        app, flask_test_client=phone, auth={"workshop": code, "role": "participant"}, headers=headers)
    assert socket.is_connected()
    stored = database_bytes(app)
    assert AGENT.encode() not in stored and b"203.0.113.77" not in stored and b"127.0.0.1" not in stored
