"""An embedded matplotlib chart: FigureCanvasQTAgg over a matplotlib Figure (never pyplot).

matplotlib is imported the first time a chart is shown, not when the app starts. A chart is
drawn by a function `draw(figure, theme)` the page hands over; the chart follows the window's
light or dark palette and can be saved as PNG.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QSizePolicy, QToolButton, QVBoxLayout, QWidget


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


Drawer = Callable[[Any, Theme], None]


class Chart(QWidget):
    """A chart that draws itself with `drawer(figure, theme)`; the canvas is built on first show."""

    def __init__(self, title: str, parent: QWidget | None = None, min_height: int = 240) -> None:
        super().__init__(parent)
        self.title = title
        self._drawer: Drawer | None = None
        self._dirty = False
        self.figure: Any = None
        self.canvas: Any = None
        self.setMinimumHeight(min_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(self.tr("Loading chart…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self.placeholder)
        self.save_button = QToolButton(self)
        self.save_button.setText(self.tr("PNG…"))
        self.save_button.setAutoRaise(True)
        self.save_button.setToolTip(self.tr("Save this chart as a PNG image"))
        self.save_button.clicked.connect(self.save_dialog)
        self.setAccessibleName(title)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def set_drawer(self, drawer: Drawer, description: str = "") -> None:
        """New data: redraw now if visible, else when next shown."""
        self._drawer = drawer
        if description:
            self.setAccessibleDescription(description)
            self.setToolTip(description)
        self._dirty = True
        if self.isVisible():
            self.redraw()

    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        # Fixed margins (theme.style): a layout engine costs half of every render.
        self.figure = Figure()
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._layout.replaceWidget(self.placeholder, self.canvas)
        self.placeholder.hide()
        self.canvas.show()
        self.save_button.raise_()

    def redraw(self) -> None:
        if self._drawer is None:
            return
        self._ensure_canvas()
        self.figure.clear()
        theme = Theme.from_palette(self.palette())
        self._drawer(self.figure, theme)
        theme.style(self.figure)
        self._fit_margins()
        # draw_idle coalesces with the draw the first layout's resize asks for: one render.
        self.canvas.draw_idle()
        self._dirty = False

    def is_drawn(self) -> bool:
        """True once the latest data is on screen (no render pending)."""
        return self.canvas is not None and not self._dirty and not getattr(self.canvas, "_draw_pending", False)

    def draw_now(self) -> None:
        """Draw synchronously (tests)."""
        self.redraw()
        if self.canvas is not None:
            self.canvas.draw()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._dirty:
            self.redraw()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.canvas is not None:
            self._dirty = True
            if self.isVisible():
                self.redraw()

    def _fit_margins(self) -> None:
        """Margins in pixels (room for tick labels and axis titles), whatever the chart's size."""
        if self.figure is None:
            return
        width, height = max(self.width(), 200), max(self.height(), 150)
        self.figure.subplots_adjust(
            left=min(0.3, 70 / width),
            right=1 - min(0.1, 18 / width),
            bottom=min(0.4, 52 / height),
            top=1 - min(0.3, 34 / height),
        )

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_margins()
        self.save_button.adjustSize()
        self.save_button.move(2, 2)

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

    def save_png(self, path: Path, dpi: int = 150) -> Path:
        if self.canvas is None or self._dirty:
            self.redraw()
        self.figure.savefig(str(path), format="png", dpi=dpi, facecolor=self.figure.get_facecolor())
        return path
