"""The day in clock time (domain/clock.py) and the late-day proposals (domain/replan.py): pure
functions over agenda rows, so the plan and the ahead/behind figure are checked minute by minute."""
import json
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from facilitator.domain import clock, replan
from facilitator.domain.errors import DomainError

HELSINKI = ZoneInfo("Europe/Helsinki")
DAY = date(2026, 11, 24)


def at(hours, minutes):
    """Seconds since the epoch of a clock time on the day, in Helsinki."""
    return datetime(DAY.year, DAY.month, DAY.day, hours, minutes, tzinfo=HELSINKI).timestamp()


def step(number, minutes, state="pending", started=None, ended=None, **extra):
    return {"id": number, "position": number - 1, "time_box_minutes": minutes, "state": state,
            "started_at": started, "ended_at": ended, "min_minutes": None, "optional": False,
            "content": None, "title": f"Vaihe {number}", **extra}


def test_the_plan_lays_the_steps_end_to_end_from_the_start_time():
    agenda = [step(1, 15), step(2, 20), step(3, None), step(4, 45)]
    rows = clock.plan(8 * 60 + 30, agenda)
    assert [(start, end) for _, start, end in rows] == [(510, 525), (525, 545), (545, 545), (545, 590)]
    assert clock.clock_text(545, "fi") == "9.05" and clock.clock_text(545, "en") == "9:05"


@pytest.mark.parametrize("text, minutes", [("8.30", 510), ("8:30", 510), ("08.30", 510), ("9", 540),
                                            (" 13.05 ", 785), (0, 0), ("24.00", None), ("8.60", None),
                                            ("8.3", None), ("klo 8", None), (True, None), (None, None)])
def test_clock_times_are_read_as_people_write_them(text, minutes):
    assert clock.parse_clock(text) == minutes


def test_a_break_taken_to_time_is_not_overrun():
    """Coffee 8.30–8.45, a discussion 8.45–9.15, a break 9.15–9.30, then work: at 9.40 in the work
    step, all on time, the day is on schedule — the old count (wall-clock since the first step
    against the sum of the time boxes) would still be on time only if breaks were steps too."""
    agenda = [step(1, 15, "done", at(8, 30), at(8, 45)), step(2, 30, "done", at(8, 45), at(9, 15)),
              step(3, 15, "done", at(9, 15), at(9, 30)), step(4, 20, "active", at(9, 30)), step(5, 60)]
    assert clock.behind(agenda, 510, at(9, 40), HELSINKI) == 0
    # The work step runs over its box by 5 minutes: the day runs 5 minutes late.
    assert clock.behind(agenda, 510, at(9, 55), HELSINKI) == 5


def test_behind_and_ahead_count_against_the_clock_not_the_elapsed_time():
    # Started 10 minutes late: the day is 10 minutes behind even though no step overran.
    late = [step(1, 15, "active", at(8, 40)), step(2, 30)]
    assert clock.behind(late, 510, at(8, 41), HELSINKI) == 10
    # A break cut short by 5 minutes puts the day 5 minutes ahead once the next step starts.
    early = [step(1, 15, "done", at(8, 30), at(8, 40)), step(2, 30, "active", at(8, 40)), step(3, 10)]
    assert clock.behind(early, 510, at(8, 41), HELSINKI) == -5
    # Before the start: on time until the start time has passed.
    waiting = [step(1, 15), step(2, 30)]
    assert clock.behind(waiting, 510, at(8, 0), HELSINKI) == 0
    assert clock.behind(waiting, 510, at(8, 50), HELSINKI) == 20
    # After the end: when the last step ended against the plan's end.
    done = [step(1, 15, "done", at(8, 30), at(8, 50)), step(2, 30, "done", at(8, 50), at(9, 25))]
    assert clock.behind(done, 510, at(12, 0), HELSINKI) == 10


def test_proposals_shorten_within_the_minimum_or_drop_optional_steps_ahead():
    agenda = [step(1, 30, "active", at(8, 30)),
              step(2, 45, min_minutes=30, title="Lounas"),
              step(3, 8, optional=True, title="4 – neljän pienryhmissä",
                   content=json.dumps({"fi": {"if_dropped": "1-2-4-kaikki tehdään muodossa 1-2-kaikki"}})),
              step(4, 20, min_minutes=15)]
    assert replan.proposals(agenda, 4) == []  # a few minutes: nothing to propose
    found = replan.proposals(agenda, 8)
    # The smallest change that wins all 8 minutes back comes first.
    assert (found[0]["kind"], found[0]["step_id"], found[0]["to"], found[0]["saves"]) == ("shorten", 2, 37, 8)
    drop = next(p for p in found if p["kind"] == "drop")
    assert drop["means"] == "1-2-4-kaikki tehdään muodossa 1-2-kaikki" and drop["saves"] == 8
    # 20 minutes late: none wins it all back, so the one winning back the most comes first.
    assert replan.proposals(agenda, 20)[0] == {**replan.proposals(agenda, 20)[0], "step_id": 2, "to": 30, "saves": 15}
    # Accepting is checked against the agenda as it is.
    assert replan.check(agenda, "shorten", 2, 35)[1] == 35
    assert replan.check(agenda, "drop", 3, None) == (agenda[2], None)
    for kind, step_id, minutes in (("shorten", 2, 29), ("shorten", 2, 45), ("drop", 2, None), ("shorten", 1, 20),
                                   ("shorten", 3, 5), ("nope", 2, 35), ("shorten", "2", 35), ("shorten", 2, True)):
        with pytest.raises(DomainError):
            replan.check(agenda, kind, step_id, minutes)
