"""Following edits: temporary triggers note what a write touched; only those days are read again."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from sellerdesk.store.queries import first_sale
from sellerdesk.store.trend import (
    ONE,
    DailyData,
    read_orders,
    read_problems,
    read_refunded,
    read_reviews,
    read_shipping,
    read_threads,
)

CHANGE_LOG_SQL = [
    "CREATE TEMP TABLE IF NOT EXISTS dash_changes (kind TEXT, day TEXT, order_id TEXT)",
    *[
        f"""CREATE TEMP TRIGGER IF NOT EXISTS dash_orders_{op} AFTER {op.upper()} ON main.orders BEGIN
            INSERT INTO dash_changes VALUES {rows}; END"""
        for op, rows in (
            ("insert", "('o', NEW.order_date, NEW.order_id), ('s', NEW.due_by, NULL)"),
            (
                "update",
                "('o', NEW.order_date, NEW.order_id), ('s', NEW.due_by, NULL), "
                "('o', OLD.order_date, OLD.order_id), ('s', OLD.due_by, NULL)",
            ),
            ("delete", "('o', OLD.order_date, OLD.order_id), ('s', OLD.due_by, NULL)"),
        )
    ],
    *[
        f"""CREATE TEMP TRIGGER IF NOT EXISTS dash_{table}_{op} AFTER {op.upper()} ON main.{table} BEGIN
            INSERT INTO dash_changes VALUES {rows}; END"""
        for table, day_col in (("reviews", "review_date"), ("cases", "closed_date"))
        for op, rows in (
            ("insert", f"('{table[0]}', NEW.{day_col}, NEW.order_id)"),
            ("update", f"('{table[0]}', NEW.{day_col}, NEW.order_id), ('{table[0]}', OLD.{day_col}, OLD.order_id)"),
            ("delete", f"('{table[0]}', OLD.{day_col}, OLD.order_id)"),
        )
    ],
    *[
        f"""CREATE TEMP TRIGGER IF NOT EXISTS dash_threads_{op} AFTER {op.upper()} ON main.threads BEGIN
            INSERT INTO dash_changes VALUES {rows}; END"""
        for op, rows in (
            ("insert", "('t', NEW.first_buyer_day, NULL)"),
            ("update", "('t', NEW.first_buyer_day, NULL), ('t', OLD.first_buyer_day, NULL)"),
            ("delete", "('t', OLD.first_buyer_day, NULL)"),
        )
    ],
]
#: An edit touching more days than this is followed by a full reload instead.
MAX_INCREMENTAL = 400


class ChangeLog:
    """Notes, on the editing connection only (temporary triggers), what each write touched."""

    def __init__(self, db: Database) -> None:
        self.db = db
        for statement in CHANGE_LOG_SQL:
            db.execute(statement)

    def take(self) -> list[tuple[str, str | None, str | None]]:
        rows = self.db.execute("SELECT DISTINCT kind, day, order_id FROM dash_changes").fetchall()
        if rows:
            self.db.execute("DELETE FROM dash_changes")
        return rows

    def discard(self) -> None:
        self.db.execute("DELETE FROM dash_changes")

    def close(self) -> None:
        for name in ("orders", "reviews", "cases", "threads"):
            for op in ("insert", "update", "delete"):
                self.db.execute(f"DROP TRIGGER IF EXISTS temp.dash_{name}_{op}")
        self.db.execute("DROP TABLE IF EXISTS temp.dash_changes")


def apply_changes(db: Database, data: DailyData, changes: list[tuple[str, str | None, str | None]]) -> bool:
    """Read again the days and orders an edit touched; False when a full reload is wiser."""
    if len(changes) > MAX_INCREMENTAL:
        return False
    start, charts, end = data.start, data.chart_start, data.as_of
    days: dict[str, set[str]] = {"o": set(), "s": set(), "r": set(), "c": set(), "t": set()}
    order_ids: set[str] = set()
    for kind, day, order_id in changes:
        if day:
            days[kind].add(day)
        if order_id and kind in "orc":
            order_ids.add(order_id)
    for day in days["o"]:
        d = date.fromisoformat(day)
        if start <= d <= end:
            data.orders.pop(day, None)
            data.orders.update(read_orders(db, d, d + ONE, data.shop["currency"]))
    for day in days["s"]:
        d = date.fromisoformat(day)
        if charts <= d < end:
            data.shipping.pop(day, None)
            data.shipping.update(read_shipping(db, d, d + ONE))
    for day in days["r"]:
        d = date.fromisoformat(day)
        if charts <= d < end:
            data.reviews.pop(day, None)
            data.reviews.update(read_reviews(db, d, d + ONE))
    for day in days["t"]:
        d = date.fromisoformat(day)
        if charts <= d < end:
            data.threads.pop(day, None)
            data.threads.update(read_threads(db, d, d + ONE))
    if days["t"]:
        data.messages_now.clear()
    if any(k == "c" for k, _, _ in changes):
        data.refunded = read_refunded(db, charts, end)
    if order_ids:
        ids = sorted(order_ids)
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            for oid in chunk:
                data.problems.pop(oid, None)
            data.problems.update(read_problems(db, chunk))
    if days["o"]:
        data.first_sale = first_sale(db, data.as_of)
    return True
