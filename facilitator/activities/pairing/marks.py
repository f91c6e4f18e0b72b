"""Pair marks: each group's shape, colour and number, drawn by the app as SVG (an emoji needs a
font that many laptops and Debian's Chromium lack). The shape and the number tell groups apart
without colour. static/marks.json holds the shapes and colours for the phone, the projector and
the console (static/marks.js draws them) and for the report (here)."""
import json
from pathlib import Path

from markupsafe import Markup, escape

_MARKS = json.loads((Path(__file__).parent / "static" / "marks.json").read_text())
SHAPES = list(_MARKS["shapes"])
COLOURS = _MARKS["colours"]


def mark(number):
    """Group `number`'s shape (`symbol`) and colour: seven shapes against eight colours, so no two
    of the first 56 groups look alike."""
    return {"symbol": SHAPES[(number - 1) % len(SHAPES)], "colour": COLOURS[(number - 1) % len(COLOURS)]}


def svg(number, size=40):
    """Group `number`'s mark as inline SVG (the report's; marks.js draws the same)."""
    found = mark(number)
    shape = _MARKS["shapes"][found["symbol"]]
    return Markup(
        f'<svg class="pair-mark" width="{size}" height="{size}" viewBox="{_MARKS["viewBox"]}" aria-hidden="true">'
        f'<path d="{shape["d"]}" fill="{found["colour"]}" stroke="#0d0f12" stroke-width="4" stroke-linejoin="round"/>'
        f'<text x="50" y="{shape["y"]}" text-anchor="middle" dominant-baseline="central" font-size="38" font-weight="900" '
        f'fill="#fff" stroke="#0d0f12" stroke-width="6" paint-order="stroke" font-family="sans-serif">{escape(number)}</text></svg>')
