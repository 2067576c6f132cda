"""Merging a staged import (store/staging.py) into the shop, in SQL, with the staging file attached
as `stage`: what would change (the preview), the merge itself (one transaction), and its undo.

Merge rules (RULES.md 6, issue 8): importing the same files twice changes nothing; a blank cell
never erases a value and a shipped date never goes back; what the seller keeps in SellerDesk —
cases, messages, exclusions, custom flags, extended ship-by dates, profile assignments, notes — is
never touched by an Etsy download. SellerDesk's own templates are the seller's records: their
columns replace the stored ones, as they always have.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from typing import Any

from sellerdesk.core.countries import is_international
from sellerdesk.core.dates import BusinessCalendar, estimated_delivery, ship_by_date
from sellerdesk.store.bulk_load import triggers_set_aside, worth_bulk
from sellerdesk.store.migrations.m011_thread_rule_choices import fill as fill_thread_choices
from sellerdesk.store.staging import ORDER_TEXT_FIELDS, TEMPLATE_FIELDS, TEMPLATE_KEYS
from sellerdesk.store.store import Store

Progress = Callable[[float, str], None]
CHANGED_TABLES = frozenset(
    {"orders", "order_items", "reviews", "cases", "messages", "threads", "pending_reviews", "listing_profiles"}
)


@dataclass(frozen=True)
class Counts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def total(self) -> int:
        return self.new + self.updated + self.unchanged

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.new + other.new, self.updated + other.updated, self.unchanged + other.unchanged)


@contextmanager
def attached(store: Store, staging_path: str) -> Iterator[None]:
    store.db.execute("ATTACH DATABASE ? AS stage", [staging_path])
    try:
        yield
    finally:
        store.db.execute("DETACH DATABASE stage")


# -- Etsy orders ---------------------------------------------------------------------------------
def _take(column: str) -> str:
    """A download's value replaces the stored one unless blank; an order built from item rows only
    fills what is blank (the orders file knows the buyer and the address better)."""
    return (
        f"CASE WHEN s.from_items THEN coalesce(nullif(o.{column}, ''), nullif(s.{column}, ''), o.{column}) "
        f"ELSE coalesce(nullif(s.{column}, ''), o.{column}) END"
    )


# An imported order without a profile, a processing time and a ship-by (say, imported before the
# seller set a default profile) takes one from a later import; any the seller set stays.
_GETS_DATES = (
    "d.shipping_profile_id IS NOT NULL AND o.shipping_profile_id IS NULL AND o.ship_by IS NULL "
    "AND o.processing_max IS NULL AND o.ship_by_extended IS NULL AND o.custom = 0"
)
ORDER_MERGE: dict[str, str] = {
    **{c: _take(c) for c in ORDER_TEXT_FIELDS},
    "total_minor": "CASE WHEN s.from_items THEN o.total_minor ELSE s.total_minor END",
    "currency": "CASE WHEN s.from_items THEN o.currency ELSE s.currency END",
    "shipped_date": "coalesce(o.shipped_date, s.shipped_date)",
    "status": "CASE WHEN s.canceled THEN 'canceled' "
    "WHEN o.status = 'open' AND coalesce(o.shipped_date, s.shipped_date) IS NOT NULL THEN 'shipped' ELSE o.status END",
    "refund_minor": "max(o.refund_minor, coalesce(s.refund_minor, 0))",
    "etsy_status": "coalesce(nullif(s.etsy_status, ''), o.etsy_status)",
    **{
        c: f"CASE WHEN {_GETS_DATES} THEN d.{c} ELSE o.{c} END"
        for c in ("shipping_profile_id", "processing_min", "processing_max", "ship_by", "edd")
    },
}
_ORDER_CHANGED = " OR ".join(f"({expr}) IS NOT o.{c}" for c, expr in ORDER_MERGE.items())
_ORDER_JOIN = (
    "FROM stage.etsy_orders s LEFT JOIN main.orders o ON o.order_id = s.order_id "
    "LEFT JOIN stage.order_dates d ON d.order_id = s.order_id"
)
_NEW_STATUS = "CASE WHEN s.canceled THEN 'canceled' WHEN s.shipped_date IS NOT NULL THEN 'shipped' ELSE 'open' END"

# -- Etsy items and reviews ----------------------------------------------------------------------
ITEM_MERGE: dict[str, str] = {
    "title": "s.title",
    "quantity": "s.quantity",
    "price_minor": "s.price_minor",
    "listing_id": "coalesce(s.listing_id, o.listing_id)",
    "sku": "coalesce(nullif(s.sku, ''), o.sku)",
    "variations": "CASE WHEN s.variations != '' THEN s.variations ELSE o.variations END",
    "personalization": "CASE WHEN s.personalization != '' THEN s.personalization ELSE o.personalization END",
}
_ITEM_CHANGED = " OR ".join(f"({expr}) IS NOT o.{c}" for c, expr in ITEM_MERGE.items())
_REVIEW_CHANGED = "s.rating IS NOT o.rating OR s.text IS NOT o.text OR s.reviewer IS NOT o.reviewer"
#: A staged review's order is (or will be, after this import) in the shop.
_HAS_ORDER = (
    "(EXISTS (SELECT 1 FROM main.orders x WHERE x.order_id = s.order_id) "
    "OR EXISTS (SELECT 1 FROM stage.etsy_orders x WHERE x.order_id = s.order_id) "
    "OR EXISTS (SELECT 1 FROM stage.t_orders x WHERE x.order_id = s.order_id))"
)


def _template_changed(kind: str) -> str:
    keys = TEMPLATE_KEYS[kind]
    return " OR ".join(f"s.{c} IS NOT o.{c}" for c in TEMPLATE_FIELDS[kind] if c not in keys)


def _template_join(kind: str) -> str:
    on = " AND ".join(f"o.{c} = s.{c}" for c in TEMPLATE_KEYS[kind])
    return f"FROM stage.t_{kind} s LEFT JOIN main.{kind} o ON {on}"


def _one(store: Store, sql: str) -> Counts:
    new, updated, unchanged = store.db.execute(sql).fetchone()
    return Counts(new or 0, updated or 0, unchanged or 0)


def _counts_sql(join: str, key: str, changed: str, where: str = "") -> str:
    return (
        f"SELECT sum(o.{key} IS NULL), sum(o.{key} IS NOT NULL AND ({changed})), "
        f"sum(o.{key} IS NOT NULL AND NOT ({changed})) {join} {where}"
    )


# -- the preview ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Comparison:
    counts: dict[str, Counts]
    waiting_reviews: Counts
    profiles: dict[str, int]

    @property
    def changed(self) -> bool:
        return any(c.new or c.updated for c in (*self.counts.values(), self.waiting_reviews))


def compare(store: Store) -> Comparison:
    """What merging the attached stage would do (after `plan_dates`)."""
    orders = _one(store, _counts_sql(_ORDER_JOIN, "order_id", _ORDER_CHANGED))
    orders += _one(store, _counts_sql(_template_join("orders"), "order_id", _template_changed("orders")))
    items = _one(
        store,
        _counts_sql(
            "FROM stage.etsy_items s LEFT JOIN main.order_items o ON o.transaction_id = s.transaction_id",
            "transaction_id",
            _ITEM_CHANGED,
        ),
    )
    review_join = "FROM stage.etsy_reviews s LEFT JOIN main.reviews o USING (order_id, review_date)"
    reviews = _one(store, _counts_sql(review_join, "order_id", _REVIEW_CHANGED, f"WHERE {_HAS_ORDER}"))
    reviews += _one(store, _counts_sql(_template_join("reviews"), "order_id", _template_changed("reviews")))
    waiting = _one(
        store,
        _counts_sql(
            "FROM stage.etsy_reviews s LEFT JOIN main.pending_reviews o USING (order_id, review_date)",
            "order_id",
            _REVIEW_CHANGED,
            f"WHERE NOT {_HAS_ORDER}",
        ),
    )
    counts = {
        "orders": orders,
        "items": items,
        "reviews": reviews,
        "cases": _one(store, _counts_sql(_template_join("cases"), "order_id", _template_changed("cases"))),
        "messages": _one(store, _counts_sql(_template_join("messages"), "thread_id", _template_changed("messages"))),
    }
    profiles = {
        name or "": n
        for name, n in store.db.execute(
            # New orders, and orders imported before without a profile that get one now.
            f"SELECT p.name, count(*) {_ORDER_JOIN} "
            "LEFT JOIN main.shipping_profiles p ON p.id = d.shipping_profile_id "
            f"WHERE o.order_id IS NULL OR ({_GETS_DATES}) "
            "GROUP BY p.name ORDER BY count(*) DESC"
        )
    }
    return Comparison(counts, waiting, profiles)


# -- ship-by dates for imported orders -------------------------------------------------------------
def plan_dates(store: Store) -> None:
    """Give each staged Etsy order that needs one its shipping profile (the longest processing time of
    its listings' mapped profiles, else the shop's default), ship-by date and EDD (RULES.md 4)."""
    default = store.db.execute("SELECT id FROM shipping_profiles WHERE is_default = 1 ORDER BY id LIMIT 1").fetchone()
    profiles = {
        row[0]: row[1:]
        for row in store.db.execute(
            "SELECT id, processing_min, processing_max, domestic_transit_max, international_transit_max "
            "FROM shipping_profiles"
        )
    }
    mapped = store.db.execute("SELECT EXISTS (SELECT 1 FROM listing_profiles)").fetchone()[0]
    if mapped:
        # Each order's mapped profile in one pass over its listings (the staged items and, for an order
        # already in the shop, its stored ones), not a lookup per order.
        store.db.execute("DROP TABLE IF EXISTS temp.mapped_profiles")
        store.db.execute(
            """CREATE TEMP TABLE mapped_profiles AS
               SELECT order_id, profile_id FROM (
                 SELECT l.order_id, lp.profile_id,
                        row_number() OVER (PARTITION BY l.order_id ORDER BY p.processing_max DESC, p.id) AS pick
                 FROM (SELECT order_id, listing_id FROM stage.etsy_items
                       UNION SELECT i.order_id, i.listing_id FROM main.order_items i
                       WHERE i.order_id IN (SELECT order_id FROM stage.etsy_orders)) l
                 JOIN main.listing_profiles lp ON lp.listing_id = l.listing_id
                 JOIN main.shipping_profiles p ON p.id = lp.profile_id)
               WHERE pick = 1"""
        )
        store.db.execute("CREATE UNIQUE INDEX temp.mapped_profiles_order ON mapped_profiles(order_id)")
    mapped_sql = "(SELECT m.profile_id FROM temp.mapped_profiles m WHERE m.order_id = s.order_id)" if mapped else "NULL"
    rows = store.db.execute(
        f"""SELECT s.order_id, s.order_date, s.ship_country, {mapped_sql}, o.order_id IS NULL
            FROM stage.etsy_orders s LEFT JOIN main.orders o ON o.order_id = s.order_id
            WHERE o.order_id IS NULL OR (o.shipping_profile_id IS NULL AND o.ship_by IS NULL
              AND o.processing_max IS NULL AND o.ship_by_extended IS NULL AND o.custom = 0)"""
    ).fetchall()
    if mapped:
        store.db.execute("DROP TABLE temp.mapped_profiles")
    calendar = store.calendar()
    shop_country = str(store.shop().get("country") or "US")
    dates = _DateMaker(calendar)
    values = []
    abroad_by_country: dict[str, bool] = {}  # a few hundred countries for 100,000 orders
    for order_id, order_date, country, mapped_id, is_new in rows:
        profile_id = mapped_id if mapped_id is not None else (default[0] if default else None)
        if profile_id is None and not is_new:
            continue  # nothing to give an existing order
        international = abroad_by_country.get(country)
        if international is None:
            international = abroad_by_country[country] = is_international(country, shop_country)
        lo, hi, domestic, abroad = profiles.get(profile_id, (None, None, None, None))
        ship_by, edd = dates(order_date, hi, abroad if international else domestic, international)
        values.append((order_id, profile_id, lo, hi, ship_by, edd, int(international)))
    with store.db.atomic():  # writes only the stage; joins the caller's transaction when there is one
        store.db.execute("DELETE FROM stage.order_dates")
        store.db.conn.executemany("INSERT INTO stage.order_dates VALUES (?, ?, ?, ?, ?, ?, ?)", values)
        _plan_template_dates(store, dates)


def _plan_template_dates(store: Store, dates: _DateMaker) -> None:
    """A template order's blank ship-by comes from its processing time; its EDD follows the ship-by
    (or the extension the seller made in SellerDesk) and the stored order's profile (RULES.md 4)."""
    rows = store.db.execute(
        """SELECT s.order_id, s.order_date, s.processing_max, s.ship_by, o.ship_by_extended,
                  coalesce(o.international, 0), p.domestic_transit_max, p.international_transit_max
           FROM stage.t_orders s LEFT JOIN main.orders o ON o.order_id = s.order_id
           LEFT JOIN main.shipping_profiles p ON p.id = o.shipping_profile_id"""
    ).fetchall()
    values = []
    for order_id, order_date, processing_max, ship_by, extended, intl, domestic, abroad in rows:
        if not ship_by:
            ship_by = dates(order_date, processing_max, None, False)[0]
        edd = dates.edd(order_date, extended or ship_by, abroad if intl else domestic, bool(intl))
        values.append((ship_by, edd, order_id))
    store.db.conn.executemany("UPDATE stage.t_orders SET ship_by = ?, edd = ? WHERE order_id = ?", values)


def template_problems(store: Store, limit: int = 200) -> list[tuple[str, int, str, str]]:
    """(file, row, column, message) for template rows whose order is unknown, or dated before it."""
    order_date = (
        "coalesce((SELECT order_date FROM stage.t_orders x WHERE x.order_id = s.order_id), "
        "(SELECT order_date FROM stage.etsy_orders x WHERE x.order_id = s.order_id), "
        "(SELECT order_date FROM main.orders x WHERE x.order_id = s.order_id))"
    )
    problems: list[tuple[str, int, str, str]] = []
    for kind, day in (("reviews", "review_date"), ("cases", "opened_date"), ("messages", None)):
        dated = f"s.{day}" if day else "NULL"
        for file, row, order_id, value, ordered in store.db.execute(
            f"SELECT src_file, src_row, order_id, {dated}, {order_date} FROM stage.t_{kind} s "
            f"WHERE order_id IS NOT NULL AND ({order_date} IS NULL OR {dated} < {order_date}) "
            f"ORDER BY src_file, src_row LIMIT {limit}"
        ):
            if ordered is None:
                problems.append(
                    (
                        file,
                        row,
                        "order_id",
                        f"unknown order id '{order_id}'; import its order first (or in the same import)",
                    )
                )
            else:
                problems.append((file, row, str(day), f"{value} is before the order date {ordered}"))
    return problems


class _DateMaker:
    """Ship-by and EDD per (order date, processing, transit): many orders share them, so remember."""

    def __init__(self, calendar: BusinessCalendar) -> None:
        self.calendar = calendar
        self._compute = lru_cache(maxsize=None)(self._dates)

    def __call__(self, order_date: str, processing_max: int | None, transit: int | None, intl: bool) -> Any:
        return self._compute(order_date, processing_max, transit, intl)

    def _dates(self, order_date: str, processing_max: int | None, transit: int | None, intl: bool) -> Any:
        ordered = date.fromisoformat(order_date)
        ship_by = ship_by_date(ordered, processing_max, self.calendar)
        edd = estimated_delivery(ordered, ship_by, transit, self.calendar, international=intl)
        return (ship_by.isoformat() if ship_by else None), edd.isoformat()

    @cache  # noqa: B019 - one maker per import, dropped with it
    def edd(self, order_date: str, due: str | None, transit: int | None, intl: bool) -> str:
        ordered = date.fromisoformat(order_date)
        due_day = date.fromisoformat(due) if due else None
        return estimated_delivery(ordered, due_day, transit, self.calendar, international=intl).isoformat()


# -- the merge -----------------------------------------------------------------------------------
def merge(store: Store, progress: Progress) -> None:
    """Merge the attached stage into the shop inside the caller's transaction, keeping in the stage
    what the merge replaces (`undo`)."""
    _keep_for_undo(store)
    new_orders = store.db.execute("SELECT count(*) FROM stage.undo_new_orders").fetchone()[0]
    stored = store.db.execute("SELECT count(*) FROM main.orders").fetchone()[0]
    indexes_of = ("orders", "order_items") if stored == 0 else ()
    with triggers_set_aside(store.db, indexes_of) if worth_bulk(new_orders, stored) else nullcontext():
        progress(0.1, "orders")
        _merge_etsy_orders(store)
        _merge_template("orders", store)
        progress(0.5, "items")
        _merge_items(store)
        progress(0.7, "reviews")
        _merge_reviews(store)
        _merge_template("reviews", store)
        _merge_template("cases", store)
        progress(0.85, "messages")
        store.db.execute(
            "INSERT OR IGNORE INTO main.threads (thread_id, order_id) SELECT thread_id, max(order_id) "
            "FROM stage.t_messages GROUP BY thread_id"
        )
        _merge_template("messages", store)
        _refresh_staged_threads(store)


def _insert_select(table: str, columns: list[str], select: str) -> str:
    return f"INSERT INTO main.{table} ({', '.join(columns)}) {select}"


def _merge_etsy_orders(store: Store) -> None:
    columns = ["order_date", *ORDER_MERGE]
    values = [
        "s.order_date",
        *(f"coalesce(s.{c}, '')" if c == "buyer" else f"s.{c}" for c in ORDER_TEXT_FIELDS),
        "s.total_minor",
        "s.currency",
        "s.shipped_date",
        _NEW_STATUS,
        "coalesce(s.refund_minor, 0)",
        "s.etsy_status",
        *(f"d.{c}" for c in ("shipping_profile_id", "processing_min", "processing_max", "ship_by", "edd")),
    ]
    # Stored orders first: the new ones need no comparing.
    sets = ", ".join(ORDER_MERGE)
    exprs = ", ".join(ORDER_MERGE.values())
    store.db.execute(
        f"UPDATE main.orders AS o SET ({sets}) = ({exprs}) "
        "FROM stage.etsy_orders AS s LEFT JOIN stage.order_dates AS d ON d.order_id = s.order_id "
        f"WHERE s.order_id = o.order_id AND ({_ORDER_CHANGED})"
    )
    store.db.execute(
        _insert_select(
            "orders",
            ["order_id", *columns, "international"],
            f"SELECT s.order_id, {', '.join(values)}, coalesce(d.international, 0) {_ORDER_JOIN} "
            "WHERE o.order_id IS NULL ORDER BY s.order_date, s.order_id",
        )
    )


def _merge_items(store: Store) -> None:
    columns = ["transaction_id", "order_id", *ITEM_MERGE]
    store.db.execute(
        f"UPDATE main.order_items AS o SET ({', '.join(ITEM_MERGE)}) = ({', '.join(ITEM_MERGE.values())}) "
        f"FROM stage.etsy_items AS s WHERE s.transaction_id = o.transaction_id AND ({_ITEM_CHANGED})"
    )
    store.db.execute(
        _insert_select(
            "order_items",
            columns,
            f"SELECT s.transaction_id, s.order_id, {', '.join(f's.{c}' for c in ITEM_MERGE)} "
            "FROM stage.etsy_items s WHERE NOT EXISTS "
            "(SELECT 1 FROM main.order_items o WHERE o.transaction_id = s.transaction_id) "
            "ORDER BY s.order_date, s.transaction_id",
        )
    )


def _merge_reviews(store: Store) -> None:
    for table, has_order in (("reviews", ""), ("pending_reviews", "NOT ")):
        store.db.execute(
            f"INSERT INTO main.{table} (order_id, review_date, rating, text, reviewer) "
            "SELECT order_id, review_date, rating, text, reviewer FROM stage.etsy_reviews s "
            f"WHERE {has_order}EXISTS (SELECT 1 FROM main.orders x WHERE x.order_id = s.order_id) "
            "ON CONFLICT (order_id, review_date) DO UPDATE SET rating = excluded.rating, text = excluded.text, "
            "reviewer = excluded.reviewer WHERE rating IS NOT excluded.rating OR text IS NOT excluded.text "
            "OR reviewer IS NOT excluded.reviewer"
        )


def _merge_template(kind: str, store: Store) -> None:
    fields = TEMPLATE_FIELDS[kind]
    keys = TEMPLATE_KEYS[kind]
    updates = [c for c in fields if c not in keys]
    store.db.execute(
        f"INSERT INTO main.{kind} ({', '.join(fields)}) SELECT {', '.join(fields)} FROM stage.t_{kind} WHERE true "
        f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in updates)} "
        f"WHERE {' OR '.join(f'{c} IS NOT excluded.{c}' for c in updates)}"
    )


def _refresh_staged_threads(store: Store) -> None:
    """Store.refresh_threads' work for every thread the import names, in one pass and without its
    savepoint: the merge is already one transaction (a savepoint around a big import's thousands of
    thread rows made their refresh grow faster than the threads)."""
    among = "SELECT thread_id FROM stage.t_messages"
    store._refresh_thread_chunk(None, among)
    fill_thread_choices(store.db, f"WHERE thread_id IN ({among})")


# -- undo ----------------------------------------------------------------------------------------
# What the merge replaces, kept in the stage: the keys of the rows it adds, the rows it changes.
def _keep_for_undo(store: Store) -> None:
    db = store.db
    script = [
        "DROP TABLE IF EXISTS stage.undo_new_orders",
        "CREATE TABLE stage.undo_new_orders AS SELECT s.order_id FROM stage.etsy_orders s "
        "WHERE NOT EXISTS (SELECT 1 FROM main.orders o WHERE o.order_id = s.order_id) "
        "UNION SELECT s.order_id FROM stage.t_orders s "
        "WHERE NOT EXISTS (SELECT 1 FROM main.orders o WHERE o.order_id = s.order_id)",
        "DROP TABLE IF EXISTS stage.undo_orders",
        f"CREATE TABLE stage.undo_orders AS SELECT o.* {_ORDER_JOIN} WHERE o.order_id IS NOT NULL AND "
        f"({_ORDER_CHANGED}) UNION SELECT o.* FROM stage.t_orders s JOIN main.orders o USING (order_id)",
        "DROP TABLE IF EXISTS stage.undo_new_items",
        "CREATE TABLE stage.undo_new_items AS SELECT s.transaction_id FROM stage.etsy_items s "
        "WHERE NOT EXISTS (SELECT 1 FROM main.order_items o WHERE o.transaction_id = s.transaction_id)",
        "DROP TABLE IF EXISTS stage.undo_order_items",
        "CREATE TABLE stage.undo_order_items AS SELECT o.* FROM stage.etsy_items s "
        "JOIN main.order_items o USING (transaction_id)",
        "DROP TABLE IF EXISTS stage.undo_pending_reviews",
        "CREATE TABLE stage.undo_pending_reviews AS SELECT p.* FROM main.pending_reviews p "
        "WHERE p.order_id IN "
        "(SELECT order_id FROM stage.etsy_reviews UNION SELECT order_id FROM stage.undo_new_orders)",
    ]
    for kind, keys in (("reviews", ("order_id", "review_date")), ("cases", ("order_id", "opened_date")),
                       ("messages", ("thread_id", "sender", "sent_at"))):  # fmt: skip
        on = " AND ".join(f"o.{k} = s.{k}" for k in keys)
        staged = f"SELECT {', '.join(keys)} FROM stage.t_{kind}"
        if kind == "reviews":
            staged += " UNION SELECT order_id, review_date FROM stage.etsy_reviews"
        script += [
            f"DROP TABLE IF EXISTS stage.undo_new_{kind}",
            f"CREATE TABLE stage.undo_new_{kind} AS SELECT * FROM ({staged}) s "
            f"WHERE NOT EXISTS (SELECT 1 FROM main.{kind} o WHERE {on})",
            f"DROP TABLE IF EXISTS stage.undo_{kind}",
            f"CREATE TABLE stage.undo_{kind} AS SELECT o.* FROM ({staged}) s JOIN main.{kind} o ON {on}",
        ]
    script += [
        "DROP TABLE IF EXISTS stage.undo_new_threads",
        "CREATE TABLE stage.undo_new_threads AS SELECT DISTINCT thread_id FROM stage.t_messages s "
        "WHERE NOT EXISTS (SELECT 1 FROM main.threads t WHERE t.thread_id = s.thread_id)",
    ]
    for statement in script:
        db.execute(statement)


def undo(store: Store) -> None:
    """Put the shop back as it was before the merge (inside the caller's transaction)."""
    db = store.db
    for kind, keys in (("reviews", ("order_id", "review_date")), ("cases", ("order_id", "opened_date")),
                       ("messages", ("thread_id", "sender", "sent_at")),
                       ("order_items", ("transaction_id",))):  # fmt: skip
        new = "undo_new_items" if kind == "order_items" else f"undo_new_{kind}"
        match = " AND ".join(f"n.{k} = {kind}.{k}" for k in keys)
        db.execute(f"DELETE FROM main.{kind} WHERE EXISTS (SELECT 1 FROM stage.{new} n WHERE {match})")
    db.execute("DELETE FROM main.orders WHERE order_id IN (SELECT order_id FROM stage.undo_new_orders)")
    for kind, keys in (("orders", ("order_id",)), ("order_items", ("transaction_id",)),
                       ("reviews", ("order_id", "review_date")), ("cases", ("order_id", "opened_date")),
                       ("messages", ("thread_id", "sender", "sent_at"))):  # fmt: skip
        _restore_rows(store, kind, keys)
    db.execute(
        "DELETE FROM main.pending_reviews WHERE order_id IN "
        "(SELECT order_id FROM stage.etsy_reviews UNION SELECT order_id FROM stage.undo_new_orders)"
    )
    db.execute("INSERT INTO main.pending_reviews SELECT * FROM stage.undo_pending_reviews")
    db.execute("DELETE FROM main.threads WHERE thread_id IN (SELECT thread_id FROM stage.undo_new_threads)")
    _refresh_staged_threads(store)


def _restore_rows(store: Store, table: str, keys: tuple[str, ...]) -> None:
    """Write back the kept rows' every stored column (generated columns recompute themselves)."""
    columns = [r[1] for r in store.db.execute(f"PRAGMA main.table_info({table})")]
    kept = {r[1] for r in store.db.execute(f"PRAGMA stage.table_info(undo_{table})")}
    columns = [c for c in columns if c in kept and c not in keys and c != "id"]
    match = " AND ".join(f"u.{k} = t.{k}" for k in keys)
    store.db.execute(
        f"UPDATE main.{table} AS t SET ({', '.join(columns)}) = ({', '.join(f'u.{c}' for c in columns)}) "
        f"FROM stage.undo_{table} AS u WHERE {match}"
    )


def is_busy(exc: sqlite3.OperationalError) -> bool:
    text = str(exc)
    return "locked" in text or "busy" in text
