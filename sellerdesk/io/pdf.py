"""The PDFs SellerDesk writes (monthly report, case evidence, labels): a QPdfWriter on the shop's paper,
and a file written aside, private (0600), put in place only once it is whole."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from sellerdesk.store.shop_copy import PRIVATE_FILE, create_file

LETTER_COUNTRIES = {"US", "CA"}
DPI = 300


def page_size(country: str | None) -> QPageSize:
    return QPageSize(QPageSize.PageSizeId.Letter if (country or "US") in LETTER_COUNTRIES else QPageSize.PageSizeId.A4)


def new_writer(path: Path | str, title: str, country: str | None) -> QPdfWriter:
    """A writer at DPI on the country's paper (Letter or A4), portrait, 15 mm margins."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("SellerDesk")
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            page_size(country), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter
        )
    )
    return writer


def page_document(writer: QPdfWriter) -> QTextDocument:
    """A document laid out in the writer's own units (a point of font is a point on paper), a page a page."""
    page = writer.pageLayout().paintRectPixels(DPI)
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setPageSize(QSizeF(page.width(), page.height()))
    return doc


def write_aside(target: Path, what: str, draw: Callable[[Path], None]) -> None:
    """`draw(partial)` writes the PDF into a hidden private file beside `target`, which then replaces
    `target`; on any error (or Cancel raised by `draw`) the partial file goes and `target` is untouched."""
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    create_file(partial, PRIVATE_FILE)
    try:
        draw(partial)
        _check_written(partial, target, what)
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def _check_written(partial: Path, target: Path, what: str) -> None:
    """QPdfWriter reports no error: a PDF that does not end with %%EOF was not written (a full disk)."""
    with partial.open("rb") as handle:
        handle.seek(0, os.SEEK_END)
        handle.seek(max(0, handle.tell() - 32))
        tail = handle.read()
    if b"%%EOF" not in tail:
        raise OSError(f"could not write the {what} to {target} (is the disk full?)")
