"""Activity types: what a step asks of the room, each a package of its own.

An activity type is one folder: its declaration (an `ActivityType`, named by an entry point of the
group `facilitator.activities`), its domain code and tables, its socket events, its report section
and its front end. The built-in types in this folder register through that group in
pyproject.toml, exactly as a third-party package does (docs/plugins.md). The core (the step
engine, the snapshot, the live runner, the report pipeline, the pages) knows a type only through
its declaration here and never by name.

A type that fails to load, is not an `ActivityType` or repeats a name is logged and left out.
"""
import importlib
import logging
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from importlib.util import find_spec
from pathlib import Path
from typing import Callable

from ..domain.errors import DomainError, require
from ..domain.text import whole_number

log = logging.getLogger(__name__)
GROUP = "facilitator.activities"


@dataclass(frozen=True)
class NumberOption:
    low: int
    high: int
    default: int


SWITCH = NumberOption(0, 1, 0)


@dataclass(frozen=True)
class Answer:
    """Participants answer with one whole number (and optionally a text) per round."""
    # The allowed values for a step's options, e.g. 0–10 for a scale.
    values: Callable[[dict], range]
    # Longest text that may go with the number; 0 for none.
    text_limit: int = 0
    # (conn, step) -> the round answers go to now; None: always round 1.
    round: Callable | None = None


@dataclass(frozen=True)
class Table:
    """A table of the type's own, exported with the workshop (report/dump.py) and deleted with it
    (domain/lifecycle.py). Rows refer to other rows through `links` (field -> table name) and
    `typed_links` (field -> (the field naming the type, {type: table name})). A table without a
    workshop_id column names the field linking it to its `parent` table."""
    name: str
    table: object
    fields: tuple
    links: dict = field(default_factory=dict)
    typed_links: dict = field(default_factory=dict)
    parent: tuple | None = None  # (field, table name)
    # Fields kept as JSON text in the database and as data in the export.
    json_fields: tuple = ()
    # Its rows name their participant even in an anonymous workshop (volunteering for an action:
    # the phone says so), in the report and in the export.
    named: bool = False


@dataclass(frozen=True)
class ActivityType:
    name: str
    # The package of the type's folder: its `events` and `report` modules, its `templates/` and
    # `static/` folders are found there.
    package: str
    # Participants send ideas while the step is current and open (brainstorm, pair work).
    takes_ideas: bool = False
    answer: Answer | None = None
    # Its answers are anonymous whatever the workshop (the phone promises it: feedback, a consent
    # round's concerns): no export links them to anyone, in a named workshop either.
    anonymous_answers: bool = False
    # Works on the ideas of an earlier step that takes ideas (its "source").
    uses_source: bool = False
    # Opens for submissions as soon as it becomes the current step.
    opens_on_start: bool = False
    options: dict = field(default_factory=dict)
    # What opening submissions lets the phones send ("ideas", "votes", "answers"), or None.
    submissions: str | None = None
    # What the reveal shows ("results", or "ideas" written in private), or None; `reveal_option`
    # names the option that must be on for there to be anything to reveal.
    reveal: str | None = None
    reveal_option: str | None = None
    # (conn, step) -> the step's result (the live tally, the projector's and the report's figures
    # come from the same definition), or None if the type has none.
    result: Callable | None = None
    # (conn, step) -> what the step ranked highest, best first: [{type, id, text, points}] (what
    # a consent round or an action plan after it is seeded from; a consent round gives the lines
    # of the wording the group agreed).
    ranked: Callable | None = None
    # (conn, workshop, step) -> changes: runs each time the step becomes the current one.
    on_start: Callable | None = None
    # (conn, workshop, step) -> changes: runs when the step's results are revealed.
    on_reveal: Callable | None = None
    # (conn, workshop, step, participant_id) -> change or None: a phone arrived during the step.
    on_arrive: Callable | None = None
    # (conn, step, participant_id) -> the group number an idea is written in, or None.
    idea_group: Callable | None = None
    # (step) -> whether the step's ideas are hidden from the room for now (private writing).
    ideas_private: Callable | None = None
    # (conn, workshop, current step or None, audience) -> the type's keys of the snapshot.
    snapshot: Callable | None = None
    # (conn, workshop, current step or None, participant) -> the type's keys of snapshot["me"].
    mine: Callable | None = None
    # (conn, workshop, earlier dump, texts) -> continues a series (see domain/series.py).
    carry_over: Callable | None = None
    tables: tuple = ()
    # States a browser test seeds, after the generic ones, to draw the type on the projector
    # (tests/test_browser_wall.py measures each): ((name, ((role, event, payload), ...)), ...);
    # "participant" events are sent by every phone, a `client_id` key gets a fresh id.
    demo: tuple = ()

    def clean_options(self, given):
        """Defaults filled in; unknown or out-of-range options refused."""
        require(isinstance(given, dict), "bad_payload", field="options")
        unknown = set(given) - set(self.options)
        require(not unknown, "bad_payload", field="options")
        return {
            name: whole_number(given[name], name, rule.low, rule.high) if name in given else rule.default
            for name, rule in self.options.items()
        }

    def module(self, part):
        """The type's `events`, `report` or `strings` module, or None if it has none."""
        name = f"{self.package}.{part}"
        return importlib.import_module(name) if find_spec(name) is not None else None

    @property
    def folder(self):
        return Path(importlib.import_module(self.package).__file__).parent

    def declaration(self):
        """What the pages know of the type (the boot data): no JavaScript repeats these."""
        return {"name": self.name, "takes_ideas": self.takes_ideas, "uses_source": self.uses_source,
                "submissions": self.submissions, "reveal": self.reveal, "reveal_option": self.reveal_option,
                "has_result": self.result is not None,
                "options": {name: {"low": o.low, "high": o.high, "default": o.default}
                            for name, o in self.options.items()}}


_registry: dict[str, ActivityType] = {}
_problems: list[str] = []
_loaded = False


def _problem(entry, message):
    text = f"{GROUP} plugin {entry.name!r} ({entry.value}) {message}; it is left out"
    _problems.append(text)
    log.warning(text)


def load():
    """Finds every installed activity type (once); returns the registry."""
    global _loaded
    if _loaded:
        return _registry
    _loaded = True
    for entry in sorted(entry_points(group=GROUP), key=lambda e: e.name):
        try:
            kind = entry.load()
        except Exception as error:  # a broken plugin must not take the server down
            _problem(entry, f"could not be loaded: {error!r}")
            continue
        if not isinstance(kind, ActivityType):
            _problem(entry, "is not a facilitator.activities.ActivityType")
        elif kind.name in _registry:
            _problem(entry, f"repeats the activity type {kind.name!r}")
        else:
            _registry[kind.name] = kind
    return _registry


def problems():
    load()
    return list(_problems)


def get(name):
    try:
        return load()[name]
    except (KeyError, TypeError):
        raise DomainError("bad_payload", field="activity") from None


def names():
    return list(load())


def all_types():
    return list(load().values())


def tables():
    """Every activity type's own tables, in load order (a table's links point backwards)."""
    return [table for kind in all_types() for table in kind.tables]
