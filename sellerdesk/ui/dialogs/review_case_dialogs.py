"""Mark a review or case excluded (seller protection), and resolve a case: each one undo step.

(Adding and editing reviews and cases: the shared dialogs of ui/dialogs/record_dialogs.py.)"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from sellerdesk.core.odr import EXCLUSION_REASONS
from sellerdesk.core.records import CASE_RESOLUTIONS, one_of, optional_day, parse_exclusion, validate_case
from sellerdesk.store.record_tables import order_date
from sellerdesk.ui.commands import UpdateRecord
from sellerdesk.ui.dialogs.record_dialogs import RecordDialogs
from sellerdesk.ui.session import ShopSession
from sellerdesk.ui.vocabulary import words
from sellerdesk.ui.widgets.form import FormDialog, choice_box

_KIND = {"reviews": QT_TRANSLATE_NOOP("RecordDialogs", "review"), "cases": QT_TRANSLATE_NOOP("RecordDialogs", "case")}


class ExclusionDialog(FormDialog):
    def __init__(self, record: dict[str, Any], kind: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Seller protection"))
        note = QLabel(
            self.tr(
                "An excluded {kind} does not make order {order} a problem order (the strict ODR still counts it). "
                "Choose the reason Etsy accepted, or 'not excluded' to count it again."
            ).format(kind=kind, order=record["order_id"])
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.add_field(
            "excluded_reason",
            self.tr("Reason"),
            choice_box(EXCLUSION_REASONS, blank=self.tr("not excluded")),
            parse_exclusion,
            record.get("excluded_reason"),
        )


class ResolveDialog(FormDialog):
    def __init__(self, record: dict[str, Any], ordered: str | None, today: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent, cross_check=self.check)
        self.setWindowTitle(self.tr("Resolve case"))
        self.record, self.ordered = record, ordered
        note = QLabel(
            self.tr("Case on order {order}, opened {day} ({reason}).").format(
                order=record["order_id"], day=record["opened_date"], reason=record["reason"].replace("_", " ")
            )
        )
        self.form.addRow(note)
        self.add_field(
            "resolution",
            self.tr("Resolution"),
            choice_box(CASE_RESOLUTIONS),
            one_of(CASE_RESOLUTIONS),
            record.get("resolution"),
        )
        self.add_field(
            "closed_date", self.tr("Closed on"), QLineEdit(), optional_day, record.get("closed_date") or today
        )
        self.fields["closed_date"].widget.setPlaceholderText("YYYY-MM-DD")

    def check(self, values: dict[str, Any]) -> dict[str, str]:
        return validate_case({**self.record, **values}, self.ordered)


def mark_excluded(session: ShopSession, table: str, key: int, parent: QWidget | None = None) -> bool:
    record = session.store.get(table, key)
    if record is None:
        return False
    dialog = ExclusionDialog(record, RecordDialogs.tr(_KIND[table]), parent)
    if not dialog.exec():
        return False
    reason = dialog.values()["excluded_reason"]
    if reason == record.get("excluded_reason"):
        return False
    text = (
        RecordDialogs.tr("Exclude {kind} of order {order} ({reason})")
        if reason
        else RecordDialogs.tr("Count {kind} of order {order} again")
    )
    session.push(
        UpdateRecord(
            session.store,
            table,
            key,
            {"excluded_reason": reason},
            text.format(kind=RecordDialogs.tr(_KIND[table]), order=record["order_id"], reason=words(reason)),
        )
    )
    return True


def resolve_case(session: ShopSession, key: int, parent: QWidget | None = None) -> bool:
    record = session.store.get("cases", key)
    if record is None:
        return False
    dialog = ResolveDialog(
        record, order_date(session.store.db, record["order_id"]), session.today().isoformat(), parent
    )
    if not dialog.exec():
        return False
    values = dialog.values()
    changes = {k: v for k, v in values.items() if record.get(k) != v}
    if not changes:
        return False
    session.push(
        UpdateRecord(
            session.store,
            "cases",
            key,
            changes,
            RecordDialogs.tr("Resolve case on order {order}").format(order=record["order_id"]),
        )
    )
    return True
