"""What a change of rule settings would do to the figures (Settings > Rules shows it before applying)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sellerdesk.core.settings import RuleSettings
from sellerdesk.store.standards import shop_status
from sellerdesk.store.store import Store

#: Every figure a rule setting can move: (path in shop_status, what it is).
FIGURES = (
    ("odr", "odr"),
    ("standards.message_response", "metric"),
    ("standards.reviews", "metric"),
    ("standards.case_rate", "metric"),
    ("star_seller.last_evaluation.message_response", "metric"),
    ("star_seller.last_evaluation.rating", "rating"),
    ("star_seller.last_evaluation.case_rate", "metric"),
    ("star_seller.running_period.message_response", "metric"),
    ("star_seller.running_period.rating", "rating"),
    ("star_seller.running_period.case_rate", "metric"),
)


def _at(status: dict[str, Any], path: str) -> dict[str, Any]:
    node: Any = status
    for part in path.split("."):
        node = node[part]
    return node


def _value(node: dict[str, Any], kind: str) -> tuple:
    if kind == "odr":
        return node["problem_orders"], node["orders"]
    if kind == "rating":
        return node["average"], node["count"]
    return node["count"], node["total"]


def figures_that_change(store: Store, as_of: date, candidate: RuleSettings) -> list[tuple[str, str, tuple, tuple]]:
    """(figure path, kind, before, after) for each figure the candidate settings would move."""
    before = shop_status(store, as_of)
    # No rule setting moves the capacity forecast: the candidate's figures reuse it (a read of every open order).
    after = shop_status(store, as_of, candidate, capacity=before["capacity"])
    changes = []
    for path, kind in FIGURES:
        old, new = _value(_at(before, path), kind), _value(_at(after, path), kind)
        if old != new:
            changes.append((path, kind, old, new))
    return changes
