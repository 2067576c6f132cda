"""A banner across the window while the shop is on vacation (a toolbar, so the layout stays as it is)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolBar, QWidget

from sellerdesk.store import tools
from sellerdesk.ui import locale_format
from sellerdesk.ui.session import ShopSession


class VacationBanner(QToolBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vacation_banner")
        self.setWindowTitle(self.tr("Vacation"))
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.label = QLabel()
        self.label.setObjectName("vacation_text")
        self.label.setStyleSheet("background: #fff3cd; color: #664d03; padding: 6px 10px; font-weight: bold;")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.addWidget(self.label)
        self.session: ShopSession | None = None
        self.hide()

    def set_session(self, session: ShopSession) -> None:
        self.session = session
        session.changed.connect(self._on_changed)
        session.asOfChanged.connect(lambda *_: self.refresh())
        self.refresh()

    def _on_changed(self, tables: frozenset[str]) -> None:
        if tables & {"vacations", "saved_replies"}:
            self.refresh()

    def refresh(self) -> None:
        if self.session is None:
            return
        store, today = self.session.store, self.session.today()
        vacation = tools.vacation_on(store, today)
        if vacation is None:
            self.hide()
            return
        reply = store.get("saved_replies", vacation["auto_reply_id"]) if vacation["auto_reply_id"] else None
        back = self.tr("back {day}").format(
            day=locale_format.day(date.fromisoformat(vacation["end_date"]) + timedelta(days=1))
        )
        auto = (
            self.tr("auto-reply “{t}”").format(t=reply["title"])
            if reply
            else self.tr("no auto-reply chosen (Settings)")
        )
        self.label.setText(
            self.tr("🌴 On vacation {range} ({back}); {auto}. Orders placed now are flagged.").format(
                range=locale_format.day_range(vacation["start_date"], vacation["end_date"]), back=back, auto=auto
            )
        )
        self.show()
