"""The window in Italian and Vietnamese: translators load, pages, menus and column titles follow them."""

from __future__ import annotations

import pytest


@pytest.fixture
def translated(qapp):
    """Install a language with install_translations(); remove every translator afterwards."""
    from PySide6.QtCore import QLocale

    from sellerdesk.ui import i18n

    def install(code: str | None = None) -> str | None:
        return i18n.install_translations(qapp, QLocale(code) if code else None)

    yield install
    for translator in i18n._installed:
        qapp.removeTranslator(translator)
    i18n._installed.clear()
    QLocale.setDefault(QLocale.c())


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_qm_files_translate_known_texts(qapp):
    from PySide6.QtCore import QTranslator

    from sellerdesk.ui.i18n import resources_dir

    for code, dashboard, edit in (("it", "Dashboard", "&Modifica"), ("vi", "Tổng quan", "&Sửa")):
        translator = QTranslator()
        assert translator.load(str(resources_dir() / "translations" / f"sellerdesk_{code}.qm"))
        assert translator.translate("DashboardPage", "Dashboard") == dashboard
        assert translator.translate("MainWindow", "&Edit") == edit
        assert translator.translate("Columns", "Ship by") not in ("", "Ship by")


def test_italian_window(session, qsettings, qtbot, translated, monkeypatch):
    from PySide6.QtCore import Qt

    from sellerdesk.ui.main_window import MainWindow

    monkeypatch.setenv("SELLERDESK_LANG", "it")
    assert translated().endswith("sellerdesk_it.qm")  # no locale given: SELLERDESK_LANG decides
    window = MainWindow(session, qsettings)
    qtbot.addWidget(window)
    window.show_page("dashboard")
    titles = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert titles[:2] == ["Dashboard", "Ordini"]
    assert "Impostazioni" in titles
    assert window.windowTitle().startswith("Dashboard — ")
    assert _menu_titles(window)[:2] == ["&File", "&Modifica"]
    assert window.odr_label.text().startswith("TIO ")
    orders = window.show_page("orders")
    assert window.windowTitle().startswith("Ordini — ")
    model = orders.table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Spedire entro" in headers and "Acquirente" in headers


def test_vietnamese_window(session, qsettings, qtbot, translated):
    from sellerdesk.ui.main_window import MainWindow

    assert translated("vi").endswith("sellerdesk_vi.qm")
    window = MainWindow(session, qsettings)
    qtbot.addWidget(window)
    window.show_page("dashboard")
    assert window.sidebar.item(0).text() == "Tổng quan"
    assert window.windowTitle().startswith("Tổng quan — ")
    assert _menu_titles(window)[:2] == ["&Tệp", "&Sửa"]
    # a text translated in a base class's context (RecordTablePage) reaches the subclass page
    reviews = window.show_page("reviews")
    assert reviews.count_label.text().endswith(" đang hiện")


def test_english_loads_only_its_plural_forms(session, qsettings, qtbot, translated):
    from sellerdesk.ui.main_window import MainWindow

    assert translated("en").endswith("sellerdesk_en.qm")
    window = MainWindow(session, qsettings)
    qtbot.addWidget(window)
    assert _menu_titles(window)[:2] == ["&File", "&Edit"]
    orders = window.show_page("orders")
    assert orders.tr("%Ln order(s)", "", 1) == "1 order"
    assert orders.tr("%Ln order(s)", "", 2) == "2 orders"


def test_language_setting_and_environment(qsettings, monkeypatch):
    from sellerdesk.ui.i18n import preferred_language, preferred_locale

    monkeypatch.delenv("SELLERDESK_LANG", raising=False)
    assert preferred_language(qsettings) == ""
    qsettings.setValue("language", "vi")
    assert preferred_language(qsettings) == "vi"
    assert preferred_locale(qsettings).language().name == "Vietnamese"
    monkeypatch.setenv("SELLERDESK_LANG", "it")
    assert preferred_language(qsettings) == "it"  # the environment wins


def test_settings_page_stores_the_language(window, qsettings):
    from PySide6.QtCore import QSettings

    page = window.show_page("settings")
    assert page.language.currentData() == ""
    page.language.setCurrentIndex(page.language.findData("it"))
    assert QSettings().value("language") == "it"
    page.language.setCurrentIndex(page.language.findData(""))
    assert QSettings().value("language") == ""


@pytest.mark.parametrize("code", ["it", "vi"])
def test_the_sidebar_lists_each_page_under_the_title_the_page_gives_itself(session, qsettings, qtbot, translated, code):
    """The sidebar and View menu name the pages before they are built (ui/pages/__init__.py): the same words."""
    from sellerdesk.ui.main_window import MainWindow
    from sellerdesk.ui.pages import PAGES

    translated(code)
    window = MainWindow(session, qsettings)
    qtbot.addWidget(window)
    listed = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert listed == [page.title for page in window.pages]
    assert listed != [entry.title_text for entry in PAGES]  # translated
