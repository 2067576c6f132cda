"""Mutated Etsy downloads and SellerDesk templates (issue 8): whatever happens to a real-shaped file
(a cell, a quote, the encoding, the delimiter, a cut), the import either succeeds cleanly or raises
ImportFailed, and on failure the shop is exactly as it was."""

from __future__ import annotations

import csv
import io
import json
import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
from etsykit import FIXTURES, OLDER_ITEMS, OLDER_ORDERS, UK_ITEMS, UK_ORDERS, US_ITEMS, US_ORDERS, US_REVIEWS
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from shopkit import dump

from sellerdesk.io.importer import ImportFailed, import_paths, preview_paths
from sellerdesk.store.store import Store

TEMPLATES = FIXTURES / "templates"
#: Each download set, one of whose files gets mutated; the others go in the same import untouched.
SETS = {
    "us": (US_ORDERS, US_ITEMS, US_REVIEWS),
    "uk": (UK_ORDERS, UK_ITEMS),
    "older": (OLDER_ORDERS, OLDER_ITEMS),
    "templates": (TEMPLATES / "sellerdesk-orders.csv", TEMPLATES / "sellerdesk-reviews.csv"),
}
SPECIAL_CELLS = (
    "",
    " ",
    "0",
    "-1",
    "-0.01",
    "1e999",
    "99999999999999999999",
    "NaN",
    "13/45/26",
    "02/30/26",
    "12/31/9999",
    "01/01/0001",
    "1/1/26",
    "2026-03-01",
    '"',
    '""',
    "\n",
    "\r",
    "Personalization:",
    "a,b;c\td",
    "=SUM(A1)",
    "\x00",
    "٣",
    "€12",
    "3.3.3",
    "1,000.00",
    "--",
    "3301000004",
    "4401000008",
)
cell_values = st.one_of(st.sampled_from(SPECIAL_CELLS), st.text(max_size=10))
json_values = st.one_of(
    st.sampled_from(SPECIAL_CELLS),
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True),
    st.lists(st.integers(), max_size=2),
)


def parse(text: str, delimiter: str = ",") -> list[list[str]] | None:
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error:
        return None


def unparse(rows: list[list[str]], delimiter: str = ",", newline: str = "\n") -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=newline).writerows(rows)
    return buffer.getvalue()


@st.composite
def mutated_csv(draw, text: str) -> bytes:
    steps = draw(
        st.lists(st.sampled_from(["cell", "quote", "cut", "delete", "rows", "header", "resave", "bytes"]), max_size=3)
    )
    for step in steps:
        rows = parse(text)
        if step == "cell" and rows and len(rows) > 1:
            r = draw(st.integers(1, len(rows) - 1))
            if rows[r]:
                rows[r][draw(st.integers(0, len(rows[r]) - 1))] = draw(cell_values)
                text = unparse(rows)
        elif step == "quote" and text:
            at = draw(st.integers(0, len(text)))
            text = text[:at] + '"' + text[at:]
        elif step == "cut" and text:
            text = text[: draw(st.integers(0, len(text)))]
        elif step == "delete" and text:
            at = draw(st.integers(0, len(text) - 1))
            text = text[:at] + text[at + draw(st.integers(1, 40)) :]
        elif step == "rows" and rows and len(rows) > 2:
            r = draw(st.integers(1, len(rows) - 1))
            choice = draw(st.sampled_from(["drop", "double", "short", "long"]))
            if choice == "drop":
                del rows[r]
            elif choice == "double":
                rows.insert(r, list(rows[r]))
            elif choice == "short":
                rows[r] = rows[r][: draw(st.integers(0, max(len(rows[r]) - 1, 0)))]
            else:
                rows[r] = rows[r] + ["extra"]
            text = unparse(rows)
        elif step == "header" and rows and len(rows[0]) > 1:
            a, b = draw(st.integers(0, len(rows[0]) - 1)), draw(st.integers(0, len(rows[0]) - 1))
            choice = draw(st.sampled_from(["swap", "drop", "case", "blank", "duplicate"]))
            if choice == "swap":
                rows[0][a], rows[0][b] = rows[0][b], rows[0][a]
            elif choice == "drop":
                rows = [row[:a] + row[a + 1 :] for row in rows]
            elif choice == "case":
                rows[0][a] = rows[0][a].upper()
            elif choice == "blank":
                rows[0][a] = ""
            else:
                rows[0][a] = rows[0][b]
            text = unparse(rows)
        elif step == "bytes" and text:
            at = draw(st.integers(0, len(text)))
            text = (
                text[:at]
                + draw(st.sampled_from(["\ufeff", "\r", "\x00", "\u2028", "\x85", '""', "\ufffd"]))
                + text[at:]
            )
        elif step == "resave" and rows:
            delimiter = draw(st.sampled_from([",", ";", "\t"]))
            text = unparse(rows, delimiter, draw(st.sampled_from(["\n", "\r\n"])))
    return encode(draw, text)


@st.composite
def mutated_json(draw, text: str) -> bytes:
    entries = json.loads(text)
    steps = draw(st.lists(st.sampled_from(["value", "key", "cut", "quote", "entry"]), max_size=3))
    raw: str | None = None
    for step in steps:
        if step == "entry" and raw is None:
            entries.append(draw(st.sampled_from([None, 5, "x", [], {}])))
        elif step in ("value", "key") and raw is None:
            entry = draw(st.sampled_from([e for e in entries if isinstance(e, dict)]))
            name = draw(st.sampled_from(["reviewer", "date_reviewed", "star_rating", "message", "order_id"]))
            if step == "value":
                entry[name] = draw(json_values)
            else:
                entry.pop(name, None)
        elif step in ("cut", "quote"):
            raw = raw if raw is not None else json.dumps(entries)
            at = draw(st.integers(0, len(raw)))
            raw = raw[:at] if step == "cut" else raw[:at] + '"' + raw[at:]
    if raw is None:
        try:
            raw = json.dumps(entries, ensure_ascii=draw(st.booleans()))
        except ValueError:  # NaN is fine for json.dumps; anything else unserialisable is skipped
            raw = text
    return encode(draw, raw)


def encode(draw, text: str) -> bytes:
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]))
    return text.encode(encoding, errors="replace")


@pytest.fixture(scope="module")
def base_shop(tmp_path_factory) -> Path:
    """A shop already holding the 2025 download and the US reviews, so imports also merge and update."""
    path = tmp_path_factory.mktemp("fuzz") / "base.sellerdesk"
    store = Store.open(path)
    import_paths(store, [OLDER_ORDERS, OLDER_ITEMS, US_REVIEWS])
    store.close()
    return path


def check_consistent(store: Store) -> None:
    db = store.db
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    for column in ("order_date", "shipped_date", "ship_by", "edd"):
        for (value,) in db.execute(f"SELECT DISTINCT {column} FROM orders WHERE {column} IS NOT NULL"):
            assert 1990 <= date.fromisoformat(value).year <= 2100, (column, value)
    for (value,) in db.execute("SELECT DISTINCT review_date FROM reviews"):
        date.fromisoformat(value)
    assert db.execute("SELECT count(*) FROM orders WHERE typeof(total_minor) != 'integer'").fetchone() == (0,)
    assert db.execute("SELECT count(*) FROM order_items WHERE typeof(price_minor) != 'integer'").fetchone() == (0,)
    # the standards' per-day summaries were kept in step with the rows
    counted = db.execute("SELECT coalesce(sum(order_count), 0) FROM order_days").fetchone()[0]
    assert counted == db.execute("SELECT count(*) FROM orders WHERE status != 'canceled'").fetchone()[0]
    # a review waits only while its order is missing
    assert db.execute("SELECT count(*) FROM pending_reviews p JOIN orders o USING (order_id)").fetchone() == (0,)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_download_imports_cleanly_or_fails_cleanly(base_shop, data):
    files = SETS[data.draw(st.sampled_from(sorted(SETS)), label="set")]
    target = data.draw(st.sampled_from(files), label="mutated file")
    text = target.read_text(encoding="utf-8")
    strategy = mutated_json(text) if target.suffix == ".json" else mutated_csv(text)
    blob = data.draw(strategy, label="bytes")
    with tempfile.TemporaryDirectory() as folder:
        shop_path = Path(folder) / "shop.sellerdesk"
        shutil.copy(base_shop, shop_path)
        mutated = Path(folder) / target.name
        mutated.write_bytes(blob)
        paths = [mutated if f == target else f for f in files]
        store = Store.open(shop_path)
        try:
            before = dump(store.db)
            try:
                preview = preview_paths(store, paths)
            except ImportFailed:
                preview = None
            try:
                report = import_paths(store, paths)
            except ImportFailed as exc:
                event("import failed")
                assert dump(store.db) == before, "a failed import changed the shop"
                assert str(exc).strip() and exc.errors
                assert preview is None, "the preview passed files the import then refused"
                return
            event("imported")
            assert preview is not None, "the preview refused files the import then took"
            assert preview.counts == report.counts
            check_consistent(store)
            after = dump(store.db)
            again = import_paths(store, paths)  # the same (odd) files again: nothing changes
            assert dump(store.db) == after
            assert again.changed is False
        finally:
            store.close()
