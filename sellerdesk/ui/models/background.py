"""A paged table model whose searches, filters, sorts and refreshes run off the GUI thread.

`request(...)` hands the new query state to the model's worker (Anki's QueryOp): one thread
(a private pool of one) with one long-lived read connection, so its page cache stays warm
between loads. The worker counts the rows (stopping at COUNT_CAP for a broad search or filter)
and fetches the first page, then the model swaps them in on the GUI thread; a capped count is
finished by a second task and the rows grow when it arrives. Until then the view keeps showing
the previous result (no half-applied state); a newer request makes older answers stale, and
aborts a stale query that is still running (SQLite's progress handler).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QThreadPool, Signal

from sellerdesk.store.connection import Database
from sellerdesk.store.database import connect, interrupts
from sellerdesk.store.tables import TableQuery
from sellerdesk.ui.models.paged import PAGE_SIZE, PagedTableModel
from sellerdesk.ui.tasks import run_task

#: a search or filter matching more rows than this shows "10,000+" at once; the exact count follows
COUNT_CAP = 10_000


class BackgroundPagedModel(PagedTableModel):
    #: a requested state is now shown (count and first page loaded)
    loaded = Signal()
    #: True while a request is running (for a busy indicator)
    busyChanged = Signal(bool)
    #: a request failed; the message says why
    failed = Signal(str)
    #: the exact row count of a broad search arrived (after `loaded` showed COUNT_CAP + 1 rows)
    counted = Signal(int)

    def __init__(self, query: TableQuery, db_path: Path | None, parent: Any = None) -> None:
        super().__init__(query, parent)
        self.db_path = db_path
        self._generation = 0
        self._target: TableQuery | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # tasks run one after another on the one connection
        # The connection outlives an idle pool thread: a later task (on a new thread) reuses it.
        self._db: Database | None = None  # the worker's connection: only touched by tasks in _pool
        self._running = 0  # generation of the task on the worker (0: none)

    def is_exact(self) -> bool:
        """False while the shown row count is a lower bound (a broad search still being counted)."""
        return self.query.exact

    def _worker_db(self) -> Database:
        if self._db is None:
            self._db = connect(self.db_path)
            interrupts(self._db).add(self._stale)
        return self._db

    def _stale(self) -> int:
        """Progress handler (worker thread): non-zero aborts the query of a request now outdated."""
        return 1 if self._running and self._running != self._generation else 0

    def _run(self, generation: int, work: Any, done: Any, fail: Any) -> None:
        def guarded() -> Any:
            if generation != self._generation:
                return None  # a newer request came in while this one waited
            self._running = generation
            try:
                return work(self._worker_db())
            finally:
                self._running = 0

        run_task(self, guarded, done, fail, self._pool)

    def close(self) -> None:
        """Drop pending work, wait for the worker and close its connection."""
        self._generation += 1
        self._pool.clear()
        self._pool.waitForDone()
        if self._db is not None:
            self._db.close()
            self._db = None

    def is_busy(self) -> bool:
        return self._target is not None

    def target(self) -> TableQuery:
        """The state being loaded, or the shown one."""
        return self._target or self.query

    # -- requests ------------------------------------------------------------------------
    def request(
        self,
        *,
        search: str | None = None,
        filter: str | None = None,  # noqa: A002 - the query's own name
        sort: tuple[str, bool] | None = None,
        params: dict[str, Any] | None = None,
        keep: bool = False,
    ) -> None:
        """Load a new state; `keep` keeps the scroll position when the row count holds (an edit)."""
        target = self.target().copy(self.query.db)
        if search is not None:
            target.search = search
        if filter is not None:
            target.filter = filter
        if sort is not None:
            target.set_sort(*sort)
        if params:
            target.params.update(params)
        if self.db_path is None:
            self._apply(target, None, keep)
            return
        self._generation += 1
        generation = self._generation
        was_busy = self.is_busy()
        self._target = target
        worker_query = target.copy(self.query.db)
        # Refreshing a broad search after an edit: count it all at once, so the rows (and the scroll
        # position) stay put instead of shrinking to COUNT_CAP + 1 and growing again.
        whole = keep and self.query.exact and (self._count or 0) > COUNT_CAP

        def work(db: Database) -> tuple[int, bool, bool, list[tuple]]:
            worker_query.db = db
            total = worker_query.count() if whole else worker_query.count_upto(COUNT_CAP)
            return total, worker_query.dense, worker_query.exact, worker_query.rows(0, PAGE_SIZE, total)

        def done(result: tuple[int, bool, bool, list[tuple]] | None) -> None:
            if result is None or generation != self._generation:
                return
            total, dense, exact, first = result
            target.dense, target.exact = dense, exact
            self._target = None
            self._apply(target, (total, first), keep)
            self.busyChanged.emit(False)
            if not exact:
                self._count_rest(generation, worker_query)

        if not was_busy:
            self.busyChanged.emit(True)
        self._run(generation, work, done, self._failer(generation))

    def _failer(self, generation: int) -> Any:
        def fail(exc: BaseException) -> None:
            if generation != self._generation:
                return  # aborted because stale (sqlite3 "interrupted"), or an old answer: nobody waits
            self._target = None
            self.busyChanged.emit(False)
            self.failed.emit(str(exc))

        return fail

    def _count_rest(self, generation: int, worker_query: TableQuery) -> None:
        """The shown rows stop at COUNT_CAP + 1: count them all on the worker, then let the rows grow."""

        def work(db: Database) -> int:
            worker_query.db = db
            return worker_query.exact_count()

        def done(total: int | None) -> None:
            if total is None or generation != self._generation:
                return
            self.query.exact = True
            if total > self._count:
                self.beginInsertRows(QModelIndex(), self._count, total - 1)
                self._count = total
                self.endInsertRows()
            self.counted.emit(total)

        self._run(generation, work, done, lambda _exc: None)

    def _apply(self, target: TableQuery, loaded: tuple[int, list[tuple]] | None, keep: bool) -> None:
        q = self.query
        q.search, q.filter, q.params = target.search, target.filter, dict(target.params)
        q.sort_key, q.descending = target.sort_key, target.descending
        if loaded is None:
            total, first = q.count(), None
        else:
            total, first = loaded
            q.dense, q.exact = target.dense, target.exact
        if keep and total == self._count:
            self._pages.clear()
            if first is not None:
                self._pages[0] = first
            if total:
                self.dataChanged.emit(self.index(0, 0), self.index(total - 1, self.columnCount() - 1))
        else:
            self.beginResetModel()
            self._count = total
            self._pages.clear()
            if first is not None:
                self._pages[0] = first
            self.endResetModel()
        self.loaded.emit()

    # -- PagedTableModel -----------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        spec_column = self.query.spec.columns[column]
        if spec_column.sortable:
            self.request(sort=(spec_column.key, order == Qt.SortOrder.DescendingOrder))

    def refresh(self) -> None:
        self.request(keep=True)
