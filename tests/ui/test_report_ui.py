"""File > Monthly report…: the dialog's defaults, the report written on a worker, refusals before writing."""

from __future__ import annotations

import shutil
import stat
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QMessageBox

from sellerdesk.core.standards import format_percent
from sellerdesk.store.standards import shop_status
from sellerdesk.ui.report_dialog import FOLDER_KEY, ReportDialog


def menu_action(window, text: str):
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text() == text:
                return action
    raise AssertionError(f"no menu item {text!r}")


def test_dialog_defaults_to_last_month_and_names_the_file_after_it(qtbot, tmp_path):
    dialog = ReportDialog(None, date(2026, 11, 23), tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.month() == date(2026, 10, 1)
    assert dialog.path() == tmp_path / "sellerdesk-report-2026-10.pdf"
    assert dialog.month_edit.maximumDate() == QDate(2026, 11, 1)  # this month at the latest
    dialog.month_edit.setDate(QDate(2026, 7, 1))
    assert dialog.path() == tmp_path / "sellerdesk-report-2026-07.pdf"
    qtbot.keyClicks(dialog.file_edit, "x")  # a name the user typed is kept
    dialog.month_edit.setDate(QDate(2026, 6, 1))
    assert dialog.path().name == "sellerdesk-report-2026-07.pdfx"


def test_menu_writes_the_report_on_a_worker(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "out" / "october.pdf"
    target.parent.mkdir()

    def fake_exec(dialog):
        dialog.file_edit.setText(str(target))
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(ReportDialog, "exec", fake_exec)
    menu_action(window, "Monthly re&port…").trigger()
    # Its effect, not its job's signal: on a busy machine the worker may finish before a wait could connect.
    qtbot.waitUntil(lambda: "written to" in window.statusBar().currentMessage(), timeout=60000)
    assert "as of 2026-11-01" in window.statusBar().currentMessage()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert window.settings.value(FOLDER_KEY) == str(target.parent)  # the next report starts there
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
        odr = shop_status(window.session.store, date(2026, 11, 1))["odr"]
        assert format_percent(odr["problem_orders"], odr["orders"], 2) in text
        assert "October 2026" in text


@pytest.mark.parametrize("name", ["missing-folder/r.pdf", ""])
def test_a_file_that_cannot_be_written_is_refused_in_the_dialog(qtbot, tmp_path, monkeypatch, name):
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, text: warnings.append(text)))
    dialog = ReportDialog(None, date(2026, 11, 23), tmp_path)
    qtbot.addWidget(dialog)
    dialog.file_edit.setText(str(tmp_path / name) if name else "")
    dialog._accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert len(warnings) == 1
    assert ("does not exist" in warnings[0]) if name else ("Give the report a file name" in warnings[0])
    assert not any(Path(tmp_path).rglob("*.pdf"))
