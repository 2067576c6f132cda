"""A custom-painted arc gauge: value against a limit, with coloured zones, crisp at any size/DPI."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

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


def _fit_font(font: QFont, text: str, rect: QRectF, largest: int, smallest: int, wrap: bool = False) -> None:
    """The largest pixel size (down to `smallest`) at which `text` fits in `rect`."""
    flags = int(Qt.TextFlag.TextWordWrap) if wrap else 0
    size = largest
    while True:
        font.setPixelSize(size)
        bounds = QFontMetricsF(font).boundingRect(QRectF(0, 0, rect.width(), 10000), flags, text)
        if size <= smallest or (bounds.width() <= rect.width() and bounds.height() <= rect.height()):
            return
        size -= 1


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
        caption_h = min(max(18.0, h * 0.1), 24.0)
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
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        value_color = zone_text_color(s.zone, dark) if s.value is not None else text_color
        # value: centred in the arc, shrunk to fit its width
        value_rect = QRectF(
            rect.left() + thickness, centre.y() - side * 0.17, rect.width() - 2 * thickness, side * 0.22
        )
        font = QFont(self.font())
        font.setBold(True)
        _fit_font(font, s.value_text, value_rect, max(12, int(side * 0.16)), 10)
        p.setFont(font)
        p.setPen(value_color)
        p.drawText(value_rect, Qt.AlignmentFlag.AlignCenter, s.value_text)
        # detail: from under the value to the caption, as wide as the widget allows, shrunk to fit
        cap_top = h - caption_h - 2
        top = value_rect.bottom() + 2
        detail_w = min(w - 8.0, rect.width() * 1.15)
        detail_rect = QRectF(centre.x() - detail_w / 2, top, detail_w, max(10.0, cap_top - top - 2))
        small = QFont(self.font())
        _fit_font(small, s.detail, detail_rect, min(max(10, int(side * 0.055)), 14), 8, wrap=True)
        p.setFont(small)
        p.setPen(text_color)
        p.drawText(
            detail_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, s.detail
        )
        cap = QFont(self.font())
        cap.setBold(True)
        cap_rect = QRectF(2, cap_top, w - 4, caption_h)
        _fit_font(cap, s.caption, cap_rect, min(max(11, int(caption_h * 0.7)), 15), 8)
        p.setFont(cap)
        p.drawText(cap_rect, Qt.AlignmentFlag.AlignCenter, s.caption)
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
