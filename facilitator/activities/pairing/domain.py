"""Pair work in the room: rounds of pairs (or groups of four) from the phones that are present."""
import json
import random
from itertools import combinations

from sqlalchemy import insert, select

from ...db import participants, workshops
from ...domain.changes import bump
from ...domain.errors import require
from ...domain.participants import present
from ...domain.steps import current, rows as agenda_rows
from .grouping import form_groups, merge, place_late
from .marks import mark
from .tables import pairings



def _rounds(conn, workshop_id):
    """{(step_id, round): {group_number: [participant ids]}} for the whole workshop."""
    found = {}
    for row in conn.execute(select(pairings).where(pairings.c.workshop_id == workshop_id)
                            .order_by(pairings.c.participant_id)).mappings():
        found.setdefault((row["step_id"], row["round"]), {}).setdefault(row["group_number"], []).append(
            row["participant_id"])
    return found


def met(conn, workshop_id):
    return {frozenset(pair) for groups in _rounds(conn, workshop_id).values()
            for group in groups.values() for pair in combinations(group, 2)}


def latest(conn, step):
    """(round, {number: [ids]}) of the step's latest round, or (0, {})."""
    mine = {r: g for (s, r), g in _rounds(conn, step["workshop_id"]).items() if s == step["id"]}
    if not mine:
        return 0, {}
    number = max(mine)
    return number, mine[number]


def serialize(conn, step, anonymous=True, with_ids=False):
    """The step's latest round. Only the facilitator's variant (`with_ids`) names who is in each
    group; the projector's and the phones' give each group's size, and the nicknames only in a
    named workshop. A phone learns its own group from its snapshot (`mine`)."""
    round_number, groups = latest(conn, step)
    names = _names(conn, step) if with_ids or not anonymous else {}
    shown = []
    for n, members in sorted(groups.items()):
        group = {"number": n, **mark(n), "size": len(members)}
        if with_ids:
            group["members"] = [{"id": p, "nickname": names.get(p)} for p in members]
        else:
            group["nicknames"] = [names[p] for p in members if names.get(p)]
        shown.append(group)
    return {"step_id": step["id"], "round": round_number, "groups": shown}


def _names(conn, step):
    return dict(conn.execute(select(participants.c.id, participants.c.nickname).where(
        participants.c.workshop_id == step["workshop_id"])).all())


def _change(conn, workshop_id, step):
    anonymous = conn.execute(select(workshops.c.anonymous).where(workshops.c.id == workshop_id)).scalar_one()
    return bump(conn, workshop_id, "pairs", serialize(conn, step, anonymous),
                facilitator_kind="pairs", facilitator_data=serialize(conn, step, with_ids=True))


def _store(conn, step, round_number, groups):
    for number, members in enumerate(groups, 1):
        for participant_id in members:
            conn.execute(insert(pairings).values(workshop_id=step["workshop_id"], step_id=step["id"],
                                                 round=round_number, group_number=number,
                                                 participant_id=participant_id))


def _earlier_groups(conn, step):
    """The latest groups of the pairing step before this one (what 1-2-4-All merges)."""
    earlier = [s for s in agenda_rows(conn, step["workshop_id"])
               if s["activity"] == "pairing" and s["position"] < step["position"]]
    for candidate in reversed(earlier):
        number, groups = latest(conn, candidate)
        if number:
            return list(groups.values())
    return []


def new_round(conn, workshop, step, rng=None):
    """Forms the next round of groups from the participants present now."""
    rng = rng or random.Random()
    options = json.loads(step["options"])
    people = present(conn, workshop["id"])
    history = met(conn, workshop["id"])
    round_number = latest(conn, step)[0] + 1
    if options.get("merge_previous") and round_number == 1:
        base = [[p for p in g if p in people] for g in _earlier_groups(conn, step)]
        groups = merge([g for g in base if g], rng)
        for person in sorted(set(people) - {p for g in groups for p in g}):
            if groups:
                groups[place_late(groups, person, history)].append(person)
            else:
                groups.append([person])
    else:
        groups = form_groups(people, history, options.get("group_size", 2), rng)
    _store(conn, step, round_number, groups)
    return _change(conn, workshop["id"], step)


def shuffle(conn, workshop):
    step = current(conn, workshop)
    require(step is not None and step["activity"] == "pairing", "wrong_step")
    return new_round(conn, workshop, step)


def start(conn, workshop, step):
    """A pairing step forms its first round when it first becomes current."""
    if latest(conn, step)[0] == 0:
        return new_round(conn, workshop, step)
    return None


def arrive(conn, workshop, step, participant_id):
    """Puts a phone that came in during a pairing round into a group; the change, or None."""
    round_number, groups = latest(conn, step)
    if round_number == 0 or any(participant_id in g for g in groups.values()):
        return None
    numbers = sorted(groups)
    index = place_late([groups[n] for n in numbers], participant_id, met(conn, workshop["id"]))
    number = numbers[index] if index is not None else 1
    conn.execute(insert(pairings).values(workshop_id=workshop["id"], step_id=step["id"], round=round_number,
                                         group_number=number, participant_id=participant_id))
    return _change(conn, workshop["id"], step)


def group_of(conn, step, participant_id):
    """The participant's group number in the step's latest round, or None. A talk-only step
    takes no ideas at all (the facilitator may not open it for them either)."""
    require(not json.loads(step["options"]).get("talk_only"), "wrong_step")
    return next((n for n, members in latest(conn, step)[1].items() if participant_id in members), None)


def snapshot(conn, workshop, step, audience):
    if not step or step["activity"] != "pairing":
        return {"pairs": None}
    return {"pairs": serialize(conn, step, workshop["anonymous"], with_ids=audience == "facilitator")}


def snapshot_mine(conn, workshop, step, participant):
    """The phone's own group in the latest round (`me.group`): its number, symbol, colour, size
    and the partners' nicknames (as they gave them on the join page), or None."""
    if not step or step["activity"] != "pairing":
        return {"group": None}
    round_number, groups = latest(conn, step)
    number = next((n for n, members in groups.items() if participant["id"] in members), None)
    if number is None:
        return {"group": None}
    names = _names(conn, step)
    partners = [names[p] for p in groups[number] if p != participant["id"] and names.get(p)]
    return {"group": {"step_id": step["id"], "round": round_number, "number": number, **mark(number),
                      "size": len(groups[number]), "partners": partners}}
