"""What the window does when the shop cannot take an edit: the read-only banner and disabled editing,
a message when an edit, undo or redo was not made, and a status-bar note while edits wait for another
program (an import) to finish writing; and the beacon that brings this window forward when its shop is
opened again.

`install_shop_guard(window, session)` is the main window's one hook, called for every session it shows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sellerdesk.ui.i18n import Context
from sellerdesk.ui.read_only_banner import ReadOnlyBanner
from sellerdesk.ui.read_only_guard import disable_editing
from sellerdesk.ui.session import ShopSession
from sellerdesk.ui.single_instance import ShopBeacon

ShopGuard = Context("ShopGuard")


def install_shop_guard(window: Any, session: ShopSession) -> None:
    banner = getattr(window, "read_only_banner", None)
    if banner is None:
        banner = ReadOnlyBanner(window)
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)  # a row of its own, under any other banner
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, banner)
        window.read_only_banner = banner
    banner.set_session(session)
    read_only = session.store.read_only
    for action in getattr(window, "editing_actions", []):
        action.setEnabled(not read_only)
    window.setAcceptDrops(not read_only)  # dropped files are imported
    disable_editing(window, read_only)  # the pages' own buttons that would change the shop
    beacon = getattr(window, "shop_beacon", None)
    if beacon is None:
        beacon = window.shop_beacon = ShopBeacon(window)
    # Opening this shop again brings this window forward: from this process at once, from another process
    # once the window has painted (listening loads QtNetwork, which the first paint need not wait for).
    beacon.listen(session.path)
    window.after_first_paint(beacon.serve)
    session.editFailed.connect(lambda message: _not_changed(window, message))
    session.busyNote.connect(lambda note: _busy_note(window, note))


def _not_changed(window: Any, message: str) -> None:
    window.statusBar().clearMessage()
    QMessageBox.warning(window, ShopGuard.tr("Not changed"), message)


def _busy_note(window: Any, note: str) -> None:
    if note:
        window.statusBar().showMessage(note)
    else:
        window.statusBar().clearMessage()
