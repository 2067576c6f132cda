"""File > Export… from the window: everything into a folder, or the current page under its filter."""

from __future__ import annotations

import csv

from sellerdesk.ui.export_actions import ExportFlow


def test_export_everything_from_the_window(window, session, qtbot, tmp_path):
    flow = ExportFlow(window, session.path)
    flow.everything(tmp_path / "out")
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage(), timeout=20000)
    orders = session.store.db.execute("SELECT count(*) FROM orders").fetchone()[0]
    with (tmp_path / "out" / "sellerdesk-orders.csv").open(encoding="utf-8", newline="") as handle:
        assert len(list(csv.reader(handle))) == orders + 1


def test_export_the_orders_page_under_its_quick_filter(window, session, qtbot, tmp_path):
    page = window.show_page("orders")
    page.filter_box.setCurrentIndex(page.filter_box.findData("canceled"))
    qtbot.waitUntil(lambda: page.export_query().filter == "canceled", timeout=5000)
    flow = ExportFlow(window, session.path)
    flow.page(page, tmp_path / "canceled.csv")
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage(), timeout=20000)
    with (tmp_path / "canceled.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    canceled = session.store.db.execute("SELECT count(*) FROM orders WHERE status = 'canceled'").fetchone()[0]
    assert len(rows) - 1 == canceled > 0
    assert {r[rows[0].index("status")] for r in rows[1:]} == {"canceled"}


def test_the_file_menu_offers_export(window):
    actions = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Export…" in actions
