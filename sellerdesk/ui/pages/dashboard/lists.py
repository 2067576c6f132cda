"""The dashboard's two lists, the problem orders and the pipeline: table models over rows the
dashboard model has read. A view asks only for the rows on screen, and a row's texts are made
the first time it is shown, so the thousands of problem orders of a million-order shop open at
once instead of freezing the window while a widget item is made for every cell."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from sellerdesk.store.problem_list import ProblemOrderRow
from sellerdesk.ui import locale_format
from sellerdesk.ui.pages.dashboard.states import Dashboard, last_day
from sellerdesk.ui.vocabulary import words

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Line:
    """One row as shown: its cells, the order it opens, and how it looks."""

    cells: list[str]
    order_id: str
    muted: bool = False  # excluded: greyed
    accent_column: int | None = None  # a suggestion worth the seller's eye


class LinesModel(QAbstractTableModel):
    """Rows described on demand by `describe(row) -> Line`."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self._rows: list[Any] = []
        self._describe: Callable[[Any], Line] = lambda row: row
        self._lines: dict[int, Line] = {}
        self._muted = QColor()
        self._accent = QColor()

    def set_rows(self, rows: list[Any], describe: Callable[[Any], Line], palette: QPalette) -> None:
        self.beginResetModel()
        self._rows, self._describe, self._lines = rows, describe, {}
        self._muted = palette.color(QPalette.ColorRole.PlaceholderText)
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        self._accent = QColor("#6fa8ff" if dark else "#2f6fd1")
        self.endResetModel()

    def line(self, row: int) -> Line:
        if row not in self._lines:
            self._lines[row] = self._describe(self._rows[row])
        return self._lines[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.line(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return line.cells[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return line.order_id
        if role == Qt.ItemDataRole.ForegroundRole:
            if line.muted:
                return self._muted
            if index.column() == line.accent_column and line.cells[index.column()]:
                return self._accent
        return None


def _view(headers: list[str]) -> QTableView:
    view = QTableView()
    view.setModel(LinesModel(headers, view))
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    return view


def lines(view: QTableView) -> LinesModel:
    model = view.model()
    assert isinstance(model, LinesModel)
    return model


def problem_table() -> QTableView:
    return _view(
        [
            Dashboard.tr("Order"),
            Dashboard.tr("Order date"),
            Dashboard.tr("Status"),
            Dashboard.tr("Why it counts"),
            Dashboard.tr("Seller protection"),
        ]
    )


def pipeline_table() -> QTableView:
    return _view(
        [
            Dashboard.tr("Order"),
            Dashboard.tr("Order date"),
            Dashboard.tr("Enters the window"),
            Dashboard.tr("Last day in it"),
            Dashboard.tr("ODR on entry (if nothing else changes)"),
        ]
    )


def fill_pipeline(view: QTableView, odr: dict[str, Any]) -> None:
    def describe(p: dict[str, Any]) -> Line:
        e = p["on_entry"]
        rate = locale_format.percent(e["problem_orders"], e["orders"], 2) if e["orders"] else "—"
        cells = [
            p["order_id"],
            locale_format.day(p["order_date"]),
            locale_format.day(p["enters"]),
            locale_format.day(last_day(p["leaves"])),
            f"{rate} ({e['problem_orders']} of {e['orders']})",
        ]
        return Line(cells, p["order_id"])

    lines(view).set_rows(list(odr["pipeline"]), describe, view.palette())


def fill_problem_orders(view: QTableView, rows: list[ProblemOrderRow], odr: dict[str, Any]) -> None:
    """Counted and excluded problem orders placed since the window start, with why each counts."""
    ws, we = odr["window"]["start"], odr["window"]["end"]
    shown = sorted((r for r in rows if r.order_date >= ws), key=lambda r: (r.excluded, r.order_date))

    def describe(row: ProblemOrderRow) -> Line:
        why = []
        for e in row.events:
            what = (
                Dashboard.tr("review {stars}★ on {day}").format(stars=e.detail, day=locale_format.day(e.day))
                if e.kind == "review"
                else Dashboard.tr("case ({reason}) opened {day}").format(
                    reason=words(str(e.detail)), day=locale_format.day(e.day)
                )
            )
            if e.excluded_reason:
                what += Dashboard.tr(" — excluded: {reason}").format(reason=words(e.excluded_reason))
            why.append(what)
        where = Dashboard.tr("in the window") if row.order_date < we else Dashboard.tr("enters later")
        status = Dashboard.tr("excluded") if row.excluded else Dashboard.tr("counts")
        suggestion = "; ".join(
            Dashboard.tr(
                "ask for seller protection: lost in transit, shipped on time (tracked, shipped {s}, due {d})"
            ).format(s=locale_format.day(row.shipped_date), d=locale_format.day(row.due_by))
            for _ in row.suggestions()
        )
        cells = [row.order_id, locale_format.day(row.order_date), f"{status}, {where}", "; ".join(why), suggestion]
        return Line(cells, row.order_id, muted=row.excluded, accent_column=4)

    lines(view).set_rows(shown, describe, view.palette())
