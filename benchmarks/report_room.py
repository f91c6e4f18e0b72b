"""A large report while the room goes on: the 5,000-idea workshop of report_export.py is exported
as a PDF from a running server while 100 phones receive ideas at 5/s; prints how long the PDF
took, and the room's fan-out and /healthz latency during it beside a quiet moment's.

    .venv/bin/python -m benchmarks.report_room [--phones 100]

Target: /healthz and the fan-out p95 under 250 ms while the PDF renders.
"""
import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
import time

import aiohttp

from .phones import Room, facilitator_and_projector
from .report_export import generate
from .scenarios import close_all, idea_fanout, join_storm, percentile
from .servers import ServerProcess


async def poll_health(url, stop, latencies):
    async with aiohttp.ClientSession() as http:
        while not stop.is_set():
            started = time.perf_counter()
            async with http.get(url + "/healthz") as answer:
                await answer.read()
            latencies.append(time.perf_counter() - started)
            await asyncio.sleep(0.05)


async def run(args):
    server = ServerProcess("product", "eventlet")
    export = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
    json.dump(generate(), export)
    export.close()
    imported = subprocess.run([sys.executable, "-m", "facilitator.cli", "import", export.name, "--data-dir",
                               server.data_dir], capture_output=True, text=True, check=True).stdout
    link = imported.strip().splitlines()[-1].split(": ", 1)[1]
    server.start()
    try:
        room = Room(server.url)
        facilitator, projector = await facilitator_and_projector(room)
        await facilitator.call("step.next")
        phones, _ = await join_storm(server, room, args.phones, window=5)
        figures = {}
        for label, with_pdf in (("quiet", False), ("while the PDF renders", True)):
            stop, health = asyncio.Event(), []
            poller = asyncio.ensure_future(poll_health(server.url, stop, health))
            pdf = asyncio.ensure_future(download(server.url, link)) if with_pdf else None
            _ids, fanout = await idea_fanout(server, room, phones, len(phones) + 2, args.ideas, 5.0)
            took = await pdf if pdf else None
            stop.set()
            await poller
            figures[label] = (fanout, health, took)
        await close_all([facilitator, projector, *phones])
    finally:
        server.stop()
    print(f"## A 5,000-idea PDF while {args.phones} phones receive ideas at 5/s\n")
    print("| moment | fan-out p50 (ms) | fan-out p95 (ms) | /healthz p95 (ms) | /healthz max (ms) | PDF (s) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for label, (fanout, health, took) in figures.items():
        print(f"| {label} | {fanout['fanout_p50_ms']:.0f} | {fanout['fanout_p95_ms']:.0f} | "
              f"{1000 * percentile(health, 0.95):.0f} | {1000 * max(health):.0f} | "
              f"{'–' if took is None else f'{took:.1f}'} |")
    return 0


async def download(url, link):
    """The facilitator's browser: the secret link for the cookie, then the PDF."""
    started = time.perf_counter()
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
        async with http.get(url + link) as answer:
            await answer.read()
        code = link.split("/")[2]
        async with http.get(f"{url}/w/{code}/report.pdf", timeout=aiohttp.ClientTimeout(total=600)) as answer:
            body = await answer.read()
            assert answer.status == 200 and body.startswith(b"%PDF"), answer.status
    return time.perf_counter() - started


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m benchmarks.report_room", description=__doc__.split("\n")[0])
    parser.add_argument("--phones", type=int, default=100)
    parser.add_argument("--ideas", type=int, default=60)
    return asyncio.run(run(parser.parse_args(argv)))


if __name__ == "__main__":
    sys.exit(main())
