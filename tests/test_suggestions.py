"""Suggested themes (facilitator/activities/cluster/suggestions.py) on a small Finnish set: the
right groups come out, each with its shared words and a title; a note like no other stays out."""
import pytest

from facilitator import language
from facilitator.activities.cluster.suggestions import suggest

pytestmark = pytest.mark.skipif(not language.voikko_available(), reason="Voikko is not installed")

IDEAS = {
    # asiakas in four forms, and inside a compound
    1: "Asiakkaille nopeampi vastaus",
    2: "Asiakaspalvelun jonot lyhyemmiksi",
    3: "Asiakkaan palaute kuuluviin",
    4: "asiakkaiden ohjaus heti oikein",
    # palaveri: plural, inflected, inside compounds, and a typo Voikko cannot read
    5: "Palaverit venyvät aina",
    6: "Viikkopalaveriin esityslista etukäteen",
    7: "palaveirt lyhyemmiksi",
    8: "Tiimipalavereissa liikaa asiaa",
    # etätyö and its compounds
    9: "Etätyöpäiviä enemmän",
    10: "Etätyö mahdolliseksi kaikille",
    11: "etätyöohjeet selkeiksi",
    # perehdytys: derived and inflected forms
    12: "Perehdytykseen tarkistuslista",
    13: "Perehdytys uusille kunnolla",
    14: "perehdytyksen kansio ajan tasalle",
    # fits nowhere
    15: "Sisäilma on huono",
    16: "Pikkujoulut takaisin",
}


def test_the_right_groups_come_out_and_loners_stay_unsorted():
    result = suggest(list(IDEAS.items()), "fi")
    groups = {frozenset(t["idea_ids"]) for t in result["themes"]}
    assert groups == {frozenset({1, 2, 3, 4}), frozenset({5, 6, 7, 8}), frozenset({9, 10, 11}),
                      frozenset({12, 13, 14})}
    titles = {frozenset(t["idea_ids"]): t["title"] for t in result["themes"]}
    assert titles[frozenset({1, 2, 3, 4})] == "Asiakas"
    assert titles[frozenset({5, 6, 7, 8})] == "Palaveri"
    assert titles[frozenset({9, 10, 11})] == "Etätyö"
    assert titles[frozenset({12, 13, 14})] == "Perehdytys"


def test_a_theme_names_the_words_its_ideas_share_as_typed():
    themes = {t["title"]: t for t in suggest(list(IDEAS.items()), "fi")["themes"]}
    assert {"Asiakkaille", "Asiakaspalvelun", "Asiakkaan", "asiakkaiden"} <= set(themes["Asiakas"]["words"])
    assert {"Palaverit", "Viikkopalaveriin", "Tiimipalavereissa"} <= set(themes["Palaveri"]["words"])
    assert "enemmän" not in themes["Etätyö"]["words"]  # filler is never highlighted


def test_near_duplicates_are_offered_as_a_merge():
    ideas = list(IDEAS.items()) + [(17, "Palaverit venyvät aina!")]
    merges = suggest(ideas, "fi")["merges"]
    assert merges[0]["idea_ids"] == [5, 17]
    assert all(set(m["idea_ids"]) != {1, 2} for m in merges)


def test_a_dismissed_theme_is_not_offered_again():
    themes = suggest(list(IDEAS.items()), "fi", dismissed=[{9, 10, 11}])["themes"]
    assert frozenset({9, 10, 11}) not in {frozenset(t["idea_ids"]) for t in themes}
    assert len(themes) == 3


def test_english_ideas_group_through_the_stemmer():
    ideas = [(1, "Shorter meetings"), (2, "Meeting agenda in advance"), (3, "Too many meetings"),
             (4, "Customer feedback heard"), (5, "Faster answers to customers"), (6, "Better coffee")]
    groups = {frozenset(t["idea_ids"]) for t in suggest(ideas, "en")["themes"]}
    assert groups == {frozenset({1, 2, 3}), frozenset({4, 5})}


def test_no_ideas_no_suggestions():
    assert suggest([], "fi") == {"themes": [], "merges": []}
