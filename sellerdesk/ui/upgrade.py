"""Opening a shop file made by an older SellerDesk: its migrations (after a backup copy) can take a while
on a big shop, so they run on a worker thread under a progress dialog, and the window never freezes."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from sellerdesk import APP_NAME
from sellerdesk.store.database import StoreError, is_up_to_date
from sellerdesk.store.store import Store


class _Done(QObject):
    finished = Signal()


def needs_upgrade(path: Path) -> bool:
    if not path.is_file() or path.stat().st_size == 0:
        return False
    try:
        return not is_up_to_date(path)
    except StoreError:
        return False  # damaged, newer, read-only...: Store.open says which


def open_store(path: Path, parent: QWidget | None = None) -> Store:
    """Store.open, with a progress dialog while an older shop file is upgraded."""
    if not needs_upgrade(path):
        return Store.open(path)
    outcome: dict[str, object] = {}
    done = _Done()
    loop = QEventLoop()
    done.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def work() -> None:
        try:
            outcome["store"] = Store.open(path)
        except BaseException as exc:  # noqa: BLE001 - raised again on the GUI thread
            outcome["error"] = exc
        done.finished.emit()

    text = QCoreApplication.translate(
        "Upgrade", "Upgrading {name} for this version of SellerDesk; a copy of it is kept first…"
    ).format(name=path.name)
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowTitle(APP_NAME)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(400)
    worker = threading.Thread(target=work, name="shop-upgrade", daemon=True)
    worker.start()
    loop.exec()
    worker.join()
    dialog.close()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["store"]  # type: ignore[return-value]
