"""Report export benchmark: a large generated workshop written in every format.

    .venv/bin/python -m benchmarks.report_export

1,000 participants, 5,000 ideas, 30,000 votes and 200 actions are imported into a fresh SQLite
database through the real JSON import; then each format is exported in a fresh process, which
prints its time and peak memory (maximum resident set size), so that one format's memory does not
hide another's. Targets on the 2-core development machine: HTML and JSON under 2 s each, PDF under
30 s, memory under 500 MB.
"""
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FORMATS = ("json", "html", "md", "csv", "pdf")
PARTICIPANTS, IDEAS, VOTES, ACTIONS = 1000, 5000, 30000, 200


def generate(seed=1, participants=PARTICIPANTS, ideas_count=IDEAS, votes_count=VOTES, actions_count=ACTIONS):
    """A workshop export as the product writes one: five brainstorm → cluster → vote rounds."""
    rng = random.Random(seed)
    words = ("yhteistyö asiakas palaute viikkopalaveri työpari perehdytys tiedonkulku kiitos aikataulu "
             "selkeys luottamus joustavuus vastuu ääni työrauha kehitys tavoite").split()
    now = time.time() - 86400
    steps, clusters, ideas, votes = [], [], [], []
    for block in range(5):
        base = len(steps)
        steps += [
            {"position": base, "activity": "brainstorm", "title": f"Ideointi {block + 1}",
             "prompt": "Mitä haluaisimme kehittää yhteisessä työssämme?", "options": {"private": 0}},
            {"position": base + 1, "activity": "cluster", "title": f"Ryhmittely {block + 1}", "prompt": "",
             "options": {}},
            {"position": base + 2, "activity": "dot_vote", "title": f"Äänestys {block + 1}",
             "prompt": "Jaa pisteesi.", "options": {"dots_per_person": 6, "max_dots_per_item": 2}},
        ]
        brainstorm = base + 1
        first_cluster = len(clusters) + 1
        clusters += [{"step_id": brainstorm, "client_id": f"c{block}-{n}", "title": f"Teema {block}-{n}: "
                      + " ".join(rng.sample(words, 2)), "position": n} for n in range(20)]
        first_idea = len(ideas) + 1
        for n in range(ideas_count // 5):
            ideas.append({"step_id": brainstorm, "participant_id": rng.randint(1, participants),
                          "client_id": f"i{block}-{n}", "text": " ".join(rng.sample(words, 6)).capitalize() + ".",
                          "cluster_id": first_cluster + n % 20 if n % 7 else None, "position": n,
                          "hidden": n % 97 == 0, "group_number": None, "created_at": now + n})
        unclustered = [first_idea + n for n in range(ideas_count // 5) if not n % 7]
        for n in range(votes_count // 5):
            target = ("cluster", first_cluster + rng.randrange(20)) if n % 3 else ("idea", rng.choice(unclustered))
            votes.append({"step_id": base + 3, "participant_id": 1 + n % participants, "client_id": f"v{block}-{n}",
                          "target_type": target[0], "target_id": target[1], "created_at": now + n})
    steps.append({"position": len(steps), "activity": "action_plan", "title": "Toimintasuunnitelma",
                  "prompt": "Kuka tekee mitä ja mihin mennessä?", "options": {"seed_count": 3}})
    for step in steps:
        step.update(time_box_minutes=10, source_step_id=None, state="done", submissions_open=False,
                    results_revealed=True, started_at=now, ended_at=now + 600, method_id=None, block=None,
                    content=None, edited=False)
    actions = [{"step_id": len(steps), "client_id": f"a{n}", "what": " ".join(rng.sample(words, 5)).capitalize(),
                "who": f"Tiimi {n % 12}", "due": "2027-03-31", "position": n, "status": "not_started",
                "origin": None, "created_at": now} for n in range(actions_count)]
    return {
        "format": "facilitator.workshop", "version": 1,
        "workshop": {"title": "Koko henkilöstön kehittämispäivä", "organisation": "Esimerkkikaupunki",
                     "facilitator_name": "Fasilitaattori", "date": "2026-11-24", "language": "fi",
                     "anonymous": True, "locked": False, "started": True, "goals": "Yhteinen suunta",
                     "created_at": now, "closed_at": now + 28800, "series": [], "current_step": None},
        "participants": [{"nickname": None, "joined_at": now} for _ in range(participants)],
        "steps": steps, "clusters": clusters, "ideas": ideas, "votes": votes, "responses": [],
        "consent_rounds": [], "pairings": [], "actions": actions, "action_volunteers": [],
    }


def export_one(data_dir, fmt):
    """Runs in its own process: exports the one workshop and prints time and peak memory."""
    from facilitator.app import create_app
    from facilitator.db import transaction
    from facilitator.db import workshops as table
    from facilitator.report.dump import dump
    from facilitator.web.report import WRITERS
    app = create_app({"DATA_DIR": data_dir})
    start = time.perf_counter()
    with app.app_context(), transaction(app.extensions["facilitator.engine"]) as conn:
        workshop_id = conn.execute(table.select()).mappings().first()["id"]
        body = WRITERS[fmt](dump(conn, workshop_id))
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"format": fmt, "seconds": round(seconds, 2), "peak_mb": round(peak_mb), "bytes": len(body)}))


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--one":
        return export_one(sys.argv[2], sys.argv[3])
    from facilitator.app import create_app
    from facilitator.db import transaction
    from facilitator.report.dump import load
    data_dir = tempfile.mkdtemp(prefix="report-bench-")
    app = create_app({"DATA_DIR": data_dir})
    start = time.perf_counter()
    with transaction(app.extensions["facilitator.engine"]) as conn:
        load(conn, generate())
    print(f"Imported {PARTICIPANTS} participants, {IDEAS} ideas, {VOTES} votes, {ACTIONS} actions "
          f"in {time.perf_counter() - start:.1f} s\n")
    targets = {"html": 2, "json": 2, "pdf": 30}
    print(f"{'format':<8}{'seconds':>9}{'peak MB':>9}{'size KB':>9}  target")
    for fmt in FORMATS:
        out = subprocess.run([sys.executable, "-m", "benchmarks.report_export", "--one", data_dir, fmt],
                             capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parent.parent)
        result = json.loads(out.stdout.strip().splitlines()[-1])
        limit = targets.get(fmt)
        verdict = ("holds" if result["seconds"] < limit and result["peak_mb"] < 500 else "MISSED") if limit else \
            ("holds" if result["peak_mb"] < 500 else "MISSED")
        goal = f"< {limit} s, < 500 MB" if limit else "< 500 MB"
        print(f"{fmt:<8}{result['seconds']:>9.2f}{result['peak_mb']:>9}{result['bytes'] // 1024:>9}  {goal}: {verdict}")


if __name__ == "__main__":
    main()
