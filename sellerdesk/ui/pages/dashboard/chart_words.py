"""What each dashboard chart shows, in words: its accessible description (screen readers) and tooltip, so a
chart's values reach a seller who cannot see it."""

from __future__ import annotations

from typing import Any

from sellerdesk.store.trend import Trend
from sellerdesk.ui import locale_format
from sellerdesk.ui.i18n import Context
from sellerdesk.ui.vocabulary import words

#: pyside6-lupdate reads plural messages from X.tr(text, "", n), not from QCoreApplication.translate
ChartWords = Context("ChartWords")


def odr_trend(trend: Trend | None) -> str:
    if trend is None or not trend.days:
        return ""
    known = [(r, d) for r, d in zip(trend.rates, trend.days, strict=True) if r is not None]
    if not known:
        return ChartWords.tr("No orders in any window of the last 12 months.")
    now = trend.rates[-1]
    high_rate, high_day = max(known)
    warned = sum(trend.warnings)
    return ChartWords.tr(
        "Today {now}; highest {high} on {day}; a warning would have been sent on %n day(s).", "", warned
    ).format(
        now="—" if now is None else locale_format.fraction_percent(now * 100, 2),
        high=locale_format.fraction_percent(high_rate * 100, 2),
        day=locale_format.day(high_day),
    )


def monthly(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return ""
    last = rows[-1]
    return ChartWords.tr(
        "This month so far: on-time shipping {ship} ({a} of {b}), messages answered within 48 hours "
        "{msg} ({c} of {d}).",
    ).format(
        ship=locale_format.percent(last["on_time"], last["to_ship"]),
        a=last["on_time"],
        b=last["to_ship"],
        msg=locale_format.percent(last["within_48h"], last["messages"]),
        c=last["within_48h"],
        d=last["messages"],
    )


def ratings(counts: list[int]) -> str:
    parts = [f"{stars}★ {counts[stars - 1]}" for stars in range(5, 0, -1)]
    return ChartWords.tr("Reviews by stars: {parts}.").format(parts=", ".join(parts))


def causes(by_cause: dict[str, tuple[int, int]]) -> str:
    shown = [f"{words(cause)} {counted}" for cause, (counted, _excluded) in by_cause.items() if counted]
    if not shown:
        return ChartWords.tr("No problem orders in the last 12 months.")
    return ChartWords.tr("Problem orders by cause: {parts}.").format(parts=", ".join(shown))
