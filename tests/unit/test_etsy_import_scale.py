"""Etsy downloads of a few thousand rows, written by a formula in this file (expected values follow from
the same formula, never from the importer): batches and chunk edges inside the importer must not lose,
duplicate or mix up rows, and re-downloads must count exactly what changed."""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta
from pathlib import Path

from etsykit import US_ITEMS, US_ORDERS, counts, read_rows, waiting

from sellerdesk.io.importer import import_paths

FIRST_DAY = date(2026, 1, 1)
ORDER_HEADER = read_rows(US_ORDERS)[0]
ITEM_HEADER = read_rows(US_ITEMS)[0]


def order_id(n: int) -> str:
    return str(3700000000 + n)


def sale_day(n: int) -> date:
    return FIRST_DAY + timedelta(days=n % 170)


def shipped_day(n: int, later: bool) -> date | None:
    """Two of three orders ship two days after the sale; the others only in the later download."""
    return sale_day(n) + timedelta(days=2) if n % 3 or later else None


def total_minor(n: int) -> int:
    return (10 + n % 50) * 100 + (n * 7) % 100


def zip_code(n: int) -> str:
    return f"{n % 100000:05d}"  # many with leading zeros


def write_downloads(folder: Path, count: int, later: bool) -> list[Path]:
    folder.mkdir(parents=True)
    orders, items = folder / "EtsySoldOrders2026.csv", folder / "EtsySoldOrderItems2026.csv"
    with orders.open("w", encoding="utf-8", newline="") as o, items.open("w", encoding="utf-8", newline="") as i:
        order_rows, item_rows = csv.writer(o), csv.writer(i)
        order_rows.writerow(ORDER_HEADER)
        item_rows.writerow(ITEM_HEADER)
        for n in reversed(range(count)):  # newest first, like Etsy
            shipped = shipped_day(n, later)
            cells = {
                "Sale Date": sale_day(n).strftime("%m/%d/%y"),
                "Order ID": order_id(n),
                "Buyer User ID": "" if n % 7 == 0 else f"user{n}",
                "Full Name": f"Buyer {n}, Jr." if n % 11 == 0 else f"Buyer {n}",
                "Date Shipped": shipped.strftime("%m/%d/%y") if shipped else "",
                "Street 1": f"{n} Main St",
                "Ship City": "Springfield",
                "Ship State": "IL",
                "Ship Zipcode": zip_code(n),
                "Ship Country": "United States",
                "Currency": "USD",
                "Order Total": f"{total_minor(n) // 100}.{total_minor(n) % 100:02d}",
                "Adjusted Order Total": "0",
            }
            order_rows.writerow([cells.get(h, "") for h in ORDER_HEADER])
            item = {
                "Sale Date": sale_day(n).strftime("%m/%d/%y"),
                "Item Name": f"Item {n % 20}",
                "Quantity": str(1 + n % 3),
                "Price": f"{5 + n % 20}.50",
                "Currency": "USD",
                "Transaction ID": str(4700000000 + n),
                "Listing ID": str(1400000000 + n % 20),
                "Date Paid": sale_day(n).strftime("%m/%d/%Y"),
                "Date Shipped": shipped.strftime("%m/%d/%Y") if shipped else "",
                "Order ID": order_id(n),
                "Variations": f"Size:{n % 4},Personalization:for {n}, with love" if n % 13 == 0 else "",
            }
            item_rows.writerow([item.get(h, "") for h in ITEM_HEADER])
    return [orders, items]


def write_reviews(path: Path, count: int, waiting_count: int) -> Path:
    """A review for every fifth order (two entries that day, 5 stars and a lower one), and reviews
    of `waiting_count` orders that no download here holds."""
    entries = []
    for n in range(0, count, 5):
        day = (sale_day(n) + timedelta(days=10)).strftime("%m/%d/%Y")
        entries.append(
            {"reviewer": f"R{n}", "date_reviewed": day, "star_rating": 5, "message": "", "order_id": int(order_id(n))}
        )
        entries.append(
            {
                "reviewer": f"R{n}",
                "date_reviewed": day,
                "star_rating": 1 + (n // 5) % 4,
                "message": f"#{n}",
                "order_id": int(order_id(n)),
            }
        )
    for j in range(waiting_count):
        entries.append(
            {
                "reviewer": "old",
                "date_reviewed": "12/01/2025",
                "star_rating": 4,
                "message": "",
                "order_id": 3600000000 + j,
            }
        )
    path.write_text(json.dumps(entries), encoding="utf-8")
    return path


def test_a_few_thousand_orders_land_exactly(store, tmp_path):
    count = 2600
    files = write_downloads(tmp_path / "july", count, later=True)
    reviews = write_reviews(tmp_path / "reviews.json", count, waiting_count=1100)
    report = import_paths(store, [*files, reviews])
    assert counts(report, "orders") == (count, 0, 0)
    assert counts(report, "items") == (count, 0, 0)
    assert counts(report, "reviews") == (count // 5, 0, 0)
    assert waiting(report) == 1100
    rows = {
        r[0]: r[1:]
        for r in store.db.execute("SELECT order_id, total_minor, ship_zip, buyer, buyer_username FROM orders")
    }
    assert len(rows) == count
    for n in range(count):
        expected = (
            total_minor(n),
            zip_code(n),
            f"Buyer {n}, Jr." if n % 11 == 0 else f"Buyer {n}",
            None if n % 7 == 0 else f"user{n}",
        )
        assert rows[order_id(n)] == expected, n
    item_rows = {
        r[0]: r[1:]
        for r in store.db.execute(
            "SELECT transaction_id, order_id, quantity, price_minor, personalization FROM order_items"
        )
    }
    for n in range(count):
        personal = f"for {n}, with love" if n % 13 == 0 else ""
        assert item_rows[str(4700000000 + n)] == (order_id(n), 1 + n % 3, (5 + n % 20) * 100 + 50, personal), n
    low = dict(store.db.execute("SELECT order_id, rating FROM reviews").fetchall())
    assert low == {order_id(n): 1 + (n // 5) % 4 for n in range(0, count, 5)}
    assert store.db.execute("SELECT count(*) FROM pending_reviews").fetchone() == (1100,)


def test_a_later_download_of_a_few_thousand_orders_counts_what_changed(store, tmp_path):
    early, late = 1700, 2600
    import_paths(store, write_downloads(tmp_path / "april", early, later=False))
    report = import_paths(store, write_downloads(tmp_path / "july", late, later=True))
    shipped_since = sum(1 for n in range(early) if n % 3 == 0)
    assert counts(report, "orders") == (late - early, shipped_since, early - shipped_since)
    assert counts(report, "items") == (late - early, 0, early)
    unshipped = store.db.execute("SELECT count(*) FROM orders WHERE shipped_date IS NULL").fetchone()
    assert unshipped == (0,)
    again = import_paths(store, write_downloads(tmp_path / "april-again", early, later=False))
    assert counts(again, "orders") == (0, 0, early)
    assert store.db.execute("SELECT count(*) FROM orders WHERE shipped_date IS NULL").fetchone() == (0,)
