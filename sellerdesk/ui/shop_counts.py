"""The sidebar's live counts, computed off the GUI thread after every change to the shop.

One worker thread with its own read connection (like the paged table models); a change that
arrives while a count runs asks for one more run when it ends, so bursts of edits cost two runs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from sellerdesk.store.connection import Database
from sellerdesk.store.counts import shop_counts
from sellerdesk.store.database import connect
from sellerdesk.ui.session import ShopSession
from sellerdesk.ui.tasks import run_task

#: message deadlines and the look-back move with the clock, not only with edits
REFRESH_MS = 5 * 60 * 1000


class ShopCounts(QObject):
    #: the latest counts (store/counts.py shop_counts)
    updated = Signal(dict)

    def __init__(self, session: ShopSession) -> None:
        super().__init__(session)
        self.session = session
        self.counts: dict[str, int] = {}
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._db: Database | None = None  # the worker's connection: touched only by tasks in _pool
        self._running = False
        self._again = False
        self._closed = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(REFRESH_MS)
        session.changed.connect(lambda *_: self.refresh())
        session.asOfChanged.connect(lambda *_: self.refresh())
        session.keep_until_closed(self.close)
        self.refresh()

    def refresh(self) -> None:
        if self._closed:
            return
        if self._running:
            self._again = True
            return
        self._running = True
        day, now = self.session.today(), self.session.now()
        path = self.session.path
        if path is None:  # an in-memory shop has no second connection: its counts are cheap
            self._done(shop_counts(self.session.store.db, day, now))
            return
        read_only = self.session.store.read_only

        def work() -> dict[str, int]:
            if self._db is None:
                self._db = connect(path, read_only=read_only)
            return shop_counts(self._db, day, now)

        run_task(self, work, self._done, self._failed, self._pool)

    def _done(self, counts: dict[str, int]) -> None:
        self._running = False
        if self._closed:
            return
        self.counts = counts
        self.updated.emit(counts)
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, exc: BaseException) -> None:  # noqa: ARG002 - a busy or vanished file: the last counts stay
        self._running = False
        if self._again and not self._closed:
            self._again = False
            self.refresh()

    def close(self) -> None:
        """Stop asking, wait for a running count and close the worker's connection."""
        self._closed = True
        self._timer.stop()
        self._pool.clear()
        self._pool.waitForDone()
        if self._db is not None:
            self._db.close()
            self._db = None


def install_counts(window: Any, session: ShopSession) -> ShopCounts:
    """Counts for this session, shown by the window's sidebar and empty-page hints."""
    counts = ShopCounts(session)
    counts.updated.connect(window.sidebar.set_counts)
    if getattr(window, "empty_hint", None) is not None:
        counts.updated.connect(window.empty_hint.set_counts)
    window.shop_counts = counts
    return counts
