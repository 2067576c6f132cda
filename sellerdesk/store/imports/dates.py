"""Before the preview: ship-by dates and EDDs for imported orders, and template rows checked across files."""

from __future__ import annotations

from datetime import date
from functools import cache, lru_cache
from typing import Any

from sellerdesk.core.countries import is_international
from sellerdesk.core.dates import BusinessCalendar, estimated_delivery, ship_by_date
from sellerdesk.store.store import Store


# -- ship-by dates for imported orders -------------------------------------------------------------
def plan_dates(store: Store) -> None:
    """Give each staged Etsy order that needs one its shipping profile (the longest processing time of
    its listings' mapped profiles, else the shop's default), ship-by date and EDD (RULES.md 4)."""
    default = store.db.execute("SELECT id FROM shipping_profiles WHERE is_default = 1 ORDER BY id LIMIT 1").fetchone()
    profiles = {
        row[0]: row[1:]
        for row in store.db.execute(
            "SELECT id, processing_min, processing_max, domestic_transit_max, international_transit_max "
            "FROM shipping_profiles"
        )
    }
    # The staged orders that get dates: the new ones, and imported ones that never had any.
    store.db.execute("DROP TABLE IF EXISTS temp.undated")
    store.db.execute(
        """CREATE TEMP TABLE undated AS
           SELECT s.order_id, s.order_date, s.ship_country, o.order_id IS NULL AS is_new
           FROM stage.etsy_orders s LEFT JOIN main.orders o ON o.order_id = s.order_id
           WHERE o.order_id IS NULL OR (o.shipping_profile_id IS NULL AND o.ship_by IS NULL
             AND o.processing_max IS NULL AND o.ship_by_extended IS NULL AND o.custom = 0)"""
    )
    mapped = store.db.execute(
        "SELECT EXISTS (SELECT 1 FROM listing_profiles) AND EXISTS (SELECT 1 FROM temp.undated)"
    ).fetchone()[0]
    if mapped:
        # Each order's mapped profile in one pass over its listings (the staged items and, for an order
        # already in the shop, its stored ones), not a lookup per order.
        store.db.execute("DROP TABLE IF EXISTS temp.mapped_profiles")
        store.db.execute(
            """CREATE TEMP TABLE mapped_profiles AS
               -- The staged items of mapped listings first (one pass; a few of them), then only those
               -- looked up among the orders that get dates.
               WITH listed AS MATERIALIZED (
                 SELECT i.order_id, lp.profile_id FROM stage.etsy_items i
                   JOIN main.listing_profiles lp ON lp.listing_id = i.listing_id)
               SELECT order_id, profile_id FROM (
                 SELECT l.order_id, l.profile_id,
                        row_number() OVER (PARTITION BY l.order_id ORDER BY p.processing_max DESC, p.id) AS pick
                 FROM (SELECT order_id, profile_id FROM listed WHERE order_id IN (SELECT order_id FROM temp.undated)
                       UNION SELECT i.order_id, lp.profile_id FROM main.order_items i
                         JOIN main.listing_profiles lp ON lp.listing_id = i.listing_id
                       WHERE i.order_id IN (SELECT order_id FROM temp.undated WHERE NOT is_new)) l
                 JOIN main.shipping_profiles p ON p.id = l.profile_id)
               WHERE pick = 1"""
        )
        store.db.execute("CREATE UNIQUE INDEX temp.mapped_profiles_order ON mapped_profiles(order_id)")
    calendar = store.calendar()
    shop_country = str(store.shop().get("country") or "US")
    dates = _DateMaker(calendar)
    db = store.db
    # Writes only the stage and temp tables; joins the caller's transaction when there is one.
    with db.atomic():
        # Whether each ship-to country is abroad: a few hundred countries for 100,000 orders.
        db.execute("DROP TABLE IF EXISTS temp.abroad")
        db.execute("CREATE TEMP TABLE abroad (country PRIMARY KEY, international)")
        countries = [row[0] for row in db.execute("SELECT DISTINCT ship_country FROM temp.undated")]
        db.conn.executemany(
            "INSERT INTO temp.abroad VALUES (?, ?)", [(c, int(is_international(c, shop_country))) for c in countries]
        )
        # Each order's profile (its listings' mapped one, else the shop's default; an order already in the shop
        # gets nothing without one), then the dates of each (day, profile, abroad) there is, made once.
        profile = "coalesce(m.profile_id, :default)" if mapped else ":default"
        listed = "LEFT JOIN temp.mapped_profiles m ON m.order_id = u.order_id" if mapped else ""
        db.execute("DROP TABLE IF EXISTS temp.planned")
        db.execute(
            f"""CREATE TEMP TABLE planned AS
                SELECT u.order_id, {profile} AS profile_id, u.order_date, a.international
                FROM temp.undated u {listed} JOIN temp.abroad a ON a.country IS u.ship_country
                WHERE u.is_new OR {profile} IS NOT NULL""",
            {"default": default[0] if default else None},
        )
        days = []
        for order_date, profile_id, international in db.execute(
            "SELECT DISTINCT order_date, profile_id, international FROM temp.planned"
        ):
            lo, hi, domestic, abroad = profiles.get(profile_id, (None, None, None, None))
            ship_by, edd = dates(order_date, hi, abroad if international else domestic, bool(international))
            days.append((order_date, profile_id, international, lo, hi, ship_by, edd))
        db.execute("DROP TABLE IF EXISTS temp.planned_days")
        db.execute(
            "CREATE TEMP TABLE planned_days (order_date, profile_id, international, processing_min, processing_max, "
            "ship_by, edd)"
        )
        db.conn.executemany("INSERT INTO temp.planned_days VALUES (?, ?, ?, ?, ?, ?, ?)", days)
        db.execute("DELETE FROM stage.order_dates")
        db.execute(
            """INSERT INTO stage.order_dates
               SELECT p.order_id, p.profile_id, d.processing_min, d.processing_max, d.ship_by, d.edd, p.international
               FROM temp.planned p
               JOIN temp.planned_days d ON d.order_date = p.order_date AND d.profile_id IS p.profile_id
                 AND d.international = p.international"""
        )
        _plan_template_dates(store, dates)
    for table in ("undated", "mapped_profiles", "abroad", "planned", "planned_days"):
        db.execute(f"DROP TABLE IF EXISTS temp.{table}")


def _plan_template_dates(store: Store, dates: _DateMaker) -> None:
    """A template order's blank ship-by comes from its processing time; its EDD follows the ship-by
    (or the extension the seller made in SellerDesk) and the stored order's profile (RULES.md 4).
    One UPDATE over the staged orders, calling back into Python for the dates (cached: orders share
    them), rather than an UPDATE a row."""
    conn = store.db.conn
    conn.create_function(
        "sd_ship_by",
        3,
        lambda ordered, processing_max, given: given or dates(ordered, processing_max, None, False)[0],
        deterministic=True,
    )
    conn.create_function(
        "sd_edd",
        4,
        lambda ordered, due, transit, intl: dates.edd(ordered, due, transit, bool(intl)),
        deterministic=True,
    )
    stored = "(SELECT {} FROM main.orders o WHERE o.order_id = t_orders.order_id)"
    transit = (
        "(SELECT CASE WHEN o.international THEN p.international_transit_max ELSE p.domestic_transit_max END "
        "FROM main.orders o JOIN main.shipping_profiles p ON p.id = o.shipping_profile_id "
        "WHERE o.order_id = t_orders.order_id)"
    )
    ship_by = "sd_ship_by(order_date, processing_max, ship_by)"
    store.db.execute(
        f"UPDATE stage.t_orders SET ship_by = {ship_by}, edd = sd_edd(order_date, "
        f"coalesce(nullif({stored.format('ship_by_extended')}, ''), {ship_by}), {transit}, "
        f"coalesce({stored.format('international')}, 0))"
    )


def template_problems(store: Store, limit: int = 200) -> list[tuple[str, int, str, str]]:
    """(file, row, column, message) for template rows whose order is unknown, or dated before it."""
    order_date = (
        "coalesce((SELECT order_date FROM stage.t_orders x WHERE x.order_id = s.order_id), "
        "(SELECT order_date FROM stage.etsy_orders x WHERE x.order_id = s.order_id), "
        "(SELECT order_date FROM main.orders x WHERE x.order_id = s.order_id))"
    )
    problems: list[tuple[str, int, str, str]] = []
    for kind, day in (("reviews", "review_date"), ("cases", "opened_date"), ("messages", None)):
        dated = f"s.{day}" if day else "NULL"
        for file, row, order_id, value, ordered in store.db.execute(
            f"SELECT src_file, src_row, order_id, {dated}, {order_date} FROM stage.t_{kind} s "
            f"WHERE order_id IS NOT NULL AND ({order_date} IS NULL OR {dated} < {order_date}) "
            f"ORDER BY src_file, src_row LIMIT {limit}"
        ):
            if ordered is None:
                problems.append(
                    (
                        file,
                        row,
                        "order_id",
                        f"unknown order id '{order_id}'; import its order first (or in the same import)",
                    )
                )
            else:
                problems.append((file, row, str(day), f"{value} is before the order date {ordered}"))
    return problems


class _DateMaker:
    """Ship-by and EDD per (order date, processing, transit): many orders share them, so remember."""

    def __init__(self, calendar: BusinessCalendar) -> None:
        self.calendar = calendar
        self._compute = lru_cache(maxsize=None)(self._dates)

    def __call__(self, order_date: str, processing_max: int | None, transit: int | None, intl: bool) -> Any:
        return self._compute(order_date, processing_max, transit, intl)

    def _dates(self, order_date: str, processing_max: int | None, transit: int | None, intl: bool) -> Any:
        ordered = date.fromisoformat(order_date)
        ship_by = ship_by_date(ordered, processing_max, self.calendar)
        edd = estimated_delivery(ordered, ship_by, transit, self.calendar, international=intl)
        return (ship_by.isoformat() if ship_by else None), edd.isoformat()

    @cache  # noqa: B019 - one maker per import, dropped with it
    def edd(self, order_date: str, due: str | None, transit: int | None, intl: bool) -> str:
        ordered = date.fromisoformat(order_date)
        due_day = date.fromisoformat(due) if due else None
        return estimated_delivery(ordered, due_day, transit, self.calendar, international=intl).isoformat()
