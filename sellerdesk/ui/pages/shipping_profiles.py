"""Shipping profiles: processing and transit times that give each order its ship-by date and EDD."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.core.records import optional_int, optional_text, parse_int, required
from sellerdesk.store import tools
from sellerdesk.ui.commands import InsertRecord
from sellerdesk.ui.dialogs.labels import labels_for
from sellerdesk.ui.dialogs.order_picker import OrderPicker
from sellerdesk.ui.pages.base import Page
from sellerdesk.ui.pages.listing_profiles import ListingProfiles
from sellerdesk.ui.session import ShopSession
from sellerdesk.ui.tools_commands import AssignProfile, DeleteProfile, SetDefaultProfile, UpdateProfile
from sellerdesk.ui.vocabulary import Columns
from sellerdesk.ui.widgets.form import FormDialog

DATE_KEYS = ("processing_min", "processing_max", "domestic_transit_max", "international_transit_max")


def _span(lo: Any, hi: Any, unit: str) -> str:
    if lo is None and hi is None:
        return "—"
    return f"{lo}–{hi} {unit}" if lo != hi else f"{hi} {unit}"


def profile_checks(values: dict[str, Any]) -> dict[str, str]:
    errors = {}
    if values["processing_max"] < values["processing_min"]:
        errors["processing_max"] = "the longest processing time must not be shorter than the shortest"
    for kind in ("domestic", "international"):
        lo, hi = values[f"{kind}_transit_min"], values[f"{kind}_transit_max"]
        if (lo is None) != (hi is None):
            errors[f"{kind}_transit_max"] = "give both transit times, or neither (RULES.md fallbacks are used)"
        elif lo is not None and hi < lo:
            errors[f"{kind}_transit_max"] = "the longest transit time must not be shorter than the shortest"
    return errors


class ProfileDialog(FormDialog):
    def __init__(self, profile: dict[str, Any] | None, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Edit shipping profile") if profile else self.tr("New shipping profile"), parent, profile_checks
        )
        p = profile or {"processing_min": 1, "processing_max": 3, "origin_country": "US"}
        days = self.tr("business days")
        self.add_field("name", self.tr("Name"), QLineEdit(), required, p.get("name"))
        self.add_field(
            "processing_min",
            self.tr("Processing, shortest ({u})").format(u=days),
            QLineEdit(),
            lambda t: parse_int(t, 0, 70),
            p.get("processing_min"),
        )
        self.add_field(
            "processing_max",
            self.tr("Processing, longest ({u})").format(u=days),
            QLineEdit(),
            lambda t: parse_int(t, 0, 70),
            p.get("processing_max"),
        )
        self.add_field(
            "origin_country",
            self.tr("Ships from (country code)"),
            QLineEdit(),
            lambda t: required(t).upper(),
            p.get("origin_country"),
        )
        self.add_field(
            "origin_postal_code", self.tr("Origin postal code"), QLineEdit(), optional_text, p.get("origin_postal_code")
        )
        self.add_field("carrier", self.tr("Carrier"), QLineEdit(), optional_text, p.get("carrier"))
        self.add_field("mail_class", self.tr("Mail class"), QLineEdit(), optional_text, p.get("mail_class"))
        for kind, label in (("domestic", self.tr("Domestic")), ("international", self.tr("International"))):
            for end, word in (("min", self.tr("shortest")), ("max", self.tr("longest"))):
                key = f"{kind}_transit_{end}"
                self.add_field(
                    key,
                    self.tr("{k} transit, {w} ({u})").format(k=label, w=word, u=days),
                    QLineEdit(),
                    lambda t: optional_int(t, 0, 120),
                    p.get(key),
                )
        for name in ("domestic_transit_min", "international_transit_min"):
            self.fields[name].widget.setPlaceholderText(self.tr("blank: fallback 4 domestic / 10 international"))
        self.setMinimumWidth(560)

    def show_errors(self, problems: dict[str, str]) -> None:
        super().show_errors(problems)
        self.adjustSize()  # make room for the messages under the fields


class ShippingProfilesPage(Page):
    key = "shipping_profiles"
    COLUMNS = (
        QT_TRANSLATE_NOOP("Columns", "Name"),
        QT_TRANSLATE_NOOP("Columns", "Processing"),
        QT_TRANSLATE_NOOP("Columns", "From"),
        QT_TRANSLATE_NOOP("Columns", "Carrier"),
        QT_TRANSLATE_NOOP("Columns", "Domestic"),
        QT_TRANSLATE_NOOP("Columns", "International"),
        QT_TRANSLATE_NOOP("Columns", "Open orders"),
        QT_TRANSLATE_NOOP("Columns", "Default"),
    )

    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.title = self.tr("Shipping profiles")
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Each order's ship-by date is its order date plus the profile's longest processing time in business "
                "days (weekends and your holidays never count); its estimated delivery adds the transit time. "
                "Custom orders keep their own processing time."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("profiles")
        self.table.setHorizontalHeaderLabels([Columns.tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        layout.addWidget(self.table, 2)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("new", self.tr("New profile"), self.new_record),
            ("edit", self.tr("Edit…"), self.edit_selected),
            ("delete", self.tr("Delete"), self.delete_selected),
            ("default", self.tr("Use for new orders"), self.make_default),
            ("assign", self.tr("Assign to orders…"), self.assign),
            ("labels", self.tr("Labels and packing slips…"), lambda: labels_for(self, self.session)),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=slot: s())
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        layout.addLayout(row)
        listings_title = QLabel(self.tr("<b>Listings</b>"))
        layout.addWidget(listings_title)
        self.listings = ListingProfiles(session)
        layout.addWidget(self.listings, 3)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        session.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, tables: frozenset[str]) -> None:
        if tables & {"shipping_profiles", "orders"}:
            self.reload()

    def reload(self) -> None:
        keep = self.selected_id()
        rows = tools.profiles(self.session.store)
        self.table.setRowCount(len(rows))
        days = self.tr("days")
        for r, p in enumerate(rows):
            cells = (
                p["name"],
                _span(p["processing_min"], p["processing_max"], days),
                f"{p['origin_country']} {p['origin_postal_code']}".strip(),
                " · ".join(x for x in (p["carrier"], p["mail_class"]) if x) or "—",
                _span(p["domestic_transit_min"], p["domestic_transit_max"], days),
                _span(p["international_transit_min"], p["international_transit_max"], days),
                str(p["open_orders"]),
                "✓" if p["is_default"] else "",
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, p["id"])
                self.table.setItem(r, c, item)
            if p["id"] == keep:
                self.table.selectRow(r)
        if keep is None and rows:
            self.table.selectRow(0)
        self._enable()

    def selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def select(self, profile_id: int) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == profile_id:
                self.table.selectRow(r)

    def _enable(self) -> None:
        has = self.selected_id() is not None
        for key in ("edit", "delete", "default", "assign"):
            self.buttons[key].setEnabled(has)

    # -- edits ---------------------------------------------------------------------------
    def new_record(self) -> None:
        dialog = ProfileDialog(None, self)
        if dialog.exec():
            command = InsertRecord(
                self.session.store,
                "shipping_profiles",
                dialog.values(),
                self.tr("New shipping profile “{n}”").format(n=dialog.values()["name"]),
            )
            self.session.push(command)
            self.select(command.key)

    def edit_selected(self) -> None:
        profile_id = self.selected_id()
        profile = self.session.store.get("shipping_profiles", profile_id) if profile_id is not None else None
        if profile is None:
            return
        dialog = ProfileDialog(profile, self)
        if dialog.exec():
            self.apply_edit(profile_id, dialog.values())

    def apply_edit(self, profile_id: int, values: dict[str, Any]) -> None:
        """Save a profile edit; when its times move open orders' dates, offer to recompute them too."""
        store = self.session.store
        before = store.get("shipping_profiles", profile_id) or {}
        changes = {k: v for k, v in values.items() if before.get(k) != v}
        if not changes:
            return
        date_changes: list[tools.DateChange] = []
        if any(k in changes for k in DATE_KEYS):
            proposed = tools.profile_recompute(store, profile_id, {**before, **values})
            if proposed:
                answer = self.ask_recompute(values["name"], proposed)
                if answer is None:
                    return
                date_changes = proposed if answer else []
        title = self.tr("Edit shipping profile “{n}”").format(n=values["name"])
        if date_changes:
            title += self.tr(" and recompute %n open order(s)", "", len(date_changes))
        self.session.push(UpdateProfile(store, profile_id, changes, date_changes, title))

    def ask_recompute(self, name: str, changes: list[tools.DateChange]) -> bool | None:
        """Yes: recompute; No: keep the orders' dates; Cancel: don't save. (Tests replace this.)"""
        moved = sum(1 for c in changes if c.ship_by_changes)
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Recompute open orders?"))
        box.setText(
            self.tr(
                "The new times of “{name}” change the ship-by date of %n open order(s) and the estimated delivery "
                "of {total}. Recompute them now? (One undo step.)",
                "",
                moved,
            ).format(name=name, total=len(changes))
        )
        box.setDetailedText(
            "\n".join(
                f"{c.order_id}: ship by {c.before['ship_by']} → {c.after['ship_by']}, EDD {c.before['edd']} → "
                f"{c.after['edd']}"
                for c in changes[:200]
            )
        )
        box.setStandardButtons(
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Recompute %n", "", len(changes)))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep their dates"))
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Cancel:
            return None
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> None:
        profile_id = self.selected_id()
        profile = self.session.store.get("shipping_profiles", profile_id) if profile_id is not None else None
        if profile is None:
            return
        used = len(tools.profile_order_ids(self.session.store, profile_id))
        answer = QMessageBox.question(
            self,
            self.tr("Delete shipping profile"),
            self.tr(
                "Delete “{name}”? %n order(s) use it and will have no profile (their dates stay). "
                "You can undo this with Ctrl+Z.",
                "",
                used,
            ).format(name=profile["name"]),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.session.push(
                DeleteProfile(
                    self.session.store, profile_id, self.tr("Delete shipping profile “{n}”").format(n=profile["name"])
                )
            )

    def make_default(self) -> None:
        profile_id = self.selected_id()
        if profile_id is not None:
            self.session.push(
                SetDefaultProfile(self.session.store, profile_id, self.tr("Default shipping profile for new orders"))
            )

    def assign(self, order_ids: list[str] | None = None) -> None:
        profile_id = self.selected_id()
        if profile_id is None:
            return
        name = self.session.store.get("shipping_profiles", profile_id)["name"]
        if order_ids is None:
            picker = OrderPicker(
                self.session,
                self.tr("Assign “{n}” to orders").format(n=name),
                self.tr(
                    "Check the open orders to ship with “{n}”. Non-custom orders take its processing time, and their "
                    "ship-by date and estimated delivery are recomputed."
                ).format(n=name),
                parent=self,
            )
            order_ids = picker.selected() if picker.exec() else []
        if order_ids:
            self.session.push(
                AssignProfile(
                    self.session.store,
                    order_ids,
                    profile_id,
                    self.tr("Assign “{name}” to %n order(s)", "", len(order_ids)).format(name=name),
                )
            )

    def open_record(self, kind: str, key: object) -> bool:
        if kind == "shipping_profile" and isinstance(key, int):
            self.select(key)
            return True
        return False

    def save_state(self, settings: QSettings) -> None:
        pass
