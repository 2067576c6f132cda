"""The first schema: shops, orders and their items, reviews, cases, message threads, saved replies,
holidays, vacations and settings, with the indexes the standards queries first needed."""

from __future__ import annotations

from sellerdesk.store.connection import Database
from sellerdesk.store.migrations._script import run_script, sql_in
from sellerdesk.store.migrations.vocabulary import (
    CASE_REASONS,
    CASE_RESOLUTIONS,
    EXCLUSIONS,
    ORDER_STATUSES,
    SENDERS,
)


def migrate(db: Database) -> None:
    run_script(
        db,
        _SCRIPT.format(
            statuses=sql_in(ORDER_STATUSES),
            reasons=sql_in(CASE_REASONS),
            resolutions=sql_in(CASE_RESOLUTIONS),
            senders=sql_in(SENDERS),
            exclusions=sql_in(EXCLUSIONS),
        ),
    )


# Dates are shop-local ISO days (TEXT 'YYYY-MM-DD'); instants are UTC 'YYYY-MM-DDTHH:MM:SSZ'.
# Money is integer minor units beside a currency code.
_SCRIPT = """
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
