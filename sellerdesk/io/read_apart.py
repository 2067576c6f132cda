"""Reading some files of a big import in a second process, while this one reads the others.

A 100,000-order Etsy download is an orders file, an items file of 150,000 rows and a reviews JSON, all
of it Python and SQLite on one core when read in turn. A worker process ('spawn': never a fork of a
window's threads) reads some of them into a staging file of its own, with the same readers
(io/etsy_reader.py, io/csv_import.py); this process copies their rows in afterwards. io/importer.py
chooses the files so that both finish about together (the worker's start and the copy count against it).

Only a file that is the one file of its kind in the import (Etsy orders, Etsy order items, Etsy's
reviews, or one template) is read apart: its rows are then the only rows of their staging table, and
no other file can repeat its records, so copying them in at the end gives exactly what reading it in
turn would.
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
from sellerdesk.io.textfile import FileProblem, TextFile, check
from sellerdesk.store.staging import Staging

#: Files smaller than this are read in turn: starting a process (~0.2 s) costs more than it saves.
APART_FROM_BYTES = 8 << 20
#: Copying a worker's rows in afterwards costs about as much as reading this share of its files again.
COPY_SHARE = 0.15
#: The form of Etsy's reviews JSON (beside an Etsy CSV's layout and a template's kind).
REVIEWS_JSON = "etsy_reviews"

#: What the worker is given of a file: an Etsy CSV's layout, a template's kind, or REVIEWS_JSON.
Form = Layout | str

# In the worker: how far it has read (a fraction of its bytes) and whether the import was cancelled.
_shared: dict[str, Any] = {}


def _set_shared(fraction: Any, cancel: Any) -> None:
    _shared["fraction"], _shared["cancel"] = fraction, cancel


@dataclass
class ApartFile:
    text_file: TextFile
    separator: str
    form: Form
    info: FileInfo
    #: Named by the user (a file found in a folder that cannot be read is skipped, not an error).
    explicit: bool = True

    @classmethod
    def of(cls, text_file: TextFile, separator: str, form: Form, explicit: bool = True) -> ApartFile:
        if isinstance(form, Layout):
            info = FileInfo(text_file.path, form.kind, form.variant, unknown_columns=list(form.unknown))
        elif form == REVIEWS_JSON:
            info = FileInfo(text_file.path, "etsy_reviews", "JSON")
        else:
            info = FileInfo(text_file.path, form, "SellerDesk template")
        return cls(text_file, separator, form, info, explicit)

    @property
    def table(self) -> str:
        return staging_table(self.form)


@dataclass
class ApartResult:
    """What the worker found in one file: its rows, problems and warnings, or why it was skipped."""

    rows: int
    errors: list[RowError | str]
    warnings: list[str]
    skipped: str | None = None


def _read(files: list[ApartFile], part: str) -> list[ApartResult]:
    """In the worker: the files' rows staged into `part`, in turn; what each one held."""
    fraction, cancel = _shared["fraction"], _shared["cancel"]
    results: list[ApartResult] = []
    total = sum(f.text_file.size for f in files) or 1
    done = 0
    staging = Staging(Path(part))
    try:
        for file in files:

            def tick(value: float, done: int = done, size: int = file.text_file.size) -> None:
                fraction.value = (done + value * size) / total

            errors: list[RowError | str] = []
            try:
                check(file.text_file)  # the whole file looked at here, not before the worker started
            except FileProblem as exc:
                results.append(ApartResult(0, [str(exc)], []) if file.explicit else ApartResult(0, [], [], str(exc)))
                done += file.text_file.size
                continue
            try:
                _read_file(file, staging, errors, tick, cancel.is_set)
            except FileProblem as exc:
                errors.append(str(exc))
            results.append(ApartResult(file.info.rows, errors, file.text_file.warnings))
            if cancel.is_set():
                break
            done += file.text_file.size
        staging.conn.commit()
    finally:
        staging.close()
    return results


def _read_file(
    file: ApartFile,
    staging: Staging,
    errors: list[RowError | str],
    tick: Callable[[float], None],
    cancelled: Callable[[], bool],
) -> None:
    form = file.form
    if isinstance(form, Layout):
        from sellerdesk.io.etsy_reader import read_etsy_csv

        read_etsy_csv(file.info, file.text_file, file.separator, form, staging, errors, tick, cancelled)
    elif form == REVIEWS_JSON:
        from sellerdesk.io.etsy_reader import read_reviews_json

        read_reviews_json(file.info, file.text_file, staging, errors)
    else:
        from sellerdesk.io.csv_import import TEMPLATES, read_template

        template = next(t for t in TEMPLATES if t.kind == form)
        read_template(file.info, file.text_file, file.separator, template, staging, errors, {}, tick, cancelled)


def staging_table(form: Form) -> str:
    """The staging table a file's rows go to: an Etsy file's (by its layout), or a template's (its kind)."""
    if isinstance(form, Layout):
        return "etsy_orders" if form.kind == "etsy_orders" else "etsy_items"
    return form if form == REVIEWS_JSON else f"t_{form}"


@dataclass
class ApartRead:
    """Files being read by a worker process; `join` waits for it and copies their rows in."""

    files: list[ApartFile]
    part: Path
    pool: ProcessPoolExecutor
    fraction: Any
    cancel: Any
    future: Any

    @classmethod
    def start(cls, files: list[tuple[TextFile, str, Form, bool]], staging: Staging) -> ApartRead:
        """Start reading `files`, each (text file, CSV separator, form, named by the user), in turn."""
        apart = [ApartFile.of(*file) for file in files]
        context = multiprocessing.get_context("spawn")
        fraction, cancel = context.Value("d", 0.0, lock=False), context.Event()
        pool = ProcessPoolExecutor(1, mp_context=context, initializer=_set_shared, initargs=(fraction, cancel))
        part = staging.folder / "apart.db"
        future = pool.submit(_read, apart, str(part))
        return cls(apart, part, pool, fraction, cancel, future)

    def file_of(self, text_file: TextFile) -> ApartFile | None:
        return next((f for f in self.files if f.text_file is text_file), None)

    @property
    def size(self) -> int:
        return sum(f.text_file.size for f in self.files)

    @property
    def progress(self) -> float:
        return min(1.0, max(0.0, self.fraction.value))

    def join(self, staging: Staging, cancelled: Callable[[], bool], report: Callable[[], None]) -> list[ApartResult]:
        """Wait for the worker (reporting its progress, stopping it on Cancel); copy its rows into
        `staging` and return what it found in each file (its rows and warnings are in its FileInfo)."""
        try:
            while True:
                try:
                    results = self.future.result(timeout=0.1)
                    break
                except FutureTimeout:
                    if cancelled():
                        raise ImportCancelled() from None
                    report()
        except BaseException:
            self.stop()
            raise
        self.pool.shutdown()
        for file, result in zip(self.files, results, strict=True):
            file.info.rows = result.rows
            file.info.warnings += result.warnings
        if not any(result.errors for result in results):
            staging.take(self.part, [f.table for f in self.files])
        self.part.unlink(missing_ok=True)
        return results

    def stop(self) -> None:
        """Cancel or failure elsewhere: tell the worker to stop and wait until it has (again: harmless)."""
        self.cancel.set()
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.part.unlink(missing_ok=True)
