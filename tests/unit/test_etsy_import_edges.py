"""Etsy imports at the edges: the files of one download imported one by one in any order, items before
their orders, a full refund, what a spreadsheet adds to a header, and a shop another program holds."""

from __future__ import annotations

import itertools
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from etsy_expected import US_ITEM_ROWS, US_ORDER_ROWS
from etsykit import (
    OLDER_ITEMS,
    OLDER_ORDERS,
    OVERLAP,
    US_ALL,
    US_ITEMS,
    US_ORDERS,
    US_REVIEWS,
    content,
    counts,
    edited,
    error_at,
    items,
    orders,
    read_rows,
    without_column,
    write_rows,
)
from shopkit import dump

from sellerdesk.cli import main as cli_main
from sellerdesk.io.importer import ImportFailed, import_paths
from sellerdesk.store.database import StoreError
from sellerdesk.store.migrations.summaries import rebuild_summaries
from sellerdesk.store.store import Store


def with_default_profile(store: Store) -> Store:
    store.insert(
        "shipping_profiles",
        {"name": "Standard", "processing_min": 1, "processing_max": 3, "domestic_transit_max": 5, "is_default": 1},
    )
    return store


@pytest.mark.parametrize("sequence", list(itertools.permutations(range(3))), ids=str)
def test_one_file_at_a_time_in_any_order_gives_the_same_shop(tmp_path, sequence):
    together = with_default_profile(Store.open(tmp_path / "together.sellerdesk"))
    import_paths(together, US_ALL)
    expected = content(together)
    together.close()
    apart = with_default_profile(Store.open(tmp_path / "apart.sellerdesk"))
    for index in sequence:
        import_paths(apart, [US_ALL[index]])
    assert content(apart) == expected
    apart.close()


def test_items_before_their_orders_file(store):
    import_paths(store, [US_ITEMS])
    report = import_paths(store, [US_ORDERS])
    assert counts(report, "orders")[0] == 0, "the orders the items file made are not made twice"
    assert orders(store) == US_ORDER_ROWS
    assert items(store) == US_ITEM_ROWS


def test_full_refund_makes_the_whole_total_refunded(store, tmp_path):
    """Adjusted Order Total 0 with the other adjusted columns non-zero: the order was refunded in full."""
    rows = read_rows(US_ORDERS)
    header = [h.lower() for h in rows[0]]
    for row in rows[1:]:
        if row[header.index("order id")] == "3301000002":
            row[header.index("adjusted order total")] = "0"
            row[header.index("adjusted card processing fees")] = "0.25"
            row[header.index("adjusted net order amount")] = "-0.25"
    import_paths(store, [write_rows(tmp_path / US_ORDERS.name, rows)])
    assert store.db.execute(
        "SELECT total_minor, refund_minor FROM orders WHERE order_id = '3301000002'"
    ).fetchone() == (
        2855,
        2855,
    )
    assert store.db.execute("SELECT sum(refund_minor) FROM orders").fetchone() == (2000 + 2855,)


def test_spreadsheet_padding_in_header_and_rows_is_ignored(store, tmp_path):
    """A re-saved file: spaces after header names, two empty columns at the end, a blank line."""
    rows = [[*row, "", ""] for row in read_rows(US_ORDERS)]
    rows[0] = [f"{name} " if name else name for name in rows[0]]
    rows.insert(2, [])
    report = import_paths(store, [write_rows(tmp_path / US_ORDERS.name, rows)])
    assert counts(report, "orders") == (5, 0, 0)
    assert orders(store) == US_ORDER_ROWS


def test_header_only_download_imports_nothing(store, tmp_path):
    report = import_paths(store, [write_rows(tmp_path / US_ORDERS.name, read_rows(US_ORDERS)[:1])])
    assert counts(report, "orders") == (0, 0, 0)
    assert report.changed is False


# -- another program holding the shop ------------------------------------------------------------------
def test_import_waits_while_another_program_briefly_holds_the_shop(store, db_path):
    other = sqlite3.connect(db_path, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.5, other.rollback)
    release.start()
    try:
        report = import_paths(store, US_ALL)
    finally:
        release.join()
        other.close()
    assert counts(report, "orders") == (5, 0, 0)


def test_import_into_a_shop_that_stays_busy_says_so(store, db_path):
    import_paths(store, [US_ORDERS])
    before = dump(store.db)
    store.db.execute("PRAGMA busy_timeout = 300")  # wait 0.3 s instead of the app's 10 s
    other = sqlite3.connect(db_path)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises((ImportFailed, StoreError)) as info:
            import_paths(store, US_ALL)
    finally:
        other.rollback()
        other.close()
    message = str(info.value)
    assert "busy" in message.lower()
    assert "database is locked" not in message
    assert dump(store.db) == before


# -- the shop file itself, byte for byte ----------------------------------------------------------------
OLDER_ALL = [OLDER_ORDERS, OLDER_ITEMS]
V6_SHOP = Path(__file__).resolve().parent.parent / "fixtures" / "shop_v6.sellerdesk"


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_cli_dry_run_and_failed_import_leave_the_shop_file_byte_for_byte(tmp_path, capsys):
    shop = tmp_path / "shop" / "shop.sellerdesk"
    assert cli_main(["import", "--db", str(shop), *map(str, US_ALL)]) == 0
    before = files_in(shop.parent)
    assert cli_main(["import", "--db", str(shop), "--dry-run", *map(str, OLDER_ALL)]) == 0
    assert files_in(shop.parent) == before
    bad = edited(OLDER_ORDERS, tmp_path / OLDER_ORDERS.name, "3200000098", "Order Total", "x")
    assert cli_main(["import", "--db", str(shop), str(bad), str(OLDER_ITEMS)]) == 1
    assert files_in(shop.parent) == before
    capsys.readouterr()


@pytest.mark.parametrize(
    "dry_run",
    [
        pytest.param(True, id="dry-run"),
        pytest.param(False, id="failed-import"),
    ],
)
def test_shop_from_the_previous_version_is_not_upgraded_by_an_import_that_writes_nothing(tmp_path, capsys, dry_run):
    """A seller who updated SellerDesk previews an import first (or imports a bad file): the shop file
    stays as it was, with no upgrade and no backup copy beside it."""
    shop = tmp_path / "shop" / "shop.sellerdesk"
    shop.parent.mkdir()
    shutil.copy(V6_SHOP, shop)
    before = files_in(shop.parent)
    if dry_run:
        code = cli_main(["import", "--db", str(shop), "--dry-run", *map(str, US_ALL)])
        assert code == 0
    else:
        bad = edited(US_ORDERS, tmp_path / US_ORDERS.name, "3301000004", "Sale Date", "13/45/26")
        assert cli_main(["import", "--db", str(shop), str(bad)]) == 1
    capsys.readouterr()
    assert sorted(files_in(shop.parent)) == sorted(before), "no backup or journal file left beside the shop"
    assert files_in(shop.parent) == before


def test_what_the_seller_marked_in_sellerdesk_outlives_an_older_download(store):
    """Shipped (with tracking), delivered, digital and canceled, entered in SellerDesk: a download that does
    not say otherwise leaves them."""
    import_paths(store, US_ALL)
    store.update(
        "orders",
        "3301000005",
        {
            "status": "shipped",
            "shipped_date": "2026-03-22",
            "tracking_number": "9400100000000000000001",
            "carrier": "USPS",
        },
    )
    store.update("orders", "3301000002", {"status": "delivered", "delivered_date": "2026-03-07"})
    store.update("orders", "3301000001", {"digital": 1})  # no Etsy column says digital: only the seller can
    store.update("orders", "3301000003", {"status": "canceled"})  # Etsy's Status cell is empty
    before = dump(store.db)
    report = import_paths(store, US_ALL)  # the file still shows 3301000005 unshipped
    assert dump(store.db) == before
    assert report.changed is False
    got = store.db.execute(
        "SELECT order_id, status, shipped_date, tracking_number, delivered_date FROM orders "
        "WHERE order_id IN ('3301000005', '3301000002') ORDER BY order_id"
    ).fetchall()
    assert got == [
        ("3301000002", "delivered", "2026-03-04", None, "2026-03-07"),
        ("3301000005", "shipped", "2026-03-22", "9400100000000000000001", None),
    ]
    assert store.db.execute("SELECT digital FROM orders WHERE order_id = '3301000001'").fetchone() == (1,)
    assert store.db.execute("SELECT status FROM orders WHERE order_id = '3301000003'").fetchone() == ("canceled",)


def test_items_file_alone_names_each_buyer_without_the_username_suffix(store):
    """The items file's Buyer reads `Display Name (username)` (RULES.md 6): the order gets both parts."""
    import_paths(store, [US_ITEMS])
    got = {
        row[0]: row[1:]
        for row in store.db.execute("SELECT order_id, order_date, buyer, buyer_username, shipped_date FROM orders")
    }
    assert got == {
        "3301000005": ("2026-03-20", "Dana Whitfield", None, None),
        "3301000004": ("2026-03-14", "Zoë Martin", "zoemakes", "2026-03-16"),
        "3301000003": ("2026-03-09", "Ann Lee, MD\nc/o Riverside Clinic", "annlee88", "2026-03-11"),
        "3301000002": ("2026-03-02", "Rosa Jimenez", "rjpotter", "2026-03-04"),
        "3301000001": ("2026-01-05", "Marek Kowalski", "mkowalski", "2026-01-07"),
    }


def test_orders_file_without_full_name_takes_the_buyer_column(store, tmp_path):
    """The orders file's Buyer equals Full Name (RULES.md 6)."""
    import_paths(store, [without_column(US_ORDERS, tmp_path / US_ORDERS.name, "Full Name")])
    assert orders(store) == US_ORDER_ROWS


def test_progress_ends_at_one(store):
    seen: list[float] = []
    import_paths(store, US_ALL, progress=lambda fraction, text: seen.append(fraction))
    assert seen[-1] == 1.0


SUMMARY_TABLES = ("order_days", "ship_days", "review_days", "problem_orders")


def summaries(store) -> dict[str, list[tuple]]:
    """The standards' summary tables, rows whose counts fell back to 0 left out (readers skip them)."""
    skip_zero = {"order_days": "order_count", "ship_days": "to_ship", "review_days": "review_count"}
    result = {}
    for name in SUMMARY_TABLES:
        where = f" WHERE {skip_zero[name]} > 0" if name in skip_zero else ""
        result[name] = sorted(store.db.execute(f"SELECT * FROM {name}{where}").fetchall(), key=repr)
    return result


def test_imports_keep_the_standards_summaries_in_step(store):
    """After imports that add, update (shipped, refunded) and join reviews, the summary tables hold
    what rebuilding them from the rows gives."""
    store.insert(
        "shipping_profiles",
        {"name": "Standard", "processing_min": 1, "processing_max": 3, "domestic_transit_max": 5, "is_default": 1},
    )
    import_paths(store, [US_REVIEWS])
    import_paths(store, US_ALL)
    import_paths(store, OLDER_ALL)
    for month in ("april", "july"):  # a shipped date arrives, a refund, new orders
        import_paths(
            store, [OVERLAP / month / "EtsySoldOrders2026.csv", OVERLAP / month / "EtsySoldOrderItems2026.csv"]
        )
    kept = summaries(store)
    assert kept["problem_orders"], "the 1- and 2-star reviews make problem orders"
    conn = store.db.conn
    conn.execute("SAVEPOINT rebuild")
    rebuild_summaries(store.db)
    rebuilt = summaries(store)
    conn.execute("ROLLBACK TO rebuild")
    conn.execute("RELEASE rebuild")
    assert kept == rebuilt


def test_a_refund_never_exceeds_what_the_buyer_paid(store, tmp_path):
    """An Adjusted Order Total below zero (a spreadsheet slip) cannot make the refund larger than the total."""
    bad = edited(US_ORDERS, tmp_path / US_ORDERS.name, "3301000005", "Adjusted Order Total", "-1")
    try:
        import_paths(store, [bad])
    except ImportFailed as exc:
        assert error_at(exc.errors, US_ORDERS.name, 2, "Adjusted Order Total"), [str(e) for e in exc.errors]
        return
    assert store.db.execute(
        "SELECT total_minor, refund_minor FROM orders WHERE order_id = '3301000005'"
    ).fetchone() == (
        4330,
        4330,
    )
