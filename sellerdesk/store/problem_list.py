"""The dashboard's problem-order list and causes: why each order counts, and seller protection.

Every order with a low review (2 stars or fewer) or a case, placed since a day: counted ones
and excluded ones (marked), each event with its date, and a seller-protection suggestion when
the data supports one (RULES.md 1: a not-received case on an order shipped on time with
tracking -> "lost in transit, shipped on time").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sellerdesk.core.standards import PROBLEM_REVIEW_MAX_RATING
from sellerdesk.store.connection import Database
from sellerdesk.store.trend import rows_at_once

EVENTS_SQL = f"""
    SELECT o.order_id, o.order_date, o.shipped_date, o.due_by, o.has_tracking, e.kind, e.day, e.detail,
           e.excluded_reason, e.row_id
    FROM (SELECT order_id, 'review' AS kind, review_date AS day, rating AS detail, excluded_reason, id AS row_id
            FROM reviews WHERE rating <= {PROBLEM_REVIEW_MAX_RATING} AND review_date <= :as_of
          UNION ALL
          SELECT order_id, 'case', opened_date, reason, excluded_reason, id FROM cases WHERE opened_date <= :as_of) e
    JOIN orders o ON o.order_id = e.order_id
    WHERE o.status != 'canceled' AND o.order_date >= :since AND o.order_date <= :as_of
    ORDER BY o.order_date, o.order_id, e.day
"""
EVENTS_COLUMNS = (
    "order_id",
    "order_date",
    "shipped_date",
    "due_by",
    "has_tracking",
    "kind",
    "day",
    "detail",
    "excluded_reason",
    "row_id",
)

CAUSES = ("low_review", "not_received", "not_as_described", "damaged", "late", "other")


@dataclass
class ProblemEvent:
    kind: str  # "review" or "case"
    day: str
    detail: Any  # the rating, or the case reason
    excluded_reason: str | None
    row_id: int

    @property
    def cause(self) -> str:
        return "low_review" if self.kind == "review" else str(self.detail)


@dataclass
class ProblemOrderRow:
    order_id: str
    order_date: str
    shipped_date: str | None
    due_by: str | None
    has_tracking: bool
    events: list[ProblemEvent] = field(default_factory=list)

    @property
    def excluded(self) -> bool:
        """Every event excluded: the order does not count (with exclusions)."""
        return all(e.excluded_reason for e in self.events)

    @property
    def shipped_on_time_with_tracking(self) -> bool:
        return bool(self.shipped_date and self.due_by and self.shipped_date <= self.due_by and self.has_tracking)

    def suggestions(self) -> list[tuple[ProblemEvent, str]]:
        """(event, exclusion reason) the seller could ask for, where the data supports it."""
        out = []
        for e in self.events:
            if (
                e.kind == "case"
                and e.detail == "not_received"
                and not e.excluded_reason
                and self.shipped_on_time_with_tracking
            ):
                out.append((e, "lost_in_transit_shipped_on_time"))
        return out


def problem_order_rows(db: Database, since: date, as_of: date) -> list[ProblemOrderRow]:
    """Problem orders (counted and excluded) placed in [since, as_of], with their events."""
    rows: dict[str, ProblemOrderRow] = {}
    events = rows_at_once(db, EVENTS_SQL, EVENTS_COLUMNS, {"since": since.isoformat(), "as_of": as_of.isoformat()})
    for r in events:
        row = rows.get(r[0])
        if row is None:
            row = rows[r[0]] = ProblemOrderRow(r[0], r[1], r[2], r[3], bool(r[4]))
        row.events.append(ProblemEvent(r[5], r[6], r[7], r[8], r[9]))
    return list(rows.values())


#: the events of problem orders placed in [since, as_of], with only what `causes` needs: the problem_orders
#: summary stands for the order (its date and canceled flag, kept by triggers), so no order row is read
CAUSE_EVENTS_SQL = f"""
    SELECT e.order_id, e.kind, e.detail, e.excluded_reason
    FROM (SELECT order_id, 'review' AS kind, rating AS detail, excluded_reason
            FROM reviews WHERE rating <= {PROBLEM_REVIEW_MAX_RATING} AND review_date <= :as_of
          UNION ALL
          SELECT order_id, 'case', reason, excluded_reason FROM cases WHERE opened_date <= :as_of) e
    JOIN problem_orders p ON p.order_id = e.order_id
    WHERE NOT p.canceled AND p.order_date >= :since AND p.order_date <= :as_of
"""


def problem_causes(db: Database, since: date, as_of: date) -> dict[str, tuple[int, int]]:
    """`causes` of the problem orders placed in [since, as_of] without reading them (the dashboard's chart:
    ~18 ms at a million orders where the list takes ~60 ms, its orders read one by one)."""
    rows: dict[str, ProblemOrderRow] = {}
    params = {"since": since.isoformat(), "as_of": as_of.isoformat()}
    for order_id, kind, detail, excluded_reason in rows_at_once(
        db, CAUSE_EVENTS_SQL, ("order_id", "kind", "detail", "excluded_reason"), params
    ):
        row = rows.get(order_id)
        if row is None:
            row = rows[order_id] = ProblemOrderRow(order_id, "", None, None, False)
        row.events.append(ProblemEvent(kind, "", detail, excluded_reason, 0))
    return causes(list(rows.values()))


def causes(rows: list[ProblemOrderRow]) -> dict[str, tuple[int, int]]:
    """Per cause: (counted problem orders, excluded ones); an order counts once per cause it has."""
    counted: Counter[str] = Counter()
    excluded: Counter[str] = Counter()
    for row in rows:
        for cause in {e.cause for e in row.events if not e.excluded_reason}:
            counted[cause] += 1
        if row.excluded:
            for cause in {e.cause for e in row.events}:
                excluded[cause] += 1
    return {c: (counted[c], excluded[c]) for c in CAUSES}
