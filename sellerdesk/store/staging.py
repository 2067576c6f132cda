"""An import's parsed rows, held in a temporary SQLite file until they are merged into the shop.

Files are streamed into the staging file a batch at a time (a big download is never held in
memory); the shop's connection then attaches it as `stage` to compare and merge in SQL
(store/imports/). The staging file outlives the import while the import can be undone: it
also holds what the import replaced.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ETSY_ORDER_FIELDS = (
    "order_id", "order_date", "buyer", "buyer_username", "ship_name", "ship_street1", "ship_street2", "ship_city",
    "ship_state", "ship_zip", "ship_country", "total_minor", "currency", "shipped_date", "canceled",
    "refund_minor", "etsy_status",
)  # fmt: skip
ORDER_TEXT_FIELDS = (
    "buyer", "buyer_username", "ship_name", "ship_street1", "ship_street2", "ship_city", "ship_state", "ship_zip",
    "ship_country",
)  # fmt: skip
ETSY_ITEM_FIELDS = (
    "transaction_id", "order_id", "order_date", "listing_id", "title", "quantity", "price_minor", "sku",
    "variations", "personalization", "item_total_minor", "order_shipping_minor", "order_tax_minor", "currency",
    "shipped_date", "buyer", "buyer_username", "ship_name", "ship_street1", "ship_street2", "ship_city",
    "ship_state", "ship_zip", "ship_country",
)  # fmt: skip
REVIEW_FIELDS = ("order_id", "review_date", "rating", "text", "reviewer")
#: SellerDesk's own templates, staged with the columns they store (store/imports/merge.py merges them).
TEMPLATE_FIELDS = {
    "orders": (
        "order_id", "order_date", "buyer", "total_minor", "currency", "processing_min", "processing_max", "ship_by",
        "shipped_date", "tracking_number", "carrier", "delivered_date", "status", "digital", "custom", "edd",
    ),
    "reviews": ("order_id", "review_date", "rating", "text", "excluded_reason"),
    "cases": ("order_id", "opened_date", "reason", "resolution", "closed_date", "excluded_reason"),
    "messages": ("thread_id", "order_id", "sender", "sent_at", "spam", "text"),
}  # fmt: skip
TEMPLATE_KEYS = {
    "orders": ("order_id",),
    "reviews": ("order_id", "review_date"),
    "cases": ("order_id", "opened_date"),
    "messages": ("thread_id", "sender", "sent_at"),
}
#: Where each staged row came from, to name the file and row of a problem found across files.
SOURCE = ("src_file", "src_row")

_TEMPLATE_TABLES = "".join(
    f"CREATE TABLE t_{kind} ({', '.join(fields + SOURCE)}, "
    f"PRIMARY KEY ({', '.join(TEMPLATE_KEYS[kind])})) WITHOUT ROWID;"
    for kind, fields in TEMPLATE_FIELDS.items()
)
_SCHEMA = f"""
CREATE TABLE etsy_orders ({", ".join(ETSY_ORDER_FIELDS)}, from_items INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (order_id)) WITHOUT ROWID;
CREATE TABLE etsy_items ({", ".join(ETSY_ITEM_FIELDS)}, PRIMARY KEY (transaction_id)) WITHOUT ROWID;
CREATE TABLE etsy_reviews ({", ".join(REVIEW_FIELDS)}, PRIMARY KEY (order_id, review_date)) WITHOUT ROWID;
CREATE TABLE order_dates (order_id PRIMARY KEY, shipping_profile_id, processing_min, processing_max, ship_by,
    edd, international) WITHOUT ROWID;
{_TEMPLATE_TABLES}
"""

# Two downloads of the same order merge so that no fact goes back: a shipped date stays (the later
# one wins), a refund or cancellation stays, a blank cell never erases a value.
_ORDER_UPSERT = (
    f"INSERT INTO etsy_orders ({', '.join(ETSY_ORDER_FIELDS)}) VALUES ({', '.join('?' * len(ETSY_ORDER_FIELDS))}) "
    "ON CONFLICT (order_id) DO UPDATE SET "
    + ", ".join(f"{c} = coalesce(nullif(excluded.{c}, ''), {c})" for c in ORDER_TEXT_FIELDS)
    + ", total_minor = excluded.total_minor, currency = excluded.currency, "
    "shipped_date = max(coalesce(shipped_date, excluded.shipped_date), coalesce(excluded.shipped_date, shipped_date)), "
    "canceled = max(canceled, excluded.canceled), refund_minor = max(refund_minor, excluded.refund_minor), "
    "etsy_status = coalesce(nullif(excluded.etsy_status, ''), etsy_status)"
)
_ITEM_UPSERT = (
    f"INSERT INTO etsy_items ({', '.join(ETSY_ITEM_FIELDS)}) VALUES ({', '.join('?' * len(ETSY_ITEM_FIELDS))}) "
    "ON CONFLICT (transaction_id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in ETSY_ITEM_FIELDS if c not in ("transaction_id", "sku", "shipped_date"))
    + ", sku = coalesce(excluded.sku, sku), "
    "shipped_date = max(coalesce(shipped_date, excluded.shipped_date), coalesce(excluded.shipped_date, shipped_date))"
)
# Etsy's reviews download has one entry per reviewed item: one review per order and day, the
# lowest rating kept (on a tie, one text chosen the same way whatever the files' order).
_REVIEW_UPSERT = (
    f"INSERT INTO etsy_reviews ({', '.join(REVIEW_FIELDS)}) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (order_id, review_date) DO UPDATE SET "
    "text = CASE WHEN excluded.rating < rating OR (excluded.rating = rating AND excluded.text > text) "
    "THEN excluded.text ELSE text END, "
    "reviewer = CASE WHEN excluded.rating < rating OR (excluded.rating = rating AND excluded.text > text) "
    "THEN excluded.reviewer ELSE reviewer END, "
    "rating = min(rating, excluded.rating)"
)


def _username(buyer: str) -> str:
    """The items file's 'Display Name (username)': the username (NULL without one: no parentheses, or
    a space or another parenthesis inside them)."""
    at = f"instr({buyer}, '(')"
    user = f"substr({buyer}, {at} + 1, length({buyer}) - {at} - 1)"
    return (
        f"(CASE WHEN {at} > 1 AND substr({buyer}, -1) = ')' AND length({user}) > 0 AND instr({user}, ' ') = 0 "
        f"AND instr({user}, '(') = 0 THEN {user} END)"
    )


def _name(buyer: str) -> str:
    before = f"rtrim(substr({buyer}, 1, instr({buyer}, '(') - 1))"
    return f"(CASE WHEN {_username(buyer)} IS NOT NULL THEN {before} ELSE {buyer} END)"


class Staging:
    """A temporary folder with `staging.db`; `close()` removes it. Given a `path` (a worker process's
    part of an import, io/read_apart.py), just that file, which `close()` leaves for its owner."""

    def __init__(self, path: Path | None = None) -> None:
        self.owned = path is None
        self.folder = Path(tempfile.mkdtemp(prefix="sellerdesk-import-")) if path is None else path.parent
        self.path = self.folder / "staging.db" if path is None else path
        self.conn = sqlite3.connect(str(self.path), check_same_thread=False)
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "temp_store = MEMORY", "cache_size = -32768"):
            self.conn.execute(f"PRAGMA {pragma}")
        self.conn.executescript(_SCHEMA)

    # -- writing parsed rows ---------------------------------------------------------------
    def add_etsy_orders(self, rows: Sequence[Sequence[Any]]) -> None:
        self.conn.executemany(_ORDER_UPSERT, rows)

    def add_etsy_items(self, rows: Sequence[Sequence[Any]]) -> None:
        self.conn.executemany(_ITEM_UPSERT, rows)

    def add_etsy_reviews(self, rows: Sequence[Sequence[Any]]) -> None:
        self.conn.executemany(_REVIEW_UPSERT, rows)

    def add_template_rows(self, kind: str, rows: Sequence[Sequence[Any]]) -> None:
        columns = TEMPLATE_FIELDS[kind] + SOURCE
        self.conn.executemany(
            f"INSERT INTO t_{kind} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows
        )

    def finish(self) -> None:
        """After every file: orders that only an items file names get an order from their item rows
        (its total: the items, shipping and tax), and orders learn a shipped date from their items."""
        # The items' index on order_id is made here, once, rather than kept row by row as files are read.
        self.conn.executescript(
            f"""
            CREATE INDEX etsy_items_order ON etsy_items(order_id);
            INSERT INTO etsy_orders ({", ".join(ETSY_ORDER_FIELDS)}, from_items)
            SELECT order_id, min(order_date), {_name("max(buyer)")}, {_username("max(buyer)")}, max(ship_name),
                max(ship_street1),
                max(ship_street2), max(ship_city), max(ship_state), max(ship_zip), max(ship_country),
                sum(item_total_minor) + max(order_shipping_minor) + max(order_tax_minor), max(currency),
                max(shipped_date), 0, 0, NULL, 1
            FROM etsy_items WHERE order_id NOT IN (SELECT order_id FROM etsy_orders) GROUP BY order_id;
            UPDATE etsy_orders SET shipped_date =
                (SELECT max(i.shipped_date) FROM etsy_items i WHERE i.order_id = etsy_orders.order_id)
            WHERE shipped_date IS NULL AND from_items = 0;
            """
        )
        self.conn.commit()

    def count(self, table: str) -> int:
        return self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def take(self, part: Path, table: str) -> None:
        """Copy `table` of another staging file in (a table this one has no rows in yet)."""
        self.conn.execute("ATTACH DATABASE ? AS part", [str(part)])
        try:
            self.conn.execute(f"INSERT INTO {table} SELECT * FROM part.{table}")
            self.conn.commit()
        finally:
            self.conn.execute("DETACH DATABASE part")

    def close(self) -> None:
        self.conn.close()
        if self.owned:
            shutil.rmtree(self.folder, ignore_errors=True)


# -- raw cells of Etsy's downloads, converted in SQL -----------------------------------------------
# A 100,000-order download has millions of cells: they go into raw tables as text, straight from the
# CSV reader (trimmed, and dates and amounts converted, by SQLite as it inserts), and SQL checks them.
# SQL only converts the plain shapes Etsy writes (MM/DD/YY, 12.50, digits); any other cell sends its
# row to the Python parsers (io/etsy_formats.py), which give the exact message, or the value, for
# every other shape. Both read a cell the same way.
_WS = "' ' || char(9, 10, 13)"
DATE_FIELDS = ("sale_date", "date_shipped")
MONEY_FIELDS = (
    "order_total", "adjusted_total", "adjusted_fees", "adjusted_net", "price", "item_total", "order_shipping",
    "order_tax",
)  # fmt: skip


def _iso(cell: str) -> str:
    return (
        f"(CASE WHEN {cell} GLOB '[0-9][0-9]/[0-9][0-9]/[0-9][0-9]' "
        f"THEN '20' || substr({cell}, 7, 2) || '-' || substr({cell}, 1, 2) || '-' || substr({cell}, 4, 2) "
        f"WHEN {cell} GLOB '[0-9][0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' "
        f"THEN substr({cell}, 7, 4) || '-' || substr({cell}, 1, 2) || '-' || substr({cell}, 4, 2) "
        f"WHEN {cell} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN {cell} END)"
    )


def _date_ok(field: str, required: bool = False) -> str:
    iso = f"{field}_iso"
    valid = f"({iso} IS NOT NULL AND date({iso}) IS {iso} AND substr({iso}, 1, 4) BETWEEN '1990' AND '2100')"
    return valid if required else f"({field} = '' OR {valid})"


def _money_ok(cell: str, signed: bool = False) -> str:
    """A plain amount (of 0 or more, unless `signed`), as io/etsy_formats.money reads it."""
    first = f"({cell} GLOB '[0-9]*' OR {cell} GLOB '-[0-9]*')" if signed else f"{cell} GLOB '[0-9]*'"
    return (
        f"({cell} = '' OR ({first} "
        f"AND substr({cell}, 2) NOT GLOB '*[^0-9.]*' AND {cell} NOT GLOB '*.*.*' "
        f"AND (instr({cell}, '.') = 0 OR length({cell}) - instr({cell}, '.') BETWEEN 1 AND 2) "
        f"AND length({cell}) <= 14))"
    )


def _money(cell: str) -> str:
    return f"CAST(round(CAST({cell} AS REAL) * 100) AS INTEGER)"


def _id_ok(cell: str) -> str:
    return f"({cell} != '' AND {cell} NOT GLOB '*[^0-9]*' AND length({cell}) <= 64)"


def _quantity_ok(cell: str) -> str:
    return (
        f"({cell} NOT GLOB '*[^0-9]*' AND length({cell}) BETWEEN 1 AND 7 "
        f"AND CAST({cell} AS INTEGER) BETWEEN 1 AND 1000000)"
    )


RAW_ORDER_FIELDS = (
    "sale_date", "order_id", "buyer_user_id", "full_name", "buyer", "date_shipped", "street1", "street2", "city",
    "state", "zip", "country", "currency", "order_total", "status", "adjusted_total", "adjusted_fees",
    "adjusted_net",
)  # fmt: skip
RAW_ITEM_FIELDS = (
    "sale_date", "item_name", "buyer", "quantity", "price", "item_total", "currency", "transaction_id", "listing_id",
    "date_shipped", "ship_name", "address1", "address2", "city", "state", "zip", "country", "order_id",
    "variations", "sku", "order_shipping", "order_tax",
)  # fmt: skip
_RAW_ORDERS_OK = " AND ".join(
    [
        _id_ok("order_id"),
        _date_ok("sale_date", required=True),
        _date_ok("date_shipped"),
        _money_ok("order_total"),
        *(_money_ok(c, signed=True) for c in ("adjusted_total", "adjusted_fees", "adjusted_net")),
    ]
)
_RAW_ITEMS_OK = " AND ".join(
    [
        _id_ok("transaction_id"),
        _id_ok("order_id"),
        _id_ok("listing_id"),
        _date_ok("sale_date", required=True),
        _date_ok("date_shipped"),
        _quantity_ok("quantity"),
        f"trim(item_name, {_WS}) != ''",
        *(_money_ok(c) for c in ("price", "item_total", "order_shipping", "order_tax")),
    ]
)


def _personalization_at(cell: str) -> str:
    low = f"lower({cell})"
    return (
        f"(CASE WHEN instr({low}, 'personalization:') > 0 THEN instr({low}, 'personalization:') "
        f"ELSE instr({low}, 'personalisation:') END)"
    )


def _trim(column: str) -> str:
    return f"trim({column}, {_WS})"


def _texts(*columns: str) -> str:
    return ", ".join(_trim(c) for c in columns)


_ORDER_NAME = f"coalesce(nullif({_trim('full_name')}, ''), {_trim('buyer')})"
_RAW_ORDERS_SELECT = f"""
SELECT order_id, sale_date_iso, {_ORDER_NAME}, nullif({_trim("buyer_user_id")}, ''), {_ORDER_NAME},
    {_texts("street1", "street2", "city", "state", "zip", "country")}, order_total_minor,
    coalesce(nullif(upper({_trim("currency")}), ''), 'USD'), date_shipped_iso, lower(status) LIKE '%cancel%',
    CASE WHEN adjusted_total_minor != 0 OR adjusted_fees_minor != 0 OR adjusted_net_minor != 0
        THEN min(order_total_minor, max(0, order_total_minor - adjusted_total_minor)) ELSE 0 END,
    nullif({_trim("status")}, '')
FROM raw_orders WHERE true ORDER BY order_id, row
"""
# Worked out once per row as it is inserted (used several times when converting).
_ITEM_EXTRA = {"personalization_at": _personalization_at("{variations}")}
_AT = "personalization_at"
_RAW_ITEMS_SELECT = f"""
SELECT transaction_id, order_id, sale_date_iso, listing_id, {_trim("item_name")}, CAST(quantity AS INTEGER),
    price_minor, nullif({_trim("sku")}, ''),
    CASE WHEN {_AT} > 0 THEN trim(rtrim({_trim(f"substr(variations, 1, {_AT} - 1)")}, ','), {_WS})
        ELSE {_trim("variations")} END,
    CASE WHEN {_AT} > 0 THEN {_trim(f"substr(variations, {_AT} + 16)")} ELSE '' END,
    CASE WHEN {_trim("item_total")} = '' THEN price_minor * CAST(quantity AS INTEGER) ELSE item_total_minor END,
    order_shipping_minor, order_tax_minor, coalesce(nullif(upper({_trim("currency")}), ''), 'USD'), date_shipped_iso,
    {_trim("buyer")}, NULL, {_texts("ship_name", "address1", "address2", "city", "state", "zip", "country")}
FROM raw_items WHERE true ORDER BY transaction_id, row
"""


class RawEtsyRows:
    """One Etsy CSV file's raw cells in the staging file, until `convert` moves them into etsy_orders
    or etsy_items."""

    def __init__(self, staging: Staging, kind: str) -> None:
        self.staging, self.kind = staging, kind
        self.table = "raw_orders" if kind == "etsy_orders" else "raw_items"
        self.fields = RAW_ORDER_FIELDS if kind == "etsy_orders" else RAW_ITEM_FIELDS
        dates = [f for f in self.fields if f in DATE_FIELDS]
        amounts = [f for f in self.fields if f in MONEY_FIELDS]
        columns = ["row", *self.fields, *(f"{f}_iso" for f in dates), *(f"{f}_minor" for f in amounts)]
        extra = _ITEM_EXTRA if kind == "etsy_items" else {}
        columns += list(extra)
        # Cells go in as written; one with spaces around it fails the checks and goes to Python, which
        # strips it. Text cells are trimmed when converted.
        cell = {f: f"?{i}" for i, f in enumerate(self.fields, start=2)}
        values = ["?1", *cell.values(), *(_iso(cell[f]) for f in dates), *(_money(cell[f]) for f in amounts)]
        values += [expr.format(**cell) for expr in extra.values()]
        conn = staging.conn
        conn.execute(f"DROP TABLE IF EXISTS {self.table}")
        conn.execute(f"CREATE TABLE {self.table} (row INTEGER PRIMARY KEY, {', '.join(columns[1:])})")
        self._insert = f"INSERT INTO {self.table} ({', '.join(columns)}) VALUES ({', '.join(values)})"

    def add(self, rows: Sequence[Sequence[str]]) -> None:
        self.staging.conn.executemany(self._insert, rows)

    def unusual(self) -> list[dict[str, Any]]:
        """The rows with a cell SQL does not convert itself (to parse in Python), removed from the table."""
        ok = _RAW_ORDERS_OK if self.kind == "etsy_orders" else _RAW_ITEMS_OK
        cursor = self.staging.conn.execute(
            f"SELECT row, {', '.join(self.fields)} FROM {self.table} WHERE NOT ({ok}) ORDER BY row"
        )
        names = [d[0] for d in cursor.description]
        found = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
        self.staging.conn.execute(f"DELETE FROM {self.table} WHERE NOT ({ok})")  # the same rows, in one statement
        return found

    def convert(self) -> None:
        if self.kind == "etsy_orders":
            sql = _ORDER_UPSERT.replace(f"VALUES ({', '.join('?' * len(ETSY_ORDER_FIELDS))})", _RAW_ORDERS_SELECT)
        else:
            sql = _ITEM_UPSERT.replace(f"VALUES ({', '.join('?' * len(ETSY_ITEM_FIELDS))})", _RAW_ITEMS_SELECT)
        self.staging.conn.execute(sql)
        self.staging.conn.execute(f"DROP TABLE {self.table}")
