"""What needs doing today (the Today panel and tray) and the data a label / packing slip prints.

Everything is computed for a given shop-local day and UTC instant: nothing reads the clock here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sellerdesk.core.records import parse_utc, utc_text
from sellerdesk.core.standards import CSS_RESPONSE_HOURS, STAR_RESPONSE_HOURS
from sellerdesk.store.capacity import projections
from sellerdesk.store.store import Row, Store
from sellerdesk.store.tools import OPEN_ORDER

#: Unanswered first messages older than this are no longer listed (long lost to the 48 h rule).
MESSAGE_LOOKBACK_DAYS = 14
CATEGORIES = ("overdue", "ship_today", "projected_late", "messages", "edd_passed", "cases")


@dataclass(frozen=True)
class TodayItem:
    """One thing to do; `facts` holds the figures the UI words in the user's language:
    order_id, name, custom, vacation (orders); due, late_days (overdue); thread_id, stage
    ("24h" left, "48h" left, or "passed") and hours (left, or waited once 48 h passed);
    edd, status (EDD passed); reason, opened (cases)."""

    category: str  # one of CATEGORIES
    kind: str  # record kind for MainWindow.open_record: "order", "thread", "case"
    key: Any
    severity: str  # "red", "amber" or ""
    sort: str = ""
    facts: dict[str, Any] = field(default_factory=dict)


def today_items(store: Store, day: date, now: datetime) -> list[TodayItem]:
    d = day.isoformat()
    items: list[TodayItem] = []
    for order_id, name, due, custom, vacation in store.db.execute(
        "SELECT o.order_id, coalesce(nullif(o.ship_name, ''), o.buyer), o.due_by, o.custom, "
        "EXISTS (SELECT 1 FROM vacations v WHERE o.order_date BETWEEN v.start_date AND v.end_date) "
        f"FROM orders o WHERE {OPEN_ORDER} AND due_by <= ? ORDER BY due_by, order_id",
        [d],
    ):
        facts = {"order_id": order_id, "name": name, "custom": bool(custom), "vacation": bool(vacation), "due": due}
        if due == d:
            items.append(TodayItem("ship_today", "order", order_id, "amber", due, facts))
        else:
            facts["late_days"] = (day - date.fromisoformat(due)).days
            items.append(TodayItem("overdue", "order", order_id, "red", due, facts))
    # Not due yet, but at the shop's pace it will ship after its ship-by date (RULES.md 7).
    listed = {i.key for i in items}
    late = [p for p in projections(store, day) if p.late and p.order_id not in listed]
    names = _names(store, [p.order_id for p in late])
    for p in late:
        facts = {"order_id": p.order_id, "name": names.get(p.order_id, ""), "due": p.ship_by, "projected": p.ship_day}
        items.append(TodayItem("projected_late", "order", p.order_id, "amber", p.ship_by or "", facts))
    since = utc_text(now - timedelta(days=MESSAGE_LOOKBACK_DAYS))
    for thread_id, order_id, first_at in store.db.execute(
        "SELECT thread_id, order_id, first_buyer_at FROM threads WHERE first_reply_at IS NULL AND spam = 0 "
        "AND first_buyer_at >= ? AND first_buyer_at <= ? ORDER BY first_buyer_at",
        [since, utc_text(now)],
    ):
        waited = (now - parse_utc(first_at)).total_seconds() / 3600
        if waited < STAR_RESPONSE_HOURS:
            stage, hours, severity = "24h", STAR_RESPONSE_HOURS - waited, "amber"
        elif waited < CSS_RESPONSE_HOURS:
            stage, hours, severity = "48h", CSS_RESPONSE_HOURS - waited, "red"
        else:
            stage, hours, severity = "passed", waited, "red"
        facts = {"order_id": order_id, "thread_id": thread_id, "stage": stage, "hours": hours}
        items.append(TodayItem("messages", "thread", thread_id, severity, first_at, facts))
    for order_id, name, edd, status in store.db.execute(
        "SELECT order_id, coalesce(nullif(ship_name, ''), buyer), edd, status FROM orders "
        "WHERE status IN ('open', 'shipped') AND digital = 0 AND delivered_date IS NULL AND edd < ? "
        "ORDER BY edd, order_id",
        [d],
    ):
        facts = {"order_id": order_id, "name": name, "edd": edd, "status": status}
        items.append(TodayItem("edd_passed", "order", order_id, "amber", edd, facts))
    for case_id, order_id, opened, reason in store.db.execute(
        "SELECT id, order_id, opened_date, reason FROM cases WHERE resolution IS NULL AND closed_date IS NULL "
        "AND opened_date <= ? ORDER BY opened_date",
        [d],
    ):
        facts = {"order_id": order_id, "reason": reason, "opened": opened}
        items.append(TodayItem("cases", "case", case_id, "red", opened, facts))
    return items


def _names(store: Store, order_ids: list[str]) -> dict[str, str]:
    names: dict[str, str] = {}
    for start in range(0, len(order_ids), 500):
        chunk = order_ids[start : start + 500]
        names.update(
            store.db.execute(
                "SELECT order_id, coalesce(nullif(ship_name, ''), buyer) FROM orders "
                f"WHERE order_id IN ({', '.join('?' * len(chunk))})",
                chunk,
            ).fetchall()
        )
    return names


def label_orders(store: Store, order_ids: Sequence[str]) -> list[Row]:
    """Each order with its address and items, in the given order, for labels and packing slips."""
    shop = store.shop()
    result = []
    for order_id in order_ids:
        order = store.get("orders", order_id)
        if order is None:
            continue
        cursor = store.db.execute(
            "SELECT title, quantity, price_minor, personalization, variations FROM order_items "
            "WHERE order_id = ? ORDER BY id",
            [order_id],
        )
        names = [c[0] for c in cursor.description]
        order["items"] = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
        order["shop_name"] = shop["name"]
        profile = store.get("shipping_profiles", order["shipping_profile_id"]) if order["shipping_profile_id"] else None
        order["return_address"] = (
            f"{shop['name']}, {profile['origin_postal_code']} {profile['origin_country']}" if profile else shop["name"]
        )
        result.append(order)
    return result


def labelable_orders(store: Store, limit: int = 500) -> list[tuple[str, str, str | None, int]]:
    """(order id, buyer, due by, custom) of open physical orders, soonest due first, for the label picker."""
    return [
        tuple(r)
        for r in store.db.execute(
            f"SELECT order_id, coalesce(nullif(ship_name, ''), buyer), due_by, custom FROM orders WHERE {OPEN_ORDER} "
            "ORDER BY due_by IS NULL, due_by, order_id LIMIT ?",
            [limit],
        )
    ]
