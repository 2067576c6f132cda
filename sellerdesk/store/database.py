"""Opening a shop file: pragmas, the newer-version check, a copy before migrating, migrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from sellerdesk.store.migrations import migrations

SCHEMA_VERSION = len(migrations.pending(Database(memory=True)))


class Interrupts:
    """A connection's one progress handler (SQLite keeps one), asking every registered check.

    Callers that may cut a long query short (a worker whose answer went stale, a search with a
    time budget) add a check for as long as they need it; any True aborts the running statement
    with sqlite3.OperationalError "interrupted".
    """

    STEPS = 5000  # SQLite VM steps between calls (each a Python call: not too often)

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.checks: list[Callable[[], bool]] = []

    def _any(self) -> int:
        return 1 if any(check() for check in self.checks) else 0

    def add(self, check: Callable[[], bool]) -> None:
        self.checks.append(check)
        self.conn.set_progress_handler(self._any, self.STEPS)

    def remove(self, check: Callable[[], bool]) -> None:
        self.checks.remove(check)
        if not self.checks:
            self.conn.set_progress_handler(None, 0)

    @contextmanager
    def during(self, check: Callable[[], bool]) -> Iterator[None]:
        self.add(check)
        try:
            yield
        finally:
            self.remove(check)


def interrupts(db: Database) -> Interrupts:
    """The connection's Interrupts (made on first use)."""
    found = getattr(db, "_sellerdesk_interrupts", None)
    if found is None:
        found = Interrupts(db.conn)
        db._sellerdesk_interrupts = found  # type: ignore[attr-defined]
    return found


class StoreError(Exception):
    """A problem with the shop file that the user can act on; the message says what to do."""


class NewerDatabaseError(StoreError):
    pass


def connect(path: str | Path) -> Database:
    """A connection with SellerDesk's pragmas; no migration (for readers on other threads)."""
    try:
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=10)
        db = Database(conn, execute_plugins=False)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA temp_store = MEMORY")
        db.execute("PRAGMA cache_size = -16384")  # 16 MB a connection (was 64 MB: RSS at 1M orders)
        db.execute("PRAGMA mmap_size = 67108864")  # 64 MB (was 256 MB: mapped pages count in RSS)
    except sqlite3.DatabaseError as exc:
        raise StoreError(_explain(path, exc)) from exc
    return db


def open_database(path: str | Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) and bring the schema up to date; refuse newer files."""
    path = Path(path)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        _refuse_newer(path)
    db = connect(path)
    try:
        pending = migrations.pending(db)
        if migrate and pending:
            if existed and db.table_names():
                backup_copy(db, path, pending[0].name)
            migrations.apply(db)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except sqlite3.DatabaseError as exc:
        db.close()
        raise StoreError(_explain(path, exc)) from exc
    return db


def is_up_to_date(path: Path) -> bool:
    """Whether the shop file has every migration (so opening it changes nothing); refuses newer files."""
    _refuse_newer(path)
    conn = sqlite3.connect(str(path), timeout=10)
    try:
        return not migrations.pending(Database(conn, execute_plugins=False))
    except sqlite3.DatabaseError as exc:
        raise StoreError(_explain(path, exc)) from exc
    finally:
        conn.close()


def _refuse_newer(path: Path) -> None:
    """Check the version with a plain connection that only reads: connect() would switch the
    file to WAL, and a refused file must stay as it was."""
    try:
        conn = sqlite3.connect(str(path), timeout=10)
        try:
            db = Database(conn, execute_plugins=False)
            version = db.execute("PRAGMA user_version").fetchone()[0]
            applied = {m.name for m in migrations.applied(db)}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(_explain(path, exc)) from exc
    known = {m.name for m in migrations._migrations}
    if version > SCHEMA_VERSION or applied - known:
        raise NewerDatabaseError(
            f"{path} was written by a newer SellerDesk (schema version {version}; this "
            f"version knows up to {SCHEMA_VERSION}). Update SellerDesk to open it. "
            "The file was not changed."
        )


def backup_copy(db: Database, path: Path, label: str) -> Path:
    """Copy the file (consistently, through SQLite's backup API) before changing its schema."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-{label}-{stamp}{path.suffix or '.db'}")
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target


def _explain(path: str | Path, exc: sqlite3.DatabaseError) -> str:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return (
            f"{path} is in use by another program (the database is locked). "
            "Close the other SellerDesk window or program and try again."
        )
    if "not a database" in text or "malformed" in text:
        return (
            f"{path} is not a SellerDesk shop file or is damaged ({text}). "
            "Open another file, or restore it from a backup."
        )
    if "unable to open" in text:
        return f"{path} could not be opened ({text}). Check that the folder exists and is writable."
    return f"{path}: {text}"
