"""Business days, ship-by dates, the one-time extension and the estimated delivery (RULES.md 4)."""

from __future__ import annotations

from datetime import date

import pytest
from shopkit import add_order

from sellerdesk.core.dates import (
    BusinessCalendar,
    ExtensionError,
    check_extension,
    estimated_delivery,
    ship_by_date,
)

PLAIN = BusinessCalendar()


def test_etsys_own_example_sunday_plus_3_to_5_days_ships_by_friday():
    # Ordered Sunday 1 September 2019, processing 3-5 business days: ship by Friday 6 September.
    # (Monday 2 September 2019 was Labor Day: a holiday counts unless the seller lists it.)
    assert ship_by_date(date(2019, 9, 1), 5, PLAIN) == date(2019, 9, 6)


def test_a_listed_holiday_is_skipped():
    labor_day = BusinessCalendar.of(["2019-09-02"])
    assert ship_by_date(date(2019, 9, 1), 5, labor_day) == date(2019, 9, 9)


@pytest.mark.parametrize(
    "ordered, days, ship_by",
    [
        ("2026-06-05", 1, "2026-06-08"),  # Friday + 1 -> Monday
        ("2026-06-06", 1, "2026-06-08"),  # Saturday + 1 -> Monday
        ("2026-06-01", 3, "2026-06-04"),  # Monday + 3 -> Thursday
        ("2026-06-01", 5, "2026-06-08"),  # Monday + 5 -> next Monday
        ("2026-06-01", 10, "2026-06-15"),
        ("2026-06-03", 0, "2026-06-03"),  # no processing: ship the same day
    ],
)
def test_weekends_never_count(ordered, days, ship_by):
    assert ship_by_date(date.fromisoformat(ordered), days, PLAIN) == date.fromisoformat(ship_by)


def test_holidays_count_unless_listed():
    christmas = date(2026, 12, 25)  # a Friday
    assert ship_by_date(date(2026, 12, 24), 1, PLAIN) == christmas
    assert ship_by_date(date(2026, 12, 24), 1, BusinessCalendar.of([christmas])) == date(2026, 12, 28)


def test_no_processing_time_no_ship_by():
    assert ship_by_date(date(2026, 6, 1), None, PLAIN) is None


def test_store_derives_ship_by_from_the_shop_calendar(store):
    add_order(store, "before-holiday", "2019-09-01", processing_max=5)
    store.set_holidays([("2019-09-02", "Labor Day")])
    add_order(store, "after-holiday", "2019-09-01", processing_max=5)
    add_order(store, "no-time", "2019-09-01")
    add_order(store, "custom", "2019-09-01", processing_max=15, custom=1)
    add_order(store, "given", "2019-09-01", processing_max=5, ship_by="2019-09-04")
    assert store.get("orders", "before-holiday")["ship_by"] == "2019-09-06"
    assert store.get("orders", "after-holiday")["ship_by"] == "2019-09-09"
    assert store.get("orders", "no-time")["ship_by"] is None
    assert store.get("orders", "custom")["ship_by"] == "2019-09-23"
    assert store.get("orders", "given")["ship_by"] == "2019-09-04"  # a date the seller typed wins


# -- extension ----------------------------------------------------------------------------------

SHIP_BY = date(2026, 6, 10)


@pytest.mark.parametrize("new", [date(2026, 6, 11), date(2026, 7, 1)])  # +1 and +21 days
def test_extension_up_to_21_days_before_it_passes(new):
    check_extension(SHIP_BY, False, new, today=SHIP_BY)
    check_extension(SHIP_BY, False, new, today=date(2026, 6, 1))


@pytest.mark.parametrize(
    "original, extended, new, today, message",
    [
        (SHIP_BY, False, date(2026, 7, 2), date(2026, 6, 1), "at most 21 days (latest allowed: 2026-07-01)"),
        (SHIP_BY, True, date(2026, 6, 12), date(2026, 6, 1), "already been extended once"),
        (SHIP_BY, False, date(2026, 6, 12), date(2026, 6, 11), "2026-06-10 has passed"),
        (SHIP_BY, False, SHIP_BY, date(2026, 6, 1), "must be later"),
        (SHIP_BY, False, date(2026, 6, 9), date(2026, 6, 1), "must be later"),
        (None, False, date(2026, 6, 12), date(2026, 6, 1), "no ship-by date"),
    ],
)
def test_extension_refused(original, extended, new, today, message):
    with pytest.raises(ExtensionError, match=message.replace("(", r"\(").replace(")", r"\)")):
        check_extension(original, extended, new, today)


# -- estimated delivery -------------------------------------------------------------------------


def test_edd_is_ship_by_plus_transit_business_days():
    assert estimated_delivery(date(2026, 6, 1), date(2026, 6, 5), 3, PLAIN) == date(2026, 6, 10)


def test_edd_fallbacks():
    monday = date(2026, 6, 1)
    # Unknown processing: 5 business days (2026-06-08); unknown transit: 4 domestic / 10 international.
    assert estimated_delivery(monday, None, None, PLAIN) == date(2026, 6, 12)
    assert estimated_delivery(monday, None, None, PLAIN, international=True) == date(2026, 6, 22)
    assert estimated_delivery(monday, date(2026, 6, 4), None, PLAIN) == date(2026, 6, 10)


def test_store_fills_the_edd_from_the_shipping_profile(store):
    profile = store.insert(
        "shipping_profiles",
        {
            "name": "Standard",
            "processing_min": 1,
            "processing_max": 3,
            "domestic_transit_min": 2,
            "domestic_transit_max": 5,
            "international_transit_min": 6,
            "international_transit_max": 14,
        },
    )
    add_order(store, "dom", "2026-06-01", processing_max=3, shipping_profile_id=profile)
    add_order(store, "intl", "2026-06-01", processing_max=3, shipping_profile_id=profile, international=1)
    add_order(store, "bare", "2026-06-01")
    add_order(store, "bare-intl", "2026-06-01", international=1)
    add_order(store, "extended", "2026-06-01", processing_max=3, ship_by_extended="2026-06-10")
    assert store.get("orders", "dom")["edd"] == "2026-06-11"  # 06-04 + 5
    assert store.get("orders", "intl")["edd"] == "2026-06-24"  # 06-04 + 14
    assert store.get("orders", "bare")["edd"] == "2026-06-12"  # fallbacks 5 + 4
    assert store.get("orders", "bare-intl")["edd"] == "2026-06-22"  # fallbacks 5 + 10
    assert store.get("orders", "extended")["edd"] == "2026-06-16"  # extended 06-10 + 4
    assert store.get("orders", "extended")["due_by"] == "2026-06-10"
