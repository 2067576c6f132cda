"""What Etsy's downloads carry beyond SellerDesk's templates (RULES.md 6): the buyer's username, refunds,
Etsy's order status, item SKUs and variations, the reviewer; reviews that wait for their order; and the
seller's listing -> shipping profile map that gives imported orders their ship-by date."""

from __future__ import annotations

from sellerdesk.store.connection import Database
from sellerdesk.store.migrations._script import run_script


def migrate(db: Database) -> None:
    run_script(
        db,
        """
        ALTER TABLE orders ADD COLUMN buyer_username TEXT;
        ALTER TABLE orders ADD COLUMN refund_minor INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE orders ADD COLUMN etsy_status TEXT;
        ALTER TABLE order_items ADD COLUMN sku TEXT;
        ALTER TABLE order_items ADD COLUMN variations TEXT NOT NULL DEFAULT '';
        ALTER TABLE reviews ADD COLUMN reviewer TEXT NOT NULL DEFAULT '';
        CREATE INDEX ix_items_listing ON order_items(listing_id);

        -- Reviews whose order is not in the shop yet (an older year not imported): kept, and moved
        -- into reviews by the triggers below when the order arrives, however it arrives.
        CREATE TABLE pending_reviews (
            order_id TEXT NOT NULL,
            review_date TEXT NOT NULL,
            rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
            text TEXT NOT NULL DEFAULT '',
            reviewer TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (order_id, review_date)
        ) WITHOUT ROWID;
        CREATE TRIGGER pending_reviews_join_ai AFTER INSERT ON orders
        WHEN EXISTS (SELECT 1 FROM pending_reviews WHERE order_id = NEW.order_id) BEGIN
            INSERT INTO reviews (order_id, review_date, rating, text, reviewer)
                SELECT order_id, review_date, rating, text, reviewer FROM pending_reviews
                WHERE order_id = NEW.order_id ON CONFLICT (order_id, review_date) DO NOTHING;
            DELETE FROM pending_reviews WHERE order_id = NEW.order_id;
        END;
        CREATE TRIGGER pending_reviews_join_au AFTER UPDATE OF order_id ON orders
        WHEN EXISTS (SELECT 1 FROM pending_reviews WHERE order_id = NEW.order_id) BEGIN
            INSERT INTO reviews (order_id, review_date, rating, text, reviewer)
                SELECT order_id, review_date, rating, text, reviewer FROM pending_reviews
                WHERE order_id = NEW.order_id ON CONFLICT (order_id, review_date) DO NOTHING;
            DELETE FROM pending_reviews WHERE order_id = NEW.order_id;
        END;

        -- The seller's map from an Etsy listing to the shipping profile its orders use.
        CREATE TABLE listing_profiles (
            listing_id TEXT NOT NULL PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES shipping_profiles(id) ON DELETE CASCADE
        ) WITHOUT ROWID;
        CREATE INDEX ix_listing_profiles_profile ON listing_profiles(profile_id);
        """,
    )
