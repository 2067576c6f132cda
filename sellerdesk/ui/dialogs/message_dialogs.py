"""Undoable edits of message threads: log a message, edit it, mark a thread spam, delete a thread.

Each is one QUndoCommand whose redo/undo run in one store transaction, so every page and the
status bar hear about it once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from sellerdesk.store.record_tables import buyer_message_ids, thread_messages
from sellerdesk.store.store import Store


class InsertMessage(QUndoCommand):
    """Log one message; undo removes it, and the thread too if the message started it."""

    def __init__(self, store: Store, values: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.store, self.values = store, dict(values)
        self.key: Any = None
        self.new_thread = store.get("threads", values["thread_id"]) is None

    def redo(self) -> None:
        self.key = self.store.insert("messages", self.values)
        self.values["id"] = self.key

    def undo(self) -> None:
        with self.store.write("messages", "threads"):
            self.store.delete("messages", self.key)
            if self.new_thread:
                self.store.delete("threads", self.values["thread_id"])


class UpdateMessage(QUndoCommand):
    def __init__(self, store: Store, key: int, changes: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.store, self.key = store, key
        current = store.get("messages", key) or {}
        self.before = {k: current.get(k) for k in changes} | {"thread_id": current.get("thread_id")}
        self.after = dict(changes) | {"thread_id": changes.get("thread_id", current.get("thread_id"))}

    def _apply(self, values: dict[str, Any], other: dict[str, Any]) -> None:
        with self.store.write("messages", "threads"):
            self.store.update("messages", self.key, values)
            if other["thread_id"] != values["thread_id"]:
                self.store.refresh_threads([other["thread_id"]])

    def redo(self) -> None:
        self._apply(self.after, self.before)

    def undo(self) -> None:
        self._apply(self.before, self.after)


class SetThreadSpam(QUndoCommand):
    """Mark (or unmark) a thread's buyer messages as spam: spam never counts for response rates."""

    def __init__(self, store: Store, thread_ids: list[str], spam: bool, text: str) -> None:
        super().__init__(text)
        self.store, self.spam = store, int(spam)
        self.before: dict[int, tuple[str, int]] = {}
        for thread_id in thread_ids:
            for message_id in buyer_message_ids(store.db, thread_id):
                row = store.get("messages", message_id) or {}
                self.before[message_id] = (thread_id, int(row.get("spam") or 0))

    def _set(self, value_of: dict[int, int]) -> None:
        with self.store.write("messages", "threads"):
            for message_id, (thread_id, _old) in self.before.items():
                self.store.update("messages", message_id, {"spam": value_of[message_id], "thread_id": thread_id})

    def redo(self) -> None:
        self._set({k: self.spam for k in self.before})

    def undo(self) -> None:
        self._set({k: old for k, (_t, old) in self.before.items()})


class DeleteThreads(QUndoCommand):
    """Delete whole conversations; undo puts back the thread rows and every message, same ids."""

    def __init__(self, store: Store, thread_ids: list[str], text: str) -> None:
        super().__init__(text)
        self.store, self.thread_ids = store, list(thread_ids)
        self.snapshots: list[dict[str, list[dict[str, Any]]]] = []

    def redo(self) -> None:
        self.snapshots = []
        with self.store.write("messages", "threads"):
            for thread_id in self.thread_ids:
                thread = self.store.get("threads", thread_id)
                messages = [self.store.get("messages", m["id"]) for m in thread_messages(self.store.db, thread_id)]
                self.snapshots.append({"threads": [thread] if thread else [], "messages": [m for m in messages if m]})
                for message in messages:
                    if message:
                        self.store.delete("messages", message["id"])
                self.store.delete("threads", thread_id)

    def undo(self) -> None:
        with self.store.write("messages", "threads"):
            for snapshot in self.snapshots:
                self.store.restore(snapshot)
