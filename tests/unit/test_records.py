"""Field rules shared by the importer and the edit dialogs: what a typed value becomes, or why not."""

from __future__ import annotations

import pytest

from sellerdesk.core import records as r


@pytest.mark.parametrize(
    "text, minor",
    [
        ("24.90", 2490),
        ("24.9", 2490),
        ("9", 900),
        ("0", 0),
        ("", 0),
        ("1,234.50", 123450),
        ("12,345,678.00", 1234567800),
        (" 7.05 ", 705),
    ],
)
def test_money_to_minor_units(text, minor):
    assert r.parse_money(text) == minor


@pytest.mark.parametrize("text", ["24,90", "1234,5", "-1", "0.001", "$5", "NaN", "Infinity", "1e3", "abc"])
def test_money_that_is_not_a_plain_decimal_is_refused(text):
    # '24,90' must not silently become 2490.00.
    with pytest.raises(r.FieldError, match="expected a plain decimal such as 24.90"):
        r.parse_money(text)


@pytest.mark.parametrize("text", ["2026-02-30", "05/01/2026", "2026-5-1", "20260501", "yesterday"])
def test_bad_days(text):
    with pytest.raises(r.FieldError, match="expected YYYY-MM-DD"):
        r.parse_day(text)


def test_days_and_instants():
    assert r.parse_day(" 2026-05-01 ") == "2026-05-01"
    assert r.optional_day("") is None
    assert r.parse_instant("2026-05-02T12:30:00+02:00") == "2026-05-02T10:30:00Z"
    assert r.parse_instant("2026-05-02T10:30:00Z") == "2026-05-02T10:30:00Z"
    with pytest.raises(r.FieldError, match="with an offset"):
        r.parse_instant("2026-05-02T10:30:00")  # no time zone: ambiguous


@pytest.mark.parametrize("text, ok", [("1", True), ("5", True), ("0", False), ("6", False), ("4.5", False)])
def test_ratings_are_1_to_5(text, ok):
    if ok:
        assert r.parse_rating(text) == int(text)
    else:
        with pytest.raises(r.FieldError):
            r.parse_rating(text)


def test_choices_name_what_is_allowed():
    with pytest.raises(r.FieldError, match="expected one of: carrier_delay, lost_in_transit_shipped_on_time"):
        r.parse_exclusion("weather")
    assert r.parse_exclusion("") is None
    with pytest.raises(r.FieldError, match="a blank is not allowed"):
        r.parse_status("")


def test_order_rules_across_fields():
    errors = r.validate_order(
        {
            "order_date": "2026-05-10",
            "processing_min": 5,
            "processing_max": 3,
            "shipped_date": "2026-05-09",
            "delivered_date": "2026-05-08",
            "status": "delivered",
        }
    )
    assert set(errors) == {"processing_max", "shipped_date", "delivered_date"}
    assert "before the order date 2026-05-10" in errors["shipped_date"]
    assert r.validate_order({"order_date": "2026-05-10", "status": "delivered", "shipped_date": "2026-05-11"}) == {
        "delivered_date": "a delivered order needs a delivered date"
    }


def test_case_rules():
    assert r.validate_case({"opened_date": "2026-05-10", "resolution": "refunded_by_seller"}, "2026-05-01") == {
        "closed_date": "a resolved case needs its closed date"
    }
    assert "resolution" in r.validate_case({"opened_date": "2026-05-10", "closed_date": "2026-05-12"}, None)
    assert "opened_date" in r.validate_case({"opened_date": "2026-04-10"}, "2026-05-01")
