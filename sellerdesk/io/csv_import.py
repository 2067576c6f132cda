"""SellerDesk's own CSV templates: recognise a file by its header row, validate every row,
then write all files in one transaction (a file with any bad row imports nothing).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sellerdesk.core import records as r
from sellerdesk.store.store import Store

Parser = Callable[[str | None], Any]


@dataclass(frozen=True)
class Template:
    kind: str
    #: CSV column -> (stored column, parser)
    columns: dict[str, tuple[str, Parser]]

    @property
    def header(self) -> list[str]:
        return list(self.columns)


TEMPLATES = (
    Template(
        "orders",
        {
            "order_id": ("order_id", r.required),
            "order_date": ("order_date", r.parse_day),
            "buyer": ("buyer", r.optional_text),
            "total": ("total_minor", r.parse_money),
            "currency": ("currency", lambda t: (t or "").strip().upper() or "USD"),
            "processing_min": ("processing_min", lambda t: r.optional_int(t, 0, 365)),
            "processing_max": ("processing_max", lambda t: r.optional_int(t, 0, 365)),
            "ship_by": ("ship_by", r.optional_day),
            "shipped_date": ("shipped_date", r.optional_day),
            "tracking_number": ("tracking_number", lambda t: r.optional_text(t) or None),
            "carrier": ("carrier", lambda t: r.optional_text(t) or None),
            "delivered_date": ("delivered_date", r.optional_day),
            "status": ("status", r.parse_status),
            "digital": ("digital", r.parse_flag),
            "custom": ("custom", r.parse_flag),
        },
    ),
    Template(
        "reviews",
        {
            "order_id": ("order_id", r.required),
            "review_date": ("review_date", r.parse_day),
            "rating": ("rating", r.parse_rating),
            "text": ("text", r.optional_text),
            "excluded_reason": ("excluded_reason", r.parse_exclusion),
        },
    ),
    Template(
        "cases",
        {
            "order_id": ("order_id", r.required),
            "opened_date": ("opened_date", r.parse_day),
            "reason": ("reason", r.parse_reason),
            "resolution": ("resolution", r.parse_resolution),
            "closed_date": ("closed_date", r.optional_day),
            "excluded_reason": ("excluded_reason", r.parse_exclusion),
        },
    ),
    Template(
        "messages",
        {
            "thread_id": ("thread_id", r.required),
            "order_id": ("order_id", lambda t: r.optional_text(t) or None),
            "sender": ("sender", r.parse_sender),
            "sent_at": ("sent_at", r.parse_instant),
            "spam": ("spam", r.parse_flag),
            "text": ("text", r.optional_text),
        },
    ),
)
BY_KIND = {t.kind: t for t in TEMPLATES}
#: Orders go first so that the other files can refer to orders of the same import.
WRITE_ORDER = ("orders", "reviews", "cases", "messages")
MAX_REPORTED = 20


@dataclass(frozen=True)
class RowError:
    file: str
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}, row {self.row}, column {self.column}: {self.message}"


class ImportFailed(Exception):
    """Nothing was imported; `errors` says where and why."""

    def __init__(self, errors: Sequence[RowError | str]) -> None:
        self.errors = list(errors)
        shown = "\n".join(f"  {e}" for e in self.errors[:MAX_REPORTED])
        more = len(self.errors) - MAX_REPORTED
        tail = f"\n  ... and {more} more" if more > 0 else ""
        super().__init__(
            f"Nothing was imported: {len(self.errors)} problem(s) found.\n{shown}{tail}\n"
            "Fix the file(s) and import again; the shop was not changed."
        )


@dataclass
class ParsedFile:
    path: Path
    template: Template
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)


@dataclass(frozen=True)
class ImportSummary:
    counts: dict[str, int]

    def __str__(self) -> str:
        parts = [f"{n} {kind}" for kind, n in self.counts.items() if n]
        return "Imported " + (", ".join(parts) if parts else "nothing (the files had no rows)")


def recognise(header: Sequence[str]) -> Template | None:
    names = {h.strip().lower() for h in header}
    for template in TEMPLATES:
        if names == set(template.columns):
            return template
    return None


def read_file(path: Path, errors: list[RowError | str]) -> ParsedFile | None:
    name = path.name
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            table = list(csv.reader(handle))
    except FileNotFoundError:
        errors.append(f"{path}: file not found")
        return None
    except UnicodeDecodeError:
        errors.append(f"{name}: not UTF-8 text; save the file as CSV UTF-8 and import again")
        return None
    except csv.Error as exc:
        errors.append(f"{name}: not a readable CSV file ({exc})")
        return None
    if not table:
        errors.append(f"{name}: the file is empty; expected a header row")
        return None
    header = _without_trailing_blanks(table[0])  # spreadsheets often save empty columns
    template = recognise(header)
    if template is None:
        errors.append(_header_error(name, header))
        return None
    positions = {h.strip().lower(): i for i, h in enumerate(header)}
    parsed = ParsedFile(path, template)
    for line, row in enumerate(table[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        cells = row if len(row) <= len(header) else row[: len(header)] + _without_trailing_blanks(row[len(header) :])
        if len(cells) != len(positions):
            errors.append(RowError(name, line, "-", f"has {len(cells)} cells; the header has {len(positions)}"))
            continue
        record: dict[str, Any] = {}
        for column, (target, parse) in template.columns.items():
            try:
                record[target] = parse(cells[positions[column]])
            except r.FieldError as exc:
                errors.append(RowError(name, line, column, str(exc)))
        parsed.rows.append((line, record))
    return parsed


def _without_trailing_blanks(cells: Sequence[str]) -> list[str]:
    cells = list(cells)
    while cells and not cells[-1].strip():
        cells.pop()
    return cells


def _header_error(name: str, header: Sequence[str]) -> RowError | str:
    """Name the columns that keep the header from matching its closest template."""
    names = {h.strip().lower() for h in header}
    closest = max(TEMPLATES, key=lambda t: len(names & set(t.columns)))
    unknown = [h.strip() for h in header if h.strip().lower() not in closest.columns]
    missing = [c for c in closest.header if c not in names]
    hint = "Use `sellerdesk templates DIR` for blank templates."
    if not names & set(closest.columns):
        expected = "; ".join(f"{t.kind}: {','.join(t.header)}" for t in TEMPLATES)
        return (
            f"{name}, row 1: the header row ({','.join(header)}) matches no SellerDesk template. "
            f"Expected the columns of one of: {expected}. {hint}"
        )
    parts = []
    if unknown:
        parts.append(f"unknown column(s) {', '.join(unknown)}")
    if missing:
        parts.append(f"missing column(s) {', '.join(missing)}")
    return RowError(
        name,
        1,
        ", ".join(unknown or missing),
        f"the header row does not match the {closest.kind} template: {'; '.join(parts)}. "
        f"Expected exactly: {','.join(closest.header)}. {hint}",
    )


def import_files(store: Store, paths: Iterable[str | Path]) -> ImportSummary:
    """Validate every file, then write them all in one transaction; raise ImportFailed on any error."""
    errors: list[RowError | str] = []
    files = [f for p in paths if (f := read_file(Path(p), errors)) is not None]
    if errors:
        raise ImportFailed(errors)
    files.sort(key=lambda f: WRITE_ORDER.index(f.template.kind))
    batch: dict[str, list[dict[str, Any]]] = {kind: [] for kind in WRITE_ORDER}
    _check_rows(store, files, errors, batch)
    if errors:
        raise ImportFailed(errors)
    with store.write(*WRITE_ORDER, "threads"):
        store.upsert_orders(batch["orders"])
        store.upsert("reviews", batch["reviews"])
        store.upsert("cases", batch["cases"])
        store.upsert_messages(batch["messages"])
    return ImportSummary({k: len(v) for k, v in batch.items()})


def _check_rows(
    store: Store,
    files: list[ParsedFile],
    errors: list[RowError | str],
    batch: dict[str, list[dict[str, Any]]],
) -> None:
    """Rules across rows and files: duplicate keys, known order ids, dates in order."""
    order_dates: dict[str, str] = {}
    seen: dict[tuple[str, tuple], tuple[str, int]] = {}
    for parsed in files:
        kind, name = parsed.template.kind, parsed.path.name
        key_columns = _duplicate_key(kind)
        for line, row in parsed.rows:
            key = (kind, tuple(row.get(c) for c in key_columns))
            if key in seen:
                first_file, first_line = seen[key]
                errors.append(
                    RowError(
                        name,
                        line,
                        key_columns[-1],
                        f"duplicate of {first_file} row {first_line} "
                        f"({', '.join(str(k) for k in key[1])}); each record may appear once",
                    )
                )
                continue
            seen[key] = (name, line)
            if kind == "orders":
                order_dates[row["order_id"]] = row["order_date"]
                for column, message in r.validate_order(row).items():
                    errors.append(RowError(name, line, column, message))
            else:
                _check_reference(store, row, order_dates, name, line, errors)
            batch[kind].append(row)


def _duplicate_key(kind: str) -> tuple[str, ...]:
    return {
        "orders": ("order_id",),
        "reviews": ("order_id", "review_date"),
        "cases": ("order_id", "opened_date"),
        "messages": ("thread_id", "sender", "sent_at"),
    }[kind]


def _check_reference(
    store: Store,
    row: dict[str, Any],
    order_dates: dict[str, str],
    name: str,
    line: int,
    errors: list[RowError | str],
) -> None:
    order_id = row.get("order_id")
    if order_id is None:
        return
    if order_id not in order_dates:
        found = store.db.execute("SELECT order_date FROM orders WHERE order_id = ?", [order_id]).fetchone()
        if found is None:
            errors.append(
                RowError(
                    name,
                    line,
                    "order_id",
                    f"unknown order id '{order_id}'; import its order first (or in the same import)",
                )
            )
            return
        order_dates[order_id] = found[0]
    order_date = order_dates[order_id]
    if "review_date" in row:
        problems = r.validate_dated_after_order("review_date", row["review_date"], order_date)
    elif "opened_date" in row:
        problems = r.validate_case(row, order_date)
    else:
        problems = {}  # buyers often write before they buy: a message may precede its order
    for column, message in problems.items():
        errors.append(RowError(name, line, column, message))


def write_templates(folder: str | Path) -> list[Path]:
    """The four empty templates (header row only), UTF-8."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for template in TEMPLATES:
        target = folder / f"sellerdesk-{template.kind}.csv"
        with target.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerow(template.header)
        written.append(target)
    return written
