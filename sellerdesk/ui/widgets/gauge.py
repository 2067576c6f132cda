"""A custom-painted arc gauge: value against a limit, with coloured zones, crisp at any size/DPI."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from sellerdesk.ui.widgets.gauge_layout import CENTER, GaugeLayout, layout_gauge, tick_pen

GREEN = QColor("#2e9d5b")
AMBER = QColor("#e0a100")
RED = QColor("#d64541")
ZONE_COLORS = {"green": GREEN, "amber": AMBER, "red": RED}
# Text in a zone's colour, with enough contrast on a light or a dark window.
TEXT_LIGHT = {"green": QColor("#1d7a43"), "amber": QColor("#8a6100"), "red": QColor("#b52d2a")}
TEXT_DARK = {"green": QColor("#5fd08c"), "amber": QColor("#ffc940"), "red": QColor("#ff7a75")}


def zone_text_color(zone: str, dark: bool) -> QColor:
    table = TEXT_DARK if dark else TEXT_LIGHT
    return QColor(table.get(zone, QColor("#808080")))


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
        self._layout: tuple[tuple, GaugeLayout] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 130)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def state(self) -> GaugeState:
        return self._state

    def setState(self, state: GaugeState, explanation: str = "") -> None:
        self._state = state
        text = f"{state.caption}: {state.value_text}. {state.detail}".strip()
        self.setAccessibleName(state.caption)
        # Read aloud, the colour has to be said in words too.
        self.setAccessibleDescription(f"{text} {self.verdict()}".strip())
        self.setToolTip(f"<b>{state.caption}</b><br>{state.detail}<br><i>{explanation}</i>" if explanation else text)
        self.update()

    def verdict(self) -> str:
        """The gauge's colour in words (for screen readers)."""
        if self._state.value is None:
            return self.tr("Nothing to measure yet.")
        return {
            "green": self.tr("Meets the standard."),
            "amber": self.tr("Close to the limit."),
            "red": self.tr("Misses the standard."),
        }.get(self._state.zone, "")

    def sizeHint(self) -> QSize:
        return QSize(220, 180)

    def layout(self) -> GaugeLayout:
        """Where the arc and the texts go at the current size and font (kept until either changes)."""
        s = self._state
        key = (self.width(), self.height(), self.font().key(), s.value_text, s.detail, s.caption)
        if self._layout is None or self._layout[0] != key:
            self._layout = (key, layout_gauge(self.font(), self.width(), self.height(), *key[3:]))
        return self._layout[1]

    def _angle(self, value: float) -> float:
        fraction = min(max(value / self._state.maximum, 0.0), 1.0) if self._state.maximum else 0.0
        return self.START_DEG + self.SPAN_DEG * fraction

    def paintEvent(self, event: object) -> None:  # noqa: ARG002
        s = self._state
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        layout = self.layout()
        rect, thickness = layout.arc, layout.thickness
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
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        value_color = zone_text_color(s.zone, dark) if s.value is not None else text_color
        # Each text is clipped to its clear box: at the smallest size a long detail loses its last lines but
        # never runs over the arc (the tooltip and the accessible description keep it whole).
        for n, (area, font, text) in enumerate(layout.texts(s.value_text, s.caption)):
            p.save()
            p.setClipRect(area)
            p.setFont(font)
            p.setPen(value_color if n == 0 else text_color)
            p.drawText(area, CENTER, text)
            p.restore()
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
        p.setPen(QPen(color, tick_pen(width)))
        p.drawLine(start, end)
