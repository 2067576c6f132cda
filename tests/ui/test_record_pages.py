"""Messages, Reviews and Cases pages driven as a user would: search, header clicks, dialogs, Delete, Ctrl+Z."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from sellerdesk.core.standards import format_percent

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)  # the session fixture's clock


def clean_window_order(session) -> tuple[str, str]:
    odr = session.status()["odr"]
    return session.store.db.execute(
        "SELECT order_id, order_date FROM orders WHERE order_date >= ? AND order_date < ? AND status != 'canceled' "
        "AND order_id NOT IN (SELECT order_id FROM reviews) AND order_id NOT IN (SELECT order_id FROM cases) "
        "ORDER BY order_date LIMIT 1",
        [odr["window"]["start"], odr["window"]["end"]],
    ).fetchone()


def odr_text(session) -> str:
    odr = session.status()["odr"]
    return f"{format_percent(odr['problem_orders'], odr['orders'], 2)} ({odr['problem_orders']} of {odr['orders']})"


def search(qtbot, page, text: str) -> None:
    page.search.clear()
    qtbot.keyClicks(page.search, text)
    qtbot.waitUntil(lambda: page.query.search == text, timeout=2000)


def cell(page, row: int, key: str):
    return page.model.index(row, page.query.column_index(key)).data()


def select_row(qtbot, page, row: int = 0) -> None:
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def new_record(window) -> None:
    """Edit > New record (Ctrl+N; File > New shop currently claims the same key)."""
    from PySide6.QtGui import QAction

    next(a for a in window.findChildren(QAction) if a.text() == "&New record").trigger()


def ctrl(qtbot, window, key, shift: bool = False) -> None:
    mods = Qt.KeyboardModifier.ControlModifier
    if shift:
        mods |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, key, mods)


# -- reviews -----------------------------------------------------------------------------------
def test_one_star_review_raises_the_odr_exclusion_lowers_it_and_undo_redo_follow(window, session, qtbot, dialogs):
    order_id, ordered = clean_window_order(session)
    before = session.status()["odr"]["problem_orders"]
    start_text = odr_text(session)
    assert start_text in window.odr_label.text()
    page = window.show_page("reviews")

    dialogs.answers = [{"order_id": order_id, "review_date": "2026-11-20", "rating": "1", "text": "Broken"}]
    new_record(window)
    assert session.status()["odr"]["problem_orders"] == before + 1
    raised_text = odr_text(session)
    assert raised_text in window.odr_label.text()

    search(qtbot, page, order_id)
    assert page.model.rowCount() == 1
    assert cell(page, 0, "rating").endswith("1") and cell(page, 0, "text") == "Broken"
    select_row(qtbot, page)
    assert "problem order" in page.detail_label.text()

    dialogs.answers = [{"excluded_reason": "abusive_review"}]
    qtbot.mouseClick(page.findChild(QPushButton, "exclude"), Qt.MouseButton.LeftButton)
    assert cell(page, 0, "excluded_reason") == "abusive review"
    assert start_text in window.odr_label.text()

    ctrl(qtbot, window, Qt.Key.Key_Z)  # the exclusion
    assert raised_text in window.odr_label.text()
    assert cell(page, 0, "excluded_reason") == ""
    ctrl(qtbot, window, Qt.Key.Key_Z)  # the review
    assert start_text in window.odr_label.text()
    assert page.model.rowCount() == 0
    ctrl(qtbot, window, Qt.Key.Key_Z, shift=True)  # redo: the review is back
    assert raised_text in window.odr_label.text()
    assert page.model.rowCount() == 1


@pytest.mark.parametrize(
    ("field", "values", "message"),
    [
        ("rating", {"rating": "7"}, "out of range; expected 1 to 5"),
        ("rating", {"rating": ""}, "a value is required"),
        ("review_date", {"review_date": "2026-13-01"}, "not a date"),
        ("review_date", {"review_date": "2001-01-01"}, "before the order date"),
        ("order_id", {"order_id": ""}, "a value is required"),
        ("order_id", {"order_id": "NO-SUCH"}, "No order NO-SUCH"),
    ],
)
def test_review_dialog_says_what_is_wrong_next_to_the_field(window, session, qtbot, dialogs, field, values, message):
    order_id, _ = clean_window_order(session)
    page = window.show_page("reviews")
    steps = session.undo_stack.count()
    dialogs.answers = [{"order_id": order_id, "review_date": "2026-11-20", "rating": "2", **values}]
    page.new_record()
    dialog = dialogs.shown[-1]
    assert message in dialog.error_text(field)
    assert session.undo_stack.count() == steps


def test_reviews_filter_and_header_click_sort(window, session, qtbot):
    page = window.show_page("reviews")
    total = page.model.rowCount()
    page.filter_box.setCurrentIndex(page.filter_box.findData("low"))
    low = page.model.rowCount()
    assert 0 < low < total
    assert all(int(cell(page, r, "rating")[-1]) <= 2 for r in range(low))
    page.filter_box.setCurrentIndex(0)
    header = page.table.horizontalHeader()
    section = page.query.column_index("rating")
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert page.query.sort_key == "rating"
    first, last = cell(page, 0, "rating"), cell(page, page.model.rowCount() - 1, "rating")
    assert {first[-1], last[-1]} == {"1", "5"}
    assert page.count_label.text().startswith(f"{total:,}")


def test_delete_asks_first_and_undo_restores(window, session, qtbot, monkeypatch):
    page = window.show_page("reviews")
    total = page.model.rowCount()
    select_row(qtbot, page)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    qtbot.keyClick(window, Qt.Key.Key_Delete)
    assert page.model.rowCount() == total
    qtbot.keyClick(window, Qt.Key.Key_Delete)
    assert page.model.rowCount() == total - 1
    ctrl(qtbot, window, Qt.Key.Key_Z)
    assert page.model.rowCount() == total


# -- cases -------------------------------------------------------------------------------------
def test_open_resolve_and_exclude_a_case(window, session, qtbot, dialogs):
    order_id, _ = clean_window_order(session)
    start_text = odr_text(session)
    page = window.show_page("cases")
    page.set_filter("open")
    open_before = page.model.rowCount()
    dialogs.answers = [{"order_id": order_id, "opened_date": "2026-11-21", "reason": "late"}]
    new_record(window)
    assert page.model.rowCount() == open_before + 1
    raised_text = odr_text(session)
    assert raised_text != start_text and raised_text in window.odr_label.text()

    search(qtbot, page, order_id)
    select_row(qtbot, page)
    dialogs.answers = [{"resolution": "refunded_by_seller", "closed_date": "2026-11-01"}]
    qtbot.mouseClick(page.findChild(QPushButton, "resolve"), Qt.MouseButton.LeftButton)
    assert "before the opened date" in dialogs.shown[-1].error_text("closed_date")
    dialogs.answers = [{"resolution": "refunded_by_seller", "closed_date": "2026-11-22"}]
    page.resolve_selected()
    assert page.model.rowCount() == 0  # no longer open
    assert raised_text in window.odr_label.text()  # a case counts whatever its resolution

    page.set_filter("resolution:refunded_by_seller")
    assert page.model.rowCount() == 1 and cell(page, 0, "closed_date") == "2026-11-22"
    select_row(qtbot, page)
    dialogs.answers = [{"excluded_reason": "accidental_case"}]
    page.exclude_selected()
    assert start_text in window.odr_label.text()
    ctrl(qtbot, window, Qt.Key.Key_Z)
    ctrl(qtbot, window, Qt.Key.Key_Z)
    page.set_filter("open")
    assert page.model.rowCount() == 1


@pytest.mark.parametrize(
    ("field", "values", "message"),
    [
        ("opened_date", {"opened_date": "21/11/2026"}, "not a date"),
        ("opened_date", {"opened_date": "2001-01-01"}, "before the order date"),
        ("closed_date", {"resolution": "refunded_by_etsy"}, "needs its closed date"),
        ("resolution", {"closed_date": "2026-11-22"}, "needs its resolution"),
        ("order_id", {"order_id": "404"}, "No order 404"),
    ],
)
def test_case_dialog_validation(window, session, dialogs, field, values, message):
    order_id, _ = clean_window_order(session)
    page = window.show_page("cases")
    dialogs.answers = [{"order_id": order_id, "opened_date": "2026-11-21", "reason": "late", **values}]
    page.new_record()
    assert message in dialogs.shown[-1].error_text(field)


# -- messages ----------------------------------------------------------------------------------
def test_awaiting_reply_nearest_deadline_first_overdue_highlighted(window, session, qtbot, dialogs):
    page = window.show_page("messages")
    late = (NOW - timedelta(hours=50)).strftime("%Y-%m-%dT%H:%M:%SZ")
    fresh = (NOW - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    dialogs.answers = [
        {"thread_id": "zz-late", "sent_at": late, "text": "Where is it?"},
        {"thread_id": "zz-fresh", "sent_at": fresh, "text": "Hello?"},
    ]
    new_record(window)
    page.new_record()
    page.set_filter("awaiting")
    firsts = [page.model.row(r)[1 + page.query.column_index("first_at")] for r in range(page.model.rowCount())]
    assert firsts == sorted(firsts)  # oldest first message = nearest deadline
    search(qtbot, page, "zz-")
    assert [page.model.key_at(r) for r in range(2)] == ["zz-late", "zz-fresh"]
    assert page.is_overdue(0) and not page.is_overdue(1)
    assert cell(page, 0, "deadline").startswith("overdue by 2 h")
    assert cell(page, 1, "deadline") == "23 h left (24 h)"
    assert page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None

    # A reply moves the thread out of "awaiting" and shows the response time.
    select_row(qtbot, page, 0)
    dialogs.answers = [{"sent_at": (NOW - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ"), "text": "On its way!"}]
    qtbot.mouseClick(page.findChild(QPushButton, "log_reply"), Qt.MouseButton.LeftButton)
    assert [page.model.key_at(r) for r in range(page.model.rowCount())] == ["zz-fresh"]
    page.set_filter("")
    assert cell(page, 0, "response") == "2 d 1 h"
    select_row(qtbot, page, 0)
    assert page.message_list.count() == 2
    assert "First reply after 2 d 1 h" in page.detail_label.text()
    ctrl(qtbot, window, Qt.Key.Key_Z)
    page.set_filter("overdue")
    assert page.model.key_at(0) == "zz-late"


def test_mark_spam_and_delete_conversation_are_undoable(window, session, qtbot, monkeypatch):
    page = window.show_page("messages")
    page.set_filter("spam")
    spam_before = page.model.rowCount()
    page.set_filter("")
    search(qtbot, page, "t1")  # the demo's real conversations (its spam is named spam0..)
    select_row(qtbot, page, 0)
    thread = page.selected_key()
    assert page.spam_button.text() == "Mark spam"
    qtbot.mouseClick(page.spam_button, Qt.MouseButton.LeftButton)
    assert page.spam_button.text() == "Not spam"
    search(qtbot, page, "")
    page.set_filter("spam")
    assert page.model.rowCount() == spam_before + 1
    ctrl(qtbot, window, Qt.Key.Key_Z)
    assert page.model.rowCount() == spam_before

    page.set_filter("")
    search(qtbot, page, thread)
    select_row(qtbot, page, 0)
    messages = page.message_list.count()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(window, Qt.Key.Key_Delete)
    assert page.model.rowCount() == 0
    ctrl(qtbot, window, Qt.Key.Key_Z)
    assert page.model.rowCount() == 1
    select_row(qtbot, page, 0)
    assert page.message_list.count() == messages


@pytest.mark.parametrize(
    ("field", "values", "message"),
    [
        ("sent_at", {"sent_at": "yesterday"}, "not a date and time"),
        ("sent_at", {"sent_at": "2026-11-22T10:00:00"}, "with an offset"),
        ("thread_id", {"thread_id": ""}, "a value is required"),
        ("order_id", {"order_id": "NOPE"}, "No order NOPE"),
    ],
)
def test_message_dialog_validation(window, session, dialogs, field, values, message):
    page = window.show_page("messages")
    dialogs.answers = [{"thread_id": "x1", "sent_at": "2026-11-22T10:00:00Z", "text": "Hi", **values}]
    page.new_record()
    assert message in dialogs.shown[-1].error_text(field)
