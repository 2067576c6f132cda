"""Export the shop as CSV (issue 9): SellerDesk's four templates (orders, reviews, cases, messages), which
import back into any shop, plus the order items and the saved replies for a spreadsheet.

Cells a spreadsheet would run as a formula (text starting with =, +, -, @, a tab or a carriage
return) get a leading apostrophe, as do cells that start with one already; the template importer
takes one leading apostrophe off, so an export imports back unchanged.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sellerdesk.io.csv_import import BY_KIND
from sellerdesk.store.store import Store

Progress = Callable[[float, str], None]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
BATCH = 5000


class ExportCancelled(Exception):
    """The user cancelled; the files being written were removed."""


def neutralise(value: Any) -> Any:
    """A text cell a spreadsheet would not run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def money_text(minor: int | None) -> str:
    if minor is None:
        return ""
    sign = "-" if minor < 0 else ""
    return f"{sign}{abs(minor) // 100}.{abs(minor) % 100:02d}"


@dataclass(frozen=True)
class Export:
    kind: str
    file_name: str
    header: tuple[str, ...]
    select: str  # the columns, in header order
    source: str  # FROM ... (the table, with any join)
    order: str
    key: str  # the record's key, matched against a page's selection
    money: tuple[int, ...] = ()  # positions of minor-unit amounts

    def sql(self, where: str = "") -> str:
        return f"SELECT {self.select} FROM {self.source} {where} ORDER BY {self.order}"


def _template_header(kind: str) -> tuple[str, ...]:
    return tuple(BY_KIND[kind].header)


EXPORTS = {
    "orders": Export(
        "orders",
        "sellerdesk-orders.csv",
        _template_header("orders"),
        # The ship-by a seller extended is the one on-time shipping counts (RULES.md 4).
        "order_id, order_date, buyer, total_minor, currency, processing_min, processing_max, "
        "coalesce(ship_by_extended, ship_by), shipped_date, tracking_number, carrier, delivered_date, status, "
        "digital, custom",
        "orders",
        "order_date, order_id",
        "orders.order_id",
        money=(3,),
    ),
    "reviews": Export(
        "reviews",
        "sellerdesk-reviews.csv",
        _template_header("reviews"),
        "order_id, review_date, rating, text, excluded_reason",
        "reviews",
        "review_date, order_id",
        "reviews.id",
    ),
    "cases": Export(
        "cases",
        "sellerdesk-cases.csv",
        _template_header("cases"),
        "order_id, opened_date, reason, resolution, closed_date, excluded_reason",
        "cases",
        "opened_date, order_id",
        "cases.id",
    ),
    "messages": Export(
        "messages",
        "sellerdesk-messages.csv",
        _template_header("messages"),
        "thread_id, order_id, sender, sent_at, spam, text",
        "messages",
        "thread_id, sent_at, sender",
        "messages.thread_id",
    ),
    "items": Export(
        "items",
        "sellerdesk-items.csv",
        (
            "order_id",
            "transaction_id",
            "listing_id",
            "title",
            "quantity",
            "price",
            "sku",
            "variations",
            "personalization",
        ),  # fmt: skip
        "order_id, transaction_id, listing_id, title, quantity, price_minor, sku, variations, personalization",
        "order_items",
        "order_id, id",
        "order_items.order_id",
        money=(5,),
    ),
    "saved_replies": Export(
        "saved_replies",
        "sellerdesk-saved-replies.csv",
        ("title", "body", "tags", "usage_count", "last_used_at"),
        "title, body, tags, usage_count, last_used_at",
        "saved_replies",
        "title COLLATE NOCASE, id",
        "saved_replies.id",
    ),
}
#: Headers of the exports that no import reads back (they are for spreadsheets).
SPREADSHEET_ONLY = (EXPORTS["items"].header, EXPORTS["saved_replies"].header)
#: What a page's table exports: its records, in the template that imports back.
PAGE_EXPORTS = {"orders": "orders", "threads": "messages", "reviews": "reviews", "cases": "cases"}


def _cells(row: tuple, money: tuple[int, ...]) -> list[Any]:
    cells = []
    for index, value in enumerate(row):
        if index in money:
            value = money_text(value)
        cells.append("" if value is None else neutralise(value))
    return cells


def write_private(path: Path) -> Any:
    """A new file only its owner can read (it holds buyers' names and addresses)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    return os.fdopen(descriptor, "w", encoding="utf-8", newline="")


def _write(
    store: Store,
    export: Export,
    path: Path,
    where: str = "",
    params: dict[str, Any] | None = None,
    tick: Callable[[int], None] = lambda n: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    """Stream one export into `path` through a temporary file (no half-written file is left)."""
    partial = path.with_name(path.name + ".part")
    rows = 0
    try:
        with write_private(partial) as handle:
            writer = csv.writer(handle)
            writer.writerow(export.header)
            cursor = store.db.execute(export.sql(where), params or {})
            while batch := cursor.fetchmany(BATCH):
                writer.writerows(_cells(row, export.money) for row in batch)
                rows += len(batch)
                tick(len(batch))
                if cancelled():
                    raise ExportCancelled()
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return rows


def _counts(store: Store, kinds: Iterable[str]) -> dict[str, int]:
    return {k: store.db.execute(f"SELECT count(*) FROM {EXPORTS[k].source}").fetchone()[0] for k in kinds}


def export_all(
    store: Store,
    folder: str | Path,
    progress: Progress = lambda f, t: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> dict[Path, int]:
    """Every export into `folder` (made if needed, private); returns each file and its rows."""
    folder = Path(folder)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    totals = _counts(store, EXPORTS)
    grand = sum(totals.values()) or 1
    done = 0
    written: dict[Path, int] = {}
    for export in EXPORTS.values():

        def tick(n: int, name: str = export.file_name) -> None:
            nonlocal done
            done += n
            progress(done / grand, name)

        path = folder / export.file_name
        written[path] = _write(store, export, path, tick=tick, cancelled=cancelled)
    return written


def export_page(store: Store, table: str, keys_sql: str, params: dict[str, Any], path: str | Path) -> int:
    """The records a page shows (`keys_sql` selects their keys under its search and filter), as the
    template that imports them back."""
    export = EXPORTS[PAGE_EXPORTS[table]]
    return _write(store, export, Path(path), f"WHERE {export.key} IN ({keys_sql})", params)
