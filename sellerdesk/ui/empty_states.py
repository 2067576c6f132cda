"""What to do next on a page with nothing in it yet: one line above the page, with the action as a button.

Shown while the page's table is empty in the shop (store/counts.py), whatever the page's search
or filter: a search that finds nothing is not an empty shop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from sellerdesk.store.counts import PAGE_TABLES


class EmptyHint(QFrame):
    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.setObjectName("empty_hint")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("What to do next"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel()
        self.label.setObjectName("empty_hint_text")
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.buttons: list[QPushButton] = []
        self.button_row = QHBoxLayout()
        layout.addLayout(self.button_row)
        self.counts: dict[str, int] = {}
        self.page_key = ""
        self._shown: tuple[str, bool] | None = None
        self.hide()

    def texts(self) -> dict[str, tuple[str, list[tuple[str, Callable[[], object]]]]]:
        """Each page's line and its actions (label, slot), in the user's language."""
        w = self.window_
        new = lambda: w.current_page().new_record()  # noqa: E731 - the page's own Ctrl+N
        importing = (self.tr("Import Etsy downloads…"), w.import_dialog)
        folder = (self.tr("Import a folder…"), w.import_folder_dialog)
        return {
            "dashboard": (
                self.tr(
                    "No orders yet, so the gauges have nothing to measure. Import your Etsy downloads "
                    "(Shop Manager > Settings > Options > Download Data) to see your standards."
                ),
                [importing, folder],
            ),
            "orders": (
                self.tr("No orders yet. Import the orders files you downloaded from Etsy, or add an order by hand."),
                [importing, (self.tr("New order"), new)],
            ),
            "messages": (
                self.tr(
                    "No messages logged yet. Log a buyer's message when it arrives: SellerDesk then counts "
                    "the 24 h and 48 h reply deadlines."
                ),
                [(self.tr("Log a message"), new)],
            ),
            "reviews": (
                self.tr("No reviews yet. Import Etsy's reviews download (a .json file), or add a review by hand."),
                [importing, (self.tr("New review"), new)],
            ),
            "cases": (
                self.tr("No cases: good. When a buyer opens a case on Etsy, log it here so it counts in your rates."),
                [(self.tr("Log a case"), new)],
            ),
            "saved_replies": (
                self.tr("No saved replies. Write one for a question you answer often, then use it from any order."),
                [(self.tr("New saved reply"), new)],
            ),
            "shipping_profiles": (
                self.tr(
                    "No shipping profile. Add one with your processing time, so new orders get their "
                    "ship-by and delivery dates."
                ),
                [(self.tr("New shipping profile"), new)],
            ),
        }

    def set_counts(self, counts: dict[str, int]) -> None:
        self.counts = dict(counts)
        self.show_for(self.page_key)

    def is_empty(self, key: str) -> bool:
        table = PAGE_TABLES.get(key)
        return table is not None and f"has_{table}" in self.counts and not self.counts[f"has_{table}"]

    def show_for(self, key: str) -> None:
        """Show the hint of page `key` when its table is empty, else hide."""
        self.page_key = key
        if not self.is_empty(key):
            self.hide()
            return
        read_only = self.window_.session.store.read_only
        if self.isVisible() and self._shown == (key, read_only):
            return  # the same hint: keep its buttons (and the keyboard focus on one)
        self._shown = (key, read_only)
        text, actions = self.texts()[key]
        self.label.setText(text)
        for button in self.buttons:
            self.button_row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for label, slot in actions:
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, s=slot: s())
            button.setEnabled(not read_only)
            self.button_row.addWidget(button)
            self.buttons.append(button)
        previous = self.window_.sidebar  # Tab from the sidebar reaches the hint's actions before the page's
        for button in self.buttons:
            QWidget.setTabOrder(previous, button)
            previous = button
        self.setAccessibleDescription(text)
        self.show()
