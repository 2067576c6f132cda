"""Cases: every case with its reason and resolution; open, edit, resolve, exclude, delete."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from sellerdesk.core.odr import EXCLUSION_REASONS
from sellerdesk.core.records import CASE_REASONS, CASE_RESOLUTIONS
from sellerdesk.store.record_tables import cases_query
from sellerdesk.ui import locale_format
from sellerdesk.ui.commands import DeleteRecords
from sellerdesk.ui.dialogs.evidence import save_evidence
from sellerdesk.ui.dialogs.record_dialogs import edit_case, open_case
from sellerdesk.ui.dialogs.review_case_dialogs import mark_excluded, resolve_case
from sellerdesk.ui.pages.reviews import MUTED, PROBLEM
from sellerdesk.ui.session import ShopSession
from sellerdesk.ui.tasks import Job
from sellerdesk.ui.vocabulary import words
from sellerdesk.ui.widgets.record_table import RecordTablePage


class CasesPage(RecordTablePage):
    key = "cases"
    watches = frozenset({"cases", "orders"})

    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, cases_query(session.store.db), parent)
        self.title = self.tr("Cases")
        self.search.setPlaceholderText(self.tr("Search order id or buyer  (Ctrl+F)"))
        self.set_filters(
            [
                (self.tr("All cases"), ""),
                (self.tr("Open cases"), "open"),
                (self.tr("Closed cases"), "closed"),
                (self.tr("Excluded (seller protection)"), "excluded"),
                *[(self.tr("Reason: {reason}").format(reason=words(r)), f"reason:{r}") for r in CASE_REASONS],
                *[(self.tr("Resolution: {res}").format(res=words(r)), f"resolution:{r}") for r in CASE_RESOLUTIONS],
                *[(self.tr("Excluded: {reason}").format(reason=words(r)), f"excluded:{r}") for r in EXCLUSION_REASONS],
            ]
        )
        self.add_button(self.tr("Open case…"), self.new_record, "add", needs_selection=False)
        self.add_button(self.tr("Edit…"), self.edit_selected, "edit")
        self.add_button(self.tr("Resolve…"), self.resolve_selected, "resolve")
        self.add_button(self.tr("Exclude / count again…"), self.exclude_selected, "exclude")
        evidence = self.add_button(self.tr("Evidence for case…"), self.evidence_selected, "evidence")
        evidence.setToolTip(
            self.tr("A PDF to attach to Etsy's case: the order's timeline, messages, reviews and seller protection")
        )
        self.add_button(self.tr("Delete"), self.delete_selected, "delete")
        self.finish_buttons()
        open_text = self.tr("open")
        self.model.formatters = {
            "opened_date": lambda v, _row: locale_format.day(v),
            "closed_date": lambda v, _row: locale_format.day(v),
            "order_date": lambda v, _row: locale_format.day(v),  # as every date the table shows
            "reason": lambda v, _row: words(v),
            "resolution": lambda v, _row: words(v) if v else open_text,
            "excluded_reason": lambda v, _row: words(v),
        }
        self.model.row_brush = self._brush
        for column, width in (
            ("opened_date", 95),
            ("order_id", 85),
            ("buyer", 130),
            ("reason", 130),
            ("resolution", 140),
            ("closed_date", 95),
            ("excluded_reason", 200),
        ):
            self.table.setColumnWidth(self.query.column_index(column), width)
        self.show_detail()

    def _brush(self, row: tuple) -> dict[int, Any]:
        if row[1 + self.query.column_index("excluded_reason")]:
            return {Qt.ItemDataRole.ForegroundRole: MUTED}
        if row[1 + self.query.column_index("resolution")] is None:
            return {Qt.ItemDataRole.ForegroundRole: PROBLEM}
        return {}

    def make_detail(self) -> QWidget:
        self.detail_label = QLabel()
        self.detail_label.setObjectName("detail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setMargin(8)
        return self.detail_label

    def show_detail(self) -> None:
        key = self.selected_key()
        case = self.session.store.get("cases", key) if key is not None else None
        if case is None:
            self.detail_label.setText(self.tr("Select a case to see it here. Ctrl+N opens one."))
            return
        state = (
            self.tr("Open since {day}").format(day=locale_format.day(case["opened_date"]))
            if not case["resolution"]
            else self.tr("Closed {day}: {res}").format(
                day=locale_format.day(case["closed_date"]), res=words(case["resolution"])
            )
        )
        if case["excluded_reason"]:
            effect = self.tr("Excluded ({reason}): does not make the order a problem order.").format(
                reason=words(case["excluded_reason"])
            )
        else:
            effect = self.tr("Order {order} is a problem order in the ODR, whatever the resolution.").format(
                order=case["order_id"]
            )
        self.detail_label.setText(
            f"<b>{html.escape(case['order_id'])}</b> — {html.escape(words(case['reason']))}<br>"
            f"{html.escape(state)}<br>{html.escape(effect)}"
        )

    # -- actions -------------------------------------------------------------------------
    def new_record(self) -> None:
        key = open_case(self.session, self)
        if key is not None:
            self.select_key(key)

    def edit_selected(self) -> None:
        key = self.selected_key()
        if key is not None:
            edit_case(self.session, key, self)

    def resolve_selected(self) -> None:
        key = self.selected_key()
        if key is not None:
            resolve_case(self.session, key, self)

    def exclude_selected(self) -> None:
        key = self.selected_key()
        if key is not None:
            mark_excluded(self.session, "cases", key, self)

    def evidence_selected(self) -> Job | None:
        key = self.selected_key()
        case = self.session.store.get("cases", key) if key is not None else None
        return save_evidence(self, self.session, case["order_id"]) if case is not None else None

    def delete_selected(self) -> None:
        keys = self.selected_keys()
        if not keys:
            return
        if not self.confirm(
            self.tr("Delete cases"), self.tr("Delete %n case(s)? You can undo this with Ctrl+Z.", "", len(keys))
        ):
            return
        self.session.push(DeleteRecords(self.session.store, "cases", keys, self.tr("Delete %n case(s)", "", len(keys))))

    def open_record(self, kind: str, key: object) -> bool:
        if kind != "case":
            return False
        case = self.session.store.get("cases", key)
        return case is not None and self.reveal(key, case["order_id"])
