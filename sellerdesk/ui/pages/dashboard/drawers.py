"""The dashboard's charts: functions `draw(figure, theme)` over the trend and chart series.

Each drawer runs on the chart worker (widgets/charts.py): its texts are translated when it is
made, on the GUI thread, and it touches nothing but the figure it is given."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from sellerdesk.core.whatif import ProjectedDay
from sellerdesk.store.trend import Trend
from sellerdesk.ui.pages.dashboard.states import Dashboard
from sellerdesk.ui.widgets.charts import Theme

Draw = Callable[[Any, Theme], None]
CAUSE_LABELS = {
    "low_review": QT_TRANSLATE_NOOP("Dashboard", "Review ≤ 2★"),
    "not_received": QT_TRANSLATE_NOOP("Dashboard", "Not received"),
    "not_as_described": QT_TRANSLATE_NOOP("Dashboard", "Not as described"),
    "damaged": QT_TRANSLATE_NOOP("Dashboard", "Damaged"),
    "late": QT_TRANSLATE_NOOP("Dashboard", "Late"),
    "other": QT_TRANSLATE_NOOP("Dashboard", "Other case"),
}


def _title(ax: Any, text: str) -> None:
    """The chart's title just above the axes. Placed there (y=1) rather than left to matplotlib, which
    would measure every tick label at each render to keep the title clear of ticks on top; these charts
    have none there, so the title lands in the same place, ~4 ms sooner."""
    ax.set_title(text, fontsize=10, y=1.0)


def _percent_axis(ax: Any) -> None:
    from matplotlib.ticker import FuncFormatter

    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:.2g}%" if v < 10 else f"{v:.0f}%"))


def odr_trend(trend: Trend) -> Draw:
    text = {
        "strict": Dashboard.tr("strict (no exclusions)"),
        "rate": Dashboard.tr("ODR with exclusions"),
        "limit": Dashboard.tr("1% limit"),
        "approaching": Dashboard.tr("0.75% approaching"),
        "warning": Dashboard.tr("warning would be sent"),
        "y": Dashboard.tr("ODR (% of orders in the window)"),
        "x": Dashboard.tr("as-of day"),
        "title": Dashboard.tr("Order dissatisfaction rate, last 12 months"),
    }

    def draw(fig: Any, theme: Theme) -> None:
        import matplotlib.dates as mdates

        ax = fig.add_subplot()
        rates = [None if r is None else r * 100 for r in trend.rates]
        strict = [None if r is None else r * 100 for r in trend.strict_rates]
        ax.plot(
            trend.days,
            [float("nan") if r is None else r for r in strict],
            color=theme.muted,
            linewidth=1,
            linestyle="--",
            label=text["strict"],
        )
        ax.plot(
            trend.days,
            [float("nan") if r is None else r for r in rates],
            color=theme.accent,
            linewidth=1.8,
            label=text["rate"],
        )
        ax.axhline(1.0, color=theme.bad, linewidth=1.2, label=text["limit"])
        ax.axhline(0.75, color=theme.warn, linewidth=0.8, linestyle=":", label=text["approaching"])
        warn_days = [d for d, w in zip(trend.days, trend.warnings, strict=True) if w]
        if warn_days:
            warn_values = [r for r, w in zip(rates, trend.warnings, strict=True) if w]
            ax.scatter(warn_days, warn_values, color=theme.bad, s=10, zorder=3, label=text["warning"])
        top = max([r for r in strict if r is not None] + [1.2])
        ax.set_ylim(0, top * 1.15)
        _percent_axis(ax)
        ax.set_ylabel(text["y"])
        ax.set_xlabel(text["x"])
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
        _title(ax, text["title"])
        ax.legend(fontsize=7, loc="upper left", ncols=3)

    return draw


def monthly(rows: list[dict[str, Any]]) -> Draw:
    text = {
        "shipped": Dashboard.tr("shipped on time"),
        "answered": Dashboard.tr("messages answered ≤ 48 h"),
        "standard": Dashboard.tr("80% standard"),
        "star": Dashboard.tr("95% Star Seller"),
        "y": Dashboard.tr("rate (%)"),
        "x": Dashboard.tr("month"),
        "title": Dashboard.tr("On-time shipping and message response by month"),
    }

    def draw(fig: Any, theme: Theme) -> None:
        ax = fig.add_subplot()
        labels = [r["month"].strftime("%b") for r in rows]
        x = list(range(len(rows)))

        def pct(a: int, b: int) -> float:
            return float("nan") if b == 0 else 100 * a / b

        ax.plot(
            x,
            [pct(r["on_time"], r["to_ship"]) for r in rows],
            marker="o",
            color=theme.accent,
            label=text["shipped"],
        )
        ax.plot(
            x,
            [pct(r["within_48h"], r["messages"]) for r in rows],
            marker="s",
            color=theme.good,
            label=text["answered"],
        )
        ax.axhline(80, color=theme.bad, linewidth=1, linestyle="--", label=text["standard"])
        ax.axhline(95, color=theme.warn, linewidth=1, linestyle=":", label=text["star"])
        ax.set_xticks(x, labels, fontsize=8)
        values = [
            v for r in rows for v in (pct(r["on_time"], r["to_ship"]), pct(r["within_48h"], r["messages"])) if v == v
        ]
        ax.set_ylim(max(0.0, min([*values, 75.0]) - 5), 101)
        _percent_axis(ax)
        ax.set_ylabel(text["y"])
        ax.set_xlabel(text["x"])
        _title(ax, text["title"])
        ax.legend(fontsize=7, loc="lower left", ncols=2)

    return draw


def ratings(counts: list[int]) -> Draw:
    text = {
        "y": Dashboard.tr("reviews (count)"),
        "x": Dashboard.tr("rating (stars)"),
        "title": Dashboard.tr("Rating distribution, last 12 months"),
    }

    def draw(fig: Any, theme: Theme) -> None:
        ax = fig.add_subplot()
        colours = [theme.bad, theme.bad, theme.warn, theme.good, theme.good]
        stars = [f"{i}★" for i in range(1, 6)]
        bars = ax.bar(stars, counts, color=colours)
        ax.bar_label(bars, labels=[str(c) for c in counts], fontsize=8, color=theme.text)
        ax.set_ylabel(text["y"])
        ax.set_xlabel(text["x"])
        _title(ax, text["title"])
        ax.margins(y=0.15)

    return draw


def causes(by_cause: dict[str, tuple[int, int]]) -> Draw:
    names = [Dashboard.tr(CAUSE_LABELS[c]) for c in by_cause]
    text = {
        "counted": Dashboard.tr("counted"),
        "excluded": Dashboard.tr("excluded (seller protection)"),
        "x": Dashboard.tr("problem orders (count)"),
        "title": Dashboard.tr("Problem orders by cause, last 12 months"),
    }

    def draw(fig: Any, theme: Theme) -> None:
        ax = fig.add_subplot()
        counted = [v[0] for v in by_cause.values()]
        excluded = [v[1] for v in by_cause.values()]
        y = list(range(len(names)))
        bars = ax.barh(y, counted, color=theme.bad, label=text["counted"])
        ax.barh(y, excluded, left=counted, color=theme.muted, label=text["excluded"])
        ax.bar_label(bars, labels=[str(c) if c else "" for c in counted], fontsize=8, color=theme.text)
        ax.set_yticks(y, names, fontsize=8)
        # room for the longest cause name (about 6 px a character at 8 pt) beside the axis title
        width = fig.get_figwidth() * 72
        fig.subplots_adjust(left=min(0.5, (30 + 6 * max(map(len, names), default=4)) / width))
        ax.invert_yaxis()
        ax.set_xlabel(text["x"])
        _title(ax, text["title"])
        ax.legend(fontsize=7, loc="lower right")
        ax.margins(x=0.15)

    return draw


def projection(days: list[ProjectedDay]) -> Draw:
    text = {
        "projected": Dashboard.tr("projected ODR"),
        "limit": Dashboard.tr("1% limit"),
        "y": Dashboard.tr("ODR (%)"),
        "x": Dashboard.tr("as-of day"),
        "title": Dashboard.tr("Next 90 days if nothing else changes"),
    }

    def draw(fig: Any, theme: Theme) -> None:
        import matplotlib.dates as mdates

        ax = fig.add_subplot()
        values = [float("nan") if d.rate is None else d.rate * 100 for d in days]
        ax.plot([d.day for d in days], values, color=theme.accent, linewidth=1.8, label=text["projected"])
        ax.axhline(1.0, color=theme.bad, linewidth=1.2, label=text["limit"])
        top = max([v for v in values if v == v] + [1.2])
        ax.set_ylim(0, top * 1.15)
        _percent_axis(ax)
        ax.set_ylabel(text["y"])
        ax.set_xlabel(text["x"])
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b"))
        _title(ax, text["title"])
        ax.legend(fontsize=7, loc="upper left")

    return draw
