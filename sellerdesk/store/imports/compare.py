"""The preview: what merging the attached stage would add, update or leave unchanged."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

from sellerdesk.store.connection import Database
from sellerdesk.store.database import connect, interrupts
from sellerdesk.store.imports.rules import (
    GETS_DATES,
    HAS_ORDER,
    ITEM_CHANGED,
    ORDER_CHANGED,
    ORDER_DATES_JOIN,
    ORDER_JOIN,
    REVIEW_CHANGED,
    Counts,
    template_changed,
    template_on,
)
from sellerdesk.store.staging import TEMPLATE_KEYS
from sellerdesk.store.store import Store

T = TypeVar("T")


def _counts(
    db: Database, staged: str, stored: str, on: str, key: str, changed: str, where: str = "", joins: str = ""
) -> Counts:
    """How the rows of `stage.staged` (as `s`) stand against those of `main.stored` (as `o`, found `on`;
    `key`: a column every stored row has): new, updated or unchanged. `joins` adds what `changed` reads."""
    if not db.execute(f"SELECT EXISTS (SELECT 1 FROM main.{stored})").fetchone()[0]:
        # Nothing stored yet (a shop's first import): every staged row is new, with nothing to compare.
        return Counts(db.execute(f"SELECT count(*) FROM stage.{staged} s {where}").fetchone()[0], 0, 0)
    # `changed` is long (every merged column): worked out once per row, the unchanged are the rest.
    new, updated, unchanged = db.execute(
        f"SELECT count(*) - count(o.{key}), sum(o.{key} IS NOT NULL AND ({changed})), "
        f"count(o.{key}) - sum(o.{key} IS NOT NULL AND ({changed})) "
        f"FROM stage.{staged} s LEFT JOIN main.{stored} o ON {on} {joins} {where}"
    ).fetchone()
    return Counts(new or 0, updated or 0, unchanged or 0)


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
    """What merging the attached stage would do (after `plan_dates`). The items and reviews are counted
    on a second connection, in a thread, while this one counts the orders: sqlite3 lets go of the
    interpreter while a statement runs, so the two take about as long as the longer one."""
    with _beside(store) as aside:
        items_and_reviews = aside(_items_and_reviews)
        db = store.db
        orders = _counts(
            db, "etsy_orders", "orders", "o.order_id = s.order_id", "order_id", ORDER_CHANGED, joins=ORDER_DATES_JOIN
        )
        orders += _template_counts(db, "orders")
        profiles = {
            name or "": n
            for name, n in db.execute(
                # New orders, and orders imported before without a profile that get one now.
                f"SELECT p.name, count(*) {ORDER_JOIN} "
                "LEFT JOIN main.shipping_profiles p ON p.id = d.shipping_profile_id "
                f"WHERE o.order_id IS NULL OR ({GETS_DATES}) "
                "GROUP BY p.name ORDER BY count(*) DESC"
            )
        }
        cases, messages = _template_counts(db, "cases"), _template_counts(db, "messages")
        items, reviews, waiting = items_and_reviews.result()
    counts = {"orders": orders, "items": items, "reviews": reviews, "cases": cases, "messages": messages}
    return Comparison(counts, waiting, profiles)


def _items_and_reviews(db: Database) -> tuple[Counts, Counts, Counts]:
    """The staged items and reviews against the shop's: (items, reviews, reviews waiting for their order)."""
    items = _counts(
        db, "etsy_items", "order_items", "o.transaction_id = s.transaction_id", "transaction_id", ITEM_CHANGED
    )
    same_review = "o.order_id = s.order_id AND o.review_date = s.review_date"
    reviews = _counts(db, "etsy_reviews", "reviews", same_review, "order_id", REVIEW_CHANGED, f"WHERE {HAS_ORDER}")
    reviews += _template_counts(db, "reviews")
    waiting = _counts(
        db, "etsy_reviews", "pending_reviews", same_review, "order_id", REVIEW_CHANGED, f"WHERE NOT {HAS_ORDER}"
    )
    return items, reviews, waiting


def _template_counts(db: Database, kind: str) -> Counts:
    return _counts(db, f"t_{kind}", kind, template_on(kind), TEMPLATE_KEYS[kind][0], template_changed(kind))


@contextmanager
def _beside(store: Store) -> Iterator[Callable[[Callable[[Database], T]], Future[T]]]:
    """Run reads beside this connection's: in a thread, on a second, read-only connection to the shop with
    the same stage attached, stopped by whatever stops this connection's statements (Cancel). A shop with
    no file (in memory) runs them here, in turn."""
    stage = next(row[2] for row in store.db.execute("PRAGMA database_list") if row[1] == "stage")
    if store.path is None or str(store.path) == ":memory:" or not stage:
        yield lambda read: _done(read(store.db))
        return
    db = connect(store.path, read_only=True)
    stops = interrupts(store.db).checks
    try:
        db.execute("ATTACH DATABASE ? AS stage", [stage])
        # The thread is waited for (the pool's exit) while Cancel can still stop what runs there.
        with (
            interrupts(db).during(lambda: any(check() for check in stops)),
            ThreadPoolExecutor(1, thread_name_prefix="sellerdesk-compare") as pool,
        ):
            yield lambda read: pool.submit(read, db)
    finally:
        db.close()


def _done(value: T) -> Future[T]:
    future: Future[T] = Future()
    future.set_result(value)
    return future
