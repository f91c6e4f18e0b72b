"""The load generator as several processes: the phones are dealt out over them, each process runs
its own event loop, and the harness (the parent) tells them what to do and collects the figures.

One clock for latency across processes: `time.monotonic()` is CLOCK_MONOTONIC, one clock for the
whole host. A submitting phone writes its send moment into the idea's text, so whichever process
receives the `change` subtracts it without asking anyone.

Each process measures, per phase (between `begin` and `end`), its own CPU share and how late its
loop wakes: the report says when a generator, not the server, was the limit.
"""
import asyncio
import gc
import itertools
import multiprocessing
import random
import resource
import threading
import time
import traceback
import uuid
from collections import Counter

from . import phones
from .phones import IDEA_TAG, LoopLag, Room, join_phone
from .servers import CpuMeter, own_cpu_seconds


class Worker:
    """The phones of one generator process (runs in the child)."""

    def __init__(self, base, code):
        self.room = Room(base)
        self.room.code = code
        self.phones = []
        self._meters = None

    async def join(self, moments):
        """Each phone scans the QR code at its moment (monotonic seconds); returns join figures."""
        seconds, failures = [], []

        async def one(at):
            await asyncio.sleep(max(0.0, at - time.monotonic()))
            try:
                phone, took = await join_phone(self.room)
            except Exception as error:  # counted, and the figures say how many failed
                failures.append(repr(error))
                return
            self.phones.append(phone)
            seconds.append(took)

        tasks = [asyncio.ensure_future(one(at)) for at in moments]
        _done, late = await asyncio.wait(tasks, timeout=max(moments, default=0) - time.monotonic() + 60)
        for task in late:  # still not in after a minute: counted as not joined
            task.cancel()
        failures += ["timed out"] * len(late)
        # A full collection over thousands of clients' objects stalls this loop for a tenth of a
        # second or more, which would show as latency that is not the server's.
        gc.collect()
        gc.freeze()
        return {"joined": len(self.phones), "seconds": seconds, "failures": failures[:3],
                "failed": len(failures), "compression": [p.compression for p in self.phones[:1]]}

    async def begin(self):
        self.room.reset_counts()
        cpu, lag = CpuMeter(own_cpu_seconds), LoopLag()
        cpu.__enter__()
        lag.__enter__()
        self._meters = (cpu, lag)
        return True

    async def end(self):
        cpu, lag = self._meters
        cpu.__exit__(None, None, None)
        lag.__exit__(None, None, None)
        room = self.room
        return {"cpu_s": cpu.cpu, "share": cpu.share, "lag": lag.samples, "latencies": room.latencies,
                "deliveries": room.deliveries, "tally_deliveries": room.tally_deliveries,
                "tally_bytes": room.tally_bytes, "tally_wholes": room.tally_wholes,
                "tally_asked": room.tally_asked, "gaps": room.gaps, "phones": len(self.phones)}

    async def phone_count(self):
        return len(self.phones)

    async def received(self):
        return len(self.room.latencies)

    async def tally_holders(self, want):
        """How many phones here hold a tally of exactly `want` ([[idea id, dots]])."""
        want = {("idea", target): n for target, n in want}
        return sum(1 for p in self.phones if p.tally and p.tally.get("counts") is not None and
                   {(c["target_type"], c["target_id"]): c["dots"] for c in p.tally["counts"] if c["dots"]} == want)

    def _connected(self):
        return [p for p in self.phones if p.sio.connected] or self.phones

    async def submit(self, seq):
        phone = random.choice(self._connected())
        text = f"{IDEA_TAG}{seq}-{time.monotonic():.6f}"
        try:
            answer = await phone.call("idea.submit", {"client_id": uuid.uuid4().hex, "text": text})
        except Exception:  # a phone dropped meanwhile: the idea counts as not accepted
            return None
        return answer["idea"]["id"] if answer.get("ok") else None

    async def vote(self, targets, start_at, window, offset, total, dots):
        """Every phone here spends `dots` dots at its moment of the storm (the dots in flight at
        once, as fast taps)."""
        acknowledged, refused, last_sent = Counter(), [], [0.0]

        async def phone_votes(phone, index):
            await asyncio.sleep(max(0.0, start_at + window * index / total - time.monotonic()))
            chosen = random.sample(targets, dots)
            calls = [phone.call("vote.add", {"client_id": uuid.uuid4().hex, "target_type": "idea",
                                             "target_id": target}) for target in chosen]
            last_sent[0] = max(last_sent[0], time.monotonic())
            for target, answer in zip(chosen, await asyncio.gather(*calls, return_exceptions=True)):
                if isinstance(answer, Exception):
                    refused.append(type(answer).__name__)
                elif answer.get("ok"):
                    acknowledged[target] += 1
                    phone.dots.append((answer["my_votes"][-1]["client_id"], target))
                else:
                    refused.append(answer.get("code"))

        await asyncio.gather(*(phone_votes(p, offset + i) for i, p in enumerate(self.phones)))
        return {"acknowledged": dict(acknowledged), "refused": refused, "last_sent": last_sent[0]}

    async def move_dot(self, targets):
        """One phone takes back one of its dots and puts it on another idea: the tally moves,
        the number of dots does not. Returns the (removed, added) targets, or None."""
        phone = random.choice([p for p in self._connected() if p.dots] or [None])
        if phone is None:
            return None
        client_id, old = phone.dots.pop(random.randrange(len(phone.dots)))
        try:
            answer = await phone.call("vote.remove", {"client_id": client_id})
        except Exception:  # dropped meanwhile: no move
            phone.dots.append((client_id, old))
            return None
        if not answer.get("ok"):
            return None
        new_id = uuid.uuid4().hex
        try:
            answer = await phone.call("vote.add", {"client_id": new_id, "target_type": "idea",
                                                   "target_id": random.choice(targets)})
        except Exception:
            return [old, None]
        if not answer.get("ok"):
            return [old, None]
        added = answer["my_votes"][-1]
        phone.dots.append((new_id, added["target_id"]))
        return [old, added["target_id"]]

    async def max_rev(self):
        return max((p.rev for p in self.phones), default=0)

    async def arm(self, expected_rev):
        """Before a restart: each phone is back when it holds a snapshot at `expected_rev`."""
        self.room.expected_rev = expected_rev
        for phone in self.phones:
            phone.synced.clear()
        return True

    async def wait_synced(self, timeout):
        waiting = [asyncio.ensure_future(p.synced.wait()) for p in self.phones]
        if waiting:
            await asyncio.wait(waiting, timeout=timeout)
        for task in waiting:
            task.cancel()
        return [p.synced_at for p in self.phones if p.synced.is_set()]

    async def close(self):
        from .scenarios import close_all
        await close_all(self.phones)
        self.phones = []
        return True


def _child(conn, base, code, compress, worker):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    phones.COMPRESS = compress
    asyncio.run(_serve(conn, worker(base, code)))


async def _serve(conn, worker):
    """Runs the parent's commands as tasks and answers each when it is done."""
    loop = asyncio.get_running_loop()
    inbox = asyncio.Queue()
    threading.Thread(target=lambda: _read(conn, loop, inbox), daemon=True).start()
    running = set()
    while True:
        message = await inbox.get()
        if message is None:
            break
        ident, name, kwargs = message

        async def answer(ident=ident, name=name, kwargs=kwargs):
            try:
                conn.send((ident, True, await getattr(worker, name)(**kwargs)))
            except Exception as error:  # the parent raises it where it asked
                conn.send((ident, False, f"{error!r}\n{traceback.format_exc()}"))
        task = asyncio.ensure_future(answer())
        running.add(task)
        task.add_done_callback(running.discard)
        if name == "close":
            await task
            break


def _read(conn, loop, inbox):
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            message = None
        loop.call_soon_threadsafe(inbox.put_nowait, message)
        if message is None or message[1] == "close":
            return


class Generator:
    """The parent's handle on one generator process."""

    _ids = itertools.count()

    def __init__(self, base, code, compress, worker=Worker):
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_child, args=(child, base, code, compress, worker), daemon=True)
        self.process.start()
        self.pid = self.process.pid
        self._waiting = {}
        self._loop = asyncio.get_running_loop()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        while True:
            try:
                ident, ok, value = self.conn.recv()
            except (EOFError, OSError):
                return
            future = self._waiting.pop(ident)

            def settle(future=future, ok=ok, value=value):
                if not future.done():  # not given up on (a deadline cancels it)
                    (future.set_result(value) if ok else future.set_exception(RuntimeError(value)))
            self._loop.call_soon_threadsafe(settle)

    async def call(self, name, **kwargs):
        ident = next(self._ids)
        future = self._loop.create_future()
        self._waiting[ident] = future
        self.conn.send((ident, name, kwargs))
        return await future

    def stop(self):
        self.process.join(10)
        if self.process.is_alive():
            self.process.kill()


class Pool:
    """Every generator process at once: `each(name, ...)` asks all of them and returns their answers.
    `worker` is the class a process runs (a subclass of Worker adds commands, as the storms do)."""

    def __init__(self, urls, code, count, compress, worker=Worker):
        # Over several server processes, generator g's phones all connect to urls[g % len(urls)].
        self.generators = [Generator(urls[g % len(urls)], code, compress, worker) for g in range(count)]
        self.servers = len(urls)

    async def each(self, name, per=None, **kwargs):
        """`per(index)` gives a generator its own arguments, merged over `kwargs`."""
        return await asyncio.gather(*(g.call(name, **kwargs, **(per(i) if per else {}))
                                      for i, g in enumerate(self.generators)))

    async def close(self):
        await asyncio.gather(*(asyncio.wait_for(g.call("close"), 60) for g in self.generators),
                             return_exceptions=True)
        for generator in self.generators:
            generator.stop()
