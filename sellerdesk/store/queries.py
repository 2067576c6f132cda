"""The questions the standards engine asks, each one SQL statement on an indexed column."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database


def problem_orders_as_of(db: Database, as_of: date) -> list[tuple[str, str, bool]]:
    """(order id, order date, excluded) of every non-canceled problem order placed by `as_of`.

    A problem order has a review of 2 stars or fewer or a case, dated on or before `as_of`;
    `excluded` is True when every one of them is excluded (seller protection). Read from the
    `problem_orders` summary the triggers keep (migration m005); one pass answers both the
    window's list (filter by date) and the all-time counts.
    """
    rows = db.execute(
        """SELECT order_id, order_date, NOT (counted_from IS NOT NULL AND counted_from <= :as_of)
           FROM problem_orders
           WHERE strict_from <= :as_of AND NOT canceled AND order_date <= :as_of
           ORDER BY order_id""",
        {"as_of": as_of.isoformat()},
    ).fetchall()
    return [(r[0], r[1], bool(r[2])) for r in rows]


def daily_orders(db: Database, start: date, end: date, currency: str) -> dict[str, tuple[int, int]]:
    """{day: (non-canceled orders, their sales in `currency` minor units)} for start <= day < end.

    Read from `order_days`, the per-day summary the triggers keep (migration m004).
    """
    rows = db.execute(
        """SELECT day, sum(order_count), coalesce(sum(CASE WHEN currency = ? THEN sales_minor END), 0)
           FROM order_days WHERE day >= ? AND day < ? GROUP BY day HAVING sum(order_count) > 0""",
        [currency, start.isoformat(), end.isoformat()],
    ).fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


def daily_shipping(db: Database, start: date, end: date) -> dict[str, tuple[int, int, int]]:
    """{ship-by day: (orders to ship, shipped on time, on time with tracking)}.

    Non-canceled, non-digital orders with a ship-by date (extended if it was); on time means
    marked shipped on or before it. Read from the `ship_days` summary (migration m004).
    """
    rows = db.execute(
        """SELECT day, to_ship, on_time, on_time_tracked FROM ship_days
           WHERE day >= ? AND day < ? AND to_ship > 0""",
        [start.isoformat(), end.isoformat()],
    ).fetchall()
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def daily_reviews(db: Database, start: date, end: date, low_max_rating: int) -> dict[str, tuple[int, int, int, int]]:
    """{day: (reviews, not-excluded reviews of `low_max_rating` stars or fewer, not-excluded
    reviews, their rating sum)} for start <= day < end, from the `review_days` summary."""
    rows = db.execute(
        """SELECT day, sum(review_count),
                  sum(CASE WHEN rating <= ? AND NOT is_excluded THEN review_count ELSE 0 END),
                  sum(CASE WHEN NOT is_excluded THEN review_count ELSE 0 END),
                  sum(CASE WHEN NOT is_excluded THEN rating * review_count ELSE 0 END)
           FROM review_days WHERE day >= ? AND day < ? GROUP BY day HAVING sum(review_count) > 0""",
        [low_max_rating, start.isoformat(), end.isoformat()],
    ).fetchall()
    return {r[0]: (r[1], r[2], r[3], r[4]) for r in rows}


# `+spam`: keep the planner on ix_threads_day (a range on the day, covering); left to itself it
# picks ix_threads_spam (spam = 0 matches nearly every thread) and reads the table, 20x slower.
_THREAD_COUNTS = """count(*), coalesce(sum(response_seconds <= 172800), 0),
                  coalesce(sum(response_seconds <= 86400), 0)
           FROM threads WHERE first_buyer_day >= ? AND first_buyer_day < ? AND +spam = 0
             AND NOT (response_seconds IS NULL AND first_buyer_at > ?)"""


def daily_thread_responses(db: Database, start: date, end: date, pending_after: str) -> dict[str, tuple[int, int, int]]:
    """Per first-message day in [start, end): (first messages, answered within 48 h, within 24 h).

    Spam and threads still inside their 48 h with no reply yet (first message after
    `pending_after`, a UTC instant) are not counted.
    """
    rows = db.execute(
        f"SELECT first_buyer_day, {_THREAD_COUNTS} GROUP BY first_buyer_day",
        [start.isoformat(), end.isoformat(), pending_after],
    ).fetchall()
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


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
