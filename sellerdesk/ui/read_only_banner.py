"""A banner across the window while the shop is open read-only (a toolbar, like the vacation banner)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar, QWidget

from sellerdesk.ui.session import ShopSession


class ReadOnlyBanner(QToolBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("read_only_banner")
        self.setWindowTitle(self.tr("Read-only"))
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.label = QLabel()
        self.label.setObjectName("read_only_text")
        self.label.setStyleSheet("background: #e2e3e5; color: #41464b; padding: 6px 10px; font-weight: bold;")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)  # the whole row
        self.addWidget(self.label)
        self.hide()

    def set_session(self, session: ShopSession) -> None:
        if not session.store.read_only:
            self.hide()
            return
        self.label.setText(
            self.tr(
                "Read-only: {path} cannot be written (the file or its folder). Editing and importing are off."
            ).format(path=session.path)
        )
        self.label.setToolTip(
            self.tr("To make changes, make the file and its folder writable, or open a copy saved where you can write.")
        )
        self.show()
