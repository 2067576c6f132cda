"""Drop order indexes whose work other indexes or the summary tables now do; each one cost time
on every insert and on every bulk load (about 7 of the 17 s that the orders' indexes take to
build at 1,000,000 orders).

- ix_orders_date (order_date, status, total_minor, currency) and ix_orders_due (due_by, status,
  digital, shipped_date, has_tracking) covered the standards queries, which read the summary
  tables since m004/m005. What still filters on those columns does as well with m002's
  ix_orders_order_date and ix_orders_due_by (the first sale: the first non-canceled order by date;
  orders due on a day). The m002 indexes are the ones kept: only an index on exactly the sort
  column gives the Orders page `ORDER BY col, rowid` without sorting (a middle page at 1M orders:
  ~20 ms with them, 1-5 s with the composite ones).
- ix_orders_buyer, ix_orders_tracking (BINARY): the app searches and sorts these columns
  case-insensitively, through m002's NOCASE indexes; no query uses them.
- ix_orders_status (status, due_by) over every order becomes ix_orders_open_due, the same
  columns for open orders only (the due-today and overdue filters, the Today panel, the tools
  that change open orders' dates: all ask for status = 'open'); ix_orders_status_only still
  serves the other statuses and the status sort.
"""

from __future__ import annotations

from sellerdesk.store.connection import Database
from sellerdesk.store.migrations._script import run_script


def migrate(db: Database) -> None:
    run_script(
        db,
        """
        DROP INDEX IF EXISTS ix_orders_date;
        DROP INDEX IF EXISTS ix_orders_due;
        DROP INDEX IF EXISTS ix_orders_buyer;
        DROP INDEX IF EXISTS ix_orders_tracking;
        DROP INDEX IF EXISTS ix_orders_status;
        CREATE INDEX IF NOT EXISTS ix_orders_open_due ON orders(status, due_by) WHERE status = 'open';
        """,
    )
