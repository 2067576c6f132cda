"""Indexes behind the Orders page: one per sortable column (so `ORDER BY col, rowid` walks
an index), NOCASE indexes for prefix search (LIKE 'x%' uses them), and a full-text index of
item titles kept by triggers."""

from __future__ import annotations

from sellerdesk.store.connection import Database
from sellerdesk.store.migrations._script import run_script


def migrate(db: Database) -> None:
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
