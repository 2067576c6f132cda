"""Table specs for the Messages, Reviews and Cases pages, and the small look-ups their dialogs need.

Every view of these records is SQL here; the pages only page through `TableQuery` results.
The threads spec takes `:now` (UTC 'YYYY-MM-DDTHH:MM:SSZ', the session clock) as a parameter:
its "awaiting reply" and "overdue" filters are relative to it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sellerdesk.core.odr import EXCLUSION_REASONS
from sellerdesk.core.records import CASE_REASONS, CASE_RESOLUTIONS, utc_text
from sellerdesk.store.connection import Database
from sellerdesk.store.tables import Column, TableQuery, TableSpec

#: Etsy's response deadlines: Star Seller (24 h) and the Customer Service Standard (48 h).
STAR_HOURS = 24
STANDARD_HOURS = 48

_AWAITING = "t.first_buyer_at IS NOT NULL AND t.first_reply_at IS NULL AND t.spam = 0"

THREADS = TableSpec(
    name="threads",
    source="threads t LEFT JOIN orders o ON o.order_id = t.order_id",
    key="t.thread_id",
    columns=(
        Column("thread_id", "Thread", "t.thread_id"),
        Column("order_id", "Order", "t.order_id"),
        Column("buyer", "Buyer", "o.buyer"),
        Column("first_at", "First message", "t.first_buyer_at"),
        Column("reply_at", "First reply", "t.first_reply_at"),
        Column("response", "Response time", "t.response_seconds"),
        # The reply deadline of an unanswered thread: the page shows the time left against it.
        Column("deadline", "Reply by", f"CASE WHEN {_AWAITING} THEN t.first_buyer_at END", sortable=False),
        Column("last_at", "Last message", "t.last_message_at"),
        Column("spam", "Spam", "t.spam"),
    ),
    prefix_search=("t.thread_id", "t.order_id", "o.buyer"),
    filters={
        "awaiting": _AWAITING,
        "overdue": f"{_AWAITING} AND t.first_buyer_at < strftime('%Y-%m-%dT%H:%M:%SZ', :now, '-48 hours')",
        "answered_late": "t.spam = 0 AND t.response_seconds > 48 * 3600",
        "spam": "t.spam = 1",
    },
    default_sort=("first_at", True),
    tiebreak="t.rowid",
)

REVIEWS = TableSpec(
    name="reviews",
    source="reviews r LEFT JOIN orders o ON o.order_id = r.order_id",
    key="r.id",
    columns=(
        Column("review_date", "Date", "r.review_date"),
        Column("order_id", "Order", "r.order_id"),
        Column("buyer", "Buyer", "o.buyer"),
        Column("rating", "Rating", "r.rating"),
        Column("excluded_reason", "Excluded", "r.excluded_reason"),
        Column("order_date", "Order date", "o.order_date"),
        Column("text", "Review", "r.text"),
    ),
    prefix_search=("r.order_id", "o.buyer"),
    contains_search=("r.text LIKE :contains ESCAPE '\\'",),
    filters={
        "low": "r.rating <= 2",
        "low3": "r.rating <= 3",
        "problem": "r.rating <= 2 AND r.excluded_reason IS NULL",
        "excluded": "r.excluded_reason IS NOT NULL",
        **{f"excluded:{reason}": f"r.excluded_reason = '{reason}'" for reason in EXCLUSION_REASONS},
    },
    default_sort=("review_date", True),
    tiebreak="r.id",
)

CASES = TableSpec(
    name="cases",
    source="cases c LEFT JOIN orders o ON o.order_id = c.order_id",
    key="c.id",
    columns=(
        Column("opened_date", "Opened", "c.opened_date"),
        Column("order_id", "Order", "c.order_id"),
        Column("buyer", "Buyer", "o.buyer"),
        Column("reason", "Reason", "c.reason"),
        Column("resolution", "Resolution", "c.resolution"),
        Column("closed_date", "Closed", "c.closed_date"),
        Column("excluded_reason", "Excluded", "c.excluded_reason"),
        Column("order_date", "Order date", "o.order_date"),
    ),
    prefix_search=("c.order_id", "o.buyer"),
    filters={
        "open": "c.resolution IS NULL",
        "closed": "c.resolution IS NOT NULL",
        "excluded": "c.excluded_reason IS NOT NULL",
        **{f"reason:{reason}": f"c.reason = '{reason}'" for reason in CASE_REASONS},
        **{f"resolution:{res}": f"c.resolution = '{res}'" for res in CASE_RESOLUTIONS},
        **{f"excluded:{reason}": f"c.excluded_reason = '{reason}'" for reason in EXCLUSION_REASONS},
    },
    default_sort=("opened_date", True),
    tiebreak="c.id",
)


def threads_query(db: Database, now: datetime) -> TableQuery:
    query = TableQuery(db, THREADS)
    set_now(query, now)
    return query


def set_now(query: TableQuery, now: datetime) -> None:
    query.params["now"] = utc_text(now)


def reviews_query(db: Database) -> TableQuery:
    return TableQuery(db, REVIEWS)


def cases_query(db: Database) -> TableQuery:
    return TableQuery(db, CASES)


def reply_deadlines(first_buyer_at: datetime) -> tuple[datetime, datetime]:
    """(24 h Star Seller deadline, 48 h standard deadline) of a first buyer message."""
    return first_buyer_at + timedelta(hours=STAR_HOURS), first_buyer_at + timedelta(hours=STANDARD_HOURS)


# -- look-ups for the dialogs -----------------------------------------------------------------
def order_date(db: Database, order_id: str) -> str | None:
    """The order's date, or None when no such order exists."""
    row = db.execute("SELECT order_date FROM orders WHERE order_id = ?", [order_id]).fetchone()
    return row[0] if row else None


def review_clash(db: Database, order_id: str, review_date: str, own_id: int | None = None) -> bool:
    """Whether another review of this order is dated that day (one review per order and day)."""
    row = db.execute(
        "SELECT 1 FROM reviews WHERE order_id = ? AND review_date = ? AND id IS NOT ?",
        [order_id, review_date, own_id],
    ).fetchone()
    return row is not None


def case_clash(db: Database, order_id: str, opened_date: str, own_id: int | None = None) -> bool:
    row = db.execute(
        "SELECT 1 FROM cases WHERE order_id = ? AND opened_date = ? AND id IS NOT ?",
        [order_id, opened_date, own_id],
    ).fetchone()
    return row is not None


def message_clash(db: Database, thread_id: str, sender: str, sent_at: str, own_id: int | None = None) -> bool:
    row = db.execute(
        "SELECT 1 FROM messages WHERE thread_id = ? AND sender = ? AND sent_at = ? AND id IS NOT ?",
        [thread_id, sender, sent_at, own_id],
    ).fetchone()
    return row is not None


def thread_order(db: Database, thread_id: str) -> str | None:
    row = db.execute("SELECT order_id FROM threads WHERE thread_id = ?", [thread_id]).fetchone()
    return row[0] if row else None


def thread_messages(db: Database, thread_id: str) -> list[dict[str, Any]]:
    """A thread's messages, oldest first (a conversation is short: no paging needed)."""
    cursor = db.execute(
        "SELECT id, sender, sent_at, spam, text, order_id FROM messages WHERE thread_id = ? ORDER BY sent_at, id",
        [thread_id],
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def buyer_message_ids(db: Database, thread_id: str) -> list[int]:
    """The buyer messages of a thread: marking a thread spam marks these."""
    rows = db.execute("SELECT id FROM messages WHERE thread_id = ? AND sender = 'buyer'", [thread_id])
    return [r[0] for r in rows.fetchall()]


def thread_ids_of_order(db: Database, order_id: str) -> list[str]:
    rows = db.execute("SELECT thread_id FROM threads WHERE order_id = ? ORDER BY first_buyer_at", [order_id])
    return [r[0] for r in rows.fetchall()]
