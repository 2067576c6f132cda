"""Where a gauge's arc and texts go, from font metrics, so no text ever touches the arc or the limit tick.

The arc runs 240° and is open at the bottom 120°: its end caps lie on the rays 30° below the
horizontal. Text inside the arc must stay within the inner circle, and below the centre also on the
inner side of the end caps' rays (the chord between them); below the caps' lowest point it can use the
widget's width. Each text gets the largest pixel size at which it fits its clear region; the detail
under the value wraps line by line, each line as wide as the clear region at its height, and the arc
shrinks a little when that buys the detail a readable size.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

MARGIN = 2.0
#: the arc's share of the height it could take, tried in turn until the detail reads at READABLE_PX
ARC_SCALES = (1.0, 0.92, 0.84, 0.76, 0.68)
READABLE_PX = 10
SMALLEST_PX = 8
CENTER = int(Qt.AlignmentFlag.AlignCenter)
SIGNS = {"≥", "≤", ">=", "<=", "<", ">"}


@dataclass(frozen=True)
class GaugeLayout:
    arc: QRectF  # the band's centre line (a square: the circle the arc follows)
    thickness: float  # the band's width; the limit tick runs one thickness either side of the centre line
    value: QRectF
    value_font: QFont
    detail: tuple[tuple[QRectF, str], ...]  # the detail's lines, each in its own box
    detail_font: QFont
    caption: QRectF
    caption_font: QFont

    def texts(self, value: str, caption: str) -> list[tuple[QRectF, QFont, str]]:
        """Every text drawn: (its box, font, text), the value first and the caption last."""
        return [
            (self.value, self.value_font, value),
            *((rect, self.detail_font, line) for rect, line in self.detail),
            (self.caption, self.caption_font, caption),
        ]

    def text_boxes(self, value: str, caption: str) -> list[QRectF]:
        """The bounding boxes the texts take when drawn centred in their boxes (empty ones left out)."""
        return [
            QFontMetricsF(font).boundingRect(rect, CENTER, text).intersected(rect)
            for rect, font, text in self.texts(value, caption)
            if text
        ]


class _Clearance:
    """How far either side of the centre a text may reach at a given height without meeting the arc."""

    def __init__(self, inner: float, outer: float, gap: float, half_width: float) -> None:
        self.inner, self.outer, self.gap, self.half_width = inner, outer, gap, half_width

    def at(self, dy: float) -> float:
        """dy: the height below the arc's centre (negative above it)."""
        if dy <= self.inner / 2:  # inside the inner circle (the band runs all round here)
            reach = math.sqrt(max(self.inner**2 - dy**2, 0.0))
        elif dy <= self.outer / 2 + self.gap:  # beside the end caps: stay on the inner side of their rays
            reach = max(0.0, math.sqrt(3.0) * dy - 2 * self.gap)
        else:  # below the arc
            reach = self.half_width
        return min(reach, self.half_width)

    def between(self, top: float, bottom: float) -> float:
        """The reach over a whole text box's height (its narrowest point)."""
        heights = [top, bottom]
        corner = self.inner / 2 + 1e-6  # just past the end caps' inner corners: the narrowest place
        if top < corner < bottom:
            heights.append(corner)
        return min(self.at(h) for h in heights)


def _sized(font: QFont, bold: bool, px: int) -> QFont:
    f = QFont(font)
    f.setBold(bold)
    f.setPixelSize(max(1, px))
    return f


def _caption(base: QFont, text: str, width: float, height: float) -> tuple[QFont, float]:
    px = min(max(11, int(height * 0.075)), 15)
    while True:
        font = _sized(base, True, px)
        fm = QFontMetricsF(font)
        if px <= SMALLEST_PX or fm.horizontalAdvance(text) <= width:
            return font, fm.height()
        px -= 1


def layout_gauge(base: QFont, width: float, height: float, value: str, detail: str, caption: str) -> GaugeLayout:
    cx = width / 2
    cap_font, cap_h = _caption(base, caption, width - 2 * MARGIN, height)
    caption_rect = QRectF(MARGIN, height - MARGIN - cap_h, width - 2 * MARGIN, cap_h)
    cap_top = caption_rect.top()
    best: tuple[int, GaugeLayout] | None = None
    gap = max(2.0, min(width, height) * 0.012)
    for scale in ARC_SCALES:
        # radius: the tick's outer end. Its pen sticks out by half its width at the end and at the sides:
        # the arc's top is pen/2 above it, the lowest point (a tick on an end cap) 0.7 pen below R/2.
        budget = min(width / 2 - MARGIN, (cap_top - gap - MARGIN) / 1.5)
        pen = tick_pen(_thickness(budget * scale))
        radius = max(8.0, min(width / 2 - MARGIN - pen / 2, (cap_top - gap - MARGIN - 1.2 * pen) / 1.5) * scale)
        thickness = _thickness(radius)
        pen = tick_pen(thickness)
        cy = MARGIN + pen / 2 + radius
        centre_line = radius - thickness
        clear_gap = gap + pen / 2  # text keeps `gap` from the tick's pen, not only from its centre line
        clear = _Clearance(centre_line - thickness - clear_gap, radius + 1.4 * pen, clear_gap, width / 2 - MARGIN)
        value_font, value_rect = _value(base, value, clear, cx, cy, radius)
        top = value_rect.bottom() + 1
        detail_font, lines, px = _detail(base, detail, clear, cx, cy, top, max(top, cap_top - gap), radius)
        found = GaugeLayout(
            QRectF(cx - centre_line, cy - centre_line, 2 * centre_line, 2 * centre_line),
            thickness,
            value_rect,
            value_font,
            lines,
            detail_font,
            caption_rect,
            cap_font,
        )
        if px >= READABLE_PX:
            return found
        if best is None or px > best[0]:
            best = (px, found)
    assert best is not None
    return best[1]


def _thickness(radius: float) -> float:
    return max(5.0, radius * 0.15)


def tick_pen(thickness: float) -> float:
    """The limit tick's pen width (ui/widgets/gauge.py draws it)."""
    return max(2.0, thickness * 0.25)


def _value(base: QFont, text: str, clear: _Clearance, cx: float, cy: float, radius: float) -> tuple[QFont, QRectF]:
    """The value, bold and as large as fits, its box resting just above the arc's centre."""
    px = max(10, int(radius * 0.34))
    while True:
        font = _sized(base, True, px)
        fm = QFontMetricsF(font)
        h = fm.height()
        top = cy - 0.75 * h
        reach = clear.between(top - cy, top + h - cy)
        if px <= SMALLEST_PX or fm.horizontalAdvance(text) <= 2 * reach:
            return font, QRectF(cx - reach, top, 2 * reach, h)
        px -= 1


def _detail_largest(radius: float) -> int:
    return min(max(READABLE_PX, int(radius * 0.13)), 14)


Lines = tuple[tuple[QRectF, str], ...]


def _detail(
    base: QFont, text: str, clear: _Clearance, cx: float, cy: float, top: float, bottom: float, radius: float
) -> tuple[QFont, Lines, int]:
    """The detail under the value: the largest size whose lines fit between `top` and `bottom`; at the
    smallest size, the lines that fit (the gauge's tooltip and accessible description keep the whole)."""
    for px in range(_detail_largest(radius), SMALLEST_PX - 1, -1):
        font = _sized(base, False, px)
        lines, complete = _flow(text, QFontMetricsF(font), clear, cx, cy, top, bottom)
        if complete:
            return font, lines, px
    return font, lines, SMALLEST_PX - 1


def _words(paragraph: str) -> list[str]:
    """The paragraph's words, a comparison sign kept with its number ("≥ 95%" never breaks after "≥")."""
    words: list[str] = []
    for word in paragraph.split(" "):
        if not word:
            continue
        if words and words[-1] in SIGNS:
            words[-1] = f"{words[-1]} {word}"
        else:
            words.append(word)
    return words


def _flow(
    text: str, fm: QFontMetricsF, clear: _Clearance, cx: float, cy: float, top: float, bottom: float
) -> tuple[Lines, bool]:
    """Words laid out line after line from `top`, each line no wider than the clear region at its height;
    (the lines that fit, whether every word did)."""
    height = fm.height()
    lines: list[tuple[QRectF, str]] = []
    y = top
    for paragraph in text.split("\n"):
        words = _words(paragraph)
        i = 0
        while i < len(words):
            reach = clear.between(y - cy, y + height - cy)
            if y + height > bottom or fm.horizontalAdvance(words[i]) > 2 * reach:
                return tuple(lines), False
            line = words[i]
            i += 1
            while i < len(words) and fm.horizontalAdvance(f"{line} {words[i]}") <= 2 * reach:
                line = f"{line} {words[i]}"
                i += 1
            lines.append((QRectF(cx - reach, y, 2 * reach, height), line))
            y += height
    return tuple(lines), True
