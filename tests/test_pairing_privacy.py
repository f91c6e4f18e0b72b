"""Pair work tells no phone who the others are: the facilitator's `pairs` names the members, the
projector's and the phones' give each group's size (and nicknames only in a named workshop), and
each phone learns its own group from its own snapshot (`me.group`)."""
import pytest

from conftest import Room


def people_in(value, found):
    """Every {id, nickname} (a person) and every participant_id anywhere in a message."""
    if isinstance(value, dict):
        if "id" in value and "nickname" in value:
            found.append(value["id"])
        if "participant_id" in value:
            found.append(value["participant_id"])
        for item in value.values():
            people_in(item, found)
    elif isinstance(value, list):
        for item in value:
            people_in(item, found)
    return found


def pair_day(room, nicknames):
    facilitator, projector = room.facilitator(), room.projector()
    phones = [room.phone(name) for name in nicknames]
    facilitator.ok("step.next")
    step_id = facilitator.ok("step.add", {"activity": "pairing", "title": "In pairs"})["step_id"]
    facilitator.ok("step.goto", {"step_id": step_id})
    facilitator.ok("pairs.shuffle")
    phones.append(room.phone("Late"))  # put into a group as it arrives
    for phone in phones:
        phone.ok("sync")
    return facilitator, projector, phones


@pytest.mark.parametrize("anonymous", [True, False])
def test_no_phone_hears_another_participants_id(app, anonymous):
    room = Room(app, anonymous=anonymous)
    facilitator, projector, phones = pair_day(room, ["Anna", "Ville", "", "Kaisa"])
    heard = [phone.received() for phone in phones]
    own = [[m for m in messages if m and "me" in m][-1]["me"]["id"] for messages in heard]
    for me, messages in zip(own, heard):
        assert set(people_in(messages, [])) <= {me}

    full = [c for c in facilitator.changes() if c["kind"] == "pairs"][-1]
    members = {m["id"]: g["number"] for g in full["groups"] for m in g["members"]}
    assert sorted(members) == sorted(own)  # the facilitator still sees who is where
    shown = [c for c in projector.changes() if c["kind"] == "pairs"][-1]
    assert people_in(shown, []) == [] and all("members" not in g for g in shown["groups"])
    assert [g["size"] for g in shown["groups"]] == [len([1 for n in members.values() if n == g["number"]])
                                                   for g in full["groups"]]
    named = sorted(n for g in shown["groups"] for n in g["nicknames"])
    assert named == ([] if anonymous else ["Anna", "Kaisa", "Late", "Ville"])

    for me, messages in zip(own, heard):
        group = [m for m in messages if m and "me" in m][-1]["me"]["group"]
        assert group["number"] == members[me] and group["round"] == full["round"]
        together = [p for p, n in members.items() if n == group["number"]]
        assert group["size"] == len(together)
        names = {m["id"]: m["nickname"] for g in full["groups"] for m in g["members"]}
        # A partner's nickname, as the join page asked for it, even in an anonymous workshop.
        assert sorted(group["partners"]) == sorted(names[p] for p in together if p != me and names[p])
