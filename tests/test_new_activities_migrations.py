"""The word cloud's, the questions' and the ranking's migrations: a database made before these
types existed gains their tables on the next start (after a backup), exactly as the tables are
declared."""
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from facilitator.db import make_engine, metadata

TABLES = {"word_cloud_answers", "word_cloud_hidden", "questions", "question_votes", "ranking_options", "ranking_places"}
REVISIONS = {"word_cloud_0001", "questions_0002", "ranking_0002"}  # each branch's head


def test_an_older_database_gains_the_new_tables_by_their_migrations(tmp_path):
    url = f"sqlite:///{tmp_path}/facilitator.db"
    engine = make_engine(url)
    with engine.begin() as conn:  # as the database was before these types were installed
        for table in ("question_votes", "questions", "ranking_places", "ranking_options", "word_cloud_answers",
                      "word_cloud_hidden"):
            conn.execute(text(f"DROP TABLE {table}"))
        for revision in REVISIONS:
            conn.execute(text("DELETE FROM alembic_version WHERE version_num = :r"), {"r": revision})
    engine.dispose()
    engine = make_engine(url)
    with engine.connect() as conn:
        assert TABLES <= set(inspect(conn).get_table_names())
        assert REVISIONS <= {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}
        differences = [d for d in compare_metadata(MigrationContext.configure(conn), metadata)
                       if any(name in repr(d) for name in TABLES)]
    assert differences == []
    assert list((tmp_path / "backups").glob("facilitator-*.db"))
