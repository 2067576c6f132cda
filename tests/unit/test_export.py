"""Exporting the shop as CSV: the templates import back to the same figures, formula-like cells are
neutralised and still round-trip, files are private, a page exports what it shows."""

from __future__ import annotations

import csv
import json
import stat
from datetime import date
from pathlib import Path

import pytest
from shopkit import add_message, add_order, add_review, at, make_demo_file, opened_copy

from sellerdesk.cli import main as cli_main
from sellerdesk.io.export import ExportCancelled, export_all, export_page, neutralise
from sellerdesk.io.importer import import_paths
from sellerdesk.store.order_table import orders_query
from sellerdesk.store.standards import shop_status
from sellerdesk.store.store import Store

AS_OF = date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    return make_demo_file(tmp_path_factory.mktemp("demo") / "demo.sellerdesk", 400, 5, AS_OF)


@pytest.fixture
def demo(demo_file, tmp_path):
    yield from opened_copy(demo_file, tmp_path)


def empty_twin(source: Store, path: Path) -> Store:
    """A new shop with the source's name, currency and time zone, as a seller would start one."""
    twin = Store.open(path)
    shop = source.shop()
    twin.update_shop(name=shop["name"], currency=shop["currency"], timezone=shop["timezone"])
    return twin


def rows_of(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_export_then_import_into_an_empty_shop_gives_the_same_status(demo, tmp_path):
    written = export_all(demo, tmp_path / "out")
    names = sorted(p.name for p in written)
    assert names == [
        "sellerdesk-cases.csv",
        "sellerdesk-items.csv",
        "sellerdesk-messages.csv",
        "sellerdesk-orders.csv",
        "sellerdesk-reviews.csv",
        "sellerdesk-saved-replies.csv",
    ]
    orders = demo.db.execute("SELECT count(*) FROM orders").fetchone()[0]
    assert written[tmp_path / "out" / "sellerdesk-orders.csv"] == orders
    twin = empty_twin(demo, tmp_path / "twin.sellerdesk")
    report = import_paths(twin, [tmp_path / "out"])
    assert report.counts["orders"].new == orders
    assert any("sellerdesk-items.csv" in w for w in report.warnings)  # for spreadsheets, not imported
    assert json.dumps(shop_status(twin, AS_OF), sort_keys=True) == json.dumps(shop_status(demo, AS_OF), sort_keys=True)
    twin.close()


def test_the_command_line_export_round_trips_status_json(demo, tmp_path, capsys):
    demo.close()
    assert cli_main(["export", "--db", str(demo.path), "--out", str(tmp_path / "cli")]) == 0
    out = capsys.readouterr().out
    assert "sellerdesk-orders.csv: 400 rows" in out
    source = Store.open(demo.path)
    twin = empty_twin(source, tmp_path / "twin.sellerdesk")
    twin.close()
    source.close()
    assert cli_main(["import", "--db", str(tmp_path / "twin.sellerdesk"), str(tmp_path / "cli")]) == 0
    capsys.readouterr()
    statuses = []
    for path in (demo.path, tmp_path / "twin.sellerdesk"):
        assert cli_main(["status", "--db", str(path), "--json", "--as-of", AS_OF.isoformat()]) == 0
        statuses.append(json.loads(capsys.readouterr().out))
    assert statuses[0] == statuses[1]


FORMULAS = ['=HYPERLINK("http://x")', "+1 555 0100", "-42", "@SUM(A1)", "\tTabbed", "\rReturn", "'quoted"]


def test_formula_like_cells_are_neutralised_and_still_round_trip(store, tmp_path):
    for n, text in enumerate(FORMULAS):
        add_order(store, f"F{n}", "2026-05-01", buyer=text, tracking=text)
        add_review(store, f"F{n}", "2026-05-03", 5)
        store.db.execute("UPDATE reviews SET text = ? WHERE order_id = ?", [text, f"F{n}"])
        add_message(store, f"T{n}", "buyer", at(date(2026, 5, 2)), order_id=f"F{n}", text=text)
    written = export_all(store, tmp_path / "out")
    orders = rows_of(tmp_path / "out" / "sellerdesk-orders.csv")
    header = orders[0]
    buyers = [row[header.index("buyer")] for row in orders[1:]]
    assert buyers == ["'" + t for t in FORMULAS]
    for path in written:
        for row in rows_of(path)[1:]:
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (path.name, cell)
    twin = Store.open(tmp_path / "twin.sellerdesk")
    import_paths(twin, [tmp_path / "out"])
    for table, column in (
        ("orders", "buyer"),
        ("orders", "tracking_number"),
        ("reviews", "text"),
        ("messages", "text"),
    ):
        got = sorted(r[0] for r in twin.db.execute(f"SELECT {column} FROM {table}"))
        assert got == sorted(FORMULAS), (table, column)
    twin.close()


def test_neutralise_leaves_numbers_and_plain_text_alone():
    assert neutralise("Mug") == "Mug"
    assert neutralise(42) == 42
    assert neutralise("2026-05-01") == "2026-05-01"
    assert neutralise("=1+1") == "'=1+1"


def test_exported_files_and_their_folder_are_private(demo, tmp_path):
    folder = tmp_path / "private"
    written = export_all(demo, folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_a_page_exports_what_its_search_and_filter_show(demo, tmp_path):
    query = orders_query(demo.db, AS_OF)
    query.filter = "canceled"
    keys_sql, params = query.matching_keys()
    path = tmp_path / "canceled.csv"
    rows = export_page(demo, "orders", keys_sql, params, path)
    expected = demo.db.execute("SELECT count(*) FROM orders WHERE status = 'canceled'").fetchone()[0]
    assert rows == expected > 0
    exported = rows_of(path)
    assert {row[exported[0].index("status")] for row in exported[1:]} == {"canceled"}


def test_a_cancelled_export_leaves_no_file(demo, tmp_path):
    with pytest.raises(ExportCancelled):
        export_all(demo, tmp_path / "out", cancelled=lambda: True)
    assert list((tmp_path / "out").iterdir()) == []


def test_lines_built_by_sqlite_are_what_pythons_csv_module_writes(store, tmp_path):
    import io

    tricky = ['Ann, "Bee"', "line\nbreak", "carriage\rreturn", "plain", "", "  spaces  ", 'only"quote']
    for n, text in enumerate(tricky):
        add_order(store, f"Q{n}", "2026-05-01", buyer=text, tracking=None if n % 2 else text)
    export_all(store, tmp_path / "out")
    written = (tmp_path / "out" / "sellerdesk-orders.csv").read_bytes().decode("utf-8")
    expected = io.StringIO(newline="")
    writer = csv.writer(expected)
    columns = rows_of(tmp_path / "out" / "sellerdesk-orders.csv")[0]
    writer.writerow(columns)
    for row in store.db.execute(
        "SELECT order_id, order_date, buyer, printf('%d.%02d', total_minor / 100, total_minor % 100), currency, "
        "processing_min, processing_max, coalesce(ship_by_extended, ship_by), shipped_date, tracking_number, "
        "carrier, delivered_date, status, digital, custom FROM orders ORDER BY order_date, order_id"
    ):
        writer.writerow(["" if v is None else v for v in row])
    assert written == expected.getvalue()


def test_a_big_export_written_by_two_processes_is_the_same_file(demo, tmp_path, monkeypatch):
    from sellerdesk.io import export

    sequential = export_all(demo, tmp_path / "one")
    monkeypatch.setattr(export, "PARALLEL_FROM_ROWS", 1)
    monkeypatch.setattr(export, "SPLIT_FROM_ROWS", 100)  # the orders, items and messages in two halves
    parallel = export_all(demo, tmp_path / "two")
    assert [p.name for p in parallel] == [p.name for p in sequential]
    assert list(parallel.values()) == list(sequential.values())
    for one, two in zip(sequential, parallel, strict=True):
        assert one.read_bytes() == two.read_bytes(), one.name
        assert stat.S_IMODE(two.stat().st_mode) == 0o600
    assert sorted(p.name for p in (tmp_path / "two").iterdir()) == sorted(p.name for p in sequential)
