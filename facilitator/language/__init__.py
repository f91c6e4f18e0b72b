"""Word analysis for the room's own words: what a text's words are, in their base forms.

Pure (no Flask): the suggested themes of clustering and the word cloud read ideas through it.
Finnish goes through Voikko (libvoikko with the voikko-fi dictionary) so that *asiakkaan* and
*asiakkaille* are one word, *asiakas*, and *asiakaspalvelu* is known to be *asiakas* + *palvelu*.
English goes through a light rule-based lemmatiser (plural and possessive endings), which keeps
the base form readable on the wall. Any other language is lowercased as typed.

Without Voikko Finnish falls back to the Snowball stemmer (finnish.py logs once what is lost).
"""
import re
from dataclasses import dataclass

from . import english, finnish


@dataclass(frozen=True)
class Word:
    surface: str       # as typed
    base: str          # lowercase base form (without Voikko, for Finnish: a stem)
    parts: tuple       # base forms of a compound's parts; one element if not a compound
    stop: bool         # a filler or stop word in that language
    # The word class where the analysis knows it ("noun", "name", "verb", "adjective",
    # "adverb", "other"), else "" (English, a word Voikko does not know, the fallback).
    kind: str = ""


# Letters (any script) joined by an inner hyphen or apostrophe: "IT-tuki", "customer's".
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def words(text: str, lang: str) -> list[Word]:
    """The words of `text` in order, each analysed in `lang` ("fi", "en"; "fi-FI" works too)."""
    analyse = _analyser(lang)
    return [Word(token, *analyse(token)) for token in _TOKEN.findall(text)]


def voikko_available() -> bool:
    return finnish.voikko_available()


def _analyser(lang):
    code = (lang or "").split("-")[0].split("_")[0].lower()
    if code == "fi":
        return finnish.analyse
    if code == "en":
        return english.analyse
    return _as_typed


def _as_typed(token):
    base = token.lower()
    return base, (base,), False, ""
