"""Property: for any small shop, `shop_status`'s ODR figures equal a plain reading of RULES.md 1."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from sellerdesk.core.odr import EXCLUSION_REASONS
from sellerdesk.core.records import CASE_RESOLUTIONS, ORDER_STATUSES
from sellerdesk.store.standards import shop_status
from sellerdesk.store.store import Store

AS_OF = date(2026, 6, 30)


@dataclass
class Event:
    day: date
    excluded: str | None
    rating: int | None = None  # None: a case
    resolution: str | None = None


@dataclass
class Order:
    order_id: str
    day: date
    status: str
    events: list[Event] = field(default_factory=list)


exclusion = st.one_of(st.none(), st.none(), st.sampled_from(EXCLUSION_REASONS))


@st.composite
def orders(draw, index: int) -> Order:
    day = AS_OF + timedelta(days=draw(st.integers(-140, 3)))
    status = draw(st.sampled_from(ORDER_STATUSES + ("delivered", "open")))  # canceled 1 in 6
    # Reviews and cases on distinct days (one of each kind per order and day), some after the as-of date.
    review_days = draw(st.lists(st.integers(0, 40), max_size=2, unique=True))
    case_days = draw(st.lists(st.integers(0, 40), max_size=2, unique=True))
    events = [Event(day + timedelta(days=d), draw(exclusion), rating=draw(st.integers(1, 5))) for d in review_days]
    events += [
        Event(
            day + timedelta(days=d),
            draw(exclusion),
            resolution=draw(st.one_of(st.none(), st.sampled_from(CASE_RESOLUTIONS))),
        )
        for d in case_days
    ]
    return Order(f"o{index}", day, status, events)


@st.composite
def shops(draw) -> tuple[list[Order], int, int]:
    count = draw(st.integers(0, 30))
    length = draw(st.sampled_from((60, 60, 30)))
    lag = draw(st.sampled_from((30, 30, 0, 10)))
    return [draw(orders(n)) for n in range(count)], length, lag


def expected(shop: list[Order], length: int, lag: int) -> dict:
    """RULES.md 1, read literally, over the records as of AS_OF."""
    end = AS_OF - timedelta(days=lag)
    start = end - timedelta(days=length)

    def problem(order: Order, strict: bool) -> bool:
        # A review of 2 stars or fewer, or a case, known by the as-of date; excluded ones only when strict.
        return any(
            e.day <= AS_OF and (e.rating is None or e.rating <= 2) and (strict or e.excluded is None)
            for e in order.events
        )

    live = [o for o in shop if o.status != "canceled" and o.day <= AS_OF]
    window = [o for o in live if start <= o.day < end]
    n = len(window)
    k = sum(problem(o, False) for o in window)
    all_time = sum(problem(o, False) for o in live)
    return {
        "window": {"start": start.isoformat(), "end": end.isoformat()},
        "orders": n,
        "problem_orders": k,
        "rate": None if n == 0 else k / n,
        "strict_problem_orders": sum(problem(o, True) for o in window),
        "problem_orders_all_time": all_time,
        "strict_problem_orders_all_time": sum(problem(o, True) for o in live),
        "warning": n > 0 and 100 * k >= n and all_time >= 3 and k >= 2,
        "pipeline": sorted(o.order_id for o in live if o.day >= end and problem(o, False)),
    }


@cache
def blank_shop_file() -> Path:
    """One migrated shop file, copied for each example (migrating takes most of the time)."""
    folder = Path(tempfile.mkdtemp(prefix="sellerdesk-blank-"))
    atexit.register(shutil.rmtree, folder, True)
    path = folder / "blank.sellerdesk"
    Store.open(path).close()
    return path


@settings(max_examples=50, deadline=None)
@given(shops())
def test_odr_figures_match_the_rules(shop):
    orders_, length, lag = shop
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "shop.sellerdesk"
        shutil.copyfile(blank_shop_file(), path)
        store = Store.open(path)
        try:
            with store.write("settings", "orders", "reviews", "cases"):  # one transaction
                store.set_setting("odr_window_days", str(length))
                store.set_setting("odr_lag_days", str(lag))
                store.upsert_orders(
                    [{"order_id": o.order_id, "order_date": o.day.isoformat(), "status": o.status} for o in orders_]
                )
                store.upsert(
                    "reviews",
                    [
                        {
                            "order_id": o.order_id,
                            "review_date": e.day.isoformat(),
                            "rating": e.rating,
                            "excluded_reason": e.excluded,
                        }
                        for o in orders_
                        for e in o.events
                        if e.rating is not None
                    ],
                )
                store.upsert(
                    "cases",
                    [
                        {
                            "order_id": o.order_id,
                            "opened_date": e.day.isoformat(),
                            "reason": "other",
                            "resolution": e.resolution,
                            "closed_date": e.day.isoformat() if e.resolution else None,
                            "excluded_reason": e.excluded,
                        }
                        for o in orders_
                        for e in o.events
                        if e.rating is None
                    ],
                )
            odr = shop_status(store, AS_OF)["odr"]
        finally:
            store.close()
    want = expected(orders_, length, lag)
    got = {key: odr[key] for key in want if key != "pipeline"}
    got["pipeline"] = sorted(p["order_id"] for p in odr["pipeline"])
    assert got == want
