"""The few numbers the sidebar and the empty pages show: what waits today, and which tables hold nothing yet.

Run on a worker's own connection (the sidebar refreshes after every change); each query is an
indexed count or an EXISTS, so a shop of a million orders answers in milliseconds.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sellerdesk.core.records import utc_text
from sellerdesk.store.connection import Database
from sellerdesk.store.today import MESSAGE_LOOKBACK_DAYS
from sellerdesk.store.tools import OPEN_ORDER

#: tables whose emptiness a page explains (the page's key -> the table it lists)
PAGE_TABLES = {
    "dashboard": "orders",
    "orders": "orders",
    "messages": "messages",
    "reviews": "reviews",
    "cases": "cases",
    "saved_replies": "saved_replies",
    "shipping_profiles": "shipping_profiles",
}


def shop_counts(db: Database, day: date, now: datetime) -> dict[str, int]:
    """ship_today: open physical orders due today or earlier (overdue: of them, due before today);
    messages: new buyer threads still unanswered (the Today panel's list); cases: open cases;
    has_<table>: 1 when the table holds any row."""
    d = day.isoformat()
    ship_today, overdue = db.execute(
        f"SELECT count(*), coalesce(sum(due_by < ?), 0) FROM orders WHERE {OPEN_ORDER} AND due_by <= ?", [d, d]
    ).fetchone()
    messages = db.execute(
        "SELECT count(*) FROM threads WHERE first_reply_at IS NULL AND spam = 0 "
        "AND first_buyer_at >= ? AND first_buyer_at <= ?",
        [utc_text(now - timedelta(days=MESSAGE_LOOKBACK_DAYS)), utc_text(now)],
    ).fetchone()[0]
    cases = db.execute(
        "SELECT count(*) FROM cases WHERE resolution IS NULL AND closed_date IS NULL AND opened_date <= ?", [d]
    ).fetchone()[0]
    counts = {"ship_today": ship_today, "overdue": overdue, "messages": messages, "cases": cases}
    for table in sorted(set(PAGE_TABLES.values())):
        counts[f"has_{table}"] = db.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]
    return counts
