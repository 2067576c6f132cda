"""The streamed CSV reader (io/textfile.py): rows one at a time or in chunks, numbered as a spreadsheet
numbers them, and a row that cannot be read named by its number either way."""

from __future__ import annotations

import pytest

from sellerdesk.io.textfile import MAX_FIELD, CsvRows, FileProblem, probe


def test_chunks_give_the_rows_one_at_a_time_gives(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text('a,b\n1,"two\nlines"\n\n3,x\n' + "".join(f"{i},y\n" for i in range(4, 250)), encoding="utf-8")
    rows = CsvRows(probe(path), ",")
    one_by_one = list(rows)
    chunked = [(first + at, cells) for first, chunk in rows.chunks(100) for at, cells in enumerate(chunk)]
    assert chunked == one_by_one
    assert one_by_one[1] == (2, ["1", "two\nlines"])  # a record, not a line: the line break is inside a cell
    assert one_by_one[3] == (4, ["3", "x"])
    assert [len(chunk) for _first, chunk in rows.chunks(100)] == [100, 100, 50]


@pytest.mark.parametrize("chunked", [False, True])
def test_an_unreadable_row_is_named_by_its_number(tmp_path, chunked):
    path = tmp_path / "big-cell.csv"
    rows = ["a,b", *(f"{i},x" for i in range(300)), '1,"' + "y" * (MAX_FIELD + 5) + '"', "2,z"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    csv_rows = CsvRows(probe(path), ",")
    with pytest.raises(FileProblem, match=r"big-cell.csv, row 302: not readable as CSV \(field larger"):
        for _ in csv_rows.chunks(100) if chunked else csv_rows:
            pass
