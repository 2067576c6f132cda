"""The first start (welcome: import, demo, empty shop), empty pages, the sidebar's counts, fitting the screen,
and what a screen reader hears from a gauge."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QFileDialog

from sellerdesk.store.store import Store
from sellerdesk.store.today import today_items
from sellerdesk.store.tools import default_profile
from sellerdesk.ui import geometry
from sellerdesk.ui.commands import InsertRecord, UpdateRecord
from sellerdesk.ui.main_window import MainWindow
from sellerdesk.ui.session import ShopSession
from sellerdesk.ui.welcome import DEMO_NAME, WelcomeDialog

US = Path(__file__).resolve().parents[1] / "fixtures" / "etsy" / "us"
PAGES_WITH_HINTS = ("dashboard", "orders", "messages", "reviews", "cases", "saved_replies", "shipping_profiles")


def counted(window, qtbot):
    """Wait for the sidebar's counts to be computed (they come from a worker)."""
    qtbot.waitUntil(lambda: bool(window.shop_counts.counts), timeout=10000)
    return window.shop_counts.counts


def open_window(store, qsettings, qtbot, clock=None):
    session = ShopSession(store, clock=clock)
    window = MainWindow(session, qsettings)
    qtbot.addWidget(window)
    window.show()
    return window


def next_tab_stop(widget):
    """The widget Tab moves to from `widget`."""
    candidate = widget.nextInFocusChain()
    while candidate is not widget:
        if candidate.isVisible() and candidate.isEnabled() and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return candidate
        candidate = candidate.nextInFocusChain()
    return None


@pytest.fixture
def shop_path(tmp_path):
    return tmp_path / "data" / "shop.sellerdesk"


# -- welcome -----------------------------------------------------------------------------------
def test_start_an_empty_shop_sets_the_shop_and_its_default_shipping_profile(qtbot, shop_path):
    dialog = WelcomeDialog(shop_path)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.empty_choice, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 2
    dialog.name_edit.setText("Bottega Lina")
    dialog.currency_box.setCurrentText("EUR")
    dialog.zone_box.setCurrentText("Europe/Rome")
    dialog.processing_min.setValue(4)
    dialog.processing_max.setValue(2)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisibleTo(dialog) and "second number" in dialog.error.text()
    assert dialog.start is None and not shop_path.exists()  # nothing written for a form that does not add up

    dialog.processing_max.setValue(6)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    start = dialog.start
    assert start is not None and start.kind == "empty" and not start.demo
    shop = start.store.shop()
    assert (shop["name"], shop["currency"], shop["timezone"]) == ("Bottega Lina", "EUR", "Europe/Rome")
    profile = default_profile(start.store)
    assert profile is not None and (profile["processing_min"], profile["processing_max"]) == (4, 6)
    start.store.close()
    assert shop_path.exists()


def test_an_unknown_time_zone_is_refused_in_one_line(qtbot, shop_path):
    dialog = WelcomeDialog(shop_path)
    qtbot.addWidget(dialog)
    dialog.empty_choice.click()
    dialog.zone_box.setCurrentText("Mars/Olympus")
    dialog.create_button.click()
    assert "Mars/Olympus" in dialog.error.text() and dialog.start is None and not shop_path.exists()


def test_import_my_downloads_opens_the_shop_and_previews_the_chosen_folder(
    qtbot, qsettings, shop_path, tmp_path, monkeypatch
):
    folder = tmp_path / "downloads"
    shutil.copytree(US, folder)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    dialog = WelcomeDialog(shop_path)
    qtbot.addWidget(dialog)
    dialog.import_choice.click()
    assert dialog.pages.currentIndex() == 1
    dialog.folder_button.click()
    start = dialog.start
    assert start is not None and start.kind == "import" and start.import_paths == [folder]

    window = open_window(start.store, qsettings, qtbot)
    assert counted(window, qtbot)["has_orders"] == 0
    window.show_page("orders")
    assert window.empty_hint.isVisible()
    start.finish(window)
    flow = window.import_flow
    with qtbot.waitSignal(flow.previewShown, timeout=20000) as shown:
        pass
    with qtbot.waitSignal(flow.ended, timeout=20000):
        shown.args[0].accept()
    assert window.session.store.db.execute("SELECT count(*) FROM orders").fetchone()[0] > 0
    qtbot.waitUntil(lambda: not window.empty_hint.isVisible(), timeout=10000)  # the page has orders now
    window.session.close()


def test_try_the_demo_makes_its_own_file_and_leaves_the_shop_alone(qtbot, shop_path):
    shop_path.parent.mkdir(parents=True)
    stale = shop_path.parent / DEMO_NAME
    stale.write_bytes(b"")  # an older demo is replaced, not reopened
    dialog = WelcomeDialog(shop_path)
    qtbot.addWidget(dialog)
    dialog.demo_choice.click()
    assert not dialog.import_choice.isEnabled()  # one choice at a time while the demo is written
    qtbot.waitUntil(lambda: dialog.start is not None, timeout=60000)
    start = dialog.start
    assert start.kind == "demo" and start.demo
    assert start.store.path == shop_path.parent / DEMO_NAME
    assert not shop_path.exists()  # the next start still welcomes the seller
    assert start.store.db.execute("SELECT count(*) FROM orders").fetchone()[0] > 100
    start.store.close()


# -- empty pages ---------------------------------------------------------------------------------
def test_every_page_of_an_empty_shop_says_what_to_do_next(qtbot, qsettings, tmp_path, monkeypatch):
    store = Store.open(tmp_path / "empty.sellerdesk")
    store.db.execute("DELETE FROM saved_replies")  # a shop whose starter replies were deleted
    window = open_window(store, qsettings, qtbot)
    counted(window, qtbot)
    texts = {}
    for key in PAGES_WITH_HINTS:
        window.show_page(key)
        assert window.empty_hint.isVisible(), key
        assert window.empty_hint.buttons, key
        texts[key] = window.empty_hint.label.text()
    assert len(set(texts.values())) == len(texts)  # each page its own advice
    assert "Import" in texts["orders"] and "Download Data" in texts["dashboard"]
    window.show_page("settings")
    assert not window.empty_hint.isVisible()

    asked = []
    window.show_page("cases")
    assert next_tab_stop(window.sidebar) is window.empty_hint.buttons[0]  # the advice comes before the page
    monkeypatch.setattr(window.current_page(), "new_record", lambda: asked.append("case"))
    window.empty_hint.buttons[0].click()
    assert asked == ["case"]
    window.session.close()


def test_a_shop_with_orders_shows_no_hint(window, qtbot):
    counted(window, qtbot)
    for key in ("dashboard", "orders", "reviews"):
        window.show_page(key)
        assert not window.empty_hint.isVisible()


# -- sidebar ---------------------------------------------------------------------------------------
def test_sidebar_counts_follow_the_edits(window, session, qtbot):
    counts = counted(window, qtbot)
    items = today_items(session.store, session.today(), session.now())
    to_ship = [i.key for i in items if i.category in ("ship_today", "overdue")]
    waiting = [i for i in items if i.category == "messages"]
    cases = [i for i in items if i.category == "cases"]
    assert to_ship and waiting
    assert window.sidebar.badge("orders") == counts["ship_today"] == len(to_ship)
    assert window.sidebar.badge("messages") == len(waiting)
    assert window.sidebar.badge("cases") == len(cases)
    icon = window.sidebar.item_for("orders").icon()
    assert icon.pixmap(QSize(20, 20), 2.0).toImage().pixelColor(10 * 2, 10 * 2).alpha() > 0  # the parcel's line
    assert f"{len(to_ship)} order" in window.sidebar.item_for("orders").data(Qt.ItemDataRole.AccessibleTextRole)

    with qtbot.waitSignal(window.shop_counts.updated, timeout=10000):
        session.push(UpdateRecord(session.store, "orders", to_ship[0], {"shipped_date": "2026-11-23"}, "ship"))
    assert window.sidebar.badge("orders") == len(to_ship) - 1
    with qtbot.waitSignal(window.shop_counts.updated, timeout=10000):
        session.push(
            InsertRecord(
                session.store,
                "cases",
                {"order_id": to_ship[0], "opened_date": "2026-11-22", "reason": "not_received"},
                "case",
            )
        )
    assert window.sidebar.badge("cases") == len(cases) + 1
    with qtbot.waitSignal(window.shop_counts.updated, timeout=10000):
        session.undo_stack.undo()
    assert window.sidebar.badge("cases") == len(cases)


# -- fitting the screen ------------------------------------------------------------------------------
def test_first_launch_fits_a_small_screen_centred(qtbot, qsettings, session, monkeypatch):
    small = QRect(0, 0, 1024, 600)
    monkeypatch.setattr(geometry, "available_geometry", lambda widget: small)
    window = MainWindow(session, qsettings)
    qtbot.addWidget(window)
    assert window.width() <= 1024 and window.height() <= 600
    assert abs(window.geometry().center().x() - small.center().x()) <= 2


def test_restored_geometry_is_clipped_to_the_current_screen(qtbot, qsettings, session, monkeypatch):
    window = MainWindow(session, qsettings)
    qtbot.addWidget(window)
    window.setGeometry(QRect(300, 200, 1600, 1000))  # saved on a big monitor
    qsettings.setValue("window/geometry", window.saveGeometry())
    laptop = QRect(0, 0, 1280, 720)
    monkeypatch.setattr(geometry, "available_geometry", lambda widget: laptop)
    geometry.place_window(window, qsettings.value("window/geometry"))
    assert laptop.contains(window.frameGeometry())


def test_clip_and_first_size():
    screen = QRect(100, 50, 800, 600)
    assert geometry.first_size(screen) == QRect(100, 50, 800, 600)
    assert geometry.first_size(QRect(0, 0, 1920, 1080)) == QRect(360, 140, 1200, 800)
    assert geometry.first_size(QRect(0, 0, 2560, 600)) == QRect(680, 0, 1200, 600)
    assert geometry.clip_to(QRect(700, 500, 500, 400), screen) == QRect(400, 250, 500, 400)
    assert geometry.clip_to(QRect(0, 0, 2000, 100), screen) == QRect(100, 50, 800, 100)


def test_orders_never_scroll_sideways_at_1280_with_today_open(window, qtbot):
    window.resize(1280, 690)
    assert window.today_dock.isVisible()
    page = window.show_page("orders")
    qtbot.waitUntil(lambda: page.table.model().rowCount() > 0, timeout=10000)
    qtbot.waitUntil(lambda: page.table.horizontalScrollBar().maximum() == 0, timeout=5000)
    header = page.table.horizontalHeader()
    date_column = page.query.column_index("order_date")
    text = page.table.model().index(0, date_column).data()
    assert header.sectionSize(date_column) >= page.table.fontMetrics().horizontalAdvance(text)  # dates unclipped
    for key in ("order_id", "order_date", "total", "due_by", "status"):  # what a seller reads an order by
        column = page.query.column_index(key)
        assert header.sectionSize(column) >= page.table.sizeHintForColumn(column), key  # not elided


# -- screen readers ------------------------------------------------------------------------------------
def test_gauges_say_their_value_and_verdict_in_words(window, session, qtbot):
    page = window.show_page("dashboard")
    qtbot.waitUntil(lambda: bool(page.odr_gauge.accessibleDescription()), timeout=20000)
    odr = page.odr_gauge
    assert odr.accessibleName() == "Order dissatisfaction rate"
    assert odr.accessibleDescription().endswith(odr.verdict())
    for gauge in page.standard_gauges.values():
        description = gauge.accessibleDescription()
        assert gauge.state().value_text in description and gauge.verdict() in description
        assert gauge.verdict() in ("Meets the standard.", "Misses the standard.", "Nothing to measure yet.")
    assert window.sidebar.accessibleName() == "Pages"
