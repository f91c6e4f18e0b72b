"""The HTTP pages: joining, friendly refusals in the workshop's language, the facilitator's key."""
import re

from conftest import Room


def test_join_flow_sets_a_lasting_participant_cookie(app, room):
    phone = app.test_client()
    page = phone.get(f"/{room.code}")
    assert page.status_code == 200 and b'name="nickname"' in page.data
    joined = phone.post(f"/{room.code}/join", data={"nickname": "Anna"})
    assert joined.status_code == 302 and joined.headers["Location"].endswith(f"/{room.code}")
    cookie = joined.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Max-Age" in cookie
    phone_view = phone.get(f"/{room.code}")  # a reload: still the same participant
    assert phone_view.status_code == 200 and b'id="boot"' in phone_view.data
    assert b'name="nickname"' not in phone_view.data


def test_typed_codes_are_forgiving(app, room):
    client = app.test_client()
    lower = room.code.lower()
    assert client.get(f"/join?code={lower[:3]}-{lower[3:]}").headers["Location"].endswith(f"/{room.code}")
    assert client.get(f"/{lower}").headers["Location"].endswith(f"/{room.code}")
    assert client.get("/join?code=hello").status_code == 400


def test_unknown_code_is_a_friendly_page_in_the_browsers_language(app):
    client = app.test_client()
    english = client.get("/ACDEFG", headers={"Accept-Language": "en"})
    finnish = client.get("/ACDEFG", headers={"Accept-Language": "fi"})
    assert english.status_code == finnish.status_code == 404
    assert b"No workshop with that code" in english.data
    assert b"No workshop with that code" not in finnish.data and b'lang="fi"' in finnish.data


def test_locked_room_refuses_newcomers_in_the_workshops_language(app):
    finnish = Room(app, language="fi")
    inside = finnish.phone()
    finnish.facilitator().ok("room.lock")
    newcomer = app.test_client()
    for response in (newcomer.get(f"/{finnish.code}", headers={"Accept-Language": "en"}),
                     newcomer.post(f"/{finnish.code}/join", data={})):
        assert response.status_code == 403 and b'lang="fi"' in response.data
        assert b"Joining is locked" not in response.data and "Liittyminen on lukittu".encode() in response.data
    assert inside.http.get(f"/{finnish.code}").status_code == 200  # those inside stay


def test_console_and_projector_need_the_facilitator_cookie(app, room):
    stranger = app.test_client()
    for path in (f"/w/{room.code}/console", f"/w/{room.code}/screen"):
        assert stranger.get(path).status_code == 403
        assert room.facilitator_http.get(path).status_code == 200
    phone = room.phone()
    assert phone.http.get(f"/w/{room.code}/console").status_code == 403


def test_secret_link_logs_in_and_leaves_the_address_bar(app, room):
    console = room.facilitator_http.get(f"/w/{room.code}/console").data.decode()
    link = re.search(r"https?://[^\"'<\s]+/w/" + room.code + r"/facilitate/[A-Za-z0-9_-]+", console).group(0)
    other_laptop = app.test_client()
    answer = other_laptop.get(link.split("localhost", 1)[1])
    assert answer.status_code == 302 and answer.headers["Location"] == f"/w/{room.code}/console"
    assert other_laptop.get(f"/w/{room.code}/console").status_code == 200
    assert app.test_client().get(f"/w/{room.code}/facilitate/wrong-secret").status_code == 403


def test_projector_shows_the_qr_and_code_but_no_secret(app, room):
    screen = room.facilitator_http.get(f"/w/{room.code}/screen").data.decode()
    assert "<svg" in screen and room.code in screen
    assert "facilitate/" not in screen
    qr = app.test_client().get(f"/w/{room.code}/qr.svg")
    assert qr.status_code == 200 and qr.mimetype == "image/svg+xml"


def test_new_workshop_form_reports_bad_fields(app):
    client = app.test_client()
    assert client.get("/new").status_code == 200
    for form in ({"title": "", "language": "en"}, {"title": "x", "language": "sv"},
                 {"title": "x", "language": "en", "date": "tomorrow"},
                 {"title": "x" * 121, "language": "en"}, {"title": "x", "language": "en", "question": "q" * 501}):
        assert client.post("/new", data=form).status_code == 400
    long_name = client.post("/new", data={"title": "x", "language": "en", "facilitator": "F" * 121},
                            headers={"Accept-Language": "en"})
    assert long_name.status_code == 400 and b"The facilitator&#39;s name can be at most" in long_name.data


def test_admin_password_guards_creating_workshops(tmp_path):
    from facilitator.app import create_app
    app = create_app({"DATA_DIR": str(tmp_path), "ADMIN_PASSWORD": "sala"})
    client = app.test_client()
    assert b'name="admin_password"' in client.get("/new").data
    assert client.post("/new", data={"title": "x", "language": "fi"}).status_code == 403
    assert client.post("/new", data={"title": "x", "language": "fi", "admin_password": "väärä"}).status_code == 403
    assert client.post("/new", data={"title": "x", "language": "fi", "admin_password": "sala"}).status_code == 302


def test_user_text_is_escaped_in_pages(app):
    client = app.test_client()
    payload = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    code = client.post("/new", data={"title": payload, "organisation": payload, "language": "en"}
                       ).headers["Location"].split("/")[2]
    for path in (f"/{code}", f"/w/{code}/console", f"/w/{code}/screen"):
        page = client.get(path).data.decode() if "w/" in path else app.test_client().get(path).data.decode()
        assert "<script>alert" not in page and "<img src=x" not in page, path


def test_a_participant_may_switch_their_phones_language(app):
    finnish = Room(app, language="fi")
    phone = finnish.phone()
    assert b'lang="fi"' in phone.http.get(f"/{finnish.code}").data
    switched = phone.http.post(f"/{finnish.code}/language", data={"language": "en"})
    assert switched.status_code == 302
    page = phone.http.get(f"/{finnish.code}").data.decode()
    assert 'lang="en"' in page and '"workshop_language": "fi"' in page
    phone.http.post(f"/{finnish.code}/language", data={"language": "sv"})  # ignored
    assert b'lang="en"' in phone.http.get(f"/{finnish.code}").data
    assert b'lang="fi"' in app.test_client().get(f"/{finnish.code}").data  # others keep Finnish
