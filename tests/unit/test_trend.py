"""The dashboard's per-day figures agree with the standards engine (`shop_status`) day by day."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta

from sellerdesk.core.whatif import WhatIf, apply_whatif
from sellerdesk.io.demo import make_demo_shop
from sellerdesk.store.standards import shop_status
from sellerdesk.store.trend import load_daily, odr_trend

AS_OF = date(2026, 11, 23)


def test_trend_equals_shop_status_every_week(store):
    make_demo_shop(store, orders=400, seed=3, as_of=AS_OF)
    trend = odr_trend(load_daily(store.db, AS_OF))
    assert len(trend.days) == 365 and trend.days[-1] == AS_OF
    for day in trend.days[::7]:
        odr = shop_status(store, day)["odr"]
        point = trend.on(day)
        assert (point["orders"], point["problem_orders"], point["strict_problem_orders"], point["warning"]) == (
            odr["orders"],
            odr["problem_orders"],
            odr["strict_problem_orders"],
            odr["warning"],
        )
        assert point["rate"] == odr["rate"]


def test_trend_on_a_day_equals_the_cli(store, db_path):
    make_demo_shop(store, orders=400, seed=3, as_of=AS_OF)
    day = AS_OF - timedelta(days=100)
    trend = odr_trend(load_daily(store.db, AS_OF))
    out = subprocess.run(
        [sys.executable, "-m", "sellerdesk", "status", "--db", str(db_path), "--as-of", day.isoformat(), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    import json

    odr = json.loads(out.stdout)["odr"]
    assert trend.on(day)["rate"] == odr["rate"]
    assert trend.on(day)["problem_orders"] == odr["problem_orders"]


def test_whatif_is_pure_arithmetic():
    odr = {
        "orders": 200,
        "problem_orders": 1,
        "strict_problem_orders": 1,
        "problem_orders_all_time": 2,
        "strict_problem_orders_all_time": 2,
    }
    out = apply_whatif(odr, WhatIf(problem_orders=1))
    assert out["problem_orders"] == 2 and out["rate"] == 0.01 and out["zone"] == "red"
    assert out["criteria"] == {"rate_at_or_over_limit": True, "three_since_first_sale": True, "two_in_window": True}
    assert out["warning"] is True
    assert odr["problem_orders"] == 1  # the input is untouched
    back = apply_whatif(out, WhatIf(orders=1))
    assert back["zone"] == "amber" and back["warning"] is False


def test_rows_at_once_gives_the_rows_of_the_query_in_order_with_their_types(store):
    from sellerdesk.store.trend import rows_at_once

    db = store.db
    db.execute("CREATE TEMP TABLE t (i INTEGER, r REAL, s TEXT, n TEXT)")
    rows = [(3, 1.5, 'b ★ "quoted"', None), (1, -2.0, "a\nline", "x"), (2, 0.25, "", None)]
    db.conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", rows)
    sql = "SELECT i, r, s, n FROM t WHERE i >= ? ORDER BY i DESC"
    got = rows_at_once(db, sql, ("i", "r", "s", "n"), [1])
    assert [tuple(r) for r in got] == db.execute(sql, [1]).fetchall()
    assert [type(v) for v in got[0]] == [int, float, str, type(None)]
    assert rows_at_once(db, sql, ("i", "r", "s", "n"), [9]) == []


def test_problem_causes_equal_the_causes_of_the_problem_list(store):
    from shopkit import add_case, add_order, add_review

    from sellerdesk.store.problem_list import causes, problem_causes, problem_order_rows
    from sellerdesk.store.trend_charts import months

    make_demo_shop(store, orders=600, seed=5, as_of=AS_OF)
    # an order with every event excluded, one with a case and a low review, one canceled, one after as-of
    add_order(store, "all-excl", "2026-09-01")
    add_review(store, "all-excl", "2026-09-10", 1, excluded="abusive_review")
    add_case(store, "all-excl", "2026-09-12", reason="damaged", excluded="carrier_delay")
    add_order(store, "both", "2026-09-02")
    add_review(store, "both", "2026-09-11", 2)
    add_case(store, "both", "2026-09-11", reason="late")
    add_order(store, "gone", "2026-09-03", status="canceled")
    add_case(store, "gone", "2026-09-13", reason="other")
    add_order(store, "later", "2026-09-04")
    add_case(store, "later", (AS_OF + timedelta(days=3)).isoformat(), reason="other")
    for day in (date(2026, 3, 1), date(2026, 9, 12), AS_OF):
        since = months(day)[0][0]
        expected = causes(problem_order_rows(store.db, since, day))
        assert problem_causes(store.db, since, day) == expected
    counted, excluded = zip(*expected.values(), strict=True)  # as of AS_OF: both kinds are there
    assert sum(counted) > 0 and sum(excluded) > 0
