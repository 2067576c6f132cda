"""File > Monthly report…: pick a month (last month by default) and a PDF file, then write the report on a
worker with progress (io/report_pdf.py); the window stays responsive meanwhile."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QObject, QSettings
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QWidget,
)

from sellerdesk.io.report_data import ReportError, last_month
from sellerdesk.io.report_pdf import ReportCancelled, write_report
from sellerdesk.store.store import Store
from sellerdesk.ui import locale_format
from sellerdesk.ui.i18n import preferred_language
from sellerdesk.ui.session import ShopSession
from sellerdesk.ui.tasks import Job, progress_dialog

FOLDER_KEY = "report/folder"


def default_name(month: date) -> str:
    return f"sellerdesk-report-{month:%Y-%m}.pdf"


class ReportDialog(QDialog):
    """The month and the file; `month()` and `path()` once accepted."""

    def __init__(self, parent: QWidget | None, today: date, folder: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Monthly report"))
        self.month_edit = QDateEdit()
        self.month_edit.setObjectName("report_month")
        self.month_edit.setDisplayFormat("MMMM yyyy")
        self.month_edit.setMaximumDate(QDate(today.year, today.month, 1))
        self.month_edit.setMinimumDate(QDate(2005, 6, 1))  # Etsy opened in June 2005
        default = last_month(today)
        self.month_edit.setDate(QDate(default.year, default.month, 1))
        self.file_edit = QLineEdit(str(folder / default_name(default)))
        self.file_edit.setObjectName("report_file")
        self.file_edit.setMinimumWidth(380)
        self._named_by_us = True  # follow the month until the user picks a name
        self.file_edit.textEdited.connect(self._user_named)
        self.month_edit.dateChanged.connect(self._month_changed)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(choose)
        explain = QLabel(
            self.tr(
                "The report holds the month's ODR with the warning criteria, the service standards, Star Seller, "
                "the problem orders with their reasons and the 12-month trend. Its figures are those of the first "
                "day after the month, when every window ends with the month."
            )
        )
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write report"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(explain)
        form.addRow(self.tr("Month:"), self.month_edit)
        form.addRow(self.tr("PDF file:"), file_row)
        form.addRow(buttons)

    def month(self) -> date:
        chosen = self.month_edit.date()
        return date(chosen.year(), chosen.month(), 1)

    def path(self) -> Path:
        return Path(self.file_edit.text().strip()).expanduser()

    def _user_named(self, _text: str) -> None:
        self._named_by_us = False

    def _month_changed(self, _day: QDate) -> None:
        if self._named_by_us:
            self.file_edit.setText(str(self.path().parent / default_name(self.month())))

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as"), str(self.path()), self.tr("PDF (*.pdf)")
        )
        if name:
            self.file_edit.setText(name if name.lower().endswith(".pdf") else name + ".pdf")
            self._named_by_us = False

    def _accept(self) -> None:
        """Refuse a name that cannot be written before the dialog closes (what is wrong, what to do)."""
        path = self.path()
        if not self.file_edit.text().strip() or path.is_dir():
            problem = self.tr("Give the report a file name, e.g. {name}.").format(name=default_name(self.month()))
        elif not path.parent.is_dir():
            problem = self.tr("The folder {folder} does not exist; choose another place.").format(folder=path.parent)
        else:
            self.accept()
            return
        QMessageBox.warning(self, self.tr("Monthly report"), problem)


class ReportFlow(QObject):
    """Ask for the month and file, then write the report on a worker with a progress dialog."""

    def __init__(self, window: QMainWindow, session: ShopSession, settings: QSettings) -> None:
        super().__init__(window)
        self.window, self.session, self.settings = window, session, settings
        self.job: Job | None = None

    def ask(self) -> None:
        folder = Path(str(self.settings.value(FOLDER_KEY, "") or Path.home()))
        dialog = ReportDialog(self.window, self.session.today(), folder if folder.is_dir() else Path.home())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.settings.setValue(FOLDER_KEY, str(dialog.path().parent))
            self.write(dialog.month(), dialog.path())

    def write(self, month: date, path: Path) -> Job:
        db_path, today, language = self.session.path, self.session.today(), preferred_language(self.settings)

        def work(progress: Any, cancelled: Any) -> str:
            store = Store.open(db_path)
            try:
                report = write_report(store, month, path, language, today, progress, cancelled)
            finally:
                store.close()
            return self.tr("Report for {month} written to {file} (figures as of {day}).").format(
                month=f"{report.month:%Y-%m}", file=path, day=locale_format.day(report.as_of)
            )

        progress = progress_dialog(
            self.window, self.tr("Monthly report"), self.tr("Writing the monthly report…"), self.tr("Cancel")
        )
        job = Job(work, self)
        self.job = job
        job.show_in(progress, texts=True)
        job.finished.connect(lambda message: (progress.close(), self.window.statusBar().showMessage(message, 10000)))
        job.failed.connect(lambda exc: (progress.close(), self._failed(exc, path)))
        job.start()
        return job

    def _failed(self, error: BaseException, path: Path) -> None:
        if isinstance(error, ReportCancelled):
            self.window.statusBar().showMessage(self.tr("Monthly report cancelled."), 8000)
            return
        if isinstance(error, ReportError):
            detail = str(error)
        elif isinstance(error, OSError):
            detail = self.tr("{file} could not be written ({error}); choose another file.").format(
                file=path, error=error.strerror or error
            )
        else:
            detail = str(error)
        QMessageBox.warning(self.window, self.tr("Monthly report failed"), detail)
