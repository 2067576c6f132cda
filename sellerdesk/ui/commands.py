"""Undoable edits: every change a user makes is one QUndoCommand over the store's write path."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from sellerdesk.store.store import Store

#: What to put back when an order is deleted and the deletion is undone.
ORDER_CHILDREN = ("order_items", "reviews", "cases", "messages")


class InsertRecord(QUndoCommand):
    def __init__(self, store: Store, table: str, values: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.store, self.table, self.values = store, table, dict(values)
        self.key: Any = None

    def redo(self) -> None:
        self.key = self.store.insert(self.table, self.values)
        if self.table != "orders":
            self.values.setdefault("id", self.key)

    def undo(self) -> None:
        self.store.delete(self.table, self.key)


class UpdateRecord(QUndoCommand):
    def __init__(self, store: Store, table: str, key: Any, changes: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.store, self.table, self.key = store, table, key
        current = store.get(table, key) or {}
        self.before = {k: current.get(k) for k in changes}
        self.after = dict(changes)

    def redo(self) -> None:
        self.store.update(self.table, self.key, self.after)

    def undo(self) -> None:
        self.store.update(self.table, self.key, self.before)


class DeleteRecords(QUndoCommand):
    """Delete one or more records; undo restores them (an order with its items, reviews, cases, messages)."""

    def __init__(self, store: Store, table: str, keys: list[Any], text: str) -> None:
        super().__init__(text)
        self.store, self.table, self.keys = store, table, list(keys)
        self.snapshots: list[dict[str, list[dict[str, Any]]]] = []

    def redo(self) -> None:
        self.snapshots = [self.store.snapshot(self.table, key) for key in self.keys]
        with self.store.write(self.table, *ORDER_CHILDREN, "threads"):
            for key in self.keys:
                self.store.delete(self.table, key)

    def undo(self) -> None:
        with self.store.write(self.table, *ORDER_CHILDREN, "threads"):
            for snapshot in self.snapshots:
                self.store.restore(snapshot)
