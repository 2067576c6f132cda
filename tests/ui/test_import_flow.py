"""Importing from the window: the preview, Import, Cancel, the problems dialog, undo/redo, drag and drop."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from shopkit import dump

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "etsy"
US = FIXTURES / "us"


@pytest.fixture
def downloads(tmp_path: Path) -> Path:
    """The US fixture download (orders, items, reviews) under names that say nothing of their kind."""
    folder = tmp_path / "downloads"
    folder.mkdir()
    for index, source in enumerate(sorted(p for p in US.iterdir() if p.suffix in (".csv", ".json"))):
        shutil.copyfile(source, folder / f"file{index}{source.suffix}")
    return folder


def shop_state(session) -> dict:
    """Every row of the shop; the per-day summary rows whose counts went back to 0 read as absent
    (readers skip them, and an undo leaves them)."""
    state = {k: v for k, v in dump(session.store.db).items() if not k.startswith("order_items_fts")}
    for table, position in (("order_days", 2), ("ship_days", 1), ("review_days", 3)):
        state[table] = [row for row in state[table] if row[position]]
    return state


def preview(window, qtbot, paths):
    flow = window.import_files(paths)
    with qtbot.waitSignal(flow.previewShown, timeout=20000) as shown:
        pass
    return flow, shown.args[0]


def order_count(session) -> int:
    return session.store.db.execute("SELECT count(*) FROM orders").fetchone()[0]


def test_preview_then_import_then_undo_and_redo(window, session, qtbot, downloads):
    before = dump(session.store.db)
    before_state = shop_state(session)
    status_before = session.status()
    orders_before = order_count(session)
    flow, dialog = preview(window, qtbot, [downloads])
    files = dialog.files_table
    kinds = {files.item(r, 1).text() for r in range(files.rowCount())}
    assert kinds == {"Etsy orders", "Etsy order items", "Etsy reviews"}
    assert any("US wording" in files.item(r, 2).text() for r in range(files.rowCount()))
    counts = dialog.counts_table
    assert counts.item(0, 0).text() == "Orders"
    new_orders = int(counts.item(0, 1).text())
    assert new_orders > 0 and counts.item(0, 2).text() == "0"
    assert dump(session.store.db) == before  # the preview writes nothing
    assert dialog.import_button.isEnabled()

    with qtbot.waitSignal(session.changed, timeout=20000), qtbot.waitSignal(flow.ended, timeout=20000):
        dialog.accept()
    assert order_count(session) == orders_before + new_orders
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText().startswith("Import")
    odr_label = window.odr_label.text()
    assert odr_label

    session.undo_stack.undo()
    assert shop_state(session) == before_state
    assert session.status() == status_before
    session.undo_stack.redo()
    assert order_count(session) == orders_before + new_orders


def test_importing_the_same_files_again_says_nothing_changes(window, session, qtbot, downloads):
    flow, dialog = preview(window, qtbot, [downloads])
    with qtbot.waitSignal(flow.ended, timeout=20000):
        dialog.accept()
    before = dump(session.store.db)
    flow, dialog = preview(window, qtbot, [downloads])
    assert "Nothing to import" in dialog.headline.text()
    assert not dialog.import_button.isEnabled()
    with qtbot.waitSignal(flow.ended, timeout=20000):
        dialog.reject()
    assert dump(session.store.db) == before
    assert session.undo_stack.count() == 1


def test_cancel_while_writing_leaves_the_shop_as_it_was(window, session, qtbot, downloads, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    from sellerdesk.store import imports

    before = dump(session.store.db)
    cancelled, merging = threading.Event(), threading.Event()
    real_merge = imports.merge

    def slow_merge(store, progress):
        merging.set()
        assert cancelled.wait(10)
        real_merge(store, progress)

    monkeypatch.setattr(imports, "merge", slow_merge)
    flow, dialog = preview(window, qtbot, [downloads])
    with qtbot.waitSignal(flow.ended, timeout=20000) as ended:
        dialog.accept()
        assert merging.wait(10)
        flow.progress.findChild(QPushButton).click()  # the seller presses Cancel in the progress dialog
        cancelled.set()
    assert ended.args == [None]
    assert dump(session.store.db) == before
    assert session.undo_stack.count() == 0
    assert "cancelled" in window.statusBar().currentMessage()


def test_a_bad_file_shows_every_problem_and_imports_nothing(window, session, qtbot, downloads):
    bad = downloads / "file9.csv"
    text = (US / "EtsySoldOrders2026.csv").read_text(encoding="utf-8").splitlines()
    header, first = text[0], text[1]
    bad.write_text(header + "\n" + first.replace(first.split(",")[0], "13/45/26", 1) + "\n", encoding="utf-8")
    before = dump(session.store.db)
    flow, dialog = preview(window, qtbot, [downloads])
    table = dialog.problems_table
    assert table is not None and table.rowCount() >= 1
    row = [table.item(0, c).text() for c in range(4)]
    assert row[:3] == ["file9.csv", "2", "Sale Date"]
    assert "month first" in row[3]
    assert not dialog.import_button.isEnabled()
    with qtbot.waitSignal(flow.ended, timeout=20000):
        dialog.reject()
    assert dump(session.store.db) == before


def test_dropping_a_folder_on_the_window_imports_it(window, session, qtbot, downloads):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(downloads))])
    event = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    assert event.isAccepted()
    flow = window.import_flow
    with qtbot.waitSignal(flow.previewShown, timeout=20000) as got:
        pass
    dialog = got.args[0]
    assert dialog.counts_table.item(0, 1).text() != "0"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_an_imported_personalization_shows_in_the_order_and_on_the_packing_slip(window, session, tmp_path):
    import subprocess

    from sellerdesk.io.importer import import_paths
    from sellerdesk.io.labels import write_pdf

    import_paths(session.store, [US])
    session.notify_external(frozenset({"orders", "order_items"}))
    window.open_record("order", "3301000004")
    page = window.current_page()
    assert page.key == "orders"
    detail = page.detail.body.toPlainText()
    assert "Size:12x8 in" in detail
    assert "Café Zoë, est. 2019" in detail and "Open 8-4, Mon-Sat" in detail
    pdf = tmp_path / "slip.pdf"
    assert write_pdf(session.store, ["3301000004"], pdf) == 1
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Café Zoë, est. 2019" in text and "Open 8-4, Mon-Sat" in text and "Size:12x8 in" in text


def test_every_step_an_import_reports_is_said_in_the_window_s_language(session, qapp, downloads):
    """io/importer.py reports its steps in English (the command line's words); the progress dialog says
    each one in the window's language: none may be unknown to it."""
    from PySide6.QtCore import QLocale

    from sellerdesk.io import importer
    from sellerdesk.ui import i18n
    from sellerdesk.ui.import_flow import ImportFlow

    said: list[str] = []
    importer.import_paths(session.store, [downloads], progress=lambda f, text: said.append(text))
    steps = set(said)
    assert {"Backing up the shop", "Writing orders", "Done"} <= steps  # into the demo shop: backed up first
    flow = ImportFlow(session, None)
    assert [s for s in steps if flow.known_step(s) is None] == []
    try:
        i18n.install_translations(qapp, QLocale("it"))
        assert flow.step_text("Reading reviews.json") == "Lettura di reviews.json"
        assert flow.step_text("Writing orders") != "Writing orders"
    finally:
        for translator in i18n._installed:
            qapp.removeTranslator(translator)
        i18n._installed.clear()
        QLocale.setDefault(QLocale.c())
