"""A third-party method package, installed with pip, found through its entry points and run."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent / "example_plugin"

# Runs in a fresh interpreter that sees the installed package, as a server started after
# `pip install facilitator-pulse` would.
SCRIPT = r"""
import json, sys, tempfile
sys.path.insert(0, sys.argv[1])
from conftest import Room, new_id
from facilitator.app import create_app

app = create_app({"DATA_DIR": sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp(), "TALLY_INTERVAL": 0.05,
                  "MIN_ANSWERS_SHOWN": 1})
library = app.extensions["facilitator.library"]
room = Room(app, language="fi")
facilitator, phones = room.facilitator(), [room.phone(), room.phone()]
facilitator.ok("agenda.clear")
facilitator.ok("agenda.add_method", {"method_id": "pulse"})
titles = []
facilitator.ok("step.next")
for value, phone in zip((4, 6), phones):
    phone.ok("answer.submit", {"value": value})
facilitator.ok("step.next")
idea = phones[0].ok("idea.submit", {"client_id": new_id(), "text": "Yhteinen lounas perjantaisin"})["idea"]
facilitator.ok("step.next")
phones[1].ok("vote.add", {"client_id": new_id(), "target_type": "idea", "target_id": idea["id"]})
facilitator.ok("results.reveal")
facilitator.ok("sync")
snapshot = facilitator.received("snapshot")[-1]

# The package's own activity type, through its own event, to the report.
facilitator.ok("agenda.add_method", {"method_id": "weather_check_in"})
facilitator.ok("step.next")
for weather, word, phone in ((0, "Virkeä", phones[0]), (3, "virkeä", phones[1])):
    phone.ok("weather.choose", {"weather": weather, "word": word})
phones[1].ok("weather.choose", {"weather": 4, "word": "virkeä"})  # a second choice replaces the first
refused = phones[0].send("weather.choose", {"weather": 9})
facilitator.ok("results.reveal")
facilitator.ok("sync")  # the result as it stands after every answer was committed
weather = facilitator.received("snapshot")[-1]["tally"]
client = room.facilitator_http
with app.extensions["facilitator.engine"].connect() as conn:
    versions = sorted(row[0] for row in conn.exec_driver_sql("SELECT version_num FROM alembic_version"))
print(json.dumps({
    "versions": versions,
    "weather": weather, "refused": refused["code"],
    "weather_html": client.get(f"/w/{room.code}/report.html").get_data(as_text=True),
    "weather_md": client.get(f"/w/{room.code}/report.md").get_data(as_text=True),
    "weather_json": client.get(f"/w/{room.code}/report.json").get_json(),
    "methods": sorted(library.methods), "days": sorted(library.days), "problems": library.problems,
    "titles": [s["title"] for s in snapshot["steps"]], "tally": snapshot["tally"],
    "handout": client.get("/methods/pulse/handout?lang=en").get_data(as_text=True),
    "css": client.get("/methods/pulse/static/pulse.css").status_code,
    "missing_page": client.get("/methods/pulse/nothing").status_code,
}))
"""


def install_example(target):
    """pip-installs the example package into `target`; returns the PYTHONPATH that sees it."""
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
                    "--disable-pip-version-check", "--target", str(target), str(PACKAGE)], check=True)
    return os.pathsep.join([str(target), *sys.path])


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    return install_example(tmp_path_factory.mktemp("site"))


def run_with(installed, data_dir=None):
    env = {**os.environ, "PYTHONPATH": installed}
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(Path(__file__).parent),
                             *([str(data_dir)] if data_dir else [])],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1]), result.stderr


def test_installed_method_runs_end_to_end(installed):
    outcome, _log = run_with(installed)
    assert "pulse" in outcome["methods"] and "pulse_day" in outcome["days"]
    assert outcome["titles"] == ["Pulssi", "Pykälän ylemmäs", "Valinta"]
    assert outcome["tally"]["dots_spent"] == 1 and outcome["tally"]["revealed"]
    assert "What would raise the number by one?" in outcome["handout"]
    assert outcome["css"] == 200 and outcome["missing_page"] == 404


def test_installed_activity_type_runs_and_reports(installed):
    outcome, log = run_with(installed)
    assert outcome["weather"]["counts"] == [1, 0, 0, 0, 1] and outcome["weather"]["responses"] == 2
    assert outcome["weather"]["words"] == [{"word": "virkeä", "count": 2}]
    assert outcome["refused"] == "bad_payload"
    html = outcome["weather_html"]
    assert "Sääkartta" in html and "weather-map" in html and "Aurinkoista" in html and "Ukkosta" in html
    assert "Aurinkoista: 1" in outcome["weather_md"]
    exported = outcome["weather_json"]["weather_answers"]
    assert sorted(a["weather"] for a in exported) == [0, 4] and all("participant_id" in a for a in exported)
    assert "facilitator.activities plugin" not in log  # loaded without a problem


def test_installing_a_type_beside_an_existing_database_runs_its_migration(installed, tmp_path):
    from facilitator.app import create_app
    before = create_app({"DATA_DIR": str(tmp_path)})  # Facilitator alone: no weather here
    with before.extensions["facilitator.engine"].connect() as conn:
        assert not conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE name='weather_answers'").all()
    before.extensions["facilitator.engine"].dispose()
    outcome, log = run_with(installed, tmp_path)  # the package installed, the server started again
    assert "weather_0001" in outcome["versions"] and outcome["weather"]["responses"] == 2
    assert "backup is in" in log


def test_broken_and_duplicate_plugins_are_reported_and_left_out(installed):
    outcome, log = run_with(installed)
    problems = "\n".join(outcome["problems"])
    assert "'values_again'" in problems and "repeats the method id 'values'" in problems
    assert "'missing_module'" in problems and "could not be loaded" in problems
    assert "'english_only'" in problems and "Finnish and English" in problems
    assert len(outcome["problems"]) == 3
    assert "english_only" not in outcome["methods"] and "values" in outcome["methods"]
    assert "left out" in log  # said at start-up, in the server's log
