"""A realistic demo shop that makes every gauge show something, written through the write path."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sellerdesk.core.dates import BusinessCalendar, ship_by_date
from sellerdesk.core.odr import odr_window
from sellerdesk.core.records import utc_text
from sellerdesk.store.store import Store

ITEMS = (
    ("Hand-thrown stoneware mug", 3400, 2, 4),
    ("Linen tea towel, set of 2", 2200, 1, 3),
    ("Personalised leather keyring", 1800, 3, 5),
    ("Botanical print, A4", 2600, 1, 2),
    ("Beeswax candle trio", 2900, 1, 3),
    ("Macramé plant hanger", 3800, 3, 6),
    ("Silver leaf earrings", 4500, 2, 4),
    ("Knitted baby blanket", 6800, 5, 8),
)
DIGITAL_ITEM = ("Printable wedding planner (PDF)", 900, 0, 0)
CUSTOM_ITEM = ("Custom pet portrait, 8x10", 12500, 10, 15)
FIRST = ("Emma", "Liam", "Olivia", "Noah", "Ava", "Mia", "Lucas", "Sofia", "Ethan", "Chloe", "Marco", "Giulia")
LAST = ("Smith", "Brown", "Rossi", "Nguyen", "Garcia", "Müller", "Taylor", "Wilson", "Martin", "Lee")
CITIES = (
    ("Portland", "OR", "97205", "US"),
    ("Austin", "TX", "73301", "US"),
    ("Leeds", "", "LS1 4AP", "GB"),
    ("Milano", "MI", "20121", "IT"),
    ("Toronto", "ON", "M5V 2T6", "CA"),
    ("Denver", "CO", "80202", "US"),
)
CARRIERS = ("USPS", "UPS", "FedEx")
US_HOLIDAYS = ((1, 1, "New Year's Day"), (7, 4, "Independence Day"), (12, 25, "Christmas Day"))


def make_demo_shop(store: Store, orders: int = 1500, seed: int = 7, as_of: date | None = None) -> None:
    as_of = as_of or store.today()
    rng = random.Random(seed)
    store.update_shop(name="Willow & Thread", currency="USD", timezone="America/New_York")
    with store.write(
        "holidays",
        "shipping_profiles",
        "saved_replies",
        "vacations",
        "orders",
        "order_items",
        "reviews",
        "cases",
        "messages",
        "threads",
    ):
        store.set_holidays(
            [(date(y, m, d).isoformat(), n) for y in (as_of.year - 1, as_of.year) for m, d, n in US_HOLIDAYS]
        )
        _profiles(store)
        vacation = _vacation(store, as_of)
        gen = _Generator(store, rng, as_of, vacation)
        gen.orders(orders)
        gen.problems()
        gen.messages()


def _profiles(store: Store) -> None:
    store.insert(
        "shipping_profiles",
        {
            "name": "Standard (ready to ship)",
            "processing_min": 1,
            "processing_max": 3,
            "origin_country": "US",
            "origin_postal_code": "97205",
            "carrier": "USPS",
            "mail_class": "Ground Advantage",
            "domestic_transit_min": 2,
            "domestic_transit_max": 5,
            "international_transit_min": 6,
            "international_transit_max": 14,
            "is_default": 1,
        },
    )
    store.insert(
        "shipping_profiles",
        {
            "name": "Made to order",
            "processing_min": 5,
            "processing_max": 10,
            "origin_country": "US",
            "origin_postal_code": "97205",
            "carrier": "UPS",
            "mail_class": "Ground",
            "domestic_transit_min": 2,
            "domestic_transit_max": 4,
            "international_transit_min": 5,
            "international_transit_max": 12,
            "is_default": 0,
        },
    )


def _vacation(store: Store, as_of: date) -> tuple[date, date]:
    start = as_of - timedelta(days=130)
    end = start + timedelta(days=9)
    reply = store.db.execute("SELECT id FROM saved_replies WHERE title = 'Vacation auto-reply'").fetchone()
    store.insert(
        "vacations",
        {"start_date": start.isoformat(), "end_date": end.isoformat(), "auto_reply_id": reply[0] if reply else None},
    )
    return start, end


class _Generator:
    def __init__(self, store: Store, rng: random.Random, as_of: date, vacation: tuple[date, date]) -> None:
        self.store, self.rng, self.as_of, self.vacation = store, rng, as_of, vacation
        self.calendar: BusinessCalendar = store.calendar()
        self.rows: list[dict[str, Any]] = []

    def orders(self, count: int) -> None:
        rng, start = self.rng, self.as_of - timedelta(days=365)
        # Busier towards the end of the year and as the shop grows.
        weights = [1.0 + i / 365 + (0.8 if (start + timedelta(days=i)).month in (11, 12) else 0) for i in range(366)]
        days = sorted(rng.choices(range(366), weights=weights, k=count))
        orders, items = [], []
        for n, offset in enumerate(days):
            ordered = start + timedelta(days=offset)
            if self.vacation[0] <= ordered <= self.vacation[1] and rng.random() < 0.8:
                ordered = self.vacation[1] + timedelta(days=1)
            order, order_items = self._order(1_000_000 + n, ordered)
            orders.append(order)
            items.extend(order_items)
        self.store.upsert_orders(orders)
        self.store.db.conn.executemany(
            "INSERT INTO order_items (order_id, title, quantity, price_minor, processing_min, processing_max, "
            "personalization, transaction_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            items,
        )
        self.rows = orders

    def _order(self, number: int, ordered: date) -> tuple[dict[str, Any], list[tuple]]:
        rng = self.rng
        order_id = str(number)
        roll = rng.random()
        digital, custom = roll < 0.05, 0.05 <= roll < 0.058
        picks = (
            [DIGITAL_ITEM] if digital else [CUSTOM_ITEM] if custom else rng.sample(ITEMS, rng.choice((1, 1, 1, 2, 3)))
        )
        quantities = [rng.choice((1, 1, 1, 2)) for _ in picks]
        processing_max = max(p[3] for p in picks)
        due = ship_by_date(ordered, processing_max, self.calendar)
        first, last = rng.choice(FIRST), rng.choice(LAST)
        city, state, zip_code, country = rng.choice(CITIES)
        status, shipped, delivered, tracking = self._fulfilment(ordered, due, digital)
        if rng.random() < 0.015:
            status, shipped, delivered, tracking = "canceled", None, None, None
        order = {
            "order_id": order_id,
            "order_date": ordered.isoformat(),
            "buyer": f"{first.lower()}{last.lower()[:3]}{number % 97}",
            "ship_name": f"{first} {last}",
            "ship_street1": f"{rng.randint(1, 999)} {rng.choice(('Oak', 'Elm', 'High', 'Mill'))} Street",
            "ship_city": city,
            "ship_state": state,
            "ship_zip": zip_code,
            "ship_country": country,
            "total_minor": sum(p[1] * q for p, q in zip(picks, quantities, strict=True)) + (0 if digital else 595),
            "currency": "USD",
            "processing_min": min(p[2] for p in picks),
            "processing_max": processing_max,
            "ship_by": None,
            "shipped_date": shipped,
            "tracking_number": tracking,
            "carrier": rng.choice(CARRIERS) if tracking else None,
            "delivered_date": delivered,
            "status": status,
            "digital": int(digital),
            "custom": int(custom),
            "international": int(country != "US"),
            "shipping_profile_id": 2 if custom else 1,
        }
        items = [
            (
                order_id,
                p[0],
                q,
                p[1],
                p[2],
                p[3],
                f"Name: {first}" if "Personalised" in p[0] or p is CUSTOM_ITEM else "",
                f"T{order_id}-{i}",
            )
            for i, (p, q) in enumerate(zip(picks, quantities, strict=True))
        ]
        return order, items

    def _fulfilment(self, ordered: date, due: date | None, digital: bool) -> tuple:
        rng, as_of = self.rng, self.as_of
        if digital:
            return "delivered", ordered.isoformat(), ordered.isoformat(), None
        assert due is not None
        lateness = rng.choice((1, 2, 4)) if rng.random() < 0.06 else -rng.choice((0, 0, 1, 2))
        shipped = max(ordered, due + timedelta(days=lateness))
        if shipped >= as_of:
            return "open", None, None, None
        tracking = f"9400{rng.randint(10**15, 10**16 - 1)}" if rng.random() < 0.93 else None
        delivered = shipped + timedelta(days=rng.randint(2, 9))
        if delivered >= as_of:
            return "shipped", shipped.isoformat(), None, tracking
        return "delivered", shipped.isoformat(), delivered.isoformat(), tracking

    def problems(self) -> None:
        """Reviews for about a third of orders, a few low ones and cases; planted ones in the window."""
        rng, window = self.rng, odr_window(self.as_of)
        live = [o for o in self.rows if o["status"] != "canceled"]
        reviews, cases = [], []
        for order in live:
            if order["status"] != "delivered" or rng.random() > 0.33:
                continue
            reviewed = date.fromisoformat(order["delivered_date"]) + timedelta(days=rng.randint(0, 20))
            if reviewed >= self.as_of:
                continue
            in_window = window.start.isoformat() <= order["order_date"]
            rating = rng.choices((5, 4, 3, 2, 1), (84, 11, 3, 1, 1))[0]
            if in_window and rating <= 2:
                rating = 4
            reviews.append(self._review(order, reviewed, rating))
            if not in_window and rng.random() < 0.012:
                cases.append(self._case(order, rng.choice(("not_as_described", "damaged")), "refunded_by_seller"))
        planted = [
            o
            for o in live
            if window.start.isoformat() <= o["order_date"] < window.end.isoformat()
            and o["status"] == "delivered"
            and o["tracking_number"]
        ]
        recent = [o for o in live if o["order_date"] >= window.end.isoformat() and o["shipped_date"]]
        if len(planted) >= 3:
            low, case_order, protected = rng.sample(planted, 3)
            reviews.append(
                self._review(
                    low,
                    date.fromisoformat(low["delivered_date"]) + timedelta(days=2),
                    1,
                    "Arrived chipped and the seller took a week to answer.",
                )
            )
            cases.append(self._case(case_order, "not_as_described", "refunded_by_seller"))
            cases.append(
                self._case(protected, "not_received", "closed_for_seller", excluded="lost_in_transit_shipped_on_time")
            )
        if recent:
            late = rng.choice(recent)
            reviews.append(
                self._review(
                    late, date.fromisoformat(late["shipped_date"]) + timedelta(days=3), 2, "Took longer than I hoped."
                )
            )
        reviews = list({(rv["order_id"], rv["review_date"]): rv for rv in reviews}.values())
        self.store.upsert("reviews", reviews)
        self.store.upsert("cases", list({(c["order_id"], c["opened_date"]): c for c in cases}.values()))

    def _review(self, order: dict, day: date, rating: int, text: str | None = None) -> dict[str, Any]:
        day = min(max(day, date.fromisoformat(order["order_date"])), self.as_of - timedelta(days=1))
        texts = {
            5: "Beautiful work, arrived quickly!",
            4: "Lovely, a little smaller than expected.",
            3: "OK, but the colour is off.",
            2: "Not what the photos showed.",
            1: "Broken on arrival.",
        }
        return {
            "order_id": order["order_id"],
            "review_date": day.isoformat(),
            "rating": rating,
            "text": text or texts[rating],
            "excluded_reason": None,
        }

    def _case(self, order: dict, reason: str, resolution: str, excluded: str | None = None) -> dict[str, Any]:
        opened = date.fromisoformat(order["delivered_date"] or order["order_date"]) + timedelta(days=3)
        opened = min(opened, self.as_of - timedelta(days=2))
        return {
            "order_id": order["order_id"],
            "opened_date": opened.isoformat(),
            "reason": reason,
            "resolution": resolution,
            "closed_date": (opened + timedelta(days=1)).isoformat(),
            "excluded_reason": excluded,
        }

    def messages(self) -> None:
        rng, rows = self.rng, []
        vacation_start, vacation_end = self.vacation
        for order in self.rows:
            if rng.random() > 0.28:
                continue
            ordered = date.fromisoformat(order["order_date"])
            asked = _instant(ordered + timedelta(days=rng.randint(0, 6)), rng)
            if asked.date() >= self.as_of:
                asked = _instant(self.as_of - timedelta(days=1), rng)
            thread = f"t{order['order_id']}"
            rows.append(_message(thread, order["order_id"], "buyer", asked, "Hi! When will my order ship?"))
            on_vacation = vacation_start <= asked.date() <= vacation_end
            hours = rng.choices((rng.uniform(0.5, 20), rng.uniform(24, 40), rng.uniform(49, 80), None), (86, 7, 4, 3))[
                0
            ]
            if on_vacation:
                rows.append(
                    _message(
                        thread,
                        order["order_id"],
                        "auto",
                        asked + timedelta(minutes=1),
                        "Thanks for your message! The shop is on a short break.",
                    )
                )
            elif hours is not None and asked + timedelta(hours=hours) < _now(self.as_of):
                rows.append(
                    _message(
                        thread,
                        order["order_id"],
                        "seller",
                        asked + timedelta(hours=hours),
                        "Thanks for asking! It ships by the date on your receipt.",
                    )
                )
        for n in range(6):
            spam_at = _instant(self.as_of - timedelta(days=rng.randint(1, 80)), rng)
            rows.append(
                {**_message(f"spam{n}", None, "buyer", spam_at, "Grow your sales with our SEO service!"), "spam": 1}
            )
        self.store.upsert_messages(rows)


def _instant(day: date, rng: random.Random) -> datetime:
    return datetime.combine(day, time(rng.randint(8, 21), rng.randint(0, 59)), tzinfo=UTC)


def _now(as_of: date) -> datetime:
    return datetime.combine(as_of, time(0), tzinfo=UTC)


def _message(thread: str, order_id: str | None, sender: str, at: datetime, text: str) -> dict[str, Any]:
    return {
        "thread_id": thread,
        "order_id": order_id,
        "sender": sender,
        "sent_at": utc_text(at),
        "spam": 0,
        "text": text,
    }
