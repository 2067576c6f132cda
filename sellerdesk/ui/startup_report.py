"""How fast the window comes up: `SELLERDESK_REPORT_FIRST_PAINT=FILE sellerdesk ...` writes, on the
main window's first paint, a JSON object to FILE and then quits (bench/startup.py, tests):

    {"first_paint": <seconds since the epoch>, "matplotlib_loaded": <bool>, "sqlite_utils_loaded": <bool>}
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

REPORT_ENV = "SELLERDESK_REPORT_FIRST_PAINT"


class FirstPaintReport(QObject):
    """Watches one window; its first paint event writes the report and asks the app to quit."""

    def __init__(self, window: QWidget, path: Path) -> None:
        super().__init__(window)
        self.path = path
        self.done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            # The children (sidebar, gauges) paint in this same pass, before any queued work runs.
            report = {
                "first_paint": time.time(),
                "matplotlib_loaded": "matplotlib" in sys.modules,
                "sqlite_utils_loaded": "sqlite_utils" in sys.modules,
            }
            import json  # after the paint's time is taken: SellerDesk's start does not load json otherwise

            self.path.write_text(json.dumps(report), encoding="utf-8")
            QTimer.singleShot(0, QApplication.quit)
        return False
