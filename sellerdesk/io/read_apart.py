"""Reading the biggest Etsy CSV of an import in a second process, while this one reads the others.

A 100,000-order download is an orders file and an items file of 150,000 rows: parsing and staging the
items file alone is about half of an import's reading time, all of it Python and SQLite on one core.
A worker process ('spawn': never a fork of a window's threads) reads it into a staging file of its
own, with the same reader (io/etsy_reader.py); this process copies that file's rows in afterwards.

Only a file that is the one file of its kind (Etsy orders, or Etsy order items) in the import is read
apart: its rows are then the only rows of their staging table, so copying them in at the end gives
exactly what reading it in turn would have given.
"""

from __future__ import annotations

import multiprocessing
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

# In the worker: how far it has read (a fraction) and whether the import was cancelled.
_shared: dict[str, Any] = {}


def _set_shared(fraction: Any, cancel: Any) -> None:
    _shared["fraction"], _shared["cancel"] = fraction, cancel


def _read(
    info: FileInfo, text_file: TextFile, separator: str, layout: Layout, part: str
) -> tuple[int, list[RowError | str]]:
    """In the worker: the file's rows staged into `part`; its row count and problems."""
    from sellerdesk.io.etsy_reader import read_etsy_csv

    fraction, cancel = _shared["fraction"], _shared["cancel"]
    errors: list[RowError | str] = []
    staging = Staging(Path(part))
    try:

        def tick(value: float) -> None:
            fraction.value = value

        read_etsy_csv(info, text_file, separator, layout, staging, errors, tick, cancel.is_set)
        staging.conn.commit()
    finally:
        staging.close()
    return info.rows, errors


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
    def start(cls, info: FileInfo, text_file: TextFile, separator: str, layout: Layout, staging: Staging) -> ApartRead:
        context = multiprocessing.get_context("spawn")
        fraction, cancel = context.Value("d", 0.0, lock=False), context.Event()
        pool = ProcessPoolExecutor(1, mp_context=context, initializer=_set_shared, initargs=(fraction, cancel))
        part = staging.folder / f"apart-{layout.kind}.db"
        future = pool.submit(_read, info, text_file, separator, layout, str(part))
        table = "etsy_orders" if layout.kind == "etsy_orders" else "etsy_items"
        return cls(info, text_file, table, part, pool, fraction, cancel, future)

    @property
    def progress(self) -> float:
        return min(1.0, max(0.0, self.fraction.value))

    def join(self, staging: Staging, cancelled: Any, report: Any) -> list[RowError | str]:
        """Wait for the worker (reporting its progress, stopping it on Cancel); copy its rows into
        `staging` and return its problems. A FileProblem in the worker is raised here."""
        while True:
            try:
                rows, errors = self.future.result(timeout=0.1)
                break
            except FutureTimeout:
                if cancelled():
                    self.stop()
                    raise ImportCancelled() from None
                report()
        self.pool.shutdown()
        self.info.rows = rows
        if not errors:
            staging.take(self.part, self.table)
        self.part.unlink(missing_ok=True)
        return errors

    def stop(self) -> None:
        """Cancel or failure elsewhere: tell the worker to stop and wait until it has."""
        self.cancel.set()
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.part.unlink(missing_ok=True)
