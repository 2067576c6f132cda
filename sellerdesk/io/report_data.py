"""What the monthly report shows, gathered from the store (no Qt): the PDF writer only words and lays it out.

A month's report is computed **as of the first day after the month** (October 2026 -> as of
2026-11-01), the day `sellerdesk status --as-of 2026-11-01` answers for: the service standards'
90 days end with the month's last day, the Star Seller evaluation is the one made on that 1st
(over the month and the two before it), and the ODR window is the one Etsy looks at when the
month is over. A month not over yet is reported as of the shop's today, like `status`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sellerdesk.core import standards as css
from sellerdesk.store.problem_list import ProblemOrderRow, causes, problem_order_rows
from sellerdesk.store.queries import daily_orders
from sellerdesk.store.standards import shop_status
from sellerdesk.store.store import Store
from sellerdesk.store.trend import Trend, load_daily, odr_trend


class ReportError(ValueError):
    """A month the report cannot be made for (one line: what, and what to do)."""


def parse_month(text: str) -> date:
    """'2026-10' -> 2026-10-01; anything else is a ReportError saying what is expected."""
    parts = text.strip().split("-")
    if len(parts) == 2 and all(p.isascii() and p.isdigit() for p in parts) and len(parts[0]) == 4:
        year, month = int(parts[0]), int(parts[1])
        if 1 <= month <= 12 and year >= 1:
            return date(year, month, 1)
    raise ReportError(f"'{text}' is not a month; write it as YYYY-MM, e.g. 2026-10")


def month_as_of(month: date, today: date) -> date:
    """The as-of day of the month's report: the 1st after the month, or today while the month runs."""
    first = month.replace(day=1)
    if first > today:
        raise ReportError(
            f"{first:%Y-%m} has not begun yet (today is {today.isoformat()}); choose this month or an earlier one"
        )
    return min(css.add_months(first, 1), today)


def last_month(today: date) -> date:
    """The first day of the month before today's (the dialog's default)."""
    return css.add_months(today.replace(day=1), -1)


@dataclass
class MonthlyReport:
    month: date  # the month's first day
    as_of: date
    complete: bool  # False: the month is still running, figures as of today
    status: dict[str, Any]  # shop_status(store, as_of), exactly what `status --json` prints
    month_orders: int  # non-canceled orders placed in the month
    month_sales_minor: int  # their totals in the shop's currency
    window_problems: list[ProblemOrderRow]  # problem orders placed in the ODR window (counted and excluded)
    coming_problems: list[ProblemOrderRow]  # placed after the window: they enter it later
    causes: dict[str, tuple[int, int]]  # per cause in the window: (counted orders, excluded orders)
    trend: Trend  # the ODR of each of the 365 days ending with as-of


def gather(store: Store, month: date, today: date | None = None) -> MonthlyReport:
    """Everything the report shows for `month`, as of `month_as_of(month, today)` (today: the shop's)."""
    month = month.replace(day=1)
    as_of = month_as_of(month, today or store.today())
    status = shop_status(store, as_of)
    window = status["odr"]["window"]
    start, end = date.fromisoformat(window["start"]), window["end"]
    rows = problem_order_rows(store.db, start, as_of)
    in_window = [r for r in rows if r.order_date < end]
    coming = [r for r in rows if r.order_date >= end]
    month_end = css.add_months(month, 1)
    days = daily_orders(store.db, month, month_end, store.shop()["currency"])
    trend = odr_trend(load_daily(store.db, as_of, parts=("orders", "problems")))
    return MonthlyReport(
        month=month,
        as_of=as_of,
        complete=as_of == month_end,
        status=status,
        month_orders=sum(v[0] for v in days.values()),
        month_sales_minor=sum(v[1] for v in days.values()),
        window_problems=in_window,
        coming_problems=coming,
        causes=causes(in_window),
        trend=trend,
    )
