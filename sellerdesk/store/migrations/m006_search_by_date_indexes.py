"""Order search columns with the order date beside them: a broad search sorted by date reads
the newest matches of each column straight from its index (store/tables.py, covered_sort).
The plain NOCASE indexes stay: sorting by those columns needs the rowid right after them."""

from __future__ import annotations

from sellerdesk.store.connection import Database
from sellerdesk.store.migrations._script import run_script


def migrate(db: Database) -> None:
    run_script(
        db,
        """
        CREATE INDEX ix_orders_oid_nocase_date ON orders(order_id COLLATE NOCASE, order_date);
        CREATE INDEX ix_orders_buyer_nocase_date ON orders(buyer COLLATE NOCASE, order_date);
        CREATE INDEX ix_orders_tracking_nocase_date ON orders(tracking_number COLLATE NOCASE, order_date);
        """,
    )
