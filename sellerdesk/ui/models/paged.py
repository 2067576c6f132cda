"""A table model that holds only a few pages of rows (Anki's browser model, Qt's fetch-more idea).

`rowCount()` is the query's `count(*)`; `data()` fetches the page it falls in on demand and
keeps a small LRU cache. Sorting and filtering are done by the store's `TableQuery` in SQL.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from sellerdesk.store.tables import TableQuery
from sellerdesk.ui.vocabulary import Columns

Index = QModelIndex | QPersistentModelIndex
Formatter = Callable[[Any, tuple], Any]

PAGE_SIZE = 200
MAX_PAGES = 24


def _shop_closed(exc: sqlite3.ProgrammingError) -> bool:
    """A repaint or column fit still queued when the shop closed (File > Open, a restore) reads nothing: an
    exception raised in data() or rowCount() would be reported from inside Qt, where PySide may crash on it."""
    return "closed database" in str(exc)


class PagedTableModel(QAbstractTableModel):
    def __init__(self, query: TableQuery, parent: Any = None) -> None:
        super().__init__(parent)
        self.query = query
        self._count: int | None = None
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
        #: column key -> function(value, row) giving the text shown
        self.formatters: dict[str, Formatter] = {}
        #: column key -> Qt.AlignmentFlag
        self.alignments: dict[str, Qt.AlignmentFlag] = {}
        #: (row) -> background/foreground role values, for flags such as "late"
        self.row_brush: Callable[[tuple], Any] | None = None

    # -- Qt API --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        if parent.isValid():
            return 0
        if self._count is None:
            try:
                self._count = self.query.count()
            except sqlite3.ProgrammingError as exc:
                if not _shop_closed(exc):
                    raise
                return 0
        return self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.query.spec.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return Columns.tr(self.query.spec.columns[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row(index.row())
        if row is None:
            return None
        column = self.query.spec.columns[index.column()]
        value = row[index.column() + 1]
        if role == Qt.ItemDataRole.DisplayRole:
            formatter = self.formatters.get(column.key)
            return formatter(value, row) if formatter else ("" if value is None else value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignments.get(column.key)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and self.row_brush:
            return self.row_brush(row).get(role)
        if role == Qt.ItemDataRole.UserRole:
            return row[0]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.query.spec.columns[column].key
        self.query.set_sort(key, order == Qt.SortOrder.DescendingOrder)
        self.reload()

    # -- rows ----------------------------------------------------------------------------
    def row(self, number: int) -> tuple | None:
        page_number, within = divmod(number, PAGE_SIZE)
        page = self._pages.get(page_number)
        if page is None:
            try:
                page = self.query.rows(page_number * PAGE_SIZE, PAGE_SIZE, self.rowCount())
            except sqlite3.ProgrammingError as exc:
                if not _shop_closed(exc):
                    raise
                return None
            self._pages[page_number] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page[within] if within < len(page) else None

    def key_at(self, number: int) -> Any:
        row = self.row(number)
        return None if row is None else row[0]

    def cached_pages(self) -> list[int]:
        return list(self._pages)

    def reload(self) -> None:
        """Search, filter, sort or data changed: recount and drop the cache."""
        self.beginResetModel()
        self._count = None
        self._pages.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """Data changed under the same query: keep the view's scroll position when the count holds."""
        count = self.query.count()
        if count != self._count:
            self.reload()
            return
        self._pages.clear()
        if count:
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, self.columnCount() - 1))
