"""The open shop as the UI sees it: the store, its change signal, the as-of day, undo, status.

Pages never hold their own connection or run SQL: they ask the session (and the table models
it hands out), and they listen to `changed` to refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from time import monotonic
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from sellerdesk.store.database import StoreError
from sellerdesk.store.standards import CAPACITY_BLIND, shop_status
from sellerdesk.store.store import ShopBusy, Store

Clock = Callable[[], datetime]

#: How long an edit waits for another program's write (an import) before the window says the shop is busy.
EDIT_WAIT_S = 60
RETRY_MS = 300
WINDOW_BUSY_TIMEOUT_MS = 100


class AppliedEdit(QUndoCommand):
    """An edit already made by ShopSession.push, as kept on the undo stack: the first redo() (which
    QUndoStack.push calls) does nothing. An undo or redo that fails later (the shop busy or read-only) is
    reported and the stack steps back to where it was, so the stack always matches the file."""

    def __init__(self, session: ShopSession, edit: QUndoCommand) -> None:
        super().__init__(edit.text())
        self.session, self.edit = session, edit
        self._skip_redo, self._skip_undo = True, False

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._run(self.edit.redo, back=-1)

    def undo(self) -> None:
        if self._skip_undo:
            self._skip_undo = False
            return
        self._run(self.edit.undo, back=+1)

    def _run(self, step: Callable[[], None], back: int) -> None:  # back: +1 after an undo, -1 after a redo
        try:
            step()
        except StoreError as exc:
            self.session.editFailed.emit(str(exc))
            stack = self.session.undo_stack
            # QUndoStack.undo()/redo() move the index after this returns (it is still where it was now): go
            # back there once they have, skipping this step on the way.
            where = stack.index()
            if back > 0:
                self._skip_redo = True
            else:
                self._skip_undo = True
            QTimer.singleShot(0, lambda: stack.setIndex(where))


class ShopSession(QObject):
    #: tables that changed (after any committed write: an edit, an undo, an import)
    changed = Signal(object)
    #: the as-of day moved (midnight, or the user picked another day)
    asOfChanged = Signal(object)
    #: an edit, undo or redo was not made: the message says why and what to do
    editFailed = Signal(str)
    #: a note for the status bar while edits wait for another program ("" when they are done)
    busyNote = Signal(str)

    def __init__(self, store: Store, clock: Clock | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._clock = clock or (lambda: datetime.now(store.timezone()))
        self._pinned: date | None = None
        self._today = self._clock().date()
        self._status: dict[str, Any] | None = None
        self._status_day: date | None = None
        #: (day, capacity section) kept across edits that cannot change it (CAPACITY_BLIND)
        self._capacity: tuple[date, dict[str, Any]] | None = None
        self.undo_stack = QUndoStack(self)
        self._waiting: list[QUndoCommand] = []
        self._wait_started = 0.0
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._retry_waiting)
        # The window's connection gives up on a lock at once and retries on a timer (above): SQLite's own
        # wait would freeze the window for the whole busy timeout.
        store.db.execute(f"PRAGMA busy_timeout = {WINDOW_BUSY_TIMEOUT_MS}")
        self._on_close: list[Callable[[], None]] = []
        self._closed = False
        store.subscribe(self._on_store_changed)
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self.check_day)
        self._arm_midnight()

    @property
    def path(self) -> Path | None:
        return self.store.path

    # -- as-of day -----------------------------------------------------------------------
    def now(self) -> datetime:
        """The current instant in the shop's time zone (a test's clock when one was given)."""
        return self._clock()

    def today(self) -> date:
        return self._today

    def as_of(self) -> date:
        return self._pinned or self._today

    def is_pinned(self) -> bool:
        return self._pinned is not None

    def set_as_of(self, day: date | None) -> None:
        """Pin the figures to a past day, or None to follow today."""
        pinned = None if day is None or day == self._today else day
        if pinned != self._pinned:
            self._pinned = pinned
            self._status = None
            self.asOfChanged.emit(self.as_of())

    def check_day(self) -> None:
        """At local midnight the windows move: recompute for the new day."""
        today = self._clock().date()
        if today != self._today:
            self._today = today
            self._status = None
            if self._pinned is None:
                self.asOfChanged.emit(today)
        self._arm_midnight()

    def _arm_midnight(self) -> None:
        now = self._clock()
        tomorrow = datetime.combine(now.date() + timedelta(days=1), time(0), tzinfo=now.tzinfo)
        self._midnight.start(max(1000, int((tomorrow - now).total_seconds() * 1000) + 500))

    # -- figures -------------------------------------------------------------------------
    def status(self) -> dict[str, Any]:
        """The standards as of the session's day, cached until the next change."""
        day = self.as_of()
        if self._status is None or self._status_day != day:
            kept = self._capacity[1] if self._capacity is not None and self._capacity[0] == day else None
            self._status = shop_status(self.store, day, capacity=kept)
            self._status_day = day
            self._capacity = (day, self._status["capacity"])
        return self._status

    def notify_external(self, tables: frozenset[str]) -> None:
        """Another connection (an import on a worker thread) changed the file."""
        self._on_store_changed(tables)

    def _on_store_changed(self, tables: frozenset[str]) -> None:
        self._status = None
        if not tables or not tables <= CAPACITY_BLIND:  # the backlog or the calendar may have changed
            self._capacity = None
        self.changed.emit(tables)

    # -- edits ---------------------------------------------------------------------------
    def push(self, command: QUndoCommand) -> bool:
        """Run an edit, then keep it as one undo step. An edit that fails (a read-only shop, a shop another
        program keeps busy...) is reported through `editFailed` and never reaches the undo stack. While
        another program (an import) writes, the edit waits its turn, polling, with `busyNote` saying so:
        the window stays responsive instead of freezing on SQLite's lock."""
        if self.store.read_only:
            self.editFailed.emit(self.read_only_message())
            return False
        if self._waiting:  # edits keep their order behind one that waits
            self._waiting.append(command)
            return False
        return self._try(command)

    def read_only_message(self) -> str:
        return self.tr(
            "{path} is open read-only (the file or its folder cannot be written), so edits are off and "
            "nothing was changed. Make it writable, or save a copy where you can write, and open that."
        ).format(path=self.path)

    def waiting_edits(self) -> int:
        """Edits waiting for another program to finish writing."""
        return len(self._waiting)

    def _try(self, command: QUndoCommand) -> bool:
        try:
            command.redo()
        except ShopBusy:
            if not self._waiting:
                self._waiting.append(command)
            self._wait_started = self._wait_started or monotonic()
            if monotonic() - self._wait_started > EDIT_WAIT_S:
                self._give_up()
                return False
            self.busyNote.emit(
                self.tr("The shop is busy: another program (an import?) is writing. Your edit waits its turn…")
            )
            self._retry.start()
            return False
        except StoreError as exc:
            self._forget(command)
            self._fail(str(exc))
            return False
        except BaseException:
            self._forget(command)  # a bug, not the shop: never leave later edits queued behind it
            raise
        self._forget(command)
        self.undo_stack.push(AppliedEdit(self, command))
        return True

    def _forget(self, command: QUndoCommand) -> None:
        if self._waiting and self._waiting[0] is command:
            self._waiting.pop(0)

    def _retry_waiting(self) -> None:
        while self._waiting and not self._retry.isActive():  # until one is busy again (the timer restarts)
            self._try(self._waiting[0])
        if not self._waiting:
            self._wait_started = 0.0
            self.busyNote.emit("")

    def _give_up(self) -> None:
        dropped = len(self._waiting)
        self._waiting.clear()
        self._wait_started = 0.0
        self.busyNote.emit("")
        self._fail(
            self.tr(
                "{path} stayed busy for {s} seconds: another program is writing to it. %n edit(s) were not "
                "made. Wait for it to finish and try again.",
                "",
                dropped,
            ).format(path=self.path, s=EDIT_WAIT_S)
        )

    def _fail(self, message: str) -> None:
        self.editFailed.emit(message)

    def keep_until_closed(self, cleanup: Callable[[], None]) -> None:
        """Run `cleanup` when the session closes (an import's staging file, kept for its undo)."""
        self._on_close.append(cleanup)

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        self._closed = True
        self._retry.stop()
        self._waiting.clear()
        self.undo_stack.clear()
        for cleanup in self._on_close:
            cleanup()
        self._on_close.clear()
        self._midnight.stop()
        self.store.unsubscribe(self._on_store_changed)
        self.store.close()
