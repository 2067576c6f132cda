"""Capacity forecast (RULES.md 7), hand-computed: pace, backlog order, projected ship days over weekends
and holidays, projected-late orders, the surge test at its boundary, and `status --json`'s section."""

from __future__ import annotations

from datetime import date

from shopkit import add_order

from sellerdesk.core.capacity import OpenOrder, is_surge, pace_span, project
from sellerdesk.core.dates import BusinessCalendar
from sellerdesk.store.capacity import projections
from sellerdesk.store.standards import shop_status

WEEKDAYS = BusinessCalendar.of()
MONDAY = date(2026, 11, 23)


def test_pace_span_is_the_20_business_days_before_the_as_of_day():
    # 20 business days back from Monday 23 Nov 2026: Mon 26 Oct .. Fri 20 Nov; the span runs to Sunday 22.
    assert pace_span(MONDAY, WEEKDAYS) == (date(2026, 10, 26), date(2026, 11, 22))
    # A holiday in between pushes the start one business day earlier.
    with_holiday = BusinessCalendar.of(["2026-11-11"])
    assert pace_span(MONDAY, with_holiday) == (date(2026, 10, 23), date(2026, 11, 22))


def orders(*ship_bys: str | None) -> list[OpenOrder]:
    return [OpenOrder(f"O{n}", "2026-11-20", s) for n, s in enumerate(ship_bys, start=1)]


def test_each_order_ships_on_day_ceil_k_over_pace_over_weekends_and_holidays():
    # Pace 40 / 20 = 2 a day. As of Friday 27 Nov 2026 (a holiday): shipping days Mon 30, Tue 1 Dec, Wed 2.
    calendar = BusinessCalendar.of(["2026-11-27"])
    got = project(
        orders("2026-11-30", "2026-11-30", "2026-11-30", None, "2026-12-02"), 40, date(2026, 11, 27), calendar
    )
    assert [(p.order_id, p.ship_day, p.late) for p in got] == [
        ("O1", "2026-11-30", False),
        ("O2", "2026-11-30", False),
        ("O3", "2026-12-01", True),  # the third order ships on the second shipping day, after its ship-by
        ("O5", "2026-12-01", False),  # ship-by order: the one without a ship-by goes last
        ("O4", "2026-12-02", False),  # never late without a ship-by
    ]


def test_a_pace_below_one_spreads_orders_over_several_days():
    # 10 shipped in 20 business days: pace 0.5, so order k ships on shipping day 2k.
    got = project(orders("2026-11-24", "2026-11-30"), 10, MONDAY, WEEKDAYS)
    assert [(p.ship_day, p.late) for p in got] == [("2026-11-24", False), ("2026-11-26", False)]


def test_with_a_pace_of_zero_nothing_ships_and_every_dated_order_is_late():
    got = project(orders("2026-12-30", None), 0, MONDAY, WEEKDAYS)
    assert [(p.order_id, p.ship_day, p.late) for p in got] == [("O1", None, True), ("O2", None, False)]


def test_an_empty_backlog_projects_nothing():
    assert project([], 12, MONDAY, WEEKDAYS) == []


def test_ties_go_by_order_date_then_order_id():
    queue = [
        OpenOrder("B", "2026-11-20", "2026-11-30"),
        OpenOrder("A", "2026-11-20", "2026-11-30"),
        OpenOrder("C", "2026-11-19", "2026-11-30"),
    ]
    assert [p.order_id for p in project(queue, 20, MONDAY, WEEKDAYS)] == ["C", "A", "B"]


def test_surge_is_more_than_one_and_a_half_times_the_weekly_average():
    # 56 days before with 80 orders: a weekly average of 10; 15 is exactly 1.5 times, not a surge.
    assert is_surge(15, 80) is False
    assert is_surge(16, 80) is True
    assert is_surge(0, 0) is False
    assert is_surge(1, 0) is True


def test_status_json_has_the_capacity_section(store):
    # Shipped in the pace span (26 Oct .. 22 Nov): 3 orders, one of them on a Sunday; one canceled does not count.
    add_order(store, "S1", "2026-10-20", status="shipped", shipped="2026-10-26")
    add_order(store, "S2", "2026-11-01", status="shipped", shipped="2026-11-22")
    add_order(store, "S3", "2026-11-10", status="shipped", shipped="2026-11-12")
    add_order(store, "X1", "2026-11-10", status="canceled", shipped="2026-11-12")
    add_order(store, "S0", "2026-10-20", status="shipped", shipped="2026-10-23")  # before the span
    # Open: pace 3/20 = 0.15, so the first open order ships on shipping day ceil(1/0.15) = 7.
    add_order(store, "O1", "2026-11-18", ship_by="2026-11-25")
    add_order(store, "O2", "2026-11-19", ship_by="2026-12-31")
    add_order(store, "D1", "2026-11-19", digital=1)  # delivered by Etsy, never in the backlog
    capacity = shop_status(store, MONDAY)["capacity"]
    assert capacity["pace_per_business_day"] == 0.15
    assert capacity["pace_span"] == {"start": "2026-10-26", "end": "2026-11-22", "shipped": 3}
    assert capacity["backlog"] == 2
    assert capacity["days_of_work"] == 2 / 0.15
    assert capacity["projected_late"] == ["O1"]  # day 7 is Tue 1 Dec, after 25 Nov; O2 (day 14, 10 Dec) is fine
    # Orders placed 16..22 Nov: O1, O2, D1; the 56 days before (21 Sep .. 15 Nov): S0, S1, S2, S3 (X1 is
    # canceled and never counts).
    assert capacity["orders_last_7_days"] == 3
    assert capacity["weekly_average_before"] == 4 / 8
    assert capacity["surge"] is True


def test_the_backlog_is_read_in_ship_by_order_whatever_order_the_orders_were_entered(store):
    # Pace 20 / 20 = one order a shipping day. Entered first: an order without a ship-by and one due late in
    # December; entered last: the order due today. In backlog order it ships today, on time.
    for n in range(20):
        add_order(store, f"S{n}", "2026-10-20", status="shipped", shipped="2026-11-02")
    add_order(store, "UNDATED", "2026-11-17")
    add_order(store, "LATER", "2026-11-18", ship_by="2026-12-31")
    add_order(store, "TODAY", "2026-11-19", ship_by=MONDAY)
    shown = projections(store, MONDAY)
    assert [(p.order_id, p.ship_day, p.late) for p in shown] == [
        ("TODAY", "2026-11-23", False),
        ("LATER", "2026-11-24", False),
        ("UNDATED", "2026-11-25", False),
    ]
    assert shop_status(store, MONDAY)["capacity"]["projected_late"] == []
