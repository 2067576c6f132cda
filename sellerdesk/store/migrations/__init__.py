"""Schema migrations, applied in order, each in a transaction with its record (sqlite-utils' Migrations).

One module per migration, `mNNN_what.py`, with a `migrate(db)` function; the module's name is
the name recorded in every shop file's `_sqlite_migrations` table, so a module is never renamed
and a new migration goes at the end of STEPS. Shared SQL lives beside them (summaries.py,
vocabulary.py, _script.py).

Whether a shop is up to date is read in plain SQL (opening a shop does not wait for sqlite-utils to
load); sqlite-utils' framework is loaded only to migrate.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING

from sellerdesk.store.migrations import (
    m001_initial,
    m002_order_table_indexes,
    m003_record_table_indexes,
    m004_daily_summaries,
    m005_problem_orders,
    m006_search_by_date_indexes,
    m007_drop_overlapping_indexes,
    m008_etsy_import,
    m009_order_search_index,
    m010_incoming_threads,
    m011_thread_rule_choices,
    m012_capacity_indexes,
    m013_drop_item_title_index,
)
from sellerdesk.store.migrations._script import run_script
from sellerdesk.store.migrations.summaries import (
    DAILY_SUMMARY_TABLES,
    DAILY_SUMMARY_TRIGGER_NAMES,
    DAILY_SUMMARY_TRIGGERS,
    PROBLEM_ORDERS_TABLE,
    PROBLEM_ORDERS_TRIGGER_NAMES,
    PROBLEM_ORDERS_TRIGGERS,
    PROBLEM_REVIEW_MAX_RATING,
    SUMMARY_TRIGGER_NAMES,
    rebuild_daily_summaries,
    rebuild_problem_orders,
    rebuild_summaries,
)
from sellerdesk.store.migrations.vocabulary import (
    CASE_REASONS,
    CASE_RESOLUTIONS,
    EXCLUSIONS,
    ORDER_STATUSES,
    SENDERS,
)

if TYPE_CHECKING:
    from sqlite_utils.migrations import Migrations

    from sellerdesk.store.connection import Database

#: Every migration, in the order a shop file gets them.
STEPS: tuple[ModuleType, ...] = (
    m001_initial,
    m002_order_table_indexes,
    m003_record_table_indexes,
    m004_daily_summaries,
    m005_problem_orders,
    m006_search_by_date_indexes,
    m007_drop_overlapping_indexes,
    m008_etsy_import,
    m009_order_search_index,
    m010_incoming_threads,
    m011_thread_rule_choices,
    m012_capacity_indexes,
    m013_drop_item_title_index,
)


def step_name(step: ModuleType) -> str:
    return step.__name__.rsplit(".", 1)[-1]


#: What every shop file records of its migrations: this set's name and its steps' names, in order.
MIGRATION_SET = "sellerdesk"
STEP_NAMES: tuple[str, ...] = tuple(step_name(step) for step in STEPS)
MIGRATIONS_TABLE = "_sqlite_migrations"


def applied_names(db: Database) -> list[str]:
    """The migrations the shop records, in the order applied: what sqlite-utils' Migrations.applied()
    reads, in plain SQL."""
    found = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE])
    if found.fetchone() is None:
        return []
    rows = db.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET]
    ).fetchall()
    return [name for (name,) in rows]


def pending_names(db: Database) -> list[str]:
    """The migrations the shop still needs, in order (sqlite-utils' Migrations.pending(), in plain SQL)."""
    applied = set(applied_names(db))
    return [name for name in STEP_NAMES if name not in applied]


def apply_pending(db: Database) -> None:
    """Apply every pending migration, each in a transaction with its record (sqlite-utils' framework)."""
    registry().apply(db.helpers)


@cache
def registry() -> Migrations:
    """SellerDesk's migrations as a sqlite-utils migration set (sqlite-utils loaded now, if not yet)."""
    from sellerdesk.store.connection import load_sqlite_utils

    load_sqlite_utils()
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for step in STEPS:
        migrations(name=step_name(step))(step.migrate)
    return migrations


__all__ = [
    "CASE_REASONS",
    "CASE_RESOLUTIONS",
    "DAILY_SUMMARY_TABLES",
    "DAILY_SUMMARY_TRIGGERS",
    "DAILY_SUMMARY_TRIGGER_NAMES",
    "EXCLUSIONS",
    "MIGRATION_SET",
    "ORDER_STATUSES",
    "PROBLEM_ORDERS_TABLE",
    "PROBLEM_ORDERS_TRIGGERS",
    "PROBLEM_ORDERS_TRIGGER_NAMES",
    "PROBLEM_REVIEW_MAX_RATING",
    "SENDERS",
    "STEPS",
    "STEP_NAMES",
    "SUMMARY_TRIGGER_NAMES",
    "applied_names",
    "apply_pending",
    "pending_names",
    "rebuild_daily_summaries",
    "rebuild_problem_orders",
    "rebuild_summaries",
    "registry",
    "run_script",
    "step_name",
]
