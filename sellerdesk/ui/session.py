"""The open shop as the UI sees it: the store, its change signal, the as-of day, undo, status.

Pages never hold their own connection or run SQL: they ask the session (and the table models
it hands out), and they listen to `changed` to refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from sellerdesk.store.standards import shop_status
from sellerdesk.store.store import Store

Clock = Callable[[], datetime]


class ShopSession(QObject):
    #: tables that changed (after any committed write: an edit, an undo, an import)
    changed = Signal(object)
    #: the as-of day moved (midnight, or the user picked another day)
    asOfChanged = Signal(object)

    def __init__(self, store: Store, clock: Clock | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._clock = clock or (lambda: datetime.now(store.timezone()))
        self._pinned: date | None = None
        self._today = self._clock().date()
        self._status: dict[str, Any] | None = None
        self._status_day: date | None = None
        self.undo_stack = QUndoStack(self)
        self._on_close: list[Callable[[], None]] = []
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
            self._status = shop_status(self.store, day)
            self._status_day = day
        return self._status

    def notify_external(self, tables: frozenset[str]) -> None:
        """Another connection (an import on a worker thread) changed the file."""
        self._on_store_changed(tables)

    def _on_store_changed(self, tables: frozenset[str]) -> None:
        self._status = None
        self.changed.emit(tables)

    # -- edits ---------------------------------------------------------------------------
    def push(self, command: QUndoCommand) -> None:
        """Run an edit as one undo step (QUndoStack.push calls redo())."""
        self.undo_stack.push(command)

    def keep_until_closed(self, cleanup: Callable[[], None]) -> None:
        """Run `cleanup` when the session closes (an import's staging file, kept for its undo)."""
        self._on_close.append(cleanup)

    def close(self) -> None:
        self.undo_stack.clear()
        for cleanup in self._on_close:
            cleanup()
        self._on_close.clear()
        self._midnight.stop()
        self.store.unsubscribe(self._on_store_changed)
        self.store.close()
