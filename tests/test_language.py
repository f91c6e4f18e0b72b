"""The word analysis (facilitator/language): Finnish through Voikko, English through the light
lemmatiser, and the Snowball fallback when Voikko is missing."""
import logging
import subprocess
import sys

import pytest

from facilitator import language
from facilitator.language import finnish, words

needs_voikko = pytest.mark.skipif(not language.voikko_available(), reason="Voikko is not installed")


def bases(text, lang="fi"):
    return [w.base for w in words(text, lang)]


@needs_voikko
def test_inflected_forms_land_on_one_base_form():
    assert set(bases("asiakas asiakkaan asiakkaille asiakkaita Asiakkaalle")) == {"asiakas"}
    assert set(bases("palaveri palaverit palavereissa palaverien")) == {"palaveri"}
    assert set(bases("työajan työaikaa työajat")) == {"työaika"}


@needs_voikko
def test_a_compound_keeps_its_whole_base_form_and_names_its_parts():
    (word,) = words("asiakaspalvelussa", "fi")
    assert word.surface == "asiakaspalvelussa"
    assert word.base == "asiakaspalvelu"
    assert word.parts == ("asiakas", "palvelu")
    # A part before the last is named by its base (tiedon -> tieto), a derived one as it stands.
    assert words("tiedonkulkua", "fi")[0].parts == ("tieto", "kulku")
    assert words("kehityskeskusteluihin", "fi")[0].parts == ("kehitys", "keskustelu")
    assert words("IT-tukea", "fi")[0].parts == ("it", "tuki")
    assert words("kahvi", "fi")[0].parts == ("kahvi",)
    assert words("työhyvinvointiin", "fi")[0].parts == ("työ", "hyvinvointi")
    # A bound piece is no part of its own: viesti+n+tä is one word, not viesti + ntä.
    assert words("Viestintää", "fi")[0].parts == ("viestintä",)
    assert words("viestintäsuunnitelmaan", "fi")[0].parts == ("viestintä", "suunnitelma")


@needs_voikko
def test_the_analysis_with_fewest_compound_parts_wins():
    # Voikko reads "kuulla" as the moon (kuu) on the adessive, as kuultaa and as kuulla; all have
    # one part, so the one whose base form is the word as typed wins.
    assert bases("kuulla") == ["kuulla"]
    # Voikko also reads "palaverikäytännöt" as pala + veri + käytäntö (a piece of blood practice).
    (word,) = words("palaverikäytännöt", "fi")
    assert (word.base, word.parts) == ("palaverikäytäntö", ("palaveri", "käytäntö"))
    assert len(finnish._handle().analyze("palaverikäytännöt")) == 2
    # Every analysis Voikko offers for these is weighed; none is split further than needed.
    for text in ("vuorovaikutus", "koulutusta", "yhteistyötä"):
        raw = finnish._handle().analyze(text)
        fewest = min(finnish._count(a) for a in raw)
        assert len(words(text, "fi")[0].parts) == fewest


@needs_voikko
def test_filler_words_are_stop_words():
    flags = {w.surface: w.stop for w in words("Meidän pitäisi saada enemmän palavereja ja että kahvia", "fi")}
    assert flags == {"Meidän": True, "pitäisi": True, "saada": True, "enemmän": True, "palavereja": False,
                     "ja": True, "että": True, "kahvia": False}


def test_unknown_words_are_kept_as_typed_lowercase():
    (word,) = words("Pälaveri", "fi")
    assert (word.base, word.parts) == ("pälaveri", ("pälaveri",))


def test_english_plurals_and_possessives_share_a_base():
    assert bases("Meetings meeting's companies processes people customers'", "en") == [
        "meeting", "meeting", "company", "process", "person", "customer"]
    assert [w.stop for w in words("We need better coffee", "en")] == [True, True, True, False]


def test_tokens_keep_hyphens_and_skip_numbers_and_punctuation():
    assert [w.surface for w in words("5 x IT-tuki, etä–työ! (kahvi)", "xx")] == ["x", "IT-tuki", "etä", "työ", "kahvi"]
    assert words("", "fi") == [] and words("...", "en") == []


def test_without_voikko_finnish_falls_back_to_stems_and_says_so_once(monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "libvoikko", None)  # the binding is not installed
    monkeypatch.setattr(finnish, "_voikko", None)
    monkeypatch.setattr(finnish, "_checked", False)
    finnish.analyse.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger=finnish.__name__):
            assert not language.voikko_available()
            assert set(bases("palaverit palavereja palavereissa")) == {"palaver"}
            assert words("asiakaspalvelu", "fi")[0].parts == ("asiakaspalvelu",)
            assert words("ja", "fi")[0].stop
            language.voikko_available()
        lost = [r for r in caplog.records if "Voikko is not available" in r.getMessage()]
        assert len(lost) == 1 and "compound" in lost[0].getMessage()
    finally:
        finnish.analyse.cache_clear()


def test_words_are_frozen():
    word = words("kahvi", "fi")[0]
    with pytest.raises(AttributeError):
        word.base = "tee"


def test_the_language_package_imports_no_web_framework():
    code = ("import sys, facilitator.language as l; l.words('asiakkaat', 'fi'); "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('flask', 'flask_socketio', 'eventlet', 'flask_babel')]; "
            "print(bad); sys.exit(bool(bad))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
