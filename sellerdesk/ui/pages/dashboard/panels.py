"""The dashboard's panels: Etsy's warning checklist, the what-if control, the pipeline and
problem-order tables."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from sellerdesk.core.standards import format_percent
from sellerdesk.core.whatif import WhatIf
from sellerdesk.store.problem_list import ProblemOrderRow
from sellerdesk.ui.pages.dashboard.states import Dashboard, last_day, window_text
from sellerdesk.ui.vocabulary import words
from sellerdesk.ui.widgets.gauge import zone_text_color

CRITERIA = ("rate_at_or_over_limit", "three_since_first_sale", "two_in_window")


def _dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


class Checklist(QGroupBox):
    """Etsy's three warning criteria, with exclusions and strict side by side, and the verdict."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Would Etsy send a warning?"))
        grid = QGridLayout(self)
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 3)
        grid.addWidget(self._head(self.tr("All three must hold")), 0, 0)
        grid.addWidget(self._head(self.tr("With exclusions")), 0, 1)
        grid.addWidget(self._head(self.tr("Strict")), 0, 2)
        self.criteria_labels: dict[str, QLabel] = {}
        self.strict_labels: dict[str, QLabel] = {}
        names = {
            "rate_at_or_over_limit": self.tr("ODR ≥ 1%"),
            "three_since_first_sale": self.tr("3+ problem orders all time"),
            "two_in_window": self.tr("2+ in the window"),
        }
        for row, key in enumerate(CRITERIA, start=1):
            name = QLabel(names[key])
            name.setWordWrap(True)
            grid.addWidget(name, row, 0)
            self.criteria_labels[key] = QLabel()
            self.strict_labels[key] = QLabel()
            grid.addWidget(self.criteria_labels[key], row, 1)
            grid.addWidget(self.strict_labels[key], row, 2)
        self.verdict_label = QLabel(self.tr("Verdict"))
        grid.addWidget(self.verdict_label, 4, 0)
        self.verdict = QLabel()
        self.strict_verdict = QLabel()
        grid.addWidget(self.verdict, 4, 1)
        grid.addWidget(self.strict_verdict, 4, 2)
        self.headroom = QLabel()
        self.headroom.setWordWrap(True)
        grid.addWidget(self.headroom, 5, 0, 1, 3)
        self.note = QLabel()
        self.note.setWordWrap(True)
        grid.addWidget(self.note, 6, 0, 1, 3)

    def _head(self, text: str) -> QLabel:
        label = QLabel(f"<b>{text}</b>")
        label.setWordWrap(True)
        return label

    def show_figures(self, odr: dict[str, Any]) -> None:
        dark = _dark(self)
        n = odr["orders"]

        def mark(holds: bool, figure: str) -> str:
            colour = zone_text_color("red" if holds else "green", dark).name()
            word = self.tr("holds") if holds else self.tr("does not hold")
            return f"<span style='color:{colour}'>{'●' if holds else '○'} <b>{word}</b></span> ({figure})"

        def rate(k: int) -> str:
            return format_percent(k, n, 2) if n else self.tr("no orders")

        figures = {
            "rate_at_or_over_limit": (rate(odr["problem_orders"]), rate(odr["strict_problem_orders"])),
            "three_since_first_sale": (str(odr["problem_orders_all_time"]), str(odr["strict_problem_orders_all_time"])),
            "two_in_window": (str(odr["problem_orders"]), str(odr["strict_problem_orders"])),
        }
        for key in CRITERIA:
            self.criteria_labels[key].setText(mark(odr["criteria"][key], figures[key][0]))
            self.strict_labels[key].setText(mark(odr["strict_criteria"][key], figures[key][1]))
            self.criteria_labels[key].setAccessibleName(self.criteria_labels[key].text())

        def verdict(warning: bool) -> str:
            colour = zone_text_color("red" if warning else "green", dark).name()
            text = self.tr("a warning would be sent") if warning else self.tr("no warning")
            return f"<span style='color:{colour}'><b>{text}</b></span>"

        self.verdict.setText(verdict(odr["warning"]))
        self.strict_verdict.setText(verdict(odr["strict_warning"]))
        if n == 0:
            self.headroom.setText(
                self.tr("No orders in the window {w}: the rate is undefined, no warning can be sent.").format(
                    w=window_text(odr["window"])
                )
            )
        elif odr["problem_orders"] * 100 >= n:
            self.headroom.setText(
                self.tr("<b>{c}</b> more clean orders in the window would bring the ODR back under 1%.").format(
                    c=odr["clean_orders_needed"]
                )
            )
        else:
            self.headroom.setText(
                self.tr(
                    "Headroom: <b>{h}</b> more problem orders keep you under 1% ({n} orders in the window)."
                ).format(h=odr["headroom"], n=n)
            )
        self.note.setText(
            self.tr("{x} problem orders are excluded by seller protection; the strict column counts them.").format(
                x=odr["excluded_problem_orders"]
            )
        )


class WhatIfBar(QGroupBox):
    """Hypothetical problem orders and clean orders that move the gauges; nothing is saved."""

    changed = Signal(object)  # WhatIf

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What if… (nothing is saved)"))
        row = QGridLayout(self)
        self.problems = QSpinBox()
        self.problems.setRange(-10000, 10000)
        self.problems.setPrefix("+/- ")
        self.problems.setToolTip(
            self.tr("Hypothetical low reviews or cases on orders in the window (negative: fewer problem orders)")
        )
        self.orders = QSpinBox()
        self.orders.setRange(-1_000_000, 1_000_000)
        self.orders.setSingleStep(10)
        self.orders.setToolTip(self.tr("Hypothetical clean orders in the window (negative: fewer orders)"))
        label_p = QLabel(self.tr("Problem orders:"))
        label_p.setBuddy(self.problems)
        label_o = QLabel(self.tr("Clean orders:"))
        label_o.setBuddy(self.orders)
        self.reset = QPushButton(self.tr("Reset"))
        self.reset.clicked.connect(self.clear)
        self.state = QLabel()
        row.addWidget(label_p, 0, 0)
        row.addWidget(self.problems, 0, 1)
        row.addWidget(label_o, 0, 2)
        row.addWidget(self.orders, 0, 3)
        row.addWidget(self.reset, 0, 4)
        row.setColumnStretch(5, 1)
        self.state.setWordWrap(True)
        row.addWidget(self.state, 1, 0, 1, 6)
        self.problems.valueChanged.connect(self._emit)
        self.orders.valueChanged.connect(self._emit)

    def value(self) -> WhatIf:
        return WhatIf(self.problems.value(), self.orders.value())

    def clear(self) -> None:
        self.problems.setValue(0)
        self.orders.setValue(0)

    def _emit(self) -> None:
        what = self.value()
        self.state.setText(
            self.tr("<b>Showing a what-if</b> — the gauges include hypothetical orders") if what.active else ""
        )
        self.changed.emit(what)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


def fill_pipeline(table: QTableWidget, odr: dict[str, Any]) -> None:
    pipeline = odr["pipeline"]
    table.setRowCount(len(pipeline))
    for r, p in enumerate(pipeline):
        e = p["on_entry"]
        rate = format_percent(e["problem_orders"], e["orders"], 2) if e["orders"] else "—"
        values = [
            p["order_id"],
            p["order_date"],
            p["enters"],
            last_day(p["leaves"]),
            f"{rate} ({e['problem_orders']} of {e['orders']})",
        ]
        for c, v in enumerate(values):
            item = QTableWidgetItem(v)
            item.setData(Qt.ItemDataRole.UserRole, p["order_id"])
            table.setItem(r, c, item)


def fill_problem_orders(table: QTableWidget, rows: list[ProblemOrderRow], odr: dict[str, Any]) -> None:
    """Counted and excluded problem orders placed since the window start, with why each counts."""
    ws, we = odr["window"]["start"], odr["window"]["end"]
    shown = [r for r in rows if r.order_date >= ws]
    shown.sort(key=lambda r: (r.excluded, r.order_date), reverse=False)
    table.setRowCount(len(shown))
    muted = table.palette().color(QPalette.ColorRole.PlaceholderText)
    for i, row in enumerate(shown):
        why = []
        for e in row.events:
            what = (
                Dashboard.tr("review {stars}★ on {day}").format(stars=e.detail, day=e.day)
                if e.kind == "review"
                else Dashboard.tr("case ({reason}) opened {day}").format(reason=words(str(e.detail)), day=e.day)
            )
            if e.excluded_reason:
                what += Dashboard.tr(" — excluded: {reason}").format(reason=words(e.excluded_reason))
            why.append(what)
        where = Dashboard.tr("in the window") if row.order_date < we else Dashboard.tr("enters later")
        status = Dashboard.tr("excluded") if row.excluded else Dashboard.tr("counts")
        suggestion = "; ".join(
            Dashboard.tr(
                "ask for seller protection: lost in transit, shipped on time (tracked, shipped {s}, due {d})"
            ).format(s=row.shipped_date, d=row.due_by)
            for _ in row.suggestions()
        )
        values = [row.order_id, row.order_date, f"{status}, {where}", "; ".join(why), suggestion]
        for c, v in enumerate(values):
            item = QTableWidgetItem(v)
            item.setData(Qt.ItemDataRole.UserRole, row.order_id)
            item.setToolTip(v)
            if row.excluded:
                item.setForeground(muted)
            elif c == 4 and v:
                item.setForeground(QColor("#2f6fd1") if not _dark(table) else QColor("#6fa8ff"))
            table.setItem(i, c, item)


def problem_table() -> QTableWidget:
    return _table(
        [
            Dashboard.tr("Order"),
            Dashboard.tr("Order date"),
            Dashboard.tr("Status"),
            Dashboard.tr("Why it counts"),
            Dashboard.tr("Seller protection"),
        ]
    )


def pipeline_table() -> QTableWidget:
    return _table(
        [
            Dashboard.tr("Order"),
            Dashboard.tr("Order date"),
            Dashboard.tr("Enters the window"),
            Dashboard.tr("Last day in it"),
            Dashboard.tr("ODR on entry (if nothing else changes)"),
        ]
    )
