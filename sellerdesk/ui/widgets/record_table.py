"""A record page's frame: search box (debounced), quick-filter combo, paged table, detail pane.

Subclasses give the `TableQuery`, the filter choices and the detail widget; the frame keeps the
table in step with `session.changed` (refresh in place, no reload of the page) and remembers
column widths and the splitter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.store.tables import TableQuery
from sellerdesk.ui import locale_format
from sellerdesk.ui.geometry import fit_columns
from sellerdesk.ui.models.paged import PagedTableModel
from sellerdesk.ui.pages.base import Page
from sellerdesk.ui.session import ShopSession

SEARCH_DEBOUNCE_MS = 250


class RecordTablePage(Page):
    #: tables whose change means this page's rows may have changed
    watches: frozenset[str] = frozenset()

    def export_query(self) -> TableQuery:
        return self.query

    def __init__(self, session: ShopSession, query: TableQuery, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.query = query
        self.model = PagedTableModel(query, self)
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_later)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_search)
        bar.addWidget(self.search, 2)
        self.filter_box = QComboBox()
        self.filter_box.setObjectName("filter")
        self.filter_box.currentIndexChanged.connect(self._filter_changed)
        bar.addWidget(self.filter_box, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.actions_bar = QHBoxLayout()
        layout.addLayout(self.actions_bar)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableView()
        self.table.setObjectName("table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_clicked)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)  # "…", not cut mid-word
        fit_columns(self.table)  # never wider than the page: no sideways scrolling
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_moved())
        self.splitter.addWidget(self.table)
        self.detail = self.make_detail()
        self.detail.setMinimumHeight(90)
        self.splitter.addWidget(self.detail)
        self.splitter.setCollapsible(1, False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)

        self._sync_sort_indicator()
        session.changed.connect(self._on_changed)
        session.asOfChanged.connect(lambda *_: self.refresh())
        self._update_count()

    # -- to override ---------------------------------------------------------------------
    def make_detail(self) -> QWidget:
        return QWidget()

    def show_detail(self) -> None:
        """The selection moved (or the data changed): show the selected record."""

    def edit_selected(self) -> None:
        """Double-click / Edit: edit the selected record."""

    def before_refresh(self) -> None:
        """Move clock-relative parameters (e.g. :now) before the rows are fetched again."""

    # -- building blocks for subclasses --------------------------------------------------
    def set_filters(self, choices: list[tuple[str, str]]) -> None:
        """[(label, filter key or '')]; a label starting with '—' is a disabled separator."""
        self.filter_box.blockSignals(True)
        self.filter_box.clear()
        for label, key in choices:
            self.filter_box.addItem(label, key)
        self.filter_box.blockSignals(False)

    def add_button(self, text: str, slot: Callable[[], Any], name: str, needs_selection: bool = True) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        button.setProperty("needs_selection", needs_selection)
        self.actions_bar.addWidget(button)
        return button

    def finish_buttons(self) -> None:
        self.actions_bar.addStretch(1)
        self._update_buttons()

    def selected_keys(self) -> list[Any]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [k for k in (self.model.key_at(r) for r in rows) if k is not None]

    def selected_key(self) -> Any:
        keys = self.selected_keys()
        return keys[0] if keys else None

    def select_key(self, key: Any) -> bool:
        """Select the row of `key` if it is among the first pages (after an edit or a jump)."""
        for row in range(min(self.model.rowCount(), 2000)):
            if self.model.key_at(row) == key:
                index = self.model.index(row, 0)
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )
                self.table.scrollTo(index)
                return True
        return False

    def reveal(self, key: Any, search: str | None = None) -> bool:
        """Show one record (a jump from the Today panel): every row, then the record selected and
        scrolled to; when it is not among the first pages, `search` narrows the table to it."""
        self.set_filter("")
        if self.search.text():
            self.search.clear()
        self.apply_search()
        if self.select_key(key):
            return True
        if search:
            self.search.setText(search)
            self.apply_search()
            return self.select_key(key)
        return False

    def set_filter(self, key: str) -> None:
        index = self.filter_box.findData(key)
        if index >= 0:
            self.filter_box.setCurrentIndex(index)

    def set_sort(self, key: str, descending: bool) -> None:
        self.query.set_sort(key, descending)
        self._sync_sort_indicator()
        self.reload()

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- Page API ------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"pages/{self.key}/columns", self.table.horizontalHeader().saveState())
        settings.setValue(f"pages/{self.key}/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        header = settings.value(f"pages/{self.key}/columns")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
            self._sort_clicked(
                self.table.horizontalHeader().sortIndicatorSection(), self.table.horizontalHeader().sortIndicatorOrder()
            )
        splitter = settings.value(f"pages/{self.key}/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    # -- internals -----------------------------------------------------------------------
    def _search_later(self, _text: str) -> None:
        self._debounce.start()

    def apply_search(self) -> None:
        self._debounce.stop()
        if self.query.search != self.search.text():
            self.query.search = self.search.text()
            self.reload()

    def _filter_changed(self, _index: int) -> None:
        key = self.filter_box.currentData() or ""
        if key != self.query.filter:
            self.query.filter = key
            self.filter_changed(key)
            self.reload()

    def filter_changed(self, key: str) -> None:
        """Hook: a filter may bring its own natural sort."""

    def _sort_clicked(self, section: int, order: Qt.SortOrder) -> None:
        if not 0 <= section < len(self.query.spec.columns):
            return
        column = self.query.spec.columns[section]
        if not column.sortable:
            self._sync_sort_indicator()
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column.key, descending) != (self.query.sort_key, self.query.descending):
            self.query.set_sort(column.key, descending)
            self.reload()

    def _sync_sort_indicator(self) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(
            self.query.column_index(self.query.sort_key),
            Qt.SortOrder.DescendingOrder if self.query.descending else Qt.SortOrder.AscendingOrder,
        )
        header.blockSignals(False)

    def reload(self) -> None:
        """Search, filter or sort changed: back to the top."""
        key = self.selected_key()
        self.before_refresh()
        self.model.reload()
        if key is not None:
            self.select_key(key)
        self._after_rows_changed()

    def refresh(self) -> None:
        """Data changed: refresh in place, keeping the selection when the record is still there."""
        key = self.selected_key()
        self.before_refresh()
        count_before = self.model.rowCount()
        self.model.refresh()
        if key is not None and self.model.rowCount() != count_before:
            self.select_key(key)
        self._after_rows_changed()

    def _on_changed(self, tables: object) -> None:
        if not self.watches or not isinstance(tables, frozenset | set) or self.watches & set(tables):
            self.refresh()

    def _after_rows_changed(self) -> None:
        self._update_count()
        self._update_buttons()
        self.show_detail()

    def _selection_moved(self) -> None:
        self._update_buttons()
        self.show_detail()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{n} shown").format(n=locale_format.number(self.model.rowCount())))

    def _update_buttons(self) -> None:
        has = bool(self.selected_keys())
        for i in range(self.actions_bar.count()):
            widget = self.actions_bar.itemAt(i).widget()
            if isinstance(widget, QPushButton) and widget.property("needs_selection"):
                widget.setEnabled(has)
