"""Customer Service Standards and Star Seller figures of `shop_status` (RULES.md 2 and 3)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from shopkit import add_case, add_message, add_order, add_orders, add_review, add_thread, at

from sellerdesk.core import standards as css
from sellerdesk.store.standards import shop_status

AS_OF = date(2026, 6, 30)  # CSS window: 2026-04-01 .. 2026-06-29 (ends the day before)


def standards(store, as_of: date = AS_OF) -> dict:
    return shop_status(store, as_of)["standards"]


def metric(m: dict) -> tuple:
    return m["count"], m["total"], m["meets"]


def test_css_window_is_the_90_days_before_as_of(store):
    assert standards(store)["window"] == {"start": "2026-04-01", "end": "2026-06-30"}


def test_empty_shop_has_nothing_to_judge(store):
    s = standards(store)
    for name in ("message_response", "on_time_shipping"):
        assert s[name]["total"] == 0 and s[name]["rate"] is None and s[name]["meets"] is None
    assert metric(s["reviews"]) == (0, 0, True)
    assert metric(s["case_rate"]) == (0, 0, True)


# -- message response --------------------------------------------------------------------------


def test_message_response_within_48_hours_of_the_first_buyer_message(store):
    t = at(date(2026, 5, 4), 10)
    add_thread(store, "47h", t, timedelta(hours=47))
    add_thread(store, "48h", t, timedelta(hours=48))
    add_thread(store, "49h", t, timedelta(hours=49))
    add_thread(store, "never", t, None)
    add_thread(store, "spam", t, None, spam=1)
    # Etsy's own message is not a reply.
    add_message(store, "etsy-then-late", "buyer", t)
    add_message(store, "etsy-then-late", "etsy", t + timedelta(hours=1))
    add_message(store, "etsy-then-late", "seller", t + timedelta(hours=50))
    # Only the thread's first buyer message counts, and it starts the clock.
    add_message(store, "twice", "buyer", t)
    add_message(store, "twice", "buyer", t + timedelta(hours=30))
    add_message(store, "twice", "seller", t + timedelta(hours=50))
    # A thread the seller started is not incoming: the buyer's answer in it never counts (RULES.md 2).
    add_message(store, "seller-first", "seller", t - timedelta(hours=1))
    add_message(store, "seller-first", "buyer", t)
    # A conversation Etsy started with no buyer message is not a first message.
    add_message(store, "etsy-only", "etsy", t)
    # Outside the window.
    add_thread(store, "before", at(date(2026, 3, 31), 12), None)
    add_thread(store, "today", at(date(2026, 6, 30), 1), None)
    m = standards(store)["message_response"]
    assert (m["count"], m["total"]) == (2, 6)
    assert m["rate"] == pytest.approx(2 / 6)
    assert m["meets"] is False


def test_unanswered_message_still_inside_its_48_hours_is_not_judged_yet(store):
    add_thread(store, "waiting", at(date(2026, 6, 29), 8), None)
    add_thread(store, "overdue", at(date(2026, 6, 27), 23), None)
    add_thread(store, "answered", at(date(2026, 6, 29), 8), timedelta(hours=2))
    m = standards(store)["message_response"]
    assert (m["count"], m["total"]) == (1, 2)


def test_message_days_are_shop_local(store):
    store.update_shop(timezone="America/New_York")
    # 02:00 UTC on 1 April is still 31 March in New York: before the window.
    add_thread(store, "edge", datetime(2026, 4, 1, 2, 0, tzinfo=UTC), timedelta(hours=1))
    add_thread(store, "inside", datetime(2026, 4, 1, 5, 0, tzinfo=UTC), timedelta(hours=1))
    assert metric(standards(store)["message_response"]) == (1, 1, True)


@pytest.mark.parametrize("answered, total, meets", [(4, 5, True), (79, 100, False), (80, 100, True), (0, 0, None)])
def test_message_response_standard_is_80_percent(answered, total, meets):
    assert css.message_response(answered, total).meets is meets


# -- on-time shipping ---------------------------------------------------------------------------


def _shipping_shop(store) -> None:
    monday = date(2026, 6, 1)  # processing 3 business days -> ship by Thursday 2026-06-04
    add_order(store, "ontime", monday, processing_max=3, shipped="2026-06-04", tracking="1Z1", status="shipped")
    add_order(store, "late", monday, processing_max=3, shipped="2026-06-05", tracking="1Z2", status="shipped")
    add_order(
        store,
        "extended",
        monday,
        processing_max=3,
        ship_by_extended="2026-06-10",
        shipped="2026-06-09",
        status="shipped",
    )
    add_order(store, "unshipped", monday, processing_max=3)
    add_order(store, "digital", monday, processing_max=3, digital=1)
    add_order(store, "canceled", monday, processing_max=3, status="canceled")
    add_order(store, "no-processing-time", monday, shipped="2026-06-20", status="shipped")
    add_order(store, "due-after-as-of", "2026-06-26", processing_max=5)  # ship by 2026-07-03
    add_order(store, "due-before-window", "2026-03-30", processing_max=1)  # ship by 2026-03-31


def test_on_time_shipping_by_the_possibly_extended_ship_by_date(store):
    _shipping_shop(store)
    assert store.get("orders", "ontime")["ship_by"] == "2026-06-04"
    assert store.get("orders", "no-processing-time")["ship_by"] is None
    m = standards(store)["on_time_shipping"]
    assert (m["count"], m["total"]) == (2, 4)  # ontime, extended / + late, unshipped
    assert m["rate"] == 0.5
    assert m["meets"] is False


def test_star_seller_shipping_also_needs_tracking(store):
    _shipping_shop(store)
    running = shop_status(store, AS_OF)["star_seller"]["running_period"]
    assert running["period"] == {"start": "2026-04-01", "end": "2026-06-30"}
    assert metric(running["shipping"]) == (1, 4, False)  # "extended" was on time but untracked


@pytest.mark.parametrize("on_time, total, meets", [(8, 10, True), (799, 1000, False), (1, 1, True)])
def test_on_time_standard_is_80_percent(on_time, total, meets):
    assert css.on_time_shipping(on_time, total).meets is meets


# -- reviews ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "reviews, low, meets",
    [
        (10, 4, True),
        (10, 5, False),
        (39, 4, True),
        (39, 5, False),
        (40, 3, True),
        (40, 4, False),
        (100, 9, True),
        (100, 10, False),
    ],
)
def test_reviews_metric(store, reviews, low, meets):
    ids = add_orders(store, "o", reviews + 2, "2026-04-20")
    ratings = [(1, 2, 3)[n % 3] for n in range(low)] + [(4, 5)[n % 2] for n in range(reviews - low)]
    store.upsert(
        "reviews",
        [
            {"order_id": i, "review_date": "2026-05-15", "rating": rating, "text": "", "excluded_reason": None}
            for i, rating in zip(ids, ratings, strict=False)
        ],
    )
    add_review(store, ids[-2], "2026-03-31", 1)  # before the window
    add_review(store, ids[-1], "2026-06-30", 1)  # the as-of day is not in the window yet
    assert metric(standards(store)["reviews"]) == (low, reviews, meets)


# -- case rate ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "orders, refunded, meets",
    [
        (100, 3, True),
        (100, 4, False),
        (299, 3, True),
        (299, 4, False),
        (300, 2, True),
        (300, 3, False),
        (400, 3, True),
        (400, 4, False),
    ],
)
def test_case_rate(store, orders, refunded, meets):
    ids = add_orders(store, "o", orders, "2026-05-01")
    for order_id in ids[:refunded]:
        add_case(store, order_id, "2026-05-10", resolution="refunded_by_seller", closed="2026-05-12")
    # Not from the seller's money, or closed outside the window: not counted.
    add_case(store, ids[-1], "2026-05-10", resolution="refunded_by_etsy", closed="2026-05-12")
    add_order(store, "old", "2026-03-01")
    add_case(store, "old", "2026-03-10", resolution="refunded_by_seller", closed="2026-03-12")
    add_case(store, ids[-2], "2026-05-10")  # still open
    m = standards(store)["case_rate"]
    assert (m["count"], m["total"], m["meets"]) == (refunded, orders, meets)


def test_case_rate_counts_an_order_once(store):
    ids = add_orders(store, "o", 10, "2026-05-01")
    add_case(store, ids[0], "2026-05-10", resolution="refunded_by_seller", closed="2026-05-12")
    add_case(store, ids[0], "2026-05-20", resolution="refunded_by_seller", closed="2026-05-22")
    assert standards(store)["case_rate"]["count"] == 1


# -- Star Seller --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "as_of, evaluated, last, running, following",
    [
        ("2026-11-23", "2026-11-01", ("2026-08-01", "2026-11-01"), ("2026-09-01", "2026-11-23"), "2026-12-01"),
        ("2026-01-15", "2026-01-01", ("2025-10-01", "2026-01-01"), ("2025-11-01", "2026-01-15"), "2026-02-01"),
        ("2026-03-01", "2026-03-01", ("2025-12-01", "2026-03-01"), ("2026-01-01", "2026-03-01"), "2026-04-01"),
        ("2026-12-31", "2026-12-01", ("2026-09-01", "2026-12-01"), ("2026-10-01", "2026-12-31"), "2027-01-01"),
    ],
)
def test_star_seller_evaluation_and_running_period(store, as_of, evaluated, last, running, following):
    star = shop_status(store, date.fromisoformat(as_of))["star_seller"]
    assert star["last_evaluation"]["evaluated_on"] == evaluated
    assert star["last_evaluation"]["period"] == {"start": last[0], "end": last[1]}
    assert star["running_period"]["period"] == {"start": running[0], "end": running[1]}
    assert star["running_period"]["next_evaluation"] == following


STAR_AS_OF = date(2026, 11, 23)  # last evaluation: 2026-11-01 over 2026-08-01 .. 2026-10-31


def _star_shop(
    store, *, price: int = 6000, orders: int = 5, first_sale: str = "2026-05-01", currency: str = "USD"
) -> None:
    """A shop that earns Star Seller on 2026-11-01 (and each test then spoils one thing)."""
    if currency != "USD":
        store.update_shop(currency=currency)
    add_order(
        store,
        "first",
        first_sale,
        status="delivered",
        shipped=first_sale,
        delivered_date=first_sale,
        total_minor=0,
        currency=currency,
        digital=1,
    )
    for n in range(orders):
        order_id = f"s{n}"
        add_order(
            store,
            order_id,
            "2026-09-01",
            processing_max=2,
            shipped="2026-09-03",
            tracking=f"9400{n}",
            status="shipped",
            total_minor=price,
            currency=currency,
        )
        add_review(store, order_id, "2026-09-20", 5)
        add_thread(store, f"t{n}", at(date(2026, 9, 2), 9), timedelta(minutes=1), sender="auto")


def last_evaluation(store) -> dict:
    return shop_status(store, STAR_AS_OF)["star_seller"]["last_evaluation"]


def test_star_seller_earned(store):
    _star_shop(store)
    last = last_evaluation(store)
    assert metric(last["message_response"]) == (5, 5, True)  # auto-replies count
    assert metric(last["shipping"]) == (5, 5, True)
    assert last["rating"] == {"average": 5.0, "count": 5, "meets": True, "target": ">= 4.8"}
    assert metric(last["case_rate"]) == (0, 5, True)
    minimums = last["minimums"]
    assert minimums["orders"] == 5 and minimums["sales_minor"] == 30000
    assert minimums["sales_needed_minor"] == 30000 and minimums["currency"] == "USD"
    assert minimums["days_since_first_sale"] == 184
    assert minimums["meets"] is True
    assert last["star_seller"] is True


def test_star_response_within_24_hours(store):
    _star_shop(store)
    # Answered in 30 h: fine for the 48 h standard, not for Star Seller's 24 h.
    add_thread(store, "slow", at(date(2026, 9, 10), 9), timedelta(hours=30))
    last = last_evaluation(store)
    assert metric(last["message_response"]) == (5, 6, False)
    assert last["star_seller"] is False
    assert metric(shop_status(store, date(2026, 10, 1))["standards"]["message_response"]) == (6, 6, True)


def test_star_response_95_percent(store):
    _star_shop(store)
    for n in range(14):
        add_thread(store, f"fast{n}", at(date(2026, 9, 10), 9), timedelta(hours=23, minutes=59))
    add_thread(store, "slow", at(date(2026, 9, 10), 9), timedelta(hours=24, minutes=1))
    assert metric(last_evaluation(store)["message_response"]) == (19, 20, True)  # exactly 95%
    add_thread(store, "slow2", at(date(2026, 9, 11), 9), timedelta(hours=25))
    assert metric(last_evaluation(store)["message_response"]) == (19, 21, False)


def test_star_shipping_without_tracking_fails(store):
    _star_shop(store)
    add_order(
        store, "untracked", "2026-09-01", processing_max=2, shipped="2026-09-02", status="shipped", total_minor=6000
    )
    last = last_evaluation(store)
    assert metric(last["shipping"]) == (5, 6, False)
    assert last["star_seller"] is False


@pytest.mark.parametrize("extra_rating, meets", [(4, True), (3, False), (1, False)])
def test_star_rating_average(store, extra_rating, meets):
    _star_shop(store)
    add_review(store, "s0", "2026-09-25", extra_rating)  # (25 + 4) / 6 = 4.83; (25 + 3) / 6 = 4.67
    rating = last_evaluation(store)["rating"]
    assert rating["count"] == 6
    assert rating["average"] == pytest.approx((25 + extra_rating) / 6)
    assert rating["meets"] is meets


def test_star_rating_exactly_4_8_meets(store):
    _star_shop(store)
    for n, rating in enumerate((5, 5, 5, 4, 4)):  # 25 + 23 = 48 over 10 reviews
        add_review(store, "first", f"2026-09-2{n}", rating)
    rating = last_evaluation(store)["rating"]
    assert (rating["count"], rating["average"], rating["meets"]) == (10, 4.8, True)
    add_review(store, "s1", "2026-09-25", 4)  # 52 over 11 = 4.73
    rating = last_evaluation(store)["rating"]
    assert (rating["count"], rating["meets"]) == (11, False)


@pytest.mark.parametrize(
    "currency, price, orders, meets",
    [
        ("USD", 6000, 5, True),  # 300.00
        ("USD", 5999, 5, False),  # 299.95
        ("USD", 7500, 4, False),  # 300.00 but only 4 orders
        ("EUR", 5000, 5, True),  # 250.00
        ("EUR", 4999, 5, False),
        ("GBP", 4000, 5, True),  # 200.00
        ("GBP", 3999, 5, False),
        ("CAD", 7000, 5, True),  # 350.00
        ("CAD", 6999, 5, False),
        ("AUD", 7000, 5, True),
        ("AUD", 6000, 5, False),
    ],
)
def test_star_minimum_orders_and_sales_by_currency(store, currency, price, orders, meets):
    _star_shop(store, currency=currency, price=price, orders=orders)
    minimums = last_evaluation(store)["minimums"]
    assert minimums["sales_minor"] == price * orders
    assert minimums["meets"] is meets
    assert last_evaluation(store)["star_seller"] is meets


def test_star_sales_count_only_the_shop_currency(store):
    _star_shop(store, price=5000)  # 250 USD
    add_order(
        store,
        "euro",
        "2026-09-01",
        processing_max=2,
        shipped="2026-09-03",
        tracking="9400x",
        status="shipped",
        total_minor=10000,
        currency="EUR",
    )
    minimums = last_evaluation(store)["minimums"]
    assert (minimums["orders"], minimums["sales_minor"], minimums["meets"]) == (6, 25000, False)


@pytest.mark.parametrize("first_sale, days, meets", [("2026-08-03", 90, True), ("2026-08-04", 89, False)])
def test_star_needs_90_days_since_the_first_sale(store, first_sale, days, meets):
    _star_shop(store, first_sale=first_sale)
    minimums = last_evaluation(store)["minimums"]
    assert minimums["days_since_first_sale"] == days
    assert minimums["meets"] is meets


def test_star_case_rate_uses_the_case_standard(store):
    _star_shop(store)
    for n in range(4):
        add_case(store, f"s{n}", "2026-09-10", resolution="refunded_by_seller", closed="2026-09-15")
    last = last_evaluation(store)
    assert metric(last["case_rate"]) == (4, 5, False)
    assert last["star_seller"] is False


# -- percentages --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "count, total, decimals, shown",
    [
        (9446, 10000, 1, "94.4%"),
        (9499, 10000, 1, "94.9%"),  # never rounds up to the 95% threshold
        (7999, 10000, 1, "79.9%"),
        (19, 20, 1, "95.0%"),
        (2, 3, 1, "66.6%"),
        (1, 100, 2, "1.00%"),
        (99, 10000, 2, "0.99%"),
        (1, 101, 2, "0.99%"),
        (9446, 10000, 0, "94%"),
        (0, 5, 1, "0.0%"),
        (5, 5, 1, "100.0%"),
        (0, 0, 1, "—"),
    ],
)
def test_format_percent_truncates(count, total, decimals, shown):
    assert css.format_percent(count, total, decimals) == shown


@pytest.mark.parametrize("value, shown", [(0.9499, "94.9%"), (0.9446, "94.4%"), (0.01, "1.0%"), (None, "—")])
def test_format_rate_truncates(value, shown):
    assert css.format_rate(value) == shown


def test_star_days_since_first_sale_are_counted_as_of_the_evaluation(store):
    # The first sale came after the last evaluation (2026-11-01): on that day there was no sale yet.
    add_order(store, "first", "2026-11-10")
    star = shop_status(store, STAR_AS_OF)["star_seller"]
    assert star["running_period"]["minimums"]["days_since_first_sale"] == 13
    last = star["last_evaluation"]["minimums"]
    assert last["days_since_first_sale"] is None  # not -9
    assert last["meets"] is False
