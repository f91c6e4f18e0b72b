"""Answers that arrive together share one durable commit; a failing one fails alone."""
import threading
import time

import pytest
from sqlalchemy import event, insert, select

from facilitator.db import make_engine, participants, workshops
from facilitator.domain.errors import DomainError
from facilitator.live.group_commit import GroupCommit


@pytest.fixture
def engine(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path}/g.db")
    with engine.begin() as conn:
        conn.execute(insert(workshops).values(id=1, code="ACDEFG", secret="s", title="t", created_at=0))
    return engine


def storm(engine, bug_at=None):
    """Forty answers at once; every tenth is refused; `bug_at` fails after writing."""
    lock = threading.Lock()
    group = GroupCommit(engine, lambda _id: lock, lambda: time.sleep(0.05), refusals=(DomainError,))
    results, errors = {}, {}

    def answer(number):
        def work(conn, shared):
            if number % 10 == 3:
                raise DomainError("over_budget")  # a refusal: checked before writing
            conn.execute(insert(participants).values(workshop_id=1, token=f"t{number}", joined_at=number))
            if number == bug_at:
                raise RuntimeError("a bug, after writing: the batch is rolled back and rerun alone")
            return number
        try:
            results[number] = group.run(1, work)
        except DomainError as error:
            errors[number] = error.code
        except RuntimeError:
            errors[number] = "bug"

    threads = [threading.Thread(target=answer, args=(n,)) for n in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    with engine.connect() as conn:
        stored = sorted(conn.execute(select(participants.c.joined_at)).scalars())
    return results, errors, stored


def test_answers_arriving_together_share_commits(engine):
    commits = []
    event.listen(engine, "commit", lambda conn: commits.append(1))
    results, errors, stored = storm(engine)
    assert errors == {3: "over_budget", 13: "over_budget", 23: "over_budget", 33: "over_budget"}
    assert stored == sorted(results) == sorted(set(range(40)) - set(errors))
    assert len(commits) < 10, f"{len(commits)} commits for 40 answers"


def test_a_failing_answer_fails_alone_and_leaves_nothing(engine):
    results, errors, stored = storm(engine, bug_at=17)
    assert errors == {3: "over_budget", 13: "over_budget", 17: "bug", 23: "over_budget", 33: "over_budget"}
    assert stored == sorted(results) == sorted(set(range(40)) - set(errors))  # 17's write rolled back


def test_a_lone_answer_is_committed_at_once(engine):
    group = GroupCommit(engine, lambda _id: threading.Lock(), lambda: None)
    assert group.run(1, lambda conn, shared: "done") == "done"
