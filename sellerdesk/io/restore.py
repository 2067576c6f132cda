"""Restoring a backup (issue 9): check it (SQLite's quick_check; a damaged backup, or one from a newer
SellerDesk, is refused and nothing changes), copy it beside the shop, keep the current shop file as an
ordinary `before-restore` backup, and put the copy in the shop's place.

Two halves, so the window can keep the shop open during the slow one: `prepare_restore` (copy and check,
on a worker) and `finish_restore` (a hard link and a rename, with every connection to the shop closed).
`restore_backup` runs both (the command line).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable
from datetime import datetime, tzinfo
from pathlib import Path

from sellerdesk.io.backups import read_only, retention_of, rotate
from sellerdesk.io.callbacks import Cancelled, Progress, never, quiet
from sellerdesk.store import shop_copy
from sellerdesk.store.database import StoreError
from sellerdesk.store.migrations import STEP_NAMES
from sellerdesk.store.shop_copy import CopyCancelled, copy_database, file_mode

__all__ = ["BackupRefused", "ShopInUse", "finish_restore", "prepare_restore", "restore_backup", "verify_backup"]

STAGED = ".restoring"


class BackupRefused(StoreError):
    """A backup that cannot be restored: damaged, not a shop, from a newer SellerDesk, missing."""


class ShopInUse(StoreError):
    """The shop is open in another program, so its file cannot be replaced now."""


def verify_backup(path: Path) -> None:
    """Raise BackupRefused unless `path` is an intact SellerDesk shop this version can open
    (PRAGMA quick_check: every page and record readable and well formed)."""
    what = f"The backup {path}"
    if not path.is_file():
        raise BackupRefused(f"{what} does not exist. Choose another backup.")
    try:
        conn = read_only(path)
        try:
            problems = [" ".join(str(row[0]).split()) for row in conn.execute("PRAGMA quick_check(3)")]
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            applied = (
                {row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations")}
                if "_sqlite_migrations" in tables
                else set()
            )
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupRefused(
            f"{what} is damaged or not a shop file ({exc}); it was not restored. Choose another backup."
        ) from None
    if problems != ["ok"]:
        raise BackupRefused(
            f"{what} failed its integrity check ({'; '.join(problems)}); it was not restored. Choose another backup."
        )
    if not {"shops", "orders"} <= tables:
        raise BackupRefused(f"{what} is not a SellerDesk shop file; it was not restored. Choose another backup.")
    if applied - set(STEP_NAMES):
        raise BackupRefused(
            f"{what} was made by a newer SellerDesk; update SellerDesk to restore it. Nothing was changed."
        )


# -- restoring -------------------------------------------------------------------------------------
def prepare_restore(shop: Path, backup: Path, progress: Progress = quiet, cancelled: Cancelled = never) -> Path:
    """Copy the backup beside the shop (hidden, with the shop's mode) while another thread checks it; the
    slow half of a restore, done while the shop is still open. Returns the staged file for finish_restore."""
    shop, backup = Path(shop), Path(backup)
    if not backup.is_file():
        raise BackupRefused(f"The backup {backup} does not exist. Choose another backup.")
    staged = shop.with_name(f".{shop.name}{STAGED}")
    staged.unlink(missing_ok=True)
    shop_copy.private_folder(shop.parent)
    shop_copy.create_file(staged, file_mode(shop) if shop.exists() else file_mode(backup))
    refused: list[BaseException] = []
    # SQLite reads (and checks) with the GIL released: the check costs no time beside the copy
    checker = threading.Thread(target=_check_into, args=(backup, refused), name="backup-check", daemon=True)
    checker.start()
    try:
        progress(0.0, "Copying and checking the backup")
        _copy_cancellable(backup, staged, lambda f: progress(0.9 * f, "Copying and checking the backup"), cancelled)
        progress(0.9, "Checking the backup")
        checker.join()
        if refused:
            raise refused[0]
        if cancelled():
            raise CopyCancelled()
    except BaseException as exc:
        checker.join()
        staged.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise StoreError(f"Cannot copy {backup} beside {shop}: {exc.strerror or exc}.") from None
        raise
    progress(0.95, "Replacing the shop file")
    return staged


def _check_into(backup: Path, refused: list[BaseException]) -> None:
    try:
        verify_backup(backup)
    except BaseException as exc:  # noqa: BLE001 - handed to the restoring thread
        refused.append(exc)


def _copy_cancellable(source: Path, target: Path, progress: Callable[[float], None], cancelled: Cancelled) -> None:
    """Copy in 64 MB pieces, in the kernel where it can (copy_file_range), with progress and Cancel."""
    size, chunk, done = source.stat().st_size or 1, 64 << 20, 0
    in_kernel = hasattr(os, "copy_file_range")
    with open(source, "rb") as src, open(target, "r+b") as dst:
        while True:
            if cancelled():
                raise CopyCancelled()
            if in_kernel:
                try:
                    copied = os.copy_file_range(src.fileno(), dst.fileno(), chunk, done, done)
                except OSError:  # across file systems on older kernels
                    in_kernel = False
                    continue
            else:
                src.seek(done)
                dst.seek(done)
                copied = dst.write(src.read(chunk))
            if not copied:
                break
            done += copied
            progress(min(done / size, 1.0))
        dst.truncate(done)
        dst.flush()
        os.fsync(dst.fileno())


def finish_restore(shop: Path, staged: Path, now: datetime | None = None, tz: tzinfo | None = None) -> Path | None:
    """Put the staged backup in the shop's place, after backing up the current file (returned; None when
    there was no shop). Every connection of this program to the shop must be closed: a connection left
    open elsewhere (another window, a command) is detected and nothing is changed."""
    shop = Path(shop)
    before = None
    try:
        if shop.exists():
            _settle(shop)
            before = shop_copy.backup_target(shop, "before-restore", now)
            shop_copy.private_folder(before.parent)
            try:
                os.link(shop, before)  # the current file, kept as it is, without copying a byte
            except OSError:
                copy_database(shop, before)
        os.replace(staged, shop)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    shop_copy._sync_folder(shop.parent)
    if before is not None:
        _to_rollback_journal(before)
        rotate(shop, retention_of(shop), tz)
    return before


def _settle(shop: Path) -> None:
    """Open and close the shop so SQLite finishes what a crash left (a -wal, a hot journal); when the
    -wal or -shm is still there afterwards, another program has the shop open."""
    try:
        conn = sqlite3.connect(str(shop), timeout=5)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        pass  # a damaged shop is exactly what a restore replaces
    if any(c.exists() for c in shop_copy.companions(shop)):
        raise ShopInUse(
            f"{shop} is open in another program (another SellerDesk window or command). Close it and restore "
            "again; nothing was changed."
        )


def _to_rollback_journal(path: Path) -> None:
    """A backup is read later without leaving -wal or -shm beside it: switch its header out of WAL mode."""
    try:
        conn = sqlite3.connect(str(path))
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        pass  # a damaged shop is kept as it was


def restore_backup(
    shop: Path,
    backup: Path,
    progress: Progress = quiet,
    cancelled: Cancelled = never,
    now: datetime | None = None,
    tz: tzinfo | None = None,
) -> Path | None:
    """Restore in one go (the command line): check and stage the backup, back up the current file,
    replace it. Returns the backup of the replaced file."""
    staged = prepare_restore(shop, backup, progress, cancelled)
    before = finish_restore(shop, staged, now, tz)
    progress(1.0, "Restored")
    return before
