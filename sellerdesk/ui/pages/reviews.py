"""Reviews: every review with its order; low ones stand out; add, edit, exclude, delete."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QWidget

from sellerdesk.core.odr import EXCLUSION_REASONS
from sellerdesk.store.record_tables import reviews_query
from sellerdesk.ui import locale_format
from sellerdesk.ui.commands import DeleteRecords
from sellerdesk.ui.dialogs.record_dialogs import add_review, edit_review
from sellerdesk.ui.dialogs.review_case_dialogs import mark_excluded
from sellerdesk.ui.session import ShopSession
from sellerdesk.ui.vocabulary import words
from sellerdesk.ui.widgets.record_table import RecordTablePage

PROBLEM = QBrush(QColor("#d64541"))
MUTED = QBrush(QColor("#8a8a8a"))


def stars(rating: int | None) -> str:
    return "" if rating is None else "★" * rating + "☆" * (5 - rating)


class ReviewsPage(RecordTablePage):
    key = "reviews"
    watches = frozenset({"reviews", "orders"})

    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, reviews_query(session.store.db), parent)
        self.title = self.tr("Reviews")
        self.search.setPlaceholderText(self.tr("Search order id, buyer or review text  (Ctrl+F)"))
        self.set_filters(
            [
                (self.tr("All reviews"), ""),
                (self.tr("Low: 2 stars or fewer"), "low"),
                (self.tr("3 stars or fewer"), "low3"),
                (self.tr("Counting in the ODR (low, not excluded)"), "problem"),
                (self.tr("Excluded (seller protection)"), "excluded"),
                *[(self.tr("Excluded: {reason}").format(reason=words(r)), f"excluded:{r}") for r in EXCLUSION_REASONS],
            ]
        )
        self.add_button(self.tr("Add review…"), self.new_record, "add", needs_selection=False)
        self.add_button(self.tr("Edit…"), self.edit_selected, "edit")
        self.add_button(self.tr("Exclude / count again…"), self.exclude_selected, "exclude")
        self.add_button(self.tr("Delete"), self.delete_selected, "delete")
        self.finish_buttons()
        self.model.formatters = {
            "review_date": lambda v, _row: locale_format.day(v),
            "order_date": lambda v, _row: locale_format.day(v),  # as every date the table shows
            "rating": lambda v, _row: f"{stars(v)}  {v}" if v else "",
            "excluded_reason": lambda v, _row: words(v),
            "text": lambda v, _row: (v or "").replace("\n", " "),
        }
        self.model.alignments = {"rating": Qt.AlignmentFlag.AlignCenter}
        self.model.row_brush = self._brush
        for column, width in (
            ("review_date", 95),
            ("order_id", 85),
            ("buyer", 130),
            ("rating", 100),
            ("excluded_reason", 150),
            ("order_date", 95),
        ):
            self.table.setColumnWidth(self.query.column_index(column), width)
        self.show_detail()

    def _brush(self, row: tuple) -> dict[int, Any]:
        rating = row[1 + self.query.column_index("rating")]
        excluded = row[1 + self.query.column_index("excluded_reason")]
        if excluded:
            return {Qt.ItemDataRole.ForegroundRole: MUTED}
        if rating is not None and rating <= 2:
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
        review = self.session.store.get("reviews", key) if key is not None else None
        if review is None:
            self.detail_label.setText(self.tr("Select a review to see it here. Ctrl+N adds one."))
            return
        if review["excluded_reason"]:
            effect = self.tr("Excluded ({reason}): does not make the order a problem order.").format(
                reason=words(review["excluded_reason"])
            )
        elif review["rating"] <= 2:
            effect = self.tr("2 stars or fewer: order {order} is a problem order in the ODR.").format(
                order=review["order_id"]
            )
        else:
            effect = self.tr("Does not affect the ODR.")
        self.detail_label.setText(
            f"<b>{html.escape(review['order_id'])}</b> — {locale_format.day(review['review_date'])} — "
            f"<span style='font-size: 14pt'>{stars(review['rating'])}</span><br>"
            f"<i>{html.escape(review['text'] or self.tr('(no text)'))}</i><br>{html.escape(effect)}"
        )

    # -- actions -------------------------------------------------------------------------
    def new_record(self) -> None:
        key = add_review(self.session, self)
        if key is not None:
            self.select_key(key)

    def edit_selected(self) -> None:
        key = self.selected_key()
        if key is not None:
            edit_review(self.session, key, self)

    def exclude_selected(self) -> None:
        key = self.selected_key()
        if key is not None:
            mark_excluded(self.session, "reviews", key, self)

    def delete_selected(self) -> None:
        keys = self.selected_keys()
        if not keys:
            return
        if not self.confirm(
            self.tr("Delete reviews"),
            self.tr("Delete %n review(s)? You can undo this with Ctrl+Z.", "", len(keys)),
        ):
            return
        self.session.push(
            DeleteRecords(self.session.store, "reviews", keys, self.tr("Delete %n review(s)", "", len(keys)))
        )

    def open_record(self, kind: str, key: object) -> bool:
        if kind != "review":
            return False
        self.search.clear()
        self.apply_search()
        self.set_filter("")
        return self.select_key(key)
