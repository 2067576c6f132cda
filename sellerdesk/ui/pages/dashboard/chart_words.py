"""What each dashboard chart shows, in words: its accessible description (screen readers) and tooltip, so a
chart's values reach a seller who cannot see it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from sellerdesk.core.standards import format_percent
from sellerdesk.store.trend import Trend
from sellerdesk.ui.vocabulary import words


def odr_trend(trend: Trend | None) -> str:
    if trend is None or not trend.days:
        return ""
    known = [(r, d) for r, d in zip(trend.rates, trend.days, strict=True) if r is not None]
    if not known:
        return QCoreApplication.translate("ChartWords", "No orders in any window of the last 12 months.")
    now = trend.rates[-1]
    high_rate, high_day = max(known)
    warned = sum(trend.warnings)
    return QCoreApplication.translate(
        "ChartWords", "Today {now}; highest {high} on {day}; a warning would have been sent on %n day(s).", "", warned
    ).format(
        now="—" if now is None else f"{now * 100:.2f}%",
        high=f"{high_rate * 100:.2f}%",
        day=high_day.isoformat(),
    )


def monthly(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return ""
    last = rows[-1]
    return QCoreApplication.translate(
        "ChartWords",
        "This month so far: on-time shipping {ship} ({a} of {b}), messages answered within 48 hours "
        "{msg} ({c} of {d}).",
    ).format(
        ship=format_percent(last["on_time"], last["to_ship"]),
        a=last["on_time"],
        b=last["to_ship"],
        msg=format_percent(last["within_48h"], last["messages"]),
        c=last["within_48h"],
        d=last["messages"],
    )


def ratings(counts: list[int]) -> str:
    parts = [f"{stars}★ {counts[stars - 1]}" for stars in range(5, 0, -1)]
    return QCoreApplication.translate("ChartWords", "Reviews by stars: {parts}.").format(parts=", ".join(parts))


def causes(by_cause: dict[str, tuple[int, int]]) -> str:
    shown = [f"{words(cause)} {counted}" for cause, (counted, _excluded) in by_cause.items() if counted]
    if not shown:
        return QCoreApplication.translate("ChartWords", "No problem orders in the last 12 months.")
    return QCoreApplication.translate("ChartWords", "Problem orders by cause: {parts}.").format(parts=", ".join(shown))
