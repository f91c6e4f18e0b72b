"""The method plugin API.

A method is data: an id, a title and summary in Finnish and English, the themes it serves and its
steps (activity type, title and prompt in both languages, time box, options). A package publishes
one through the entry-point group `facilitator.methods`, naming a `Method` object; the built-in
methods in this folder register through the same group in pyproject.toml. Day templates (a ready
agenda of several methods) use the group `facilitator.days`.

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


@dataclass(frozen=True)
class Method:
    id: str
    title: dict
    summary: dict
    themes: tuple
    steps: tuple
    # Minutes the whole method takes with discussion; defaults to the sum of the time boxes.
    duration_minutes: int | None = None
    # Optional folders of the plugin's own Jinja templates and static files.
    templates: Path | None = None
    static: Path | None = None

    @property
    def minutes(self):
        return self.duration_minutes or sum(step.minutes or 0 for step in self.steps)


@dataclass(frozen=True)
class DayTemplate:
    """A ready development day: methods in order and the day's goals."""
    id: str
    title: dict
    summary: dict
    methods: tuple
    goals: dict = field(default_factory=lambda: text("", ""))
