"""Group commit for the small answers a room sends in storms: dots and scale or consent answers.

Each is a tiny write, but a durable commit costs a disk flush; with a whole hall voting at once
the flushes set the pace. So the first answer to arrive commits for the others: it yields once,
takes every answer of that workshop that has arrived meanwhile, runs them in one transaction and
commits once. Nobody is answered before the commit that holds their change.

A refusal (the `refusals` exception types, raised before anything is written) fails only its own
answer. Any other error rolls the whole batch back, and its answers are then run one at a time,
so that only the faulty one fails.
"""
import threading
from collections import defaultdict
from dataclasses import dataclass, field


@dataclass
class _Waiting:
    work: object
    done: threading.Event = field(default_factory=threading.Event)
    result: object = None
    error: BaseException | None = None


class GroupCommit:
    def __init__(self, engine, lock_for, yield_once, refusals=()):
        self.engine = engine
        self.lock_for = lock_for        # the workshop's writer lock (see live/__init__.py)
        self.yield_once = yield_once    # lets other green threads run: socketio.sleep(0)
        self.refusals = tuple(refusals)
        self._pending = defaultdict(list)
        self._leading = set()
        self._lock = threading.Lock()

    def run(self, workshop_id, work):
        """Runs `work(conn, shared)` in a shared transaction; returns its result or raises its
        error once the transaction is committed. `shared` is a dict the batch's works share (what
        is the same for all of them, like the workshop's row, need be read only once)."""
        waiting = _Waiting(work)
        with self._lock:
            self._pending[workshop_id].append(waiting)
            leads = workshop_id not in self._leading
            if leads:
                self._leading.add(workshop_id)
        if leads:
            self.yield_once()  # answers already on their way join this commit
            self._commit_all(workshop_id)
        waiting.done.wait()
        if waiting.error is not None:
            raise waiting.error
        return waiting.result

    def _commit_all(self, workshop_id):
        while True:
            with self._lock:
                batch = self._pending.pop(workshop_id, [])
                if not batch:
                    self._leading.discard(workshop_id)
                    return
            self._commit(workshop_id, batch)
            for waiting in batch:
                waiting.done.set()

    def _commit(self, workshop_id, batch):
        try:
            with self.lock_for(workshop_id), self.engine.begin() as conn:
                shared = {}
                for waiting in batch:
                    waiting.result, waiting.error = None, None
                    try:
                        waiting.result = waiting.work(conn, shared)
                    except self.refusals as refusal:
                        waiting.error = refusal
        except Exception as error:  # rolled back: nobody's answer in this batch holds
            if len(batch) == 1:
                batch[0].result, batch[0].error = None, error
                return
            for waiting in batch:
                self._commit(workshop_id, [waiting])
