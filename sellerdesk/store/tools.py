"""The seller tools' questions and writes: saved replies, shipping profiles and order dates,
holidays, vacations (RULES.md 4-5). The Today list and label data live in `store/today.py`.

Every write goes through `Store.write` (one transaction, listeners told after the commit).
Functions that change many orders return exact before/after snapshots so the UI can undo them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sellerdesk.core.dates import BusinessCalendar, estimated_delivery, ship_by_date
from sellerdesk.core.records import utc_text
from sellerdesk.store.store import Row, Store, dict_rows

# Open orders whose dates still matter: not shipped, not canceled, not digital.
OPEN_ORDER = "status = 'open' AND shipped_date IS NULL AND digital = 0"
#: SQL condition (on an `orders` alias o) for "ordered while the shop was on vacation".
IN_VACATION = "EXISTS (SELECT 1 FROM vacations v WHERE o.order_date BETWEEN v.start_date AND v.end_date)"
DATE_FIELDS = ("processing_min", "processing_max", "ship_by", "edd")


def _rows(store: Store, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Row]:
    return dict_rows(store.db, sql, params)


# -- saved replies ----------------------------------------------------------------------------
def search_replies(store: Store, text: str = "") -> list[Row]:
    """Replies whose title, body or tags contain `text` (case-insensitive), most used first."""
    like = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return _rows(
        store,
        "SELECT id, title, body, tags, usage_count, last_used_at FROM saved_replies "
        "WHERE title LIKE :q ESCAPE '\\' OR body LIKE :q ESCAPE '\\' OR tags LIKE :q ESCAPE '\\' "
        "ORDER BY usage_count DESC, title COLLATE NOCASE",
        {"q": like},
    )


def normalize_tags(text: str) -> str:
    seen: list[str] = []
    for tag in text.replace(";", ",").split(","):
        tag = tag.strip().lower()
        if tag and tag not in seen:
            seen.append(tag)
    return ",".join(seen)


def order_choices(store: Store, text: str = "", limit: int = 50) -> list[tuple[str, str, str]]:
    """(order id, buyer name, order date) for the preview picker: newest first, matched by id or buyer."""
    like = text.strip() + "%"
    return [
        tuple(r)
        for r in store.db.execute(
            "SELECT order_id, coalesce(nullif(ship_name, ''), buyer), order_date FROM orders "
            "WHERE order_id LIKE ? OR buyer LIKE ? OR ship_name LIKE ? "
            "ORDER BY order_date DESC, order_id DESC LIMIT ?",
            [like, like, like, limit],
        )
    ]


def reply_values(store: Store, order_id: str | None) -> dict[str, str | None]:
    """The placeholder values for one order (shop name only, without an order)."""
    values: dict[str, str | None] = {"shop_name": str(store.shop()["name"])}
    order = store.get("orders", order_id) if order_id else None
    if order is None:
        return values
    name = (order.get("ship_name") or "").strip()
    values.update(
        buyer=name or order.get("buyer") or None,
        buyer_first_name=(name.split()[0] if name else order.get("buyer")) or None,
        order_id=order["order_id"],
        ship_by=order.get("ship_by_extended") or order.get("ship_by"),
        edd=order.get("edd"),
        tracking_number=order.get("tracking_number"),
        carrier=order.get("carrier"),
    )
    return values


def thread_for_order(store: Store, order_id: str) -> str:
    """The order's conversation (the latest one), or a new thread id for it."""
    row = store.db.execute(
        "SELECT thread_id FROM threads WHERE order_id = ? ORDER BY last_message_at DESC LIMIT 1", [order_id]
    ).fetchone()
    return row[0] if row else f"order-{order_id}"


def log_reply(
    store: Store,
    reply_id: int | None,
    text: str,
    at: datetime,
    order_id: str | None = None,
    thread_id: str | None = None,
) -> dict[str, Any]:
    """Log a used saved reply as the seller's message at `at` and count the use; returns an undo record."""
    if thread_id is None and order_id is not None:
        thread_id = thread_for_order(store, order_id)
    if thread_id is not None and order_id is None:
        row = store.db.execute("SELECT order_id FROM threads WHERE thread_id = ?", [thread_id]).fetchone()
        order_id = row[0] if row else None
    before = store.get("saved_replies", reply_id) if reply_id is not None else None
    sent_at = utc_text(at)
    message_id = None
    with store.write("messages", "threads", "saved_replies"):
        if thread_id is not None:
            while store.db.execute(
                "SELECT 1 FROM messages WHERE thread_id = ? AND sender = 'seller' AND sent_at = ?", [thread_id, sent_at]
            ).fetchone():
                at += timedelta(seconds=1)  # two replies in one second: keep both
                sent_at = utc_text(at)
            message_id = store.insert(
                "messages",
                {
                    "thread_id": thread_id,
                    "order_id": order_id,
                    "sender": "seller",
                    "sent_at": sent_at,
                    "spam": 0,
                    "text": text,
                },
            )
        if before is not None:
            store.update("saved_replies", reply_id, {"usage_count": before["usage_count"] + 1, "last_used_at": sent_at})
    return {
        "message_id": message_id,
        "thread_id": thread_id,
        "reply_id": reply_id,
        "usage": None if before is None else (before["usage_count"], before["last_used_at"]),
    }


def unlog_reply(store: Store, record: dict[str, Any]) -> None:
    with store.write("messages", "threads", "saved_replies"):
        if record["message_id"] is not None:
            store.delete("messages", record["message_id"])
        if record["usage"] is not None:
            count, last = record["usage"]
            store.update("saved_replies", record["reply_id"], {"usage_count": count, "last_used_at": last})


# -- shipping profiles and order dates --------------------------------------------------------
def profiles(store: Store) -> list[Row]:
    return _rows(
        store,
        "SELECT p.*, (SELECT count(*) FROM orders o WHERE o.shipping_profile_id = p.id) AS orders, "
        f"(SELECT count(*) FROM orders o WHERE o.shipping_profile_id = p.id AND {OPEN_ORDER}) AS open_orders "
        "FROM shipping_profiles p ORDER BY p.is_default DESC, p.name COLLATE NOCASE",
    )


def default_profile(store: Store) -> Row | None:
    rows = _rows(store, "SELECT * FROM shipping_profiles WHERE is_default = 1 ORDER BY id LIMIT 1")
    return rows[0] if rows else None


def new_order_defaults(store: Store) -> dict[str, Any]:
    """Values a new order starts with: the default profile and its processing time."""
    profile = default_profile(store)
    if profile is None:
        return {}
    return {
        "shipping_profile_id": profile["id"],
        "processing_min": profile["processing_min"],
        "processing_max": profile["processing_max"],
    }


def set_default_profile(store: Store, profile_id: int | None) -> None:
    with store.write("shipping_profiles"):
        store.db.execute("UPDATE shipping_profiles SET is_default = (id = ?)", [profile_id])


@dataclass(frozen=True)
class DateChange:
    order_id: str
    before: dict[str, Any]
    after: dict[str, Any]

    @property
    def ship_by_changes(self) -> bool:
        return self.before["ship_by"] != self.after["ship_by"]


def compute_dates(
    order: Row, processing_max: int | None, transit: Row | None, calendar: BusinessCalendar
) -> tuple[str | None, str]:
    """(ship-by, EDD) per RULES.md 4; an extended ship-by stays and the EDD follows it."""
    ordered = date.fromisoformat(order["order_date"])
    computed = ship_by_date(ordered, processing_max, calendar)
    ship_by = computed.isoformat() if computed else None
    due = order.get("ship_by_extended") or ship_by
    international = bool(order.get("international"))
    transit_max = None
    if transit is not None:
        transit_max = transit["international_transit_max" if international else "domestic_transit_max"]
    edd = estimated_delivery(
        ordered, date.fromisoformat(due) if due else None, transit_max, calendar, international=international
    )
    return ship_by, edd.isoformat()


def _open_orders(store: Store, where: str = "", params: Sequence[Any] = ()) -> list[Row]:
    return _rows(
        store,
        "SELECT o.order_id, o.order_date, o.processing_min, o.processing_max, o.ship_by, o.ship_by_extended, "
        "o.edd, o.international, o.custom, o.shipping_profile_id, p.domestic_transit_max, "
        "p.international_transit_max, p.id AS profile FROM orders o "
        "LEFT JOIN shipping_profiles p ON p.id = o.shipping_profile_id "
        f"WHERE {OPEN_ORDER.replace('status', 'o.status')} " + where + " ORDER BY o.order_date, o.order_id",
        params,
    )


def _change(
    order: Row, processing: tuple[int | None, int | None], transit: Row | None, calendar: BusinessCalendar
) -> DateChange:
    ship_by, edd = compute_dates(order, processing[1], transit, calendar)
    before = {k: order[k] for k in DATE_FIELDS}
    after = {"processing_min": processing[0], "processing_max": processing[1], "ship_by": ship_by, "edd": edd}
    return DateChange(order["order_id"], before, after)


def profile_recompute(store: Store, profile_id: int, new_profile: Row) -> list[DateChange]:
    """What changing a profile to `new_profile` would do to its open orders (custom ones keep their own
    processing time); only orders whose dates actually change are returned."""
    calendar = store.calendar()
    changes = []
    for order in _open_orders(store, "AND o.shipping_profile_id = ?", [profile_id]):
        processing = (
            (order["processing_min"], order["processing_max"])
            if order["custom"]
            else (new_profile["processing_min"], new_profile["processing_max"])
        )
        change = _change(order, processing, new_profile, calendar)
        if change.before != change.after:
            changes.append(change)
    return changes


def calendar_recompute(store: Store, holidays: Iterable[str]) -> list[DateChange]:
    """What a holiday calendar of `holidays` would do to the open orders' ship-by and EDD."""
    calendar = BusinessCalendar.of(holidays)
    changes = []
    for order in _open_orders(store):
        transit = order if order["profile"] is not None else None
        change = _change(order, (order["processing_min"], order["processing_max"]), transit, calendar)
        if change.before != change.after:
            changes.append(change)
    return changes


def apply_date_changes(store: Store, changes: Sequence[DateChange], undo: bool = False) -> None:
    """Write the after (or, undoing, the before) values of every change in one transaction."""
    with store.write("orders"):
        store.db.conn.executemany(
            "UPDATE orders SET processing_min = ?, processing_max = ?, ship_by = ?, edd = ? WHERE order_id = ?",
            [[*(c.before if undo else c.after).values(), c.order_id] for c in changes],
        )


def assign_profile(store: Store, order_ids: Sequence[str], profile_id: int | None) -> list[dict[str, Any]]:
    """Put orders on a profile: open, non-custom ones take its processing time; every EDD follows.

    Returns the before rows for undo (`restore_orders`).
    """
    before = [
        {k: row[k] for k in ("order_id", "shipping_profile_id", *DATE_FIELDS)}
        for row in (store.get("orders", oid) for oid in order_ids)
        if row
    ]
    profile = store.get("shipping_profiles", profile_id) if profile_id is not None else None
    with store.write("orders"):
        for row in before:
            order = store.get("orders", row["order_id"]) or {}
            values: dict[str, Any] = {"shipping_profile_id": profile_id}
            is_open = order.get("status") == "open" and not order.get("shipped_date") and not order.get("digital")
            if profile is not None and is_open and not order.get("custom"):
                values.update(
                    processing_min=profile["processing_min"], processing_max=profile["processing_max"], ship_by=None
                )
            store.update("orders", row["order_id"], values)
    return before


def restore_orders(store: Store, before: Sequence[dict[str, Any]]) -> None:
    with store.write("orders"):
        for row in before:
            columns = [k for k in row if k != "order_id"]
            store.db.execute(
                f"UPDATE orders SET {', '.join(f'{c} = ?' for c in columns)} WHERE order_id = ?",
                [row[c] for c in columns] + [row["order_id"]],
            )


def mark_custom(
    store: Store, order_id: str, custom: bool, processing_min: int | None, processing_max: int | None
) -> dict[str, Any]:
    """A custom (made-to-order) order uses its own processing time; the ship-by is recomputed."""
    order = store.get("orders", order_id)
    if order is None:
        raise ValueError(f"order {order_id} does not exist")
    before = {k: order[k] for k in ("order_id", "custom", *DATE_FIELDS)}
    values: dict[str, Any] = {"custom": int(custom), "processing_min": processing_min, "processing_max": processing_max}
    if not order.get("shipped_date") and not order.get("ship_by_extended"):
        values["ship_by"] = None  # recomputed from the new processing time
    store.update("orders", order_id, values)
    return before


# -- holidays ---------------------------------------------------------------------------------
def holidays(store: Store) -> list[tuple[str, str]]:
    return [tuple(r) for r in store.db.execute("SELECT day, name FROM holidays WHERE shop_id = 1 ORDER BY day")]


def replace_holidays(
    store: Store, days: Sequence[tuple[str, str]], changes: Sequence[DateChange] = (), undo: bool = False
) -> None:
    """Set the whole calendar and apply its effect on open orders, in one transaction."""
    with store.write("holidays", "orders"):
        store.set_holidays(days, replace=True)
        apply_date_changes(store, changes, undo=undo)


# -- vacations --------------------------------------------------------------------------------
def vacations(store: Store) -> list[Row]:
    return _rows(
        store,
        "SELECT v.*, r.title AS auto_reply, "
        "(SELECT count(*) FROM orders o WHERE o.order_date BETWEEN v.start_date AND v.end_date) AS orders "
        "FROM vacations v LEFT JOIN saved_replies r ON r.id = v.auto_reply_id ORDER BY v.start_date DESC",
    )


def vacation_on(store: Store, day: date) -> Row | None:
    """The vacation that covers `day` (or starts first after it, within a week: 'starts soon')."""
    rows = _rows(
        store,
        "SELECT * FROM vacations WHERE start_date <= ? AND end_date >= ? ORDER BY start_date LIMIT 1",
        [day.isoformat(), day.isoformat()],
    )
    return rows[0] if rows else None


def overlapping_vacation(store: Store, start: str, end: str, ignore_id: int | None = None) -> Row | None:
    rows = _rows(
        store,
        "SELECT * FROM vacations WHERE start_date <= ? AND end_date >= ? AND id IS NOT ? LIMIT 1",
        [end, start, ignore_id],
    )
    return rows[0] if rows else None


def vacation_order_ids(store: Store, start: str, end: str) -> list[str]:
    return [
        r[0]
        for r in store.db.execute(
            "SELECT order_id FROM orders WHERE order_date BETWEEN ? AND ? ORDER BY order_date", [start, end]
        )
    ]


def pending_auto_replies(store: Store, vacation: Row, template: str) -> list[Row]:
    """Auto-reply messages for first buyer messages received during the vacation (shop's local days)
    that have no reply yet: Etsy sent them; logging them lets them count as replied (RULES.md 3)."""
    from sellerdesk.core.replies import render  # here: `status` and the window's start need not load it

    return [
        {
            "thread_id": t,
            "order_id": o,
            "sender": "auto",
            "sent_at": at,
            "spam": 0,
            "text": render(template, reply_values(store, o)).text,
        }
        for t, o, at in store.db.execute(
            "SELECT thread_id, order_id, first_buyer_at FROM threads WHERE spam = 0 AND first_reply_at IS NULL "
            "AND first_buyer_day BETWEEN ? AND ? ORDER BY first_buyer_at",
            [vacation["start_date"], vacation["end_date"]],
        )
    ]


def add_messages(store: Store, rows: Sequence[Row]) -> list[int]:
    """Insert messages (logged replies, auto-replies) through the write path; returns their ids."""
    with store.write("messages", "threads"):
        return [store.insert("messages", dict(row)) for row in rows]


def delete_messages(store: Store, ids: Sequence[int]) -> None:
    with store.write("messages", "threads"):
        for message_id in ids:
            store.delete("messages", message_id)


def profile_order_ids(store: Store, profile_id: int) -> list[str]:
    return [r[0] for r in store.db.execute("SELECT order_id FROM orders WHERE shipping_profile_id = ?", [profile_id])]


def put_setting(store: Store, key: str, value: str | None) -> None:
    """Set a shop setting, or remove it (back to the default) with None."""
    if value is None:
        with store.write("settings"):
            store.db.execute("DELETE FROM settings WHERE shop_id = 1 AND key = ?", [key])
    else:
        store.set_setting(key, value)
