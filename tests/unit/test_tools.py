"""Seller tools in the store: profile dates with weekends and holidays, recompute, vacations, Today, replies."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from shopkit import add_case, add_message, add_order, at

from sellerdesk.core.holidays import country_holidays
from sellerdesk.store import tools
from sellerdesk.store.standards import shop_status
from sellerdesk.store.today import today_items


def _profile(store, processing=(1, 3), domestic=(2, 5), international=(6, 14), default=1, name="Standard"):
    return store.insert(
        "shipping_profiles",
        {
            "name": name,
            "processing_min": processing[0],
            "processing_max": processing[1],
            "origin_country": "US",
            "domestic_transit_min": domestic[0],
            "domestic_transit_max": domestic[1],
            "international_transit_min": international[0],
            "international_transit_max": international[1],
            "is_default": default,
        },
    )


def _new_order(store, order_id, day, **extra):
    return add_order(store, order_id, day, **{**tools.new_order_defaults(store), **extra})


def test_ship_by_and_edd_from_the_default_profile_skip_weekends_and_holidays(store):
    _profile(store)  # processing 1-3 business days, domestic transit up to 5
    # Thursday 24 Dec 2026: without holidays Fri 25, Mon 28, Tue 29 -> ship by Tue 29 Dec.
    _new_order(store, "plain", "2026-12-24")
    order = store.get("orders", "plain")
    assert order["shipping_profile_id"] is not None and order["processing_max"] == 3
    assert order["ship_by"] == "2026-12-29"
    assert order["edd"] == "2027-01-05"  # Wed 30, Thu 31, Fri 1, Mon 4, Tue 5
    # With Christmas Day and New Year's Day in the calendar both dates move.
    store.set_holidays([("2026-12-25", "Christmas Day"), ("2027-01-01", "New Year's Day")])
    _new_order(store, "with_holidays", "2026-12-24")
    order = store.get("orders", "with_holidays")
    assert order["ship_by"] == "2026-12-30"  # skips Fri 25 (holiday) and the weekend
    assert order["edd"] == "2027-01-07"  # skips Fri 1 (holiday) and the weekend
    international = _new_order(store, "abroad", "2026-12-24", international=1)
    assert store.get("orders", international)["edd"] == "2027-01-20"  # 14 business days after Wed 30


def test_etsy_example_sunday_order_ships_by_friday(store):
    _profile(store, processing=(3, 5))
    _new_order(store, "etsy", "2019-09-01")
    assert store.get("orders", "etsy")["ship_by"] == "2019-09-06"


def test_profile_recompute_touches_only_its_open_non_custom_orders_and_undoes_exactly(store):
    profile = _profile(store)
    other = _profile(store, name="Other", default=0)
    _new_order(store, "open1", "2026-03-02")
    _new_order(store, "open2", "2026-03-03")
    _new_order(store, "shipped", "2026-03-02", status="shipped", shipped="2026-03-04")
    _new_order(store, "custom", "2026-03-02", custom=1, processing_min=10, processing_max=15)
    _new_order(store, "elsewhere", "2026-03-02", shipping_profile_id=other)
    before = {o: store.get("orders", o) for o in ("open1", "open2", "shipped", "custom", "elsewhere")}
    changes = tools.profile_recompute(
        store, profile, {**store.get("shipping_profiles", profile), "processing_min": 3, "processing_max": 5}
    )
    assert sorted(c.order_id for c in changes) == ["open1", "open2"]
    assert {c.order_id: c.after["ship_by"] for c in changes} == {"open1": "2026-03-09", "open2": "2026-03-10"}
    tools.apply_date_changes(store, changes)
    assert store.get("orders", "open1")["processing_max"] == 5
    assert store.get("orders", "shipped") == before["shipped"]
    assert store.get("orders", "custom") == before["custom"]
    tools.apply_date_changes(store, changes, undo=True)
    assert {o: store.get("orders", o) for o in before} == before


def test_calendar_effect_on_open_orders(store):
    _profile(store)
    _new_order(store, "a", "2026-07-02")  # Thu: Fri 3, Mon 6, Tue 7
    _new_order(store, "b", "2026-07-20")  # far from the holiday: ship-by unchanged
    assert store.get("orders", "a")["ship_by"] == "2026-07-07"
    # 4 July 2026 is a Saturday: the day itself changes nothing, the Friday 3 July observance does.
    assert tools.calendar_recompute(store, ["2026-07-04"]) == []
    us = {h.day: h.name for h in country_holidays("US", 2026, 2026)}
    assert us["2026-07-04"] == "Independence Day" and us["2026-07-03"] == "Independence Day (observed)"
    changes = tools.calendar_recompute(store, ["2026-07-03"])
    assert [(c.order_id, c.after["ship_by"]) for c in changes] == [("a", "2026-07-08")]
    tools.replace_holidays(store, [("2026-07-03", "Observed")], changes)
    assert store.calendar().holidays == {date(2026, 7, 3)}
    assert store.get("orders", "a")["ship_by"] == "2026-07-08"
    tools.replace_holidays(store, [], changes, undo=True)
    assert store.get("orders", "a")["ship_by"] == "2026-07-07" and tools.holidays(store) == []


def test_unknown_country_is_a_clear_error():
    with pytest.raises(ValueError, match="no holiday calendar for the country 'XX'"):
        country_holidays("XX", 2026, 2026)
    # Easter Monday 2026 (movable), named in Italian, whatever case the code comes in.
    assert ("2026-04-06", "Lunedì dell'Angelo") in [(h.day, h.name) for h in country_holidays("it", 2026, 2026)]


def test_mark_custom_uses_its_own_processing_time(store):
    _profile(store)
    _new_order(store, "c", "2026-03-02")
    before = tools.mark_custom(store, "c", True, 10, 15)
    order = store.get("orders", "c")
    assert order["custom"] == 1 and order["ship_by"] == "2026-03-23"  # 15 business days after Mon 2 Mar
    tools.restore_orders(store, [before])
    assert store.get("orders", "c")["ship_by"] == "2026-03-05"


def test_assign_profile_recomputes_open_orders(store):
    _profile(store)
    slow = _profile(store, processing=(5, 10), name="Made to order", default=0)
    _new_order(store, "x", "2026-03-02")
    before = tools.assign_profile(store, ["x"], slow)
    assert store.get("orders", "x")["ship_by"] == "2026-03-16"
    tools.restore_orders(store, before)
    assert store.get("orders", "x")["ship_by"] == "2026-03-05"


def test_vacation_auto_replies_count_as_replied_within_24h(store):
    store.update_shop(timezone="UTC")
    reply = store.db.execute("SELECT id, body FROM saved_replies WHERE title = 'Vacation auto-reply'").fetchone()
    vacation_id = store.insert(
        "vacations", {"start_date": "2026-03-05", "end_date": "2026-03-12", "auto_reply_id": reply[0]}
    )
    add_order(store, "v1", "2026-03-01", ship_name="Ava Garcia")
    add_message(store, "t1", "buyer", at(date(2026, 3, 6), 9), order_id="v1")
    add_message(store, "t2", "buyer", at(date(2026, 3, 20), 9))  # after the vacation: not auto-answered
    as_of = date(2026, 3, 25)

    def star():
        return shop_status(store, as_of)["star_seller"]["running_period"]["message_response"]

    assert (star()["count"], star()["total"]) == (0, 2)
    rows = tools.pending_auto_replies(store, store.get("vacations", vacation_id), reply[1])
    assert [r["thread_id"] for r in rows] == ["t1"]
    assert rows[0]["sender"] == "auto" and rows[0]["text"].startswith("Hi Ava,")
    ids = tools.add_messages(store, rows)
    assert store.get("threads", "t1")["reply_sender"] == "auto"
    assert (star()["count"], star()["total"]) == (1, 2)
    assert shop_status(store, as_of)["standards"]["message_response"]["count"] >= 1
    tools.delete_messages(store, ids)
    assert star()["count"] == 0
    assert tools.vacation_on(store, date(2026, 3, 7))["id"] == vacation_id
    assert tools.vacation_on(store, date(2026, 3, 13)) is None
    assert tools.vacation_order_ids(store, "2026-03-05", "2026-03-12") == []


def test_logged_reply_is_the_sellers_message_and_counts_the_use(store):
    add_order(store, "o1", "2026-03-01")
    add_message(store, "t1", "buyer", at(date(2026, 3, 2), 9), order_id="o1")
    reply_id = store.db.execute("SELECT id FROM saved_replies WHERE title = 'Shipping times'").fetchone()[0]
    moment = datetime(2026, 3, 2, 15, 30, tzinfo=UTC)
    record = tools.log_reply(store, reply_id, "Hi! Ships Friday.", moment, order_id="o1")
    assert record["thread_id"] == "t1"
    message = store.get("messages", record["message_id"])
    assert (message["sender"], message["sent_at"], message["text"]) == (
        "seller",
        "2026-03-02T15:30:00Z",
        "Hi! Ships Friday.",
    )
    thread = store.get("threads", "t1")
    assert thread["reply_sender"] == "seller" and thread["response_seconds"] == 6.5 * 3600
    saved = store.get("saved_replies", reply_id)
    assert (saved["usage_count"], saved["last_used_at"]) == (1, "2026-03-02T15:30:00Z")
    assert tools.search_replies(store, "ship")[0]["id"] == reply_id  # most used first
    tools.unlog_reply(store, record)
    assert store.get("threads", "t1")["first_reply_at"] is None
    assert store.get("saved_replies", reply_id)["usage_count"] == 0


def test_reply_values_and_search(store):
    add_order(
        store,
        "o9",
        "2026-03-02",
        ship_name="Liam Nguyen",
        buyer="liamn",
        tracking="94001",
        carrier="USPS",
        processing_max=2,
    )
    values = tools.reply_values(store, "o9")
    assert values["buyer"] == "Liam Nguyen" and values["buyer_first_name"] == "Liam"
    assert values["ship_by"] == "2026-03-04" and values["tracking_number"] == "94001"
    assert values["shop_name"] == store.shop()["name"]
    assert [r["title"] for r in tools.search_replies(store, "vacation")] == ["Vacation auto-reply"]
    assert {r["title"] for r in tools.search_replies(store, "tracking")} >= {"Shipped with tracking"}
    assert tools.search_replies(store, "100%") == []
    assert tools.normalize_tags(" Shipping, delay;shipping ,, ") == "shipping,delay"


def test_today_lists_the_right_records_for_a_given_day(store):
    store.update_shop(timezone="UTC")
    today = date(2026, 3, 11)  # a Wednesday
    now = datetime(2026, 3, 11, 12, 0, tzinfo=UTC)
    add_order(store, "due_today", "2026-03-09", ship_by="2026-03-11")
    add_order(store, "overdue", "2026-03-02", ship_by="2026-03-05", custom=1)
    add_order(store, "tomorrow", "2026-03-10", ship_by="2026-03-12")
    add_order(store, "shipped_late", "2026-02-20", ship_by="2026-02-24", status="shipped", shipped="2026-02-25")
    add_order(store, "canceled", "2026-03-02", ship_by="2026-03-05", status="canceled")
    add_order(store, "digital", "2026-03-02", ship_by="2026-03-05", digital=1)
    add_order(
        store,
        "delivered",
        "2026-02-01",
        ship_by="2026-02-03",
        status="delivered",
        shipped="2026-02-03",
        delivered_date="2026-02-06",
    )
    add_case(store, "shipped_late", "2026-03-10")
    add_case(store, "delivered", "2026-02-20", resolution="closed_for_seller", closed="2026-02-25")
    add_message(store, "fresh", "buyer", now - timedelta(hours=3))
    add_message(store, "nearly48", "buyer", now - timedelta(hours=40))
    add_message(store, "answered", "buyer", now - timedelta(hours=5))
    add_message(store, "answered", "seller", now - timedelta(hours=4))
    add_message(store, "spam", "buyer", now - timedelta(hours=2), spam=1)
    add_message(store, "future", "buyer", now + timedelta(hours=2))
    items = today_items(store, today, now)
    by = {
        c: [i.key for i in items if i.category == c]
        for c in ("ship_today", "overdue", "messages", "edd_passed", "cases")
    }
    assert by["ship_today"] == ["due_today"]
    assert by["overdue"] == ["overdue"]
    assert by["messages"] == ["nearly48", "fresh"]
    assert "shipped_late" in by["edd_passed"] and "delivered" not in by["edd_passed"]
    assert "canceled" not in by["edd_passed"] and "digital" not in by["edd_passed"]
    assert len(by["cases"]) == 1
    overdue = next(i for i in items if i.key == "overdue")
    assert overdue.kind == "order" and overdue.facts["custom"] and overdue.severity == "red"
    fresh = next(i for i in items if i.key == "fresh")
    assert fresh.kind == "thread" and fresh.facts["stage"] == "24h" and int(fresh.facts["hours"]) == 21
    nearly = next(i for i in items if i.key == "nearly48")
    assert nearly.facts["stage"] == "48h" and int(nearly.facts["hours"]) == 8
    # A day later the order due today is overdue.
    later = today_items(store, today + timedelta(days=1), now + timedelta(days=1))
    assert "due_today" in [i.key for i in later if i.category == "overdue"]
