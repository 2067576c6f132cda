"""Address labels and packing slips for chosen orders: the system print dialog or a PDF file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from sellerdesk.io.labels import document_html, print_document, write_pdf
from sellerdesk.store.today import label_orders
from sellerdesk.ui.dialogs.order_picker import OrderPicker
from sellerdesk.ui.i18n import Context
from sellerdesk.ui.session import ShopSession

Labels = Context("Labels")


def choose_orders(parent: QWidget, session: ShopSession, preselected: Sequence[str] = ()) -> list[str]:
    picker = OrderPicker(
        session,
        Labels.tr("Labels and packing slips"),
        Labels.tr("Check the orders to print an address label and a packing slip for (one page each)."),
        preselected,
        parent,
    )
    picker.buttons.button(picker.buttons.StandardButton.Ok).setText(Labels.tr("Continue"))
    return picker.selected() if picker.exec() else []


def save_labels_pdf(parent: QWidget, session: ShopSession, order_ids: Sequence[str], path: str | None = None) -> bool:
    if path is None:
        name = "labels-" + "-".join(order_ids[:3]) + ("-etc" if len(order_ids) > 3 else "") + ".pdf"
        path, _ = QFileDialog.getSaveFileName(
            parent, Labels.tr("Save labels and packing slips"), str(Path.home() / name), Labels.tr("PDF files (*.pdf)")
        )
        if not path:
            return False
    try:
        count = write_pdf(session.store, order_ids, path)
    except (OSError, ValueError) as exc:
        QMessageBox.warning(
            parent,
            Labels.tr("Could not save the PDF"),
            Labels.tr(
                "The labels could not be written to {path}:\n{error}\nChoose another folder or file name."
            ).format(path=path, error=exc),
        )
        return False
    window = parent.window()
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(
            Labels.tr("Saved labels and packing slips for %n order(s) to {path}", "", count).format(path=path), 8000
        )
    return True


def print_labels(parent: QWidget, session: ShopSession, order_ids: Sequence[str]) -> bool:
    """The system print dialog (which also offers 'print to PDF')."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    orders = label_orders(session.store, order_ids)
    if not orders:
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(Labels.tr("Labels and packing slips"))
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_document(printer, document_html(orders))
    return True


def labels_for(parent: QWidget, session: ShopSession, order_ids: Sequence[str] = (), ask: bool = True) -> None:
    """Entry point for pages and menus: pick orders (pre-checked), then print or save a PDF."""
    ids = choose_orders(parent, session, order_ids) if ask or not order_ids else list(order_ids)
    if not ids:
        return
    box = QMessageBox(parent)
    box.setWindowTitle(Labels.tr("Labels and packing slips"))
    box.setText(Labels.tr("%n order(s) chosen. Print them, or save them as a PDF?", "", len(ids)))
    print_button = box.addButton(Labels.tr("Print…"), QMessageBox.ButtonRole.AcceptRole)
    pdf_button = box.addButton(Labels.tr("Save PDF…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is print_button:
        print_labels(parent, session, ids)
    elif box.clickedButton() is pdf_button:
        save_labels_pdf(parent, session, ids)
