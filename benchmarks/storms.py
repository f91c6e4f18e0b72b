"""The word-cloud storm and the upvote storm against a real `facilitator serve` (see
benchmarks/README.md): N phones each send three words (or three upvotes) within a few seconds,
and the projector's cloud (or question order) must be exact within a second of the last send.

    .venv/bin/python -m benchmarks.storms                 # 1,000 phones, storms of 2 s
    .venv/bin/python -m benchmarks.storms --phones 100    # a smoke run

The phones are the load benchmark's simulated ones, dealt out over generator processes
(generators.py); the facilitator and the projector stay here, in a loop of their own, so that a
busy generator does not make the projector hear late. Every time is `time.monotonic()`, one clock
for the host.
"""
import argparse
import asyncio
import json
import random
import sys
import time
import uuid
from collections import Counter

from . import phones as simulated
from .generators import Pool, Worker
from .phones import served_room
from .scenarios import Phase, first_tally, join_storm

# Base form -> inflected forms a phone may type: the cloud must count each group as one word.
VOCABULARY = {
    "asiakas": ["asiakas", "asiakkaat", "asiakkaille", "asiakkaan"], "kiire": ["kiire", "kiirettä", "kiireen", "kiireessä"],
    "yhteishenki": ["yhteishenki", "yhteishenkeä", "yhteishengen"], "palaveri": ["palaveri", "palaverit", "palavereja"],
    "kahvi": ["kahvi", "kahvia", "kahvit"], "innostus": ["innostus", "innostusta", "innostuksen"],
    "väsymys": ["väsymys", "väsymystä", "väsymyksen"], "odotus": ["odotus", "odotuksia", "odotukset"],
    "tiimi": ["tiimi", "tiimit", "tiimiä", "tiimissä"], "muutos": ["muutos", "muutoksia", "muutokset"],
    "luottamus": ["luottamus", "luottamusta", "luottamuksen"], "palaute": ["palaute", "palautetta", "palautteen"],
    "työrauha": ["työrauha", "työrauhaa", "työrauhan"], "aikataulu": ["aikataulu", "aikataulut", "aikatauluja"],
    "uteliaisuus": ["uteliaisuus", "uteliaisuutta"], "yhteistyö": ["yhteistyö", "yhteistyötä", "yhteistyön"],
    "ilo": ["ilo", "iloa", "ilon"], "stressi": ["stressi", "stressiä", "stressin"], "selkeys": ["selkeys", "selkeyttä"],
}
EXACT_WITHIN_S = 1.0


def _parser():
    parser = argparse.ArgumentParser(prog="python -m benchmarks.storms", description=__doc__.split("\n")[0])
    parser.add_argument("--phones", type=int, default=1000)
    parser.add_argument("--window", type=float, default=2.0, help="seconds each storm lasts")
    parser.add_argument("--join-window", type=float, default=10.0, help="seconds the phones take to join")
    parser.add_argument("--questions", type=int, default=30, help="questions asked before the upvote storm")
    parser.add_argument("--mode", default="eventlet", help="the server's Flask-SocketIO async mode")
    parser.add_argument("--generators", type=int, default=2, help="generator processes the phones are dealt over")
    return parser


async def call(client, event, payload=None):
    answer = await client.call(event, payload)
    assert answer.get("ok"), (event, answer)
    return answer


async def answer_of(phone, event, payload):
    """The server's answer, or a refusal of our own when the phone lost its connection (counted
    as refused: the exactness is judged against what the server acknowledged)."""
    try:
        return await phone.call(event, payload)
    except Exception as error:
        return {"ok": False, "code": f"lost: {type(error).__name__}"}


class StormWorker(Worker):
    """A generator process's phones, with the storms' sends (runs in the child)."""

    def __init__(self, base, code):
        super().__init__(base, code)
        self.own = {}  # a phone's index here -> the question it asked

    async def _storm(self, start_at, window, offset, total, send):
        """Each phone here runs `send(phone, index, sent)` at its moment of the storm (its global
        index among `total`); returns what the sends gathered and when the first and last went."""
        gathered = {"counts": Counter(), "answered": 0, "refused": [], "sent": []}

        async def one(local, phone):
            index = offset + local
            await asyncio.sleep(max(0.0, start_at + window * index / total - time.monotonic()))
            gathered["sent"].append(time.monotonic())
            await send(local, phone, index, gathered)
        await asyncio.gather(*(one(local, p) for local, p in enumerate(self.phones)))
        sent = gathered.pop("sent")
        return {**gathered, "first": min(sent, default=None), "last": max(sent, default=None)}

    async def words(self, **storm):
        """Every phone sends three words, each an inflected form of a different base word."""
        async def send(_local, phone, index, gathered):
            chosen = random.Random(index).sample(list(VOCABULARY), 3)
            answer = await answer_of(phone, "word_cloud.submit",
                                     {"words": [random.choice(VOCABULARY[w]) for w in chosen]})
            if answer.get("ok"):
                gathered["counts"].update(chosen)
                gathered["answered"] += 1
            else:
                gathered["refused"].append(answer.get("code"))
        return await self._storm(send=send, **storm)

    async def ask(self, count):
        """This process's first `count` phones ask a question each; returns their ids."""
        for local, phone in enumerate(self.phones[:count]):
            answer = await call(phone, "question.ask", {"client_id": uuid.uuid4().hex, "text": f"Kysymys {local + 1}?"})
            self.own[local] = answer["question"]["id"]
        return [self.own[local] for local in range(min(count, len(self.phones)))]

    async def upvotes(self, asked, **storm):
        """Every phone upvotes three questions not its own, every tenth sending one of them twice
        with the same client id (a retry, which must not count)."""
        async def send(local, phone, index, gathered):
            chosen = random.Random(index).sample([q for q in asked if self.own.get(local) != q], 3)
            upvotes = [{"client_id": uuid.uuid4().hex, "question_id": q} for q in chosen]
            retries = upvotes[:1] if index % 10 == 0 else []
            answers = await asyncio.gather(*(answer_of(phone, "question.upvote", u) for u in upvotes + retries))
            gathered["refused"] += [a.get("code") for a in answers if not a.get("ok")]
            if all(a.get("ok") for a in answers):
                gathered["counts"].update(chosen)
        return await self._storm(send=send, **storm)


async def run_storm(server, pool, projector, name, window, matches, **kwargs):
    """One storm over every generator process; returns (the sends' totals, the phase's figures)."""
    offsets = [0]
    for generator in pool.generators[:-1]:
        offsets.append(offsets[-1] + await generator.call("phone_count"))
    total = offsets[-1] + await pool.generators[-1].call("phone_count")
    projector.tallies.clear()
    start_at = time.monotonic() + 0.2
    async with Phase(server, pool, name) as phase:
        parts = await asyncio.wait_for(pool.each(name, per=lambda g: {"offset": offsets[g]}, start_at=start_at,
                                                 window=window, total=total, **kwargs), window + 120)
        acked = time.monotonic()
        sent = {"counts": sum((Counter(p["counts"]) for p in parts), Counter()),
                "answered": sum(p["answered"] for p in parts), "refused": [c for p in parts for c in p["refused"]],
                "first": min(p["first"] for p in parts if p["first"]), "last": max(p["last"] for p in parts if p["last"]),
                "acked": acked, "phones": total}
        sent["exact"] = await first_tally(projector, matches(sent), sent["first"])
    return sent, phase


async def word_cloud_storm(server, pool, projector, window):
    def matches(sent):
        want = sorted(({"word": w, "count": n} for w, n in sent["counts"].items()), key=lambda w: (-w["count"], w["word"]))
        return lambda t: (t.get("words") == want and t.get("responses") == sent["answered"] and [w["word"] for w in t["cloud"]]
                          and {w["word"]: w["count"] for w in t["cloud"]}.items() <= {w["word"]: w["count"] for w in want}.items())
    sent, phase = await run_storm(server, pool, projector, "words", window, matches=matches)
    return _figures("word cloud", sent["phones"] * 3, sent, phase)


async def upvote_storm(server, pool, projector, window, questions):
    asked = await pool.generators[0].call("ask", count=questions)

    def matches(sent):
        votes, order = sent["counts"], {question: n for n, question in enumerate(asked)}
        want = [(q, votes[q]) for q in sorted(order, key=lambda q: (-votes[q], order[q]))]
        return lambda t: [(q["id"], q["votes"]) for q in t.get("questions", [])] == want
    sent, phase = await run_storm(server, pool, projector, "upvotes", window, asked=asked, matches=matches)
    figures = _figures("upvotes", sent["phones"] * 3 + len(range(0, sent["phones"], 10)), sent, phase)
    figures["retries_not_counted"] = sum(sent["counts"].values()) == sent["phones"] * 3
    return figures


def _figures(name, sent_count, sent, phase):
    after = None if sent["exact"] is None else sent["exact"] - sent["last"]
    figures = phase.figures()
    return {"storm": name, "sent": sent_count, "counted": sum(sent["counts"].values()),
            "refused": Counter(sent["refused"]).most_common(3), "sent_over_s": sent["last"] - sent["first"],
            "acks_done_after_last_send_s": sent["acked"] - sent["last"], "projector_exact_after_last_send_s": after,
            "exact_within_1s": after is not None and after <= EXACT_WITHIN_S,
            **{key: figures[key] for key in ("server_cpu_share", "gen_cpu_share", "gen_cpu_total",
                                             "gen_loop_late_p99", "generator_bound")}}


async def _main(args):
    setup = (("agenda.clear", {}), ("step.add", {"activity": "word_cloud", "title": "Yhdellä sanalla"}),
             ("step.add", {"activity": "questions", "title": "Kysy johdolta"}), ("step.next", {}))
    async with served_room(args.mode, setup) as (server, room, facilitator, projector, _clients):
        pool = Pool(server.urls, room.code, args.generators, simulated.COMPRESS, worker=StormWorker)
        try:
            await pool.each("phone_count")  # every process is up before the clock starts
            print(f"joining {args.phones} phones over {args.join_window:g} s", file=sys.stderr, flush=True)
            joined, _join = await join_storm(server, room, pool, args.phones, args.join_window)
            print(f"{joined} of {args.phones} phones joined", file=sys.stderr, flush=True)
            await asyncio.sleep(2)
            results = [await word_cloud_storm(server, pool, projector, args.window)]
            await call(facilitator, "step.next")
            await asyncio.sleep(1)
            results.append(await upvote_storm(server, pool, projector, args.window, args.questions))
        finally:
            await pool.close()
        for figures in results:
            figures["phones_joined"] = joined
            figures["server_tracebacks"] = server.errors_logged()
        return results


def _table(results, args):
    joined = results[0]["phones_joined"] if results else 0
    lines = [f"\n## Storms: {joined} of {args.phones} phones joined, {args.window:g} s each ({args.mode}, "
             f"{args.generators} generator processes)\n",
             "| storm | sent | counted | refused | sent over | last ack after last send | projector exact after last send "
             "| within 1 s | server CPU | busiest generator CPU | generators' loop late p99 |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in results:
        exact = "never" if r["projector_exact_after_last_send_s"] is None else f"{r['projector_exact_after_last_send_s']:.2f} s"
        lines.append(f"| {r['storm']} | {r['sent']} | {r['counted']} | {r['refused'] or 0} | {r['sent_over_s']:.2f} s | "
                     f"{r['acks_done_after_last_send_s']:.2f} s | {exact} | {'yes' if r['exact_within_1s'] else 'NO'} | "
                     f"{r['server_cpu_share']:.0%} | {r['gen_cpu_share']:.0%} | {r['gen_loop_late_p99'] * 1000:.0f} ms |")
    return "\n".join(lines)


def main(argv=None):
    args = _parser().parse_args(argv)
    simulated.COMPRESS = 15
    results = asyncio.run(_main(args))
    print(_table(results, args))
    print(json.dumps(results, indent=1, default=str))
    return 0 if all(r["exact_within_1s"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
