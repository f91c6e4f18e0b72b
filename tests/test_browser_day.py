"""A Finnish development day in real browsers: ground rules, from proposals to a poster.

The facilitator plans the day from the method library in the console, three phones propose rules,
the facilitator merges duplicates by dragging, the phones vote, and the wording is agreed in a
consent round that the facilitator amends once. The projector then shows the rules as a poster.
Everything goes through the real pages (Debian's chromium, Playwright) against `facilitator
serve`; screenshots go to test-artifacts/fi-ground-rules-*.png.
"""
import re

import pytest
from playwright.sync_api import expect

from server import Server
from test_browser import PHONE, cluster_column, create_workshop, drag, join, shot as browser_shot, own_window

pytestmark = pytest.mark.browser

STEP_TITLES = ["Ehdotukset pelisäännöiksi", "Päällekkäisten yhdistäminen", "Tärkeimmät säännöt",
               "Hyväksyntäkierros", "Miten pidämme säännöistä kiinni?"]
PROPOSALS = [["Kuuntelemme toisiamme", "Aloitamme kokoukset ajallaan"],
             ["Annamme toisen puhua loppuun", "Olemme ajoissa paikalla"],
             ["Sovitut asiat tehdään", "Kuunnellaan toisia"]]
MERGES = {"Kuuntelemme toisiamme": ["Kuuntelemme toisiamme", "Annamme toisen puhua loppuun", "Kuunnellaan toisia"],
          "Aloitamme ajallaan": ["Aloitamme kokoukset ajallaan", "Olemme ajoissa paikalla"]}
AMENDED = ("Kuuntelemme toisiamme ja annamme puheenvuoron loppuun\n"
           "Aloitamme ajallaan, ja jos myöhästyt, kerrot siitä etukäteen\n"
           "Sovitut asiat tehdään")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with Server(tmp_path_factory.mktemp("browser-day-data")) as running:
        yield running


def shot(page, name):
    browser_shot(page, f"fi-ground-rules-{name}")


def answer_consent(phone, value, objection=None):
    phone.get_by_test_id("consent-option").and_(phone.locator(f"[data-value='{value}']")).click()
    if objection is not None:
        phone.get_by_test_id("consent-objection").fill(objection)
        phone.get_by_test_id("consent-send").click()
    expect(phone.get_by_test_id("answer-status")).to_have_attribute("data-value", str(value), timeout=10000)


def test_finnish_ground_rules_agreed_by_consent(server, browser):
    facilitator = browser.new_context(viewport={"width": 1366, "height": 768})
    console = facilitator.new_page()
    errors = []
    console.on("pageerror", lambda error: errors.append(str(error)))
    code = create_workshop(console, server.url, language="fi", title="Kehittämispäivä")
    expect(console.locator("html")).to_have_attribute("lang", "fi")

    # Planning: the default agenda out, the ground rules in from the library.
    console.get_by_test_id("clear-agenda").click()
    console.get_by_test_id("clear-agenda-confirm").click()
    expect(console.get_by_test_id("step")).to_have_count(0)
    library = console.get_by_test_id("library")
    expect(library).to_be_visible()
    library.locator("[data-testid=theme-filter][data-theme=ground_rules]").click()
    method = library.get_by_test_id("method").filter(
        has=console.get_by_test_id("method-title").get_by_text("Pelisäännöt", exact=True))
    expect(method).to_have_attribute("data-method-id", "ground_rules")
    method.get_by_test_id("method-add").click()
    block = console.get_by_test_id("agenda-block")
    expect(block).to_have_count(1)
    expect(block.get_by_test_id("block-title")).to_have_text("Pelisäännöt")
    expect(block.get_by_test_id("step-title")).to_have_text(STEP_TITLES)
    expect(console.get_by_test_id("day-time")).to_have_attribute("data-planned", "59")
    console.get_by_test_id("goals-input").fill("Sovimme pelisäännöt, joihin jokainen voi sitoutua.")
    console.get_by_test_id("goals-save").click()
    expect(console.get_by_test_id("goals-summary")).to_contain_text("(1)")
    console.evaluate("window.scrollTo(0, 0)")
    shot(console, "console-plan")

    projector = own_window(facilitator, f"{server.url}/w/{code}/screen")
    expect(projector.locator("html")).to_have_attribute("lang", "fi")
    phones = []
    for name in ["Aino", "Eero", "Helmi"]:
        phone = browser.new_context(**PHONE).new_page()
        join(phone, f"{server.url}/{code}", name)
        phones.append(phone)
    expect(projector.get_by_test_id("participant-count")).to_have_text("3", timeout=10000)

    # Proposals from the phones.
    console.bring_to_front()
    console.get_by_test_id("next-step").click()
    expect(console.get_by_test_id("current-step-title")).to_have_text(STEP_TITLES[0])
    expect(console.get_by_test_id("library")).to_be_hidden()  # a drawer during the day, closed
    expect(phones[0].get_by_test_id("step-title")).to_have_text(STEP_TITLES[0])
    for phone, texts in zip(phones, PROPOSALS):
        for text in texts:
            phone.get_by_test_id("idea-input").fill(text)
            phone.get_by_test_id("idea-send").click()
            expect(phone.get_by_test_id("idea-input")).to_have_value("")
    expect(console.get_by_test_id("idea")).to_have_count(6, timeout=10000)
    shot(phones[2], "phone-proposals")

    # The facilitator merges the duplicates by dragging them into clusters.
    console.get_by_test_id("next-step").click()
    expect(console.get_by_test_id("current-step-title")).to_have_text(STEP_TITLES[1])
    for title in MERGES:
        console.get_by_test_id("new-cluster-input").fill(title)
        console.get_by_test_id("new-cluster-submit").click()
    expect(console.get_by_test_id("cluster")).to_have_count(2)
    for cluster, texts in MERGES.items():
        for text in texts:
            card = console.get_by_test_id("idea").filter(has_text=re.compile(f"^{text}")).locator(".card__text")
            target = cluster_column(console, cluster).get_by_test_id("idea-list")
            drag(console, card, target)
            expect(target.get_by_test_id("idea").filter(has_text=text)).to_have_count(1, timeout=5000)
    expect(console.get_by_test_id("unsorted-count")).to_have_text("1")
    expect(projector.get_by_test_id("wall-cluster")).to_have_count(2, timeout=10000)
    shot(console, "console-merged")

    # The vote: five dots each, at most two on one rule.
    console.get_by_test_id("next-step").click()
    expect(console.get_by_test_id("current-step-title")).to_have_text(STEP_TITLES[2])
    for phone in phones:
        for title, dots in [("Kuuntelemme toisiamme", 2), ("Aloitamme ajallaan", 2), ("Sovitut asiat tehdään", 1)]:
            target = phone.get_by_test_id("vote-target").filter(has_text=title)
            for _ in range(dots):
                target.get_by_test_id("vote-add").click()
            expect(target).to_have_attribute("data-my-dots", str(dots))
        expect(phone.get_by_test_id("vote-budget")).to_have_attribute("data-left", "0")
    expect(console.get_by_test_id("tally")).to_have_attribute("data-dots-spent", "15", timeout=10000)

    # Consent, round 1: the top rules are the proposal; one phone cannot live with it.
    console.get_by_test_id("next-step").click()
    panel = console.get_by_test_id("consent-panel")
    expect(console.get_by_test_id("current-step-title")).to_have_text(STEP_TITLES[3])
    expect(panel).to_have_attribute("data-round", "1")
    proposal = panel.get_by_test_id("consent-proposal")
    for rule in ["Kuuntelemme toisiamme", "Aloitamme ajallaan", "Sovitut asiat tehdään"]:
        expect(proposal).to_contain_text(rule)
    expect(phones[0].get_by_test_id("consent-proposal-card")).to_contain_text("Aloitamme ajallaan")
    answer_consent(phones[0], 4)
    answer_consent(phones[1], 1, objection="Ajallaan aloittaminen ei aina onnistu, kun asiakas soittaa.")
    answer_consent(phones[2], 5)
    expect(panel.get_by_test_id("consent-responses")).to_have_attribute("data-count", "3", timeout=10000)
    expect(panel.get_by_test_id("consent-blocks")).to_have_attribute("data-count", "1")
    expect(panel.get_by_test_id("consent-objection")).to_have_text(["Ajallaan aloittaminen ei aina onnistu, kun asiakas soittaa."])
    shot(console, "console-consent-round-1")
    shot(phones[1], "phone-objection")

    # The facilitator amends the wording: round 2, and everyone can live with it.
    amend = panel.get_by_test_id("consent-amend-input")
    expect(amend).to_have_value(re.compile("Kuuntelemme toisiamme"))
    amend.fill(AMENDED)
    panel.get_by_test_id("consent-amend").click()
    expect(panel).to_have_attribute("data-round", "2")
    expect(panel.get_by_test_id("consent-proposal")).to_contain_text("kerrot siitä etukäteen")
    expect(panel.locator("[data-testid=consent-round][data-round='1']")).to_have_attribute("data-outcome", "amended")
    for phone in phones:
        expect(phone.get_by_test_id("consent-proposal-card")).to_contain_text("kerrot siitä etukäteen", timeout=10000)
        answer_consent(phone, 5)
    expect(panel.get_by_test_id("consent-responses")).to_have_attribute("data-count", "3", timeout=10000)
    expect(panel.get_by_test_id("consent-blocks")).to_have_attribute("data-count", "0")
    panel.get_by_test_id("consent-agreed").click()
    expect(panel.get_by_test_id("consent-outcome")).to_have_attribute("data-outcome", "agreed")

    # The projector shows the agreed rules as a poster.
    poster = projector.get_by_test_id("consent-poster")
    expect(poster).to_be_visible(timeout=10000)
    expect(poster.get_by_test_id("poster-rule")).to_have_count(3)
    expect(poster.get_by_test_id("poster-rule").nth(1)).to_contain_text("kerrot siitä etukäteen")
    expect(console.locator("[data-testid=step][data-activity=consent]").get_by_test_id("step-time")).to_contain_text("20 min")
    shot(console, "console-agreed")
    shot(phones[0], "phone-agreed")
    projector.bring_to_front()
    shot(projector, "projector-poster")
    assert errors == []
