"""What each dashboard gauge shows, from the status figures (no widgets here, only GaugeState)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from sellerdesk.core import standards as css
from sellerdesk.core.standards import format_percent
from sellerdesk.ui.i18n import Context
from sellerdesk.ui.widgets.gauge import GaugeState

ODR_SCALE = 0.02  # the gauge runs to 2%, so the 1% limit sits at its middle
ODR_ZONES = ((0.0075, "green"), (0.01, "amber"), (ODR_SCALE, "red"))


#: the dashboard's texts built outside its widgets (gauges, charts, tables)
Dashboard = Context("Dashboard")

#: core.standards' metric targets, shown under the gauges
TARGETS = (
    QT_TRANSLATE_NOOP("Dashboard", ">= 80% within 48 h"),
    QT_TRANSLATE_NOOP("Dashboard", ">= 80% on time"),
    QT_TRANSLATE_NOOP("Dashboard", ">= 95% within 24 h"),
    QT_TRANSLATE_NOOP("Dashboard", ">= 95% on time with tracking"),
)


def last_day(end_exclusive: str) -> str:
    """A half-open window's last day, for display."""
    return (date.fromisoformat(end_exclusive) - timedelta(days=1)).isoformat()


def window_text(window: dict[str, str]) -> str:
    return f"{window['start']} – {last_day(window['end'])}"


def odr_gauge_state(odr: dict[str, Any]) -> GaugeState:
    n, k = odr["orders"], odr["problem_orders"]
    window = window_text(odr["window"])
    caption = Dashboard.tr("Order dissatisfaction rate")
    if n == 0:
        return GaugeState(
            None,
            ODR_SCALE,
            0.01,
            ODR_ZONES,
            Dashboard.tr("No orders"),
            caption,
            Dashboard.tr("No orders in the window\n{window}").format(window=window),
            "none",
        )
    verdict = {
        "red": Dashboard.tr("at or over the 1% limit"),
        "amber": Dashboard.tr("approaching the 1% limit"),
        "green": Dashboard.tr("below the 1% limit"),
    }[odr["zone"]]
    return GaugeState(
        k / n,
        ODR_SCALE,
        0.01,
        ODR_ZONES,
        format_percent(k, n, 2),
        caption,
        Dashboard.tr("{k} problem of {n} orders — {verdict}\nwindow {window}").format(
            k=k, n=n, verdict=verdict, window=window
        ),
        odr["zone"],
    )


def metric_gauge_state(caption: str, metric: dict[str, Any], target: float, unit: str = "") -> GaugeState:
    """A 'higher is better' percentage (message response, shipping) against its target."""
    if metric["total"] == 0:
        return GaugeState(
            None,
            1.0,
            target,
            (),
            "—",
            caption,
            Dashboard.tr("Nothing to judge yet\ntarget {t}").format(t=Dashboard.tr(metric["target"])),
            "none",
            True,
        )
    zone = "green" if metric["meets"] else "red"
    return GaugeState(
        metric["count"] / metric["total"],
        1.0,
        target,
        ((target, "red"), (1.0, "green")),
        format_percent(metric["count"], metric["total"]),
        caption,
        Dashboard.tr("{c} of {t}{unit}\ntarget {target}").format(
            c=metric["count"], t=metric["total"], unit=unit, target=Dashboard.tr(metric["target"])
        ),
        zone,
        True,
    )


def allowed_low_reviews(reviews: int) -> int:
    """Most reviews of 3 stars or fewer that still meet the standard."""
    if reviews < css.REVIEWS_SMALL_SHOP:
        return css.REVIEWS_SMALL_SHOP_MAX
    return max(0, -(-reviews // 10) - 1)  # largest x with x / reviews < 10%


def allowed_cases(orders: int) -> int:
    if orders < css.CASES_SMALL_SHOP:
        return css.CASES_SMALL_SHOP_MAX
    return max(0, -(-orders // 100) - 1)  # largest x with x / orders < 1%


def count_gauge_state(caption: str, metric: dict[str, Any], allowed: int, noun: str, of: str) -> GaugeState:
    """A 'lower is better' count (low reviews, seller-refunded cases) against what is allowed."""
    zone = "green" if metric["meets"] is not False else "red"
    maximum = max(allowed * 2, metric["count"], 1)
    return GaugeState(
        float(metric["count"]),
        float(maximum),
        float(allowed),
        ((allowed, "green"), (maximum, "red")),
        str(metric["count"]),
        caption,
        Dashboard.tr("{c} {noun}, {t} {of}\nallowed: {a}").format(
            c=metric["count"], noun=noun, t=metric["total"], of=of, a=allowed
        ),
        zone,
    )


def rating_gauge_state(caption: str, rating: dict[str, Any]) -> GaugeState:
    average = rating["average"]
    if average is None:
        return GaugeState(None, 5.0, 4.8, (), "—", caption, Dashboard.tr("No reviews yet\ntarget ≥ 4.8"), "none", True)
    shown = int(average * 100) / 100  # truncated, never rounded up across 4.8
    return GaugeState(
        average,
        5.0,
        4.8,
        ((4.8, "red"), (5.0, "green")),
        f"{shown:.2f}",
        caption,
        Dashboard.tr("{n} reviews\ntarget ≥ 4.8").format(n=rating["count"]),
        "green" if rating["meets"] else "red",
        True,
    )


def case_rate_metric(metric: dict[str, Any]) -> tuple[dict[str, Any], int]:
    return metric, allowed_cases(metric["total"])
