"""Opening a shop file: pragmas, the newer-version check, a copy before migrating, migrations."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sellerdesk.store.connection import Database
from sellerdesk.store.migrations import STEP_NAMES, applied_names, apply_pending, pending_names
from sellerdesk.store.shop_copy import (
    PRIVATE_FILE,
    backup_target,
    companions,
    copy_database,
    create_file,
    file_mode,
    private_folder,
    remove_with_companions,
)

#: How many migrations this version knows (each shop file records its count in PRAGMA user_version).
SCHEMA_VERSION = len(STEP_NAMES)


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


class DamagedShopError(StoreError):
    """The file is not a shop SellerDesk can read: empty, cut short, not SQLite, a folder, unreadable."""


class ShopLockedError(StoreError):
    """Another program held the shop for longer than opening waits."""


#: How long opening waits for another program's lock before saying who holds it (seconds).
BUSY_WAIT_S = 5.0
#: How long a write waits for another program's write to finish (an import in another window or process).
WRITE_WAIT_S = 10.0
#: Every SQLite file starts with these bytes (sqlite.org/fileformat.html, "The Database Header").
SQLITE_MAGIC = b"SQLite format 3\x00"
#: What opening found out about a shop file, kept on its connection.
READ_ONLY_FLAG = "_sellerdesk_read_only"


def connect(path: str | Path, *, read_only: bool | None = None) -> Database:
    """A connection with SellerDesk's pragmas; no migration (for readers on other threads).

    A read-only shop is opened through a `mode=ro` URI and switches nothing (no WAL, no -shm). Unless told,
    a shop is read-only when the user may not write it or its folder (the readers on workers need not ask)."""
    if read_only is None:
        read_only = str(path) != ":memory:" and Path(path).exists() and is_read_only_file(Path(path))
    try:
        if read_only:
            conn = sqlite3.connect(_reading_uri(Path(path)), uri=True, check_same_thread=False, timeout=WRITE_WAIT_S)
        else:
            conn = sqlite3.connect(str(path), check_same_thread=False, timeout=WRITE_WAIT_S)
        db = Database(conn)
        db.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA temp_store = MEMORY")
        db.execute("PRAGMA cache_size = -16384")  # 16 MB a connection (was 64 MB: RSS at 1M orders)
        db.execute("PRAGMA mmap_size = 67108864")  # 64 MB (was 256 MB: mapped pages count in RSS)
    except sqlite3.DatabaseError as exc:
        raise StoreError(_explain(path, exc)) from exc
    setattr(db, READ_ONLY_FLAG, read_only)
    return db


def is_read_only_database(db: Database) -> bool:
    """Whether `db` was opened read-only (connect(read_only=True) or open_database on a read-only file)."""
    return bool(getattr(db, READ_ONLY_FLAG, False))


def open_database(path: str | Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) and bring the schema up to date; refuse newer, damaged or busy files.

    A file the user may not write (or in a folder they may not write) opens read-only, unmigrated:
    nothing is written, and no -wal, -shm or copy is left beside it."""
    path = Path(path)
    if str(path) != ":memory:" and not path.exists():
        return _create(path)
    if str(path) != ":memory:":
        check_shop_file(path)
        _refuse_newer(path)
        if is_read_only_file(path):
            return _open_read_only(path)
    db = connect(path)
    try:
        pending = pending_names(db)
        if migrate and pending:
            if db.table_names():
                backup_copy(db, path, pending[0])
            apply_pending(db)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except sqlite3.DatabaseError as exc:
        db.close()
        raise _store_error(path, exc) from exc
    return db


def _create(path: Path) -> Database:
    """A new shop: the folder made 0700 if new, the file created 0600 before SQLite opens it (SQLite gives
    the -wal and -shm the file's mode), since it will hold buyers' names and addresses. A creation that
    fails leaves no file behind (an empty one would read as a damaged shop)."""
    try:
        private_folder(path.parent)
    except OSError as exc:
        raise StoreError(f"Cannot create the folder {path.parent} ({exc.strerror}). Choose another place.") from None
    if not _writable(path.parent):
        raise StoreError(
            f"Cannot create {path}: the folder {path.parent} is read-only. Choose a folder you can write to."
        )
    try:
        if hasattr(os, "fchmod"):  # POSIX; elsewhere the folder's access rules apply
            create_file(path, PRIVATE_FILE)
        db = connect(path, read_only=False)
    except (OSError, StoreError) as exc:
        remove_with_companions(path)
        if isinstance(exc, StoreError):
            raise
        raise StoreError(f"Cannot create {path} ({exc.strerror}). Choose another place.") from None
    try:
        apply_pending(db)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except BaseException as exc:
        db.close()
        remove_with_companions(path)
        if isinstance(exc, sqlite3.DatabaseError):
            raise _store_error(path, exc) from exc
        raise
    return db


def _open_read_only(path: Path) -> Database:
    db = connect(path, read_only=True)
    try:
        pending = pending_names(db)
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # reads through the -wal, if any
    except sqlite3.DatabaseError as exc:
        db.close()
        raise _store_error(path, exc) from exc
    if pending:
        db.close()
        raise StoreError(
            f"{path} is read-only and was made by an older SellerDesk: it needs an upgrade that cannot be "
            "written. Make the file and its folder writable, or open a copy of it."
        )
    return db


def is_read_only_file(path: Path) -> bool:
    """The user may not write the file, or the folder its -wal and -shm would go in.

    A file whose write bits are all cleared counts as read-only even for an administrator (root
    writes anyway): the owner marked it so (Windows' read-only attribute reads the same way)."""
    return not _writable(path) or not _writable(path.parent)


def _writable(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return os.access(path, os.W_OK) and bool(mode & 0o222)


def check_shop_file(path: Path) -> None:
    """Refuse what SQLite would open wrongly or explain badly: a folder, an empty, unreadable, text or
    cut-short file. Reads the first 4 KB only, so it costs nothing on a big shop."""
    if path.is_dir():
        raise DamagedShopError(f"{path} is a folder, not a shop file. Open the shop file inside it, or another file.")
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(4096)
    except PermissionError:
        raise DamagedShopError(
            f"{path} cannot be read: permission denied. Ask for read access, or open another shop file."
        ) from None
    except OSError as exc:
        raise DamagedShopError(f"{path} cannot be read ({exc.strerror}). Open another shop file.") from None
    if size == 0:
        raise DamagedShopError(
            f"{path} is empty (0 bytes): it holds no shop, perhaps cut short while it was copied. "
            "Restore a backup, or open another shop file."
        )
    if not head.startswith(SQLITE_MAGIC):
        if _looks_like_text(head):
            raise DamagedShopError(
                f"{path} is a text file, not a SellerDesk shop file. Open your shop file instead; "
                "Etsy downloads and CSV files are brought in with File > Import (or `sellerdesk import`)."
            )
        raise DamagedShopError(
            f"{path} is not a SellerDesk shop file (it is not an SQLite database), or it is damaged. "
            "Restore a backup, or open another shop file."
        )
    expected = _expected_size(head)
    busy = any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-journal"))
    if expected is None or (size < expected and not busy):  # (a checkpoint or transaction may be under way)
        shown = f"{size:,} of {expected:,} bytes" if expected else f"{size:,} bytes, an unreadable header"
        raise DamagedShopError(
            f"{path} is damaged: the file is cut short ({shown}). Restore a backup, or open another shop file."
        )


def _expected_size(head: bytes) -> int | None:
    """The file's size by its own header (page size x page count), 0 when the header does not say,
    None when the header itself is cut short or impossible."""
    if len(head) < 100:
        return None
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return None
    pages = int.from_bytes(head[28:32], "big")
    valid = head[24:28] == head[92:96]  # the page count is only valid when written with the change counter
    return pages * page_size if valid and pages else 0


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return head.startswith((b"\xff\xfe", b"\xfe\xff"))  # UTF-16 text (Excel's "Unicode Text")
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start > len(head) - 4  # a character cut by the 4 KB limit
    return True


def _reading_uri(path: Path) -> str:
    """A `mode=ro` URI for reading without changing anything. With no companion file beside the shop
    (nobody has it open, nothing left to recover) it is also `immutable`: SQLite then creates no
    -wal or -shm, which it could neither use nor remove in a read-only folder."""
    uri = path.absolute().as_uri() + "?mode=ro"
    if not any(c.exists() for c in companions(path)):
        uri += "&immutable=1"
    return uri


def is_up_to_date(path: Path) -> bool:
    """Whether the shop file has every migration (so opening it changes nothing); refuses newer files."""
    check_shop_file(path)
    applied = _refuse_newer(path)
    return not set(STEP_NAMES) - applied


def _refuse_newer(path: Path) -> set[str]:
    """Check the version with a read-only connection: connect() would switch the file to WAL, and a
    refused file must stay as it was (no -wal or -shm left beside it). Returns the migrations applied."""
    try:
        conn = sqlite3.connect(_reading_uri(path), uri=True, timeout=BUSY_WAIT_S)
        try:
            db = Database(conn)
            version = db.execute("PRAGMA user_version").fetchone()[0]
            applied = set(applied_names(db))
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise _store_error(path, exc) from exc
    if version > SCHEMA_VERSION or applied - set(STEP_NAMES):
        raise NewerDatabaseError(
            f"{path} was written by a newer SellerDesk (schema version {version}; this "
            f"version knows up to {SCHEMA_VERSION}). Update SellerDesk to open it. "
            "The file was not changed."
        )
    return applied


def backup_copy(db: Database, path: Path, label: str) -> Path:
    """Back up the file (consistently, through SQLite's backup API) before changing its schema: an
    ordinary backup in the `backups/` folder beside it, rotated like the others, with the file's mode."""
    return copy_database(db.conn, backup_target(path, f"before-{label}"), mode=file_mode(path))


def _store_error(path: str | Path, exc: sqlite3.DatabaseError) -> StoreError:
    if _is_busy(exc):
        return ShopLockedError(_explain(path, exc))
    if any(word in str(exc) for word in ("not a database", "malformed", "disk I/O")):
        return DamagedShopError(_explain(path, exc))
    return StoreError(_explain(path, exc))


def _is_busy(exc: BaseException) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def _explain(path: str | Path, exc: sqlite3.DatabaseError) -> str:
    text = str(exc)
    if _is_busy(exc):
        from sellerdesk.store.holders import describe_holders

        return (
            f"{path} is in use by {describe_holders(path)}, still busy after waiting. "
            "Close that program (or wait for it to finish) and try again."
        )
    if "not a database" in text or "malformed" in text:
        return (
            f"{path} is not a SellerDesk shop file or is damaged ({text}). Restore a backup, or open another shop file."
        )
    if "unable to open" in text or "readonly" in text:
        return f"{path} could not be opened ({text}). Check that the file and its folder can be read and written."
    return f"{path}: {text}"
