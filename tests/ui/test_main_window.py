"""The first window shows the shop's figures; the status bar follows every change."""

from __future__ import annotations

from pathlib import Path

from sellerdesk.core.standards import format_percent


def test_window_shows_the_imported_shops_odr(window, session):
    odr = session.status()["odr"]
    assert odr["orders"] > 0
    expected = format_percent(odr["problem_orders"], odr["orders"], 2)
    assert expected in window.odr_label.text()
    dashboard = window.show_page("dashboard")
    assert dashboard.odr_gauge.state().value_text == expected
    assert str(odr["problem_orders_all_time"]) in dashboard.criteria_labels["three_since_first_sale"].text()


def test_import_updates_the_window(window, session, tmp_path, qtbot):
    before = session.status()["odr"]
    order = session.store.db.execute(
        "SELECT order_id, order_date FROM orders WHERE order_date >= ? AND order_date < ? AND status != 'canceled' "
        "AND order_id NOT IN (SELECT order_id FROM reviews) AND order_id NOT IN (SELECT order_id FROM cases) LIMIT 1",
        [before["window"]["start"], before["window"]["end"]],
    ).fetchone()
    csv = tmp_path / "reviews.csv"
    csv.write_text(f"order_id,review_date,rating,text,excluded_reason\n{order[0]},{order[1]},1,Broken,\n")
    flow = window.import_files([Path(csv)])
    with qtbot.waitSignal(flow.previewShown, timeout=10000) as shown:
        pass
    with qtbot.waitSignal(session.changed, timeout=10000):
        shown.args[0].accept()
    after = session.status()["odr"]
    assert after["problem_orders"] == before["problem_orders"] + 1
    assert format_percent(after["problem_orders"], after["orders"], 2) in window.odr_label.text()


def test_ctrl_digit_switches_pages_and_last_page_is_restored(window, session, qsettings, qtbot):
    from PySide6.QtCore import Qt

    from sellerdesk.ui.main_window import MainWindow

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().key == "orders"
    window.close()
    again = MainWindow(session, qsettings)
    qtbot.addWidget(again)
    assert again.current_page().key == "orders"


def test_pages_are_listed_at_once_and_built_after_the_first_paint(session, qsettings, qtbot):
    """Only the page shown first is built before the window's first paint; the sidebar and View menu list
    every page meanwhile, and the others are built right after it."""
    from sellerdesk.ui.main_window import MainWindow
    from sellerdesk.ui.pages import PAGES

    window = MainWindow(session, qsettings)
    qtbot.addWidget(window)
    assert [page.key for page in window.built_pages()] == ["dashboard"]
    assert [window.sidebar.item(row).text() for row in range(window.sidebar.count())] == [e.title for e in PAGES]
    assert [action.text() for action in window.view_menu.actions()][: len(PAGES)] == [e.title for e in PAGES]
    window.show()
    qtbot.waitUntil(lambda: len(window.built_pages()) == len(PAGES), timeout=10000)
    assert [page.key for page in window.pages] == [entry.key for entry in PAGES]
    assert [page.title for page in window.pages] == [entry.title for entry in PAGES]
    assert [window.stack.widget(row) for row in range(window.stack.count())] == window.pages


def test_work_after_the_first_paint_waits_for_it_and_runs_at_once_afterwards(session, qsettings, qtbot):
    """The day's backup check (and start) waits for the first paint, as the pages not shown do."""
    from sellerdesk.ui.main_window import MainWindow

    window = MainWindow(session, qsettings)
    qtbot.addWidget(window)
    ran: list[str] = []
    window.after_first_paint(lambda: ran.append("queued"))
    assert ran == []
    window.show()
    qtbot.waitUntil(lambda: ran == ["queued"], timeout=10000)
    window.after_first_paint(lambda: ran.append("now"))
    assert ran == ["queued", "now"]


def test_a_page_asked_for_before_it_was_built_is_built_then(session, qsettings, qtbot):
    from sellerdesk.ui.main_window import MainWindow

    window = MainWindow(session, qsettings)
    qtbot.addWidget(window)
    window.sidebar.setCurrentRow(4)  # a click before the first paint
    page = window.current_page()
    assert page.key == "cases" and window.stack.currentWidget() is page
    assert page.model.rowCount() > 0
    assert window.windowTitle().startswith(page.title)
