"""Translations (Qt Linguist): SellerDesk's .qm for the chosen locale, and Qt's own qtbase.

The language is, in order: the environment variable SELLERDESK_LANG (tests, screenshots),
the QSettings key "language" (Settings page; "" = system), the system locale.
Sources and the update commands: resources/translations/update.sh.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from sellerdesk.io.words import Context as Context  # ui's modules take it from here

_installed: list[QTranslator] = []

#: (code, name shown in its own language); "" follows the system. English is the source language.
LANGUAGES = (("en", "English"), ("it", "Italiano"), ("vi", "Tiếng Việt"))
LANGUAGE_KEY = "language"
LANGUAGE_ENV = "SELLERDESK_LANG"


def preferred_language(settings: QSettings | None = None) -> str:
    """The language code asked for ("" = the system's): SELLERDESK_LANG, else the saved setting."""
    env = os.environ.get(LANGUAGE_ENV, "").strip()
    if env:
        return env
    value = (settings or QSettings()).value(LANGUAGE_KEY, "")
    return str(value or "")


def preferred_locale(settings: QSettings | None = None) -> QLocale:
    code = preferred_language(settings)
    return QLocale(code) if code else QLocale()


def resources_dir() -> Path:
    """resources/ beside the package in a checkout, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


#: The texts of Qt's standard dialog buttons, as Qt looks them up (context QPlatformTheme). Qt ships no
#: Vietnamese catalogue, so SellerDesk's own files carry them (listed here so that lupdate keeps them).
STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
)


def install_translations(app: QApplication, locale: QLocale | None = None) -> str | None:
    """Load the translation for `locale` (default: `preferred_locale()`) and make it the default QLocale;
    returns the file name of SellerDesk's translation (English: its plural forms)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = locale or preferred_locale()
    # Dates and numbers in the chosen language too (ui/locale_format.py reads the default locale).
    QLocale.setDefault(locale)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    folder = str(resources_dir() / "translations")
    ours = QTranslator(app)
    # English is the source language; sellerdesk_en.qm holds only its plural forms ("%n order(s)" ->
    # "1 order" / "2 orders"), and stands in for any language SellerDesk has no translation for.
    if ours.load(locale, "sellerdesk", "_", folder) or ours.load("sellerdesk_en", folder):
        app.installTranslator(ours)
        _installed.append(ours)
        return ours.filePath()
    return None
