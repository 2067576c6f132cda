"""Helpers the migrations share: running a multi-statement script inside the migration's transaction."""

from __future__ import annotations

import sqlite3

from sellerdesk.store.connection import Database


def run_script(db: Database, script: str) -> None:
    """Run statements one by one: sqlite3's executescript() would COMMIT the migration early."""
    statement = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""


def sql_in(values: tuple[str, ...]) -> str:
    """Values as the inside of an SQL `IN (...)` list: 'a', 'b'."""
    return ", ".join(f"'{v}'" for v in values)
