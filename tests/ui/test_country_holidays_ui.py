"""Settings > Holidays > Load a country's holidays…: pick a country, state and years, read the days and
their effect on open orders, add them, apply as one undo step (dialogs answered by the `dialogs` fixture)."""

from __future__ import annotations

from datetime import date

from shopkit import add_order

from sellerdesk.store import tools


def _section(session, qtbot):
    from sellerdesk.ui.pages.settings import SettingsPage

    page = SettingsPage(session)
    qtbot.addWidget(page)
    return page.holidays


def _thanksgiving_orders(store):
    """Two custom orders with 1-3 processing days, counted by hand (US shop, demo as of 2026-11-23)."""
    for order_id, day in (("tg-wed", "2026-11-25"), ("tg-dec", "2026-12-07")):
        add_order(store, order_id, day, custom=1, processing_min=1, processing_max=3)
    # Wed 25 Nov: Thu 26, Fri 27, Mon 30. Mon 7 Dec: Tue 8, Wed 9, Thu 10.
    assert store.get("orders", "tg-wed")["ship_by"] == "2026-11-30"
    assert store.get("orders", "tg-dec")["ship_by"] == "2026-12-10"


def test_a_state_s_holidays_are_listed_with_their_effect_then_added_and_applied(session, qtbot, dialogs):
    store = session.store
    _thanksgiving_orders(store)
    section = _section(session, qtbot)
    before = tools.holidays(store)
    dialogs.answers = [{"country": "US", "subdivision": "CA", "first_year": 2026, "last_year": 2026}]
    added = section.ask_country()
    dialog = dialogs.shown[-1]
    listed = {
        dialog.table.item(r, 0).text()[:10]: dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())
    }
    assert listed["2026-11-26"] == "Thanksgiving Day" and listed["2026-11-27"] == "Day After Thanksgiving"
    assert "2026-03-31" in listed  # Cesar Chavez Day: California's own
    assert dialog.table.item(0, 0).text().startswith("2026-01-01 ")  # the weekday follows the day
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert ok.text() == f"Add {len(listed)} days"
    # The effect, as the calendar's preview computes it: Thu 26 and Fri 27 skipped -> Mon 30, Tue 1, Wed 2.
    effect = dialog.effect.text()
    moved = [c for c in tools.calendar_recompute(store, {**dict(before), **listed}) if c.ship_by_changes]
    assert "tg-wed" in [c.order_id for c in moved] and "tg-dec" not in [c.order_id for c in moved]
    assert len(moved) > 5
    assert f"move the ship-by date of {len(moved)} open orders: " in effect
    for c in moved[:5]:  # the first five named, the rest counted
        assert f"{c.order_id}: {c.before['ship_by']} → {c.after['ship_by']}" in effect
    assert effect.endswith(f" and {len(moved) - 5} more.")
    # Added to the staged calendar only: nothing is written until Apply.
    assert added == len(set(listed) - set(dict(before)))  # the demo shop lists some days already
    assert section.pending["2026-11-27"] == "Day After Thanksgiving"
    assert tools.holidays(store) == before
    assert "Not applied yet" in section.effect.text()
    steps = session.undo_stack.count()
    section.apply()
    assert session.undo_stack.count() == steps + 1
    assert store.get("orders", "tg-wed")["ship_by"] == "2026-12-02"
    assert store.get("orders", "tg-dec")["ship_by"] == "2026-12-10"
    assert {date(2026, 11, 26), date(2026, 11, 27)} <= store.calendar().holidays
    session.undo_stack.undo()
    assert store.get("orders", "tg-wed")["ship_by"] == "2026-11-30"
    assert tools.holidays(store) == before


def test_days_already_listed_are_marked_and_a_name_typed_by_the_seller_stays(session, qtbot, dialogs):
    section = _section(session, qtbot)
    section.pending["2027-02-06"] = "Shop closed for Tết"
    section._show()
    dialogs.answers = [{"country": "VN", "first_year": 2027, "last_year": 2027}]
    added = section.ask_country()
    dialog = dialogs.shown[-1]
    rows = {dialog.table.item(r, 0).text()[:10]: r for r in range(dialog.table.rowCount())}
    assert [d for d in rows if "2027-02-04" <= d <= "2027-02-10"] == [f"2027-02-{d:02d}" for d in range(4, 11)]
    assert dialog.table.item(rows["2027-02-06"], 2).text() == "already in the calendar"
    assert dialog.table.item(rows["2027-02-07"], 2).text() == "weekend: no effect"  # a Sunday
    assert dialog.table.item(rows["2027-02-08"], 1).text() == "Mùng ba Tết Nguyên Đán"
    assert not dialog.subdivision.isEnabled()  # Vietnam's holidays are national
    assert added == len(rows) - 1
    assert section.pending["2027-02-06"] == "Shop closed for Tết"
    assert section.pending["2027-02-08"] == "Mùng ba Tết Nguyên Đán"


def test_cancel_and_backward_years_add_nothing(session, qtbot, dialogs):
    section = _section(session, qtbot)
    staged = dict(section.pending)
    dialogs.answers = [None, {"country": "IT", "first_year": 2027, "last_year": 2026}]
    assert section.ask_country() == 0
    assert section.ask_country() == 0
    dialog = dialogs.shown[-1]
    assert dialog.error_text("last_year") == "The last year comes before the first; swap them."
    assert dialog.table.rowCount() == 0
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert section.pending == staged
