"""The main window's sidebar: one row per page with a drawn icon and, where something waits, a count.

Icons are painted with QPainter (no image files to ship or to lose in the frozen bundle), in the
palette's text colour at 1x and 2x, so they stay sharp at any scale and follow light or dark mode.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyledItemDelegate, QStyleOptionViewItem

from sellerdesk.ui.pages import PageEntry

ICON_SIZE = 20
BADGE_ROLE = Qt.ItemDataRole.UserRole + 1  # (count, urgent) or None
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
URGENT = QColor("#c0392b")


def _glyph(p: QPainter, key: str) -> None:
    """Draw the page's symbol in a 24 x 24 box with the painter's pen."""
    path = QPainterPath()
    if key == "dashboard":  # a gauge: arc and needle
        path.arcMoveTo(QRectF(3, 5, 18, 18), 200)
        path.arcTo(QRectF(3, 5, 18, 18), 200, -220)
        path.moveTo(12, 14)
        path.lineTo(17, 9)
    elif key == "orders":  # a parcel
        path.addRect(QRectF(4, 8, 16, 12))
        path.moveTo(4, 8)
        path.lineTo(7, 4)
        path.lineTo(17, 4)
        path.lineTo(20, 8)
        path.moveTo(12, 4)
        path.lineTo(12, 12)
    elif key == "messages":  # a speech bubble
        path.addRoundedRect(QRectF(3, 4, 18, 12), 3, 3)
        path.moveTo(8, 16)
        path.lineTo(7, 21)
        path.lineTo(12, 16)
    elif key == "reviews":  # a five-pointed star
        points = [
            QPointF(
                12 + (9 if i % 2 == 0 else 4) * math.sin(i * math.pi / 5),
                13 - (9 if i % 2 == 0 else 4) * math.cos(i * math.pi / 5),
            )
            for i in range(10)
        ]
        path.addPolygon(QPolygonF([*points, points[0]]))
    elif key == "cases":  # a warning triangle
        path.addPolygon(QPolygonF([QPointF(12, 3), QPointF(22, 20), QPointF(2, 20), QPointF(12, 3)]))
        path.moveTo(12, 9)
        path.lineTo(12, 14)
        path.moveTo(12, 16.5)
        path.lineTo(12, 17.5)
    elif key == "saved_replies":  # a page with lines of text
        path.addRect(QRectF(5, 3, 14, 18))
        for y in (8, 12, 16):
            path.moveTo(8, y)
            path.lineTo(16, y)
    elif key == "shipping_profiles":  # a delivery van
        path.addRect(QRectF(2, 7, 12, 10))
        path.moveTo(14, 10)
        path.lineTo(19, 10)
        path.lineTo(22, 13)
        path.lineTo(22, 17)
        path.lineTo(14, 17)
        path.addEllipse(QPointF(7, 19), 2, 2)
        path.addEllipse(QPointF(18, 19), 2, 2)
    else:  # settings: a gear
        path.addEllipse(QPointF(12, 12), 3.5, 3.5)
        path.addEllipse(QPointF(12, 12), 7, 7)
        for i in range(8):
            a = i * math.pi / 4
            path.moveTo(12 + 7 * math.cos(a), 12 + 7 * math.sin(a))
            path.lineTo(12 + 10 * math.cos(a), 12 + 10 * math.sin(a))
    p.drawPath(path)


def page_icon(key: str, color: QColor, sizes: tuple[int, ...] = (ICON_SIZE,)) -> QIcon:
    """The page's icon drawn at each size for 1x and 2x screens (Qt picks and scales the nearest). The
    sidebar shows them at ICON_SIZE only: drawing other sizes cost ~7 ms before the first paint."""
    icon = QIcon()
    for size in sizes:
        for ratio in (1, 2):
            pixmap = QPixmap(size * ratio, size * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            p = QPainter(pixmap)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.scale(size / 24, size / 24)
            p.setPen(QPen(color, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            _glyph(p, key)
            p.end()
            icon.addPixmap(pixmap)
    return icon


class BadgeDelegate(QStyledItemDelegate):
    """Paints the row as usual, with its count in a pill on the right."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        badge = index.data(BADGE_ROLE)
        if not badge:
            super().paint(painter, option, index)
            return
        from PySide6.QtWidgets import QStyle  # its many enums cost ~8 ms to load; no badge before the first count

        count, urgent = badge
        text = str(count)
        metrics = QFontMetrics(option.font)
        pill_w = max(metrics.horizontalAdvance(text) + 10, metrics.height() + 2)
        row = QStyleOptionViewItem(option)
        row.rect = option.rect.adjusted(0, 0, -(pill_w + 8), 0)  # the title elides before the pill
        super().paint(painter, row, index)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:  # the selection's background runs on behind the pill
            rest = QRect(
                row.rect.right() + 1, option.rect.top(), option.rect.right() - row.rect.right(), option.rect.height()
            )
            painter.fillRect(rest, palette.brush(QPalette.ColorRole.Highlight))
        pill = QRectF(
            option.rect.right() - pill_w - 4, option.rect.center().y() - metrics.height() / 2, pill_w, metrics.height()
        )
        fill = URGENT if urgent else palette.color(QPalette.ColorRole.Highlight)
        if selected and not urgent:
            fill = palette.color(QPalette.ColorRole.HighlightedText)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setPen(palette.color(QPalette.ColorRole.Highlight) if selected and not urgent else QColor("white"))
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        badge = index.data(BADGE_ROLE)
        extra = QFontMetrics(option.font).horizontalAdvance(str(badge[0])) + 20 if badge else 0
        return QSize(size.width() + extra, max(size.height(), ICON_SIZE + 8))


class Sidebar(QListWidget):
    """Pages with icons; `set_counts` shows what waits (orders to ship, messages to answer, open cases)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("sidebar")
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setItemDelegate(BadgeDelegate(self))
        self.setMaximumWidth(240)
        # Squeezed by a wide page (a long translation): titles elide, never a sideways scroll bar.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setMinimumWidth(ICON_SIZE + 48)  # the icon and a count stay visible
        self.setAccessibleName(self.tr("Pages"))
        self.setAccessibleDescription(self.tr("Choose a page; Ctrl+1 to Ctrl+8 open them from anywhere."))
        self.counts: dict[str, int] = {}

    def add_page(self, page: PageEntry) -> QListWidgetItem:
        item = QListWidgetItem(page.title, self)
        item.setData(KEY_ROLE, page.key)
        item.setIcon(page_icon(page.key, self._icon_color()))
        self._describe(item)
        return item

    def _icon_color(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Text)

    def item_for(self, key: str) -> QListWidgetItem | None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(KEY_ROLE) == key:
                return item
        return None

    def badge(self, key: str) -> int:
        """The count shown beside a page (0: none shown)."""
        item = self.item_for(key)
        value = item.data(BADGE_ROLE) if item is not None else None
        return value[0] if value else 0

    def set_counts(self, counts: dict[str, int]) -> None:
        self.counts = dict(counts)
        for row in range(self.count()):
            item = self.item(row)
            self._describe(item)
            # Each row, not viewport().update(): the viewport is an object of a private Qt class, which
            # PySide's first look at wraps only after loading every widget class (~5-10 ms at start-up).
            self.update(self.indexFromItem(item))

    def _describe(self, item: QListWidgetItem) -> None:
        key, c = item.data(KEY_ROLE), self.counts
        title = item.text()
        badge: tuple[int, bool] | None = None
        note = ""
        if key == "orders" and c.get("ship_today"):
            badge = (c["ship_today"], c.get("overdue", 0) > 0)
            note = self.tr("%n order(s) to ship today", "", c["ship_today"])
            if c.get("overdue"):
                note += self.tr(", %n of them late", "", c["overdue"])
        elif key == "messages" and c.get("messages"):
            badge = (c["messages"], False)
            note = self.tr("%n message(s) waiting for a reply", "", c["messages"])
        elif key == "cases" and c.get("cases"):
            badge = (c["cases"], True)
            note = self.tr("%n open case(s)", "", c["cases"])
        item.setData(BADGE_ROLE, badge)
        item.setToolTip(f"{title}: {note}" if note else title)  # the whole title when it is elided
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}, {note}" if note else title)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # dark or light: icons in the new text colour
            for row in range(self.count()):
                item = self.item(row)
                item.setIcon(page_icon(item.data(KEY_ROLE), self._icon_color()))
