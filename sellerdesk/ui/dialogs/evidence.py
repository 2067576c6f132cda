"""Evidence for a case, one click from the order (Orders page) or the case (Cases page): choose the PDF file,
then io/evidence.py writes it on a worker; the status bar says where it went and whether the order meets
seller protection."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from sellerdesk.io.evidence import EvidenceError, Protection, write_evidence
from sellerdesk.store.store import Store
from sellerdesk.ui.i18n import Context
from sellerdesk.ui.session import ShopSession
from sellerdesk.ui.tasks import Job

Evidence = Context("Evidence")
FOLDER_KEY = "evidence/folder"


def default_name(order_id: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in order_id)
    return f"etsy-case-evidence-{safe}.pdf"


def save_evidence(parent: QWidget, session: ShopSession, order_id: str, path: str | None = None) -> Job | None:
    """Ask for the file (unless given), then write the PDF on a worker; None when the seller cancelled."""
    settings = QSettings()
    if path is None:
        folder = Path(str(settings.value(FOLDER_KEY, "") or Path.home()))
        start = (folder if folder.is_dir() else Path.home()) / default_name(order_id)
        path, _ = QFileDialog.getSaveFileName(
            parent, Evidence.tr("Save the evidence for Etsy's case"), str(start), Evidence.tr("PDF files (*.pdf)")
        )
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
    target = Path(path)
    settings.setValue(FOLDER_KEY, str(target.parent))
    db_path, today = session.path, session.today()

    def work(_progress: Any, _cancelled: Any) -> dict[str, Any]:
        store = Store.open(db_path)  # the worker's own connection
        try:
            return write_evidence(store, order_id, target, today)
        finally:
            store.close()

    job = Job(work, parent)
    job.finished.connect(lambda order: _written(parent, target, order))
    job.failed.connect(lambda exc: _failed(parent, target, exc))
    job.start()
    return job


def _written(parent: QWidget, target: Path, order: dict[str, Any]) -> None:
    meets = Protection.of(order).meets
    verdict = (
        Evidence.tr("it meets seller protection (shipped on time with tracking)")
        if meets
        else Evidence.tr("it does not meet seller protection")
    )
    window = parent.window()
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(
            Evidence.tr("Evidence for order {order} saved to {file}; {verdict}.").format(
                order=order["order_id"], file=target, verdict=verdict
            ),
            12000,
        )


def _failed(parent: QWidget, target: Path, error: BaseException) -> None:
    if isinstance(error, EvidenceError):
        detail = str(error)
    elif isinstance(error, OSError):
        detail = Evidence.tr("{file} could not be written ({error}); choose another folder or file name.").format(
            file=target, error=error.strerror or error
        )
    else:
        detail = str(error)
    QMessageBox.warning(parent, Evidence.tr("Could not save the evidence"), detail)
