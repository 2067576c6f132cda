"""The one write path: every change goes through a Store method, inside one transaction.

Listeners (the UI) are told which tables changed after each committed write.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sellerdesk.core.dates import BusinessCalendar, estimated_delivery, ship_by_date
from sellerdesk.core.records import parse_utc
from sellerdesk.core.settings import RuleSettings
from sellerdesk.core.starter_replies import STARTER_REPLIES
from sellerdesk.store.connection import Database
from sellerdesk.store.database import StoreError, is_read_only_database, open_database

Row = dict[str, Any]
Listener = Callable[[frozenset[str]], None]

#: Natural keys used to upsert each kind of record, so re-importing a file changes nothing.
NATURAL_KEYS = {
    "orders": ("order_id",),
    "order_items": ("transaction_id",),
    "reviews": ("order_id", "review_date"),
    "cases": ("order_id", "opened_date"),
    "messages": ("thread_id", "sender", "sent_at"),
}
#: Order fields the EDD depends on that SellerDesk's order template does not carry.
ORDER_CONTEXT = ("ship_by_extended", "shipping_profile_id", "international")
PRIMARY_KEYS = {
    "orders": "order_id",
    "order_items": "id",
    "reviews": "id",
    "cases": "id",
    "messages": "id",
    "saved_replies": "id",
    "shipping_profiles": "id",
    "vacations": "id",
    "threads": "thread_id",
}


class ShopBusy(StoreError):
    """Another connection holds the write lock for longer than the connection waits."""


class ShopReadOnly(StoreError):
    """The shop was opened read-only (the file or its folder cannot be written): no write is attempted."""


def dict_rows(db: Database, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Row]:
    """The rows of a query as {column: value}."""
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


class Store:
    def __init__(self, db: Database, path: Path | None = None) -> None:
        self.db = db
        self.path = path
        self._listeners: list[Listener] = []
        self._pending: set[str] = set()
        self._depth = 0
        self._calendar: BusinessCalendar | None = None

    @classmethod
    def open(cls, path: str | Path) -> Store:
        path = Path(path)
        store = cls(open_database(path), path)
        store.ensure_shop()
        return store

    def close(self) -> None:
        self.db.close()

    @property
    def read_only(self) -> bool:
        return is_read_only_database(self.db)

    # -- notification --------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    @contextmanager
    def write(self, *tables: str) -> Iterator[Database]:
        """A transaction; nested calls join the outer one. Listeners hear after the commit."""
        if self.read_only:
            raise ShopReadOnly(
                f"{self.path} is read-only (the file or its folder cannot be written), so nothing was changed. "
                "Make it writable, or save a copy somewhere you can write, and open that."
            )
        self._pending.update(tables)
        self._depth += 1
        try:
            if self._depth == 1 and not self.db.conn.in_transaction:
                with self._immediate():
                    yield self.db
            else:
                with self.db.atomic():
                    yield self.db
        except BaseException:
            if self._depth == 1:
                self._pending.clear()
                self._calendar = None
            raise
        finally:
            self._depth -= 1
        if self._depth == 0:
            changed = frozenset(self._pending)
            self._pending.clear()
            if "holidays" in changed:
                self._calendar = None
            for listener in list(self._listeners):
                listener(changed)

    @contextmanager
    def _immediate(self) -> Iterator[None]:
        """BEGIN IMMEDIATE: take the write lock first, waiting (the connection's timeout) while another
        program writes. A deferred transaction that reads first cannot wait in WAL mode: it fails at
        once with "database is locked" when it tries to write."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                from sellerdesk.store.holders import describe_holders  # only when busy: status starts lean

                holder = describe_holders(self.path) if self.path else "another program"
                raise ShopBusy(
                    f"{self.path or 'The shop'} is busy: {holder} is writing to it (another SellerDesk window or "
                    "an import?). Wait for it to finish and try again; nothing was changed."
                ) from None
            raise
        try:
            yield
        except BaseException:
            if self.db.conn.in_transaction:
                self.db.conn.rollback()
            raise
        try:
            self.db.conn.commit()
        except BaseException:
            if self.db.conn.in_transaction:
                self.db.conn.rollback()
            raise

    # -- shop, settings, calendar --------------------------------------------------------
    def ensure_shop(self, name: str = "My shop", currency: str = "USD", tz: str = "UTC") -> None:
        """A new shop file gets its shop row and the starter saved replies."""
        if self.db.execute("SELECT count(*) FROM shops").fetchone()[0] == 0:
            now = datetime.now(UTC).isoformat(timespec="seconds")
            with self.write("shops", "saved_replies"):
                self.db.execute(
                    "INSERT INTO shops (id, name, currency, timezone, created_at) VALUES (1, ?, ?, ?, ?)",
                    [name, currency, tz, now],
                )
                self.db.conn.executemany(
                    "INSERT INTO saved_replies (title, body, tags, created_at) VALUES (?, ?, ?, ?)",
                    [(title, body, tags, now) for title, body, tags in STARTER_REPLIES],
                )

    def shop(self) -> Row:
        found = dict_rows(self.db, "SELECT * FROM shops WHERE id = 1")
        if not found:  # sqlite-utils' NotFoundError, as before
            return dict(self.db.table("shops").get(1))
        return found[0]

    def update_shop(self, **values: Any) -> None:
        with self.write("shops"):
            self.db.table("shops").update(1, values)
        if "timezone" in values:
            self.refresh_threads()

    def timezone(self) -> ZoneInfo:
        try:
            return ZoneInfo(self.shop()["timezone"])
        except (ZoneInfoNotFoundError, ValueError):
            return ZoneInfo("UTC")

    def today(self) -> date:
        """Today in the shop's time zone (the UI's default as-of date)."""
        return datetime.now(self.timezone()).date()

    def rule_settings(self) -> RuleSettings:
        rows = self.db.execute("SELECT key, value FROM settings WHERE shop_id = 1").fetchall()
        return RuleSettings.from_mapping(dict(rows))

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE shop_id = 1 AND key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.write("settings"):
            self.db.execute(
                "INSERT INTO settings (shop_id, key, value) VALUES (1, ?, ?) "
                "ON CONFLICT (shop_id, key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    def calendar(self) -> BusinessCalendar:
        if self._calendar is None:
            days = [r[0] for r in self.db.execute("SELECT day FROM holidays WHERE shop_id = 1")]
            self._calendar = BusinessCalendar.of(days)
        return self._calendar

    def set_holidays(self, days: Iterable[tuple[str, str]], replace: bool = False) -> None:
        with self.write("holidays"):
            if replace:
                self.db.execute("DELETE FROM holidays WHERE shop_id = 1")
            self.db.conn.executemany(
                "INSERT OR REPLACE INTO holidays (shop_id, day, name) VALUES (1, ?, ?)", list(days)
            )

    # -- bulk upserts (imports, demo) ----------------------------------------------------
    def upsert(self, table: str, rows: Sequence[Row]) -> None:
        """Insert or update by the table's natural key; identical rows change nothing."""
        if not rows:
            return
        keys = NATURAL_KEYS[table]
        columns = list(rows[0])
        updates = [c for c in columns if c not in keys]
        sql = (
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
            f"ON CONFLICT ({', '.join(keys)}) DO "
            + (f"UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in updates)}" if updates else "NOTHING")
        )
        with self.write(table):
            self.db.conn.executemany(sql, [[row.get(c) for c in columns] for row in rows])

    def upsert_orders(self, rows: Sequence[Row]) -> None:
        # The EDD also depends on fields an import does not carry (set in the app): read them from
        # the stored order, so re-importing a file leaves the EDD of an extended order as it was.
        stored = self._order_context([r["order_id"] for r in rows if any(c not in r for c in ORDER_CONTEXT)])
        derived = []
        for row in rows:
            context = {k: v for k, v in stored.get(row["order_id"], {}).items() if k not in row}
            order = self.derive_order_dates({**context, **row})
            derived.append({k: v for k, v in order.items() if k not in context})
        self.upsert("orders", derived)

    def _order_context(self, order_ids: list[str]) -> dict[str, Row]:
        found: dict[str, Row] = {}
        for start in range(0, len(order_ids), 500):
            chunk = order_ids[start : start + 500]
            for order_id, *values in self.db.execute(
                f"SELECT order_id, {', '.join(ORDER_CONTEXT)} FROM orders "
                f"WHERE order_id IN ({', '.join('?' * len(chunk))})",
                chunk,
            ):
                found[order_id] = dict(zip(ORDER_CONTEXT, values, strict=True))
        return found

    def derive_order_dates(self, order: Row) -> Row:
        """Fill a blank ship-by from the processing time, and the EDD, per RULES.md 4."""
        calendar = self.calendar()
        ordered = date.fromisoformat(order["order_date"])
        if not order.get("ship_by"):
            computed = ship_by_date(ordered, order.get("processing_max"), calendar)
            order["ship_by"] = computed.isoformat() if computed else None
        due = order.get("ship_by_extended") or order.get("ship_by")
        transit = self._transit_max(order.get("shipping_profile_id"), bool(order.get("international")))
        order["edd"] = estimated_delivery(
            ordered,
            date.fromisoformat(due) if due else None,
            transit,
            calendar,
            international=bool(order.get("international")),
        ).isoformat()
        return order

    def _transit_max(self, profile_id: int | None, international: bool) -> int | None:
        if profile_id is None:
            return None
        row = self.db.execute(
            "SELECT domestic_transit_max, international_transit_max FROM shipping_profiles WHERE id = ?",
            [profile_id],
        ).fetchone()
        return None if row is None else row[1 if international else 0]

    def upsert_messages(self, rows: Sequence[Row]) -> None:
        threads = {r["thread_id"]: r.get("order_id") for r in rows}
        with self.write("messages", "threads"):
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO threads (thread_id, order_id) VALUES (?, ?)", list(threads.items())
            )
            self.upsert("messages", rows)
            self.refresh_threads(list(threads))

    def refresh_threads(self, thread_ids: Sequence[str] | None = None) -> None:
        """Recompute each thread's first incoming message and first reply from its messages."""
        with self.write("threads"):
            if thread_ids is None:
                self.refresh_thread_rows(None)
                return
            for start in range(0, len(thread_ids), 500):
                self.refresh_thread_rows(list(thread_ids[start : start + 500]))

    def refresh_thread_rows(self, ids: list[str] | None, among: str | None = None) -> None:
        """Refresh the threads `ids`, or those a query `among` selects (an import's), or all of them,
        inside the caller's transaction (refresh_threads has its own). Each thread row is written once."""
        if among is not None:
            where, ids = f"AND thread_id IN ({among})", []
        else:
            where = "" if ids is None else f"AND thread_id IN ({', '.join('?' * len(ids))})"
        # Etsy's rule (RULES.md 2): only a new incoming thread counts, judged by its first message. A
        # thread the seller (or Etsy) started is not incoming, even when the buyer answers in it. The
        # last two figures are what the two thread rule settings read (core/settings.py): the seller's
        # own first reply, and a spam mark on any message.
        rows = self.db.execute(
            f"""
            WITH firsts AS (
                SELECT thread_id, min(sent_at) AS first_at FROM messages WHERE true {where} GROUP BY thread_id),
            fb AS (
                SELECT f.thread_id, f.first_at AS first_buyer_at,
                  (SELECT max(order_id) FROM messages o WHERE o.thread_id = f.thread_id AND o.sender = 'buyer')
                    AS order_id
                FROM firsts f WHERE EXISTS (SELECT 1 FROM messages b WHERE b.thread_id = f.thread_id
                  AND b.sender = 'buyer' AND b.sent_at = f.first_at))
            SELECT fb.thread_id, fb.order_id, fb.first_buyer_at,
              (SELECT spam FROM messages b WHERE b.thread_id = fb.thread_id
                 AND b.sender = 'buyer' AND b.sent_at = fb.first_buyer_at),
              (SELECT sent_at || '|' || sender FROM messages r WHERE r.thread_id = fb.thread_id
                 AND r.sender IN ('seller', 'auto') AND r.sent_at >= fb.first_buyer_at
                 ORDER BY r.sent_at LIMIT 1),
              (SELECT max(sent_at) FROM messages l WHERE l.thread_id = fb.thread_id),
              (SELECT min(sent_at) FROM messages s WHERE s.thread_id = fb.thread_id
                 AND s.sender = 'seller' AND s.sent_at >= fb.first_buyer_at),
              EXISTS (SELECT 1 FROM messages m WHERE m.thread_id = fb.thread_id AND m.spam = 1)
            FROM fb
            """,
            ids or [],
        ).fetchall()
        tz = self.timezone()
        values = []
        for thread_id, order_id, first_at, spam, reply, last_at, seller_at, any_spam in rows:
            first = parse_utc(first_at)
            reply_at, reply_sender = reply.split("|") if reply else (None, None)
            seconds = int((parse_utc(reply_at) - first).total_seconds()) if reply_at else None
            seller_seconds = int((parse_utc(seller_at) - first).total_seconds()) if seller_at else None
            day = first.astimezone(tz).date().isoformat()
            values.append(
                (thread_id, order_id, first_at, day, reply_at, reply_sender, seconds, spam or 0, last_at,
                 seller_seconds, any_spam)
            )  # fmt: skip
        # Threads that are not incoming (the seller or Etsy wrote first, or every message was deleted)
        # have no first message to judge, but still their latest message and any spam mark.
        self.db.execute(
            "UPDATE threads SET first_buyer_at = NULL, first_buyer_day = NULL, first_reply_at = NULL, "
            "reply_sender = NULL, response_seconds = NULL, spam = 0, seller_response_seconds = NULL, "
            "last_message_at = (SELECT max(sent_at) FROM messages m WHERE m.thread_id = threads.thread_id), "
            "any_spam = EXISTS (SELECT 1 FROM messages m WHERE m.thread_id = threads.thread_id AND m.spam = 1) "
            f"WHERE true {where} AND NOT EXISTS (SELECT 1 FROM messages b WHERE b.thread_id = threads.thread_id "
            "AND b.sender = 'buyer' AND b.sent_at = "
            "(SELECT min(sent_at) FROM messages f WHERE f.thread_id = threads.thread_id))",
            ids or [],
        )
        self.db.conn.executemany(
            """INSERT INTO threads (thread_id, order_id, first_buyer_at, first_buyer_day, first_reply_at,
                 reply_sender, response_seconds, spam, last_message_at, seller_response_seconds, any_spam)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (thread_id) DO UPDATE SET order_id = coalesce(excluded.order_id, order_id),
                 first_buyer_at = excluded.first_buyer_at, first_buyer_day = excluded.first_buyer_day,
                 first_reply_at = excluded.first_reply_at, reply_sender = excluded.reply_sender,
                 response_seconds = excluded.response_seconds, spam = excluded.spam,
                 last_message_at = excluded.last_message_at,
                 seller_response_seconds = excluded.seller_response_seconds, any_spam = excluded.any_spam""",
            values,
        )

    # -- single records (dialogs, undo) --------------------------------------------------
    def get(self, table: str, key: Any) -> Row | None:
        pk = PRIMARY_KEYS[table]
        row = self.db.execute(f"SELECT * FROM {table} WHERE {pk} = ?", [key]).fetchone()
        if row is None:
            return None
        names = [d[0] for d in self.db.execute(f"SELECT * FROM {table} LIMIT 0").description]
        return dict(zip(names, row, strict=True))

    def insert(self, table: str, values: Row) -> Any:
        values = self._prepare(table, values)
        columns = [c for c in values if c not in ("due_by", "has_tracking")]
        with self.write(table, *self._also_changes(table)):
            self._ensure_thread(table, values)
            cursor = self.db.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                [values[c] for c in columns],
            )
            self._after_change(table, values)
        return values.get(PRIMARY_KEYS[table]) or cursor.lastrowid

    def update(self, table: str, key: Any, values: Row) -> None:
        pk = PRIMARY_KEYS[table]
        before = self.get(table, key) if table in ("orders", "messages") else None
        if table == "orders":
            values = self._prepare(table, {**(before or {}), **values})
        columns = [c for c in values if c not in ("due_by", "has_tracking", "id")]
        with self.write(table, *self._also_changes(table)):
            self._ensure_thread(table, values)
            self.db.execute(
                f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in columns)} WHERE {pk} = ?",
                [values[c] for c in columns] + [key],
            )
            self._after_change(table, values, key)
            if table == "messages" and before and before["thread_id"] != values.get("thread_id"):
                self.refresh_threads([before["thread_id"]])  # the thread the message left (or was edited in)

    def delete(self, table: str, key: Any) -> None:
        pk = PRIMARY_KEYS[table]
        row = self.get(table, key)
        with self.write(table, *self._also_changes(table)):
            self.db.execute(f"DELETE FROM {table} WHERE {pk} = ?", [key])
            if row:
                self._after_change(table, row, key)

    def snapshot(self, table: str, key: Any) -> dict[str, list[Row]]:
        """A record and, for an order, everything that hangs off it: enough to restore it whole."""
        row = self.get(table, key)
        snap: dict[str, list[Row]] = {table: [row] if row else []}
        if table == "orders" and row:
            for child in ("order_items", "reviews", "cases", "messages"):
                cursor = self.db.execute(f"SELECT * FROM {child} WHERE order_id = ?", [key])
                names = [d[0] for d in cursor.description]
                snap[child] = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
        return snap

    def restore(self, snap: dict[str, list[Row]]) -> None:
        """Put back what `snapshot` took (after a delete), with the same ids."""
        tables = list(snap)
        with self.write(*tables, "threads"):
            for table in tables:
                for row in snap[table]:
                    if table == "messages":
                        self._ensure_thread(table, row)
                    columns = [c for c in row if c not in ("due_by", "has_tracking")]
                    # Messages outlive a deleted order (their link is only cleared): put the link back.
                    verb = "INSERT OR REPLACE" if table == "messages" else "INSERT"
                    self.db.execute(
                        f"{verb} INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                        [row[c] for c in columns],
                    )
            threads = sorted({r["thread_id"] for r in snap.get("messages", [])})
            if threads:
                self.refresh_threads(threads)

    def _prepare(self, table: str, values: Row) -> Row:
        if table == "orders":
            return self.derive_order_dates(dict(values))
        return dict(values)

    @staticmethod
    def _also_changes(table: str) -> tuple[str, ...]:
        return {
            "orders": ("order_items", "reviews", "cases", "messages", "threads"),
            "messages": ("threads",),
        }.get(table, ())

    def _ensure_thread(self, table: str, values: Row) -> None:
        if table == "messages" and values.get("thread_id"):
            self.db.execute(
                "INSERT OR IGNORE INTO threads (thread_id, order_id) VALUES (?, ?)",
                [values["thread_id"], values.get("order_id")],
            )

    def _after_change(self, table: str, values: Row, key: Any = None) -> None:
        if table == "messages" and values.get("thread_id"):
            self.refresh_threads([values["thread_id"]])
