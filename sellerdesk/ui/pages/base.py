"""What every page offers the main window: a title, and the shortcuts' actions."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from sellerdesk.store.tables import TableQuery
from sellerdesk.ui.session import ShopSession


class Page(QWidget):
    """A page of the main window. Subclasses override what they support."""

    #: shown in the sidebar and window title (translated by the subclass's tr())
    title = "Page"
    #: stable identifier for settings and shortcuts
    key = "page"

    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def new_record(self) -> None:
        """Ctrl+N: add a record of this page's kind."""

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the page's search box."""

    def delete_selected(self) -> None:
        """Delete: delete the selected record(s), asking first."""

    def open_record(self, kind: str, key: object) -> bool:
        """Show one record (e.g. an order from the dashboard); True if this page did."""
        return False

    def export_query(self) -> TableQuery | None:
        """The page's table under its search and filter (File > Export… of this page), if it has one."""
        return None

    def save_state(self, settings: QSettings) -> None:
        """Column widths, splitter sizes."""

    def restore_state(self, settings: QSettings) -> None:
        pass
