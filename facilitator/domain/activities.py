"""Activity types: what a step asks of the room.

The step engine knows a step only through its type's declaration here, so a new type (or a
method plugin's own) is one more `register()` call, not a change to the engine.
"""
from dataclasses import dataclass, field

from .errors import DomainError, require
from .text import whole_number


@dataclass(frozen=True)
class NumberOption:
    low: int
    high: int
    default: int


@dataclass(frozen=True)
class ActivityType:
    name: str
    # Participants send ideas while the step is current and open.
    takes_ideas: bool = False
    # Participants spend dots while the step is current and open.
    takes_votes: bool = False
    # Works on the ideas of an earlier brainstorm (its "source").
    uses_source: bool = False
    # Opens for submissions as soon as it becomes the current step.
    opens_on_start: bool = False
    options: dict = field(default_factory=dict)

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


BRAINSTORM = register(ActivityType("brainstorm", takes_ideas=True, opens_on_start=True))
CLUSTER = register(ActivityType("cluster", uses_source=True))
DOT_VOTE = register(ActivityType(
    "dot_vote", takes_votes=True, uses_source=True, opens_on_start=True,
    options={
        "dots_per_person": NumberOption(1, 20, 3),
        "max_dots_per_item": NumberOption(1, 20, 2),
    },
))
