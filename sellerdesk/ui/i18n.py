"""Translations (Qt Linguist): SellerDesk's .qm for the system locale, and Qt's own qtbase."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

_installed: list[QTranslator] = []


def resources_dir() -> Path:
    """resources/ beside the package in a checkout, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def install_translations(app: QApplication, locale: QLocale | None = None) -> str | None:
    """Load the translation for `locale` (default: the system's); returns its file name if found."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = locale or QLocale()
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    ours = QTranslator(app)
    if ours.load(locale, "sellerdesk", "_", str(resources_dir() / "translations")):
        app.installTranslator(ours)
        _installed.append(ours)
        return ours.filePath()
    return None
