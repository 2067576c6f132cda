"""The standards engine: SQL on indexed columns answers the counts, core rules give verdicts.

`shop_status(store, as_of)` returns the figures of RULES.md 1-3 as the JSON shape that
`sellerdesk status --json` prints and every page of the app shows.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sellerdesk.core import odr as rules
from sellerdesk.core import standards as css
from sellerdesk.core.capacity import SURGE_BEFORE_WEEKS, SURGE_RECENT_DAYS, capacity_json
from sellerdesk.core.records import utc_text
from sellerdesk.core.settings import RuleSettings
from sellerdesk.store.capacity import open_orders, shipped_in_pace_span
from sellerdesk.store.queries import (
    daily_orders,
    daily_reviews,
    daily_shipping,
    daily_thread_responses,
    first_sale,
    problem_orders_as_of,
    seller_refunded_cases,
)
from sellerdesk.store.store import Store


@dataclass(frozen=True)
class DailyCounts:
    """Per-day figures over a range, answering any sub-range sum without another query.

    Sums come from prefix sums over the sorted days (built once per column, on first use), so
    a total is two bisections: the ODR pipeline asks for hundreds of 60-day windows.
    """

    by_day: Mapping[str, Sequence[int]]
    _prefix: dict[int, tuple[list[str], list[int]]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def total(self, start: date, end: date, index: int = 0) -> int:
        if end <= start:
            return 0
        prefix = self._prefix.get(index)
        if prefix is None:
            days = sorted(self.by_day)
            sums = [0]
            for day in days:
                sums.append(sums[-1] + self.by_day[day][index])
            prefix = self._prefix[index] = (days, sums)
        days, sums = prefix
        return sums[bisect_left(days, end.isoformat())] - sums[bisect_left(days, start.isoformat())]


#: Tables the capacity section never reads: after an edit to these alone a caller may pass the previous
#: section back (`capacity=`) instead of reading the backlog again.
CAPACITY_BLIND = frozenset(
    {"reviews", "cases", "messages", "threads", "order_items", "saved_replies", "pending_reviews"}
)


def shop_status(
    store: Store, as_of: date, settings: RuleSettings | None = None, capacity: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The figures as of a day, under the shop's rule settings (or `settings`, to preview a change).
    `capacity`: the section computed for the same day before an edit to CAPACITY_BLIND tables only."""
    settings = settings or store.rule_settings()
    shop = store.shop()
    db = store.db
    window = rules.odr_window(as_of, settings.odr_window_days, settings.odr_lag_days)
    css_start, css_end = css.css_window(as_of)
    evaluated, last_start, running_start = css.star_evaluation_dates(as_of)

    range_start = min(window.start, css_start, last_start)
    orders = DailyCounts(daily_orders(db, range_start, as_of + timedelta(days=1), shop["currency"]))
    shipping = DailyCounts(daily_shipping(db, min(css_start, last_start), as_of))
    # One pass over the problem orders: the window's list and the all-time counts.
    every_problem = problem_orders_as_of(db, as_of)
    since = window.start.isoformat()
    problems = [p for p in every_problem if p[1] >= since]
    all_time = (sum(1 for p in every_problem if not p[2]), len(every_problem))

    odr = _odr_section(
        problems,
        all_time,
        orders,
        window,
        settings.odr_window_days,
        settings.odr_lag_days,
    )
    pending_cutoff = _local_midnight_utc(store, as_of) - timedelta(hours=css.CSS_RESPONSE_HOURS)
    # Per-day rows over every period below (the CSS window and both Star Seller periods).
    periods_start = min(css_start, last_start, running_start)
    day_starts = utc_text(_local_midnight_utc(store, as_of))
    threads = DailyCounts(
        daily_thread_responses(db, periods_start, as_of, utc_text(pending_cutoff), settings, day_starts)
    )
    review_days = DailyCounts(daily_reviews(db, periods_start, as_of, css.LOW_REVIEW_MAX_RATING, settings))
    by_closed = settings.refunded_case_by_closed_date

    def messages(start: date, end: date) -> tuple[int, int, int]:
        return threads.total(start, end, 0), threads.total(start, end, 1), threads.total(start, end, 2)

    total_msgs, within_48, _ = messages(css_start, css_end)
    reviews, low_reviews = review_days.total(css_start, css_end, 0), review_days.total(css_start, css_end, 1)
    standards = {
        "window": {"start": css_start.isoformat(), "end": css_end.isoformat()},
        "message_response": css.message_response(within_48, total_msgs).as_json(),
        "on_time_shipping": css.on_time_shipping(
            shipping.total(css_start, css_end, 1), shipping.total(css_start, css_end, 0)
        ).as_json(),
        "reviews": css.reviews_metric(low_reviews, reviews).as_json(),
        "case_rate": css.case_rate(
            seller_refunded_cases(db, css_start, css_end, by_closed), orders.total(css_start, css_end)
        ).as_json(),
    }

    def star(start: date, end: date, on: date) -> dict[str, Any]:
        first = first_sale(db, on)  # as the evaluation day saw it
        count, _, within_24 = messages(start, end)
        review_count, rating_sum = review_days.total(start, end, 2), review_days.total(start, end, 3)
        period_orders = orders.total(start, end)
        sales = orders.total(start, end, 1)
        minimums = {
            "orders": period_orders,
            "orders_needed": css.STAR_MIN_ORDERS,
            "sales_minor": sales,
            "sales_needed_minor": css.min_sales_minor(shop["currency"]),
            "currency": shop["currency"],
            "days_since_first_sale": (on - first).days if first else None,
            "meets": period_orders >= css.STAR_MIN_ORDERS
            and sales >= css.min_sales_minor(shop["currency"])
            and first is not None
            and (on - first).days >= css.STAR_MIN_DAYS_SINCE_FIRST_SALE,
        }
        section: dict[str, Any] = {
            "period": {"start": start.isoformat(), "end": end.isoformat()},
            "message_response": css.star_response(within_24, count).as_json(),
            "shipping": css.star_shipping(shipping.total(start, end, 2), shipping.total(start, end, 0)).as_json(),
            "rating": {
                "average": None if review_count == 0 else rating_sum / review_count,
                "count": review_count,
                "meets": css.rating_meets(rating_sum, review_count),
                "target": ">= 4.8",
            },
            "case_rate": css.case_rate(seller_refunded_cases(db, start, end, by_closed), period_orders).as_json(),
            "minimums": minimums,
        }
        checks = [section[k]["meets"] for k in ("message_response", "shipping", "rating", "case_rate")]
        section["star_seller"] = all(c is True for c in checks) and minimums["meets"]
        return section

    last = star(last_start, evaluated, evaluated)
    last["evaluated_on"] = evaluated.isoformat()
    running = star(running_start, as_of, as_of)
    running["next_evaluation"] = css.add_months(evaluated, 1).isoformat()
    return {
        "as_of": as_of.isoformat(),
        "shop": {"name": shop["name"], "currency": shop["currency"], "timezone": shop["timezone"]},
        "settings": {**settings.as_json(), "non_default": settings.non_default()},
        "odr": odr,
        "standards": standards,
        "star_seller": {"last_evaluation": last, "running_period": running},
        "capacity": capacity
        or capacity_json(
            as_of,
            store.calendar(),
            shipped_in_pace_span(store, as_of),
            open_orders(store),
            # Orders placed in the 7 days before the as-of day, and in the 56 days before those.
            orders.total(as_of - timedelta(days=SURGE_RECENT_DAYS), as_of),
            orders.total(
                as_of - timedelta(days=SURGE_RECENT_DAYS + 7 * SURGE_BEFORE_WEEKS),
                as_of - timedelta(days=SURGE_RECENT_DAYS),
            ),
        ),
    }


def _odr_section(
    problems: list[tuple[str, str, int]],
    all_time: tuple[int, int],
    orders: DailyCounts,
    window: rules.Window,
    length: int,
    lag: int,
) -> dict[str, Any]:
    """`problems`: (order id, order date, excluded) of problem orders placed since the window start."""
    ws, we = window.start.isoformat(), window.end.isoformat()
    in_window = [p for p in problems if ws <= p[1] < we]
    counted = sum(1 for p in in_window if not p[2])
    strict = len(in_window)
    n = orders.total(window.start, window.end)
    criteria = rules.warning_criteria(counted, n, all_time[0])
    strict_criteria = rules.warning_criteria(strict, n, all_time[1])
    per_day: dict[str, tuple[int]] = {}
    for _, day, excluded in problems:
        if not excluded:
            per_day[day] = (per_day.get(day, (0,))[0] + 1,)
    counted_by_day = DailyCounts(per_day)

    def rate_on(day: date) -> dict[str, Any]:
        w = rules.odr_window(day, length, lag)
        k = counted_by_day.total(w.start, w.end)
        total = orders.total(w.start, w.end)
        return {"orders": total, "problem_orders": k, "rate": rules.rate(k, total)}

    pipeline = []
    for order_id, order_day, excluded in sorted(problems, key=lambda p: p[1]):
        if excluded or order_day < we:
            continue
        enters, leaves = rules.entry_dates(date.fromisoformat(order_day), length, lag)
        pipeline.append(
            {
                "order_id": order_id,
                "order_date": order_day,
                "enters": enters.isoformat(),
                "leaves": leaves.isoformat(),
                "on_entry": rate_on(enters),
            }
        )
    return {
        "window": window.as_json(),
        "orders": n,
        "problem_orders": counted,
        "rate": rules.rate(counted, n),
        "strict_problem_orders": strict,
        "strict_rate": rules.rate(strict, n),
        "excluded_problem_orders": strict - counted,
        "limit": rules.ODR_LIMIT_FLOAT,
        "zone": rules.zone(counted, n),
        "problem_orders_all_time": all_time[0],
        "strict_problem_orders_all_time": all_time[1],
        "headroom": rules.headroom(counted, n),
        "clean_orders_needed": rules.clean_orders_needed(counted, n),
        "warning": criteria.warning,
        "criteria": criteria.as_json(),
        "strict_warning": strict_criteria.warning,
        "strict_criteria": strict_criteria.as_json(),
        "pipeline": pipeline,
    }


def _local_midnight_utc(store: Store, day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=store.timezone())
