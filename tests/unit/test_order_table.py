"""The orders table query without widgets: counts, SQL sort order, search, quick filters, paging."""

from __future__ import annotations

from datetime import date

import pytest

from sellerdesk.store.order_table import CURRENCY_AT, order_detail, orders_query
from sellerdesk.store.tables import fts_match

TODAY = date(2026, 6, 10)


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    from sellerdesk.store.store import Store

    store = Store.open(tmp_path_factory.mktemp("orders") / "shop.sellerdesk")
    rows = []
    for n in range(10_000):
        day = date(2026, 1 + n % 5, 1 + n % 28).isoformat()
        rows.append(
            {
                "order_id": f"{100000 + n}",
                "order_date": day,
                "buyer": f"Buyer{n % 97:02d}",
                "total_minor": (n * 37) % 5000,
                "currency": "USD",
                "processing_max": 3,
                "status": "open" if n % 10 else "canceled",
            }
        )
    store.upsert_orders(rows)
    with store.write("orders", "order_items"):
        store.db.execute(
            "UPDATE orders SET shipped_date = order_date, tracking_number = 'TRK' || order_id, "
            "status = 'shipped' WHERE order_id LIKE '1001%' AND status = 'open'"
        )
        store.db.conn.executemany(
            "INSERT INTO order_items (order_id, title) VALUES (?, ?)",
            [(f"{100000 + n}", "Blue ceramic mug" if n % 500 == 0 else "Linen towel") for n in range(10_000)],
        )
        store.db.execute(
            "UPDATE orders SET ship_by = '2026-06-10', shipped_date = NULL, status = 'open' WHERE order_id = '100001'"
        )
        store.db.execute(
            "UPDATE orders SET ship_by = '2026-06-01', shipped_date = NULL, status = 'open' WHERE order_id = '100002'"
        )
    store.insert("reviews", {"order_id": "100003", "review_date": "2026-05-01", "rating": 1})
    store.insert("cases", {"order_id": "100004", "opened_date": "2026-05-01", "reason": "late"})
    store.insert(
        "cases",
        {"order_id": "100005", "opened_date": "2026-05-01", "reason": "late", "excluded_reason": "accidental_case"},
    )
    yield store
    store.close()


def test_count_and_default_sort_newest_first(shop):
    q = orders_query(shop.db, TODAY)
    assert q.count() == 10_000
    rows = q.rows(0, 200)
    dates = [r[1 + q.column_index("order_date")] for r in rows]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize(
    "key", ["order_id", "order_date", "buyer", "total", "due_by", "shipped", "tracking", "edd", "delivered", "status"]
)
def test_every_sortable_column_sorts_in_sql_and_uses_an_index(shop, key):
    q = orders_query(shop.db, TODAY)
    q.set_sort(key, False)
    at = 1 + q.column_index(key)
    values = [r[at] for r in q.rows(0, 10_000)]
    present = [v for v in values if v is not None]
    normal = [v.lower() if isinstance(v, str) else v for v in present]
    assert normal == sorted(normal)
    expr = q.spec.columns[q.column_index(key)].expr
    plan = " ".join(
        r[3] for r in shop.db.execute(f"EXPLAIN QUERY PLAN SELECT * FROM orders ORDER BY {expr}, orders.rowid LIMIT 5")
    )
    assert "TEMP B-TREE" not in plan, plan


def test_the_last_page_of_a_10000_row_table_matches_a_plain_query(shop):
    q = orders_query(shop.db, TODAY)
    q.set_sort("total", True)
    last = q.rows(9_900, 200, 10_000)
    assert len(last) == 100
    every = q.rows(0, 10_000, 10_000)
    assert [r[0] for r in last] == [r[0] for r in every[9_900:]]


def test_search_by_order_id_buyer_tracking_and_item_word(shop):
    q = orders_query(shop.db, TODAY)
    q.search = "10001"
    assert q.count() == 10  # 100010..100019
    q.search = "buyer05"  # case-insensitive prefix
    assert q.count() == len([n for n in range(10_000) if n % 97 == 5])
    q.search = "trk1001"
    assert q.count() == 90  # the shipped 1001xx orders
    q.search = "mug"
    assert q.count() == 20
    q.search = "cer"
    assert q.count() == 20
    assert fts_match('blue "mug') == '"blue"* "mug"*'


def test_quick_filters_use_the_as_of_day(shop):
    q = orders_query(shop.db, TODAY)
    counts = {}
    for name in ("due_today", "overdue", "problem", "canceled"):
        q.filter = name
        counts[name] = q.count()
    assert counts["due_today"] == 1 and counts["problem"] == 2 and counts["canceled"] == 1000
    q.filter = "due_today"
    row = q.rows(0, 5)[0]
    assert row[0] == "100001" and "T" in row[1 + q.column_index("flags")]
    assert row[CURRENCY_AT] == "USD"


def test_order_detail_has_children_and_flags(shop):
    detail = order_detail(shop.db, "100003", TODAY)
    assert detail["items"][0]["title"] == "Linen towel"
    assert detail["reviews"][0]["rating"] == 1 and "P" in detail["flags"]
    assert "P" not in order_detail(shop.db, "100005", TODAY)["flags"]  # an excluded case
    assert order_detail(shop.db, "nope", TODAY) is None


@pytest.mark.parametrize("term", ["Buyer1", "TRK1001", "1000", "mug"])
def test_a_broad_search_merged_from_the_columns_indexes_equals_the_plain_query(shop, monkeypatch, term):
    """When walking the date index runs past its budget, the merged page is the same page."""
    import dataclasses

    from sellerdesk.store import tables
    from sellerdesk.store.database import Interrupts

    query = orders_query(shop.db, TODAY)
    query.search = term
    total = query.count()
    offsets = [offset for offset in (0, 50, 150) if offset <= total // 2]  # later pages read from the end
    plain = [query.rows(offset, 50, total) for offset in offsets]
    query.spec = dataclasses.replace(query.spec, dense_search_rows=1)
    monkeypatch.setattr(tables, "WALK_BUDGET_S", 0.0)  # always give up the walk: merge
    monkeypatch.setattr(Interrupts, "STEPS", 1)
    merged = []
    original = tables.TableQuery._merged_rows
    monkeypatch.setattr(
        tables.TableQuery, "_merged_rows", lambda self, *args: merged.append(args) or original(self, *args)
    )
    query.count()
    assert query.dense == (total > 1)
    assert [query.rows(offset, 50, total) for offset in offsets] == plain
    assert len(merged) == len(offsets) >= 1


def test_a_search_with_a_time_budget_keeps_the_workers_stale_check(shop):
    """SQLite keeps one progress handler per connection: the search's budget must not replace
    the check a worker uses to abort an outdated query."""
    import sqlite3

    from sellerdesk.store.database import interrupts

    stale = [False]
    check = lambda: stale[0]  # noqa: E731
    interrupts(shop.db).add(check)
    try:
        import dataclasses

        query = orders_query(shop.db, TODAY)
        query.spec = dataclasses.replace(query.spec, dense_search_rows=1)
        query.search = "Buyer"
        total = query.count()
        assert query.dense  # a broad search sorted by date: walked within its time budget
        assert len(query.rows(0, 50, total)) == 50
        stale[0] = True
        with pytest.raises(sqlite3.OperationalError, match="interrupted"):
            shop.db.execute("SELECT count(*) FROM orders a JOIN orders b ON a.total_minor = b.total_minor").fetchone()
    finally:
        interrupts(shop.db).remove(check)
