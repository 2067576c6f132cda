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
