"""Issue-5 tools reached from the record pages, driven as a user would: the Orders detail's
"Mark as custom…", "Use saved reply…" and "Labels…", new orders from the default profile, the
vacation / custom flags, the Messages page's saved reply, and Today-panel jumps to each record."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from sellerdesk.core.dates import ship_by_date
from sellerdesk.store import tools
from sellerdesk.ui.dialogs.order_picker import OrderPicker
from sellerdesk.ui.dialogs.use_reply import UseReplyDialog
from sellerdesk.ui.tools_commands import EditVacation


@pytest.fixture
def use_first_reply(monkeypatch):
    """UseReplyDialog: pick the first saved reply and press Copy."""
    used: list[UseReplyDialog] = []

    def fake_exec(self):
        used.append(self)
        self.list.setCurrentRow(0)
        self.copy_button.click()
        return int(self.result())

    monkeypatch.setattr(UseReplyDialog, "exec", fake_exec)
    return used


def open_order(qtbot, window, order_id):
    page = window.show_page("orders")
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        window.open_record("order", order_id)
    return page


def current_key(page):
    return page.model.key_at(page.table.currentIndex().row())


def flags_of(page, order_id):
    for row in range(page.model.rowCount()):
        if page.model.key_at(row) == order_id:
            return page.model.index(row, page.query.column_index("flags")).data()
    raise AssertionError(order_id)


def click(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_mark_as_custom_recomputes_ship_by_as_one_undo_step(window, session, qtbot, dialogs):
    store = session.store
    order_id = store.db.execute(
        "SELECT order_id FROM orders WHERE status = 'open' AND shipped_date IS NULL AND ship_by_extended IS NULL "
        "AND custom = 0 AND processing_max IS NOT NULL ORDER BY order_date DESC LIMIT 1"
    ).fetchone()[0]
    before = store.get("orders", order_id)
    page = open_order(qtbot, window, order_id)
    assert page.selected == order_id and current_key(page) == order_id
    assert "custom" not in flags_of(page, order_id)
    steps = session.undo_stack.count()

    dialogs.answers = [{"custom": 1, "processing_min": "10", "processing_max": "15"}]
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        click(qtbot, page.detail.buttons["custom"])
    after = store.get("orders", order_id)
    expected = ship_by_date(date.fromisoformat(before["order_date"]), 15, store.calendar()).isoformat()
    assert (after["custom"], after["processing_min"], after["processing_max"]) == (1, 10, 15)
    assert after["ship_by"] == expected != before["ship_by"]
    assert session.undo_stack.count() == steps + 1
    assert "custom" in flags_of(page, order_id)
    assert "custom" in page.detail.heading.text()

    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        session.undo_stack.undo()
    undone = store.get("orders", order_id)
    assert {k: undone[k] for k in ("custom", "processing_min", "processing_max", "ship_by", "edd")} == {
        k: before[k] for k in ("custom", "processing_min", "processing_max", "ship_by", "edd")
    }
    assert "custom" not in flags_of(page, order_id)


def test_mark_as_custom_says_what_is_wrong(window, session, qtbot, dialogs):
    order_id = session.store.db.execute("SELECT order_id FROM orders WHERE status = 'open' LIMIT 1").fetchone()[0]
    page = open_order(qtbot, window, order_id)
    steps = session.undo_stack.count()
    dialogs.answers = [{"custom": 1, "processing_min": "9", "processing_max": "3"}]
    click(qtbot, page.detail.buttons["custom"])
    assert "shorter" in dialogs.shown[-1].error_text("processing_max")
    dialogs.answers = [{"custom": 1, "processing_min": "", "processing_max": ""}]
    click(qtbot, page.detail.buttons["custom"])
    assert "processing time" in dialogs.shown[-1].error_text("processing_max")
    assert session.undo_stack.count() == steps


def test_new_order_starts_from_the_default_shipping_profile(window, session, qtbot, dialogs):
    store = session.store
    profile = tools.default_profile(store)
    assert profile is not None
    page = window.show_page("orders")
    dialogs.answers = [{"order_id": "NEW-100", "buyer": "Ada Lovelace", "total_minor": "12.50"}]
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        click(qtbot, page.findChild(type(page.detail.buttons["edit"]), "new_order"))
    shown = dialogs.shown[-1]
    assert shown.fields["processing_max"].widget.text() == str(profile["processing_max"])
    order = store.get("orders", "NEW-100")
    assert order["shipping_profile_id"] == profile["id"]
    assert (order["processing_min"], order["processing_max"]) == (profile["processing_min"], profile["processing_max"])
    assert order["ship_by"]  # computed from the profile's processing time


def test_orders_placed_during_a_vacation_are_flagged_and_filtered(window, session, qtbot):
    store = session.store
    page = window.show_page("orders")
    vacation = tools.vacations(store)[0]
    inside = tools.vacation_order_ids(store, vacation["start_date"], vacation["end_date"])
    assert inside
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.set_filter("vacation")
    assert page.model.rowCount() == len(inside)
    assert all("vacation" in flags_of(page, o) for o in inside[:5])

    # A new vacation over another stretch flags its orders at once; undo takes the flags away.
    day = store.db.execute(
        "SELECT order_date FROM orders WHERE order_date < ? ORDER BY order_date DESC LIMIT 1", [vacation["start_date"]]
    ).fetchone()[0]
    more = tools.vacation_order_ids(store, day, day)
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        session.push(EditVacation(store, None, {"start_date": day, "end_date": day}, "Add vacation"))
    assert page.model.rowCount() == len(inside) + len(more)
    assert "vacation" in flags_of(page, more[0])
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        session.undo_stack.undo()
    assert page.model.rowCount() == len(inside)


def test_use_saved_reply_from_the_order_detail_logs_the_reply(window, session, qtbot, dialogs, use_first_reply):
    store = session.store
    order_id = store.db.execute(
        "SELECT order_id FROM orders WHERE status = 'open' ORDER BY order_date DESC LIMIT 1"
    ).fetchone()[0]
    page = open_order(qtbot, window, order_id)
    count = len(store.db.execute("SELECT id FROM messages WHERE order_id = ?", [order_id]).fetchall())
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        click(qtbot, page.detail.buttons["reply"])
    assert use_first_reply and use_first_reply[0].order_id == order_id
    rows = store.db.execute("SELECT sender, text FROM messages WHERE order_id = ? ORDER BY id", [order_id]).fetchall()
    assert len(rows) == count + 1 and rows[-1][0] == "seller"
    assert rows[-1][1].splitlines()[0] in page.detail.body.toPlainText()
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        session.undo_stack.undo()
    assert len(store.db.execute("SELECT id FROM messages WHERE order_id = ?", [order_id]).fetchall()) == count


def test_messages_page_uses_a_saved_reply_for_the_selected_thread(window, session, qtbot, dialogs, use_first_reply):
    store = session.store
    page = window.show_page("messages")
    thread_id = store.db.execute(
        "SELECT thread_id FROM threads WHERE spam = 0 AND first_reply_at IS NULL "
        "AND first_buyer_at IS NOT NULL ORDER BY first_buyer_at DESC LIMIT 1"
    ).fetchone()[0]
    assert page.select_key(thread_id)
    shown = page.message_list.count()
    click(qtbot, page.findChild(type(page.spam_button), "use_reply"))
    assert use_first_reply[0].thread_id == thread_id
    assert page.selected_key() == thread_id
    assert page.message_list.count() == shown + 1
    assert "seller" in page.message_list.item(page.message_list.count() - 1).text()
    assert store.get("threads", thread_id)["first_reply_at"] is not None
    session.undo_stack.undo()
    assert page.message_list.count() == shown
    assert store.get("threads", thread_id)["first_reply_at"] is None


def test_labels_for_the_selected_orders_save_a_pdf(window, session, qtbot, monkeypatch, tmp_path):
    page = window.show_page("orders")
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.set_filter("open")
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.model.index(1, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    chosen = page.selected_keys()
    assert len(chosen) == 2
    picked: list[list[str]] = []

    def picker_exec(self):
        picked.append(self.selected())
        return QDialog.DialogCode.Accepted

    def box_exec(self):
        next(b for b in self.buttons() if b.text() == "Save PDF…").click()
        return 0

    target = tmp_path / "labels.pdf"
    monkeypatch.setattr(OrderPicker, "exec", picker_exec)
    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    click(qtbot, page.detail.buttons["labels"])
    assert sorted(picked[0]) == sorted(chosen)
    assert target.exists() and target.read_bytes().startswith(b"%PDF")


def test_today_panel_items_open_and_reveal_their_records(window, session, qtbot):
    panel = window.today_panel
    kinds: dict[str, tuple] = {}
    for i in range(panel.tree.topLevelItemCount()):
        head = panel.tree.topLevelItem(i)
        for j in range(head.childCount()):
            kind, key = head.child(j).data(0, Qt.ItemDataRole.UserRole)
            kinds.setdefault(kind, (head.child(j), key))
    assert {"order", "thread"} <= set(kinds)

    item, order_id = kinds["order"]
    orders = window.pages[[p.key for p in window.pages].index("orders")]
    with qtbot.waitSignal(orders.model.loaded, timeout=5000):
        panel.tree.itemClicked.emit(item, 0)
    assert window.current_page() is orders
    assert current_key(orders) == order_id and orders.selected == order_id
    assert order_id in orders.detail.heading.text()

    item, thread_id = kinds["thread"]
    panel.tree.itemClicked.emit(item, 0)
    assert window.current_page().key == "messages"
    assert window.current_page().selected_key() == thread_id

    if "case" not in kinds:  # the demo shop may have no open case as of its day: open one
        order_id = session.store.db.execute("SELECT order_id FROM orders ORDER BY order_date LIMIT 1").fetchone()[0]
        session.store.insert("cases", {"order_id": order_id, "opened_date": "2026-11-20", "reason": "not_received"})
        panel.refresh()
        for i in range(panel.tree.topLevelItemCount()):
            head = panel.tree.topLevelItem(i)
            for j in range(head.childCount()):
                kind, key = head.child(j).data(0, Qt.ItemDataRole.UserRole)
                if kind == "case":
                    kinds["case"] = (head.child(j), key)
    item, case_id = kinds["case"]
    panel.tree.itemClicked.emit(item, 0)
    assert window.current_page().key == "cases"
    assert window.current_page().selected_key() == case_id
    index = window.current_page().table.currentIndex()
    assert window.current_page().table.visualRect(index).intersects(window.current_page().table.viewport().rect())
