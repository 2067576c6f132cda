"""Consistent copies of a shop file through SQLite's online backup API, and where backups live.

A copy is written to a hidden temporary file in the target folder and renamed into place once it
is complete and on disk, so a crash (or kill -9) never leaves a half-written backup under a backup's
name. The source is read inside one read transaction: in WAL mode other connections keep writing
meanwhile, and the copy is the shop as it stood when the copy began (SQLite would restart a
stepwise copy after every outside write without it).

Shop files hold buyers' names and addresses: new files and folders are private (0600 / 0700) and
a copy keeps its source's mode. The io layer (sellerdesk/io/backups.py) builds rotation, listing and
restore on top; this module sits in store because the copy made before a migration needs it.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
BACKUP_DIR = "backups"
#: pages copied per step of the backup API (64 MB at SQLite's 4 KB pages): progress and Cancel in between
STEP_PAGES = 16384
PARTIAL = ".partial"
#: The files SQLite may keep beside a database (its WAL and shared memory, or its rollback journal).
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def companions(path: Path | str) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in COMPANION_SUFFIXES]


def remove_with_companions(path: Path | str) -> None:
    for leftover in (Path(path), *companions(path)):
        leftover.unlink(missing_ok=True)


_STAMP = "%Y%m%dT%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)\.(?P<stamp>\d{8}T\d{6})(?P<ms>\d{3})Z\.(?P<reason>[a-z0-9_-]+?)(?:-(?P<n>\d+))?$")

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]


class CopyCancelled(Exception):
    """The copy was cancelled; nothing was left behind."""


def _never() -> bool:
    return False


def _quiet(fraction: float) -> None:
    """The default progress report: none."""


# -- names -----------------------------------------------------------------------------------------
def backups_folder(shop: Path) -> Path:
    """`backups/` beside the shop file."""
    return shop.parent / BACKUP_DIR


@dataclass(frozen=True)
class BackupName:
    path: Path
    created: datetime  # UTC
    reason: str


def backup_target(shop: Path, reason: str, now: datetime | None = None) -> Path:
    """A free name in the backups folder: `shop.20261130T082700123Z.daily.sellerdesk` (UTC, milliseconds)."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    folder = backups_folder(shop)
    base = f"{shop.stem}.{now.strftime(_STAMP)}{now.microsecond // 1000:03d}Z.{reason}"
    suffix = shop.suffix or ".sellerdesk"
    target, n = folder / f"{base}{suffix}", 1
    while target.exists():  # two backups in the same millisecond (tests with a fixed clock)
        n += 1
        target = folder / f"{base}-{n}{suffix}"
    return target


def parse_backup_name(shop: Path, path: Path) -> BackupName | None:
    """The backup of `shop` that `path` names, or None (another shop's backup, or any other file)."""
    suffix = shop.suffix or ".sellerdesk"
    if not path.name.endswith(suffix) or path.name.startswith("."):
        return None
    found = _NAME.match(path.name[: -len(suffix)])
    if found is None or found["stem"] != shop.stem:
        return None
    stamp = datetime.strptime(found["stamp"], _STAMP).replace(microsecond=int(found["ms"]) * 1000, tzinfo=UTC)
    return BackupName(path, stamp, found["reason"])


# -- modes -----------------------------------------------------------------------------------------
def private_folder(folder: Path) -> Path:
    """Create the folder (and missing parents) 0700; an existing folder keeps its mode."""
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, PRIVATE_DIR)
    return folder


def file_mode(path: Path) -> int:
    """The permission bits a copy of `path` gets: its own (never executable), 0600 when unknown."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode) & 0o666 or PRIVATE_FILE
    except OSError:
        return PRIVATE_FILE


def create_file(path: Path, mode: int = PRIVATE_FILE) -> None:
    """Create an empty file with exactly `mode` (whatever the umask); fails if it exists. SQLite gives
    the -journal, -wal and -shm files it makes beside a database the database file's mode."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, mode)
    try:
        os.fchmod(fd, mode)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform opens folders
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# -- copying ---------------------------------------------------------------------------------------
def copy_database(
    source: Path | sqlite3.Connection,
    target: Path,
    *,
    mode: int | None = None,
    progress: Progress = _quiet,
    cancelled: Cancelled = _never,
) -> Path:
    """Copy a database into `target` (a new file) with the backup API, stepwise with progress.

    `source` is a path (read by a connection of its own, in one read transaction) or an open
    connection (copied in one step: its own later writes cannot interleave). The copy is a
    self-contained file in rollback-journal mode, so reading it later creates no -wal or -shm.
    Its mode is `mode`, else the source file's. Raises CopyCancelled when `cancelled()` turns true.
    """
    target = Path(target)
    private_folder(target.parent)
    if mode is None:
        mode = file_mode(source) if isinstance(source, Path) else PRIVATE_FILE
    partial = target.with_name(f".{target.name}{PARTIAL}")
    remove_with_companions(partial)  # left by a copy that was killed
    create_file(partial, mode)
    try:
        dest = sqlite3.connect(str(partial))
        try:
            dest.execute("PRAGMA synchronous = OFF")  # one fsync of the finished file instead (below)
            dest.execute("PRAGMA locking_mode = EXCLUSIVE")  # nobody else opens a hidden, half-made copy
            if isinstance(source, sqlite3.Connection):
                source.backup(dest)
            else:
                _stepwise(source, dest, progress, cancelled)
            dest.execute("PRAGMA journal_mode = DELETE")  # the copy's header says WAL, like its source
        finally:
            dest.close()
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        remove_with_companions(partial)
        raise
    _sync_folder(target.parent)
    progress(1.0)
    return target


def _stepwise(source: Path, dest: sqlite3.Connection, progress: Progress, cancelled: Cancelled) -> None:
    if not source.is_file():
        raise FileNotFoundError(f"{source} does not exist")
    # read-write, though it only reads: a read-only connection would leave -wal and -shm behind
    conn = sqlite3.connect(str(source), isolation_level=None, timeout=10)
    try:
        conn.execute("PRAGMA mmap_size = 4294967296")  # pages read from the mapping, not a syscall each
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the read transaction starts here

        def step(_status: int, remaining: int, total: int) -> None:
            if cancelled():
                raise CopyCancelled()
            progress((total - remaining) / total if total else 1.0)

        conn.backup(dest, pages=STEP_PAGES, progress=step)
        conn.execute("COMMIT")
    finally:
        conn.close()
