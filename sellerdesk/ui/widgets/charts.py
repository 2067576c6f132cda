"""An embedded matplotlib chart, drawn off the GUI thread.

A chart is drawn by a function `draw(figure, theme)` the page hands over, on a matplotlib
`Figure` with the Agg canvas (never pyplot), on one worker thread shared by every chart: a figure
takes 50-150 ms to draw, and the window must keep painting and reacting meanwhile. matplotlib's
caches (fonts, text layout) are shared between figures, so the worker draws one at a time. The
widget paints the finished image, scaled while a new size is being drawn.

matplotlib is imported on that worker (chart_import.py) as soon as the page is made (`warm_up`; or by
the first drawing), while the page reads its charts' data, never before the main window's first paint
(`hold_warm_up_for`): that paint never waits for it. A chart nobody scrolls to is never drawn. The chart
follows the window's light or dark palette and can be saved as PNG.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPalette
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QSizePolicy, QToolButton, QWidget
from shiboken6 import isValid

from sellerdesk.ui.tasks import run_task
from sellerdesk.ui.widgets.chart_import import import_matplotlib, thaw


@dataclass(frozen=True)
class Theme:
    dark: bool
    background: str
    text: str
    grid: str
    good: str
    warn: str
    bad: str
    accent: str
    muted: str

    @classmethod
    def from_palette(cls, palette: QPalette) -> Theme:
        bg = palette.color(QPalette.ColorRole.Window)
        dark = bg.lightness() < 128
        return cls(
            dark=dark,
            background=bg.name(),
            text=palette.color(QPalette.ColorRole.WindowText).name(),
            grid="#4a4a4a" if dark else "#d0d0d0",
            good="#5fd08c" if dark else "#2e9d5b",
            warn="#ffc940" if dark else "#e0a100",
            bad="#ff7a75" if dark else "#d64541",
            accent="#6fa8ff" if dark else "#2f6fd1",
            muted="#8a8a8a" if dark else "#9a9a9a",
        )

    def style(self, figure: Any) -> None:
        """Colour a freshly drawn figure's axes, labels and legends for this theme."""
        figure.set_facecolor(self.background)
        for ax in figure.axes:
            ax.set_facecolor(self.background)
            for spine in ax.spines.values():
                spine.set_color(self.grid)
            ax.tick_params(colors=self.text, labelcolor=self.text)
            ax.xaxis.label.set_color(self.text)
            ax.yaxis.label.set_color(self.text)
            ax.title.set_color(self.text)
            ax.grid(True, color=self.grid, linewidth=0.6, alpha=0.8)
            ax.set_axisbelow(True)
            legend = ax.get_legend()
            if legend is not None:
                legend.get_frame().set_facecolor(self.background)
                legend.get_frame().set_edgecolor(self.grid)
                for text in legend.get_texts():
                    text.set_color(self.text)


#: draws one chart on a fresh Figure; runs on the chart worker, so it must not touch widgets
#: (texts are translated when the drawer is made, on the GUI thread)
Drawer = Callable[[Any, Theme], None]

_pool: QThreadPool | None = None
_warmed = False
_warm_wanted = False
#: a window whose first paint matplotlib's import waits for (the main window, while it is being made)
_held_for: QWidget | None = None
#: charts waiting for the worker to draw them (read there without a lock: a hint, not a count to rely on)
_draws_waiting = 0


def chart_pool() -> QThreadPool:
    """The one worker thread that draws every chart (and imports matplotlib)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setExpiryTimeout(-1)  # keep the thread: matplotlib's caches are warm on it
    return _pool


def _warm_matplotlib() -> None:
    """Import matplotlib and, unless a chart is already waiting to be drawn (its own drawing does it,
    ~30 ms sooner), draw a tiny figure: the font and text-layout caches fill here, while the charts'
    data is read, rather than in the first chart."""
    import_matplotlib()
    if _draws_waiting:
        return  # those drawings thaw what the import froze
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(1, 1), dpi=50)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.plot([0, 1], [0, 1], label="1%")
    axes.set_title("0%")
    axes.legend()
    figure.canvas.draw()
    _idle()


def _idle() -> None:
    """The chart worker's task is done: with no drawing waiting, the objects frozen since matplotlib's import
    go back to the garbage collector (chart_import.thaw)."""
    if not _draws_waiting:
        thaw()


def figure_for(drawer: Drawer, theme: Theme, width: int, height: int, dpi: float) -> Any:
    """A drawn Figure of `width` x `height` logical pixels (on the chart worker)."""
    import_matplotlib()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    # Fixed margins in pixels: a layout engine costs half of every render.
    figure = Figure(figsize=(width / 100, height / 100), dpi=dpi)
    FigureCanvasAgg(figure)
    figure.subplots_adjust(  # before the drawer, which may want more room (long tick labels)
        left=min(0.3, 70 / width),
        right=1 - min(0.1, 18 / width),
        bottom=min(0.4, 52 / height),
        top=1 - min(0.3, 34 / height),
    )
    drawer(figure, theme)
    theme.style(figure)
    return figure


def render_image(drawer: Drawer, theme: Theme, width: int, height: int, ratio: float) -> QImage:
    """The chart as an image for a `width` x `height` widget on a screen of this pixel ratio."""
    figure = figure_for(drawer, theme, width, height, 100 * ratio)
    figure.canvas.draw()
    buffer = figure.canvas.buffer_rgba()
    image = QImage(bytes(buffer), buffer.shape[1], buffer.shape[0], QImage.Format.Format_RGBA8888).copy()
    image.setDevicePixelRatio(ratio)
    return image


class Chart(QWidget):
    """A chart that draws itself with `drawer(figure, theme)` on the chart worker when painted."""

    saved = Signal(str)  # a PNG was written (its path)

    def __init__(self, title: str, parent: QWidget | None = None, min_height: int = 240) -> None:
        super().__init__(parent)
        self.title = title
        self._drawer: Drawer | None = None
        self._version = 0  # new data or a new palette: the image shown is out of date
        self._image: QImage | None = None
        self._image_key: tuple[Any, ...] | None = None
        self._drawing = False
        self._error = ""
        self.setMinimumHeight(min_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.save_button = QToolButton(self)
        self.save_button.setText(self.tr("PNG…"))
        self.save_button.setAutoRaise(True)
        self.save_button.setToolTip(self.tr("Save this chart as a PNG image"))
        self.save_button.clicked.connect(self.save_dialog)
        self.setAccessibleName(title)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable by keyboard: its description says its values
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def set_drawer(self, drawer: Drawer, description: str = "") -> None:
        """New data: drawn again the next time the chart is painted (now, if it is on screen)."""
        self._drawer = drawer
        self._version += 1
        self._error = ""
        if description:
            self.setAccessibleDescription(description)
            self.setToolTip(description)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 480)  # matplotlib's default figure, as the embedded canvas asked for

    def _wanted(self) -> tuple[Any, ...]:
        return (self._version, self.width(), self.height(), self.devicePixelRatioF())

    def has_data(self) -> bool:
        """True once the page has handed the chart something to draw."""
        return self._drawer is not None

    def is_drawn(self) -> bool:
        """True once the latest data is on screen at the chart's size (nothing left to draw)."""
        return self._drawer is not None and not self._drawing and self._image_key == self._wanted()

    def image(self) -> QImage | None:
        """The image painted now (None before the first drawing)."""
        return self._image

    # -- drawing -------------------------------------------------------------------------
    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        if self._image is not None:
            painter.drawImage(QRectF(self.rect()), self._image)
        else:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            text = self._error or self.tr("Loading chart…")
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
        painter.end()
        if self._drawer is not None and not self._drawing and not self._error and self._image_key != self._wanted():
            QTimer.singleShot(0, self, self._draw)  # after this paint pass: the rest of the window paints first

    def _draw(self) -> None:
        drawer = self._drawer
        if drawer is None or self._drawing or self._image_key == self._wanted() or self.visibleRegion().isEmpty():
            return
        key = self._wanted()
        theme = Theme.from_palette(self.palette())
        self._drawing = True
        global _draws_waiting
        _draws_waiting += 1

        def work() -> QImage:
            global _draws_waiting
            _draws_waiting -= 1
            try:
                return render_image(drawer, theme, max(key[1], 200), max(key[2], 150), key[3])
            finally:
                _idle()

        run_task(
            self,
            work,
            lambda image: self._drawn(key, image),
            self._failed,
            chart_pool(),
        )

    def _drawn(self, key: tuple[Any, ...], image: QImage) -> None:
        if not isValid(self):
            return  # the page closed while its chart was being drawn
        self._drawing = False
        if key[0] == self._version:  # older data is never shown; a stale size is, scaled
            self._image, self._image_key = image, key
        self.update()  # draws again if the data or the size moved on meanwhile

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._drawing = False
        self._error = self.tr("Could not draw this chart: {error}").format(error=exc)
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._drawer is not None:
            self._version += 1
            self.update()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.save_button.adjustSize()
        self.save_button.move(2, 2)

    # -- saving --------------------------------------------------------------------------
    def _menu(self, pos: Any) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Save as PNG…"), self.save_dialog)
        menu.exec(self.mapToGlobal(pos))

    def save_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart"), str(Path.home() / f"{self.title}.png"), self.tr("PNG image (*.png)")
        )
        if name:
            self.save_png(Path(name))

    def save_png(self, path: Path, dpi: int = 150, on_failed: Callable[[str], None] | None = None) -> None:
        """Write the chart at the size shown, in `dpi`, on the chart worker; `saved` tells when it is done.
        A failure goes to `on_failed(message)`, or to a message box."""
        drawer = self._drawer
        if drawer is None:
            return
        theme = Theme.from_palette(self.palette())
        width, height = max(self.width(), 200), max(self.height(), 150)

        def work() -> str:
            figure = figure_for(drawer, theme, width, height, dpi)
            figure.savefig(str(path), format="png", dpi=dpi, facecolor=figure.get_facecolor())
            _idle()
            return str(path)

        def done(written: str) -> None:
            if isValid(self):
                self.saved.emit(written)

        def failed(exc: BaseException) -> None:
            message = self.tr("Could not save {path}: {error}").format(path=path, error=exc)
            if on_failed is not None:
                on_failed(message)
            elif isValid(self):
                QMessageBox.warning(self, self.tr("Save chart"), message)

        run_task(self, work, done, failed, chart_pool())


def warm_up() -> None:
    """Import matplotlib on the chart worker now (~0.2 s of Python), so that it loads while the charts' data
    is read; once per process. Held while a window's first paint is pending."""
    global _warmed, _warm_wanted
    if _warmed:
        return
    if _held_for is not None and isValid(_held_for):
        _warm_wanted = True  # release_warm_up starts it
        return
    _warmed = True
    chart_pool().start(_warm_matplotlib)


def hold_warm_up_for(window: QWidget) -> None:
    """Keep matplotlib's import from starting until `window` says so (release_warm_up, after its first
    paint): the import would take the interpreter from that paint half the time."""
    global _held_for
    _held_for = window


def release_warm_up(window: QWidget) -> None:
    """`window` has painted (and built its pages): start the import if a page asked for it meanwhile."""
    global _held_for, _warm_wanted
    if _held_for is window:
        _held_for = None
    if _warm_wanted:
        _warm_wanted = False
        warm_up()
