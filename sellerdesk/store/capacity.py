"""The counts behind the capacity forecast (RULES.md 7, core/capacity.py): shipments in the pace span
and the open orders. Canceled orders never count; a digital order is delivered by Etsy, never
shipped, so it is not in the backlog (SellerDesk's reading: the rule speaks of orders to ship)."""

from __future__ import annotations

import sqlite3
from datetime import date

from sellerdesk.core.capacity import OpenOrder, Projection, pace_span, project
from sellerdesk.store.store import Store
from sellerdesk.store.tools import OPEN_ORDER


def shipped_between(store: Store, first: date, last: date) -> int:
    return store.db.execute(
        "SELECT count(*) FROM orders WHERE shipped_date BETWEEN ? AND ? AND status != 'canceled'",
        [first.isoformat(), last.isoformat()],
    ).fetchone()[0]


_BACKLOG = (
    f"SELECT order_id, order_date, due_by FROM orders {{hint}} WHERE {OPEN_ORDER} ORDER BY due_by, order_date, order_id"
)


def open_orders(store: Store) -> list[OpenOrder]:
    """The backlog in its order (core/capacity.py backlog_order). Read through m012's partial index, which
    holds the rows already sorted: without statistics SQLite would pick a wider index and sort (2x slower)."""
    try:
        rows = store.db.execute(_BACKLOG.format(hint="INDEXED BY ix_orders_backlog")).fetchall()
    except sqlite3.OperationalError:  # a shop whose index is missing (damaged, or being upgraded)
        rows = store.db.execute(_BACKLOG.format(hint="")).fetchall()
    # SQLite sorts a NULL ship-by first; orders without one go to the end of the backlog.
    undated = next((i for i, row in enumerate(rows) if row[2] is not None), len(rows))
    return list(map(OpenOrder._make, rows[undated:] + rows[:undated]))


def shipped_in_pace_span(store: Store, as_of: date) -> int:
    first, last = pace_span(as_of, store.calendar())
    return shipped_between(store, first, last)


def projections(store: Store, as_of: date) -> list[Projection]:
    """Every open order in backlog order with its projected ship day (the Today panel, the dashboard)."""
    return project(open_orders(store), shipped_in_pace_span(store, as_of), as_of, store.calendar(), in_order=True)
