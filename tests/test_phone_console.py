"""The facilitator's console for a phone (/w/CODE/remote) is the facilitator's, exactly as the
console is: the page needs the facilitator's cookie, and its events are the console's events,
checked on the server for the sender's role and payload. Also the pause screen's event."""
from conftest import Live


def test_only_the_facilitator_opens_the_phone_console(room):
    assert room.facilitator_http.get(f"/w/{room.code}/remote").status_code == 200
    participant = room.app.test_client()
    assert participant.post(f"/{room.code}/join", data={"nickname": "Anna"}).status_code == 302
    refused = participant.get(f"/w/{room.code}/remote")
    assert refused.status_code == 403 and b"facilitator" in refused.data
    assert room.app.test_client().get(f"/w/{room.code}/remote").status_code == 403


def test_the_facilitator_link_with_to_remote_opens_the_phone_console(room):
    page = room.facilitator_http.get(f"/w/{room.code}/console").get_data(as_text=True)
    secret = page.split(f"/w/{room.code}/facilitate/")[1].split('"')[0]  # the console's link field
    phone = room.app.test_client()
    response = phone.get(f"/w/{room.code}/facilitate/{secret}?to=remote")
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/w/{room.code}/remote")
    assert phone.get(f"/w/{room.code}/remote").status_code == 200
    assert room.app.test_client().get(f"/w/{room.code}/facilitate/wrong?to=remote").status_code == 403


def test_a_participant_cannot_drive_the_day_from_a_phone(room):
    phone = room.phone("Anna")
    for event, payload in [("step.next", {}), ("screen.blank", {"blank": True}), ("timer.start", {"seconds": 60}),
                           ("results.reveal", {}), ("room.lock", {})]:
        answer = phone.send(event, payload)
        assert answer["ok"] is False and answer["code"] == "forbidden", (event, answer)
    # Nor connect as the facilitator with a participant's cookie.
    impostor = Live(room.app, phone.http, room.code, "facilitator")
    assert not impostor.client.is_connected()


def test_the_pause_screen_is_committed_and_broadcast_and_checked(room):
    facilitator, projector = room.facilitator(), room.projector()
    for bad in ({}, {"blank": "yes"}, {"blank": 1}):
        answer = facilitator.send("screen.blank", bad)
        assert answer["ok"] is False and answer["code"] == "bad_payload", answer
    facilitator.ok("screen.blank", {"blank": True})
    change = projector.wait_for("change", lambda c: c["kind"] == "workshop")
    assert change["workshop"]["blanked"] is True
    projector.client.emit("sync", {}, callback=True)
    assert projector.received("snapshot")[-1]["workshop"]["blanked"] is True
    facilitator.ok("screen.blank", {"blank": False})
    assert projector.wait_for("change", lambda c: c["kind"] == "workshop")["workshop"]["blanked"] is False


def test_the_preview_reads_what_a_phone_reads_and_may_send_nothing(room):
    facilitator = room.facilitator()
    facilitator.ok("step.next")
    phone = room.phone("Anna")
    idea = phone.ok("idea.submit", {"client_id": "preview0001", "text": "Näkyvä idea"})["idea"]
    hidden = phone.ok("idea.submit", {"client_id": "preview0002", "text": "Piilotettava idea"})["idea"]
    facilitator.ok("idea.hide", {"idea_id": hidden["id"]})
    preview = Live(room.app, room.facilitator_http, room.code, "preview")
    snapshot = preview.received("snapshot")[-1]
    assert snapshot["role"] == "participant" and "me" not in snapshot
    assert [i["id"] for i in snapshot["ideas"]] == [idea["id"]]  # as a phone: no hidden idea
    for event, payload in [("step.next", {}), ("idea.submit", {"client_id": "preview0003", "text": "x"}),
                           ("screen.blank", {"blank": True}), ("answer.submit", {"value": 1})]:
        answer = preview.send(event, payload)
        assert answer["ok"] is False and answer["code"] == "forbidden", (event, answer)
    assert preview.send("sync")["ok"]
    phone.ok("idea.submit", {"client_id": "preview0004", "text": "Uusi idea"})
    assert preview.wait_for("change", lambda c: c["kind"] == "idea.added")["idea"]["text"] == "Uusi idea"
    # Without the facilitator's cookie there is no preview.
    stranger = Live(room.app, room.app.test_client(), room.code, "preview")
    assert not stranger.client.is_connected()
    assert room.app.test_client().get(f"/w/{room.code}/preview").status_code == 403
