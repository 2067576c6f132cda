"""The Messages / Reviews / Cases table specs, answered in SQL against a store with known rows."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from shopkit import add_case, add_message, add_order, add_review, add_thread, at

from sellerdesk.store import record_tables as rt

NOW = datetime(2026, 5, 20, 12, 0, tzinfo=UTC)


def keys(query) -> list:
    return [row[0] for row in query.rows(0, 1000)]


def column(query, key: str) -> list:
    index = 1 + query.column_index(key)
    return [row[index] for row in query.rows(0, 1000)]


@pytest.fixture
def shop(store):
    for n in range(1, 7):
        add_order(store, f"A{n}", date(2026, 3, n), buyer=f"buyer{n}")
    add_review(store, "A1", "2026-03-10", 1)
    add_review(store, "A2", "2026-03-11", 2, excluded="carrier_delay")
    add_review(store, "A3", "2026-03-12", 3)
    add_review(store, "A4", "2026-03-13", 5)
    add_review(store, "A5", "2026-03-09", 4)
    add_case(store, "A1", "2026-03-20", reason="damaged")
    add_case(store, "A2", "2026-03-21", resolution="refunded_by_seller", closed="2026-03-25")
    add_case(
        store,
        "A3",
        "2026-03-19",
        reason="damaged",
        resolution="closed_for_seller",
        closed="2026-03-22",
        excluded="accidental_case",
    )
    return store


def test_reviews_counts_per_filter(shop):
    query = rt.reviews_query(shop.db)
    expected = {
        "": 5,
        "low": 2,
        "low3": 3,
        "problem": 1,
        "excluded": 1,
        "excluded:carrier_delay": 1,
        "excluded:abusive_review": 0,
    }
    for name, count in expected.items():
        query.filter = name
        assert query.count() == count, name


def test_reviews_default_sort_is_newest_first_and_rating_sorts(shop):
    query = rt.reviews_query(shop.db)
    assert column(query, "order_id") == ["A4", "A3", "A2", "A1", "A5"]
    query.set_sort("rating", False)
    assert column(query, "rating") == [1, 2, 3, 4, 5]
    assert column(query, "buyer")[0] == "buyer1"


def test_reviews_search_by_order_buyer_and_text(shop):
    shop.update("reviews", keys(rt.reviews_query(shop.db))[0], {"text": "Lovely 100% wool"})
    query = rt.reviews_query(shop.db)
    query.search = "A3"
    assert column(query, "order_id") == ["A3"]
    query.search = "buyer5"
    assert column(query, "order_id") == ["A5"]
    query.search = "100%"
    assert column(query, "order_id") == ["A4"]


def test_cases_filters_by_state_reason_and_resolution(shop):
    query = rt.cases_query(shop.db)
    expected = {
        "": 3,
        "open": 1,
        "closed": 2,
        "excluded": 1,
        "reason:damaged": 2,
        "reason:not_received": 1,
        "resolution:refunded_by_seller": 1,
        "resolution:closed_by_buyer": 0,
        "excluded:accidental_case": 1,
    }
    for name, count in expected.items():
        query.filter = name
        assert query.count() == count, name
    query.filter = ""
    assert column(query, "opened_date") == ["2026-03-21", "2026-03-20", "2026-03-19"]


@pytest.fixture
def threads(store):
    add_order(store, "B1", date(2026, 5, 1), buyer="ann")
    add_thread(store, "old-overdue", NOW - timedelta(hours=70), None)
    add_thread(store, "overdue", NOW - timedelta(hours=49), None)
    add_thread(store, "in-48", NOW - timedelta(hours=30), None)
    add_thread(store, "in-24", NOW - timedelta(hours=2), None)
    add_thread(store, "answered", NOW - timedelta(hours=60), timedelta(hours=3))
    add_thread(store, "late", NOW - timedelta(days=5), timedelta(hours=50))
    add_thread(store, "junk", NOW - timedelta(hours=80), None, spam=1)
    add_message(store, "order-talk", "buyer", NOW - timedelta(hours=5), order_id="B1")
    return store


def test_awaiting_reply_is_sorted_nearest_deadline_first(threads):
    query = rt.threads_query(threads.db, NOW)
    query.filter = "awaiting"
    query.set_sort("first_at", False)
    assert keys(query) == ["old-overdue", "overdue", "in-48", "order-talk", "in-24"]
    deadlines = [
        rt.reply_deadlines(datetime.strptime(v, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC))[0]
        for v in column(query, "deadline")
    ]
    assert deadlines == sorted(deadlines)


def test_overdue_spam_and_late_filters_follow_the_clock(threads):
    query = rt.threads_query(threads.db, NOW)
    query.filter = "overdue"
    assert sorted(keys(query)) == ["old-overdue", "overdue"]
    rt.set_now(query, NOW + timedelta(hours=20))
    assert sorted(keys(query)) == ["in-48", "old-overdue", "overdue"]
    query.filter = "spam"
    assert keys(query) == ["junk"]
    query.filter = "answered_late"
    assert keys(query) == ["late"]
    query.filter = ""
    assert query.count() == 8


def test_threads_show_response_time_and_search_by_buyer(threads):
    query = rt.threads_query(threads.db, NOW)
    query.search = "answered"
    assert column(query, "response") == [3 * 3600]
    assert column(query, "deadline") == [None]
    query.search = "ann"
    assert keys(query) == ["order-talk"]


def test_lookups_for_the_dialogs(shop):
    assert rt.order_date(shop.db, "A2") == "2026-03-02"
    assert rt.order_date(shop.db, "nope") is None
    assert rt.review_clash(shop.db, "A1", "2026-03-10")
    review_id = keys(rt.reviews_query(shop.db))[3]
    assert not rt.review_clash(shop.db, "A1", "2026-03-10", review_id)
    assert rt.case_clash(shop.db, "A1", "2026-03-20")
    add_message(shop, "t1", "buyer", at(date(2026, 3, 5)), order_id="A1")
    assert rt.message_clash(shop.db, "t1", "buyer", "2026-03-05T12:00:00Z")
    assert not rt.message_clash(shop.db, "t1", "seller", "2026-03-05T12:00:00Z")
    assert rt.thread_order(shop.db, "t1") == "A1"
    assert [m["sender"] for m in rt.thread_messages(shop.db, "t1")] == ["buyer"]
    assert len(rt.buyer_message_ids(shop.db, "t1")) == 1


@pytest.mark.parametrize(
    ("spec", "sort", "filter_"),
    [
        (rt.REVIEWS, ("review_date", True), ""),
        (rt.REVIEWS, ("rating", False), ""),
        (rt.CASES, ("opened_date", True), ""),
        (rt.THREADS, ("first_at", True), ""),
        (rt.THREADS, ("first_at", False), "awaiting"),
    ],
)
def test_default_views_walk_an_index(store, spec, sort, filter_):
    from sellerdesk.store.tables import TableQuery

    query = TableQuery(store.db, spec)
    query.params["now"] = "2026-05-20T12:00:00Z"
    query.filter = filter_
    query.set_sort(*sort)
    where, params = query._where()
    select = ", ".join([spec.key] + [c.expr for c in spec.columns])
    plan = store.db.execute(
        f"EXPLAIN QUERY PLAN SELECT {select} FROM {spec.source}{where}{query._order()} LIMIT 200", params
    ).fetchall()
    text = " ".join(str(row[-1]) for row in plan)
    assert "TEMP B-TREE" not in text, text
