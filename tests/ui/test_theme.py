"""Light and dark: the window follows the system or the seller's choice, and everything SellerDesk draws in
colour keeps a readable contrast on both palettes (WCAG ratio 4.5 for text)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from sellerdesk.ui import theme
from sellerdesk.ui.widgets.gauge import TEXT_DARK, TEXT_LIGHT, zone_text_color

PALETTES = {"light": theme.light_palette, "dark": theme.dark_palette}


@pytest.fixture(autouse=True)
def keep_the_app_look(qapp):
    """The application's palette and style are shared by every test: put them back."""
    palette, style = QPalette(qapp.palette()), qapp.style().name()
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)


@pytest.mark.parametrize("name", PALETTES)
def test_text_has_enough_contrast_on_both_palettes(qapp, name):
    palette = PALETTES[name]()
    window, base = palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)
    assert theme.contrast_ratio(palette.color(QPalette.ColorRole.WindowText), window) >= 7
    assert theme.contrast_ratio(palette.color(QPalette.ColorRole.Text), base) >= 7
    dark = window.lightness() < 128
    assert dark == (name == "dark")
    for zone in ("green", "amber", "red"):
        colour = zone_text_color(zone, dark)
        assert colour == (TEXT_DARK if dark else TEXT_LIGHT)[zone]
        assert theme.contrast_ratio(colour, window) >= 4.5, (name, zone, colour.name())


def test_the_gauge_draws_its_value_in_the_dark_colour_on_a_dark_palette(qapp, qtbot):
    from sellerdesk.ui.widgets.gauge import Gauge, GaugeState

    gauge = Gauge()
    qtbot.addWidget(gauge)
    gauge.setPalette(theme.dark_palette())
    gauge.setState(GaugeState(0.5, 1.0, 1.0, ((1.0, "green"),), "0.50%", "ODR", zone="green"), "")
    gauge.resize(240, 240)
    image = gauge.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, 240, 2) for y in range(0, 240, 2)}
    assert TEXT_DARK["green"].name() in colours
    assert TEXT_LIGHT["green"].name() not in colours


def test_the_choice_is_kept_and_applied_at_once(window, qapp, monkeypatch):
    monkeypatch.delenv(theme.THEME_ENV, raising=False)
    page = window.show_page("settings")
    page.appearance.setCurrentIndex(page.appearance.findData("dark"))
    assert theme.chosen() == "dark"
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 128
    page.appearance.setCurrentIndex(page.appearance.findData("light"))
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 128
    monkeypatch.setenv(theme.THEME_ENV, "dark")
    assert theme.chosen() == "dark"


def test_contrast_ratio_matches_wcag():
    assert theme.contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert theme.contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
