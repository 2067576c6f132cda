"""Backups (issue 9): consistent copies of an open shop, the backups folder and its rotation over a year,
the backup before an import, listing with figures, restore, and damaged backups refused."""

from __future__ import annotations

import json
import re
import sqlite3
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from shopkit import add_case, add_order, add_orders, write_csv

from sellerdesk.cli import main as cli_main
from sellerdesk.io import backups, importer, restore
from sellerdesk.io.import_report import ImportCancelled
from sellerdesk.store import shop_copy
from sellerdesk.store.standards import shop_status
from sellerdesk.store.store import Store

ORDERS_HEADER = [
    *("order_id", "order_date", "buyer", "total", "currency", "processing_min", "processing_max", "ship_by"),
    *("shipped_date", "tracking_number", "carrier", "delivered_date", "status", "digital", "custom"),
]


def orders_in(path: Path) -> int:
    conn = sqlite3.connect(path)  # through the -wal of a shop that is open
    try:
        return conn.execute("SELECT count(*) FROM orders").fetchone()[0]
    finally:
        conn.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def folder_names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@pytest.fixture
def shop(db_path: Path) -> Path:
    """A shop of 120 orders (one with a case) on disk, closed."""
    store = Store.open(db_path)
    add_orders(store, "o", 119, "2026-04-10", processing_max=2)
    add_order(store, "case", "2026-04-11")
    add_case(store, "case", "2026-04-20")
    store.close()
    return db_path


def test_a_backup_of_an_open_shop_is_the_shop_as_it_stood_while_another_connection_writes(shop, monkeypatch):
    monkeypatch.setattr(shop_copy, "STEP_PAGES", 1)  # many steps, so the write lands mid-copy
    store = Store.open(shop)  # the window's connection, open all along
    fractions: list[float] = []

    def progress(fraction: float, _text: str) -> None:
        if len(fractions) == 2:
            add_order(store, "written-meanwhile", "2026-05-01")  # commits while the copy runs
        fractions.append(fraction)

    target = backups.backup_shop(shop, "manual", progress=progress)
    assert orders_in(shop) == 121
    store.close()
    assert len(fractions) > 10 and fractions == sorted(fractions) and fractions[-1] == 1.0
    assert orders_in(target) == 120  # consistent: all of before, none of the write
    assert integrity(target) == "ok"
    assert target.parent == shop.parent / "backups"
    assert folder_names(target.parent) == [target.name]  # no -wal, -shm or half copy beside it
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_cancelling_a_backup_leaves_nothing(shop, monkeypatch):
    monkeypatch.setattr(shop_copy, "STEP_PAGES", 1)
    calls = []
    with pytest.raises(shop_copy.CopyCancelled):
        backups.backup_shop(shop, "manual", progress=lambda f, t: calls.append(f), cancelled=lambda: len(calls) > 3)
    assert folder_names(shop.parent / "backups") == []
    assert backups.list_backups(shop) == []


def test_backup_names_belong_to_their_shop_only(tmp_path):
    a, b = tmp_path / "shop.sellerdesk", tmp_path / "shop.old.sellerdesk"
    for path in (a, b):
        Store.open(path).close()
    made_a = backups.backup_shop(a, "manual", now=datetime(2026, 3, 1, 9, tzinfo=UTC))
    made_b = backups.backup_shop(b, "daily", now=datetime(2026, 3, 2, 9, tzinfo=UTC))
    (tmp_path / "backups" / "notes.txt").write_text("mine")
    assert [x.path for x in backups.list_backups(a)] == [made_a]
    assert [(x.path, x.reason, x.created) for x in backups.list_backups(b)] == [
        (made_b, "daily", datetime(2026, 3, 2, 9, tzinfo=UTC))
    ]
    assert made_a.name == "shop.20260301T090000000Z.manual.sellerdesk"


# -- rotation ---------------------------------------------------------------------------------------
def simulate_year(shop: Path, start: date, days: int) -> list[date]:
    """The window opened twice a day for `days` days; each opening makes the day's backup when due."""
    made = []
    for n in range(days):
        for hour in (8, 17):
            now = datetime.combine(start + timedelta(days=n), datetime.min.time(), UTC) + timedelta(hours=hour)
            if backups.daily_backup_due(shop, now, UTC):
                backups.backup_shop(shop, "daily", now=now, tz=UTC)
                made.append(now.date())
    return made


def test_rotation_over_a_simulated_year_keeps_7_days_4_weeks_12_months(shop):
    made = simulate_year(shop, date(2026, 1, 1), 365)
    assert len(made) == 365  # one a day, the second opening of each day made none
    kept = sorted(b.created.date() for b in backups.list_backups(shop))
    # 2026-12-31 is a Thursday: the last 7 days, the newest of ISO weeks 52, 51 (and 53, 50 with the
    # days), and the last day of each month (December's is the 31st)
    month_ends = [date(2026, m + 1, 1) - timedelta(days=1) for m in range(1, 12)]
    days = [date(2026, 12, d) for d in range(25, 32)]
    assert kept == sorted([*month_ends, date(2026, 12, 13), date(2026, 12, 20), *days])
    assert all(integrity(b.path) == "ok" for b in backups.list_backups(shop)[:2])


def test_rotation_numbers_are_the_shops_settings(shop, capsys):
    assert cli_main(["backup", "--db", str(shop), "--keep-daily", "2", "--keep-weekly", "0", "--keep-monthly", "1",
                     "--keep-last", "1"]) == 0  # fmt: skip
    assert (
        "Keeping the 1 newest backups and the newest of the last 2 days, 0 weeks and 1 months"
        in capsys.readouterr().out
    )
    store = Store.open(shop)
    assert backups.Retention.of(store) == backups.Retention(last=1, daily=2, weekly=0, monthly=1)
    store.close()
    simulate_year(shop, date(2026, 1, 1), 40)
    assert sorted(b.created.date() for b in backups.list_backups(shop)) == [date(2026, 2, 8), date(2026, 2, 9)]


def test_two_imports_on_one_day_can_both_be_undone(shop, tmp_path):
    for n in range(2):
        rows = [[f"new{n}", "2026-05-02", "Ann", "10.00", "USD", "", "", "", "", "", "", "", "open", "0", "0"]]
        write_csv(tmp_path / f"orders{n}.csv", ORDERS_HEADER, rows)
        store = Store.open(shop)
        importer.import_paths(store, [tmp_path / f"orders{n}.csv"])
        store.close()
    found = backups.list_backups(shop)
    assert [b.reason for b in found] == ["before-import", "before-import"]
    assert sorted(orders_in(b.path) for b in found) == [120, 121]
    assert orders_in(shop) == 122


# -- the backup before an import --------------------------------------------------------------------
def test_an_import_backs_the_shop_up_first_and_an_unchanged_one_does_not(shop, tmp_path, capsys):
    rows = [["new1", "2026-05-02", "Ann", "10.00", "USD", "", "", "", "", "", "", "", "open", "0", "0"]]
    csv_file = write_csv(tmp_path / "orders.csv", ORDERS_HEADER, rows)
    assert cli_main(["import", "--db", str(shop), str(csv_file)]) == 0
    found = backups.list_backups(shop)
    assert [b.reason for b in found] == ["before-import"]
    assert orders_in(found[0].path) == 120 and orders_in(shop) == 121
    assert cli_main(["import", "--db", str(shop), str(csv_file)]) == 0  # nothing changes: no backup
    assert len(backups.list_backups(shop)) == 1
    capsys.readouterr()


def test_write_plan_without_backup_and_a_new_shop_make_none(tmp_path):
    rows = [["n1", "2026-05-02", "Ann", "10.00", "USD", "", "", "", "", "", "", "", "open", "0", "0"]]
    (tmp_path / "in").mkdir()
    csv_file = write_csv(tmp_path / "in" / "orders.csv", ORDERS_HEADER, rows)
    assert cli_main(["import", "--db", str(tmp_path / "new.sellerdesk"), str(csv_file)]) == 0  # empty shop
    assert not (tmp_path / "backups").exists()
    store = Store.open(tmp_path / "new.sellerdesk")
    plan = importer.read_files([write_csv(tmp_path / "in" / "more.csv", ORDERS_HEADER, [["n2", *rows[0][1:]]])])
    try:
        assert importer.write_plan(store, plan, backup=False).written
    finally:
        plan.close()
        store.close()
    assert not (tmp_path / "backups").exists()


def test_cancel_during_the_backup_cancels_the_import(shop, tmp_path, monkeypatch):
    monkeypatch.setattr(shop_copy, "STEP_PAGES", 1)
    rows = [["new1", "2026-05-02", "Ann", "10.00", "USD", "", "", "", "", "", "", "", "open", "0", "0"]]
    csv_file = write_csv(tmp_path / "orders.csv", ORDERS_HEADER, rows)
    texts: list[str] = []
    store = Store.open(shop)
    with pytest.raises(ImportCancelled):
        importer.import_paths(
            store, [csv_file], lambda f, text: texts.append(text), lambda: texts.count("Backing up the shop") > 3
        )
    store.close()
    assert orders_in(shop) == 120
    assert folder_names(shop.parent / "backups") == []


# -- listing -----------------------------------------------------------------------------------------
def test_the_list_shows_each_backups_orders_and_odr_as_of_its_day(shop, capsys):
    made = backups.backup_shop(shop, "manual", now=datetime(2026, 6, 30, 10, tzinfo=UTC))
    store = Store.open(shop)
    odr = shop_status(store, date(2026, 6, 30))["odr"]
    add_orders(store, "later", 5, "2026-05-01")
    store.close()
    info = backups.list_backups(shop)[0]
    assert info.path == made and info.size == made.stat().st_size
    summary = backups.read_summary(info, UTC)
    assert (odr["problem_orders"], odr["orders"]) == (1, 120)
    assert summary.orders == 120 and summary.odr == "0.83% (1 of 120)"
    assert cli_main(["backup", "--db", str(shop), "--list"]) == 0
    out = capsys.readouterr().out
    assert "manual" in out and "120 orders" in out and "ODR 0.83% (1 of 120)" in out and made.name in out


# -- restore -----------------------------------------------------------------------------------------
def status_json(path: Path, capsys) -> dict:
    assert cli_main(["status", "--db", str(path), "--as-of", "2026-06-30", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_restore_puts_the_backup_back_and_keeps_the_current_file(shop, capsys):
    made = backups.backup_shop(shop, "manual")
    before_status = status_json(shop, capsys)
    store = Store.open(shop)
    store.delete("orders", "case")  # the mistake to undo
    add_orders(store, "late", 3, "2026-05-03")
    store.close()
    changed_status = status_json(shop, capsys)
    assert changed_status != before_status
    assert cli_main(["restore", "--db", str(shop), made.name]) == 0  # a name from `backup --list` will do
    out = capsys.readouterr().out
    assert f"Restored {shop} from {made}" in out
    assert status_json(shop, capsys) == before_status
    kept = [b for b in backups.list_backups(shop) if b.reason == "before-restore"]
    assert len(kept) == 1 and str(kept[0].path) in out
    assert orders_in(kept[0].path) == 122 and integrity(kept[0].path) == "ok"
    assert folder_names(shop.parent) == ["backups", shop.name]  # nothing staged or left over


def damage(path: Path) -> Path:
    """Overwrite a page in the middle of the file, as a failing disk would."""
    data = bytearray(path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    data[middle + 8 : middle + 4096] = bytes(range(256)) * 15 + bytes(range(256))[: 4096 - 8 - 15 * 256]
    path.write_bytes(bytes(data))
    return path


def cut_in_half(path: Path) -> Path:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    return path


def replaced_by_text(path: Path) -> Path:
    path.write_text("order_id,order_date\n1,2026-01-01\n")
    return path


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (damage, "failed its integrity check|is damaged"),
        (cut_in_half, "failed its integrity check|damaged"),
        (replaced_by_text, "damaged or not a shop file"),
    ],
    ids=["page overwritten", "cut in half", "a CSV file"],
)
def test_a_damaged_backup_is_refused_and_the_shop_left_alone(shop, capsys, spoil, message):
    made = spoil(backups.backup_shop(shop, "manual"))
    original = shop.read_bytes()
    assert cli_main(["restore", "--db", str(shop), str(made)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "it was not restored" in err or "Nothing was changed" in err
    assert re.search(message, err), err
    assert shop.read_bytes() == original
    assert [b.reason for b in backups.list_backups(shop)] == ["manual"]  # no before-restore copy either
    assert folder_names(shop.parent) == ["backups", shop.name]


def test_a_backup_from_a_newer_sellerdesk_is_refused(shop):
    made = backups.backup_shop(shop, "manual")
    conn = sqlite3.connect(made)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('s', 'm999_x', 'x')")
    conn.commit()
    conn.close()
    with pytest.raises(restore.BackupRefused, match="newer SellerDesk"):
        restore.restore_backup(shop, made)


def test_restore_refuses_while_another_program_has_the_shop_open(shop):
    made = backups.backup_shop(shop, "manual")
    other = Store.open(shop)
    add_order(other, "meanwhile", "2026-05-05")
    try:
        with pytest.raises(restore.ShopInUse, match="open in another program"):
            restore.restore_backup(shop, made)
        assert other.get("orders", "meanwhile") is not None
    finally:
        other.close()
    assert orders_in(shop) == 121
    assert [b.reason for b in backups.list_backups(shop)] == ["manual"]


def test_restore_onto_a_lost_shop_file(shop):
    made = backups.backup_shop(shop, "manual")
    shop.unlink()
    assert restore.restore_backup(shop, made) is None
    assert orders_in(shop) == 120


# -- modes ------------------------------------------------------------------------------------------
def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("shop_mode", [0o600, 0o640])
def test_a_backup_keeps_its_shops_mode_in_a_private_folder(shop, shop_mode):
    shop.chmod(shop_mode)
    made = backups.backup_shop(shop, "manual")
    assert mode(made) == shop_mode
    assert mode(made.parent) == 0o700
    before = restore.restore_backup(shop, made)
    assert before is not None and mode(before) == shop_mode and mode(shop) == shop_mode
