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
#: The Etsy tables and their keys. Rows go in as they come, with no index kept while files are read; a
#: row whose key an earlier row had goes to the table's `_again` twin, merged in file order by `finish`.
ETSY_KEYS = {
    "etsy_orders": ("order_id",),
    "etsy_items": ("transaction_id",),
    "etsy_reviews": ("order_id", "review_date"),
}
ETSY_FIELDS = {"etsy_orders": ETSY_ORDER_FIELDS, "etsy_items": ETSY_ITEM_FIELDS, "etsy_reviews": REVIEW_FIELDS}
_SCHEMA = f"""
CREATE TABLE etsy_orders ({", ".join(ETSY_ORDER_FIELDS)}, from_items INTEGER NOT NULL DEFAULT 0);
CREATE TABLE etsy_items ({", ".join(ETSY_ITEM_FIELDS)});
CREATE TABLE etsy_reviews ({", ".join(REVIEW_FIELDS)});
{"".join(f"CREATE TABLE {table}_again ({', '.join(fields)});" for table, fields in ETSY_FIELDS.items())}
CREATE TABLE order_dates (order_id PRIMARY KEY, shipping_profile_id, processing_min, processing_max, ship_by,
    edd, international) WITHOUT ROWID;
{_TEMPLATE_TABLES}
"""

# Two downloads of the same order merge so that no fact goes back: a shipped date stays (the later
# one wins), a refund or cancellation stays, a blank cell never erases a value.
_ORDER_CONFLICT = (
    "ON CONFLICT (order_id) DO UPDATE SET "
    + ", ".join(f"{c} = coalesce(nullif(excluded.{c}, ''), {c})" for c in ORDER_TEXT_FIELDS)
    + ", total_minor = excluded.total_minor, currency = excluded.currency, "
    "shipped_date = max(coalesce(shipped_date, excluded.shipped_date), coalesce(excluded.shipped_date, shipped_date)), "
    "canceled = max(canceled, excluded.canceled), refund_minor = max(refund_minor, excluded.refund_minor), "
    "etsy_status = coalesce(nullif(excluded.etsy_status, ''), etsy_status)"
)
_ITEM_CONFLICT = (
    "ON CONFLICT (transaction_id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in ETSY_ITEM_FIELDS if c not in ("transaction_id", "sku", "shipped_date"))
    + ", sku = coalesce(excluded.sku, sku), "
    "shipped_date = max(coalesce(shipped_date, excluded.shipped_date), coalesce(excluded.shipped_date, shipped_date))"
)
# Etsy's reviews download has one entry per reviewed item: one review per order and day, the
# lowest rating kept (on a tie, one text chosen the same way whatever the files' order).
_REVIEW_CONFLICT = (
    "ON CONFLICT (order_id, review_date) DO UPDATE SET "
    "text = CASE WHEN excluded.rating < rating OR (excluded.rating = rating AND excluded.text > text) "
    "THEN excluded.text ELSE text END, "
    "reviewer = CASE WHEN excluded.rating < rating OR (excluded.rating = rating AND excluded.text > text) "
    "THEN excluded.reviewer ELSE reviewer END, "
    "rating = min(rating, excluded.rating)"
)
_CONFLICT = {"etsy_orders": _ORDER_CONFLICT, "etsy_items": _ITEM_CONFLICT, "etsy_reviews": _REVIEW_CONFLICT}


#: Each Etsy table's and its `_again` twin's INSERT (made once: a big file stages 1,500 batches).
_INSERT = {
    name: f"INSERT INTO {name} ({', '.join(fields)}) VALUES ({', '.join('?' * len(fields))})"
    for table, fields in ETSY_FIELDS.items()
    for name in (table, f"{table}_again")
}


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
        # Big pages: the rows go in once, in bulk (150,000 item rows staged ~20% faster than with 4 KB pages).
        pragmas = ("page_size = 65536", "journal_mode = OFF", "synchronous = OFF", "temp_store = MEMORY")
        for pragma in (*pragmas, "cache_size = -32768"):
            self.conn.execute(f"PRAGMA {pragma}")
        self.conn.executescript(_SCHEMA)
        self._seen: dict[str, set[Any]] = {}

    # -- writing parsed rows ---------------------------------------------------------------
    def add_etsy_orders(self, rows: Sequence[Sequence[Any]]) -> None:
        self._add_etsy("etsy_orders", rows)

    def add_etsy_items(self, rows: Sequence[Sequence[Any]]) -> None:
        self._add_etsy("etsy_items", rows)

    def add_etsy_reviews(self, rows: Sequence[Sequence[Any]]) -> None:
        self._add_etsy("etsy_reviews", rows)

    def _add_etsy(self, table: str, rows: Sequence[Sequence[Any]]) -> None:
        """Append `rows`; those whose key came before (in this batch, an earlier one or another file)
        wait in the `_again` twin (appending with no index kept: ~15% less time than merging row by row)."""
        width = len(ETSY_KEYS[table])
        keys = [row[0] for row in rows] if width == 1 else [tuple(row[:width]) for row in rows]
        seen = self._seen.setdefault(table, set())
        in_batch = set(keys)
        if len(in_batch) == len(keys) and seen.isdisjoint(in_batch):
            seen |= in_batch
            first: Sequence[Sequence[Any]] = rows
            again: list[Sequence[Any]] = []
        else:
            first, again = [], []
            for row, key in zip(rows, keys, strict=True):
                if key in seen:
                    again.append(row)
                else:
                    seen.add(key)
                    first.append(row)
        self.conn.executemany(_INSERT[table], first)
        if again:
            self.conn.executemany(_INSERT[f"{table}_again"], again)

    def add_template_rows(self, kind: str, rows: Sequence[Sequence[Any]]) -> None:
        columns = TEMPLATE_FIELDS[kind] + SOURCE
        self.conn.executemany(
            f"INSERT INTO t_{kind} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows
        )

    def finish(self) -> None:
        """After every file: orders that only an items file names get an order from their item rows
        (its total: the items, shipping and tax), and orders learn a shipped date from their items."""
        for table, keys in ETSY_KEYS.items():
            # The rows that repeated a key merged in, in the order they came, by the table's key. The orders'
            # key is looked up later (reviews and template rows find their order); the others' only here.
            again = self.conn.execute(f"SELECT EXISTS (SELECT 1 FROM {table}_again)").fetchone()[0]
            if again or table == "etsy_orders":
                self.conn.execute(f"CREATE UNIQUE INDEX {table}_key ON {table}({', '.join(keys)})")
            if again:
                fields = ", ".join(ETSY_FIELDS[table])
                self.conn.execute(
                    f"INSERT INTO {table} ({fields}) SELECT {fields} FROM {table}_again WHERE true ORDER BY rowid "
                    + _CONFLICT[table]
                )
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
            FROM etsy_items WHERE order_id IN  -- found by two sorted scans
                (SELECT order_id FROM etsy_items EXCEPT SELECT order_id FROM etsy_orders ORDER BY 1)
            GROUP BY order_id;
            UPDATE etsy_orders SET shipped_date =
                (SELECT max(i.shipped_date) FROM etsy_items i WHERE i.order_id = etsy_orders.order_id)
            WHERE shipped_date IS NULL AND from_items = 0;
            """
        )
        self.conn.commit()

    def take(self, part: Path, tables: Sequence[str]) -> None:
        """Copy `tables` of another staging file in (tables this one has no rows in yet), with the rows
        waiting in their `_again` twins."""
        tables = [*tables, *(f"{t}_again" for t in tables if t in ETSY_KEYS)]
        self.conn.execute("ATTACH DATABASE ? AS part", [str(part)])
        try:
            for table in tables:
                self.conn.execute(f"INSERT INTO {table} SELECT * FROM part.{table}")
            self.conn.commit()
        finally:
            self.conn.execute("DETACH DATABASE part")

    def close(self) -> None:
        self.conn.close()
        if self.owned:
            shutil.rmtree(self.folder, ignore_errors=True)
