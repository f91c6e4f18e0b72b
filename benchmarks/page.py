"""The phone page on venue wifi: what a participant waits for after scanning the QR code.

    .venv/bin/python -m benchmarks.page                  # browser visits, then 300 phones at once
    .venv/bin/python -m benchmarks.page --phones 0       # the browser visits only (light)

1. Chromium (Debian's, through Playwright) opens the phone page of a running workshop (the day
   started, the brainstorm open) from a real `facilitator serve` on 127.0.0.1, with DevTools
   network emulation through a CDP session: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip.
   First visit: a fresh browser context (empty cache) whose participant cookie is set (the join
   form's POST is not timed). Return visit: a new tab in the same context (cache warm).
   Printed: requests, bytes transferred (HTTP as encoded on the wire, headers included, and
   WebSocket frames), and the time from navigation start until the idea box is ready (READY).
   Targets: first visit ≤ 2.0 s and ≤ 100 kB, return visit ≤ 0.8 s.
2. N phones (default 300) at the same moment, without emulation: each posts the join form, loads
   the page over HTTP with every asset a browser would (the style sheets, scripts and modules the
   HTML names, each activity type's module and style sheet in its boot data, and every module
   those import, followed as a browser follows them; 6 connections a phone, gzip/br accepted),
   then joins over Socket.IO (benchmarks/phones.py) until its snapshot arrives. Target: all
   within 10 s.
"""
import argparse
import asyncio
import gzip
import json
import re
import statistics
import time
import zlib
from urllib.parse import urljoin

import aiohttp

from .phones import Client, Room, facilitator_and_projector
from .scenarios import close_all, percentile
from .servers import ServerProcess

# Chrome's DevTools throughputs are bytes per second; latency is the added round trip in ms.
WIFI = {"offline": False, "latency": 150, "downloadThroughput": 1.6e6 / 8, "uploadThroughput": 750e3 / 8,
        "connectionType": "wifi"}
PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# The idea box is READY at the first moment at which all of these hold (checked after every DOM
# mutation and every load event, so the moment is exact to the event that made it true):
# - the idea box (textarea[data-testid=idea-input]) is in the document, rendered (checkVisibility:
#   no display:none or hidden ancestor, visibility not hidden) with a non-empty box, and neither
#   disabled nor read-only: the participant can type;
# - the connection badge says "connected": the socket is open (and the box itself is drawn only
#   from the server's snapshot, so the current step is known);
# - every style sheet the page links has loaded: the box looks as it will.
# The time is performance.now() then: milliseconds since this navigation started.
READY = """
(() => {
  const ready = () => {
    const box = document.querySelector("textarea[data-testid=idea-input]");
    const badge = document.querySelector("[data-testid=connection]");
    if (!box || !badge || badge.dataset.state !== "connected") return false;
    if (box.disabled || box.readOnly || !box.checkVisibility({ visibilityProperty: true })) return false;
    const rect = box.getBoundingClientRect();
    if (!rect.width || !rect.height) return false;
    return [...document.querySelectorAll("link[rel=stylesheet]")].every((link) => link.sheet);
  };
  const check = () => {
    if (window.__ideaBoxReady === undefined && ready()) {
      window.__ideaBoxReady = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  document.addEventListener("load", check, true);
})();
"""


class Traffic:
    """What one tab's CDP session saw: requests, encoded bytes, WebSocket frames."""

    def __init__(self, cdp):
        self.requests, self.http_bytes, self.ws_bytes, self.cached = {}, 0, 0, 0
        cdp.on("Network.requestWillBeSent", lambda e: self.requests.setdefault(e["requestId"], e["request"]["url"]))
        cdp.on("Network.responseReceived", lambda e: self._cached(e["response"]))
        cdp.on("Network.loadingFinished", lambda e: self._add(e["encodedDataLength"]))
        cdp.on("Network.webSocketFrameReceived", lambda e: self._frame(e))
        cdp.on("Network.webSocketFrameSent", lambda e: self._frame(e))

    def _cached(self, response):
        self.cached += bool(response.get("fromDiskCache") or response.get("fromPrefetchCache"))

    def _add(self, length):
        self.http_bytes += length

    def _frame(self, event):
        self.ws_bytes += len(event["response"]["payloadData"].encode())


async def visit(context, url):
    """One tab opening `url` on emulated venue wifi; returns its figures."""
    page = await context.new_page()
    cdp = await context.new_cdp_session(page)
    traffic = Traffic(cdp)
    await cdp.send("Network.enable")
    await cdp.send("Network.emulateNetworkConditions", WIFI)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    await page.add_init_script(READY)
    await page.goto(url, wait_until="commit")
    await page.wait_for_function("window.__ideaBoxReady !== undefined", timeout=60000)
    ready_ms = await page.evaluate("window.__ideaBoxReady")
    await page.wait_for_load_state("networkidle")  # what loads after READY counts in the bytes too
    await page.wait_for_timeout(500)
    await page.close()
    if errors:
        raise RuntimeError(f"the phone page threw: {errors}")
    return {"ready_s": ready_ms / 1000, "requests": len(traffic.requests), "from_cache": traffic.cached,
            "http_kb": traffic.http_bytes / 1000, "ws_kb": traffic.ws_bytes / 1000,
            "total_kb": (traffic.http_bytes + traffic.ws_bytes) / 1000}


async def browser_visits(server, code, runs):
    from playwright.async_api import async_playwright
    figures = {"first": [], "return": []}
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            for _ in range(runs):
                context = await browser.new_context(**PHONE)
                joined = await context.request.post(f"{server.url}/{code}/join", form={"nickname": ""},
                                                    headers={"Origin": server.url}, max_redirects=0)
                assert joined.status == 302, joined.status
                figures["first"].append(await visit(context, f"{server.url}/{code}"))
                figures["return"].append(await visit(context, f"{server.url}/{code}"))
                await context.close()
        finally:
            await browser.close()
    return figures


# ---- many phones over plain HTTP, then Socket.IO -----------------------------------------------

_LINKS = re.compile(r"""<(?:link[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*\bhref|script[^>]*\bsrc)="([^"]+)\"""")
_BOOT = re.compile(r"""<script type="application/json" id="boot">(.*?)</script>""", re.S)
_IMPORTS = re.compile(r"""(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+\.m?js)["']""")
ACCEPT = "gzip, deflate, br"


def decoded(body, encoding):
    if encoding == "gzip":
        return gzip.decompress(body)
    if encoding == "deflate":
        return zlib.decompress(body)
    if encoding == "br":
        import brotli
        return brotli.decompress(body)
    return body


async def load_page(phone, url):
    """Fetches the page and its assets as a browser would; returns the bytes received (bodies as
    sent, before decompression)."""
    received = 0
    async with phone.http.get(url, headers={"Accept-Encoding": ACCEPT}, auto_decompress=False) as answer:
        raw = await answer.read()
        received += len(raw)
        html = decoded(raw, answer.headers.get("Content-Encoding")).decode()
    todo = [urljoin(url, found) for found in _LINKS.findall(html)]
    boot = _BOOT.search(html)
    if boot:
        for kind in json.loads(boot.group(1)).get("activities", {}).values():
            todo += [urljoin(url, kind[key]) for key in ("module", "style") if kind.get(key)]
    seen = set()
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit_per_host=6),
                                     auto_decompress=False) as assets:
        async def fetch(asset):
            async with assets.get(asset, headers={"Accept-Encoding": ACCEPT}) as answer:
                body = await answer.read()
                if answer.status != 200:
                    raise RuntimeError(f"GET {asset}: {answer.status}")
                text = decoded(body, answer.headers.get("Content-Encoding"))
            found = [urljoin(asset, name) for name in _IMPORTS.findall(text.decode())] if asset.endswith(".js") else []
            return len(body), found

        while todo:
            batch = [asset for asset in dict.fromkeys(todo) if asset not in seen]
            seen.update(batch)
            results = await asyncio.gather(*(fetch(asset) for asset in batch))
            received += sum(size for size, _ in results)
            todo = [name for _, found in results for name in found]
    return received, len(seen) + 1


async def crowd(server, room, n):
    """`n` phones at once: join form, page and assets, socket until the snapshot."""
    started = time.perf_counter()

    async def one():
        phone = Client(room, "participant")
        await phone.open_http()
        try:
            location = await phone.post(f"/{room.code}/join", {"nickname": ""})
            received, requests = await load_page(phone, urljoin(room.base, location))
            loaded = time.perf_counter() - started
            await phone.connect()
        except BaseException:
            await phone.close()
            raise
        return phone, loaded, time.perf_counter() - started, received, requests

    cpu0 = server.cpu_seconds()
    results = await asyncio.gather(*(one() for _ in range(n)), return_exceptions=True)
    took = time.perf_counter() - started
    cpu = server.cpu_seconds() - cpu0
    done = [r for r in results if not isinstance(r, BaseException)]
    failures = [r for r in results if isinstance(r, BaseException)]
    await close_all([phone for phone, *_ in done])
    loaded = [r[1] for r in done]
    joined = [r[2] for r in done]
    return {"phones": n, "ok": len(done), "failed": len(failures),
            "first_failure": repr(failures[0]) if failures else None,
            "all_joined_s": max(joined) if done else None, "took_s": took,
            "page_p50_s": percentile(loaded, 0.5), "page_p99_s": percentile(loaded, 0.99),
            "joined_p50_s": percentile(joined, 0.5), "joined_p99_s": percentile(joined, 0.99),
            "kb_per_phone": statistics.mean(r[3] for r in done) / 1000 if done else None,
            "requests_per_phone": done[0][4] if done else None, "server_cpu_s": cpu}


async def run(args):
    server = ServerProcess("product", "eventlet").start()
    try:
        room = Room(server.url)
        facilitator, projector = await facilitator_and_projector(room)
        await facilitator.call("step.next")  # the day starts: the brainstorm opens
        figures = {"visits": await browser_visits(server, room.code, args.runs)}
        if args.phones:
            figures["crowd"] = await crowd(server, room, args.phones)
        await close_all([facilitator, projector])
        figures["server_errors"] = server.errors_logged()
    finally:
        server.stop()
    return figures


def median(visits, key):
    return statistics.median(v[key] for v in visits)


def print_table(figures):
    print("\n### The phone page on emulated venue wifi (1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip)\n")
    print("| visit | requests | from cache | HTTP (kB) | WebSocket (kB) | total (kB) | idea box ready (s) | target |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    targets = {"first": "≤ 2.0 s, ≤ 100 kB", "return": "≤ 0.8 s"}
    for name, visits in figures["visits"].items():
        readies = ", ".join(f"{v['ready_s']:.2f}" for v in visits)
        print(f"| {name} | {median(visits, 'requests'):.0f} | {median(visits, 'from_cache'):.0f} | "
              f"{median(visits, 'http_kb'):.1f} | {median(visits, 'ws_kb'):.1f} | {median(visits, 'total_kb'):.1f} | "
              f"{median(visits, 'ready_s'):.2f} (runs: {readies}) | {targets[name]} |")
    crowd_figures = figures.get("crowd")
    if crowd_figures:
        c = crowd_figures
        print(f"\n{c['phones']} phones at once (loopback, no emulation): {c['ok']} joined, {c['failed']} failed"
              + (f" (first: {c['first_failure']})" if c["failed"] else ""))
        print(f"  page and assets: p50 {c['page_p50_s']:.2f} s, p99 {c['page_p99_s']:.2f} s; "
              f"{c['requests_per_phone']} requests, {c['kb_per_phone']:.1f} kB a phone")
        print(f"  joined (snapshot in hand): p50 {c['joined_p50_s']:.2f} s, p99 {c['joined_p99_s']:.2f} s, "
              f"all after {c['all_joined_s']:.2f} s (target ≤ 10 s); server CPU {c['server_cpu_s']:.1f} s")
    print(f"\nserver tracebacks logged: {figures['server_errors']}")


def main():
    parser = argparse.ArgumentParser(prog="python -m benchmarks.page", description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="browser contexts, each a first and a return visit")
    parser.add_argument("--phones", type=int, default=300, help="phones loading the page at once (0: skip)")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    figures = asyncio.run(run(args))
    print_table(figures)
    if args.json:
        with open(args.json, "w") as out:
            json.dump(figures, out, indent=1)


if __name__ == "__main__":
    main()
