"""The preview: what merging the attached stage would add, update or leave unchanged."""

from __future__ import annotations

from dataclasses import dataclass

from sellerdesk.store.imports.rules import (
    GETS_DATES,
    HAS_ORDER,
    ITEM_CHANGED,
    ORDER_CHANGED,
    ORDER_JOIN,
    REVIEW_CHANGED,
    Counts,
    template_changed,
    template_join,
)
from sellerdesk.store.store import Store


def _one(store: Store, sql: str) -> Counts:
    new, updated, unchanged = store.db.execute(sql).fetchone()
    return Counts(new or 0, updated or 0, unchanged or 0)


def _counts_sql(join: str, key: str, changed: str, where: str = "") -> str:
    # `changed` is long (every merged column): worked out once per row, the unchanged are the rest.
    return (
        f"SELECT sum(o.{key} IS NULL), sum(o.{key} IS NOT NULL AND ({changed})), "
        f"count(o.{key}) - sum(o.{key} IS NOT NULL AND ({changed})) {join} {where}"
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
    orders = _one(store, _counts_sql(ORDER_JOIN, "order_id", ORDER_CHANGED))
    orders += _one(store, _counts_sql(template_join("orders"), "order_id", template_changed("orders")))
    items = _one(
        store,
        _counts_sql(
            "FROM stage.etsy_items s LEFT JOIN main.order_items o ON o.transaction_id = s.transaction_id",
            "transaction_id",
            ITEM_CHANGED,
        ),
    )
    review_join = "FROM stage.etsy_reviews s LEFT JOIN main.reviews o USING (order_id, review_date)"
    reviews = _one(store, _counts_sql(review_join, "order_id", REVIEW_CHANGED, f"WHERE {HAS_ORDER}"))
    reviews += _one(store, _counts_sql(template_join("reviews"), "order_id", template_changed("reviews")))
    waiting = _one(
        store,
        _counts_sql(
            "FROM stage.etsy_reviews s LEFT JOIN main.pending_reviews o USING (order_id, review_date)",
            "order_id",
            REVIEW_CHANGED,
            f"WHERE NOT {HAS_ORDER}",
        ),
    )
    counts = {
        "orders": orders,
        "items": items,
        "reviews": reviews,
        "cases": _one(store, _counts_sql(template_join("cases"), "order_id", template_changed("cases"))),
        "messages": _one(store, _counts_sql(template_join("messages"), "thread_id", template_changed("messages"))),
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
