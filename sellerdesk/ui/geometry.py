"""Window geometry that fits the screen it opens on, and tables that never scroll sideways.

A first launch takes the preferred size or the available screen, whichever is smaller, centred;
a geometry restored from another (larger) screen is clipped and moved back onto this one.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QWidget
from shiboken6 import isValid

#: The size SellerDesk asks for on a screen large enough (logical pixels).
PREFERRED_SIZE = QSize(1200, 800)


def available_geometry(widget: QWidget) -> QRect:
    """The screen area the window may use (without task bars), on the screen the window is on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)


#: Below this width a screen is a small laptop's: the first window takes all of it.
SMALL_SCREEN_WIDTH = 1440


def first_size(available: QRect, preferred: QSize = PREFERRED_SIZE) -> QRect:
    """The preferred size, never larger than the available area, centred in it; a small screen's
    whole area (every pixel counts at 1280 x 720)."""
    size = available.size() if available.width() < SMALL_SCREEN_WIDTH else preferred.boundedTo(available.size())
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(available.center())
    return rect


def clip_to(rect: QRect, available: QRect) -> QRect:
    """`rect` shrunk to fit `available` and moved inside it (a geometry saved on a bigger or another screen)."""
    clipped = QRect(rect.topLeft(), rect.size().boundedTo(available.size()))
    if clipped.right() > available.right():
        clipped.moveRight(available.right())
    if clipped.bottom() > available.bottom():
        clipped.moveBottom(available.bottom())
    if clipped.left() < available.left():
        clipped.moveLeft(available.left())
    if clipped.top() < available.top():
        clipped.moveTop(available.top())
    return clipped


def place_window(window: QWidget, saved: object | None) -> None:
    """Restore `saved` (QWidget.saveGeometry bytes) clipped to the current screen, or size a first launch."""
    available = available_geometry(window)
    if saved is not None and window.restoreGeometry(saved):  # type: ignore[arg-type]
        if window.isMaximized() or window.isFullScreen():
            return
        frame = window.frameGeometry()
        extra = frame.size() - window.geometry().size()  # title bar and borders
        inner = clip_to(frame, available).adjusted(0, 0, -extra.width(), -extra.height())
        window.resize(inner.size())
        window.move(clip_to(frame, available).topLeft())
        return
    target = first_size(available)
    window.resize(target.size())
    window.move(target.topLeft())


class FitColumns(QObject):
    """Shrinks a table's columns, in proportion, whenever they would not fit the view's width: the table
    never needs a horizontal scroll bar (a narrow screen, the Today panel open, a long translation).
    `give_first` columns (text read in full elsewhere, such as a tracking number, or a few letters explained
    elsewhere) are cut to a few characters before the others are cut below what they show."""

    def __init__(self, view: QAbstractItemView, give_first: Sequence[int] = ()) -> None:
        super().__init__(view)
        self.view = view
        self.give_first = frozenset(give_first)
        self._pending = False
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self._pending:
            # After the event: a page being taken down (its shop closed) is hidden by then, and skipped.
            self._pending = True
            QTimer.singleShot(0, self, self._fit_later)
        return False

    def _fit_later(self) -> None:
        self._pending = False
        if isValid(self.view) and self.view.isVisible() and self.view.model() is not None:
            self.fit()

    def fit(self) -> None:
        header = self.view.horizontalHeader()  # type: ignore[attr-defined]
        width = self.view.viewport().width()
        shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
        if not shown or width <= 0:
            return
        last = shown[-1] if header.stretchLastSection() else None
        sized = [i for i in shown if i != last]
        reserve = 0
        if last is not None:  # the stretched last column keeps the width it was given as its least: give it little
            reserve = min(header.sectionSize(last), max(header.minimumSectionSize(), self._floor(last)))
            header.resizeSection(last, reserve)
        widths = {i: header.sectionSize(i) for i in sized}
        excess = sum(widths.values()) + reserve - width
        if excess <= 0:
            return
        # Wide columns give first: each shrinks in proportion to its room above what it shows (its header
        # and the rows in view); then headers elide before the rows do; only then does every column shrink.
        content = {i: self._content_width(i) for i in sized}
        tiers = [
            {i: min(widths[i], max(self._heading_width(i), content[i])) for i in sized},
            {i: min(widths[i], content[i]) for i in sized},
        ]
        if self.give_first:
            whole = tiers[-1]
            cut = {i: min(whole[i], self._least_width()) for i in self.give_first if i in whole}
            tiers.append(whole | cut)
        for floors in tiers:
            room = sum(widths[i] - floors[i] for i in sized)
            if room >= excess:
                widths = {i: widths[i] - excess * (widths[i] - floors[i]) / room for i in sized}
                excess = 0
                break
            excess -= room
            widths = dict(floors)
        if excess > 0:
            scale = max(0.0, width - reserve) / max(1, sum(widths.values()))
            widths = {i: widths[i] * scale for i in sized}
        for i in sized:
            header.resizeSection(i, max(header.minimumSectionSize(), int(widths[i])))

    def _floor(self, column: int) -> int:
        if column in self.give_first:
            return self._least_width()
        return max(self._heading_width(column), self._content_width(column))

    def _least_width(self) -> int:
        """What a column given first keeps: four characters and the cell's margins."""
        return self.view.fontMetrics().horizontalAdvance("0000") + 12

    def _heading_width(self, column: int) -> int:
        title = str(self.view.model().headerData(column, Qt.Orientation.Horizontal) or "")
        return self.view.horizontalHeader().fontMetrics().horizontalAdvance(title) + 24  # type: ignore[attr-defined]

    def _content_width(self, column: int) -> int:
        """The widest text in the rows in view (sizeHintForColumn would read up to 1,000 rows, fetching pages)."""
        metrics = self.view.fontMetrics()
        model, top = self.view.model(), max(0, self.view.rowAt(0))  # type: ignore[attr-defined]
        bottom = self.view.rowAt(self.view.viewport().height() - 1)  # type: ignore[attr-defined]
        bottom = model.rowCount() - 1 if bottom < 0 else bottom
        widest = 0
        for row in range(top, min(bottom, top + 60) + 1):
            text = model.index(row, column).data()
            if text is not None:
                widest = max(widest, metrics.horizontalAdvance(str(text)))
        return widest + 12 if widest else 0


def fit_columns(view: QAbstractItemView, give_first: Sequence[int] = ()) -> FitColumns:
    return FitColumns(view, give_first)
