"""Reading one big CSV of an import in a second process, while this one reads the others.

A 100,000-order Etsy download is an orders file and an items file of 150,000 rows, all of it Python
and SQLite on one core when read in turn. A worker process ('spawn': never a fork of a window's
threads) reads one of them into a staging file of its own, with the same reader (io/etsy_reader.py,
io/csv_import.py); this process copies that file's rows in afterwards. io/importer.py chooses the
file so that both finish about together (the worker's start and the copy count against it).

Only a file that is the one file of its kind in the import (Etsy orders, Etsy order items, or one
template) is read apart: its rows are then the only rows of their staging table, and no other file
can repeat its records, so copying them in at the end gives exactly what reading it in turn would.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sellerdesk.io.etsy_formats import Layout
from sellerdesk.io.import_report import FileInfo, ImportCancelled, RowError
from sellerdesk.io.textfile import TextFile
from sellerdesk.store.staging import Staging

#: Files smaller than this are read in turn: starting a process (~0.2 s) costs more than it saves.
APART_FROM_BYTES = 8 << 20
#: Copying a worker's rows in afterwards costs about as much as reading this share of its file again.
COPY_SHARE = 0.15

# In the worker: how far it has read (a fraction) and whether the import was cancelled.
_shared: dict[str, Any] = {}


def _set_shared(fraction: Any, cancel: Any) -> None:
    _shared["fraction"], _shared["cancel"] = fraction, cancel


def _read(
    info: FileInfo, text_file: TextFile, separator: str, form: Layout | str, part: str
) -> tuple[int, list[RowError | str]]:
    """In the worker: the file's rows staged into `part`; its row count and problems. `form` is an Etsy
    file's layout, or the kind of a SellerDesk template."""
    fraction, cancel = _shared["fraction"], _shared["cancel"]
    errors: list[RowError | str] = []
    staging = Staging(Path(part))
    try:

        def tick(value: float) -> None:
            fraction.value = value

        if isinstance(form, Layout):
            from sellerdesk.io.etsy_reader import read_etsy_csv

            read_etsy_csv(info, text_file, separator, form, staging, errors, tick, cancel.is_set)
        else:
            from sellerdesk.io.csv_import import TEMPLATES, read_template

            template = next(t for t in TEMPLATES if t.kind == form)
            read_template(info, text_file, separator, template, staging, errors, {}, tick, cancel.is_set)
        staging.conn.commit()
    finally:
        staging.close()
    return info.rows, errors


def staging_table(form: Layout | str) -> str:
    """The staging table a file's rows go to: an Etsy file's (by its layout), or a template's (its kind)."""
    if isinstance(form, Layout):
        return "etsy_orders" if form.kind == "etsy_orders" else "etsy_items"
    return f"t_{form}"


@dataclass
class ApartRead:
    """One file being read by a worker process; `join` waits for it and copies its rows in."""

    info: FileInfo
    text_file: TextFile
    table: str
    part: Path
    pool: ProcessPoolExecutor
    fraction: Any
    cancel: Any
    future: Any

    @classmethod
    def start(cls, text_file: TextFile, separator: str, form: Layout | str, staging: Staging) -> ApartRead:
        """Start reading `text_file` (an Etsy file of that layout, or a template of that kind)."""
        if isinstance(form, Layout):
            info = FileInfo(text_file.path, form.kind, form.variant, unknown_columns=list(form.unknown))
        else:
            info = FileInfo(text_file.path, form, "SellerDesk template")
        context = multiprocessing.get_context("spawn")
        fraction, cancel = context.Value("d", 0.0, lock=False), context.Event()
        pool = ProcessPoolExecutor(1, mp_context=context, initializer=_set_shared, initargs=(fraction, cancel))
        table = staging_table(form)
        part = staging.folder / f"apart-{table}.db"
        future = pool.submit(_read, info, text_file, separator, form, str(part))
        return cls(info, text_file, table, part, pool, fraction, cancel, future)

    @property
    def progress(self) -> float:
        return min(1.0, max(0.0, self.fraction.value))

    def join(self, staging: Staging, cancelled: Callable[[], bool], report: Callable[[], None]) -> list[RowError | str]:
        """Wait for the worker (reporting its progress, stopping it on Cancel); copy its rows into
        `staging` and return its problems. A FileProblem in the worker is raised here."""
        try:
            while True:
                try:
                    rows, errors = self.future.result(timeout=0.1)
                    break
                except FutureTimeout:
                    if cancelled():
                        raise ImportCancelled() from None
                    report()
        except BaseException:
            self.stop()
            raise
        self.pool.shutdown()
        self.info.rows = rows
        if not errors:
            staging.take(self.part, self.table)
        self.part.unlink(missing_ok=True)
        return errors

    def stop(self) -> None:
        """Cancel or failure elsewhere: tell the worker to stop and wait until it has (again: harmless)."""
        self.cancel.set()
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.part.unlink(missing_ok=True)
