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
    """(base, parts, stop) of one Finnish token."""
    voikko = _handle()
    if voikko is None:
        return _fallback(token)
    with _lock:  # one Voikko handle is not safe to share between threads
        analyses = voikko.analyze(token)
    if not analyses:  # unknown to the dictionary: a typo, slang, a name, a loanword
        base = token.lower()
        return base, (base,), base in STOP
    typed = token.lower()
    best = min(enumerate(analyses),
               key=lambda pair: (len(_parts(pair[1])), pair[1].get("BASEFORM", "").lower() != typed, pair[0]))[1]
    base = best.get("BASEFORM", token).lower()
    parts = _parts(best) or (base,)
    stop = base in STOP or best.get("CLASS") in _STOP_CLASSES
    return base, parts, stop


def _parts(analysis):
    """The base forms of the compound parts in one analysis, e.g. ("asiakas", "palvelu").

    WORDBASES reads "+asiakas(asiakas)+palvel(palvella)+u(+u)": a segment whose base begins
    with "+" is a derivational ending of the segment before it, "-" is a hyphen. A part before
    the last is named by its own base (tiedon -> tieto) unless it is derived (kehitys stays);
    the last part is the rest of the whole word's base form (it carries the inflection)."""
    segments = []  # [surface, base, derived]
    for surface, base in _SEGMENT.findall(analysis.get("WORDBASES", "")):
        if surface == "-":
            continue
        if base.startswith("+") and segments:
            segments[-1][0] += surface
            segments[-1][2] = True
        else:
            segments.append([surface, base.replace("=", "") or surface, False])
    if not segments:
        return ()
    whole = analysis.get("BASEFORM", "").lower()
    parts = [(surface if derived else base).lower() for surface, base, derived in segments[:-1]]
    prefix = "".join(surface for surface, _, _ in segments[:-1]).lower()
    head = whole.replace("-", "")
    if not prefix:
        return (whole,)
    last = head[len(prefix):] if head.startswith(prefix) else segments[-1][1].lower()
    return tuple(parts + [last or whole])


def _fallback(token):
    global _stemmer
    if _stemmer is None:
        _stemmer = snowballstemmer.stemmer("finnish")
    base = _stemmer.stemWord(token.lower())
    return base, (base,), token.lower() in STOP or base in STOP
