"""Indexes behind the capacity forecast (RULES.md 7, store/capacity.py), so `status` stays within its budget
at a million orders: the shipments of the pace span are counted from an index alone, and the backlog is
read in ship-by order from a small index of the open orders only."""

from __future__ import annotations

from sellerdesk.store.connection import Database
from sellerdesk.store.migrations._script import run_script


def migrate(db: Database) -> None:
    run_script(
        db,
        """
        CREATE INDEX IF NOT EXISTS ix_orders_shipped_status ON orders(shipped_date, status);
        CREATE INDEX IF NOT EXISTS ix_orders_backlog ON orders(due_by, order_date, order_id)
            WHERE status = 'open' AND shipped_date IS NULL AND digital = 0;
        """,
    )
