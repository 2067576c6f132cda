"""Each dashboard chart tells screen readers its values in words, and can be reached with Tab."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_charts_describe_their_values(window, session, qtbot):
    page = window.show_page("dashboard")
    charts = page.charts
    qtbot.waitUntil(lambda: "highest" in charts["odr_trend"].accessibleDescription(), timeout=20000)
    trend = charts["odr_trend"].accessibleDescription()
    assert "Today " in trend and "a warning would have been sent on" in trend
    ratings = page.model.ratings
    assert f"5★ {ratings[4]}" in charts["ratings"].accessibleDescription()
    monthly = page.model.monthly[-1]
    assert f"({monthly['on_time']} of {monthly['to_ship']})" in charts["monthly"].accessibleDescription()
    qtbot.waitUntil(lambda: "cause" in charts["causes"].accessibleDescription(), timeout=20000)
    for chart in charts.values():
        assert chart.focusPolicy() & Qt.FocusPolicy.TabFocus
