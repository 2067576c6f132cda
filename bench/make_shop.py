"""Generate a big, realistic shop file and measure how long that takes.

    python bench/make_shop.py --orders 1000000 --db /tmp/bench1m.db [--seed 1] [--as-of 2026-03-31]

Measures: generate_s (whole run: schema, rows, indexes), its phases, rows per table and the
file size. The shop: orders over the ~2 years ending at the as-of date (growing, seasonal),
1-3 items each with processing times; ship-by dates per RULES.md 4 (business days, the shop's
holidays, computed with `sellerdesk.core.dates`), a few extended; mostly shipped on time,
tracking for most; recent orders open or in transit, older delivered; ~1.5% canceled, some
digital, a few custom, some international; reviews on ~30% of orders (~1.5% at 2 stars or
fewer), cases on ~0.5%, a few of both excluded with a valid reason; message threads on ~25% of
orders plus pre-sale questions (seller replies usually within hours, sometimes late or never,
some spam, a few auto-replies and Etsy notices).

The schema comes from `open_database` (migrations); rows go in with `executemany` in one
transaction, with fast pragmas during generation only. Thread rows are computed here exactly
as `Store.refresh_threads()` computes them; `--check` verifies that (and the ship-by and EDD
dates against `Store.derive_order_dates`) on the generated file; use it on a small shop.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlite_utils import Database

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import figure, file_size_mb, iso_day, note, timer  # noqa: E402

from sellerdesk.core.dates import BusinessCalendar, estimated_delivery, ship_by_date  # noqa: E402
from sellerdesk.store.database import open_database  # noqa: E402
from sellerdesk.store.migrations import SUMMARY_TRIGGER_NAMES, rebuild_summaries  # noqa: E402
from sellerdesk.store.migrations.m011_thread_rule_choices import fill as fill_thread_choices  # noqa: E402

SPAN_DAYS = 730  # orders over the two years ending at the as-of date
TAIL_DAYS = 200  # dates computed beyond as-of (ship-by, EDD of the latest orders)
SHOP_TZ = "America/New_York"
ORDER_BASE = 3_000_000_000
DAY = 86400

# -- catalogue and pools ------------------------------------------------------------------
ADJ = [
    "Handmade",
    "Rustic",
    "Minimalist",
    "Vintage",
    "Boho",
    "Personalized",
    "Hand-painted",
    "Ceramic",
    "Linen",
    "Oak",
    "Sterling Silver",
    "Gold-filled",
    "Watercolor",
    "Knitted",
]
NOUN = [
    "Mug",
    "Necklace",
    "Earrings",
    "Wall Art Print",
    "Candle",
    "Tote Bag",
    "Cutting Board",
    "Ring",
    "Planter",
    "Blanket",
    "Bookmark",
    "Keychain",
    "Coasters Set",
    "Journal",
    "Vase",
]
DIGITAL_NOUN = [
    "Printable Planner",
    "SVG Bundle",
    "Digital Pattern",
    "Wedding Invitation Template",
    "Lightroom Presets",
    "Coloring Pages",
]
PROCESSING = [((1, 2), 20), ((1, 3), 30), ((3, 5), 30), ((5, 7), 15), ((7, 10), 5)]
FIRST = [
    "Emma",
    "Liam",
    "Olivia",
    "Noah",
    "Ava",
    "Elijah",
    "Sophia",
    "James",
    "Mia",
    "Lucas",
    "Amelia",
    "Mateo",
    "Harper",
    "Ethan",
    "Ella",
    "Levi",
    "Chloe",
    "Owen",
    "Grace",
    "Leo",
    "Nora",
    "Jack",
    "Lily",
    "Henry",
    "Zoe",
    "Aria",
    "Ezra",
    "Hannah",
    "Isaac",
    "Layla",
]
LAST = [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Garcia",
    "Miller",
    "Davis",
    "Lopez",
    "Wilson",
    "Anderson",
    "Thomas",
    "Moore",
    "Martin",
    "Lee",
    "Thompson",
    "White",
    "Harris",
    "Clark",
    "Lewis",
    "Walker",
    "Hall",
    "Young",
    "King",
    "Wright",
    "Scott",
    "Green",
    "Baker",
]
STREETS = [
    "Main St",
    "Oak Ave",
    "Maple Dr",
    "Cedar Ln",
    "Pine St",
    "Elm St",
    "Lake Rd",
    "Hill St",
    "Park Ave",
    "River Rd",
    "Sunset Blvd",
    "Church St",
    "Mill Rd",
]
US = [
    ("Portland", "OR", "97201"),
    ("Austin", "TX", "73301"),
    ("Denver", "CO", "80202"),
    ("Brooklyn", "NY", "11201"),
    ("Chicago", "IL", "60601"),
    ("Seattle", "WA", "98101"),
    ("Atlanta", "GA", "30301"),
    ("Boston", "MA", "02108"),
    ("Phoenix", "AZ", "85001"),
    ("Nashville", "TN", "37201"),
    ("Madison", "WI", "53703"),
    ("Tampa", "FL", "33601"),
]
INTL = [
    ("London", "", "SW1A 1AA", "GB"),
    ("Toronto", "ON", "M5H 2N2", "CA"),
    ("Sydney", "NSW", "2000", "AU"),
    ("Berlin", "", "10115", "DE"),
    ("Paris", "", "75001", "FR"),
    ("Milano", "MI", "20121", "IT"),
    ("Amsterdam", "", "1012", "NL"),
    ("Dublin", "", "D02", "IE"),
]
# name, processing (min, max), domestic transit (min, max), international transit (min, max)
PROFILES = [
    ("Standard", (1, 3), (2, 5), (6, 14)),
    ("Express", (1, 1), (1, 2), (3, 6)),
    ("Economy", (3, 5), (3, 8), (10, 20)),
]
CARRIERS = ["USPS", "USPS", "USPS", "UPS", "FedEx"]
REVIEW_TEXT = {
    5: ["Absolutely love it!", "Beautiful work, fast shipping.", "Perfect gift, thank you!", ""],
    4: ["Very nice, a bit smaller than expected.", "Good quality.", ""],
    3: ["It's okay.", "Took a while to arrive.", ""],
    2: ["Not as pictured.", "Arrived damaged."],
    1: ["Never arrived and no answer.", "Very disappointed."],
}
BUYER_TEXT = [
    "Hi! When will my order ship?",
    "Can you do this in blue?",
    "Is gift wrap possible?",
    "Could you change the name on the personalization?",
    "Where is my package?",
    "Do you ship to Canada?",
    "Thanks so much, it arrived!",
]
SELLER_TEXT = [
    "Hi! It ships tomorrow, thank you for your order.",
    "Yes, of course!",
    "Here is your tracking number.",
    "So sorry about that, let me fix it.",
]
AUTO_TEXT = "Thanks for your message! We are away until Monday and will answer then."
ETSY_TEXT = "Etsy: your order has been updated."
SPAM_TEXT = "Grow your shop 10x! Contact me on WhatsApp."


class ShopGenerator:
    """Deterministic (by seed) rows for a shop of `orders` orders as of `as_of`."""

    def __init__(self, orders: int, seed: int, as_of: date, days_per_chunk: int = 30) -> None:
        self.orders = orders
        self.seed = seed
        self.as_of = as_of
        self.start = as_of - timedelta(days=SPAN_DAYS - 1)
        self.days_per_chunk = days_per_chunk
        n_days = SPAN_DAYS + TAIL_DAYS
        self.days = [(self.start + timedelta(days=i)).isoformat() for i in range(n_days)]
        self.holidays = [d for d in self.days if d[5:] in ("01-01", "07-04", "12-25", "12-26")]
        self.calendar = BusinessCalendar.of(self.holidays)
        self.business = self._business_table(n_days)
        self.counts = self._daily_counts()
        self.catalogue = self._catalogue()

    # -- precomputed tables ---------------------------------------------------------------
    def _business_table(self, n_days: int) -> list[list[int]]:
        """business[i][n]: day index of the n-th business day after day i (n = 0..25)."""
        cal = self.calendar
        table = []
        for i in range(n_days):
            day = self.start + timedelta(days=i)
            row = [i]
            for _ in range(25):
                day = cal.add_business_days(day, 1)
                row.append((day - self.start).days)
            table.append(row)
        return table

    def _daily_counts(self) -> list[int]:
        """Orders per day: growing over the two years, busier in Nov-Dec, quieter at weekends."""
        weights = []
        for i in range(SPAN_DAYS):
            day = self.start + timedelta(days=i)
            w = 0.5 + i / SPAN_DAYS
            if day.month in (11, 12):
                w *= 1.4
            if day.weekday() >= 5:
                w *= 0.85
            if i == SPAN_DAYS - 1:
                w *= 0.5  # the as-of day is not over yet
            weights.append(w)
        total = sum(weights)
        exact = [self.orders * w / total for w in weights]
        counts = [int(x) for x in exact]
        by_remainder = sorted(range(SPAN_DAYS), key=lambda i: exact[i] - counts[i], reverse=True)
        for i in by_remainder[: self.orders - sum(counts)]:
            counts[i] += 1
        return counts

    def _catalogue(self) -> dict[str, list[tuple]]:
        rng = random.Random(self.seed)
        weights = [w for _, w in PROCESSING]
        physical, digital, custom = [], [], []
        for n in range(400):
            (pmin, pmax) = rng.choices([p for p, _ in PROCESSING], weights)[0]
            title = f"{ADJ[n % len(ADJ)]} {NOUN[(n * 7) % len(NOUN)]} #{n}"
            price = rng.randrange(900, 9000, 50)
            physical.append((str(1_000_000_000 + n), title, price, pmin, pmax))
        for n in range(40):
            title = f"{DIGITAL_NOUN[n % len(DIGITAL_NOUN)]} #{n}"
            digital.append((str(1_100_000_000 + n), title, rng.randrange(300, 1500, 100), None, None))
        for n in range(20):
            pmin = rng.choice([7, 10])
            title = f"Custom {NOUN[n % len(NOUN)]} made to order #{n}"
            custom.append((str(1_200_000_000 + n), title, rng.randrange(4000, 25000, 500), pmin, pmin + 5))
        return {"physical": physical, "digital": digital, "custom": custom}

    # -- fixed rows -----------------------------------------------------------------------
    def fixed_rows(self) -> dict[str, list[tuple]]:
        return {
            "shops": [(1, "Big Bench Shop", "USD", SHOP_TZ, "US", self.days[0] + "T00:00:00Z")],
            "shipping_profiles": [
                (i + 1, name, p[0], p[1], d[0], d[1], n[0], n[1], int(i == 0))
                for i, (name, p, d, n) in enumerate(PROFILES)
            ],
            "holidays": [(d, "Holiday") for d in self.holidays],
            "saved_replies": [
                (title, body, self.days[0] + "T00:00:00Z")
                for title, body in [
                    ("Shipping time", "Hi {buyer}, your order ships by {ship_by}."),
                    ("Thanks", "Thank you for your order, {buyer}!"),
                    ("Away", AUTO_TEXT),
                ]
            ],
        }

    def chunk_ranges(self) -> list[tuple[int, int, int]]:
        """(first day, end day, orders before the first day) of each chunk."""
        ranges, before = [], 0
        for lo in range(0, SPAN_DAYS, self.days_per_chunk):
            hi = min(SPAN_DAYS, lo + self.days_per_chunk)
            ranges.append((lo, hi, before))
            before += sum(self.counts[lo:hi])
        return ranges

    # -- the rows -------------------------------------------------------------------------
    def chunk(self, index: int, lo: int, hi: int, before: int) -> dict[str, list[tuple]]:
        """All rows of the orders placed on days [lo, hi), deterministic per chunk."""
        rng = random.Random(self.seed * 1_000_003 + index)
        rnd = rng.random
        days, bd, counts = self.days, self.business, self.counts
        as_of_i = SPAN_DAYS - 1
        cap = as_of_i * DAY + 16 * 3600  # "now": 11:00 or 12:00 shop time on the as-of day
        physical, digital_l, custom_l = (self.catalogue[k] for k in ("physical", "digital", "custom"))
        n_phys, n_dig, n_cus = len(physical), len(digital_l), len(custom_l)
        n_buyers = max(10, int(self.orders * 0.75))
        hms = _HMS
        local_day = self._local_day
        orders: list[tuple] = []
        items: list[tuple] = []
        reviews: list[tuple] = []
        cases: list[tuple] = []
        threads: list[tuple] = []
        messages: list[tuple] = []

        def stamp(t: int) -> str:
            return days[t // DAY] + hms[t % DAY]

        def thread(tid: str, oid: str | None, t0: int, presale: bool) -> None:
            """One conversation starting with the buyer's first message at t0 (s since start)."""
            if t0 >= cap:
                return
            out: list[tuple] = []
            if not presale and rnd() < 0.03 and t0 > 7200:  # a seller note before the question
                out.append((tid, oid, "seller", stamp(t0 - 3600 - int(rnd() * 3600)), 0, SELLER_TEXT[2]))
            if not presale and rnd() < 0.02 and t0 > 600:
                out.append((tid, oid, "etsy", stamp(t0 - 600), 0, ETSY_TEXT))
            spam = 1 if presale and rnd() < 0.15 else 0
            first = stamp(t0)
            out.append((tid, oid, "buyer", first, spam, SPAM_TEXT if spam else BUYER_TEXT[int(rnd() * 7)]))
            reply_t, reply_sender, last_t = None, None, t0
            if not spam:
                if rnd() < 0.05:
                    t = t0 + 5 + int(rnd() * 55)
                    if t < cap:
                        out.append((tid, oid, "auto", stamp(t), 0, AUTO_TEXT))
                        reply_t, reply_sender, last_t = t, "auto", t
                x = rnd()
                if x < 0.80:
                    delay = 300 + int(rnd() * 4 * 3600)
                elif x < 0.92:
                    delay = 4 * 3600 + int(rnd() * 20 * 3600)
                elif x < 0.96:
                    delay = 24 * 3600 + int(rnd() * 24 * 3600)
                elif x < 0.98:
                    delay = 48 * 3600 + int(rnd() * 72 * 3600)
                else:
                    delay = None  # never answered
                if delay is not None and t0 + delay < cap:
                    t = t0 + delay
                    out.append((tid, oid, "seller", stamp(t), 0, SELLER_TEXT[int(rnd() * 4)]))
                    if reply_t is None:
                        reply_t, reply_sender = t, "seller"
                    last_t = t
                    if rnd() < 0.4:  # a follow-up and its answer
                        t2 = t + 600 + int(rnd() * 86400)
                        if t2 < cap:
                            out.append((tid, oid, "buyer", stamp(t2), 0, BUYER_TEXT[6]))
                            last_t = t2
                            t3 = t2 + 300 + int(rnd() * 6 * 3600)
                            if t3 < cap:
                                out.append((tid, oid, "seller", stamp(t3), 0, SELLER_TEXT[1]))
                                last_t = t3
            # A thread the seller or Etsy wrote first is not incoming: nothing to judge (RULES.md 2).
            incoming = out[0][2] == "buyer"
            messages.extend(out)
            threads.append(
                (
                    tid,
                    oid,
                    first if incoming else None,
                    days[local_day(t0)] if incoming else None,
                    None if reply_t is None or not incoming else stamp(reply_t),
                    reply_sender if incoming else None,
                    None if reply_t is None or not incoming else reply_t - t0,
                    spam if incoming else 0,
                    stamp(last_t),
                )
            )

        seq = before
        for di in range(lo, hi):
            day = days[di]
            for _ in range(counts[di]):
                seq += 1
                oid = str(ORDER_BASE + seq)
                is_digital = rnd() < 0.06
                is_custom = not is_digital and rnd() < 0.02
                intl = 0 if is_digital else int(rnd() < 0.12)
                canceled = rnd() < 0.015
                # items: the order's processing time is the longest of its items'
                x = rnd()
                n_items = 1 if x < 0.72 else (2 if x < 0.93 else 3)
                pmin = pmax = None
                subtotal = 0
                tx = 5_000_000_000 + seq * 4  # fixed width: the unique index grows at its end
                for k in range(n_items):
                    if is_digital:
                        listing = digital_l[int(rnd() * n_dig)]
                    elif is_custom and k == 0:
                        listing = custom_l[int(rnd() * n_cus)]
                    else:
                        listing = physical[int(rnd() * n_phys)]
                    qty = 2 if rnd() < 0.1 else 1
                    subtotal += listing[2] * qty
                    if listing[4] is not None:
                        if pmax is None or listing[4] > pmax:
                            pmax = listing[4]
                        if pmin is None or listing[3] > pmin:
                            pmin = listing[3]
                    items.append(
                        (
                            oid,
                            listing[1],
                            qty,
                            listing[2],
                            listing[3],
                            listing[4],
                            "Name: Ava" if is_custom and k == 0 else "",
                            listing[0],
                            str(tx + k),
                        )
                    )
                # dates (RULES.md 4)
                ship_by = ext = extended_on = None
                if pmax is not None:
                    ship_by = due = bd[di][pmax]
                    if rnd() < 0.01 and ship_by > di:  # extended once, before it passed, <= 21 days
                        ext = ship_by + 1 + int(rnd() * 21)
                        extended_on = di + int(rnd() * (ship_by - di + 1))
                        due = ext
                else:
                    due = None
                if is_digital:
                    profile = None
                    edd = bd[bd[di][5]][4]  # the fallbacks: 5 days processing, 4 days transit
                else:
                    y = rnd()
                    profile = 0 if y < 0.7 else (1 if y < 0.9 else 2)
                    transit = PROFILES[profile][3 if intl else 2]
                    edd = bd[due][transit[1]]
                shipped = delivered = tracking = carrier = None
                if canceled:
                    status = "canceled"
                elif is_digital:
                    shipped = delivered = di
                    status = "delivered"
                else:
                    s = di + int(rnd() * (due - di + 1))  # on time: by the (extended) ship-by date
                    if rnd() < 0.06:  # late
                        s = due + 1 + int(rnd() * rnd() * 10)
                    if s > as_of_i:
                        status = "open"
                    else:
                        shipped = s
                        if rnd() < 0.93:
                            carrier = CARRIERS[seq % 5]
                            tracking = f"9400{(seq * 2654435761) % 10**18:018d}"
                        t_days = transit[0] + int(rnd() * (transit[1] - transit[0] + 1))
                        if rnd() < 0.05:
                            t_days += 1 + int(rnd() * 5)  # carrier delay
                        d = bd[s][t_days]
                        if d > as_of_i or rnd() < 0.003:  # in transit, or lost
                            status = "shipped"
                        else:
                            delivered = d
                            status = "delivered"
                shipping = (1800 if intl else (0 if subtotal >= 3500 else 450)) if not is_digital else 0
                b = int(rnd() * n_buyers)
                first_name, last_name = FIRST[b % 30], LAST[(b // 30) % 28]
                if intl:
                    city, state, zipc, country = INTL[b % 8]
                else:
                    city, state, zipc = US[b % 12]
                    country = "US"
                orders.append(
                    (
                        oid,
                        day,
                        f"{first_name.lower()}{b}",
                        f"{first_name} {last_name}",
                        f"{100 + b % 9000} {STREETS[b % 13]}",
                        city,
                        state,
                        zipc,
                        country,
                        subtotal + shipping,
                        "USD",
                        pmin,
                        pmax,
                        None if ship_by is None else days[ship_by],
                        None if ext is None else days[ext],
                        None if extended_on is None else days[extended_on],
                        None if shipped is None else days[shipped],
                        tracking,
                        carrier,
                        days[edd],
                        None if delivered is None else days[delivered],
                        status,
                        int(is_digital),
                        int(is_custom),
                        intl,
                        None if profile is None else profile + 1,
                        "Gift wrap" if seq % 97 == 0 else "",
                    )
                )
                if canceled:
                    if rnd() < 0.3:
                        thread("T" + oid, oid, di * DAY + 14 * 3600 + int(rnd() * DAY), False)
                    continue
                # review: ~30% of orders, left after delivery, within 100 days of the EDD
                if delivered is not None and rnd() < 0.32:
                    rd = delivered + int(rnd() * rnd() * 30)
                    if rd <= as_of_i and rd <= edd + 100:
                        z = rnd()
                        rating = 5 if z < 0.85 else 4 if z < 0.94 else 3 if z < 0.985 else 2 if z < 0.993 else 1
                        excluded = None
                        if rating <= 2 and rnd() < 0.05:
                            excluded = "abusive_review" if rnd() < 0.6 else "carrier_delay"
                        texts = REVIEW_TEXT[rating]
                        reviews.append((oid, days[rd], rating, texts[seq % len(texts)], excluded))
                # case: ~0.5% of orders, after the EDD (or delivery), up to 100 days after the order
                case_day = None
                if rnd() < 0.005:
                    if delivered is None and not is_digital:
                        reason = "not_received" if rnd() < 0.8 else "late"
                        base = max(edd, due)
                    else:
                        z = rnd()
                        reason = "not_as_described" if z < 0.5 else "damaged" if z < 0.8 else "other"
                        base = delivered
                    opened = min(base + 1 + int(rnd() * 14), di + 100)
                    if opened <= as_of_i:
                        case_day = opened
                        resolution = closed = None
                        if not (opened > as_of_i - 10 and rnd() < 0.6):
                            z = rnd()
                            resolution = (
                                "refunded_by_seller"
                                if z < 0.35
                                else "refunded_by_etsy"
                                if z < 0.5
                                else "closed_for_seller"
                                if z < 0.85
                                else "closed_by_buyer"
                            )
                            closed = min(opened + 2 + int(rnd() * 12), as_of_i)
                        excluded = None
                        if rnd() < 0.06:
                            if reason == "not_received" and shipped is not None and shipped <= due:
                                excluded = "lost_in_transit_shipped_on_time" if rnd() < 0.5 else "carrier_delay"
                            else:
                                excluded = "accidental_case" if rnd() < 0.7 else "natural_disaster"
                        cases.append(
                            (oid, days[opened], reason, resolution, None if closed is None else days[closed], excluded)
                        )
                # messages: ~25% of orders; a case always follows a message 48 h+ before it
                if case_day is not None:
                    t0 = max(di * DAY, (case_day - 4) * DAY) + 13 * 3600 + int(rnd() * 8 * 3600)
                    thread("T" + oid, oid, t0, False)
                elif rnd() < 0.245:
                    t0 = di * DAY + 13 * 3600 + int(rnd() * rnd() * 10 * DAY)
                    thread("T" + oid, oid, t0, False)
            # pre-sale questions, some of them spam, with no order
            for q in range(counts[di] // 30):
                thread(f"Q{day}-{q}", None, di * DAY + 12 * 3600 + int(rnd() * DAY), True)
        return {
            "orders": orders,
            "order_items": items,
            "reviews": reviews,
            "cases": cases,
            "threads": threads,
            "messages": messages,
        }

    def _local_day(self, t: int) -> int:
        """Day index, in the shop's time zone, of the instant t (seconds since the start, UTC)."""
        i = t // DAY
        offsets = _OFFSETS.get(i)
        if offsets is None:
            tz = ZoneInfo(SHOP_TZ)
            base = datetime.combine(self.start, datetime.min.time(), tzinfo=UTC)
            o1 = _utc_offset(tz, base + timedelta(days=i))
            o2 = _utc_offset(tz, base + timedelta(days=i + 1, seconds=-1))
            offsets = _OFFSETS[i] = (o1, o2)
        if offsets[0] == offsets[1]:
            return (t + offsets[0]) // DAY
        base = datetime.combine(self.start, datetime.min.time(), tzinfo=UTC)
        local = (base + timedelta(seconds=t)).astimezone(ZoneInfo(SHOP_TZ)).date()
        return (local - self.start).days


def _utc_offset(tz: ZoneInfo, moment: datetime) -> int:
    return int(moment.astimezone(tz).utcoffset().total_seconds())


_HMS = [f"T{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}Z" for s in range(DAY)]
_OFFSETS: dict[int, tuple[int, int]] = {}

INSERTS = {
    "shops": "INSERT INTO shops (id, name, currency, timezone, country, created_at) VALUES (?,?,?,?,?,?)",
    "shipping_profiles": (
        "INSERT INTO shipping_profiles (id, name, processing_min, processing_max, domestic_transit_min, "
        "domestic_transit_max, international_transit_min, international_transit_max, is_default) "
        "VALUES (?,?,?,?,?,?,?,?,?)"
    ),
    "holidays": "INSERT INTO holidays (shop_id, day, name) VALUES (1, ?, ?)",
    "saved_replies": "INSERT INTO saved_replies (title, body, created_at) VALUES (?,?,?)",
    "orders": (
        "INSERT INTO orders (order_id, order_date, buyer, ship_name, ship_street1, ship_city, ship_state, "
        "ship_zip, ship_country, total_minor, currency, processing_min, processing_max, ship_by, "
        "ship_by_extended, extended_on, shipped_date, tracking_number, carrier, edd, delivered_date, "
        "status, digital, custom, international, shipping_profile_id, note) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
    ),
    "order_items": (
        "INSERT INTO order_items (order_id, title, quantity, price_minor, processing_min, processing_max, "
        "personalization, listing_id, transaction_id) VALUES (?,?,?,?,?,?,?,?,?)"
    ),
    "reviews": "INSERT INTO reviews (order_id, review_date, rating, text, excluded_reason) VALUES (?,?,?,?,?)",
    "cases": (
        "INSERT INTO cases (order_id, opened_date, reason, resolution, closed_date, excluded_reason) "
        "VALUES (?,?,?,?,?,?)"
    ),
    "threads": (
        "INSERT INTO threads (thread_id, order_id, first_buyer_at, first_buyer_day, first_reply_at, "
        "reply_sender, response_seconds, spam, last_message_at) VALUES (?,?,?,?,?,?,?,?,?)"
    ),
    "messages": ("INSERT INTO messages (thread_id, order_id, sender, sent_at, spam, text) VALUES (?,?,?,?,?,?)"),
}
#: Columns whose values arrive in random order (indexes led by them are built after the rows).
RANDOM_KEYS = {"buyer", "tracking_number", "total_minor", "title", "response_seconds", "ship_name"}
TABLES = ["orders", "order_items", "reviews", "cases", "threads", "messages"]


def write_shop(path: Path, gen: ShopGenerator, all_indexes: bool = True, jobs: int = 2) -> dict[str, float]:
    """Create the file (migrations), fill it in one transaction; returns phase timings in s.

    With jobs >= 2, a second process makes the rows (pickled chunk by chunk) while this one
    inserts them: SQLite has one writer, but the Python that makes the rows can run beside it.
    """
    phases: dict[str, float] = {}
    with timer() as t:
        db = open_database(path)
    phases["schema_s"] = t[0]
    conn = db.conn
    # Fast pragmas for generation only (a fresh file nobody else has open); restored below.
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA foreign_keys = OFF")
    # The rows are valid by construction (--check runs integrity_check, which checks them);
    # CHECK (x IN (...)) costs ~4 us a row (SQLite builds an ephemeral table for each row).
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("PRAGMA cache_size = -4000000")  # 4 GB: the whole file stays in memory until COMMIT
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("PRAGMA threads = 2")  # a helper thread for CREATE INDEX's sorts
    rows_py = rows_sql = rows_sql_cpu = 0.0
    with timer() as t:
        conn.execute("BEGIN")
        later = _suspend_derived(conn, all_indexes)
        for table, rows in gen.fixed_rows().items():
            conn.executemany(INSERTS[table], rows)
        for rows_by_table, seconds in _chunks(gen, jobs):
            rows_py += seconds
            with timer() as ts:
                for table in TABLES:
                    conn.executemany(INSERTS[table], rows_by_table[table])
            rows_sql += ts[0]
            rows_sql_cpu += ts[1]
        with timer() as ti:
            for step in later:
                step()
        conn.execute("COMMIT")
    phases["rows_python_s"] = rows_py  # in the second process when jobs >= 2
    phases["rows_insert_s"] = rows_sql
    phases["rows_insert_cpu_s"] = rows_sql_cpu
    phases["indexes_s"] = ti[0]
    phases["indexes_cpu_s"] = ti[1]
    phases["fill_s"] = t[0]
    conn.execute("PRAGMA locking_mode = NORMAL")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA ignore_check_constraints = OFF")
    conn.execute("PRAGMA threads = 0")
    db.close()
    return phases


_GEN: ShopGenerator | None = None


def _make_chunk(task: tuple[int, int, int, int]) -> tuple[dict[str, list[tuple]], float]:
    assert _GEN is not None
    with timer() as t:
        rows = _GEN.chunk(*task)
    return rows, t[0]


def _chunks(gen: ShopGenerator, jobs: int) -> Iterator[tuple[dict[str, list[tuple]], float]]:
    """Each chunk's rows (in order) and the seconds it took to make them."""
    global _GEN
    tasks = [(i, lo, hi, before) for i, (lo, hi, before) in enumerate(gen.chunk_ranges())]
    _GEN = gen
    if jobs < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(_make_chunk, tasks)
        return
    with multiprocessing.get_context("fork").Pool(jobs - 1) as pool:
        yield from pool.imap(_make_chunk, tasks)


def _suspend_derived(conn: sqlite3.Connection, all_indexes: bool = False) -> list:
    """Drop what is cheaper to build once at the end than to keep row by row; return the steps
    that build it again. Indexes are built after the rows (a sort each): all of them (measured
    cheaper with the orders page's many indexes), or with all_indexes=False only those led by a
    random key (indexes on dates, ids and statuses grow at their end, as rows go in by order
    date). Triggers that keep full-text tables and the summary tables are dropped, and those
    are rebuilt; any other trigger stays and runs row by row."""
    steps: list = []
    for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    ).fetchall():
        first = conn.execute(f"PRAGMA index_xinfo({name})").fetchone()
        if all_indexes or first is None or first[2] is None or first[2] in RANDOM_KEYS:
            conn.execute(f"DROP INDEX {name}")
            steps.append(lambda sql=sql: conn.execute(sql))
    fts = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'"
        )
    ]
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    rebuild_fts: set[str] = set()
    summaries = False
    for name, sql in triggers:
        targets = [f for f in fts if f in sql]
        if targets or name in SUMMARY_TRIGGER_NAMES:
            conn.execute(f"DROP TRIGGER {name}")
            rebuild_fts.update(targets)
            summaries = summaries or name in SUMMARY_TRIGGER_NAMES
            steps.append(lambda sql=sql: conn.execute(sql))
        else:
            note(f"trigger {name} kept during generation")
    for table in sorted(rebuild_fts):
        steps.insert(0, lambda t=table: conn.execute(f"INSERT INTO {t}({t}) VALUES ('rebuild')"))
    if summaries:
        steps.insert(0, lambda: rebuild_summaries(Database(conn)))
    # The threads' columns behind two rule settings (m011), as Store.refresh_threads fills them.
    steps.append(lambda: fill_thread_choices(Database(conn)))
    return steps


def check(path: Path, gen: ShopGenerator, sample: int = 3000) -> list[str]:
    """Compare the generated rows with what the store's write path would have computed."""
    from sellerdesk.store.store import Store

    problems = []
    store = Store.open(path)
    try:
        db = store.db
        if store.calendar() != gen.calendar:
            problems.append("holiday calendar differs")
        for row in db.execute("PRAGMA integrity_check"):
            if row[0] != "ok":
                problems.append(f"integrity_check: {row[0]}")
        for row in db.execute("PRAGMA foreign_key_check"):
            problems.append(f"foreign_key_check: {row}")
        # the same schema (indexes, triggers) as a freshly migrated file
        with tempfile.TemporaryDirectory() as tmp:
            fresh = open_database(Path(tmp) / "fresh.db")
            want = set(fresh.execute("SELECT type, name, sql FROM sqlite_master").fetchall())
            fresh.close()
        have = set(db.execute("SELECT type, name, sql FROM sqlite_master").fetchall())
        for row in sorted(want ^ have, key=str):
            problems.append(f"schema differs from a fresh file: {row[:2]}")
        # full-text tables and summary tables rebuilt after the rows match the rows
        for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'"
        ).fetchall():
            try:
                db.execute(f"INSERT INTO {name}({name}) VALUES ('integrity-check')")
            except sqlite3.DatabaseError as exc:
                problems.append(f"{name}: {exc}")
        summaries = ("order_days", "ship_days", "review_days", "problem_orders")
        kept = {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall()) for t in summaries}
        with store.write(*summaries):
            rebuild_summaries(db)
        for t in summaries:
            if sorted(db.execute(f"SELECT * FROM {t}").fetchall()) != kept[t]:
                problems.append(f"{t} differs from its rebuild")
        # ship-by and EDD of a sample of orders, by the store's own derivation
        rows = db.execute(
            "SELECT order_id, order_date, processing_max, ship_by, ship_by_extended, edd, international, "
            "shipping_profile_id FROM orders ORDER BY random() LIMIT ?",
            [sample],
        ).fetchall()
        cal = store.calendar()
        for oid, od, pmax, sb, ext, edd, intl, prof in rows:
            derived = store.derive_order_dates(
                {
                    "order_date": od,
                    "processing_max": pmax,
                    "ship_by_extended": ext,
                    "international": intl,
                    "shipping_profile_id": prof,
                }
            )
            direct = ship_by_date(date.fromisoformat(od), pmax, cal)
            if derived["ship_by"] != sb or (direct.isoformat() if direct else None) != sb:
                problems.append(f"order {oid}: ship_by {sb}, store computes {derived['ship_by']}")
            if derived["edd"] != edd:
                problems.append(f"order {oid}: edd {edd}, store computes {derived['edd']}")
            due = ext or sb
            transit = store._transit_max(prof, bool(intl))
            expect = estimated_delivery(
                date.fromisoformat(od),
                date.fromisoformat(due) if due else None,
                transit,
                cal,
                international=bool(intl),
            )
            if expect.isoformat() != edd:
                problems.append(f"order {oid}: edd {edd}, estimated_delivery gives {expect}")
        # threads, recomputed from the messages by the write path
        query = "SELECT * FROM threads ORDER BY thread_id"
        before = db.execute(query).fetchall()
        store.refresh_threads()
        after = db.execute(query).fetchall()
        if len(before) != len(after):
            problems.append(f"threads: {len(before)} generated, {len(after)} after refresh_threads()")
        for a, b in zip(before, after, strict=False):
            if a != b:
                problems.append(f"thread differs:\n  generated {a}\n  refreshed {b}")
                if len(problems) > 20:
                    break
    finally:
        store.close()
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, required=True)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--as-of", type=iso_day, default=None, help="YYYY-MM-DD (default: today)")
    parser.add_argument("--force", action="store_true", help="replace the file if it exists")
    parser.add_argument(
        "--indexes-after",
        choices=("random", "all"),
        default="all",
        help="build all indexes after the rows (default), or only those led by a random key",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=min(2, os.cpu_count() or 1),
        help="processes: 2 (default on 2+ cores) makes the rows in a second process; 1 does it inline",
    )
    parser.add_argument("--check", action="store_true", help="verify derived dates and threads afterwards")
    args = parser.parse_args(argv)
    path: Path = args.db
    if path.exists():
        if not args.force:
            parser.error(f"{path} exists; pass --force to replace it")
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    as_of = args.as_of or date.today()

    cpu = time.process_time()
    with timer() as total:
        with timer() as t:
            gen = ShopGenerator(args.orders, args.seed, as_of)
        phases = {"setup_s": t[0], **write_shop(path, gen, args.indexes_after == "all", args.jobs)}
    cpu = time.process_time() - cpu
    conn = sqlite3.connect(str(path))
    counts = {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}
    conn.close()

    figure("as_of", as_of.isoformat())
    for table in TABLES:
        figure(table, counts[table], "rows")
    figure("generate_s", total[0], "s")
    figure("generate_cpu_s", cpu, "s")
    for name, value in phases.items():
        figure(name, value, "s")
    figure("orders_per_s", int(counts["orders"] / total[0]), "orders/s")
    figure("db_size_mb", file_size_mb(path), "MB")
    if args.check:
        with timer() as t:
            problems = check(path, gen)
        figure("check_s", t[0], "s")
        figure("check_problems", len(problems))
        for p in problems[:20]:
            note(p)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
