"""Schema migrations, applied in order, each in a transaction with its record (sqlite-utils).

One module per migration, `mNNN_what.py`, with a `migrate(db)` function; the module's name is
the name recorded in every shop file's `_sqlite_migrations` table, so a module is never renamed
and a new migration goes at the end of STEPS. Shared SQL lives beside them (summaries.py,
vocabulary.py, _script.py).
"""

from __future__ import annotations

from types import ModuleType

from sqlite_utils.migrations import Migrations

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


migrations = Migrations("sellerdesk")
for _step in STEPS:
    migrations(name=step_name(_step))(_step.migrate)

__all__ = [
    "CASE_REASONS",
    "CASE_RESOLUTIONS",
    "DAILY_SUMMARY_TABLES",
    "DAILY_SUMMARY_TRIGGERS",
    "DAILY_SUMMARY_TRIGGER_NAMES",
    "EXCLUSIONS",
    "ORDER_STATUSES",
    "PROBLEM_ORDERS_TABLE",
    "PROBLEM_ORDERS_TRIGGERS",
    "PROBLEM_ORDERS_TRIGGER_NAMES",
    "PROBLEM_REVIEW_MAX_RATING",
    "SENDERS",
    "STEPS",
    "SUMMARY_TRIGGER_NAMES",
    "migrations",
    "rebuild_daily_summaries",
    "rebuild_problem_orders",
    "rebuild_summaries",
    "run_script",
    "step_name",
]
