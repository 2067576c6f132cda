"""Etsy's message rule (RULES.md 2): only the first message of each new incoming thread counts, for the
48-hour standard and for Star Seller; and the migration that recomputes older shops."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from shopkit import add_message, add_thread, at

from sellerdesk.store.standards import shop_status
from sellerdesk.store.store import Store

AS_OF = date(2026, 6, 30)  # 48 h standard window: 2026-04-01 .. 2026-06-29
T = at(date(2026, 5, 4), 10)


def response(store) -> tuple[int, int]:
    m = shop_status(store, AS_OF)["standards"]["message_response"]
    return m["count"], m["total"]


def test_a_thread_the_seller_started_never_counts(store):
    add_thread(store, "incoming", T, timedelta(hours=2))  # counts, answered in time
    add_message(store, "seller-alone", "seller", T)  # the seller's note, no answer
    add_message(store, "seller-answered", "seller", T)
    add_message(store, "seller-answered", "buyer", T + timedelta(hours=1))  # a continuation, never answered
    assert response(store) == (1, 1)
    thread = store.db.execute("SELECT first_buyer_at FROM threads WHERE thread_id = 'seller-answered'").fetchone()
    assert thread == (None,)


def test_a_thread_etsy_started_does_not_count_but_a_message_from_another_shop_does(store):
    add_message(store, "etsy", "etsy", T)
    add_message(store, "etsy", "buyer", T + timedelta(hours=1))
    # Initial messages from any Etsy account count: another seller writing to the shop is a "buyer" here.
    add_message(store, "other-shop", "buyer", T, text="Wholesale enquiry from another shop")
    add_message(store, "other-shop", "seller", T + timedelta(hours=60))
    assert response(store) == (0, 1)


def test_marking_a_thread_spam_later_takes_it_out(store):
    add_thread(store, "late", T, timedelta(hours=70))
    add_thread(store, "fine", T, timedelta(hours=1))
    assert response(store) == (1, 2)
    first = store.db.execute("SELECT id FROM messages WHERE thread_id = 'late' AND sender = 'buyer'").fetchone()[0]
    store.update("messages", first, {"spam": 1})
    assert response(store) == (1, 1)


def test_a_follow_up_inside_an_incoming_thread_never_counts(store):
    add_thread(store, "q", T, timedelta(hours=1))
    add_message(store, "q", "buyer", T + timedelta(days=3))  # unanswered follow-up
    assert response(store) == (1, 1)


def test_star_seller_counts_incoming_threads_only(store):
    add_thread(store, "in", at(date(2026, 9, 10), 9), timedelta(hours=1))
    add_message(store, "out", "seller", at(date(2026, 9, 10), 9))
    add_message(store, "out", "buyer", at(date(2026, 9, 10), 10))
    star = shop_status(store, date(2026, 10, 1))["star_seller"]["last_evaluation"]["message_response"]
    assert (star["count"], star["total"]) == (1, 1)


def test_the_migration_takes_seller_started_threads_out_of_an_older_shop(db_path):
    store = Store.open(db_path)
    add_thread(store, "incoming", T, timedelta(hours=2))
    add_message(store, "seller-first", "seller", T - timedelta(hours=1))
    add_message(store, "seller-first", "buyer", T)
    # What the previous version stored for it (its first buyer message, unanswered), and its record.
    store.db.execute(
        "UPDATE threads SET first_buyer_at = '2026-05-04T10:00:00Z', first_buyer_day = '2026-05-04' "
        "WHERE thread_id = 'seller-first'"
    )
    store.db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm010_incoming_threads'")
    store.db.execute("PRAGMA user_version = 9")
    assert response(store) == (1, 2)
    store.close()
    reopened = Store.open(db_path)
    assert response(reopened) == (1, 1)
    names = [r[0] for r in reopened.db.execute("SELECT name FROM _sqlite_migrations")]
    assert "m010_incoming_threads" in names
    reopened.close()
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
