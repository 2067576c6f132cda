"""The dashboard: gauges and checklist per zone, live edits, what-if, midnight rollover."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from shopkit import add_orders, add_review, dump

from sellerdesk.ui.widgets.gauge import RED

AS_OF = date(2026, 6, 30)  # window 2026-04-01 .. 2026-05-30
IN_WINDOW = date(2026, 4, 10)


def make_page(store, qtbot, clock=None):
    from sellerdesk.ui.pages.dashboard import DashboardPage
    from sellerdesk.ui.session import ShopSession

    session = ShopSession(store, clock=clock or (lambda: datetime(2026, 6, 30, 12, tzinfo=UTC)))
    page = DashboardPage(session)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.model.loading and page.model.trend is not None, timeout=10000)
    return session, page


@pytest.mark.parametrize(
    ("orders", "problems", "text", "zone", "warning"),
    [
        (400, 1, "0.25%", "green", False),  # below
        (300, 3, "1.00%", "red", True),  # exactly at the limit: already a warning
        (100, 3, "3.00%", "red", True),  # over
        (101, 1, "0.99%", "amber", False),  # approaching
    ],
)
def test_gauge_and_checklist_per_zone(store, qtbot, orders, problems, text, zone, warning):
    ids = add_orders(store, "o", orders, IN_WINDOW)
    for i in range(problems):
        add_review(store, ids[i], "2026-04-20", 1)
    session, page = make_page(store, qtbot)
    state = page.odr_gauge.state()
    assert state.value_text == text
    assert state.zone == zone
    assert f"{problems} problem order{'s' if problems > 1 else ''} of {orders} —" in state.detail
    assert page.odr_gauge.accessibleDescription().startswith("Order dissatisfaction rate: " + text)
    holds = page.criteria_labels["rate_at_or_over_limit"].text()
    assert ("does not hold" not in holds) == (zone == "red")
    assert ("a warning would be sent" in page.checklist.verdict.text()) == warning
    if zone == "red":
        clean = page.model.status["odr"]["clean_orders_needed"]
        assert (
            f"<b>{clean}</b> more clean order{'s' if clean > 1 else ''} in the window" in page.checklist.headroom.text()
        )
    session.close()


def test_empty_window_says_no_orders(store, qtbot):
    session, page = make_page(store, qtbot)
    state = page.odr_gauge.state()
    assert state.value is None and state.value_text == "No orders"
    assert "No orders in the window" in state.detail
    assert "No orders in the window" in page.checklist.headroom.text()
    session.close()


def test_an_edit_on_the_reviews_table_changes_the_dashboard(session, qtbot):
    from sellerdesk.ui.commands import InsertRecord
    from sellerdesk.ui.pages.dashboard import DashboardPage

    page = DashboardPage(session)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.model.loading and page.model.trend is not None, timeout=10000)
    odr = session.status()["odr"]
    order = session.store.db.execute(
        "SELECT order_id FROM orders WHERE order_date >= ? AND order_date < ? AND status != 'canceled' "
        "AND order_id NOT IN (SELECT order_id FROM reviews) AND order_id NOT IN (SELECT order_id FROM cases)",
        [odr["window"]["start"], odr["window"]["end"]],
    ).fetchone()[0]
    with qtbot.waitSignal(page.model.statusChanged, timeout=5000):
        session.push(
            InsertRecord(
                session.store,
                "reviews",
                {"order_id": order, "review_date": "2026-11-20", "rating": 1, "text": ""},
                "review",
            )
        )
    assert page.model.status["odr"]["problem_orders"] == odr["problem_orders"] + 1
    assert f"{odr['problem_orders'] + 1} problem orders of" in page.odr_gauge.state().detail
    assert session.status() == __import__("sellerdesk.store.standards", fromlist=["x"]).shop_status(
        session.store, session.as_of()
    )
    with qtbot.waitSignal(page.model.statusChanged, timeout=5000):
        session.undo_stack.undo()
    assert page.model.status["odr"]["problem_orders"] == odr["problem_orders"]


def test_whatif_moves_the_gauge_and_leaves_the_database_alone(store, qtbot):
    ids = add_orders(store, "o", 300, IN_WINDOW)
    add_review(store, ids[0], "2026-04-20", 1)
    session, page = make_page(store, qtbot)
    before = dump(store.db)
    assert page.odr_gauge.state().zone == "green"
    page.whatif_bar.problems.setValue(2)
    assert page.odr_gauge.state().value_text == "1.00%"
    assert page.odr_gauge.state().zone == "red"
    page.whatif_bar.orders.setValue(100)
    assert page.odr_gauge.state().value_text == "0.75%"
    assert dump(store.db) == before
    page.whatif_bar.clear()
    assert page.odr_gauge.state().value_text == "0.33%"
    session.close()


def test_midnight_moves_the_window(store, qtbot):
    now = [datetime(2026, 6, 30, 23, 59, tzinfo=UTC)]
    ids = add_orders(store, "o", 100, date(2026, 4, 1))  # leaves the window at midnight
    add_orders(store, "p", 100, date(2026, 4, 2))
    add_review(store, ids[0], "2026-04-20", 1)
    session, page = make_page(store, qtbot, clock=lambda: now[0])
    assert page.odr_gauge.state().value_text == "0.50%"
    assert page.model.status["odr"]["window"]["start"] == "2026-04-01"
    now[0] += timedelta(minutes=2)
    with qtbot.waitSignal(page.model.statusChanged, timeout=10000):
        session.check_day()
    assert page.model.status["as_of"] == "2026-07-01"
    assert page.model.status["odr"]["window"]["start"] == "2026-04-02"
    assert page.odr_gauge.state().value_text == "0.00%"
    assert page.as_of_edit.date().toPython() == date(2026, 7, 1)
    session.close()


def test_problem_order_list_suggests_seller_protection_and_opens_the_order(store, qtbot, monkeypatch):
    from shopkit import add_case, add_order

    add_orders(store, "o", 120, IN_WINDOW)
    add_order(store, "lost", IN_WINDOW, ship_by="2026-04-14", shipped="2026-04-13", tracking="1Z999")
    add_case(store, "lost", "2026-05-10", reason="not_received")
    session, page = make_page(store, qtbot)
    table = page.problem_orders.model()
    assert table.rowCount() == 1
    assert "lost in transit, shipped on time" in table.index(0, 4).data()
    assert "not received" in table.index(0, 3).data()
    opened = []
    monkeypatch.setattr(page, "window", lambda: type("W", (), {"open_record": lambda *a: opened.append(a)})())
    page._open(page.problem_orders, 0)
    assert opened and opened[0][-2:] == ("order", "lost")
    target = store.path.parent / "trend.png"
    with qtbot.waitSignal(page.charts["odr_trend"].saved, timeout=20000) as saved:
        page.charts["odr_trend"].save_png(target)
    assert saved.args == [str(target)]
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    session.close()


def test_as_of_picker_shows_a_past_day(session, qtbot):
    from sellerdesk.store.standards import shop_status
    from sellerdesk.ui.pages.dashboard import DashboardPage

    page = DashboardPage(session)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.model.loading and page.model.trend is not None, timeout=10000)
    day = date(2026, 9, 1)
    with qtbot.waitSignal(page.model.statusChanged, timeout=10000):
        page.as_of_edit.setDate(day)
    assert page.model.status == shop_status(session.store, day)
    assert RED is not None


def _shown_page(session, qtbot):
    from sellerdesk.ui.pages.dashboard import DashboardPage

    page = DashboardPage(session)
    qtbot.addWidget(page)
    page.resize(1000, 2200)  # every chart of the first tab on screen
    page.show()
    return page


def _pixels(image, colour: str) -> int:
    """How many pixels of the image are (about) this colour."""
    import numpy as np
    from PySide6.QtGui import QColor, QImage

    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    rows = np.frombuffer(rgba.constBits(), np.uint8).reshape(rgba.height(), rgba.bytesPerLine())
    rgb = rows[:, : rgba.width() * 4].reshape(rgba.height(), rgba.width(), 4)[:, :, :3].astype(int)
    want = np.array(QColor(colour).getRgb()[:3])
    return int((np.abs(rgb - want).max(axis=2) < 40).sum())


def test_charts_are_drawn_off_the_gui_thread_and_show_the_odr_line(session, qtbot, monkeypatch):
    import threading

    from sellerdesk.ui.widgets import charts

    threads = []
    figure_for = charts.figure_for

    def recording(*args, **kwargs):
        threads.append(threading.get_ident())
        return figure_for(*args, **kwargs)

    monkeypatch.setattr(charts, "figure_for", recording)
    page = _shown_page(session, qtbot)
    shown = [page.charts[k] for k in ("odr_trend", "monthly", "ratings", "causes")]
    qtbot.waitUntil(lambda: all(c.is_drawn() for c in shown), timeout=30000)
    assert threads and threading.get_ident() not in threads
    trend = page.charts["odr_trend"]
    image = trend.image()
    ratio = trend.devicePixelRatioF()
    assert (image.width(), image.height()) == (round(trend.width() * ratio), round(trend.height() * ratio))
    theme = charts.Theme.from_palette(trend.palette())
    assert _pixels(image, theme.accent) > 100  # the daily ODR line
    assert _pixels(image, theme.bad) > 100  # the 1% limit
    assert "Daily ODR" in trend.accessibleDescription()


def test_a_chart_is_drawn_when_it_comes_into_view_and_again_at_a_new_size(session, qtbot):
    page = _shown_page(session, qtbot)
    qtbot.waitUntil(lambda: page.charts["odr_trend"].is_drawn(), timeout=30000)
    projection = page.charts["projection"]  # on the "What is coming" tab, not open yet
    assert projection.image() is None and not projection.is_drawn()
    assert page.model.projection == []  # made only for that tab
    page.tabs.setCurrentWidget(projection.parentWidget())
    qtbot.waitUntil(projection.is_drawn, timeout=30000)
    assert len(page.model.projection) == 90
    assert "placed after the window will enter it" in page.pipeline_label.text()
    assert page.pipeline.model().rowCount() == len(page.model.status["odr"]["pipeline"])
    before = projection.image().size()
    page.resize(1300, 2200)
    qtbot.waitUntil(lambda: projection.image().size() != before and projection.is_drawn(), timeout=30000)
    assert projection.image().width() == round(projection.width() * projection.devicePixelRatioF())


def test_matplotlib_loads_as_soon_as_a_dashboard_is_made_and_never_before_the_main_windows_first_paint(
    session, qsettings, qtbot, monkeypatch
):
    """A dashboard starts matplotlib's import on the chart worker when it is made, alongside its reads (they
    fetch their rows at once, so the import no longer slows them); inside a main window not painted yet, only
    after that first paint (and the other pages, built right after it)."""
    from sellerdesk.ui.main_window import MainWindow
    from sellerdesk.ui.pages.dashboard import DashboardPage
    from sellerdesk.ui.widgets import charts

    started: list[object] = []

    class Pool:
        def start(self, work):
            started.append(work)

    monkeypatch.setattr(charts, "chart_pool", lambda: Pool())
    monkeypatch.setattr(charts, "_warmed", False)
    monkeypatch.setattr(charts, "_warm_wanted", False)
    monkeypatch.setattr(charts, "_held_for", None)
    window = MainWindow(session, qsettings)
    qtbot.addWidget(window)
    dashboard = window.built_pages()[0]
    assert dashboard.key == "dashboard"
    qtbot.waitUntil(lambda: not dashboard.model.loading, timeout=10000)
    qtbot.wait(50)
    assert started == []  # held: the window has not painted
    window.show()
    qtbot.waitUntil(lambda: started == [charts._warm_matplotlib], timeout=5000)
    assert len(window.built_pages()) == window.sidebar.count()  # every page was built first

    monkeypatch.setattr(charts, "_warmed", False)
    page = DashboardPage(session)
    qtbot.addWidget(page)
    assert started == [charts._warm_matplotlib] * 2  # at once, not after the reads
    qtbot.waitUntil(lambda: not page.model.loading, timeout=10000)
    assert len(started) == 2  # once per process
