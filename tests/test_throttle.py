"""Floods are throttled and rooms have quotas, each a setting with a clear refusal: a phone
hammering events, one phone filling a step, a hall of joins from one address, a stream of new
workshops on an open server. The others in the room go on as if nothing happened."""
import pytest

from conftest import FAST, Room, new_id
from facilitator.app import create_app
from facilitator.throttle import EventThrottle
from services import Redis


@pytest.fixture
def real_limits(tmp_path):
    """An app with the default limits, as `facilitator serve` runs."""
    return create_app({"DATA_DIR": str(tmp_path), "TALLY_INTERVAL": 0.05})


def test_a_phone_flooding_events_is_throttled_and_nobody_else(real_limits):
    room = Room(real_limits)
    facilitator, flooder, other = room.facilitator(), room.phone(), room.phone()
    facilitator.ok("step.next")
    answers = [flooder.send("idea.submit", {"client_id": new_id(), "text": f"tulva {n}"}) for n in range(200)]
    accepted = [a for a in answers if a["ok"]]
    refused = [a for a in answers if not a["ok"]]
    assert 20 <= len(accepted) <= 21  # the burst of 20 (and what refilled meanwhile at 4/s)
    assert {a["code"] for a in refused} == {"rate_limited"}
    assert all(1 <= a["retry_after"] <= 60 and "seconds" in a["message"] for a in refused)
    assert other.ok("idea.submit", {"client_id": new_id(), "text": "minä vielä pääsen"})["idea"]
    assert facilitator.ok("sync")
    ideas = facilitator.received("snapshot")[-1]["ideas"]
    assert len(ideas) == len(accepted) + 1


def test_quotas_of_ideas_and_participants(tmp_path):
    app = create_app({"DATA_DIR": str(tmp_path), **FAST, "IDEAS_PER_PARTICIPANT": 3, "IDEAS_PER_STEP": 5,
                      "PARTICIPANTS_PER_WORKSHOP": 3})
    room = Room(app, language="fi")
    facilitator, first, second = room.facilitator(), room.phone(), room.phone()
    facilitator.ok("step.next")
    answers = [first.send("idea.submit", {"client_id": new_id(), "text": f"idea {n}"}) for n in range(4)]
    assert [a["ok"] for a in answers] == [True, True, True, False]
    assert answers[-1]["code"] == "quota" and "3" in answers[-1]["message"]
    assert [second.send("idea.submit", {"client_id": new_id(), "text": f"toinen {n}"})["ok"]
            for n in range(3)] == [True, True, False]  # the step holds five
    room.phone()  # the third participant
    refused = app.test_client().post(f"/{room.code}/join", data={"nickname": ""})
    assert refused.status_code == 403 and "Työpaja on täynnä" in refused.get_data(as_text=True)


def test_joins_and_new_workshops_per_address(tmp_path):
    app = create_app({"DATA_DIR": str(tmp_path), **FAST, "JOIN_LIMIT": "5 per minute",
                      "NEW_WORKSHOP_LIMIT": "3 per hour"})
    room = Room(app, language="fi")  # the first new workshop
    hall = app.test_client()
    codes = [hall.post(f"/{room.code}/join", data={"nickname": ""}).status_code for _ in range(7)]
    assert codes == [302] * 5 + [429] * 2
    refused = hall.post(f"/{room.code}/join", data={"nickname": ""})
    assert 1 <= int(refused.headers["Retry-After"]) <= 61 and "Odota" in refused.get_data(as_text=True)
    made = [app.test_client().post("/new", data={"title": "x", "language": "fi"}).status_code for _ in range(3)]
    assert made == [302, 302, 429]


def test_an_admin_password_server_does_not_count_new_workshops(tmp_path):
    app = create_app({"DATA_DIR": str(tmp_path), **FAST, "NEW_WORKSHOP_LIMIT": "1 per hour",
                      "ADMIN_PASSWORD": "sala"})
    made = [app.test_client().post("/new", data={"title": "x", "admin_password": "sala"}).status_code
            for _ in range(3)]
    assert made == [302, 302, 302]


def test_several_processes_count_one_flood_in_redis():
    redis = Redis().start()
    try:
        config = {"RATE_LIMIT_STORAGE": redis.url, "MESSAGE_QUEUE": None,
                  "EVENT_LIMITS": {"participant": (10, 0.1)}}
        first, second = EventThrottle(config), EventThrottle(config)  # two server processes
        waits = [(first if n % 2 else second).retry_after("participant", "7") for n in range(12)]
        assert waits[:10] == [None] * 10 and all(w and w >= 1 for w in waits[10:])
        assert first.retry_after("participant", "8") is None  # another phone is not affected
    finally:
        redis.stop()


def test_a_storm_of_events_at_once_waits_for_redis_connections_instead_of_failing():
    """Hundreds of events in flight in one process each take a bucket: they share the process's
    connections to Redis, none is refused for want of one (the two-process benchmark's join storm
    logged `MaxConnectionsError` until they did)."""
    import threading
    redis = Redis().start()
    try:
        throttle = EventThrottle({"RATE_LIMIT_STORAGE": redis.url, "MESSAGE_QUEUE": None,
                                  "EVENT_LIMITS": {"participant": (10, 1.0)}})
        senders = 300
        start, failures, waits = threading.Barrier(senders), [], []

        def phone(number):
            start.wait()
            try:
                waits.append(throttle.retry_after("participant", str(number)))
            except Exception as error:
                failures.append(repr(error))
        threads = [threading.Thread(target=phone, args=(n,)) for n in range(senders)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert failures == [] and waits == [None] * senders
    finally:
        redis.stop()


def test_a_bigger_hall_gets_its_join_limit_from_the_command_line(tmp_path, monkeypatch, capsys):
    from facilitator import cli
    monkeypatch.delenv("FACILITATOR_JOIN_LIMIT", raising=False)
    args = cli._parser().parse_args(["serve", "--data-dir", str(tmp_path), "--join-limit", "3 per minute"])
    app = cli._serving_app(args, "http://127.0.0.1:5000", ["http://127.0.0.1:5000"])
    assert app.config["JOIN_LIMIT"] == "3 per minute"  # counted as the test above shows
    with pytest.raises(SystemExit):
        cli._parser().parse_args(["serve", "--join-limit", "lots"])
    assert "not a rate such as '1200 per minute'" in capsys.readouterr().err
