"""Activity types: what a step asks of the room.

The step engine knows a step only through its type's declaration here, so a new type (a method
plugin's own too) is one more `register()` call, not a change to the engine. The built-in types
are declared in `activity_types.py`.
"""
from dataclasses import dataclass, field
from typing import Callable

from .errors import DomainError, require
from .text import whole_number


@dataclass(frozen=True)
class NumberOption:
    low: int
    high: int
    default: int


@dataclass(frozen=True)
class Answer:
    """Participants answer with one whole number (and optionally a text) per round."""
    # The allowed values for a step's options, e.g. 0–10 for a scale.
    values: Callable[[dict], range]
    # Longest text that may go with the number; 0 for none.
    text_limit: int = 0


@dataclass(frozen=True)
class ActivityType:
    name: str
    # Participants send ideas while the step is current and open.
    takes_ideas: bool = False
    # Participants spend dots while the step is current and open.
    takes_votes: bool = False
    answer: Answer | None = None
    # Works on the ideas of an earlier brainstorm (its "source").
    uses_source: bool = False
    # Opens for submissions as soon as it becomes the current step.
    opens_on_start: bool = False
    options: dict = field(default_factory=dict)
    # (conn, step) -> dict: the step's results stream (`tally`), or None if it has none.
    summary: Callable | None = None
    # (conn, workshop, step) -> list of changes: runs each time the step becomes the current one.
    on_start: Callable | None = None
    # (conn, step, participant_id) -> group number an idea is written in (pair work), or None.
    idea_group: Callable | None = None

    def clean_options(self, given):
        """Defaults filled in; unknown or out-of-range options refused."""
        require(isinstance(given, dict), "bad_payload", field="options")
        unknown = set(given) - set(self.options)
        require(not unknown, "bad_payload", field="options")
        return {
            name: whole_number(given[name], name, rule.low, rule.high) if name in given else rule.default
            for name, rule in self.options.items()
        }


_registry: dict[str, ActivityType] = {}


def register(activity):
    if activity.name in _registry:
        raise ValueError(f"activity type {activity.name!r} is already registered")
    _registry[activity.name] = activity
    return activity


def get(name):
    try:
        return _registry[name]
    except (KeyError, TypeError):
        raise DomainError("bad_payload", field="activity") from None


def names():
    return list(_registry)
