"""One event at a time against a real `facilitator serve`: the round trip a phone waits for and
the server's CPU for each event, with nothing else going on (no batching, no storm).

    .venv/bin/python -m benchmarks.round_trip            # 200 of each event
    .venv/bin/python -m benchmarks.round_trip --mode gevent

The events: one the server does not know (refused: the error and the ack), an upvote (a write,
committed before the ack) and `sync` (the snapshot and the ack), each phone sending one in turn;
then each phone sending ten `sync` one after the other, as a phone's outbox does after a reconnect.
"""
import argparse
import asyncio
import sys
import time
import uuid

from .phones import join_phone, served_room

QUESTIONS = 20


async def _measure(server, phones, make, expect, count):
    cpu, started = server.cpu_seconds(), time.monotonic()
    for n in range(count):
        event, payload = make(n)
        answer = await phones[n % len(phones)].call(event, payload)
        assert answer.get("code") == expect if expect else answer.get("ok"), (event, answer)
    return (time.monotonic() - started) / count, (server.cpu_seconds() - cpu) / count


async def _main(args):
    setup = (("agenda.clear", {}), ("step.add", {"activity": "questions", "title": "Kysy johdolta"}), ("step.next", {}))
    async with served_room(args.mode, setup) as (server, room, _facilitator, _projector, clients):
        askers = [(await join_phone(room))[0] for _ in range(QUESTIONS)]
        # Each phone sends five of each kind: within the throttle's burst, so that it never answers instead.
        voters = [(await join_phone(room))[0] for _ in range(max(1, args.count // 5))]
        clients += askers + voters
        asked = [(await phone.call("question.ask", {"client_id": uuid.uuid4().hex, "text": f"Kysymys {n + 1}?"}))
                 ["question"]["id"] for n, phone in enumerate(askers)]
        events = {
            "unknown event (refused)": (lambda n: ("no.such.event", {}), "unknown_event"),
            "question.upvote": (lambda n: ("question.upvote", {"client_id": uuid.uuid4().hex,
                                                               "question_id": asked[n // len(voters) % len(asked)]}), None),
            "sync (snapshot)": (lambda n: ("sync", {}), None),
        }
        figures = {name: await _measure(server, voters, make, expect, args.count) for name, (make, expect) in events.items()}
        # One phone sending what it kept while offline, one after the other (the outbox): with
        # Nagle's algorithm on, each reply of two messages waited for the phone's delayed ACK.
        extra = [(await join_phone(room))[0] for _ in range(max(1, args.count // 10))]
        clients += extra
        figures["sync, ten in a row from one phone"] = await _measure(
            server, [phone for phone in extra for _ in range(10)], lambda n: ("sync", {}), None, len(extra) * 10)
        return figures


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m benchmarks.round_trip", description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=200, help="events of each kind")
    parser.add_argument("--mode", default="eventlet", help="the server's Flask-SocketIO async mode")
    args = parser.parse_args(argv)
    figures = asyncio.run(_main(args))
    print(f"\n## One event at a time ({args.mode}, {args.count} of each)\n")
    print("| event | round trip (ms) | server CPU per event (ms) |\n| --- | ---: | ---: |")
    for name, (wall, cpu) in figures.items():
        print(f"| {name} | {wall * 1e3:.1f} | {cpu * 1e3:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
