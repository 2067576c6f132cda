"""The monthly report as a PDF (issue 9): io's Qt use for the PDF report, as DESIGN.md allows.

QTextDocument lays out the HTML of report_html.py (the trend chart embedded as a PNG resource) and
prints it on a QPdfWriter. The file holds buyers' order ids: it is written private (0600) under a
temporary name in the target folder and renamed into place once complete, so a failed or cancelled
report never leaves a half-written PDF under the chosen name. Needs a QGuiApplication (the CLI makes
an offscreen one); runs on a worker thread in the window.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from sellerdesk.io.report_chart import trend_image
from sellerdesk.io.report_data import MonthlyReport, gather
from sellerdesk.io.report_html import CHART_URL, Report, report_html
from sellerdesk.store.store import Store

Progress = Callable[[float, str], None]
LETTER_COUNTRIES = {"US", "CA"}
PRIVATE_FILE = 0o600
DPI = 300
CHART_DPI = 200  # sharp on paper, a quarter of the pixels of 300 dpi
CSS_DPI = 96  # an HTML pixel (an <img> width) is 1/96 inch on paper


class ReportCancelled(Exception):
    """The user cancelled; nothing was written."""


def _quiet(fraction: float, text: str) -> None:
    """The default progress report: none."""


def _never() -> bool:
    return False


def chart_texts() -> dict[str, str]:
    return {
        "rate": Report.tr("ODR with exclusions"),
        "strict": Report.tr("strict (no exclusions)"),
        "limit": Report.tr("1% limit"),
        "approaching": Report.tr("0.75% approaching"),
        "warning": Report.tr("warning would be sent"),
    }


def page_size(country: str | None) -> QPageSize:
    return QPageSize(QPageSize.PageSizeId.Letter if (country or "US") in LETTER_COUNTRIES else QPageSize.PageSizeId.A4)


def write_report(
    store: Store,
    month: date,
    path: str | Path,
    language: str = "",
    today: date | None = None,
    progress: Progress = _quiet,
    cancelled: Callable[[], bool] = _never,
) -> MonthlyReport:
    """Write `month`'s report to `path` (0600); returns what it shows. `language`: "" = the system's."""
    target = Path(path)
    progress(0.0, Report.tr("Reading the figures…"))
    report = gather(store, month, today)
    if cancelled():
        raise ReportCancelled
    progress(0.3, Report.tr("Writing the PDF…"))
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE)
    os.fchmod(fd, PRIVATE_FILE)  # whatever the umask
    os.close(fd)
    try:
        _print(report, store.shop().get("country"), partial, language)
        if cancelled():
            raise ReportCancelled
        _check_written(partial, target)
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    progress(1.0, Report.tr("Report written."))
    return report


def _print(report: MonthlyReport, country: str | None, path: Path, language: str) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(Report.tr("Monthly report") + f" {report.month:%Y-%m} — {report.status['shop']['name']}")
    writer.setCreator("SellerDesk")
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            page_size(country), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter
        )
    )
    page = writer.pageLayout().paintRectPixels(DPI)
    chart = trend_image(
        report.trend, chart_texts(), page.width() * CHART_DPI // DPI, page.width() * CHART_DPI * 2 // (DPI * 5)
    )
    doc = QTextDocument()
    # Laid out in the writer's own units, so a point of font is a point on paper.
    doc.documentLayout().setPaintDevice(writer)
    doc.setPageSize(QSizeF(page.width(), page.height()))
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), chart)
    doc.setHtml(report_html(report, language, page.width() * CSS_DPI / DPI))
    doc.print_(writer)


def _check_written(partial: Path, target: Path) -> None:
    """QPdfWriter reports no error: a PDF that does not end with %%EOF was not written (a full disk)."""
    with partial.open("rb") as handle:
        handle.seek(0, os.SEEK_END)
        handle.seek(max(0, handle.tell() - 32))
        tail = handle.read()
    if b"%%EOF" not in tail:
        raise OSError(f"could not write the report to {target} (is the disk full?)")
