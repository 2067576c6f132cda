"""SellerDesk's own CSV templates: recognised by their header row, every row validated and staged
for the importer (io/importer.py), which writes all files in one transaction or nothing.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from operator import itemgetter
from pathlib import Path
from typing import Any

from sellerdesk.core import records as r
from sellerdesk.io.import_report import FileInfo, RowError
from sellerdesk.io.textfile import ROWS_AT_ONCE, TICK_ROWS, CsvRows, TextFile
from sellerdesk.store.staging import TEMPLATE_FIELDS, TEMPLATE_KEYS, Staging

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
#: The stored columns each template's rows are staged with (store/staging.py), in order.
STAGED = {kind: tuple(fields) for kind, fields in TEMPLATE_FIELDS.items()}


def recognise(header: Sequence[str]) -> Template | None:
    names = {h.strip().lower() for h in header}
    for template in TEMPLATES:
        if names == set(template.columns):
            return template
    return None


def read_template(
    info: FileInfo,
    text_file: TextFile,
    separator: str,
    template: Template,
    staging: Staging,
    errors: list[RowError | str],
    seen: dict[tuple, tuple[str, int]],
    tick: Callable[[float], None],
    cancelled: Callable[[], bool],
) -> None:
    """Stream one template file into the staging file; `seen` finds a record given twice."""
    name, kind = info.path.name, template.kind
    rows = CsvRows(text_file, separator)
    positions: dict[str, int] = {}
    width = 0
    key_columns = TEMPLATE_KEYS[kind]
    file_errors: list[RowError] = []
    batch: list[tuple] = []
    parsers: list[tuple[str, int, str, Callable[[str], Any]]] = []
    staged = itemgetter(*STAGED[kind])
    next_tick = TICK_ROWS
    for line, row in rows:
        if line == 1:
            header = _without_trailing_blanks(row)
            if recognise(header) != template:
                # Its first line is this template's header, its first record is not: a quote opened in the
                # header runs on into the rows.
                errors.append(_header_error(name, header))
                return
            positions = {h.strip().lstrip("\ufeff").strip().lower(): i for i, h in enumerate(header)}
            width = len(header)
            # (column, its place in this file, stored field, parser): looked up once, not per cell.
            parsers = [
                (
                    column,
                    positions[column],
                    target,
                    _remembered(parse) if column not in _MOSTLY_UNIQUE else partial(_parse_cell, parse),
                )
                for column, (target, parse) in template.columns.items()
            ]
            continue
        if not "".join(row).strip():
            continue  # a blank row (one string to strip: cheaper than a cell at a time)
        info.rows += 1
        cells = row if len(row) <= width else row[:width] + _without_trailing_blanks(row[width:])
        if len(cells) != width:
            file_errors.append(RowError(name, line, "-", f"has {len(cells)} cells; the header has {width}"))
            continue
        record: dict[str, Any] = {"edd": None}
        before = len(file_errors)
        for column, at, target, parse in parsers:
            try:
                record[target] = parse(cells[at])
            except r.FieldError as exc:
                file_errors.append(RowError(name, line, column, str(exc)))
        if kind == "orders" and len(file_errors) == before:
            file_errors += [RowError(name, line, c, m) for c, m in r.validate_order(record).items()]
        elif kind == "cases" and len(file_errors) == before:
            file_errors += [RowError(name, line, c, m) for c, m in r.validate_case(record, None).items()]
        key = (kind, tuple(record.get(c) for c in key_columns))
        if len(file_errors) == before and key in seen:
            first_file, first_line = seen[key]
            file_errors.append(
                RowError(
                    name,
                    line,
                    _template_column(template, key_columns[-1]),
                    f"duplicate of {first_file} row {first_line} ({', '.join(str(k) for k in key[1])}); "
                    "each record may appear once",
                )
            )
        if len(file_errors) > before:
            if len(file_errors) >= 200:
                break
            continue
        seen[key] = (name, line)
        batch.append((*staged(record), name, line))
        if len(batch) >= ROWS_AT_ONCE:  # staged while still in the CPU's cache
            staging.add_template_rows(kind, batch)
            batch.clear()
            if info.rows >= next_tick:
                next_tick += TICK_ROWS
                tick(rows.progress)
                if cancelled():
                    return
    staging.add_template_rows(kind, batch)
    tick(1.0)
    errors.extend(file_errors)


def _parse_cell(parse: Parser, cell: str) -> Any:
    """A cell's value. An export (io/export.py) puts an apostrophe before text a spreadsheet would run as a
    formula, or that starts with one: it comes off, and the text after it is kept exactly (with its
    leading tab, say) where the field would only have trimmed it."""
    if not cell.startswith("'"):
        return parse(cell)
    text = cell[1:]
    value = parse(text)
    if isinstance(value, str) and value == text.strip() and text.strip():
        return text
    return value


#: Columns whose cells seldom repeat; the others (dates, flags, statuses, totals: a shop's prices are
#: few, 800 distinct totals in 200,000 orders) repeat row after row.
_MOSTLY_UNIQUE = frozenset({"order_id", "thread_id", "buyer", "tracking_number", "text", "sent_at"})
_REMEMBERED = 4096


def _remembered(parse: Parser) -> Callable[[str], Any]:
    """`_parse_cell` with the values of the cells seen before remembered (the parsers are pure; a cell
    that fails is parsed again each time, so its message stays the parser's)."""
    known: dict[str, Any] = {}

    def parse_cell(cell: str) -> Any:
        try:
            return known[cell]
        except KeyError:
            value = _parse_cell(parse, cell)
            if len(known) < _REMEMBERED:
                known[cell] = value
            return value

    return parse_cell


def _template_column(template: Template, stored: str) -> str:
    return next((csv_name for csv_name, (target, _) in template.columns.items() if target == stored), stored)


def _without_trailing_blanks(cells: Sequence[str]) -> list[str]:
    cells = list(cells)
    while cells and not cells[-1].strip():
        cells.pop()
    return cells


def _header_error(name: str, header: Sequence[str]) -> RowError | str:
    """Name the columns that keep the header from matching its closest template."""
    names = {h.strip().lower() for h in header}
    closest = max(TEMPLATES, key=lambda t: len(names & set(t.columns)))
    unknown = [_cut(h.strip()) for h in header if h.strip().lower() not in closest.columns]
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


def _cut(cell: str) -> str:
    """A header cell as a message shows it: its first line, 40 characters at most."""
    first = cell.splitlines()[0] if cell else cell
    return first[:40] + "…" if len(first) > 40 or first != cell else first


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
