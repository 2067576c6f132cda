"""Helpers for the Etsy download tests: where the hand-written fixtures are, and readers that turn the
shop's tables into plain dicts to compare with hand-written expected values."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "etsy"
US = FIXTURES / "us"
UK = FIXTURES / "uk"
OLDER = FIXTURES / "older"
ROUNDTRIP = FIXTURES / "roundtrip"
OVERLAP = FIXTURES / "overlap"

US_ORDERS = US / "EtsySoldOrders2026.csv"
US_ITEMS = US / "EtsySoldOrderItems2026.csv"
US_REVIEWS = US / "reviews.json"
UK_ORDERS = UK / "EtsySoldOrders2026.csv"
UK_ITEMS = UK / "EtsySoldOrderItems2026.csv"
OLDER_ORDERS = OLDER / "EtsySoldOrders2025.csv"
OLDER_ITEMS = OLDER / "EtsySoldOrderItems2025.csv"
US_ALL = [US_ORDERS, US_ITEMS, US_REVIEWS]

ORDER_COLUMNS = (
    "order_date",
    "buyer",
    "buyer_username",
    "ship_street1",
    "ship_street2",
    "ship_city",
    "ship_state",
    "ship_zip",
    "ship_country",
    "total_minor",
    "currency",
    "shipped_date",
    "status",
    "refund_minor",
)
ITEM_COLUMNS = ("order_id", "listing_id", "title", "quantity", "price_minor", "sku", "variations", "personalization")
#: Address parts a file leaves blank: the contract does not say whether a blank lands as '' or NULL.
MAYBE_BLANK = ("ship_street2", "ship_state")


def blank_as_none(value: Any) -> Any:
    return None if value == "" else value


def table(store, sql: str, params: list | tuple = ()) -> list[dict[str, Any]]:
    cursor = store.db.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def orders(store, columns: tuple[str, ...] = ORDER_COLUMNS) -> dict[str, dict[str, Any]]:
    """order_id -> the given columns, blank address parts as None."""
    rows = table(store, f"SELECT order_id, {', '.join(columns)} FROM orders")
    result = {}
    for row in rows:
        for column in MAYBE_BLANK:
            if column in row:
                row[column] = blank_as_none(row[column])
        result[row.pop("order_id")] = row
    return result


def items(store) -> dict[str, dict[str, Any]]:
    rows = table(store, f"SELECT transaction_id, {', '.join(ITEM_COLUMNS)} FROM order_items")
    return {row.pop("transaction_id"): row for row in rows}


def reviews(store) -> dict[tuple[str, str], tuple[int, str, str]]:
    rows = store.db.execute("SELECT order_id, review_date, rating, text, reviewer FROM reviews").fetchall()
    return {(o, d): (rating, text, reviewer) for o, d, rating, text, reviewer in rows}


def pending(store) -> dict[tuple[str, str], tuple[int, str, str]]:
    rows = store.db.execute("SELECT order_id, review_date, rating, text, reviewer FROM pending_reviews").fetchall()
    return {(o, d): (rating, text, reviewer) for o, d, rating, text, reviewer in rows}


def counts(report, kind: str) -> tuple[int, int, int]:
    """(new, updated, unchanged); a kind the report leaves out counts as nothing."""
    found = report.counts.get(kind)
    return (0, 0, 0) if found is None else (found.new, found.updated, found.unchanged)


def waiting(report) -> int:
    """The contract calls `waiting_reviews` 'reviews kept for orders not imported yet': a number or a list."""
    value = report.waiting_reviews
    return value if isinstance(value, int) else len(value)


def kinds(report) -> dict[str, str]:
    """file name -> kind, for every file the report lists."""
    return {Path(f.path).name: f.kind for f in report.files}


def file_info(report, path: Path):
    matches = [f for f in report.files if Path(f.path).resolve() == path.resolve()]
    assert len(matches) == 1, [f.path for f in report.files]
    return matches[0]


def error_at(errors, file_name: str, row: int | None, column: str) -> bool:
    """True when one of `errors` names this file, row (None: any) and column (case-insensitively)."""
    for error in errors:
        if isinstance(error, str):
            continue
        if Path(str(error.file)).name != file_name or (row is not None and error.row != row):
            continue
        if str(error.column).strip().lower() == column.lower():
            return True
    return False


def read_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def write_rows(path: Path, rows: list[list[str]]) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def edited(source: Path, target: Path, order_id: str, column: str, value: str) -> Path:
    """A copy of an Etsy CSV with one cell (the row of `order_id`, the named column) replaced."""
    rows = read_rows(source)
    header = [h.lower() for h in rows[0]]
    id_at, at = header.index("order id"), header.index(column.lower())
    hits = 0
    for row in rows[1:]:
        if row[id_at] == order_id:
            row[at] = value
            hits += 1
    assert hits, f"{order_id} not in {source}"
    return write_rows(target, rows)


def without_column(source: Path, target: Path, column: str) -> Path:
    rows = read_rows(source)
    at = [h.lower() for h in rows[0]].index(column.lower())
    return write_rows(target, [row[:at] + row[at + 1 :] for row in rows])


def content(store) -> dict[str, list[tuple]]:
    """Everything an import decides, without row ids (which depend on the order rows arrived in)."""
    queries = {
        "orders": "SELECT * FROM orders",
        "order_items": "SELECT * FROM order_items",
        "reviews": "SELECT * FROM reviews",
        "pending_reviews": "SELECT * FROM pending_reviews",
        "order_days": "SELECT * FROM order_days WHERE order_count > 0",
        "ship_days": "SELECT * FROM ship_days WHERE to_ship > 0",
        "problem_orders": "SELECT * FROM problem_orders",
    }
    result = {}
    for name, sql in queries.items():
        rows = table(store, sql)
        result[name] = sorted((tuple(v for k, v in r.items() if k != "id") for r in rows), key=repr)
    return result


def without_shop_row(tables: dict) -> dict:
    """A dump without the tables that hold when the shop file was made (they differ between shop files made
    in different seconds): the shop, the migrations' log, the saved replies every new shop starts with."""
    return {name: rows for name, rows in tables.items() if name not in ("shops", "_sqlite_migrations", "saved_replies")}
