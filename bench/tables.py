"""Measure the Orders page on a big shop (make one with bench/make_shop.py).

    python bench/tables.py --db /tmp/bench1m.db

Prints orders_first_paint_ms (page built, first screen of rows painted), orders_sort_ms (worst
sortable column, either direction: header click -> rows loaded off-thread -> painted),
orders_search_ms (worst of several searches), orders_search_title_word_ms (a word of many item
titles), orders_scroll_to_end_ms, edit_to_refresh_ms (an edit pushed -> the orders table shows
it; the status-bar figure is timed separately as status_refresh_ms) and rss_mb (peak resident
memory).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import figure, note  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from sellerdesk.store.store import Store
    from sellerdesk.ui.commands import UpdateRecord
    from sellerdesk.ui.pages.orders import OrdersPage
    from sellerdesk.ui.session import ShopSession

    app = QApplication(sys.argv[:1])
    store = Store.open(args.db)  # applies pending migrations once (timed apart from the figures)
    session = ShopSession(store)
    orders = store.db.execute("SELECT count(*) FROM orders").fetchone()[0]
    note(f"{orders:,} orders in {args.db}")

    def wait_loaded(page: OrdersPage, action) -> float:  # noqa: ANN001
        loop = QEventLoop()
        page.model.loaded.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)
        start = time.perf_counter()
        action()
        loop.exec()
        page.model.loaded.disconnect(loop.quit)
        page.table.viewport().repaint()
        return (time.perf_counter() - start) * 1000

    start = time.perf_counter()
    page = OrdersPage(session)
    page.resize(1100, 700)
    page.show()
    page.table.viewport().repaint()
    figure("orders_first_paint_ms", (time.perf_counter() - start) * 1000, "ms")

    sorts = {}
    for column in page.query.spec.columns:
        if not column.sortable:
            continue
        section = page.query.column_index(column.key)
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            sorts[f"{column.key} {order.name}"] = wait_loaded(page, lambda s=section, o=order: page.model.sort(s, o))
    worst = max(sorts, key=sorts.get)
    figure("orders_sort_ms", sorts[worst], "ms")
    note(f"worst sort: {worst}; " + ", ".join(f"{k} {v:.0f}" for k, v in sorts.items()))
    wait_loaded(page, lambda: page.model.sort(page.query.column_index("order_date"), Qt.SortOrder.DescendingOrder))

    buyer = store.db.execute("SELECT buyer FROM orders ORDER BY rowid DESC LIMIT 1").fetchone()[0]
    some = store.db.execute(
        "SELECT order_id, tracking_number FROM orders WHERE tracking_number IS NOT NULL "
        "ORDER BY rowid LIMIT 1 OFFSET 1000"
    ).fetchone()
    title = store.db.execute("SELECT title FROM order_items ORDER BY id LIMIT 1").fetchone()[0]
    terms = [buyer[:4], buyer, some[0][:7], some[0], some[1][:7], title.split()[-1].lower(), "zzzz-nothing"]
    searches = {}
    for term in terms:

        def go(t: str = term) -> None:
            page.search.setText(t)
            page.apply_search()

        searches[term] = wait_loaded(page, go)
    worst = max(searches, key=searches.get)
    figure("orders_search_ms", searches[worst], "ms")
    note(f"worst search: {worst!r}; " + ", ".join(f"{k!r} {v:.0f}" for k, v in searches.items()))
    # A word of many item titles (an adjective of the catalogue: ~1 order in 12 at 1M orders),
    # apart from the figure above so that one stays comparable with earlier runs.
    word = store.db.execute("SELECT title FROM order_items ORDER BY id LIMIT 1").fetchone()[0].split()[0].lower()

    def go_word() -> None:
        page.search.setText(word)
        page.apply_search()

    figure("orders_search_title_word_ms", wait_loaded(page, go_word), "ms")
    note(f"title word: {word!r}")
    wait_loaded(page, lambda: (page.search.setText(""), page.apply_search()))

    start = time.perf_counter()
    page.table.scrollToBottom()
    page.table.viewport().repaint()
    figure("orders_scroll_to_end_ms", (time.perf_counter() - start) * 1000, "ms")
    page.table.scrollToTop()

    key = page.model.key_at(0)
    before = store.get("orders", key)["note"]
    command = UpdateRecord(store, "orders", key, {"note": "bench edit"}, "bench")
    ms = wait_loaded(page, lambda: session.push(command))
    assert page.model.key_at(0) == key
    figure("edit_to_refresh_ms", ms, "ms")
    start = time.perf_counter()
    session.status()
    figure("status_refresh_ms", (time.perf_counter() - start) * 1000, "ms")
    session.undo_stack.undo()
    assert store.get("orders", key)["note"] == before
    figure("rss_mb", peak_rss_mb(), "MB")
    page.close()
    session.close()
    app.quit()


if __name__ == "__main__":
    main()
