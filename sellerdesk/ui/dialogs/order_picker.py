"""Choose open orders (for labels and packing slips, or to put them on a shipping profile)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.store.today import labelable_orders
from sellerdesk.ui.session import ShopSession


class OrderPicker(QDialog):
    def __init__(
        self,
        session: ShopSession,
        title: str,
        intro: str,
        preselected: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by order number or buyer"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.list = QListWidget()
        self.list.setObjectName("orders")
        today = session.as_of().isoformat()
        chosen = set(preselected)
        rows = labelable_orders(session.store)
        known = {r[0] for r in rows}
        extra = [(o, "", None, 0) for o in preselected if o not in known]
        for order_id, name, due, custom in [*extra, *rows]:
            when = (
                self.tr("no ship-by date")
                if not due
                else (
                    self.tr("late, ship-by {d}").format(d=due) if due < today else self.tr("ship by {d}").format(d=due)
                )
            )
            tag = self.tr(" · custom") if custom else ""
            item = QListWidgetItem(f"{order_id} — {name} — {when}{tag}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, order_id)
            item.setCheckState(Qt.CheckState.Checked if order_id in chosen else Qt.CheckState.Unchecked)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        for text, state in ((self.tr("Check all shown"), True), (self.tr("Uncheck all"), False)):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=state: self._check_all(s))
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self._filter)

    def _filter(self, text: str) -> None:
        text = text.strip().lower()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(text) and text not in item.text().lower())

    def _check_all(self, checked: bool) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if not item.isHidden():
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def selected(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
