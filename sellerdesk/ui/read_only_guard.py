"""On a read-only shop every button that would change it is greyed out and stays so (a page re-enabling its
buttons as the selection moves cannot wake them); buttons that only read — labels, evidence, a preview,
the dashboard's Today — stay usable. The window's editing actions are handled by shop_guard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QPushButton

#: Buttons that only read the shop, by object name (record pages, the order detail, Settings > Rules).
READING_NAMES = frozenset({"evidence", "order_labels", "order_evidence", "preview_rules"})
#: ... and by where the pages keep them.
READING_PATHS = (
    ("today_button",),
    ("whatif_bar", "reset"),
    ("buttons", "labels"),
    ("copy_button",),
    ("revert_button",),
    ("holidays", "discard_button"),
)


class _KeepDisabled(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange and isinstance(watched, QPushButton) and watched.isEnabled():
            watched.setEnabled(False)
        return False


def _reading_buttons(page: Any) -> set[int]:
    found = set()
    for path in READING_PATHS:
        node: Any = page
        for part in path:
            node = node.get(part) if isinstance(node, dict) else getattr(node, part, None)
            if node is None:
                break
        if isinstance(node, QPushButton):
            found.add(id(node))
    return found


def disable_editing(window: Any, read_only: bool) -> None:
    """The pages built so far; the window calls disable_page_editing for each page it builds later."""
    if not read_only:
        return
    for page in window.built_pages():
        disable_page_editing(window, page)


def disable_page_editing(window: Any, page: Any) -> None:
    keeper = getattr(window, "_keep_disabled", None) or _KeepDisabled(window)
    window._keep_disabled = keeper
    reading = _reading_buttons(page)
    for button in page.findChildren(QPushButton):
        if id(button) in reading or button.objectName() in READING_NAMES:
            continue
        button.setEnabled(False)
        button.installEventFilter(keeper)
