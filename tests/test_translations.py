"""Finnish is first-class: every interface text has a Finnish translation, compiled and current."""
import ast
import io
from pathlib import Path

from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "facilitator" / "translations" / "fi" / "LC_MESSAGES"
# As scripts/translations extracts: web/strings.py's plural() gives the scripts both forms.
KEYWORDS = {**DEFAULT_KEYWORDS, "plural": (1, 2)}


def source_messages():
    """Every text scripts/translations would extract, by the same babel.cfg."""
    with open(ROOT / "babel.cfg") as config:
        methods, options = parse_mapping_cfg(config)
    return {message if isinstance(message, str) else message[0] for message in extracted(methods, options)}


def extracted(methods=None, options=None):
    if methods is None:
        with open(ROOT / "babel.cfg") as config:
            methods, options = parse_mapping_cfg(config)
    return [message for _file, _line, message, _comments, _context
            in extract_from_dir(ROOT / "facilitator", methods, options, keywords=KEYWORDS)]


def test_every_text_in_the_code_has_a_finnish_translation():
    with open(CATALOG / "messages.po", "rb") as handle:
        catalog = read_po(handle)
    translated = {m.id if isinstance(m.id, str) else m.id[0]: m for m in catalog if m.id}
    missing = sorted(source_messages() - set(translated))
    assert missing == [], "run scripts/translations and translate: " + repr(missing[:10])
    empty = sorted(i for i, m in translated.items() if not m.string or not all(_plain(m.string)) or m.fuzzy)
    assert empty == [], "untranslated or fuzzy: " + repr(empty[:10])


def test_a_text_inside_an_f_string_is_extracted_too():
    """Babel reads an f-string as one string and does not see the calls inside it: such a text
    must also be written where the extraction finds it, or scripts/translations drops its
    translation from the catalog."""
    found = source_messages()
    hidden = set()
    for path in (ROOT / "facilitator").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id in KEYWORDS
                        and call.args and isinstance(call.args[0], ast.Constant)):
                    hidden.add((path.relative_to(ROOT).as_posix(), call.args[0].value))
    assert sorted(where for where in hidden if where[1] not in found) == []


def _plain(value):
    """Plural entries come as lists or tuples of forms; a hashable, comparable form of either."""
    return value if isinstance(value, str) else tuple(value)


def test_compiled_catalog_matches_the_po_file():
    with open(CATALOG / "messages.po", "rb") as handle:
        po = {_plain(m.id): _plain(m.string) for m in read_po(handle) if m.id}
    with open(CATALOG / "messages.mo", "rb") as handle:
        mo = {_plain(m.id): _plain(m.string) for m in read_mo(io.BufferedReader(handle)) if m.id}
    assert mo == po, "run scripts/translations to compile the catalog"


def test_every_plural_has_its_forms_in_finnish():
    """A text used with a number is a plural everywhere (ngettext in Python and templates,
    plural() for the scripts), and the catalog gives both Finnish forms, each with the number."""
    with open(CATALOG / "messages.po", "rb") as handle:
        catalog = read_po(handle)
    assert catalog.num_plurals == 2 and catalog.plural_expr == "(n != 1)"
    by_id = {m.id if isinstance(m.id, str) else m.id[0]: m for m in catalog if m.id}
    plurals = {m[0]: m for m in extracted() if not isinstance(m, str)}
    assert {"{count} person", "{value} finger: {label}", "%(num)s dot"} <= set(plurals)
    for singular, message in plurals.items():
        entry = by_id[singular]
        assert isinstance(entry.id, (list, tuple)), f"{singular!r} is a plural in the code, not in the catalog"
        assert tuple(entry.id) == tuple(message[:2]), singular
        forms = list(entry.string)
        assert len(forms) == 2 and all(forms), f"{singular!r} lacks a Finnish form"
        for source, form in zip(entry.id, forms):
            for placeholder in ("%(num)s", "{count}", "{value}", "{dots}"):
                assert (placeholder in source) == (placeholder in form), (singular, form)


def test_the_scripts_get_both_forms_from_the_same_catalog(app):
    """The boot data carries [one, others] for a plural key, in the page's language."""
    from flask_babel import force_locale
    from facilitator.web.activities import strings
    from facilitator.web.strings import js_strings
    with app.test_request_context(), force_locale("fi"):
        console = {**js_strings("console"), **strings("facilitator")}
        phone = strings("participant")
    assert console["block_steps"] == ["{count} vaihe", "{count} vaihetta"]
    assert console["pairs_people"] == ["{count} henkilö", "{count} henkilöä"]
    assert phone["fingers_label"] == ["{value} sormi: {label}", "{value} sormea: {label}"]
    with app.test_request_context(), force_locale("en"):
        assert strings("facilitator")["pairs_people"] == ["{count} person", "{count} people"]


def test_a_plural_string_is_looked_up_with_its_count():
    """A key the server hands over in both forms (plural() in a strings module) must be read with
    tn(key, n), never t(key): t() would get the pair of forms and the page would stop drawing."""
    import re
    plural_keys = set()
    for module in (ROOT / "facilitator").rglob("strings.py"):
        plural_keys |= set(re.findall(r'"([a-z_]+)": plural\(', module.read_text()))
    assert plural_keys
    misused = []
    for script in (ROOT / "facilitator").rglob("*.js"):
        if {"build", "vendor"} & set(script.parts):
            continue
        for key in re.findall(r'(?<![\w.])t\("([a-z_]+)"', script.read_text()):
            if key in plural_keys:
                misused.append(f"{script.relative_to(ROOT)}: {key}")
    assert misused == []
