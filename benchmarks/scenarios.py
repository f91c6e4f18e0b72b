"""The four scenarios of a run: join storm, idea fan-out, vote storm, reconnect storm.

Each returns a dict of figures; `session()` drives one server through all four in order, so the
phones of the join storm are the ones that receive the ideas, vote, and come back after a restart.
"""
import asyncio
import gc
import random
import statistics
import time
import uuid
from collections import Counter

from .phones import IDEA_TAG, LoopLag, Room, facilitator_and_projector, join_phone
from .servers import CpuMeter, own_cpu_seconds

# The generator's process is the limit when it keeps one core this busy, or its loop wakes late.
GENERATOR_BUSY_SHARE = 0.9
GENERATOR_LATE_SECONDS = 0.1


def percentile(values, share):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _generator_figures(generator, lag):
    late = percentile(lag.samples, 0.99) or 0.0
    return {"gen_cpu_share": generator.share, "gen_loop_late_p99": late,
            "generator_bound": generator.share >= GENERATOR_BUSY_SHARE or late >= GENERATOR_LATE_SECONDS}


async def join_storm(server, room, n, window):
    """N phones scan the QR code at evenly spread moments within `window` seconds."""
    phones, seconds, failures = [], [], []
    started = time.perf_counter()

    async def one(index):
        await asyncio.sleep(window * index / n)
        try:
            phone, took = await join_phone(room)
        except Exception as error:  # counted, and the figures say how many failed
            failures.append(repr(error))
            return
        phones.append(phone)
        seconds.append(took)

    rss_before = server.rss()
    with server.profile("join"), CpuMeter(server.cpu_seconds) as cpu, \
            CpuMeter(own_cpu_seconds) as generator, LoopLag() as lag:
        tasks = [asyncio.ensure_future(one(i)) for i in range(n)]
        _done, late = await asyncio.wait(tasks, timeout=window + 60)
        for task in late:  # still not in after a minute: counted as not joined
            task.cancel()
        failures += ["timed out"] * len(late)
    all_joined = time.perf_counter() - started
    # A full garbage collection over a thousand clients' objects stalls this loop for a tenth of
    # a second or more, which would show up as fan-out latency that is not the server's: move
    # what exists now out of the collector's sight.
    gc.collect()
    gc.freeze()
    await asyncio.sleep(2)  # let the server settle before reading its memory
    figures = {"phones": n, "joined": len(phones), "join_failures": failures[:3],
               "all_joined_s": all_joined, "join_p50_s": percentile(seconds, 0.5),
               "join_p99_s": percentile(seconds, 0.99), "server_cpu_share": cpu.share,
               "rss_mb": server.rss() / 2**20,
               "kb_per_phone": (server.rss() - rss_before) / 1024 / max(1, len(phones)),
               "compression": Counter(p.compression for p in phones).most_common(1)[0][0] if phones else None,
               **_generator_figures(generator, lag)}
    return phones, figures


async def idea_fanout(server, room, phones, receivers, ideas, rate, settle=30):
    """`ideas` ideas at `rate` per second from random phones; every client must hear each one."""
    room.reset_counts()
    idea_ids, answers = [], []
    expected = ideas * receivers

    async def submit(seq):
        phone = random.choice(phones)
        room.sent[seq] = time.perf_counter()
        answer = await phone.call("idea.submit", {"client_id": uuid.uuid4().hex,
                                                  "text": f"{IDEA_TAG}{seq}"})
        answers.append(answer)
        if answer.get("ok"):
            idea_ids.append(answer["idea"]["id"])

    first = len(room.sent)
    tasks = []
    with server.profile("fanout"), CpuMeter(server.cpu_seconds) as cpu, \
            CpuMeter(own_cpu_seconds) as generator, LoopLag() as lag:
        for seq in range(first, first + ideas):
            tasks.append(asyncio.ensure_future(submit(seq)))
            await asyncio.sleep(1 / rate)
        deadline = time.perf_counter() + settle
        while len(room.latencies) < expected and time.perf_counter() < deadline:
            await asyncio.sleep(0.05)
        await asyncio.wait_for(asyncio.gather(*tasks, return_exceptions=True), settle)
    latencies = room.latencies
    figures = {"ideas": ideas, "rate": rate, "receivers": receivers, "accepted": len(idea_ids),
               "received": len(latencies), "expected": expected,
               "fanout_p50_ms": 1000 * (percentile(latencies, 0.5) or 0),
               "fanout_p95_ms": 1000 * (percentile(latencies, 0.95) or 0),
               "fanout_p99_ms": 1000 * (percentile(latencies, 0.99) or 0),
               "within_500ms": sum(1 for s in latencies if s <= 0.5) / expected,
               "deliveries": room.deliveries, "server_cpu_s": cpu.cpu,
               "cpu_us_per_delivery": 1e6 * cpu.cpu / max(1, room.deliveries),
               "server_cpu_share": cpu.share, **_generator_figures(generator, lag)}
    return idea_ids, figures


async def vote_storm(server, facilitator, projector, phones, targets, window, dots=3):
    """Every phone spends its whole budget within `window` seconds; the projector's last tally
    must match exactly what the server acknowledged."""
    for event in ("step.next", "step.next", "results.reveal"):  # cluster → dot vote → reveal
        answer = await facilitator.call(event)
        assert answer.get("ok"), answer
    await asyncio.sleep(1)  # the reveal's first tally has gone out
    projector.tallies.clear()
    acknowledged, refused, last_sent = Counter(), [], [0.0]

    async def phone_votes(phone, index):
        await asyncio.sleep(window * index / len(phones))
        chosen = random.sample(targets, dots)
        calls = [phone.call("vote.add", {"client_id": uuid.uuid4().hex, "target_type": "idea",
                                         "target_id": target}) for target in chosen]
        last_sent[0] = time.perf_counter()
        for target, answer in zip(chosen, await asyncio.gather(*calls)):
            if answer.get("ok"):
                acknowledged[target] += 1
            else:
                refused.append(answer.get("code"))

    started = time.perf_counter()
    with server.profile("vote"), CpuMeter(server.cpu_seconds) as cpu, \
            CpuMeter(own_cpu_seconds) as generator, LoopLag() as lag:
        await asyncio.wait_for(asyncio.gather(*(phone_votes(p, i) for i, p in enumerate(phones))),
                               window + 120)
        all_acked = time.perf_counter()
        want = {("idea", t): n for t, n in acknowledged.items()}
        exact_at, deadline = None, time.perf_counter() + 30
        while exact_at is None and time.perf_counter() < deadline:
            for at, tally in projector.tallies:
                got = {(c["target_type"], c["target_id"]): c["dots"] for c in tally["counts"]}
                if got == want and tally["dots_spent"] == sum(want.values()):
                    exact_at = at
                    break
            await asyncio.sleep(0.05)
    final = projector.tallies[-1][1] if projector.tallies else None
    final_exact = final is not None and final["dots_spent"] == sum(acknowledged.values())
    return {"votes": len(phones) * dots, "acknowledged": sum(acknowledged.values()),
            "refused": Counter(refused).most_common(3), "sent_over_s": last_sent[0] - started,
            "acks_done_after_last_sent_s": all_acked - last_sent[0],
            "tally_after_last_sent_s": None if exact_at is None else exact_at - last_sent[0],
            "tally_after_last_ack_s": None if exact_at is None else exact_at - all_acked,
            "tally_exact": exact_at is not None and final_exact,
            "server_cpu_share": cpu.share, **_generator_figures(generator, lag)}


async def reconnect_storm(server, room, clients, timeout=90):
    """The server restarts under every connected client; how long until all are back in sync."""
    room.expected_rev = max(c.rev for c in clients) if server.kind == "product" else 0
    for client in clients:
        client.synced.clear()
    loop = asyncio.get_running_loop()
    started = time.perf_counter()
    await loop.run_in_executor(None, server.restart)
    up = time.perf_counter()
    with CpuMeter(server.cpu_seconds) as cpu, CpuMeter(own_cpu_seconds) as generator, LoopLag() as lag:
        waiting = [asyncio.ensure_future(c.synced.wait()) for c in clients]
        await asyncio.wait(waiting, timeout=timeout)
    for task in waiting:
        task.cancel()
    back = [c.synced_at for c in clients if c.synced.is_set()]
    return {"clients": len(clients), "back_in_sync": len(back), "restart_s": up - started,
            "all_back_after_up_s": (max(back) - up) if len(back) == len(clients) else None,
            "back_p50_after_up_s": statistics.median([b - up for b in back]) if back else None,
            "server_cpu_share": cpu.share, **_generator_figures(generator, lag)}


async def close_all(clients):
    async def close(client):
        try:
            await asyncio.wait_for(client.close(), 10)
        except Exception:  # a client of a stopped server may fail to say goodbye; nothing to do
            pass
    await asyncio.gather(*(close(c) for c in clients))


async def session(server, phones_count, join_window, ideas, rate, vote_window, reconnect=True):
    """One server through all four scenarios; returns {scenario: figures}."""
    room = Room(server.url)
    facilitator, projector = await facilitator_and_projector(room)
    answer = await facilitator.call("step.next")  # the day starts: the brainstorm opens
    assert answer.get("ok"), answer
    rss_idle = server.rss()
    phones, joined = await join_storm(server, room, phones_count, join_window)
    results = {"idle_rss_mb": rss_idle / 2**20, "join": joined}
    try:
        targets, results["fanout"] = await idea_fanout(server, room, phones, len(phones) + 2, ideas, rate)
        if len(targets) >= 3:
            results["vote"] = await vote_storm(server, facilitator, projector, phones, targets, vote_window)
        if reconnect:
            results["reconnect"] = await reconnect_storm(server, room, [facilitator, projector, *phones])
        results["server_tracebacks"] = server.errors_logged()
        results["gaps"] = room.gaps
    finally:
        await close_all([facilitator, projector, *phones])
    return results


async def sweep_point(server, phones_count, ideas, rate):
    """Only joins and fan-out, for finding the largest N that still meets the latency bar."""
    room = Room(server.url)
    facilitator, projector = await facilitator_and_projector(room)
    await facilitator.call("step.next")
    window = max(5.0, phones_count / 150)
    phones, joined = await join_storm(server, room, phones_count, window)
    try:
        _ids, fanout = await idea_fanout(server, room, phones, len(phones) + 2, ideas, rate)
    finally:
        await close_all([facilitator, projector, *phones])
    return {"join": joined, "fanout": fanout}
