"""Seller tools in the UI: saved replies (copy + logged reply), profiles (recompute + undo), settings
(holidays, vacation), the Today panel and the label PDF."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from sellerdesk.store import tools


@pytest.fixture
def no_dialogs(monkeypatch):
    """Message boxes answer Yes and are recorded instead of blocking."""
    shown: list[str] = []

    def record(kind):
        def show(parent, title, text, *args, **kwargs):
            shown.append(f"{kind}: {title}: {text}")
            return QMessageBox.StandardButton.Yes

        return show

    for kind in ("warning", "information", "question", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))
    return shown


def _order_with_thread(store):
    return store.db.execute(
        "SELECT o.order_id, t.thread_id FROM orders o JOIN threads t ON t.order_id = o.order_id "
        "WHERE o.status = 'open' AND o.ship_name IS NOT NULL ORDER BY o.order_date DESC LIMIT 1"
    ).fetchone()


def _select_reply(page, title):
    for row in range(page.list.count()):
        if page.list.item(row).text().startswith(title):
            page.list.setCurrentRow(row)
            return page.current_id
    raise AssertionError(title)


def test_copy_puts_the_filled_reply_on_the_clipboard_and_logs_it(session, qtbot, no_dialogs):
    from sellerdesk.ui.pages.saved_replies import SavedRepliesPage

    page = SavedRepliesPage(session)
    qtbot.addWidget(page)
    store = session.store
    order_id, thread_id = _order_with_thread(store)
    reply_id = _select_reply(page, "Order received")
    page.choose_order(order_id)
    assert page.order_box.currentData() == order_id
    order = store.get("orders", order_id)
    first = order["ship_name"].split()[0]
    expected = (
        f"Hi {first}, thank you for your order {order_id}! We've received it and will ship it by "
        f"{order['ship_by']}. \n\nWillow & Thread"
    )
    assert page.preview.text.toPlainText() == expected
    page.log_check.setChecked(True)
    messages_before = store.db.execute("SELECT count(*) FROM messages").fetchone()[0]
    assert page.copy()
    assert QGuiApplication.clipboard().text() == expected
    logged = store.db.execute(
        "SELECT sender, sent_at, text, order_id FROM messages WHERE thread_id = ? ORDER BY sent_at DESC LIMIT 1",
        [thread_id],
    ).fetchone()
    assert logged == ("seller", "2026-11-23T12:00:00Z", expected, order_id)  # the session's clock: "now"
    assert store.get("threads", thread_id)["first_reply_at"] is not None
    assert store.get("saved_replies", reply_id)["usage_count"] == 1
    assert "used 1×" in page.list.currentItem().text()
    session.undo_stack.undo()
    assert store.db.execute("SELECT count(*) FROM messages").fetchone()[0] == messages_before
    assert store.get("saved_replies", reply_id)["usage_count"] == 0


def test_use_reply_dialog_from_a_thread_logs_the_sellers_reply(session, qtbot, no_dialogs):
    from sellerdesk.ui.dialogs.use_reply import UseReplyDialog

    order_id, thread_id = _order_with_thread(session.store)
    dialog = UseReplyDialog(session, thread_id=thread_id)
    qtbot.addWidget(dialog)
    assert dialog.order_id == order_id
    dialog.search.setText("delay")
    assert dialog.current_reply()["title"] == "Delay apology"
    dialog.copy()
    text = QGuiApplication.clipboard().text()
    assert order_id in text and "{" not in text
    row = session.store.db.execute(
        "SELECT sender FROM messages WHERE thread_id = ? AND text = ?", [thread_id, text]
    ).fetchone()
    assert row == ("seller",)


def test_editor_shows_placeholder_errors_and_refuses_to_save(session, qtbot, no_dialogs):
    from sellerdesk.ui.pages.saved_replies import SavedRepliesPage

    page = SavedRepliesPage(session)
    qtbot.addWidget(page)
    page.new_record()
    page.title_edit.setText("Sneaky")
    page.body.setPlainText("Hi {buyer_first_name} {order.__class__} {{ok}}")
    assert page.errors.isVisibleTo(page)
    assert "line 1, column 23" in page.errors.text() and "{order.__class__}" in page.errors.text()
    assert "{order.__class__}" in page.preview.text.toPlainText()  # shown as written, never evaluated
    count = session.store.db.execute("SELECT count(*) FROM saved_replies").fetchone()[0]
    assert page.save() is False
    assert session.store.db.execute("SELECT count(*) FROM saved_replies").fetchone()[0] == count
    page.body.setPlainText("Hi {buyer_first_name}, {{ok}}")
    assert not page.errors.isVisibleTo(page)
    assert page.save()
    assert session.store.db.execute("SELECT count(*) FROM saved_replies").fetchone()[0] == count + 1
    page.search.setText("sneaky")
    assert page.list.count() == 1


def test_profile_change_recomputes_open_orders_as_one_undo_step(session, qtbot, no_dialogs):
    from sellerdesk.ui.pages.shipping_profiles import ShippingProfilesPage

    store = session.store
    page = ShippingProfilesPage(session)
    qtbot.addWidget(page)
    profile = store.get("shipping_profiles", 1)
    snapshot = store.db.execute(
        "SELECT order_id, processing_max, ship_by, edd FROM orders ORDER BY order_id"
    ).fetchall()
    open_orders = store.db.execute(
        f"SELECT count(*) FROM orders WHERE shipping_profile_id = 1 AND custom = 0 AND {tools.OPEN_ORDER}"
    ).fetchone()[0]
    assert open_orders > 0
    asked: list[int] = []
    page.ask_recompute = lambda name, changes: asked.append(len(changes)) or True
    steps = session.undo_stack.count()
    page.apply_edit(1, {**profile, "processing_min": 4, "processing_max": 6})
    assert asked and asked[0] == open_orders
    assert session.undo_stack.count() == steps + 1
    assert store.get("shipping_profiles", 1)["processing_max"] == 6
    moved = store.db.execute(
        f"SELECT count(*) FROM orders WHERE shipping_profile_id = 1 AND processing_max = 6 AND {tools.OPEN_ORDER}"
    ).fetchone()[0]
    assert moved == open_orders
    assert page.table.item(0, 1).text().startswith("4–6")
    session.undo_stack.undo()
    assert store.get("shipping_profiles", 1)["processing_max"] == profile["processing_max"]
    assert (
        store.db.execute("SELECT order_id, processing_max, ship_by, edd FROM orders ORDER BY order_id").fetchall()
        == snapshot
    )
    # Keeping the orders' dates changes only the profile.
    page.ask_recompute = lambda name, changes: False
    page.apply_edit(1, {**profile, "processing_max": 9})
    assert (
        store.db.execute("SELECT order_id, processing_max, ship_by, edd FROM orders ORDER BY order_id").fetchall()
        == snapshot
    )


def test_holiday_calendar_shows_its_effect_and_applies_in_one_step(session, qtbot, no_dialogs):
    from sellerdesk.ui.pages.settings import SettingsPage

    store = session.store
    page = SettingsPage(session)
    qtbot.addWidget(page)
    section = page.holidays
    open_dates = store.db.execute(
        f"SELECT order_id, ship_by, edd FROM orders WHERE {tools.OPEN_ORDER} ORDER BY order_id"
    ).fetchall()
    section.day.setDate(section.day.date().fromString("2026-11-24", "yyyy-MM-dd"))  # the day after "today"
    section.name.setText("Workshop closed")
    section.add_day()
    expected = tools.calendar_recompute(store, section.pending)
    assert expected
    assert f"{len(expected)} a different estimated delivery" in section.effect.text()
    section.load_country("IT", 2027)
    assert "2027-04-25" in section.pending
    steps = session.undo_stack.count()
    section.apply()
    assert session.undo_stack.count() == steps + 1
    assert date(2026, 11, 24) in store.calendar().holidays
    assert (
        store.db.execute(
            f"SELECT order_id, ship_by, edd FROM orders WHERE {tools.OPEN_ORDER} ORDER BY order_id"
        ).fetchall()
        != open_dates
    )
    assert "follow this calendar" in section.effect.text()
    session.undo_stack.undo()
    assert date(2026, 11, 24) not in store.calendar().holidays
    assert (
        store.db.execute(
            f"SELECT order_id, ship_by, edd FROM orders WHERE {tools.OPEN_ORDER} ORDER BY order_id"
        ).fetchall()
        == open_dates
    )


def test_settings_validate_and_save_as_one_step(session, qtbot, no_dialogs):
    from sellerdesk.ui.pages.settings import SettingsPage

    page = SettingsPage(session)
    qtbot.addWidget(page)
    page.timezone.setCurrentText("Mars/Olympus")
    assert page.save() is False
    assert "Mars/Olympus" in no_dialogs[-1]
    page.timezone.setCurrentText("Europe/Rome")
    page.name.setText("Willow")
    page.lag_days.setValue(0)
    page.tray.setChecked(True)
    assert page.save()
    store = session.store
    assert store.shop()["timezone"] == "Europe/Rome" and store.rule_settings().odr_lag_days == 0
    assert store.setting("tray_notifications") == "1"
    session.undo_stack.undo()
    assert store.shop()["name"] == "Willow & Thread" and store.rule_settings().odr_lag_days == 30
    assert store.setting("tray_notifications") is None


def test_vacation_banner_and_auto_replies(session, qtbot, no_dialogs):
    from sellerdesk.ui.pages.settings import SettingsPage
    from sellerdesk.ui.vacation_banner import VacationBanner

    banner = VacationBanner()
    qtbot.addWidget(banner)
    banner.set_session(session)
    assert banner.isHidden()
    page = SettingsPage(session)
    qtbot.addWidget(page)
    section = page.vacations
    section.start.setDate(section.start.date().fromString("2026-11-20", "yyyy-MM-dd"))
    section.end.setDate(section.end.date().fromString("2026-11-30", "yyyy-MM-dd"))
    assert section.reply.currentText() == "Vacation auto-reply"
    assert section.add()
    banner.show()  # a toolbar in the window; shown here on its own
    banner.refresh()
    assert banner.isVisible() and "2026-11-20 – 2026-11-30" in banner.label.text()
    assert "Vacation auto-reply" in banner.label.text()
    section.end.setDate(section.end.date().fromString("2026-11-21", "yyyy-MM-dd"))
    assert section.add() is False and "overlaps" in no_dialogs[-1]
    # The demo's earlier vacation: its messages already carry auto-replies; one more waiting one gets logged.
    store = session.store
    waiting = store.db.execute(
        "SELECT count(*) FROM threads WHERE first_reply_at IS NULL AND spam = 0 AND "
        "first_buyer_day BETWEEN '2026-11-20' AND '2026-11-30'"
    ).fetchone()[0]
    section.table.selectRow(0)
    assert section.log_auto_replies() == waiting > 0
    assert (
        store.db.execute(
            "SELECT count(*) FROM threads WHERE first_reply_at IS NULL AND spam = 0 AND "
            "first_buyer_day BETWEEN '2026-11-20' AND '2026-11-30'"
        ).fetchone()[0]
        == 0
    )
    session.undo_stack.undo()
    session.undo_stack.undo()
    banner.refresh()
    assert banner.isHidden()


def test_today_panel_lists_records_for_the_sessions_day_and_opens_them(session, qtbot):
    from sellerdesk.ui.today import TodayPanel

    class Window:
        opened: list = []

        def open_record(self, kind, key):
            self.opened.append((kind, key))

    store = session.store
    due_today = [
        r[0]
        for r in store.db.execute(
            f"SELECT order_id FROM orders WHERE {tools.OPEN_ORDER} AND due_by = '2026-11-23' ORDER BY order_id"
        )
    ]
    assert due_today
    window = Window()
    panel = TodayPanel(window)
    qtbot.addWidget(panel)
    panel.set_session(session)
    assert sorted(panel.record_keys("ship_today")) == due_today
    assert panel.record_keys("messages")  # the demo leaves a few buyer messages unanswered
    head = panel.tree.topLevelItem(0)
    assert head.text(0).startswith("Ship today") and head.childCount() == len(due_today)
    assert head.child(0).text(0).startswith(f"Order {due_today[0]}\n")
    shown = [
        panel.tree.topLevelItem(i).child(j).text(0)
        for i in range(panel.tree.topLevelItemCount())
        for j in range(panel.tree.topLevelItem(i).childCount())
    ]
    assert any("deadline in" in text or "48 h" in text for text in shown)  # the unanswered messages, worded
    panel.tree.itemClicked.emit(head.child(0), 0)
    assert window.opened == [("order", head.child(0).data(0, Qt.ItemDataRole.UserRole)[1])]
    # Shipping the order takes it off the list at once.
    store.update("orders", due_today[0], {"status": "shipped", "shipped_date": "2026-11-23"})
    assert due_today[0] not in panel.record_keys()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_label_pdf_contains_the_address_and_order_id(session, tmp_path, qapp):
    from sellerdesk.io.labels import write_pdf

    store = session.store
    order_id = store.db.execute(
        "SELECT o.order_id FROM orders o JOIN order_items i ON i.order_id = o.order_id "
        "WHERE i.personalization != '' AND o.status = 'open' LIMIT 1"
    ).fetchone()[0]
    store.update("orders", order_id, {"ship_street2": "Apt 4B"})
    pdf = tmp_path / "labels.pdf"
    assert write_pdf(store, [order_id], pdf) == 1
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    order = store.get("orders", order_id)
    for expected in (
        order_id,
        order["ship_name"],
        order["ship_street1"],
        "Apt 4B",
        order["ship_city"],
        order["ship_zip"],
        "Packing slip",
        "Personalization",
        "Thank you for your order",
    ):
        assert expected in text, expected
