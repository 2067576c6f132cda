"""One saved reply to several buyers at once (the orders the shop will ship late, RULES.md 7): each order's
text filled in, all of them copied for sending on Etsy, and logged as the seller's replies in one undo step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.core.replies import render
from sellerdesk.store import tools
from sellerdesk.store.store import Store
from sellerdesk.ui.session import ShopSession


class LogReplies(QUndoCommand):
    """The same saved reply logged as the seller's message on each order, one undo step."""

    def __init__(self, store: Store, reply_id: int, texts: dict[str, str], session: ShopSession, title: str) -> None:
        super().__init__(title)
        self.store, self.reply_id, self.texts, self.session = store, reply_id, texts, session
        self.records: list[dict[str, Any]] = []

    def redo(self) -> None:
        with self.store.write("messages", "threads", "saved_replies"):
            self.records = [
                tools.log_reply(self.store, self.reply_id, text, self.session.now(), order_id=order_id)
                for order_id, text in self.texts.items()
            ]

    def undo(self) -> None:
        with self.store.write("messages", "threads", "saved_replies"):
            for record in reversed(self.records):
                tools.unlog_reply(self.store, record)


class BulkReplyDialog(QDialog):
    def __init__(self, session: ShopSession, order_ids: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.order_ids = session, list(order_ids)
        self.setWindowTitle(self.tr("Message %n buyer(s)", "", len(self.order_ids)))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Pick a saved reply: each buyer's text is filled in below. Copy puts them all on the clipboard to "
                "send on Etsy, and logs them as your replies (one undo step)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QHBoxLayout()
        self.replies = QListWidget()
        self.replies.setObjectName("replies")
        for reply in tools.search_replies(session.store):
            item = QListWidgetItem(reply["title"], self.replies)
            item.setData(Qt.ItemDataRole.UserRole, reply)
        body.addWidget(self.replies, 2)
        self.texts_view = QPlainTextEdit()
        self.texts_view.setReadOnly(True)
        body.addWidget(self.texts_view, 3)
        layout.addLayout(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.copy_button = buttons.addButton(self.tr("Copy and log"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.replies.currentItemChanged.connect(lambda *_: self.fill())
        if self.replies.count():
            self.replies.setCurrentRow(0)
        self.fill()

    def texts(self) -> dict[str, str]:
        item = self.replies.currentItem()
        if item is None:
            return {}
        body = item.data(Qt.ItemDataRole.UserRole)["body"]
        return {oid: render(body, tools.reply_values(self.session.store, oid)).text for oid in self.order_ids}

    def fill(self) -> None:
        texts = self.texts()
        self.texts_view.setPlainText(
            "\n\n".join(self.tr("Order {order}:").format(order=oid) + "\n" + text for oid, text in texts.items())
        )
        self.copy_button.setEnabled(bool(texts))

    def copy(self) -> None:
        item = self.replies.currentItem()
        texts = self.texts()
        if item is None or not texts:
            return
        QGuiApplication.clipboard().setText(self.texts_view.toPlainText())
        reply = item.data(Qt.ItemDataRole.UserRole)
        title = self.tr("Reply to %n buyer(s)", "", len(texts))
        self.session.push(LogReplies(self.session.store, reply["id"], texts, self.session, title))
        self.accept()
