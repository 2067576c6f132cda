"""The seller's map from an Etsy listing to the shipping profile its orders use (issue 8): Etsy's downloads
carry no processing time, so an imported order takes its ship-by date from its listings' profiles, else
the shop's default profile (store/imports/dates.py plan_dates). The map is kept for every later import."""

from __future__ import annotations

from sellerdesk.store.store import Row, Store, dict_rows

#: The listings page shows the busiest listings first; a shop rarely sells more distinct listings.
MAX_LISTINGS = 5000


def listings(store: Store, limit: int = MAX_LISTINGS) -> list[Row]:
    """Every listing seen in the shop's items: its latest title, how many orders, its profile (or None)."""
    return dict_rows(
        store.db,
        """SELECT l.listing_id, (SELECT title FROM order_items t WHERE t.listing_id = l.listing_id
                                 ORDER BY t.id DESC LIMIT 1) AS title, l.orders, lp.profile_id
           FROM (SELECT listing_id, count(DISTINCT order_id) AS orders FROM order_items
                 WHERE listing_id IS NOT NULL AND listing_id != '' GROUP BY listing_id) l
           LEFT JOIN listing_profiles lp ON lp.listing_id = l.listing_id
           ORDER BY l.orders DESC, l.listing_id LIMIT ?""",
        [limit],
    )


def listing_profile(store: Store, listing_id: str) -> int | None:
    row = store.db.execute("SELECT profile_id FROM listing_profiles WHERE listing_id = ?", [listing_id]).fetchone()
    return row[0] if row else None


def set_listing_profile(store: Store, listing_id: str, profile_id: int | None) -> None:
    """Map a listing to a profile, or (None) let its orders use the default profile."""
    with store.write("listing_profiles"):
        if profile_id is None:
            store.db.execute("DELETE FROM listing_profiles WHERE listing_id = ?", [listing_id])
        else:
            store.db.execute(
                "INSERT INTO listing_profiles (listing_id, profile_id) VALUES (?, ?) "
                "ON CONFLICT (listing_id) DO UPDATE SET profile_id = excluded.profile_id",
                [listing_id, profile_id],
            )
