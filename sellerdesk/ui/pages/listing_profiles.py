"""Listings and their shipping profiles, on the Shipping profiles page: Etsy's downloads carry no
processing time, so imported orders take the ship-by date of their listings' profile (else the default
profile). The seller picks a profile per listing once; every later import remembers it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.store import listings, tools
from sellerdesk.ui.session import ShopSession
from sellerdesk.ui.tools_commands import SetListingProfile
from sellerdesk.ui.vocabulary import Columns

COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Listing"),
    QT_TRANSLATE_NOOP("Columns", "Item"),
    QT_TRANSLATE_NOOP("Columns", "Orders"),
    QT_TRANSLATE_NOOP("Columns", "Shipping profile"),
)


class ListingProfiles(QWidget):
    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("listings")
        self.table.setHorizontalHeaderLabels([Columns.tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Listings and their shipping profiles"))
        layout.addWidget(self.table, 1)
        self.combos: dict[str, QComboBox] = {}
        session.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, tables: frozenset[str]) -> None:
        if tables & {"shipping_profiles", "order_items"}:
            self.reload()
        elif "listing_profiles" in tables:
            self._show_choices()  # a choice made or undone: the listings are the same, only their combos move

    def _show_choices(self) -> None:
        chosen = dict(self.session.store.db.execute("SELECT listing_id, profile_id FROM listing_profiles").fetchall())
        for listing_id, combo in self.combos.items():
            profile_id = chosen.get(listing_id)
            combo.setCurrentIndex(max(0, combo.findData(profile_id if profile_id is not None else -1)))

    def reload(self) -> None:
        store = self.session.store
        rows = listings.listings(store)
        profiles = tools.profiles(store)
        default = next((p["name"] for p in profiles if p["is_default"]), None)
        if not rows:
            self.heading.setText(
                self.tr("Listings appear here once you import Etsy's order items download (File > Import…).")
            )
        else:
            self.heading.setText(
                self.tr(
                    "Imported orders take the ship-by date of their listing's profile; a listing on “{default}” "
                    "uses the default profile. Your choice is kept for every later import."
                ).format(default=self.default_text(default))
            )
        self.table.setRowCount(len(rows))
        self.combos.clear()
        for r, row in enumerate(rows):
            for c, value in enumerate((row["listing_id"], row["title"] or "", row["orders"])):
                item = QTableWidgetItem(str(value))
                if c == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
            combo = QComboBox()
            combo.addItem(self.default_text(default), -1)
            for p in profiles:
                combo.addItem(p["name"], p["id"])
            combo.setCurrentIndex(max(0, combo.findData(row["profile_id"] if row["profile_id"] is not None else -1)))
            combo.setAccessibleName(self.tr("Shipping profile of listing {listing}").format(listing=row["listing_id"]))
            combo.activated.connect(lambda index, c=combo, lid=row["listing_id"]: self._chosen(lid, c.itemData(index)))
            self.table.setCellWidget(r, 3, combo)
            self.combos[row["listing_id"]] = combo

    def default_text(self, default: str | None) -> str:
        if default is None:
            return self.tr("Default profile (none set)")
        return self.tr("Default profile ({name})").format(name=default)

    def choose(self, listing_id: str, profile_id: int | None) -> None:
        """Map a listing to a profile (None: the default profile), as one undo step."""
        if listings.listing_profile(self.session.store, listing_id) == profile_id:
            return
        self.session.push(
            SetListingProfile(
                self.session.store,
                listing_id,
                profile_id,
                self.tr("Shipping profile of listing {listing}").format(listing=listing_id),
            )
        )

    def _chosen(self, listing_id: str, data: int) -> None:
        self.choose(listing_id, None if data == -1 else int(data))
