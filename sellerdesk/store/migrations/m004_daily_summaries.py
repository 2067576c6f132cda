"""Per-day summary tables behind the standards engine, kept by triggers (bench/standards.py)."""

from __future__ import annotations

from sellerdesk.store.connection import Database
from sellerdesk.store.migrations._script import run_script
from sellerdesk.store.migrations.summaries import (
    DAILY_SUMMARY_TABLES,
    DAILY_SUMMARY_TRIGGERS,
    rebuild_daily_summaries,
)


def migrate(db: Database) -> None:
    run_script(db, DAILY_SUMMARY_TABLES)
    rebuild_daily_summaries(db)
    run_script(db, DAILY_SUMMARY_TRIGGERS)
