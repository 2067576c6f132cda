"""Order search columns behind the order date: `(order_date, column COLLATE NOCASE)` for the order
id, buyer and tracking number, in place of m006's `(column COLLATE NOCASE, order_date)`.

A broad search sorted by date (the Orders page's default) now reads each column's matches day by
day, one seek a day in these indexes (store/tables.py, TableQuery._prefix_matches): at 1,000,000
orders a tracking prefix matching the oldest third of all orders takes ~10 ms a column instead of
a 60 ms walk of the date index followed by a sort of 330,000 index entries. m006's indexes only
served that sort. The plain NOCASE indexes (m002) stay: the column sorts and the narrow searches
use them.

The indexes are partial on `column <> ''` (an empty value never starts with a search text): a
query uses them only if it says so too, so they never stand in for ix_orders_order_date in the
plans of the many queries on order dates.
"""

from __future__ import annotations

from sellerdesk.store.connection import Database
from sellerdesk.store.migrations._script import run_script


def migrate(db: Database) -> None:
    run_script(
        db,
        """
        DROP INDEX IF EXISTS ix_orders_oid_nocase_date;
        DROP INDEX IF EXISTS ix_orders_buyer_nocase_date;
        DROP INDEX IF EXISTS ix_orders_tracking_nocase_date;
        CREATE INDEX IF NOT EXISTS ix_orders_date_oid_nocase ON orders(order_date, order_id COLLATE NOCASE)
            WHERE order_id <> '';
        CREATE INDEX IF NOT EXISTS ix_orders_date_buyer_nocase ON orders(order_date, buyer COLLATE NOCASE)
            WHERE buyer <> '';
        CREATE INDEX IF NOT EXISTS ix_orders_date_tracking_nocase ON orders(order_date, tracking_number COLLATE NOCASE)
            WHERE tracking_number <> '';
        """,
    )
