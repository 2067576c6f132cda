"""Before the preview: ship-by dates and EDDs for imported orders, and template rows checked across files."""

from __future__ import annotations

from collections.abc import Iterator
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
    mapped_sql = "(SELECT m.profile_id FROM temp.mapped_profiles m WHERE m.order_id = u.order_id)" if mapped else "NULL"
    calendar = store.calendar()
    shop_country = str(store.shop().get("country") or "US")
    dates = _DateMaker(calendar)
    abroad_by_country: dict[str, bool] = {}  # a few hundred countries for 100,000 orders

    def planned() -> Iterator[tuple]:
        """Each order's dates, made as they are written (a row at a time: no list of 100,000 tuples)."""
        for order_id, order_date, country, mapped_id, is_new in store.db.execute(
            f"SELECT u.order_id, u.order_date, u.ship_country, {mapped_sql}, u.is_new FROM temp.undated u"
        ):
            profile_id = mapped_id if mapped_id is not None else (default[0] if default else None)
            if profile_id is None and not is_new:
                continue  # nothing to give an existing order
            international = abroad_by_country.get(country)
            if international is None:
                international = abroad_by_country[country] = is_international(country, shop_country)
            lo, hi, domestic, abroad = profiles.get(profile_id, (None, None, None, None))
            ship_by, edd = dates(order_date, hi, abroad if international else domestic, international)
            yield order_id, profile_id, lo, hi, ship_by, edd, int(international)

    with store.db.atomic():  # writes only the stage; joins the caller's transaction when there is one
        store.db.execute("DELETE FROM stage.order_dates")
        store.db.conn.executemany("INSERT INTO stage.order_dates VALUES (?, ?, ?, ?, ?, ?, ?)", planned())
        _plan_template_dates(store, dates)
    store.db.execute("DROP TABLE temp.undated")
    if mapped:
        store.db.execute("DROP TABLE temp.mapped_profiles")


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
