"""Import any mix of Etsy downloads and SellerDesk templates, files or folders (issue 8, RULES.md 6).

Three steps, each usable alone so the window can show a preview before writing:
1. `read_files(paths)`: recognise every file by its content (never its name), stream its rows into
   a staging file, collect every problem. Needs no shop, so a failed import creates no file.
2. `compare_with_shop(store, plan)`: check references across files and the shop, give imported
   orders their ship-by dates, and count what would be new, updated or unchanged. Writes nothing.
3. `write_plan(store, plan)`: merge it all in one transaction, or nothing (errors, Cancel).
`preview_paths` and `import_paths` run them in a row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from sellerdesk.io import backups, csv_import, etsy_formats
from sellerdesk.io.callbacks import Cancelled, Progress, never, quiet
from sellerdesk.io.etsy_reader import looks_like_reviews, read_etsy_csv, read_reviews_json
from sellerdesk.io.import_report import FileInfo, ImportCancelled, ImportFailed, ImportReport, RowError
from sellerdesk.io.read_apart import APART_FROM_BYTES, COPY_SHARE, REVIEWS_JSON, ApartRead, Form, staging_table
from sellerdesk.io.textfile import (
    FileProblem,
    TextFile,
    check,
    choose_separator,
    first_line,
    head_text,
    probe,
)
from sellerdesk.store import imports
from sellerdesk.store.database import interrupts
from sellerdesk.store.staging import Staging
from sellerdesk.store.store import Store

__all__ = [
    "FileInfo",
    "ImportCancelled",
    "ImportFailed",
    "ImportPlan",
    "ImportReport",
    "RowError",
    "compare_with_shop",
    "import_paths",
    "preview_paths",
    "read_files",
    "write_plan",
]

#: Folders are searched for files of these kinds; other files there are skipped without a word.
TEXT_SUFFIXES = {".csv", ".json", ".txt", ".tsv", ""}
_KNOWN_NAMES = {
    name
    for columns in (etsy_formats.ORDER_COLUMNS, etsy_formats.ITEM_COLUMNS)
    for options in columns.values()
    for name in options
} | {c for t in csv_import.TEMPLATES for c in t.columns}


@dataclass
class ImportPlan:
    """Parsed files waiting in a staging file; `close()` when no undo or redo will need them."""

    staging: Staging
    files: list[FileInfo] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    report: ImportReport | None = None

    def close(self) -> None:
        self.staging.close()


# -- 1. reading ----------------------------------------------------------------------------------
def _expand(paths: Iterable[str | Path], errors: list[RowError | str]) -> Iterator[tuple[Path, bool]]:
    """(file, named explicitly) for every file given or inside a folder given."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in TEXT_SUFFIXES
            )
            if not found:
                errors.append(f"{path}: the folder holds no CSV or JSON files to import")
            for p in found:
                yield p, False
        else:
            yield path, True


def read_files(paths: Iterable[str | Path], progress: Progress = quiet, cancelled: Cancelled = never) -> ImportPlan:
    """Recognise and stage every file; raise ImportFailed (nothing staged is kept) on any problem."""
    errors: list[RowError | str] = []
    plan = ImportPlan(Staging())
    paths = list(paths)
    apart: ApartRead | None = None
    try:
        files = list(_expand(paths, errors))
        probed: list[tuple[TextFile, bool]] = []
        for path, explicit in files:
            try:
                probed.append((probe(path, whole=False), explicit))  # the rest of each file: when it is read
            except FileProblem as exc:
                (errors if explicit else plan.skipped).append(str(exc))
        total = sum(t.size for t, _ in probed) or 1
        named = {id(t): explicit for t, explicit in probed}
        chosen = _read_apart_choice([t for t, _ in probed])
        if chosen:  # started first, whatever their places: both processes read from the start
            apart = ApartRead.start([(*c, named[id(c[0])]) for c in chosen], plan.staging)
        done = 0
        # Where each file read apart has its problems: where reading it in turn would put them.
        apart_errors_at: list[int] = []

        def apart_done() -> float:
            return apart.progress * apart.size if apart is not None else 0.0

        seen: dict[tuple, tuple[str, int]] = {}
        for text_file, explicit in probed:
            elsewhere = apart.file_of(text_file) if apart is not None else None
            if elsewhere is not None:
                apart_errors_at.append(len(errors))
                plan.files.append(elsewhere.info)
                continue
            start = done

            def tick(
                fraction: float, start: int = start, size: int = text_file.size, name: str = text_file.name
            ) -> None:
                progress(0.6 * (start + fraction * size + apart_done()) / total, f"Reading {name}")

            try:
                check(text_file)
            except FileProblem as exc:
                (errors if explicit else plan.skipped).append(str(exc))
                done += text_file.size
                continue
            try:
                info = _read_one(text_file, explicit, plan, errors, seen, tick, cancelled)
            except FileProblem as exc:
                errors.append(str(exc))
                info = None
            if cancelled():
                raise ImportCancelled()
            if info is not None:
                plan.files.append(info)
                info.warnings += text_file.warnings
            done += text_file.size
        if apart is not None:
            waiting_for = ", ".join(f.text_file.name for f in apart.files)

            def report() -> None:
                progress(0.6 * (done + apart_done()) / total, f"Reading {waiting_for}")

            results = apart.join(plan.staging, cancelled, report)
            # Inserted from the last place back, so that the earlier places still hold.
            for at, file, result in reversed(list(zip(apart_errors_at, apart.files, results, strict=True))):
                errors[at:at] = result.errors
                if result.skipped is not None:
                    plan.files.remove(file.info)
                    plan.skipped.append(result.skipped)
        if not plan.files and not errors:
            given = ", ".join(str(p) for p in paths)
            errors += [f"No Etsy download or SellerDesk template was found in {given}.", *plan.skipped]
        if errors:
            raise ImportFailed(errors)
        plan.staging.finish()
        return plan
    except BaseException:
        if apart is not None:
            apart.stop()
        plan.close()
        raise


def _is_json(head: str) -> bool:
    """Whether a file's first line `head` opens a JSON list (the reviews download is one)."""
    return head.lstrip("\ufeff \t").startswith("[")


def _header(head: str) -> tuple[str, list[str]]:
    """The separator and cells of a CSV file's first line `head`."""
    separator = choose_separator(head, lambda cells: sum(c.strip().lower() in _KNOWN_NAMES for c in cells))
    return separator, next(iter(_split(head, separator)), [])


def _etsy_header(head: str) -> tuple[str, etsy_formats.Layout] | None:
    """(separator, layout) when `head`, the file's first line, is the header of an Etsy CSV download."""
    separator, header = _header(head)
    kind = etsy_formats.etsy_kind(header)
    return None if kind is None else (separator, etsy_formats.layout(kind, header))


def _read_apart_choice(files: list[TextFile]) -> list[tuple[TextFile, str, Form]]:
    """The files a worker process reads while this one reads the rest (io/read_apart.py), if that saves
    time: Etsy CSVs, Etsy's reviews JSON or SellerDesk templates, each the only file of its kind, chosen
    so that both processes finish about together. Each is (file, CSV separator, its form)."""
    if len(files) < 2 or max(f.size for f in files) < APART_FROM_BYTES:
        return []  # the usual case: no header read for nothing
    found: list[tuple[TextFile, str, Form]] = []
    for text_file in files:
        try:
            head = first_line(text_file)
            if _is_json(head):
                if looks_like_reviews(head_text(text_file)):
                    found.append((text_file, "", REVIEWS_JSON))
                continue
        except (OSError, FileProblem):
            return []  # reading it in turn says what is wrong
        if not head.isascii():
            continue  # its encoding is known once the whole file is read: its header read then, in turn
        etsy = _etsy_header(head)
        if etsy is not None:
            if not etsy[1].missing:
                found.append((text_file, *etsy))
            continue
        separator, header = _header(head)
        template = csv_import.recognise(csv_import._without_trailing_blanks(header))
        if template is not None:
            found.append((text_file, separator, template.kind))
    tables = [staging_table(f[2]) for f in found]
    alone = [f for f, table in zip(found, tables, strict=True) if tables.count(table) == 1]
    forms = {id(f[0]): f[2] for f in found}
    total = sum(_work(f.size, forms.get(id(f), "")) for f in files)
    best: tuple[float, list[tuple[TextFile, str, Form]]] = (total, [])
    for count in range(1, len(alone) + 1):  # at most one file of each of 7 kinds: 127 choices
        for chosen in combinations(alone, count):
            worker = sum(_work(f[0].size, f[2]) for f in chosen)
            finish = max(worker * (1 + COPY_SHARE) + APART_FROM_BYTES, total - worker)
            if finish < best[0]:
                best = (finish, list(chosen))
    return best[1]


def _work(size: int, form: Form) -> float:
    """Reading a file, counted in bytes of an Etsy download: SellerDesk's templates, with shorter rows
    each checked against the others, take about twice as long a byte."""
    return size * (2 if isinstance(form, str) and form in csv_import.BY_KIND else 1)


def _read_one(
    text_file: TextFile,
    explicit: bool,
    plan: ImportPlan,
    errors: list[RowError | str],
    seen: dict[tuple, tuple[str, int]],
    tick: Callable[[float], None],
    cancelled: Cancelled,
) -> FileInfo | None:
    name = text_file.name
    head = first_line(text_file)
    if _is_json(head):
        if not looks_like_reviews(head_text(text_file)):
            return _unrecognised(text_file, explicit, plan, errors, "a JSON file that is not Etsy's reviews download")
        info = FileInfo(text_file.path, "etsy_reviews", "JSON")
        read_reviews_json(info, text_file, plan.staging, errors)
        tick(1.0)
        return info
    etsy = _etsy_header(head)
    if etsy is not None:
        separator, layout = etsy
        kind = layout.kind
        if layout.missing:
            errors.append(
                RowError(
                    name,
                    1,
                    ", ".join(layout.missing),
                    f"this {'orders' if kind == 'etsy_orders' else 'order items'} download lacks needed "
                    f"column(s) {', '.join(layout.missing)}; download the file from Etsy again",
                )
            )
            return None
        info = FileInfo(text_file.path, kind, layout.variant, unknown_columns=list(layout.unknown))
        read_etsy_csv(info, text_file, separator, layout, plan.staging, errors, tick, cancelled)
        return info
    separator, header = _header(head)
    template = csv_import.recognise(csv_import._without_trailing_blanks(header))
    if template is None and _is_spreadsheet_export(header):
        plan.skipped.append(
            f"skipped {name}: SellerDesk's export for spreadsheets (items or saved replies); it is not imported"
        )
        return None
    if template is None:
        if explicit and any(c.strip().lower() in _KNOWN_NAMES for c in header):
            errors.append(csv_import._header_error(name, header))
            return None
        return _unrecognised(text_file, explicit, plan, errors, "not an Etsy download or a SellerDesk template")
    info = FileInfo(text_file.path, template.kind, "SellerDesk template")
    csv_import.read_template(info, text_file, separator, template, plan.staging, errors, seen, tick, cancelled)
    return info


def _is_spreadsheet_export(header: list[str]) -> bool:
    from sellerdesk.io.export import SPREADSHEET_ONLY

    names = tuple(h.strip().lower() for h in csv_import._without_trailing_blanks(header))
    return names in SPREADSHEET_ONLY


def _split(line: str, separator: str) -> list[list[str]]:
    import csv

    return list(csv.reader([line.rstrip("\r\n")], delimiter=separator))


def _unrecognised(
    text_file: TextFile, explicit: bool, plan: ImportPlan, errors: list[RowError | str], what: str
) -> None:
    message = (
        f"{text_file.name}: {what}. Expected Etsy's EtsySoldOrders / EtsySoldOrderItems CSV, its reviews JSON, "
        "or a SellerDesk template (`sellerdesk templates DIR`)"
    )
    if explicit:
        errors.append(message)
    else:
        plan.skipped.append(f"skipped {text_file.path}: {what}")
    return None


# -- 2. comparing --------------------------------------------------------------------------------
@contextmanager
def _on_shop(store: Store, plan: ImportPlan, cancelled: Cancelled) -> Iterator[None]:
    """The staging file attached to the shop's connection, long statements stopped by Cancel."""
    try:
        with imports.attached(store, str(plan.staging.path)), interrupts(store.db).during(cancelled):
            yield
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc) and cancelled():
            raise ImportCancelled() from None
        raise


def compare_with_shop(
    store: Store, plan: ImportPlan, progress: Progress = quiet, cancelled: Cancelled = never
) -> ImportReport:
    with _on_shop(store, plan, cancelled):
        return _compare(store, plan, progress)


def _compare(store: Store, plan: ImportPlan, progress: Progress) -> ImportReport:
    progress(0.62, "Checking against the shop")
    problems = imports.template_problems(store)
    if problems:
        raise ImportFailed([RowError(*p) for p in problems])
    imports.plan_dates(store)
    progress(0.68, "Comparing with the shop")
    found = imports.compare(store)
    plan.report = ImportReport(
        plan.files,
        found.counts,
        found.waiting_reviews.total,
        found.profiles,
        plan.skipped,
        changed=found.changed,
    )
    return plan.report


# -- 3. writing ----------------------------------------------------------------------------------
def write_plan(
    store: Store, plan: ImportPlan, progress: Progress = quiet, cancelled: Cancelled = never, *, backup: bool = True
) -> ImportReport:
    """Compare again (the shop may have changed since the preview), back the shop up (io/backups.py; not
    when nothing changes or the shop has no orders yet) and merge, in one transaction."""
    with _on_shop(store, plan, cancelled):
        report = _compare(store, plan, progress)
        if not report.changed:
            return report
        if backup:
            try:
                backups.backup_before(
                    store, "before-import", lambda f, text: progress(0.68 + 0.02 * f, text), cancelled
                )
            except backups.CopyCancelled:
                raise ImportCancelled() from None
        with store.write(*imports.CHANGED_TABLES):
            imports.merge(store, lambda f, text: progress(0.7 + 0.3 * f, f"Writing {text}"))
            if cancelled():
                raise ImportCancelled()
        report.written = True
        progress(1.0, "Done")
        return report


def undo_plan(store: Store, plan: ImportPlan) -> None:
    with imports.attached(store, str(plan.staging.path)), store.write(*imports.CHANGED_TABLES):
        imports.undo(store)


def redo_plan(store: Store, plan: ImportPlan) -> None:
    with imports.attached(store, str(plan.staging.path)), store.write(*imports.CHANGED_TABLES):
        imports.plan_dates(store)
        imports.merge(store, quiet)


# -- in a row ------------------------------------------------------------------------------------
def preview_paths(store: Store, paths: Iterable[str | Path]) -> ImportReport:
    plan = read_files(paths)
    try:
        return compare_with_shop(store, plan)
    finally:
        plan.close()


def import_paths(
    store: Store, paths: Iterable[str | Path], progress: Progress = quiet, cancelled: Cancelled = never
) -> ImportReport:
    plan = read_files(paths, progress, cancelled)
    try:
        return write_plan(store, plan, progress, cancelled)
    finally:
        plan.close()
