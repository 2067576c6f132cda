"""What needs doing today (the Today panel and tray) and the data a label / packing slip prints.

Everything is computed for a given shop-local day and UTC instant: nothing reads the clock here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sellerdesk.core.records import parse_utc, utc_text
from sellerdesk.core.standards import CSS_RESPONSE_HOURS, STAR_RESPONSE_HOURS
from sellerdesk.store.store import Row, Store
from sellerdesk.store.tools import OPEN_ORDER

#: Unanswered first messages older than this are no longer listed (long lost to the 48 h rule).
MESSAGE_LOOKBACK_DAYS = 14
CATEGORIES = ("overdue", "ship_today", "messages", "edd_passed", "cases")


@dataclass(frozen=True)
class TodayItem:
    category: str  # one of CATEGORIES
    kind: str  # record kind for MainWindow.open_record: "order", "thread", "case"
    key: Any
    title: str
    detail: str
    severity: str  # "red", "amber" or ""
    sort: str = ""


def today_items(store: Store, day: date, now: datetime) -> list[TodayItem]:
    d = day.isoformat()
    items: list[TodayItem] = []
    for order_id, name, due, custom, vacation in store.db.execute(
        "SELECT o.order_id, coalesce(nullif(o.ship_name, ''), o.buyer), o.due_by, o.custom, "
        "EXISTS (SELECT 1 FROM vacations v WHERE o.order_date BETWEEN v.start_date AND v.end_date) "
        f"FROM orders o WHERE {OPEN_ORDER} AND due_by <= ? ORDER BY due_by, order_id",
        [d],
    ):
        tags = (" · custom" if custom else "") + (" · ordered during vacation" if vacation else "")
        if due == d:
            items.append(TodayItem("ship_today", "order", order_id, f"Order {order_id}", f"{name}{tags}", "amber", due))
        else:
            late = (day - date.fromisoformat(due)).days
            items.append(
                TodayItem(
                    "overdue",
                    "order",
                    order_id,
                    f"Order {order_id} (late)",
                    f"{name} · ship-by {due}, {late} day(s) late{tags}",
                    "red",
                    due,
                )
            )
    since = utc_text(now - timedelta(days=MESSAGE_LOOKBACK_DAYS))
    for thread_id, order_id, first_at in store.db.execute(
        "SELECT thread_id, order_id, first_buyer_at FROM threads WHERE first_reply_at IS NULL AND spam = 0 "
        "AND first_buyer_at >= ? AND first_buyer_at <= ? ORDER BY first_buyer_at",
        [since, utc_text(now)],
    ):
        waited = (now - parse_utc(first_at)).total_seconds() / 3600
        about = f"order {order_id}" if order_id else f"thread {thread_id}"
        if waited < STAR_RESPONSE_HOURS:
            detail, severity = f"24 h deadline in {_hours(STAR_RESPONSE_HOURS - waited)}", "amber"
        elif waited < CSS_RESPONSE_HOURS:
            detail, severity = f"24 h missed; 48 h in {_hours(CSS_RESPONSE_HOURS - waited)}", "red"
        else:
            detail, severity = f"waiting {_hours(waited)}: 48 h passed", "red"
        items.append(TodayItem("messages", "thread", thread_id, about.capitalize(), detail, severity, first_at))
    for order_id, name, edd, status in store.db.execute(
        "SELECT order_id, coalesce(nullif(ship_name, ''), buyer), edd, status FROM orders "
        "WHERE status IN ('open', 'shipped') AND digital = 0 AND delivered_date IS NULL AND edd < ? "
        "ORDER BY edd, order_id",
        [d],
    ):
        items.append(
            TodayItem(
                "edd_passed",
                "order",
                order_id,
                f"Order {order_id}",
                f"{name} · EDD {edd} passed, still {status}",
                "amber",
                edd,
            )
        )
    for case_id, order_id, opened, reason in store.db.execute(
        "SELECT id, order_id, opened_date, reason FROM cases WHERE resolution IS NULL AND closed_date IS NULL "
        "AND opened_date <= ? ORDER BY opened_date",
        [d],
    ):
        items.append(
            TodayItem(
                "cases",
                "case",
                case_id,
                f"Case on order {order_id}",
                f"{reason.replace('_', ' ')}, opened {opened}",
                "red",
                opened,
            )
        )
    return items


def _hours(hours: float) -> str:
    if hours < 1:
        return f"{max(1, int(hours * 60))} min"
    return f"{int(hours)} h"


def label_orders(store: Store, order_ids: Sequence[str]) -> list[Row]:
    """Each order with its address and items, in the given order, for labels and packing slips."""
    shop = store.shop()
    result = []
    for order_id in order_ids:
        order = store.get("orders", order_id)
        if order is None:
            continue
        cursor = store.db.execute(
            "SELECT title, quantity, price_minor, personalization FROM order_items WHERE order_id = ? ORDER BY id",
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
