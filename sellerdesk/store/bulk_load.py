"""Writing many rows at once (a big import into a small shop): the triggers that keep the summary
tables (migrations/summaries.py) and the full-text index row by row are set aside, and what they
keep is rebuilt once at the end, inside the same transaction.

Row by row, 100,000 new orders cost ~100,000 trigger runs on each summary table; rebuilding reads the
shop once, so it only pays when the new rows are many next to the rows already there.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sellerdesk.store.connection import Database
from sellerdesk.store.migrations import SUMMARY_TRIGGER_NAMES, rebuild_summaries

#: Set triggers aside when the new rows are at least this many...
BULK_MIN_ROWS = 5000
#: ...and at least this share of the rows the table will then hold.
BULK_MIN_SHARE = 0.4


def worth_bulk(new_rows: int, existing_rows: int) -> bool:
    """Whether rebuilding once beats keeping the summaries row by row."""
    return new_rows >= BULK_MIN_ROWS and new_rows >= BULK_MIN_SHARE * (new_rows + existing_rows)


def _full_text_tables(db: Database) -> list[str]:
    return [
        row[0]
        for row in db.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'"
        )
    ]


@contextmanager
def triggers_set_aside(db: Database, indexes_of: tuple[str, ...] = ()) -> Iterator[None]:
    """Inside the caller's transaction: drop the summary and full-text triggers (and the indexes of the
    tables `indexes_of`, for an empty shop: building an index once is a sort, cheaper than keeping
    it row by row); when the block ends without an error, rebuild the summary tables, full-text
    indexes and indexes, and create the triggers again, all with their exact SQL. On an error the
    caller rolls back, which brings everything back too."""
    indexes = (
        db.execute(
            f"SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({', '.join('?' * len(indexes_of))})",
            list(indexes_of),
        ).fetchall()
        if indexes_of
        else []
    )
    for name, _sql in indexes:
        db.execute(f'DROP INDEX main."{name}"')
    fts = _full_text_tables(db)
    triggers = db.execute("SELECT name, tbl_name, sql FROM main.sqlite_master WHERE type = 'trigger'").fetchall()
    dropped = [(name, sql) for name, _table, sql in triggers if name in SUMMARY_TRIGGER_NAMES or _names_any(sql, fts)]
    rebuild_fts = [t for t in fts if any(_names_any(sql, [t]) for _name, sql in dropped)]
    for name, _sql in dropped:
        db.execute(f'DROP TRIGGER main."{name}"')
    yield
    for _name, sql in indexes:
        db.execute(sql)
    if any(name in SUMMARY_TRIGGER_NAMES for name, _sql in dropped):
        rebuild_summaries(db)
    for table in rebuild_fts:
        db.execute(f"INSERT INTO main.{table}({table}) VALUES ('rebuild')")
    for _name, sql in dropped:
        db.execute(sql)


def _names_any(sql: str, tables: list[str]) -> bool:
    return any(table in sql for table in tables)
