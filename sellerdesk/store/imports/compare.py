"""The preview: what merging the attached stage would add, update or leave unchanged."""

from __future__ import annotations

from dataclasses import dataclass

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


def _counts(
    store: Store, staged: str, stored: str, on: str, key: str, changed: str, where: str = "", joins: str = ""
) -> Counts:
    """How the rows of `stage.staged` (as `s`) stand against those of `main.stored` (as `o`, found `on`;
    `key`: a column every stored row has): new, updated or unchanged. `joins` adds what `changed` reads."""
    if not store.db.execute(f"SELECT EXISTS (SELECT 1 FROM main.{stored})").fetchone()[0]:
        # Nothing stored yet (a shop's first import): every staged row is new, with nothing to compare.
        return Counts(store.db.execute(f"SELECT count(*) FROM stage.{staged} s {where}").fetchone()[0], 0, 0)
    # `changed` is long (every merged column): worked out once per row, the unchanged are the rest.
    new, updated, unchanged = store.db.execute(
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
    """What merging the attached stage would do (after `plan_dates`)."""
    orders = _counts(
        store, "etsy_orders", "orders", "o.order_id = s.order_id", "order_id", ORDER_CHANGED, joins=ORDER_DATES_JOIN
    )
    orders += _template_counts(store, "orders")
    items = _counts(
        store, "etsy_items", "order_items", "o.transaction_id = s.transaction_id", "transaction_id", ITEM_CHANGED
    )
    same_review = "o.order_id = s.order_id AND o.review_date = s.review_date"
    reviews = _counts(store, "etsy_reviews", "reviews", same_review, "order_id", REVIEW_CHANGED, f"WHERE {HAS_ORDER}")
    reviews += _template_counts(store, "reviews")
    waiting = _counts(
        store, "etsy_reviews", "pending_reviews", same_review, "order_id", REVIEW_CHANGED, f"WHERE NOT {HAS_ORDER}"
    )
    counts = {
        "orders": orders,
        "items": items,
        "reviews": reviews,
        "cases": _template_counts(store, "cases"),
        "messages": _template_counts(store, "messages"),
    }
    profiles = {
        name or "": n
        for name, n in store.db.execute(
            # New orders, and orders imported before without a profile that get one now.
            f"SELECT p.name, count(*) {ORDER_JOIN} "
            "LEFT JOIN main.shipping_profiles p ON p.id = d.shipping_profile_id "
            f"WHERE o.order_id IS NULL OR ({GETS_DATES}) "
            "GROUP BY p.name ORDER BY count(*) DESC"
        )
    }
    return Comparison(counts, waiting, profiles)


def _template_counts(store: Store, kind: str) -> Counts:
    return _counts(store, f"t_{kind}", kind, template_on(kind), TEMPLATE_KEYS[kind][0], template_changed(kind))
