"""Backups of a shop file (issue 9): made with SQLite's online backup API while the shop is open, kept in
`backups/` beside the shop, rotated, listed with their figures. Restoring one is sellerdesk/io/restore.py.

When backups are made: before every import that changes something (importer.write_plan), before every
migration (store/database.py backup_copy), once a day when the window opens a shop, and on request
(File > Back up now…, `sellerdesk backup`). A backup is an ordinary shop file,
`shop.20261130T082700123Z.daily.sellerdesk` (UTC time, then why it was made).

Rotation keeps, like restic's `forget`, the newest backup of each of the last 7 days that have one, of
the last 4 ISO weeks, of the last 12 months, and the 5 newest of all (so two imports on one day can both
be undone); the rest is deleted. The numbers are per shop, in the shop's settings table (`backup_keep_*`),
because the command line rotates too and a shop copied to another computer keeps its policy.

Nothing here reads the wall clock or the local time zone when the caller passes `now` and `tz`.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from datetime import date, datetime, tzinfo
from pathlib import Path

from sellerdesk.core.standards import format_percent
from sellerdesk.io.callbacks import Cancelled, Progress, never, quiet
from sellerdesk.store import shop_copy
from sellerdesk.store.connection import Database
from sellerdesk.store.database import StoreError
from sellerdesk.store.shop_copy import CopyCancelled, backups_folder, copy_database, parse_backup_name
from sellerdesk.store.standards import shop_status
from sellerdesk.store.store import Store

__all__ = [
    "BackupInfo",
    "BackupSummary",
    "CopyCancelled",
    "Retention",
    "backup_before",
    "backup_shop",
    "daily_backup_due",
    "kept",
    "list_backups",
    "read_summary",
    "retention_of",
    "rotate",
]


# -- rotation --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Retention:
    """How many backups rotation keeps: the newest `last`, and the newest of each of the last `daily`
    days, `weekly` ISO weeks and `monthly` months that have backups."""

    last: int = 5
    daily: int = 7
    weekly: int = 4
    monthly: int = 12

    @classmethod
    def of(cls, store: Store) -> Retention:
        values = {}
        for f in fields(cls):
            text = store.setting(f"backup_keep_{f.name}")
            if text is not None and text.strip().isdigit():
                values[f.name] = int(text)
        return cls(**values)

    def save(self, store: Store) -> None:
        with store.write("settings"):
            for f in fields(self):
                store.set_setting(f"backup_keep_{f.name}", str(getattr(self, f.name)))


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # aware, UTC
    reason: str  # daily, manual, before-import, before-restore, before-m009_order_search_index...
    size: int  # bytes

    def local(self, tz: tzinfo | None = None) -> datetime:
        return self.created.astimezone(tz)


def list_backups(shop: Path) -> list[BackupInfo]:
    """The shop's backups in its backups folder, newest first (other files there are left out)."""
    folder = backups_folder(shop)
    if not folder.is_dir():
        return []
    found = []
    try:
        for path in folder.iterdir():
            name = parse_backup_name(shop, path)
            if name is not None and path.is_file():
                found.append(BackupInfo(path, name.created, name.reason, path.stat().st_size))
    except OSError:  # an unreadable folder, or a file deleted meanwhile: what could be listed
        pass
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def kept(backups: Iterable[BackupInfo], retention: Retention, tz: tzinfo | None = None) -> set[Path]:
    """The backups rotation keeps (restic's rule: for each of the last N days, weeks or months that
    have a backup, its newest one)."""
    newest_first = sorted(backups, key=lambda b: (b.created, b.path.name), reverse=True)
    keep = {b.path for b in newest_first[: retention.last]}

    def by(bucket: Callable[[date], object], limit: int) -> None:
        seen: set[object] = set()
        for backup in newest_first:
            key = bucket(backup.local(tz).date())
            if key not in seen and len(seen) < limit:
                seen.add(key)
                keep.add(backup.path)

    by(lambda d: d, retention.daily)
    by(lambda d: d.isocalendar()[:2], retention.weekly)
    by(lambda d: (d.year, d.month), retention.monthly)
    return keep


def rotate(shop: Path, retention: Retention, tz: tzinfo | None = None) -> list[Path]:
    """Delete the backups rotation does not keep, and copies a crash left half made; returns the deleted."""
    backups = list_backups(shop)
    keep = kept(backups, retention, tz)
    deleted = []
    for path in [b.path for b in backups if b.path not in keep]:
        with contextlib.suppress(OSError):  # one that cannot be deleted now goes at the next rotation
            path.unlink(missing_ok=True)
            deleted.append(path)
    with contextlib.suppress(OSError):
        for path in backups_folder(shop).glob(f".{shop.stem}.*{shop_copy.PARTIAL}"):
            if _age_s(path) > 3600:  # a copy running now is younger
                path.unlink(missing_ok=True)
    return deleted


def _age_s(path: Path) -> float:
    try:
        return datetime.now().timestamp() - path.stat().st_mtime
    except OSError:
        return 0.0


# -- making backups --------------------------------------------------------------------------------
def backup_shop(
    shop: Path,
    reason: str = "manual",
    *,
    to: Path | None = None,
    progress: Progress = quiet,
    cancelled: Cancelled = never,
    now: datetime | None = None,
    tz: tzinfo | None = None,
    retention: Retention | None = None,
) -> Path:
    """Back up the shop file (open or not) into its backups folder and rotate them, or into `to`
    (a file of the user's choosing: not rotated). The copy keeps the shop file's mode."""
    shop = Path(shop)
    if not shop.is_file():
        raise StoreError(f"{shop} does not exist. Check the path; there is nothing to back up.")
    target = Path(to) if to is not None else shop_copy.backup_target(shop, reason, now)
    if to is not None and target.exists():
        raise StoreError(f"{target} already exists. Choose a new file name for the backup.")
    progress(0.0, "Backing up the shop")
    try:
        copy_database(shop, target, progress=lambda f: progress(f, "Backing up the shop"), cancelled=cancelled)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{shop} could not be backed up ({exc}). Check the file, and the free disk space.") from None
    except OSError as exc:
        raise StoreError(f"Cannot write the backup {target}: {exc.strerror or exc}.") from None
    if to is None:
        rotate(shop, retention or retention_of(shop), tz)
    return target


def backup_before(store: Store, reason: str, progress: Progress = quiet, cancelled: Cancelled = never) -> Path | None:
    """The backup made before an import: none for a shop in memory or still without orders."""
    if store.path is None or not store.path.is_file():
        return None
    if store.db.execute("SELECT 1 FROM orders LIMIT 1").fetchone() is None:
        return None
    return backup_shop(store.path, reason, progress=progress, cancelled=cancelled, retention=Retention.of(store))


def daily_backup_due(shop: Path, now: datetime | None = None, tz: tzinfo | None = None) -> bool:
    """No backup of the shop was made today (local day), of any kind."""
    today = (now or datetime.now().astimezone()).astimezone(tz).date()
    return not any(b.local(tz).date() == today for b in list_backups(shop))


def retention_of(shop: Path) -> Retention:
    """The shop's own rotation settings (defaults when they cannot be read)."""
    try:  # read-write though it only reads: a read-only connection to a closed WAL shop leaves -wal, -shm
        conn = sqlite3.connect(str(shop), timeout=5)
    except sqlite3.DatabaseError:
        return Retention()
    try:
        return Retention.of(Store(Database(conn), shop))
    except sqlite3.DatabaseError:
        return Retention()
    finally:
        conn.close()


def read_only(path: Path) -> sqlite3.Connection:
    """A connection to a backup that cannot change it and, backups never changing, creates no lock file,
    -wal or -shm beside it."""
    uri = f"{path.absolute().as_uri()}?mode=ro&immutable=1"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn.execute("PRAGMA mmap_size = 4294967296")  # a whole big file read without a syscall a page
    return conn


# -- what a backup holds ---------------------------------------------------------------------------
@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds: its orders, and its ODR as of the day it was made (`state` "ok"), or
    "older" (a SellerDesk version before this one's figures: upgraded when restored) or "damaged"."""

    orders: int | None
    problem_orders: int = 0
    window_orders: int = 0
    state: str = "ok"
    error: str = ""

    @property
    def odr(self) -> str:
        """The ODR in English words (the command line; the window translates its own)."""
        if self.state == "damaged":
            return f"cannot be read ({self.error})"
        if self.state == "older":
            return "older SellerDesk version (upgraded when restored)"
        if self.window_orders == 0:
            return "no orders in the window"
        rate = format_percent(self.problem_orders, self.window_orders, 2)
        return f"{rate} ({self.problem_orders} of {self.window_orders})"


def read_summary(backup: BackupInfo, tz: tzinfo | None = None) -> BackupSummary:
    """Order count and ODR of a backup as of the day it was made (read-only, changes nothing)."""
    try:
        conn = read_only(backup.path)
        try:
            orders = conn.execute("SELECT count(*) FROM orders").fetchone()[0]
            store = Store(Database(conn), backup.path)
            try:
                odr = shop_status(store, backup.created.astimezone(tz or store.timezone()).date())["odr"]
            except sqlite3.DatabaseError:
                return BackupSummary(orders, state="older")
            return BackupSummary(orders, odr["problem_orders"], odr["orders"])
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return BackupSummary(None, state="damaged", error=str(exc))


def describe(size: int) -> str:
    """1234567 -> '1.2 MB'."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{size} bytes"


def info_of(shop: Path, path: Path) -> BackupInfo:
    """A BackupInfo for any file (a backup given by path, maybe outside the backups folder)."""
    name = parse_backup_name(shop, path)
    created = name.created if name else datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    return BackupInfo(path, created, name.reason if name else "file", path.stat().st_size)
