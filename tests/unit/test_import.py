"""SellerDesk's CSV templates: recognised by header, validated, all-or-nothing (RULES.md 6)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from shopkit import dump, write_csv

from sellerdesk.cli import main as cli_main
from sellerdesk.io.csv_import import TEMPLATES
from sellerdesk.io.importer import ImportFailed, import_paths, read_files, undo_plan, write_plan
from sellerdesk.store.imports import Counts
from sellerdesk.store.standards import shop_status

HEADERS = {t.kind: t.header for t in TEMPLATES}

ORDERS = [
    {
        "order_id": "A1",
        "order_date": "2026-05-01",
        "buyer": "ann",
        "total": "24.90",
        "currency": "usd",
        "processing_min": "1",
        "processing_max": "3",
        "ship_by": "",
        "shipped_date": "2026-05-05",
        "tracking_number": "9400111",
        "carrier": "USPS",
        "delivered_date": "2026-05-09",
        "status": "delivered",
        "digital": "0",
        "custom": "0",
    },
    {
        "order_id": "A2",
        "order_date": "2026-05-02",
        "buyer": "bob",
        "total": "9",
        "currency": "",
        "processing_min": "",
        "processing_max": "",
        "ship_by": "",
        "shipped_date": "",
        "tracking_number": "",
        "carrier": "",
        "delivered_date": "",
        "status": "open",
        "digital": "1",
        "custom": "0",
    },
    {
        "order_id": "A3",
        "order_date": "2026-05-03",
        "buyer": "cy",
        "total": "120.00",
        "currency": "EUR",
        "processing_min": "10",
        "processing_max": "15",
        "ship_by": "2026-05-20",
        "shipped_date": "",
        "tracking_number": "",
        "carrier": "",
        "delivered_date": "",
        "status": "canceled",
        "digital": "0",
        "custom": "1",
    },
]
REVIEWS = [
    {"order_id": "A1", "review_date": "2026-05-12", "rating": "2", "text": "Chipped, sadly", "excluded_reason": ""},
    {"order_id": "A2", "review_date": "2026-05-03", "rating": "5", "text": "Perfect", "excluded_reason": ""},
]
CASES = [
    {
        "order_id": "A1",
        "opened_date": "2026-05-15",
        "reason": "damaged",
        "resolution": "refunded_by_seller",
        "closed_date": "2026-05-18",
        "excluded_reason": "carrier_delay",
    },
]
MESSAGES = [
    {
        "thread_id": "T1",
        "order_id": "A1",
        "sender": "buyer",
        "sent_at": "2026-05-02T10:00:00Z",
        "spam": "0",
        "text": "Hi, can you gift wrap?",
    },
    {
        "thread_id": "T1",
        "order_id": "A1",
        "sender": "seller",
        "sent_at": "2026-05-02T12:30:00+02:00",
        "spam": "",
        "text": "Of course!",
    },
    {
        "thread_id": "T2",
        "order_id": "",
        "sender": "buyer",
        "sent_at": "2026-05-04T08:00:00Z",
        "spam": "1",
        "text": "Cheap followers",
    },
]


def write_template(
    path: Path, kind: str, rows: list[dict], *, columns: list[str] | None = None, bom: bool = False
) -> Path:
    columns = columns or HEADERS[kind]
    return write_csv(path, columns, [[row[c] for c in columns] for row in rows], bom=bom)


@pytest.fixture
def good_files(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "csv"
    folder.mkdir()
    return [
        # Any column order; with and without the UTF-8 byte-order mark Excel writes.
        write_template(folder / "my orders.csv", "orders", ORDERS, columns=HEADERS["orders"][::-1], bom=True),
        write_template(
            folder / "reviews.csv",
            "reviews",
            REVIEWS,
            columns=["rating", "order_id", "text", "excluded_reason", "review_date"],
        ),
        write_template(folder / "cases.csv", "cases", CASES, bom=True),
        write_template(
            folder / "messages.csv",
            "messages",
            MESSAGES,
            columns=["text", "sent_at", "sender", "spam", "order_id", "thread_id"],
        ),
    ]


def rows(store, sql: str) -> list[tuple]:
    return store.db.execute(sql).fetchall()


def test_good_import_lands_every_row(store, good_files):
    report = import_paths(store, good_files[::-1])  # files in any order: orders are written first
    assert {k: c.new for k, c in report.counts.items()} == {
        "orders": 3,
        "items": 0,
        "reviews": 2,
        "cases": 1,
        "messages": 3,
    }
    assert [f.kind for f in report.files] == ["messages", "cases", "reviews", "orders"]
    assert rows(
        store,
        "SELECT order_id, order_date, buyer, total_minor, currency, processing_max, ship_by, "
        "shipped_date, tracking_number, status, digital, custom FROM orders ORDER BY order_id",
    ) == [
        ("A1", "2026-05-01", "ann", 2490, "USD", 3, "2026-05-06", "2026-05-05", "9400111", "delivered", 0, 0),
        ("A2", "2026-05-02", "bob", 900, "USD", None, None, None, None, "open", 1, 0),
        ("A3", "2026-05-03", "cy", 12000, "EUR", 15, "2026-05-20", None, None, "canceled", 0, 1),
    ]
    assert rows(
        store, "SELECT order_id, review_date, rating, text, excluded_reason FROM reviews ORDER BY order_id"
    ) == [
        ("A1", "2026-05-12", 2, "Chipped, sadly", None),
        ("A2", "2026-05-03", 5, "Perfect", None),
    ]
    assert rows(store, "SELECT order_id, opened_date, reason, resolution, closed_date, excluded_reason FROM cases") == [
        ("A1", "2026-05-15", "damaged", "refunded_by_seller", "2026-05-18", "carrier_delay"),
    ]
    assert rows(store, "SELECT thread_id, order_id, sender, sent_at, spam FROM messages ORDER BY sent_at") == [
        ("T1", "A1", "buyer", "2026-05-02T10:00:00Z", 0),
        ("T1", "A1", "seller", "2026-05-02T10:30:00Z", 0),  # +02:00 stored in UTC
        ("T2", None, "buyer", "2026-05-04T08:00:00Z", 1),
    ]
    assert rows(store, "SELECT thread_id, response_seconds, spam FROM threads ORDER BY thread_id") == [
        ("T1", 1800, 0),
        ("T2", None, 1),
    ]
    odr = shop_status(store, date(2026, 6, 30))["odr"]
    assert (odr["orders"], odr["problem_orders"], odr["strict_problem_orders"]) == (2, 1, 1)


def test_imported_threads_keep_what_the_rule_settings_read(store, tmp_path):
    """The seller's own first reply (auto replies not counted) and a spam mark on any message, the
    figures Settings > Rules can switch to, are kept for imported threads too, and undone with them."""
    thread = [
        {"thread_id": "T9", "order_id": "", "sender": "buyer", "sent_at": "2026-05-02T10:00:00Z", "spam": "",
         "text": "Is this in stock?"},
        {"thread_id": "T9", "order_id": "", "sender": "auto", "sent_at": "2026-05-02T10:01:00Z", "spam": "",
         "text": "Thanks, I will answer soon"},
        {"thread_id": "T9", "order_id": "", "sender": "seller", "sent_at": "2026-05-02T12:00:00Z", "spam": "",
         "text": "Yes, two left"},
        {"thread_id": "T9", "order_id": "", "sender": "buyer", "sent_at": "2026-05-02T13:00:00Z", "spam": "1",
         "text": "Buy followers"},
    ]  # fmt: skip
    plan = read_files([write_template(tmp_path / "messages.csv", "messages", thread)])
    try:
        write_plan(store, plan)
        assert rows(store, "SELECT response_seconds, seller_response_seconds, spam, any_spam FROM threads") == [
            (60, 7200, 0, 1)
        ]
        undo_plan(store, plan)
        assert rows(store, "SELECT count(*) FROM threads") == [(0,)]
    finally:
        plan.close()


def test_reimporting_the_same_files_changes_nothing(store, good_files):
    import_paths(store, good_files)
    before = dump(store.db)
    report = import_paths(store, good_files)
    assert report.counts == {
        "orders": Counts(unchanged=3),
        "items": Counts(),
        "reviews": Counts(unchanged=2),
        "cases": Counts(unchanged=1),
        "messages": Counts(unchanged=3),
    }
    assert not report.changed and "Nothing changed" in str(report)
    assert dump(store.db) == before


def test_reimport_updates_a_changed_row_in_place(store, good_files, tmp_path):
    import_paths(store, good_files)
    changed = [{**REVIEWS[0], "excluded_reason": "abusive_review"}]
    report = import_paths(store, [write_template(tmp_path / "fix.csv", "reviews", changed)])
    assert report.counts["reviews"] == Counts(updated=1)
    assert rows(store, "SELECT count(*), max(excluded_reason) FROM reviews WHERE order_id = 'A1'") == [
        (1, "abusive_review")
    ]


def test_header_names_ignore_case_and_spaces(store, tmp_path):
    columns = [f" {c.upper()} " for c in HEADERS["orders"]]
    path = write_csv(tmp_path / "o.csv", columns, [[ORDERS[0][c] for c in HEADERS["orders"]]])
    import_paths(store, [path])
    assert rows(store, "SELECT order_id FROM orders") == [("A1",)]


def test_blank_lines_are_skipped(store, tmp_path):
    path = write_template(tmp_path / "o.csv", "orders", ORDERS[:1])
    with path.open("a", encoding="utf-8", newline="") as handle:
        handle.write(",,,,,,,,,,,,,,\r\n\r\n")
    assert import_paths(store, [path]).counts["orders"] == Counts(new=1)


def _bad(data: list[dict], change: dict | None = None, *, row: int = 0) -> list[dict]:
    data = [dict(r) for r in data]
    if change:
        data[row].update(change)
    return data


BAD_CASES = {
    "bad date": (
        "orders",
        lambda: _bad(
            [{**ORDERS[0], "order_id": "B1"}, {**ORDERS[1], "order_id": "B2"}], {"order_date": "05/02/2026"}, row=1
        ),
        None,
        ["new-orders.csv, row 3, column order_date:", "'05/02/2026' is not a date"],
    ),
    "bad rating": (
        "reviews",
        lambda: _bad(REVIEWS, {"rating": "6", "review_date": "2026-06-01"}),
        None,
        ["new-reviews.csv, row 2, column rating:", "6 is out of range; expected 1 to 5"],
    ),
    "unknown column": (
        "orders",
        lambda: [{**ORDERS[0], "order_id": "B1"}],
        ["order_number" if c == "order_id" else c for c in HEADERS["orders"]],
        ["new-orders.csv, row 1, column order_number:", "unknown column(s) order_number", "missing column(s) order_id"],
    ),
    "duplicate id": (
        "orders",
        lambda: [{**ORDERS[0], "order_id": "B1"}, {**ORDERS[1], "order_id": "B1"}],
        None,
        ["new-orders.csv, row 3, column order_id:", "duplicate of new-orders.csv row 2"],
    ),
    "unknown order": (
        "cases",
        lambda: [{**CASES[0], "order_id": "ZZ9"}],
        None,
        ["new-cases.csv, row 2, column order_id:", "unknown order id 'ZZ9'"],
    ),
    "review before its order": (
        "reviews",
        lambda: [{**REVIEWS[0], "review_date": "2026-04-30"}],
        None,
        ["new-reviews.csv, row 2, column review_date:", "2026-04-30 is before the order date 2026-05-01"],
    ),
    "bad instant": (
        "messages",
        lambda: [{**MESSAGES[0], "sent_at": "2026-05-02 10:00"}],
        None,
        ["new-messages.csv, row 2, column sent_at:", "not a date and time with an offset"],
    ),
    "decimal comma": (
        "orders",
        lambda: [{**ORDERS[0], "order_id": "B1", "total": "24,90"}],
        None,
        ["new-orders.csv, row 2, column total:", "'24,90' is not an amount"],
    ),
    "bad status": (
        "orders",
        lambda: [{**ORDERS[0], "order_id": "B1", "status": "lost"}],
        None,
        ["new-orders.csv, row 2, column status:", "'lost' is not allowed"],
    ),
    "shipped order without a date": (
        "orders",
        lambda: [{**ORDERS[0], "order_id": "B1", "shipped_date": "", "delivered_date": "", "status": "shipped"}],
        None,
        ["new-orders.csv, row 2, column shipped_date:", "needs a shipped date"],
    ),
}


@pytest.mark.parametrize("case", list(BAD_CASES))
def test_a_bad_file_imports_nothing_and_says_where(store, good_files, tmp_path, case):
    import_paths(store, good_files)
    before = dump(store.db)
    kind, make_rows, columns, expected = BAD_CASES[case]
    columns = columns or HEADERS[kind]
    data = make_rows()
    header_map = dict(zip(columns, HEADERS[kind], strict=True))
    bad = write_csv(tmp_path / f"new-{kind}.csv", columns, [[r[header_map[c]] for c in columns] for r in data])
    # A good file in the same import is not written either.
    extra = write_template(tmp_path / "more-orders.csv", "orders", [{**ORDERS[1], "order_id": "NEW"}])
    with pytest.raises(ImportFailed) as caught:
        import_paths(store, [extra, bad])
    message = str(caught.value)
    for fragment in expected:
        assert fragment in message
    assert message.startswith("Nothing was imported")
    assert "the shop was not changed" in message
    assert dump(store.db) == before


def test_a_header_that_matches_nothing_is_reported_not_guessed(store, tmp_path):
    path = write_csv(tmp_path / "export.csv", ["Date", "Thing"], [["05/01/26", "Mug"]])
    with pytest.raises(ImportFailed, match=r"export\.csv: not an Etsy download or a SellerDesk template"):
        import_paths(store, [path])


def test_a_template_header_with_a_wrong_column_lists_the_templates(store, tmp_path):
    columns = ["order_id", "order_date", "buyer", "amount"]
    path = write_csv(tmp_path / "mine.csv", columns, [["A1", "2026-05-01", "ann", "3"]])
    with pytest.raises(ImportFailed, match=r"mine\.csv, row 1, column amount: the header row does not match"):
        import_paths(store, [path])


def test_a_short_row_is_reported(store, tmp_path):
    path = write_csv(tmp_path / "o.csv", HEADERS["orders"], [["A1", "2026-05-01"]])
    with pytest.raises(ImportFailed, match=r"o\.csv, row 2, column -: has 2 cells; the header has 15"):
        import_paths(store, [path])


def test_a_missing_file_is_named(store, good_files, tmp_path):
    with pytest.raises(ImportFailed, match=r"gone\.csv: file not found"):
        import_paths(store, [*good_files, tmp_path / "gone.csv"])
    assert rows(store, "SELECT count(*) FROM orders") == [(0,)]


def test_a_file_saved_by_a_windows_spreadsheet_is_read_as_cp1252(store, good_files, tmp_path):
    import_paths(store, good_files)
    latin = tmp_path / "latin.csv"
    latin.write_bytes(",".join(HEADERS["reviews"]).encode() + b"\nA3,2026-05-21,5,Tr\xe8s bien,\n")
    report = import_paths(store, [latin])
    assert rows(store, "SELECT text FROM reviews WHERE order_id = 'A3'") == [("Très bien",)]
    assert any("latin.csv is not UTF-8" in w and "cp1252" in w for w in report.warnings)


def test_templates_command_writes_the_four_headers(tmp_path, capsys):
    assert cli_main(["templates", str(tmp_path / "t")]) == 0
    written = sorted((tmp_path / "t").iterdir())
    assert [p.name for p in written] == [
        "sellerdesk-cases.csv",
        "sellerdesk-messages.csv",
        "sellerdesk-orders.csv",
        "sellerdesk-reviews.csv",
    ]
    for path in written:
        kind = path.stem.removeprefix("sellerdesk-")
        with path.open(encoding="utf-8", newline="") as handle:
            assert list(csv.reader(handle)) == [HEADERS[kind]]
    assert str(written[0]) in capsys.readouterr().out
    assert HEADERS["orders"][:2] == ["order_id", "order_date"]
    assert HEADERS["reviews"] == ["order_id", "review_date", "rating", "text", "excluded_reason"]


def test_templates_import_back_empty(store, tmp_path):
    cli_main(["templates", str(tmp_path)])
    report = import_paths(store, sorted(tmp_path.glob("sellerdesk-*.csv")))
    assert [f.rows for f in report.files] == [0, 0, 0, 0]
    assert not report.changed


def test_reimport_keeps_what_the_seller_set_in_the_app(store, good_files):
    import_paths(store, good_files)
    profile = store.insert(
        "shipping_profiles",
        {"name": "Slow boat", "processing_min": 1, "processing_max": 3, "domestic_transit_max": 8},
    )
    store.update("orders", "A1", {"shipping_profile_id": profile, "ship_by_extended": "2026-05-13"})
    after_edit = store.get("orders", "A1")
    assert (after_edit["due_by"], after_edit["edd"]) == ("2026-05-13", "2026-05-25")  # 05-13 + 8 business days
    before = dump(store.db)
    import_paths(store, good_files)
    assert store.get("orders", "A1")["edd"] == "2026-05-25"
    assert dump(store.db) == before


def test_a_spreadsheets_trailing_empty_columns_are_ignored(store, tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text(
        "order_id,order_date,buyer,total,currency,processing_min,processing_max,ship_by,shipped_date,"
        "tracking_number,carrier,delivered_date,status,digital,custom,,\n"
        "A1,2026-03-02,ann,12.50,USD,1,3,,,,,,open,0,0,,\n",
        encoding="utf-8",
    )
    import_paths(store, [path])
    assert store.get("orders", "A1")["total_minor"] == 1250
