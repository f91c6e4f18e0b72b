"""A committed change, as the clients of each audience should hear of it."""
from dataclasses import dataclass

from sqlalchemy import update

from ..db import workshops

AUDIENCES = ("facilitator", "projector", "participant")


@dataclass
class Change:
    rev: int
    kind: str
    data: dict
    # Where the facilitator hears something else (a hidden idea stays on the console), its
    # kind and data; None means the same as everybody.
    facilitator_kind: str | None = None
    facilitator_data: dict | None = None

    def message(self, audience):
        if audience == "facilitator" and self.facilitator_kind:
            return {"rev": self.rev, "kind": self.facilitator_kind, **self.facilitator_data}
        return {"rev": self.rev, "kind": self.kind, **self.data}

    @property
    def same_for_all(self):
        return self.facilitator_kind is None


def bump(conn, workshop_id, kind, data, **audience_variant):
    """Counts one more change of the workshop and returns it."""
    rev = conn.execute(
        update(workshops).where(workshops.c.id == workshop_id)
        .values(revision=workshops.c.revision + 1).returning(workshops.c.revision)
    ).scalar_one()
    return Change(rev, kind, data, **audience_variant)
