"""Damaged, locked and read-only shop files (issue 9, items 5 and 8): one clear message, the file left
exactly as it was, no -wal, -shm or copy beside it; a read-only shop opens read-only."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from shopkit import add_order, write_csv

from sellerdesk.cli import main as cli_main
from sellerdesk.io.csv_import import TEMPLATES
from sellerdesk.store import database, holders
from sellerdesk.store.database import SCHEMA_VERSION, DamagedShopError, ShopLockedError, StoreError
from sellerdesk.store.store import ShopReadOnly, Store

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def good_shop(tmp_path_factory) -> Path:
    """A real shop of a few orders, checkpointed into one file."""
    path = tmp_path_factory.mktemp("good") / "good.sellerdesk"
    store = Store.open(path)
    for n in range(40):
        add_order(store, f"o{n}", f"2026-05-{n % 28 + 1:02d}")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_problem(kind: str, good: Path, folder: Path) -> Path:
    path = folder / "shop.sellerdesk"
    data = good.read_bytes()
    if kind == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif kind == "truncated header":
        path.write_bytes(data[:60])
    elif kind == "random bytes":
        path.write_bytes(os.urandom(len(data)))
    elif kind == "zero bytes":
        path.write_bytes(b"")
    elif kind == "text file":
        path.write_text("Sale Date,Order ID,Buyer\n03/04/21,1234,Ann\n", encoding="utf-8")
    elif kind == "directory":
        path.mkdir()
    elif kind == "newer":
        shutil.copyfile(good, path)
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.close()
    return path


CASES = {
    "truncated": "is damaged: the file is cut short",
    "truncated header": "is damaged: the file is cut short",
    "random bytes": "is not a SellerDesk shop file",
    "zero bytes": "is empty (0 bytes)",
    "text file": "is a text file, not a SellerDesk shop file",
    "directory": "is a folder, not a shop file",
    "newer": "written by a newer SellerDesk",
}


@pytest.mark.parametrize("kind", sorted(CASES))
def test_each_problem_file_is_refused_with_its_message_and_left_alone(kind, good_shop, tmp_path):
    path = make_problem(kind, good_shop, tmp_path)
    before = None if path.is_dir() else _digest(path)
    with pytest.raises(StoreError, match=re.escape(CASES[kind])) as caught:
        Store.open(path)
    assert "\n" not in str(caught.value) and str(path) in str(caught.value)
    assert _files(tmp_path) == ["shop.sellerdesk"]  # no -wal, -shm, nor copy before a migration
    if before is not None:
        assert _digest(path) == before


@pytest.mark.parametrize("kind", sorted(CASES))
def test_cli_says_each_problem_on_one_line_and_exits_1(kind, good_shop, tmp_path, capsys):
    path = make_problem(kind, good_shop, tmp_path)
    assert cli_main(["status", "--db", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and CASES[kind] in lines[0] and lines[0].startswith("sellerdesk: ")
    assert _files(tmp_path) == ["shop.sellerdesk"]


def test_damaged_files_are_damaged_shop_errors(good_shop, tmp_path):
    """The window offers "Restore a backup" for these: they are told apart from a newer or busy file."""
    for kind in ("truncated", "random bytes", "zero bytes", "text file", "directory"):
        folder = tmp_path / kind.replace(" ", "_")
        folder.mkdir()
        with pytest.raises(DamagedShopError):
            Store.open(make_problem(kind, good_shop, folder))


def test_a_shop_of_an_older_sqlite_page_size_is_not_called_cut_short(tmp_path):
    path = tmp_path / "big_pages.sellerdesk"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA page_size = 65536")
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    Store.open(path).close()  # migrated like any older file


# -- read-only ----------------------------------------------------------------------------------------


def _read_only(path: Path) -> None:
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)


@pytest.fixture
def read_only_file(good_shop, tmp_path):
    path = tmp_path / "shop.sellerdesk"
    shutil.copyfile(good_shop, path)
    _read_only(path)
    yield path
    path.chmod(0o600)


@pytest.fixture
def read_only_folder(good_shop, tmp_path):
    folder = tmp_path / "locked_folder"
    folder.mkdir()
    path = folder / "shop.sellerdesk"
    shutil.copyfile(good_shop, path)
    folder.chmod(0o555)
    yield path
    folder.chmod(0o755)


@pytest.mark.parametrize("where", ["read_only_file", "read_only_folder"])
def test_a_read_only_shop_opens_read_only_and_nothing_is_written(where, request):
    path: Path = request.getfixturevalue(where)
    before = _digest(path)
    store = Store.open(path)
    try:
        assert store.read_only
        assert store.db.execute("SELECT count(*) FROM orders").fetchone()[0] == 40
        with pytest.raises(ShopReadOnly, match="is read-only"):
            store.insert("saved_replies", {"title": "t", "body": "b"})
        with pytest.raises(ShopReadOnly), store.write("orders"):
            pass
        assert _files(path.parent) == ["shop.sellerdesk"]  # not even while open
    finally:
        store.close()
    assert _files(path.parent) == ["shop.sellerdesk"] and _digest(path) == before


def test_readers_on_workers_open_a_read_only_shop_read_only(read_only_folder):
    """The dashboard's and the tables' workers call connect() without asking: nothing is switched or left."""
    before = _digest(read_only_folder)
    reader = database.connect(read_only_folder)
    try:
        assert database.is_read_only_database(reader)
        assert reader.execute("SELECT count(*) FROM orders").fetchone()[0] == 40
    finally:
        reader.close()
    assert _files(read_only_folder.parent) == ["shop.sellerdesk"] and _digest(read_only_folder) == before


def test_a_read_only_shop_with_changes_still_in_its_wal_shows_them(good_shop, tmp_path):
    """A writer that stopped without a checkpoint leaves recent orders in -wal: reading must see them."""
    path = tmp_path / "shop.sellerdesk"
    shutil.copyfile(good_shop, path)
    script = (
        "import sqlite3, os, sys\n"
        f"c = sqlite3.connect({str(path)!r})\n"
        "c.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "c.execute(\"UPDATE orders SET buyer = 'late' WHERE order_id = 'o1'\")\n"
        "c.commit()\n"
        "os._exit(0)\n"  # no close: the change stays in the -wal
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    assert (tmp_path / "shop.sellerdesk-wal").stat().st_size > 0
    _read_only(path)
    try:
        store = Store.open(path)
        try:
            assert store.read_only
            assert store.get("orders", "o1")["buyer"] == "late"
        finally:
            store.close()
    finally:
        path.chmod(0o600)


def test_an_older_read_only_shop_is_refused_not_migrated(tmp_path):
    path = tmp_path / "old.sellerdesk"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    _read_only(path)
    try:
        with pytest.raises(StoreError, match="read-only and was made by an older SellerDesk"):
            Store.open(path)
        assert _files(tmp_path) == ["old.sellerdesk"]
    finally:
        path.chmod(0o600)


def test_cli_status_of_a_read_only_shop_works_and_leaves_nothing(read_only_folder, capsys):
    assert cli_main(["status", "--db", str(read_only_folder), "--json", "--as-of", "2026-06-30"]) == 0
    assert '"odr"' in capsys.readouterr().out
    assert _files(read_only_folder.parent) == ["shop.sellerdesk"]


def test_cli_import_into_a_read_only_shop_says_so(read_only_file, tmp_path, capsys):
    header = next(t.header for t in TEMPLATES if t.kind == "orders")
    row = ["N1", "2026-05-02", "", "10.00", "USD", "", "", "", "", "", "", "", "open", "0", "0"]
    orders = write_csv(tmp_path / "orders.csv", header, [row])
    before = _digest(read_only_file)
    code = cli_main(["import", "--db", str(read_only_file), str(orders)])
    err = capsys.readouterr().err
    assert code == 1 and "is read-only" in err and "Traceback" not in err, err
    assert _digest(read_only_file) == before


# -- busy ---------------------------------------------------------------------------------------------


@pytest.fixture
def held_by_sqlite3(good_shop, tmp_path, monkeypatch):
    """The sqlite3 command line holding the shop with an exclusive lock, as a seller poking at it would."""
    if shutil.which("sqlite3") is None:
        pytest.skip("the sqlite3 command line is not installed")
    monkeypatch.setattr(database, "BUSY_WAIT_S", 0.3)
    path = tmp_path / "shop.sellerdesk"
    shutil.copyfile(good_shop, path)
    proc = subprocess.Popen(["sqlite3", str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdin and proc.stdout
    proc.stdin.write("PRAGMA locking_mode = EXCLUSIVE;\nBEGIN EXCLUSIVE;\nSELECT 'held';\n")
    proc.stdin.flush()
    while proc.stdout.readline().strip() != "held":  # sqlite3 echoes the pragma's answer first
        pass
    yield path, proc
    proc.stdin.write("ROLLBACK;\n.quit\n")
    proc.stdin.close()
    proc.wait(timeout=30)
    proc.stdout.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc names the holder on Linux only")
def test_a_busy_shop_waits_then_names_the_program_holding_it(held_by_sqlite3, capsys):
    path, proc = held_by_sqlite3
    started = time.monotonic()
    with pytest.raises(ShopLockedError, match=rf"in use by sqlite3 \(process {proc.pid}\)"):
        Store.open(path)
    assert time.monotonic() - started >= 0.3  # it waited its turn first
    assert cli_main(["status", "--db", str(path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "in use by sqlite3" in err[0]


def test_holders_names_programs_from_proc(tmp_path):
    """A fake /proc: sellerdesk run three ways, sqlite3, DB Browser, a program merely naming the file."""
    shop = tmp_path / "shop.sellerdesk"
    shop.write_bytes(b"")
    proc = tmp_path / "proc"

    def process(pid: int, comm: str, argv: list[str], opened: str | None) -> None:
        folder = proc / str(pid)
        (folder / "fd").mkdir(parents=True)
        (folder / "comm").write_text(comm + "\n")
        (folder / "cmdline").write_bytes(b"\0".join(a.encode() for a in argv) + b"\0")
        if opened:
            (folder / "fd" / "3").symlink_to(opened)

    process(10, "python3", ["/usr/bin/python3", "-m", "sellerdesk"], str(shop))
    process(11, "sellerdesk", ["/usr/bin/python3", "/usr/local/bin/sellerdesk"], f"{shop}-wal")
    process(12, "sqlite3", ["sqlite3", str(shop)], str(shop))
    process(13, "sqlitebrowser", ["sqlitebrowser", str(shop)], f"{shop}-shm")
    process(14, "vim", ["vim", str(shop)], None)  # names the file, does not hold it
    process(15, "less", ["less", "other.txt"], str(tmp_path / "other.txt"))
    found = holders.holders(shop, proc)
    assert [(h.pid, h.name) for h in found] == [
        (10, "another SellerDesk"),
        (11, "another SellerDesk"),
        (12, "sqlite3"),
        (13, "DB Browser for SQLite"),
    ]
    assert holders.describe_holders(tmp_path / "nobody.sellerdesk", proc) == "another program"
    assert holders.describe_holders(shop, tmp_path / "no_proc") == "another program"


# -- output ------------------------------------------------------------------------------------------


def _sellerdesk(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "sellerdesk", *args], env=env, timeout=120, check=False, **kwargs)


def test_status_into_a_closed_pipe_says_nothing(good_shop):
    """`sellerdesk status --json | head -1` once head has gone: no traceback."""
    reader, writer = os.pipe()
    os.close(reader)
    try:
        result = _sellerdesk(["status", "--db", str(good_shop), "--json"], stdout=writer, stderr=subprocess.PIPE)
    finally:
        os.close(writer)
    assert result.stderr == b""
    assert result.returncode == 1


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_status_onto_a_full_disk_says_so_on_one_line(good_shop):
    with open("/dev/full", "w") as full:
        result = _sellerdesk(["status", "--db", str(good_shop)], stdout=full, stderr=subprocess.PIPE)
    err = result.stderr.decode().splitlines()
    assert result.returncode == 1
    assert err == ["sellerdesk: cannot write the output: No space left on device. Free some space and try again."]


# -- two writers ------------------------------------------------------------------------------------


def _orders_csv(folder: Path, order_id: str) -> Path:
    header = next(t.header for t in TEMPLATES if t.kind == "orders")
    row = [order_id, "2026-05-02", "", "10.00", "USD", "", "", "", "", "", "", "", "open", "0", "0"]
    return write_csv(folder / f"{order_id}.csv", header, [row])


@pytest.fixture
def writer(good_shop, tmp_path):
    """Another import writing: a process holding the shop's write lock, for `hold` seconds (None: until the end)."""
    path = tmp_path / "shop.sellerdesk"
    shutil.copyfile(good_shop, path)
    procs: list[subprocess.Popen] = []

    def start(hold: float | None) -> subprocess.Popen:
        script = (
            "import sqlite3, sys, time\n"
            f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\n"
            "c.execute(\"UPDATE orders SET note = 'first import' WHERE order_id = 'o1'\")\n"
            "print('held', flush=True)\n"
            f"time.sleep({hold if hold is not None else 3600})\n"
            "c.execute('COMMIT')\n"
        )
        proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
        procs.append(proc)
        assert proc.stdout and proc.stdout.readline().strip() == "held"
        return proc

    yield path, start
    for proc in procs:
        proc.kill()
        proc.wait(timeout=30)
        assert proc.stdout
        proc.stdout.close()


def test_a_second_import_waits_its_turn_then_succeeds(writer, tmp_path, capsys):
    path, start = writer
    first = start(hold=1.0)
    assert cli_main(["import", "--db", str(path), str(_orders_csv(tmp_path, "SECOND"))]) == 0
    assert first.wait(timeout=30) == 0
    store = Store.open(path)
    try:
        assert store.get("orders", "o1")["note"] == "first import"  # both landed, one after the other
        assert store.get("orders", "SECOND") is not None
    finally:
        store.close()
    assert "orders: 1 new" in capsys.readouterr().out


def test_an_import_into_a_shop_that_stays_busy_says_so_on_one_line(writer, tmp_path, capsys, monkeypatch):
    path, start = writer
    monkeypatch.setattr(database, "WRITE_WAIT_S", 0.3)
    holder = start(hold=None)
    assert cli_main(["import", "--db", str(path), str(_orders_csv(tmp_path, "LATE"))]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "is busy" in err[0] and "nothing was changed" in err[0], err
    if sys.platform.startswith("linux"):
        assert f"process {holder.pid}" in err[0]
    holder.kill()
    holder.wait(timeout=30)
    store = Store.open(path)
    try:
        assert store.get("orders", "LATE") is None
    finally:
        store.close()


# -- new shops ---------------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "fchmod"), reason="POSIX file modes")
def test_a_new_shop_is_private_whatever_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        path = tmp_path / "new" / "shop.sellerdesk"
        store = Store.open(path)
        try:
            modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in path.parent.iterdir()}
        finally:
            store.close()
    finally:
        os.umask(old)
    assert modes == {"shop.sellerdesk": 0o600, "shop.sellerdesk-wal": 0o600, "shop.sellerdesk-shm": 0o600}
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_a_shop_whose_creation_fails_leaves_no_file(tmp_path, monkeypatch):
    def disk_full(db):  # noqa: ANN001
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(database, "apply_pending", disk_full)
    path = tmp_path / "shop.sellerdesk"
    with pytest.raises(StoreError, match="disk is full"):
        Store.open(path)
    assert _files(tmp_path) == []
