"""Read Etsy's downloads (RULES.md 6) row by row into the staging file: the orders CSV, the order items
CSV and the reviews JSON. Every bad cell becomes a RowError naming file, row and column."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any, cast

from sellerdesk.core.records import FieldError
from sellerdesk.io import etsy_formats as fmt
from sellerdesk.io.etsy_rows import Memo, RowMaker, fast_identifier, required_day
from sellerdesk.io.import_report import FileInfo, RowError
from sellerdesk.io.textfile import ROWS_AT_ONCE, TICK_ROWS, CsvRows, TextFile, read_text
from sellerdesk.store.staging import Staging

#: Stop collecting after this many problems in one file (the first ones tell what is wrong).
MAX_ERRORS = 200
Tick = Callable[[float], None]


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
    add = staging.add_etsy_orders if layout.kind == "etsy_orders" else staging.add_etsy_items
    file_errors: list[RowError] = []
    maker = RowMaker(layout.kind, info.path.name, layout.positions, file_errors)
    rows = CsvRows(text_file, separator)
    for first, chunk in rows.chunks(ROWS_AT_ONCE):
        if first == 1:
            first, chunk = 2, chunk[1:]  # the header
        try:
            # The usual chunk: every row read by the fast rule, at C speed from one row to the next.
            made = list(map(maker.fast, chunk))
            # None: a row without its key (only when the file has no such column)
            records = [r for r in made if r is not None] if None in made else cast(list[tuple], made)
            info.rows += len(chunk)
        except (FieldError, IndexError):  # a problem, a blank row or a short one: row by row
            records = _read_carefully(chunk, first, maker, layout, info)
        if not file_errors:
            add(records)
        if len(file_errors) >= MAX_ERRORS:
            break
        if first % TICK_ROWS < ROWS_AT_ONCE:
            tick(rows.progress)
            if cancelled():
                return
    errors.extend(file_errors[:MAX_ERRORS])
    tick(1.0)


def _read_carefully(chunk: list[list[str]], first: int, maker: RowMaker, layout: fmt.Layout, info: FileInfo) -> list:
    """The rows of `chunk` (numbered from `first`) one at a time, every problem named in `maker.row.errors`."""
    used = list(layout.positions.values())
    needed = max(used) + 1
    errors = maker.row.errors
    records = []
    for number, cells in enumerate(chunk, first):
        if not any(cells):
            continue  # a blank row
        if len(cells) < needed:
            if any(c.strip() for c in cells):
                errors.append(
                    RowError(info.path.name, number, "-", f"has {len(cells)} cells; the header has {layout.width} "
                             "(a cut-off file?)")
                )  # fmt: skip
            continue
        try:
            record = maker.fast(cells)
        except FieldError:  # told again by the careful rule, every problem of the row named
            before = len(errors)
            record = maker.careful(cells, number)
            if not any(cells[i].strip() for i in used):
                del errors[before:]  # only spaces where SellerDesk reads: a blank row
                continue
        info.rows += 1
        if record is not None:
            records.append(record)
        if len(errors) >= MAX_ERRORS:
            break
    return records


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
    days = Memo(required_day)  # a reviews download has a few hundred days in its tens of thousands of entries
    for start in range(0, len(entries), ROWS_AT_ONCE):
        batch = []
        for number, entry in enumerate(entries[start : start + ROWS_AT_ONCE], start + 1):
            try:
                review = _plain_review(entry, days)
            except (KeyError, TypeError, FieldError):  # anything else than Etsy writes: every problem named
                review = _review(name, number, entry, errors)
            if review is not None:
                batch.append(review)
                info.rows += 1
            if len(errors) >= MAX_ERRORS:
                break
        staging.add_etsy_reviews(batch)
        if len(errors) >= MAX_ERRORS:
            break


def _plain_review(entry: Any, days: Memo) -> tuple:
    """An entry as Etsy writes it (a numeric order id and rating, text cells), read the way `_review`
    reads it; any other shape raises KeyError, TypeError or FieldError."""
    order_id, rating, day = entry["order_id"], entry["star_rating"], entry["date_reviewed"]
    message, reviewer = entry.get("message"), entry.get("reviewer")
    if type(order_id) is not int or type(rating) is not int or type(day) is not str:
        raise TypeError
    if not 1 <= rating <= 5 or type(message) is not str or type(reviewer) is not str:
        raise TypeError
    return fast_identifier(str(order_id)), days[day], rating, message.strip(), reviewer.strip()


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
    return required_day(value)


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
