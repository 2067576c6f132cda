"""The one write path: transactions, change notices, derived fields kept in step."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest
from shopkit import add_message, add_order, add_review, at, dump

from sellerdesk.store.standards import shop_status


def test_new_shop_file_has_its_shop_row_and_starter_replies(store):
    shop = store.shop()
    assert (shop["name"], shop["currency"], shop["timezone"]) == ("My shop", "USD", "UTC")
    assert store.db.execute("SELECT count(*) FROM saved_replies").fetchone()[0] > 0


def test_a_failed_write_leaves_the_shop_as_it_was_and_tells_no_one(store):
    add_order(store, "kept", "2026-05-01")
    heard: list[frozenset[str]] = []
    store.subscribe(heard.append)
    before = dump(store.db)
    with pytest.raises(sqlite3.IntegrityError), store.write("orders", "reviews"):
        add_order(store, "new", "2026-05-02")
        add_review(store, "new", "2026-05-03", 5)
        add_order(store, "kept", "2026-05-04")  # duplicate order id
    assert dump(store.db) == before
    assert heard == []


def test_listeners_hear_once_after_the_outer_commit(store):
    heard: list[frozenset[str]] = []
    store.subscribe(heard.append)
    with store.write("orders"):
        add_order(store, "a", "2026-05-01")
        add_review(store, "a", "2026-05-02", 5)
        assert heard == []
    assert len(heard) == 1
    assert {"orders", "reviews"} <= heard[0]
    store.unsubscribe(heard.append)
    add_order(store, "b", "2026-05-01")
    assert len(heard) == 1


def test_upserting_identical_rows_changes_nothing(store):
    rows = [{"order_id": "a", "order_date": "2026-05-01", "status": "open", "processing_max": 3}]
    store.upsert_orders(rows)
    before = dump(store.db)
    store.upsert_orders(rows)
    assert dump(store.db) == before


def test_foreign_keys_refuse_a_review_of_an_unknown_order(store):
    with pytest.raises(sqlite3.IntegrityError):
        add_review(store, "nope", "2026-05-01", 1)


def test_deleting_an_order_deletes_its_reviews_and_cases(store):
    add_order(store, "a", "2026-04-10")
    add_review(store, "a", "2026-04-20", 1)
    assert shop_status(store, date(2026, 6, 30))["odr"]["problem_orders"] == 1
    store.delete("orders", "a")
    assert store.db.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0
    assert shop_status(store, date(2026, 6, 30))["odr"]["problem_orders_all_time"] == 0


def test_editing_the_processing_time_with_a_blank_ship_by_recomputes_it(store):
    add_order(store, "a", "2026-06-01", processing_max=3)
    assert store.get("orders", "a")["ship_by"] == "2026-06-04"
    # The caller (order dialog, tools) blanks the ship-by to have it recomputed.
    store.update("orders", "a", {"processing_max": 10, "ship_by": None})
    order = store.get("orders", "a")
    assert order["ship_by"] == "2026-06-15"
    assert order["edd"] == "2026-06-19"  # + 4 business days (fallback transit)


def test_editing_keeps_a_ship_by_the_seller_typed(store):
    add_order(store, "a", "2026-06-01", processing_max=3, ship_by="2026-06-05")
    store.update("orders", "a", {"processing_max": 10})
    assert store.get("orders", "a")["ship_by"] == "2026-06-05"
    store.update("orders", "a", {"ship_by": "2026-06-12"})
    assert store.get("orders", "a")["ship_by"] == "2026-06-12"


def test_extending_the_ship_by_moves_the_due_date_and_edd(store):
    add_order(store, "a", "2026-06-01", processing_max=3)
    store.update("orders", "a", {"ship_by_extended": "2026-06-20", "extended_on": "2026-06-02"})
    order = store.get("orders", "a")
    assert (order["ship_by"], order["due_by"], order["edd"]) == ("2026-06-04", "2026-06-20", "2026-06-25")


def test_thread_keeps_first_buyer_message_and_first_reply(store):
    t = at(date(2026, 5, 4), 10)
    add_message(store, "T", "buyer", t + timedelta(hours=5))
    add_message(store, "T", "seller", t + timedelta(hours=9))
    add_message(store, "T", "buyer", t)  # an earlier message typed in later
    thread = store.get("threads", "T")
    assert thread["first_buyer_at"] == "2026-05-04T10:00:00Z"
    assert thread["response_seconds"] == 9 * 3600
    assert thread["reply_sender"] == "seller"


def test_marking_the_first_message_spam_drops_the_thread_from_the_response_rate(store):
    add_message(store, "T", "buyer", at(date(2026, 5, 4), 10))
    as_of = date(2026, 6, 30)
    assert shop_status(store, as_of)["standards"]["message_response"]["total"] == 1
    message_id = store.db.execute("SELECT id FROM messages").fetchone()[0]
    store.update("messages", message_id, {"spam": 1, "thread_id": "T"})
    assert shop_status(store, as_of)["standards"]["message_response"]["total"] == 0


def test_deleting_the_reply_makes_the_thread_unanswered(store):
    add_message(store, "T", "buyer", at(date(2026, 5, 4), 10))
    add_message(store, "T", "seller", at(date(2026, 5, 4), 11))
    reply = store.db.execute("SELECT id FROM messages WHERE sender = 'seller'").fetchone()[0]
    store.delete("messages", reply)
    thread = store.get("threads", "T")
    assert thread["first_reply_at"] is None and thread["response_seconds"] is None
    m = shop_status(store, date(2026, 6, 30))["standards"]["message_response"]
    assert (m["count"], m["total"]) == (0, 1)


def test_moving_a_reply_to_another_thread_updates_both_threads(store):
    add_message(store, "T", "buyer", at(date(2026, 5, 4), 10))
    add_message(store, "T", "seller", at(date(2026, 5, 4), 11))
    reply = store.db.execute("SELECT id FROM messages WHERE sender = 'seller'").fetchone()[0]
    store.update("messages", reply, {"thread_id": "U"})
    assert store.get("threads", "T")["first_reply_at"] is None
    assert store.get("messages", reply)["thread_id"] == "U"
    m = shop_status(store, date(2026, 6, 30))["standards"]["message_response"]
    assert (m["count"], m["total"]) == (0, 1)


def test_changing_the_shop_time_zone_moves_message_days(store):
    add_message(store, "T", "buyer", at(date(2026, 5, 4), 2))
    assert store.get("threads", "T")["first_buyer_day"] == "2026-05-04"
    store.update_shop(timezone="America/Los_Angeles")
    assert store.get("threads", "T")["first_buyer_day"] == "2026-05-03"


def test_a_thread_the_seller_started_keeps_its_latest_message_but_no_first_message(store):
    store.upsert_messages(
        [
            {
                "thread_id": "s1",
                "order_id": None,
                "sender": "seller",
                "sent_at": "2026-05-01T10:00:00Z",
                "spam": 0,
                "text": "Your custom order is ready to approve",
            }
        ]
    )
    thread = store.get("threads", "s1")
    assert thread["last_message_at"] == "2026-05-01T10:00:00Z"
    assert thread["first_buyer_at"] is None and thread["response_seconds"] is None
