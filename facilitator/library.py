"""The method library: methods and day templates found through Python entry points.

A plugin that fails to import, is not a Method, declares an unknown activity type, misses a
language or repeats an id is left out and reported; it never stops the server.
"""
import logging
from dataclasses import dataclass, field
from importlib.metadata import entry_points

from . import activities
from .methods import LANGUAGES, THEMES, DayTemplate, Method, fill

log = logging.getLogger(__name__)
METHOD_GROUP = "facilitator.methods"
DAY_GROUP = "facilitator.days"


@dataclass
class Library:
    methods: dict = field(default_factory=dict)
    days: dict = field(default_factory=dict)
    problems: list = field(default_factory=list)

    def method(self, method_id):
        return self.methods.get(method_id)


def _bilingual(value):
    return isinstance(value, dict) and all(isinstance(value.get(lang), str) and value[lang].strip()
                                           for lang in LANGUAGES)


def method_problem(method):
    """Why `method` cannot be used, or None."""
    if not isinstance(method, Method):
        return "is not a facilitator.methods.Method"
    if not (isinstance(method.id, str) and method.id.replace("_", "").replace("-", "").isalnum()):
        return "has no usable id (letters, digits, - and _)"
    if not (_bilingual(method.title) and _bilingual(method.summary)):
        return "needs a title and a summary in Finnish and English"
    unknown_themes = set(method.themes) - set(THEMES)
    if unknown_themes:
        return f"has unknown themes {sorted(unknown_themes)}"
    if not method.steps:
        return "has no steps"
    for choice in method.choices:
        for key, option in choice.options.items():
            for lang in LANGUAGES:
                words = option[lang]
                try:
                    for step in method.steps:
                        for value in (step.title[lang], step.prompt[lang], (step.notes or {}).get(lang, "")):
                            fill(value, words)
                except (KeyError, ValueError, IndexError) as error:
                    return f"the choice {choice.name!r} ({key}, {lang}) does not fill its texts: {error!r}"
    for number, step in enumerate(method.steps, 1):
        if step.activity not in activities.names():
            return f"step {number} uses an unknown activity type {step.activity!r}"
        if not (_bilingual(step.title) and isinstance(step.prompt, dict)
                and all(isinstance(step.prompt.get(lang), str) for lang in LANGUAGES)):
            return f"step {number} needs a title and a prompt in Finnish and English"
        try:
            activities.get(step.activity).clean_options(step.options)
        except Exception:
            return f"step {number} has options its activity type does not take"
    return None


def _load(group):
    for entry in entry_points(group=group):
        try:
            yield entry, entry.load(), None
        except Exception as error:  # a broken plugin must not take the server down
            yield entry, None, f"could not be loaded: {error!r}"


def load():
    library = Library()

    def problem(entry, message):
        text = f"{entry.group} plugin {entry.name!r} ({entry.value}) {message}; it is left out"
        library.problems.append(text)
        log.warning(text)

    for entry, method, error in _load(METHOD_GROUP):
        error = error or method_problem(method)
        if error is None and method.id in library.methods:
            error = f"repeats the method id {method.id!r}"
        if error:
            problem(entry, error)
        else:
            library.methods[method.id] = method
    for entry, day, error in _load(DAY_GROUP):
        if error is None and not isinstance(day, DayTemplate):
            error = "is not a facilitator.methods.DayTemplate"
        if error is None:
            missing = [m for m in day.methods if m not in library.methods]
            if missing:
                error = f"names methods that are not installed: {missing}"
            elif day.id in library.days:
                error = f"repeats the day template id {day.id!r}"
        if error:
            problem(entry, error)
        else:
            library.days[day.id] = day
    return library
