"""A third-party activity type in a real browser: the example package (tests/example_plugin) is
pip-installed beside Facilitator, the real server finds its weather check-in through the entry
points, and a Finnish day runs it on phones, the projector and the console, into the HTML and
PDF reports. No line of Facilitator names it."""
import io

import pytest
import requests
from playwright.sync_api import expect
from pypdf import PdfReader

from server import Server
from test_browser import PHONE, create_workshop, join, shot, own_window
from test_plugin_package import install_example

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = install_example(tmp_path_factory.mktemp("site"))
    with Server(tmp_path_factory.mktemp("plugin-data"), env={"PYTHONPATH": path}) as running:
        yield running


def test_weather_check_in_from_a_plugin_package(server, browser):
    laptop = browser.new_context(viewport={"width": 1440, "height": 900})
    console = laptop.new_page()
    errors = []
    console.on("pageerror", lambda error: errors.append(str(error)))
    code = weather_workshop(console, server.url)

    projector = own_window(laptop, f"{server.url}/w/{code}/screen")
    phones = [browser.new_context(**PHONE).new_page() for _ in range(2)]
    for phone in phones:
        phone.on("pageerror", lambda error: errors.append(str(error)))
        join(phone, f"{server.url}/{code}", "")
    console.get_by_test_id("next-step").click()
    expect(projector.get_by_test_id("screen-title")).to_have_text("Sääkartta")

    for phone, weather, word in ((phones[0], "sun", "Virkeä"), (phones[1], "thunder", "väsynyt")):
        expect(phone.get_by_test_id("weather-choice")).to_have_count(5)
        phone.locator(f"[data-testid=weather-choice][data-weather={weather}]").click()
        phone.get_by_test_id("weather-word").fill(word)
        phone.get_by_test_id("weather-send").click()
        expect(phone.get_by_test_id("weather-mine")).to_have_attribute("data-weather", weather, timeout=10000)
    shot(phones[1], "plugin-weather-phone")
    panel = console.get_by_test_id("weather-panel")
    expect(panel.get_by_test_id("weather-responses")).to_have_attribute("data-count", "2", timeout=10000)
    expect(projector.get_by_test_id("weather-responses")).to_have_attribute("data-count", "2")
    expect(projector.get_by_test_id("weather-count")).to_have_count(0)  # not before the reveal

    console.get_by_test_id("reveal-results").click()
    counts = projector.get_by_test_id("weather-count")
    expect(counts).to_have_count(5, timeout=10000)
    expect(projector.locator("[data-testid=weather-count][data-weather=sun]")).to_have_attribute("data-count", "1")
    expect(projector.locator("[data-testid=weather-count][data-weather=thunder]")).to_have_attribute("data-count", "1")
    expect(projector.get_by_test_id("weather-words")).to_contain_text("virkeä")
    shot(projector, "plugin-weather-projector")
    shot(console, "plugin-weather-console")
    assert errors == []

    cookies = {"Cookie": cookie_header_of(laptop)}
    html = requests.get(f"{server.url}/w/{code}/report.html", headers=cookies, timeout=30).text
    assert "Sääkartta" in html and "weather-map" in html and "Aurinkoista" in html
    pdf = requests.get(f"{server.url}/w/{code}/report.pdf", headers=cookies, timeout=60).content
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Sääkartta" in text and "Aurinkoista" in text and "Ukkosta" in text


def weather_workshop(console, base):
    """A Finnish workshop whose agenda is the package's weather check-in alone; returns its code."""
    code = create_workshop(console, base, language="fi", title="Syyspäivä")
    console.get_by_test_id("clear-agenda").click()
    console.get_by_test_id("clear-agenda-confirm").click()
    expect(console.get_by_test_id("step")).to_have_count(0)
    library = console.get_by_test_id("library")
    method = library.get_by_test_id("method").filter(
        has=console.get_by_test_id("method-title").get_by_text("Sääkartta", exact=True))
    method.get_by_test_id("method-add").click()
    expect(console.get_by_test_id("step-title")).to_have_text(["Sääkartta"])
    return code


def cookie_header_of(context):
    return "; ".join(f"{c['name']}={c['value']}" for c in context.cookies())
