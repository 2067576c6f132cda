"""Undoable seller-tool edits: each one QUndoCommand over a store.tools write (one transaction each way)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtGui import QUndoCommand

from sellerdesk.store import tools
from sellerdesk.store.listings import listing_profile, set_listing_profile
from sellerdesk.store.store import Row, Store


class LogReply(QUndoCommand):
    """A saved reply used on an order or thread: the seller's message at that moment, and its use counted."""

    def __init__(
        self,
        store: Store,
        reply_id: int | None,
        text: str,
        at: datetime,
        order_id: str | None = None,
        thread_id: str | None = None,
        title: str = "Log reply",
    ) -> None:
        super().__init__(title)
        self.store, self.args = store, (reply_id, text, at, order_id, thread_id)
        self.record: dict[str, Any] | None = None

    def redo(self) -> None:
        reply_id, text, at, order_id, thread_id = self.args
        self.record = tools.log_reply(self.store, reply_id, text, at, order_id, thread_id)

    def undo(self) -> None:
        if self.record is not None:
            tools.unlog_reply(self.store, self.record)


class UpdateProfile(QUndoCommand):
    """Edit a shipping profile and, optionally, move its open orders' ship-by/EDD with it: one step."""

    def __init__(
        self, store: Store, profile_id: int, changes: Row, date_changes: Sequence[tools.DateChange], title: str
    ) -> None:
        super().__init__(title)
        self.store, self.profile_id = store, profile_id
        current = store.get("shipping_profiles", profile_id) or {}
        self.before = {k: current.get(k) for k in changes}
        self.after = dict(changes)
        self.date_changes = list(date_changes)

    def redo(self) -> None:
        with self.store.write("shipping_profiles", "orders"):
            self.store.update("shipping_profiles", self.profile_id, self.after)
            tools.apply_date_changes(self.store, self.date_changes)

    def undo(self) -> None:
        with self.store.write("shipping_profiles", "orders"):
            tools.apply_date_changes(self.store, self.date_changes, undo=True)
            self.store.update("shipping_profiles", self.profile_id, self.before)


class SetHolidays(QUndoCommand):
    """Replace the holiday calendar, with its effect on open orders (if applied), as one step."""

    def __init__(
        self, store: Store, days: Sequence[tuple[str, str]], date_changes: Sequence[tools.DateChange], title: str
    ) -> None:
        super().__init__(title)
        self.store = store
        self.before = tools.holidays(store)
        self.after = sorted(set(days))
        self.date_changes = list(date_changes)

    def redo(self) -> None:
        tools.replace_holidays(self.store, self.after, self.date_changes)

    def undo(self) -> None:
        tools.replace_holidays(self.store, self.before, self.date_changes, undo=True)


class SetDefaultProfile(QUndoCommand):
    def __init__(self, store: Store, profile_id: int | None, title: str) -> None:
        super().__init__(title)
        self.store, self.profile_id = store, profile_id
        current = tools.default_profile(store)
        self.before = current["id"] if current else None

    def redo(self) -> None:
        tools.set_default_profile(self.store, self.profile_id)

    def undo(self) -> None:
        tools.set_default_profile(self.store, self.before)


class AssignProfile(QUndoCommand):
    def __init__(self, store: Store, order_ids: Sequence[str], profile_id: int | None, title: str) -> None:
        super().__init__(title)
        self.store, self.order_ids, self.profile_id = store, list(order_ids), profile_id
        self.before: list[dict[str, Any]] = []

    def redo(self) -> None:
        self.before = tools.assign_profile(self.store, self.order_ids, self.profile_id)

    def undo(self) -> None:
        tools.restore_orders(self.store, self.before)


class MarkCustom(QUndoCommand):
    def __init__(
        self, store: Store, order_id: str, custom: bool, processing: tuple[int | None, int | None], title: str
    ) -> None:
        super().__init__(title)
        self.store, self.order_id, self.custom, self.processing = store, order_id, custom, processing
        self.before: dict[str, Any] = {}

    def redo(self) -> None:
        self.before = tools.mark_custom(self.store, self.order_id, self.custom, *self.processing)

    def undo(self) -> None:
        tools.restore_orders(self.store, [self.before])


class AddMessages(QUndoCommand):
    """Log messages (e.g. the vacation auto-replies Etsy sent) so they count as replies."""

    def __init__(self, store: Store, rows: Sequence[Row], title: str) -> None:
        super().__init__(title)
        self.store, self.rows = store, [dict(r) for r in rows]
        self.ids: list[int] = []

    def redo(self) -> None:
        self.ids = tools.add_messages(self.store, self.rows)

    def undo(self) -> None:
        tools.delete_messages(self.store, self.ids)


class DeleteProfile(QUndoCommand):
    """Delete a shipping profile; undo puts it back on the orders that used it."""

    def __init__(self, store: Store, profile_id: int, title: str) -> None:
        super().__init__(title)
        self.store, self.profile_id = store, profile_id
        self.snapshot: dict[str, list[Row]] = {}
        self.links: list[dict[str, Any]] = []

    def redo(self) -> None:
        self.snapshot = self.store.snapshot("shipping_profiles", self.profile_id)
        self.links = [
            {"order_id": o, "shipping_profile_id": self.profile_id}
            for o in tools.profile_order_ids(self.store, self.profile_id)
        ]
        self.store.delete("shipping_profiles", self.profile_id)

    def undo(self) -> None:
        with self.store.write("shipping_profiles", "orders"):
            self.store.restore(self.snapshot)
            tools.restore_orders(self.store, self.links)


class SetShop(QUndoCommand):
    """Shop details and rule settings from the Settings page, as one step."""

    def __init__(self, store: Store, shop: Row, settings: dict[str, str], title: str) -> None:
        super().__init__(title)
        self.store = store
        current = store.shop()
        self.shop_before = {k: current[k] for k in shop}
        self.shop_after = dict(shop)
        self.settings_before = {k: store.setting(k) for k in settings}
        self.settings_after: dict[str, str | None] = dict(settings)

    def _apply(self, shop: Row, settings: dict[str, str | None]) -> None:
        with self.store.write("shops", "settings", "threads"):
            if shop:
                self.store.update_shop(**shop)
            for key, value in settings.items():
                tools.put_setting(self.store, key, value)

    def redo(self) -> None:
        self._apply(self.shop_after, self.settings_after)

    def undo(self) -> None:
        self._apply(self.shop_before, self.settings_before)


class EditVacation(QUndoCommand):
    """Add (key None), change or delete (values None) a vacation."""

    def __init__(self, store: Store, key: int | None, values: Row | None, title: str) -> None:
        super().__init__(title)
        self.store, self.key, self.values = store, key, values
        self.before = store.get("vacations", key) if key is not None else None

    def redo(self) -> None:
        if self.values is None:
            self.store.delete("vacations", self.key)
        elif self.before is None:
            self.key = self.store.insert("vacations", {**self.values, **({"id": self.key} if self.key else {})})
        else:
            self.store.update("vacations", self.key, self.values)

    def undo(self) -> None:
        if self.before is None:
            self.store.delete("vacations", self.key)
        elif self.values is None:
            self.store.insert("vacations", self.before)
        else:
            self.store.update("vacations", self.key, {k: self.before[k] for k in self.values})


class SetListingProfile(QUndoCommand):
    """Which shipping profile a listing's imported orders take (store/listings.py)."""

    def __init__(self, store: Store, listing_id: str, profile_id: int | None, title: str) -> None:
        super().__init__(title)
        self.store, self.listing_id, self.profile_id = store, listing_id, profile_id
        self.before = listing_profile(store, listing_id)

    def redo(self) -> None:
        set_listing_profile(self.store, self.listing_id, self.profile_id)

    def undo(self) -> None:
        set_listing_profile(self.store, self.listing_id, self.before)
