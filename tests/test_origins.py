"""State-changing requests and sockets come only from the server's own pages: another site's form
(CSRF), a page that reached this server under another name (DNS rebinding), a websocket without
an Origin, all refused; the allowed addresses are the server's own, never the request's Host."""
import pytest
import requests
import websocket

from conftest import Room
from facilitator.origins import Origins, server_origins
from server import Server, cookie_header, create_workshop

FOREIGN = [{"Origin": "http://evil.example"}, {"Origin": "null"}, {"Referer": "http://evil.example/page"},
           {"Host": "evil.example"}, {"Host": "evil.example", "Origin": "http://evil.example"},
           {"Origin": "http://localhost:9"}]


@pytest.mark.parametrize("headers", FOREIGN)
def test_forms_from_elsewhere_change_nothing(app, headers):
    room = Room(app)
    http = room.facilitator_http
    assert http.post(f"/w/{room.code}/delete", data={"confirm": room.code}, headers=headers).status_code == 403
    assert http.get(f"/w/{room.code}/console").status_code == 200  # still there
    assert app.test_client().post("/new", data={"title": "x"}, headers=headers).status_code == 403
    phone = app.test_client()
    assert phone.post(f"/{room.code}/join", data={"nickname": ""}, headers=headers).status_code == 403
    assert phone.get_cookie(f"participant_{room.code}") is None
    refused = http.post(f"/{room.code}/language", data={"language": "en"}, headers=headers)
    assert refused.status_code == 403 and "toiselta sivulta" in refused.get_data(as_text=True)


@pytest.mark.parametrize("headers", [{"Origin": "http://localhost"}, {"Referer": "http://localhost/x"}, {}])
def test_our_own_pages_and_programs_on_our_address_go_through(app, headers):
    room = Room(app)
    done = room.facilitator_http.post(f"/w/{room.code}/delete", data={"confirm": room.code}, headers=headers)
    assert done.status_code == 200


def test_pages_let_the_browser_name_their_origin(app):
    """With `no-referrer`, a browser sends "Origin: null" even to the page's own server, and
    every form would be refused: the pages send their origin to their own server only."""
    page = app.test_client().get("/new").get_data(as_text=True)
    assert '<meta name="referrer" content="same-origin">' in page


def test_the_servers_origins_are_its_own_addresses():
    origins = Origins(server_origins("http://192.168.1.20:5000", "0.0.0.0", 5000))
    assert origins.allows("http://192.168.1.20:5000") and origins.allows("http://127.0.0.1:5000")
    assert origins.allows("http://LOCALHOST:5000") and not origins.allows("http://192.168.1.20:5001")
    behind_proxy = Origins(server_origins("https://fasilitointi.example.fi", "127.0.0.1", 8000))
    assert behind_proxy.allows("https://fasilitointi.example.fi") and not behind_proxy.allows("http://evil.example")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with Server(tmp_path_factory.mktemp("origins")) as running:
        yield running


def handshake(server, http, **options):
    ws = websocket.create_connection(server.url.replace("http", "ws") + "/socket.io/?EIO=4&transport=websocket",
                                     header=[f"Cookie: {cookie_header(http)}"], timeout=5, **options)
    opened = ws.recv()
    ws.close()
    return opened


def test_websockets_need_an_origin_of_ours(server):
    http = requests.Session()
    create_workshop(http, server.url)
    assert handshake(server, http, origin=server.url).startswith("0")
    # No Origin; another site's; a page that reached us under another name (DNS rebinding).
    for options in ({"suppress_origin": True}, {"origin": "http://evil.example"},
                    {"origin": "http://evil.example", "host": "evil.example"}):
        with pytest.raises(websocket.WebSocketBadStatusException):
            handshake(server, http, **options)
