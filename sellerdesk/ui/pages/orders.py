"""The Orders page: a paged, SQL-sorted table of every order, a debounced search, quick filters,
and the selected order's detail with its actions. Searches, filters, sorts and refreshes run on a
worker (BackgroundPagedModel) with a busy indicator, so a million orders never freeze the window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.store.order_table import CURRENCY_AT, order_detail, orders_query
from sellerdesk.store.tables import TableQuery
from sellerdesk.ui import locale_format
from sellerdesk.ui.commands import DeleteRecords
from sellerdesk.ui.dialogs import order_dialogs
from sellerdesk.ui.dialogs.evidence import save_evidence
from sellerdesk.ui.dialogs.labels import labels_for
from sellerdesk.ui.dialogs.record_dialogs import add_review, log_message, open_case
from sellerdesk.ui.dialogs.use_reply import UseReplyDialog
from sellerdesk.ui.geometry import fit_columns
from sellerdesk.ui.models.background import BackgroundPagedModel
from sellerdesk.ui.pages.base import Page
from sellerdesk.ui.pages.order_detail import FLAG_WORDS, OrderDetail, money
from sellerdesk.ui.session import ShopSession
from sellerdesk.ui.vocabulary import Values, words

SEARCH_DEBOUNCE_MS = 250
LATE = QBrush(QColor("#d64541"))
DUE_TODAY = QBrush(QColor("#b07f00"))
ORDER_TABLES = frozenset({"orders", "order_items", "reviews", "cases", "messages", "threads", "vacations"})


class OrdersPage(Page):
    key = "orders"

    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.title = self.tr("Orders")
        self.query = orders_query(session.store.db, session.as_of())
        self.model = BackgroundPagedModel(self.query, session.path, self)
        self._format_model()
        self.selected: str | None = None

        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search order id, buyer, tracking or item  (Ctrl+F)"))
        bar.addWidget(self.search, 3)
        self.filter_box = QComboBox()
        self.filter_box.setObjectName("quick_filter")
        for label, key in (
            (self.tr("All orders"), ""),
            (self.tr("Open"), "open"),
            (self.tr("Due today"), "due_today"),
            (self.tr("Overdue"), "overdue"),
            (self.tr("Shipped, not delivered"), "in_transit"),
            (self.tr("Problem orders"), "problem"),
            (self.tr("Canceled"), "canceled"),
            (self.tr("Custom orders"), "custom"),
            (self.tr("Ordered during a vacation"), "vacation"),
        ):
            self.filter_box.addItem(label, key)
        bar.addWidget(self.filter_box, 1)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(90)
        self.busy.setTextVisible(False)
        self.busy.hide()
        bar.addWidget(self.busy)
        self.count_label = QLabel()
        bar.addWidget(self.count_label)
        new = QPushButton(self.tr("New order…"))
        new.setObjectName("new_order")
        new.clicked.connect(self.new_record)
        bar.addWidget(new)
        outer.addLayout(bar)

        self.table = QTableView()
        self.table.setObjectName("orders_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self.query.column_index(self.query.sort_key), Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_clicked)
        header.setStretchLastSection(True)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a narrowed heading ends in "…", not cut mid-word
        for key, width in (
            ("order_id", 90),
            ("order_date", 82),
            ("buyer", 110),
            ("total", 85),
            ("due_by", 100),
            ("shipped", 82),
            ("tracking", 150),
            ("edd", 82),
            ("delivered", 82),
            ("status", 70),
        ):
            header.resizeSection(self.query.column_index(key), width)
        # Never wider than the page (no sideways scrolling at 1280 px with Today open). The tracking number
        # (whole in the order's detail) and the flags' heading are cut before an order's id, dates or total.
        fit_columns(self.table, give_first=[self.query.column_index(key) for key in ("tracking", "flags")])
        self.detail = OrderDetail()
        self.detail.action.connect(self._action)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        outer.addWidget(self.splitter, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.apply_search)
        self.filter_box.currentIndexChanged.connect(lambda _i: self.model.request(filter=self.filter_box.currentData()))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(lambda _i: self._action("edit"))
        self.model.busyChanged.connect(self.busy.setVisible)
        self.model.loaded.connect(self._loaded)
        self.model.counted.connect(lambda _n: self._show_count())
        self.model.modelReset.connect(self._reselect)
        self.model.failed.connect(lambda msg: QMessageBox.warning(self, self.tr("Orders"), msg))
        session.changed.connect(self._store_changed)
        session.asOfChanged.connect(lambda day: self.model.request(params={"today": day.isoformat()}, keep=True))
        self._show_count()

    # -- table ---------------------------------------------------------------------------
    def _format_model(self) -> None:
        m = self.model
        m.formatters["total"] = lambda v, row: money(v, row[CURRENCY_AT])
        for key in ("order_date", "shipped", "edd", "delivered"):
            m.formatters[key] = lambda v, _row: locale_format.day(v)
        m.formatters["due_by"] = lambda v, row: (
            locale_format.day(v) + (self.tr(" (ext.)") if row[CURRENCY_AT + 1] else "")
        )
        m.formatters["flags"] = lambda v, row: ", ".join(
            Values.tr(w) for letter, (w, _) in FLAG_WORDS.items() if letter in (v or "")
        )
        m.formatters["status"] = lambda v, row: words(v)
        m.alignments["total"] = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        flags_at = 1 + self.query.column_index("flags")

        def brush(row: tuple) -> dict[int, Any]:
            flags = row[flags_at] or ""
            if "L" in flags:
                return {Qt.ItemDataRole.ForegroundRole: LATE}
            if "T" in flags:
                return {Qt.ItemDataRole.ForegroundRole: DUE_TODAY}
            return {}

        m.row_brush = brush

    def _sort_clicked(self, section: int, order: Qt.SortOrder) -> None:
        column = self.query.spec.columns[section]
        if not column.sortable:  # flags depend on today: filter by them instead
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                self.query.column_index(self.model.target().sort_key),
                Qt.SortOrder.DescendingOrder if self.model.target().descending else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)
            return
        self.model.sort(section, order)

    def export_query(self) -> TableQuery:
        return self.model.target()

    def apply_search(self) -> None:
        self._debounce.stop()
        text = self.search.text().strip()
        if text != self.model.target().search:
            self.model.request(search=text)

    def set_filter(self, key: str) -> None:
        self.filter_box.setCurrentIndex(self.filter_box.findData(key))

    def _loaded(self) -> None:
        self._show_count()
        if self.selected is not None:
            self._show_detail(self.selected)

    def _show_count(self) -> None:
        n = self.model.rowCount()
        if not self.model.is_exact():  # a broad search: the exact count follows (model.counted)
            self.count_label.setText(self.tr("{n}+ orders (counting…)").format(n=locale_format.number(n - 1)))
            return
        self.count_label.setText(self.tr("%Ln order(s)", "", n))

    def _store_changed(self, tables: object) -> None:
        if isinstance(tables, frozenset | set) and not (set(tables) & ORDER_TABLES):
            return
        self.model.refresh()

    # -- selection and detail ------------------------------------------------------------
    def _row_changed(self, current: Any, _previous: Any) -> None:
        key = self.model.key_at(current.row()) if current.isValid() else None
        self.selected = key
        self._show_detail(key)

    def _show_detail(self, key: str | None) -> None:
        detail = order_detail(self.session.store.db, key, self.session.as_of()) if key else None
        if detail is None:
            self.selected = None
        self.detail.show_order(detail)

    def _reselect(self) -> None:
        """After a reload, select the same order again if it is on the first page."""
        if self.selected is None:
            return
        for row in range(min(self.model.rowCount(), 200)):
            if self.model.key_at(row) == self.selected:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return

    def selected_keys(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        keys = [self.model.key_at(r) for r in rows]
        return [k for k in keys if k is not None] or ([self.selected] if self.selected else [])

    # -- actions -------------------------------------------------------------------------
    def _action(self, name: str) -> None:
        key = self.selected
        if key is None:
            return
        if name == "edit":
            order_dialogs.edit_order(self.session, key, self)
        elif name == "ship":
            order_dialogs.mark_shipped(self.session, key, self)
        elif name == "extend":
            order_dialogs.extend_ship_by(self.session, key, self)
        elif name == "custom":
            order_dialogs.mark_custom(self.session, key, self)
        elif name == "message":
            log_message(self.session, self, order_id=key, sender="buyer")
        elif name == "reply":
            UseReplyDialog(self.session, order_id=key, parent=self).exec()
        elif name == "labels":
            labels_for(self, self.session, self.selected_keys())
        elif name == "evidence":
            save_evidence(self, self.session, key)
        elif name == "review":
            add_review(self.session, self, order_id=key)
        elif name == "case":
            open_case(self.session, self, order_id=key)
        elif name == "delete":
            self.delete_selected()

    def new_record(self) -> None:
        order_id = order_dialogs.add_order(self.session, self)
        if order_id is not None:
            self.selected = order_id
            self._show_detail(order_id)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def delete_selected(self) -> None:
        keys = self.selected_keys()
        if not keys:
            return
        text = (
            self.tr("Delete order {order} with its items, messages, reviews and cases?").format(order=keys[0])
            if len(keys) == 1
            else self.tr("Delete %n order(s) with their items, messages, reviews and cases?", "", len(keys))
        )
        answer = QMessageBox.question(self, self.tr("Delete orders"), text + "\n" + self.tr("You can undo this."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        label = (
            self.tr("Delete order {order}").format(order=keys[0])
            if len(keys) == 1
            else self.tr("Delete %n order(s)", "", len(keys))
        )
        self.session.push(DeleteRecords(self.session.store, "orders", keys, label))

    def open_record(self, kind: str, key: object) -> bool:
        """Show one order (from the Today panel, the dashboard): all orders searched for its id, the
        order selected and scrolled to once the rows are in, its detail at once."""
        if kind != "order" or self.session.store.get("orders", str(key)) is None:
            return False
        order_id = str(key)
        self.selected = order_id
        self._show_detail(order_id)
        for widget, apply in (
            (self.filter_box, lambda: self.filter_box.setCurrentIndex(0)),
            (self.search, lambda: self.search.setText(order_id)),
        ):
            widget.blockSignals(True)
            apply()
            widget.blockSignals(False)
        self._debounce.stop()
        target = self.model.target()
        if (target.search, target.filter) != (order_id, ""):
            self.model.request(search=order_id, filter="")
        else:
            self._reselect()
        return True

    # -- state ---------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("orders/header", self.table.horizontalHeader().saveState())
        settings.setValue("orders/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        header = settings.value("orders/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        splitter = settings.value("orders/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
