"""Reading the text files a seller imports: encoding, separator and a streamed CSV reader.

Etsy writes UTF-8 with commas; a file re-saved by a spreadsheet may come back with a BOM, in
cp1252 (Excel on Windows), or separated by tabs or semicolons (RULES.md 6). The encoding is
decided by one streamed pass over the bytes, the separator from the header row, and rows are
then read one at a time so a big download is never held whole.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

CHUNK = 1 << 20
#: Rows read, converted and staged together by the importers: few enough that they are still in the
#: CPU's cache when staged (150,000 Etsy item rows take ~1.1 s in lists of 100 against ~2 s in lists of 5,000).
ROWS_AT_ONCE = 100
#: The importers report progress, and look at Cancel, after about this many rows.
TICK_ROWS = 5000
SEPARATORS = (",", ";", "\t")
#: Cells longer than this are refused as "not a CSV file" rather than read into memory.
MAX_FIELD = 1 << 20


class FileProblem(Exception):
    """A file that cannot be read at all; the message names the file and says what to do."""


@dataclass
class TextFile:
    path: Path
    encoding: str
    size: int
    warnings: list[str] = field(default_factory=list)
    #: Whether the whole file was looked at (`check`), or only its start.
    checked: bool = True

    @property
    def name(self) -> str:
        return self.path.name


def probe(path: Path, *, whole: bool = True) -> TextFile:
    """Decide the encoding of `path` (UTF-8, with or without BOM, else cp1252) without loading it.

    With `whole=False` only the file's start is read (its size and byte-order mark, enough to read its
    header); `check` then reads the rest, in the process that reads the file."""
    with _reading(path):
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(4)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"
    text_file = TextFile(path, encoding, size, checked=False)
    if whole:
        check(text_file)
    return text_file


def check(text_file: TextFile) -> None:
    """Read the whole file once: refuse a binary one, and read one that is not UTF-8 as cp1252 (warned)."""
    if text_file.checked:
        return
    path = text_file.path
    if text_file.encoding == "utf-16":
        _check_utf16(path)
        text_file.checked = True
        return
    decoder = codecs.getincrementaldecoder("utf-8")()
    utf8 = True
    with _reading(path), path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            if b"\0" in chunk:
                raise FileProblem(
                    f"{path.name}: a binary file, not CSV or JSON text; choose an Etsy or SellerDesk file"
                )
            if utf8:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    utf8 = False
    if utf8:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            utf8 = False
    if not utf8:
        text_file.encoding = "cp1252"
        text_file.warnings.append(
            f"{path.name} is not UTF-8; read it as Windows-1252 (cp1252), as a spreadsheet on Windows saves it"
        )
    text_file.checked = True


@contextmanager
def _reading(path: Path) -> Iterator[None]:
    """What cannot be read, told as a FileProblem that says what to do."""
    try:
        yield
    except IsADirectoryError:
        raise FileProblem(f"{path}: is a folder; give its files or the folder itself") from None
    except FileNotFoundError:
        raise FileProblem(f"{path}: file not found; check the name") from None
    except PermissionError:
        raise FileProblem(f"{path.name}: cannot be read (permission denied); check the file's permissions") from None
    except OSError as exc:
        raise FileProblem(f"{path.name}: cannot be read ({exc.strerror or exc})") from None


def _check_utf16(path: Path) -> None:
    """Excel's "Unicode Text" (UTF-16 with a byte-order mark, tab-separated)."""
    try:
        with _reading(path), path.open(encoding="utf-16") as handle:
            while handle.read(CHUNK):
                pass
    except UnicodeError:
        raise FileProblem(
            f"{path.name}: not readable UTF-16 text; save the file as CSV UTF-8 and import again"
        ) from None


def read_text(text_file: TextFile) -> str:
    """The whole file as text (small files: the reviews JSON)."""
    return text_file.path.read_bytes().decode(text_file.encoding, errors="replace")


class _Counting(io.RawIOBase):
    """A binary file that remembers how many bytes were read (the progress of a streamed read)."""

    def __init__(self, raw: io.BufferedReader) -> None:
        self.raw = raw
        self.position = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # noqa: ANN001 - memoryview from TextIOWrapper
        count = self.raw.readinto(buffer)
        self.position += count or 0
        return count or 0

    def close(self) -> None:
        self.raw.close()
        super().close()


def first_line(text_file: TextFile) -> str:
    with text_file.path.open(encoding=text_file.encoding, errors="replace", newline="") as handle:
        return handle.readline(MAX_FIELD)


def head_text(text_file: TextFile, chars: int = 65536) -> str:
    """The file's first `chars` characters (enough to recognise it)."""
    with text_file.path.open(encoding=text_file.encoding, errors="replace", newline="") as handle:
        return handle.read(chars)


def choose_separator(header_line: str, score: Callable[[list[str]], int]) -> str:
    """The separator whose split header `score` likes best (ties: comma, then semicolon, then tab)."""
    best, best_score = ",", -1
    for separator in SEPARATORS:
        cells = next(csv.reader([header_line], delimiter=separator), [])
        value = score(cells)
        if value > best_score:
            best, best_score = separator, value
    return best


class CsvRows:
    """Iterate (row number, cells) of a CSV file; `progress` is the fraction of bytes read.

    Row numbers count records as a spreadsheet shows them (the header is row 1), not text lines:
    a quoted cell may hold line breaks."""

    def __init__(self, text_file: TextFile, separator: str) -> None:
        self.text_file = text_file
        self.separator = separator
        self._counter: _Counting | None = None

    @property
    def progress(self) -> float:
        if self._counter is None or not self.text_file.size:
            return 0.0
        return min(1.0, self._counter.position / self.text_file.size)

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        row = 0
        with self._reader() as reader:
            try:
                for row, cells in enumerate(reader, start=1):  # noqa: B007 - `row` names a failing row
                    yield row, cells
            except csv.Error as exc:
                raise self._unreadable(row + 1, exc) from None

    def chunks(self, size: int) -> Iterator[tuple[int, list[list[str]]]]:
        """The rows in lists of `size`, each with its first row's number: a loop over a list runs faster
        than one over a generator."""
        first = 1
        with self._reader() as reader:
            try:
                while chunk := list(islice(reader, size)):
                    yield first, chunk
                    first += len(chunk)
            except csv.Error as exc:
                for _row in self:
                    pass  # read again one row at a time, to name the row that cannot be read
                raise self._unreadable(first, exc) from None

    @contextmanager
    def _reader(self) -> Iterator[Iterator[list[str]]]:
        csv.field_size_limit(MAX_FIELD)
        self._counter = _Counting(self.text_file.path.open("rb", buffering=0))  # type: ignore[arg-type]
        buffered = io.BufferedReader(self._counter, CHUNK)
        with io.TextIOWrapper(buffered, encoding=self.text_file.encoding, errors="strict", newline="") as text:
            try:
                yield csv.reader(text, delimiter=self.separator)
            except UnicodeDecodeError:
                raise FileProblem(f"{self.text_file.name}: changed while it was being read; import it again") from None

    def _unreadable(self, row: int, exc: csv.Error) -> FileProblem:
        return FileProblem(
            f"{self.text_file.name}, row {row}: not readable as CSV ({exc}); "
            "check the file is an unchanged Etsy or SellerDesk download"
        )
