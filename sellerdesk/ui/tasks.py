"""Work off the GUI thread (Anki's QueryOp): run a function on the thread pool, report by signal.

The function must open its own database connection; results and errors come back on the GUI
thread through queued signals, so the window never freezes and never needs processEvents().
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Relay(QObject):
    """Lives on the GUI thread: its slots run there when the worker emits (queued connection)."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]) -> None:
        super().__init__()
        self.on_done, self.on_error = on_done, on_error
        self.done.connect(self._finish_done)
        self.failed.connect(self._finish_failed)

    @Slot(object)
    def _finish_done(self, value: Any) -> None:
        _live.discard(self)
        self.on_done(value)

    @Slot(object)
    def _finish_failed(self, exc: Any) -> None:
        _live.discard(self)
        self.on_error(exc)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work, self.relay = work, relay
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI, never lost
            self._report(self.relay.failed, exc)
        else:
            self._report(self.relay.done, result)

    @staticmethod
    def _report(signal: Any, value: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the window that asked has closed meanwhile
            signal.emit(value)


_live: set[_Relay] = set()


def run_task(
    owner: QObject,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    pool: QThreadPool | None = None,
) -> None:
    """Run `work()` on a thread pool (the global one unless given); call `on_done(result)` or
    `on_error(exc)` on `owner`'s thread."""
    relay = _Relay(on_done, on_error)
    relay.moveToThread(owner.thread())
    _live.add(relay)
    (pool or QThreadPool.globalInstance()).start(_Runnable(work, relay))


Progress = Callable[[float, str], None]


class Job(QObject):
    """Long work with progress and Cancel (an import, a backup): `work(progress, cancelled)` runs on the
    thread pool; `progressed`, `finished` and `failed` arrive on the GUI thread."""

    progressed = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Progress, Callable[[], bool]], Any], parent: QObject) -> None:
        super().__init__(parent)
        self.work = work
        self._cancel = threading.Event()

    def start(self, pool: QThreadPool | None = None) -> None:
        _jobs.add(self)
        (pool or QThreadPool.globalInstance()).start(_JobRunnable(self))

    def cancel(self) -> None:
        self._cancel.set()

    def show_in(self, dialog: QProgressDialog, texts: bool | Callable[[str], str] = False) -> None:
        """Report to a progress dialog (of 0 to 1000; with `texts`, the work's step names too, through
        `texts` when it is a function: say, into the window's language); its Cancel button cancels."""
        dialog.canceled.connect(self.cancel)
        if texts:
            said = texts if callable(texts) else str
            self.progressed.connect(lambda f, text: (dialog.setValue(int(f * 1000)), dialog.setLabelText(said(text))))
        else:
            self.progressed.connect(lambda f, _text: dialog.setValue(int(f * 1000)))

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _run(self) -> None:
        def progress(fraction: float, text: str) -> None:
            with contextlib.suppress(RuntimeError):
                self.progressed.emit(fraction, text)

        try:
            result = self.work(progress, self.cancelled)
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI, never lost
            outcome, value = self.failed, exc
        else:
            outcome, value = self.finished, result
        with contextlib.suppress(RuntimeError):  # the window that asked has closed meanwhile
            outcome.emit(value)
        _jobs.discard(self)


def progress_dialog(parent: QWidget, title: str, label: str, cancel: str, stays: bool = False) -> QProgressDialog:
    """The window-modal dialog a Job reports to, shown once the work takes 300 ms; `cancel` is the
    caller's translated "Cancel". With `stays`, it stays open at 100% until the caller closes it."""
    dialog = QProgressDialog(label, cancel, 0, 1000, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    if stays:
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
    return dialog


class _JobRunnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        self.job._run()


_jobs: set[Job] = set()
