"""Measure the sidebar's counts on a big shop (make one with bench/make_shop.py); the file is only read.

    python bench/sidebar.py --db /tmp/bench1m.db [--as-of YYYY-MM-DD]

Prints sidebar_counts_first_ms (a new connection's first run, as after opening a shop) and
sidebar_counts_ms (the median of later runs: what every edit costs the sidebar's worker thread).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import UTC, date, datetime
from datetime import time as day_time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import figure, note  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--as-of", type=date.fromisoformat, default=None, help="the day counted (default: today)")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()

    from sellerdesk.store.counts import shop_counts
    from sellerdesk.store.database import connect

    db = connect(args.db, read_only=True)
    day = args.as_of or date.today()
    now = datetime.combine(day, day_time(12), tzinfo=UTC)
    orders = db.execute("SELECT count(*) FROM orders").fetchone()[0]
    note(f"{args.db}: {orders:,} orders, as of {day}")
    start = time.perf_counter()
    counts = shop_counts(db, day, now)
    figure("sidebar_counts_first_ms", (time.perf_counter() - start) * 1000, "ms")
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        shop_counts(db, day, now)
        times.append((time.perf_counter() - start) * 1000)
    figure("sidebar_counts_ms", statistics.median(times), "ms")
    note(f"counts: {counts}")
    db.close()


if __name__ == "__main__":
    main()
