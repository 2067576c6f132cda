"""The questions the standards engine asks, each one SQL statement on an indexed column."""

from __future__ import annotations

from datetime import date

from sellerdesk.core.settings import RuleSettings
from sellerdesk.store.connection import Database

DEFAULTS = RuleSettings()


def problem_orders_as_of(db: Database, as_of: date) -> list[tuple[str, str, int]]:
    """(order id, order date, excluded) of every non-canceled problem order placed by `as_of`.

    A problem order has a review of 2 stars or fewer or a case, dated on or before `as_of`;
    `excluded` is 1 when every one of them is excluded (seller protection), else 0 (SQLite's
    truth values, as read: tens of thousands of rows at a million orders). Read from the
    `problem_orders` summary the triggers keep (migration m005); one pass answers both the
    window's list (filter by date) and the all-time counts.
    """
    return db.execute(
        """SELECT order_id, order_date, NOT (counted_from IS NOT NULL AND counted_from <= :as_of)
           FROM problem_orders
           WHERE strict_from <= :as_of AND NOT canceled AND order_date <= :as_of
           ORDER BY order_id""",
        {"as_of": as_of.isoformat()},
    ).fetchall()


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


def daily_reviews(
    db: Database, start: date, end: date, low_max_rating: int, settings: RuleSettings = DEFAULTS
) -> dict[str, tuple[int, int, int, int]]:
    """{day: (reviews, not-excluded reviews of `low_max_rating` stars or fewer, reviews in the Star
    Seller average, their rating sum)} for start <= day < end, from the `review_days` summary.

    Excluded reviews count in the first total unless `excluded_reviews_in_total` is off, and in the
    average only with `star_average_includes_excluded`."""
    total = "review_count" if settings.excluded_reviews_in_total else "CASE WHEN NOT is_excluded THEN review_count END"
    averaged = "" if settings.star_average_includes_excluded else "NOT is_excluded AND "
    rows = db.execute(
        f"""SELECT day, coalesce(sum({total}), 0),
                  sum(CASE WHEN rating <= ? AND NOT is_excluded THEN review_count ELSE 0 END),
                  sum(CASE WHEN {averaged}true THEN review_count ELSE 0 END),
                  sum(CASE WHEN {averaged}true THEN rating * review_count ELSE 0 END)
           FROM review_days WHERE day >= ? AND day < ? GROUP BY day HAVING sum(review_count) > 0""",
        [low_max_rating, start.isoformat(), end.isoformat()],
    ).fetchall()
    return {r[0]: (r[1], r[2], r[3], r[4]) for r in rows}


def daily_thread_responses(
    db: Database,
    start: date,
    end: date,
    pending_after: str,
    settings: RuleSettings = DEFAULTS,
    day_starts: str | None = None,
) -> dict[str, tuple[int, int, int]]:
    """Per first-message day in [start, end): (first messages, answered within 48 h, within 24 h).

    Spam is not counted, nor (with `pending_threads_left_out`) a thread still inside its 48 h with no
    reply yet (first message after `pending_after`, a UTC instant). The 48-hour reply is the first
    reply by the seller or an auto-reply (the seller's alone without `auto_replies_count`); Star
    Seller's 24 hours always count auto-replies. Without `past_day_sees_later_replies`, a reply sent
    at or after `day_starts` (the as-of day's first instant, UTC) was not there yet.
    """
    reply_48 = _seen("response_seconds" if settings.auto_replies_count else "seller_response_seconds", settings)
    reply_24 = _seen("response_seconds", settings)
    # `+spam`: keep the planner on ix_threads_day (a range on the day, covering); left to itself it
    # picks ix_threads_spam (spam = 0 matches nearly every thread) and reads the table, 20x slower.
    spam = "+spam" if settings.spam_by_first_message else "any_spam"
    pending = f"AND NOT ({reply_48} IS NULL AND first_buyer_at > :pending)" if settings.pending_threads_left_out else ""
    rows = db.execute(
        f"""SELECT first_buyer_day, count(*), coalesce(sum({reply_48} <= 172800), 0),
                   coalesce(sum({reply_24} <= 86400), 0)
            FROM threads WHERE first_buyer_day >= :start AND first_buyer_day < :end AND {spam} = 0 {pending}
            GROUP BY first_buyer_day""",
        {"start": start.isoformat(), "end": end.isoformat(), "pending": pending_after, "day_starts": day_starts},
    ).fetchall()
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def _seen(column: str, settings: RuleSettings) -> str:
    if settings.past_day_sees_later_replies:
        return column
    return f"(CASE WHEN julianday(first_buyer_at) + {column} / 86400.0 < julianday(:day_starts) THEN {column} END)"


def seller_refunded_cases(db: Database, start: date, end: date, by_closed_date: bool = True) -> int:
    """Orders with a case refunded from the seller's own money, closed (or opened) in [start, end)."""
    day = "closed_date" if by_closed_date else "opened_date"
    row = db.execute(
        f"""SELECT count(DISTINCT order_id) FROM cases WHERE resolution = 'refunded_by_seller'
           AND {day} >= ? AND {day} < ? AND excluded_reason IS NULL""",
        [start.isoformat(), end.isoformat()],
    ).fetchone()
    return row[0]


def first_sale(db: Database, as_of: date) -> date | None:
    row = db.execute(
        "SELECT min(order_date) FROM orders WHERE status != 'canceled' AND order_date <= ?",
        [as_of.isoformat()],
    ).fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else None
