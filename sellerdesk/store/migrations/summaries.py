"""Summary tables the standards engine reads instead of a million orders (m004, m005): their SQL,
the triggers that keep them, and the functions that rebuild them (migrations, bulk loaders)."""

from __future__ import annotations

from sellerdesk.store.connection import Database
from sellerdesk.store.migrations._script import run_script

# Per-day counts the standards engine reads instead of scanning a million orders (RULES.md 1-3):
# kept by triggers on every write, so `shop_status` reads ~120 small rows per figure. Rows whose
# counts fall back to 0 stay (readers skip them). `rebuild_daily_summaries` recomputes them all
# (the migration, and bulk loaders that drop the triggers while they load).
DAILY_SUMMARY_TABLES = """
CREATE TABLE IF NOT EXISTS order_days (
    day TEXT NOT NULL,
    currency TEXT NOT NULL,
    order_count INTEGER NOT NULL,
    sales_minor INTEGER NOT NULL,
    PRIMARY KEY (day, currency)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS ship_days (
    day TEXT NOT NULL PRIMARY KEY,
    to_ship INTEGER NOT NULL,
    on_time INTEGER NOT NULL,
    on_time_tracked INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS review_days (
    day TEXT NOT NULL,
    rating INTEGER NOT NULL,
    is_excluded INTEGER NOT NULL,
    review_count INTEGER NOT NULL,
    PRIMARY KEY (day, rating, is_excluded)
) WITHOUT ROWID;
"""

# What each row adds: order_days counts non-canceled orders by order date and currency;
# ship_days non-canceled, non-digital orders by their (possibly extended) ship-by date, on time
# when marked shipped on or before it; review_days reviews by day, rating and excluded.
_ORDER_DAY_ADD = """
    INSERT INTO order_days (day, currency, order_count, sales_minor)
    SELECT {r}.order_date, {r}.currency, 1, {r}.total_minor WHERE {r}.status != 'canceled'
    ON CONFLICT (day, currency) DO UPDATE SET order_count = order_count + 1,
        sales_minor = sales_minor + excluded.sales_minor;"""
_ORDER_DAY_SUB = """
    UPDATE order_days SET order_count = order_count - 1, sales_minor = sales_minor - {r}.total_minor
    WHERE {r}.status != 'canceled' AND day = {r}.order_date AND currency = {r}.currency;"""
_SHIP_DAY_ADD = """
    INSERT INTO ship_days (day, to_ship, on_time, on_time_tracked)
    SELECT {r}.due_by, 1, {r}.shipped_date IS NOT NULL AND {r}.shipped_date <= {r}.due_by,
        {r}.shipped_date IS NOT NULL AND {r}.shipped_date <= {r}.due_by AND {r}.has_tracking
    WHERE {r}.status != 'canceled' AND {r}.digital = 0 AND {r}.due_by IS NOT NULL
    ON CONFLICT (day) DO UPDATE SET to_ship = to_ship + 1, on_time = on_time + excluded.on_time,
        on_time_tracked = on_time_tracked + excluded.on_time_tracked;"""
_SHIP_DAY_SUB = """
    UPDATE ship_days SET to_ship = to_ship - 1,
        on_time = on_time - ({r}.shipped_date IS NOT NULL AND {r}.shipped_date <= {r}.due_by),
        on_time_tracked = on_time_tracked
            - ({r}.shipped_date IS NOT NULL AND {r}.shipped_date <= {r}.due_by AND {r}.has_tracking)
    WHERE {r}.status != 'canceled' AND {r}.digital = 0 AND day = {r}.due_by;"""
_REVIEW_DAY_ADD = """
    INSERT INTO review_days (day, rating, is_excluded, review_count)
    VALUES ({r}.review_date, {r}.rating, {r}.excluded_reason IS NOT NULL, 1)
    ON CONFLICT (day, rating, is_excluded) DO UPDATE SET review_count = review_count + 1;"""
_REVIEW_DAY_SUB = """
    UPDATE review_days SET review_count = review_count - 1
    WHERE day = {r}.review_date AND rating = {r}.rating AND is_excluded = ({r}.excluded_reason IS NOT NULL);"""


def _trigger(name: str, event: str, table: str, *steps: str) -> str:
    body = "".join(steps)
    return f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {event} ON {table} BEGIN{body}\nEND;\n"


DAILY_SUMMARY_TRIGGERS = "".join(
    [
        _trigger("order_days_ai", "INSERT", "orders", _ORDER_DAY_ADD.format(r="NEW")),
        _trigger("order_days_ad", "DELETE", "orders", _ORDER_DAY_SUB.format(r="OLD")),
        _trigger(
            "order_days_au",
            "UPDATE OF order_date, currency, total_minor, status",
            "orders",
            _ORDER_DAY_SUB.format(r="OLD"),
            _ORDER_DAY_ADD.format(r="NEW"),
        ),
        _trigger("ship_days_ai", "INSERT", "orders", _SHIP_DAY_ADD.format(r="NEW")),
        _trigger("ship_days_ad", "DELETE", "orders", _SHIP_DAY_SUB.format(r="OLD")),
        _trigger(
            "ship_days_au",
            "UPDATE OF status, digital, ship_by, ship_by_extended, shipped_date, tracking_number",
            "orders",
            _SHIP_DAY_SUB.format(r="OLD"),
            _SHIP_DAY_ADD.format(r="NEW"),
        ),
        _trigger("review_days_ai", "INSERT", "reviews", _REVIEW_DAY_ADD.format(r="NEW")),
        _trigger("review_days_ad", "DELETE", "reviews", _REVIEW_DAY_SUB.format(r="OLD")),
        _trigger(
            "review_days_au",
            "UPDATE OF review_date, rating, excluded_reason",
            "reviews",
            _REVIEW_DAY_SUB.format(r="OLD"),
            _REVIEW_DAY_ADD.format(r="NEW"),
        ),
    ]
)
DAILY_SUMMARY_TRIGGER_NAMES = (
    "order_days_ai",
    "order_days_ad",
    "order_days_au",
    "ship_days_ai",
    "ship_days_ad",
    "ship_days_au",
    "review_days_ai",
    "review_days_ad",
    "review_days_au",
)


def rebuild_daily_summaries(db: Database) -> None:
    """Recompute order_days, ship_days and review_days from the rows (inside the caller's transaction)."""
    run_script(
        db,
        """
        DELETE FROM order_days;
        INSERT INTO order_days (day, currency, order_count, sales_minor)
            SELECT order_date, currency, count(*), sum(total_minor) FROM orders
            WHERE status != 'canceled' GROUP BY order_date, currency;
        DELETE FROM ship_days;
        INSERT INTO ship_days (day, to_ship, on_time, on_time_tracked)
            SELECT due_by, count(*), sum(shipped_date IS NOT NULL AND shipped_date <= due_by),
                sum(shipped_date IS NOT NULL AND shipped_date <= due_by AND has_tracking)
            FROM orders WHERE status != 'canceled' AND digital = 0 AND due_by IS NOT NULL GROUP BY due_by;
        DELETE FROM review_days;
        INSERT INTO review_days (day, rating, is_excluded, review_count)
            SELECT review_date, rating, excluded_reason IS NOT NULL, count(*) FROM reviews GROUP BY 1, 2, 3;
        """,
    )


# Problem orders (RULES.md 1) as of any day, without joining a million orders: per order with a
# low review or a case, the first day it counts with exclusions (its first non-excluded low
# review or case) and strictly (its first of any), beside the order's date and canceled flag.
# As of D an order is a problem order strictly when strict_from <= D, and with exclusions when
# counted_from <= D. Kept by triggers on reviews, cases and orders. A review is low at
# PROBLEM_REVIEW_MAX_RATING (2) stars or fewer: changing that rule needs a migration that
# recreates the triggers and calls rebuild_problem_orders.
PROBLEM_REVIEW_MAX_RATING = 2
PROBLEM_ORDERS_TABLE = """
CREATE TABLE IF NOT EXISTS problem_orders (
    order_id TEXT NOT NULL PRIMARY KEY,
    order_date TEXT,
    canceled INTEGER NOT NULL,
    counted_from TEXT,
    strict_from TEXT NOT NULL
) WITHOUT ROWID;
"""
_PROBLEM_RECOMPUTE = """
    DELETE FROM problem_orders WHERE order_id = {id};
    INSERT INTO problem_orders (order_id, order_date, canceled, counted_from, strict_from)
    SELECT {id}, (SELECT order_date FROM orders WHERE order_id = {id}),
        coalesce((SELECT status = 'canceled' FROM orders WHERE order_id = {id}), 0), counted, strict
    FROM (SELECT min(CASE WHEN NOT excluded THEN day END) AS counted, min(day) AS strict
          FROM (SELECT review_date AS day, excluded_reason IS NOT NULL AS excluded FROM reviews
                WHERE order_id = {id} AND rating <= {low}
                UNION ALL
                SELECT opened_date, excluded_reason IS NOT NULL FROM cases WHERE order_id = {id}))
    WHERE strict IS NOT NULL;"""
_PROBLEM_ORDER_FIELDS = """
    UPDATE problem_orders SET order_date = {date}, canceled = {canceled} WHERE order_id = {id};"""


def _recompute(order_id: str) -> str:
    return _PROBLEM_RECOMPUTE.format(id=order_id, low=PROBLEM_REVIEW_MAX_RATING)


def _order_fields(order_id: str, day: str, canceled: str) -> str:
    return _PROBLEM_ORDER_FIELDS.format(id=order_id, date=day, canceled=canceled)


_LOW = PROBLEM_REVIEW_MAX_RATING


def _when(name: str, clause: str, *steps: str) -> str:
    return f"CREATE TRIGGER IF NOT EXISTS {name} {clause} BEGIN{''.join(steps)}\nEND;\n"


PROBLEM_ORDERS_TRIGGERS = "".join(
    [
        _when("problem_reviews_ai", f"AFTER INSERT ON reviews WHEN NEW.rating <= {_LOW}", _recompute("NEW.order_id")),
        _when("problem_reviews_ad", f"AFTER DELETE ON reviews WHEN OLD.rating <= {_LOW}", _recompute("OLD.order_id")),
        _when(
            "problem_reviews_au",
            "AFTER UPDATE OF order_id, rating, review_date, excluded_reason ON reviews "
            f"WHEN OLD.rating <= {_LOW} OR NEW.rating <= {_LOW}",
            _recompute("OLD.order_id"),
            _recompute("NEW.order_id"),
        ),
        _when("problem_cases_ai", "AFTER INSERT ON cases", _recompute("NEW.order_id")),
        _when("problem_cases_ad", "AFTER DELETE ON cases", _recompute("OLD.order_id")),
        _when(
            "problem_cases_au",
            "AFTER UPDATE OF order_id, opened_date, excluded_reason ON cases",
            _recompute("OLD.order_id"),
            _recompute("NEW.order_id"),
        ),
        _when(
            "problem_orders_ai",
            "AFTER INSERT ON orders",
            _order_fields("NEW.order_id", "NEW.order_date", "NEW.status = 'canceled'"),
        ),
        _when(
            "problem_orders_au",
            "AFTER UPDATE OF order_id, order_date, status ON orders",
            _order_fields("OLD.order_id", "NULL", "0"),
            _order_fields("NEW.order_id", "NEW.order_date", "NEW.status = 'canceled'"),
        ),
        _when("problem_orders_ad", "AFTER DELETE ON orders", _order_fields("OLD.order_id", "NULL", "0")),
    ]
)
PROBLEM_ORDERS_TRIGGER_NAMES = (
    "problem_reviews_ai",
    "problem_reviews_ad",
    "problem_reviews_au",
    "problem_cases_ai",
    "problem_cases_ad",
    "problem_cases_au",
    "problem_orders_ai",
    "problem_orders_au",
    "problem_orders_ad",
)
#: Every trigger that keeps a summary table, and what rebuilds them all (bulk loaders).
SUMMARY_TRIGGER_NAMES = DAILY_SUMMARY_TRIGGER_NAMES + PROBLEM_ORDERS_TRIGGER_NAMES


def rebuild_problem_orders(db: Database) -> None:
    """Recompute problem_orders from reviews, cases and orders (inside the caller's transaction)."""
    run_script(
        db,
        f"""
        DELETE FROM problem_orders;
        INSERT INTO problem_orders (order_id, order_date, canceled, counted_from, strict_from)
            SELECT e.order_id, o.order_date, coalesce(o.status = 'canceled', 0),
                min(CASE WHEN NOT e.excluded THEN e.day END), min(e.day)
            FROM (SELECT order_id, review_date AS day, excluded_reason IS NOT NULL AS excluded FROM reviews
                  WHERE rating <= {PROBLEM_REVIEW_MAX_RATING}
                  UNION ALL
                  SELECT order_id, opened_date, excluded_reason IS NOT NULL FROM cases) e
            LEFT JOIN orders o ON o.order_id = e.order_id
            GROUP BY e.order_id;
        """,
    )


def rebuild_summaries(db: Database) -> None:
    rebuild_daily_summaries(db)
    rebuild_problem_orders(db)
