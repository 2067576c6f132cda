"""The dashboard: the ODR against 1% first, Etsy's warning checklist, every standard, what is
coming, the problem orders and the charts; live with every edit, import and midnight."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.core.whatif import WhatIf, apply_whatif
from sellerdesk.ui import locale_format
from sellerdesk.ui.pages.base import Page
from sellerdesk.ui.pages.dashboard import chart_words, drawers
from sellerdesk.ui.pages.dashboard.capacity import CapacityPanel, new_shop_text, settings_text
from sellerdesk.ui.pages.dashboard.lists import fill_pipeline, fill_problem_orders, pipeline_table, problem_table
from sellerdesk.ui.pages.dashboard.model import DashboardModel
from sellerdesk.ui.pages.dashboard.panels import Checklist, WhatIfBar
from sellerdesk.ui.pages.dashboard.states import (
    allowed_cases,
    allowed_low_reviews,
    count_gauge_state,
    metric_gauge_state,
    odr_gauge_state,
    rating_gauge_state,
    window_text,
)
from sellerdesk.ui.session import ShopSession
from sellerdesk.ui.widgets.charts import Chart, warm_up
from sellerdesk.ui.widgets.gauge import Gauge


class DashboardPage(Page):
    key = "dashboard"

    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.title = self.tr("Dashboard")
        self.model = DashboardModel(session, self)
        # The gauges' figures (shop_status) are in: matplotlib loads on the chart worker now, while the page is
        # built and its charts' data read (held until a main window's first paint). Not before the status, whose
        # rows come one by one; the charts' reads fetch theirs at once, so the import no longer slows them.
        warm_up()
        self.whatif = WhatIf()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.addLayout(self._as_of_bar())

        top = QHBoxLayout()
        self.odr_gauge = Gauge()
        self.odr_gauge.setMinimumSize(260, 250)
        top.addWidget(self.odr_gauge, 1)
        self.checklist = Checklist()
        self.criteria_labels = self.checklist.criteria_labels
        top.addWidget(self.checklist, 2)
        layout.addLayout(top)
        self.whatif_bar = WhatIfBar()
        self.whatif_bar.changed.connect(self.set_whatif)
        layout.addWidget(self.whatif_bar)
        # A new shop's few orders, and rule settings changed from their defaults, each said in one line.
        self.new_shop_note = QLabel()
        self.new_shop_note.setObjectName("new_shop_note")
        self.new_shop_note.setWordWrap(True)
        self.new_shop_note.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.new_shop_note)
        self.settings_note = QLabel()
        self.settings_note.setObjectName("settings_note")
        self.settings_note.setWordWrap(True)
        layout.addWidget(self.settings_note)

        self.standards_box = QGroupBox()
        row = QHBoxLayout(self.standards_box)
        self.standard_gauges = {k: Gauge() for k in ("message_response", "on_time_shipping", "reviews", "case_rate")}
        for gauge in self.standard_gauges.values():
            row.addWidget(gauge)
        layout.addWidget(self.standards_box)

        self.star_box = QGroupBox(self.tr("Star Seller"))
        star_layout = QVBoxLayout(self.star_box)
        star_row = QHBoxLayout()
        self.star_gauges = {k: Gauge() for k in ("message_response", "shipping", "rating", "case_rate")}
        for gauge in self.star_gauges.values():
            star_row.addWidget(gauge)
        star_layout.addLayout(star_row)
        self.star_label = QLabel()
        self.star_label.setWordWrap(True)
        self.star_label.setTextFormat(Qt.TextFormat.RichText)
        star_layout.addWidget(self.star_label)
        layout.addWidget(self.star_box)
        self.capacity = CapacityPanel(session)
        layout.addWidget(self.capacity)

        self.tabs = QTabWidget()
        self.tabs.setMinimumHeight(560)
        charts = QWidget()
        grid = QGridLayout(charts)
        self.charts = {
            "odr_trend": Chart(self.tr("ODR trend")),
            "monthly": Chart(self.tr("On-time shipping and response")),
            "ratings": Chart(self.tr("Rating distribution")),
            "causes": Chart(self.tr("Problem orders by cause")),
        }
        grid.addWidget(self.charts["odr_trend"], 0, 0, 1, 2)
        grid.addWidget(self.charts["monthly"], 1, 0, 1, 2)
        grid.addWidget(self.charts["ratings"], 2, 0)
        grid.addWidget(self.charts["causes"], 2, 1)
        self.tabs.addTab(charts, self.tr("Charts"))
        self.coming = coming = QWidget()
        coming_layout = QVBoxLayout(coming)
        self.pipeline_label = QLabel()
        self.pipeline_label.setWordWrap(True)
        coming_layout.addWidget(self.pipeline_label)
        self.pipeline = pipeline_table()
        self.pipeline.doubleClicked.connect(lambda index: self._open(self.pipeline, index.row()))
        coming_layout.addWidget(self.pipeline, 1)
        self.charts["projection"] = Chart(self.tr("90-day projection"))
        coming_layout.addWidget(self.charts["projection"], 1)
        self.tabs.addTab(coming, self.tr("What is coming"))
        problems = QWidget()
        problems_layout = QVBoxLayout(problems)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        problems_layout.addWidget(self.problems_label)
        self.problem_orders = problem_table()
        self.problem_orders.doubleClicked.connect(lambda index: self._open(self.problem_orders, index.row()))
        problems_layout.addWidget(self.problem_orders)
        self.tabs.addTab(problems, self.tr("Problem orders"))
        layout.addWidget(self.tabs)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(2, 3)
        self.tabs.widget(0).setMinimumHeight(760)
        self.tabs.setMinimumHeight(800)

        self.model.statusChanged.connect(self.show_status)
        self.model.chartsChanged.connect(self.show_charts)
        self.model.causesChanged.connect(self.show_causes)
        self.model.problemsChanged.connect(self.show_problems)
        self.model.projectionChanged.connect(self.show_projection)
        self.tabs.currentChanged.connect(self._tab_opened)
        self.model.loadingChanged.connect(self._loading)
        self.model.failed.connect(
            lambda text: self.loading_label.setText(self.tr("Could not read: {e}").format(e=text))
        )
        session.asOfChanged.connect(self._as_of_moved)
        self.show_status(self.model.status)
        self.model.reload()

    # -- as of ---------------------------------------------------------------------------
    def _as_of_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.heading = QLabel()
        bar.addWidget(self.heading)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("As of:")))
        self.as_of_edit = QDateEdit()
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat(locale_format.date_format())
        self.as_of_edit.setToolTip(self.tr("Show the dashboard as it stood on a past day"))
        self._set_date_edit(self.session.as_of())
        self.as_of_edit.dateChanged.connect(self._picked)
        bar.addWidget(self.as_of_edit)
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.clicked.connect(lambda: self.session.set_as_of(None))
        bar.addWidget(self.today_button)
        self.loading_label = QLabel()
        bar.addWidget(self.loading_label)
        return bar

    def _set_date_edit(self, day: date) -> None:
        self.as_of_edit.blockSignals(True)
        self.as_of_edit.setMaximumDate(
            QDate(self.session.today().year, self.session.today().month, self.session.today().day)
        )
        self.as_of_edit.setDate(QDate(day.year, day.month, day.day))
        self.as_of_edit.blockSignals(False)
        self.today_button.setEnabled(self.session.is_pinned()) if hasattr(self, "today_button") else None

    def _picked(self, qdate: QDate) -> None:
        self.session.set_as_of(date(qdate.year(), qdate.month(), qdate.day()))

    def _as_of_moved(self, day: date) -> None:
        self._set_date_edit(day)

    def _loading(self, loading: bool) -> None:
        self.loading_label.setText(self.tr("Updating…") if loading else "")

    # -- figures -------------------------------------------------------------------------
    def set_whatif(self, what: WhatIf) -> None:
        self.whatif = what
        self.show_status(self.model.status)

    def show_status(self, status: dict[str, Any]) -> None:
        odr = apply_whatif(status["odr"], self.whatif)
        pinned = self.session.is_pinned()
        self.heading.setText(
            self.tr("<b>{shop}</b> — figures as of {day}{past}").format(
                shop=status["shop"]["name"],
                day=locale_format.day(status["as_of"]),
                past=self.tr(" (a past day)") if pinned else "",
            )
        )
        self.odr_gauge.setState(
            odr_gauge_state(odr),
            self.tr(
                "Orders with a review of 2 stars or fewer or a case, of the orders placed in the window; keep it "
                "below 1%."
            ),
        )
        self.checklist.show_figures(odr)
        for label, text in (
            (self.new_shop_note, new_shop_text(odr)),
            (self.settings_note, settings_text(status["settings"])),
        ):
            label.setText(text)
            label.setVisible(bool(text))
        if "capacity" in status:
            self.capacity.show_capacity(status["capacity"])
        s = status["standards"]
        self.standards_box.setTitle(
            self.tr("Customer Service Standards, {range} (90 days)").format(range=window_text(s["window"]))
        )
        g = self.standard_gauges
        g["message_response"].setState(
            metric_gauge_state(self.tr("Message response"), s["message_response"], 0.8),
            self.tr("First buyer messages answered within 48 hours; at least 80%."),
        )
        g["on_time_shipping"].setState(
            metric_gauge_state(self.tr("On-time shipping"), s["on_time_shipping"], 0.8),
            self.tr("Orders marked shipped by their ship-by date; at least 80%."),
        )
        g["reviews"].setState(
            count_gauge_state(
                self.tr("Reviews ≤ 3 stars"),
                s["reviews"],
                allowed_low_reviews(s["reviews"]["total"]),
                "reviews",
            ),
            self.tr("Under 40 reviews: at most 4 of 3 stars or fewer; otherwise under 10%."),
        )
        g["case_rate"].setState(
            count_gauge_state(
                self.tr("Seller-refunded cases"),
                s["case_rate"],
                allowed_cases(s["case_rate"]["total"]),
                "cases",
            ),
            self.tr("Under 300 orders: at most 3; otherwise under 1%."),
        )
        self._show_star(status["star_seller"])

    def _show_star(self, star: dict[str, Any]) -> None:
        running = star["running_period"]
        g = self.star_gauges
        g["message_response"].setState(
            metric_gauge_state(self.tr("Messages ≤ 24 h"), running["message_response"], 0.95),
            self.tr("First messages answered within 24 hours (auto-replies count); at least 95%."),
        )
        g["shipping"].setState(
            metric_gauge_state(self.tr("On time with tracking"), running["shipping"], 0.95),
            self.tr("Orders shipped on time with tracking; at least 95%."),
        )
        g["rating"].setState(
            rating_gauge_state(self.tr("Average rating"), running["rating"]),
            self.tr("Average review rating; at least 4.8."),
        )
        g["case_rate"].setState(
            count_gauge_state(
                self.tr("Cases (Star Seller)"),
                running["case_rate"],
                allowed_cases(running["case_rate"]["total"]),
                "cases",
            ),
            self.tr("Seller-refunded cases must meet the case standard."),
        )
        last = star["last_evaluation"]
        mins = running["minimums"]
        self.star_box.setTitle(
            self.tr("Star Seller — running period {range}, evaluated {next}").format(
                range=window_text(running["period"]), next=locale_format.day(running["next_evaluation"])
            )
        )
        self.star_label.setText(
            self.tr(
                "Last evaluation ({on}): <b>{verdict}</b>. Running period minimums: {orders} of {need}, "
                "sales {sales} of {sales_need} {cur}, {days} since the first sale (90 needed): <b>{met}</b>."
            ).format(
                on=locale_format.day(last["evaluated_on"]),
                verdict=self.tr("Star Seller") if last["star_seller"] else self.tr("not Star Seller"),
                orders=locale_format.number(mins["orders"]),
                need=self.tr("%Ln order(s)", "", mins["orders_needed"]),
                sales=locale_format.number(mins["sales_minor"] // 100),
                sales_need=locale_format.number(mins["sales_needed_minor"] // 100),
                cur=mins["currency"],
                days="—"
                if mins["days_since_first_sale"] is None
                else self.tr("%Ln day(s)", "", mins["days_since_first_sale"]),
                met=self.tr("met") if mins["meets"] else self.tr("not met"),
            )
        )

    def show_charts(self) -> None:
        """The per-day charts and the pipeline (after a read of the per-day rows)."""
        m = self.model
        if m.trend is None:
            return
        self.charts["odr_trend"].set_drawer(
            drawers.odr_trend(m.trend),
            self.tr(
                "Daily ODR for the last 12 months against the 1% limit; dots mark days a warning would have been sent."
            )
            + " "
            + chart_words.odr_trend(m.trend),
        )
        self.charts["monthly"].set_drawer(
            drawers.monthly(m.monthly),
            self.tr("Monthly on-time shipping and message response rates against the 80% standard and 95% Star Seller.")
            + " "
            + chart_words.monthly(m.monthly),
        )
        self.charts["ratings"].set_drawer(
            drawers.ratings(m.ratings), self.tr("Reviews by star rating.") + " " + chart_words.ratings(m.ratings)
        )
        fill_pipeline(self.pipeline, m.status["odr"])
        self._tab_opened()

    def _tab_opened(self, *_: object) -> None:
        if self.tabs.currentWidget() is self.coming:
            self.model.load_projection()  # made for this tab only: 0.1 s at a million orders

    def show_projection(self) -> None:
        """The 90-day projection chart and what it says (after load_projection)."""
        m = self.model
        self.charts["projection"].set_drawer(
            drawers.projection(m.projection),
            self.tr("The ODR for the next 90 days with the recent daily order volume and no new problem orders."),
        )
        crossing = next((p for p in m.projection if p.zone == "red"), None)
        pipeline = m.status["odr"]["pipeline"]
        self.pipeline_label.setText(
            self.tr(
                "<b>%n</b> problem order(s) placed after the window will enter it. {cross}", "", len(pipeline)
            ).format(
                cross=self.tr("If nothing else changes the ODR reaches 1% on <b>{d}</b> ({r}).").format(
                    d=locale_format.day(crossing.day),
                    r=locale_format.percent(crossing.problem_orders, crossing.orders, 2),
                )
                if crossing
                else self.tr("If nothing else changes the ODR stays below 1% for the next 90 days."),
            )
        )

    def show_causes(self) -> None:
        """The causes chart (after a read of the problem orders by cause)."""
        by_cause = self.model.causes
        self.charts["causes"].set_drawer(
            drawers.causes(by_cause),
            self.tr("Problem orders placed in the last 12 months, by cause.") + " " + chart_words.causes(by_cause),
        )

    def show_problems(self) -> None:
        """The problem-order list (after a read of the problem orders)."""
        m = self.model
        odr = m.status["odr"]
        suggestions = sum(1 for r in m.problem_rows if r.order_date >= odr["window"]["start"] and r.suggestions())
        self.problems_label.setText(
            self.tr(
                "Every problem order placed since the window started ({start}); excluded ones are greyed. "
                "Double-click an order to open it. %n could be protected.",
                "",
                suggestions,
            ).format(start=locale_format.day(odr["window"]["start"]))
        )
        fill_problem_orders(self.problem_orders, m.problem_rows, odr)

    def _open(self, table: QTableView, row: int) -> None:
        index = table.model().index(row, 0)
        if not index.isValid():
            return
        window = self.window()
        opener = getattr(window, "open_record", None)
        if opener is not None:
            opener("order", index.data(Qt.ItemDataRole.UserRole))

    def closeEvent(self, event: Any) -> None:
        self.model.close()
        super().closeEvent(event)
