"""A big CSV of an import (an Etsy download's or a SellerDesk template) read by a worker process
(io/read_apart.py, issue 8 speed): the shop, the report and every problem are the same as when the
files are read one after another."""

from __future__ import annotations

import csv
import json
import multiprocessing
import sys
from datetime import date
from pathlib import Path

import pytest
from etsykit import OLDER_ITEMS, OLDER_ORDERS, UK_ITEMS, UK_ORDERS, US_ALL, US_ITEMS, US_ORDERS, US_REVIEWS, edited
from shopkit import dump

from sellerdesk.io import importer
from sellerdesk.io.demo import make_demo_shop
from sellerdesk.io.export import export_all
from sellerdesk.io.importer import ImportCancelled, ImportFailed, import_paths
from sellerdesk.store.imports import CHANGED_TABLES
from sellerdesk.store.store import Store


def _import(tmp_path: Path, name: str, paths: list[Path], apart: bool, monkeypatch) -> tuple[Store, str]:
    monkeypatch.setattr(importer, "APART_FROM_BYTES", 0 if apart else 1 << 60)
    store = Store.open(tmp_path / f"{name}.sellerdesk")
    report = import_paths(store, paths)
    return store, str(report)


def _contents(store: Store) -> dict:
    """The tables an import writes and the summaries kept from them (the others hold the time each
    shop was made)."""
    kept = CHANGED_TABLES | {"order_days", "ship_days", "review_days", "problem_orders"}
    found = {k: v for k, v in dump(store.db).items() if k in kept}
    assert set(found) == kept
    return found


def _failure(tmp_path: Path, name: str, paths: list[Path], apart: bool, monkeypatch) -> list[str]:
    monkeypatch.setattr(importer, "APART_FROM_BYTES", 0 if apart else 1 << 60)
    store = Store.open(tmp_path / f"{name}.sellerdesk")
    import_paths(store, [US_ORDERS])
    before = dump(store.db)
    with pytest.raises(ImportFailed) as failed:
        import_paths(store, paths)
    assert dump(store.db) == before, "a failed import changed the shop"
    store.close()
    return [str(e) for e in failed.value.errors]


def _apart_choice(paths: list[Path]) -> list[str]:
    """The names of the files the worker would read."""
    files = [importer.probe(Path(p)) for p in paths]
    return sorted(f[0].name for f in importer._read_apart_choice(files))


@pytest.mark.parametrize(
    ("files", "read_apart"),
    [
        pytest.param([US_ORDERS, US_ITEMS, US_REVIEWS], ["EtsySoldOrderItems2026.csv"], id="us"),
        # Two files of about the same size: the worker, which also starts and copies, gets the smaller.
        pytest.param([UK_ITEMS, UK_ORDERS], ["EtsySoldOrders2026.csv"], id="uk-items-first"),
        pytest.param([US_ITEMS, US_REVIEWS], ["reviews.json"], id="items-and-reviews"),
        pytest.param([OLDER_ORDERS, OLDER_ITEMS, US_ORDERS, US_ITEMS], [], id="two-downloads"),
    ],
)
def test_the_shop_is_the_same_read_apart_or_in_turn(tmp_path, monkeypatch, files, read_apart):
    monkeypatch.setattr(importer, "APART_FROM_BYTES", 0)
    # Two downloads hold two files of each kind: their order decides which fact wins, so both are read in turn.
    assert _apart_choice(files) == read_apart
    in_turn, said_in_turn = _import(tmp_path, "in-turn", files, False, monkeypatch)
    apart, said_apart = _import(tmp_path, "apart", files, True, monkeypatch)
    assert said_apart == said_in_turn
    assert _contents(apart) == _contents(in_turn)
    assert apart.db.execute("SELECT count(*) FROM order_items").fetchone()[0] > 0


@pytest.fixture(scope="module")
def templates(tmp_path_factory) -> list[Path]:
    """The four templates of a demo shop's export; the orders file is the biggest."""
    folder = tmp_path_factory.mktemp("export")
    demo = Store.open(folder / "demo.sellerdesk")
    make_demo_shop(demo, orders=300, seed=3, as_of=date(2026, 6, 30))
    written = export_all(demo, folder / "templates")
    demo.close()
    return sorted(written)


def test_templates_give_the_same_shop_read_apart_or_in_turn(tmp_path, monkeypatch, templates):
    monkeypatch.setattr(importer, "APART_FROM_BYTES", 0)
    assert _apart_choice(templates) == ["sellerdesk-orders.csv"]
    in_turn, said_in_turn = _import(tmp_path, "in-turn", templates, False, monkeypatch)
    apart, said_apart = _import(tmp_path, "apart", templates, True, monkeypatch)
    assert said_apart == said_in_turn
    assert _contents(apart) == _contents(in_turn)
    assert apart.db.execute("SELECT count(*) FROM orders").fetchone()[0] == 300


def test_a_template_read_apart_finds_a_record_given_twice(tmp_path, monkeypatch, templates):
    orders = next(p for p in templates if "orders" in p.name)
    lines = orders.read_text(encoding="utf-8").splitlines(keepends=True)
    doubled = tmp_path / orders.name
    doubled.write_text("".join([*lines, lines[5]]), encoding="utf-8")
    files = [doubled, *(p for p in templates if p != orders)]
    in_turn = _failure(tmp_path, "in-turn", files, False, monkeypatch)
    apart = _failure(tmp_path, "apart", files, True, monkeypatch)
    assert apart == in_turn
    assert any("duplicate of" in e and orders.name in e for e in apart)


def test_a_single_file_is_read_in_turn(monkeypatch):
    monkeypatch.setattr(importer, "APART_FROM_BYTES", 0)
    assert _apart_choice([US_ITEMS]) == []


def test_problems_of_the_file_read_apart_come_in_file_order(tmp_path, monkeypatch):
    bad_items = edited(US_ITEMS, tmp_path / "EtsySoldOrderItems2026.csv", "3301000003", "Quantity", "many")
    bad_orders = edited(US_ORDERS, tmp_path / "EtsySoldOrders2026.csv", "3301000005", "Order Total", "x")
    files = [bad_items, bad_orders, US_REVIEWS]
    in_turn = _failure(tmp_path, "in-turn", files, False, monkeypatch)
    apart = _failure(tmp_path, "apart", files, True, monkeypatch)
    assert apart == in_turn
    assert "EtsySoldOrderItems2026.csv" in apart[0] and "Quantity" in apart[0]
    assert "EtsySoldOrders2026.csv" in apart[-1] and "Order Total" in apart[-1]


def test_a_file_cut_off_in_the_worker_is_reported(tmp_path, monkeypatch):
    data = US_ITEMS.read_bytes()
    cut = tmp_path / "EtsySoldOrderItems2026.csv"
    cut.write_bytes(data[: data.rindex(b'"') - 3])  # a quoted cell left open: not readable as CSV
    files = [US_ORDERS, cut]
    in_turn = _failure(tmp_path, "in-turn", files, False, monkeypatch)
    apart = _failure(tmp_path, "apart", files, True, monkeypatch)
    assert apart == in_turn
    assert "EtsySoldOrderItems2026.csv" in apart[0]


def test_cancel_while_the_worker_reads_stops_it_and_changes_nothing(store, monkeypatch):
    monkeypatch.setattr(importer, "APART_FROM_BYTES", 0)
    before = dump(store.db)
    folders = []
    real = importer.ImportPlan.close

    def close(plan):
        folders.append(plan.staging.folder)
        real(plan)

    monkeypatch.setattr(importer.ImportPlan, "close", close)
    progress: list[str] = []
    with pytest.raises(ImportCancelled):
        # Cancel as soon as the other file is read, while the worker is still starting or reading.
        import_paths(
            store, US_ALL, lambda f, text: progress.append(text), lambda: any("reviews" in t for t in progress)
        )
    assert dump(store.db) == before
    assert not multiprocessing.active_children()
    assert folders and not any(f.exists() for f in folders)


def test_cancel_while_waiting_for_the_worker_stops_it_and_changes_nothing(store, tmp_path, monkeypatch):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from etsy_download import write_etsy_download

    # Big enough that the worker (a new process) is still reading at the second look (0.2 s): ~8 MB of items.
    download = write_etsy_download(tmp_path / "download", orders=20_000, seed=5)
    files = [download.items_csv, download.reviews_json]

    def items_apart(probed):  # the worker would get the reviews (less to read): give it the items
        items = next(f for f in probed if f.path == download.items_csv)
        return [(items, *importer._etsy_header(importer.first_line(items)))]

    monkeypatch.setattr(importer, "_read_apart_choice", items_apart)
    before = dump(store.db)
    said: list[str] = []
    with pytest.raises(ImportCancelled):
        # The reviews are read here first; then only the worker is left, and Cancel comes while it reads.
        import_paths(store, files, lambda f, text: said.append(text), lambda: "Reading EtsySoldOrderItems" in str(said))
    assert dump(store.db) == before
    assert not multiprocessing.active_children()


def _download(folder: Path, orders: int):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from etsy_download import write_etsy_download

    return write_etsy_download(folder, orders=orders, seed=7)


def test_a_worker_reading_two_files_gives_the_same_shop(tmp_path, monkeypatch):
    """The items file is most of a download: the worker gets the orders file and the reviews JSON."""
    download = _download(tmp_path / "download", 1_500)
    monkeypatch.setattr(importer, "APART_FROM_BYTES", 0)
    assert _apart_choice(download.paths) == ["EtsySoldOrders2026.csv", "reviews.json"]
    in_turn, said_in_turn = _import(tmp_path, "in-turn", download.paths, False, monkeypatch)
    apart, said_apart = _import(tmp_path, "apart", download.paths, True, monkeypatch)
    assert said_apart == said_in_turn
    assert _contents(apart) == _contents(in_turn)
    assert apart.db.execute("SELECT count(*) FROM orders").fetchone()[0] == download.orders


def test_problems_of_two_files_read_apart_come_in_file_order(tmp_path, monkeypatch):
    download = _download(tmp_path / "download", 1_500)
    order_id = _order_ids(download.orders_csv)[0]
    bad_orders = edited(download.orders_csv, tmp_path / "EtsySoldOrders2026.csv", order_id, "Order Total", "x")
    entries = json.loads(download.reviews_json.read_text(encoding="utf-8"))
    entries[3]["star_rating"] = "many"
    bad_reviews = tmp_path / "reviews.json"
    bad_reviews.write_text(json.dumps(entries), encoding="utf-8")
    files = [bad_orders, download.items_csv, bad_reviews]
    monkeypatch.setattr(importer, "APART_FROM_BYTES", 0)
    assert _apart_choice(files) == ["EtsySoldOrders2026.csv", "reviews.json"]
    in_turn = _failure(tmp_path, "in-turn", files, False, monkeypatch)
    apart = _failure(tmp_path, "apart", files, True, monkeypatch)
    assert apart == in_turn
    assert "EtsySoldOrders2026.csv" in apart[0] and "Order Total" in apart[0]
    assert "reviews.json" in apart[-1] and "star_rating" in apart[-1]


def _order_ids(orders_csv: Path) -> list[str]:
    with orders_csv.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    at = [h.lower() for h in rows[0]].index("order id")
    return [row[at] for row in rows[1:]]


def test_a_cp1252_file_read_apart_is_warned_of_as_in_turn(tmp_path, monkeypatch):
    """The worker looks at the whole of its files itself: a spreadsheet's cp1252 re-save is read as such,
    and its warning reaches the report."""
    resaved = tmp_path / US_ITEMS.name
    resaved.write_bytes(US_ITEMS.read_text(encoding="utf-8").replace("Anna", "Anné").encode("cp1252"))
    files = [US_ORDERS, resaved, US_REVIEWS]
    monkeypatch.setattr(importer, "APART_FROM_BYTES", 0)
    assert "EtsySoldOrderItems2026.csv" in _apart_choice(files)
    in_turn, said_in_turn = _import(tmp_path, "in-turn", files, False, monkeypatch)
    apart, said_apart = _import(tmp_path, "apart", files, True, monkeypatch)
    assert said_apart == said_in_turn
    assert "EtsySoldOrderItems2026.csv is not UTF-8; read it as Windows-1252" in said_apart
    assert _contents(apart) == _contents(in_turn)


def test_a_file_that_turns_out_binary_in_a_folder_is_skipped_as_in_turn(tmp_path, monkeypatch):
    folder = tmp_path / "download"
    folder.mkdir()
    for path in (US_ORDERS, US_REVIEWS):
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / US_ITEMS.name).write_bytes(US_ITEMS.read_bytes() + b"\x00\x01\x02")  # a header, then binary
    for apart in (False, True):
        store, said = _import(tmp_path, f"apart-{apart}", [folder], apart, monkeypatch)
        assert "warning: EtsySoldOrderItems2026.csv: a binary file" in said
        assert "Etsy order items" not in said
        assert store.db.execute("SELECT count(*) FROM order_items").fetchone()[0] == 0
        assert store.db.execute("SELECT count(*) FROM orders").fetchone()[0] > 0
