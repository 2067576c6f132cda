"""Migrations: their recorded names never change, and a shop made by an older SellerDesk opens,
is copied, gets the new migrations and ends with the schema of a fresh file and its data intact."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

from sellerdesk.cli import main as cli_main
from sellerdesk.store.connection import Database
from sellerdesk.store.database import SCHEMA_VERSION
from sellerdesk.store.migrations import STEP_NAMES, applied_names, pending_names, registry
from sellerdesk.store.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
#: made by SellerDesk at commit 40ad63b (`sellerdesk demo --orders 80 --seed 7 --as-of 2026-06-30`,
#: then journal_mode DELETE and VACUUM), with that version's `status --as-of 2026-06-30` output
V6_SHOP = FIXTURES / "shop_v6.sellerdesk"
V6_STATUS = FIXTURES / "shop_v6_status.txt"
#: The figures of a status summary: percentages, "(n of m)" and ratings.
FIGURE = re.compile(r"\d+\.\d+%|\(\d+ of \d+\)|\b\d\.\d\d\b")
V6_MIGRATIONS = [
    "m001_initial",
    "m002_order_table_indexes",
    "m003_record_table_indexes",
    "m004_daily_summaries",
    "m005_problem_orders",
    "m006_search_by_date_indexes",
]


def schema(path: Path) -> set[tuple]:
    conn = sqlite3.connect(path)
    try:
        return set(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
    finally:
        conn.close()


def test_recorded_migration_names_never_change():
    names = list(STEP_NAMES)
    assert [m.name for m in registry()._migrations] == names  # the sqlite-utils migration set, in the same order
    assert names[: len(V6_MIGRATIONS)] == V6_MIGRATIONS
    assert len(names) == len(set(names)) == SCHEMA_VERSION
    assert names == sorted(names)  # mNNN_: applied in the order of their numbers


def test_pending_migrations_read_in_sql_are_those_sqlite_utils_finds(tmp_path):
    older = tmp_path / "older.sellerdesk"
    shutil.copyfile(V6_SHOP, older)
    empty = tmp_path / "empty.sellerdesk"
    sqlite3.connect(empty).close()
    for path, pending in [(older, list(STEP_NAMES[len(V6_MIGRATIONS) :])), (empty, list(STEP_NAMES))]:
        db = Database(sqlite3.connect(path))
        try:
            assert pending_names(db) == pending
            assert [m.name for m in registry().pending(db.helpers)] == pending
            assert applied_names(db) == [m.name for m in registry().applied(db.helpers)]
        finally:
            db.close()


def test_a_shop_made_by_the_previous_version_opens_and_gets_the_new_migrations(tmp_path):
    path = tmp_path / "shop.sellerdesk"
    shutil.copyfile(V6_SHOP, path)
    fresh = tmp_path / "fresh.sellerdesk"
    Store.open(fresh).close()

    store = Store.open(path)
    try:
        applied = applied_names(store.db)
        assert [m.name for m in registry().applied(store.db.helpers)] == applied
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        counts = {t: store.db.table(t).count for t in ("orders", "order_items", "reviews", "cases", "messages")}
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        store.close()
    assert applied == list(STEP_NAMES)
    assert counts == {"orders": 80, "order_items": 134, "reviews": 30, "cases": 3, "messages": 50}
    assert schema(path) == schema(fresh)
    first_new = applied[len(V6_MIGRATIONS)]
    copies = [p for p in (tmp_path / "backups").iterdir() if p.name.endswith(f".before-{first_new}.sellerdesk")]
    assert len(copies) == 1
    conn = sqlite3.connect(copies[0])
    try:
        assert [name for (name,) in conn.execute("SELECT name FROM _sqlite_migrations")] == V6_MIGRATIONS
    finally:
        conn.close()


def test_the_migrated_shop_reports_what_the_previous_version_reported(tmp_path, capsys):
    path = tmp_path / "shop.sellerdesk"
    shutil.copyfile(V6_SHOP, path)
    assert cli_main(["status", "--db", str(path), "--as-of", "2026-06-30"]) == 0
    out = capsys.readouterr().out
    # The words changed since (issue 11: verdicts on every row, inclusive date ranges); every figure the
    # previous version printed is still printed, in the same order.
    old_figures = FIGURE.findall(V6_STATUS.read_text(encoding="utf-8"))
    new_figures = iter(FIGURE.findall(out))
    assert old_figures and all(figure in new_figures for figure in old_figures)
