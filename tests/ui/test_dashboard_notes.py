"""The dashboard's capacity panel, the new-shop note (in orders, not percent) and the note that rule
settings differ from their defaults."""

from __future__ import annotations


def test_a_shop_with_few_orders_in_the_window_is_told_how_few_problem_orders_count(window, session):
    page = window.show_page("dashboard")
    odr = session.status()["odr"]
    assert odr["orders"] < 100
    note = page.new_shop_note
    assert note.isVisibleTo(page)
    k = max(1, -(-odr["orders"] // 100))
    puts = "problem order puts" if k == 1 else "problem orders put"
    assert f"with {odr['orders']} orders in the window, {k} {puts} the rate at or over 1%" in note.text()


def test_a_changed_rule_setting_is_said_on_the_dashboard(window, session, qtbot):
    page = window.show_page("dashboard")
    assert not page.settings_note.isVisibleTo(page)
    session.store.set_setting("auto_replies_count", "0")
    qtbot.waitUntil(lambda: page.settings_note.isVisibleTo(page), timeout=5000)
    assert "Auto-replies count as answers for the 48-hour standard" in page.settings_note.text()


def test_the_capacity_panel_shows_pace_backlog_and_surge(window, session):
    page = window.show_page("dashboard")
    capacity = session.status()["capacity"]
    text = page.capacity.figures.text()
    assert f"Backlog: <b>{capacity['backlog']}</b> open orders" in text
    assert f"{capacity['orders_last_7_days']} orders in the last 7 days" in text
    assert page.capacity.actions.isVisibleTo(page) == (bool(capacity["projected_late"]) or capacity["surge"])
