"""ODR figures of `shop_status`, hand-computed (RULES.md 1).

As of 2026-06-30 the default window is 2026-04-01 (inclusive) to 2026-05-31 (exclusive):
60 days ending 30 days before the as-of date.
"""

from __future__ import annotations

from datetime import date

import pytest
from shopkit import add_case, add_order, add_orders, add_review

from sellerdesk.core import odr
from sellerdesk.store.standards import shop_status

AS_OF = date(2026, 6, 30)
IN_WINDOW = date(2026, 4, 10)
BEFORE_WINDOW = date(2026, 3, 1)
IN_LAG = date(2026, 6, 10)


def status(store, as_of: date = AS_OF) -> dict:
    return shop_status(store, as_of)["odr"]


def test_default_window_is_90_to_30_days_before_as_of(store):
    figures = status(store)
    assert figures["window"] == {"start": "2026-04-01", "end": "2026-05-31"}
    assert figures["limit"] == 0.01


def test_one_problem_order_in_100_is_already_at_the_limit(store):
    ids = add_orders(store, "o", 100, IN_WINDOW)
    add_review(store, ids[0], "2026-04-20", 2)
    figures = status(store)
    assert figures["orders"] == 100
    assert figures["problem_orders"] == 1
    assert figures["rate"] == 0.01
    assert figures["criteria"]["rate_at_or_over_limit"] is True
    assert figures["zone"] == "red"
    assert figures["headroom"] == 0
    assert figures["clean_orders_needed"] == 1  # 1 / 101 < 1%
    assert figures["warning"] is False  # only one problem order


def test_one_problem_order_in_101_is_below_the_limit(store):
    ids = add_orders(store, "o", 101, IN_WINDOW)
    add_case(store, ids[5], "2026-04-25")
    figures = status(store)
    assert (figures["orders"], figures["problem_orders"]) == (101, 1)
    assert figures["rate"] == pytest.approx(1 / 101)
    assert figures["criteria"]["rate_at_or_over_limit"] is False
    assert figures["zone"] == "amber"  # 0.99% is approaching the limit
    assert figures["headroom"] == 0  # 2 / 101 would be over
    assert figures["clean_orders_needed"] == 0


def test_order_with_low_reviews_and_cases_counts_once(store):
    ids = add_orders(store, "o", 50, IN_WINDOW)
    add_review(store, ids[0], "2026-04-15", 1)
    add_review(store, ids[0], "2026-04-18", 2)
    add_case(store, ids[0], "2026-04-16", reason="damaged")
    add_case(store, ids[0], "2026-04-19", reason="other")
    figures = status(store)
    assert figures["problem_orders"] == 1
    assert figures["strict_problem_orders"] == 1
    assert figures["problem_orders_all_time"] == 1
    assert figures["rate"] == pytest.approx(1 / 50)


def test_case_counts_regardless_of_resolution(store):
    ids = add_orders(store, "o", 10, IN_WINDOW)
    add_case(store, ids[0], "2026-04-15", resolution="closed_for_seller", closed="2026-04-20")
    add_case(store, ids[1], "2026-04-15", resolution="closed_by_buyer", closed="2026-04-16")
    assert status(store)["problem_orders"] == 2


@pytest.mark.parametrize("rating, problem", [(1, 1), (2, 1), (3, 0), (4, 0), (5, 0)])
def test_only_reviews_of_two_stars_or_fewer_are_problems(store, rating, problem):
    ids = add_orders(store, "o", 10, IN_WINDOW)
    add_review(store, ids[0], "2026-04-20", rating)
    figures = shop_status(store, AS_OF)
    assert figures["odr"]["problem_orders"] == problem
    assert figures["odr"]["problem_orders_all_time"] == problem
    # ... while the Customer Service Standards' reviews metric counts 3 stars or fewer.
    assert figures["standards"]["reviews"]["count"] == (1 if rating <= 3 else 0)
    assert figures["standards"]["reviews"]["total"] == 1


def test_excluded_events_lower_the_headline_but_not_the_strict_figure(store):
    ids = add_orders(store, "o", 100, IN_WINDOW)
    add_case(store, ids[0], "2026-04-20", excluded="accidental_case")
    add_review(store, ids[1], "2026-04-20", 1, excluded="abusive_review")
    # One excluded and one counted event: the order is still a problem order.
    add_review(store, ids[2], "2026-04-20", 1, excluded="abusive_review")
    add_case(store, ids[2], "2026-04-22")
    add_review(store, ids[3], "2026-04-21", 2)
    figures = status(store)
    assert figures["problem_orders"] == 2  # ids[2], ids[3]
    assert figures["strict_problem_orders"] == 4
    assert figures["excluded_problem_orders"] == 2
    assert figures["rate"] == 0.02
    assert figures["strict_rate"] == 0.04
    assert figures["problem_orders_all_time"] == 2
    assert figures["strict_problem_orders_all_time"] == 4


def test_excluded_review_does_not_make_a_problem_order(store):
    ids = add_orders(store, "o", 10, IN_WINDOW)
    add_review(store, ids[0], "2026-04-20", 1, excluded="carrier_delay")
    figures = status(store)
    assert (figures["problem_orders"], figures["strict_problem_orders"]) == (0, 1)
    assert figures["rate"] == 0.0
    assert figures["zone"] == "green"


def test_canceled_orders_are_in_no_odr_figure(store):
    add_orders(store, "o", 100, IN_WINDOW)
    add_order(store, "c-window", IN_WINDOW, status="canceled")
    add_review(store, "c-window", "2026-04-20", 1)
    add_order(store, "c-before", BEFORE_WINDOW, status="canceled")
    add_case(store, "c-before", "2026-03-05")
    add_order(store, "c-lag", IN_LAG, status="canceled")
    add_review(store, "c-lag", "2026-06-15", 1)
    figures = status(store)
    assert figures["orders"] == 100  # not 101
    assert figures["problem_orders"] == figures["strict_problem_orders"] == 0
    assert figures["problem_orders_all_time"] == figures["strict_problem_orders_all_time"] == 0
    assert figures["pipeline"] == []


def test_window_edges_start_inclusive_end_exclusive(store):
    for order_id, day in [
        ("before", "2026-03-31"),
        ("start", "2026-04-01"),
        ("last", "2026-05-30"),
        ("end", "2026-05-31"),
    ]:
        add_order(store, order_id, day)
        add_review(store, order_id, "2026-06-01", 1)
    figures = status(store)
    assert figures["orders"] == 2
    assert figures["problem_orders"] == 2
    assert figures["problem_orders_all_time"] == 4
    assert [p["order_id"] for p in figures["pipeline"]] == ["end"]
    # The next day, the order placed on the old end day is inside.
    tomorrow = status(store, date(2026, 7, 1))
    assert tomorrow["window"] == {"start": "2026-04-02", "end": "2026-06-01"}
    assert tomorrow["orders"] == 2  # "start" left, "end" entered
    assert tomorrow["pipeline"] == []


def test_no_orders_in_window_means_no_rate(store):
    add_order(store, "old", BEFORE_WINDOW)
    add_review(store, "old", "2026-03-10", 1)
    add_order(store, "new", IN_LAG)
    figures = status(store)
    assert figures["orders"] == 0
    assert figures["rate"] is None
    assert figures["strict_rate"] is None
    assert figures["zone"] == "none"
    assert figures["criteria"]["rate_at_or_over_limit"] is False
    assert figures["problem_orders_all_time"] == 1


def test_empty_shop(store):
    figures = status(store)
    assert figures["orders"] == 0 and figures["rate"] is None and figures["warning"] is False
    assert figures["headroom"] == 0 and figures["clean_orders_needed"] == 0


def test_review_written_after_the_as_of_date_does_not_count_yet(store):
    ids = add_orders(store, "o", 100, IN_WINDOW)
    add_review(store, ids[0], "2026-07-05", 1)
    assert status(store)["problem_orders"] == 0
    assert status(store, date(2026, 7, 5))["problem_orders"] == 1


def _problems(store, prefix: str, count: int, day: date, *, excluded: str | None = None) -> None:
    for order_id in add_orders(store, prefix, count, day):
        add_review(store, order_id, day, 1, excluded=excluded)


@pytest.mark.parametrize(
    "window_orders, window_problems, older_problems, criteria",
    [
        # rate below 1% (2 of 300), 3 all time, 2 in window
        (298, 2, 1, (False, True, True)),
        # 2% but only 2 problem orders since the first sale
        (98, 2, 0, (True, False, True)),
        # 2% and 3 all time, but only 1 problem order in the window
        (49, 1, 2, (True, True, False)),
        # all three
        (98, 2, 1, (True, True, True)),
    ],
)
def test_warning_needs_all_three_criteria(store, window_orders, window_problems, older_problems, criteria):
    add_orders(store, "clean", window_orders, IN_WINDOW)
    _problems(store, "p", window_problems, IN_WINDOW)
    _problems(store, "old", older_problems, BEFORE_WINDOW)
    figures = status(store)
    got = figures["criteria"]
    assert (got["rate_at_or_over_limit"], got["three_since_first_sale"], got["two_in_window"]) == criteria
    assert figures["warning"] is all(criteria)


def test_excluded_problems_do_not_count_towards_the_warning(store):
    add_orders(store, "clean", 98, IN_WINDOW)
    _problems(store, "p", 2, IN_WINDOW)
    _problems(store, "old", 1, BEFORE_WINDOW, excluded="natural_disaster")
    figures = status(store)
    assert figures["problem_orders_all_time"] == 2
    assert figures["criteria"]["three_since_first_sale"] is False
    assert figures["warning"] is False
    assert figures["strict_warning"] is True  # counting every event, Etsy's rule would fire


@pytest.mark.parametrize(
    "orders, problems, headroom, clean",
    [
        (250, 0, 2, 0),  # 2/250 = 0.8% < 1%, 3/250 = 1.2%
        (250, 1, 1, 0),
        (250, 3, 0, 51),  # 3/301 < 1% <= 3/300
        (100, 2, 0, 101),  # 2/201 < 1% <= 2/200
        (100, 1, 0, 1),
        (99, 0, 0, 0),  # 1/99 is over 1%
        (101, 0, 1, 0),
        (1000, 5, 4, 0),
    ],
)
def test_headroom_and_clean_orders_needed(store, orders, problems, headroom, clean):
    add_orders(store, "clean", orders - problems, IN_WINDOW)
    _problems(store, "p", problems, IN_WINDOW)
    figures = status(store)
    assert (figures["orders"], figures["problem_orders"]) == (orders, problems)
    assert figures["headroom"] == headroom
    assert figures["clean_orders_needed"] == clean
    # The definitions themselves, by brute force:
    keeps_below = [d for d in range(orders + 1) if 100 * (problems + d) < orders]
    assert headroom == (max(keeps_below) if keeps_below else 0)
    assert clean == min(c for c in range(100 * orders + 1) if 100 * problems < orders + c)


def test_pipeline_shows_entry_leave_and_rate_on_entry(store):
    add_orders(store, "early", 50, "2026-04-05")  # in today's window, gone by 2026-07-11
    both = add_orders(store, "mid", 99, "2026-05-10")  # in both windows
    add_review(store, both[0], "2026-05-20", 2)
    add_order(store, "coming", "2026-06-10")
    add_review(store, "coming", "2026-06-20", 1)
    add_orders(store, "late", 20, "2026-06-20")  # not yet in the window on 2026-07-11
    add_order(store, "protected", "2026-06-12")
    add_case(store, "protected", "2026-06-25", excluded="lost_in_transit_shipped_on_time")
    add_order(store, "meh", "2026-06-13")
    add_review(store, "meh", "2026-06-25", 3)
    figures = status(store)
    assert (figures["orders"], figures["problem_orders"]) == (149, 1)
    assert figures["pipeline"] == [
        {
            "order_id": "coming",
            "order_date": "2026-06-10",
            "enters": "2026-07-11",
            "leaves": "2026-09-09",
            "on_entry": {"orders": 100, "problem_orders": 2, "rate": 0.02},
        }
    ]
    # On the entry day it is counted, and the day before it is not.
    assert status(store, date(2026, 7, 11))["problem_orders"] == 2
    assert status(store, date(2026, 7, 10))["problem_orders"] == 1
    assert status(store, date(2026, 9, 8))["problem_orders"] == 1  # its last day in the window
    assert status(store, date(2026, 9, 9))["problem_orders"] == 0


def test_lag_setting_zero_gives_the_last_60_days(store):
    store.set_setting("odr_lag_days", "0")
    add_order(store, "recent", "2026-06-29")
    add_review(store, "recent", "2026-06-29", 1)
    figures = status(store)
    assert figures["window"] == {"start": "2026-05-01", "end": "2026-06-30"}
    assert (figures["orders"], figures["problem_orders"]) == (1, 1)
    assert figures["pipeline"] == []


@pytest.mark.parametrize(
    "problems, orders, expected",
    [(0, 0, 0), (0, 1, 0), (0, 100, 0), (0, 101, 1), (1, 201, 1), (2, 200, 0), (5, 100, 0)],
)
def test_core_headroom(problems, orders, expected):
    assert odr.headroom(problems, orders) == expected


def test_core_entry_dates_match_the_window():
    ordered = date(2026, 6, 10)
    enters, leaves = odr.entry_dates(ordered)
    assert odr.odr_window(enters).contains(ordered)
    assert not odr.odr_window(enters.replace(day=enters.day - 1)).contains(ordered)
    assert odr.odr_window(date(2026, 9, 8)).contains(ordered)
    assert not odr.odr_window(leaves).contains(ordered)
