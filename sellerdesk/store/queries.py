"""The questions the standards engine asks, each one SQL statement on an indexed column."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from sellerdesk.core.standards import PROBLEM_REVIEW_MAX_RATING

# A problem order's events as of a day: low reviews and cases dated on or before it.
# `excluded` is 1 only when every one of the order's events is excluded (seller protection).
PROBLEM_EVENTS = f"""
    SELECT order_id, min(excluded) AS excluded FROM (
        SELECT order_id, excluded_reason IS NOT NULL AS excluded FROM reviews
         WHERE rating <= {PROBLEM_REVIEW_MAX_RATING} AND review_date <= :as_of
        UNION ALL
        SELECT order_id, excluded_reason IS NOT NULL FROM cases WHERE opened_date <= :as_of
    ) GROUP BY order_id
"""


def problem_orders(db: Database, since: date, as_of: date) -> list[tuple[str, str, bool]]:
    """(order id, order date, excluded) of non-canceled problem orders placed since `since`."""
    rows = db.execute(
        f"""SELECT o.order_id, o.order_date, p.excluded FROM ({PROBLEM_EVENTS}) p
            JOIN orders o ON o.order_id = p.order_id
            WHERE o.status != 'canceled' AND o.order_date >= :since AND o.order_date <= :as_of""",
        {"as_of": as_of.isoformat(), "since": since.isoformat()},
    ).fetchall()
    return [(r[0], r[1], bool(r[2])) for r in rows]


def problem_orders_all_time(db: Database, as_of: date) -> tuple[int, int]:
    """(with exclusions, strict) problem orders since the shop's first sale."""
    row = db.execute(
        f"""SELECT coalesce(sum(NOT p.excluded), 0), count(*) FROM ({PROBLEM_EVENTS}) p
            JOIN orders o ON o.order_id = p.order_id
            WHERE o.status != 'canceled' AND o.order_date <= :as_of""",
        {"as_of": as_of.isoformat()},
    ).fetchone()
    return row[0], row[1]


def daily_orders(db: Database, start: date, end: date, currency: str) -> dict[str, tuple[int, int]]:
    """{day: (non-canceled orders, their sales in `currency` minor units)} for start <= day < end."""
    rows = db.execute(
        """SELECT order_date, count(*), coalesce(sum(CASE WHEN currency = ? THEN total_minor END), 0)
           FROM orders WHERE order_date >= ? AND order_date < ? AND status != 'canceled'
           GROUP BY order_date""",
        [currency, start.isoformat(), end.isoformat()],
    ).fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


def daily_shipping(db: Database, start: date, end: date) -> dict[str, tuple[int, int, int]]:
    """{ship-by day: (orders to ship, shipped on time, on time with tracking)}.

    Non-canceled, non-digital orders with a ship-by date (extended if it was); on time means
    marked shipped on or before it.
    """
    rows = db.execute(
        """SELECT due_by, count(*),
                  sum(shipped_date IS NOT NULL AND shipped_date <= due_by),
                  sum(shipped_date IS NOT NULL AND shipped_date <= due_by AND has_tracking)
           FROM orders WHERE due_by >= ? AND due_by < ? AND status != 'canceled' AND digital = 0
           GROUP BY due_by""",
        [start.isoformat(), end.isoformat()],
    ).fetchall()
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def thread_responses(db: Database, start: date, end: date, pending_after: str) -> tuple[int, int, int]:
    """(first messages, answered within 48 h, within 24 h) for threads first written in [start, end).

    Spam and threads still inside their 48 h with no reply yet (first message after
    `pending_after`, a UTC instant) are not counted.
    """
    row = db.execute(
        """SELECT count(*), coalesce(sum(response_seconds <= 172800), 0),
                  coalesce(sum(response_seconds <= 86400), 0)
           FROM threads WHERE first_buyer_day >= ? AND first_buyer_day < ? AND spam = 0
             AND NOT (response_seconds IS NULL AND first_buyer_at > ?)""",
        [start.isoformat(), end.isoformat(), pending_after],
    ).fetchone()
    return row[0], row[1], row[2]


def seller_refunded_cases(db: Database, start: date, end: date) -> int:
    """Orders with a case refunded from the seller's own money, closed in [start, end)."""
    row = db.execute(
        """SELECT count(DISTINCT order_id) FROM cases WHERE resolution = 'refunded_by_seller'
           AND closed_date >= ? AND closed_date < ? AND excluded_reason IS NULL""",
        [start.isoformat(), end.isoformat()],
    ).fetchone()
    return row[0]


def first_sale(db: Database, as_of: date) -> date | None:
    row = db.execute(
        "SELECT min(order_date) FROM orders WHERE status != 'canceled' AND order_date <= ?",
        [as_of.isoformat()],
    ).fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else None
