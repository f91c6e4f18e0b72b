"""While one phone floods the server, the rest of the room: what the flood gets through, and the
others' fan-out latency beside a calm room's.

    .venv/bin/python -m benchmarks.flood [--phones 200] [--in-flight 16] [--ideas 40]

One `facilitator serve` (eventlet, the default limits), N phones joined; first 40 ideas at 5/s
from the others with nobody flooding, then the same while one phone sends `idea.submit` as fast
as its answers come back, with several in flight at once. Target: the others' fan-out p95 within
250 ms during the flood.
"""
import argparse
import asyncio
import sys
import uuid
from collections import Counter

from .phones import Room, facilitator_and_projector
from .scenarios import close_all, idea_fanout, join_storm
from .servers import CpuMeter, ServerProcess


async def flooding(phone, in_flight, stop, counts):
    async def one_lane():
        while not stop.is_set():
            answer = await phone.call("idea.submit", {"client_id": uuid.uuid4().hex, "text": "tulva"})
            counts["accepted" if answer.get("ok") else answer.get("code", "?")] += 1
    await asyncio.gather(*(one_lane() for _ in range(in_flight)))


async def run(args):
    server = ServerProcess("product", "eventlet").start()
    try:
        room = Room(server.url)
        facilitator, projector = await facilitator_and_projector(room)
        await facilitator.call("step.next")
        phones, _joined = await join_storm(server, room, args.phones, window=max(5.0, args.phones / 100))
        flooder, others = phones[0], phones[1:]
        receivers = len(phones) + 2
        _ids, calm = await idea_fanout(server, room, others, receivers, args.ideas, 5.0)
        stop, counts = asyncio.Event(), Counter()
        with CpuMeter(server.cpu_seconds) as cpu:
            flood = asyncio.ensure_future(flooding(flooder, args.in_flight, stop, counts))
            started = asyncio.get_running_loop().time()
            _ids, flooded = await idea_fanout(server, room, others, receivers, args.ideas, 5.0)
            stop.set()
            await flood
            seconds = asyncio.get_running_loop().time() - started
        await close_all([facilitator, projector, *phones])
    finally:
        server.stop()
    sent = sum(counts.values())
    print(f"## Flood: {args.phones} phones, one flooding with {args.in_flight} events in flight\n")
    print(f"Flood: {sent} events in {seconds:.1f} s ({sent / seconds:.0f}/s): "
          + ", ".join(f"{code} {n}" for code, n in counts.most_common())
          + f"; server CPU {cpu.share:.0%} of a core meanwhile.\n")
    print("| the others' ideas | fan-out p50 (ms) | p95 (ms) | p99 (ms) | received | server CPU | generator CPU | generator loop late p99 (ms) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for label, figures in (("calm room", calm), ("during the flood", flooded)):
        print(f"| {label} | {figures['fanout_p50_ms']:.0f} | {figures['fanout_p95_ms']:.0f} | "
              f"{figures['fanout_p99_ms']:.0f} | {figures['received']}/{figures['expected']} | "
              f"{figures['server_cpu_share']:.0%} | {figures['gen_cpu_share']:.0%} | "
              f"{1000 * figures['gen_loop_late_p99']:.0f} |")
    verdict = "holds" if flooded["fanout_p95_ms"] <= 250 else "MISSED"
    print(f"\nTarget: the others' p95 within 250 ms during the flood: {verdict}.")
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m benchmarks.flood", description=__doc__.split("\n")[0])
    parser.add_argument("--phones", type=int, default=200)
    parser.add_argument("--in-flight", type=int, default=16)
    parser.add_argument("--ideas", type=int, default=40)
    return asyncio.run(run(parser.parse_args(argv)))


if __name__ == "__main__":
    sys.exit(main())
