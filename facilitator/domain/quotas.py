"""How much one room may hold: limits no honest day reaches, so that a flood cannot fill the
database or the wall. The app builds them from its settings (app.py) and hands them in."""
from dataclasses import dataclass

from .errors import require


@dataclass(frozen=True)
class Quotas:
    ideas_per_participant: int = 50   # in one step
    ideas_per_step: int = 2000
    participants: int = 5000          # per workshop


DEFAULT = Quotas()


def check(count, limit, what):
    """Refuses with `quota` (naming what is full and its limit) once `count` has reached `limit`."""
    require(count < limit, "quota", what=what, limit=limit)
