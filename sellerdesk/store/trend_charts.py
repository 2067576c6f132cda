"""Series for the dashboard's charts, from the per-day rows of `trend.DailyData`."""

from __future__ import annotations

from datetime import date
from typing import Any

from sellerdesk.core import standards as css
from sellerdesk.store.standards import DailyCounts
from sellerdesk.store.trend import DailyData


def months(as_of: date, count: int = 12) -> list[tuple[date, date]]:
    """The last `count` calendar months up to as-of: [(first day, end exclusive)], the last partial."""
    first = as_of.replace(day=1)
    out = []
    for i in range(count - 1, -1, -1):
        start = css.add_months(first, -i)
        out.append((start, min(css.add_months(start, 1), as_of)))
    return out


def monthly_rates(data: DailyData) -> list[dict[str, Any]]:
    """Per month: on-time shipping (by ship-by day) and message response within 48 h / 24 h."""
    shipping = DailyCounts(data.shipping)
    threads = DailyCounts(data.threads)
    out = []
    for start, end in months(data.as_of):
        out.append(
            {
                "month": start,
                "to_ship": shipping.total(start, end, 0),
                "on_time": shipping.total(start, end, 1),
                "on_time_tracked": shipping.total(start, end, 2),
                "messages": threads.total(start, end, 0),
                "within_48h": threads.total(start, end, 1),
                "within_24h": threads.total(start, end, 2),
            }
        )
    return out


def rating_distribution(data: DailyData, start: date | None = None) -> list[int]:
    """Reviews of 1..5 stars (excluded ones too) from `start` (default: 12 months back) to as-of."""
    start = start or months(data.as_of)[0][0]
    counts = [0] * 5
    s, e = start.isoformat(), data.as_of.isoformat()
    for day, row in data.reviews.items():
        if s <= day < e:
            for i in range(5):
                counts[i] += row[4 + i]
    return counts


def counted_problem_days(data: DailyData) -> list[date]:
    """Order days of the problem orders that count (with exclusions) as of the data's day."""
    as_of = data.as_of.toordinal()
    return [date.fromordinal(p.od) for p in data.problems.values() if p.cf is not None and p.cf <= as_of]
