"""The word cloud, questions with upvotes and ranking in a real browser, in Finnish: three phones
(360×740) send words, ask and upvote, and rank by tapping; the projector (1920×1080) shows the
live cloud, the board in upvote order with the highlighted question, and the ranking's result;
the console hides a word, highlights and answers a question and types in the ranking's options;
the HTML and PDF reports carry all three."""
import io

import pytest
import requests
from playwright.sync_api import expect
from pypdf import PdfReader

from server import Server
from test_browser import ARTIFACTS, PHONE, create_workshop, join, shot, own_window
from test_browser_plugin import cookie_header_of

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with Server(tmp_path_factory.mktemp("new-activities")) as running:
        yield running


def add_method(console, title):
    library = console.get_by_test_id("library")
    library.get_by_test_id("method").filter(
        has=console.get_by_test_id("method-title").get_by_text(title, exact=True)).get_by_test_id("method-add").click()


def cloud_word(page, word):
    return page.locator(f"[data-testid=cloud-word][data-word='{word}']")


def test_word_cloud_questions_and_ranking_on_phones_projector_console_and_report(server, browser):
    laptop = browser.new_context(viewport={"width": 1440, "height": 900})
    console = laptop.new_page()
    errors = []
    console.on("pageerror", lambda error: errors.append(str(error)))
    code = create_workshop(console, server.url, language="fi", title="Kehittämispäivä")
    expect(console.get_by_test_id("connection")).to_have_attribute("data-state", "connected", timeout=15000)
    console.get_by_test_id("clear-agenda").click()
    console.get_by_test_id("clear-agenda-confirm").click()
    expect(console.get_by_test_id("step")).to_have_count(0)
    add_method(console, "Yhdellä sanalla")
    add_method(console, "Kysy johdolta")
    expect(console.get_by_test_id("step")).to_have_count(2)
    console.get_by_test_id("add-step-panel").locator("summary").click()
    console.get_by_test_id("add-step-activity").select_option("ranking")
    console.get_by_test_id("add-step-title").fill("Priorisointi")
    console.get_by_test_id("add-step-submit").click()
    expect(console.get_by_test_id("step-title")).to_have_text(["Yhdellä sanalla", "Kysy johdolta", "Priorisointi"])

    projector = own_window(laptop)
    projector.on("pageerror", lambda error: errors.append(str(error)))
    projector.goto(f"{server.url}/w/{code}/screen")
    contexts = [browser.new_context(**PHONE) for _ in range(3)]
    phones = [context.new_page() for context in contexts]
    for phone in phones:
        phone.on("pageerror", lambda error: errors.append(str(error)))
        join(phone, f"{server.url}/{code}", "")

    # --- the word cloud: inflected forms are one word, each person counts once -----------------
    console.get_by_test_id("next-step").click()
    expect(projector.get_by_test_id("screen-title")).to_have_text("Yhdellä sanalla")
    for phone, words in zip(phones, (["asiakkaat", "kiirettä", "Asiakkaille"], ["asiakkaan", "kiire"], ["asiakas", "ja"])):
        fields = phone.get_by_test_id("cloud-word-input")
        for index, word in enumerate(words):
            fields.nth(index).fill(word)
        phone.get_by_test_id("cloud-send").click()
        expect(phone.get_by_test_id("cloud-mine")).to_contain_text(words[0], timeout=10000)
    expect(cloud_word(projector, "asiakas")).to_have_attribute("data-count", "3", timeout=10000)
    expect(cloud_word(projector, "kiire")).to_have_attribute("data-count", "2")
    expect(cloud_word(projector, "ja")).to_have_count(0)  # a filler word
    cloud = projector.get_by_test_id("word-cloud")
    assert cloud.bounding_box()["width"] == 1500  # drawn at its laid-out size: no word under 32 px
    sizes = projector.locator("[data-testid=cloud-word]").evaluate_all("ns => ns.map(n => n.getBBox().height)")
    assert min(sizes) >= 32
    shot(phones[0], "new-word-cloud-phone")
    shot(projector, "new-word-cloud-projector")
    console.locator("[data-testid=cloud-word-row][data-word=kiire]").get_by_test_id("cloud-hide").click()
    expect(cloud_word(projector, "kiire")).to_have_count(0, timeout=10000)
    expect(console.get_by_test_id("cloud-hidden-words")).to_contain_text("kiire")
    shot(console, "new-word-cloud-console")

    # --- questions with upvotes -------------------------------------------------------------------
    console.get_by_test_id("next-step").click()
    expect(projector.get_by_test_id("screen-title")).to_have_text("Kysy johdolta")
    for phone, text in ((phones[0], "Miten uusi strategia näkyy arjessamme?"), (phones[1], "Milloin saamme uudet tilat?")):
        phone.get_by_test_id("question-input").fill(text)
        phone.get_by_test_id("question-send").click()
    board = projector.get_by_test_id("question")
    expect(board).to_have_count(2, timeout=10000)
    strategy = phones[2].get_by_test_id("question").filter(has_text="strategia")
    strategy.get_by_test_id("question-upvote").click()
    expect(strategy.get_by_test_id("question-upvote")).to_have_attribute("aria-pressed", "true")
    phones[1].get_by_test_id("question").filter(has_text="strategia").get_by_test_id("question-upvote").click()
    spaces = phones[2].get_by_test_id("question").filter(has_text="tilat").get_by_test_id("question-upvote")
    spaces.click()
    expect(board.first).to_have_attribute("data-votes", "2", timeout=10000)
    expect(board.first).to_contain_text("strategia")
    expect(board.nth(1)).to_have_attribute("data-votes", "1")
    spaces.click()  # withdrawn
    expect(board.nth(1)).to_have_attribute("data-votes", "0", timeout=10000)
    expect(phones[0].get_by_test_id("question").filter(has_text="strategia").get_by_test_id("question-upvote")).to_have_count(0)
    shot(phones[2], "new-questions-phone")
    first = console.get_by_test_id("question").filter(has_text="strategia")
    first.get_by_test_id("question-highlight").click()
    expect(projector.get_by_test_id("question-highlighted")).to_contain_text("strategia", timeout=10000)
    console.get_by_test_id("question").filter(has_text="tilat").get_by_test_id("question-answered").click()
    expect(projector.locator("[data-testid=question][data-answered='1']")).to_contain_text("tilat", timeout=10000)
    shot(projector, "new-questions-projector")
    shot(console, "new-questions-console")

    # --- ranking: typed-in options, each phone its own order, tap to rank -----------------------
    console.get_by_test_id("next-step").click()
    expect(projector.get_by_test_id("screen-title")).to_have_text("Priorisointi")
    for text in ("Perehdytys", "Palaverikäytännöt", "Asiakaspalaute", "Työrauha"):
        console.get_by_test_id("ranking-new-option").fill(text)
        console.get_by_test_id("ranking-add").click()
        expect(console.get_by_test_id("ranking-editor-option").last).to_have_text(text + "Poista")
    # The agenda line tells the options the step has, not the step before's count it would take.
    ranking_step = console.get_by_test_id("step").filter(has_text="Priorisointi").get_by_test_id("step-meta")
    expect(ranking_step).to_contain_text("Vaihtoehdot (4)")
    console.get_by_test_id("open-submissions").click()
    orders = []
    for phone in phones:
        expect(phone.get_by_test_id("ranking-option")).to_have_count(4, timeout=10000)
        orders.append(phone.get_by_test_id("ranking-option").all_inner_texts())
    phones[0].reload()
    expect(phones[0].get_by_test_id("ranking-option")).to_have_count(4, timeout=10000)
    assert phones[0].get_by_test_id("ranking-option").all_inner_texts() == orders[0]  # the same after a reload
    assert len({tuple(o) for o in orders}) > 1  # each phone its own order
    for phone, wanted in zip(phones, (["Työrauha", "Perehdytys", "Asiakaspalaute"],
                                      ["Työrauha", "Asiakaspalaute", "Perehdytys"],
                                      ["Perehdytys", "Työrauha", "Palaverikäytännöt"])):
        phone.get_by_test_id("ranking-option").filter(has_text="Palaverikäytännöt").click()
        phone.get_by_test_id("ranking-undo").click()  # taps are taken back one at a time
        for text in wanted:
            phone.get_by_test_id("ranking-option").filter(has_text=text).click()
        expect(phone.get_by_test_id("ranking-chosen-item")).to_have_count(4)  # the last placed itself
        if phone is phones[2]:
            shot(phone, "new-ranking-phone")
        phone.get_by_test_id("ranking-send").click()
        expect(phone.get_by_test_id("ranking-mine")).to_be_visible(timeout=10000)
    expect(console.get_by_test_id("ranking-count")).to_have_attribute("data-count", "3", timeout=10000)
    expect(projector.get_by_test_id("ranking-row")).to_have_count(0)  # not before the reveal
    console.get_by_test_id("reveal-results").click()
    rows = projector.get_by_test_id("ranking-row")
    expect(rows).to_have_count(4, timeout=10000)
    # Työrauha 3+3+2 = 8, Perehdytys 2+1+3 = 6, Asiakaspalaute 1+2+0 = 3, Palaverikäytännöt 0+0+1 = 1.
    expect(rows.first).to_contain_text("Työrauha")
    expect(rows.first).to_have_attribute("data-points", "8")
    expect(rows.first.get_by_test_id("ranking-positions")).to_have_attribute("data-positions", "2,1,0,0")
    expect(rows.last).to_contain_text("Palaverikäytännöt")
    shot(projector, "new-ranking-projector")
    shot(console, "new-ranking-console")
    assert errors == []

    cookies = {"Cookie": cookie_header_of(laptop)}
    html = requests.get(f"{server.url}/w/{code}/report.html", headers=cookies, timeout=30).text
    assert 'class="word-cloud"' in html and ">asiakas</text>" in html and ">kiire<" not in html
    assert "Miten uusi strategia näkyy arjessamme?" in html and "Työrauha" in html
    pdf = requests.get(f"{server.url}/w/{code}/report.pdf", headers=cookies, timeout=60).content
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    (ARTIFACTS / "new-activities-report.pdf").write_bytes(pdf)
    for wanted in ("Yhdellä sanalla", "asiakas", "Kysy johdolta", "Milloin saamme uudet tilat?", "Priorisointi", "Työrauha"):
        assert wanted in text, wanted
