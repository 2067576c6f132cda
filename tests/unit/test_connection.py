"""store.connection.Database: execute, conn and close done directly as sqlite-utils does them, the rest of
sqlite-utils reached on first use, and sqlite-utils loaded without numpy on the loading thread only."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from sellerdesk.store.connection import Database, _NoNumpyHere, first_keyword
from sellerdesk.store.database import connect
from sellerdesk.store.migrations import STEP_NAMES, applied_names
from sellerdesk.store.store import Store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(tmp_path):
    db = Database(sqlite3.connect(tmp_path / "plain.db"))
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE)")
    yield db
    db.close()


def committed_names(path: Path) -> list[str]:
    """What another connection sees: only committed rows."""
    other = sqlite3.connect(path)
    try:
        return [name for (name,) in other.execute("SELECT name FROM t ORDER BY id")]
    finally:
        other.close()


def test_execute_with_and_without_parameters(db):
    db.execute("INSERT INTO t (name) VALUES ('a')")
    db.execute("INSERT INTO t (name) VALUES (?)", ["b"])
    db.execute("INSERT INTO t (name) VALUES (:name)", {"name": "c"})
    assert db.execute("SELECT name FROM t WHERE name > ?", ("a",)).fetchall() == [("b",), ("c",)]
    assert db.execute("SELECT count(*) FROM t").fetchone() == (3,)


def test_a_write_outside_a_transaction_is_committed_at_once(db, tmp_path):
    db.execute("INSERT INTO t (name) VALUES (?)", ["a"])
    assert not db.conn.in_transaction
    assert committed_names(tmp_path / "plain.db") == ["a"]


def test_a_write_inside_a_transaction_waits_for_its_commit(db, tmp_path):
    db.execute("BEGIN")  # left open: a transaction statement is not committed for the caller
    db.execute("INSERT INTO t (name) VALUES (?)", ["a"])
    assert db.conn.in_transaction
    assert committed_names(tmp_path / "plain.db") == []
    db.execute("COMMIT")
    assert committed_names(tmp_path / "plain.db") == ["a"]


def test_a_failed_write_leaves_no_transaction_open(db):
    db.execute("INSERT INTO t (name) VALUES (?)", ["a"])
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO t (name) VALUES (?)", ["a"])
    assert not db.conn.in_transaction


def test_first_keyword_skips_blanks_and_comments():
    assert first_keyword("  -- note\n /* more */ ;begin immediate") == "BEGIN"
    assert first_keyword("\ufeffSAVEPOINT s") == "SAVEPOINT"
    assert first_keyword("-- only a comment") == ""


def test_sqlite_utils_helpers_work_on_the_same_connection(db):
    db.execute("INSERT INTO t (name) VALUES ('a')")
    assert db.table_names() == ["t"]
    assert db.table("t").get(1) == {"id": 1, "name": "a"}
    assert db["t"].count == 1
    assert db.helpers.conn is db.conn and db.helpers is db.helpers  # made once
    assert db.execute("PRAGMA recursive_triggers").fetchone() == (1,)  # as sqlite-utils sets it


def test_atomic_commits_or_rolls_back_and_nests(db, tmp_path):
    with db.atomic() as same:
        assert same is db
        db.execute("INSERT INTO t (name) VALUES ('a')")
        with pytest.raises(ZeroDivisionError), db.atomic():  # a savepoint inside the transaction
            db.execute("INSERT INTO t (name) VALUES ('b')")
            raise ZeroDivisionError
    assert committed_names(tmp_path / "plain.db") == ["a"]


def test_private_names_are_not_looked_up_in_sqlite_utils(db):
    assert getattr(db, "_sellerdesk_flag", None) is None
    assert db._helpers is None  # nothing above needed sqlite-utils


def test_a_shop_created_and_migrated_from_scratch_works(tmp_path):
    store = Store.open(tmp_path / "new.sellerdesk")
    try:
        assert isinstance(store.db, Database)
        assert applied_names(store.db) == list(STEP_NAMES)
        assert store.shop()["name"] == "My shop"
        store.update_shop(name="Willow & Thread")
    finally:
        store.close()
    db = connect(tmp_path / "new.sellerdesk")
    try:
        assert db.execute("SELECT name FROM shops").fetchall() == [("Willow & Thread",)]
        assert db.execute("PRAGMA foreign_keys").fetchone() == (1,)
    finally:
        db.close()


def test_numpy_is_refused_to_the_loading_thread_only():
    finder = _NoNumpyHere()  # made on this thread: the one loading sqlite-utils
    with pytest.raises(ModuleNotFoundError):
        finder.find_spec("numpy")
    assert finder.find_spec("json") is None  # left to the other finders
    elsewhere: list[object] = []
    worker = threading.Thread(target=lambda: elsewhere.append(finder.find_spec("numpy")))
    worker.start()
    worker.join()
    assert elsewhere == [None]  # another thread imports numpy as usual


def test_opening_a_shop_and_reading_it_does_not_load_sqlite_utils(tmp_path):
    path = tmp_path / "shop.sellerdesk"
    Store.open(path).close()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from sellerdesk.store.store import Store\n"
        "store = Store.open(Path(sys.argv[1]))\n"
        "store.shop(); store.timezone(); store.close()\n"
        "print('sqlite_utils' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "False"
