"""Holiday calendars from the `holidays` package: movable and lunar days, subdivisions, and the ship-by
dates they move (RULES.md 4: processing time in business days, holidays skipped once listed).

Every expected ship-by below is counted by hand on a calendar: processing 1-3 business days, counting
from the business day after the order.
"""

from __future__ import annotations

import pytest
from shopkit import add_order

from sellerdesk.core import holidays as calendars
from sellerdesk.store import tools


def _profile(store, processing=(1, 3)):
    return store.insert(
        "shipping_profiles",
        {
            "name": "Standard",
            "processing_min": processing[0],
            "processing_max": processing[1],
            "origin_country": "US",
            "domestic_transit_min": 2,
            "domestic_transit_max": 5,
            "international_transit_min": 6,
            "international_transit_max": 14,
            "is_default": 1,
        },
    )


def _orders(store, days: dict[str, str]) -> None:
    _profile(store)
    for order_id, day in days.items():
        add_order(store, order_id, day, **tools.new_order_defaults(store))


def _ship_by(store, *order_ids: str) -> dict[str, str]:
    return {o: store.get("orders", o)["ship_by"] for o in order_ids}


def test_tet_2027_is_several_lunar_days_named_in_vietnamese():
    days = {h.day: h.name for h in calendars.country_holidays("VN", 2027, 2027)}
    # Lunar New Year 2027 is Saturday 6 February; the official break runs from the 29th of the last
    # lunar month (Thu 4 Feb) to the 5th day of the new year (Wed 10 Feb).
    tet = {d: n for d, n in days.items() if "2027-02-04" <= d <= "2027-02-10"}
    assert sorted(tet) == [f"2027-02-{d:02d}" for d in range(4, 11)]
    assert tet["2027-02-06"] == "Tết Nguyên Đán"
    assert all("Tết" in name for name in tet.values())
    assert days["2027-09-02"] == "Quốc khánh"  # a fixed-date one is still there
    assert calendars.subdivisions("VN") == ()


def test_tet_2027_moves_the_ship_by_dates_of_orders_placed_before_it(store):
    _orders(
        store,
        {
            "mon-feb-1": "2027-02-01",  # Tue 2, Wed 3, Thu 4 -> with Tết: Tue 2, Wed 3, Thu 11
            "wed-feb-3": "2027-02-03",  # Thu 4, Fri 5, Mon 8 -> with Tết: Thu 11, Fri 12, Mon 15
            "thu-feb-11": "2027-02-11",  # Fri 12, Mon 15, Tue 16: after Tết, unchanged
            "mon-jan-25": "2027-01-25",  # Tue 26, Wed 27, Thu 28: before Tết, unchanged
        },
    )
    ids = ("mon-feb-1", "wed-feb-3", "thu-feb-11", "mon-jan-25")
    assert _ship_by(store, *ids) == {
        "mon-feb-1": "2027-02-04",
        "wed-feb-3": "2027-02-08",
        "thu-feb-11": "2027-02-16",
        "mon-jan-25": "2027-01-28",
    }
    loaded = [(h.day, h.name) for h in calendars.country_holidays("VN", 2027, 2027)]
    changes = tools.calendar_recompute(store, [d for d, _ in loaded])
    assert {c.order_id: c.after["ship_by"] for c in changes if c.ship_by_changes} == {
        "mon-feb-1": "2027-02-11",
        "wed-feb-3": "2027-02-15",
    }
    tools.replace_holidays(store, loaded, changes)
    assert _ship_by(store, *ids) == {
        "mon-feb-1": "2027-02-11",
        "wed-feb-3": "2027-02-15",
        "thu-feb-11": "2027-02-16",
        "mon-jan-25": "2027-01-28",
    }
    # The EDD follows: 5 business days of transit after Mon 15 Feb -> Mon 22 Feb.
    assert store.get("orders", "wed-feb-3")["edd"] == "2027-02-22"
    # A new order placed during Tết counts from the first business day after it.
    add_order(store, "sat-feb-6", "2027-02-06", **tools.new_order_defaults(store))
    assert _ship_by(store, "sat-feb-6") == {"sat-feb-6": "2027-02-15"}  # Thu 11, Fri 12, Mon 15


def test_us_thanksgiving_2026_moves_ship_by_and_a_state_adds_the_day_after(store):
    national = {h.day: h.name for h in calendars.country_holidays("US", 2026, 2026)}
    assert national["2026-11-26"] == "Thanksgiving Day"  # the fourth Thursday of November
    assert "2026-11-27" not in national  # the day after is not a federal holiday
    california = {h.day: h.name for h in calendars.country_holidays("US", 2026, 2026, "CA")}
    assert california["2026-11-27"] == "Day After Thanksgiving"
    assert ("CA", "California") in calendars.subdivisions("US")
    assert ("SCT", "Scotland") in calendars.subdivisions("GB")

    _orders(
        store,
        {
            "tue-nov-24": "2026-11-24",  # Wed 25, Thu 26, Fri 27
            "wed-nov-25": "2026-11-25",  # Thu 26, Fri 27, Mon 30
            "mon-nov-30": "2026-11-30",  # Tue 1, Wed 2, Thu 3 Dec: unchanged
        },
    )
    ids = ("tue-nov-24", "wed-nov-25", "mon-nov-30")
    assert _ship_by(store, *ids) == {"tue-nov-24": "2026-11-27", "wed-nov-25": "2026-11-30", "mon-nov-30": "2026-12-03"}
    changes = tools.calendar_recompute(store, national)
    # Without Thursday 26: Wed 25, Fri 27, Mon 30 / Fri 27, Mon 30, Tue 1 Dec.
    assert {c.order_id: c.after["ship_by"] for c in changes if c.ship_by_changes} == {
        "tue-nov-24": "2026-11-30",
        "wed-nov-25": "2026-12-01",
    }
    state = tools.calendar_recompute(store, california)
    # Without Thursday 26 and Friday 27: Wed 25, Mon 30, Tue 1 / Mon 30, Tue 1, Wed 2.
    assert {c.order_id: c.after["ship_by"] for c in state if c.ship_by_changes} == {
        "tue-nov-24": "2026-12-01",
        "wed-nov-25": "2026-12-02",
    }
    tools.replace_holidays(store, sorted(california.items()), state)
    assert _ship_by(store, *ids) == {"tue-nov-24": "2026-12-01", "wed-nov-25": "2026-12-02", "mon-nov-30": "2026-12-03"}


def test_a_span_of_years_and_the_observed_days():
    days = {h.day: h.name for h in calendars.country_holidays("GB", 2026, 2027, "ENG")}
    assert days["2026-04-06"] == "Easter Monday" and days["2027-03-29"] == "Easter Monday"
    assert days["2026-12-28"] == "Boxing Day (observed)"  # Boxing Day 2026 is a Saturday
    assert [d for d in days if d < "2026-01-01" or d > "2027-12-31"] == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("XX", 2026, 2026), "no holiday calendar for the country 'XX'; use a two-letter ISO code"),
        (("US", 2027, 2026), "the years run backwards \\(2027 to 2026\\); put the earlier year first"),
        (("US", 2000, 2030), "2000–2030 is more than 20 years; load a shorter span"),
        (("US", 2026, 2026, "ZZ"), "'ZZ' is not a subdivision of United States; known: AK, AL"),
        (("VN", 2026, 2026, "HN"), "known: none \\(load the whole country\\)"),
    ],
)
def test_bad_choices_are_one_clear_line(args, message):
    with pytest.raises(ValueError, match=message):
        calendars.country_holidays(*args)


def test_every_country_has_a_name_and_names_read_naturally():
    codes = calendars.countries()
    assert len(codes) > 150 and {"US", "GB", "IT", "VN", "DE", "FR", "CA", "AU"} <= set(codes)
    assert calendars.country_name("vn") == "Vietnam"
    assert calendars.country_name("AG") == "Antigua and Barbuda"
    assert calendars.language_of("IT").startswith("it") and calendars.language_of("VN") == "vi"
