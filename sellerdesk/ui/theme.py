"""Light and dark: the window follows the system's colour scheme, or the seller's choice in Settings
(stored in QSettings, like the language). Everything SellerDesk draws — gauges, charts, tables, banners —
reads its colours from the palette, so one palette switch repaints it all.

SELLERDESK_THEME (light / dark) overrides the setting for one run (tests, screenshots)."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEME_KEY = "appearance"
THEME_ENV = "SELLERDESK_THEME"
CHOICES = ("system", "light", "dark")


def chosen(settings: QSettings | None = None) -> str:
    value = os.environ.get(THEME_ENV, "").strip().lower() or str((settings or QSettings()).value(THEME_KEY, "system"))
    return value if value in CHOICES else "system"


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    return scheme is not None and scheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    """Fusion's colours for a dark window: text on backgrounds with a contrast ratio above 7."""
    p = QPalette()
    window, base, text = QColor("#2b2b2b"), QColor("#1f1f1f"), QColor("#e8e8e8")
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, QColor("#262626")),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, QColor("#353535")),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.ToolTipBase, QColor("#3a3a3a")),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.Highlight, QColor("#3d7bd9")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.Link, QColor("#7fb2ff")),
        (QPalette.ColorRole.PlaceholderText, QColor("#a0a0a0")),
        (QPalette.ColorRole.Mid, QColor("#4a4a4a")),
        (QPalette.ColorRole.Dark, QColor("#1a1a1a")),
        (QPalette.ColorRole.Light, QColor("#505050")),
        (QPalette.ColorRole.Midlight, QColor("#404040")),
        (QPalette.ColorRole.Shadow, QColor("#000000")),
        (QPalette.ColorRole.BrightText, QColor("#ff7a75")),
    ):
        p.setColor(role, colour)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return p


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    return style.standardPalette() if style is not None else QPalette()


def apply(app: QApplication, choice: str | None = None) -> bool:
    """Use the chosen look now; returns whether it is dark."""
    choice = choice or chosen()
    dark = system_is_dark() if choice == "system" else choice == "dark"
    if choice != "system" or dark:
        app.setStyle("Fusion")  # the platform style may ignore a palette; Fusion draws with it
        app.setPalette(dark_palette() if dark else light_palette())
    return dark


def follow_system(app: QApplication) -> None:
    """Repaint when the system switches between light and dark (only while the choice is "system")."""
    hints = QGuiApplication.styleHints()
    signal = getattr(hints, "colorSchemeChanged", None)
    if signal is not None:
        signal.connect(lambda *_: apply(app) if chosen() == "system" else None)


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21; text needs 4.5)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    hi, lo = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
