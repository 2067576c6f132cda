"""`sellerdesk evidence`: one order's evidence PDF for Etsy's case, from the command line, in the window's language.

Beside cli_report.py and sharing its set-up: an offscreen QGuiApplication with the window's translators
(SELLERDESK_LANG, else the language setting, else the system's).
"""

from __future__ import annotations

from pathlib import Path

from sellerdesk.store.database import StoreError


def run_evidence(db_path: Path, order_id: str, out: Path) -> str:
    """Write the PDF; returns the line to print. Errors a user can cause are a one-line StoreError."""
    from sellerdesk.cli_report import prepare_pdf

    prepare_pdf(db_path, out, "the evidence", f"case-{order_id}.pdf", "the PDF")
    from sellerdesk.io.evidence import EvidenceError, Protection, write_evidence
    from sellerdesk.io.summary import count
    from sellerdesk.store.store import Store

    store = Store.open(db_path)
    try:
        order = write_evidence(store, order_id.strip(), out)
    except EvidenceError as exc:
        raise StoreError(str(exc)) from None
    except OSError as exc:
        raise StoreError(f"could not write {out} ({exc.strerror or exc}); choose another file") from None
    finally:
        store.close()
    protection = "meets" if Protection.of(order).meets else "does not meet"
    return (
        f"{out}: evidence for order {order['order_id']} ({count(len(order['messages']), 'message')}, "
        f"{count(len(order['reviews']), 'review')}, {count(len(order['cases']), 'case')}); "
        f"{protection} seller protection"
    )
