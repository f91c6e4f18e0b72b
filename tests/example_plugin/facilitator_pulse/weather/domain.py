"""Choosing a weather: one per participant and step; choosing again replaces it, so a retry
never doubles."""
import json
import time

from sqlalchemy import insert, select, update

from facilitator.domain.errors import require
from facilitator.domain.steps import current
from facilitator.domain.text import clean_text, whole_number

from .result import WEATHERS, weather_map
from .tables import weather_answers

WORD_MAX = 24


def choose(conn, workshop, participant, weather, word=""):
    """Records the participant's weather for the current step; returns it."""
    step = current(conn, workshop)
    require(step is not None and step["activity"] == "weather", "wrong_step")
    require(step["submissions_open"], "closed")
    weather = whole_number(weather, "weather", 0, len(WEATHERS) - 1)
    words = json.loads(step["options"]).get("words", 1)
    word = clean_text(word or "", WORD_MAX, required=False) if words else ""
    key = (weather_answers.c.step_id == step["id"], weather_answers.c.participant_id == participant["id"])
    values = {"weather": weather, "word": word, "updated_at": time.time()}
    if conn.execute(select(weather_answers.c.id).where(*key)).first():
        conn.execute(update(weather_answers).where(*key).values(**values))
    else:
        conn.execute(insert(weather_answers).values(workshop_id=workshop["id"], step_id=step["id"],
                                                    participant_id=participant["id"], **values))
    return {"step_id": step["id"], "weather": weather, "word": word}


def result(conn, step):
    rows = conn.execute(select(weather_answers.c.weather, weather_answers.c.word)
                        .where(weather_answers.c.step_id == step["id"])).all()
    return {"step_id": step["id"], "activity": "weather", "revealed": step["results_revealed"],
            **weather_map([(r.weather, r.word) for r in rows])}


def mine(conn, workshop, step, participant):
    """The participant's weather in the current step (their phone shows it after a reload)."""
    if step is None or step["activity"] != "weather":
        return {"weather": None}
    row = conn.execute(select(weather_answers.c.weather, weather_answers.c.word).where(
        weather_answers.c.step_id == step["id"], weather_answers.c.participant_id == participant["id"])).first()
    return {"weather": {"step_id": step["id"], "weather": row.weather, "word": row.word} if row else None}
