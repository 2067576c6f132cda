"""Words (issue 11 item 4): plural forms in English, Italian and Vietnamese; dates and numbers the user's way
(stored ISO); one convention for date ranges — first and last day, both included — in the window and on the
command line; the packing slip in the window's language."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt

from sellerdesk.ui import i18n, locale_format
from sellerdesk.ui.pages.dashboard.states import count_gauge_state, odr_gauge_state

WINDOW = {"start": "2026-07-25", "end": "2026-09-23"}  # half-open: the last day is 22 September


@pytest.fixture
def language(qapp):
    """Switch the whole app to a language as the Settings page does at start (translators and QLocale)."""

    def use(code: str) -> None:
        i18n.install_translations(qapp, QLocale(code))

    yield use
    for translator in i18n._installed:
        qapp.removeTranslator(translator)
    i18n._installed.clear()
    QLocale.setDefault(QLocale.c())


def _odr(k: int, n: int = 263) -> str:
    zone = "red" if k * 100 >= n else "green"
    return odr_gauge_state({"orders": n, "problem_orders": k, "window": WINDOW, "zone": zone}).detail


def _cases(count: int) -> str:
    return count_gauge_state("Cases", {"count": count, "total": 1, "meets": True}, 3, "cases").detail


@pytest.mark.parametrize(
    "lang, one, two, one_case, two_cases, one_order",
    [
        (
            "en",
            "1 problem order of 263",
            "2 problem orders of 263",
            "1 case of 1 order",
            "2 cases of 1 order",
            "1 order",
        ),
        (
            "it",
            "1 ordine problematico su 263",
            "2 ordini problematici su 263",
            "1 caso su 1 ordine",
            "2 casi su 1 ordine",
            "1 ordine",
        ),
        (
            "vi",
            "1 đơn có vấn đề trên 263",
            "2 đơn có vấn đề trên 263",
            "1 tranh chấp / 1 đơn",
            "2 tranh chấp / 1 đơn",
            "1 đơn",
        ),
    ],
)
def test_counts_read_right_for_one_and_for_two(
    language, session, qtbot, lang, one, two, one_case, two_cases, one_order
):
    language(lang)
    assert _odr(1).startswith(one)
    assert _odr(2).startswith(two)
    assert _cases(1).startswith(one_case)
    assert _cases(2).startswith(two_cases)
    from sellerdesk.ui.pages.orders import OrdersPage

    page = OrdersPage(session)
    qtbot.addWidget(page)
    assert page.tr("%Ln order(s)", "", 1) == one_order
    assert "(s)" not in page.tr("%Ln order(s)", "", 2)


def test_no_plural_text_is_left_with_an_s_in_brackets(language):
    """Every %n message reads without '(s)' once translated, in each language and for 1 and 2."""
    import xml.etree.ElementTree as ET

    root = ET.parse(i18n.resources_dir() / "translations" / "sellerdesk_en.ts").getroot()
    numerus = [(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")]
    assert len(numerus) > 50
    from PySide6.QtCore import QCoreApplication

    for lang in ("en", "it", "vi"):
        language(lang)
        for context, source in numerus:
            for n in (1, 2):
                text = QCoreApplication.translate(context, source, None, n)
                assert "(s)" not in text and "%n" not in text and "%Ln" not in text, (lang, context, source, text)


def test_dates_and_numbers_are_written_the_italian_way_under_italian(language, session, qtbot):
    language("it")
    assert locale_format.day("2026-03-04") == "04/03/2026"
    assert locale_format.number(12345) == "12.345"
    assert locale_format.percent(1, 263, 2) == "0,38%"
    assert locale_format.money(123456, "EUR") == "1234,56 EUR"
    assert locale_format.day_range("2026-03-04", "2026-05-01") == "04/03/2026 – 01/05/2026"
    from sellerdesk.ui.pages.orders import OrdersPage

    page = OrdersPage(session)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    column = page.query.column_index("order_date")
    key = page.model.index(0, 0).data(Qt.ItemDataRole.UserRole)
    stored = session.store.get("orders", key)["order_date"]
    shown = page.model.index(0, column).data()
    assert shown == date.fromisoformat(stored).strftime("%d/%m/%Y")


def test_english_dates_are_month_first_and_c_keeps_iso(language):
    assert locale_format.day("2026-03-04") == "2026-03-04"  # the C locale: no preference, ISO
    assert locale_format.number(12345) == "12,345"
    language("en")
    assert locale_format.day("2026-03-04") == "3/4/2026"
    assert locale_format.percent(9446, 10000) == "94.4%"  # truncated, never rounded up


def test_date_ranges_name_the_first_and_the_last_day_in_the_window_and_the_cli(session, qtbot, capsys):
    from sellerdesk.cli import main as cli_main
    from sellerdesk.ui.pages.dashboard import DashboardPage

    page = DashboardPage(session)
    qtbot.addWidget(page)
    status = page.model.status
    star = status["star_seller"]["running_period"]["period"]
    shown = {
        "odr": (status["odr"]["window"], page.odr_gauge.state().detail),
        "standards": (status["standards"]["window"], page.standards_box.title()),
        "star": (star, page.star_box.title()),
    }
    cli_main(["status", "--db", str(session.path), "--as-of", status["as_of"]])
    printed = capsys.readouterr().out
    for name, (window, text) in shown.items():
        last = date.fromisoformat(window["end"]) - timedelta(days=1)  # stored half-open: `end` is not in it
        expected = f"{window['start']} – {last.isoformat()}"
        assert expected in text, (name, text)
        assert expected in printed, (name, printed)
    # the 90 days of the standards: first day 90 days before the as-of day, last day the day before it
    first = date.fromisoformat(status["standards"]["window"]["start"])
    assert (date.fromisoformat(status["as_of"]) - first).days == 90
    assert f"{first.isoformat()} – {(date.fromisoformat(status['as_of']) - timedelta(days=1)).isoformat()}" in printed


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_the_packing_slip_speaks_the_window_language(language, session, tmp_path):
    from sellerdesk.io.labels import write_pdf

    order_id = session.store.db.execute("SELECT order_id FROM orders WHERE status = 'open' LIMIT 1").fetchone()[0]
    texts = {}
    for lang in ("it", "vi"):
        language(lang)
        pdf = tmp_path / f"labels-{lang}.pdf"
        assert write_pdf(session.store, [order_id], pdf) == 1
        texts[lang] = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert order_id in texts[lang]
        assert "Packing slip" not in texts[lang] and "Thank you for your order" not in texts[lang]
    assert "Distinta di imballaggio" in texts["it"] and "Grazie per il tuo ordine" in texts["it"]
    assert "Phiếu đóng gói" in texts["vi"] and "Cảm ơn bạn đã đặt hàng" in texts["vi"]


@pytest.mark.parametrize(
    "lang, cancel, variant",
    [
        ("en", "Cancel", "US wording, with SKU, 36 columns"),
        ("it", "Annulla", "dicitura USA, con SKU, 36 colonne"),
        ("vi", "Hủy", "cách ghi kiểu Mỹ, có SKU, 36 cột"),
    ],
)
def test_standard_buttons_and_import_variants_speak_the_language(language, qtbot, lang, cancel, variant):
    """Qt's own dialog buttons (Qt ships no Vietnamese) and the import preview's file variant are translated."""
    from PySide6.QtWidgets import QDialogButtonBox

    from sellerdesk.ui.dialogs.import_preview import variant_text

    language(lang)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    assert variant_text("US wording, with SKU, 36 columns") == variant


def test_reviews_and_cases_show_every_date_the_same_way(language, session, qtbot):
    """The order date beside a review's or a case's own date is written the locale's way too."""
    language("it")
    from sellerdesk.ui.pages.cases import CasesPage
    from sellerdesk.ui.pages.reviews import ReviewsPage

    for page_class, own_date in ((ReviewsPage, "review_date"), (CasesPage, "opened_date")):
        page = page_class(session)
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda page=page: page.model.rowCount() > 0, timeout=10000)
        for key in (own_date, "order_date"):
            shown = page.model.index(0, page.query.column_index(key)).data()
            assert re.fullmatch(r"\d\d/\d\d/\d{4}", shown), (page_class.__name__, key, shown)
