"""The charts' figures from per-day rows: the daily summary tables, then prefix sums.

`load_daily(db, as_of)` reads what the dashboard's charts show as of a day (orders, shipping,
problem orders, reviews, seller-refunded cases, message threads) as per-day rows, and
`odr_trend` gives the ODR of every day of the last 12 months from them. The gauges' figures
come from the standards engine (`store.standards.shop_status`); a test holds the two to agree.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sellerdesk.core import odr as rules
from sellerdesk.core import standards as css
from sellerdesk.core.settings import RuleSettings
from sellerdesk.store.connection import Database
from sellerdesk.store.queries import daily_orders, daily_shipping, first_sale
from sellerdesk.store.store import Store

TREND_DAYS = 365
ONE = timedelta(days=1)


class ProblemOrder:
    """A problem order's day and the first days it counts (ordinals kept for the trend)."""

    __slots__ = ("order_date", "counted_from", "strict_from", "od", "cf", "sf")

    def __init__(self, order_date: str, counted_from: str | None, strict_from: str) -> None:
        self.order_date = order_date
        self.counted_from = counted_from  # first non-excluded event day
        self.strict_from = strict_from  # first event day
        self.od = date.fromisoformat(order_date).toordinal()
        self.cf = date.fromisoformat(counted_from).toordinal() if counted_from else None
        self.sf = date.fromisoformat(strict_from).toordinal()


@dataclass
class DailyData:
    """Per-day rows behind the dashboard's charts, as of one day."""

    as_of: date
    settings: RuleSettings
    shop: dict[str, Any]
    start: date  # first order day held (the first trend day's window)
    chart_start: date  # first day held of shipping, reviews, refunded cases, threads
    orders: dict[str, list[int]]  # order day -> [orders, sales in the shop currency]
    shipping: dict[str, list[int]]  # ship-by day -> [to ship, on time, on time with tracking]
    problems: dict[str, ProblemOrder]  # all time
    reviews: dict[str, list[int]]  # day -> [all, <=3 not excl, sum not excl, n not excl, 1..5 stars]
    refunded: dict[int, tuple[str, str]]  # case id -> (closed day, order id)
    threads: dict[str, list[int]]  # first buyer day -> [first messages, <= 48 h, <= 24 h]
    first_sale: date | None = None


def span_start(as_of: date, settings: RuleSettings) -> tuple[date, date]:
    """The first order day and the first other day any figure or chart of the dashboard needs."""
    window = rules.odr_window(as_of - timedelta(days=TREND_DAYS - 1), settings.odr_window_days, settings.odr_lag_days)
    _, last_start, _ = css.star_evaluation_dates(as_of)
    css_start, _ = css.css_window(as_of)
    charts = min(last_start, css_start, css.add_months(as_of.replace(day=1), -11))
    return min(window.start, charts), charts


# -- reading ----------------------------------------------------------------------------------
def rows_at_once(db: Database, sql: str, columns: Sequence[str], params: Any = ()) -> list[list[Any]]:
    """The rows of `sql` (its result `columns`, in order) as lists, built by SQLite into one JSON value.

    The dashboard reads on worker threads while matplotlib loads on another: a fetched row must take the
    interpreter back from that thread, up to a switch interval (5 ms) each, so thousands of rows would take
    seconds. One JSON row crosses once, and SQLite builds it as fast as it steps the rows. Values keep their
    types (integers, reals, text, None); the rows come in the query's order."""
    wrapped = f"SELECT json_group_array(json_array({', '.join(columns)})) FROM ({sql})"
    return json.loads(db.execute(wrapped, params).fetchone()[0])


def read_orders(db: Database, start: date, end: date, currency: str) -> dict[str, list[int]]:
    return {day: list(v) for day, v in daily_orders(db, start, end, currency).items()}


def read_shipping(db: Database, start: date, end: date) -> dict[str, list[int]]:
    return {day: list(v) for day, v in daily_shipping(db, start, end).items()}


def read_problems(db: Database, order_ids: list[str] | None = None) -> dict[str, ProblemOrder]:
    """Every non-canceled problem order, from the `problem_orders` summary the triggers keep."""
    sql = "SELECT order_id, order_date, counted_from, strict_from FROM problem_orders WHERE NOT canceled"
    columns = ("order_id", "order_date", "counted_from", "strict_from")
    if order_ids is None:
        rows = rows_at_once(db, sql, columns)
    else:
        marks = ", ".join("?" for _ in order_ids)
        rows = rows_at_once(db, f"{sql} AND order_id IN ({marks})", columns, order_ids)
    return {r[0]: ProblemOrder(r[1], r[2], r[3]) for r in rows if r[1] is not None}


def read_reviews(db: Database, start: date, end: date) -> dict[str, list[int]]:
    """Per review day: [reviews, low not excluded, rating sum and count not excluded, count per rating 1-5]."""
    rows = rows_at_once(
        db,
        "SELECT day, rating, is_excluded, review_count FROM review_days WHERE day >= ? AND day < ?",
        ("day", "rating", "is_excluded", "review_count"),
        [start.isoformat(), end.isoformat()],
    )
    out: dict[str, list[int]] = {}
    for day, rating, excluded, n in rows:
        v = out.setdefault(day, [0] * 9)
        v[0] += n
        if not excluded:
            v[1] += n if rating <= css.LOW_REVIEW_MAX_RATING else 0
            v[2] += rating * n
            v[3] += n
        v[3 + rating] += n
    return out


def read_refunded(db: Database, start: date, end: date) -> dict[int, tuple[str, str]]:
    rows = rows_at_once(
        db,
        """SELECT id, closed_date, order_id FROM cases WHERE resolution = 'refunded_by_seller'
           AND closed_date >= ? AND closed_date < ? AND excluded_reason IS NULL""",
        ("id", "closed_date", "order_id"),
        [start.isoformat(), end.isoformat()],
    )
    return {r[0]: (r[1], r[2]) for r in rows}


def read_threads(db: Database, start: date, end: date) -> dict[str, list[int]]:
    """Per first-buyer day (for the monthly chart): first messages, answered within 48 h, 24 h."""
    rows = rows_at_once(
        db,
        """SELECT first_buyer_day AS day, count(*) AS first, coalesce(sum(response_seconds <= 172800), 0) AS h48,
                  coalesce(sum(response_seconds <= 86400), 0) AS h24
           FROM threads INDEXED BY ix_threads_day WHERE first_buyer_day >= ? AND first_buyer_day < ? AND spam = 0
           GROUP BY first_buyer_day""",
        ("day", "first", "h48", "h24"),
        [start.isoformat(), end.isoformat()],
    )
    return {r[0]: [r[1], r[2], r[3]] for r in rows}


def load_daily(db: Database, as_of: date, parts: tuple[str, ...] | None = None) -> DailyData:
    """Everything the charts show as of `as_of` (`parts`: only some of the tables)."""
    store = Store(db)  # the worker's own connection: Store's readers, no writes
    settings = store.rule_settings()
    shop = store.shop()
    start, charts = span_start(as_of, settings)
    want = parts or ("orders", "shipping", "problems", "reviews", "refunded", "threads")
    data = DailyData(
        as_of,
        settings,
        shop,
        start,
        charts,
        read_orders(db, start, as_of + ONE, shop["currency"]) if "orders" in want else {},
        read_shipping(db, charts, as_of) if "shipping" in want else {},
        read_problems(db) if "problems" in want else {},
        read_reviews(db, charts, as_of) if "reviews" in want else {},
        read_refunded(db, charts, as_of) if "refunded" in want else {},
        read_threads(db, charts, as_of) if "threads" in want else {},
    )
    if "orders" in want:
        data.first_sale = first_sale(db, as_of)
    return data


@dataclass(frozen=True)
class Trend:
    days: list[date]
    orders: list[int]
    problem_orders: list[int]
    strict_problem_orders: list[int]
    rates: list[float | None]
    strict_rates: list[float | None]
    warnings: list[bool]

    def on(self, day: date) -> dict[str, Any]:
        i = (day - self.days[0]).days
        return {
            "orders": self.orders[i],
            "problem_orders": self.problem_orders[i],
            "rate": self.rates[i],
            "strict_problem_orders": self.strict_problem_orders[i],
            "warning": self.warnings[i],
        }


def odr_trend(data: DailyData, days: int = TREND_DAYS) -> Trend:
    """The ODR of each of the `days` days ending at as-of: prefix sums and difference arrays."""
    length, lag = data.settings.odr_window_days, data.settings.odr_lag_days
    first = data.as_of - timedelta(days=days - 1)
    base = first - timedelta(days=length + lag)  # the first window's start
    span = (data.as_of - base).days + 1
    prefix = [0] * (span + 1)
    for i in range(span):
        row = data.orders.get((base + timedelta(days=i)).isoformat())
        prefix[i + 1] = prefix[i] + (row[0] if row else 0)
    counted, strict, all_time = [0] * (days + 1), [0] * (days + 1), [0] * (days + 1)
    f = first.toordinal()
    for p in data.problems.values():
        # in the window of as-of days [order + lag + 1, order + lag + length + 1)
        enters, leaves = p.od + lag + 1 - f, p.od + lag + length + 1 - f
        a, b = max(enters, p.sf - f, 0), min(leaves, days)
        if a < b:
            strict[a] += 1
            strict[b] -= 1
        if p.cf is not None:
            a = max(enters, p.cf - f, 0)
            if a < b:
                counted[a] += 1
                counted[b] -= 1
            all_time[min(max(p.od, p.cf) - f, days) if max(p.od, p.cf) >= f else 0] += 1
    n_list, k_list, s_list, rates, s_rates, warn = [], [], [], [], [], []
    k = s = a_t = 0
    for i in range(days):
        k, s, a_t = k + counted[i], s + strict[i], a_t + all_time[i]
        n = prefix[i + length] - prefix[i]
        n_list.append(n)
        k_list.append(k)
        s_list.append(s)
        rates.append(None if n == 0 else k / n)
        s_rates.append(None if n == 0 else s / n)
        warn.append(n > 0 and 100 * k >= n and a_t >= rules.MIN_PROBLEMS_ALL_TIME and k >= rules.MIN_PROBLEMS_IN_WINDOW)
    return Trend([first + timedelta(days=i) for i in range(days)], n_list, k_list, s_list, rates, s_rates, warn)
