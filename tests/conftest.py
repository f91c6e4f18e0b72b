"""Fixtures: a real app on a temporary SQLite file, and clients that join the way phones do."""
import itertools
import time
import uuid

import pytest

from facilitator.app import create_app

_ids = itertools.count()


def new_id():
    return uuid.uuid4().hex


# The tests send events far faster than people tap; the throttle's own tests (test_throttle.py)
# run with the real limits. Their rooms are small, so results show from the first answer; the
# small-group rule's own tests (test_privacy.py) run with the real threshold.
FAST = {"EVENT_LIMITS": {role: (100000, 100000.0) for role in ("participant", "facilitator", "projector")},
        "MIN_ANSWERS_SHOWN": 1}


@pytest.fixture
def app(tmp_path):
    return create_app({"DATA_DIR": str(tmp_path), "TESTING": True,
                       "TALLY_INTERVAL": 0.05, "PRESENCE_INTERVAL": 0.05, **FAST})


class Live:
    """A socket client of one role, with the helpers the tests use."""

    def __init__(self, app, http, code, role):
        self.http = http
        self.client = app.extensions["facilitator.socketio"].test_client(
            app, flask_test_client=http, auth={"workshop": code, "role": role})

    def send(self, event, payload=None):
        return self.client.emit(event, {} if payload is None else payload, callback=True)

    def ok(self, event, payload=None):
        answer = self.send(event, payload)
        assert answer["ok"], answer
        return answer

    def received(self, name=None):
        messages = self.client.get_received()
        return [m["args"][0] for m in messages if name is None or m["name"] == name]

    def changes(self):
        return self.received("change")

    def wait_for(self, name, predicate=lambda message: True, timeout=3):
        """The first `name` message meeting `predicate`, waiting for the batched streams."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for message in self.received(name):
                if predicate(message):
                    return message
            time.sleep(0.02)
        raise AssertionError(f"no {name} message arrived")


class Room:
    """A workshop created through the real page, and people joining it."""

    def __init__(self, app, language="en", anonymous=True, question="How could we work better together?"):
        self.app = app
        self.facilitator_http = app.test_client()
        form = {"title": "Team day", "organisation": "Example Oy", "date": "2026-11-24",
                "language": language, "question": question}
        if anonymous:
            form["anonymous"] = "1"
        response = self.facilitator_http.post("/new", data=form)
        assert response.status_code == 302, response.data
        self.code = response.headers["Location"].split("/")[2]

    def facilitator(self):
        return Live(self.app, self.facilitator_http, self.code, "facilitator")

    def projector(self):
        return Live(self.app, self.facilitator_http, self.code, "projector")

    def phone(self, nickname=""):
        http = self.app.test_client()
        response = http.post(f"/{self.code}/join", data={"nickname": nickname})
        assert response.status_code == 302, response.data
        return Live(self.app, http, self.code, "participant")


@pytest.fixture
def room(app):
    return Room(app)


# Debian's chromium, as the probe of this machine starts it: no sandbox as root, and no background
# networking (the machine has no internet; Chromium's own calls out would be refused).
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium through Playwright, for the browser tests (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
