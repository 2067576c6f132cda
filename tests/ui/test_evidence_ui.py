"""Evidence for a case, one click from the Orders page's order detail and from the Cases page: the file
dialog, the PDF written on a worker (read back with pdftotext), the status bar's line, the button off for
an order without a case."""

from __future__ import annotations

import shutil
import stat
import subprocess

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from sellerdesk.io.evidence import Protection

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)")


def pdf_text(path) -> str:
    return " ".join(
        subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout.split()
    )


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    """The file dialog answers with `save_as.target` (and records the name it proposed)."""

    class Answer:
        target = tmp_path / "evidence" / "case.pdf"
        proposed: list[str] = []

    def answer(_parent, _title, start, _filter):
        Answer.proposed.append(start)
        return str(Answer.target), ""

    (tmp_path / "evidence").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return Answer


def _orders_with_and_without_case(store):
    with_case = store.db.execute(
        "SELECT o.order_id FROM orders o JOIN cases c USING (order_id) "
        "WHERE o.shipped_date IS NOT NULL AND o.tracking_number <> '' ORDER BY o.order_id LIMIT 1"
    ).fetchone()[0]
    without = store.db.execute(
        "SELECT order_id FROM orders WHERE order_id NOT IN (SELECT order_id FROM cases) ORDER BY order_id LIMIT 1"
    ).fetchone()[0]
    return with_case, without


def test_order_detail_button_writes_the_evidence(window, session, qtbot, tmp_path, save_as):
    store = session.store
    with_case, without = _orders_with_and_without_case(store)
    page = window.show_page("orders")
    button = page.detail.buttons["evidence"]
    page._show_detail(without)
    assert not button.isEnabled()  # evidence is for an order with a case
    page.selected = with_case
    page._show_detail(with_case)
    assert button.isEnabled() and button.text() == "Evidence for case…"
    button.click()
    target = tmp_path / "evidence" / "case.pdf"
    qtbot.waitUntil(lambda: "saved to" in window.statusBar().currentMessage(), timeout=30000)
    assert save_as.proposed[0].endswith(f"etsy-case-evidence-{with_case}.pdf")
    order = store.get("orders", with_case)
    verdict = "it meets seller protection" if Protection.of(order).meets else "it does not meet seller protection"
    assert (
        window.statusBar().currentMessage().startswith(f"Evidence for order {with_case} saved to {target}; {verdict}")
    )
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = pdf_text(target)
    assert f"Order {with_case}: the shop's records for Etsy's case" in text
    assert f"{order['shipped_date']} Shipped {order['carrier']}, tracking {order['tracking_number']}" in text
    for message in store.db.execute("SELECT sent_at FROM messages WHERE order_id = ?", [with_case]).fetchall():
        assert message[0][:16].replace("T", " ") in text


def test_cases_page_button_writes_the_selected_case_s_order(window, session, qtbot, tmp_path, save_as, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text: warnings.append(text)))
    page = window.show_page("cases")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    page.table.selectRow(0)
    case = session.store.get("cases", page.selected_key())
    assert page.evidence_selected() is not None
    # Its effect, not its signal: on a busy machine the worker may finish before a wait could connect.
    qtbot.waitUntil(lambda: "Evidence for order" in window.statusBar().currentMessage(), timeout=30000)
    assert f"Order {case['order_id']}: the shop's records for Etsy's case" in pdf_text(
        tmp_path / "evidence" / "case.pdf"
    )
    assert f"Evidence for order {case['order_id']} saved to" in window.statusBar().currentMessage()
    assert warnings == []
    # A folder removed meanwhile: one warning that says which file and what to do.
    save_as.target = tmp_path / "gone" / "case.pdf"
    assert page.evidence_selected() is not None
    qtbot.waitUntil(lambda: bool(warnings), timeout=30000)  # it fails at once: wait for its effect, not its signal
    assert warnings == [
        f"{save_as.target} could not be written (No such file or directory); choose another folder or file name."
    ]
