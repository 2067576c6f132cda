"""The monthly report's 12-month ODR trend, drawn with QPainter on a QImage the PDF embeds.

QPainter rather than matplotlib: the report must be written in well under 2 s on a big shop, and
importing matplotlib alone takes longer than drawing this chart (~0.6 s of CPU against ~0.02 s).
Texts come in already translated; month labels are written YYYY-MM so they read the same in
every language. Colours are the dashboard chart's, on white paper.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen

from sellerdesk.store.trend import Trend

RATE, STRICT, LIMIT, APPROACHING, GRID, TEXT = "#2f6fd1", "#8a8a8a", "#d64541", "#e0a100", "#d0d0d0", "#222222"
APPROACHING_PERCENT = 0.75


def nice_step(top: float, ticks: int = 5) -> float:
    """A 1, 2 or 5 times a power of ten step giving about `ticks` gridlines up to `top`."""
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def percent_label(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") + "%"


def trend_image(trend: Trend, text: Mapping[str, str], width: int, height: int) -> QImage:
    """The ODR (with exclusions and strict) of each day, the 1% limit, and the days a warning would be sent.

    `text`: "rate", "strict", "limit", "approaching", "warning" (translated labels); `width` and
    `height` in pixels (the font scales with the height).
    """
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("sans-serif")
    font.setPixelSize(max(8, height // 24))
    painter.setFont(font)
    line = painter.fontMetrics().height()
    rates = [None if r is None else r * 100 for r in trend.rates]
    strict = [None if r is None else r * 100 for r in trend.strict_rates]
    top = max([r for r in strict if r is not None] + [1.2]) * 1.15
    step = nice_step(top)
    labels = [step * i for i in range(int(top / step) + 1)]
    left = max(painter.fontMetrics().horizontalAdvance(percent_label(v)) for v in labels) + line
    legend_rows = _legend(painter, text, line, width, draw=False)
    plot = QRectF(left, line * (1.2 * legend_rows + 0.8), width - left - line * 1.5, 0)
    plot.setBottom(height - line * 1.8)

    def x(i: int) -> float:
        return plot.left() + plot.width() * i / max(1, len(trend.days) - 1)

    def y(value: float) -> float:
        return plot.bottom() - plot.height() * min(value, top) / top

    _axes(painter, trend.days, plot, labels, x, y, line)
    _series(painter, strict, x, y, QPen(QColor(STRICT), line / 9, Qt.PenStyle.DashLine))
    _series(painter, rates, x, y, QPen(QColor(RATE), line / 5))
    painter.setPen(QPen(QColor(LIMIT), line / 7))
    painter.drawLine(QPointF(plot.left(), y(1.0)), QPointF(plot.right(), y(1.0)))
    painter.setPen(QPen(QColor(APPROACHING), line / 10, Qt.PenStyle.DotLine))
    painter.drawLine(QPointF(plot.left(), y(APPROACHING_PERCENT)), QPointF(plot.right(), y(APPROACHING_PERCENT)))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(LIMIT))
    for i, (value, warned) in enumerate(zip(rates, trend.warnings, strict=True)):
        if warned and value is not None:
            painter.drawEllipse(QPointF(x(i), y(value)), line / 5, line / 5)
    _legend(painter, text, line, width)
    painter.end()
    return image


def _axes(painter: QPainter, days: Sequence[date], plot: QRectF, labels: list[float], x, y, line: int) -> None:  # noqa: ANN001
    painter.setPen(QPen(QColor(GRID), 1))
    for value in labels:
        painter.drawLine(QPointF(plot.left(), y(value)), QPointF(plot.right(), y(value)))
    painter.setPen(QColor(TEXT))
    for value in labels:
        box = QRectF(0, y(value) - line, plot.left() - line * 0.4, line * 2)
        painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, percent_label(value))
    firsts = [i for i, day in enumerate(days) if day.day == 1]
    label_width = painter.fontMetrics().horizontalAdvance("2026-10") + line
    month_width = plot.width() * 30 / max(1, len(days) - 1)
    every = max(1, math.ceil(label_width / month_width))  # every month's label, or every other when crowded
    for n, i in enumerate(firsts):
        painter.setPen(QPen(QColor(GRID), 1))
        painter.drawLine(QPointF(x(i), plot.top()), QPointF(x(i), plot.bottom()))
        if (len(firsts) - 1 - n) % every == 0 and x(i) + label_width / 2 <= painter.device().width():
            painter.setPen(QColor(TEXT))
            box = QRectF(x(i) - label_width / 2, plot.bottom() + line * 0.2, label_width, line * 1.2)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, f"{days[i]:%Y-%m}")
    painter.setPen(QColor(TEXT))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(plot)


def _series(painter: QPainter, values: Sequence[float | None], x, y, pen: QPen) -> None:  # noqa: ANN001
    """One line, broken where a day has no orders in its window."""
    path = QPainterPath()
    drawing = False
    for i, value in enumerate(values):
        if value is None:
            drawing = False
            continue
        point = QPointF(x(i), y(value))
        if drawing:
            path.lineTo(point)
        else:
            path.moveTo(point)
            drawing = True
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def _legend(painter: QPainter, text: Mapping[str, str], line: int, width: int, draw: bool = True) -> int:
    """Draw the legend across the top, on as many rows as it needs; returns the number of rows."""
    entries = (
        (text["rate"], QPen(QColor(RATE), line / 5)),
        (text["strict"], QPen(QColor(STRICT), line / 9, Qt.PenStyle.DashLine)),
        (text["limit"], QPen(QColor(LIMIT), line / 7)),
        (text["approaching"], QPen(QColor(APPROACHING), line / 10, Qt.PenStyle.DotLine)),
        (text["warning"], None),
    )
    left, top, rows = line * 1.0, line * 0.7, 1
    for label, pen in entries:
        label_width = painter.fontMetrics().horizontalAdvance(label)
        if left > line and left + line * 2 + label_width > width:
            left, top, rows = line * 1.0, top + line * 1.2, rows + 1
        if draw:
            if pen is None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(LIMIT))
                painter.drawEllipse(QPointF(left + line * 0.8, top), line / 5, line / 5)
            else:
                painter.setPen(pen)
                painter.drawLine(QPointF(left, top), QPointF(left + line * 1.6, top))
            painter.setPen(QColor(TEXT))
            box = QRectF(left + line * 2, top - line, label_width + 2, line * 2)
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, label)
        left += line * 3 + label_width
    return rows
