"""The Etsy row rules compiled for speed (io/etsy_rows.py): the fast function and the careful one come
from one template, so a row the fast one accepts must give exactly what the careful one gives (with no
problem recorded), and a row it refuses must get its problems named by the careful one. The same holds
for the reviews JSON's plain path and its careful one."""

from __future__ import annotations

import csv

from etsykit import US_ITEMS, US_ORDERS
from hypothesis import given, settings
from hypothesis import strategies as st
from test_etsy_import_fuzz import SPECIAL_CELLS, json_values

from sellerdesk.core.records import FieldError
from sellerdesk.io import etsy_formats as fmt
from sellerdesk.io.etsy_reader import _plain_review, _review
from sellerdesk.io.etsy_rows import Memo, RowMaker, required_day
from sellerdesk.io.import_report import RowError


def _rows(path) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        header, *rows = csv.reader(handle)
    return header, rows


def _outcome(maker: RowMaker, errors: list[RowError], cells: list[str]) -> tuple:
    """('fast', value) when the fast function takes the row, else ('careful', problems named)."""
    careful = maker.careful(cells, 7)
    told = [(e.row, e.column) for e in errors]
    errors.clear()
    try:
        fast = maker.fast(cells)
    except FieldError:
        return "careful", told
    assert fast == careful and not told, (cells, fast, careful, told)
    return "fast", fast


def _maker(kind: str, header: list[str]) -> tuple[RowMaker, list[RowError]]:
    errors: list[RowError] = []
    return RowMaker(kind, "f.csv", fmt.layout(kind, header).positions, errors), errors


def test_the_fixture_rows_read_the_same_both_ways() -> None:
    for path, kind in ((US_ORDERS, "etsy_orders"), (US_ITEMS, "etsy_items")):
        header, rows = _rows(path)
        maker, errors = _maker(kind, header)
        for cells in rows:
            assert _outcome(maker, errors, cells)[0] == "fast"


@settings(max_examples=300, deadline=None)
@given(data=st.data(), kind=st.sampled_from(["etsy_orders", "etsy_items"]))
def test_a_changed_cell_reads_the_same_or_is_named(data, kind: str) -> None:
    header, rows = _rows(US_ORDERS if kind == "etsy_orders" else US_ITEMS)
    # Any needed-or-not column may be missing from a download's header (a missing needed one is refused
    # before rows are read; here the rule still has to give its default).
    dropped = data.draw(st.sets(st.integers(0, len(header) - 1), max_size=4))
    header = [h if i not in dropped else f"gone {i}" for i, h in enumerate(header)]
    maker, errors = _maker(kind, header)
    cells = list(data.draw(st.sampled_from(rows)))
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(cells) - 1))
        cells[at] = data.draw(st.one_of(st.sampled_from(SPECIAL_CELLS), st.text(max_size=8)))
    how, what = _outcome(maker, errors, cells)
    if how == "careful":
        assert what and all(row == 7 for row, _ in what)
    # Asked again (now from the memos), the row reads the same.
    assert _outcome(maker, errors, cells) == (how, what)


def test_a_bad_adjusted_fees_cell_is_named_even_when_the_order_was_adjusted() -> None:
    header, rows = _rows(US_ORDERS)
    maker, errors = _maker("etsy_orders", header)
    cells = list(rows[0])
    cells[header.index("Adjusted Order Total")] = "10.00"
    cells[header.index("Adjusted Card Processing Fees")] = "ten"
    assert _outcome(maker, errors, cells) == ("careful", [(7, "Adjusted Card Processing Fees")])


def test_an_item_without_a_title_is_named() -> None:
    header, rows = _rows(US_ITEMS)
    maker, errors = _maker("etsy_items", header)
    cells = list(rows[0])
    cells[header.index("Item Name")] = "  "
    assert _outcome(maker, errors, cells) == ("careful", [(7, "Item Name")])


@settings(max_examples=300, deadline=None)
@given(
    key=st.sampled_from(["order_id", "star_rating", "date_reviewed", "message", "reviewer", None]),
    value=json_values,
)
def test_a_review_entry_reads_the_same_on_the_plain_path(key, value) -> None:
    entry = {"reviewer": "Ana", "date_reviewed": "11/30/2026", "star_rating": 5, "message": "", "order_id": 31002}
    if key is not None:
        entry[key] = value
    errors: list = []
    careful = _review("reviews.json", 3, entry, errors)
    try:
        plain = _plain_review(entry, Memo(required_day))
    except (KeyError, TypeError, FieldError):
        return  # read by the careful path, as `careful`
    assert (plain, errors) == (careful, [])
