"""Export the shop as CSV (issue 9): SellerDesk's four templates (orders, reviews, cases, messages), which
import back into any shop, plus the order items and the saved replies for a spreadsheet.

Cells a spreadsheet would run as a formula (text starting with =, +, -, @, a tab or a carriage
return) get a leading apostrophe, as do cells that start with one already; the template importer
takes one leading apostrophe off, so an export imports back unchanged.
"""

from __future__ import annotations

import csv
import multiprocessing
import os
import shutil
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sellerdesk.io.callbacks import Progress
from sellerdesk.io.csv_import import BY_KIND
from sellerdesk.store.shop_copy import create_file
from sellerdesk.store.store import Store

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
BATCH = 5000


class ExportCancelled(Exception):
    """The user cancelled; the files being written were removed."""


def neutralise(value: Any) -> Any:
    """A text cell a spreadsheet would not run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


@dataclass(frozen=True)
class Export:
    kind: str
    file_name: str
    header: tuple[str, ...]
    columns: tuple[str, ...]  # one SQL expression a column, in header order
    source: str  # FROM ... (the table, with any join)
    order: str
    key: str  # the record's key, matched against a page's selection

    def sql(self, where: str = "") -> str:
        return f"SELECT {', '.join(self.columns)} FROM {self.source} {where} ORDER BY {self.order}"


def _template_header(kind: str) -> tuple[str, ...]:
    return tuple(BY_KIND[kind].header)


def _text(column: str) -> str:
    """A text column as a spreadsheet will not run it (see `neutralise`), in SQL: no per-cell Python. The
    first character's code: = + - @ tab CR and the apostrophe."""
    return f"CASE WHEN unicode({column}) IN (61, 43, 45, 64, 9, 13, 39) THEN char(39) || {column} ELSE {column} END"


def _money(column: str) -> str:
    return f"CASE WHEN {column} IS NULL THEN NULL ELSE printf('%d.%02d', {column} / 100, {column} % 100) END"


def _select(*columns: str) -> tuple[str, ...]:
    return columns


EXPORTS = {
    "orders": Export(
        "orders",
        "sellerdesk-orders.csv",
        _template_header("orders"),
        # The ship-by a seller extended is the one on-time shipping counts (RULES.md 4).
        _select(
            _text("order_id"),
            "order_date",
            _text("buyer"),
            _money("total_minor"),
            _text("currency"),
            "processing_min",
            "processing_max",
            "coalesce(ship_by_extended, ship_by)",
            "shipped_date",
            _text("tracking_number"),
            _text("carrier"),
            "delivered_date",
            "status",
            "digital",
            "custom",
        ),  # fmt: skip
        "orders",
        "order_date, order_id",
        "orders.order_id",
    ),
    "reviews": Export(
        "reviews",
        "sellerdesk-reviews.csv",
        _template_header("reviews"),
        _select(_text("order_id"), "review_date", "rating", _text("text"), "excluded_reason"),
        "reviews",
        "review_date, order_id",
        "reviews.id",
    ),
    "cases": Export(
        "cases",
        "sellerdesk-cases.csv",
        _template_header("cases"),
        _select(_text("order_id"), "opened_date", "reason", "resolution", "closed_date", "excluded_reason"),
        "cases",
        "opened_date, order_id",
        "cases.id",
    ),
    "messages": Export(
        "messages",
        "sellerdesk-messages.csv",
        _template_header("messages"),
        _select(_text("thread_id"), _text("order_id"), "sender", "sent_at", "spam", _text("text")),
        "messages",
        "thread_id, sent_at, sender",
        "messages.thread_id",
    ),
    "items": Export(
        "items",
        "sellerdesk-items.csv",
        (
            "order_id",
            "transaction_id",
            "listing_id",
            "title",
            "quantity",
            "price",
            "sku",
            "variations",
            "personalization",
        ),  # fmt: skip
        _select(
            _text("order_id"),
            _text("transaction_id"),
            _text("listing_id"),
            _text("title"),
            "quantity",
            _money("price_minor"),
            _text("sku"),
            _text("variations"),
            _text("personalization"),
        ),  # fmt: skip
        "order_items",
        "order_id, id",
        "order_items.order_id",
    ),
    "saved_replies": Export(
        "saved_replies",
        "sellerdesk-saved-replies.csv",
        ("title", "body", "tags", "usage_count", "last_used_at"),
        _select(_text("title"), _text("body"), _text("tags"), "usage_count", "last_used_at"),
        "saved_replies",
        "title COLLATE NOCASE, id",
        "saved_replies.id",
    ),
}
#: Headers of the exports that no import reads back (they are for spreadsheets).
SPREADSHEET_ONLY = (EXPORTS["items"].header, EXPORTS["saved_replies"].header)
#: What a page's table exports: its records, in the template that imports back.
PAGE_EXPORTS = {"orders": "orders", "threads": "messages", "reviews": "reviews", "cases": "cases"}


def write_private(path: Path) -> Any:
    """A new file only its owner can read, whatever the umask (it holds buyers' names and addresses)."""
    path.unlink(missing_ok=True)
    create_file(path)
    return path.open("w", encoding="utf-8", newline="")


def _write(
    store: Store,
    export: Export,
    path: Path,
    where: str = "",
    params: dict[str, Any] | None = None,
    tick: Callable[[int], None] = lambda n: None,
    cancelled: Callable[[], bool] = lambda: False,
    header: bool = True,
) -> int:
    """Stream one export into `path` through a temporary file (no half-written file is left)."""
    partial = path.with_name(path.name + ".part")
    rows = 0
    try:
        with write_private(partial) as handle:
            writer = csv.writer(handle)
            if header:
                writer.writerow(export.header)
            cursor = store.db.execute(export.sql(where), params or {})
            # Cells come out of SQL ready to write (amounts formatted, formula-like text neutralised).
            while batch := cursor.fetchmany(BATCH):
                writer.writerows(batch)
                rows += len(batch)
                tick(len(batch))
                if cancelled():
                    raise ExportCancelled()
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return rows


def _counts(store: Store, kinds: Iterable[str]) -> dict[str, int]:
    return {k: store.db.execute(f"SELECT count(*) FROM {EXPORTS[k].source}").fetchone()[0] for k in kinds}


#: From this many rows the files are written by two processes at once (a million-order shop: about
#: half the time); below, in this process.
PARALLEL_FROM_ROWS = 300_000


def export_all(
    store: Store,
    folder: str | Path,
    progress: Progress = lambda f, t: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> dict[Path, int]:
    """Every export into `folder` (made if needed, private); returns each file and its rows."""
    folder = Path(folder)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    totals = _counts(store, EXPORTS)
    if store.path is not None and store.path.is_file() and sum(totals.values()) >= PARALLEL_FROM_ROWS:
        return _export_in_processes(store.path, folder, totals, progress, cancelled)
    grand = sum(totals.values()) or 1
    done = 0
    written: dict[Path, int] = {}
    for export in EXPORTS.values():

        def tick(n: int, name: str = export.file_name) -> None:
            nonlocal done
            done += n
            progress(done / grand, name)

        path = folder / export.file_name
        written[path] = _write(store, export, path, tick=tick, cancelled=cancelled)
    return written


def _export_in_processes(
    shop: Path, folder: Path, totals: dict[str, int], progress: Progress, cancelled: Callable[[], bool]
) -> dict[Path, int]:
    """The files shared between two worker processes: a big file in two halves split on its first sort
    column (joined back in order afterwards), biggest pieces first so both workers finish together. A new
    process ('spawn': never a fork of a window's threads) reads the shop through a connection of its own."""
    pieces = _pieces(shop, totals)
    grand = sum(totals.values()) or 1
    done = 0
    rows: dict[str, int] = dict.fromkeys(EXPORTS, 0)
    with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("spawn")) as pool:
        jobs = {pool.submit(_export_file, str(shop), str(folder), *piece[:4]): piece for piece in pieces}
        try:
            for job in as_completed(jobs):
                kind, _index, _where, _params, share = jobs[job]
                rows[kind] += job.result()
                done += share
                progress(done / grand, EXPORTS[kind].file_name)
                if cancelled():
                    raise ExportCancelled()
            written = {folder / EXPORTS[k].file_name: rows[k] for k in EXPORTS}
            for kind in EXPORTS:
                _join_pieces(folder, EXPORTS[kind], sum(1 for p in pieces if p[0] == kind))
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            for export in EXPORTS.values():  # nothing of a cancelled or failed export stays
                for stray in folder.glob(export.file_name + "*"):
                    stray.unlink(missing_ok=True)
            raise
    return written


#: A file of more rows than this is written in two halves.
SPLIT_FROM_ROWS = 400_000


def _pieces(shop: Path, totals: dict[str, int]) -> list[tuple[str, int, str, dict[str, Any], int]]:
    """(kind, piece index, WHERE, params, rows) of every piece, biggest first."""
    from sellerdesk.store.database import connect

    db = connect(shop)
    try:
        pieces = []
        for kind, export in EXPORTS.items():
            column = export.order.split(",")[0].split()[0]
            if totals[kind] < SPLIT_FROM_ROWS:
                pieces.append((kind, 0, "", {}, totals[kind]))
                continue
            median = db.execute(
                f"SELECT {column} FROM {export.source} ORDER BY {column} LIMIT 1 OFFSET ?", [totals[kind] // 2]
            ).fetchone()[0]
            half = totals[kind] // 2
            pieces.append((kind, 0, f"WHERE {column} < :split", {"split": median}, half))
            pieces.append((kind, 1, f"WHERE {column} >= :split", {"split": median}, totals[kind] - half))
    finally:
        db.close()
    return sorted(pieces, key=lambda p: -p[4])


def _piece_path(folder: Path, export: Export, index: int) -> Path:
    return folder / f"{export.file_name}.piece{index}"


def _join_pieces(folder: Path, export: Export, count: int) -> None:
    first = _piece_path(folder, export, 0)
    with first.open("ab") as out:
        for index in range(1, count):
            piece = _piece_path(folder, export, index)
            with piece.open("rb") as handle:
                shutil.copyfileobj(handle, out, 1 << 20)
            piece.unlink()
    os.replace(first, folder / export.file_name)


def _export_file(shop: str, folder: str, kind: str, index: int, where: str, params: dict[str, Any]) -> int:
    """One piece of an export, in a worker process (the first piece carries the header)."""
    from sellerdesk.store.database import connect

    store = Store(connect(shop), Path(shop))
    try:
        export = EXPORTS[kind]
        return _write(store, export, _piece_path(Path(folder), export, index), where, params, header=index == 0)
    finally:
        store.close()


def export_page(store: Store, table: str, keys_sql: str, params: dict[str, Any], path: str | Path) -> int:
    """The records a page shows (`keys_sql` selects their keys under its search and filter), as the
    template that imports them back."""
    export = EXPORTS[PAGE_EXPORTS[table]]
    return _write(store, export, Path(path), f"WHERE {export.key} IN ({keys_sql})", params)
