"""Sending committed changes to the rooms of a workshop, and the batched streams.

Rooms: `w{id}` (everyone in a workshop) and `w{id}:{audience}`. Vote tallies and participant
counts are not sent per change: a change only marks them dirty, and one background task sends
each dirty one at most every TALLY_INTERVAL / PRESENCE_INTERVAL seconds, so a vote storm does not
become a broadcast storm.
"""
import logging
import threading

from ..db import transaction
from ..domain import participants, snapshot, workshops
from ..domain.changes import AUDIENCES
from .tally_stream import TallyStream

log = logging.getLogger(__name__)


def room(workshop_id, audience=None):
    return f"w{workshop_id}" if audience is None else f"w{workshop_id}:{audience}"


class Broadcaster:
    def __init__(self, socketio, engine, tally_interval, presence_interval, alone=True, min_answers=1):
        self.socketio = socketio
        # Fewer answers than this and a result shows only how many answered (domain/privacy.py).
        self.min_answers = min_answers
        self.engine = engine
        self.tallies = TallyStream(alone)  # alone: no other process serves these workshops
        self.tally_interval = tally_interval
        self.presence_every = max(1, round(presence_interval / tally_interval))
        self._rounds = []  # callables run at the start of every round (presence.py's flush)
        self._dirty_tally = set()
        self._dirty_presence = set()
        self._started = False
        self._lock = threading.Lock()

    def change(self, workshop_id, change):
        if change.same_for_all:
            self.socketio.emit("change", change.message("participant"), to=room(workshop_id))
            return
        for audience in AUDIENCES:
            self.socketio.emit("change", change.message(audience), to=room(workshop_id, audience))

    def every_round(self, work):
        self._rounds.append(work)

    def tally_changed(self, workshop_id):
        with self._lock:
            self._dirty_tally.add(workshop_id)
        self.tallies.changed(workshop_id)
        self.start()

    def participants_changed(self, workshop_id):
        with self._lock:
            self._dirty_presence.add(workshop_id)
        self.start()

    def _take(self, name):
        with self._lock:
            dirty = getattr(self, name)
            setattr(self, name, set())
        return dirty

    def start(self):
        with self._lock:
            if not self._started:
                self._started = True
                self.socketio.start_background_task(self._run)

    def _run(self):
        rounds = 0
        while True:
            self.socketio.sleep(self.tally_interval)
            rounds += 1
            try:
                for work in self._rounds:
                    work()
                self.flush_tallies()
                if rounds % self.presence_every == 0:
                    self.flush_presence()
            except Exception:  # a bad round must not end the stream for every workshop
                log.exception("broadcast round failed")

    def flush_tallies(self):
        for workshop_id in self._take("_dirty_tally"):
            with transaction(self.engine) as conn:
                workshop = workshops.get(conn, workshop_id)
                tally = snapshot.current_tally(conn, workshop, "facilitator", min_answers=self.min_answers)
            if tally is None:
                continue
            whole, message = self.tallies.message(workshop_id, tally)
            if whole["revealed"]:  # one stream for everyone, as the facilitator gets it
                self.socketio.emit("tally", message, to=[room(workshop_id, audience) for audience in AUDIENCES])
            else:
                self.socketio.emit("tally", message, to=room(workshop_id, "facilitator"))
                self.socketio.emit("tally", snapshot.progress(tally), to=room(workshop_id, "projector"))
            self.tallies.settled(workshop_id, lambda w: w in self._dirty_tally)

    def flush_presence(self):
        for workshop_id in self._take("_dirty_presence"):
            with transaction(self.engine) as conn:
                count = participants.count(conn, workshop_id)
            self.socketio.emit("presence", {"participants": count},
                               to=[room(workshop_id, "facilitator"), room(workshop_id, "projector")])
