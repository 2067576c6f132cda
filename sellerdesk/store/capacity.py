"""The counts behind the capacity forecast (RULES.md 7, core/capacity.py): shipments in the pace span
and the open orders. Canceled orders never count; a digital order is delivered by Etsy, never
shipped, so it is not in the backlog (SellerDesk's reading: the rule speaks of orders to ship)."""

from __future__ import annotations

from datetime import date

from sellerdesk.core.capacity import OpenOrder, Projection, pace_span, project
from sellerdesk.store.store import Store


def shipped_between(store: Store, first: date, last: date) -> int:
    return store.db.execute(
        "SELECT count(*) FROM orders WHERE shipped_date BETWEEN ? AND ? AND status != 'canceled'",
        [first.isoformat(), last.isoformat()],
    ).fetchone()[0]


def open_orders(store: Store) -> list[OpenOrder]:
    rows = store.db.execute(
        "SELECT order_id, order_date, due_by FROM orders WHERE status = 'open' AND shipped_date IS NULL AND digital = 0"
    ).fetchall()
    return [OpenOrder(*row) for row in rows]


def shipped_in_pace_span(store: Store, as_of: date) -> int:
    first, last = pace_span(as_of, store.calendar())
    return shipped_between(store, first, last)


def projections(store: Store, as_of: date) -> list[Projection]:
    """Every open order in backlog order with its projected ship day (the Today panel, the dashboard)."""
    return project(open_orders(store), shipped_in_pace_span(store, as_of), as_of, store.calendar(), in_order=True)
