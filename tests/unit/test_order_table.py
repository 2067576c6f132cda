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


def merged_and_plain_pages(store, term: str, descending: bool, offsets=(0, 50, 150), limit: int = 50):
    """A search's pages read the plain way (one SQL query) and through the merge of each search
    column's matches (the broad-search path), and how many pages the merge answered."""
    import dataclasses

    from sellerdesk.store import tables

    query = orders_query(store.db, TODAY)
    query.search = term
    query.set_sort("order_date", descending)
    total = query.count()
    offsets = [offset for offset in offsets if offset <= total // 2]  # later pages read from the end
    plain = [query.rows(offset, limit, total) for offset in offsets]
    query.spec = dataclasses.replace(query.spec, dense_search_rows=1)
    query.count()
    merged_calls = []
    original = tables.TableQuery._merged_rows
    tables.TableQuery._merged_rows = lambda self, *args: merged_calls.append(args) or original(self, *args)
    try:
        merged = [query.rows(offset, limit, total) for offset in offsets]
    finally:
        tables.TableQuery._merged_rows = original
    return plain, merged, len(merged_calls) if query.dense else 0


@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize("term", ["Buyer1", "buyer0", "TRK1001", "trk", "1000", "1", "mug", "Buyer_1", "%", "zzz"])
def test_a_broad_search_merged_from_the_columns_indexes_equals_the_plain_query(shop, term, descending):
    """~70 orders share each day: the merge keeps every match of the last day it needs, so rows
    of one day come in the same (rowid) order as the plain query's, in both directions."""
    plain, merged, merged_pages = merged_and_plain_pages(shop, term, descending)
    assert merged == plain
    assert merged_pages == (len(plain) if len(plain[0]) > 1 else 0)
    if term in ("Buyer_1", "%", "zzz"):  # _ and % are plain characters in a search
        assert plain == [[]]


def test_the_merged_search_keeps_the_case_rules_of_the_plain_search(store):
    """LIKE folds ASCII letters only: 'emi' finds EMILE and emily, not Émile; 'Émi' finds Émile only.
    A text ending in '@' (its index range ends at 'A', which NOCASE reads as 'a') still finds only
    what starts with it."""
    from shopkit import add_order

    buyers = ["Émile Zola", "émile", "EMILE", "emily", "Emi", "a@b", "a@", "a[x", "a_b", "aAb"]
    for n, buyer in enumerate(buyers * 3):
        add_order(store, f"X{n:03d}", date(2026, 5, 1 + n % 9), buyer=buyer)
    expect = {
        "emi": {"EMILE", "emily", "Emi"},
        "EMI": {"EMILE", "emily", "Emi"},
        "Émi": {"Émile Zola"},
        "a@": {"a@b", "a@"},
        "a_": {"a_b"},
        "aa": {"aAb"},
    }
    for term, want in expect.items():
        for descending in (True, False):
            plain, merged, merged_pages = merged_and_plain_pages(store, term, descending, offsets=(0, 4), limit=4)
            assert merged == plain and merged_pages >= 1, term
            query = orders_query(store.db, TODAY)
            query.search = term
            assert {r[1 + query.column_index("buyer")] for r in query.rows(0, 100)} == want, term


def test_a_stale_worker_check_stops_a_broad_search(shop, monkeypatch):
    """SQLite keeps one progress handler per connection: a broad search must not replace the
    check a worker uses to abort an outdated query, and its queries obey it."""
    import dataclasses
    import sqlite3

    from sellerdesk.store.database import Interrupts, interrupts

    monkeypatch.setattr(Interrupts, "STEPS", 10)
    stale = [False]
    check = lambda: stale[0]  # noqa: E731
    interrupts(shop.db).add(check)
    try:
        query = orders_query(shop.db, TODAY)
        query.spec = dataclasses.replace(query.spec, dense_search_rows=1)
        query.search = "Buyer"
        total = query.count()
        assert query.dense  # a broad search sorted by date: merged from the columns' indexes
        assert len(query.rows(0, 50, total)) == 50
        stale[0] = True
        with pytest.raises(sqlite3.OperationalError, match="interrupted"):
            query.rows(0, 50, total)
    finally:
        interrupts(shop.db).remove(check)
