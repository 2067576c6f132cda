"""Write a realistic Etsy download (RULES.md 6) of N orders: the orders CSV, the order-items CSV and the
reviews JSON, deterministic by seed, for the import benchmarks and for trying the importer by hand.

    python bench/etsy_download.py --orders 1000 --out /tmp/etsy [--seed 1] [--uk] [--no-sku]

What is in it: orders over the year before the as-of date (growing, busier in Nov-Dec), newest first;
1.5 item rows per order on average (1-4 transactions, some with quantity 2); returning buyers; ~8% guest
checkouts (empty Buyer User ID); names with accents, apostrophes, commas, quotes and now and then a line
break; second address lines with commas; ZIP codes with leading zeros and ZIP+4; ~12% international;
personalization with commas and line breaks; coupons, shipping, sales tax; ~2% adjusted (refunded in
part or in full); recent orders not shipped yet. `Sale Date` and the orders' `Date Shipped` read MM/DD/YY,
the items' dates MM/DD/YYYY. The reviews JSON has one entry per reviewed item (~40% of orders reviewed;
half the reviewed multi-item orders once per item, the same day), newest first, plus ~1% of entries for
orders of an older download (they wait for their order). US wording with SKU by default; UK wording
(Delivery/Posted, GBP, UK addresses, dates still month first) with uk=True; without SKU with sku=False.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TextIO

ORDER_COLUMNS = (  # noqa: SIM905
    "Sale Date,Order ID,Buyer User ID,Full Name,First Name,Last Name,Number of Items,Payment Method,"
    "Date Shipped,Street 1,Street 2,Ship City,Ship State,Ship Zipcode,Ship Country,Currency,Order Value,"
    "Coupon Code,Coupon Details,Discount Amount,Shipping Discount,Shipping,Sales Tax,Order Total,Status,"
    "Card Processing Fees,Order Net,Adjusted Order Total,Adjusted Card Processing Fees,"
    "Adjusted Net Order Amount,Buyer,Order Type,Payment Type,InPerson Discount,InPerson Location,SKU"
).split(",")
ITEM_COLUMNS = (  # noqa: SIM905
    "Sale Date,Item Name,Buyer,Quantity,Price,Coupon Code,Coupon Details,Discount Amount,"
    "Shipping Discount,Order Shipping,Order Sales Tax,Item Total,Currency,Transaction ID,Listing ID,"
    "Date Paid,Date Shipped,Ship Name,Ship Address1,Ship Address2,Ship City,Ship State,Ship Zipcode,"
    "Ship Country,Order ID,Variations,Order Type,Listings Type,Payment Type,InPerson Discount,"
    "InPerson Location,VAT Paid by Buyer,SKU"
).split(",")
UK_ORDER_WORDS = {
    "Date Shipped": "Date Posted",
    "Ship City": "Delivery City",
    "Ship State": "Delivery State",
    "Ship Zipcode": "Delivery Zipcode",
    "Ship Country": "Delivery Country",
    "Shipping Discount": "Delivery Discount",
    "Shipping": "Delivery",
    "Sales Tax": "Sales tax",
    "Order Total": "Order total",
}
UK_ITEM_WORDS = {
    "Date Shipped": "Date Posted",
    "Shipping Discount": "Delivery Discount",
    "Order Shipping": "Order Delivery",
    "Ship Name": "Delivery Name",
    "Ship Address1": "Delivery Address1",
    "Ship Address2": "Delivery Address2",
    "Ship City": "Delivery City",
    "Ship State": "Delivery State",
    "Ship Zipcode": "Delivery Zipcode",
    "Ship Country": "Delivery Country",
}
ORDER_BASE = 3_100_000_000
TRANSACTION_BASE = 4_200_000_000

FIRST = (  # noqa: SIM905
    "Emma Liam Olivia Noah Ava Elijah Sophia James Mia Lucas Amelia Mateo Harper Ethan Ella Levi Chloe "
    "Owen Grace Leo Nora Jack Lily Henry Zoe Aria Ezra Hannah Isaac Layla José Zoë Björn François "
    "Siobhán Łukasz Thảo Renée Mary Ann Jean-Luc Dana Priya Wei Aisha Kenji Ingrid Mohammed Ana Sofía"
).split(" ")
LAST = (  # noqa: SIM905
    "Smith|Johnson|Williams|Brown|Jones|Garcia|Miller|Davis|Lopez|Wilson|Anderson|Thomas|Moore|Martin|"
    "Lee|Thompson|White|Harris|Clark|Lewis|Walker|Hall|Young|King|Wright|Scott|Green|Baker|O'Brien|"
    "D'Angelo|Müller|Nguyễn|García-Márquez|van der Berg|McAllister|Kowalski|Rossi|Patel|Kim|Ødegaard|"
    "St. James"
).split("|")
STREETS = ("Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Pine St", "Elm St", "Lake Rd", "Park Ave", "River Rd")
US_PLACES = (
    ("Portland", "OR", "97201"),
    ("Austin", "TX", "73301"),
    ("Brooklyn", "NY", "11201"),
    ("Boston", "MA", "02108"),
    ("Newark", "NJ", "07102"),
    ("Hartford", "CT", "06103"),
    ("Chicago", "IL", "60601"),
    ("Seattle", "WA", "98101"),
    ("Nashville", "TN", "37201"),
    ("Coeur d'Alene", "ID", "83814"),
    ("Tampa", "FL", "33601"),
    ("San Juan", "PR", "00901"),
)
UK_PLACES = (
    ("London", "", "SW1A 1AA"),
    ("Leeds", "West Yorkshire", "LS1 4AP"),
    ("Bristol", "", "BS1 5TR"),
    ("Edinburgh", "", "EH1 1YZ"),
    ("Cardiff", "", "CF10 1EP"),
    ("Manchester", "Greater Manchester", "M1 1AE"),
)
ABROAD = (
    ("Toronto", "ON", "M5H 2N2", "Canada"),
    ("Sydney", "NSW", "2000", "Australia"),
    ("Berlin", "", "10115", "Germany"),
    ("Paris", "", "75001", "France"),
    ("Dublin", "", "D02 X285", "Ireland"),
    ("Amsterdam", "", "1012 JS", "Netherlands"),
)
PAYMENT_METHODS = ("Credit Card",) * 6 + ("PayPal", "PayPal", "Apple Pay", "Google Pay", "Klarna", "Etsy Gift Card")
PRODUCTS = (
    ("Personalized Name Necklace, Dainty Gold Nameplate", (("Length", ("16 inches", "18 inches", "20 inches")),)),
    ('Botanical Wall Art Print, 8" x 10"', (("Size", ("8x10", "11x14", "A4")),)),
    ("Hand-thrown Stoneware Mug", (("Color", ("Sage", "Ocean Blue", "Speckled White")),)),
    ("Custom Pet Portrait from Photo", (("Style", ("Watercolor", "Line art")), ("Pets", ("1", "2", "3")))),
    ("Beeswax Candle Trio", ()),
    ("Linen Tea Towel - Set of 2", (("Color", ("Natural", "Rust", "Olive")),)),
    ("Engraved Cutting Board, Walnut or Maple", (("Wood", ("Walnut", "Maple")),)),
    ("Knitted Baby Blanket", (("Color", ("Cream", "Grey", "Blush")), ("Size", ("Small", "Large")))),
)
PERSONALIZED = {0, 3, 6}
CUSTOM_PRODUCT = 3
LISTINGS = 300
PERSONALIZATION = (
    "Emma",
    "Liam, Noah & Ava",
    "Mom, Dad, Grace",
    'For "Bubba" with love',
    "Front: The Smiths\nBack: Est. 2019",
    "Max (dog), Luna (cat)",
    "Love you to the moon, and back",
    "Not requested on this item.",
)
REVIEW_TEXT = {
    5: ("Absolutely love it!", "Beautiful work, fast shipping.", "", 'Perfect gift, she said "wow"!', "Great 😊"),
    4: ("Very nice, a bit smaller than expected.", "Good quality.", ""),
    3: ("It's okay.", "Took a while to arrive,\nbut it's fine.", ""),
    2: ("Not as pictured.", "Arrived damaged."),
    1: ("Never arrived and no answer.", "Very disappointed."),
}
COUPON = ("THANKYOU10", "% off: 10")


@dataclass(frozen=True)
class EtsyDownload:
    """The written files and what they hold (for checking what an import stored)."""

    orders_csv: Path
    items_csv: Path
    reviews_json: Path
    orders: int
    items: int  # item rows, one per transaction
    review_entries: int  # entries in the JSON
    reviews: int  # distinct (order, day) of orders in the orders file
    waiting_reviews: int  # distinct (order, day) of orders not in the file
    guests: int
    unshipped: int
    adjusted: int  # orders with non-zero Adjusted columns (refunded in part or in full)
    total_minor: int  # the sum of Order Total, in cents
    refund_minor: int  # the sum of Order Total - Adjusted Order Total over adjusted orders

    @property
    def paths(self) -> list[Path]:
        return [self.orders_csv, self.items_csv, self.reviews_json]


def listing_id(n: int) -> str:
    return str(1_000_000_000 + n * 7919)


def made_to_order_listings() -> list[str]:
    """The listing ids of the custom portraits (a seller maps them to a slower shipping profile)."""
    return [listing_id(n) for n in range(LISTINGS) if n % len(PRODUCTS) == CUSTOM_PRODUCT]


def money(minor: int) -> str:
    """Etsy's trimmed decimals: 4000 -> '40', 330 -> '3.3', 1299 -> '12.99'."""
    sign = "-" if minor < 0 else ""
    units, cents = divmod(abs(minor), 100)
    if cents == 0:
        return f"{sign}{units}"
    return f"{sign}{units}.{cents // 10}" if cents % 10 == 0 else f"{sign}{units}.{cents:02d}"


def cell(text: str) -> str:
    """A CSV field as Etsy writes it: quoted when it holds a space, comma, quote or line break."""
    if any(c in text for c in ' ,"\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


def daily_counts(orders: int, days: int, rng: random.Random, end: date) -> list[int]:
    """Orders per day, oldest first: growing over the span, busier in Nov-Dec, quieter at weekends."""
    weights = []
    for i in range(days):
        day = end - timedelta(days=days - 1 - i)
        w = (0.6 + 0.8 * i / days) * (1.5 if day.month in (11, 12) else 1.0) * (0.8 if day.weekday() >= 5 else 1.0)
        weights.append(w * (0.9 + 0.2 * rng.random()))
    total = sum(weights)
    counts = [int(orders * w / total) for w in weights]
    for i in range(orders - sum(counts)):
        counts[-1 - (i * 7) % days] += 1
    return counts


def item_counts(orders: int, rng: random.Random) -> list[int]:
    """Transactions per order: 60% one, 32% two, 6% three, 2% four (exactly 1.5 per order when N % 50 == 0)."""
    two, three, four = round(orders * 0.32), round(orders * 0.06), round(orders * 0.02)
    counts = [2] * two + [3] * three + [4] * four
    counts += [1] * (orders - len(counts))
    rng.shuffle(counts)
    return counts


@dataclass(frozen=True)
class Buyer:
    """A returning buyer; the text fields are CSV cells already (quoted where Etsy quotes)."""

    name: str  # as typed, for the reviews JSON
    username: str  # empty for a guest checkout
    names: str  # Full Name,First Name,Last Name
    full: str  # Full Name
    display: str  # the items file's Buyer: "Display Name (username)"
    address: str  # Street 1 .. Ship Country
    domestic: bool


class _Rows:
    """Makes the rows of one download, newest first, as CSV lines."""

    def __init__(self, orders: int, seed: int, as_of: date, days: int, uk: bool) -> None:
        self.rng = random.Random(seed)
        self.orders, self.as_of, self.days, self.uk = orders, as_of, days, uk
        start = as_of - timedelta(days=days - 1)
        # date texts of day indexes -days .. 2*days (index 0 = the first day of the span)
        self.offset = days
        span = [start + timedelta(days=i - days) for i in range(3 * days)]
        self.short = [d.strftime("%m/%d/%y") for d in span]
        self.long = [d.strftime("%m/%d/%Y") for d in span]
        self.listings = self._listings()
        self.buyers: dict[int, Buyer] = {}

    def _listings(self) -> list[tuple[str, str, int, str, tuple, bool]]:
        """(listing id, title cell, price, SKU, variation options, personalizable) of 300 listings."""
        listings = []
        for n in range(LISTINGS):
            title, options = PRODUCTS[n % len(PRODUCTS)]
            sku = f"SKU-{n:04d}" if self.rng.random() < 0.8 else ""
            price = self.rng.randrange(900, 9000, 50)
            listings.append((listing_id(n), cell(title), price, sku, options, n % len(PRODUCTS) in PERSONALIZED))
        return listings

    def buyer(self, b: int) -> Buyer:
        found = self.buyers.get(b)
        if found is not None:
            return found
        rnd = self.rng.random
        first, last = FIRST[b % len(FIRST)], LAST[(b // len(FIRST)) % len(LAST)]
        full = f"{first} {last}"
        x = rnd()
        if x < 0.02:
            last += ", Jr."
            full = f"{first} {last}"
        elif x < 0.03:
            first += ' "Bo"'
            full = f"{first} {last}"
        elif x < 0.035:
            full = f"{first}\n{last}"  # a line break typed into the name field
        username = "" if rnd() < 0.08 else f"{first[:1].lower()}{b}{'shop' if b % 5 == 0 else ''}"
        street1 = f"{100 + b % 9000} {STREETS[b % len(STREETS)]}"
        y = rnd()
        street2 = "Apt 4B" if y < 0.12 else ("Unit 5, Building C" if y < 0.14 else "")
        domestic = rnd() >= 0.12
        if not domestic:
            city, state, zipc, country = ABROAD[b % len(ABROAD)]
        elif self.uk:
            city, state, zipc = UK_PLACES[b % len(UK_PLACES)]
            country = "United Kingdom"
        else:
            city, state, zipc = US_PLACES[b % len(US_PLACES)]
            zipc = f"{zipc}-{b % 10000:04d}" if b % 9 == 0 else zipc  # ZIP+4 now and then
            country = "United States"
        found = self.buyers[b] = Buyer(
            name=first,
            username=username,
            names=f"{cell(full)},{cell(first)},{cell(last)}",
            full=cell(full),
            display=cell(f"{full} ({username})" if username else full),
            address=",".join(cell(v) for v in (street1, street2, city, state, zipc, country)),
            domestic=domestic,
        )
        return found

    def write(self, orders_out: TextIO, items_out: TextIO, sku: bool) -> tuple[list[dict], dict[str, int]]:
        """Write the data rows of both files; return the review entries (with their day) and counts."""
        rnd = self.rng.random
        counts = daily_counts(self.orders, self.days, self.rng, self.as_of)
        n_items = item_counts(self.orders, self.rng)
        listings, short, long_, off, last_day = self.listings, self.short, self.long, self.offset, self.days - 1
        currency = "GBP" if self.uk else "USD"
        n_buyers = max(10, int(self.orders * 0.8))
        coupon_code, coupon_details = COUPON[0], cell(COUPON[1])
        payments = [(cell(m), "online_pp" if m == "PayPal" else "online_cc") for m in PAYMENT_METHODS]
        reviews: list[dict] = []
        stats = {"guests": 0, "unshipped": 0, "adjusted": 0, "items": 0, "total_minor": 0, "refund_minor": 0}
        order_lines: list[str] = []
        item_lines: list[str] = []
        seq = self.orders
        for di in range(last_day, -1, -1):  # the newest day first, and the newest order of a day first
            sale_short, sale_long = short[off + di], long_[off + di]
            for _ in range(counts[di]):
                seq -= 1
                oid = str(ORDER_BASE + seq * 3)
                buyer = self.buyer(int(rnd() * rnd() * n_buyers))  # some buyers come back often
                stats["guests"] += not buyer.username
                lines = []
                value = quantity = 0
                for _k in range(n_items[seq]):
                    listing = listings[int(rnd() * len(listings))]
                    qty = 2 if rnd() < 0.08 else 1
                    value += listing[2] * qty
                    quantity += qty
                    lines.append((listing, qty))
                coupon = rnd() < 0.08
                discount = value // 10 if coupon else 0
                shipping = 1800 if not buyer.domestic else (0 if value >= 3500 else 450)
                tax = int((value - discount + shipping) * 0.07) if buyer.domestic and rnd() < 0.6 else 0
                total = value - discount + shipping + tax
                fees = total * 3 // 100 + 25
                stats["total_minor"] += total
                shipped = di + int(rnd() * 5) + (int(rnd() * 10) if rnd() < 0.05 else 0)
                if shipped > last_day or rnd() < 0.002:  # recent, or never marked shipped
                    shipped = None
                    stats["unshipped"] += 1
                adjusted = "0,0,0"
                if rnd() < 0.02 and (shipped is not None or di < last_day - 10):
                    refund = total if rnd() < 0.4 else max(100, total * int(10 + rnd() * 40) // 100)
                    kept_fees = (total - refund) * 3 // 100 + 25  # Etsy keeps the fixed fee
                    adjusted = f"{money(total - refund)},{money(kept_fees)},{money(total - refund - kept_fees - tax)}"
                    stats["adjusted"] += 1
                    stats["refund_minor"] += refund
                pay, pay_type = payments[int(rnd() * len(payments))]
                code, details = (coupon_code, coupon_details) if coupon else ("", "")
                shipped_short = "" if shipped is None else short[off + shipped]
                shipped_long = "" if shipped is None else long_[off + shipped]
                skus = "," + cell(",".join(x[0][3] for x in lines if x[0][3])) if sku else ""
                order_lines.append(
                    f"{sale_short},{oid},{buyer.username},{buyer.names},{quantity},{pay},{shipped_short},"
                    f"{buyer.address},{currency},{money(value)},{code},{details},{money(discount)},0,"
                    f"{money(shipping)},{money(tax)},{money(total)},,{money(fees)},{money(total - fees - tax)},"
                    f"{adjusted},{buyer.full},online,{pay_type},,{skus}\n"
                )
                order_level = f"{money(discount)},0,{money(shipping)},{money(tax)}"  # on the first item row only
                for k, (listing, qty) in enumerate(lines):
                    variations = ",".join(f"{name}:{values[int(rnd() * len(values))]}" for name, values in listing[4])
                    if listing[5]:
                        text = PERSONALIZATION[int(rnd() * len(PERSONALIZATION))]
                        variations = f"{variations},Personalization:{text}" if variations else f"Personalization:{text}"
                    item_lines.append(
                        f"{sale_short},{listing[1]},{buyer.display},{qty},{money(listing[2])},{code},{details},"
                        f"{order_level},{money(listing[2] * qty)},{currency},{TRANSACTION_BASE + seq * 5 + k},"
                        f"{listing[0]},{sale_long},{shipped_long},{buyer.full},{buyer.address},{oid},{cell(variations)},"
                        f"online,listing,{pay_type},,,0{',' + listing[3] if sku else ''}\n"
                    )
                    order_level = "0,0,0,0"
                    stats["items"] += 1
                if shipped is not None and rnd() < 0.44:
                    day = shipped + 3 + int(rnd() * 8) + int(rnd() * rnd() * 30)
                    if day <= last_day:
                        reviews += self._review_entries(int(oid), buyer.name, day, len(lines))
                if len(order_lines) >= 5000:
                    orders_out.writelines(order_lines)
                    items_out.writelines(item_lines)
                    order_lines.clear()
                    item_lines.clear()
        orders_out.writelines(order_lines)
        items_out.writelines(item_lines)
        return reviews, stats

    def _review_entries(self, order_id: int, reviewer: str, day: int, items: int) -> list[dict]:
        """One entry per reviewed item: half the multi-item orders are reviewed item by item, the same day."""
        rnd = self.rng.random
        z = rnd()
        rating = 5 if z < 0.85 else 4 if z < 0.94 else 3 if z < 0.975 else 2 if z < 0.988 else 1
        entries = []
        for k in range(items if items > 1 and rnd() < 0.5 else 1):
            stars = rating if k == 0 or rnd() < 0.8 else max(1, rating - 1)
            texts = REVIEW_TEXT[stars]
            entries.append(
                {
                    "reviewer": reviewer,
                    "date_reviewed": self.long[self.offset + day],
                    "star_rating": stars,
                    "message": texts[int(rnd() * len(texts))],
                    "order_id": order_id,
                    "_day": day,
                }
            )
        return entries

    def older_reviews(self, count: int) -> list[dict]:
        """Reviews of orders placed before this file's span (in an older year's download)."""
        rnd = self.rng.random
        entries = []
        for n in range(count):
            day = int(rnd() * rnd() * min(60, self.days))  # reviewed early in this file's span
            entries += self._review_entries(ORDER_BASE - 3 * (1 + n * 17), FIRST[n % len(FIRST)], day, 1 + (n % 3 == 0))
        return entries


def write_etsy_download(
    folder: str | Path,
    orders: int = 100_000,
    seed: int = 1,
    as_of: date | None = None,
    uk: bool = False,
    sku: bool = True,
    days: int = 365,
) -> EtsyDownload:
    """Write EtsySoldOrders{YEAR}.csv, EtsySoldOrderItems{YEAR}.csv and the reviews JSON into folder."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    as_of = as_of or date.today()
    gen = _Rows(orders, seed, as_of, days, uk)
    order_header = [UK_ORDER_WORDS.get(c, c) for c in ORDER_COLUMNS] if uk else list(ORDER_COLUMNS)
    item_header = [UK_ITEM_WORDS.get(c, c) for c in ITEM_COLUMNS] if uk else list(ITEM_COLUMNS)
    if not sku:
        order_header, item_header = order_header[:-1], item_header[:-1]
    orders_csv = folder / f"EtsySoldOrders{as_of.year}.csv"
    items_csv = folder / f"EtsySoldOrderItems{as_of.year}.csv"
    reviews_json = folder / "reviews.json"
    with (
        orders_csv.open("w", encoding="utf-8", newline="") as o_handle,
        items_csv.open("w", encoding="utf-8", newline="") as i_handle,
    ):
        o_handle.write(",".join(map(cell, order_header)) + "\n")
        i_handle.write(",".join(map(cell, item_header)) + "\n")
        entries, stats = gen.write(o_handle, i_handle, sku)
    in_file = {(e["order_id"], e["_day"]) for e in entries}
    older = gen.older_reviews(max(1, len(entries) // 100))
    waiting = {(e["order_id"], e["_day"]) for e in older}
    entries += older
    entries.sort(key=lambda e: (e["_day"], e["order_id"]), reverse=True)
    for entry in entries:
        del entry["_day"]
    reviews_json.write_text(json.dumps(entries, ensure_ascii=False, indent=1), encoding="utf-8")
    return EtsyDownload(
        orders_csv,
        items_csv,
        reviews_json,
        orders=orders,
        items=stats["items"],
        review_entries=len(entries),
        reviews=len(in_file),
        waiting_reviews=len(waiting),
        guests=stats["guests"],
        unshipped=stats["unshipped"],
        adjusted=stats["adjusted"],
        total_minor=stats["total_minor"],
        refund_minor=stats["refund_minor"],
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=1000)
    parser.add_argument("--out", type=Path, required=True, help="folder to write the three files into")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--as-of", type=date.fromisoformat, default=None, help="YYYY-MM-DD (default: today)")
    parser.add_argument("--uk", action="store_true", help="UK wording (Delivery/Posted), GBP")
    parser.add_argument("--no-sku", action="store_true", help="an older download without the SKU column")
    args = parser.parse_args(argv)
    made = write_etsy_download(args.out, args.orders, args.seed, args.as_of, uk=args.uk, sku=not args.no_sku)
    for name, value in vars(made).items():
        print(f"{name}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
