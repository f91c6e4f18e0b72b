"""Carrying the actions of an earlier session over into the review step that opens the next one."""
import time

from sqlalchemy import insert

from ...domain.steps import add, move
from ..action_plan.tables import actions

# The review step's texts in both languages, as a method's are (the workshop's language is used).
TITLE = {"fi": "Katse taaksepäin: mitä sovimme viime kerralla",
         "en": "Looking back: what we agreed last time"}
PROMPT = {"fi": "Mitä sovimme viime kerralla, ja miten se on edennyt? Käydään jokainen toimenpide läpi: "
                "valmis, käynnissä, ei aloitettu vai ei jatketa. Lopuksi sovitaan seuraava tapaaminen "
                "3–6 viikon päähän.",
          "en": "What did we agree last time, and how has it gone? We go through each action: done, "
                "in progress, not started, or dropped. Finally we agree the next meeting 3–6 weeks "
                "from now."}
# Before the statuses: what went well, and what helped (a solution-focused review starts there).
WENT_WELL = {"fi": ("Mikä on mennyt hyvin?", "Mikä on mennyt hyvin viime tapaamisen jälkeen, ja mikä on auttanut?"),
             "en": ("What has gone well?", "What has gone well since our last meeting, and what has helped?")}


def carry_over(conn, workshop, earlier, label):
    """Opens the agenda with a review step holding `earlier`'s actions (a dump, see
    report/dump.py), each marked as coming from the session `label`."""
    language = workshop["language"]
    step_id, _change = add(conn, workshop["id"], activity="review", time_box_minutes=15,
                           title=TITLE[language], prompt=PROMPT[language])
    title, prompt = WENT_WELL[language]
    add(conn, workshop["id"], activity="brainstorm", time_box_minutes=10, min_minutes=5, title=title, prompt=prompt)
    move(conn, workshop["id"], step_id, 1)
    for position, action in enumerate(earlier.get("actions", [])):
        conn.execute(insert(actions).values(
            workshop_id=workshop["id"], step_id=step_id, client_id=f"carried-{position}",
            what=action["what"], who=action["who"], due=action["due"], status=action["status"],
            position=position, origin=label, created_at=time.time()))
