"""The listing -> shipping profile map on the Shipping profiles page, and the next import using it."""

from __future__ import annotations

from pathlib import Path

from sellerdesk.io.importer import import_paths
from sellerdesk.store import listings

US = Path(__file__).resolve().parents[1] / "fixtures" / "etsy" / "us"


def test_listings_are_shown_and_a_chosen_profile_is_kept_for_the_next_import(window, session, qtbot, tmp_path):
    store = session.store
    import_paths(store, [US / "EtsySoldOrderItems2026.csv"])  # items only: the orders come later
    session.notify_external(frozenset({"order_items"}))
    page = window.show_page("shipping_profiles")
    panel = page.listings
    shown = {panel.table.item(r, 0).text(): panel.table.item(r, 2).text() for r in range(panel.table.rowCount())}
    expected = dict(
        store.db.execute(
            "SELECT listing_id, count(DISTINCT order_id) FROM order_items "
            "WHERE listing_id IS NOT NULL GROUP BY listing_id"
        ).fetchall()
    )
    assert shown == {k: str(v) for k, v in expected.items()}

    slow = store.insert(
        "shipping_profiles",
        {"name": "Made to order", "processing_min": 8, "processing_max": 10, "domestic_transit_max": 3},
    )
    listing = next(iter(shown))
    panel.choose(listing, slow)
    assert listings.listing_profile(store, listing) == slow
    combo = panel.combos[listing]
    assert combo.currentText() == "Made to order"

    session.undo_stack.undo()
    assert listings.listing_profile(store, listing) is None
    assert panel.combos[listing].currentIndex() == 0
    session.undo_stack.redo()

    # Orders of that listing imported from now on take the profile's 10 business days (the ones already
    # in the shop keep the default profile they got).
    with store.write("orders"):
        store.db.execute(
            "DELETE FROM orders WHERE order_id IN (SELECT order_id FROM order_items WHERE listing_id = ?)", [listing]
        )
    report = import_paths(store, sorted(US.glob("*.csv")))
    assert report.profiles.get("Made to order", 0) >= 1
    order_id, order_date, ship_by, profile = store.db.execute(
        "SELECT o.order_id, o.order_date, o.ship_by, o.shipping_profile_id FROM orders o "
        "JOIN order_items i ON i.order_id = o.order_id WHERE i.listing_id = ? LIMIT 1",
        [listing],
    ).fetchone()
    assert profile == slow
    from datetime import date

    from sellerdesk.core.dates import ship_by_date

    assert ship_by == ship_by_date(date.fromisoformat(order_date), 10, store.calendar()).isoformat()


def test_without_items_the_panel_says_where_listings_come_from(window, session):
    session.store.db.execute("DELETE FROM order_items")
    session.notify_external(frozenset({"order_items"}))
    panel = window.show_page("shipping_profiles").listings
    assert panel.table.rowCount() == 0
    assert "import" in panel.heading.text().lower()
