"""The dashboard's panels: Etsy's warning checklist and the what-if control."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from sellerdesk.core.whatif import WhatIf
from sellerdesk.ui import locale_format
from sellerdesk.ui.pages.dashboard.states import window_text
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
            return locale_format.percent(k, n, 2) if n else self.tr("no orders")

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
                self.tr(
                    "<b>%Ln</b> more clean order(s) in the window would bring the ODR back under 1%.",
                    "",
                    odr["clean_orders_needed"],
                )
            )
        else:
            self.headroom.setText(
                self.tr(
                    "Headroom: <b>%n</b> more problem order(s) keep you under 1% ({orders}).", "", odr["headroom"]
                ).format(orders=self.tr("%Ln order(s) in the window", "", n))
            )
        self.note.setText(
            self.tr(
                "%n problem order(s) excluded by seller protection; the strict column counts them.",
                "",
                odr["excluded_problem_orders"],
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
