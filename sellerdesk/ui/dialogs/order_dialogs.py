"""Order dialogs: add / edit an order, Mark shipped, Extend ship-by, Mark as custom. Each accepted
dialog is one undo step; what is wrong is said next to the field (RULES.md 4 for the dates)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from sellerdesk.core.dates import ExtensionError, check_extension
from sellerdesk.core.records import (
    ORDER_STATUSES,
    FieldError,
    optional_day,
    optional_int,
    optional_text,
    parse_day,
    parse_flag,
    parse_money,
    parse_status,
    required,
    validate_dated_after_order,
    validate_order,
)
from sellerdesk.store.order_table import order_exists
from sellerdesk.store.store import Store
from sellerdesk.store.tools import new_order_defaults
from sellerdesk.ui.commands import InsertRecord, UpdateRecord
from sellerdesk.ui.dialogs.record_dialogs import RecordDialogs, date_field
from sellerdesk.ui.session import ShopSession
from sellerdesk.ui.tools_commands import MarkCustom
from sellerdesk.ui.widgets.form import FormDialog, choice_box, set_widget_text

ORDER_FIELDS = (
    "order_id",
    "order_date",
    "buyer",
    "total_minor",
    "currency",
    "processing_min",
    "processing_max",
    "ship_by",
    "shipped_date",
    "carrier",
    "tracking_number",
    "delivered_date",
    "status",
    "custom",
    "digital",
    "international",
    "note",
)


def _money_text(minor: Any) -> str | None:
    return None if minor is None else f"{int(minor) / 100:.2f}"


class OrderDialog(FormDialog):
    def __init__(
        self, store: Store, values: dict[str, Any], parent: QWidget | None = None, editing: str | None = None
    ) -> None:
        super().__init__("", parent, self._check)
        self.setWindowTitle(self.tr("Edit order {order}").format(order=editing) if editing else self.tr("New order"))
        self.store, self.editing = store, editing
        v = values
        oid = self.add_field("order_id", self.tr("Order id"), QLineEdit(), self._parse_order_id, v.get("order_id"))
        oid.setEnabled(editing is None)
        self.add_field("order_date", self.tr("Order date"), date_field(), parse_day, v.get("order_date"))
        self.add_field("buyer", self.tr("Buyer"), QLineEdit(), required, v.get("buyer"))
        self.add_field("total_minor", self.tr("Total"), QLineEdit(), parse_money, _money_text(v.get("total_minor")))
        self.add_field("currency", self.tr("Currency"), QLineEdit(), required, v.get("currency") or "USD")
        self.add_field(
            "processing_min", self.tr("Processing (min days)"), QLineEdit(), optional_int, v.get("processing_min")
        )
        self.add_field(
            "processing_max", self.tr("Processing (max days)"), QLineEdit(), optional_int, v.get("processing_max")
        )
        self.add_field(
            "ship_by", self.tr("Ship by (blank: from processing time)"), date_field(), optional_day, v.get("ship_by")
        )
        self.add_field("shipped_date", self.tr("Shipped"), date_field(), optional_day, v.get("shipped_date"))
        self.add_field("carrier", self.tr("Carrier"), QLineEdit(), optional_text, v.get("carrier"))
        self.add_field("tracking_number", self.tr("Tracking"), QLineEdit(), optional_text, v.get("tracking_number"))
        self.add_field("delivered_date", self.tr("Delivered"), date_field(), optional_day, v.get("delivered_date"))
        self.add_field("status", self.tr("Status"), choice_box(ORDER_STATUSES), parse_status, v.get("status") or "open")
        self.add_field("custom", "", QCheckBox(self.tr("Custom (made to order)")), parse_flag, v.get("custom"))
        self.add_field("digital", "", QCheckBox(self.tr("Digital (nothing to ship)")), parse_flag, v.get("digital"))
        self.add_field("international", "", QCheckBox(self.tr("International")), parse_flag, v.get("international"))
        self.add_field("note", self.tr("Note"), QPlainTextEdit(), optional_text, v.get("note"))

    def _parse_order_id(self, text: str | None) -> str:
        value = required(text)
        if self.editing is None and order_exists(self.store.db, value):
            raise FieldError(f"order {value} already exists; open it to edit it")
        return value

    def _check(self, values: dict[str, Any]) -> dict[str, str]:
        return validate_order(values)


class MarkShippedDialog(FormDialog):
    def __init__(self, order: dict[str, Any], today: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent, self._check)
        self.setWindowTitle(self.tr("Mark order {order} shipped").format(order=order["order_id"]))
        self.order = order
        self.add_field(
            "shipped_date", self.tr("Shipped on"), date_field(), parse_day, order.get("shipped_date") or today
        )
        self.add_field("carrier", self.tr("Carrier"), QLineEdit(), optional_text, order.get("carrier"))
        self.add_field(
            "tracking_number", self.tr("Tracking number"), QLineEdit(), optional_text, order.get("tracking_number")
        )

    def _check(self, values: dict[str, Any]) -> dict[str, str]:
        return validate_dated_after_order("shipped_date", values["shipped_date"], self.order["order_date"])


class ExtendShipByDialog(FormDialog):
    def __init__(self, order: dict[str, Any], today: date, parent: QWidget | None = None) -> None:
        super().__init__("", parent, self._check)
        self.setWindowTitle(self.tr("Extend ship-by of order {order}").format(order=order["order_id"]))
        self.order, self.today = order, today
        self.add_field(
            "ship_by_extended",
            self.tr("New ship-by date (once, at most 21 days later)"),
            date_field(),
            parse_day,
            order.get("ship_by_extended"),
        )

    def _check(self, values: dict[str, Any]) -> dict[str, str]:
        original = self.order.get("ship_by")
        try:
            check_extension(
                date.fromisoformat(original) if original else None,
                bool(self.order.get("ship_by_extended")),
                date.fromisoformat(values["ship_by_extended"]),
                self.today,
            )
        except ExtensionError as exc:
            return {"ship_by_extended": str(exc)}
        return {}


class MarkCustomDialog(FormDialog):
    """Custom (made to order) on or off, with the order's own processing time (RULES.md 4)."""

    def __init__(self, order: dict[str, Any], profile: dict[str, Any] | None, parent: QWidget | None = None) -> None:
        super().__init__("", parent, self._check)
        self.setWindowTitle(self.tr("Custom order {order}").format(order=order["order_id"]))
        self.profile = profile
        box = self.add_field("custom", "", QCheckBox(self.tr("Custom (made to order)")), parse_flag, 1)
        self.add_field(
            "processing_min",
            self.tr("Processing (min business days)"),
            QLineEdit(),
            optional_int,
            order.get("processing_min"),
        )
        self.add_field(
            "processing_max",
            self.tr("Processing (max business days)"),
            QLineEdit(),
            optional_int,
            order.get("processing_max"),
        )
        note = (
            self.tr("The ship-by date is recomputed from the longest processing time.")
            if not order.get("shipped_date") and not order.get("ship_by_extended")
            else self.tr("This order is shipped or its ship-by was extended: its ship-by date stays.")
        )
        self.form.addRow("", QLabel(note))
        box.toggled.connect(self._custom_toggled)

    def _custom_toggled(self, on: bool) -> None:
        """Back to a regular order: offer the shipping profile's processing time again."""
        if not on and self.profile is not None:
            set_widget_text(self.fields["processing_min"].widget, self.profile["processing_min"])
            set_widget_text(self.fields["processing_max"].widget, self.profile["processing_max"])

    def _check(self, values: dict[str, Any]) -> dict[str, str]:
        low, high = values["processing_min"], values["processing_max"]
        if values["custom"] and high is None:
            return {"processing_max": self.tr("a custom order needs its own processing time")}
        if low is not None and high is not None and low > high:
            return {"processing_max": self.tr("the longest time is shorter than the shortest ({low})").format(low=low)}
        return {}


# -- actions ----------------------------------------------------------------------------------
def add_order(session: ShopSession, parent: QWidget | None = None) -> str | None:
    """A new order starts from the default shipping profile and its processing time."""
    defaults = new_order_defaults(session.store)
    dialog = OrderDialog(session.store, {"order_date": session.today().isoformat(), **defaults}, parent)
    if not dialog.exec():
        return None
    values = {**defaults, **dialog.values()}
    session.push(
        InsertRecord(
            session.store, "orders", values, RecordDialogs.tr("Add order {order}").format(order=values["order_id"])
        )
    )
    return values["order_id"]


def edit_order(session: ShopSession, order_id: str, parent: QWidget | None = None) -> bool:
    record = session.store.get("orders", order_id)
    if record is None:
        return False
    dialog = OrderDialog(session.store, record, parent, editing=order_id)
    return _push_changes(session, dialog, record, RecordDialogs.tr("Edit order {order}").format(order=order_id))


def mark_shipped(session: ShopSession, order_id: str, parent: QWidget | None = None) -> bool:
    record = session.store.get("orders", order_id)
    if record is None:
        return False
    dialog = MarkShippedDialog(record, session.today().isoformat(), parent)
    extra = {"status": "shipped"} if record["status"] == "open" else {}
    return _push_changes(
        session, dialog, record, RecordDialogs.tr("Mark order {order} shipped").format(order=order_id), extra
    )


def extend_ship_by(session: ShopSession, order_id: str, parent: QWidget | None = None) -> bool:
    record = session.store.get("orders", order_id)
    if record is None:
        return False
    dialog = ExtendShipByDialog(record, session.as_of(), parent)
    extra = {"extended_on": session.as_of().isoformat()}
    return _push_changes(
        session, dialog, record, RecordDialogs.tr("Extend ship-by of order {order}").format(order=order_id), extra
    )


def mark_custom(session: ShopSession, order_id: str, parent: QWidget | None = None) -> bool:
    record = session.store.get("orders", order_id)
    if record is None:
        return False
    profile_id = record.get("shipping_profile_id")
    profile = session.store.get("shipping_profiles", profile_id) if profile_id is not None else None
    dialog = MarkCustomDialog(record, profile, parent)
    if not dialog.exec():
        return False
    v = dialog.values()
    processing = (v["processing_min"], v["processing_max"])
    if (bool(v["custom"]), processing) == (
        bool(record.get("custom")),
        (record.get("processing_min"), record.get("processing_max")),
    ):
        return False
    text = (
        QT_TRANSLATE_NOOP("RecordDialogs", "Mark order {order} custom")
        if v["custom"]
        else QT_TRANSLATE_NOOP("RecordDialogs", "Mark order {order} not custom")
    )
    session.push(
        MarkCustom(
            session.store, order_id, bool(v["custom"]), processing, RecordDialogs.tr(text).format(order=order_id)
        )
    )
    return True


def _push_changes(
    session: ShopSession, dialog: FormDialog, record: dict[str, Any], text: str, extra: dict[str, Any] | None = None
) -> bool:
    if not dialog.exec():
        return False
    changes = {k: v for k, v in {**dialog.values(), **(extra or {})}.items() if record.get(k) != v}
    if not changes:
        return False
    session.push(UpdateRecord(session.store, "orders", record["order_id"], changes, text))
    return True
