"""Backups from the window (issue 9): File > Back up now…, and the day's first backup when a shop opens.

A backup runs on a worker with a connection of its own (sellerdesk/io/backups.py reads the shop in one
read transaction), so the window stays usable and edits go on meanwhile; its progress and a Cancel
button sit in the status bar. File > Restore… is in dialogs/backups.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QProgressBar, QToolButton

from sellerdesk.store.database import StoreError
from sellerdesk.ui.tasks import Job


class BackupRunner(QObject):
    #: a backup ended: its path, or None (cancelled or failed)
    ended = Signal(object)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.job: Job | None = None
        self.daily = False  # the app turns it on; tests and the demo leave it off
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setMaximumWidth(160)
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        for widget in (self.label, self.bar, self.cancel_button):
            window.statusBar().addPermanentWidget(widget)
            widget.hide()

    def running(self) -> bool:
        return self.job is not None

    # -- when -------------------------------------------------------------------------------------
    def enable_daily(self) -> None:
        """Back up once a day on opening, from now on (this shop now, and every shop opened later)."""
        self.daily = True
        self.shop_opened()

    def shop_opened(self) -> None:
        from sellerdesk.io import backups  # here and below: not needed before the window's first paint

        path = self._shop()
        if self.daily and path is not None and not self.running() and backups.daily_backup_due(path):
            self.start("daily", announce=False)

    def back_up_now(self) -> Job | None:
        return self.start("manual", announce=True)

    # -- running ----------------------------------------------------------------------------------
    def start(self, reason: str, announce: bool) -> Job | None:
        from sellerdesk.io import backups

        path = self._shop()
        if path is None:
            self.window.statusBar().showMessage(self.tr("This shop is not kept in a file: nothing to back up."), 8000)
            return None
        if self.job is not None:
            self.window.statusBar().showMessage(self.tr("A backup is already running."), 8000)
            return None

        def work(progress: Any, cancelled: Any) -> Path:
            return backups.backup_shop(path, reason, progress=progress, cancelled=cancelled)

        job = Job(work, self)
        self.job = job
        self.label.setText(self.tr("Backing up…"))
        self.bar.setValue(0)
        for widget in (self.label, self.bar, self.cancel_button):
            widget.show()
        job.progressed.connect(lambda fraction, _text: self.bar.setValue(int(fraction * 1000)))
        job.finished.connect(lambda target: self._done(target, announce))
        job.failed.connect(lambda error: self._failed(error, announce))
        job.start()
        return job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _done(self, target: Path, announce: bool) -> None:
        from sellerdesk.io import backups

        self._stop()
        self.window.statusBar().showMessage(
            self.tr("Backed up to {path} ({size}).").format(path=target, size=backups.describe(target.stat().st_size)),
            10000 if announce else 5000,
        )
        self.ended.emit(target)

    def _failed(self, error: BaseException, announce: bool) -> None:
        from sellerdesk.io import backups

        self._stop()
        text = str(error) if isinstance(error, StoreError | OSError) else repr(error)
        if isinstance(error, backups.CopyCancelled):
            self.window.statusBar().showMessage(self.tr("Backup cancelled; nothing was written."), 8000)
        elif not announce:  # the day's backup: a word in the status bar, not a dialog at every opening
            self.window.statusBar().showMessage(self.tr("The day's backup was not made: {error}").format(error=text))
        else:
            QMessageBox.warning(
                self.window, self.tr("Backup failed"), self.tr("The backup was not made: {error}").format(error=text)
            )
        self.ended.emit(None)

    def _stop(self) -> None:
        self.job = None
        for widget in (self.label, self.bar, self.cancel_button):
            widget.hide()

    def _shop(self) -> Path | None:
        path = getattr(self.window, "session", None) and self.window.session.path
        return Path(path) if path is not None and str(path) != ":memory:" else None
