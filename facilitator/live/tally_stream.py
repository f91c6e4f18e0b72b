"""The results stream (`tally`) of each workshop: numbered, and sent as the change since the last
one where that is much smaller than the whole (docs/protocol.md, "Results").

Once results are revealed every phone gets the tally up to four times a second; with a hundred
targets on the wall the whole is a few kilobytes, of which a round changes a few counts. So each
message of a workshop's stream has a number `seq`; a delta names the one it was made from
(`base`) and a client that does not hold that one asks for the whole (`tally.get`).

The last whole is also what a snapshot or `tally.get` hands out while no change is waiting to be
counted: a reconnect storm during a vote then counts the dots once per round, not once per phone.
With several processes (a message queue) a process does not hear of the others' dots, so it
neither trusts its last whole nor numbers a stream the others also send to: every message is
whole there.
"""
import json
import threading


def _size(message):
    return len(json.dumps(message, separators=(",", ":"), default=str))


def _splice(before, after):
    """[start, how many removed, items inserted]: `after` is `before` with that one run replaced."""
    start = 0
    while start < min(len(before), len(after)) and before[start] == after[start]:
        start += 1
    end = 0
    while end < min(len(before), len(after)) - start and before[-1 - end] == after[-1 - end]:
        end += 1
    return [start, len(before) - start - end, after[start:len(after) - end]]


def delta(base, tally):
    """What turns `base` into `tally`: `set` (keys with a new value), `splice` (a list with one
    run replaced), `unset` (keys gone). Applied by phones.apply_tally and state.js alike."""
    changes = {"set": {}, "splice": {}, "unset": [key for key in base if key not in tally and key != "seq"]}
    for key, value in tally.items():
        before = base.get(key)
        if key == "seq" or (key in base and before == value):
            continue
        if isinstance(before, list) and isinstance(value, list):
            changes["splice"][key] = _splice(before, value)
        else:
            changes["set"][key] = value
    return {key: part for key, part in changes.items() if part}


class TallyStream:
    def __init__(self, alone):
        self.alone = alone  # the only process serving its workshops (no message queue)
        self._last = {}  # workshop id -> the last whole sent, with its `seq`
        self._unsettled = set()  # workshops with a change not yet in their last whole
        self._lock = threading.Lock()

    def changed(self, workshop_id):
        with self._lock:
            self._unsettled.add(workshop_id)

    def message(self, workshop_id, tally):
        """Numbers the current results (counted after every change marked so far) and returns
        (the whole with its seq, the message to send: a delta where it is much smaller)."""
        with self._lock:
            last = self._last.get(workshop_id) if self.alone else None
            whole = {**tally, "seq": (last["seq"] + 1) if last else 1}
            self._last[workshop_id] = whole
        if last is None or last["step_id"] != whole["step_id"] or last["revealed"] != whole["revealed"]:
            return whole, whole
        change = {"step_id": whole["step_id"], "activity": whole.get("activity"),
                  "revealed": whole["revealed"], "seq": whole["seq"], "base": last["seq"],
                  **delta(last, whole)}
        return whole, (change if 2 * _size(change) < _size(whole) else whole)

    def settled(self, workshop_id, since_taken):
        """The round's whole is out; it is current unless another change came meanwhile."""
        with self._lock:
            if not since_taken(workshop_id):
                self._unsettled.discard(workshop_id)

    def current(self, workshop_id, step_id):
        """The last whole, if it holds every change so far and is of `step_id`; else None."""
        with self._lock:
            if workshop_id in self._unsettled:
                return None
        return self.last(workshop_id, step_id)

    def last(self, workshop_id, step_id):
        """The last whole sent of `step_id`, if this process numbers the stream: what a client
        that missed a message needs (a change not yet in it comes with the next round)."""
        with self._lock:
            last = self._last.get(workshop_id)
            if not self.alone or last is None:
                return None
            return last if last["step_id"] == step_id else None

    def seed(self, workshop_id, count):
        """Numbers results a snapshot had to count (none sent yet by this process, e.g. just
        after a restart, and no change waiting): the phones reconnecting after it share them,
        and the stream's next delta is made from them. Returns them numbered, or None when the
        stream moved meanwhile (then the snapshot counts for itself)."""
        def blank():
            return self.alone and workshop_id not in self._unsettled and workshop_id not in self._last
        with self._lock:
            if not blank():
                return None
        counted = count()  # outside the lock: a query may yield to other green threads
        with self._lock:
            if counted is None or not blank():
                return None
            self._last[workshop_id] = whole = {**counted, "seq": 1}
            return whole

    def forget(self, workshop_id):
        with self._lock:
            self._last.pop(workshop_id, None)
            self._unsettled.discard(workshop_id)
