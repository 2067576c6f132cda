"""Per problem order: first counted and strict days, kept by triggers (bench/standards.py)."""

from __future__ import annotations

from sellerdesk.store.connection import Database
from sellerdesk.store.migrations._script import run_script
from sellerdesk.store.migrations.summaries import (
    PROBLEM_ORDERS_TABLE,
    PROBLEM_ORDERS_TRIGGERS,
    rebuild_problem_orders,
)


def migrate(db: Database) -> None:
    run_script(db, PROBLEM_ORDERS_TABLE)
    rebuild_problem_orders(db)
    run_script(db, PROBLEM_ORDERS_TRIGGERS)
