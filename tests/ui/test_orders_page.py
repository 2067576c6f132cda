"""The Orders page driven as a user would: search, header clicks, quick filters, dialogs, Delete, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from sellerdesk.core.standards import format_percent


def wait_loaded(qtbot, page, action):
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        action()


def cell(page, row, key):
    return page.model.index(row, page.query.column_index(key)).data()


def ctrl(qtbot, window, key, shift=False):
    mods = Qt.KeyboardModifier.ControlModifier | (
        Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    )
    qtbot.keyClick(window, key, mods)


def select_row(qtbot, page, row=0):
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def odr_text(session):
    odr = session.status()["odr"]
    return f"{format_percent(odr['problem_orders'], odr['orders'], 2)} ({odr['problem_orders']} of {odr['orders']})"


def test_search_box_debounces_then_filters(window, session, qtbot):
    page = window.show_page("orders")
    total = page.model.rowCount()
    assert total == 400 and page.count_label.text() == "400 orders"
    order_id = page.model.key_at(5)
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        qtbot.keyClicks(page.search, order_id)
        assert page.query.search == ""  # nothing happens while typing (debounce)
    assert page.model.rowCount() == 1 and page.model.key_at(0) == order_id
    wait_loaded(qtbot, page, page.search.clear)
    assert page.model.rowCount() == total
    title = session.store.db.execute("SELECT title FROM order_items LIMIT 1").fetchone()[0]
    word = title.split()[-1][:4]
    wait_loaded(qtbot, page, lambda: (page.search.setText(word), page.apply_search()))
    assert 0 < page.model.rowCount() < total


def test_header_click_sorts_in_sql(window, qtbot):
    page = window.show_page("orders")
    header = page.table.horizontalHeader()
    section = page.query.column_index("total")
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    wait_loaded(
        qtbot,
        page,
        lambda: qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)),
    )
    assert page.query.sort_key == "total"
    totals = [page.model.row(r)[1 + section] for r in range(page.model.rowCount())]
    assert totals == sorted(totals, reverse=page.query.descending)
    flags = page.query.column_index("flags")
    x = header.sectionViewportPosition(flags) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert page.query.sort_key == "total"  # flags are filters, not a sort


def test_quick_filters(window, session, qtbot):
    page = window.show_page("orders")
    wait_loaded(qtbot, page, lambda: page.set_filter("canceled"))
    n = page.model.rowCount()
    assert n > 0 and all(cell(page, r, "status") == "canceled" for r in range(n))
    wait_loaded(qtbot, page, lambda: page.set_filter("problem"))
    assert page.model.rowCount() > 0 and "problem order" in cell(page, 0, "flags")
    wait_loaded(qtbot, page, lambda: page.set_filter("overdue"))
    for r in range(page.model.rowCount()):
        assert cell(page, r, "due_by") < session.as_of().isoformat() and "late" in cell(page, r, "flags")


def test_add_order_then_undo_redo_and_delete(window, session, qtbot, dialogs, monkeypatch):
    page = window.show_page("orders")
    dialogs.answers = [
        {"order_id": "NEW-1", "order_date": "2026-11-20", "buyer": "zed", "total_minor": "12.50", "processing_max": "3"}
    ]
    wait_loaded(qtbot, page, lambda: ctrl(qtbot, window, Qt.Key.Key_N))
    assert page.model.rowCount() == 401
    wait_loaded(qtbot, page, lambda: (page.search.setText("NEW-1"), page.apply_search()))
    assert cell(page, 0, "total") == "12.50 USD" and cell(page, 0, "due_by") == "2026-11-25"
    wait_loaded(qtbot, page, lambda: ctrl(qtbot, window, Qt.Key.Key_Z))
    assert page.model.rowCount() == 0
    wait_loaded(qtbot, page, lambda: ctrl(qtbot, window, Qt.Key.Key_Z, shift=True))
    assert page.model.rowCount() == 1

    select_row(qtbot, page)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    page.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Delete)
    assert page.model.rowCount() == 1  # "No" kept it
    wait_loaded(qtbot, page, lambda: qtbot.keyClick(window, Qt.Key.Key_Delete))
    assert page.model.rowCount() == 0
    wait_loaded(qtbot, page, lambda: ctrl(qtbot, window, Qt.Key.Key_Z))
    assert page.model.rowCount() == 1


@pytest.mark.parametrize(
    ("field", "values", "message"),
    [
        ("order_id", {"order_id": ""}, "a value is required"),
        ("order_date", {"order_date": "20/11/2026"}, "not a date"),
        ("buyer", {"buyer": ""}, "a value is required"),
        ("total_minor", {"total_minor": "12,5x"}, "not an amount"),
        ("shipped_date", {"shipped_date": "2026-11-01"}, "before the order date"),
        ("delivered_date", {"shipped_date": "2026-11-21", "delivered_date": "2026-11-20"}, "before the shipped date"),
    ],
)
def test_order_dialog_says_what_is_wrong_next_to_the_field(window, session, dialogs, field, values, message):
    page = window.show_page("orders")
    steps = session.undo_stack.count()
    dialogs.answers = [{"order_id": "NEW-2", "order_date": "2026-11-20", "buyer": "zed", **values}]
    page.new_record()
    assert message in dialogs.shown[-1].error_text(field)
    assert session.undo_stack.count() == steps


def test_duplicate_order_id_is_refused(window, session, dialogs):
    page = window.show_page("orders")
    existing = page.model.key_at(0)
    dialogs.answers = [{"order_id": existing, "order_date": "2026-11-20", "buyer": "zed"}]
    page.new_record()
    assert "already exists" in dialogs.shown[-1].error_text("order_id")


def open_order(qtbot, page, order_id):
    wait_loaded(qtbot, page, lambda: (page.search.setText(order_id), page.apply_search()))
    select_row(qtbot, page)
    assert page.selected == order_id


def test_mark_shipped_and_extend_ship_by_from_the_detail(window, session, qtbot, dialogs):
    page = window.show_page("orders")
    today = session.as_of().isoformat()
    order_id, ordered = session.store.db.execute(
        "SELECT order_id, order_date FROM orders WHERE status = 'open' AND shipped_date IS NULL "
        "AND ship_by_extended IS NULL AND ship_by >= ? ORDER BY order_id LIMIT 1",
        [today],
    ).fetchone()
    open_order(qtbot, page, order_id)
    dialogs.answers = [{"ship_by_extended": "2030-01-01"}]
    page.detail.buttons["extend"].click()
    assert "at most 21 days" in dialogs.shown[-1].error_text("ship_by_extended")
    ship_by = session.store.get("orders", order_id)["ship_by"]
    from datetime import date, timedelta

    later = (date.fromisoformat(ship_by) + timedelta(days=3)).isoformat()
    dialogs.answers = [{"ship_by_extended": later}]
    wait_loaded(qtbot, page, page.detail.buttons["extend"].click)
    assert cell(page, 0, "due_by") == f"{later} (ext.)"
    dialogs.answers = [{"shipped_date": "2001-01-01"}]
    page.detail.buttons["ship"].click()
    assert "before the order date" in dialogs.shown[-1].error_text("shipped_date")
    dialogs.answers = [{"shipped_date": today, "carrier": "USPS", "tracking_number": "9400TEST"}]
    wait_loaded(qtbot, page, page.detail.buttons["ship"].click)
    assert cell(page, 0, "shipped") == today and cell(page, 0, "tracking") == "9400TEST"
    assert cell(page, 0, "status") == "shipped"
    assert "9400TEST" in page.detail.body.toPlainText()


def test_add_review_from_the_detail_updates_the_status_bar(window, session, qtbot, dialogs):
    page = window.show_page("orders")
    odr = session.status()["odr"]
    order_id = session.store.db.execute(
        "SELECT order_id FROM orders WHERE order_date >= ? AND order_date < ? AND status != 'canceled' "
        "AND order_id NOT IN (SELECT order_id FROM reviews) AND order_id NOT IN (SELECT order_id FROM cases) "
        "LIMIT 1",
        [odr["window"]["start"], odr["window"]["end"]],
    ).fetchone()[0]
    open_order(qtbot, page, order_id)
    before = odr_text(session)
    dialogs.answers = [{"review_date": "2026-11-20", "rating": "1", "text": "Broken"}]
    wait_loaded(qtbot, page, page.detail.buttons["review"].click)
    assert odr_text(session) != before and odr_text(session) in window.odr_label.text()
    assert "problem order" in cell(page, 0, "flags")
    assert "Broken" in page.detail.body.toPlainText()
    wait_loaded(qtbot, page, lambda: ctrl(qtbot, window, Qt.Key.Key_Z))
    assert before in window.odr_label.text() and "problem" not in cell(page, 0, "flags")


def test_ctrl_f_focuses_search_and_state_is_restored(window, session, qsettings, qtbot):
    from sellerdesk.ui.main_window import MainWindow

    page = window.show_page("orders")
    window.activateWindow()
    ctrl(qtbot, window, Qt.Key.Key_F)
    qtbot.waitUntil(page.search.hasFocus, timeout=2000)
    section = page.query.column_index("buyer")
    page.table.horizontalHeader().resizeSection(section, 222)
    page.splitter.setSizes([300, 123])
    sizes = page.splitter.sizes()
    window.close()
    again = MainWindow(session, qsettings)
    qtbot.addWidget(again)
    restored = again.show_page("orders")
    assert restored.table.horizontalHeader().sectionSize(section) == 222
    assert restored.splitter.saveState() == qsettings.value("orders/splitter")
    assert sizes[1] < sizes[0]


def test_a_table_model_reads_no_rows_once_its_shop_is_closed(demo_store, qapp):
    """A repaint or column fit still queued when the shop closed gets no rows instead of an exception
    (raised inside Qt's call into the model, PySide could crash reporting it); other errors still surface."""
    import sqlite3
    from datetime import date

    from sellerdesk.store.order_table import orders_query
    from sellerdesk.ui.models.paged import PAGE_SIZE, PagedTableModel

    read = PagedTableModel(orders_query(demo_store.db, date(2026, 11, 23)))
    assert read.rowCount() > PAGE_SIZE and read.index(0, 0).data()  # the first page read, the count known
    unread = PagedTableModel(orders_query(demo_store.db, date(2026, 11, 23)))
    demo_store.close()
    assert unread.rowCount() == 0
    assert read.index(PAGE_SIZE, 0).data() is None  # a page not read before the shop closed

    def other_error() -> int:
        raise sqlite3.ProgrammingError("Incorrect number of bindings supplied.")

    unread.query.count = other_error
    with pytest.raises(sqlite3.ProgrammingError):
        unread.rowCount()
