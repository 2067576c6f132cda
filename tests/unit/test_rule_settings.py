"""Every rule choice is a setting (issue 12): each one's effect on the figures it names, hand-computed,
and `status --json` naming the settings in force."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from shopkit import add_case, add_message, add_order, add_review, add_thread, at

from sellerdesk.core.settings import CHOICES, RuleSettings
from sellerdesk.store.standards import shop_status

AS_OF = date(2026, 6, 30)  # 90-day window 2026-04-01 .. 2026-06-29


def status(store, **settings):
    for key, value in settings.items():
        store.set_setting(key, RuleSettings().with_(**{key: value}).as_mapping()[key])
    return shop_status(store, AS_OF)


def pair(m: dict) -> tuple[int, int]:
    return m["count"], m["total"]


def test_auto_replies_count_for_the_48_hour_standard_unless_switched_off(store):
    t = at(date(2026, 5, 4), 10)
    add_message(store, "auto", "buyer", t)
    add_message(store, "auto", "auto", t + timedelta(minutes=1))
    add_message(store, "auto", "seller", t + timedelta(hours=50))
    assert pair(status(store)["standards"]["message_response"]) == (1, 1)
    assert pair(status(store, auto_replies_count=False)["standards"]["message_response"]) == (0, 1)


def test_unanswered_messages_inside_their_48_hours_count_when_switched_off(store):
    add_thread(store, "answered", at(date(2026, 6, 1), 9), timedelta(hours=1))
    add_thread(store, "waiting", at(date(2026, 6, 29), 9), None)  # 15 h before the as-of day began
    assert pair(status(store)["standards"]["message_response"]) == (1, 1)
    assert pair(status(store, pending_threads_left_out=False)["standards"]["message_response"]) == (1, 2)


def test_excluded_reviews_leave_the_reviews_total_when_switched_off(store):
    for n, (rating, excluded) in enumerate([(5, None), (2, None), (1, "abusive_review")]):
        add_order(store, f"R{n}", "2026-05-01")
        add_review(store, f"R{n}", "2026-05-10", rating, excluded=excluded)
    assert pair(status(store)["standards"]["reviews"]) == (1, 3)
    assert pair(status(store, excluded_reviews_in_total=False)["standards"]["reviews"]) == (1, 2)


def test_the_star_seller_average_takes_excluded_reviews_when_switched_on(store):
    for n, (rating, excluded) in enumerate([(5, None), (4, None), (1, "abusive_review")]):
        add_order(store, f"R{n}", "2026-04-10")
        add_review(store, f"R{n}", "2026-05-10", rating, excluded=excluded)
    rating = status(store)["star_seller"]["running_period"]["rating"]
    assert (rating["average"], rating["count"]) == (4.5, 2)
    rating = status(store, star_average_includes_excluded=True)["star_seller"]["running_period"]["rating"]
    assert (rating["average"], rating["count"]) == (10 / 3, 3)


def test_a_seller_refunded_case_is_placed_by_its_opened_date_when_switched(store):
    add_order(store, "C1", "2026-03-20")
    # Opened before the 90-day window (2026-04-01 ..), closed inside it.
    add_case(store, "C1", "2026-03-25", reason="damaged", resolution="refunded_by_seller", closed="2026-04-05")
    assert status(store)["standards"]["case_rate"]["count"] == 1
    assert status(store, refunded_case_by_closed_date=False)["standards"]["case_rate"]["count"] == 0


def test_a_past_day_does_not_see_a_later_reply_when_switched_off(store):
    # First message the day before the as-of day, answered the day after: 23 hours.
    add_thread(store, "late-known", at(date(2026, 6, 29), 10), timedelta(hours=23))
    assert pair(status(store)["standards"]["message_response"]) == (1, 1)
    # As the as-of day saw it: unanswered and still inside its 48 hours, so left out.
    assert pair(status(store, past_day_sees_later_replies=False)["standards"]["message_response"]) == (0, 0)


def test_any_spam_message_takes_the_thread_out_when_switched(store):
    t = at(date(2026, 5, 4), 10)
    add_message(store, "mixed", "buyer", t)
    add_message(store, "mixed", "buyer", t + timedelta(hours=1), spam=1)
    add_message(store, "mixed", "seller", t + timedelta(hours=60))
    assert pair(status(store)["standards"]["message_response"]) == (0, 1)
    assert pair(status(store, spam_by_first_message=False)["standards"]["message_response"]) == (0, 0)


def test_status_json_names_the_settings_in_force(store):
    settings = status(store, auto_replies_count=False, odr_lag_days=0)["settings"]
    assert settings["auto_replies_count"] is False and settings["odr_lag_days"] == 0
    assert settings["non_default"] == ["odr_lag_days", "auto_replies_count"]
    assert status(store, auto_replies_count=True, odr_lag_days=30)["settings"]["non_default"] == []


@pytest.mark.parametrize("choice", CHOICES, ids=lambda c: c.key)
def test_every_choice_has_a_reason_and_a_boolean_default(choice):
    assert isinstance(getattr(RuleSettings(), choice.key), bool)
    assert choice.reason.endswith(".") and choice.affects


def test_a_damaged_setting_value_keeps_the_default():
    assert RuleSettings.from_mapping({"odr_window_days": "sixty", "auto_replies_count": "0"}) == RuleSettings(
        auto_replies_count=False
    )
