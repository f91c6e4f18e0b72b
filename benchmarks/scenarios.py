"""The scenarios of a run: join storm, idea fan-out, vote storm, tally stream, reconnect storm.

Each returns a dict of figures; `session()` drives one server through all of them in order, so the
phones of the join storm are the ones that receive the ideas, vote, and come back after a restart.
The phones live in generator processes (generators.py); the facilitator and the projector live
here, in the harness.
"""
import asyncio
import random
import statistics
import time
from collections import Counter

from .generators import Pool
from .phones import LoopLag, Room, facilitator_and_projector
from .servers import CpuMeter, own_cpu_seconds

# A generator process is the limit when it keeps one core this busy, or its loop wakes late.
GENERATOR_BUSY_SHARE = 0.9
GENERATOR_LATE_SECONDS = 0.1


def percentile(values, share):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


class Phase:
    """One scenario's measuring: the server's CPU, every generator's CPU and loop lag (and the
    harness's own), and what the phones counted."""

    def __init__(self, server, pool, name):
        self.server, self.pool, self.name = server, pool, name
        self.ends = []

    async def __aenter__(self):
        self._profile = self.server.profile(self.name)
        self._profile.__enter__()
        await self.pool.each("begin")
        self.cpu = CpuMeter(self.server.cpu_seconds).__enter__()
        self.parts = [CpuMeter(p.cpu_seconds).__enter__() for p in self.server.parts]
        self.services = {name: CpuMeter(getattr(self.server, f"{name}_cpu_seconds")).__enter__()
                         for name in ("redis", "postgres") if hasattr(self.server, f"{name}_cpu_seconds")}
        self.own = CpuMeter(own_cpu_seconds).__enter__()
        self.lag = LoopLag().__enter__()
        return self

    async def __aexit__(self, *exc):
        for meter in (self.cpu, self.own, self.lag, *self.parts, *self.services.values()):
            meter.__exit__(None, None, None)
        self.ends = await self.pool.each("end")
        self._profile.__exit__(None, None, None)

    def total(self, key):
        return sum(end[key] for end in self.ends)

    def latencies(self):
        return [s for end in self.ends for s in end["latencies"]]

    def figures(self):
        generators = [(end["share"], percentile(end["lag"], 0.99) or 0.0) for end in self.ends]
        generators.append((self.own.share, percentile(self.lag.samples, 0.99) or 0.0))
        share = max(s for s, _ in generators)
        late = max(late for _, late in generators)
        services = {f"{name}_cpu_s": meter.cpu for name, meter in self.services.items()}
        return {"server_cpu_s": self.cpu.cpu, "server_cpu_share": self.cpu.share,
                "server_cpu_by_process": [m.cpu for m in self.parts], **services,
                "gen_cpu_share": share, "gen_cpu_total": sum(s for s, _ in generators),
                "gen_loop_late_p99": late, "generators": generators,
                "generator_bound": share >= GENERATOR_BUSY_SHARE or late >= GENERATOR_LATE_SECONDS}


async def join_storm(server, room, pool, n, window):
    """N phones scan the QR code at evenly spread moments within `window` seconds, dealt out
    round-robin over the generator processes."""
    count = len(pool.generators)
    started = time.monotonic() + 0.5
    rss_before = server.rss()
    async with Phase(server, pool, "join") as phase:
        joins = await pool.each("join", per=lambda g: {
            "moments": [started + window * i / n for i in range(g, n, count)]})
    all_joined = time.monotonic() - started
    await asyncio.sleep(2)  # let the server settle before reading its memory
    joined = sum(j["joined"] for j in joins)
    seconds = [s for j in joins for s in j["seconds"]]
    compression = next((j["compression"][0] for j in joins if j["compression"]), None)
    return joined, {
        "phones": n, "joined": joined, "join_failures": [f for j in joins for f in j["failures"]][:3],
        "all_joined_s": all_joined, "join_p50_s": percentile(seconds, 0.5),
        "join_p99_s": percentile(seconds, 0.99), "rss_mb": server.rss() / 2**20,
        "kb_per_phone": (server.rss() - rss_before) / 1024 / max(1, joined),
        "compression": compression, "generator_processes": count, **phase.figures()}


async def idea_fanout(server, room, pool, receivers, ideas, rate, settle=30):
    """`ideas` ideas at `rate` per second from random phones; every client must hear each one."""
    room.reset_counts()
    expected = ideas * receivers
    tasks = []
    async with Phase(server, pool, "fanout") as phase:
        for seq in range(ideas):
            tasks.append(asyncio.ensure_future(random.choice(pool.generators).call("submit", seq=seq)))
            await asyncio.sleep(1 / rate)
        done, late = await asyncio.wait(tasks, timeout=settle)
        for task in late:
            task.cancel()
        ids = [t.result() if not t.exception() else None for t in done] + [None] * len(late)
        deadline = time.monotonic() + settle
        while time.monotonic() < deadline:
            received = sum(await pool.each("received")) + len(room.latencies)
            if received >= expected:
                break
            await asyncio.sleep(0.25)
    latencies = phase.latencies() + room.latencies
    deliveries = phase.total("deliveries") + room.deliveries
    # What each server process delivered: the phones of generator g are on process g % servers,
    # the facilitator and projector on the first.
    by_process = [0] * pool.servers
    by_process[0] += room.deliveries
    for g, end in enumerate(phase.ends):
        by_process[g % pool.servers] += end["deliveries"]
    per_process = [1e6 * m.cpu / max(1, d) for m, d in zip(phase.parts, by_process)]
    return [i for i in ids if i is not None], {
        "ideas": ideas, "rate": rate, "receivers": receivers, "accepted": sum(i is not None for i in ids),
        "received": len(latencies), "expected": expected,
        "fanout_p50_ms": 1000 * (percentile(latencies, 0.5) or 0),
        "fanout_p95_ms": 1000 * (percentile(latencies, 0.95) or 0),
        "fanout_p99_ms": 1000 * (percentile(latencies, 0.99) or 0),
        "within_500ms": sum(1 for s in latencies if s <= 0.5) / expected,
        "deliveries": deliveries, "cpu_us_per_delivery": 1e6 * phase.cpu.cpu / max(1, deliveries),
        "cpu_us_per_delivery_by_process": per_process,
        **phase.figures()}


def _counts(tally):
    """The dots a tally shows; none for one that shows no counts (the projector's progress before
    the results are revealed, which a second process may send while the reveal is on its way)."""
    return {(c["target_type"], c["target_id"]): c["dots"] for c in tally.get("counts", ()) if c["dots"]}


async def first_tally(projector, matches, since=0.0, timeout=30):
    """The first moment at or after `since` the projector held a tally meeting `matches`, or None."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for at, tally in projector.tallies:
            if at >= since and matches(tally):
                return at
        await asyncio.sleep(0.02)
    return None


async def _exact_at(projector, want, timeout=30):
    """When the projector first held a tally exactly equal to `want` ({(type, id): dots})."""
    return await first_tally(projector, lambda t: _counts(t) == want and t.get("dots_spent") == sum(want.values()),
                             timeout=timeout)


async def vote_storm(server, pool, facilitator, projector, phones, targets, window, dots=3):
    """Every phone spends its whole budget within `window` seconds, results revealed; the
    projector's tally must come to match exactly what the server acknowledged."""
    for event in ("step.next", "step.next", "results.reveal"):  # cluster → dot vote → reveal
        answer = await facilitator.call(event)
        assert answer.get("ok"), answer
    await asyncio.sleep(1)  # the reveal's first tally has gone out
    projector.tallies.clear()
    started = time.monotonic() + 0.2
    offsets = [0]
    for generator in pool.generators[:-1]:
        offsets.append(offsets[-1] + await generator.call("phone_count"))
    async with Phase(server, pool, "vote") as phase:
        storms = await asyncio.wait_for(pool.each(
            "vote", per=lambda g: {"offset": offsets[g]}, targets=targets, start_at=started,
            window=window, total=phones, dots=dots), window + 120)
        all_acked = time.monotonic()
        acknowledged = Counter()
        for storm in storms:
            acknowledged.update(storm["acknowledged"])
        want = {("idea", int(t)): n for t, n in acknowledged.items()}
        exact_at = await _exact_at(projector, want)
    last_sent = max(s["last_sent"] for s in storms)
    return want, {
        "votes": phones * dots, "acknowledged": sum(want.values()),
        "refused": Counter(r for s in storms for r in s["refused"]).most_common(3),
        "sent_over_s": last_sent - started, "acks_done_after_last_sent_s": all_acked - last_sent,
        "tally_after_last_sent_s": None if exact_at is None else exact_at - last_sent,
        "tally_after_last_ack_s": None if exact_at is None else exact_at - all_acked,
        "tally_exact": exact_at is not None,
        "tally_deliveries": phase.total("tally_deliveries"), **phase.figures()}


async def tally_stream(server, pool, projector, want, targets, seconds=6.0, moves=20):
    """Results revealed, the room keeps moving dots (`moves` a second: one taken back, one put
    elsewhere): the tally reaches every phone at most four times a second. Figures: the server's
    CPU per tally delivered, the bytes of one, and whether every phone ends with the exact tally."""
    want = Counter(want)
    pending = []
    async with Phase(server, pool, "tally") as phase:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            pending.append(asyncio.ensure_future(random.choice(pool.generators).call("move_dot", targets=targets)))
            await asyncio.sleep(1 / moves)
        for moved in await asyncio.gather(*pending):
            if moved:
                old, new = moved
                want[("idea", old)] -= 1
                if new is not None:
                    want[("idea", new)] += 1
        want = {key: n for key, n in want.items() if n}
        exact_at = await _exact_at(projector, want, timeout=10)
        await asyncio.sleep(1)  # the last round has reached every phone
    holding = sum(await pool.each("tally_holders", want=[[k[1], n] for k, n in want.items()]))
    deliveries = phase.total("tally_deliveries")
    return {"seconds": seconds, "moves_per_s": moves, "tally_deliveries": deliveries,
            "tallies_per_phone_per_s": deliveries / max(1, phase.total("phones")) / phase.cpu.wall,
            "tally_bytes": phase.total("tally_bytes") / max(1, deliveries),
            "tally_wholes": phase.total("tally_wholes"), "tally_asked": phase.total("tally_asked"),
            "cpu_us_per_tally": 1e6 * phase.cpu.cpu / max(1, deliveries),
            "phones_exact": holding, "projector_exact": exact_at is not None, **phase.figures()}


async def reconnect_storm(server, room, pool, clients, timeout=90):
    """The server restarts under every connected client; how long until all are back in sync."""
    expected = 0
    if server.kind == "product":
        expected = max([c.rev for c in clients] + await pool.each("max_rev"))
    room.expected_rev = expected
    await pool.each("arm", expected_rev=expected)
    for client in clients:
        client.synced.clear()
    loop = asyncio.get_running_loop()
    started = time.monotonic()

    def restart():
        with server.profile("stop"):
            server.stop()
        stopped.append(time.monotonic())
        server.start()
    stopped = []
    await loop.run_in_executor(None, restart)
    # Up: the port takes connections (the phones' reconnections queue there from then on); the
    # health check answers later, behind them.
    answered, up = time.monotonic(), server.listening_at
    async with Phase(server, pool, "reconnect") as phase:
        waiting = [asyncio.ensure_future(c.synced.wait()) for c in clients]
        phones = pool.each("wait_synced", timeout=timeout)
        back = [s for found in await phones for s in found]
        await asyncio.wait(waiting, timeout=5)
    for task in waiting:
        task.cancel()
    back += [c.synced_at for c in clients if c.synced.is_set()]
    total = len(clients) + sum(await pool.each("phone_count"))
    return {"clients": total, "back_in_sync": len(back), "restart_s": up - started,
            "stop_s": stopped[0] - started, "healthz_after_up_s": answered - up,
            "all_back_after_up_s": (max(back) - up) if len(back) == total else None,
            "back_p50_after_up_s": statistics.median([b - up for b in back]) if back else None,
            "server_cpu_ms_per_client": 1000 * phase.cpu.cpu / max(1, len(back)),
            **phase.figures()}


async def close_all(clients):
    async def close(client):
        try:
            await asyncio.wait_for(client.close(), 10)
        except Exception:  # a client of a stopped server may fail to say goodbye; nothing to do
            pass
    await asyncio.gather(*(close(c) for c in clients))


def generator_count(phones):
    """About 1,250 phones a generator process (at least two): one loop handling a burst of a
    few thousand messages per idea would itself be the queue."""
    return max(2, -(-phones // 1250))


async def _open(server, phones, generators):
    room = Room(server.url)
    facilitator, projector = await facilitator_and_projector(room)
    answer = await facilitator.call("step.next")  # the day starts: the brainstorm opens
    assert answer.get("ok"), answer
    count = generators or generator_count(phones)
    count += count % len(server.urls)  # as many phones on each server process
    pool = Pool(server.urls, room.code, count, _compress())
    await pool.each("phone_count")  # every process is up before the clock starts
    return room, facilitator, projector, pool


def _compress():
    from . import phones
    return phones.COMPRESS


async def session(server, phones_count, join_window, ideas, rate, vote_window, reconnect=True,
                  generators=None):
    """One server through every scenario; returns {scenario: figures}."""
    room, facilitator, projector, pool = await _open(server, phones_count, generators)
    rss_idle = server.rss()
    try:
        joined, results = None, {"idle_rss_mb": rss_idle / 2**20}
        joined, results["join"] = await join_storm(server, room, pool, phones_count, join_window)
        targets, results["fanout"] = await idea_fanout(server, room, pool, joined + 2, ideas, rate)
        if len(targets) >= 3:
            want, results["vote"] = await vote_storm(server, pool, facilitator, projector, joined,
                                                     targets, vote_window)
            results["tally"] = await tally_stream(server, pool, projector, want, targets)
        if reconnect:
            results["reconnect"] = await reconnect_storm(server, room, pool, [facilitator, projector])
        results["server_tracebacks"] = server.errors_logged()
        results["gaps"] = room.gaps
    finally:
        await pool.close()
        await close_all([facilitator, projector])
    return results


async def sweep_point(server, phones_count, ideas, rate, generators=None):
    """Only joins and fan-out, for finding the largest N that still meets the latency bar."""
    room, facilitator, projector, pool = await _open(server, phones_count, generators)
    try:
        window = max(5.0, phones_count / 150)
        joined, join = await join_storm(server, room, pool, phones_count, window)
        _ids, fanout = await idea_fanout(server, room, pool, joined + 2, ideas, rate)
    finally:
        await pool.close()
        await close_all([facilitator, projector])
    return {"join": join, "fanout": fanout}
