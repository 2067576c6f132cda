"""UI tests: offscreen Qt, a fresh shop per test, QSettings in a temporary folder."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, date

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def english_plurals(qapp):
    """What the app does at start (ui/i18n.py): SellerDesk's English plural forms ("1 order", "2 orders"),
    dates and numbers in the C locale (ISO dates) whatever the machine's locale; removed after each test."""
    from PySide6.QtCore import QLocale

    from sellerdesk.ui import i18n

    i18n.install_translations(qapp, QLocale.c())
    yield
    for translator in i18n._installed:
        qapp.removeTranslator(translator)
    i18n._installed.clear()
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def qsettings(tmp_path, qapp):
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    qapp.setOrganizationName("SellerDeskTest")
    qapp.setApplicationName("SellerDeskTest")
    settings = QSettings()
    settings.clear()
    return settings


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """One demo shop per test run; each test gets its own copy (making it costs seconds)."""
    from sellerdesk.io.demo import make_demo_shop
    from sellerdesk.store.store import Store

    path = tmp_path_factory.mktemp("template") / "demo.sellerdesk"
    store = Store.open(path)
    make_demo_shop(store, orders=400, seed=3, as_of=date(2026, 11, 23))
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path


@pytest.fixture
def demo_store(tmp_path, demo_template):
    from sellerdesk.store.store import Store

    target = tmp_path / "demo.sellerdesk"
    shutil.copyfile(demo_template, target)
    store = Store.open(target)
    yield store


@pytest.fixture
def session(demo_store, qapp):
    from datetime import datetime

    from sellerdesk.ui.session import ShopSession

    s = ShopSession(demo_store, clock=lambda: datetime(2026, 11, 23, 12, 0, tzinfo=UTC))
    yield s
    s.close()


@pytest.fixture
def window(session, qsettings, qtbot):
    from sellerdesk.ui.main_window import MainWindow

    w = MainWindow(session, qsettings)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def dialogs(monkeypatch):
    """Answer each FormDialog with the next {field: value} (None = press Cancel), keeping the dialogs
    shown for the test to inspect; message-box questions answer Yes unless a test says otherwise."""
    from PySide6.QtWidgets import QMessageBox

    from sellerdesk.ui.widgets.form import FormDialog, set_widget_text

    class Script:
        answers: list[dict | None] = []
        shown: list[FormDialog] = []

    def fake_exec(self):
        Script.shown.append(self)
        answer = Script.answers.pop(0)
        if answer is None:
            self.reject()
            return 0
        for name, value in answer.items():
            set_widget_text(self.fields[name].widget, value)
        self.accept()  # validates; stays open (result 0) when a field is wrong
        return int(self.result())

    monkeypatch.setattr(FormDialog, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    return Script
