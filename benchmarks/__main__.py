"""Runs the load benchmark and prints the table (see benchmarks/README.md).

    .venv/bin/python -m benchmarks            # the whole table, the phone page's included
    .venv/bin/python -m benchmarks --quick    # 200 phones, eventlet only, no phone page: a smoke run
"""
import argparse
import asyncio
import datetime
import json
import os
import platform
import resource
import sys
import traceback

import psutil

from . import page, phones, report
from .scenarios import session, sweep_point
from .servers import Cluster, ServerProcess

RESULTS_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "results")


def _parser():
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n")[0])
    parser.add_argument("--phones", type=int, default=1000)
    parser.add_argument("--modes", default="eventlet,gevent",
                        help="Flask-SocketIO async modes to run, comma-separated (eventlet first; "
                             "threading is for tests and tiny rooms, see docs/performance.md)")
    parser.add_argument("--join-window", type=float, default=10.0, help="seconds the join storm lasts")
    parser.add_argument("--ideas", type=int, default=40, help="ideas in the fan-out scenario")
    parser.add_argument("--rate", type=float, default=5.0, help="ideas per second")
    parser.add_argument("--vote-window", type=float, default=2.0, help="seconds the vote storm lasts")
    parser.add_argument("--sweep", default="3000,4000,5000,6000,7000,8000",
                        help="phone counts tried in turn for the largest N (product, first mode) "
                             "until one misses; '' skips")
    parser.add_argument("--kinds", default="bare,product,two",
                        help="servers to run: bare, product, two (two product processes with "
                             "PostgreSQL and Redis, first mode only)")
    parser.add_argument("--generators", type=int, default=None,
                        help="load generator processes (default: one per 1,250 phones, at least 2)")
    parser.add_argument("--compress", type=int, default=15,
                        help="permessage-deflate window bits the phones offer, as browsers do (0: none)")
    parser.add_argument("--page-phones", type=int, default=300,
                        help="phones loading the phone page at once after its browser visits "
                             "(benchmarks/page.py); -1 skips the phone page")
    parser.add_argument("--quick", action="store_true", help="200 phones, first mode, no sweep, no phone page")
    parser.add_argument("--out", default=None, help="JSON file for the raw figures")
    return parser


def _machine():
    return {"cpu": platform.processor() or platform.machine(), "cores": psutil.cpu_count(),
            "memory_gb": round(psutil.virtual_memory().total / 2**30), "python": platform.python_version(),
            "kernel": platform.release()}


def _raise_open_file_limit():
    # Every phone is a socket here and another in the server (which inherits this limit).
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


async def _one_server(kind, mode, args):
    server = Cluster(mode) if kind == "two" else ServerProcess(kind, mode)
    await asyncio.get_running_loop().run_in_executor(None, server.start)
    try:
        # Two processes are measured for what they cost, not for coming back after a restart.
        return await session(server, args.phones, args.join_window, args.ideas, args.rate,
                             args.vote_window, reconnect=kind != "two", generators=args.generators)
    except Exception as error:  # one failing server must not lose the others' figures
        traceback.print_exc()
        return {"error": repr(error)}
    finally:
        server.stop()
        print(f"  ({kind} server log: {server.log.name})", file=sys.stderr)


async def _sweep(mode, counts, args):
    points = []
    for n in counts:
        print(f"sweep: {n} phones ({mode})", file=sys.stderr, flush=True)
        server = ServerProcess("product", mode)
        await asyncio.get_running_loop().run_in_executor(None, server.start)
        try:
            result = await sweep_point(server, n, ideas=25, rate=args.rate, generators=args.generators)
        except Exception as error:
            traceback.print_exc()
            result = {"error": repr(error)}
        finally:
            server.stop()
        points.append((n, result))
        fan = result.get("fanout", {})
        if fan.get("within_500ms", 0) < 0.95:
            break  # past the largest N: a bigger room only takes longer
    return points


async def _main(args):
    modes = [m for m in args.modes.split(",") if m]
    kinds = [k for k in args.kinds.split(",") if k]
    if args.quick:
        args.phones, modes, args.sweep, args.page_phones = 200, modes[:1], "", -1
        kinds = [k for k in kinds if k != "two"]
    results = {}
    for index, mode in enumerate(modes):
        results[mode] = {}
        for kind in kinds:
            if kind == "two" and index:
                continue  # two processes: the default mode only
            print(f"{mode}/{kind}: {args.phones} phones", file=sys.stderr, flush=True)
            results[mode][kind] = await _one_server(kind, mode, args)
    counts = [int(n) for n in args.sweep.split(",") if n]
    points = await _sweep(modes[0], counts, args) if counts and "product" in kinds else []
    page_figures = None
    if args.page_phones >= 0:
        print(f"phone page: browser visits, then {args.page_phones} phones at once", file=sys.stderr, flush=True)
        page_figures = await page.run(argparse.Namespace(runs=3, phones=args.page_phones))
    return results, points, page_figures


def main(argv=None):
    args = _parser().parse_args(argv)
    _raise_open_file_limit()
    phones.COMPRESS = args.compress
    started = datetime.datetime.now()
    load_before = os.getloadavg()
    results, points, page_figures = asyncio.run(_main(args))
    machine = _machine()
    # Other work on the machine lands in every latency figure: say how busy it was.
    machine["load_average_before_after"] = [round(load_before[1], 1), round(os.getloadavg()[1], 1)]
    print(f"\n## Facilitator load benchmark, {started:%Y-%m-%d %H:%M}\n")
    print(f"Machine: {machine['cores']} cores ({machine['cpu']}), {machine['memory_gb']} GB, "
          f"Python {machine['python']}, Linux {machine['kernel']}. Load generator and server share it; "
          f"5-minute load average {machine['load_average_before_after'][0]} before the run, "
          f"{machine['load_average_before_after'][1]} after.")
    print(f"Phones: {args.phones}; join storm over {args.join_window:g} s; {args.ideas} ideas at "
          f"{args.rate:g}/s; vote storm over {args.vote_window:g} s (3 dots each).")
    print(report.table(results))
    print(report.tally_table(results))
    print(report.two_processes_table(results))
    if page_figures:
        page.print_table(page_figures)
    largest = None
    if points:
        text, largest = report.sweep_table(points)
        print(text)
    os.makedirs(RESULTS_DIR, exist_ok=True)
    out = args.out or os.path.join(RESULTS_DIR, f"run-{started:%Y%m%d-%H%M%S}.json")
    with open(out, "w") as file:
        json.dump({"machine": machine, "args": vars(args), "results": results,
                   "sweep": points, "largest_n": largest, "phone_page": page_figures}, file, indent=1, default=str)
    print(f"\nRaw figures: {os.path.relpath(out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
