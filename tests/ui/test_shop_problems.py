"""The window and damaged, busy or read-only shops (issue 9, items 5 and 7): a dialog that offers Open another
shop / Restore a backup / New shop, never a traceback; a read-only banner with editing off; an edit that
waits its turn while another program writes, and a failed edit that never reaches the undo stack; one
window per shop."""

from __future__ import annotations

import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sellerdesk.store.store import Store
from sellerdesk.ui import session as session_module
from sellerdesk.ui.shop_problem import Choice, ShopProblemDialog

REPO = Path(__file__).resolve().parents[2]
NOW = "2026-11-23T12:00:00+00:00"
DAMAGES = ["truncated", "random bytes", "zero bytes", "text file", "newer", "directory", "locked"]


@pytest.fixture
def problems(monkeypatch):
    """Answer each ShopProblemDialog with the next Choice, keeping the dialogs for the test to read."""

    class Script:
        answers: list[Choice] = []
        shown: list[ShopProblemDialog] = []

    def fake_choose(self):
        Script.shown.append(self)
        return Script.answers.pop(0)

    monkeypatch.setattr(ShopProblemDialog, "choose", fake_choose)
    return Script


@pytest.fixture
def warnings_shown(monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    return shown


def _damage(kind: str, good: Path, folder: Path, request) -> Path:
    path = folder / f"{kind.replace(' ', '_')}.sellerdesk"
    data = good.read_bytes()
    if kind == "truncated":
        path.write_bytes(data[: len(data) // 3])
    elif kind == "random bytes":
        path.write_bytes(bytes((n * 7919) % 251 for n in range(len(data))))
    elif kind == "zero bytes":
        path.write_bytes(b"")
    elif kind == "text file":
        path.write_text("Sale Date,Order ID\n", encoding="utf-8")
    elif kind == "directory":
        path.mkdir()
    elif kind == "newer":
        shutil.copyfile(good, path)
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA user_version = 999")
        conn.close()
    elif kind == "locked":
        from sellerdesk.store import database

        shutil.copyfile(good, path)
        request.getfixturevalue("monkeypatch").setattr(database, "BUSY_WAIT_S", 0.2)
        holder = sqlite3.connect(path)
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        request.addfinalizer(holder.close)
    return path


@pytest.mark.parametrize("kind", DAMAGES)
def test_startup_on_a_problem_shop_offers_the_ways_on_and_quits_cleanly(
    kind, demo_template, tmp_path, problems, qapp, request
):
    from sellerdesk.ui.app import run_gui

    path = _damage(kind, demo_template, tmp_path, request)
    problems.answers = [Choice.GIVE_UP]
    assert run_gui(path) == 1
    (dialog,) = problems.shown
    offered = dialog.choices()
    assert offered[-4:] == [Choice.OPEN, Choice.RESTORE, Choice.NEW, Choice.GIVE_UP]
    assert (Choice.RETRY in offered) == (kind == "locked")
    assert str(path) in dialog.informativeText() and "\n" not in dialog.informativeText()
    assert path.name in dialog.text()
    if kind != "locked":  # (the holder has its own -wal)
        assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no -wal, -shm or copy


def test_open_another_shop_from_the_dialog_opens_it(demo_template, tmp_path, problems, monkeypatch, request):
    from PySide6.QtWidgets import QFileDialog

    from sellerdesk.ui.shop_problem import open_shop_or_ask

    damaged = _damage("truncated", demo_template, tmp_path, request)
    other = tmp_path / "other.sellerdesk"
    shutil.copyfile(demo_template, other)
    answers = iter([("", ""), (str(other), "")])  # the first file dialog is cancelled: the problem comes back
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: next(answers)))
    problems.answers = [Choice.OPEN, Choice.OPEN]
    store = open_shop_or_ask(damaged)
    try:
        assert store is not None and store.path == other
        assert len(problems.shown) == 2
    finally:
        store.close()


def test_new_shop_from_the_dialog(demo_template, tmp_path, problems, monkeypatch, request):
    from PySide6.QtWidgets import QFileDialog

    from sellerdesk.ui.shop_problem import open_shop_or_ask

    damaged = _damage("random bytes", demo_template, tmp_path, request)
    fresh = tmp_path / "fresh.sellerdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(fresh), "")))
    problems.answers = [Choice.NEW]
    store = open_shop_or_ask(damaged)
    try:
        assert store.path == fresh and store.db.execute("SELECT count(*) FROM orders").fetchone()[0] == 0
    finally:
        store.close()


def test_restore_a_backup_from_the_window_keeps_the_damaged_file(
    window, demo_template, tmp_path, problems, monkeypatch, request, warnings_shown
):
    from PySide6.QtWidgets import QFileDialog

    folder = tmp_path / "shop"
    folder.mkdir()
    damaged = _damage("truncated", demo_template, folder, request)
    broken_bytes = damaged.read_bytes()
    (folder / "backups").mkdir()
    bad_backup = folder / "backups" / "bad.sellerdesk"
    bad_backup.write_bytes(b"not a backup")
    backup = folder / "backups" / "good.sellerdesk"
    shutil.copyfile(demo_template, backup)
    asked_in: list[str] = []
    picks = iter([str(bad_backup), str(backup)])

    def pick(parent, title, start, *rest):
        asked_in.append(start)
        return next(picks), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(pick))
    problems.answers = [Choice.RESTORE, Choice.RESTORE]
    assert window.open_shop(damaged)
    assert asked_in == [str(folder / "backups")] * 2
    assert len(warnings_shown) == 1 and "bad.sellerdesk" in warnings_shown[0]  # the bad backup is refused
    assert window.session.path == damaged
    assert window.session.store.db.execute("SELECT count(*) FROM orders").fetchone()[0] == 400
    kept = [p for p in (folder / "backups").iterdir() if ".before-restore" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == broken_bytes  # the damaged file is kept, as it was


def test_file_open_of_a_damaged_shop_keeps_the_current_one(window, demo_template, tmp_path, problems, request):
    before = window.session.path
    damaged = _damage("zero bytes", demo_template, tmp_path / "..", request)
    problems.answers = [Choice.GIVE_UP]
    assert not window.open_shop(damaged)
    assert window.session.path == before
    assert problems.shown[0].buttons[Choice.GIVE_UP].text() == "Cancel"


# -- read-only ----------------------------------------------------------------------------------------


@pytest.fixture
def read_only_window(demo_template, tmp_path, qsettings, qtbot):
    from datetime import UTC, datetime

    from sellerdesk.ui.main_window import MainWindow
    from sellerdesk.ui.session import ShopSession

    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "shop.sellerdesk"
    shutil.copyfile(demo_template, path)
    path.chmod(stat.S_IRUSR)
    session = ShopSession(Store.open(path), clock=lambda: datetime(2026, 11, 23, 12, 0, tzinfo=UTC))
    window = MainWindow(session, qsettings)
    qtbot.addWidget(window)
    window.show()
    yield window
    session.close()
    path.chmod(0o600)


def test_a_read_only_shop_shows_a_banner_and_edits_are_off(read_only_window, warnings_shown):
    from sellerdesk.ui.commands import InsertRecord

    window = read_only_window
    path = window.session.path
    before = path.read_bytes()
    banner = window.read_only_banner
    assert banner.isVisible() and "Read-only" in banner.label.text() and str(path) in banner.label.text()
    assert not any(action.isEnabled() for action in window.editing_actions)
    assert not window.acceptDrops()
    edit = InsertRecord(
        window.session.store, "saved_replies", {"title": "t", "body": "b", "created_at": NOW}, "Add reply"
    )
    assert window.session.push(edit) is False
    assert window.session.undo_stack.count() == 0
    assert len(warnings_shown) == 1 and "read-only" in warnings_shown[0]
    assert path.read_bytes() == before and sorted(p.name for p in path.parent.iterdir()) == ["shop.sellerdesk"]


def test_the_banner_goes_when_a_writable_shop_is_opened(read_only_window, demo_template, tmp_path):
    window = read_only_window
    other = tmp_path / "writable.sellerdesk"
    shutil.copyfile(demo_template, other)
    assert window.open_shop(other)
    assert not window.read_only_banner.isVisible()
    assert all(action.isEnabled() for action in window.editing_actions)


# -- two writers ---------------------------------------------------------------------------------------


@pytest.fixture
def writer_holding(window):
    """Another program (an import) holding the shop's write lock until released."""
    conn = sqlite3.connect(window.session.path, timeout=0)
    conn.execute("BEGIN IMMEDIATE")
    yield conn
    if conn.in_transaction:
        conn.rollback()
    conn.close()


def _reply_count(window) -> int:
    return window.session.store.db.execute("SELECT count(*) FROM saved_replies").fetchone()[0]


def test_an_edit_waits_for_an_import_then_lands_as_one_undo_step(window, writer_holding, qtbot):
    from sellerdesk.ui.commands import InsertRecord

    session, before = window.session, _reply_count(window)
    edit = InsertRecord(session.store, "saved_replies", {"title": "waits", "body": "b", "created_at": NOW}, "Add reply")
    assert session.push(edit) is False  # not yet: the import writes
    assert session.undo_stack.count() == 0 and session.waiting_edits() == 1
    assert "busy" in window.statusBar().currentMessage()
    writer_holding.commit()  # the import ends
    qtbot.waitUntil(lambda: session.waiting_edits() == 0, timeout=5000)
    assert _reply_count(window) == before + 1 and session.undo_stack.count() == 1
    assert window.statusBar().currentMessage() == ""
    session.undo_stack.undo()
    assert _reply_count(window) == before


def test_an_edit_that_waits_too_long_says_the_shop_is_busy_and_stays_off_the_stack(
    window, writer_holding, qtbot, monkeypatch, warnings_shown
):
    from sellerdesk.ui.commands import InsertRecord

    monkeypatch.setattr(session_module, "EDIT_WAIT_S", 0.5)
    session, before = window.session, _reply_count(window)
    session.push(
        InsertRecord(session.store, "saved_replies", {"title": "late", "body": "b", "created_at": NOW}, "Add reply")
    )
    qtbot.waitUntil(lambda: bool(warnings_shown), timeout=5000)
    assert "busy" in warnings_shown[0] and "1 edit was not made" in warnings_shown[0]
    assert session.undo_stack.count() == 0 and session.waiting_edits() == 0
    writer_holding.rollback()
    assert _reply_count(window) == before


def test_an_undo_that_fails_puts_the_stack_back(window, qtbot, warnings_shown):
    from sellerdesk.ui.commands import InsertRecord

    session, before = window.session, _reply_count(window)
    assert session.push(
        InsertRecord(session.store, "saved_replies", {"title": "x", "body": "b", "created_at": NOW}, "Add reply")
    )
    holder = sqlite3.connect(session.path, timeout=0)
    holder.execute("BEGIN IMMEDIATE")
    try:
        session.undo_stack.undo()
        qtbot.waitUntil(lambda: session.undo_stack.index() == 1, timeout=3000)
        assert "busy" in warnings_shown[0]
        assert _reply_count(window) == before + 1  # still there, and the stack says so
    finally:
        holder.rollback()
        holder.close()
    session.undo_stack.undo()
    assert _reply_count(window) == before and session.undo_stack.index() == 0


# -- one window per shop -----------------------------------------------------------------------------


def test_opening_a_shop_shown_in_another_window_brings_that_window_forward(window, demo_template, tmp_path, qsettings):
    from sellerdesk.ui.main_window import MainWindow
    from sellerdesk.ui.session import ShopSession

    other_path = tmp_path / "second.sellerdesk"
    shutil.copyfile(demo_template, other_path)
    second = MainWindow(ShopSession(Store.open(other_path)), qsettings)
    try:
        second.show()
        raised: list[bool] = []
        window.shop_beacon.come_forward = lambda: raised.append(True)
        assert not second.open_shop(window.session.path)
        assert raised == [True] and second.session.path == other_path
        assert "open in another window" in second.statusBar().currentMessage()
    finally:
        second.session.close()
        second.deleteLater()


def test_a_second_process_brings_the_first_window_forward(window, tmp_path):
    """A separate SellerDesk asks over the local socket, as a second launch on the same shop does."""
    script = textwrap.dedent(
        f"""
        import sys
        from PySide6.QtWidgets import QApplication
        from sellerdesk.ui.single_instance import bring_forward
        app = QApplication([])
        print("forward" if bring_forward({str(window.session.path)!r}) else "alone", flush=True)
        print("forward" if bring_forward({str(tmp_path / "nobody.sellerdesk")!r}) else "alone", flush=True)
        """
    )
    raised: list[bool] = []
    window.shop_beacon.come_forward = lambda: raised.append(True)
    proc = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
    )
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer

    deadline = QDeadlineTimer(60000)
    while proc.poll() is None and not deadline.hasExpired():
        QCoreApplication.processEvents()  # the window answers from this process's event loop
    out = proc.stdout.read().split()
    proc.stdout.close()
    assert out == ["forward", "alone"] and raised == [True]


def test_a_launch_with_no_window_on_its_shop_asks_no_socket_and_loads_no_qtnetwork(tmp_path):
    """No socket file, no listening window: the first paint need not wait for QtNetwork (~10 ms)."""
    script = textwrap.dedent(
        f"""
        import sys
        from PySide6.QtWidgets import QApplication
        from sellerdesk.ui.single_instance import bring_forward
        app = QApplication([])
        print("forward" if bring_forward({str(tmp_path / "nobody.sellerdesk")!r}) else "alone")
        print("PySide6.QtNetwork" in sys.modules)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split() == ["alone", str(sys.platform == "win32")]  # named pipes: always asked


# -- --smoke-test --db -----------------------------------------------------------------------------


def _smoke(*args: str) -> subprocess.CompletedProcess:
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "HOME": "/nonexistent"}
    return subprocess.run(
        [sys.executable, "-m", "sellerdesk", "--smoke-test", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def test_smoke_test_opens_the_shop_given_with_db(demo_template, tmp_path):
    from sellerdesk.store.standards import shop_status

    path = tmp_path / "mine.sellerdesk"
    shutil.copyfile(demo_template, path)
    store = Store.open(path)
    odr = shop_status(store, store.today())["odr"]
    store.close()
    done = _smoke("--db", str(path))
    assert done.returncode == 0, done.stderr
    assert f"SMOKE OK: 8 pages, ODR {odr['problem_orders']}/{odr['orders']}" in done.stdout


def test_smoke_test_of_a_damaged_shop_fails_on_one_line(tmp_path):
    path = tmp_path / "broken.sellerdesk"
    path.write_text("not a shop\n", encoding="utf-8")
    done = _smoke("--db", str(path))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stdout.splitlines() == [
        f"SMOKE FAILED: {path} is a text file, not a SellerDesk shop file. "
        + (
            "Open your shop file instead; Etsy downloads and CSV files are brought in with File > Import (or "
            "`sellerdesk import`)."
        )
    ]


def test_a_read_only_shops_pages_grey_out_what_would_change_it(read_only_window, qtbot):
    from PySide6.QtWidgets import QPushButton

    window = read_only_window
    orders = window.show_page("orders")
    named = {b.objectName(): b for b in orders.findChildren(QPushButton) if b.objectName()}
    orders.table.selectRow(0)  # selecting a row re-enables the order's buttons on a writable shop
    qtbot.wait(200)
    assert not named["order_ship"].isEnabled() and not named["order_delete"].isEnabled()
    assert named["order_labels"].isEnabled()  # printing only reads the shop
    reviews = window.show_page("reviews")
    assert not any(b.isEnabled() for b in reviews.findChildren(QPushButton) if b.objectName() != "evidence")
    settings = window.show_page("settings")
    assert settings.rules.preview_button.isEnabled() and not settings.save_button.isEnabled()
