"""What two rule settings need per thread (core/settings.py): the first reply by the seller alone
(`auto_replies_count` off), and whether any message of the thread is marked spam
(`spam_by_first_message` off). Store.refresh_threads keeps them from now on."""

from __future__ import annotations

from sellerdesk.store.connection import Database

# The seconds from the first incoming message to the seller's own first reply, and any spam mark.
FILL = """
UPDATE threads SET
    seller_response_seconds = CASE WHEN first_buyer_at IS NULL THEN NULL ELSE (
        SELECT CAST(round((julianday(min(m.sent_at)) - julianday(threads.first_buyer_at)) * 86400) AS INTEGER)
        FROM messages m WHERE m.thread_id = threads.thread_id AND m.sender = 'seller'
          AND m.sent_at >= threads.first_buyer_at) END,
    any_spam = EXISTS (SELECT 1 FROM messages m WHERE m.thread_id = threads.thread_id AND m.spam = 1)
"""


def fill(db: Database, where: str = "", params: list | None = None) -> None:
    db.execute(FILL + where, params or [])


def migrate(db: Database) -> None:
    db.execute("ALTER TABLE threads ADD COLUMN seller_response_seconds INTEGER")
    db.execute("ALTER TABLE threads ADD COLUMN any_spam INTEGER NOT NULL DEFAULT 0")
    fill(db)
