"""Messages: conversations with their first buyer message and response time.

"Awaiting reply" lists unanswered threads with the nearest deadline first (24 h for Star
Seller, 48 h for the standard), overdue ones highlighted; log a buyer message or a reply,
mark a thread spam, delete a thread. Times show in the shop's time zone.
"""

from __future__ import annotations

import html
from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from sellerdesk.core.records import parse_utc
from sellerdesk.store.record_tables import reply_deadlines, set_now, thread_messages, threads_query
from sellerdesk.ui import locale_format
from sellerdesk.ui.dialogs.message_dialogs import DeleteThreads, SetThreadSpam
from sellerdesk.ui.dialogs.record_dialogs import edit_message, log_message
from sellerdesk.ui.dialogs.use_reply import UseReplyDialog
from sellerdesk.ui.session import ShopSession
from sellerdesk.ui.widgets.record_table import RecordTablePage

OVERDUE_BG = QBrush(QColor(214, 69, 65, 60))
OVERDUE_FG = QBrush(QColor("#b0302c"))
LATE_FG = QBrush(QColor("#b07f00"))
MUTED = QBrush(QColor("#8a8a8a"))
TICK_MS = 60_000


def duration_text(seconds: float) -> str:
    """'45 min', '3 h 20 min', '2 d 5 h' (never rounds up)."""
    minutes = int(abs(seconds) // 60)
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours} h {minutes:02d} min" if minutes else f"{hours} h"
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h"


class MessagesPage(RecordTablePage):
    key = "messages"
    watches = frozenset({"messages", "threads", "orders", "shops"})

    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        now = session.now()
        super().__init__(session, threads_query(session.store.db, now), parent)
        self.now = now
        self.title = self.tr("Messages")
        self.tz = session.store.timezone()
        self.search.setPlaceholderText(self.tr("Search conversation, order id or buyer  (Ctrl+F)"))
        self.set_filters(
            [
                (self.tr("All conversations"), ""),
                (self.tr("Awaiting reply — nearest deadline first"), "awaiting"),
                (self.tr("Overdue (no reply after 48 h)"), "overdue"),
                (self.tr("Answered after 48 h"), "answered_late"),
                (self.tr("Spam"), "spam"),
            ]
        )
        self.add_button(self.tr("Log buyer message…"), self.new_record, "log_buyer", needs_selection=False)
        self.add_button(self.tr("Log reply…"), self.reply_selected, "log_reply")
        self.add_button(self.tr("Use saved reply…"), self.use_saved_reply, "use_reply")
        self.spam_button = self.add_button(self.tr("Mark spam"), self.toggle_spam, "spam")
        self.add_button(self.tr("Delete conversation"), self.delete_selected, "delete")
        self.finish_buttons()
        self.model.formatters = {
            "first_at": lambda v, _row: self.local(v),
            "reply_at": lambda v, _row: self.local(v),
            "last_at": lambda v, _row: self.local(v),
            "response": lambda v, _row: "" if v is None else duration_text(v),
            "deadline": lambda v, _row: self.deadline_text(v),
            "spam": lambda v, _row: self.tr("spam") if v else "",
        }
        self.model.row_brush = self._brush
        for column, width in (
            ("thread_id", 90),
            ("order_id", 80),
            ("buyer", 115),
            ("first_at", 122),
            ("reply_at", 122),
            ("response", 95),
            ("deadline", 150),
            ("last_at", 122),
        ):
            self.table.setColumnWidth(self.query.column_index(column), width)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()
        self.show_detail()

    # -- display -------------------------------------------------------------------------
    def local(self, instant: str | None) -> str:
        if not instant:
            return ""
        return locale_format.day_time(parse_utc(instant).astimezone(self.tz))

    def deadline_state(self, first_at: str | None) -> tuple[str, timedelta] | None:
        """('24h' | '48h' | 'overdue', time left or overdue by) of an unanswered thread."""
        if not first_at:
            return None
        star, standard = reply_deadlines(parse_utc(first_at))
        if self.now < star:
            return "24h", star - self.now
        if self.now < standard:
            return "48h", standard - self.now
        return "overdue", self.now - standard

    def deadline_text(self, first_at: str | None) -> str:
        state = self.deadline_state(first_at)
        if state is None:
            return ""
        kind, span = state
        if kind == "overdue":
            return self.tr("overdue by {t}").format(t=duration_text(span.total_seconds()))
        hours = "24 h" if kind == "24h" else "48 h"
        return self.tr("{t} left ({hours})").format(t=duration_text(span.total_seconds()), hours=hours)

    def _brush(self, row: tuple) -> dict[int, Any]:
        if row[1 + self.query.column_index("spam")]:
            return {Qt.ItemDataRole.ForegroundRole: MUTED}
        state = self.deadline_state(row[1 + self.query.column_index("deadline")])
        if state is not None and state[0] == "overdue":
            return {Qt.ItemDataRole.BackgroundRole: OVERDUE_BG, Qt.ItemDataRole.ForegroundRole: OVERDUE_FG}
        if state is not None and state[0] == "48h":
            return {Qt.ItemDataRole.ForegroundRole: LATE_FG}
        response = row[1 + self.query.column_index("response")]
        if response is not None and response > 48 * 3600:
            return {Qt.ItemDataRole.ForegroundRole: LATE_FG}
        return {}

    def is_overdue(self, row_number: int) -> bool:
        row = self.model.row(row_number)
        state = None if row is None else self.deadline_state(row[1 + self.query.column_index("deadline")])
        return state is not None and state[0] == "overdue"

    # -- frame hooks ---------------------------------------------------------------------
    def before_refresh(self) -> None:
        self.now = self.session.now()
        self.tz = self.session.store.timezone()
        set_now(self.query, self.now)

    def filter_changed(self, key: str) -> None:
        if key in ("awaiting", "overdue"):
            # The deadlines are 24 h / 48 h after the first message: oldest first is nearest first.
            self.query.set_sort("first_at", False)
            self._sync_sort_indicator()

    def _on_tick(self) -> None:
        if self.isVisible():
            self.refresh()

    def make_detail(self) -> QWidget:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 4, 0, 0)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("detail")
        self.detail_label.setWordWrap(True)
        box.addWidget(self.detail_label)
        self.message_list = QListWidget()
        self.message_list.setObjectName("messages")
        self.message_list.setWordWrap(True)
        self.message_list.setAlternatingRowColors(True)
        self.message_list.itemDoubleClicked.connect(self._edit_message)
        box.addWidget(self.message_list, 1)
        return holder

    def show_detail(self) -> None:
        if not hasattr(self, "spam_button"):
            return
        key = self.selected_key()
        self.message_list.clear()
        thread = self.session.store.get("threads", key) if key is not None else None
        if thread is None:
            self.detail_label.setText(self.tr("Select a conversation to read it. Ctrl+N logs a buyer message."))
            self.spam_button.setText(self.tr("Mark spam"))
            return
        self.spam_button.setText(self.tr("Not spam") if thread["spam"] else self.tr("Mark spam"))
        if thread["spam"]:
            state = self.tr("Spam: never counts for the response rates.")
        elif thread["first_reply_at"]:
            state = self.tr("First reply after {t} ({by}).").format(
                t=duration_text(thread["response_seconds"] or 0), by=thread["reply_sender"]
            )
        elif thread["first_buyer_at"]:
            state = self.tr("Awaiting reply: {t}.").format(t=self.deadline_text(thread["first_buyer_at"]))
        else:
            state = self.tr("No buyer message yet.")
        order = self.tr(" — order {order}").format(order=thread["order_id"]) if thread["order_id"] else ""
        self.detail_label.setText(
            f"<b>{html.escape(thread['thread_id'])}</b>{html.escape(order)} — "
            f"{html.escape(state)} {html.escape(self.tr('Double-click a message to edit it.'))}"
        )
        for message in thread_messages(self.session.store.db, thread["thread_id"]):
            flag = self.tr(" [spam]") if message["spam"] else ""
            item = QListWidgetItem(f"{self.local(message['sent_at'])}  {message['sender']}{flag}:  {message['text']}")
            item.setData(Qt.ItemDataRole.UserRole, message["id"])
            self.message_list.addItem(item)

    # -- actions -------------------------------------------------------------------------
    def new_record(self) -> None:
        key = log_message(self.session, self, sender="buyer", now=self.session.now())
        if key is not None:
            self.select_thread_of(key)

    def reply_selected(self) -> None:
        thread_id = self.selected_key()
        if thread_id is None:
            return
        if log_message(self.session, self, thread_id=thread_id, sender="seller", now=self.session.now()):
            self.select_key(thread_id)

    def use_saved_reply(self) -> None:
        """Fill a saved reply for the selected conversation, copy it and (optionally) log it as the reply."""
        thread_id = self.selected_key()
        if thread_id is None:
            return
        if UseReplyDialog(self.session, thread_id=thread_id, parent=self).exec():
            self.select_key(thread_id)

    def select_thread_of(self, message_id: int) -> None:
        message = self.session.store.get("messages", message_id)
        if message is not None:
            self.select_key(message["thread_id"])

    def _edit_message(self, item: QListWidgetItem) -> None:
        edit_message(self.session, item.data(Qt.ItemDataRole.UserRole), self)

    def edit_selected(self) -> None:
        """Double-click on a conversation: log a reply to it."""
        self.reply_selected()

    def toggle_spam(self) -> None:
        keys = self.selected_keys()
        if not keys:
            return
        first = self.session.store.get("threads", keys[0]) or {}
        spam = not first.get("spam")
        n = len(keys)
        text = (
            self.tr("Mark %n conversation(s) spam", "", n)
            if spam
            else self.tr("Mark %n conversation(s) not spam", "", n)
        )
        self.session.push(SetThreadSpam(self.session.store, keys, spam, text))

    def delete_selected(self) -> None:
        keys = self.selected_keys()
        if not keys:
            return
        if not self.confirm(
            self.tr("Delete conversations"),
            self.tr("Delete %n conversation(s) with all their messages? You can undo this with Ctrl+Z.", "", len(keys)),
        ):
            return
        self.session.push(DeleteThreads(self.session.store, keys, self.tr("Delete %n conversation(s)", "", len(keys))))

    def open_record(self, kind: str, key: object) -> bool:
        if kind != "thread":
            return False
        return self.reveal(key, str(key))
