"""The word-cloud storm and the upvote storm against a real `facilitator serve` (see
benchmarks/README.md): N phones each send three words (or three upvotes) within a few seconds,
and the projector's cloud (or question order) must be exact within a second of the last send.

    .venv/bin/python -m benchmarks.storms                 # 1,000 phones, storms of 2 s
    .venv/bin/python -m benchmarks.storms --phones 100    # a smoke run

The phones are the load benchmark's simulated ones (phones.py), in this one process and event
loop, so that a time seen by the projector and a time a phone sent share one clock.
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
from .phones import LoopLag, join_phone, served_room
from .servers import CpuMeter, own_cpu_seconds

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


async def join_all(room, n, window):
    """The phones that joined (one that could not is left out and counted: the storms run with
    those that are in)."""
    async def one(index):
        await asyncio.sleep(window * index / n)
        try:
            return (await join_phone(room))[0]
        except Exception:
            return None
    joined = await asyncio.gather(*(one(i) for i in range(n)))
    return [phone for phone in joined if phone is not None]


async def storm(phones, window, send):
    """Each phone runs `send(phone, index)` at an evenly spread moment within `window` seconds;
    returns (when the first was sent, when the last was sent, when the last answer came)."""
    first, last = [None], [0.0]

    async def one(phone, index):
        await asyncio.sleep(window * index / len(phones))
        now = time.perf_counter()
        first[0] = first[0] or now
        last[0] = max(last[0], now)
        await send(phone, index)
    await asyncio.wait_for(asyncio.gather(*(one(p, i) for i, p in enumerate(phones))), window + 120)
    return first[0], last[0], time.perf_counter()


async def exact_after(projector, matches, since, timeout=30):
    """The first moment after `since` the projector held a tally meeting `matches`, or None."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        for at, tally in projector.tallies:
            if at >= since and matches(tally):
                return at
        await asyncio.sleep(0.02)
    return None


async def word_cloud_storm(server, projector, phones, window):
    """Every phone sends three words, each an inflected form of a different base word."""
    expected, refused, answered = Counter(), [], [0]
    words = list(VOCABULARY)

    async def send(phone, index):
        chosen = random.Random(index).sample(words, 3)
        answer = await answer_of(phone, "word_cloud.submit", {"words": [random.choice(VOCABULARY[w]) for w in chosen]})
        if answer.get("ok"):
            expected.update(chosen)
            answered[0] += 1
        else:
            refused.append(answer.get("code"))

    projector.tallies.clear()
    with CpuMeter(server.cpu_seconds) as cpu, CpuMeter(own_cpu_seconds) as generator, LoopLag() as lag, \
            server.profile("word-cloud-storm"):
        first, last, acked = await storm(phones, window, send)
        want = sorted(({"word": w, "count": n} for w, n in expected.items()), key=lambda w: (-w["count"], w["word"]))
        exact = await exact_after(projector, lambda t: t.get("words") == want and t.get("responses") == answered[0]
                                  and [w["word"] for w in t["cloud"]] and {w["word"]: w["count"] for w in t["cloud"]}.items()
                                  <= {w["word"]: w["count"] for w in want}.items(), first)
    return _figures("word cloud", len(phones) * 3, sum(expected.values()), refused, first, last, acked, exact,
                    cpu, generator, lag)


async def upvote_storm(server, facilitator, projector, phones, window, questions):
    """A few phones ask; then every phone upvotes three questions not its own, some of them twice
    with the same client id (a retry, which must not count)."""
    askers = phones[:questions]
    asked = []
    for number, phone in enumerate(askers):
        answer = await call(phone, "question.ask", {"client_id": uuid.uuid4().hex, "text": f"Kysymys {number + 1}?"})
        asked.append((answer["question"]["id"], phone))
    own = {phone: question for question, phone in asked}
    votes, refused = Counter(), []

    async def send(phone, index):
        pick = random.Random(index)
        chosen = pick.sample([q for q, _p in asked if own.get(phone) != q], 3)
        upvotes = [{"client_id": uuid.uuid4().hex, "question_id": q} for q in chosen]
        retries = upvotes[:1] if index % 10 == 0 else []
        answers = await asyncio.gather(*(answer_of(phone, "question.upvote", u) for u in upvotes + retries))
        for answer in answers:
            if not answer.get("ok"):
                refused.append(answer.get("code"))
        if all(a.get("ok") for a in answers):
            votes.update(chosen)

    projector.tallies.clear()
    with CpuMeter(server.cpu_seconds) as cpu, CpuMeter(own_cpu_seconds) as generator, LoopLag() as lag, \
            server.profile("upvote-storm"):
        first, last, acked = await storm(phones, window, send)
        order = {question: n for n, (question, _p) in enumerate(asked)}
        want = [(q, votes[q]) for q in sorted(order, key=lambda q: (-votes[q], order[q]))]
        exact = await exact_after(projector, lambda t: [(q["id"], q["votes"]) for q in t.get("questions", [])] == want, first)
    figures = _figures("upvotes", len(phones) * 3 + len(phones[::10]), sum(votes.values()), refused, first, last, acked,
                       exact, cpu, generator, lag)
    figures["retries_not_counted"] = sum(votes.values()) == len(phones) * 3
    return figures


def _figures(name, sent, counted, refused, first, last, acked, exact, cpu, generator, lag):
    late = sorted(lag.samples)[int(0.99 * (len(lag.samples) - 1))] if lag.samples else 0.0
    after = None if exact is None else exact - last
    return {"storm": name, "sent": sent, "counted": counted, "refused": Counter(refused).most_common(3),
            "sent_over_s": last - first, "acks_done_after_last_send_s": acked - last,
            "projector_exact_after_last_send_s": after,
            "exact_within_1s": after is not None and after <= EXACT_WITHIN_S,
            "server_cpu_share": cpu.share, "gen_cpu_share": generator.share, "gen_loop_late_p99_s": late}


async def _main(args):
    setup = (("agenda.clear", {}), ("step.add", {"activity": "word_cloud", "title": "Yhdellä sanalla"}),
             ("step.add", {"activity": "questions", "title": "Kysy johdolta"}), ("step.next", {}))
    async with served_room(args.mode, setup) as (server, room, facilitator, projector, clients):
        print(f"joining {args.phones} phones over {args.join_window:g} s", file=sys.stderr, flush=True)
        phones = await join_all(room, args.phones, args.join_window)
        clients += phones
        print(f"{len(phones)} of {args.phones} phones joined", file=sys.stderr, flush=True)
        await asyncio.sleep(2)
        results = [await word_cloud_storm(server, projector, phones, args.window)]
        await call(facilitator, "step.next")
        await asyncio.sleep(1)
        results.append(await upvote_storm(server, facilitator, projector, phones, args.window, args.questions))
        for figures in results:
            figures["phones_joined"] = len(phones)
            figures["server_tracebacks"] = server.errors_logged()
        return results


def _table(results, args):
    joined = results[0]["phones_joined"] if results else 0
    lines = [f"\n## Storms: {joined} of {args.phones} phones joined, {args.window:g} s each ({args.mode})\n",
             "| storm | sent | counted | refused | sent over | last ack after last send | projector exact after last send | within 1 s | server CPU | generator CPU |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in results:
        exact = "never" if r["projector_exact_after_last_send_s"] is None else f"{r['projector_exact_after_last_send_s']:.2f} s"
        lines.append(f"| {r['storm']} | {r['sent']} | {r['counted']} | {r['refused'] or 0} | {r['sent_over_s']:.2f} s | "
                     f"{r['acks_done_after_last_send_s']:.2f} s | {exact} | {'yes' if r['exact_within_1s'] else 'NO'} | "
                     f"{r['server_cpu_share']:.0%} | {r['gen_cpu_share']:.0%} |")
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
