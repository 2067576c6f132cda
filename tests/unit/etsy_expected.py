"""Expected values for the hand-written Etsy downloads in tests/fixtures/etsy/ (see its README.md),
written by hand from the files and RULES.md 6; none is computed by the importer."""

from __future__ import annotations

# -- the US download (36 columns, with SKU) -----------------------------------------------------------
US_ORDER_ROWS = {
    # guest checkout, unshipped, trimmed money (40 + 3.3 = 43.3)
    "3301000005": {
        "order_date": "2026-03-20",
        "buyer": "Dana Whitfield",
        "buyer_username": None,
        "ship_street1": "12 Elm St",
        "ship_street2": None,
        "ship_city": "Portland",
        "ship_state": "OR",
        "ship_zip": "97205",
        "ship_country": "United States",
        "total_minor": 4330,
        "currency": "USD",
        "shipped_date": None,
        "status": "open",
        "refund_minor": 0,
    },
    # two items (order-level shipping and tax on the first item row only), ZIP with a leading zero
    "3301000004": {
        "order_date": "2026-03-14",
        "buyer": "Zoë Martin",
        "buyer_username": "zoemakes",
        "ship_street1": "450 Beacon St",
        "ship_street2": "Apt 3",
        "ship_city": "Boston",
        "ship_state": "MA",
        "ship_zip": "02134",
        "ship_country": "United States",
        "total_minor": 4803,
        "currency": "USD",
        "shipped_date": "2026-03-16",
        "status": "shipped",
        "refund_minor": 0,
    },
    # a name with a comma and a line break; adjusted (refunded) 71.63 -> 51.63
    "3301000003": {
        "order_date": "2026-03-09",
        "buyer": "Ann Lee, MD\nc/o Riverside Clinic",
        "buyer_username": "annlee88",
        "ship_street1": "88 Harbor Rd",
        "ship_street2": None,
        "ship_city": "Seattle",
        "ship_state": "WA",
        "ship_zip": "98101",
        "ship_country": "United States",
        "total_minor": 7163,
        "currency": "USD",
        "shipped_date": "2026-03-11",
        "status": "shipped",
        "refund_minor": 2000,
    },
    "3301000002": {
        "order_date": "2026-03-02",
        "buyer": "Rosa Jimenez",
        "buyer_username": "rjpotter",
        "ship_street1": "1200 Peachtree St NE",
        "ship_street2": None,
        "ship_city": "Atlanta",
        "ship_state": "GA",
        "ship_zip": "30301",
        "ship_country": "United States",
        "total_minor": 2855,
        "currency": "USD",
        "shipped_date": "2026-03-04",
        "status": "shipped",
        "refund_minor": 0,
    },
    "3301000001": {
        "order_date": "2026-01-05",
        "buyer": "Marek Kowalski",
        "buyer_username": "mkowalski",
        "ship_street1": "2400 N Clark St",
        "ship_street2": "Unit 2F",
        "ship_city": "Chicago",
        "ship_state": "IL",
        "ship_zip": "60614",
        "ship_country": "United States",
        "total_minor": 3408,
        "currency": "USD",
        "shipped_date": "2026-01-07",
        "status": "shipped",
        "refund_minor": 0,
    },
}
US_SHIP_NAMES = {
    "3301000005": "Dana Whitfield",
    "3301000004": "Zoë Martin",
    "3301000003": "Ann Lee, MD\nc/o Riverside Clinic",
    "3301000002": "Rosa Jimenez",
    "3301000001": "Marek Kowalski",
}


def item(order_id, listing_id, title, quantity, price_minor, sku, variations="", personalization=""):
    return {
        "order_id": order_id,
        "listing_id": listing_id,
        "title": title,
        "quantity": quantity,
        "price_minor": price_minor,
        "sku": sku,
        "variations": variations,
        "personalization": personalization,
    }


US_ITEM_ROWS = {
    "4401000009": item("3301000005", "1101000004", "Walnut serving board", 1, 4000, "BRD-WAL"),
    "4401000008": item(
        "3301000004",
        "1101000003",
        "Café sign",
        1,
        2800,
        "SIGN-12x8",
        "Size:12x8 in",
        "Café Zoë, est. 2019\nOpen 8-4, Mon-Sat",
    ),
    "4401000007": item("3301000004", "1101000002", "Mini heart magnet", 2, 625, "MAG-RED", "Color:Red"),
    "4401000006": item(
        "3301000003",
        "1101000001",
        "Custom pet portrait",
        1,
        6500,
        None,
        "Style:Watercolor",
        "Biscuit, age 7\nGold frame, please",
    ),
    "4401000005": item("3301000002", "1101000000", "Ceramic mug - speckled", 1, 2400, None),
    "4401000004": item("3301000001", "1100999999", "Linen napkins (set of 4)", 1, 3200, "NAP-SAGE", "Color:Sage"),
}
# One review per order and day, the lowest rating of that day kept (with its own text).
US_REVIEW_ROWS = {
    ("3301000004", "2026-03-20"): (2, "One magnet arrived cracked.", "Zoë M"),
    ("3301000002", "2026-03-10"): (5, 'Love this mug, "perfect" size', "Rosa Jimenez"),
    ("3301000001", "2026-01-15"): (4, "", "Marek"),
}
# Reviews of 2025 orders that the 2026 files do not hold.
US_PENDING_ROWS = {
    ("3200000099", "2025-11-20"): (1, "Arrived broken.\nNo reply to my message.", "Pat Tran"),
    ("3200000098", "2025-11-12"): (4, "Mugs are nice", "Olu"),
}

# -- the older 2025 download (35 columns, no SKU, other column order, unknown columns) -----------------
OLDER_ORDER_ROWS = {
    "3200000099": {
        "order_date": "2025-11-10",
        "buyer": "Pat Tran",
        "buyer_username": "pat_t",
        "ship_street1": "350 5th Ave",
        "ship_street2": "Fl 12",
        "ship_city": "New York",
        "ship_state": "NY",
        "ship_zip": "10001",
        "ship_country": "United States",
        "total_minor": 3071,
        "currency": "USD",
        "shipped_date": "2025-11-12",
        "status": "shipped",
        "refund_minor": 0,
    },
    "3200000098": {
        "order_date": "2025-11-03",
        "buyer": "Olu Adeyemi",
        "buyer_username": None,
        "ship_street1": "101 Hudson St",
        "ship_street2": None,
        "ship_city": "Hoboken",
        "ship_state": "NJ",
        "ship_zip": "07030",
        "ship_country": "United States",
        "total_minor": 7400,
        "currency": "USD",
        "shipped_date": "2025-11-05",
        "status": "shipped",
        "refund_minor": 0,
    },
    "3200000097": {
        "order_date": "2025-10-28",
        "buyer": "Chris Green",
        "buyer_username": "cgreen",
        "ship_street1": "3200 24th St",
        "ship_street2": None,
        "ship_city": "San Francisco",
        "ship_state": "CA",
        "ship_zip": "94110",
        "ship_country": "United States",
        "total_minor": 3300,
        "currency": "USD",
        "shipped_date": "2025-10-30",
        "status": "shipped",
        "refund_minor": 0,
    },
}
OLDER_ITEM_ROWS = {
    "4300000009": item("3200000099", "1101000000", "Ceramic mug - speckled", 1, 2200, None),
    "4300000008": item("3200000098", "1100999999", "Linen napkins (set of 4)", 1, 3000, None, "Color:Sage"),
    "4300000007": item("3200000098", "1101000000", "Ceramic mug - speckled", 2, 2200, None),
    "4300000006": item("3200000097", "1100999998", "Tea towel", 3, 950, None, "Pattern:Lemons"),
}

# -- the UK download (Delivery/Posted wording, GBP, month-first dates) --------------------------------
UK_ORDER_ROWS = {
    "3400000002": {
        "order_date": "2026-03-14",
        "buyer": "Harriet Bloggs",
        "buyer_username": "hattie_b",
        "ship_street1": "14 Rose Lane",
        "ship_street2": None,
        "ship_city": "Edinburgh",
        "ship_state": None,
        "ship_zip": "EH1 1YZ",
        "ship_country": "United Kingdom",
        "total_minor": 2170,
        "currency": "GBP",
        "shipped_date": "2026-03-16",
        "status": "shipped",
        "refund_minor": 0,
    },
    # 03/04/26 is 4 March 2026, posted 03/06/26 = 6 March (month first, also for UK shops)
    "3400000001": {
        "order_date": "2026-03-04",
        "buyer": "Tom O'Neill",
        "buyer_username": None,
        "ship_street1": "Flat 2",
        "ship_street2": "9 Mill Road",
        "ship_city": "Cambridge",
        "ship_state": "Cambridgeshire",
        "ship_zip": "CB1 2AB",
        "ship_country": "United Kingdom",
        "total_minor": 3500,
        "currency": "GBP",
        "shipped_date": "2026-03-06",
        "status": "shipped",
        "refund_minor": 0,
    },
}
UK_ITEM_ROWS = {
    "4500000002": item("3400000002", "1200000002", "Set of 5 birthday cards", 1, 1850, "CARD-BDAY", "Design:Floral"),
    "4500000001": item("3400000001", "1200000001", "Wool scarf", 1, 3500, "SCARF-HTH", "Colour:Heather"),
}
