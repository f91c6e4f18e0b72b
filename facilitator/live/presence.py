"""Which phones are connected: counted in memory as they come and go, written to the database in
one transaction per round of the broadcaster (and before any event that might read them).

A reconnect storm of a thousand phones used to be a thousand commits, each a disk flush, before
anyone got their snapshot; now it is one. Pair work reads the counts (`participants.present`), so
the runner writes what is pending before it runs an event.
"""
import threading
from collections import defaultdict

from ..db import transaction
from ..domain import participants


class Presence:
    def __init__(self, engine):
        self.engine = engine
        self._pending = defaultdict(int)  # participant id -> connections opened minus closed
        self._lock = threading.Lock()
        # Held while a batch is written: whoever flushes next waits for it, so that an event
        # that flushes before it runs sees every phone counted, the background round's too.
        self._writing = threading.Lock()

    def change(self, participant_id, delta):
        with self._lock:
            self._pending[participant_id] += delta

    def flush(self):
        """Writes the pending counts; safe to call often (nothing pending: no transaction)."""
        with self._writing:
            with self._lock:
                pending, self._pending = self._pending, defaultdict(int)
            moved = {pid: delta for pid, delta in pending.items() if delta}
            if not moved:
                return
            try:
                with transaction(self.engine) as conn:
                    for participant_id, delta in moved.items():
                        participants.connected(conn, participant_id, delta)
            except Exception:
                with self._lock:  # kept for the next round
                    for participant_id, delta in moved.items():
                        self._pending[participant_id] += delta
                raise
