"""Indexes behind the Messages, Reviews and Cases pages' sorts and quick filters."""

from __future__ import annotations

from sellerdesk.store.connection import Database
from sellerdesk.store.migrations._script import run_script


def migrate(db: Database) -> None:
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
