"""The headless commands: `status` (JSON contract and summary), `import`, `demo`."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from shopkit import add_case, add_order, add_orders, add_review, add_thread, at, dump, write_csv

from sellerdesk.cli import main as cli_main
from sellerdesk.io.csv_import import TEMPLATES
from sellerdesk.store.store import Store

AS_OF = "2026-06-30"


def run(*args: str, env_db: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "SELLERDESK_DB": str(env_db), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "sellerdesk", *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


@pytest.fixture
def small_shop(db_path: Path) -> Path:
    """100 orders in the ODR window with one problem order, one excluded, one coming."""
    store = Store.open(db_path)
    ids = add_orders(
        store,
        "w",
        99,
        "2026-04-10",
        processing_max=2,
        shipped_date="2026-04-13",
        tracking_number="9400",
        status="shipped",
    )
    add_review(store, ids[0], "2026-04-20", 1)
    add_order(store, "protected", "2026-04-12")
    add_case(store, "protected", "2026-04-25", excluded="accidental_case")
    add_order(store, "coming", "2026-06-10")
    add_review(store, "coming", "2026-06-20", 2)
    add_thread(store, "T1", at(date(2026, 5, 1), 9), timedelta(hours=3))
    add_thread(store, "T2", at(date(2026, 5, 2), 9), None)
    store.close()
    return db_path


def is_metric(m: dict) -> bool:
    return (
        isinstance(m["count"], int)
        and isinstance(m["total"], int)
        and (m["rate"] is None or isinstance(m["rate"], float))
        and m["meets"] in (True, False, None)
    )


def test_status_json_contract(small_shop):
    done = run("status", "--db", str(small_shop), "--json", "--as-of", AS_OF, env_db=small_shop)
    assert done.returncode == 0, done.stderr
    status = json.loads(done.stdout)
    assert status["as_of"] == AS_OF
    odr = status["odr"]
    assert odr["window"] == {"start": "2026-04-01", "end": "2026-05-31"}
    assert odr["orders"] == 100
    assert odr["problem_orders"] == 1
    assert odr["rate"] == 0.01
    assert odr["strict_problem_orders"] == 2
    assert odr["strict_rate"] == 0.02
    assert odr["limit"] == 0.01
    assert odr["problem_orders_all_time"] == 2  # the window's one and the coming one
    assert odr["headroom"] == 0
    assert odr["clean_orders_needed"] == 1
    assert odr["warning"] is False
    assert odr["criteria"] == {"rate_at_or_over_limit": True, "three_since_first_sale": False, "two_in_window": False}
    assert odr["pipeline"] == [
        {
            "order_id": "coming",
            "order_date": "2026-06-10",
            "enters": "2026-07-11",
            "leaves": "2026-09-09",
            # Its window (2026-04-12 .. 2026-06-10) holds only "protected" and itself.
            "on_entry": {"orders": 2, "problem_orders": 1, "rate": 0.5},
        }
    ]
    for key in (
        "orders",
        "problem_orders",
        "strict_problem_orders",
        "problem_orders_all_time",
        "headroom",
        "clean_orders_needed",
    ):
        assert type(odr[key]) is int
    standards = status["standards"]
    for key in ("message_response", "on_time_shipping", "reviews", "case_rate"):
        assert is_metric(standards[key]), key
    assert (standards["message_response"]["count"], standards["message_response"]["total"]) == (1, 2)
    assert standards["message_response"]["rate"] == 0.5 and standards["message_response"]["meets"] is False
    assert (standards["on_time_shipping"]["count"], standards["on_time_shipping"]["total"]) == (99, 99)
    assert standards["on_time_shipping"]["meets"] is True
    assert (standards["reviews"]["count"], standards["reviews"]["total"], standards["reviews"]["meets"]) == (2, 2, True)
    assert (standards["case_rate"]["count"], standards["case_rate"]["total"]) == (0, 101)
    star = status["star_seller"]
    assert star["last_evaluation"]["evaluated_on"] == "2026-06-01"
    assert star["running_period"]["period"] == {"start": "2026-04-01", "end": AS_OF}
    for section in (star["last_evaluation"], star["running_period"]):
        assert is_metric(section["message_response"]) and is_metric(section["shipping"])
        assert section["star_seller"] is False


def test_status_summary_shows_the_odr_line(small_shop, capsys):
    assert cli_main(["status", "--db", str(small_shop), "--as-of", AS_OF]) == 0
    out = capsys.readouterr().out
    # Date ranges are written first day – last day, both included (the window ends before 2026-05-31).
    assert "Order dissatisfaction rate — orders placed 2026-04-01 – 2026-05-30:" in out
    assert "with exclusions            1.00%  (1 of 100)       AT OR OVER THE LIMIT  [below 1.00%]" in out
    assert "strict (no exclusions)     2.00%  (2 of 100)       AT OR OVER THE LIMIT  [below 1.00%]" in out
    assert "1 more clean order in the window would bring the rate below 1%." in out
    assert "no warning would be sent" in out
    assert (
        "Problem order coming, placed 2026-06-10, enters the window on 2026-07-11: the rate would then be 50.00%."
        in out
    )
    assert "message response           50.0%  (1 of 2)         BELOW STANDARD" in out
    # Every row has a verdict, the average rating too.
    assert "average rating" in out and all(
        line.rstrip().endswith("]") for line in out.splitlines() if line.startswith("  average rating")
    )
    for line in out.splitlines():
        if line.startswith("  average rating"):
            assert "meets" in line or "BELOW STANDARD" in line or "nothing to judge yet" in line


def test_status_of_a_shop_without_orders_in_the_window(db_path, capsys):
    Store.open(db_path).close()
    assert cli_main(["status", "--db", str(db_path), "--as-of", AS_OF]) == 0
    assert "no orders in the window" in capsys.readouterr().out


def test_status_of_a_missing_file_is_an_error_not_a_new_shop(tmp_path, capsys):
    missing = tmp_path / "nope.sellerdesk"
    assert cli_main(["status", "--db", str(missing)]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not missing.exists()


def test_import_with_a_bad_file_exits_1_and_says_where(db_path, tmp_path):
    Store.open(db_path).close()
    header = next(t.header for t in TEMPLATES if t.kind == "orders")
    good = ["A1", "2026-05-01", "", "10.00", "USD", "", "", "", "", "", "", "", "open", "0", "0"]
    bad = write_csv(tmp_path / "orders.csv", header, [good, ["A2", "2026-13-01", *good[2:]]])
    conn = sqlite3.connect(db_path)
    before = dump(conn)
    conn.close()
    done = run("import", "--db", str(db_path), str(bad), env_db=db_path)
    assert done.returncode == 1
    assert "orders.csv, row 3, column order_date: '2026-13-01' is not a date" in done.stderr
    assert "Traceback" not in done.stderr
    conn = sqlite3.connect(db_path)
    assert dump(conn) == before
    conn.close()


def test_import_good_file(db_path, tmp_path, capsys):
    header = next(t.header for t in TEMPLATES if t.kind == "orders")
    path = write_csv(
        tmp_path / "o.csv",
        header,
        [["A1", "2026-05-01", "", "10.00", "USD", "", "", "", "", "", "", "", "open", "0", "0"]],
    )
    assert cli_main(["import", "--db", str(db_path), str(path)]) == 0
    out = capsys.readouterr().out
    assert "o.csv: SellerDesk orders template (SellerDesk template), 1 row" in out
    assert "orders: 1 new, 0 updated, 0 unchanged" in out
    assert out.rstrip().endswith("Imported.")


@pytest.fixture(scope="module")
def demo_shop(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    path = tmp_path_factory.mktemp("demo") / "demo.sellerdesk"
    return path, run("demo", "--db", str(path), "--as-of", AS_OF, env_db=path)


def test_demo_writes_a_shop_whose_status_shows_every_gauge(demo_shop):
    path, done = demo_shop
    assert done.returncode == 0, done.stderr
    assert f"Demo shop with 1500 orders written to {path}" in done.stdout
    status = run("status", "--db", str(path), "--json", "--as-of", AS_OF, env_db=path)
    assert status.returncode == 0, status.stderr
    odr = json.loads(status.stdout)["odr"]
    assert odr["problem_orders"] >= 1
    assert odr["excluded_problem_orders"] >= 1
    assert len(odr["pipeline"]) >= 1
    standards = json.loads(status.stdout)["standards"]
    shipping = standards["on_time_shipping"]
    assert 0 < shipping["count"] < shipping["total"]  # some late shipments
    assert standards["message_response"]["total"] > 0
    conn = sqlite3.connect(path)
    try:
        one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        assert one("SELECT count(*) FROM orders") == 1500
        assert one("SELECT count(*) FROM orders WHERE custom = 1") >= 1
        assert one("SELECT count(*) FROM orders WHERE digital = 1") >= 1
        assert one("SELECT count(*) FROM orders WHERE status = 'canceled'") >= 1
        assert one("SELECT count(*) FROM vacations") >= 1
        assert one("SELECT count(*) FROM orders WHERE shipped_date > due_by") >= 1
        assert one("SELECT count(*) FROM order_items") >= 1500
        assert one("SELECT count(*) FROM messages WHERE spam = 1") >= 1
        assert one("SELECT count(*) FROM holidays") >= 1
    finally:
        conn.close()


def test_demo_refuses_a_file_that_already_holds_a_shop(demo_shop, capsys):
    path, _ = demo_shop
    assert cli_main(["demo", "--db", str(path), "--as-of", AS_OF]) == 1
    assert "already holds a shop" in capsys.readouterr().err
