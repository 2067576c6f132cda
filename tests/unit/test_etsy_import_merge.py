"""Etsy downloads imported again and again (issue 8): overlapping downloads in either order, the same
files twice, the seller's own edits kept, SellerDesk templates in the same import, folders, the
preview, the command line, progress and cancel. Expected values are written by hand."""

from __future__ import annotations

import shutil
import threading
from datetime import date
from pathlib import Path

import pytest
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
    items,
    kinds,
    orders,
    reviews,
    waiting,
    without_shop_row,
)
from shopkit import add_case, add_message, at, dump

from sellerdesk.cli import main as cli_main
from sellerdesk.io.importer import ImportCancelled, compare_with_shop, import_paths, preview_paths, read_files
from sellerdesk.store.database import Interrupts
from sellerdesk.store.store import Store

APRIL = [OVERLAP / "april" / "EtsySoldOrders2026.csv", OVERLAP / "april" / "EtsySoldOrderItems2026.csv"]
JULY = [OVERLAP / "july" / "EtsySoldOrders2026.csv", OVERLAP / "july" / "EtsySoldOrderItems2026.csv"]
FACTS = ("order_date", "buyer_username", "shipped_date", "status", "total_minor", "refund_minor")


def facts(order_date, username, shipped, status, total, refund):
    return dict(zip(FACTS, (order_date, username, shipped, status, total, refund), strict=True))


APRIL_ORDERS = {
    "3500000001": facts("2026-01-12", "idu", "2026-01-14", "shipped", 2200, 0),
    "3500000002": facts("2026-02-20", "kmensah", "2026-02-23", "shipped", 4240, 0),
    "3500000003": facts("2026-03-30", None, None, "open", 2000, 0),
}
# July's download: 3500000003 got shipped on 1 April, 3500000002 was refunded 18.00, two new orders.
FINAL_ORDERS = {
    "3500000001": facts("2026-01-12", "idu", "2026-01-14", "shipped", 2200, 0),
    "3500000002": facts("2026-02-20", "kmensah", "2026-02-23", "shipped", 4240, 1800),
    "3500000003": facts("2026-03-30", None, "2026-04-01", "shipped", 2000, 0),
    "3500000004": facts("2026-05-18", "ohaddad", "2026-05-19", "shipped", 5184, 0),
    "3500000005": facts("2026-06-28", "gkim", None, "open", 2200, 0),
}
FINAL_ITEMS = {
    "4600000001": ("3500000001", "1300000001", "Beeswax candle", 1, 1800, "BEE-HON", "Scent:Honey", ""),
    "4600000002": ("3500000002", "1300000001", "Beeswax candle", 2, 1800, "BEE-UNS", "Scent:Unscented", ""),
    "4600000003": ("3500000003", "1300000002", "Soy candle - fig", 1, 1600, "SOY-FIG", "", ""),
    "4600000004": ("3500000004", "1300000002", "Soy candle - fig", 3, 1600, "SOY-FIG", "", ""),
    "4600000005": ("3500000005", "1300000001", "Beeswax candle", 1, 1800, "BEE-HON", "Scent:Honey", ""),
}


def item_tuples(store) -> dict[str, tuple]:
    return {k: tuple(v.values()) for k, v in items(store).items()}


def with_default_profile(store) -> Store:
    store.insert(
        "shipping_profiles",
        {"name": "Standard", "processing_min": 1, "processing_max": 3, "domestic_transit_max": 5, "is_default": 1},
    )
    return store


# -- overlapping downloads -------------------------------------------------------------------------------
def test_april_then_july_updates_what_changed(store):
    with_default_profile(store)
    import_paths(store, APRIL)
    assert orders(store, FACTS) == APRIL_ORDERS
    report = import_paths(store, JULY)
    assert counts(report, "orders") == (2, 2, 1)
    assert counts(report, "items") == (2, 0, 3)
    assert report.changed is True
    assert orders(store, FACTS) == FINAL_ORDERS
    assert item_tuples(store) == FINAL_ITEMS


def test_july_then_april_keeps_the_newer_facts_and_changes_nothing(store):
    with_default_profile(store)
    import_paths(store, JULY)
    before = dump(store.db)
    report = import_paths(store, APRIL)
    assert dump(store.db) == before  # the shipped date and the refund stay
    assert orders(store, FACTS) == FINAL_ORDERS
    assert counts(report, "orders") == (0, 0, 3)
    assert counts(report, "items") == (0, 0, 3)


def test_either_order_of_downloads_gives_the_same_shop(tmp_path):
    shops = []
    for name, downloads in (("a", [APRIL, JULY]), ("b", [JULY, APRIL])):
        shop = with_default_profile(Store.open(tmp_path / f"{name}.sellerdesk"))
        for files in downloads:
            import_paths(shop, files)
        shops.append(content(shop))
        assert orders(shop, FACTS) == FINAL_ORDERS
        shop.close()
    assert shops[0] == shops[1]


@pytest.mark.parametrize("files", [APRIL + JULY, JULY + APRIL], ids=["april-first", "july-first"])
def test_both_downloads_in_one_import(store, files):
    report = import_paths(store, files)
    assert orders(store, FACTS) == FINAL_ORDERS
    assert item_tuples(store) == FINAL_ITEMS
    assert counts(report, "orders")[0] == 5


def test_same_files_twice_changes_nothing_and_says_so(store):
    import_paths(store, US_ALL)
    before = dump(store.db)
    report = import_paths(store, US_ALL)
    assert dump(store.db) == before
    assert report.changed is False
    assert counts(report, "orders") == (0, 0, 5)
    assert counts(report, "items") == (0, 0, 6)
    assert counts(report, "reviews") == (0, 0, 3)
    assert "Nothing changed" in str(report)


# -- the seller's own edits ------------------------------------------------------------------------------
SELLER_COLUMNS = ("custom", "ship_by", "ship_by_extended", "extended_on", "edd", "note", "shipping_profile_id")


def test_seller_edits_survive_reimports_and_newer_downloads(store, tmp_path):
    with_default_profile(store)
    made = store.insert(
        "shipping_profiles",
        {"name": "Made to order", "processing_min": 5, "processing_max": 10, "domestic_transit_max": 6},
    )
    import_paths(store, US_ALL)
    # What the seller does in SellerDesk afterwards:
    add_case(store, "3301000002", "2026-03-12", reason="damaged")
    add_message(store, "T-77", "buyer", at(date(2026, 3, 15)), order_id="3301000004")
    review_id = store.db.execute("SELECT id FROM reviews WHERE order_id = '3301000004'").fetchone()[0]
    store.update("reviews", review_id, {"excluded_reason": "abusive_review"})
    store.update("orders", "3301000003", {"custom": 1})
    store.update("orders", "3301000005", {"ship_by_extended": "2026-04-08", "extended_on": "2026-03-24"})
    store.update("orders", "3301000001", {"note": "Repeat buyer: add a thank-you card"})
    store.update("orders", "3301000002", {"shipping_profile_id": made})
    with store.write("listing_profiles"):
        store.db.execute("INSERT INTO listing_profiles (listing_id, profile_id) VALUES ('1101000000', ?)", [made])
    seller_view = orders(store, SELLER_COLUMNS)
    assert seller_view["3301000005"]["ship_by_extended"] == "2026-04-08"

    before = dump(store.db)
    report = import_paths(store, US_ALL)
    assert dump(store.db) == before
    assert counts(report, "orders") == (0, 0, 5)
    assert counts(report, "reviews") == (0, 0, 3)

    # A newer download: the unshipped order got shipped. Only that fact changes.
    newer = edited(US_ORDERS, tmp_path / "newer" / "EtsySoldOrders2026.csv", "3301000005", "Date Shipped", "03/27/26")
    report = import_paths(store, [newer, US_ITEMS, US_REVIEWS])
    assert counts(report, "orders") == (0, 1, 4)
    assert store.db.execute("SELECT shipped_date, status FROM orders WHERE order_id = '3301000005'").fetchone() == (
        "2026-03-27",
        "shipped",
    )
    assert orders(store, SELLER_COLUMNS) == seller_view
    assert store.db.execute("SELECT order_id, opened_date, reason FROM cases").fetchall() == [
        ("3301000002", "2026-03-12", "damaged")
    ]
    assert store.db.execute("SELECT thread_id, order_id FROM messages").fetchall() == [("T-77", "3301000004")]
    assert store.db.execute("SELECT rating, excluded_reason FROM reviews WHERE id = ?", [review_id]).fetchone() == (
        2,
        "abusive_review",
    )
    assert store.db.execute("SELECT listing_id, profile_id FROM listing_profiles").fetchall() == [("1101000000", made)]


# -- SellerDesk's templates in the same import, and folders ----------------------------------------------
def fill_template(path: Path, rows: list[str]) -> Path:
    header = path.read_text(encoding="utf-8").splitlines()[0]
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_etsy_files_and_sellerdesk_templates_in_one_import(store, tmp_path, capsys):
    folder = tmp_path / "templates"
    assert cli_main(["templates", str(folder)]) == 0
    capsys.readouterr()
    fill_template(
        folder / "sellerdesk-orders.csv", ["SD-100,2026-03-21,Walk-in fair,15.00,USD,1,2,,2026-03-21,,,,shipped,0,0"]
    )
    fill_template(folder / "sellerdesk-reviews.csv", ["3301000005,2026-03-28,3,Took a while,"])
    fill_template(folder / "sellerdesk-cases.csv", ["3301000003,2026-03-25,not_as_described,,,"])
    fill_template(
        folder / "sellerdesk-messages.csv", ["T-9,3301000005,buyer,2026-03-21T09:00:00Z,0,When will it ship?"]
    )
    templates = sorted(folder.iterdir())
    report = import_paths(store, [*templates, *US_ALL])  # templates first: they refer to Etsy orders
    assert kinds(report) == {
        "sellerdesk-orders.csv": "orders",
        "sellerdesk-reviews.csv": "reviews",
        "sellerdesk-cases.csv": "cases",
        "sellerdesk-messages.csv": "messages",
        "EtsySoldOrders2026.csv": "etsy_orders",
        "EtsySoldOrderItems2026.csv": "etsy_items",
        "reviews.json": "etsy_reviews",
    }
    assert counts(report, "orders") == (6, 0, 0)
    assert counts(report, "items") == (6, 0, 0)
    assert counts(report, "reviews") == (4, 0, 0)
    assert counts(report, "cases") == (1, 0, 0)
    assert counts(report, "messages") == (1, 0, 0)
    assert store.db.execute(
        "SELECT buyer, total_minor, shipped_date FROM orders WHERE order_id = 'SD-100'"
    ).fetchone() == (
        "Walk-in fair",
        1500,
        "2026-03-21",
    )
    assert reviews(store)[("3301000005", "2026-03-28")][:2] == (3, "Took a while")
    assert store.db.execute("SELECT order_id, reason FROM cases").fetchall() == [("3301000003", "not_as_described")]
    assert store.db.execute("SELECT thread_id, order_id, text FROM messages").fetchall() == [
        ("T-9", "3301000005", "When will it ship?")
    ]


def test_folder_import_recognises_files_by_content_not_name(store, tmp_path):
    folder = tmp_path / "downloads"
    folder.mkdir()
    misleading = {
        US_ORDERS: "EtsySoldOrderItems2026.csv",
        US_ITEMS: "EtsySoldOrders2026.csv",
        US_REVIEWS: "EtsySoldOrders2025.csv",
        OLDER_ORDERS: "notes.txt",
        OLDER_ITEMS: "reviews.json",
    }
    for source, name in misleading.items():
        shutil.copy(source, folder / name)
    report = import_paths(store, [folder])
    assert kinds(report) == {
        "EtsySoldOrderItems2026.csv": "etsy_orders",
        "EtsySoldOrders2026.csv": "etsy_items",
        "EtsySoldOrders2025.csv": "etsy_reviews",
        "notes.txt": "etsy_orders",
        "reviews.json": "etsy_items",
    }
    assert counts(report, "orders") == (8, 0, 0)
    assert counts(report, "items") == (10, 0, 0)
    assert counts(report, "reviews") == (5, 0, 0)
    assert waiting(report) == 0
    assert store.db.execute("SELECT count(*) FROM pending_reviews").fetchone() == (0,)


# -- preview and the command line ------------------------------------------------------------------------
def test_preview_writes_nothing_and_foretells_the_import(store):
    import_paths(store, APRIL)
    before = dump(store.db)
    preview = preview_paths(store, JULY)
    assert dump(store.db) == before
    assert counts(preview, "orders") == (2, 2, 1)
    assert counts(preview, "items") == (2, 0, 3)
    report = import_paths(store, JULY)
    assert report.counts == preview.counts


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli_main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_import_prints_the_summary_then_nothing_changed(tmp_path, capsys):
    db = str(tmp_path / "shop.sellerdesk")
    code, out, err = run(capsys, "import", "--db", db, *map(str, US_ALL))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert "orders: 5 new, 0 updated, 0 unchanged" in lines
    assert "items: 6 new, 0 updated, 0 unchanged" in lines
    assert "reviews: 3 new, 0 updated, 0 unchanged" in lines
    assert any("2" in line and "wait" in line.lower() for line in lines), out
    code, out, err = run(capsys, "import", "--db", db, *map(str, US_ALL))
    assert (code, err) == (0, "")
    assert "Nothing changed" in out
    assert "orders: 0 new, 0 updated, 5 unchanged" in out.splitlines()


def test_cli_dry_run_prints_the_preview_and_writes_nothing(tmp_path, capsys):
    db = tmp_path / "shop.sellerdesk"
    code, out, err = run(capsys, "import", "--db", str(db), "--dry-run", *map(str, APRIL))
    assert (code, err) == (0, "")
    assert "orders: 3 new, 0 updated, 0 unchanged" in out.splitlines()
    assert not db.exists(), "a dry run into a new path creates no shop file"

    assert run(capsys, "import", "--db", str(db), *map(str, APRIL))[0] == 0
    shop = Store.open(db)
    before = dump(shop.db)
    shop.close()
    code, out, err = run(capsys, "import", "--db", str(db), "--dry-run", *map(str, JULY))
    assert (code, err) == (0, "")
    assert "orders: 2 new, 2 updated, 1 unchanged" in out.splitlines()
    shop = Store.open(db)
    assert dump(shop.db) == before
    shop.close()


# -- progress and cancel ---------------------------------------------------------------------------------
def test_progress_is_reported_from_zero_to_one(store):
    seen: list[tuple[float, str]] = []
    import_paths(store, US_ALL, progress=lambda fraction, text: seen.append((fraction, text)))
    assert seen
    fractions = [f for f, _ in seen]
    assert all(0.0 <= f <= 1.0 for f in fractions)
    assert fractions == sorted(fractions)
    assert all(isinstance(text, str) for _, text in seen)


def test_cancel_at_any_point_leaves_the_shop_unchanged(store, tmp_path):
    """Cancel at each of the importer's checks in turn: until it has committed, the shop stays as it was;
    a cancel that comes after the commit finds the import complete, never half done."""
    files = JULY + [US_ORDERS, US_ITEMS]
    import_paths(store, APRIL)
    calls = 0

    def counting() -> bool:
        nonlocal calls
        calls += 1
        return False

    scratch = Store.open(tmp_path / "scratch.sellerdesk")
    import_paths(scratch, APRIL)
    import_paths(scratch, files, cancelled=counting)
    complete = without_shop_row(dump(scratch.db))
    scratch.close()
    assert calls > 0, "the importer never asks whether it was cancelled"

    before = dump(store.db)
    with pytest.raises(ImportCancelled):
        import_paths(store, files, cancelled=lambda: True)
    assert dump(store.db) == before
    for stop_at in range(2, calls + 1):
        try:
            import_paths(store, files, cancelled=cancel_after(stop_at))
        except ImportCancelled:
            assert dump(store.db) == before, f"cancelled at check {stop_at} of {calls}"
        else:
            assert without_shop_row(dump(store.db)) == complete, f"check {stop_at} of {calls}: half an import"
            break


def cancel_after(checks: int):
    """A `cancelled` callback that says yes from its `checks`-th call on."""
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked >= checks

    return cancelled


def test_cancel_during_the_comparison_reaches_the_second_connection(store, monkeypatch):
    """The items are counted on a connection of their own, in a thread: Cancel stops its statements too,
    and the comparison says it was cancelled."""
    import_paths(store, APRIL)
    plan = read_files(JULY)
    asked_from: set[str] = set()
    pressed = False

    def cancelled() -> bool:  # Cancel is pressed once the second connection is counting
        nonlocal pressed
        name = threading.current_thread().name
        asked_from.add(name)
        pressed = pressed or name.startswith("sellerdesk-compare")
        return pressed

    monkeypatch.setattr(Interrupts, "STEPS", 1)  # asked at every step: the fixtures are small
    try:
        with pytest.raises(ImportCancelled):
            compare_with_shop(store, plan, cancelled=cancelled)
    finally:
        plan.close()
    assert any(name.startswith("sellerdesk-compare") for name in asked_from), asked_from
    assert threading.current_thread().name in asked_from
