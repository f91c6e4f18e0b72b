"""The Markdown report holds what people wrote as text: opened in a viewer that renders HTML and
links, none of it becomes a script, an image, a link or a table of its own."""
from markdown_it import MarkdownIt

from conftest import Room, new_id
from facilitator.db import transaction
from facilitator.domain import workshops
from facilitator.report import formats
from facilitator.report.dump import dump

HOSTILE = ['<script>alert(1)</script>', '<img src=x onerror="alert(2)">', '[klikkaa](javascript:alert(3))',
           '![kuva](javascript:alert(4))', '<javascript:alert(5)>', '**lihava** | solu |', '`koodi`']


def test_no_user_text_becomes_markup(app):
    room = Room(app, language="fi", question=HOSTILE[0])
    facilitator, phone = room.facilitator(), room.phone()
    facilitator.ok("workshop.goals", {"goals": "\n".join(HOSTILE)})
    facilitator.ok("step.next")
    for text in HOSTILE:
        phone.ok("idea.submit", {"client_id": new_id(), "text": text})
    facilitator.ok("step.next")
    facilitator.ok("cluster.create", {"client_id": new_id(), "title": HOSTILE[2]})
    facilitator.ok("step.add", {"activity": "action_plan", "title": HOSTILE[1]})
    facilitator.ok("step.next")
    facilitator.ok("step.next")
    facilitator.ok("action.create", {"client_id": new_id(), "what": HOSTILE[3], "who": HOSTILE[4], "due": HOSTILE[5]})
    with app.app_context(), transaction(app.extensions["facilitator.engine"]) as conn:
        text = formats.markdown(dump(conn, workshops.by_code(conn, room.code)["id"]))
    html = MarkdownIt("commonmark", {"html": True, "linkify": False}).enable("table").render(text)
    for bad in ("<script", "<img", "href=\"javascript", "src=\"javascript", "<strong>lihava", "<code>koodi"):
        assert bad not in html, (bad, html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown, as text
    assert "[klikkaa](javascript:alert(3))" in html
    # The action's row of the action plan still has its four cells, the pipes inside as text.
    row = next(segment for segment in html.split("<tr>") if "kuva" in segment and "<td>" in segment)
    assert row.count("<td>") == 4 and "| solu |" in row
