"""The Orders page's table (columns, search, quick filters) and the detail of one order.

Every sortable column has an index of its own (m002) so `ORDER BY col, rowid LIMIT n OFFSET k`
walks it; order id, buyer and tracking are searched by prefix on NOCASE indexes, item titles
through the `order_items_fts` full-text index (word prefixes). Quick filters take `:today`
(the session's as-of day).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sellerdesk.store.connection import Database
from sellerdesk.store.store import dict_rows
from sellerdesk.store.tables import Column, TableQuery, TableSpec
from sellerdesk.store.tools import IN_VACATION

#: A non-excluded review of 2 stars or fewer, or a non-excluded case (RULES.md 1).
_PROBLEM = (
    "(EXISTS (SELECT 1 FROM reviews r WHERE r.order_id = orders.order_id AND r.rating <= 2 "
    "AND r.excluded_reason IS NULL) OR EXISTS (SELECT 1 FROM cases c WHERE c.order_id = orders.order_id "
    "AND c.excluded_reason IS NULL))"
)
_UNSHIPPED = "orders.status = 'open' AND orders.shipped_date IS NULL"
#: Ordered while the shop was on vacation (issue 5); tools.IN_VACATION is written for an alias `o`.
_VACATION = IN_VACATION.replace("o.order_date", "orders.order_date")

#: Flag letters in the flags column: L late, T due today, C custom, P problem order, V ordered on vacation.
FLAGS_EXPR = (
    f"(CASE WHEN {_UNSHIPPED} AND orders.due_by < :today THEN 'L' "
    "WHEN orders.shipped_date > orders.due_by THEN 'L' "
    f"WHEN {_UNSHIPPED} AND orders.due_by = :today THEN 'T' ELSE '' END)"
    " || (CASE WHEN orders.custom = 1 THEN 'C' ELSE '' END)"
    f" || (CASE WHEN {_PROBLEM} THEN 'P' ELSE '' END)"
    f" || (CASE WHEN {_VACATION} THEN 'V' ELSE '' END)"
)

FILTERS = {
    "open": "orders.status = 'open'",
    "due_today": f"{_UNSHIPPED} AND orders.due_by = :today",
    "overdue": f"{_UNSHIPPED} AND orders.due_by < :today",
    "in_transit": "orders.status IN ('open', 'shipped') AND orders.shipped_date IS NOT NULL "
    "AND orders.delivered_date IS NULL",
    "problem": "orders.order_id IN (SELECT order_id FROM reviews WHERE rating <= 2 AND excluded_reason IS NULL "
    "UNION SELECT order_id FROM cases WHERE excluded_reason IS NULL)",
    "canceled": "orders.status = 'canceled'",
    "custom": "orders.custom = 1",
    "vacation": _VACATION,
}

ORDERS = TableSpec(
    name="orders",
    source="orders",
    key="orders.order_id",
    columns=(
        Column("order_id", "Order", "orders.order_id COLLATE NOCASE"),
        Column("order_date", "Date", "orders.order_date"),
        Column("buyer", "Buyer", "orders.buyer COLLATE NOCASE"),
        Column("total", "Total", "orders.total_minor"),
        Column("due_by", "Ship by", "orders.due_by"),
        Column("shipped", "Shipped", "orders.shipped_date"),
        Column("tracking", "Tracking", "orders.tracking_number COLLATE NOCASE"),
        Column("edd", "EDD", "orders.edd"),
        Column("delivered", "Delivered", "orders.delivered_date"),
        Column("status", "Status", "orders.status"),
        Column("flags", "Flags", FLAGS_EXPR, sortable=False),
    ),
    prefix_search=("orders.order_id", "orders.buyer", "orders.tracking_number"),
    contains_search=(
        "orders.order_id IN (SELECT order_id FROM order_items WHERE id IN "
        "(SELECT rowid FROM order_items_fts WHERE order_items_fts MATCH :match))",
    ),
    filters=FILTERS,
    default_sort=("order_date", True),
    tiebreak="orders.rowid",
    extras=("orders.currency", "orders.ship_by_extended IS NOT NULL"),
    dense_search_rows=10_000,
    covered_sort="order_date",  # migration m009: (order_date, search column COLLATE NOCASE)
)

#: Index of the extras in a fetched row: (key, *columns, currency, extended)
CURRENCY_AT = 1 + len(ORDERS.columns)


def orders_query(db: Database, today: date) -> TableQuery:
    query = TableQuery(db, ORDERS)
    query.params["today"] = today.isoformat()
    return query


def order_detail(db: Database, order_id: str, today: date) -> dict[str, Any] | None:
    """One order with its items, messages, reviews and cases, and its flags as of `today`."""
    found = dict_rows(
        db,
        f"SELECT *, {FLAGS_EXPR} AS flags FROM orders WHERE order_id = :id",
        {"id": order_id, "today": today.isoformat()},
    )
    if not found:
        return None
    detail = found[0]
    detail["items"] = dict_rows(db, "SELECT * FROM order_items WHERE order_id = ? ORDER BY id", [order_id])
    detail["messages"] = dict_rows(db, "SELECT * FROM messages WHERE order_id = ? ORDER BY sent_at", [order_id])
    detail["reviews"] = dict_rows(db, "SELECT * FROM reviews WHERE order_id = ? ORDER BY review_date", [order_id])
    detail["cases"] = dict_rows(db, "SELECT * FROM cases WHERE order_id = ? ORDER BY opened_date", [order_id])
    return detail


def order_exists(db: Database, order_id: str) -> bool:
    return db.execute("SELECT 1 FROM orders WHERE order_id = ?", [order_id]).fetchone() is not None


def order_date_of(db: Database, order_id: str) -> str | None:
    row = db.execute("SELECT order_date FROM orders WHERE order_id = ?", [order_id]).fetchone()
    return None if row is None else row[0]


def thread_of_order(db: Database, order_id: str) -> str | None:
    """The conversation an order's messages belong to (the latest), if any."""
    row = db.execute(
        "SELECT thread_id FROM messages WHERE order_id = ? ORDER BY sent_at DESC LIMIT 1", [order_id]
    ).fetchone()
    return None if row is None else row[0]
