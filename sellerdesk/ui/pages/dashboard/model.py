"""The dashboard's figures: read in the background, then kept current edit by edit.

The first read (and a new as-of day, or a change the change log cannot follow) runs on the
thread pool with its own connections; after that an edit re-reads only the days it touched
(`store.trend_changes`), so the gauges follow it in milliseconds even on a big shop.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from sellerdesk.core import odr as rules
from sellerdesk.core.whatif import ProjectedDay, WhatIf, project
from sellerdesk.store.database import connect
from sellerdesk.store.problem_list import ProblemOrderRow, problem_order_rows
from sellerdesk.store.trend import DailyData, Trend, load_daily, merge, odr_trend, status_from_daily
from sellerdesk.store.trend_changes import ChangeLog, apply_changes
from sellerdesk.store.trend_charts import counted_problem_days, monthly_rates, months, rating_distribution
from sellerdesk.ui.session import ShopSession
from sellerdesk.ui.tasks import run_task

#: Tables the change log follows; a change elsewhere (settings, shop, holidays) reloads everything.
FOLLOWED = frozenset({"orders", "order_items", "reviews", "cases", "messages", "threads"})
#: Parts read in parallel on the first load (each on its own connection).
LOAD_GROUPS = (("orders", "problems"), ("shipping",), ("reviews", "refunded", "threads"))


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
        self.log = ChangeLog(session.store.db)
        self._charts_timer = QTimer(self)
        self._charts_timer.setSingleShot(True)
        self._charts_timer.setInterval(250)
        self._charts_timer.timeout.connect(self.update_charts)
        session.changed.connect(self._on_changed)
        session.asOfChanged.connect(lambda _day: self.reload())

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read everything again in the background (first show, new as-of day, settings)."""
        self._generation += 1
        generation, as_of, path = self._generation, self.session.as_of(), self.session.path
        self.log.discard()  # the load reads everything written so far
        self._set_loading(True)
        if path is None:  # an in-memory shop (tests): read on this thread
            self._loaded(generation, load_daily(self.session.store.db, as_of))
            return
        parts: list[DailyData] = []

        def work(group: tuple[str, ...]) -> DailyData:
            db = connect(path)
            try:
                return load_daily(db, as_of, group)
            finally:
                db.close()

        def done(part: DailyData) -> None:
            parts.append(part)
            if len(parts) == len(LOAD_GROUPS):
                self._loaded(generation, merge(parts))

        def error(exc: BaseException) -> None:
            if generation == self._generation:
                self._set_loading(False)
                self.failed.emit(str(exc))

        for group in LOAD_GROUPS:
            run_task(self, lambda g=group: work(g), done, error)

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
        apply_changes(self.session.store.db, data, self.log.take())  # edits made while reading
        self._set_loading(False)
        self._recompute()
        self.update_charts()

    def _set_loading(self, loading: bool) -> None:
        if loading != self.loading:
            self.loading = loading
            self.loadingChanged.emit(loading)

    # -- following edits -----------------------------------------------------------------
    def _on_changed(self, tables: frozenset[str]) -> None:
        if self.data is None or self.loading:
            return  # the running load picks the edit up from the change log
        changes = self.log.take()
        # no change noted: another connection wrote (an import on a worker thread): read it all again
        if not changes or not tables <= FOLLOWED or not apply_changes(self.session.store.db, self.data, changes):
            self.reload()
            return
        self._recompute()
        self._charts_timer.start()

    def _recompute(self) -> None:
        assert self.data is not None
        self.status = status_from_daily(self.session.store.db, self.data, self.session.store.timezone())
        prime = getattr(self.session, "prime_status", None)
        if prime is not None:
            prime(self.data.as_of, self.status)
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
            data.as_of, orders_by_day, counted_problem_days(data), length=data.settings.odr_window_days,
            lag=data.settings.odr_lag_days, days=90, future_daily_orders=sum(daily) / 90 if recent else 0.0,
        )
        self.chartsChanged.emit()

    def close(self) -> None:
        self._generation += 1
        self._charts_timer.stop()
        with contextlib.suppress(Exception):  # the connection may already be closed
            self.log.close()
