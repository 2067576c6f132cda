"""Any faithful re-save of the US download (RULES.md 6: trimmed or two-decimal money, MM/DD/YY or M/D/YYYY
dates, columns in any order and case, rows in any order, any quoting, comma/semicolon/tab, LF/CRLF, UTF-8
with or without BOM, cp1252, UTF-16) lands exactly the hand-written values of tests/unit/etsy_expected.py."""

from __future__ import annotations

import csv
import io
import shutil
import tempfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from etsy_expected import US_ITEM_ROWS, US_ORDER_ROWS
from etsykit import US_ITEMS, US_ORDERS, items, orders, read_rows
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sellerdesk.io.importer import import_paths
from sellerdesk.store.store import Store

ORDER_MONEY = {
    "order value",
    "discount amount",
    "shipping discount",
    "shipping",
    "sales tax",
    "order total",
    "card processing fees",
    "order net",
    "adjusted order total",
    "adjusted card processing fees",
    "adjusted net order amount",
}
ITEM_MONEY = {
    "price",
    "discount amount",
    "shipping discount",
    "order shipping",
    "order sales tax",
    "item total",
    "vat paid by buyer",
}
SHORT_DATES = {"sale date"}  # MM/DD/YY in both files, and the orders file's Date Shipped
LONG_DATES = {"date paid"}  # MM/DD/YYYY: the items file's Date Paid and Date Shipped


def money_shapes(cell: str) -> list[str]:
    cents = int(Decimal(cell) * 100)
    full = f"{cents // 100}.{cents % 100:02d}"
    trimmed = full.rstrip("0").rstrip(".")
    return [full, trimmed]


def date_shapes(day: date, short: bool) -> list[str]:
    spreadsheet = f"{day.month}/{day.day}/{day.year}"  # what a spreadsheet writes back
    return [day.strftime("%m/%d/%y"), spreadsheet] if short else [day.strftime("%m/%d/%Y"), spreadsheet]


@st.composite
def resaved(draw, source: Path, orders_file: bool) -> tuple[list[list[str]], dict]:
    rows = read_rows(source)
    header = [h.lower() for h in rows[0]]
    money = ORDER_MONEY if orders_file else ITEM_MONEY
    for row in rows[1:]:
        for at, name in enumerate(header):
            cell = row[at]
            if not cell:
                continue
            if name in money:
                row[at] = draw(st.sampled_from(money_shapes(cell)))
            elif name in SHORT_DATES or (name == "date shipped" and orders_file):
                row[at] = draw(st.sampled_from(date_shapes(datetime.strptime(cell, "%m/%d/%y").date(), True)))
            elif name in LONG_DATES or name == "date shipped":
                row[at] = draw(st.sampled_from(date_shapes(datetime.strptime(cell, "%m/%d/%Y").date(), False)))
    order = draw(st.permutations(range(len(header))))
    case = draw(st.sampled_from([str, str.lower, str.upper, str.title]))
    body = draw(st.permutations(rows[1:]))
    table = [[case(rows[0][i]) for i in order]] + [[row[i] for i in order] for row in body]
    dialect = {
        "delimiter": draw(st.sampled_from([",", ";", "\t"])),
        "quoting": draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])),
        "lineterminator": draw(st.sampled_from(["\n", "\r\n"])),
        "encoding": draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"])),
    }
    return table, dialect


def write(path: Path, table: list[list[str]], dialect: dict) -> Path:
    buffer = io.StringIO()
    options = {k: v for k, v in dialect.items() if k != "encoding"}
    csv.writer(buffer, **options).writerows(table)
    path.write_bytes(buffer.getvalue().encode(dialect["encoding"]))
    return path


@pytest.fixture(scope="module")
def empty_shop(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("resave") / "empty.sellerdesk"
    Store.open(path).close()
    return path


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(orders_file=resaved(US_ORDERS, True), items_file=resaved(US_ITEMS, False))
def test_any_faithful_resave_lands_the_same_values(empty_shop, orders_file, items_file):
    with tempfile.TemporaryDirectory() as folder:
        shop_path = Path(folder) / "shop.sellerdesk"
        shutil.copy(empty_shop, shop_path)
        paths = [write(Path(folder) / US_ORDERS.name, *orders_file), write(Path(folder) / US_ITEMS.name, *items_file)]
        store = Store.open(shop_path)
        try:
            import_paths(store, paths)
            assert orders(store) == US_ORDER_ROWS
            assert items(store) == US_ITEM_ROWS
        finally:
            store.close()
