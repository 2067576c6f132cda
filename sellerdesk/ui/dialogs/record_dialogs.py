"""Dialogs for the records that hang off an order: a buyer message, a review, a case.

Shared by the Orders page (actions on the selected order) and the Messages / Reviews / Cases
pages. Validation (a known order id, dates not before the order nor after today, rating 1-5,
one review or case per order and day) is shown next to the field; each accepted dialog becomes
one undo step through `session.push`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from sellerdesk.core.odr import EXCLUSION_REASONS
from sellerdesk.core.records import (
    CASE_REASONS,
    CASE_RESOLUTIONS,
    SENDERS,
    FieldError,
    optional_day,
    optional_text,
    parse_day,
    parse_exclusion,
    parse_flag,
    parse_instant,
    parse_rating,
    parse_reason,
    parse_resolution,
    parse_sender,
    required,
    utc_text,
    validate_case,
    validate_dated_after_order,
)
from sellerdesk.store.record_tables import (
    case_clash,
    message_clash,
    order_date,
    review_clash,
    thread_ids_of_order,
    thread_order,
)
from sellerdesk.store.store import Store
from sellerdesk.ui.commands import InsertRecord, UpdateRecord
from sellerdesk.ui.dialogs.message_dialogs import InsertMessage, UpdateMessage
from sellerdesk.ui.i18n import Context
from sellerdesk.ui.session import ShopSession
from sellerdesk.ui.widgets.form import FormDialog, choice_box

#: undo-step texts of the record dialogs (one context, whichever page asked)
RecordDialogs = Context("RecordDialogs")


def order_id_parser(store: Store):  # noqa: ANN201 - a parser
    def parse(text: str | None) -> str:
        value = required(text)
        if order_date(store.db, value) is None:
            raise FieldError(f"No order {value} in this shop; check the order id")
        return value

    return parse


def optional_order_parser(store: Store):  # noqa: ANN201
    known = order_id_parser(store)
    return lambda text: known(text) if (text or "").strip() else None


def date_field(placeholder: str = "YYYY-MM-DD") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


def _not_after(field: str, day: str | None, today: str) -> dict[str, str]:
    return {field: f"{day} is after today ({today})"} if day and day > today else {}


class MessageDialog(FormDialog):
    """Log (or edit) a buyer message or a reply in a conversation."""

    def __init__(
        self, store: Store, values: dict[str, Any], parent: QWidget | None = None, editing: int | None = None
    ) -> None:
        super().__init__("", parent, self._check)
        self.setWindowTitle(self.tr("Edit message") if editing else self.tr("Log message"))
        self.store, self.editing = store, editing
        v = values
        self.add_field("thread_id", self.tr("Conversation"), QLineEdit(), required, v.get("thread_id"))
        self.add_field(
            "order_id", self.tr("Order (optional)"), QLineEdit(), optional_order_parser(store), v.get("order_id")
        )
        self.add_field("sender", self.tr("From"), choice_box(SENDERS), parse_sender, v.get("sender"))
        sent = self.add_field("sent_at", self.tr("Sent at"), QLineEdit(), parse_instant, v.get("sent_at"))
        sent.setPlaceholderText("2026-03-31T14:05:00Z")
        self.add_field("text", self.tr("Text"), QPlainTextEdit(), required, v.get("text"))
        self.add_field("spam", "", QCheckBox(self.tr("Spam")), parse_flag, v.get("spam"))

    def _check(self, values: dict[str, Any]) -> dict[str, str]:
        ordered = order_date(self.store.db, values["order_id"]) if values.get("order_id") else None
        errors = validate_dated_after_order("sent_at", values["sent_at"][:10], ordered)
        if message_clash(self.store.db, values["thread_id"], values["sender"], values["sent_at"], self.editing):
            errors["sent_at"] = self.tr("this conversation already has a message from {sender} at this time").format(
                sender=values["sender"]
            )
        return errors


class ReviewDialog(FormDialog):
    def __init__(
        self,
        store: Store,
        values: dict[str, Any],
        today: str,
        parent: QWidget | None = None,
        editing: int | None = None,
    ) -> None:
        super().__init__("", parent, self._check)
        self.setWindowTitle(self.tr("Edit review") if editing else self.tr("Add review"))
        self.store, self.editing, self.today = store, editing, today
        v = values
        self.add_field("order_id", self.tr("Order"), QLineEdit(), order_id_parser(store), v.get("order_id"))
        self.add_field("review_date", self.tr("Review date"), date_field(), parse_day, v.get("review_date") or today)
        self.add_field("rating", self.tr("Stars (1-5)"), QLineEdit(), parse_rating, v.get("rating"))
        self.add_field("text", self.tr("Text"), QPlainTextEdit(), optional_text, v.get("text"))
        self.add_field(
            "excluded_reason",
            self.tr("Excluded (seller protection)"),
            choice_box(EXCLUSION_REASONS, self.tr("not excluded")),
            parse_exclusion,
            v.get("excluded_reason"),
        )

    def _check(self, values: dict[str, Any]) -> dict[str, str]:
        day = values["review_date"]
        errors = validate_dated_after_order("review_date", day, order_date(self.store.db, values["order_id"]))
        errors = errors or _not_after("review_date", day, self.today)
        if not errors and review_clash(self.store.db, values["order_id"], day, self.editing):
            errors["review_date"] = self.tr("order {order} already has a review on {day}").format(
                order=values["order_id"], day=day
            )
        return errors


class CaseDialog(FormDialog):
    def __init__(
        self,
        store: Store,
        values: dict[str, Any],
        today: str,
        parent: QWidget | None = None,
        editing: int | None = None,
    ) -> None:
        super().__init__("", parent, self._check)
        self.setWindowTitle(self.tr("Edit case") if editing else self.tr("Open case"))
        self.store, self.editing, self.today = store, editing, today
        v = values
        self.add_field("order_id", self.tr("Order"), QLineEdit(), order_id_parser(store), v.get("order_id"))
        self.add_field("opened_date", self.tr("Opened"), date_field(), parse_day, v.get("opened_date") or today)
        self.add_field("reason", self.tr("Reason"), choice_box(CASE_REASONS), parse_reason, v.get("reason"))
        self.add_field(
            "resolution",
            self.tr("Resolution"),
            choice_box(CASE_RESOLUTIONS, self.tr("still open")),
            parse_resolution,
            v.get("resolution"),
        )
        self.add_field(
            "closed_date",
            self.tr("Closed"),
            date_field(self.tr("YYYY-MM-DD (blank while open)")),
            optional_day,
            v.get("closed_date"),
        )
        self.add_field(
            "excluded_reason",
            self.tr("Excluded (seller protection)"),
            choice_box(EXCLUSION_REASONS, self.tr("not excluded")),
            parse_exclusion,
            v.get("excluded_reason"),
        )

    def _check(self, values: dict[str, Any]) -> dict[str, str]:
        errors = validate_case(values, order_date(self.store.db, values["order_id"]))
        for field in ("opened_date", "closed_date"):
            if field not in errors:
                errors.update(_not_after(field, values.get(field), self.today))
        if "opened_date" not in errors and case_clash(
            self.store.db, values["order_id"], values["opened_date"], self.editing
        ):
            errors["opened_date"] = self.tr("order {order} already has a case opened on {day}").format(
                order=values["order_id"], day=values["opened_date"]
            )
        return errors


# -- actions: a dialog, then one undo step ----------------------------------------------------
def log_message(
    session: ShopSession,
    parent: QWidget | None = None,
    *,
    thread_id: str | None = None,
    sender: str = "buyer",
    now: datetime | None = None,
    order_id: str | None = None,
) -> int | None:
    """Log a message (a new conversation, or in `thread_id`); returns its id, None if canceled."""
    db = session.store.db
    if thread_id is None and order_id is not None:
        threads = thread_ids_of_order(db, order_id)
        thread_id = threads[-1] if threads else f"order-{order_id}"
    if order_id is None and thread_id is not None:
        order_id = thread_order(db, thread_id)
    values = {
        "thread_id": thread_id,
        "order_id": order_id,
        "sender": sender,
        "sent_at": utc_text(now or datetime.now(UTC)),
    }
    dialog = MessageDialog(session.store, values, parent)
    if not dialog.exec():
        return None
    values = dialog.values()
    command = InsertMessage(
        session.store, values, RecordDialogs.tr("Log message in {thread}").format(thread=values["thread_id"])
    )
    session.push(command)
    return command.key


def edit_message(session: ShopSession, key: int, parent: QWidget | None = None) -> bool:
    record = session.store.get("messages", key)
    if record is None:
        return False
    dialog = MessageDialog(session.store, record, parent, editing=key)
    if not dialog.exec():
        return False
    changes = {k: v for k, v in dialog.values().items() if record.get(k) != v}
    if not changes:
        return False
    session.push(UpdateMessage(session.store, key, changes, RecordDialogs.tr("Edit message")))
    return True


def _add(session: ShopSession, parent: QWidget | None, table: str, dialog: FormDialog, text: str) -> int | None:
    if not dialog.exec():
        return None
    values = dialog.values()
    command = InsertRecord(session.store, table, values, RecordDialogs.tr(text).format(order=values["order_id"]))
    session.push(command)
    return command.key


def _edit(
    session: ShopSession,
    parent: QWidget | None,
    table: str,
    key: int,
    dialog: FormDialog,
    record: dict[str, Any],
    text: str,
) -> bool:
    if not dialog.exec():
        return False
    changes = {k: v for k, v in dialog.values().items() if record.get(k) != v}
    if not changes:
        return False
    session.push(
        UpdateRecord(session.store, table, key, changes, RecordDialogs.tr(text).format(order=record["order_id"]))
    )
    return True


def add_review(session: ShopSession, parent: QWidget | None = None, order_id: str | None = None) -> int | None:
    dialog = ReviewDialog(session.store, {"order_id": order_id}, session.today().isoformat(), parent)
    return _add(session, parent, "reviews", dialog, QT_TRANSLATE_NOOP("RecordDialogs", "Add review of order {order}"))


def edit_review(session: ShopSession, key: int, parent: QWidget | None = None) -> bool:
    record = session.store.get("reviews", key)
    if record is None:
        return False
    dialog = ReviewDialog(session.store, record, session.today().isoformat(), parent, editing=key)
    return _edit(
        session,
        parent,
        "reviews",
        key,
        dialog,
        record,
        QT_TRANSLATE_NOOP("RecordDialogs", "Edit review of order {order}"),
    )


def open_case(session: ShopSession, parent: QWidget | None = None, order_id: str | None = None) -> int | None:
    dialog = CaseDialog(session.store, {"order_id": order_id}, session.today().isoformat(), parent)
    return _add(session, parent, "cases", dialog, QT_TRANSLATE_NOOP("RecordDialogs", "Open case on order {order}"))


def edit_case(session: ShopSession, key: int, parent: QWidget | None = None) -> bool:
    record = session.store.get("cases", key)
    if record is None:
        return False
    dialog = CaseDialog(session.store, record, session.today().isoformat(), parent, editing=key)
    return _edit(
        session, parent, "cases", key, dialog, record, QT_TRANSLATE_NOOP("RecordDialogs", "Edit case on order {order}")
    )
