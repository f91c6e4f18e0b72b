"""Finnish is first-class: every interface text has a Finnish translation, compiled and current."""
import io
from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "facilitator" / "translations" / "fi" / "LC_MESSAGES"


def source_messages():
    """Every text scripts/translations would extract, by the same babel.cfg."""
    with open(ROOT / "babel.cfg") as config:
        methods, options = parse_mapping_cfg(config)
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(ROOT / "facilitator", methods, options):
        found.add(message if isinstance(message, str) else message[0])
    return found


def test_every_text_in_the_code_has_a_finnish_translation():
    with open(CATALOG / "messages.po", "rb") as handle:
        catalog = read_po(handle)
    translated = {m.id if isinstance(m.id, str) else m.id[0]: m for m in catalog if m.id}
    missing = sorted(source_messages() - set(translated))
    assert missing == [], "run scripts/translations and translate: " + repr(missing[:10])
    empty = sorted(i for i, m in translated.items() if not m.string or not all(_plain(m.string)) or m.fuzzy)
    assert empty == [], "untranslated or fuzzy: " + repr(empty[:10])


def _plain(value):
    """Plural entries come as lists or tuples of forms; a hashable, comparable form of either."""
    return value if isinstance(value, str) else tuple(value)


def test_compiled_catalog_matches_the_po_file():
    with open(CATALOG / "messages.po", "rb") as handle:
        po = {_plain(m.id): _plain(m.string) for m in read_po(handle) if m.id}
    with open(CATALOG / "messages.mo", "rb") as handle:
        mo = {_plain(m.id): _plain(m.string) for m in read_mo(io.BufferedReader(handle)) if m.id}
    assert mo == po, "run scripts/translations to compile the catalog"
