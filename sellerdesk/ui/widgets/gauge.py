"""A custom-painted arc gauge: value against a limit, with coloured zones, crisp at any size/DPI."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

GREEN = QColor("#2e9d5b")
AMBER = QColor("#e0a100")
RED = QColor("#d64541")
ZONE_COLORS = {"green": GREEN, "amber": AMBER, "red": RED}


@dataclass(frozen=True)
class GaugeState:
    value: float | None  # None: nothing to show ("no orders in the window")
    maximum: float
    limit: float | None
    zones: tuple[tuple[float, str], ...]  # (upper bound, colour name), ascending
    value_text: str
    caption: str
    detail: str = ""
    zone: str = "green"  # colour of the value text
    higher_is_better: bool = False


class Gauge(QWidget):
    START_DEG = 210.0
    SPAN_DEG = -240.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = GaugeState(None, 1.0, None, (), "—", "")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(150, 130)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def state(self) -> GaugeState:
        return self._state

    def setState(self, state: GaugeState, explanation: str = "") -> None:
        self._state = state
        text = f"{state.caption}: {state.value_text}. {state.detail}".strip()
        self.setAccessibleName(state.caption)
        self.setAccessibleDescription(text)
        self.setToolTip(f"<b>{state.caption}</b><br>{state.detail}<br><i>{explanation}</i>" if explanation else text)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(220, 180)

    def _angle(self, value: float) -> float:
        fraction = min(max(value / self._state.maximum, 0.0), 1.0) if self._state.maximum else 0.0
        return self.START_DEG + self.SPAN_DEG * fraction

    def paintEvent(self, event: object) -> None:  # noqa: ARG002
        s = self._state
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        w, h = self.width(), self.height()
        caption_h = max(16.0, h * 0.13)
        side = min(w, (h - caption_h) * 1.25)
        thickness = max(6.0, side * 0.09)
        rect = QRectF((w - side) / 2 + thickness, thickness, side - 2 * thickness, side - 2 * thickness)
        track = palette.color(QPalette.ColorRole.Mid)
        self._arc(p, rect, 0, s.maximum, track, thickness)
        lower = 0.0
        for upper, name in s.zones:
            c = QColor(ZONE_COLORS[name])
            c.setAlpha(90)
            self._arc(p, rect, lower, min(upper, s.maximum), c, thickness)
            lower = upper
        if s.value is not None:
            self._arc(p, rect, 0, min(s.value, s.maximum), ZONE_COLORS.get(s.zone, GREEN), thickness * 0.55)
        if s.limit is not None:
            self._tick(p, rect, s.limit, text_color, thickness)
        centre = rect.center()
        font = QFont(self.font())
        font.setPixelSize(max(12, int(side * 0.16)))
        font.setBold(True)
        p.setFont(font)
        p.setPen(ZONE_COLORS.get(s.zone, text_color) if s.value is not None else text_color)
        value_rect = QRectF(rect.left(), centre.y() - side * 0.14, rect.width(), side * 0.2)
        p.drawText(value_rect, Qt.AlignmentFlag.AlignCenter, s.value_text)
        small = QFont(self.font())
        small.setPixelSize(max(10, int(side * 0.065)))
        p.setFont(small)
        p.setPen(text_color)
        detail_rect = QRectF(rect.left() + side * 0.05, centre.y() + side * 0.07, rect.width() - side * 0.1, side * 0.2)
        p.drawText(detail_rect, Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, s.detail)
        cap = QFont(self.font())
        cap.setPixelSize(max(11, int(caption_h * 0.75)))
        cap.setBold(True)
        p.setFont(cap)
        p.drawText(QRectF(0, h - caption_h - 2, w, caption_h), Qt.AlignmentFlag.AlignCenter, s.caption)
        if self.hasFocus():
            p.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine))
            p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        p.end()

    def _arc(self, p: QPainter, rect: QRectF, start: float, end: float, color: QColor, width: float) -> None:
        if end <= start:
            return
        path = QPainterPath()
        a0 = self._angle(start)
        path.arcMoveTo(rect, a0)
        path.arcTo(rect, a0, self._angle(end) - a0)
        p.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)

    def _tick(self, p: QPainter, rect: QRectF, value: float, color: QColor, width: float) -> None:
        path = QPainterPath()
        outer = rect.adjusted(-width, -width, width, width)
        inner = rect.adjusted(width, width, -width, -width)
        angle = self._angle(value)
        path.arcMoveTo(outer, angle)
        start = path.currentPosition()
        path.arcMoveTo(inner, angle)
        end: QPointF = path.currentPosition()
        p.setPen(QPen(color, max(2.0, width * 0.25)))
        p.drawLine(start, end)
