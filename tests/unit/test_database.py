"""Opening a shop file: pragmas, refusing newer files, a copy before migrating (DESIGN.md)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from shopkit import add_order

from sellerdesk.cli import main as cli_main
from sellerdesk.store.database import SCHEMA_VERSION, NewerDatabaseError, StoreError, connect, open_database
from sellerdesk.store.store import Store


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pragmas(store):
    db = store.db
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    reader = connect(store.path)
    try:
        assert reader.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert reader.execute("PRAGMA synchronous").fetchone()[0] == 2
    finally:
        reader.close()


def test_new_file_is_at_the_current_schema_version_without_a_backup(db_path):
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        conn.close()
    Store.open(db_path).close()  # reopening an up-to-date file copies nothing either
    assert not (db_path.parent / "backups").exists()
    assert sorted(p.name for p in db_path.parent.iterdir() if ".before-" in p.name) == []


def _written_by_newer(db_path: Path, journal_mode: str = "delete") -> None:
    store = Store.open(db_path)
    add_order(store, "a", "2026-05-01")
    store.close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA journal_mode = {journal_mode}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
def test_a_file_from_a_newer_sellerdesk_is_refused_and_left_alone(db_path, journal_mode):
    _written_by_newer(db_path, journal_mode)
    before, files = digest(db_path), sorted(p.name for p in db_path.parent.iterdir())
    with pytest.raises(NewerDatabaseError, match="newer SellerDesk") as caught:
        Store.open(db_path)
    assert str(db_path) in str(caught.value)
    assert "Update SellerDesk" in str(caught.value)
    assert digest(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == files


def test_a_file_with_a_migration_this_version_does_not_know_is_refused(db_path):
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('sellerdesk', 'm999_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(NewerDatabaseError):
        Store.open(db_path)


def test_cli_explains_a_newer_file(db_path, capsys):
    _written_by_newer(db_path)
    before = digest(db_path)
    assert cli_main(["status", "--db", str(db_path), "--as-of", "2026-06-30"]) == 1
    err = capsys.readouterr().err
    assert "newer SellerDesk" in err and "Traceback" not in err
    assert digest(db_path) == before


def test_migrating_an_older_file_copies_it_first(db_path):
    conn = sqlite3.connect(db_path)  # a file from before the first migration, with data in it
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('keep me')")
    conn.commit()
    conn.close()
    original = digest(db_path)
    store = Store.open(db_path)
    try:
        assert "orders" in store.db.table_names()
        assert store.db.execute("SELECT body FROM notes").fetchall() == [("keep me",)]
    finally:
        store.close()
    assert not [p for p in db_path.parent.iterdir() if ".before-" in p.name]  # the copy is a backup now:
    copies = [p for p in (db_path.parent / "backups").iterdir() if p.name.endswith(".before-m001_initial.sellerdesk")]
    assert len(copies) == 1 and copies[0].name.startswith("shop.")
    conn = sqlite3.connect(copies[0])
    try:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")] == ["notes"]
        assert conn.execute("SELECT body FROM notes").fetchall() == [("keep me",)]
    finally:
        conn.close()
    assert original  # the copy holds the pre-migration content, checked above


def test_a_file_that_is_not_a_database_gets_a_clear_message(db_path):
    db_path.write_bytes(b"this is a spreadsheet, not a shop" * 100)
    before = digest(db_path)
    with pytest.raises(StoreError, match="is a text file, not a SellerDesk shop file"):
        open_database(db_path)
    assert digest(db_path) == before


def test_missing_folder_is_created(tmp_path):
    path = tmp_path / "new" / "folder" / "shop.sellerdesk"
    Store.open(path).close()
    assert path.exists()
