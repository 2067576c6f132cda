"""File > Export…: every record as CSV into a folder, or the records the current page shows (its search and
filter applied) as the template that imports them back. Written on a worker with progress."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from sellerdesk.io.export import EXPORTS, PAGE_EXPORTS, ExportCancelled, export_all, export_page
from sellerdesk.store.store import Store
from sellerdesk.ui.pages.base import Page
from sellerdesk.ui.tasks import Job, progress_dialog


class ExportFlow(QObject):
    def __init__(self, window: QMainWindow, db_path: Path) -> None:
        super().__init__(window)
        self.window, self.db_path = window, db_path
        self.job: Job | None = None

    def ask(self, page: Page) -> None:
        query = page.export_query()
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("Export"))
        box.setText(self.tr("Export your records as CSV files a spreadsheet opens and SellerDesk imports back."))
        everything = box.addButton(self.tr("Everything…"), QMessageBox.ButtonRole.AcceptRole)
        this_page = None
        if query is not None and query.spec.name in PAGE_EXPORTS:
            this_page = box.addButton(
                self.tr("This page's {page}…").format(page=page.title), QMessageBox.ButtonRole.ActionRole
            )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is everything:
            self.everything()
        elif this_page is not None and box.clickedButton() is this_page:
            self.page(page)

    def everything(self, folder: Path | None = None) -> None:
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self.window, self.tr("Export into folder"), str(Path.home()))
            if not chosen:
                return
            folder = Path(chosen)
        target = folder

        def work(progress: Any, cancelled: Any) -> str:
            store = Store.open(self.db_path)
            try:
                written = export_all(store, target, progress, cancelled)
            finally:
                store.close()
            return self.tr("Exported %Ln record(s) into {folder}.", "", sum(written.values())).format(folder=target)

        self._run(work)

    def page(self, page: Page, path: Path | None = None) -> None:
        query = page.export_query()
        assert query is not None
        kind = PAGE_EXPORTS[query.spec.name]
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export this page's records"),
                str(Path.home() / EXPORTS[kind].file_name),
                self.tr("CSV files (*.csv)"),
            )
            if not name:
                return
            path = Path(name)
        keys_sql, params = query.matching_keys()
        target = path

        def work(progress: Any, cancelled: Any) -> str:
            store = Store.open(self.db_path)
            try:
                rows = export_page(store, query.spec.name, keys_sql, params, target)
            finally:
                store.close()
            return self.tr("Exported %Ln record(s) into {file}.", "", rows).format(file=target)

        self._run(work)

    def _run(self, work: Any) -> None:
        progress = progress_dialog(self.window, self.tr("Export"), self.tr("Exporting…"), self.tr("Cancel"))
        job = Job(work, self)
        self.job = job
        job.show_in(progress)
        job.finished.connect(lambda message: (progress.close(), self.window.statusBar().showMessage(message, 8000)))
        job.failed.connect(lambda exc: (progress.close(), self._failed(exc)))
        job.start()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ExportCancelled):
            self.window.statusBar().showMessage(self.tr("Export cancelled."), 8000)
            return
        detail = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        QMessageBox.warning(
            self.window,
            self.tr("Export failed"),
            self.tr("The export could not be written ({error}). Choose another folder and try again.").format(
                error=detail
            ),
        )
