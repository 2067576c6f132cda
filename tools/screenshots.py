"""Regenerate the screenshots of docs/guide.md: the window on a demo shop, page by page.

    python tools/screenshots.py [--out docs/images] [--lang en|it|vi]

Runs under Xvfb when there is no display (starting one if `Xvfb` is installed), else on Qt's
offscreen platform; each picture is the window grabbed in-process at 1280 x 800.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
AS_OF = date(2026, 11, 23)
PAGES = ("dashboard", "orders", "messages", "shipping_profiles", "settings")


def _display() -> subprocess.Popen | None:
    """A virtual display when there is none (the pictures then use the real xcb platform)."""
    if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if shutil.which("Xvfb") is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return None
    server = subprocess.Popen(["Xvfb", ":91", "-screen", "0", "1366x900x24"], stderr=subprocess.DEVNULL)
    os.environ["DISPLAY"] = ":91"
    time.sleep(1.0)
    return server


def shoot(out: Path, lang: str) -> list[Path]:
    os.environ["SELLERDESK_LANG"] = lang
    from datetime import UTC, datetime

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from sellerdesk.io.demo import make_demo_shop
    from sellerdesk.store.store import Store
    from sellerdesk.ui import theme
    from sellerdesk.ui.i18n import install_translations, preferred_locale
    from sellerdesk.ui.main_window import MainWindow
    from sellerdesk.ui.session import ShopSession

    app = QApplication.instance() or QApplication([])
    scratch = Path(tempfile.mkdtemp(prefix="sellerdesk-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))
    app.setOrganizationName("SellerDeskShots")
    install_translations(app, preferred_locale())
    theme.apply(app)  # SELLERDESK_THEME=dark for the dark pictures
    store = Store.open(scratch / "demo.sellerdesk")
    make_demo_shop(store, orders=600, seed=11, as_of=AS_OF)
    session = ShopSession(store, clock=lambda: datetime(2026, 11, 23, 15, 0, tzinfo=UTC))
    window = MainWindow(session)
    window.resize(1280, 800)
    window.show()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    suffix = "" if lang == "en" else f"-{lang}"
    for key in PAGES:
        window.show_page(key)
        _wait(3000)  # the page's workers deliver meanwhile (charts, counts, tables)
        path = out / f"{key}{suffix}.png"
        window.grab().save(str(path))
        written.append(path)
    written.append(_import_preview(window, out / f"import-preview{suffix}.png"))
    window.close()
    session.close()
    shutil.rmtree(scratch, ignore_errors=True)
    return written


def _import_preview(window, path: Path) -> Path:  # noqa: ANN001 - MainWindow, imported lazily
    """The preview of an import of Etsy's downloads (the sample files the tests use)."""
    flow = window.import_files([ROOT / "tests" / "fixtures" / "etsy" / "us"])
    shown: list = []
    flow.previewShown.connect(shown.append)
    _wait(30000, until=flow.previewShown)
    if not shown:
        raise SystemExit("the import preview did not show within 30 s")
    dialog = shown[0]
    _wait(300)
    dialog.grab().save(str(path))
    dialog.reject()
    return path


def _wait(ms: int, until: object = None) -> None:
    """Let the window and its workers run for `ms` (or until the signal `until`). An event loop, not
    QTest.qWait: that holds the interpreter while it waits, and the workers could not deliver."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    if until is not None:
        until.connect(loop.quit)  # type: ignore[attr-defined]
    loop.exec()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images", help="folder for the PNGs")
    parser.add_argument("--lang", default="en", choices=("en", "it", "vi"), help="the window's language")
    args = parser.parse_args(argv)
    server = _display()
    try:
        for path in shoot(args.out, args.lang):
            print(path)
    finally:
        if server is not None:
            server.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
