"""Who is connected is counted in memory and written in batches: a room of phones coming back
after a restart costs a handful of commits, not one per phone, and pair work still sees exactly
who is here."""

from sqlalchemy import event

from conftest import FAST, Room
from facilitator.app import create_app
from facilitator.db import transaction
from facilitator.domain import participants, workshops


def test_a_storm_of_connections_is_a_handful_of_commits(tmp_path):
    # The broadcaster's rounds (which write what is pending) far apart, so that what the storm
    # costs does not depend on how fast this machine connects thirty phones: the next event
    # writes everything pending, in one commit.
    app = create_app({"DATA_DIR": str(tmp_path), "TESTING": True, "TALLY_INTERVAL": 600,
                      "PRESENCE_INTERVAL": 600, **FAST})
    room = Room(app)
    engine = app.extensions["facilitator.engine"]
    commits = []

    @event.listens_for(engine, "before_cursor_execute")
    def mark(conn, _cursor, statement, *_args):
        if statement.startswith("UPDATE participants SET connections"):
            conn.info["presence"] = True

    @event.listens_for(engine, "commit")
    def count(conn):
        if conn.info.pop("presence", False):
            commits.append(1)

    facilitator = room.facilitator()
    phones = [room.phone() for _ in range(30)]
    facilitator.ok("room.unlock")  # an event: what is pending is written before it runs
    with transaction(engine) as conn:
        here = participants.present(conn, workshops.by_code(conn, room.code)["id"])
    assert len(here) == 30
    assert len(commits) == 1, len(commits)  # thirty arrivals, one commit
    for phone in phones[:10]:
        phone.client.disconnect()
    facilitator.ok("room.lock")
    with transaction(engine) as conn:
        assert len(participants.present(conn, workshops.by_code(conn, room.code)["id"])) == 20
    assert len(commits) == 2, len(commits)  # ten departures, one commit


def test_stopping_counts_every_connected_phone_gone_in_one_transaction(app, room):
    """The server does not wait for each socket to close when it stops (cli._NotWaitingPool):
    the phones still connected are counted gone at once, so another process sharing the
    database does not keep them as present."""
    from facilitator.live import shutdown
    engine = app.extensions["facilitator.engine"]
    phones = [room.phone() for _ in range(5)]
    phones[0].ok("sync")
    room.facilitator().ok("room.unlock")  # what is pending is written
    with transaction(engine) as conn:
        workshop_id = workshops.by_code(conn, room.code)["id"]
        assert len(participants.present(conn, workshop_id)) == 5
    commits = []
    event.listen(engine, "commit", lambda conn: commits.append(1))
    shutdown(app)
    assert len(commits) == 1
    with transaction(engine) as conn:
        assert participants.present(conn, workshop_id) == []
