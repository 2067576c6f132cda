"""Using a saved reply: fill it for an order, copy it, and log it as the seller's reply at that moment.

`ReplyPreview` is the filled-text view shared by the Saved replies page and `UseReplyDialog`,
which the Orders and Messages pages open for the selected order or thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.core.replies import Rendered, render
from sellerdesk.store import tools
from sellerdesk.ui.i18n import Context
from sellerdesk.ui.session import ShopSession
from sellerdesk.ui.tools_commands import LogReply

UseReply = Context("UseReply")


class ReplyPreview(QWidget):
    """The reply as the buyer will read it, with what could not be filled said plainly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QPlainTextEdit()
        self.text.setObjectName("preview")
        self.text.setReadOnly(True)
        self.note = QLabel()
        self.note.setObjectName("preview_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #b07f00;")
        layout.addWidget(self.text)
        layout.addWidget(self.note)
        self.rendered = Rendered("")

    def show_rendered(self, rendered: Rendered, has_order: bool) -> None:
        self.rendered = rendered
        self.text.setPlainText(rendered.text)
        notes = []
        if rendered.errors:
            notes.append(self.tr("Fix the placeholder errors in the reply before using it."))
        if rendered.missing:
            names = ", ".join("{" + m + "}" for m in rendered.missing)
            notes.append(
                self.tr("No value yet for {names}: it stays as written.").format(names=names)
                if has_order
                else self.tr("Choose an order to fill {names}.").format(names=names)
            )
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        if rendered.cursor is not None:
            cursor = self.text.textCursor()
            cursor.setPosition(rendered.cursor)
            self.text.setTextCursor(cursor)


def copy_reply(
    parent: QWidget,
    session: ShopSession,
    reply_id: int | None,
    rendered: Rendered,
    order_id: str | None = None,
    thread_id: str | None = None,
    log: bool = True,
) -> bool:
    """Put the filled text on the clipboard and (when `log`) record it as the seller's reply now.

    Returns False when the user backed out (errors, or missing values they did not accept).
    """
    if rendered.errors:
        QMessageBox.warning(
            parent,
            UseReply.tr("Reply has errors"),
            UseReply.tr(
                "This reply has placeholder errors:\n{errors}\nFix them on the Saved replies page first."
            ).format(errors="\n".join(str(e) for e in rendered.errors)),
        )
        return False
    if rendered.missing and (order_id or thread_id):
        names = ", ".join("{" + m + "}" for m in rendered.missing)
        answer = QMessageBox.question(
            parent,
            UseReply.tr("Some values are missing"),
            UseReply.tr("This order has no value for {names}; the text keeps them as written. Copy anyway?").format(
                names=names
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    QGuiApplication.clipboard().setText(rendered.text)
    target_order, target_thread = (order_id, thread_id) if log else (None, None)
    title = (
        UseReply.tr("Reply to order {order}").format(order=order_id or thread_id)
        if (target_order or target_thread)
        else UseReply.tr("Copy saved reply")
    )
    session.push(LogReply(session.store, reply_id, rendered.text, session.now(), target_order, target_thread, title))
    return True


class UseReplyDialog(QDialog):
    """Pick a saved reply for an order or a thread; Copy fills it, copies it and logs it as your reply."""

    def __init__(
        self,
        session: ShopSession,
        order_id: str | None = None,
        thread_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.order_id, self.thread_id = session, order_id, thread_id
        if thread_id and not order_id:
            row = session.store.get("threads", thread_id)
            self.order_id = row["order_id"] if row else None
        self.values = tools.reply_values(session.store, self.order_id)
        self.setWindowTitle(self.tr("Use a saved reply — order {order}").format(order=self.order_id or thread_id))
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        body = QHBoxLayout()
        left = QVBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles, text and tags"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        left.addWidget(self.search)
        left.addWidget(self.list)
        body.addLayout(left, 2)
        self.preview = ReplyPreview()
        body.addWidget(self.preview, 3)
        layout.addLayout(body)
        self.log = QCheckBox(self.tr("Log it as my reply to this conversation now (counts for response times)"))
        self.log.setChecked(True)
        layout.addWidget(self.log)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.copy_button = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self.reload)
        self.list.currentItemChanged.connect(lambda *_: self.update_preview())
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for reply in tools.search_replies(self.session.store, self.search.text()):
            item = QListWidgetItem(reply["title"], self.list)
            item.setData(Qt.ItemDataRole.UserRole, reply)
            item.setToolTip(reply["tags"])
        if self.list.count():
            self.list.setCurrentRow(0)
        self.update_preview()

    def current_reply(self) -> dict[str, Any] | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def update_preview(self) -> None:
        reply = self.current_reply()
        self.preview.show_rendered(render(reply["body"] if reply else "", self.values), self.order_id is not None)
        self.copy_button.setEnabled(reply is not None)

    def copy(self) -> None:
        reply = self.current_reply()
        if reply is None:
            return
        if copy_reply(
            self, self.session, reply["id"], self.preview.rendered, self.order_id, self.thread_id, self.log.isChecked()
        ):
            self.accept()
