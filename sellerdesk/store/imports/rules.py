"""The merge rules of an import (RULES.md 6): what a download changes in a stored order, item or
review, as SQL over the staging file attached as `stage`."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sellerdesk.store.staging import ORDER_TEXT_FIELDS, TEMPLATE_FIELDS, TEMPLATE_KEYS
from sellerdesk.store.store import Store

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
GETS_DATES = (
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
        c: f"CASE WHEN {GETS_DATES} THEN d.{c} ELSE o.{c} END"
        for c in ("shipping_profile_id", "processing_min", "processing_max", "ship_by", "edd")
    },
}
ORDER_CHANGED = " OR ".join(f"({expr}) IS NOT o.{c}" for c, expr in ORDER_MERGE.items())
#: The ship-by planned for each staged order (plan_dates), which ORDER_MERGE reads as `d`.
ORDER_DATES_JOIN = "LEFT JOIN stage.order_dates d ON d.order_id = s.order_id"
ORDER_JOIN = f"FROM stage.etsy_orders s LEFT JOIN main.orders o ON o.order_id = s.order_id {ORDER_DATES_JOIN}"
NEW_STATUS = "CASE WHEN s.canceled THEN 'canceled' WHEN s.shipped_date IS NOT NULL THEN 'shipped' ELSE 'open' END"

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
ITEM_CHANGED = " OR ".join(f"({expr}) IS NOT o.{c}" for c, expr in ITEM_MERGE.items())
REVIEW_CHANGED = "s.rating IS NOT o.rating OR s.text IS NOT o.text OR s.reviewer IS NOT o.reviewer"
#: A staged review's order is (or will be, after this import) in the shop.
HAS_ORDER = (
    "(EXISTS (SELECT 1 FROM main.orders x WHERE x.order_id = s.order_id) "
    "OR EXISTS (SELECT 1 FROM stage.etsy_orders x WHERE x.order_id = s.order_id) "
    "OR EXISTS (SELECT 1 FROM stage.t_orders x WHERE x.order_id = s.order_id))"
)


def template_changed(kind: str) -> str:
    keys = TEMPLATE_KEYS[kind]
    return " OR ".join(f"s.{c} IS NOT o.{c}" for c in TEMPLATE_FIELDS[kind] if c not in keys)


def template_on(kind: str) -> str:
    """How a staged template row (`s`) finds its stored row (`o`): by the template's key."""
    return " AND ".join(f"o.{c} = s.{c}" for c in TEMPLATE_KEYS[kind])
