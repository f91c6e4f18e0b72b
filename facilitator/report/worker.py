"""Reports rendered in a process of their own, so that a large PDF never stalls the room.

The server runs `python -m facilitator.report.worker WORKSHOP_ID FORMAT`, with the database's URL
in the environment (not on the command line, where any local user could read its password), and
reads the file from its standard output: the worker reads the workshop from the database itself (a dump of
thousands of ideas is CPU work too), renders it and exits. Under eventlet the server's wait for
the child is cooperative (subprocess is monkey-patched), so every phone keeps being served.
"""
import os
import subprocess
import sys

from .. import activities
from ..db import transaction


class RenderError(Exception):
    pass


def render(database_url, workshop_id, extension, min_answers=5, timeout=600):
    """The report's bytes, made by a worker process (which withholds a step's results below
    `min_answers` answers, as the server does)."""
    result = subprocess.run([sys.executable, "-m", "facilitator.report.worker", str(workshop_id), extension],
                            capture_output=True, timeout=timeout,
                            env={**os.environ, "FACILITATOR_REPORT_DATABASE": database_url,
                                 "FACILITATOR_MIN_ANSWERS_SHOWN": str(min_answers)})
    if result.returncode != 0:
        raise RenderError(result.stderr.decode(errors="replace")[-2000:])
    return result.stdout


def main(argv):
    workshop_id, extension = argv
    url = os.environ["FACILITATOR_REPORT_DATABASE"]
    # The room comes first: on a laptop's two cores the server's process gets the CPU it needs.
    os.nice(10)
    from sqlalchemy import create_engine

    from ..app import pages_app
    from ..db import engine_url
    from .dump import dump
    from .formats import WRITERS
    from .runsheet import WRITERS as SHEETS
    activities.load()  # the types' tables, for the dump
    engine = create_engine(engine_url(url))
    app = pages_app({"MIN_ANSWERS_SHOWN": int(os.environ["FACILITATOR_MIN_ANSWERS_SHOWN"])})
    with app.app_context(), transaction(engine) as conn:
        body = {**WRITERS, **SHEETS}[extension](dump(conn, int(workshop_id)))
    sys.stdout.buffer.write(body if isinstance(body, bytes) else body.encode())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
