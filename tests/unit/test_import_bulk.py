"""A big import into a small shop sets the summary and full-text triggers aside and rebuilds what they
keep (store/bulk_load.py): the shop must end up exactly as the row-by-row merge leaves it, and undo
must still put it back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from etsykit import OLDER_ITEMS, OLDER_ORDERS, OVERLAP, US_ALL, US_ORDERS, content, edited

from sellerdesk.io import importer
from sellerdesk.io.demo import make_demo_shop
from sellerdesk.io.export import export_all
from sellerdesk.store import bulk_load
from sellerdesk.store.migrations.summaries import rebuild_summaries
from sellerdesk.store.store import Store

SUMMARIES = ("order_days", "ship_days", "review_days", "problem_orders")
#: Rows whose counts fell back to 0 stay in a summary table (readers skip them); a rebuild drops them.
_COUNTED = {"order_days": "order_count > 0", "ship_days": "to_ship > 0", "review_days": "review_count > 0"}


def _import(store: Store, paths: list[Path]) -> importer.ImportPlan:
    plan = importer.read_files(paths)
    importer.write_plan(store, plan)
    return plan


def _schema(store: Store) -> set[tuple]:
    return set(store.db.execute("SELECT type, name, sql FROM sqlite_master").fetchall())


def _summaries(store: Store) -> dict[str, list[tuple]]:
    return {
        t: sorted(store.db.execute(f"SELECT * FROM {t} WHERE {_COUNTED.get(t, 'true')}").fetchall(), key=repr)
        for t in SUMMARIES
    }


def _found_by_title(store: Store, word: str) -> list[str]:
    return [
        r[0]
        for r in store.db.execute(
            "SELECT transaction_id FROM order_items WHERE id IN "
            "(SELECT rowid FROM order_items_fts WHERE order_items_fts MATCH ?) ORDER BY transaction_id",
            [word],
        )
    ]


def _shop(tmp_path: Path, name: str, bulk: bool, monkeypatch: pytest.MonkeyPatch) -> Store:
    monkeypatch.setattr(bulk_load, "BULK_MIN_ROWS", 0 if bulk else 10**9)
    store = Store.open(tmp_path / name)
    store.insert(
        "shipping_profiles",
        {"name": "Standard", "processing_min": 1, "processing_max": 3, "domestic_transit_max": 5, "is_default": 1},
    )
    return store


def test_a_bulk_import_leaves_the_shop_as_the_row_by_row_merge_does(tmp_path, monkeypatch):
    results = {}
    for bulk in (False, True):
        store = _shop(tmp_path, f"bulk-{bulk}.sellerdesk", bulk, monkeypatch)
        fresh = _schema(store)
        plans = [_import(store, paths) for paths in ([OLDER_ORDERS, OLDER_ITEMS], US_ALL)]
        july = OVERLAP / "july"
        plans.append(_import(store, [july / "EtsySoldOrders2026.csv", july / "EtsySoldOrderItems2026.csv"]))
        assert _schema(store) == fresh, "every trigger is back, with its exact SQL"
        kept = _summaries(store)
        with store.write(*SUMMARIES):
            rebuild_summaries(store.db)
        assert _summaries(store) == kept
        words = {r[0].split()[0] for r in store.db.execute("SELECT title FROM order_items")}
        results[bulk] = (content(store), kept, {w: _found_by_title(store, f'"{w}"') for w in words})
        assert all(results[bulk][2].values()), "every item is found by a word of its title"
        for plan in plans:
            plan.close()
        store.close()
    assert results[True] == results[False]


def test_undo_after_a_bulk_import_puts_the_shop_back(tmp_path, monkeypatch):
    store = _shop(tmp_path, "undo.sellerdesk", True, monkeypatch)
    first = _import(store, [OLDER_ORDERS, OLDER_ITEMS])
    before, summaries_before = content(store), _summaries(store)
    renamed = edited(US_ORDERS, tmp_path / US_ORDERS.name, "3301000005", "Ship City", "Springfield")
    second = _import(store, [renamed, *US_ALL[1:]])
    assert content(store) != before
    importer.undo_plan(store, second)
    assert content(store) == before
    assert _summaries(store) == summaries_before
    importer.redo_plan(store, second)
    kept = _summaries(store)
    with store.write(*SUMMARIES):
        rebuild_summaries(store.db)
    assert _summaries(store) == kept
    for plan in (first, second):
        plan.close()
    store.close()


def test_a_bulk_import_of_templates_keeps_threads_as_the_row_by_row_merge_does(tmp_path, monkeypatch):
    """Into an empty shop the indexes of threads, messages, reviews and cases are set aside too (each thread
    row is written three times by its refresh): the threads and their indexes come out the same, and undo
    empties them again."""
    demo = Store.open(tmp_path / "demo.sellerdesk")
    make_demo_shop(demo, orders=300, seed=4, as_of=date(2026, 6, 30))
    templates = sorted(export_all(demo, tmp_path / "templates"))
    demo.close()
    results = {}
    for bulk in (False, True):
        store = _shop(tmp_path, f"threads-{bulk}.sellerdesk", bulk, monkeypatch)
        fresh = _schema(store)
        plan = _import(store, templates)
        assert _schema(store) == fresh, "every index and trigger is back, with its exact SQL"
        results[bulk] = [
            store.db.execute(f"SELECT * FROM {t} ORDER BY 1, 2, 3").fetchall() for t in ("threads", "messages")
        ]
        assert results[bulk][0], "the demo shop's threads were imported"
        importer.undo_plan(store, plan)
        assert store.db.execute("SELECT count(*) FROM threads").fetchone()[0] == 0
        plan.close()
        store.close()
    assert results[True] == results[False]
