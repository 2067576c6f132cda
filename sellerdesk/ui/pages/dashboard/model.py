"""The dashboard's figures: the standards engine's status, and per-day data for the charts.

The status comes from `session.status()` (the one standards engine, fast on any shop size), so
the gauges follow an edit at once. The per-day rows behind the charts, the pipeline
projection and the problem list are read on the thread pool with their own connection: on the
first show, a new as-of day, and (debounced) after edits.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from sellerdesk.core import odr as rules
from sellerdesk.core.whatif import ProjectedDay, WhatIf, project
from sellerdesk.store.database import connect
from sellerdesk.store.problem_list import ProblemOrderRow, problem_order_rows
from sellerdesk.store.trend import DailyData, Trend, load_daily, odr_trend
from sellerdesk.store.trend_charts import counted_problem_days, monthly_rates, months, rating_distribution
from sellerdesk.ui.session import ShopSession
from sellerdesk.ui.tasks import run_task

#: After an edit, the charts are read again once the edits pause this long.
CHARTS_DELAY_MS = 250


class DashboardModel(QObject):
    statusChanged = Signal(object)  # the status dict (as shop_status gives it, no what-if)
    chartsChanged = Signal()  # trend, monthly rates, ratings, problem list, projection
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
        self.problem_rows: list[ProblemOrderRow] = []
        self.projection: list[ProjectedDay] = []
        self.whatif = WhatIf()
        self._generation = 0
        self.loading = False
        self._charts_timer = QTimer(self)
        self._charts_timer.setSingleShot(True)
        self._charts_timer.setInterval(CHARTS_DELAY_MS)
        self._charts_timer.timeout.connect(self.reload)
        session.changed.connect(self._on_changed)
        session.asOfChanged.connect(self._on_as_of)

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the charts' per-day rows in the background (first show, new day, after edits)."""
        self._generation += 1
        generation, as_of, path = self._generation, self.session.as_of(), self.session.path
        self._set_loading(True)
        if path is None:  # an in-memory shop (tests): read on this thread
            self._loaded(generation, load_daily(self.session.store.db, as_of))
            return

        def work() -> DailyData:
            db = connect(path)
            try:
                return load_daily(db, as_of)
            finally:
                db.close()

        def error(exc: BaseException) -> None:
            if generation == self._generation:
                self._set_loading(False)
                self.failed.emit(str(exc))

        run_task(self, work, lambda data: self._loaded(generation, data), error)

    def _alive(self) -> bool:
        """False once the shop is closed (a load can finish after its window went away)."""
        try:
            self.session.store.db.execute("SELECT 1")
        except sqlite3.ProgrammingError:
            return False
        return True

    def _loaded(self, generation: int, data: DailyData) -> None:
        if generation != self._generation or not self._alive():
            return  # a newer load is on its way, or the shop was closed
        self.data = data
        self._set_loading(False)
        self.update_charts()

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

    def update_charts(self) -> None:
        data = self.data
        if data is None or not self._alive():
            return
        self.trend = odr_trend(data)
        self.monthly = monthly_rates(data)
        self.ratings = rating_distribution(data)
        window = rules.odr_window(data.as_of, data.settings.odr_window_days, data.settings.odr_lag_days)
        since = min(window.start, months(data.as_of)[0][0])
        self.problem_rows = problem_order_rows(self.session.store.db, since, data.as_of)
        recent = self.trend.orders  # orders per day: the average of the last 90 days
        first = data.as_of - timedelta(days=89)
        daily = [data.orders.get((first + timedelta(days=i)).isoformat(), [0])[0] for i in range(90)]
        orders_by_day = {date.fromisoformat(d): v[0] for d, v in data.orders.items()}
        self.projection = project(
            data.as_of,
            orders_by_day,
            counted_problem_days(data),
            length=data.settings.odr_window_days,
            lag=data.settings.odr_lag_days,
            days=90,
            future_daily_orders=sum(daily) / 90 if recent else 0.0,
        )
        self.chartsChanged.emit()

    def close(self) -> None:
        self._generation += 1
        self._charts_timer.stop()
