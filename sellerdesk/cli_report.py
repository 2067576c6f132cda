"""`sellerdesk report`: one month's PDF report from the command line, in the window's language.

Beside cli.py because it is an entry point too: it makes the QGuiApplication the PDF needs (offscreen
unless a platform is set: a report needs no screen) and installs the window's translators (ui.i18n:
SELLERDESK_LANG, else the language setting, else the system's).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from sellerdesk import APP_NAME
from sellerdesk.store.database import StoreError


def run_report(db_path: Path, month: date | None, out: Path) -> str:
    """Write the report; returns the line to print. Errors a user can cause are a one-line StoreError."""
    from sellerdesk.io.report_data import ReportError, last_month

    language = prepare_pdf(db_path, out, "the report", "report.pdf", "the report")
    from sellerdesk.io.report_pdf import write_report
    from sellerdesk.store.store import Store

    store = Store.open(db_path)
    try:
        chosen = month or last_month(store.today())
        report = write_report(store, chosen, out, language)
    except ReportError as exc:
        raise StoreError(str(exc)) from None
    except OSError as exc:
        raise StoreError(f"could not write {out} ({exc.strerror or exc}); choose another file") from None
    finally:
        store.close()
    return f"{out}: report for {report.month:%Y-%m}, figures as of {report.as_of.isoformat()}"


def prepare_pdf(db_path: Path, out: Path, what: str, example: str, place_for: str) -> str:
    """Check the shop and the PDF's place (a one-line StoreError: `what` names the PDF in the folder
    message, `place_for` in the missing-folder one), then the offscreen application with the window's
    translators; returns the language code ("" = the system's)."""
    if not db_path.exists():
        raise StoreError(f"{db_path} does not exist. Check the path, or create a shop with `sellerdesk demo`.")
    if out.is_dir():
        raise StoreError(f"{out} is a folder; give {what} a file name, e.g. {out / example}")
    if not out.parent.is_dir():
        raise StoreError(f"the folder {out.parent} does not exist; create it or choose another place for {place_for}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return _install_translations()


def _install_translations() -> str:
    """The window's translators on a (new) QGuiApplication; returns the language code ("" = the system's)."""
    from PySide6.QtGui import QGuiApplication

    from sellerdesk.ui.i18n import install_translations, preferred_language, preferred_locale

    app = QGuiApplication.instance() or QGuiApplication(["sellerdesk"])
    app.setOrganizationName(APP_NAME)  # the window's QSettings: its language setting
    app.setApplicationName(APP_NAME)
    install_translations(app, preferred_locale())  # type: ignore[arg-type]  # any QCoreApplication will do
    return preferred_language()
