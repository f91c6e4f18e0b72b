"""Who is connected is counted in memory and written in batches: a room of phones coming back
after a restart costs a handful of commits, not one per phone, and pair work still sees exactly
who is here."""
import time

from sqlalchemy import event

from facilitator.db import transaction
from facilitator.domain import participants, workshops


def test_a_storm_of_connections_is_a_handful_of_commits(app, room):
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
    assert 1 <= len(commits) <= 10, len(commits)  # one per broadcaster round, not one per phone
    for phone in phones[:10]:
        phone.client.disconnect()
    time.sleep(0.3)  # a few broadcaster rounds
    with transaction(engine) as conn:
        assert len(participants.present(conn, workshops.by_code(conn, room.code)["id"])) == 20


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
