"""The dashboard's figures: the standards engine's status, and per-day data for the charts.

The status comes from `session.status()` (the one standards engine, fast on any shop size), so
the gauges follow an edit at once. Everything behind the charts and tables is read and computed
on the thread pool, each part with its own connection, on the first show, a new as-of day, and
(debounced) after edits: first what the charts draw, the per-day rows with the trend
(`read_daily_figures`) and, at the same time, the problem orders by cause (`read_problem_causes`);
then the problem-order list (`read_problem_rows`, ~3 times the causes' cost: it reads each order),
so that it is not read while matplotlib loads and the first charts are drawn; the 90-day projection
only when the "What is coming" tab asks for it (`project_odr`). The GUI thread only takes the
finished figures.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from sellerdesk.core import odr as rules
from sellerdesk.core.whatif import ProjectedDay, WhatIf, project
from sellerdesk.store.connection import Database
from sellerdesk.store.database import connect
from sellerdesk.store.problem_list import ProblemOrderRow, problem_causes, problem_order_rows
from sellerdesk.store.store import Store
from sellerdesk.store.trend import DailyData, Trend, load_daily, odr_trend
from sellerdesk.store.trend_charts import counted_problem_days, monthly_rates, months, rating_distribution
from sellerdesk.ui.session import ShopSession
from sellerdesk.ui.tasks import run_task

#: After an edit, the charts are read again once the edits pause this long.
CHARTS_DELAY_MS = 250


@dataclass
class DailyFigures:
    """What the per-day charts and the pipeline show, as of one day."""

    data: DailyData
    trend: Trend
    monthly: list[dict[str, Any]]
    ratings: list[int]


def read_daily_figures(db: Database, as_of: date) -> DailyFigures:
    """The per-day rows and what the charts draw from them (on a worker: ~0.4 s at a million orders)."""
    data = load_daily(db, as_of)
    return DailyFigures(data, odr_trend(data), monthly_rates(data), rating_distribution(data))


def project_odr(data: DailyData) -> list[ProjectedDay]:
    """The ODR of each of the next 90 days with the last 90 days' average daily orders and no new
    problem order (on a worker: 0.1 s at a million orders)."""
    first = data.as_of - timedelta(days=89)
    daily = [data.orders.get((first + timedelta(days=i)).isoformat(), [0])[0] for i in range(90)]
    return project(
        data.as_of,
        {date.fromisoformat(d): v[0] for d, v in data.orders.items()},
        counted_problem_days(data),
        length=data.settings.odr_window_days,
        lag=data.settings.odr_lag_days,
        days=90,
        future_daily_orders=sum(daily) / 90,
    )


def read_problem_causes(db: Database, as_of: date) -> dict[str, tuple[int, int]]:
    """Problem orders placed in the charts' 12 months, by cause: (counted, excluded)."""
    return problem_causes(db, months(as_of)[0][0], as_of)


def read_problem_rows(db: Database, as_of: date) -> list[ProblemOrderRow]:
    """Problem orders placed since the ODR window or the charts' first month began, whichever is earlier."""
    settings = Store(db).rule_settings()
    window = rules.odr_window(as_of, settings.odr_window_days, settings.odr_lag_days)
    return problem_order_rows(db, min(window.start, months(as_of)[0][0]), as_of)


class DashboardModel(QObject):
    statusChanged = Signal(object)  # the status dict (as shop_status gives it, no what-if)
    chartsChanged = Signal()  # trend, monthly rates, ratings
    causesChanged = Signal()  # problem orders by cause
    problemsChanged = Signal()  # the problem-order list
    projectionChanged = Signal()  # the 90-day projection (after load_projection)
    loadingChanged = Signal(bool)
    failed = Signal(str)

    def __init__(self, session: ShopSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.data: DailyData | None = None
        self.status: dict[str, Any] = session.status()
        self.trend: Trend | None = None
        self.monthly: list[dict[str, Any]] = []
        self.ratings: list[int] = [0] * 5
        self.causes: dict[str, tuple[int, int]] = {}
        self.problem_rows: list[ProblemOrderRow] = []
        self.projection: list[ProjectedDay] = []
        self._projected: DailyData | None = None  # the data the projection is (being) made from
        self.whatif = WhatIf()
        self._generation = 0
        self._pending = 0  # reads of this generation still running or still to start
        self._charts_pending = 0  # of those, the charts' reads (the problem list starts after them)
        self.loading = False
        self._charts_timer = QTimer(self)
        self._charts_timer.setSingleShot(True)
        self._charts_timer.setInterval(CHARTS_DELAY_MS)
        self._charts_timer.timeout.connect(self.reload)
        session.changed.connect(self._on_changed)
        session.asOfChanged.connect(self._on_as_of)

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the charts' figures in the background (first show, new day, after edits)."""
        self._generation += 1
        self._pending = 3
        self._charts_pending = 2
        self._set_loading(True)
        self._read(read_daily_figures, self._daily_loaded)
        self._read(read_problem_causes, self._causes_loaded)

    def _read(self, reader: Callable[[Database, date], Any], loaded: Callable[[Any], None]) -> None:
        generation, as_of, path = self._generation, self.session.as_of(), self.session.path
        if path is None:  # an in-memory shop (tests): read on this thread
            self._finish(generation, loaded, reader(self.session.store.db, as_of))
            return

        def work() -> Any:
            db = connect(path)
            try:
                return reader(db, as_of)
            finally:
                db.close()

        def error(exc: BaseException) -> None:
            if generation == self._generation:
                self._pending = 0
                self._set_loading(False)
                self.failed.emit(str(exc))

        run_task(self, work, lambda result: self._finish(generation, loaded, result), error)

    def _alive(self) -> bool:
        """False once the shop is closed (a load can finish after its window went away)."""
        try:
            self.session.store.db.execute("SELECT 1")
        except sqlite3.ProgrammingError:
            return False
        return True

    def _finish(self, generation: int, loaded: Callable[[Any], None], result: Any) -> None:
        if generation != self._generation or not self._alive():
            return  # a newer load is on its way, or the shop was closed
        self._pending -= 1
        if self._pending == 0:
            self._set_loading(False)
        loaded(result)

    def _daily_loaded(self, figures: DailyFigures) -> None:
        self.data = figures.data
        self.trend = figures.trend
        self.monthly = figures.monthly
        self.ratings = figures.ratings
        self.chartsChanged.emit()
        self._chart_read_done()

    def _causes_loaded(self, by_cause: dict[str, tuple[int, int]]) -> None:
        self.causes = by_cause
        self.causesChanged.emit()
        self._chart_read_done()

    def _chart_read_done(self) -> None:
        self._charts_pending -= 1
        if self._charts_pending == 0:
            self._read(read_problem_rows, self._problems_loaded)

    def load_projection(self) -> None:
        """Make the 90-day projection from the latest per-day rows, in the background, unless it is
        made (or being made) already; projectionChanged tells when it is there."""
        data = self.data
        if data is None or data is self._projected:
            return
        self._projected = data

        def done(days: list[ProjectedDay]) -> None:
            if data is self.data and self._alive():
                self.projection = days
                self.projectionChanged.emit()

        def error(exc: BaseException) -> None:
            if data is self.data:
                self.failed.emit(str(exc))

        run_task(self, lambda: project_odr(data), done, error)

    def _problems_loaded(self, rows: list[ProblemOrderRow]) -> None:
        self.problem_rows = rows
        self.problemsChanged.emit()

    def _set_loading(self, loading: bool) -> None:
        if loading != self.loading:
            self.loading = loading
            self.loadingChanged.emit(loading)

    # -- following edits -----------------------------------------------------------------
    def _on_changed(self, _tables: frozenset[str]) -> None:
        self._recompute()
        self._charts_timer.start()

    def _on_as_of(self, _day: date) -> None:
        self._recompute()
        self.reload()

    def _recompute(self) -> None:
        self.status = self.session.status()
        self.statusChanged.emit(self.status)

    def close(self) -> None:
        self._generation += 1
        self._charts_timer.stop()
