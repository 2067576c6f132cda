"""What-if arithmetic and the forward projection of the ODR (pure: no database, no Qt).

A what-if adds (or removes) hypothetical problem orders and clean orders to the window's
figures and recomputes every ODR figure the dashboard shows; the shop's data never changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sellerdesk.core import odr as rules


@dataclass(frozen=True)
class WhatIf:
    problem_orders: int = 0  # hypothetical low reviews / cases on orders in the window (+/-)
    orders: int = 0  # hypothetical clean orders in the window (+/-)

    @property
    def active(self) -> bool:
        return bool(self.problem_orders or self.orders)


def apply_whatif(odr: dict[str, Any], what: WhatIf) -> dict[str, Any]:
    """The ODR section of a status with the hypothetical orders added; a new dict."""
    if not what.active:
        return odr
    out = dict(odr)
    # a hypothetical problem order is one of the window's orders; a new one adds an order too
    n = max(0, odr["orders"] + what.orders)
    k = min(max(0, odr["problem_orders"] + what.problem_orders), n)
    strict = min(max(0, odr["strict_problem_orders"] + what.problem_orders), n)
    all_time = max(0, odr["problem_orders_all_time"] + (k - odr["problem_orders"]))
    strict_all = max(0, odr["strict_problem_orders_all_time"] + (strict - odr["strict_problem_orders"]))
    criteria = rules.warning_criteria(k, n, all_time)
    strict_criteria = rules.warning_criteria(strict, n, strict_all)
    out.update(
        orders=n,
        problem_orders=k,
        rate=rules.rate(k, n),
        strict_problem_orders=strict,
        strict_rate=rules.rate(strict, n),
        excluded_problem_orders=strict - k,
        zone=rules.zone(k, n),
        problem_orders_all_time=all_time,
        strict_problem_orders_all_time=strict_all,
        headroom=rules.headroom(k, n),
        clean_orders_needed=rules.clean_orders_needed(k, n),
        warning=criteria.warning,
        criteria=criteria.as_json(),
        strict_warning=strict_criteria.warning,
        strict_criteria=strict_criteria.as_json(),
        whatif={"problem_orders": what.problem_orders, "orders": what.orders},
    )
    return out


@dataclass(frozen=True)
class ProjectedDay:
    day: date
    orders: int
    problem_orders: int
    rate: float | None
    zone: str


def project(
    as_of: date,
    orders_by_day: dict[date, int],
    problem_order_days: list[date],
    *,
    length: int = 60,
    lag: int = 30,
    days: int = 90,
    future_daily_orders: float = 0.0,
) -> list[ProjectedDay]:
    """The ODR of each of the next `days` days if nothing else changed.

    Known orders (placed up to as-of) and known problem orders keep their days; every day after
    as-of gets `future_daily_orders` new orders (e.g. the recent average) and no new problem order.
    """
    out = []
    for i in range(1, days + 1):
        day = as_of + timedelta(days=i)
        window = rules.odr_window(day, length, lag)
        known_end = min(window.end, as_of + timedelta(days=1))
        n_known = sum(
            orders_by_day.get(window.start + timedelta(days=j), 0)
            for j in range(max(0, (known_end - window.start).days))
        )
        future = max(0, (window.end - max(window.start, as_of + timedelta(days=1))).days)
        n = n_known + int(future * future_daily_orders)
        k = sum(1 for d in problem_order_days if window.start <= d < window.end)
        out.append(ProjectedDay(day, n, k, rules.rate(k, n), rules.zone(k, n)))
    return out
