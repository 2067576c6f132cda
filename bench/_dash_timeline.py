"""`bench/dashboard.py --timeline`: when each step of the dashboard's first show starts and ends.

Wraps the steps (page setup, shop_status, each read, matplotlib's import, each render, each image taken)
and prints them on stderr, in ms from the page's creation, with the thread and its CPU time:

    start ->   end   wall ms (cpu ms)  thread  step
"""

from __future__ import annotations

import functools
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

_events: list[tuple[str, str, float, float, float]] = []
_origin = [0.0]


def _wrap(owner: Any, name: str, label: str | None = None) -> None:
    original = getattr(owner, name)

    @functools.wraps(original)
    def timed(*args: Any, **kwargs: Any) -> Any:
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            return original(*args, **kwargs)
        finally:
            thread = "gui" if threading.current_thread() is threading.main_thread() else "worker"
            _events.append(
                (
                    label or name,
                    f"{thread}-{threading.get_ident() % 1000:03}",
                    start,
                    time.perf_counter(),
                    time.thread_time() - cpu,
                )
            )

    setattr(owner, name, timed)


def install() -> Callable[[], None]:
    """Wrap the steps; returns `report()`, which prints what happened since the page was made."""
    import sellerdesk.store.trend as trend
    import sellerdesk.ui.pages.dashboard.model as model
    import sellerdesk.ui.pages.dashboard.page as page
    import sellerdesk.ui.session as session
    import sellerdesk.ui.widgets.charts as charts

    for name in ("read_orders", "read_shipping", "read_problems", "read_reviews", "read_refunded", "read_threads"):
        _wrap(trend, name)
    for name in ("read_daily_figures", "read_problem_causes", "read_problem_rows"):
        _wrap(model, name)
    _wrap(session, "shop_status")
    _wrap(charts, "import_matplotlib", "matplotlib import")
    _wrap(charts, "render_image", "render")
    for name in ("show_charts", "show_problems"):
        _wrap(page.DashboardPage, name)
    _wrap(charts.Chart, "_drawn", "image taken")
    init = page.DashboardPage.__init__

    def made(self: Any, *args: Any, **kwargs: Any) -> None:
        _origin[0] = time.perf_counter()
        init(self, *args, **kwargs)
        _events.append(("page setup", "gui", _origin[0], time.perf_counter(), 0.0))

    page.DashboardPage.__init__ = made  # type: ignore[method-assign]

    def report() -> None:
        print("# timeline (ms from the page's creation)", file=sys.stderr)
        for label, thread, start, end, cpu in sorted(_events, key=lambda e: e[2]):
            if start < _origin[0] - 0.001 or (label == "matplotlib import" and end - start < 0.001):
                continue  # before the page, or the import already done
            o = _origin[0]
            print(
                f"#  {1000 * (start - o):6.0f} -> {1000 * (end - o):6.0f} {1000 * (end - start):6.0f} ms "
                f"(cpu {1000 * cpu:4.0f})  {thread:10} {label}",
                file=sys.stderr,
            )
        _events.clear()

    return report
