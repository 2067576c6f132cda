"""Backups from the window: File > Back up now… on a worker while the seller keeps editing, the day's first
backup, and File > Restore… (the list with its figures, restoring, a damaged backup refused)."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path

from sellerdesk.io import backups
from sellerdesk.store import shop_copy
from sellerdesk.store.standards import shop_status
from sellerdesk.ui.commands import DeleteRecords, InsertRecord


def orders_in(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM orders").fetchone()[0]
    finally:
        conn.close()


def made_local(path: Path) -> str:
    return datetime(2026, 11, 22, 9, tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def order_count(session) -> int:
    return session.store.db.execute("SELECT count(*) FROM orders").fetchone()[0]


def file_actions(window) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [a.text() for a in menu.actions() if a.text()]


def test_the_file_menu_offers_back_up_now_and_restore(window):
    texts = file_actions(window)
    assert "&Back up now…" in texts and "Res&tore…" in texts


def hold_the_copy(monkeypatch) -> tuple[threading.Event, threading.Event]:
    """Make the next backup stop after its first step until the test sets the gate (the copy has begun:
    its read transaction fixed what it copies)."""
    monkeypatch.setattr(shop_copy, "STEP_PAGES", 1)
    reached, gate = threading.Event(), threading.Event()
    real_copy = backups.copy_database

    def held_copy(source, target, *, progress, cancelled, **kwargs):  # noqa: ANN001, ANN202
        def hold(fraction: float) -> None:
            if not reached.is_set():
                reached.set()
                gate.wait(30)
            progress(fraction)

        return real_copy(source, target, progress=hold, cancelled=cancelled, **kwargs)

    monkeypatch.setattr(backups, "copy_database", held_copy)
    return reached, gate


def test_the_window_stays_usable_while_a_backup_runs_and_the_backup_is_the_shop_as_it_began(
    window, session, qtbot, monkeypatch
):
    reached, gate = hold_the_copy(monkeypatch)
    before = order_count(session)
    job = window.backups.back_up_now()
    assert job is not None and window.backups.running()
    qtbot.waitUntil(reached.is_set, timeout=10000)
    assert window.backups.bar.isVisible() and window.backups.cancel_button.isVisible()
    assert window.backups.back_up_now() is None  # one at a time
    session.push(
        InsertRecord(session.store, "orders", {"order_id": "typed-meanwhile", "order_date": "2026-11-20"}, "Add")
    )
    assert order_count(session) == before + 1  # the edit went through on the GUI thread at once
    with qtbot.waitSignal(window.backups.ended, timeout=30000) as ended:
        gate.set()
    target = ended.args[0]
    assert isinstance(target, Path) and target.parent == session.path.parent / "backups"
    assert orders_in(target) == before  # the shop as it stood when the backup began
    assert order_count(session) == before + 1
    assert not window.backups.bar.isVisible()
    assert "Backed up to" in window.statusBar().currentMessage()


def test_cancel_in_the_status_bar_stops_the_backup(window, session, qtbot, monkeypatch):
    reached, gate = hold_the_copy(monkeypatch)
    window.backups.back_up_now()
    qtbot.waitUntil(reached.is_set, timeout=10000)
    with qtbot.waitSignal(window.backups.ended, timeout=30000) as ended:
        window.backups.cancel_button.click()
        gate.set()
    assert ended.args[0] is None
    assert backups.list_backups(session.path) == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_the_days_first_backup_when_the_app_opens_a_shop(window, session, qtbot):
    with qtbot.waitSignal(window.backups.ended, timeout=30000) as ended:
        window.backups.enable_daily()
    assert [b.reason for b in backups.list_backups(session.path)] == ["daily"]
    assert ended.args[0] == backups.list_backups(session.path)[0].path
    window.backups.shop_opened()  # opened again the same day: no second backup
    assert not window.backups.running()


# -- restore -----------------------------------------------------------------------------------------
def open_restore_dialog(window, qtbot):
    from sellerdesk.ui.dialogs.backups import RestoreDialog

    window.restore_dialog()
    dialog = window.findChild(RestoreDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0 or dialog.table.item(0, 3).text() != "…", timeout=10000)
    return dialog


def test_restore_lists_the_backups_and_reopens_the_window_on_the_chosen_one(window, session, qtbot, dialogs):
    path = session.path
    made = backups.backup_shop(path, "manual", now=datetime(2026, 11, 22, 9, tzinfo=UTC))
    assert made.name.endswith(".20261122T090000000Z.manual.sellerdesk")
    orders, status = order_count(session), session.status()
    doomed = [r[0] for r in session.store.db.execute("SELECT order_id FROM orders LIMIT 25")]
    session.push(DeleteRecords(session.store, "orders", doomed, "Delete"))
    assert order_count(session) == orders - 25

    dialog = open_restore_dialog(window, qtbot)
    assert dialog.table.rowCount() == 1
    row = [dialog.table.item(0, c).text() for c in range(5)]
    assert row[1] == "Backed up by you" and row[3] == f"{orders:,}"
    assert row[0] == made_local(made)
    assert row[2].endswith("KB") or row[2].endswith("MB")
    summary = backups.read_summary(backups.list_backups(path)[0])
    assert row[4] == summary.odr and "of" in row[4]
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()

    old_session = window.session
    flow = dialog.restore_selected()
    with qtbot.waitSignal(flow.ended, timeout=30000) as ended:
        pass
    before = ended.args[0]
    assert window.session is not old_session and window.session.path == path
    assert order_count(window.session) == orders
    assert shop_status(window.session.store, session.as_of())["odr"] == status["odr"]
    assert isinstance(before, Path) and orders_in(before) == orders - 25  # the shop as it was, kept
    assert "Restored the backup of" in window.statusBar().currentMessage()
    window.show_page("orders")  # every page works on the reopened shop
    window.session.close()


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    data[middle + 8 : middle + 4096] = b"\xa5" * (4096 - 8)
    path.write_bytes(bytes(data))


def test_a_damaged_backup_is_refused_with_a_message_and_the_shop_stays_open(
    window, session, qtbot, dialogs, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    made = backups.backup_shop(session.path, "manual")
    damage(made)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: warnings.append(text)))
    orders = order_count(session)
    dialog = open_restore_dialog(window, qtbot)
    dialog.table.selectRow(0)
    flow = dialog.restore_selected()
    with qtbot.waitSignal(flow.ended, timeout=30000) as ended:
        pass
    assert ended.args[0] is False
    assert len(warnings) == 1 and "it was not restored" in warnings[0] and made.name in warnings[0]
    assert window.session is session and order_count(session) == orders  # still open, unchanged
    assert [b.reason for b in backups.list_backups(session.path)] == ["manual"]
    assert dialog.isVisible()  # the list stays open to choose another
    dialog.reject()


def test_restore_asks_first(window, session, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    backups.backup_shop(session.path, "manual")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    dialog = open_restore_dialog(window, qtbot)
    dialog.table.selectRow(0)
    assert dialog.restore_selected() is None
    assert window.session is session
    dialog.reject()


def test_the_restore_dialog_sets_how_many_backups_rotation_keeps(window, session, qtbot):
    dialog = open_restore_dialog(window, qtbot)
    assert [dialog.keep[n].value() for n in ("last", "daily", "weekly", "monthly")] == [5, 7, 4, 12]
    assert dialog.empty.isVisibleTo(dialog)  # no backups yet: it says how to make one
    dialog.keep["daily"].setValue(14)
    dialog.keep["daily"].editingFinished.emit()
    assert backups.Retention.of(session.store) == backups.Retention(last=5, daily=14, weekly=4, monthly=12)
    assert session.store.setting("backup_keep_daily") == "14"
    dialog.reject()


def test_restore_while_another_program_has_the_shop_open_changes_nothing(window, session, qtbot, dialogs, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from sellerdesk.store.store import Store

    backups.backup_shop(session.path, "manual")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: warnings.append(text)))
    other = Store.open(session.path)  # another SellerDesk, or a command, holding the shop
    try:
        orders = order_count(session)
        dialog = open_restore_dialog(window, qtbot)
        dialog.table.selectRow(0)
        flow = dialog.restore_selected()
        with qtbot.waitSignal(flow.ended, timeout=30000) as ended:
            pass
    finally:
        other.close()
    assert ended.args[0] is False
    assert len(warnings) == 1 and "open in another program" in warnings[0]
    assert window.session is not session and order_count(window.session) == orders  # reopened as it was
    assert [b.reason for b in backups.list_backups(window.session.path)] == ["manual"]
    assert window.centralWidget().isVisible()
    assert not [p for p in session.path.parent.iterdir() if p.name.endswith(".restoring")]  # nothing staged left
    window.session.close()
