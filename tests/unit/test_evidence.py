"""Evidence for a case, read back with pdftotext: the order's timeline, every message with its time, the
reviews and cases, and seller protection (shipped on time with tracking, RULES.md 1); private file; the
command line in the window's language; bad input one line."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from shopkit import add_case, add_message, add_order, add_review, at

from sellerdesk.io.evidence import EvidenceError, write_evidence

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)")

TODAY = date(2026, 4, 2)
TRACKING = "9400111899223344556677"


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return unicodedata.normalize("NFKC", done.stdout)


def lines(text: str) -> list[str]:
    """Each line with its runs of spaces squeezed to one (pdftotext -layout pads the columns)."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def line_after(text: str, start: str) -> str:
    found = [line for line in lines(text) if line.startswith(start)]
    assert len(found) == 1, f"{len(found)} lines start with {start!r}"
    return found[0]


def section(text: str, title: str, next_title: str) -> list[str]:
    """The squeezed lines between two headings, without the table's header row."""
    all_lines = lines(text)
    start = all_lines.index(title)
    end = next(i for i, line in enumerate(all_lines) if i > start and line.startswith(next_title))
    return all_lines[start + 2 : end]


def _case_order(store, order_id: str, **fields) -> str:
    add_order(store, order_id, "2026-03-02", ship_by="2026-03-05", processing_min=2, processing_max=3, **fields)
    add_case(store, order_id, "2026-03-25")
    return order_id


@pytest.fixture
def shop(store):
    """One order whose ship-by was extended before it shipped, with messages, a review and a case."""
    _case_order(
        store,
        "7001",
        ship_by_extended="2026-03-12",
        extended_on="2026-03-04",
        status="shipped",
        shipped="2026-03-10",  # after the first ship-by, on time for the extended one
        carrier="USPS",
        tracking=TRACKING,
        buyer="Ada Buyer",
        ship_city="Portland",
        ship_state="OR",
        ship_country="United States",
        total_minor=4250,
    )
    add_message(store, "t1", "buyer", at(date(2026, 3, 3), 14, 5), order_id="7001", text="Could you gift wrap it?")
    add_message(store, "t1", "seller", at(date(2026, 3, 3), 18, 40), order_id="7001", text="Yes, gladly!")
    add_message(store, "t1", "buyer", at(date(2026, 3, 20), 9, 15), order_id="7001", text="It has not arrived.")
    # A reply logged without the order id belongs to the order through its thread; another thread does not.
    add_message(store, "t1", "seller", at(date(2026, 3, 20), 11, 0), text="Tracking shows it in Portland.")
    add_order(store, "7009", "2026-03-02")
    add_message(store, "t2", "buyer", at(date(2026, 3, 21), 8, 0), order_id="7009", text="Another order.")
    add_review(store, "7001", "2026-03-28", 1)
    store.db.execute("UPDATE reviews SET text = 'Never arrived' WHERE order_id = '7001'")
    return store


def test_the_pdf_holds_the_timeline_messages_reviews_and_case(shop, tmp_path, qapp):
    out = tmp_path / "out" / "case.pdf"
    out.parent.mkdir()
    write_evidence(shop, "7001", out, TODAY)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in out.parent.iterdir()] == ["case.pdf"]  # no partial file left behind
    text = pdf_text(out)
    assert "Order 7001: the shop's records for Etsy's case" in lines(text)
    assert "Written on 2026-04-02 from the records kept in SellerDesk." in lines(text)
    assert line_after(text, "Buyer") == "Buyer Ada Buyer"
    assert line_after(text, "Ship to") == "Ship to Portland, OR, United States"
    assert line_after(text, "Order total") == "Order total 42.50 USD"
    # The case.
    assert line_after(text, "2026-03-25") == "2026-03-25 not received open"
    # The timeline, in date order: the first ship-by, the extension, shipping, the EDD; no delivery recorded.
    assert section(text, "Timeline", "Messages (") == [
        "2026-03-02 Ordered",
        "2026-03-05 Ship-by date processing time 2–3 business days",
        f"2026-03-10 Shipped USPS, tracking {TRACKING}",
        "2026-03-12 Ship-by date, extended extended from 2026-03-05 on 2026-03-04",
        "2026-03-18 Estimated delivery date",  # the store's: 4 business days' transit after Thu 12 Mar
        "— Delivered no delivery date recorded",
    ]
    # Every message with its time (UTC), then the review.
    assert "Sent (UTC) From Message" in lines(text)
    assert section(text, "Messages (4)", "Reviews (") == [
        "2026-03-03 14:05 buyer Could you gift wrap it?",
        "2026-03-03 18:40 seller Yes, gladly!",
        "2026-03-20 09:15 buyer It has not arrived.",
        "2026-03-20 11:00 seller Tracking shows it in Portland.",
    ]
    assert line_after(text, "2026-03-28") == "2026-03-28 1 of 5 stars Never arrived"
    # Seller protection counts the extended ship-by date.
    assert "Meets seller protection: shipped on time with tracking." in lines(text)
    assert line_after(text, "Shipped on or before") == (
        "Shipped on or before the ship-by date shipped 2026-03-10, ship by 2026-03-12 yes"
    )
    assert line_after(text, "Tracking number") == f"Tracking number {TRACKING} yes"


@pytest.mark.parametrize(
    ("fields", "verdict", "shipped_row", "tracking_row"),
    [
        (
            {"status": "shipped", "shipped": "2026-03-06", "tracking": TRACKING},
            "Does not meet seller protection: shipped after the ship-by date.",
            "shipped 2026-03-06, ship by 2026-03-05 no",
            f"{TRACKING} yes",
        ),
        (
            {"status": "shipped", "shipped": "2026-03-05", "carrier": "Royal Mail"},
            "Does not meet seller protection: no tracking number is recorded.",
            "shipped 2026-03-05, ship by 2026-03-05 yes",
            "— no",
        ),
        ({}, "Does not meet seller protection: no ship date is recorded.", "shipped —, ship by 2026-03-05 no", "— no"),
    ],
    ids=["late", "untracked", "not-shipped"],
)
def test_seller_protection_says_which_condition_fails(
    store, tmp_path, qapp, fields, verdict, shipped_row, tracking_row
):
    _case_order(store, "7002", **fields)
    out = tmp_path / "case.pdf"
    write_evidence(store, "7002", out, TODAY)
    text = pdf_text(out)
    assert verdict in lines(text)
    assert line_after(text, "Shipped on or before") == f"Shipped on or before the ship-by date {shipped_row}"
    assert line_after(text, "Tracking number") == f"Tracking number {tracking_row}"
    assert "No messages are recorded for this order." in lines(text)
    assert "No review is recorded for this order." in lines(text)


def test_an_order_without_a_case_or_unknown_is_refused_and_nothing_is_written(store, tmp_path, qapp):
    add_order(store, "7003", "2026-03-02")
    out = tmp_path / "out" / "case.pdf"
    out.parent.mkdir()
    with pytest.raises(EvidenceError, match="order 7003 has no case; evidence is for an order with a case"):
        write_evidence(store, "7003", out, TODAY)
    with pytest.raises(EvidenceError, match="there is no order 9999 in this shop"):
        write_evidence(store, "9999", out, TODAY)
    assert list(out.parent.iterdir()) == []


# -- the command line (a separate process: it makes its own offscreen QGuiApplication) ---------------
def run_cli(*args: str, lang: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "SELLERDESK_LANG")}
    if lang:
        env["SELLERDESK_LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "sellerdesk", *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


def test_cli_writes_the_evidence_in_the_chosen_language(shop, db_path, tmp_path):
    add_case(
        shop, "7001", "2026-03-30", reason="not_as_described", resolution="refunded_by_seller", closed="2026-03-31"
    )
    shop.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    out = tmp_path / "caso.pdf"
    done = run_cli("evidence", "--db", str(db_path), "--order", "7001", "--out", str(out), lang="it")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        f"{out}: evidence for order 7001 (4 messages, 1 review, 2 cases); meets seller protection"
    )
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = pdf_text(out)
    # Stored codes in the window's Italian words (sender, reason, resolution).
    assert line_after(text, "2026-03-03 18:40") == "2026-03-03 18:40 venditore Yes, gladly!"
    assert "non conforme alla descrizione" in line_after(text, "2026-03-30")
    assert "rimborsato dal venditore" in line_after(text, "2026-03-30")
    assert line_after(text, "2026-03-25").startswith("2026-03-25 non ricevuto")


def test_cli_bad_input_is_one_line(shop, db_path, tmp_path):
    add_order(shop, "7004", "2026-03-02")
    shop.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    cases = [
        (("--order", "7004", "--out", str(tmp_path / "x.pdf")), "order 7004 has no case"),
        (("--order", "nope", "--out", str(tmp_path / "x.pdf")), "there is no order nope in this shop"),
        (("--order", "7001", "--out", str(tmp_path / "missing" / "x.pdf")), "does not exist; create it"),
        (("--order", "7001", "--out", str(tmp_path)), "is a folder; give the evidence a file name"),
    ]
    for args, message in cases:
        done = run_cli("evidence", "--db", str(db_path), *args)
        assert done.returncode == 1 and done.stderr.count("\n") == 1 and message in done.stderr, done.stderr
    done = run_cli(
        "evidence", "--db", str(tmp_path / "none.sellerdesk"), "--order", "1", "--out", str(tmp_path / "x.pdf")
    )
    assert done.returncode == 1 and "does not exist" in done.stderr
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "none.sellerdesk").exists()
