"""Guards the PySide6 pin: an empty QVariant must come back as None without losing a reference.

PySide6 6.12.0 drops a reference to None each time (item.data(), combo.currentData(), ...);
the app reads such values on every dialog and list, and the interpreter aborts once None's
count reaches zero.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidgetItem


def test_reading_empty_item_data_keeps_none_alive(qapp):
    item = QListWidgetItem("no data")
    box = QComboBox()
    box.addItem("none", None)
    before = sys.getrefcount(None)
    for _ in range(500):
        assert item.data(Qt.ItemDataRole.UserRole) is None
        assert box.currentData() is None
    assert sys.getrefcount(None) >= before - 10
