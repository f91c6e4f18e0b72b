"""The projector: the facilitator's second window, with the QR code and the live wall."""
import io
from urllib.parse import urlsplit

import qrcode
import qrcode.image.svg
from flask import Blueprint, Response, g, render_template

from .common import boot, join_url, load_workshop, public_workshop, require_facilitator

blueprint = Blueprint("projector", __name__)


def qr_svg(text):
    """An SVG QR code that scales to its box (no fixed size), for the projector and print."""
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=2,
                       image_factory=qrcode.image.svg.SvgPathImage)
    qr.add_data(text)
    qr.make(fit=True)
    buffer = io.BytesIO()
    qr.make_image().save(buffer)
    svg = buffer.getvalue().decode()
    return svg[svg.index("<svg"):]


@blueprint.get("/w/<code>/screen")
def screen(code):
    workshop = load_workshop(code)
    require_facilitator(workshop)
    url = join_url(workshop["code"])
    return render_template("projector/screen.html", workshop=public_workshop(workshop),
                           boot=boot(workshop, "projector"), join_url=url,
                           short_url=urlsplit(url).netloc, qr_svg=qr_svg(url), language=g.language)


@blueprint.get("/w/<code>/qr.svg")
def qr(code):
    workshop = load_workshop(code)
    return Response(qr_svg(join_url(workshop["code"])), mimetype="image/svg+xml")
