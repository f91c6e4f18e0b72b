"""The printed table: each async mode's product figures beside the bare baseline, the ratios the
issue asks for, and whether each target holds."""

TARGETS = {
    "all_joined_s": 15.0,  # all phones joined within 15 s of the storm's start
    "fanout_p99_ms": 250.0,  # at 5 ideas/s
    "tally_after_last_sent_s": 1.0,  # the projector's exact final tally after the last vote
    "kb_per_phone": 120.0,
    "cpu_ratio": 1.5,  # CPU per delivery, product / bare
}


def _fmt(value, digits=2):
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "NO"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _ratio(product, bare):
    if product is None or not bare:
        return None
    return product / bare


def _get(results, scenario, key):
    return (results or {}).get(scenario, {}).get(key)


def rows_for(mode, product, bare):
    """(label, product, bare, ratio, target verdict) rows for one async mode."""
    def row(label, scenario, key, target=None, digits=2, ratio=False):
        p, b = _get(product, scenario, key), _get(bare, scenario, key)
        r = _ratio(p, b) if ratio else None
        verdict = ""
        if target is not None and p is not None:
            verdict = "holds" if p <= target else "MISSED"
        elif target is not None:
            verdict = "MISSED"
        return (label, _fmt(p, digits), _fmt(b, digits), _fmt(r, 2), verdict)

    cpu_ratio = _ratio(_get(product, "fanout", "cpu_us_per_delivery"), _get(bare, "fanout", "cpu_us_per_delivery"))
    rows = [
        row("phones joined", "join", "joined", digits=0),
        row("permessage-deflate window bits negotiated (0: none)", "join", "compression", digits=0),
        row("all joined after storm start (s)", "join", "all_joined_s", TARGETS["all_joined_s"]),
        row("join p99, form + socket + snapshot (s)", "join", "join_p99_s"),
        row("memory per connected phone (KB)", "join", "kb_per_phone", TARGETS["kb_per_phone"], 1, True),
        row("ideas fanned out (deliveries)", "fanout", "deliveries", digits=0),
        row("fan-out p50 (ms)", "fanout", "fanout_p50_ms", digits=1, ratio=True),
        row("fan-out p99 (ms)", "fanout", "fanout_p99_ms", TARGETS["fanout_p99_ms"], 1, True),
        row("fan-outs within 500 ms", "fanout", "within_500ms", digits=3),
        row("server CPU per delivery (µs)", "fanout", "cpu_us_per_delivery", digits=1, ratio=True),
        ("  CPU per delivery, product / bare", _fmt(cpu_ratio), "", "",
         "" if cpu_ratio is None else ("holds" if cpu_ratio <= TARGETS["cpu_ratio"] else "MISSED")),
        row("votes acknowledged", "vote", "acknowledged", digits=0),
        row("all acks after last vote sent (s)", "vote", "acks_done_after_last_sent_s"),
        row("exact tally on projector after last vote sent (s)", "vote", "tally_after_last_sent_s",
            TARGETS["tally_after_last_sent_s"]),
        row("projector's final tally exact", "vote", "tally_exact"),
        row("revealed tally: deliveries to phones (stream)", "tally", "tally_deliveries", digits=0),
        row("revealed tally: per phone per second", "tally", "tallies_per_phone_per_s"),
        row("revealed tally: bytes per delivery", "tally", "tally_bytes", digits=0, ratio=True),
        row("revealed tally: server CPU per delivery (µs)", "tally", "cpu_us_per_tally", digits=1, ratio=True),
        row("revealed tally: phones holding the exact tally", "tally", "phones_exact", digits=0),
        row("restart: stop + start until the port listens (s)", "reconnect", "restart_s"),
        row("  of which stop (s)", "reconnect", "stop_s"),
        row("  health check answered after the port listens (s)", "reconnect", "healthz_after_up_s"),
        row("reconnect: all back in sync after start (s)", "reconnect", "all_back_after_up_s"),
        row("reconnect: clients back in sync", "reconnect", "back_in_sync", digits=0),
        row("reconnect: server CPU per client back (ms)", "reconnect", "server_cpu_ms_per_client", digits=1, ratio=True),
    ]
    return rows


def generator_notes(mode, kind, results):
    """Where the load generator, not the server, was the limit."""
    notes = []
    for scenario in ("join", "fanout", "vote", "tally", "reconnect"):
        figures = (results or {}).get(scenario) or {}
        if figures.get("generator_bound"):
            notes.append(f"{mode}/{kind} {scenario}: a load generator process busy "
                         f"({figures['gen_cpu_share']:.0%} of a core, loop late p99 "
                         f"{1000 * figures['gen_loop_late_p99']:.0f} ms) — it may be the limit")
    return notes


def table(all_results):
    """A Markdown table per async mode, then the generator notes."""
    lines, notes = [], []
    for mode, kinds in all_results.items():
        product, bare = kinds.get("product"), kinds.get("bare")
        if not (product or bare):
            continue
        lines.append(f"\n### {mode}\n")
        lines.append("| figure | product | bare | product / bare | target |")
        lines.append("| --- | ---: | ---: | ---: | --- |")
        for label, p, b, r, verdict in rows_for(mode, product, bare):
            lines.append(f"| {label} | {p} | {b} | {r} | {verdict} |")
        for kind, results in kinds.items():
            notes += generator_notes(mode, kind, results)
            if results and results.get("server_tracebacks"):
                notes.append(f"{mode}/{kind}: the server logged {results['server_tracebacks']} tracebacks")
            if results and results.get("error"):
                notes.append(f"{mode}/{kind}: run failed: {results['error']}")
    if notes:
        lines.append("\nNotes:\n")
        lines += [f"- {note}" for note in notes]
    return "\n".join(lines)


def tally_table(all_results):
    """The revealed tally streamed to every phone, per async mode and server."""
    lines = ["\n### Revealed tally during the vote (stream to every phone)\n",
             "| mode / server | deliveries | per phone per s | bytes each | whole / delta (asked) "
             "| server CPU per delivery (µs) | phones exact |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for mode, kinds in all_results.items():
        for kind, results in kinds.items():
            t = (results or {}).get("tally")
            if not t:
                continue
            deltas = t["tally_deliveries"] - t["tally_wholes"]
            lines.append(f"| {mode} / {kind} | {t['tally_deliveries']} | {_fmt(t['tallies_per_phone_per_s'])} "
                         f"| {_fmt(t['tally_bytes'], 0)} | {t['tally_wholes']} / {deltas} ({t['tally_asked']}) "
                         f"| {_fmt(t['cpu_us_per_tally'], 1)} | {t['phones_exact']} |")
    return "\n".join(lines)


def two_processes_table(all_results):
    """One process (SQLite) against two (PostgreSQL + Redis), the same phones."""
    for mode, kinds in all_results.items():
        one, two = kinds.get("product"), kinds.get("two")
        if two and not two.get("error"):
            break
    else:
        return ""
    f1, f2 = (one or {}).get("fanout", {}), two.get("fanout", {})
    by = f2.get("cpu_us_per_delivery_by_process") or []
    cpu = f2.get("server_cpu_by_process") or []
    lines = [f"\n### Two processes with PostgreSQL and Redis against one ({mode})\n",
             "| figure | one process | two processes |", "| --- | ---: | ---: |",
             f"| fan-out p50 (ms) | {_fmt(f1.get('fanout_p50_ms'), 1)} | {_fmt(f2.get('fanout_p50_ms'), 1)} |",
             f"| fan-out p99 (ms) | {_fmt(f1.get('fanout_p99_ms'), 1)} | {_fmt(f2.get('fanout_p99_ms'), 1)} |",
             f"| server CPU per delivery, all processes (µs) | {_fmt(f1.get('cpu_us_per_delivery'), 1)} "
             f"| {_fmt(f2.get('cpu_us_per_delivery'), 1)} |",
             "| server CPU per delivery, each process (µs) | — | "
             f"{' / '.join(_fmt(v, 1) for v in by) or '—'} |",
             "| server CPU over the fan-out, each process (s) | "
             f"{_fmt(f1.get('server_cpu_s'))} | {' / '.join(_fmt(v) for v in cpu) or '—'} |",
             f"| Redis CPU over the fan-out (s) | — | {_fmt(f2.get('redis_cpu_s'), 3)} |",
             f"| PostgreSQL CPU over the fan-out (s) | — | {_fmt(f2.get('postgres_cpu_s'), 3)} |"]
    v1, v2 = (one or {}).get("vote", {}), two.get("vote", {})
    lines += [f"| vote storm: exact tally after last vote sent (s) | {_fmt(v1.get('tally_after_last_sent_s'))} "
              f"| {_fmt(v2.get('tally_after_last_sent_s'))} |",
              f"| vote storm: Redis / PostgreSQL CPU (s) | — | {_fmt(v2.get('redis_cpu_s'), 3)} / "
              f"{_fmt(v2.get('postgres_cpu_s'), 3)} |"]
    t1, t2 = (one or {}).get("tally", {}), two.get("tally", {})
    lines.append(f"| revealed tally: server CPU per delivery (µs) | {_fmt(t1.get('cpu_us_per_tally'), 1)} "
                 f"| {_fmt(t2.get('cpu_us_per_tally'), 1)} |")
    return "\n".join(lines)


def sweep_table(points, bar=0.95, limit_ms=500):
    lines = ["\n### Largest N (product, one process): 95 % of fan-outs within 500 ms\n",
             "| phones | joined | fan-out p50 (ms) | p95 (ms) | p99 (ms) | within 500 ms | server CPU "
             "| CPU per delivery (µs) | generators | busiest generator | generators' CPU | holds |",
             "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
    largest = None
    for n, result in points:
        fan, join = result.get("fanout", {}), result.get("join", {})
        holds = fan.get("within_500ms", 0) >= bar and join.get("joined") == n
        if holds:
            largest = n
        lines.append(f"| {n} | {join.get('joined', '—')} | {_fmt(fan.get('fanout_p50_ms'), 0)} | "
                     f"{_fmt(fan.get('fanout_p95_ms'), 0)} | "
                     f"{_fmt(fan.get('fanout_p99_ms'), 0)} | {_fmt(fan.get('within_500ms'), 3)} | "
                     f"{_fmt(fan.get('server_cpu_share'))} | {_fmt(fan.get('cpu_us_per_delivery'), 1)} | "
                     f"{join.get('generator_processes', '—')} | {_fmt(fan.get('gen_cpu_share'))} "
                     f"(late {_fmt(1000 * fan['gen_loop_late_p99'] if fan.get('gen_loop_late_p99') is not None else None, 0)} ms) | "
                     f"{_fmt(fan.get('gen_cpu_total'))} | {'yes' if holds else 'no'} |")
    lines.append(f"\nLargest N measured that holds: {largest if largest is not None else 'none'}")
    return "\n".join(lines), largest
