"""The word cloud: inflected forms are one word, each person counts once per word, filler words
stay out, the layout never goes under the smallest size; the events refuse bad payloads and wrong
roles; the report carries the picture and the table."""
import json

import pytest

from conftest import Room
from facilitator import language
from facilitator.activities.word_cloud.cloud import HEIGHT, MIN_SIZE, WIDTH, layout, width
from facilitator.activities.word_cloud.result import counted
from facilitator.db import transaction
from facilitator.domain import workshops
from facilitator.report import formats
from facilitator.report.dump import dump

needs_voikko = pytest.mark.skipif(not language.voikko_available(), reason="Voikko (libvoikko1, voikko-fi) not installed")


@needs_voikko
def test_inflected_forms_are_one_word_in_its_base_form_and_each_person_counts_once():
    answers = [["asiakkaat", "Asiakkaille", "kiirettä"],   # one person, two forms of one word: counts once
               ["asiakas", "hyvää yhteishenkeä"],
               ["asiakkaan", "hyvä yhteishenki", "kiire"]]
    assert counted(answers, "fi") == [{"word": "asiakas", "count": 3}, {"word": "hyvä yhteishenki", "count": 2},
                                      {"word": "kiire", "count": 2}]


def test_filler_words_are_left_out_and_hidden_words_too():
    answers = [["ja", "vähän", "kahvia"], ["ja kahvi"], ["kahvi", "meetings"]]
    assert counted(answers, "fi") == [{"word": "kahvi", "count": 3}, {"word": "meetings", "count": 1}]
    assert counted([["customers", "the customer"], ["Customer"]], "en") == [{"word": "customer", "count": 2}]
    assert counted(answers, "fi", hidden=["kahvi"]) == [{"word": "meetings", "count": 1}]


def test_the_layout_keeps_every_word_at_32_px_or_more_shows_fewer_rather_than_tiny_and_never_overlaps():
    words = [{"word": f"sana{n:03}", "count": 300 - n} for n in range(200)]
    placed = layout(words)
    assert 10 < len(placed) < 200 and min(w["size"] for w in placed) >= MIN_SIZE == 32
    assert [w["word"] for w in sorted(placed, key=lambda w: w["word"])] == [f"sana{n:03}" for n in range(len(placed))]
    boxes = [(w["x"] - w["width"] / 2, w["y"] - w["size"] * 0.8, w["x"] + w["width"] / 2, w["y"] + w["size"] * 0.25)
             for w in placed]
    for i, a in enumerate(boxes):
        assert 0 <= a[0] and a[2] <= WIDTH and 0 <= a[1] and a[3] <= HEIGHT
        for b in boxes[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)
    assert layout(words) == placed  # deterministic
    assert layout([{"word": "asiakas", "count": 5}, {"word": "kiire", "count": 1}])[0]["size"] > 100
    assert width("mmm", 40) > width("iii", 40)


def start(room, hidden=0):
    facilitator = room.facilitator()
    facilitator.ok("agenda.clear")
    facilitator.ok("step.add", {"activity": "word_cloud", "title": "Yhdellä sanalla", "options": {"hidden": hidden}})
    facilitator.ok("step.next")
    return facilitator


def cloud_of(client, predicate):
    return client.wait_for("tally", lambda t: t.get("activity") == "word_cloud" and "words" in t and predicate(t))


@needs_voikko
def test_the_cloud_is_live_on_the_projector_and_sending_again_replaces(app):
    room = Room(app, language="fi")
    start(room)
    projector = room.projector()
    phones = [room.phone() for _ in range(3)]
    phones[0].ok("word_cloud.submit", {"words": ["kiire"]})
    phones[0].ok("word_cloud.submit", {"words": ["asiakkaat", "kiirettä"]})  # replaces: kiire still once
    phones[1].ok("word_cloud.submit", {"words": ["asiakkaille"]})
    answer = phones[2].ok("word_cloud.submit", {"words": ["Asiakas", "ja", "yhteishenki"]})
    assert answer["word_cloud"]["words"] == ["Asiakas", "ja", "yhteishenki"]
    tally = cloud_of(projector, lambda t: t["responses"] == 3)
    assert tally["revealed"] is True
    assert tally["words"] == [{"word": "asiakas", "count": 3}, {"word": "kiire", "count": 1}, {"word": "yhteishenki", "count": 1}]
    assert [w["word"] for w in tally["cloud"]][:1] and {w["word"] for w in tally["cloud"]} == {"asiakas", "kiire", "yhteishenki"}
    phones[0].ok("sync")
    assert phones[0].received("snapshot")[-1]["me"]["word_cloud"]["words"] == ["asiakkaat", "kiirettä"]


def test_a_hidden_cloud_stays_off_the_projector_until_revealed_and_a_hidden_word_leaves_it(room):
    facilitator = start(room, hidden=1)
    projector, phone = room.projector(), room.phone()
    phone.ok("word_cloud.submit", {"words": ["coffee", "rude word"]})
    progress = projector.wait_for("tally", lambda t: t.get("responses") == 1)
    assert "words" not in progress and "cloud" not in progress
    facilitator.ok("word_cloud.hide", {"word": "rude word"})
    facilitator.ok("word_cloud.hide", {"word": "rude word"})  # twice is harmless
    hidden = [c for c in facilitator.changes() if c["kind"] == "word_cloud.hidden"][-1]
    assert hidden["words"] == ["rude word"]
    assert not [c for c in projector.changes() if c["kind"] == "word_cloud.hidden"]
    facilitator.ok("results.reveal")
    tally = cloud_of(projector, lambda t: t["revealed"])
    assert [w["word"] for w in tally["words"]] == ["coffee"] and "rude" not in json.dumps(tally)
    facilitator.ok("word_cloud.show", {"word": "rude word"})
    assert [w["word"] for w in cloud_of(projector, lambda t: len(t["words"]) == 2)["words"]] == ["coffee", "rude word"]


@pytest.mark.parametrize("words, code", [
    ([], "bad_payload"), ("kahvi", "bad_payload"), (None, "bad_payload"), (["a", "b", "c", "d"], "bad_payload"),
    ([""], "empty"), (["x" * 41], "too_long"), ([5], "bad_payload"), (["a\x07"], "bad_payload"),
])
def test_bad_entries_are_refused(room, words, code):
    start(room)
    answer = room.phone().send("word_cloud.submit", {"words": words})
    assert answer["ok"] is False and answer["code"] == code and answer["message"]


def test_wrong_roles_and_steps_are_refused(room):
    facilitator = start(room)
    assert facilitator.send("word_cloud.submit", {"words": ["kahvi"]})["code"] == "forbidden"
    assert room.phone().send("word_cloud.hide", {"word": "kahvi"})["code"] == "forbidden"
    assert room.projector().send("word_cloud.show", {"word": "kahvi"})["code"] == "forbidden"
    assert facilitator.send("word_cloud.hide", {"word": 3})["code"] == "bad_payload"
    facilitator.ok("submissions.close")
    assert room.phone().send("word_cloud.submit", {"words": ["kahvi"]})["code"] == "closed"
    facilitator.ok("step.next")
    assert room.phone().send("word_cloud.submit", {"words": ["kahvi"]})["code"] == "wrong_step"


@needs_voikko
def test_the_report_shows_the_cloud_as_svg_and_a_table_and_links_nobody(app):
    room = Room(app, language="fi")
    start(room)
    for words in (["Asiakkaat", "kiire"], ["asiakkaille"], ["<b>lihava</b>"]):
        room.phone("Qarolina").ok("word_cloud.submit", {"words": words})
    with app.app_context(), transaction(app.extensions["facilitator.engine"]) as conn:
        document = dump(conn, workshops.by_code(conn, room.code)["id"])
        html, md, csv_text = formats.html(document), formats.markdown(document), formats.as_csv(document)
        exported = json.loads(formats.as_json(document))
    assert '<svg class="word-cloud"' in html and 'data-word' not in html
    assert html.count("<text ") == 3 and ">asiakas</text>" in html
    assert "<td>asiakas</td><td class=\"num\">2</td>" in html and "<b>lihava" not in html
    assert "- asiakas (2)" in md and ";Yhdellä sanalla;;asiakas;2" in csv_text
    assert exported["word_cloud_answers"][0]["words"] == ["Asiakkaat", "kiire"]
    assert "Qarolina" not in html + md + csv_text + json.dumps(exported)
