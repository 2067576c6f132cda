"""Privacy (issue 9): what SellerDesk writes holds buyers' names and addresses. Run as the user runs it (the
`sellerdesk` command, here from a parent whose umask is the usual 022), shop files and their -wal/-shm,
backups, exports and reports are 0600 and new folders 0700; a copy keeps its source's mode."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from shopkit import add_order

from sellerdesk.io import backups, restore
from sellerdesk.store.store import Store


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The test process runs with umask 022, like a desktop session: a test cannot pass because of it."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def sellerdesk(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "sellerdesk", *args], capture_output=True, text=True, env=env,
                          timeout=300, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done


def test_the_command_line_makes_a_private_shop_folder_shop_and_backups(tmp_path):
    shop = tmp_path / "data" / "SellerDesk" / "shop.sellerdesk"  # the data folder does not exist yet
    sellerdesk("demo", "--db", str(shop), "--orders", "60", "--as-of", "2026-06-30")
    assert mode(shop) == 0o600
    assert mode(shop.parent) == 0o700 and mode(shop.parent.parent) == 0o700
    sellerdesk("backup", "--db", str(shop))
    sellerdesk("backup", "--db", str(shop), "--to", str(tmp_path / "elsewhere.sellerdesk"))
    (made,) = backups.list_backups(shop)
    assert mode(made.path) == 0o600 and mode(made.path.parent) == 0o700
    assert mode(tmp_path / "elsewhere.sellerdesk") == 0o600

    store = Store.open(shop)  # open: SQLite gives the -wal and -shm the shop file's mode
    try:
        add_order(store, "new", "2026-06-01")
        companions = [Path(f"{shop}{suffix}") for suffix in ("-wal", "-shm")]
        assert all(p.exists() and mode(p) == 0o600 for p in companions)
    finally:
        store.close()


def test_exports_reports_and_the_backup_before_an_import_are_private(tmp_path):
    shop = tmp_path / "shop.sellerdesk"
    sellerdesk("demo", "--db", str(shop), "--orders", "60", "--as-of", "2026-06-30")
    out = tmp_path / "export"
    sellerdesk("export", "--db", str(shop), "--out", str(out))
    written = [p for p in out.rglob("*") if p.is_file()]
    assert written and all(mode(p) == 0o600 for p in written)
    assert mode(out) == 0o700
    report = tmp_path / "june.pdf"
    sellerdesk("report", "--db", str(shop), "--month", "2026-06", "--out", str(report))
    assert mode(report) == 0o600
    sellerdesk("import", "--db", str(shop), str(out / "sellerdesk-orders.csv"), str(out / "sellerdesk-reviews.csv"))
    for backup in backups.list_backups(shop):
        assert mode(backup.path) == 0o600, backup.reason


@pytest.mark.parametrize("shop_mode", [0o600, 0o640, 0o644])
def test_a_copy_keeps_its_sources_mode_whatever_the_umask(db_path, shop_mode):
    Store.open(db_path).close()
    db_path.chmod(shop_mode)
    made = backups.backup_shop(db_path, "manual")
    assert mode(made) == shop_mode
    assert mode(made.parent) == 0o700  # the folder is new: private
    before = restore.restore_backup(db_path, made)
    assert before is not None and mode(before) == shop_mode and mode(db_path) == shop_mode
