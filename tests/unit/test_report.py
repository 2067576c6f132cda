"""The monthly PDF report, read back with pdftotext: its figures are `status --json`'s for the first day
after the month, its problem orders and reasons are the shop's, the file is private, bad input is one line."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest
from shopkit import add_case, add_order, add_orders, add_review, make_demo_file, opened_copy

from sellerdesk.core.standards import format_percent
from sellerdesk.io.report_data import ReportError, gather, last_month, month_as_of, parse_month
from sellerdesk.store.standards import shop_status
from sellerdesk.store.store import Store

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)")

TODAY = date(2026, 11, 23)
OCTOBER = date(2026, 10, 1)


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return unicodedata.normalize("NFKC", done.stdout)  # the PDF's "ﬁ" ligatures read as "fi"


def row(text: str, label: str) -> list[str]:
    """The cells after `label` on its line of the PDF (columns are 2+ spaces apart)."""
    for line in text.splitlines():
        if line.strip().startswith(label):
            rest = line.strip()[len(label) :]
            return [cell for cell in re.split(r"\s{2,}", rest.strip()) if cell]
    raise AssertionError(f"no line starts with {label!r} in the report")


def listed(text: str, order_id: str) -> str:
    """The line of a problem-order listing that starts with `order_id`, spaces squeezed."""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip().startswith(order_id + " ")]
    assert len(lines) == 1, f"{order_id} is listed {len(lines)} times"
    return lines[0]


def write(store: Store, path: Path, month: date = OCTOBER, language: str = "", **kwargs):
    from sellerdesk.io.report_pdf import write_report

    return write_report(store, month, path, language, today=TODAY, **kwargs)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    return make_demo_file(tmp_path_factory.mktemp("report") / "demo.sellerdesk", 600, 11, TODAY)


@pytest.fixture
def demo(demo_file, tmp_path):
    yield from opened_copy(demo_file, tmp_path)


def test_month_report_is_as_of_the_first_day_after_the_month():
    assert month_as_of(OCTOBER, TODAY) == date(2026, 11, 1)
    assert month_as_of(date(2025, 12, 1), TODAY) == date(2026, 1, 1)
    assert month_as_of(date(2026, 11, 1), TODAY) == TODAY  # still running: as of today
    with pytest.raises(ReportError, match="has not begun"):
        month_as_of(date(2026, 12, 1), TODAY)
    assert last_month(TODAY) == OCTOBER and last_month(date(2026, 1, 5)) == date(2025, 12, 1)
    assert parse_month(" 2026-10 ") == OCTOBER
    for bad in ("2026-13", "2026-1x", "10-2026", "2026", "2026-10-01", ""):
        with pytest.raises(ReportError, match="YYYY-MM"):
            parse_month(bad)


@pytest.fixture
def english(qapp):
    """The translators the window and the CLI install: English plural forms ("49 reviews")."""
    from PySide6.QtCore import QLocale

    from sellerdesk.ui import i18n

    i18n.install_translations(qapp, QLocale.c())
    yield qapp
    for translator in i18n._installed:
        qapp.removeTranslator(translator)
    i18n._installed.clear()


def test_report_figures_are_the_status_of_the_first_day_after_the_month(demo, tmp_path, english):
    path = tmp_path / "october.pdf"
    report = write(demo, path)
    text = pdf_text(path)
    status = shop_status(demo, date(2026, 11, 1))
    assert report.status == status
    assert "as of 2026-11-01" in text
    odr = status["odr"]
    n = odr["orders"]
    assert row(text, "ODR ") == [
        format_percent(odr["problem_orders"], n, 2),
        format_percent(odr["strict_problem_orders"], n, 2),
    ]
    assert row(text, "Problem orders in the window") == [str(odr["problem_orders"]), str(odr["strict_problem_orders"])]
    assert row(text, "Orders in the window") == [str(n), str(n)]
    assert row(text, "Problem orders since the first sale") == [
        str(odr["problem_orders_all_time"]),
        str(odr["strict_problem_orders_all_time"]),
    ]
    words = {True: "yes", False: "no"}
    for label, key in (
        ("1. ODR at or over 1%", "rate_at_or_over_limit"),
        ("2. At least 3 problem orders since the first sale", "three_since_first_sale"),
        ("3. At least 2 problem orders in the window", "two_in_window"),
    ):
        assert row(text, label) == [words[odr["criteria"][key]], words[odr["strict_criteria"][key]]]
    sent = {True: "would be sent", False: "not sent"}
    assert row(text, "Customer-service warning") == [sent[odr["warning"]], sent[odr["strict_warning"]]]
    window = odr["window"]
    last = (date.fromisoformat(window["end"]) - timedelta(days=1)).isoformat()
    assert f"Orders placed {window['start']} – {last}" in text

    standards = status["standards"]
    for label, key in (
        ("Messages answered within 48 h", "message_response"),
        ("Orders shipped on time", "on_time_shipping"),
        ("Reviews of 3 stars or fewer", "reviews"),
    ):
        m = standards[key]
        cells = row(text, label)
        assert cells[:2] == [format_percent(m["count"], m["total"]), f"{m['count']} / {m['total']}"]
    assert "Customer service standards, 2026-08-03 – 2026-10-31" in text

    star = status["star_seller"]["last_evaluation"]
    assert star["evaluated_on"] == "2026-11-01"
    verdict = "Star Seller" if star["star_seller"] else "not Star Seller"
    assert f"evaluated on 2026-11-01 over 2026-08-01 – 2026-10-31: {verdict}" in " ".join(text.split())
    m = star["shipping"]
    assert row(text, "Shipped on time with tracking")[:2] == [
        format_percent(m["count"], m["total"]),
        f"{m['count']} / {m['total']}",
    ]
    rating = star["rating"]
    assert row(text, "Average rating")[:2] == [
        f"{int(rating['average'] * 100) / 100:.2f}",
        f"{rating['count']} reviews",
    ]

    listed_ids = demo.db.execute(
        "SELECT order_id, counted_from IS NOT NULL AND counted_from <= '2026-11-01' FROM problem_orders "
        "WHERE NOT canceled AND strict_from <= '2026-11-01' AND order_date >= ? AND order_date < ?",
        [window["start"], window["end"]],
    ).fetchall()
    assert len(listed_ids) == odr["strict_problem_orders"] > 0
    for order_id, counts in listed_ids:
        assert listed(text, order_id).split()[2] == ("counts" if counts else "excluded")
    orders, sales = demo.db.execute(
        "SELECT count(*), sum(CASE WHEN currency = ? THEN total_minor ELSE 0 END) FROM orders "
        "WHERE order_date >= '2026-10-01' AND order_date < '2026-11-01' AND status != 'canceled'",
        [demo.shop()["currency"]],
    ).fetchone()
    assert orders > 0
    flat = " ".join(text.split())
    assert (
        f"Orders placed in the month: {orders} · sales: {sales // 100}.{sales % 100:02d} {demo.shop()['currency']}"
        in flat
    )


def test_every_problem_order_of_the_window_is_listed_with_its_reasons(store, tmp_path, qapp):
    """A crafted shop: counted, excluded and coming problem orders, and an older one for the all-time count."""
    add_orders(store, "w", 100, "2026-09-10")
    add_orders(store, "old", 10, "2026-03-02")
    add_review(store, "old0", "2026-03-20", 1)
    add_order(store, "P-REVIEW", "2026-09-01")
    add_review(store, "P-REVIEW", "2026-09-15", 2)
    add_order(store, "P-CASE", "2026-09-02", ship_by="2026-09-05", shipped="2026-09-04", tracking="1Z")
    add_case(store, "P-CASE", "2026-09-20", reason="not_received")
    add_order(store, "P-EXCL", "2026-09-03")
    add_case(store, "P-EXCL", "2026-09-25", reason="damaged", excluded="carrier_delay")
    add_order(store, "P-LATER", "2026-10-20")
    add_review(store, "P-LATER", "2026-10-28", 1)
    add_order(store, "P-AFTER-ASOF", "2026-09-04")
    add_review(store, "P-AFTER-ASOF", "2026-11-05", 1)  # reviewed after the as-of day: not yet a problem
    path = tmp_path / "crafted.pdf"
    write(store, path)
    text = pdf_text(path)
    flat = " ".join(text.split())
    odr = shop_status(store, date(2026, 11, 1))["odr"]
    assert (odr["orders"], odr["problem_orders"], odr["strict_problem_orders"]) == (104, 2, 3)
    assert odr["warning"] and odr["strict_warning"]
    assert row(text, "Customer-service warning") == ["would be sent", "would be sent"]
    assert row(text, "ODR ") == ["1.92%", "2.88%"]
    assert listed(text, "P-REVIEW") == "P-REVIEW 2026-09-01 counts review 2★ on 2026-09-15"
    assert listed(text, "P-CASE").startswith("P-CASE 2026-09-02 counts case (not received) opened 2026-09-20;")
    assert "could be excluded: lost in transit, shipped on time" in flat  # shipped on time with tracking
    assert listed(text, "P-EXCL").startswith("P-EXCL 2026-09-03 excluded case (damaged)")
    assert "case (damaged) opened 2026-09-25 — excluded: carrier delay" in flat
    assert "P-AFTER-ASOF" not in text
    assert listed(text, "P-LATER") == "P-LATER 2026-10-20 2026-11-20 2.85% review 1★ on 2026-10-28"
    assert row(text, "review of 2 stars or fewer") == ["1", "0"]
    assert row(text, "case: damaged") == ["0", "1"]
    assert "Orders placed in the month: 1 · sales: 10.00 USD" in flat  # P-LATER alone


def test_a_shop_without_orders_says_so(store, tmp_path, qapp):
    path = tmp_path / "empty.pdf"
    write(store, path)
    text = pdf_text(path)
    assert row(text, "ODR ") == ["no orders", "no orders"]
    assert "No orders in the window: the rate is not defined." in " ".join(text.split())
    assert "No problem orders in the window." in text


def test_the_report_holds_the_trend_chart(demo, tmp_path, qapp):
    path = tmp_path / "chart.pdf"
    report = write(demo, path)
    assert len(report.trend.days) == 365 and report.trend.days[-1] == date(2026, 11, 1)
    assert report.trend.on(date(2026, 11, 1))["rate"] == report.status["odr"]["rate"]
    if shutil.which("pdfimages"):
        listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
        images = [line for line in listing.splitlines()[2:] if line.strip()]
        assert len(images) == 1
        assert int(images[0].split()[3]) > 1000  # the chart, printed sharp (about 200 dpi)


def test_report_file_is_private_and_written_whole(demo, tmp_path, qapp):
    from sellerdesk.io.report_pdf import ReportCancelled

    path = tmp_path / "report.pdf"
    path.write_text("an older report")
    os.chmod(path, 0o644)
    old_umask = os.umask(0o022)
    try:
        write(demo, path)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("demo")) == ["report.pdf"]
    fresh = tmp_path / "cancelled.pdf"
    with pytest.raises(ReportCancelled):
        write(demo, fresh, cancelled=lambda: True)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("demo")) == ["report.pdf"]


def test_progress_is_reported_up_to_done(demo, tmp_path, qapp):
    seen: list[float] = []
    write(demo, tmp_path / "p.pdf", progress=lambda fraction, _text: seen.append(fraction))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)


def test_a_running_month_is_reported_as_of_today(demo, tmp_path, qapp):
    path = tmp_path / "november.pdf"
    report = gather(demo, date(2026, 11, 1), TODAY)
    assert (report.as_of, report.complete) == (TODAY, False)
    write(demo, path, month=date(2026, 11, 1))
    assert "The month is not over: figures as of today, 2026-11-23." in " ".join(pdf_text(path).split())


# -- the command line (a separate process: it makes its own offscreen QGuiApplication) ---------------
def run_cli(*args: str, lang: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "SELLERDESK_LANG")}
    if lang:
        env["SELLERDESK_LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "sellerdesk", *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


def test_cli_report_matches_status_json_and_speaks_the_chosen_language(demo_file, tmp_path):
    import json

    out = tmp_path / "oktober.pdf"
    done = run_cli("report", "--db", str(demo_file), "--month", "2026-10", "--out", str(out), lang="it")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{out}: report for 2026-10, figures as of 2026-11-01"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = pdf_text(out)
    assert "ottobre 2026" in text  # the month named in Italian
    status = json.loads(run_cli("status", "--db", str(demo_file), "--as-of", "2026-11-01", "--json").stdout)
    odr = status["odr"]
    assert row(text, "TIO ")[0] == format_percent(odr["problem_orders"], odr["orders"], 2)  # ODR, in Italian


def test_cli_report_bad_input_is_one_line(demo_file, tmp_path):
    done = run_cli("report", "--db", str(demo_file), "--month", "2026-13", "--out", str(tmp_path / "x.pdf"))
    assert done.returncode == 2 and "'2026-13' is not a month; write it as YYYY-MM" in done.stderr
    done = run_cli("report", "--db", str(tmp_path / "none.sellerdesk"), "--out", str(tmp_path / "x.pdf"))
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "does not exist" in done.stderr
    done = run_cli("report", "--db", str(demo_file), "--out", str(tmp_path / "missing" / "x.pdf"))
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "does not exist" in done.stderr
    done = run_cli("report", "--db", str(demo_file), "--month", "2999-01", "--out", str(tmp_path / "x.pdf"))
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "has not begun yet" in done.stderr
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "none.sellerdesk").exists()
