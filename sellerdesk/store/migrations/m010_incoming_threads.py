"""Etsy's message rule (RULES.md 2): only the first message of each new *incoming* thread counts, for the
48-hour standard and for Star Seller. A thread the seller (or Etsy) started is not incoming: a buyer's
answer in it is a continuation. Earlier versions took the first buyer message of every thread; this
takes the threads whose first message is not the buyer's out of the figures (Store.refresh_threads
computes the same from now on)."""

from __future__ import annotations

from sellerdesk.store.connection import Database


def migrate(db: Database) -> None:
    # The stored first buyer message is the earliest buyer message: a thread is not incoming exactly
    # when some message came before it (a buyer's cannot).
    db.execute(
        """UPDATE threads SET first_buyer_at = NULL, first_buyer_day = NULL, first_reply_at = NULL,
               reply_sender = NULL, response_seconds = NULL, spam = 0
           WHERE first_buyer_at IS NOT NULL AND EXISTS (SELECT 1 FROM messages m
               WHERE m.thread_id = threads.thread_id AND m.sent_at < threads.first_buyer_at)"""
    )
