"""The pages as `npm run build` bundles them, in a real browser against the real server: a phone
joins and sends an idea that reaches the projector and the console, loading only built files;
the same without a build (`--unbundled`); over long-polling where no websocket gets through; and a
third-party type installed after the build, whose module is served unbundled and shares the
bundle's core modules through the page's import map."""
import re
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from server import Server
from test_assets import build  # noqa: F401  (the fixture)
from test_browser import PHONE, create_workshop, join, shot, own_window
from test_browser_plugin import weather_workshop
from test_plugin_package import install_example

pytestmark = pytest.mark.browser
# Every websocket fails to open, as behind a proxy that refuses the upgrade: an error, then a close.
FAILING_WEBSOCKET = """
window.WebSocket = class extends EventTarget {
  constructor(url) {
    super();
    this.url = url;
    this.readyState = 0;
    setTimeout(() => {
      this.readyState = 3;
      if (this.onerror) this.onerror(new Event("error"));
      if (this.onclose) this.onclose(new CloseEvent("close", { code: 1006 }));
    }, 20);
  }
  send() {}
  close() {}
};
"""


@pytest.fixture(scope="module")
def bundled(build, tmp_path_factory):  # noqa: F811
    with Server(tmp_path_factory.mktemp("bundled-data")) as running:
        yield running


@pytest.fixture(scope="module")
def unbundled(tmp_path_factory):
    with Server(tmp_path_factory.mktemp("unbundled-data"), extra=["--unbundled"]) as running:
        yield running


@pytest.fixture(scope="module")
def with_plugin(build, tmp_path_factory):  # noqa: F811
    path = install_example(tmp_path_factory.mktemp("site"))
    with Server(tmp_path_factory.mktemp("plugin-bundle-data"), env={"PYTHONPATH": path}) as running:
        yield running


def paths_of(page):
    """The paths of every request the page makes from now on."""
    seen = []
    page.on("request", lambda request: seen.append(urlparse(request.url).path))
    return seen


def idea_reaches_the_room(browser, server, idea, phone_setup=None):
    """The console starts the day, a phone joins and sends `idea`: it reaches projector and console.
    Returns (the phone page, the paths it requested)."""
    laptop = browser.new_context(viewport={"width": 1440, "height": 900})
    console = laptop.new_page()
    errors = []
    console.on("pageerror", lambda error: errors.append(str(error)))
    code = create_workshop(console, server.url)
    projector = own_window(laptop)
    projector.on("pageerror", lambda error: errors.append(str(error)))
    projector.goto(f"{server.url}/w/{code}/screen")
    console.get_by_test_id("next-step").click()  # the brainstorm opens
    phone = browser.new_context(**PHONE).new_page()
    phone.on("pageerror", lambda error: errors.append(str(error)))
    if phone_setup:
        phone_setup(phone)
    paths = paths_of(phone)
    join(phone, f"{server.url}/{code}", "")
    phone.get_by_test_id("idea-input").fill(idea)
    phone.get_by_test_id("idea-send").click()
    expect(phone.get_by_test_id("my-idea")).to_have_count(1, timeout=10000)
    expect(projector.get_by_test_id("wall-idea").filter(has_text=idea)).to_have_count(1, timeout=10000)
    expect(console.get_by_test_id("idea").filter(has_text=idea)).to_have_count(1, timeout=10000)
    assert errors == []
    return phone, paths


def test_the_bundled_phone_page_works_end_to_end_from_built_files_only(browser, bundled):
    phone, paths = idea_reaches_the_room(browser, bundled, "Yhteinen kalenteri")
    shot(phone, "bundled-phone")
    files = [path for path in paths if path.startswith(("/static/", "/activities/"))]
    assert files and all(re.fullmatch(r"/static/build/[\w.]+-[0-9a-f]{12}\.(js|css)", path) for path in files), files
    assert len(set(files)) == 5  # pages.css on the join page; base.css, phone.css, the two scripts


def test_without_a_build_the_sources_work_as_they_are(browser, unbundled):
    _phone, paths = idea_reaches_the_room(browser, unbundled, "Viikkopalaveri")
    assert "/static/js/phone.js" in paths and "/activities/brainstorm/static/phone.js" in paths
    assert not [path for path in paths if path.startswith("/static/build/")]


def test_a_phone_whose_network_lets_no_websocket_through_joins_over_long_polling(browser, bundled):
    def no_websocket(phone):
        phone.add_init_script(FAILING_WEBSOCKET)
    _phone, paths = idea_reaches_the_room(browser, bundled, "Selkeät roolit", no_websocket)
    assert any(path == "/socket.io/" for path in paths)  # the polling requests are plain HTTP


def test_a_type_installed_after_the_build_loads_unbundled_beside_the_bundle(browser, with_plugin):
    """The example package's weather type is in no bundle: the page imports its module by URL,
    and what that imports of the core (/static/js/dom.js) comes from the bundle, not the source."""
    laptop = browser.new_context(viewport={"width": 1440, "height": 900})
    console = laptop.new_page()
    errors = []
    console.on("pageerror", lambda error: errors.append(str(error)))
    code = weather_workshop(console, with_plugin.url)
    console.get_by_test_id("next-step").click()
    phone = browser.new_context(**PHONE).new_page()
    phone.on("pageerror", lambda error: errors.append(str(error)))
    paths = paths_of(phone)
    join(phone, f"{with_plugin.url}/{code}", "")
    expect(phone.get_by_test_id("weather-choice")).to_have_count(5)
    phone.locator("[data-testid=weather-choice][data-weather=sun]").click()
    phone.get_by_test_id("weather-word").fill("Virkeä")
    phone.get_by_test_id("weather-send").click()
    expect(phone.get_by_test_id("weather-mine")).to_have_attribute("data-weather", "sun", timeout=10000)
    expect(console.get_by_test_id("weather-panel").get_by_test_id("weather-responses")).to_have_attribute(
        "data-count", "1", timeout=10000)
    assert "/activities/weather/static/phone.js" in paths and "/activities/weather/static/phone.css" in paths
    assert "/static/js/dom.js" not in paths  # the import map sent it to the bundle's own
    assert any(re.fullmatch(r"/static/build/phone\.dom-[0-9a-f]{12}\.js", path) for path in paths)
    assert "/activities/brainstorm/static/phone.js" not in paths
    assert errors == []
