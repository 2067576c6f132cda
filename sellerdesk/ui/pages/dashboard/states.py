"""What each dashboard gauge shows, from the status figures (no widgets here, only GaugeState)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from sellerdesk.core import standards as css
from sellerdesk.ui import locale_format
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
    """A half-open window {start, end} as its first – last day, both included, in the user's date format."""
    return locale_format.day_range(window["start"], last_day(window["end"]))


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
        locale_format.percent(k, n, 2),
        caption,
        Dashboard.tr("%n problem order(s) of {n} — {verdict}\nwindow {window}", "", k).format(
            n=locale_format.number(n), verdict=verdict, window=window
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
        locale_format.percent(metric["count"], metric["total"]),
        caption,
        Dashboard.tr("{c} of {t}{unit}\ntarget {target}").format(
            c=locale_format.number(metric["count"]),
            t=locale_format.number(metric["total"]),
            unit=unit,
            target=Dashboard.tr(metric["target"]),
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


def count_gauge_state(caption: str, metric: dict[str, Any], allowed: int, kind: str) -> GaugeState:
    """A 'lower is better' count (kind "reviews": low reviews of all reviews; "cases": seller-refunded
    cases of all orders) against what is allowed."""
    zone = "green" if metric["meets"] is not False else "red"
    maximum = max(allowed * 2, metric["count"], 1)
    return GaugeState(
        float(metric["count"]),
        float(maximum),
        float(allowed),
        ((allowed, "green"), (maximum, "red")),
        str(metric["count"]),
        caption,
        Dashboard.tr("{count} of {total}\nallowed: {a}").format(
            count=Dashboard.tr("%n low review(s)", "", metric["count"])
            if kind == "reviews"
            else Dashboard.tr("%n case(s)", "", metric["count"]),
            total=locale_format.number(metric["total"])  # "2 low reviews of 45"
            if kind == "reviews"
            else Dashboard.tr("%Ln order(s)", "", metric["total"]),
            a=allowed,
        ),
        zone,
    )


def rating_gauge_state(caption: str, rating: dict[str, Any]) -> GaugeState:
    average = rating["average"]
    if average is None:
        target = Dashboard.tr("target ≥ {rating}").format(rating=locale_format.decimal(4.8, 1))
        return GaugeState(
            None, 5.0, 4.8, (), "—", caption, Dashboard.tr("No reviews yet") + "\n" + target, "none", True
        )
    shown = int(average * 100) / 100  # truncated, never rounded up across 4.8
    target = Dashboard.tr("target ≥ {rating}").format(rating=locale_format.decimal(4.8, 1))
    return GaugeState(
        average,
        5.0,
        4.8,
        ((4.8, "red"), (5.0, "green")),
        locale_format.decimal(shown, 2),
        caption,
        Dashboard.tr("%Ln review(s)", "", rating["count"]) + "\n" + target,
        "green" if rating["meets"] else "red",
        True,
    )


def case_rate_metric(metric: dict[str, Any]) -> tuple[dict[str, Any], int]:
    return metric, allowed_cases(metric["total"])
