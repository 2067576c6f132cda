"""How one row of an Etsy orders or items CSV becomes the tuple staged for it (RULES.md 6).

Each kind's rule is written once, as a short template (ORDERS, ITEMS), and compiled for each file's
layout into two functions:
- `fast(cells)`: the cells' positions written in, the cells a download repeats (dates, amounts,
  quantities, variations) looked up in per-file memos; raises FieldError at a row's first problem.
  A 150,000-row file is converted about twice as fast as by calling a parser per cell.
- `careful(row)`: the same rule through `Row`, which records every problem of the row (file, row,
  column, what is wrong) and goes on. It runs only for a row `fast` refused.
Because both come from one template they cannot disagree on a value, only on how problems are told.

In a template, `{parser:field}` is the cell of `field` through `parser` (see PARSERS; `text` is the
stripped cell), `{parser:field=default}` gives `default` when the file has no such column, and
`problem(column, message)` reports a problem of the row.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from sellerdesk.core.records import FieldError
from sellerdesk.io import etsy_formats as fmt
from sellerdesk.io.import_report import RowError

#: At most this many answers remembered per parser and file (a file of all-different amounts stays small).
MEMO_SIZE = 50_000


def required_day(text: str) -> str:
    day = fmt.month_first_day(text)
    if day is None:
        raise FieldError("a date is required")
    return day


def _optional_money(text: str) -> int | None:
    return fmt.money(text) if text.strip() else None


def fast_identifier(text: str) -> str:
    # Etsy's ids are plain digits: those need none of identifier()'s repairs.
    return text if text.isdigit() and len(text) <= 64 else fmt.identifier(text)


#: Parsers a template names, and whether their answers are memoised per file (cells a download repeats).
PARSERS: dict[str, tuple[Callable[[str], Any], bool]] = {
    "id": (fast_identifier, False),
    "day": (required_day, True),
    "date": (fmt.month_first_day, True),
    "money": (fmt.money, True),
    "signed_money": (fmt.signed_money, True),
    "optional_money": (_optional_money, True),
    "quantity": (fmt.quantity, True),
    "variations": (fmt.split_variations, True),  # a shop's listings repeat a few; a personalization seldom
}

ORDERS = """
order_id = {id:order_id=None}
order_date = {day:sale_date=None}
total = {money:order_total=0}
adjusted = {signed_money:adjusted_total=0}
# The Adjusted columns are all zero unless Etsy adjusted the order (a refund): a full refund leaves the
# adjusted total at 0 but not the adjusted fees. All three are checked.
adjusted_fees = {signed_money:adjusted_fees=0}
adjusted_net = {signed_money:adjusted_net=0}
shipped = {date:date_shipped=None}
if order_id is None or order_date is None:
    return None
status = {text:status}
name = {text:full_name} or {text:buyer}
refund = min(total, max(0, total - adjusted)) if adjusted or adjusted_fees or adjusted_net else 0
return (
    order_id, order_date, name, {text:buyer_user_id} or None, name, {text:street1}, {text:street2}, {text:city},
    {text:state}, {text:zip}, {text:country}, total, ({text:currency} or "USD").upper(), shipped,
    int(is_canceled(status)), refund, status or None,
)
"""

ITEMS = """
transaction_id = {id:transaction_id=None}
order_id = {id:order_id=None}
listing_id = {id:listing_id=None}
order_date = {day:sale_date=None}
quantity = {quantity:quantity=1}
price = {money:price=0}
item_total = {optional_money:item_total=None}
shipping = {money:order_shipping=0}
tax = {money:order_tax=0}
shipped = {date:date_shipped=None}
if transaction_id is None or order_id is None or order_date is None:
    return None
title = {text:item_name}
if not title:
    problem("Item Name", "a value is required")
variations, personalization = {variations:variations=("", "")}
return (
    transaction_id, order_id, order_date, listing_id, title, quantity, price, {text:sku} or None, variations,
    personalization, price * quantity if item_total is None else item_total, shipping, tax,
    ({text:currency} or "USD").upper(), shipped, {text:buyer}, None, {text:ship_name}, {text:address1},
    {text:address2}, {text:city}, {text:state}, {text:zip}, {text:country},
)
"""

TEMPLATES = {"etsy_orders": ORDERS, "etsy_items": ITEMS}
_CELL = re.compile(r"\{(\w+):(\w+)(?:=([^}]*))?\}")


class Memo(dict):
    """One parser's answers for one file: `memo[cell]` parses a cell not seen yet. A bad cell raises
    FieldError and is not remembered (it is parsed again where it recurs, to name its row)."""

    __slots__ = ("parser",)

    def __init__(self, parser: Callable[[str], Any]) -> None:
        super().__init__()
        self.parser = parser

    def __missing__(self, cell: str) -> Any:
        value = self.parser(cell)
        if len(self) < MEMO_SIZE:
            self[cell] = value
        return value


class Row:
    """The row `careful` reads: its cells by field name, each problem recorded as a RowError."""

    __slots__ = ("cells", "errors", "file", "lookups", "number", "positions")

    def __init__(
        self, file: str, positions: dict[str, int], lookups: dict[str, Callable[[str], Any]], errors: list[RowError]
    ) -> None:
        self.file, self.positions, self.lookups, self.errors = file, positions, lookups, errors
        self.cells: list[str] = []
        self.number = 0

    def text(self, field: str) -> str:
        index = self.positions.get(field)
        return self.cells[index].strip() if index is not None else ""

    def parse(self, field: str, parser: str, default: Any) -> Any:
        index = self.positions.get(field)
        if index is None:
            return default
        try:
            return self.lookups[parser](self.cells[index])
        except FieldError as exc:
            self.problem(_header_name(field), str(exc))
            return default

    def problem(self, column: str, message: str) -> None:
        self.errors.append(RowError(self.file, self.number, column, message))


def _header_name(field: str) -> str:
    options = fmt.ORDER_COLUMNS.get(field) or fmt.ITEM_COLUMNS.get(field) or (field,)
    return options[0].title()


def _refuse(column: str, message: str) -> None:
    raise FieldError(message)


class RowMaker:
    """A kind's template compiled for one file's layout; `errors` collects `careful`'s problems."""

    def __init__(self, kind: str, file: str, positions: dict[str, int], errors: list[RowError]) -> None:
        memos = {name: Memo(parser) for name, (parser, memoised) in PARSERS.items() if memoised}
        lookups: dict[str, Callable[[str], Any]] = {name: memo.__getitem__ for name, memo in memos.items()}
        lookups["id"] = PARSERS["id"][0]
        self.row = Row(file, positions, lookups, errors)
        template = TEMPLATES[kind]
        names: dict[str, Any] = {"is_canceled": fmt.is_canceled, "ID": lookups["id"]}
        names |= {f"M_{name}": memo for name, memo in memos.items()}
        self.fast: Callable[[list[str]], tuple | None] = _compile(
            "fast", "cells", _CELL.sub(lambda m: _fast_cell(m, positions), template), names | {"problem": _refuse}
        )
        careful = _compile("careful", "row", _CELL.sub(_careful_cell, template), names)
        self._careful: Callable[[Row], tuple | None] = careful

    def careful(self, cells: list[str], number: int) -> tuple | None:
        self.row.cells, self.row.number = cells, number
        return self._careful(self.row)


def _fast_cell(match: re.Match[str], positions: dict[str, int]) -> str:
    parser, field, default = match.groups()
    index = positions.get(field)
    if index is None:
        return '""' if parser == "text" else default
    if parser == "text":
        return f"cells[{index}].strip()"
    if parser == "id":
        return f"ID(cells[{index}])"
    return f"M_{parser}[cells[{index}]]"


def _careful_cell(match: re.Match[str]) -> str:
    parser, field, default = match.groups()
    if parser == "text":
        return f"row.text({field!r})"
    return f"row.parse({field!r}, {parser!r}, {default})"


def _compile(name: str, argument: str, body: str, names: dict[str, Any]) -> Callable:
    prologue = "    problem = row.problem\n" if argument == "row" else ""
    source = f"def {name}({argument}):\n{prologue}" + "".join(f"    {line}\n" for line in body.strip().splitlines())
    exec(compile(source, f"<etsy row: {name}>", "exec"), names)  # noqa: S102 - our own template, see above
    return names[name]
