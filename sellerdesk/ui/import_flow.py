"""Importing files from the window: read and compare on a worker (progress, Cancel), show the preview,
write on a worker (progress, Cancel), and keep the import as one undo step.

Every step opens its own connection on the worker; the session hears about the change after the
commit, and every page and gauge refreshes. Cancel or any error leaves the shop as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from sellerdesk.io import importer
from sellerdesk.io.import_report import ImportCancelled, ImportFailed, ImportReport
from sellerdesk.store.database import StoreError
from sellerdesk.store.imports import CHANGED_TABLES
from sellerdesk.store.store import Store
from sellerdesk.ui.dialogs.import_preview import ImportPreviewDialog
from sellerdesk.ui.session import ShopSession
from sellerdesk.ui.tasks import Job, progress_dialog


class ImportCommand(QUndoCommand):
    """An import already written by the worker: undo puts back what it replaced, redo writes it again."""

    def __init__(self, session: ShopSession, plan: importer.ImportPlan, text: str) -> None:
        super().__init__(text)
        self.session, self.plan = session, plan
        self._done = True  # the first redo() (QUndoStack.push calls it) has happened on the worker

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        importer.redo_plan(self.session.store, self.plan)

    def undo(self) -> None:
        importer.undo_plan(self.session.store, self.plan)


class ImportFlow(QObject):
    """One import from the window, from the files chosen to the undo step."""

    #: the preview (or problems) dialog is open; tests answer it
    previewShown = Signal(object)
    #: the import ended: the report, or None (cancelled, failed, nothing to do)
    ended = Signal(object)

    def __init__(self, session: ShopSession, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.window = parent
        self.plan: importer.ImportPlan | None = None
        self.dialog: ImportPreviewDialog | None = None
        self.progress: QProgressDialog | None = None
        self.job: Job | None = None

    # -- 1. read and compare ---------------------------------------------------------------------
    def start(self, paths: list[Path]) -> None:
        db_path = self.session.path

        def work(progress: Any, cancelled: Any) -> tuple[importer.ImportPlan, ImportReport]:
            plan = importer.read_files(paths, progress, cancelled)
            try:
                store = Store.open(db_path)
                try:
                    return plan, importer.compare_with_shop(store, plan, progress, cancelled)
                finally:
                    store.close()
            except BaseException:
                plan.close()
                raise

        self._run(work, self.tr("Reading %n file(s)…", "", len(paths)), self._previewed)

    def _previewed(self, result: tuple[importer.ImportPlan, ImportReport]) -> None:
        self.plan, report = result
        self._show(ImportPreviewDialog(report, parent=self.window))

    # -- 2. the preview --------------------------------------------------------------------------
    def _show(self, dialog: ImportPreviewDialog) -> None:
        self.window.statusBar().clearMessage()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._write)
        dialog.rejected.connect(self._drop)
        dialog.open()
        self.previewShown.emit(dialog)

    def _drop(self) -> None:
        self.window.statusBar().clearMessage()
        if self.plan is not None:
            self.plan.close()
            self.plan = None
        self.ended.emit(None)

    # -- 3. write --------------------------------------------------------------------------------
    def _write(self) -> None:
        plan, db_path = self.plan, self.session.path
        assert plan is not None

        def work(progress: Any, cancelled: Any) -> ImportReport:
            store = Store.open(db_path)
            try:
                return importer.write_plan(store, plan, progress, cancelled)
            finally:
                store.close()

        self._run(work, self.tr("Importing…"), self._written)

    def _written(self, report: ImportReport) -> None:
        plan, self.plan = self.plan, None
        assert plan is not None
        if report.written:
            names = ", ".join(f.path.name for f in report.files[:3]) + ("…" if len(report.files) > 3 else "")
            self.session.keep_until_closed(plan.close)
            self.session.push(ImportCommand(self.session, plan, self.tr("Import {files}").format(files=names)))
            self.session.notify_external(CHANGED_TABLES)
        else:
            plan.close()
        self.ended.emit(report)

    # -- running a step --------------------------------------------------------------------------
    def _run(self, work: Any, label: str, done: Any) -> None:
        progress = progress_dialog(self.window, self.tr("Import"), label, self.tr("Cancel"), stays=True)
        self.progress = progress
        job = Job(work, self)
        self.job = job
        job.show_in(progress, texts=self.step_text)

        def finished(value: Any) -> None:
            progress.close()
            done(value)

        job.finished.connect(finished)
        job.failed.connect(lambda exc: (progress.close(), self._failed(exc)))
        job.start()

    def step_text(self, text: str) -> str:
        """An import step in the window's language (io/importer.py reports them in English, as the command
        line shows them); a step it does not know, as reported."""
        return self.known_step(text) or text

    def known_step(self, text: str) -> str | None:
        reading = text.removeprefix("Reading ")
        if reading != text:
            return self.tr("Reading %1").replace("%1", reading)
        steps = {
            "Checking against the shop": self.tr("Checking against the shop"),
            "Comparing with the shop": self.tr("Comparing with the shop"),
            "Backing up the shop": self.tr("Backing up the shop"),
            "Writing orders": self.tr("Writing orders"),
            "Writing items": self.tr("Writing items"),
            "Writing reviews": self.tr("Writing reviews"),
            "Writing messages": self.tr("Writing messages"),
            "Done": self.tr("Done"),
        }
        return steps.get(text)

    def _failed(self, error: BaseException) -> None:
        if self.plan is not None:
            self.plan.close()
            self.plan = None
        if isinstance(error, ImportCancelled):
            self.window.statusBar().showMessage(self.tr("Import cancelled; the shop was not changed."), 8000)
        elif isinstance(error, ImportFailed):
            self._show(ImportPreviewDialog(None, error.errors, parent=self.window))
            return
        elif isinstance(error, StoreError):
            QMessageBox.warning(self.window, self.tr("Import failed"), str(error))
        else:
            QMessageBox.warning(
                self.window,
                self.tr("Import failed"),
                self.tr("The import stopped ({error}); the shop was not changed.").format(error=repr(error)),
            )
        self.ended.emit(None)
