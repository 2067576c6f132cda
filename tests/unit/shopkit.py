"""Helpers that write records through the app's write path (`Store`), and read them back."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sellerdesk.store.store import Store


def day(value: date | str) -> str:
    return value if isinstance(value, str) else value.isoformat()


def add_order(
    store: Store,
    order_id: str,
    order_date: date | str,
    *,
    status: str = "open",
    processing_max: int | None = None,
    processing_min: int | None = None,
    ship_by: date | str | None = None,
    ship_by_extended: date | str | None = None,
    shipped: date | str | None = None,
    tracking: str | None = None,
    digital: int = 0,
    custom: int = 0,
    total_minor: int = 1000,
    currency: str = "USD",
    **extra: Any,
) -> str:
    values = {
        "order_id": order_id,
        "order_date": day(order_date),
        "status": status,
        "processing_min": processing_min,
        "processing_max": processing_max,
        "ship_by": day(ship_by) if ship_by else None,
        "ship_by_extended": day(ship_by_extended) if ship_by_extended else None,
        "shipped_date": day(shipped) if shipped else None,
        "tracking_number": tracking,
        "digital": digital,
        "custom": custom,
        "total_minor": total_minor,
        "currency": currency,
        **extra,
    }
    store.insert("orders", values)
    return order_id


def add_orders(store: Store, prefix: str, count: int, order_date: date | str, **fields: Any) -> list[str]:
    """`count` plain orders on one day, written in one bulk upsert (the import path)."""
    ids = [f"{prefix}{n}" for n in range(count)]
    rows = [
        {
            "order_id": i,
            "order_date": day(order_date),
            "status": "open",
            "total_minor": 1000,
            "currency": "USD",
            **fields,
        }
        for i in ids
    ]
    store.upsert_orders(rows)
    return ids


def add_review(
    store: Store, order_id: str, review_date: date | str, rating: int, *, excluded: str | None = None
) -> None:
    store.insert(
        "reviews",
        {
            "order_id": order_id,
            "review_date": day(review_date),
            "rating": rating,
            "text": "",
            "excluded_reason": excluded,
        },
    )


def add_case(
    store: Store,
    order_id: str,
    opened: date | str,
    *,
    reason: str = "not_received",
    resolution: str | None = None,
    closed: date | str | None = None,
    excluded: str | None = None,
) -> None:
    store.insert(
        "cases",
        {
            "order_id": order_id,
            "opened_date": day(opened),
            "reason": reason,
            "resolution": resolution,
            "closed_date": day(closed) if closed else None,
            "excluded_reason": excluded,
        },
    )


def utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def at(value: date, hour: int = 12, minute: int = 0) -> datetime:
    return datetime(value.year, value.month, value.day, hour, minute, tzinfo=UTC)


def add_message(
    store: Store,
    thread_id: str,
    sender: str,
    sent_at: datetime,
    *,
    order_id: str | None = None,
    spam: int = 0,
    text: str = "",
) -> None:
    store.insert(
        "messages",
        {
            "thread_id": thread_id,
            "order_id": order_id,
            "sender": sender,
            "sent_at": utc(sent_at),
            "spam": spam,
            "text": text,
        },
    )


def add_thread(
    store: Store,
    thread_id: str,
    asked: datetime,
    reply_after: timedelta | None,
    *,
    sender: str = "seller",
    spam: int = 0,
) -> None:
    """A buyer's first message and, optionally, the first reply `reply_after` later."""
    add_message(store, thread_id, "buyer", asked, spam=spam)
    if reply_after is not None:
        add_message(store, thread_id, sender, asked + reply_after)


def dump(db) -> dict[str, list[tuple]]:
    """Every row of every table (and the schema), sorted: equal dumps mean an unchanged shop."""
    conn = getattr(db, "conn", db)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    result: dict[str, list[tuple]] = {
        "__schema__": conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    }
    for name in tables:
        result[name] = sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
    return result


def write_csv(path: Path, header: list[str], rows: list[list[str]], *, bom: bool = False) -> Path:
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def make_demo_file(path: Path, orders: int, seed: int, as_of: date) -> Path:
    """A demo shop file, made once for a module (making one costs seconds) and copied for each test."""
    from sellerdesk.io.demo import make_demo_shop

    store = Store.open(path)
    make_demo_shop(store, orders=orders, seed=seed, as_of=as_of)
    store.close()
    return path


def opened_copy(source: Path, folder: Path) -> Iterator[Store]:
    """A fixture body: a copy of `source` in `folder`, opened, closed afterwards."""
    target = folder / source.name
    shutil.copyfile(source, target)
    store = Store.open(target)
    yield store
    store.close()
