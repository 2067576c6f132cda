"""Read Etsy's downloads (RULES.md 6) row by row into the staging file: the orders CSV, the order items
CSV and the reviews JSON. Every bad cell becomes a RowError naming file, row and column."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

from sellerdesk.core.records import FieldError
from sellerdesk.io import etsy_formats as fmt
from sellerdesk.io.import_report import FileInfo, RowError
from sellerdesk.io.textfile import CsvRows, TextFile, read_text
from sellerdesk.store.staging import Staging

BATCH = 5000
#: Stop collecting after this many problems in one file (the first ones tell what is wrong).
MAX_ERRORS = 200
Tick = Callable[[float], None]


class _Row:
    """One CSV row's cells by field name, recording the first problem of each cell.

    One _Row reads a whole file, row after row. The parsers of cells a download repeats (dates,
    amounts, quantities) are memoised per file: a 100,000-order download has a few hundred distinct
    dates and a few thousand distinct amounts. A bad cell is parsed again each time, to name its row."""

    __slots__ = ("cells", "errors", "file", "memo", "number", "positions")

    def __init__(self, file: str, positions: dict[str, int], errors: list[RowError]) -> None:
        self.file, self.positions, self.errors = file, positions, errors
        self.cells: list[str] = []
        self.number = 0
        self.memo: dict[Callable[[str], Any], dict[str, Any]] = {parser: {} for parser in _MEMOISED}

    def text(self, field: str) -> str:
        index = self.positions.get(field)
        return self.cells[index].strip() if index is not None else ""

    def parse(self, field: str, parser: Callable[[str], Any], default: Any = None) -> Any:
        index = self.positions.get(field)
        if index is None:
            return default
        cell = self.cells[index]
        memo = self.memo.get(parser)
        if memo is not None:
            value = memo.get(cell, _UNSEEN)
            if value is not _UNSEEN:
                return value
        try:
            value = parser(cell)
        except FieldError as exc:
            self.errors.append(RowError(self.file, self.number, _header_name(field), str(exc)))
            return default
        if memo is not None and len(memo) < MEMO_SIZE:
            memo[cell] = value
        return value


def _header_name(field: str) -> str:
    options = fmt.ORDER_COLUMNS.get(field) or fmt.ITEM_COLUMNS.get(field) or (field,)
    return options[0].title()


def _required_day(text: str) -> str:
    day = fmt.month_first_day(text)
    if day is None:
        raise FieldError("a date is required")
    return day


def _optional_money(text: str) -> int | None:
    return fmt.money(text) if text.strip() else None


_UNSEEN = object()
#: At most this many values remembered per parser and file (a file of all-different amounts stays small).
MEMO_SIZE = 50_000
_MEMOISED = (
    _required_day, fmt.month_first_day, fmt.money, fmt.signed_money, _optional_money, fmt.quantity,
    fmt.split_variations,  # a shop's listings have few variations; a personalization seldom repeats
)  # fmt: skip


def _order_tuple(row: _Row) -> tuple | None:
    order_id = row.parse("order_id", fmt.identifier)
    order_date = row.parse("sale_date", _required_day)
    total = row.parse("order_total", fmt.money, 0)
    adjusted = row.parse("adjusted_total", fmt.signed_money, 0)
    # The Adjusted columns are all zero unless Etsy adjusted the order (a refund): a full refund
    # leaves the adjusted total at 0 but not the adjusted fees.
    is_adjusted = bool(
        adjusted or row.parse("adjusted_fees", fmt.signed_money, 0) or row.parse("adjusted_net", fmt.signed_money, 0)
    )
    shipped = row.parse("date_shipped", fmt.month_first_day)
    if order_id is None or order_date is None:
        return None
    status = row.text("status")
    name = row.text("full_name") or row.text("buyer")
    refund = min(total, max(0, total - adjusted)) if is_adjusted else 0
    return (
        order_id, order_date, name, row.text("buyer_user_id") or None, name, row.text("street1"),
        row.text("street2"), row.text("city"), row.text("state"), row.text("zip"), row.text("country"), total,
        (row.text("currency") or "USD").upper(), shipped, int(fmt.is_canceled(status)), refund, status or None,
    )  # fmt: skip


def _item_tuple(row: _Row) -> tuple | None:
    transaction_id = row.parse("transaction_id", fmt.identifier)
    order_id = row.parse("order_id", fmt.identifier)
    listing_id = row.parse("listing_id", fmt.identifier)
    order_date = row.parse("sale_date", _required_day)
    quantity = row.parse("quantity", fmt.quantity, 1)
    price = row.parse("price", fmt.money, 0)
    item_total = row.parse("item_total", _optional_money, None)
    shipping = row.parse("order_shipping", fmt.money, 0)
    tax = row.parse("order_tax", fmt.money, 0)
    shipped = row.parse("date_shipped", fmt.month_first_day)
    if transaction_id is None or order_id is None or order_date is None:
        return None
    title = row.text("item_name")
    if not title:
        row.errors.append(RowError(row.file, row.number, "Item Name", "a value is required"))
    variations, personalization = row.parse("variations", fmt.split_variations, ("", ""))
    return (
        transaction_id, order_id, order_date, listing_id, title, quantity, price, row.text("sku") or None,
        variations, personalization, price * quantity if item_total is None else item_total, shipping, tax,
        (row.text("currency") or "USD").upper(), shipped, row.text("buyer"), None, row.text("ship_name"),
        row.text("address1"), row.text("address2"), row.text("city"), row.text("state"), row.text("zip"),
        row.text("country"),
    )  # fmt: skip


def read_etsy_csv(
    info: FileInfo,
    text_file: TextFile,
    separator: str,
    layout: fmt.Layout,
    staging: Staging,
    errors: list[RowError | str],
    tick: Tick,
    cancelled: Callable[[], bool],
) -> None:
    """Stream one Etsy orders or items file into the staging file, a batch of parsed rows at a time.
    After the first problem the rest is only checked: a file with problems is not imported."""
    make = _order_tuple if layout.kind == "etsy_orders" else _item_tuple
    add = staging.add_etsy_orders if layout.kind == "etsy_orders" else staging.add_etsy_items
    used = list(layout.positions.values())
    needed = max(used) + 1
    file_errors: list[RowError] = []
    row = _Row(info.path.name, layout.positions, file_errors)
    rows = CsvRows(text_file, separator)
    batch: list[tuple] = []
    for number, cells in rows:
        if number == 1 or not any(cells):
            continue  # the header, or a blank row
        if len(cells) < needed:
            if any(c.strip() for c in cells):
                file_errors.append(
                    RowError(info.path.name, number, "-", f"has {len(cells)} cells; the header has {layout.width} "
                             "(a cut-off file?)")
                )  # fmt: skip
            continue
        before = len(file_errors)
        row.cells, row.number = cells, number
        record = make(row)
        if len(file_errors) > before and not any(cells[i].strip() for i in used):
            del file_errors[before:]  # only spaces where SellerDesk reads: a blank row
            continue
        info.rows += 1
        if record is not None and not file_errors:
            batch.append(record)
        if len(file_errors) >= MAX_ERRORS:
            break
        if info.rows % BATCH == 0:
            add(batch)
            batch.clear()
            tick(rows.progress)
            if cancelled():
                return
    errors.extend(file_errors[:MAX_ERRORS])
    if not file_errors:
        add(batch)
    tick(1.0)


def looks_like_reviews(text: str) -> bool:
    head = text.lstrip("\ufeff \t\r\n")[:4096]
    return head.startswith("[") and all(key in head for key in ('"star_rating"', '"order_id"'))


def read_reviews_json(info: FileInfo, text_file: TextFile, staging: Staging, errors: list[RowError | str]) -> None:
    name = info.path.name
    try:
        entries = json.loads(read_text(text_file).lstrip("\ufeff"))
    except (json.JSONDecodeError, RecursionError) as exc:
        message = getattr(exc, "msg", "nested too deeply")
        line = getattr(exc, "lineno", 0)
        errors.append(f"{name}: not a readable reviews download (JSON error at line {line}: {message})")
        return
    if not isinstance(entries, list):
        errors.append(f"{name}: not a reviews download; expected a list of reviews")
        return
    batch = []
    for number, entry in enumerate(entries, start=1):
        review = _review(name, number, entry, errors)
        if review is not None:
            batch.append(review)
            info.rows += 1
        if len(errors) >= MAX_ERRORS:
            break
    staging.add_etsy_reviews(batch)


def _review(name: str, number: int, entry: Any, errors: list[RowError | str]) -> tuple | None:
    if not isinstance(entry, dict):
        errors.append(RowError(name, number, "-", "not a review (expected an object with order_id, star_rating...)"))
        return None
    problems = len(errors)
    values: dict[str, Any] = {}
    for key, parse in _REVIEW_FIELDS:
        try:
            values[key] = parse(entry.get(key))
        except FieldError as exc:
            errors.append(RowError(name, number, key, str(exc)))
    if len(errors) > problems:
        return None
    return (
        values["order_id"],
        values["date_reviewed"],
        values["star_rating"],
        values["message"],
        values["reviewer"],
    )


def _json_id(value: Any) -> str:
    if isinstance(value, bool) or value is None or (isinstance(value, float) and not value.is_integer()):
        raise FieldError(f"{value!r} is not an order number")
    text = str(int(value)) if isinstance(value, int | float) else str(value)
    return fmt.identifier(text)


def _json_day(value: Any) -> str:
    if not isinstance(value, str):
        raise FieldError(f"{value!r} is not a date; expected MM/DD/YYYY")
    return _review_day(value)


@lru_cache(maxsize=MEMO_SIZE)
def _review_day(text: str) -> str:
    return _required_day(text)  # a reviews download has a few hundred days in its tens of thousands of entries


def _json_rating(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str) or not str(value).strip().isdigit():
        raise FieldError(f"{value!r} is not a star rating; expected 1 to 5")
    rating = int(str(value).strip())
    if not 1 <= rating <= 5:
        raise FieldError(f"{rating} is not a star rating; expected 1 to 5")
    return rating


def _json_text(value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str | int | float):
        raise FieldError("expected text")
    return str(value).strip()


_REVIEW_FIELDS: Iterable[tuple[str, Callable[[Any], Any]]] = (
    ("order_id", _json_id),
    ("date_reviewed", _json_day),
    ("star_rating", _json_rating),
    ("message", _json_text),
    ("reviewer", _json_text),
)
