"""The weather check-in's report section: the weather map and the words, as the live result
counts them (result.py)."""
from flask_babel import get_locale

from facilitator.report.markdown import md

from .result import WEATHERS, weather_map
from .strings import TEXTS


def result(model, step):
    answers = [(a["weather"], a["word"]) for a in model.rows("weather_answers", step)]
    found = weather_map(answers)
    labels = TEXTS[str(get_locale())[:2]]
    found["weathers"] = [{"key": key, "label": labels[f"weather_{key}"], "count": n}
                         for key, n in zip(WEATHERS, found["counts"])]
    return found


def contributors(model):
    return {a["participant_id"] for a in model.rows("weather_answers")}


def markdown(model, step, o, decimal):
    lines = [", ".join(f"{w['label']}: {w['count']}" for w in o["weathers"])]
    if o["words"]:
        lines.append(", ".join(f"{md(w['word'])} ({w['count']})" for w in o["words"]))
    return lines


def csv_rows(model, step, number):
    """One row per weather: step, title, the weather, how many picked it."""
    return [[number, step["title"], w["label"], "", w["count"]] for w in result(model, step)["weathers"]]
