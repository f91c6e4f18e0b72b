"""The method plugin API.

A method is data: an id, a title and summary in Finnish and English, the themes it serves and its
steps (activity type, title and prompt in both languages, time box, options). A package publishes
one through the entry-point group `facilitator.methods`, naming a `Method` object; the built-in
methods in this folder register through the same group in pyproject.toml. Day templates (a ready
agenda of several methods) use the group `facilitator.days`.

A method's duration is the sum of its steps' minutes: the library card and the agenda after
adding it can never disagree. Instructions and the debrief are steps of their own (a
`discussion`), not minutes hidden in a total.

    from facilitator.methods import Method, Step, text

    method = Method(
        id="pulse", title=text("Pulssi", "Pulse"), summary=text("...", "..."), themes=("check_in",),
        steps=(Step("scale", text("Missä olemme?", "Where are we?"),
                    text("Asteikolla 0–10 ...", "On a scale of 0 to 10 ..."), minutes=5),),
    )
"""
from dataclasses import dataclass, field
from pathlib import Path

LANGUAGES = ("fi", "en")

THEMES = ("check_in", "values", "customer_focus", "ground_rules", "pair_work", "collaboration",
          "interaction", "solution_focus", "action_planning", "evaluation")


def text(fi, en):
    """A text in both languages; both are required."""
    return {"fi": fi, "en": en}


@dataclass(frozen=True)
class Step:
    activity: str
    title: dict
    prompt: dict
    minutes: int | None = None
    options: dict = field(default_factory=dict)
    # The facilitator's notes (what to say, debrief questions, materials), in both languages.
    notes: dict | None = None
    # When the day runs late: the shortest the time box may become, and whether the step may be
    # left out (`if_dropped` says what the method becomes without it, e.g. 1-2-All).
    min_minutes: int | None = None
    optional: bool = False
    if_dropped: dict | None = None


@dataclass(frozen=True)
class Choice:
    """A word picked when the method is added, so that its texts speak the organisation's
    language: who the customer is (asiakas, kuntalainen, potilas...). `options` maps a key to
    {"label": text(...), "fi": {placeholder: word}, "en": {...}}; the method's texts name the
    placeholders as {customer_our} and get the chosen words (a title's first letter capitalised)."""
    name: str
    label: dict
    options: dict
    default: str

    def words(self, key, language):
        return self.options[key if key in self.options else self.default][language]


def fill(value, words):
    """A method's text with the chosen words in; a text with no placeholders stays as it is."""
    if not words or "{" not in value:
        return value
    filled = value.format_map(words)
    return filled[:1].upper() + filled[1:] if value.startswith("{") else filled


@dataclass(frozen=True)
class Method:
    id: str
    title: dict
    summary: dict
    themes: tuple
    steps: tuple
    # Words picked when the method is added (see Choice).
    choices: tuple = ()
    # Optional folders of the plugin's own Jinja templates and static files.
    templates: Path | None = None
    static: Path | None = None

    @property
    def minutes(self):
        return sum(step.minutes or 0 for step in self.steps)


@dataclass(frozen=True)
class DayTemplate:
    """A ready development day: methods in order and the day's goals."""
    id: str
    title: dict
    summary: dict
    methods: tuple
    goals: dict = field(default_factory=lambda: text("", ""))
    # When the day starts (minutes after midnight): 510 = 8.30.
    start_minutes: int = 510
