"""Schema migrations, applied in order, each in a transaction with its record (sqlite-utils)."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("sellerdesk")

ORDER_STATUSES = ("open", "shipped", "delivered", "canceled")
CASE_REASONS = ("not_received", "not_as_described", "damaged", "late", "other")
CASE_RESOLUTIONS = ("refunded_by_seller", "refunded_by_etsy", "closed_for_seller", "closed_by_buyer")
SENDERS = ("buyer", "seller", "auto", "etsy")
EXCLUSIONS = (
    "carrier_delay",
    "lost_in_transit_shipped_on_time",
    "natural_disaster",
    "abusive_review",
    "accidental_case",
)


def _in(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{v}'" for v in values)


@migrations()
def m001_initial(db: Database) -> None:
    run_script(
        db,
        _M001.format(
            statuses=_in(ORDER_STATUSES),
            reasons=_in(CASE_REASONS),
            resolutions=_in(CASE_RESOLUTIONS),
            senders=_in(SENDERS),
            exclusions=_in(EXCLUSIONS),
        ),
    )


def run_script(db: Database, script: str) -> None:
    """Run statements one by one: sqlite3's executescript() would COMMIT the migration early."""
    statement = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""


# Dates are shop-local ISO days (TEXT 'YYYY-MM-DD'); instants are UTC 'YYYY-MM-DDTHH:MM:SSZ'.
# Money is integer minor units beside a currency code.
_M001 = """
CREATE TABLE shops (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    currency TEXT NOT NULL DEFAULT 'USD',
    timezone TEXT NOT NULL DEFAULT 'UTC',
    country TEXT NOT NULL DEFAULT 'US',
    created_at TEXT NOT NULL
);
CREATE TABLE shipping_profiles (
    id INTEGER PRIMARY KEY,
    shop_id INTEGER NOT NULL DEFAULT 1 REFERENCES shops(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    processing_min INTEGER NOT NULL CHECK (processing_min >= 0),
    processing_max INTEGER NOT NULL CHECK (processing_max >= processing_min),
    origin_country TEXT NOT NULL DEFAULT 'US',
    origin_postal_code TEXT NOT NULL DEFAULT '',
    carrier TEXT NOT NULL DEFAULT '',
    mail_class TEXT NOT NULL DEFAULT '',
    domestic_transit_min INTEGER, domestic_transit_max INTEGER,
    international_transit_min INTEGER, international_transit_max INTEGER,
    is_default INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    shop_id INTEGER NOT NULL DEFAULT 1 REFERENCES shops(id) ON DELETE CASCADE,
    order_id TEXT NOT NULL UNIQUE,
    order_date TEXT NOT NULL,
    buyer TEXT NOT NULL DEFAULT '',
    ship_name TEXT, ship_street1 TEXT, ship_street2 TEXT, ship_city TEXT,
    ship_state TEXT, ship_zip TEXT, ship_country TEXT,
    total_minor INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT 'USD',
    processing_min INTEGER,
    processing_max INTEGER,
    ship_by TEXT,
    ship_by_extended TEXT,
    extended_on TEXT,
    due_by TEXT GENERATED ALWAYS AS (coalesce(ship_by_extended, ship_by)) VIRTUAL,
    shipped_date TEXT,
    tracking_number TEXT,
    carrier TEXT,
    has_tracking INTEGER GENERATED ALWAYS AS
        (tracking_number IS NOT NULL AND tracking_number <> '') VIRTUAL,
    edd TEXT,
    delivered_date TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ({statuses})),
    digital INTEGER NOT NULL DEFAULT 0 CHECK (digital IN (0, 1)),
    custom INTEGER NOT NULL DEFAULT 0 CHECK (custom IN (0, 1)),
    international INTEGER NOT NULL DEFAULT 0 CHECK (international IN (0, 1)),
    shipping_profile_id INTEGER REFERENCES shipping_profiles(id) ON DELETE SET NULL,
    note TEXT NOT NULL DEFAULT ''
);
-- ODR window counts and Star Seller sales: covering index on the order date.
CREATE INDEX ix_orders_date ON orders(order_date, status, total_minor, currency);
-- On-time shipping by the (possibly extended) ship-by date.
CREATE INDEX ix_orders_due ON orders(due_by, status, digital, shipped_date, has_tracking);
CREATE INDEX ix_orders_buyer ON orders(buyer);
CREATE INDEX ix_orders_tracking ON orders(tracking_number);
CREATE INDEX ix_orders_status ON orders(status, due_by);

CREATE TABLE order_items (
    id INTEGER PRIMARY KEY,
    order_id TEXT NOT NULL REFERENCES orders(order_id) ON DELETE CASCADE ON UPDATE CASCADE,
    title TEXT NOT NULL,
    quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
    price_minor INTEGER NOT NULL DEFAULT 0,
    processing_min INTEGER,
    processing_max INTEGER,
    personalization TEXT NOT NULL DEFAULT '',
    listing_id TEXT,
    transaction_id TEXT UNIQUE
);
CREATE INDEX ix_items_order ON order_items(order_id);
CREATE INDEX ix_items_title ON order_items(title);

CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    order_id TEXT NOT NULL REFERENCES orders(order_id) ON DELETE CASCADE ON UPDATE CASCADE,
    review_date TEXT NOT NULL,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    text TEXT NOT NULL DEFAULT '',
    excluded_reason TEXT CHECK (excluded_reason IN ({exclusions})),
    UNIQUE (order_id, review_date)
);
CREATE INDEX ix_reviews_rating ON reviews(rating, excluded_reason, order_id, review_date);
CREATE INDEX ix_reviews_date ON reviews(review_date, rating, excluded_reason);

CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    order_id TEXT NOT NULL REFERENCES orders(order_id) ON DELETE CASCADE ON UPDATE CASCADE,
    opened_date TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ({reasons})),
    resolution TEXT CHECK (resolution IN ({resolutions})),
    closed_date TEXT,
    excluded_reason TEXT CHECK (excluded_reason IN ({exclusions})),
    UNIQUE (order_id, opened_date)
);
CREATE INDEX ix_cases_order ON cases(order_id, excluded_reason, opened_date);
CREATE INDEX ix_cases_closed ON cases(resolution, closed_date, excluded_reason);

-- One row per conversation, kept by the write path: the first buyer message and first reply.
CREATE TABLE threads (
    thread_id TEXT PRIMARY KEY,
    order_id TEXT REFERENCES orders(order_id) ON DELETE SET NULL ON UPDATE CASCADE,
    first_buyer_at TEXT,
    first_buyer_day TEXT,
    first_reply_at TEXT,
    reply_sender TEXT,
    response_seconds INTEGER,
    spam INTEGER NOT NULL DEFAULT 0,
    last_message_at TEXT
);
CREATE INDEX ix_threads_day ON threads(first_buyer_day, spam, response_seconds, first_buyer_at);
CREATE INDEX ix_threads_order ON threads(order_id);
CREATE INDEX ix_threads_waiting ON threads(first_reply_at, first_buyer_at);

CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    thread_id TEXT NOT NULL REFERENCES threads(thread_id) ON DELETE CASCADE,
    order_id TEXT REFERENCES orders(order_id) ON DELETE SET NULL ON UPDATE CASCADE,
    sender TEXT NOT NULL CHECK (sender IN ({senders})),
    sent_at TEXT NOT NULL,
    spam INTEGER NOT NULL DEFAULT 0 CHECK (spam IN (0, 1)),
    text TEXT NOT NULL DEFAULT '',
    UNIQUE (thread_id, sender, sent_at)
);
CREATE INDEX ix_messages_order ON messages(order_id);

CREATE TABLE saved_replies (
    id INTEGER PRIMARY KEY,
    shop_id INTEGER NOT NULL DEFAULT 1 REFERENCES shops(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '',
    usage_count INTEGER NOT NULL DEFAULT 0,
    last_used_at TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE holidays (
    shop_id INTEGER NOT NULL DEFAULT 1 REFERENCES shops(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (shop_id, day)
);

CREATE TABLE vacations (
    id INTEGER PRIMARY KEY,
    shop_id INTEGER NOT NULL DEFAULT 1 REFERENCES shops(id) ON DELETE CASCADE,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL CHECK (end_date >= start_date),
    auto_reply_id INTEGER REFERENCES saved_replies(id) ON DELETE SET NULL
);

CREATE TABLE settings (
    shop_id INTEGER NOT NULL DEFAULT 1 REFERENCES shops(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (shop_id, key)
);
"""


@migrations()
def m002_order_table_indexes(db: Database) -> None:
    """Indexes behind the Orders page: one per sortable column (so `ORDER BY col, rowid` walks
    an index), NOCASE indexes for prefix search (LIKE 'x%' uses them), and a full-text index of
    item titles kept by triggers."""
    run_script(
        db,
        """
        CREATE INDEX IF NOT EXISTS ix_orders_oid_nocase ON orders(order_id COLLATE NOCASE);
        CREATE INDEX IF NOT EXISTS ix_orders_buyer_nocase ON orders(buyer COLLATE NOCASE);
        CREATE INDEX IF NOT EXISTS ix_orders_tracking_nocase ON orders(tracking_number COLLATE NOCASE);
        CREATE INDEX IF NOT EXISTS ix_orders_order_date ON orders(order_date);
        CREATE INDEX IF NOT EXISTS ix_orders_total ON orders(total_minor);
        CREATE INDEX IF NOT EXISTS ix_orders_due_by ON orders(due_by);
        CREATE INDEX IF NOT EXISTS ix_orders_shipped ON orders(shipped_date);
        CREATE INDEX IF NOT EXISTS ix_orders_edd ON orders(edd);
        CREATE INDEX IF NOT EXISTS ix_orders_delivered ON orders(delivered_date);
        CREATE INDEX IF NOT EXISTS ix_orders_status_only ON orders(status);
        CREATE VIRTUAL TABLE IF NOT EXISTS order_items_fts USING fts5(
            title, content='order_items', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
        INSERT INTO order_items_fts(order_items_fts) VALUES ('rebuild');
        CREATE TRIGGER IF NOT EXISTS order_items_fts_ai AFTER INSERT ON order_items BEGIN
            INSERT INTO order_items_fts(rowid, title) VALUES (new.id, new.title);
        END;
        CREATE TRIGGER IF NOT EXISTS order_items_fts_ad AFTER DELETE ON order_items BEGIN
            INSERT INTO order_items_fts(order_items_fts, rowid, title) VALUES ('delete', old.id, old.title);
        END;
        CREATE TRIGGER IF NOT EXISTS order_items_fts_au AFTER UPDATE OF title ON order_items BEGIN
            INSERT INTO order_items_fts(order_items_fts, rowid, title) VALUES ('delete', old.id, old.title);
            INSERT INTO order_items_fts(rowid, title) VALUES (new.id, new.title);
        END;
        """,
    )


@migrations()
def m003_record_table_indexes(db: Database) -> None:
    """Indexes behind the Messages, Reviews and Cases pages' sorts and quick filters."""
    run_script(
        db,
        """
        CREATE INDEX IF NOT EXISTS ix_reviews_order ON reviews(order_id);
        CREATE INDEX IF NOT EXISTS ix_reviews_day ON reviews(review_date);
        CREATE INDEX IF NOT EXISTS ix_reviews_stars ON reviews(rating);
        CREATE INDEX IF NOT EXISTS ix_reviews_excluded ON reviews(excluded_reason, review_date)
            WHERE excluded_reason IS NOT NULL;
        CREATE INDEX IF NOT EXISTS ix_cases_opened ON cases(opened_date);
        CREATE INDEX IF NOT EXISTS ix_cases_reason ON cases(reason, opened_date);
        CREATE INDEX IF NOT EXISTS ix_cases_open ON cases(opened_date) WHERE resolution IS NULL;
        CREATE INDEX IF NOT EXISTS ix_cases_excluded ON cases(excluded_reason, opened_date)
            WHERE excluded_reason IS NOT NULL;
        CREATE INDEX IF NOT EXISTS ix_threads_first ON threads(first_buyer_at);
        CREATE INDEX IF NOT EXISTS ix_threads_last ON threads(last_message_at);
        CREATE INDEX IF NOT EXISTS ix_threads_response ON threads(response_seconds);
        CREATE INDEX IF NOT EXISTS ix_threads_spam ON threads(spam, first_buyer_at);
        """,
    )


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


@migrations()
def m004_daily_summaries(db: Database) -> None:
    """Per-day summary tables behind the standards engine, kept by triggers (bench/standards.py)."""
    run_script(db, DAILY_SUMMARY_TABLES)
    rebuild_daily_summaries(db)
    run_script(db, DAILY_SUMMARY_TRIGGERS)


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


@migrations()
def m005_problem_orders(db: Database) -> None:
    """Per problem order: first counted and strict days, kept by triggers (bench/standards.py)."""
    run_script(db, PROBLEM_ORDERS_TABLE)
    rebuild_problem_orders(db)
    run_script(db, PROBLEM_ORDERS_TRIGGERS)


@migrations()
def m006_search_by_date_indexes(db: Database) -> None:
    """Order search columns with the order date beside them: a broad search sorted by date reads
    the newest matches of each column straight from its index (store/tables.py, covered_sort).
    The plain NOCASE indexes stay: sorting by those columns needs the rowid right after them."""
    run_script(
        db,
        """
        CREATE INDEX ix_orders_oid_nocase_date ON orders(order_id COLLATE NOCASE, order_date);
        CREATE INDEX ix_orders_buyer_nocase_date ON orders(buyer COLLATE NOCASE, order_date);
        CREATE INDEX ix_orders_tracking_nocase_date ON orders(tracking_number COLLATE NOCASE, order_date);
        """,
    )
