"""What an evidence PDF for a case shows of an order (io/evidence.py): the order detail, with every
message of its conversations — also a reply logged without the order id, which belongs to the order
through its thread."""

from __future__ import annotations

from datetime import date
from typing import Any

from sellerdesk.store.connection import Database
from sellerdesk.store.order_table import order_detail
from sellerdesk.store.store import dict_rows

#: the order's own messages and every message of a thread one of them (or the thread itself) is in
CONVERSATION_SQL = """
    SELECT * FROM messages
    WHERE order_id = :id
       OR thread_id IN (SELECT thread_id FROM threads WHERE order_id = :id)
       OR thread_id IN (SELECT thread_id FROM messages WHERE order_id = :id)
    ORDER BY sent_at, id
"""


def evidence_detail(db: Database, order_id: str, today: date) -> dict[str, Any] | None:
    """The order with its items, reviews, cases and whole conversations; None when there is no such order."""
    detail = order_detail(db, order_id, today)
    if detail is None:
        return None
    detail["messages"] = dict_rows(db, CONVERSATION_SQL, {"id": order_id})
    return detail
