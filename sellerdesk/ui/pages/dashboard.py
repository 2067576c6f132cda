"""The dashboard: the ODR against 1% first, Etsy's warning checklist, then every standard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from sellerdesk.core.standards import format_percent
from sellerdesk.ui.pages.base import Page
from sellerdesk.ui.session import ShopSession
from sellerdesk.ui.widgets.gauge import Gauge, GaugeState

ODR_SCALE = 0.02  # the gauge runs to 2%, so the 1% limit sits at its top


def odr_gauge_state(odr: dict[str, Any]) -> GaugeState:
    n, k = odr["orders"], odr["problem_orders"]
    window = f"{odr['window']['start']} – {odr['window']['end']}"
    if n == 0:
        return GaugeState(None, ODR_SCALE, 0.01, _odr_zones(), "No orders", "Order dissatisfaction rate",
                          f"No orders in the window ({window})", "none")
    return GaugeState(
        k / n, ODR_SCALE, 0.01, _odr_zones(), format_percent(k, n, 2), "Order dissatisfaction rate",
        f"{k} problem of {n} orders\n{window}", odr["zone"],
    )


def _odr_zones() -> tuple[tuple[float, str], ...]:
    return ((0.0075, "green"), (0.01, "amber"), (ODR_SCALE, "red"))


def metric_gauge_state(caption: str, metric: dict[str, Any], target: float, unit: str = "") -> GaugeState:
    """A 'higher is better' percentage standard (response, shipping) against its target."""
    if metric["total"] == 0:
        return GaugeState(None, 1.0, target, (), "—", caption, "Nothing to judge yet", "none", True)
    zone = "green" if metric["meets"] else "red"
    zones = ((target, "red"), (1.0, "green"))
    return GaugeState(
        metric["count"] / metric["total"], 1.0, target, zones, format_percent(metric["count"], metric["total"]),
        caption, f"{metric['count']} of {metric['total']}{unit}\ntarget {metric['target']}", zone, True,
    )


def count_gauge_state(caption: str, metric: dict[str, Any], allowed: int, noun: str) -> GaugeState:
    """A 'lower is better' count standard (low reviews, seller-refunded cases)."""
    zone = "green" if metric["meets"] is not False else "red"
    maximum = max(allowed * 2, metric["count"], 1)
    return GaugeState(
        float(metric["count"]), float(maximum), float(allowed), ((allowed, "green"), (maximum, "red")),
        str(metric["count"]), caption, f"{metric['count']} {noun} of {metric['total']}\n{metric['target']}", zone,
    )


class DashboardPage(Page):
    key = "dashboard"

    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.title = self.tr("Dashboard")
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)

        top = QHBoxLayout()
        self.odr_gauge = Gauge()
        self.odr_gauge.setMinimumSize(260, 220)
        top.addWidget(self.odr_gauge, 2)
        self.checklist = QGroupBox(self.tr("Would Etsy send a warning?"))
        grid = QGridLayout(self.checklist)
        self.criteria_labels: dict[str, QLabel] = {}
        for row, key in enumerate(("rate_at_or_over_limit", "three_since_first_sale", "two_in_window")):
            label = QLabel()
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
            self.criteria_labels[key] = label
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        grid.addWidget(self.verdict, 3, 0)
        self.headroom = QLabel()
        self.headroom.setWordWrap(True)
        grid.addWidget(self.headroom, 4, 0)
        self.strict = QLabel()
        self.strict.setWordWrap(True)
        grid.addWidget(self.strict, 5, 0)
        top.addWidget(self.checklist, 3)
        layout.addLayout(top)

        self.standards_box = QGroupBox()
        row = QHBoxLayout(self.standards_box)
        self.standard_gauges = {k: Gauge() for k in ("message_response", "on_time_shipping", "reviews", "case_rate")}
        for gauge in self.standard_gauges.values():
            row.addWidget(gauge)
        layout.addWidget(self.standards_box)

        self.star_box = QGroupBox(self.tr("Star Seller"))
        star_layout = QVBoxLayout(self.star_box)
        self.star_label = QLabel()
        self.star_label.setWordWrap(True)
        self.star_label.setTextFormat(Qt.TextFormat.RichText)
        star_layout.addWidget(self.star_label)
        layout.addWidget(self.star_box)
        layout.addStretch(1)

        session.changed.connect(self.refresh)
        session.asOfChanged.connect(self.refresh)
        self.refresh()

    def refresh(self, *_: object) -> None:
        status = self.session.status()
        odr = status["odr"]
        self.odr_gauge.setState(
            odr_gauge_state(odr),
            self.tr("Orders with a review of 2 stars or fewer or a case, of the orders placed in the window; "
                    "keep it below 1%."),
        )
        yes, no = self.tr("yes"), self.tr("no")
        c = odr["criteria"]
        texts = {
            "rate_at_or_over_limit": self.tr("ODR at or over 1%: <b>{v}</b>").format(
                v=yes if c["rate_at_or_over_limit"] else no),
            "three_since_first_sale": self.tr("At least 3 problem orders since your first sale: <b>{v}</b> ({n})").format(
                v=yes if c["three_since_first_sale"] else no, n=odr["problem_orders_all_time"]),
            "two_in_window": self.tr("At least 2 problem orders in the window: <b>{v}</b> ({n})").format(
                v=yes if c["two_in_window"] else no, n=odr["problem_orders"]),
        }
        for key, label in self.criteria_labels.items():
            mark = "🔴" if c[key] else "🟢"
            label.setText(f"{mark} {texts[key]}")
        self.verdict.setText(
            self.tr("<b>A warning would be sent</b>: all three criteria hold.") if odr["warning"]
            else self.tr("<b>No warning would be sent</b>: Etsy warns only when all three hold.")
        )
        if odr["orders"] and odr["problem_orders"] * 100 >= odr["orders"]:
            self.headroom.setText(self.tr("{n} more clean orders would bring you back under 1%.").format(
                n=odr["clean_orders_needed"]))
        else:
            self.headroom.setText(self.tr("Headroom: {n} more problem orders keep you under 1%.").format(
                n=odr["headroom"]))
        self.strict.setText(self.tr("Strict (every low review and case, no exclusions): {rate} ({k} problem orders)")
                            .format(rate=format_percent(odr["strict_problem_orders"], odr["orders"], 2),
                                    k=odr["strict_problem_orders"]))
        s = status["standards"]
        self.standards_box.setTitle(self.tr("Customer Service Standards, {start} – {end}").format(
            start=s["window"]["start"], end=s["window"]["end"]))
        g = self.standard_gauges
        g["message_response"].setState(metric_gauge_state(self.tr("Message response"), s["message_response"], 0.8),
                                       self.tr("First buyer messages answered within 48 hours; at least 80%."))
        g["on_time_shipping"].setState(metric_gauge_state(self.tr("On-time shipping"), s["on_time_shipping"], 0.8),
                                       self.tr("Orders marked shipped by their ship-by date; at least 80%."))
        allowed_reviews = 4 if s["reviews"]["total"] < 40 else max(0, -(-s["reviews"]["total"] // 10) - 1)
        g["reviews"].setState(count_gauge_state(self.tr("Reviews ≤ 3 stars"), s["reviews"], allowed_reviews,
                                                self.tr("low")),
                              self.tr("Under 40 reviews: at most 4 of 3 stars or fewer; otherwise under 10%."))
        allowed_cases = 3 if s["case_rate"]["total"] < 300 else max(0, -(-s["case_rate"]["total"] // 100) - 1)
        g["case_rate"].setState(count_gauge_state(self.tr("Seller-refunded cases"), s["case_rate"], allowed_cases,
                                                  self.tr("cases")),
                                self.tr("Under 300 orders: at most 3; otherwise under 1%."))
        self.star_label.setText(self._star_text(status["star_seller"]))

    def _star_text(self, star: dict[str, Any]) -> str:
        parts = []
        for key, title in (("last_evaluation", self.tr("Last evaluation")), ("running_period", self.tr("Running period"))):
            e = star[key]
            verdict = self.tr("Star Seller") if e["star_seller"] else self.tr("not Star Seller")
            rating = e["rating"]["average"]
            parts.append(
                f"<b>{title}</b> ({e['period']['start']} – {e['period']['end']}): <b>{verdict}</b> · "
                + self.tr("messages within 24 h {m} · on time with tracking {s} · rating {r} · minimums {mins}").format(
                    m=format_percent(e["message_response"]["count"], e["message_response"]["total"]),
                    s=format_percent(e["shipping"]["count"], e["shipping"]["total"]),
                    r="—" if rating is None else f"{int(rating * 100) / 100:.2f}",
                    mins=self.tr("met") if e["minimums"]["meets"] else self.tr("not met"),
                )
            )
        return "<br>".join(parts)
