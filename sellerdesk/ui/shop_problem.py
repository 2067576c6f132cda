"""When a shop file cannot be opened (damaged, not a shop, newer, busy...): one dialog that says why and
offers a way on — open another shop, restore a backup, start a new shop (or try again, for a busy one).

`open_shop_or_ask(path, parent)` is used at startup (no window yet) and by File > Open; it returns the
opened Store, or None when the user gives up.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from sellerdesk import APP_NAME
from sellerdesk.store.database import DamagedShopError, ShopLockedError, StoreError
from sellerdesk.store.shop_copy import backups_folder
from sellerdesk.store.store import Store
from sellerdesk.ui.i18n import Context
from sellerdesk.ui.upgrade import open_store

SHOP_FILTER = "SellerDesk shop (*.sellerdesk *.db);;All files (*)"


ShopProblem = Context("ShopProblem")


class Choice(Enum):
    OPEN = "open"
    RESTORE = "restore"
    NEW = "new"
    RETRY = "retry"
    GIVE_UP = "give_up"


class ShopProblemDialog(QMessageBox):
    """Why the shop did not open, and the ways on, as buttons."""

    def __init__(self, path: Path, error: StoreError, parent: QWidget | None = None, give_up: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("shop_problem")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(ShopProblem.tr("Cannot open the shop") + f" — {APP_NAME}")
        self.setText(_headline(error).format(name=path.name))
        self.setInformativeText(str(error))
        self.buttons: dict[Choice, object] = {}
        if isinstance(error, ShopLockedError):
            self._add(Choice.RETRY, ShopProblem.tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
        self._add(Choice.OPEN, ShopProblem.tr("Open another shop…"), QMessageBox.ButtonRole.ActionRole)
        self._add(Choice.RESTORE, ShopProblem.tr("Restore a backup…"), QMessageBox.ButtonRole.ActionRole)
        self._add(Choice.NEW, ShopProblem.tr("New shop…"), QMessageBox.ButtonRole.ActionRole)
        self._add(Choice.GIVE_UP, give_up or ShopProblem.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        first = Choice.RETRY if Choice.RETRY in self.buttons else Choice.OPEN
        self.setDefaultButton(self.buttons[first])  # type: ignore[arg-type]
        self.setEscapeButton(self.buttons[Choice.GIVE_UP])  # type: ignore[arg-type]

    def _add(self, choice: Choice, text: str, role: QMessageBox.ButtonRole) -> None:
        button = self.addButton(text, role)
        button.setObjectName(f"shop_problem_{choice.value}")
        self.buttons[choice] = button

    def choices(self) -> list[Choice]:
        return list(self.buttons)

    def choose(self) -> Choice:
        self.exec()
        clicked = self.clickedButton()
        return next((c for c, b in self.buttons.items() if b is clicked), Choice.GIVE_UP)


def _headline(error: StoreError) -> str:
    if isinstance(error, ShopLockedError):
        return ShopProblem.tr("{name} is busy: another program is using it.")
    if isinstance(error, DamagedShopError):
        return ShopProblem.tr("{name} cannot be opened: it is damaged or not a shop file.")
    return ShopProblem.tr("{name} cannot be opened.")


def open_shop_or_ask(path: Path, parent: QWidget | None = None, give_up: str = "") -> Store | None:
    """Open the shop at `path`; when that fails, say why and offer the ways on until a shop opens or the
    user gives up (None). A file dialog cancelled brings the problem back, not silence."""
    while True:
        try:
            return open_store(path, parent)  # an older shop is upgraded under a progress dialog
        except StoreError as error:
            failed = path
            while True:
                choice = ShopProblemDialog(failed, error, parent, give_up).choose()
                if choice is Choice.GIVE_UP:
                    return None
                if choice is Choice.RETRY:
                    break
                chosen = _ways_on[choice](failed, parent)
                if chosen is not None:
                    path = chosen
                    break


def _open_another(failed: Path, parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, ShopProblem.tr("Open shop file"), str(_existing_folder(failed)), SHOP_FILTER
    )
    return Path(name) if name else None


def _new_shop(failed: Path, parent: QWidget | None) -> Path | None:
    folder = _existing_folder(failed)
    name, _ = QFileDialog.getSaveFileName(
        parent, ShopProblem.tr("New shop file"), str(folder / "shop.sellerdesk"), SHOP_FILTER
    )
    if not name:
        return None
    path = Path(name)
    if path.exists():
        exists = ShopProblem.tr("{path} already exists; choose a new name.").format(path=path)
        QMessageBox.warning(parent, ShopProblem.tr("File exists"), exists)
        return None
    return path


def _restore(failed: Path, parent: QWidget | None) -> Path | None:
    """Pick a backup (in the `backups/` folder beside the shop) and restore it in the shop's place through
    io/restore.py: the backup is checked first, and the file it replaces is kept as a before-restore backup."""
    if failed.is_dir():
        QMessageBox.warning(
            parent,
            ShopProblem.tr("Cannot restore here"),
            ShopProblem.tr("{path} is a folder: open or create a shop file, then restore into it.").format(path=failed),
        )
        return None
    folder = backups_folder(failed)
    start = folder if folder.is_dir() else _existing_folder(failed)
    name, _ = QFileDialog.getOpenFileName(parent, ShopProblem.tr("Restore a backup"), str(start), SHOP_FILTER)
    if not name:
        return None
    from sellerdesk.io.restore import restore_backup  # only now: startup stays lean

    try:
        restore_backup(failed, Path(name))
    except StoreError as exc:  # refused (damaged, newer, not a shop) or the shop is still in use
        QMessageBox.warning(parent, ShopProblem.tr("Cannot restore this backup"), str(exc))
        return None
    return failed


def _existing_folder(path: Path) -> Path:
    folder = path if path.is_dir() else path.parent
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    return folder if folder.is_dir() else Path.home()


_ways_on = {Choice.OPEN: _open_another, Choice.NEW: _new_shop, Choice.RESTORE: _restore}
