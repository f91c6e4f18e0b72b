"""Finnish words through Voikko: base forms and compound parts.

A word can have several analyses (*kuulla*: the verb, or the moon on the adessive); the one
with the fewest compound parts wins, since a split that is not needed is nearly always a
misreading. Among those, the one whose base form is the word as typed wins, then Voikko's order.

Without Voikko (not installed, or no Finnish dictionary) the Snowball stemmer stands in: it
merges most inflected forms into a stem, but does not split compounds, does not reach the base
form of stem-changing words (*asiakas* and *asiakkaan* stay apart) and its stems are not
always words. That is logged once.
"""
import logging
import re
import threading
from functools import lru_cache

import snowballstemmer

log = logging.getLogger(__name__)

# Filler in ideas and answers, by base form: the words that say nothing of the subject.
STOP = frozenset("""
olla ei ja tai sekä että kuin mutta vaan jos kun koska niin myös vain vielä jo nyt aina usein
paljon vähän enemmän enempi vähemmän lisä lisätä liian hyvin kovin tosi todella aika ihan jopa
se ne tämä nämä tuo nuo joka mikä kuka jokin joku mikään kukaan kaikki mitään muu moni
minä sinä hän me te he itse oma
voida pitää tulla saada täytyä tarvita pystyä alkaa
esim eli jne yms mm kanssa ilman kautta mukaan
""".split())
# Word classes that are filler as a whole: conjunctions, pronouns, the negative verb,
# adpositions, numerals and interjections.
_STOP_CLASSES = frozenset({"sidesana", "asemosana", "kieltosana", "suhdesana", "lukusana",
                           "huudahdussana"})

# "+surface(base)" or "+surface"; a base may itself begin with "+" (a derivational ending).
_SEGMENT = re.compile(r"\+([^+(]*)(?:\(([^)]*)\))?")
# Voikko's word classes, by the names facilitator.language.Word uses.
_KINDS = {"nimisana": "noun", "laatusana": "adjective", "nimisana_laatusana": "adjective",
          "teonsana": "verb", "seikkasana": "adverb", "etunimi": "name", "sukunimi": "name",
          "paikannimi": "name", "nimi": "name"}

_lock = threading.Lock()
_voikko = None
_checked = False
_stemmer = None


def voikko_available():
    return _handle() is not None


def _handle():
    """The Voikko handle, opened once; None (and one log line) if Voikko cannot be used."""
    global _voikko, _checked
    if _checked:
        return _voikko
    with _lock:
        if not _checked:
            try:
                import libvoikko
                _voikko = libvoikko.Voikko("fi")
            except Exception as error:  # the binding, the C library or the dictionary is missing
                log.warning(
                    "Voikko is not available (%s): Finnish words are stemmed by Snowball instead, "
                    "so compound words are not split into their parts, stem-changing forms such as "
                    "asiakas/asiakkaan stay apart, and the word cloud shows stems, not base forms. "
                    "Install libvoikko1 and voikko-fi (Debian) and libvoikko (PyPI).", error)
            _checked = True
    return _voikko


@lru_cache(maxsize=50_000)
def analyse(token):
    """(base, parts, stop, kind) of one Finnish token."""
    voikko = _handle()
    if voikko is None:
        return _fallback(token)
    with _lock:  # one Voikko handle is not safe to share between threads
        analyses = voikko.analyze(token)
    if not analyses:  # unknown to the dictionary: a typo, slang, a name, a loanword
        base = token.lower()
        return base, (base,), base in STOP, ""
    typed = token.lower()
    best = min(enumerate(analyses),
               key=lambda pair: (_count(pair[1]), pair[1].get("BASEFORM", "").lower() != typed, pair[0]))[1]
    base = best.get("BASEFORM", token).lower()
    parts = _parts(best)
    stop = base in STOP or best.get("CLASS") in _STOP_CLASSES
    return base, parts, stop, _KINDS.get(best.get("CLASS"), "other")


def _count(analysis):
    """How many compound parts Voikko sees in the analysis (a "=" begins each)."""
    return max(1, analysis.get("STRUCTURE", "").count("="))


def _parts(analysis):
    """The base forms of the compound parts in one analysis, e.g. ("asiakas", "palvelu").

    STRUCTURE says where the parts begin ("=ppppppp=ppppppp": a "=" before each part, one
    letter a character of the word as typed). WORDBASES names the pieces: "+asiakas(asiakas)
    +palvel(palvella)+u(+u)", where a base beginning with "+" is a derivational ending and a
    piece without a base is a bound one (viesti+n+tä is one part, *viestintä*). A part before
    the last is named by its own base (tiedon -> tieto) unless it is built of several pieces
    (kehitys stays); the last part is the rest of the whole word's base form."""
    whole = analysis.get("BASEFORM", "").lower()
    lengths = [len(run) for run in analysis.get("STRUCTURE", "").split("=")[1:]]
    if len(lengths) <= 1:
        return (whole,)
    starts, position = set(), 0
    for length in lengths[:-1]:
        position += length
        starts.add(position)
    parts, position = [], 0  # [surface, base, pieces]
    for surface, base in _SEGMENT.findall(analysis.get("WORDBASES", "")):
        if not parts or (position in starts and surface != "-"):
            parts.append(["", base.replace("=", ""), 0])
        position += len(surface)
        if surface != "-":
            parts[-1][0] += surface
            parts[-1][2] += 1
    if len(parts) < 2:  # one piece spans the word (työ+hyvin+vointi can be +työ+hyvinvointi)
        return (whole,)
    names = [(surface if pieces > 1 or not base else base).lower() for surface, base, pieces in parts[:-1]]
    prefix = "".join(surface for surface, _, _ in parts[:-1]).lower()
    head = whole.replace("-", "")
    last = head[len(prefix):] if head.startswith(prefix) else parts[-1][1].lower()
    return tuple(names + [last or whole])


def _fallback(token):
    global _stemmer
    if _stemmer is None:
        _stemmer = snowballstemmer.stemmer("finnish")
    base = _stemmer.stemWord(token.lower())
    return base, (base,), token.lower() in STOP or base in STOP, ""
