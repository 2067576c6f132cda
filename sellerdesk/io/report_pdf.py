"""The monthly report as a PDF (issue 9): io's Qt use for the PDF report, as DESIGN.md allows.

QTextDocument lays out the HTML of report_html.py (the trend chart embedded as a PNG resource) and
prints it on a QPdfWriter. The file holds buyers' order ids: it is written private (0600) under a
temporary name in the target folder and renamed into place once complete, so a failed or cancelled
report never leaves a half-written PDF under the chosen name. Needs a QGuiApplication (the CLI makes
an offscreen one); runs on a worker thread in the window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from sellerdesk.io.callbacks import Progress, never, quiet
from sellerdesk.io.pdf import DPI, new_writer, page_document, write_aside
from sellerdesk.io.report_chart import trend_image
from sellerdesk.io.report_data import MonthlyReport, gather
from sellerdesk.io.report_html import CHART_URL, Report, report_html
from sellerdesk.store.store import Store

CHART_DPI = 200  # sharp on paper, a quarter of the pixels of 300 dpi
CSS_DPI = 96  # an HTML pixel (an <img> width) is 1/96 inch on paper


class ReportCancelled(Exception):
    """The user cancelled; nothing was written."""


def chart_texts() -> dict[str, str]:
    return {
        "rate": Report.tr("ODR with exclusions"),
        "strict": Report.tr("strict (no exclusions)"),
        "limit": Report.tr("1% limit"),
        "approaching": Report.tr("0.75% approaching"),
        "warning": Report.tr("warning would be sent"),
    }


def write_report(
    store: Store,
    month: date,
    path: str | Path,
    language: str = "",
    today: date | None = None,
    progress: Progress = quiet,
    cancelled: Callable[[], bool] = never,
) -> MonthlyReport:
    """Write `month`'s report to `path` (0600); returns what it shows. `language`: "" = the system's."""
    target = Path(path)
    progress(0.0, Report.tr("Reading the figures…"))
    report = gather(store, month, today)
    if cancelled():
        raise ReportCancelled
    progress(0.3, Report.tr("Writing the PDF…"))

    def draw(partial: Path) -> None:
        _print(report, store.shop().get("country"), partial, language)
        if cancelled():
            raise ReportCancelled

    write_aside(target, "report", draw)
    progress(1.0, Report.tr("Report written."))
    return report


def _print(report: MonthlyReport, country: str | None, path: Path, language: str) -> None:
    title = Report.tr("Monthly report") + f" {report.month:%Y-%m} — {report.status['shop']['name']}"
    writer = new_writer(path, title, country)
    page = writer.pageLayout().paintRectPixels(DPI)
    chart = trend_image(
        report.trend, chart_texts(), page.width() * CHART_DPI // DPI, page.width() * CHART_DPI * 2 // (DPI * 5)
    )
    doc = page_document(writer)
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), chart)
    doc.setHtml(report_html(report, language, page.width() * CSS_DPI / DPI))
    doc.print_(writer)
