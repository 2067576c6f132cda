"""Can the shop ship what is coming? (RULES.md 7) Pace, backlog, each open order's projected ship day,
the orders projected to miss their ship-by, and the surge test. Etsy publishes no formula: these
are SellerDesk's defaults, exact so that every figure has one right answer."""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from sellerdesk.core.dates import BusinessCalendar

PACE_BUSINESS_DAYS = 20
SURGE_RECENT_DAYS = 7
SURGE_BEFORE_WEEKS = 8
SURGE_FACTOR_NUMERATOR, SURGE_FACTOR_DENOMINATOR = 3, 2  # 1.5 times, in integers
#: Projected ship days further out than this many shipping days are "not in sight" (no date shown).
HORIZON_SHIPPING_DAYS = 2000


def pace_span(as_of: date, calendar: BusinessCalendar) -> tuple[date, date]:
    """(first, last) day whose shipments make the pace: from the earliest of the 20 business days
    before the as-of day to the day before it (a shipment on a weekend or holiday inside counts)."""
    day, found = as_of, 0
    while found < PACE_BUSINESS_DAYS:
        day -= timedelta(days=1)
        if calendar.is_business_day(day):
            found += 1
    return day, as_of - timedelta(days=1)


class OpenOrder(NamedTuple):  # a tuple: thousands are made per status computation
    order_id: str
    order_date: str
    ship_by: str | None  # the (possibly extended) ship-by date


class Projection(NamedTuple):
    order_id: str
    ship_by: str | None
    ship_day: str | None  # None: never (pace 0) or beyond the horizon
    late: bool


def backlog_order(orders: list[OpenOrder]) -> list[OpenOrder]:
    """Ship-by first (orders without one last), then order date, then order id."""
    return sorted(orders, key=lambda o: (o.ship_by is None, o.ship_by or "", o.order_date, o.order_id))


def project(
    orders: list[OpenOrder],
    shipped_in_span: int,
    as_of: date,
    calendar: BusinessCalendar,
    in_order: bool = False,
) -> list[Projection]:
    """Each backlog order's projected ship day: the k-th (1-based) ships on shipping day
    ceil(k / pace), shipping days being the business days from the as-of day on. `in_order`: the
    orders come in backlog order already (store/capacity.py reads them so)."""
    queue = orders if in_order else backlog_order(orders)
    needed = 0 if shipped_in_span == 0 else _ceil_div(len(queue) * PACE_BUSINESS_DAYS, shipped_in_span)
    days = [d.isoformat() for d in _shipping_days(as_of, calendar, min(needed, HORIZON_SHIPPING_DAYS))]
    result = []
    for k, order in enumerate(queue, start=1):
        # ceil(k / pace) with pace = shipped / 20; with a pace of 0 nothing ships.
        index = None if shipped_in_span == 0 else -(-(k * PACE_BUSINESS_DAYS) // shipped_in_span)
        ship_day = days[index - 1] if index is not None and index <= len(days) else None
        if order.ship_by is None:
            late = False
        elif index is None:
            late = True
        elif ship_day is not None:
            late = ship_day > order.ship_by  # ISO days compare as text
        else:
            late = index > _shipping_days_through(as_of, date.fromisoformat(order.ship_by), calendar)
        result.append(Projection(order.order_id, order.ship_by, ship_day, late))
    return result


def _ceil_div(a: int, b: int) -> int:
    return -(-a // b)


def _shipping_days(as_of: date, calendar: BusinessCalendar, count: int) -> list[date]:
    days: list[date] = []
    day = as_of
    while len(days) < count:
        if calendar.is_business_day(day):
            days.append(day)
        day += timedelta(days=1)
    return days


def _shipping_days_through(as_of: date, last: date, calendar: BusinessCalendar) -> int:
    """How many shipping days there are from the as-of day up to `last` (inclusive)."""
    count, day = 0, as_of
    while day <= last:
        count += calendar.is_business_day(day)
        day += timedelta(days=1)
    return count


def is_surge(last_7_days: int, eight_weeks_before: int) -> bool:
    """More orders in the last 7 days than 1.5 times the weekly average of the 56 days before."""
    return last_7_days * SURGE_BEFORE_WEEKS * SURGE_FACTOR_DENOMINATOR > SURGE_FACTOR_NUMERATOR * eight_weeks_before


def capacity_json(
    as_of: date,
    calendar: BusinessCalendar,
    shipped_in_span: int,
    open_orders: list[OpenOrder],
    last_7_days: int,
    eight_weeks_before: int,
) -> dict:
    start, end = pace_span(as_of, calendar)
    projections = project(open_orders, shipped_in_span, as_of, calendar, in_order=True)
    pace = shipped_in_span / PACE_BUSINESS_DAYS
    return {
        "pace_per_business_day": pace,
        "pace_span": {"start": start.isoformat(), "end": end.isoformat(), "shipped": shipped_in_span},
        "backlog": len(projections),
        "days_of_work": None if pace == 0 else len(projections) / pace,
        "projected_late": [p.order_id for p in projections if p.late],
        "surge": is_surge(last_7_days, eight_weeks_before),
        "orders_last_7_days": last_7_days,
        "weekly_average_before": eight_weeks_before / SURGE_BEFORE_WEEKS,
    }
