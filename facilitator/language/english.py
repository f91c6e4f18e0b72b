"""English words: a light lemmatiser (plural and possessive endings only, so that the base form
stays a word a reader recognises on the wall) and the common stop words."""
from functools import lru_cache

STOP = frozenset("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further get
got had has have having he her here hers herself him himself his how i if in into is it its itself
just let like lot lots me more most much must my myself no nor not now of off on once only or other
our ours ourselves out over own really same she should so some such than that the their theirs
them themselves then there these they this those through to too under until up us very was we
were what when where which while who whom why will with would you your yours yourself yourselves
maybe need needs needed better less many make made way ways thing things something want wants
etc please yes ok okay
""".split())

# Words ending in s that are not plurals, and plurals no rule gets right.
_KEEP = frozenset("""
this is was has does yes us bus plus gas news series species always sometimes perhaps various
process access success business address analysis basis crisis focus status bonus campus virus
""".split())
_IRREGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child",
              "feet": "foot", "teeth": "tooth", "mice": "mouse"}


@lru_cache(maxsize=50_000)
def analyse(token):
    """(base, parts, stop, kind) of one English token."""
    base = _lemma(token.lower().replace("’", "'"))
    return base, (base,), base in STOP or token.lower() in STOP, ""


def _lemma(word):
    if word.endswith("'s"):
        word = word[:-2]
    word = word.rstrip("'")
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word in _KEEP or len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    return word[:-1]
