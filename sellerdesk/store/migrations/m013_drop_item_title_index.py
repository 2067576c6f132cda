"""Drop ix_items_title: nothing reads order items by title any more. The Orders page finds items by
title through the full-text index `order_items_fts` (m002); items are otherwise read by order,
transaction or listing. The index cost time on every item written, and ~0.2 s of a 150,000-item
import's index builds."""

from __future__ import annotations

from sellerdesk.store.connection import Database


def migrate(db: Database) -> None:
    db.execute("DROP INDEX IF EXISTS ix_items_title")
