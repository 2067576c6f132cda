"""File > Restore…: the shop's backups with their date, size, orders and ODR (each read read-only on a
worker), and restoring one: copy and check it on a worker (a damaged backup is refused), then close the
shop, keep the current file as a backup, put the backup in its place and reopen the window on it."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.io import backups, restore
from sellerdesk.store.database import StoreError
from sellerdesk.store.shop_copy import backups_folder
from sellerdesk.ui import locale_format
from sellerdesk.ui.models.background import BackgroundPagedModel
from sellerdesk.ui.tasks import Job, progress_dialog, run_task

_REASONS = {
    "daily": QT_TRANSLATE_NOOP("RestoreDialog", "Daily"),
    "manual": QT_TRANSLATE_NOOP("RestoreDialog", "Backed up by you"),
    "before-import": QT_TRANSLATE_NOOP("RestoreDialog", "Before an import"),
    "before-restore": QT_TRANSLATE_NOOP("RestoreDialog", "Before a restore"),
    "file": QT_TRANSLATE_NOOP("RestoreDialog", "Chosen file"),
}


def reason_text(reason: str) -> str:
    if reason.startswith("before-m"):
        return QCoreApplication.translate("RestoreDialog", "Before an upgrade")
    return QCoreApplication.translate("RestoreDialog", _REASONS.get(reason, reason))


class RestoreDialog(QDialog):
    """The list of backups; Restore hands the chosen one to a RestoreFlow."""

    COLUMNS = 5

    def __init__(self, window: QMainWindow, shop: Path) -> None:
        super().__init__(window)
        self.window_, self.shop = window, shop
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(820, 420)
        self.backups = backups.list_backups(shop)
        self.summaries: dict[Path, backups.BackupSummary] = {}
        self.flow: RestoreFlow | None = None
        self._closed = False  # figures read on the worker may arrive after the dialog closed
        intro = QLabel(
            self.tr(
                "Backups of {shop} in {folder}, newest first. Restoring replaces the shop with the backup; "
                "the shop as it is now is backed up first."
            ).format(shop=shop.name, folder=backups_folder(shop))
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.backups), self.COLUMNS)
        self.table.setObjectName("backups_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Made"), self.tr("Size"), self.tr("Orders"), self.tr("ODR that day")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for column in range(self.COLUMNS - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        for row, backup in enumerate(self.backups):
            cells = [
                locale_format.day_time(backup.local()),
                reason_text(backup.reason),
                backups.describe(backup.size),
                "…",
                "…",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.empty = QLabel(self.tr("No backups yet. File > Back up now… makes one."))
        self.empty.setVisible(not self.backups)
        kept = self._retention_box()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setEnabled(False)
        self.other_button = QPushButton(self.tr("Other &file…"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_button.clicked.connect(self.restore_other)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        )
        layout = QVBoxLayout(self)
        for widget in (intro, self.table, self.empty, kept, buttons):
            layout.addWidget(widget)
        self._read_summaries()

    # -- rotation settings (the shop's own, io/backups.py Retention) ---------------------------
    def _retention_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Kept when backups rotate"))
        row = QHBoxLayout(box)
        retention = backups.Retention.of(self.window_.session.store)
        labels = {
            "last": self.tr("Newest"),
            "daily": self.tr("Days"),
            "weekly": self.tr("Weeks"),
            "monthly": self.tr("Months"),
        }
        self.keep: dict[str, QSpinBox] = {}
        for name, text in labels.items():
            spin = QSpinBox()
            spin.setObjectName(f"keep_{name}")
            spin.setRange(0, 999)
            spin.setValue(getattr(retention, name))
            spin.editingFinished.connect(self._save_retention)
            label = QLabel(text)
            label.setBuddy(spin)
            row.addWidget(label)
            row.addWidget(spin)
            self.keep[name] = spin
        row.addStretch(1)
        box.setToolTip(
            self.tr(
                "The newest backups of all, then the newest backup of each of the last days, weeks and months "
                "that have one; older backups are deleted when the next one is made."
            )
        )
        return box

    def _save_retention(self) -> None:
        store = self.window_.session.store
        wanted = backups.Retention(**{name: spin.value() for name, spin in self.keep.items()})
        if wanted == backups.Retention.of(store):
            return
        try:
            wanted.save(store)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Restore a backup"), str(exc))

    # -- figures, read on a worker -------------------------------------------------------------
    def _read_summaries(self) -> None:
        found = list(self.backups)
        if found:
            run_task(
                self, lambda: {b.path: backups.read_summary(b) for b in found}, self._show_summaries, self._no_summaries
            )

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)

    def _show_summaries(self, summaries: dict[Path, backups.BackupSummary]) -> None:
        if self._closed:
            return
        self.summaries = summaries
        for row, backup in enumerate(self.backups):
            summary = summaries.get(backup.path)
            if summary is not None:
                self.table.item(row, 3).setText("—" if summary.orders is None else locale_format.number(summary.orders))
                self.table.item(row, 4).setText(self.odr_text(summary))

    def _no_summaries(self, error: BaseException) -> None:
        if self._closed:
            return
        for row in range(self.table.rowCount()):
            self.table.item(row, 4).setText(self.tr("cannot be read: {error}").format(error=error))

    def odr_text(self, summary: backups.BackupSummary) -> str:
        if summary.state == "damaged":
            return self.tr("damaged: {error}").format(error=summary.error)
        if summary.state == "older":
            return self.tr("older SellerDesk version (upgraded when restored)")
        if summary.window_orders == 0:
            return self.tr("no orders in the window")
        return self.tr("{rate} ({k} of {n})").format(
            rate=locale_format.percent(summary.problem_orders, summary.window_orders, 2),
            k=locale_format.number(summary.problem_orders),
            n=locale_format.number(summary.window_orders),
        )

    # -- restoring -----------------------------------------------------------------------------
    def selected(self) -> backups.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def restore_selected(self) -> RestoreFlow | None:
        backup = self.selected()
        return self._restore(backup) if backup is not None else None

    def restore_other(self) -> RestoreFlow | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore a backup file"),
            str(backups_folder(self.shop)),
            self.tr("SellerDesk shop (*.sellerdesk *.db);;All files (*)"),
        )
        return self._restore(backups.info_of(self.shop, Path(name))) if name else None

    def _restore(self, backup: backups.BackupInfo) -> RestoreFlow | None:
        runner = getattr(self.window_, "backups", None)
        if runner is not None and runner.running():
            QMessageBox.information(
                self, self.tr("Restore a backup"), self.tr("A backup is running; restore when it has finished.")
            )
            return None
        summary = self.summaries.get(backup.path)
        orders = self.tr("%Ln order(s)", "", summary.orders) if summary and summary.orders is not None else ""
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace the shop with the backup of {date} {orders}? What the shop holds now is backed up first, "
                "so this can be undone by restoring that backup."
            ).format(date=locale_format.day_time(backup.local()), orders=f"({orders})" if orders else ""),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        self.flow = RestoreFlow(self.window_, self.shop, backup, self)
        self.flow.ended.connect(self._ended)
        self.flow.start()
        return self.flow

    def _ended(self, before: object) -> None:
        if before is not False:  # restored (False: refused, cancelled or failed: the list stays open)
            self.accept()


class RestoreFlow(QObject):
    """One restore: stage and check the backup on a worker, then swap the files with the shop closed."""

    #: the restore ended: the backup of the replaced file (a Path, or None when there was no file), or False
    ended = Signal(object)

    def __init__(self, window: QMainWindow, shop: Path, backup: backups.BackupInfo, parent: QWidget) -> None:
        super().__init__(parent)
        self.window, self.shop, self.backup = window, shop, backup
        self.progress: QProgressDialog | None = None
        self.job: Job | None = None

    def start(self) -> None:
        progress = progress_dialog(
            cast(QWidget, self.parent()),
            self.tr("Restore a backup"),
            self.tr("Copying and checking the backup…"),
            self.tr("Cancel"),
            stays=True,
        )
        self.progress = progress
        shop, backup = self.shop, self.backup.path
        job = Job(lambda report, cancelled: restore.prepare_restore(shop, backup, report, cancelled), self)
        self.job = job
        job.show_in(progress)
        job.finished.connect(self._staged)
        job.failed.connect(self._failed)
        job.start()

    def _staged(self, staged: Path) -> None:
        if self.progress is not None:
            self.progress.close()
        pages = self.window.centralWidget()
        pages.hide()  # nothing paints from the closed shop, even while an older backup's upgrade runs
        self._close_shop()
        try:
            before = restore.finish_restore(self.shop, staged)
        except (StoreError, OSError) as exc:
            self.window.open_shop(self.shop)  # the shop as it was
            pages.show()
            text = str(exc) if isinstance(exc, StoreError) else f"{exc.strerror or exc} ({self.shop})"
            QMessageBox.warning(self.window, self.tr("Restore failed"), text)
            self.ended.emit(False)
            return
        self.window.open_shop(self.shop)
        pages.show()
        when = locale_format.day_time(self.backup.local())
        message = self.tr("Restored the backup of {date}.").format(date=when)
        if before is not None:
            message += " " + self.tr("The shop as it was is kept in {path}.").format(path=before)
        self.window.statusBar().showMessage(message, 15000)
        self.ended.emit(before)

    def _close_shop(self) -> None:
        """Close every connection this window holds on the shop, so its file can be replaced: the pages'
        workers, the session, and readers still finishing on the thread pool."""
        for model in self.window.findChildren(BackgroundPagedModel):
            model.close()
        self.window.session.close()
        QThreadPool.globalInstance().waitForDone(5000)
        gc.collect()  # a connection only a dropped object still holds is closed now

    def _failed(self, error: BaseException) -> None:
        if self.progress is not None:
            self.progress.close()
        if isinstance(error, backups.CopyCancelled):
            self.window.statusBar().showMessage(self.tr("Restore cancelled; the shop was not changed."), 8000)
        elif isinstance(error, restore.BackupRefused):
            QMessageBox.warning(self.window, self.tr("Backup refused"), str(error))
        else:
            text = str(error) if isinstance(error, StoreError | OSError) else repr(error)
            QMessageBox.warning(
                self.window,
                self.tr("Restore failed"),
                self.tr("The restore stopped ({error}); the shop was not changed.").format(error=text),
            )
        self.ended.emit(False)


def run_restore_dialog(window: QMainWindow) -> RestoreDialog | None:
    path = window.session.path
    if path is None or str(path) == ":memory:":
        title = QCoreApplication.translate("RestoreDialog", "Restore a backup")
        QMessageBox.information(
            window, title, QCoreApplication.translate("RestoreDialog", "This shop is not kept in a file.")
        )
        return None
    dialog = RestoreDialog(window, Path(path))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
