"""The values the schema's CHECK constraints allow (m001_initial); changing one needs a migration."""

from __future__ import annotations

ORDER_STATUSES = ("open", "shipped", "delivered", "canceled")
CASE_REASONS = ("not_received", "not_as_described", "damaged", "late", "other")
CASE_RESOLUTIONS = ("refunded_by_seller", "refunded_by_etsy", "closed_for_seller", "closed_by_buyer")
SENDERS = ("buyer", "seller", "auto", "etsy")
EXCLUSIONS = (
    "carrier_delay",
    "lost_in_transit_shipped_on_time",
    "natural_disaster",
    "abusive_review",
    "accidental_case",
)
